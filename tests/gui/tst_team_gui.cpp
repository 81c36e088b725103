// The app's side of team mode, driven like an admin would: Tools > Team… lists the members of a
// real PostgreSQL team database, adds an editor (who can then read the shared secret), removes
// them with the rotation the dialog offers (after which they cannot read it), and shows a viewer
// and an editor the list read-only with the reason; the entry is disabled on SQLite. The
// PostgreSQL password dialog as OpenOptions::passwordPrompt (libpq given an empty PGPASSFILE, so
// only the dialog can answer), its "remember" box deciding whether the keychain keeps it; the
// Preferences location checked as typed; the real bifrost-admin on a team database. Real widgets
// offscreen, the throwaway cluster of scripts/with-postgres and the real keychain
// (scripts/with-keyring).
#include "../support/testdatabase.h"
#include "dialogs/databasepassworddialog.h"
#include "dialogs/passphrasedialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/teamdialog.h"
#include "guitestutil.h"
#include "mainwindow/mainwindow.h"
#include "team/team.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace bifrost;

namespace {

// Test values only; compared with QVERIFY so a failure never prints them.
const QString apiKey = QStringLiteral("sk-team-test-1a2b3c4d5e");
const QString ownerPassphrase = QStringLiteral("owner passphrase for tests");
const QString editorInitial = QStringLiteral("editor initial passphrase");

// A team database opened as one admin: the store, the Team and the team secret store, as the app
// sets them up. The passphrase provider answers `passphrase` and counts how often it was asked.
struct TeamSession {
    std::unique_ptr<Store> store;
    std::unique_ptr<team::Team> team;
    std::unique_ptr<SecretStore> secrets;
    int asked = 0;
    QString error;

    TeamSession(const QString &location, const QString &passphrase) {
        auto opened = Store::open(location, nullptr);
        if (!opened) {
            error = opened.error().message;
            return;
        }
        store = std::move(*opened);
        team = std::make_unique<team::Team>(
            *store, [this, passphrase](const QString &, bool) -> Result<QString> {
                ++asked;
                if (passphrase.isEmpty())
                    return Error::invalid(QStringLiteral("no passphrase in this test"),
                                          QStringLiteral("passphrase"));
                return passphrase;
            });
        secrets = team::makeTeamSecretStore(*store, *team);
        store->setSecretStore(secrets.get());
    }
    ~TeamSession() {
        if (store)
            store->setSecretStore(nullptr);
        secrets.reset();
        team.reset();
        store.reset();
    }
    bool ok() const { return store != nullptr; }

    // The HaloPSA default api_key, read through the team store; empty when it cannot be read.
    Result<QString> secret() {
        auto values = store->configValues(QStringLiteral("HaloPSA"), {});
        if (!values)
            return values.error();
        for (const ConfigValue &v : std::as_const(*values)) {
            if (v.key == QLatin1String("api_key") && v.isSecret())
                return store->readSecret(v.secretRef);
        }
        return Error::notFound(QStringLiteral("no api_key"));
    }
};

// The dialog's rows as "admin|role|holds key".
QStringList memberRows(const TeamDialog &dialog) {
    QStringList rows;
    const QStandardItemModel *model = dialog.membersModel();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << QStringList{model->index(row, TeamDialog::AdminColumn).data().toString(),
                            model->index(row, TeamDialog::RoleColumn).data().toString(),
                            model->index(row, TeamDialog::KeyColumn).data().toString()}
                    .join(QLatin1Char('|'));
    rows.sort();
    return rows;
}

template <typename Widget>
Widget *visibleChild(const QWidget &parent, const QString &name) {
    for (Widget *w : parent.findChildren<Widget *>(name)) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

void flushDeletes() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// Answers the next modal dialog (a DatabasePasswordDialog shown by exec()) from inside its event
// loop: `answer` gets it, or null when none came within a few seconds.
void whenModal(std::function<void(QWidget *)> answer) {
    // A timer owned by the application rather than a self-referencing callback, which would keep
    // itself alive (LeakSanitizer reports the cycle).
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer = std::move(answer), tries] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && ++*tries <= 300)
            return;
        const auto callback = answer;
        timer->stop();
        timer->deleteLater();
        callback(modal);
    });
    timer->start();
}

} // namespace

class TestTeamGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ownerAddsAnEditorAndRemovesThemWithRotation();
    void viewerAndEditorSeeTheListReadOnly();
    void teamMenuEntryNeedsAPostgresDatabase();
    void passwordDialogAnswersOpenOptions();
    void teamPassphraseDialogAsksOrTakesTheEnvironment();
    void preferencesCheckTheLocationAsTyped();
    void realAppOpensATeamDatabase();

private:
    // A new team database set up by the superuser (its owner) holding one secret.
    QString teamDatabase();

    QTemporaryDir m_dir;
};

void TestTeamGui::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bifrost-admin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_team_gui"));
    // Team mode exists only on PostgreSQL: this suite always runs there.
    qputenv("BIFROST_TEST_ENGINE", "postgresql");
    qunsetenv("BIFROST_TEAM_PASSPHRASE");
    const QString problem = testdb::setupError();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTeamGui::init() {
    QSettings().clear();
}

void TestTeamGui::cleanup() {
    for (QWidget *w : QApplication::topLevelWidgets())
        w->close();
    flushDeletes();
}

QString TestTeamGui::teamDatabase() {
    const QString url = testdb::fresh(m_dir.path());
    if (url.isEmpty())
        return {};
    TeamSession owner(url, ownerPassphrase);
    if (!owner.ok()) {
        QTest::qFail(qPrintable(owner.error), __FILE__, __LINE__);
        return {};
    }
    auto initialized = owner.team->initialize();
    if (!initialized) {
        QTest::qFail(qPrintable(initialized.error().message), __FILE__, __LINE__);
        return {};
    }
    IntegrationFields fields;
    fields.name = QStringLiteral("HaloPSA");
    auto created = owner.store->createIntegration(fields);
    if (!created) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return {};
    }
    auto schema = owner.store->setSchema(fields.name, guitest::everyTypeSchema(), SchemaWrite::Apply);
    if (!schema) {
        QTest::qFail(qPrintable(schema.error().message), __FILE__, __LINE__);
        return {};
    }
    auto set =
        owner.store->setConfig(fields.name, {}, {ConfigChange::setText(QStringLiteral("api_key"), apiKey)});
    if (!set) {
        QTest::qFail(qPrintable(set.error().message), __FILE__, __LINE__);
        return {};
    }
    return url;
}

