// bifrost-screenshots: writes a PNG of each page of the admin app, filled with the example data,
// into a folder (docs/screenshots/ by default, through scripts/screenshots). It drives the real
// widgets on a throwaway database, so the pictures in the README always show the current app.
#include "bundle/bundle.h"
#include "common/translations.h"
#include "dialogs/connectdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/newintegrationdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/sdkwizard.h"
#include "dialogs/teamdialog.h"
#include "example/exampledata.h"
#include "mainwindow/mainwindow.h"
#include "oauth/presets.h"
#include "pages/integration/historytab.h"
#include "pages/integration/oauthtab.h"
#include "pages/integration/organizationstab.h"
#include "pages/integrationpage.h"
#include "pages/organizationpage.h"
#include "secrets/keychainsecretstore.h"
#include "session/adminsession.h"
#include "store/store.h"
#include "team/team.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QToolButton>
#include <QUrl>
#include <QWizard>

#include <cstdio>
#include <memory>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(screenshots)
};

// Paths and addresses of the throwaway databases this tool runs on, and what the pictures show
// instead: a plausible home folder and server rather than /tmp and a random port.
QList<std::pair<QString, QString>> &disguises() {
    static QList<std::pair<QString, QString>> list;
    return list;
}

void disguise(QWidget *widget) {
    for (QLabel *label : widget->findChildren<QLabel *>()) {
        QString text = label->text();
        for (const auto &[from, to] : std::as_const(disguises()))
            text.replace(from, to);
        if (text != label->text())
            label->setText(text);
    }
}

// Lets layouts, lazy loads and deferred paints finish before a picture is taken.
void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget *window, const QDir &out, const QString &name) {
    settle();
    disguise(window);
    settle(); // the status bar lays out again for the longer text
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        QTextStream(stderr) << "bifrost-screenshots: error: cannot write " << path << '\n';
        return false;
    }
    QTextStream(stdout) << path << '\n';
    return true;
}

// A dialog that opens over the window (window-modal, or a confirmation), pictured as the admin
// sees it: the window with the dialog drawn centred on top, since a grab of the window alone
// leaves the dialog out.
bool saveWithDialog(QWidget *window, QWidget *dialog, const QDir &out, const QString &name) {
    settle();
    disguise(window);
    disguise(dialog);
    settle();
    QPixmap picture = window->grab();
    const QPixmap overlay = dialog->grab();
    {
        QPainter painter(&picture);
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 60)); // the window behind is inactive
        const QPoint topLeft((picture.width() - overlay.width()) / 2,
                             (picture.height() - overlay.height()) / 3);
        painter.setPen(QColor(0, 0, 0, 120));
        painter.drawRect(QRect(topLeft, overlay.size()).adjusted(-1, -1, 0, 0));
        painter.drawPixmap(topLeft, overlay);
    }
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!picture.save(path)) {
        QTextStream(stderr) << "bifrost-screenshots: error: cannot write " << path << '\n';
        return false;
    }
    QTextStream(stdout) << path << '\n';
    return true;
}

bool report(const bifrost::Error &error) {
    QTextStream(stderr) << "bifrost-screenshots: error: " << error.message << '\n';
    return false;
}

