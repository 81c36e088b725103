// bifrost-admin: the desktop app. Chooses the secret backend, opens the store, shows the main
// window. An SQLite database keeps its secrets in the keychain or a vault; a shared PostgreSQL
// database (team mode) in the database itself, sealed with the team key (team/team.h).
#include "common/translations.h"
#include "dialogs/databasepassworddialog.h"
#include "dialogs/passphrasedialog.h"
#include "dialogs/preferencesdialog.h"
#include "mainwindow/mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/vaultsecretstore.h"
#include "session/adminsession.h"
#include "store/databaselocation.h"
#include "store/store.h"
#include "team/team.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace {

using bifrost::Error;
using bifrost::Result;

// Said on stderr too, for scripts and the smoke test, which must never wait on a message box.
int fail(const Error &error, bool interactive) {
    qWarning("bifrost-admin: %s", qPrintable(error.message));
    if (interactive)
        QMessageBox::critical(nullptr, QApplication::translate("main", "Bifrost Admin"), error.message);
    return int(error.code);
}

// The backend this database's secrets live in, as bifrostctl decides it (brief, ARCHITECTURE
// §4): an explicit choice (--secrets, else BIFROST_SECRETS) must match the backend the database
// records, unless the database holds no secret yet, when the choice is recorded. Without one,
// the recorded backend; the Preferences setting only for a database with no secrets that
// records nothing but the default, i.e. a new one.
Result<QString> chooseBackend(bifrost::Store &store, const QString &option) {
    const QString keychain = bifrost::PreferencesDialog::keychainBackend();
    const QString vault = bifrost::PreferencesDialog::vaultBackend();
    const QString explicitChoice = !option.isEmpty() ? option : qEnvironmentVariable("BIFROST_SECRETS");
    if (!explicitChoice.isEmpty() && explicitChoice != keychain && explicitChoice != vault)
        return Error::invalid(QApplication::translate("main", "Unknown secret backend \"%1\" (--secrets or "
                                                              "BIFROST_SECRETS); use keychain or vault.")
                                  .arg(explicitChoice),
                              QStringLiteral("secrets"));
    const QString recorded = store.secretBackend();
    auto uses = store.secretUses();
    // Unknown counts as "has secrets": never switch a database's backend on a guess.
    const bool hasSecrets = !uses || !uses->isEmpty();
    QString wanted = explicitChoice;
    if (wanted.isEmpty()) {
        const QString preferred =
            QSettings().value(bifrost::PreferencesDialog::secretBackendKey()).toString();
        if (!hasSecrets && recorded == keychain && preferred == vault)
            wanted = preferred;
        else
            return recorded;
    }
    if (wanted == recorded)
        return recorded;
    if (hasSecrets) {
        const QString where = recorded == vault ? QApplication::translate("main", "the encrypted vault")
                                                : QApplication::translate("main", "the keychain");
        return Error::invalid(QApplication::translate("main",
                                                      "This database keeps its secrets in %1; start "
                                                      "Bifrost Admin with --secrets %2 (or without "
                                                      "BIFROST_SECRETS), or move them with `bifrostctl "
                                                      "secrets migrate --to %3`.")
                                  .arg(where, recorded, wanted),
                              QStringLiteral("secrets"));
    }
    if (auto recordedNow = store.setSecretBackend(wanted); !recordedNow)
        return recordedNow.error();
    return wanted;
}

// Where the app opens its database: --db wins over the location chosen in Preferences, which wins
// over the default (BIFROST_DB, else the data folder).
QString chosenLocation(const QString &option) {
    QString location = option;
    if (location.isEmpty())
        location = QSettings().value(bifrost::PreferencesDialog::databasePathKey()).toString();
    if (location.isEmpty())
        location = bifrost::Store::defaultPath();
    return location;
}