void TestTeamGui::ownerAddsAnEditorAndRemovesThemWithRotation() {
    const QString url = teamDatabase();
    QVERIFY(!url.isEmpty());
    const QString owner = testdb::detail::superuser();
    const QString editor = testdb::createRole(QStringLiteral("gui_editor"));
    QVERIFY(!editor.isEmpty());

    TeamSession session(url, ownerPassphrase);
    QVERIFY2(session.ok(), qPrintable(session.error));
    TeamDialog dialog(*session.store, *session.team);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(memberRows(dialog), QStringList{owner + QStringLiteral("|owner|yes")});
    QVERIFY(dialog.canManage());
    QVERIFY(dialog.readOnlyLabel()->isHidden());
    QVERIFY(dialog.addButton()->isEnabled());
    QVERIFY(dialog.rotateButton()->isEnabled());
    QVERIFY(!dialog.removeButton()->isEnabled()); // nothing selected yet
    QVERIFY(dialog.setUpButton()->isHidden());

    // Add: login, role, the initial passphrase twice; a mismatch is said in the dialog first.
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    auto *add = visibleChild<QDialog>(dialog, QStringLiteral("addMemberDialog"));
    QVERIFY(add);
    add->findChild<QLineEdit *>(QStringLiteral("memberAdmin"))->setText(editor);
    auto *role = add->findChild<QComboBox *>(QStringLiteral("memberRole"));
    role->setCurrentIndex(role->findData(int(team::Role::Editor)));
    auto *passphrase = add->findChild<QLineEdit *>(QStringLiteral("initialPassphrase"));
    auto *again = add->findChild<QLineEdit *>(QStringLiteral("initialPassphraseConfirmation"));
    QVERIFY(passphrase->isVisible());
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    passphrase->setText(editorInitial);
    again->setText(editorInitial + QStringLiteral("x"));
    auto *buttons = add->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(add->isVisible());
    QVERIFY(
        add->findChild<QLabel *>(QStringLiteral("memberError"))->text().contains(QStringLiteral("match")));
    again->setText(editorInitial);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    flushDeletes();
    QVERIFY(!visibleChild<QDialog>(dialog, QStringLiteral("addMemberDialog")));
    QCOMPARE(memberRows(dialog),
             (QStringList{owner + QStringLiteral("|owner|yes"), editor + QStringLiteral("|editor|yes")}));
    QVERIFY2(dialog.statusLabel()->text().contains(editor), qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(dialog.selectedAdmin(), editor);

    // The core agrees, and the editor reads the shared secret with the initial passphrase.
    {
        auto members = session.team->members();
        REQUIRE_OK(members);
        QCOMPARE(members->size(), 2);
        TeamSession asEditor(testdb::as(url, editor), editorInitial);
        QVERIFY2(asEditor.ok(), qPrintable(asEditor.error));
        auto read = asEditor.secret();
        REQUIRE_OK(read);
        QVERIFY(*read == apiKey);
    }

    // Remove, with the rotation the confirmation offers (on by default).
    QVERIFY(dialog.removeButton()->isEnabled());
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    auto *confirm = visibleChild<QMessageBox>(dialog, QStringLiteral("removeMemberConfirm"));
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(editor));
    auto *rotate = confirm->findChild<QCheckBox *>(QStringLiteral("rotateAfterRemove"));
    QVERIFY(rotate);
    QVERIFY(rotate->isChecked());
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmRemove")), Qt::LeftButton);
    flushDeletes();
    QCOMPARE(memberRows(dialog), QStringList{owner + QStringLiteral("|owner|yes")});
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("1 secret")),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.addButton()->isEnabled()); // out of the busy state

    // The removed editor cannot read the secret any more; the owner still can.
    {
        TeamSession asEditor(testdb::as(url, editor), editorInitial);
        if (asEditor.ok())
            QVERIFY(!asEditor.secret());
    }
    auto read = session.secret();
    REQUIRE_OK(read);
    QVERIFY(*read == apiKey);

    // Rotate Key on its own: confirmed, and the count said.
    QTest::mouseClick(dialog.rotateButton(), Qt::LeftButton);
    auto *rotateConfirm = visibleChild<QMessageBox>(dialog, QStringLiteral("rotateKeyConfirm"));
    QVERIFY(rotateConfirm);
    QTest::mouseClick(rotateConfirm->findChild<QPushButton *>(QStringLiteral("confirmRotate")),
                      Qt::LeftButton);
    flushDeletes();
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("1 secret")),
             qPrintable(dialog.statusLabel()->text()));
    read = session.secret();
    REQUIRE_OK(read);
    QVERIFY(*read == apiKey);
}

