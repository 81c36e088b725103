#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace bifrost {

class AdminSession;
class HistoryView;
class IntegrationStatusModel;

// One organization: its name with Rename… and Delete…, and every integration as this
// organization sees it (mapping, override count, missing required keys). Activating a row asks
// the main window to open that integration. Renaming is an undoable command; deleting removes
// the organization with its mappings and overrides, which cannot be undone, so the confirmation
// lists exactly what goes.
class OrganizationPage : public QWidget {
    Q_OBJECT
public:
    explicit OrganizationPage(AdminSession *session, QWidget *parent = nullptr);

    void setOrganization(const QString &organizationId);
    QString organizationId() const { return m_organizationId; }
    QString organizationName() const { return m_organizationName; }

    // The page edits nothing in place, so there is never anything to lose.
    bool confirmLeave() { return true; }

    IntegrationStatusModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The organization's change history, below the integrations.
    HistoryView *historyView() const { return m_history; }

    // Open the dialogs (window-modal, not blocking) that the buttons open.
    void rename();
    void remove();
    // What deleting the organization takes with it, one line per integration that holds
    // something of it; empty when nothing does. Shown by the delete confirmation.
    QStringList deletionConsequences() const;

Q_SIGNALS:
    void integrationActivated(const QString &integrationId);
    // The organization shown was deleted from this page.
    void organizationRemoved(const QString &organizationId);

private:
    void reloadHeader();
    void showError(const QString &message);
    void activateWindowUnlessModal();
    void openRenameDialog(const QString &text, const QString &error);

    AdminSession *m_session;
    QString m_organizationId;
    QString m_organizationName;
    QLabel *m_title;
    QPushButton *m_renameButton;
    QPushButton *m_deleteButton;
    QLabel *m_error;
    QTableView *m_table;
    IntegrationStatusModel *m_model;
    HistoryView *m_history;
};

} // namespace bifrost