// A shared database that does not open (server down, wrong login, no password given) is said
// with the core's message, and the admin may fix the location in Preferences and try again
// rather than being left with a closed app. True: try `location` (updated) again.
bool offerPreferences(const Error &error, QString &location) {
    QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Bifrost Admin"), error.message,
                    QMessageBox::NoButton);
    box.setObjectName(QStringLiteral("openFailedDialog"));
    box.setInformativeText(QApplication::translate("main", "Check the database location and the server, then "
                                                           "try again; or choose another database in "
                                                           "Preferences."));
    QPushButton *preferences =
        box.addButton(QApplication::translate("main", "Open &Preferences…"), QMessageBox::AcceptRole);
    QPushButton *retry =
        box.addButton(QApplication::translate("main", "&Try Again"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(preferences);
    box.exec();
    if (box.clickedButton() == retry)
        return true;
    if (box.clickedButton() != preferences)
        return false;
    bifrost::PreferencesDialog dialog(location);
    if (dialog.exec() == QDialog::Accepted) {
        // The admin just chose it: it is tried now, even when --db named another.
        location = chosenLocation({});
    }
    return true;
}

// The personal passphrase that unlocks the team key when the keychain does not hold it yet:
// BIFROST_TEAM_PASSPHRASE, else a dialog (never in the smoke run, which must not wait).
struct TeamPrompt {
    QString lastError; // a wrong passphrase, said in the dialog that asks again
    bool declined = false;
};

bifrost::team::PassphraseProvider teamPassphrase(const std::shared_ptr<TeamPrompt> &prompt,
                                                 bool interactive) {
    return [prompt, interactive](const QString &text, bool creating) -> Result<QString> {
        if (!interactive && qEnvironmentVariableIsEmpty("BIFROST_TEAM_PASSPHRASE"))
            return Error::invalid(
                QApplication::translate("main",
                                        "The team key needs your passphrase: set BIFROST_TEAM_PASSPHRASE."),
                QStringLiteral("passphrase"));
        auto given = bifrost::PassphraseDialog::askForTeam(nullptr, text, creating,
                                                           std::exchange(prompt->lastError, {}));
        prompt->declined = !given;
        return given;
    };
}

// On a team database the secret backend is the team's; another one asked for with --secrets is
// refused rather than ignored (as bifrostctl does). BIFROST_SECRETS, an environment-wide
// default, only concerns SQLite databases.
Result<void> checkTeamBackend(const QString &option) {
    if (option.isEmpty())
        return {};
    return Error::invalid(QApplication::translate("main",
                                                  "A PostgreSQL database keeps its secrets in the database, "
                                                  "encrypted with the team key; start Bifrost Admin without "
                                                  "--secrets %1.")
                              .arg(option),
                          QStringLiteral("secrets"));
}

// Unlocks the team key before the window shows rather than in the middle of the first page load,
// for an admin who holds one (owners and editors of a team that is set up). The window opens in
// every case but a smoke run's failure; the status bar says why secrets cannot be read. Returns
// the warning for the status bar, empty when secrets can be read.
Result<QString> unlockTeam(bifrost::team::Team &team, TeamPrompt &prompt, bool interactive) {
    auto initialized = team.initialized();
    if (!initialized)
        return initialized.error();
    if (!*initialized)
        return QApplication::translate("main", "This team database is not set up yet: Tools > Team… > Set Up "
                                               "Team makes you its owner.");
    auto role = team.myRole();
    if (!role)
        return role.error().code == bifrost::ErrorCode::NotFound ? role.error().message : QString();
    if (*role == bifrost::team::Role::Viewer)
        return QApplication::translate("main", "You are a viewer of this team: secret values are not shown.");
    const bool fromEnvironment = !qEnvironmentVariableIsEmpty("BIFROST_TEAM_PASSPHRASE");
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto unlocked = team.dataKey();
        if (unlocked)
            return QString();
        if (prompt.declined)
            return unlocked.error().message; // the window opens all the same; asked again when needed
        const bool wrongPassphrase = unlocked.error().field == QLatin1String("passphrase");
        if (!wrongPassphrase || fromEnvironment || !interactive) {
            if (!interactive)
                return unlocked.error();
            QMessageBox::warning(nullptr, QApplication::translate("main", "Bifrost Admin"),
                                 unlocked.error().message);
            return unlocked.error().message;
        }
        prompt.lastError = unlocked.error().message;
    }
    return QString();
}