void TestTeamGui::viewerAndEditorSeeTheListReadOnly() {
    const QString url = teamDatabase();
    QVERIFY(!url.isEmpty());
    const QString viewer = testdb::createRole(QStringLiteral("gui_viewer"));
    const QString editor = testdb::createRole(QStringLiteral("gui_editor"));
    QVERIFY(!viewer.isEmpty() && !editor.isEmpty());
    {
        TeamSession owner(url, ownerPassphrase);
        QVERIFY2(owner.ok(), qPrintable(owner.error));
        REQUIRE_OK(owner.team->addMember(viewer, team::Role::Viewer, {}));
        REQUIRE_OK(owner.team->addMember(editor, team::Role::Editor, editorInitial));
    }

    {
        // A viewer is never asked for a passphrase: it holds no key.
        TeamSession asViewer(testdb::as(url, viewer), {});
        QVERIFY2(asViewer.ok(), qPrintable(asViewer.error));
        TeamDialog dialog(*asViewer.store, *asViewer.team);
        dialog.show();
        QCOMPARE(dialog.membersModel()->rowCount(), 3);
        QVERIFY(dialog.selectAdmin(editor));
        QVERIFY(!dialog.canManage());
        QVERIFY(dialog.readOnlyLabel()->isVisible());
        QVERIFY2(dialog.readOnlyLabel()->text().contains(QStringLiteral("viewer")),
                 qPrintable(dialog.readOnlyLabel()->text()));
        for (QPushButton *button : {dialog.addButton(), dialog.removeButton(), dialog.roleButton(),
                                    dialog.rotateButton(), dialog.passphraseButton()})
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QCOMPARE(asViewer.asked, 0);
        // The database says the same, whatever the dialog shows.
        QVERIFY(!asViewer.team->addMember(QStringLiteral("nobody"), team::Role::Viewer, {}));
    }
    {
        TeamSession asEditor(testdb::as(url, editor), editorInitial);
        QVERIFY2(asEditor.ok(), qPrintable(asEditor.error));
        TeamDialog dialog(*asEditor.store, *asEditor.team);
        dialog.show();
        QVERIFY(dialog.selectAdmin(viewer));
        QVERIFY(dialog.readOnlyLabel()->isVisible());
        QVERIFY2(dialog.readOnlyLabel()->text().contains(QStringLiteral("editor")),
                 qPrintable(dialog.readOnlyLabel()->text()));
        for (QPushButton *button :
             {dialog.addButton(), dialog.removeButton(), dialog.roleButton(), dialog.rotateButton()})
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QVERIFY(dialog.passphraseButton()->isEnabled()); // an editor holds a key of their own
    }
}

