#pragma once

#include "store/store.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace bifrost {

// Asks before a schema change that would delete stored values, listing exactly which ones go
// (the default or which organization's override, and why), as the store's preview reported
// them. Accepting means "remove them and apply"; the default button is Cancel, so Enter never
// deletes data by accident.
class SchemaChangeDialog final : public QDialog {
    Q_OBJECT
public:
    SchemaChangeDialog(const QString &integrationName, const SchemaChangeReport &report,
                       QWidget *parent = nullptr);

    QListWidget *valueList() const { return m_list; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QListWidget *m_list;
    QPushButton *m_apply;
    QPushButton *m_cancel;
};

} // namespace bifrost
