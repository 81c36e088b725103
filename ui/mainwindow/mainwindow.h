#pragma once

#include <QMainWindow>

class QListWidget;

namespace bifrost {

class AdminSession;

// The admin's home: integrations and organizations at a glance. The full editor pages arrive
// with the app issue; this window already works on the real store.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AdminSession *session, QWidget *parent = nullptr);

    void reload();

private:
    AdminSession *m_session;
    QListWidget *m_integrations;
    QListWidget *m_organizations;
};

} // namespace bifrost