void TestTeamGui::teamMenuEntryNeedsAPostgresDatabase() {
    {
        guitest::Fixture sqlite;
        QVERIFY2(sqlite.ok(), qPrintable(sqlite.error()));
        MainWindow window(sqlite.session());
        QAction *team = window.findChild<QAction *>(QStringLiteral("actionTeam"));
        QVERIFY(team);
        QVERIFY(!team->isEnabled());
        QVERIFY(team->toolTip().contains(QStringLiteral("PostgreSQL")));
    }
    const QString url = teamDatabase();
    QVERIFY(!url.isEmpty());
    TeamSession session(url, ownerPassphrase);
    QVERIFY2(session.ok(), qPrintable(session.error));
    {
        AdminSession admin(session.store.get());
        MainWindow window(&admin);
        window.setTeam(session.team.get());
        window.show();
        QVERIFY(window.teamAction()->isEnabled());
        window.teamAction()->trigger();
        auto *dialog = visibleChild<TeamDialog>(window, QStringLiteral("teamDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->membersModel()->rowCount(), 1);
        dialog->close();
    }
    flushDeletes();
}

void TestTeamGui::passwordDialogAnswersOpenOptions() {
    const QString url = teamDatabase();
    QVERIFY(!url.isEmpty());
    const QString login = testdb::createRole(QStringLiteral("gui_password"));
    QVERIFY(!login.isEmpty());
    {
        // A member, so that the database lets the login read it once connected.
        TeamSession owner(url, ownerPassphrase);
        QVERIFY2(owner.ok(), qPrintable(owner.error));
        REQUIRE_OK(owner.team->addMember(login, team::Role::Viewer, {}));
    }
    const QString location = testdb::as(url, login);
    auto parsed = DatabaseLocation::parse(location);
    REQUIRE_OK(parsed);
    const QString password = qEnvironmentVariable("BIFROST_TEST_PG_PASSWORD");
    QVERIFY(!password.isEmpty());

    // libpq finds no password anywhere: only the dialog can answer.
    const QByteArray savedPassFile = qgetenv("PGPASSFILE");
    const QString emptyPassFile = m_dir.filePath(QStringLiteral("empty.pgpass"));
    {
        QFile file(emptyPassFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qputenv("PGPASSFILE", emptyPassFile.toUtf8());
    KeychainSecretStore keychain;
    REQUIRE_OK(keychain.remove(parsed->passwordKey()));
    const auto restore = qScopeGuard([&] {
        (void)keychain.remove(parsed->passwordKey());
        qputenv("PGPASSFILE", savedPassFile);
    });

    int prompts = 0;
    Store::OpenOptions options;
    options.passwordPrompt = [&](const QString &where) {
        ++prompts;
        return DatabasePasswordDialog::ask(nullptr, where, &options.rememberPassword);
    };
    // The admin types the password and leaves "remember" on (the default).
    bool seen = false, masked = false, rememberDefault = false;
    const auto typeIt = [&](bool remember, const QString &text) {
        whenModal([&, remember, text](QWidget *modal) {
            auto *dialog = qobject_cast<DatabasePasswordDialog *>(modal);
            seen = dialog != nullptr;
            if (!dialog) {
                if (modal)
                    modal->close();
                return;
            }
            masked = dialog->passwordEdit()->echoMode() == QLineEdit::Password;
            rememberDefault = dialog->rememberCheck()->isChecked();
            dialog->rememberCheck()->setChecked(remember);
            if (text.isEmpty()) {
                dialog->reject();
                return;
            }
            QTest::keyClicks(dialog->passwordEdit(), text);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
    };

    // Cancel: the open fails with a message, nothing is remembered.
    typeIt(true, {});
    auto cancelled = Store::open(location, nullptr, options);
    QVERIFY(seen);
    QVERIFY(!cancelled);
    QVERIFY(!cancelled.error().message.isEmpty());
    QVERIFY(!cancelled.error().message.contains(password));
    QCOMPARE(prompts, 1);

    // Not remembered: it opens, and the next open asks again.
    typeIt(false, password);
    {
        auto opened = Store::open(location, nullptr, options);
        REQUIRE_OK(opened);
    }
    QVERIFY(seen && masked && rememberDefault);
    QCOMPARE(prompts, 2);
    QVERIFY(!keychain.read(parsed->passwordKey()));

    // Remembered: the keychain answers the next open without a dialog.
    options.rememberPassword = true;
    typeIt(true, password);
    {
        auto opened = Store::open(location, nullptr, options);
        REQUIRE_OK(opened);
    }
    QCOMPARE(prompts, 3);
    {
        Store::OpenOptions silent;
        silent.passwordPrompt = [&](const QString &) -> Result<QString> {
            ++prompts;
            return Error::invalid(QStringLiteral("asked"), QStringLiteral("password"));
        };
        auto opened = Store::open(location, nullptr, silent);
        REQUIRE_OK(opened);
        QCOMPARE(prompts, 3);
    }
}

void TestTeamGui::teamPassphraseDialogAsksOrTakesTheEnvironment() {
    // Creating: asked twice, with the team's prompt; a short one is refused in the dialog.
    QString prompt, problem;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<PassphraseDialog *>(modal);
        if (!dialog) {
            if (modal)
                modal->close();
            return;
        }
        prompt = dialog->findChild<QLabel *>(QStringLiteral("passphrasePrompt"))->text();
        QVERIFY(dialog->confirmEdit());
        dialog->passphraseEdit()->setText(QStringLiteral("short"));
        dialog->confirmEdit()->setText(QStringLiteral("short"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        problem = dialog->errorText();
        dialog->passphraseEdit()->setText(ownerPassphrase);
        dialog->confirmEdit()->setText(ownerPassphrase);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    auto created =
        PassphraseDialog::askForTeam(nullptr, QStringLiteral("Your new team passphrase, alice"), true);
    REQUIRE_OK(created);
    QVERIFY(*created == ownerPassphrase);
    QCOMPARE(prompt, QStringLiteral("Your new team passphrase, alice"));
    QVERIFY(!problem.isEmpty());

    // Cancel: InvalidInput on the passphrase, saying secrets stay locked.
    whenModal([](QWidget *modal) {
        if (modal)
            modal->close();
    });
    auto cancelled = PassphraseDialog::askForTeam(nullptr, QStringLiteral("unlock"), false);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().field, QStringLiteral("passphrase"));

    // BIFROST_TEAM_PASSPHRASE answers without a dialog, as in bifrostctl.
    qputenv("BIFROST_TEAM_PASSPHRASE", ownerPassphrase.toUtf8());
    auto fromEnvironment = PassphraseDialog::askForTeam(nullptr, QStringLiteral("unlock"), false);
    qunsetenv("BIFROST_TEAM_PASSPHRASE");
    REQUIRE_OK(fromEnvironment);
    QVERIFY(*fromEnvironment == ownerPassphrase);
}

void TestTeamGui::preferencesCheckTheLocationAsTyped() {
    PreferencesDialog dialog(QStringLiteral("/tmp/current.db"));
    dialog.show();
    QLineEdit *edit = dialog.databasePathEdit();
    QLabel *error = dialog.locationErrorLabel();

    // A password in the URL: refused with the core's message, OK disabled.
    edit->setText(QStringLiteral("postgresql://alice:hunter2@db.example:5432/bifrost"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), DatabaseLocation::parse(edit->text()).error().message);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!QSettings().contains(PreferencesDialog::databasePathKey()));

    // A team database: accepted; its secrets are the team's, so the backend choice is off.
    const QString team = QStringLiteral("postgresql://alice@db.example:5432/bifrost");
    edit->setText(team);
    QVERIFY(error->isHidden());
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("teamDatabaseNote"))->isVisible());
    QVERIFY(!dialog.secretBackendCombo()->isEnabled());
    // Said to apply on the next start.
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("restartNote"))
                ->text()
                .contains(QStringLiteral("next time")));

    // Back to a file: the backend choice returns.
    edit->setText(m_dir.filePath(QStringLiteral("laptop.db")));
    QVERIFY(error->isHidden());
    QVERIFY(dialog.secretBackendCombo()->isEnabled());

    edit->setText(team);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(QSettings().value(PreferencesDialog::databasePathKey()).toString(), team);
}

void TestTeamGui::realAppOpensATeamDatabase() {
    const QString program = qEnvironmentVariable("BIFROST_ADMIN");
    if (program.isEmpty())
        QSKIP("BIFROST_ADMIN is not set; run the suite through CTest");
    const QString url = teamDatabase();
    QVERIFY(!url.isEmpty());
    const QString emptyPassFile = m_dir.filePath(QStringLiteral("app-empty.pgpass"));
    {
        QFile file(emptyPassFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const auto run = [&](const QStringList &arguments, const QString &passphrase, bool passFile,
                         QByteArray *err) {
        QProcess admin;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("BIFROST_SECRETS"));
        env.remove(QStringLiteral("BIFROST_TEAM_PASSPHRASE"));
        if (!passphrase.isEmpty())
            env.insert(QStringLiteral("BIFROST_TEAM_PASSPHRASE"), passphrase);
        if (!passFile)
            env.insert(QStringLiteral("PGPASSFILE"), emptyPassFile);
        admin.setProcessEnvironment(env);
        admin.start(program, QStringList{QStringLiteral("--quit-after-start"), QStringLiteral("--db"), url} +
                                 arguments);
        if (!admin.waitForStarted(30000) || !admin.waitForFinished(60000))
            return -1;
        *err = admin.readAllStandardError();
        return admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -2;
    };
    QByteArray err;
    // The owner, the password from PGPASSFILE, the key unlocked from the environment (or the
    // keychain, which keeps the derived key after the first unlock).
    QCOMPARE(run({}, ownerPassphrase, true, &err), 0);
    QVERIFY(!err.contains(apiKey.toUtf8()));
    QVERIFY(!err.contains(ownerPassphrase.toUtf8()));
    // Another secret backend asked for on a team database: refused, and said.
    QCOMPARE(run({QStringLiteral("--secrets"), QStringLiteral("keychain")}, ownerPassphrase, true, &err), 2);
    QVERIFY2(err.contains("team key"), err.constData());
    // No password anywhere and no dialog in a smoke run: refused, naming the ways to give one.
    QCOMPARE(run({}, ownerPassphrase, false, &err), 2);
    QVERIFY2(err.contains("PGPASSFILE"), err.constData());
}

QTEST_MAIN(TestTeamGui)
#include "tst_team_gui.moc"