// The keychain is checked by a real round trip once the window shows; when it does not answer,
// the admin is told and offered the vault, never moved to plain text.
void probeKeychain(bifrost::KeychainSecretStore *keychain, bifrost::MainWindow *window, bool interactive) {
    auto probed = keychain->probe();
    if (probed)
        return;
    window->setSecretsWarning(probed.error().message);
    qWarning("bifrost-admin: %s", qPrintable(probed.error().message));
    if (!interactive)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, QApplication::translate("main", "Keychain Not Available"),
        QApplication::translate("main", "The system keychain did not answer, so secrets cannot be read or "
                                        "saved. Everything else works."),
        QMessageBox::Close, window);
    box->setObjectName(QStringLiteral("keychainUnavailableDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        probed.error().message + QStringLiteral("\n\n") +
        QApplication::translate(
            "main",
            "On a machine without a keychain, keep secrets in an encrypted vault file instead: choose "
            "it in Preferences (for a new database), or move this database's secrets with `bifrostctl "
            "secrets migrate --to vault` and start with --secrets vault."));
    QPushButton *preferences =
        box->addButton(QApplication::translate("main", "Open &Preferences…"), QMessageBox::ActionRole);
    QObject::connect(preferences, &QPushButton::clicked, window, &bifrost::MainWindow::showPreferences);
    box->open();
}

