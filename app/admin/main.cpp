// bifrost-admin: the desktop app. Opens the store, shows the main window.
#include "common/translations.h"
#include "dialogs/preferencesdialog.h"
#include "mainwindow/mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

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
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database file."),
                                      QStringLiteral("PATH"));
    // Used by the test suite: start, show the window, and quit once the event loop runs.
    const QCommandLineOption smokeOption(
        QStringLiteral("quit-after-start"),
        QApplication::translate("main", "Quit as soon as the window is shown."));
    parser.addOption(dbOption);
    parser.addOption(smokeOption);
    parser.process(app);

    bifrost::KeychainSecretStore secrets;
    // --db wins over the location chosen in Preferences, which wins over the default.
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = QSettings().value(bifrost::PreferencesDialog::databasePathKey()).toString();
    if (path.isEmpty())
        path = bifrost::Store::defaultPath();
    auto store = bifrost::Store::open(path, &secrets);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Bifrost Admin"),
                              store.error().message);
        return int(store.error().code);
    }

    bifrost::AdminSession session(store->get());
    bifrost::MainWindow window(&session);
    window.show();
    if (parser.isSet(smokeOption))
        QTimer::singleShot(0, &app, &QApplication::quit);
    return QApplication::exec();
}
