#include "teamdialog.h"

#include "busycursor.h"
#include "passphrasedialog.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bifrost {

namespace {

const QString errorStyle = QStringLiteral("color: #b00020;");

QComboBox *roleCombo(QWidget *parent) {
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("memberRole"));
    combo->addItem(TeamDialog::tr("Editor: changes settings and reads secrets"), int(team::Role::Editor));
    combo->addItem(TeamDialog::tr("Viewer: reads settings, never secret values"), int(team::Role::Viewer));
    combo->addItem(TeamDialog::tr("Owner: everything, including the team"), int(team::Role::Owner));
    combo->setAccessibleName(TeamDialog::tr("Role"));
    return combo;
}

// A viewer holds no key, so giving one a role never asks for a passphrase; editors and owners
// get the data key wrapped under an initial passphrase they change on first use.
bool roleHoldsKey(team::Role role) {
    return role != team::Role::Viewer;
}

// The initial passphrase fields of the add and change-role dialogs: typed twice, checked with
// the vault's rules.
struct InitialPassphrase {
    QLabel *label;
    QLineEdit *passphrase;
    QLabel *againLabel;
    QLineEdit *again;

    InitialPassphrase(QWidget *parent, QFormLayout *form)
        : label(new QLabel(TeamDialog::tr("Initial &passphrase:"), parent))
        , passphrase(new QLineEdit(parent))
        , againLabel(new QLabel(TeamDialog::tr("A&gain:"), parent))
        , again(new QLineEdit(parent)) {
        passphrase->setObjectName(QStringLiteral("initialPassphrase"));
        passphrase->setEchoMode(QLineEdit::Password);
        passphrase->setAccessibleName(TeamDialog::tr("Initial passphrase"));
        passphrase->setToolTip(TeamDialog::tr("Give it to the new admin by a separate channel; they change "
                                              "it with Change My Passphrase (bifrostctl team passphrase)."));
        again->setObjectName(QStringLiteral("initialPassphraseConfirmation"));
        again->setEchoMode(QLineEdit::Password);
        again->setAccessibleName(TeamDialog::tr("Initial passphrase again"));
        label->setBuddy(passphrase);
        againLabel->setBuddy(again);
        form->addRow(label, passphrase);
        form->addRow(againLabel, again);
    }
    void setVisible(bool visible) const {
        for (QWidget *w : {static_cast<QWidget *>(label), static_cast<QWidget *>(passphrase),
                           static_cast<QWidget *>(againLabel), static_cast<QWidget *>(again)})
            w->setVisible(visible);
    }
    QString problem() const {
        return PassphraseDialog::newPassphraseProblem(passphrase->text(), again->text());
    }
    void clear() const {
        passphrase->clear();
        again->clear();
    }
};

