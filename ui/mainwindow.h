#pragma once

#include <QMainWindow>

class QListWidget;

namespace bifrost {

class Store;

// The admin's home: integrations and organizations at a glance. The full editor pages arrive
// with the app issue; this window already works on the real store.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Store *store, QWidget *parent = nullptr);

    void reload();

private:
    Store *m_store;
    QListWidget *m_integrations;
    QListWidget *m_organizations;
};

} // namespace bifrost