// A shared PostgreSQL database: secrets in the database under the team key, unlocked through the
// admin's keychain or personal passphrase; Tools > Team… manages the members.
int runTeam(QApplication &app, std::unique_ptr<bifrost::Store> store, const QString &secretsOption,
            bool interactive) {
    if (auto checked = checkTeamBackend(secretsOption); !checked)
        return fail(checked.error(), interactive);
    auto prompt = std::make_shared<TeamPrompt>();
    bifrost::team::Team team(*store, teamPassphrase(prompt, interactive));
    std::unique_ptr<bifrost::SecretStore> secrets = bifrost::team::makeTeamSecretStore(*store, team);
    store->setSecretStore(secrets.get());
    auto warning = unlockTeam(team, *prompt, interactive);
    if (!warning)
        return fail(warning.error(), interactive);

    int result = 0;
    {
        bifrost::AdminSession session(store.get());
        bifrost::MainWindow window(&session);
        window.setTeam(&team);
        if (!warning->isEmpty())
            window.setSecretsWarning(*warning);
        window.show();
        if (!interactive)
            QTimer::singleShot(0, &app, &QApplication::quit);
        result = QApplication::exec();
    }
    // The store goes last: the secret store and the team refer to it.
    store->setSecretStore(nullptr);
    secrets.reset();
    return result;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("bifrost-admin"));
    QApplication::setApplicationName(QStringLiteral("bifrost-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bifrost Admin"));
    QApplication::setApplicationVersion(QStringLiteral(BIFROST_VERSION));
    bifrost::installTranslations(app);
    QApplication::setDesktopFileName(QStringLiteral("io.bifrost.Admin"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/bifrost/icons/bifrost.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Integration settings for MSP automation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Database: an SQLite file, or a shared PostgreSQL database "
                                        "(postgresql://USER@HOST:PORT/DBNAME; the password comes from the "
                                        "keychain, PGPASSFILE or a dialog, never from the URL)."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption secretsOption(
        QStringLiteral("secrets"),
        QApplication::translate(
            "main",
            "Where secrets live: keychain or vault (an encrypted file next to the database). Wins over "
            "BIFROST_SECRETS and Preferences; must match the backend an existing database records."),
        QStringLiteral("keychain|vault"));
    // Used by the test suite: start, show the window, and quit once the event loop runs.
    const QCommandLineOption smokeOption(
        QStringLiteral("quit-after-start"),
        QApplication::translate("main", "Quit as soon as the window is shown."));
    parser.addOption(dbOption);
    parser.addOption(secretsOption);
    parser.addOption(smokeOption);
    parser.process(app);

    const bool interactive = !parser.isSet(smokeOption);
    QString path = chosenLocation(parser.value(dbOption));
    std::unique_ptr<bifrost::SecretStore> secrets; // outlives the store
    // A PostgreSQL login's password when neither the keychain nor PGPASSFILE has it: a dialog,
    // whose "remember" box decides whether the keychain keeps it.
    bifrost::Store::OpenOptions options;
    if (interactive) {
        options.passwordPrompt = [&options](const QString &location) {
            return bifrost::DatabasePasswordDialog::ask(nullptr, location, &options.rememberPassword);
        };
    }
    // Without a secret store first: which one is the database's own decision (see chooseBackend).
    auto store = bifrost::Store::open(path, nullptr, options);
    while (!store) {
        auto parsed = bifrost::DatabaseLocation::parse(path);
        // An SQLite file that does not open fails as it always did.
        if (!interactive || (parsed && !parsed->isPostgres()))
            return fail(store.error(), interactive);
        qWarning("bifrost-admin: %s", qPrintable(store.error().message));
        if (!offerPreferences(store.error(), path))
            return int(store.error().code);
        store = bifrost::Store::open(path, nullptr, options);
    }
    if ((*store)->isPostgres())
        return runTeam(app, std::move(*store), parser.value(secretsOption), interactive);
    auto backend = chooseBackend(**store, parser.value(secretsOption));
    if (!backend)
        return fail(backend.error(), interactive);

    bifrost::KeychainSecretStore *keychain = nullptr;
    if (*backend == bifrost::PreferencesDialog::vaultBackend()) {
        const QString vaultPath = bifrost::VaultSecretStore::defaultPathFor(path);
        struct Prompt {
            QString lastError; // a wrong passphrase, said in the dialog that asks again
            bool declined = false;
        };
        auto prompt = std::make_shared<Prompt>();
        auto vault = std::make_unique<bifrost::VaultSecretStore>(
            vaultPath, [vaultPath, prompt, interactive](bool creating) -> Result<QString> {
                if (!interactive && qEnvironmentVariableIsEmpty("BIFROST_VAULT_PASSPHRASE"))
                    return Error::invalid(
                        QApplication::translate(
                            "main", "The vault needs its passphrase: set BIFROST_VAULT_PASSPHRASE."),
                        QStringLiteral("passphrase"));
                auto given = bifrost::PassphraseDialog::askForVault(nullptr, vaultPath, creating,
                                                                    std::exchange(prompt->lastError, {}));
                prompt->declined = !given;
                return given;
            });
        // Unlocked now, before the window, rather than in the middle of the first page load.
        const bool fromEnvironment = !qEnvironmentVariableIsEmpty("BIFROST_VAULT_PASSPHRASE");
        for (int attempt = 0; attempt < 5; ++attempt) {
            auto unlocked = vault->unlock();
            if (unlocked || prompt->declined)
                break; // declined: the window opens all the same, everything but secrets works
            const bool wrongPassphrase = unlocked.error().field == QLatin1String("passphrase");
            if (!wrongPassphrase || fromEnvironment || !interactive) {
                if (!interactive)
                    return fail(unlocked.error(), interactive);
                // A damaged vault or a wrong BIFROST_VAULT_PASSPHRASE: said once; the window opens.
                QMessageBox::warning(nullptr, QApplication::translate("main", "Bifrost Admin"),
                                     unlocked.error().message);
                break;
            }
            prompt->lastError = unlocked.error().message;
        }
        secrets = std::move(vault);
    } else {
        auto owned = std::make_unique<bifrost::KeychainSecretStore>();
        keychain = owned.get();
        secrets = std::move(owned);
    }
    (*store)->setSecretStore(secrets.get());

    bifrost::AdminSession session(store->get());
    bifrost::MainWindow window(&session);
    window.show();
    if (keychain) {
        // The smoke run (--quit-after-start) probes too, and says a failure on stderr.
        QTimer::singleShot(0, &window, [keychain, &window, interactive] {
            probeKeychain(keychain, &window, interactive);
            if (!interactive)
                QApplication::quit();
        });
    } else if (!interactive) {
        QTimer::singleShot(0, &app, &QApplication::quit);
    }
    return QApplication::exec();
}
