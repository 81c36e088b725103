// bifrost-screenshots: writes a PNG of each page of the admin app, filled with the example data,
// into a folder (docs/screenshots/ by default, through scripts/screenshots). It drives the real
// widgets on a throwaway database, so the pictures in the README always show the current app.
#include "bundle/bundle.h"
#include "common/translations.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/sdkwizard.h"
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

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QToolButton>
#include <QWizard>

#include <cstdio>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(screenshots)
};

// Lets layouts, lazy loads and deferred paints finish before a picture is taken.
void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget *window, const QDir &out, const QString &name) {
    settle();
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        QTextStream(stderr) << "bifrost-screenshots: error: cannot write " << path << '\n';
        return false;
    }
    QTextStream(stdout) << path << '\n';
    return true;
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
    parser.process(app);

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

    // The OAuth tab: the Microsoft Graph example set up from its delegated preset, not connected
    // (a picture must not need a real tenant).
    const auto preset = bifrost::oauth::findPreset(QStringLiteral("microsoft-graph-delegated"));
    auto graph = (*store)->integration(QStringLiteral("MicrosoftGraph"));
    if (!preset || !graph) {
        QTextStream(stderr) << "bifrost-screenshots: error: no Microsoft Graph preset or example\n";
        return 1;
    }
    if (auto applied = bifrost::oauth::applyPreset(**store, graph->id, *preset); !applied) {
        QTextStream(stderr) << "bifrost-screenshots: error: " << applied.error().message << '\n';
        return int(applied.error().code);
    }
    if (auto settings = (*store)->oauthSettings(graph->id); settings && *settings) {
        bifrost::OAuthSettings s = **settings;
        s.clientId = QStringLiteral("00000000-0000-4000-8000-00000000a001");
        if (auto saved = (*store)->setOAuthSettings(graph->id, s, std::nullopt); !saved) {
            QTextStream(stderr) << "bifrost-screenshots: error: " << saved.error().message << '\n';
            return int(saved.error().code);
        }
    }
    session.announceEverythingChanged();
    window.openIntegration(graph->id);
    tabs = window.integrationPage()->tabs();
    tabs->setCurrentWidget(window.integrationPage()->oauthTab());
    ok = save(&window, out, QStringLiteral("08-integration-oauth")) && ok;

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
    return ok ? 0 : 1;
}
