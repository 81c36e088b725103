#pragma once

#include "common/result.h"
#include "team/team.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace bifrost {

class Store;

// Tools > Team… on a shared PostgreSQL database: the members (admin, role, whether they hold the
// team key, added at and by) and, for an owner, the team commands: Add, Remove (offering to
// rotate the key right away, on by default), Change Role, Rotate Key, and for every key holder
// Change My Passphrase. Each is the app's side of a `bifrostctl team ...` command and goes
// through team::Team, so the rules and messages are the core's; the database enforces the roles
// whatever the dialog shows. Editors and viewers see the list read-only with a line that says
// why. A database nobody has set up yet offers Set Up Team (`bifrostctl team init`).
//
// Everything runs on the GUI thread, because the Store's connection belongs to it: the key
// derivation (about half a second) shows the wait cursor; a rotation, which re-encrypts every
// secret, disables the dialog and says what it is doing until it is done.
class TeamDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { AdminColumn, RoleColumn, KeyColumn, AddedAtColumn, AddedByColumn, ColumnCount };

    // `store` is the team database, `team` the Team the app's secret store unlocks through (so an
    // unlocked key is shared); both outlive the dialog.
    TeamDialog(Store &store, team::Team &team, QWidget *parent = nullptr);
    ~TeamDialog() override;

    QTableView *membersView() const { return m_view; }
    QStandardItemModel *membersModel() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *readOnlyLabel() const { return m_readOnly; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *setUpButton() const { return m_setUp; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *roleButton() const { return m_role; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *passphraseButton() const { return m_passphrase; }

    // Whether the connected admin may change the team (an owner).
    bool canManage() const { return m_myRole && *m_myRole == team::Role::Owner; }
    // The admin of the selected row, empty when none.
    QString selectedAdmin() const;
    bool selectAdmin(const QString &admin);

    // Reads the members and the connected admin's role again.
    void reload();

    // The buttons: each opens its dialog window-modal (add, remove, role, rotate) or asks through
    // the team's passphrase provider (set up, change passphrase).
    void setUpTeam();
    void addMember();
    void removeMember();
    void changeRole();
    void rotateKey();
    void changePassphrase();

Q_SIGNALS:
    // Members, roles or the key changed (the app's secret access may have changed with them).
    void teamChanged();

private:
    void updateButtons();
    void showStatus(const QString &message, bool error = false);
    // Runs `work` (a rotation, alone or with a removal or role change) in one transaction with the
    // dialog in its busy state; the count of re-encrypted secrets, or the error.
    Result<int> rotateNow(const std::function<Result<int>()> &work);
    QString roleText(team::Role role) const;

    Store &m_store;
    team::Team &m_team;
    QList<team::Member> m_members;
    std::optional<team::Role> m_myRole;
    bool m_initialized = false;
    bool m_busy = false;

    QLabel *m_summary;
    QLabel *m_readOnly;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QPushButton *m_setUp;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_role;
    QPushButton *m_rotate;
    QPushButton *m_passphrase;
};

} // namespace bifrost