QLabel *errorLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("memberError"));
    label->setWordWrap(true);
    label->setStyleSheet(errorStyle);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message) {
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

TeamDialog::TeamDialog(Store &store, team::Team &team, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_team(team)
    , m_summary(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_setUp(new QPushButton(tr("&Set Up Team…"), this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_role(new QPushButton(tr("Change R&ole…"), this))
    , m_rotate(new QPushButton(tr("Rotate &Key…"), this))
    , m_passphrase(new QPushButton(tr("Change My &Passphrase…"), this)) {
    setObjectName(QStringLiteral("teamDialog"));
    setWindowTitle(tr("Team"));

    m_summary->setObjectName(QStringLiteral("teamSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnly->setObjectName(QStringLiteral("teamReadOnlyNote"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();

    m_model->setHorizontalHeaderLabels(
        {tr("Admin"), tr("Role"), tr("Holds key"), tr("Added"), tr("Added by")});
    m_view->setObjectName(QStringLiteral("teamMembers"));
    m_view->setAccessibleName(tr("Team members"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamDialog::updateButtons);

    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_setUp->setObjectName(QStringLiteral("teamSetUp"));
    m_setUp->setToolTip(tr("Makes you the owner of this team database and its first key holder "
                           "(bifrostctl team init)."));
    m_add->setObjectName(QStringLiteral("teamAdd"));
    m_add->setToolTip(tr("Adds an existing PostgreSQL login to the team (bifrostctl team add)."));
    m_remove->setObjectName(QStringLiteral("teamRemove"));
    m_remove->setToolTip(tr("Removes the selected admin from the team (bifrostctl team remove)."));
    m_role->setObjectName(QStringLiteral("teamRole"));
    m_role->setToolTip(tr("Gives the selected admin another role (bifrostctl team role)."));
    m_rotate->setObjectName(QStringLiteral("teamRotate"));
    m_rotate->setToolTip(tr("Makes a new team key and re-encrypts every secret with it, so that removed "
                            "admins cannot read what is written next (bifrostctl team rotate)."));
    m_passphrase->setObjectName(QStringLiteral("teamPassphrase"));
    m_passphrase->setToolTip(tr(
        "Protects your copy of the team key with a new personal passphrase (bifrostctl team passphrase)."));
    connect(m_setUp, &QPushButton::clicked, this, &TeamDialog::setUpTeam);
    connect(m_add, &QPushButton::clicked, this, &TeamDialog::addMember);
    connect(m_remove, &QPushButton::clicked, this, &TeamDialog::removeMember);
    connect(m_role, &QPushButton::clicked, this, &TeamDialog::changeRole);
    connect(m_rotate, &QPushButton::clicked, this, &TeamDialog::rotateKey);
    connect(m_passphrase, &QPushButton::clicked, this, &TeamDialog::changePassphrase);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_role->isEnabled())
            changeRole();
    });

    auto *actions = new QVBoxLayout;
    for (QPushButton *button : {m_setUp, m_add, m_remove, m_role, m_rotate, m_passphrase}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(actions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_readOnly);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

TeamDialog::~TeamDialog() = default;

QString TeamDialog::roleText(team::Role role) const {
    switch (role) {
    case team::Role::Owner:
        return tr("owner");
    case team::Role::Editor:
        return tr("editor");
    case team::Role::Viewer:
        break;
    }
    return tr("viewer");
}

void TeamDialog::reload() {
    const QString previous = selectedAdmin();
    const QString me = m_store.location().user;
    m_model->removeRows(0, m_model->rowCount());
    m_members.clear();
    m_myRole.reset();

    auto initialized = m_team.initialized();
    m_initialized = initialized && *initialized;
    auto members = m_team.members();
    if (members)
        m_members = *members;
    else
        showStatus(members.error().message, true);
    auto mine = m_team.myRole();
    if (mine)
        m_myRole = *mine;

    const QLocale locale;
    for (const team::Member &member : std::as_const(m_members)) {
        QList<QStandardItem *> row;
        auto *admin = new QStandardItem(member.admin);
        admin->setData(member.admin, Qt::UserRole);
        if (member.admin == me) {
            QFont bold = admin->font();
            bold.setBold(true);
            admin->setFont(bold);
            admin->setToolTip(tr("You"));
        }
        auto *role = new QStandardItem(roleText(member.role));
        role->setData(int(member.role), Qt::UserRole);
        auto *key = new QStandardItem(member.holdsKey ? tr("yes") : tr("no"));
        key->setData(member.holdsKey, Qt::UserRole);
        if (!member.holdsKey && roleHoldsKey(member.role))
            key->setToolTip(tr("No copy of the current key: an owner gives one with Change Role."));
        auto *addedAt = new QStandardItem(
            member.addedAt.isValid() ? locale.toString(member.addedAt.toLocalTime(), QLocale::ShortFormat)
                                     : QString());
        addedAt->setData(member.addedAt, Qt::UserRole);
        auto *addedBy = new QStandardItem(member.addedBy);
        row << admin << role << key << addedAt << addedBy;
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();

    const QString where = m_store.location().display();
    if (!m_initialized) {
        m_summary->setText(tr("%1 is a team database that nobody has set up yet.").arg(where));
    } else if (m_myRole) {
        m_summary->setText(tr("Team of %1: %n member(s). You are %2, %3.", nullptr, int(m_members.size()))
                               .arg(where, me, roleText(*m_myRole)));
    } else {
        m_summary->setText(tr("Team of %1: %n member(s).", nullptr, int(m_members.size())).arg(where));
    }

    QString note;
    if (!m_initialized)
        note = tr("Set Up Team makes you (%1) its owner and asks for your new personal passphrase, which "
                  "protects your copy of the team key.")
                   .arg(me);
    else if (!m_myRole)
        note = tr("You (%1) are not a member of this team, so you can only look: ask an owner to add you.")
                   .arg(me);
    else if (*m_myRole == team::Role::Editor)
        note = tr("You are an editor, so the list is read-only: only an owner can add or remove members, "
                  "change roles or rotate the key. You can change your own passphrase.");
    else if (*m_myRole == team::Role::Viewer)
        note = tr("You are a viewer, so the list is read-only: only an owner can change the team. Viewers "
                  "hold no team key and cannot read secret values; an owner can make you an editor.");
    m_readOnly->setText(note);
    m_readOnly->setVisible(!note.isEmpty());

    if (!previous.isEmpty())
        selectAdmin(previous);
    updateButtons();
}

QString TeamDialog::selectedAdmin() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(AdminColumn);
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

bool TeamDialog::selectAdmin(const QString &admin) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, AdminColumn).data(Qt::UserRole).toString() == admin) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void TeamDialog::updateButtons() {
    const bool owner = canManage() && !m_busy;
    const bool selected = !selectedAdmin().isEmpty();
    m_setUp->setVisible(!m_initialized);
    m_setUp->setEnabled(!m_busy);
    m_add->setEnabled(owner);
    m_remove->setEnabled(owner && selected);
    m_role->setEnabled(owner && selected);
    m_rotate->setEnabled(owner);
    bool holdsKey = false;
    for (const team::Member &member : std::as_const(m_members)) {
        if (member.admin == m_store.location().user)
            holdsKey = member.holdsKey;
    }
    m_passphrase->setEnabled(!m_busy && holdsKey);
}

void TeamDialog::showStatus(const QString &message, bool error) {
    m_status->setText(message);
    m_status->setStyleSheet(error ? errorStyle : QString());
}

void TeamDialog::setUpTeam() {
    Result<void> done;
    {
        const BusyCursor busy;
        done = m_team.initialize();
    }
    reload();
    if (!done) {
        showStatus(done.error().message, true);
        return;
    }
    showStatus(tr("The team is set up: you are its owner and hold its key."));
    Q_EMIT teamChanged();
}

void TeamDialog::addMember() {
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("addMemberDialog"));
    dialog->setWindowTitle(tr("Add Admin"));
    auto *intro = new QLabel(tr("The admin's PostgreSQL login must exist already (CREATE ROLE … LOGIN); "
                                "adding grants it the role's rights in this database."),
                             dialog);
    intro->setWordWrap(true);
    auto *admin = new QLineEdit(dialog);
    admin->setObjectName(QStringLiteral("memberAdmin"));
    admin->setAccessibleName(tr("PostgreSQL login"));
    QComboBox *role = roleCombo(dialog);
    auto *form = new QFormLayout;
    auto *adminLabel = new QLabel(tr("&Login:"), dialog);
    adminLabel->setBuddy(admin);
    form->addRow(adminLabel, admin);
    auto *roleLabel = new QLabel(tr("&Role:"), dialog);
    roleLabel->setBuddy(role);
    form->addRow(roleLabel, role);
    auto passphrase = std::make_shared<InitialPassphrase>(dialog, form);
    QLabel *error = errorLabel(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(440);

    const auto roleChanged = [role, passphrase] {
        passphrase->setVisible(roleHoldsKey(team::Role(role->currentData().toInt())));
    };
    connect(role, &QComboBox::currentIndexChanged, dialog, roleChanged);
    roleChanged();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, dialog, [passphrase] { passphrase->clear(); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, admin, role, passphrase, error] {
        const QString name = admin->text().trimmed();
        const auto chosen = team::Role(role->currentData().toInt());
        if (name.isEmpty()) {
            showError(error, tr("Type the admin's PostgreSQL login."));
            admin->setFocus(Qt::OtherFocusReason);
            return;
        }
        QString initial;
        if (roleHoldsKey(chosen)) {
            if (const QString problem = passphrase->problem(); !problem.isEmpty()) {
                showError(error, problem);
                passphrase->passphrase->setFocus(Qt::OtherFocusReason);
                return;
            }
            initial = passphrase->passphrase->text();
        }
        Result<void> added;
        {
            const BusyCursor busy; // wrapping the key derives one from the passphrase (scrypt)
            added = m_team.addMember(name, chosen, initial);
        }
        if (!added) {
            showError(error, added.error().message);
            return;
        }
        dialog->accept();
        reload();
        selectAdmin(name);
        showStatus(roleHoldsKey(chosen)
                       ? tr("%1 was added as %2. Give them the initial passphrase by a separate channel; "
                            "they change it with Change My Passphrase.")
                             .arg(name, roleText(chosen))
                       : tr("%1 was added as %2.").arg(name, roleText(chosen)));
        Q_EMIT teamChanged();
    });
    dialog->open();
}

void TeamDialog::removeMember() {
    const QString admin = selectedAdmin();
    if (admin.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Admin"),
                                tr("Remove %1 from the team? Their access to this database is revoked and "
                                   "their copy of the team key is deleted.")
                                    .arg(admin),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeMemberConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("They may have kept the key itself. Rotating makes a new one and re-encrypts "
                               "every secret, so that they cannot read what is written next."));
    auto *rotate = new QCheckBox(tr("Rotate the &key now"), box);
    rotate->setObjectName(QStringLiteral("rotateAfterRemove"));
    rotate->setChecked(true);
    box->setCheckBox(rotate);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, rotate, admin](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        if (!rotate->isChecked()) {
            Result<void> removed;
            {
                const BusyCursor busy;
                removed = m_team.removeMember(admin);
            }
            reload();
            if (!removed) {
                showStatus(removed.error().message, true);
                return;
            }
            showStatus(tr("%1 was removed. Rotate the key so that they cannot read the secrets written from "
                          "now on.")
                           .arg(admin));
            Q_EMIT teamChanged();
            return;
        }
        // As `bifrostctl team remove --rotate`: removal and rotation commit together.
        auto rotated = rotateNow([this, admin]() -> Result<int> {
            if (auto removed = m_team.removeMember(admin); !removed)
                return removed.error();
            return m_team.rotateKey();
        });
        reload();
        if (!rotated)
            showStatus(rotated.error().message, true);
        else
            showStatus(tr("%1 was removed and the key rotated: %n secret(s) re-encrypted.", nullptr, *rotated)
                           .arg(admin));
    });
    box->open();
}

void TeamDialog::changeRole() {
    const QString admin = selectedAdmin();
    if (admin.isEmpty())
        return;
    team::Member current;
    for (const team::Member &member : std::as_const(m_members)) {
        if (member.admin == admin)
            current = member;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("changeRoleDialog"));
    dialog->setWindowTitle(tr("Change Role"));
    auto *intro = new QLabel(tr("%1 is %2 now.").arg(admin, roleText(current.role)), dialog);
    intro->setWordWrap(true);
    QComboBox *role = roleCombo(dialog);
    role->setCurrentIndex(role->findData(int(current.role)));
    auto *form = new QFormLayout;
    auto *roleLabel = new QLabel(tr("New &role:"), dialog);
    roleLabel->setBuddy(role);
    form->addRow(roleLabel, role);
    auto passphrase = std::make_shared<InitialPassphrase>(dialog, form);
    auto *rotate = new QCheckBox(tr("Rotate the &key now"), dialog);
    rotate->setObjectName(QStringLiteral("rotateAfterRoleChange"));
    rotate->setChecked(true);
    rotate->setToolTip(tr("A viewer keeps no copy of the key; rotating makes sure the copy they had cannot "
                          "read what is written next."));
    form->addRow(QString(), rotate);
    QLabel *error = errorLabel(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(440);

    // A passphrase only when the admin gets a key they do not hold; rotation only when one
    // who held a key loses it.
    const auto roleChanged = [role, passphrase, rotate, current] {
        const auto chosen = team::Role(role->currentData().toInt());
        passphrase->setVisible(roleHoldsKey(chosen) && !current.holdsKey);
        rotate->setVisible(!roleHoldsKey(chosen) && current.holdsKey);
    };
    connect(role, &QComboBox::currentIndexChanged, dialog, roleChanged);
    roleChanged();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, dialog, [passphrase] { passphrase->clear(); });
    connect(buttons, &QDialogButtonBox::accepted, this,
            [this, dialog, admin, role, passphrase, rotate, error, current] {
                const auto chosen = team::Role(role->currentData().toInt());
                if (chosen == current.role && (current.holdsKey || !roleHoldsKey(chosen))) {
                    dialog->reject();
                    return;
                }
                QString initial;
                if (roleHoldsKey(chosen) && !current.holdsKey) {
                    if (const QString problem = passphrase->problem(); !problem.isEmpty()) {
                        showError(error, problem);
                        passphrase->passphrase->setFocus(Qt::OtherFocusReason);
                        return;
                    }
                    initial = passphrase->passphrase->text();
                }
                const bool rotateNowToo = !rotate->isHidden() && rotate->isChecked();
                Result<int> changed = 0;
                if (rotateNowToo) {
                    // Role and rotation commit together, as removal and rotation do.
                    changed = rotateNow([this, admin, chosen]() -> Result<int> {
                        if (auto set = m_team.setRole(admin, chosen, {}); !set)
                            return set.error();
                        return m_team.rotateKey();
                    });
                } else {
                    // A new key holder: the passphrase dialog (when the key is still locked) comes
                    // before the wait cursor.
                    if (!initial.isEmpty()) {
                        if (auto key = m_team.dataKey(); !key) {
                            showError(error, key.error().message);
                            return;
                        }
                    }
                    const BusyCursor busy;
                    if (auto set = m_team.setRole(admin, chosen, initial); !set)
                        changed = set.error();
                }
                if (!changed) {
                    showError(error, changed.error().message);
                    return;
                }
                dialog->accept();
                Q_EMIT teamChanged();
                QString message = tr("%1 is %2 now.").arg(admin, roleText(chosen));
                if (rotateNowToo)
                    message +=
                        QLatin1Char(' ') + tr("Key rotated: %n secret(s) re-encrypted.", nullptr, *changed);
                else if (!roleHoldsKey(chosen) && current.holdsKey)
                    message +=
                        QLatin1Char(' ') + tr("Rotate the key so that they cannot read the secrets written "
                                              "from now on.");
                reload();
                selectAdmin(admin);
                showStatus(message);
            });
    dialog->open();
}

void TeamDialog::rotateKey() {
    auto *box = new QMessageBox(QMessageBox::Question, tr("Rotate Team Key"),
                                tr("Make a new team key and re-encrypt every secret with it?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("rotateKeyConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Every admin who holds a key gets the new one under their own passphrase; "
                               "an admin removed before cannot read what is written after. It is one "
                               "transaction: it either happens completely or not at all."));
    QPushButton *rotate = box->addButton(tr("&Rotate"), QMessageBox::AcceptRole);
    rotate->setObjectName(QStringLiteral("confirmRotate"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, rotate](QAbstractButton *clicked) {
        if (clicked != rotate)
            return;
        auto rotated = rotateNow([this] { return m_team.rotateKey(); });
        reload();
        if (!rotated)
            showStatus(rotated.error().message, true);
        else
            showStatus(tr("Key rotated: %n secret(s) re-encrypted.", nullptr, *rotated));
    });
    box->open();
}

Result<int> TeamDialog::rotateNow(const std::function<Result<int>()> &work) {
    // Unlocked first, so that a passphrase dialog never waits inside the transaction (which holds
    // the writers' lock for everyone).
    if (auto key = m_team.dataKey(); !key)
        return key.error();
    // The rotation runs on the Store's connection, which lives on this thread: the dialog shows
    // that it is busy (and takes no clicks) until the transaction is done.
    m_busy = true;
    updateButtons();
    showStatus(tr("Rotating the team key: re-encrypting every secret in one transaction…"));
    m_status->repaint();
    Result<int> rotated = 0;
    {
        const BusyCursor busy;
        rotated = m_store.transaction(work);
    }
    m_busy = false;
    updateButtons();
    if (rotated)
        Q_EMIT teamChanged();
    return rotated;
}

void TeamDialog::changePassphrase() {
    Result<void> changed;
    {
        const BusyCursor busy; // the passphrase dialogs show the normal cursor
        changed = m_team.changePassphrase();
    }
    if (!changed) {
        showStatus(changed.error().message, true);
        return;
    }
    showStatus(tr("Your passphrase was changed."));
}

} // namespace bifrost