// 08: Microsoft Graph set up from its delegated preset, with Contoso connected and Fabrikam's
// grant failed, as the OAuth tab shows them after a day's use. The tokens are stored through the
// same core call a connect ends with (obviously fake values: a picture must not need a real
// tenant); Fabrikam's failure is recorded as a refresh that met invalid_grant would record it.
// 17: Connect… on Fabrikam's row: the authorization-code dialog with its loopback listener
// running and the sign-in URL (no browser is opened, and no request leaves the machine).
bool oauthScenes(bifrost::MainWindow &window, bifrost::AdminSession &session, bifrost::Store &store,
                 const QDir &out) {
    const auto preset = bifrost::oauth::findPreset(QStringLiteral("microsoft-graph-delegated"));
    auto graph = store.integration(QStringLiteral("MicrosoftGraph"));
    auto contoso = store.organization(QStringLiteral("Contoso"));
    auto fabrikam = store.organization(QStringLiteral("Fabrikam"));
    if (!preset || !graph || !contoso || !fabrikam) {
        QTextStream(stderr) << "bifrost-screenshots: error: no Microsoft Graph preset or example\n";
        return false;
    }
    if (auto applied = bifrost::oauth::applyPreset(store, graph->id, *preset); !applied)
        return report(applied.error());
    if (auto settings = store.oauthSettings(graph->id); settings && *settings) {
        bifrost::OAuthSettings s = **settings;
        s.clientId = QStringLiteral("00000000-0000-4000-8000-00000000a001");
        if (auto saved = store.setOAuthSettings(graph->id, s, std::nullopt); !saved)
            return report(saved.error());
    }
    const QStringList scopes = {QStringLiteral("offline_access"),
                                QStringLiteral("https://graph.microsoft.com/.default")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &org : {contoso->id, fabrikam->id}) {
        bifrost::TokenResponse response;
        response.accessToken = QStringLiteral("example-access-token");
        response.tokenType = QStringLiteral("Bearer");
        response.expiresIn = 3600;
        response.refreshToken = QStringLiteral("example-refresh-token");
        response.scope = scopes;
        if (auto saved = store.saveOAuthTokens(graph->id, org, response, scopes, true, now.addSecs(-600));
            !saved)
            return report(saved.error());
    }
    if (auto recorded = store.recordOAuthError(
            graph->id, fabrikam->id,
            QStringLiteral("the provider rejected the refresh token (invalid_grant: AADSTS700082 the refresh "
                           "token has expired due to inactivity); connect again"),
            true);
        !recorded)
        return report(recorded.error());
    session.announceEverythingChanged();
    window.openIntegration(graph->id);
    window.integrationPage()->tabs()->setCurrentWidget(window.integrationPage()->oauthTab());
    bifrost::OAuthTab *tab = window.integrationPage()->oauthTab();
    tab->selectConnection(contoso->id);
    bool ok = save(&window, out, QStringLiteral("08-integration-oauth"));

    qputenv("BIFROST_NO_BROWSER", "1");
    tab->selectConnection(fabrikam->id);
    bifrost::ConnectDialog *dialog = tab->openConnect();
    if (!dialog) {
        QTextStream(stderr) << "bifrost-screenshots: error: the connect dialog did not open\n";
        return false;
    }
    for (int i = 0; i < 500 && dialog->authorizationUrl().isEmpty() && dialog->errorMessage().isEmpty();
         ++i) {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
    if (dialog->authorizationUrl().isEmpty()) {
        QTextStream(stderr) << "bifrost-screenshots: error: connect dialog: " << dialog->errorMessage()
                            << '\n';
        dialog->reject();
        return false;
    }
    // Offscreen, a window-modal dialog keeps its first, too small size: give it room for its text.
    dialog->resize(dialog->sizeHint().expandedTo(QSize(720, 0)));
    ok = saveWithDialog(&window, dialog, out, QStringLiteral("17-oauth-connect-dialog")) && ok;
    dialog->reject(); // cancels the flow: nothing is stored
    settle();
    return ok;
}

// 14: File > New integration… with a name typed; 15: the new integration's OAuth tab with the
// NinjaOne preset chosen and Apply preset…'s confirmation, which lists the fields it adds;
// 16: the tab after applying it.
bool presetScenes(bifrost::MainWindow &window, bifrost::AdminSession &session, const QDir &out) {
    bifrost::NewIntegrationDialog dialog(&session, &window);
    // Typed, as the name is checked on each edit (setText would leave Create disabled).
    dialog.nameEdit()->insert(QStringLiteral("NinjaOne"));
    dialog.show();
    bool ok = saveWithDialog(&window, &dialog, out, QStringLiteral("14-new-integration"));
    dialog.accept();
    if (dialog.createdId().isEmpty()) {
        QTextStream(stderr) << "bifrost-screenshots: error: new integration: " << dialog.errorText() << '\n';
        return false;
    }
    settle();
    window.openIntegration(dialog.createdId());
    bifrost::OAuthTab *tab = window.integrationPage()->oauthTab();
    window.integrationPage()->tabs()->setCurrentWidget(tab);
    auto *combo = tab->findChild<QComboBox *>(QStringLiteral("presetCombo"));
    const int index = combo ? combo->findData(QStringLiteral("ninjaone")) : -1;
    if (index < 0) {
        QTextStream(stderr) << "bifrost-screenshots: error: no NinjaOne preset in the OAuth tab\n";
        return false;
    }
    combo->setCurrentIndex(index);
    QMessageBox *confirm = tab->applySelectedPreset();
    if (!confirm) {
        QTextStream(stderr) << "bifrost-screenshots: error: Apply preset… asked nothing\n";
        return false;
    }
    ok = saveWithDialog(&window, confirm, out, QStringLiteral("15-oauth-apply-preset")) && ok;
    auto *apply = confirm->findChild<QPushButton *>(QStringLiteral("confirmApplyPresetButton"));
    if (!apply) {
        QTextStream(stderr) << "bifrost-screenshots: error: no Apply button in the preset confirmation\n";
        return false;
    }
    apply->click();
    settle();
    // Taller for this one, so that the redirect URI at the end of the settings is in the picture.
    const QSize size = window.size();
    window.resize(size.width(), 1040);
    settle();
    if (auto *scroll = tab->findChild<QAbstractScrollArea *>(QStringLiteral("oauthSettingsScroll")))
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    ok = save(&window, out, QStringLiteral("16-oauth-preset-applied")) && ok;
    window.resize(size);
    return ok;
}

// 18: Preferences with a team database's location typed, checked as it is typed.
bool preferencesScene(bifrost::MainWindow &window, const QDir &out) {
    bifrost::PreferencesDialog dialog(QStringLiteral("/home/anna/.local/share/bifrost-admin/bifrost.db"),
                                      &window);
    dialog.databasePathEdit()->insert(QStringLiteral("postgresql://anna@db.example:5432/bifrost"));
    dialog.resize(760, dialog.sizeHint().height());
    dialog.show();
    dialog.databasePathEdit()->setCursorPosition(0);
    return saveWithDialog(&window, &dialog, out, QStringLiteral("18-preferences-team-database"));
}

// 19: the main window on a team database (PostgreSQL), opened as its owner; 20: Tools > Team…
// with the members the caller set up. The team passphrase comes from BIFROST_TEAM_PASSPHRASE.
bool teamScenes(const QString &location, const QDir &out) {
    if (const QUrl url(location); url.port() > 0)
        disguises().append(
            {QStringLiteral("%1:%2").arg(url.host()).arg(url.port()), QStringLiteral("db.example:5432")});
    auto opened = bifrost::Store::open(location, nullptr);
    if (!opened)
        return report(opened.error());
    std::unique_ptr<bifrost::Store> store = std::move(*opened);
    bool ok = true;
    {
        bifrost::team::Team team(*store, [](const QString &, bool) -> bifrost::Result<QString> {
            const QString passphrase = qEnvironmentVariable("BIFROST_TEAM_PASSPHRASE");
            if (passphrase.isEmpty())
                return bifrost::Error::invalid(
                    QStringLiteral("set BIFROST_TEAM_PASSPHRASE for the team pictures"),
                    QStringLiteral("passphrase"));
            return passphrase;
        });
        std::unique_ptr<bifrost::SecretStore> secrets = bifrost::team::makeTeamSecretStore(*store, team);
        store->setSecretStore(secrets.get());
        if (auto key = team.dataKey(); !key) {
            store->setSecretStore(nullptr);
            return report(key.error());
        }
        {
            bifrost::AdminSession session(store.get());
            bifrost::MainWindow window(&session);
            window.setTeam(&team);
            window.resize(1280, 800);
            window.show();
            if (auto halo = store->integration(QStringLiteral("HaloPSA")); halo) {
                window.openIntegration(halo->id);
                window.integrationPage()->tabs()->setCurrentWidget(window.integrationPage()->historyTab());
            }
            ok = save(&window, out, QStringLiteral("19-team-window"));
            bifrost::TeamDialog dialog(*store, team, &window);
            dialog.resize(760, 420);
            dialog.show();
            dialog.selectAdmin(QStringLiteral("ben"));
            ok = saveWithDialog(&window, &dialog, out, QStringLiteral("20-team-dialog")) && ok;
        }
        store->setSecretStore(nullptr);
    }
    return ok;
}

// 09: the export dialog, filled in; 10: the import dialog's preview of what it wrote, into a
// second, empty database.
bool exportAndImportScenes(bifrost::AdminSession &session, const QDir &out) {
    QTemporaryDir dir;
    const QString passphrase = QStringLiteral("screenshot passphrase");
    auto *exportDialog = new bifrost::ExportDialog(&session);
    exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    // A plausible place rather than the throwaway home this tool runs in.
    const QString shownPath = QStringLiteral("/home/admin/Documents/") +
                              bifrost::ExportDialog::defaultFileName(QDate::currentDate());
    exportDialog->fileEdit()->setText(shownPath);
    exportDialog->passphraseEdit()->setText(passphrase);
    exportDialog->confirmEdit()->setText(passphrase);
    exportDialog->resize(640, 560);
    exportDialog->show();
    bool ok = save(exportDialog, out, QStringLiteral("09-export-dialog"));
    exportDialog->close();

    bifrost::bundle::ExportOptions options;
    auto exported = bifrost::bundle::exportBundle(session.store(), options, passphrase);
    const QString bundlePath = dir.filePath(bifrost::ExportDialog::defaultFileName(QDate::currentDate()));
    if (!exported || !bifrost::ExportDialog::writePrivateFile(bundlePath, exported->bytes)) {
        QTextStream(stderr) << "bifrost-screenshots: error: "
                            << (exported ? QStringLiteral("cannot write the bundle")
                                         : exported.error().message)
                            << '\n';
        return false;
    }
    auto target = bifrost::Store::open(dir.filePath(QStringLiteral("target.db")), session.store().secrets());
    if (!target) {
        QTextStream(stderr) << "bifrost-screenshots: error: " << target.error().message << '\n';
        return false;
    }
    {
        bifrost::AdminSession targetSession(target->get());
        bifrost::ImportDialog importDialog(&targetSession);
        importDialog.resize(1000, 640);
        importDialog.show();
        importDialog.loadFile(bundlePath);
        importDialog.passphraseEdit()->setText(passphrase);
        if (!importDialog.preview()) {
            QTextStream(stderr) << "bifrost-screenshots: error: " << importDialog.errorText() << '\n';
            return false;
        }
        importDialog.fileEdit()->setText(shownPath);
        ok = save(&importDialog, out, QStringLiteral("10-import-preview")) && ok;
    }
    return ok;
}

// A small service-desk API in the style of HaloPSA's, with OAuth client credentials as the
// real one: what the SDK wizard pictures are generated from.
const char *const haloSpec = R"(openapi: 3.0.3
info:
  title: HaloPSA API
  version: "2.1"
servers:
  - url: https://example.halopsa.com/api
security:
  - halo: [all]
paths:
  /Tickets:
    get:
      operationId: listTickets
      summary: List tickets, newest first
      parameters:
        - {name: client_id, in: query, schema: {type: integer}}
        - {name: open_only, in: query, schema: {type: boolean}}
      responses:
        "200": {description: tickets, content: {application/json: {schema: {$ref: "#/components/schemas/TicketList"}}}}
    post:
      operationId: createTickets
      summary: Create or update tickets
      requestBody:
        required: true
        content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Ticket"}}}}
      responses:
        "201": {description: saved, content: {application/json: {schema: {$ref: "#/components/schemas/Ticket"}}}}
  /Tickets/{id}:
    get:
      operationId: getTicket
      summary: One ticket with its actions
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200": {description: the ticket, content: {application/json: {schema: {$ref: "#/components/schemas/Ticket"}}}}
    delete:
      operationId: deleteTicket
      summary: Delete a ticket
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "204": {description: deleted}
  /Client:
    get:
      operationId: listClients
      summary: List clients
      parameters:
        - {name: search, in: query, schema: {type: string}}
      responses:
        "200": {description: clients, content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Client"}}}}}
  /Agent:
    get:
      operationId: listAgents
      summary: List agents
      responses:
        "200": {description: agents, content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Agent"}}}}}
  /Actions:
    post:
      operationId: addAction
      summary: Add a note or an email to a ticket
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Action"}}}
      responses:
        "201": {description: added}
components:
  securitySchemes:
    halo:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://example.halopsa.com/auth/token
          scopes: {all: everything}
  schemas:
    Ticket:
      type: object
      required: [id, summary]
      properties:
        id: {type: integer}
        summary: {type: string}
        client_id: {type: integer}
        status: {type: string, enum: [new, in progress, closed]}
    TicketList:
      type: object
      properties:
        record_count: {type: integer}
        tickets: {type: array, items: {$ref: "#/components/schemas/Ticket"}}
    Client:
      type: object
      properties:
        id: {type: integer}
        name: {type: string}
    Agent:
      type: object
      properties:
        id: {type: integer}
        name: {type: string}
        email: {type: string}
    Action:
      type: object
      required: [ticket_id, note]
      properties:
        ticket_id: {type: integer}
        note: {type: string}
        outcome: {type: string}
    Legacy:
      $ref: "#/components/schemas/Missing"
)";

// 12: the SDK wizard's preview of HaloPSA's SDK; 13: its result page after Generate. The folder
// shown is a plausible one rather than the throwaway one the files go to.
bool sdkWizardScenes(bifrost::AdminSession &session, const QDir &out) {
    QTemporaryDir dir;
    const QString specPath = dir.filePath(QStringLiteral("halopsa.yaml"));
    QFile spec(specPath);
    if (!spec.open(QIODevice::WriteOnly) || spec.write(haloSpec) < 0) {
        QTextStream(stderr) << "bifrost-screenshots: error: cannot write " << specPath << '\n';
        return false;
    }
    spec.close();
    const QString outDir = dir.filePath(QStringLiteral("modules"));
    const QString shownDir = QStringLiteral("/home/admin/Documents/Bifrost/modules");
    const QString shownSpecDir = QStringLiteral("/home/admin/Downloads");
    bifrost::SdkWizard wizard(&session, QStringLiteral("HaloPSA"));
    wizard.resize(860, 640);
    wizard.show();
    wizard.specEdit()->setText(specPath);
    wizard.next();
    for (int i = 0; i < 3000 && wizard.isBusy(); ++i) { // a worker thread; seconds at most
        QApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
    if (wizard.currentId() != bifrost::SdkWizard::AuthPageId) {
        QTextStream(stderr) << "bifrost-screenshots: error: SDK wizard: " << wizard.errorText() << '\n';
        return false;
    }
    wizard.outDirEdit()->setText(outDir);
    wizard.next();
    wizard.outDirEdit()->setText(shownDir);
    wizard.warningsToggle()->setChecked(true); // the skipped schema, as bifrostctl warns of it
    for (int i = 0; i < wizard.warningsList()->count(); ++i) {
        QListWidgetItem *item = wizard.warningsList()->item(i);
        item->setText(item->text().replace(QDir::toNativeSeparators(dir.path()), shownSpecDir));
    }
    bool ok = save(&wizard, out, QStringLiteral("12-sdk-preview"));
    wizard.outDirEdit()->setText(outDir);
    wizard.next();
    settle();
    if (!wizard.isInstalled()) {
        QTextStream(stderr) << "bifrost-screenshots: error: SDK wizard: " << wizard.errorText() << '\n';
        return false;
    }
    for (QLabel *label : {wizard.resultLabel(), wizard.usageLabel()})
        label->setText(label->text().replace(QDir::toNativeSeparators(outDir), shownDir));
    return save(&wizard, out, QStringLiteral("13-sdk-result")) && ok;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bifrost-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bifrost Admin"));
    QApplication::setApplicationVersion(QStringLiteral(BIFROST_VERSION));
    bifrost::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Writes a screenshot of each page of Bifrost Admin."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), Text::tr("Folder for the PNG files."),
                                       QStringLiteral("DIR"), QStringLiteral("docs/screenshots"));
    parser.addOption(outOption);
    const QCommandLineOption teamOption(
        QStringLiteral("team-db"),
        Text::tr("A team database (postgresql://USER@HOST:PORT/DBNAME) set up with members, for the team "
                 "pictures; its owner's passphrase in BIFROST_TEAM_PASSPHRASE."),
        QStringLiteral("URL"));
    parser.addOption(teamOption);
    const QCommandLineOption exampleOption(
        QStringLiteral("example-db"),
        Text::tr("Only write the example data into a new SQLite database at PATH, recorded in its history "
                 "as made by anna (the team pictures' owner, migrating her laptop database), and exit."),
        QStringLiteral("PATH"));
    parser.addOption(exampleOption);
    parser.process(app);

    if (parser.isSet(exampleOption)) {
        bifrost::KeychainSecretStore keychain;
        auto laptop = bifrost::Store::open(parser.value(exampleOption), &keychain);
        if (!laptop) {
            report(laptop.error());
            return int(laptop.error().code);
        }
        (*laptop)->setActor(QStringLiteral("anna"));
        if (auto loaded = bifrost::loadExampleData(**laptop); !loaded) {
            report(loaded.error());
            return int(loaded.error().code);
        }
        return 0;
    }

    QDir out(parser.value(outOption));
    if (!out.mkpath(QStringLiteral("."))) {
        QTextStream(stderr) << "bifrost-screenshots: error: cannot create " << out.path() << '\n';
        return 1;
    }
    QTemporaryDir dir;
    bifrost::KeychainSecretStore secrets;
    auto store = bifrost::Store::open(dir.filePath(QStringLiteral("example.db")), &secrets);
    if (!store) {
        QTextStream(stderr) << "bifrost-screenshots: error: " << store.error().message << '\n';
        return int(store.error().code);
    }
    disguises().append({QDir::toNativeSeparators(dir.filePath(QStringLiteral("example.db"))),
                        QStringLiteral("/home/alex/.local/share/bifrost-admin/bifrost.db")});
    // Pictures show a made-up admin, not whoever runs the tool.
    (*store)->setActor(QStringLiteral("alex"));
    bifrost::AdminSession session(store->get());
    bifrost::MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    bool ok = save(&window, out, QStringLiteral("01-welcome"));

    if (auto loaded = bifrost::loadExampleData(**store); !loaded) {
        QTextStream(stderr) << "bifrost-screenshots: error: " << loaded.error().message << '\n';
        return int(loaded.error().code);
    }
    session.announceEverythingChanged();
    auto halo = (*store)->integration(QStringLiteral("HaloPSA"));
    auto contoso = (*store)->organization(QStringLiteral("Contoso"));
    if (!halo || !contoso) {
        QTextStream(stderr) << "bifrost-screenshots: error: the example data has no HaloPSA or Contoso\n";
        return 1;
    }
    window.openIntegration(halo->id);
    QTabWidget *tabs = window.integrationPage()->tabs();
    const QStringList tabNames = {
        QStringLiteral("02-integration-overview"), QStringLiteral("03-integration-schema"),
        QStringLiteral("04-integration-defaults"), QStringLiteral("05-integration-organizations"),
        QStringLiteral("06-integration-overrides-matrix")};
    for (int i = 0; i < tabs->count() && i < tabNames.size(); ++i) {
        tabs->setCurrentIndex(i);
        // The Organizations tab with one organization selected: its mapping and override form.
        if (tabs->currentWidget() == window.integrationPage()->organizationsTab())
            window.integrationPage()->organizationsTab()->selectOrganization(contoso->id);
        ok = save(&window, out, tabNames.at(i)) && ok;
    }
    window.openOrganization(contoso->id);
    ok = save(&window, out, QStringLiteral("07-organization")) && ok;

    // The OAuth tab with a preset applied and connections, and the connect dialog.
    ok = oauthScenes(window, session, **store, out) && ok;

    // The History tab of HaloPSA after two everyday edits on top of the example data: an override
    // changed for Contoso and a secret replaced (shown only as changed).
    const QList<bifrost::ConfigChange> overrideEdit = {
        bifrost::ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("90"))};
    const QList<bifrost::ConfigChange> secretEdit = {bifrost::ConfigChange::setText(
        QStringLiteral("client_secret"), QStringLiteral("example-rotated-secret"))};
    if (auto edited = (*store)->setConfig(halo->id, contoso->id, overrideEdit); !edited)
        QTextStream(stderr) << "bifrost-screenshots: warning: " << edited.error().message << '\n';
    if (auto edited = (*store)->setConfig(halo->id, {}, secretEdit); !edited)
        QTextStream(stderr) << "bifrost-screenshots: warning: " << edited.error().message << '\n';
    session.announceEverythingChanged();
    window.openIntegration(halo->id);
    tabs = window.integrationPage()->tabs();
    tabs->setCurrentWidget(window.integrationPage()->historyTab());
    ok = save(&window, out, QStringLiteral("11-integration-history")) && ok;

    // File > Export with both example integrations ticked and the passphrase typed, and File >
    // Import's preview of that bundle into a second, empty database (dialogs only).
    ok = exportAndImportScenes(session, out) && ok;
    // Generate SDK… for HaloPSA from a small spec: the preview and the result.
    ok = sdkWizardScenes(session, out) && ok;
    // Last, so that the integration it creates is in no other picture: a new integration set up
    // from a preset.
    ok = presetScenes(window, session, out) && ok;
    ok = preferencesScene(window, out) && ok;
    if (parser.isSet(teamOption))
        ok = teamScenes(parser.value(teamOption), out) && ok;
    return ok ? 0 : 1;
}
