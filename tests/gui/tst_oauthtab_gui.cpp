// The OAuth tab driven like an admin would, against the real authorization server
// (tests/support/oauth/server.mjs: oidc-provider on loopback), a real SQLite file and the real
// keychain (scripts/with-keyring); the user's browser is the driver from browser.mjs. The form is
// filled, checked as it is typed and saved with Ctrl+S (undoable); a preset adds fields without
// deleting any; Connect runs the loopback flow through the ConnectDialog, and Cancel, access
// denied, client credentials per organization, Refresh and Disconnect show up in the table, in
// the Organizations tab's column, the overview's health and the main window's status bar.
// Tokens, codes and the authorization URL (it holds the state) are never printed.
#include "commands/oauthsettingscommand.h"
#include "dialogs/connectdialog.h"
#include "guitestutil.h"
#include "mainwindow/mainwindow.h"
#include "models/oauthconnectionmodel.h"
#include "models/organizationstatusmodel.h"
#include "oauth/endpoints.h"
#include "oauth/oauthservice.h"
#include "oauthtestserver.h"
#include "oauthtestsettings.h"
#include "pages/integration/oauthtab.h"
#include "pages/integration/organizationstab.h"
#include "pages/integration/overviewtab.h"
#include "pages/integrationpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace bifrost;
using coretest::makeField;

namespace {

const QString crm = QStringLiteral("crm");
const QString acme = QStringLiteral("Acme Corp");
const QString beta = QStringLiteral("Beta");

int tokenRequests(const QJsonObject &stats, const QString &grantType) {
    return stats.value(QStringLiteral("token")).toObject().value(grantType).toInt();
}

} // namespace

class TestOAuthTabGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Settings
    void fillSaveAndUndo();
    void invalidUrlShowsCoreMessageAndDoesNotSave();
    void clientSecretReplacedAndUndone();
    void presetAddsFieldsWithoutDeleting();
    // Connections
    void connectDefaultWithBrowser();
    void cancelEndsTheFlowAndStoresNothing();
    void accessDeniedShowsTheError();
    void clientCredentialsForOneOrganization();
    void deviceCodeShowsTheUserCode();
    void refreshAndDisconnect();
    void countdownTicksOnlyWhileVisible();
    // Elsewhere in the app
    void organizationsTabColumn();
    void statusBarLeadsToTheFailedConnection();

private:
    OAuthSettings settingsFor(const QString &clientId, OAuthFlow flow = OAuthFlow::AuthorizationCode,
                              ClientAuthMethod method = ClientAuthMethod::None) const;
    void configure(const OAuthSettings &settings, const QString &clientSecret = {});
    void openTab();
    void selectRow(const QString &organizationId);
    // Clicks Connect for the selected row and waits until the dialog shows the authorization URL.
    void startConnect(QPointer<ConnectDialog> &dialog, QString &url);
    // startConnect on the default connection of the native-pkce client, in a newly opened tab.
    void startDefaultConnect(QPointer<ConnectDialog> &dialog, QString &url);
    // Connects the selected row through the dialog and the browser driver.
    void connectWithBrowser();
    QString cell(const QString &organizationId, int column) const;
    template <typename T>
    T *child(const char *name) const {
        return m_tab->findChild<T *>(QString::fromLatin1(name));
    }

    OAuthTestServer m_server;
    std::unique_ptr<guitest::Fixture> m_f;
    std::unique_ptr<OAuthTab> m_tab;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Integration m_crm;
    Organization m_acme;
    Organization m_beta;
};

void TestOAuthTabGui::initTestCase() {
    QVERIFY2(qEnvironmentVariable("BIFROST_NO_BROWSER") == u"1",
             "run with BIFROST_NO_BROWSER=1 (ctest sets it)");
    QVERIFY2(m_server.start(), "the OAuth test server did not start (cd tests && npm ci?)");
}

void TestOAuthTabGui::init() {
    if (!m_server.isRunning())
        QVERIFY(m_server.start());
    m_server.reset();
    m_f = std::make_unique<guitest::Fixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_crm = m_f->integration(crm);
    m_acme = m_f->organization(acme);
    m_beta = m_f->organization(beta);
}

void TestOAuthTabGui::cleanup() {
    m_tester.reset();
    m_tab.reset();
    m_f.reset();
}

OAuthSettings TestOAuthTabGui::settingsFor(const QString &clientId, OAuthFlow flow,
                                           ClientAuthMethod method) const {
    return oauthTestSettings(m_server, clientId, flow, method,
                             flow == OAuthFlow::ClientCredentials
                                 ? QStringList{QStringLiteral("api:read")}
                                 : QStringList{QStringLiteral("openid"), QStringLiteral("offline_access"),
                                               QStringLiteral("api:read")});
}

void TestOAuthTabGui::configure(const OAuthSettings &settings, const QString &clientSecret) {
    REQUIRE_OK(m_f->store().setOAuthSettings(crm, settings, givenClientSecret(clientSecret)));
}

void TestOAuthTabGui::openTab() {
    m_tab = std::make_unique<OAuthTab>(m_f->session());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tab->resize(1000, 900);
    m_tab->setIntegration(m_crm.id);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
}

void TestOAuthTabGui::selectRow(const QString &organizationId) {
    const int row = m_tab->model()->rowOf(organizationId);
    QVERIFY(row >= 0);
    QTableView *table = m_tab->connectionsTable();
    const QRect rect = table->visualRect(m_tab->model()->index(row, OAuthConnectionModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_tab->selectedConnection().value_or(QStringLiteral("<none>")), organizationId);
}

void TestOAuthTabGui::startConnect(QPointer<ConnectDialog> &dialog, QString &url) {
    auto *connect = child<QPushButton>("connectButton");
    QVERIFY(connect->isEnabled());
    QTest::mouseClick(connect, Qt::LeftButton);
    dialog = m_tab->findChild<ConnectDialog *>(QStringLiteral("connectDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("authorizationUrlEdit"));
    QVERIFY(urlEdit);
    QVERIFY(QTest::qWaitFor([&] { return !dialog || !urlEdit->text().isEmpty(); }, 20000));
    QVERIFY2(dialog, "the dialog closed before it showed a URL");
    QVERIFY2(!urlEdit->text().isEmpty(), qPrintable(dialog->errorMessage()));
    QVERIFY(urlEdit->isVisible() && urlEdit->isReadOnly());
    url = urlEdit->text();
    QVERIFY(url.startsWith(m_server.url(QStringLiteral("/auth"))));
    // The same URL the flow announced, for the Open browser button.
    QVERIFY(dialog->authorizationUrl().toString(QUrl::FullyEncoded) == url);
}

void TestOAuthTabGui::startDefaultConnect(QPointer<ConnectDialog> &dialog, QString &url) {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    CALL(openTab());
    CALL(selectRow({}));
    CALL(startConnect(dialog, url));
}

void TestOAuthTabGui::connectWithBrowser() {
    QPointer<ConnectDialog> dialog;
    QString url;
    CALL(startConnect(dialog, url));
    QByteArray output;
    QCOMPARE(runBrowser(url, {}, &output), 0);
    QVERIFY2(QTest::qWaitFor([&] { return dialog.isNull(); }, 20000),
             dialog ? qPrintable(dialog->errorMessage()) : "");
}

QString TestOAuthTabGui::cell(const QString &organizationId, int column) const {
    const int row = m_tab->model()->rowOf(organizationId);
    return row < 0 ? QStringLiteral("<no row>") : m_tab->model()->index(row, column).data().toString();
}

// ---- settings

void TestOAuthTabGui::fillSaveAndUndo() {
    CALL(openTab());
    QCOMPARE(child<QLabel>("clientSecretState")->text(), QStringLiteral("not set"));
    QVERIFY(!child<QPushButton>("connectButton")->isEnabled()); // nothing to connect with yet

    auto *flow = child<QComboBox>("flowCombo");
    flow->setCurrentIndex(flow->findData(int(OAuthFlow::ClientCredentials)));
    QVERIFY(!child<QLineEdit>("authorizeUrlEdit")->isVisibleTo(m_tab.get())); // not used by this flow
    QVERIFY(!child<QLineEdit>("redirectUriEdit")->isVisibleTo(m_tab.get()));
    flow->setCurrentIndex(flow->findData(int(OAuthFlow::AuthorizationCode)));
    QVERIFY(child<QLineEdit>("authorizeUrlEdit")->isVisible());
    QVERIFY(!child<QLineEdit>("deviceAuthorizationUrlEdit")->isVisibleTo(m_tab.get()));

    const auto type = [this](const char *name, const QString &text) {
        auto *edit = child<QLineEdit>(name);
        QVERIFY(edit);
        QVERIFY2(!edit->accessibleName().isEmpty(), name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    };
    type("authorizeUrlEdit", m_server.url(QStringLiteral("/auth")));
    type("tokenUrlEdit", m_server.url(QStringLiteral("/token")));
    type("revokeUrlEdit", m_server.url(QStringLiteral("/token/revocation")));
    type("clientIdEdit", QStringLiteral("native-pkce"));
    type("scopesEdit", QStringLiteral("openid  offline_access api:read "));
    auto *method = child<QComboBox>("authMethodCombo");
    method->setCurrentIndex(method->findData(int(ClientAuthMethod::None)));
    QVERIFY(child<QCheckBox>("pkceCheck")->isChecked());
    child<QSpinBox>("redirectPortSpin")->setValue(0);
    QCOMPARE(child<QLineEdit>("redirectUriEdit")->text(), QStringLiteral("http://127.0.0.1/callback"));
    child<QComboBox>("redirectHostCombo")->setCurrentText(QStringLiteral("localhost"));
    child<QSpinBox>("redirectPortSpin")->setValue(8765);
    QCOMPARE(child<QLineEdit>("redirectUriEdit")->text(), QStringLiteral("http://localhost:8765/callback"));
    child<QSpinBox>("redirectPortSpin")->setValue(0);
    child<QComboBox>("redirectHostCombo")->setCurrentText(QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QLineEdit>("redirectUriEdit")->text(), m_tab->formSettings().redirectUriPattern());
    QTest::mouseClick(child<QPushButton>("copyRedirectUriButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://127.0.0.1/callback"));
    for (const char *name : {"authorizeUrlError", "tokenUrlError", "revokeUrlError"})
        QVERIFY2(!child<QLabel>(name)->isVisible(), name);
    QVERIFY(m_tab->hasPendingEdits());
    QVERIFY(child<QPushButton>("saveOAuthButton")->isEnabled());
    QVERIFY(!child<QPushButton>("connectButton")->isEnabled()); // save first

    QSignalSpy changed(m_f->session(), &AdminSession::oauthChanged);
    QTest::keyClick(child<QLineEdit>("scopesEdit"), Qt::Key_S, Qt::ControlModifier);
    auto stored = m_f->store().oauthSettings(crm);
    REQUIRE_OK(stored);
    QVERIFY(stored->has_value());
    const OAuthSettings s = **stored;
    QCOMPARE(s.flow, OAuthFlow::AuthorizationCode);
    QCOMPARE(s.authorizeUrl, m_server.url(QStringLiteral("/auth")));
    QCOMPARE(s.tokenUrl, m_server.url(QStringLiteral("/token")));
    QCOMPARE(s.revokeUrl, m_server.url(QStringLiteral("/token/revocation")));
    QCOMPARE(s.clientId, QStringLiteral("native-pkce"));
    QCOMPARE(s.scopes, (QStringList{QStringLiteral("openid"), QStringLiteral("offline_access"),
                                    QStringLiteral("api:read")}));
    QCOMPARE(s.authMethod, ClientAuthMethod::None);
    QVERIFY(s.pkce);
    QVERIFY(!s.hasClientSecret);
    QVERIFY(!m_tab->hasPendingEdits());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_f->session()->undoStack()->count(), 1);
    QVERIFY(child<QPushButton>("connectButton")->isEnabled());
    QCOMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("not connected"));

    // A second save changes one setting; undo goes back step by step, the first one removes them.
    auto *margin = child<QSpinBox>("refreshMarginSpin");
    margin->setValue(120);
    QTest::mouseClick(child<QPushButton>("saveOAuthButton"), Qt::LeftButton);
    QCOMPARE((*m_f->store().oauthSettings(crm))->refreshMarginSeconds, 120);
    m_f->session()->undoStack()->undo();
    QCOMPARE((*m_f->store().oauthSettings(crm))->refreshMarginSeconds, 300);
    QCOMPARE(margin->value(), 300); // the form follows
    m_f->session()->undoStack()->undo();
    QVERIFY(!m_f->store().oauthSettings(crm)->has_value());
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(), QString());
    QVERIFY(!child<QPushButton>("connectButton")->isEnabled());
    m_f->session()->undoStack()->redo();
    QCOMPARE((*m_f->store().oauthSettings(crm))->clientId, QStringLiteral("native-pkce"));
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(), QStringLiteral("native-pkce"));

    // Revert drops edits; an edit made underneath in the meantime is not overwritten by a save.
    child<QLineEdit>("clientIdEdit")->setText(QStringLiteral("mine"));
    OAuthSettings theirs = **m_f->store().oauthSettings(crm);
    theirs.clientId = QStringLiteral("theirs");
    REQUIRE_OK(m_f->store().setOAuthSettings(crm, theirs, std::nullopt));
    auto saved = m_tab->savePendingEdits();
    REQUIRE_ERROR(saved, ErrorCode::Conflict);
    QCOMPARE((*m_f->store().oauthSettings(crm))->clientId, QStringLiteral("theirs"));
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(), QStringLiteral("mine")); // kept
    REQUIRE_OK(m_tab->savePendingEdits()); // the second save overwrites knowingly
    QCOMPARE((*m_f->store().oauthSettings(crm))->clientId, QStringLiteral("mine"));
    child<QLineEdit>("clientIdEdit")->setText(QStringLiteral("typo"));
    QTest::mouseClick(child<QPushButton>("revertOAuthButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(), QStringLiteral("mine"));
    QVERIFY(!m_tab->hasPendingEdits());
}

void TestOAuthTabGui::invalidUrlShowsCoreMessageAndDoesNotSave() {
    CALL(openTab());
    auto *token = child<QLineEdit>("tokenUrlEdit");
    token->setFocus();
    QTest::keyClicks(token, QStringLiteral("http://auth.example.com/token"));
    auto *error = child<QLabel>("tokenUrlError");
    QVERIFY(error->isVisible());
    const auto expected =
        oauth::checkEndpointUrl(QStringLiteral("http://auth.example.com/token"), QStringLiteral("token_url"));
    QVERIFY(!expected.ok());
    QCOMPARE(error->text(), expected.error().message);
    child<QLineEdit>("authorizeUrlEdit")->setText(m_server.url(QStringLiteral("/auth")));
    child<QLineEdit>("clientIdEdit")->setText(QStringLiteral("native-pkce"));
    auto *method = child<QComboBox>("authMethodCombo");
    method->setCurrentIndex(method->findData(int(ClientAuthMethod::None)));

    QTest::keyClick(token, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_f->store().oauthSettings(crm)->has_value());
    QCOMPARE(m_f->session()->undoStack()->count(), 0);
    auto *tabError = child<QLabel>("oauthError");
    QVERIFY(tabError->isVisible());
    QVERIFY2(tabError->text().contains(QStringLiteral("https")), qPrintable(tabError->text()));
    QVERIFY(m_tab->hasPendingEdits()); // what was typed stays

    // Loopback http is allowed: the message goes as the URL is corrected.
    token->setText(m_server.url(QStringLiteral("/token")));
    QVERIFY(!error->isVisible());
    REQUIRE_OK(m_tab->savePendingEdits());
    QVERIFY(m_f->store().oauthSettings(crm)->has_value());
}

void TestOAuthTabGui::clientSecretReplacedAndUndone() {
    CALL(configure(
        settingsFor(QStringLiteral("web-basic"), OAuthFlow::AuthorizationCode, ClientAuthMethod::Basic),
        QStringLiteral("old-secret-value")));
    CALL(openTab());
    QCOMPARE(child<QLabel>("clientSecretState")->text(), QStringLiteral("configured"));
    // The secret never reaches a widget.
    for (const QLineEdit *edit : m_tab->findChildren<QLineEdit *>())
        QVERIFY2(edit->text() != u"old-secret-value", qPrintable(edit->objectName()));

    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"replaceSecretDialog")
            return;
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("newSecretEdit"));
        if (!edit || edit->echoMode() != QLineEdit::Password)
            return;
        QTest::keyClicks(edit, QStringLiteral("new-secret-value"));
        answered = true;
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>("replaceSecretButton"), Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(child<QLabel>("clientSecretState")->text(), QStringLiteral("replaced when you save"));
    QVERIFY(m_tab->hasPendingEdits());
    REQUIRE_OK(m_tab->savePendingEdits());
    QCOMPARE(child<QLabel>("clientSecretState")->text(), QStringLiteral("configured"));
    QVERIFY(*m_f->store().readClientSecret(crm) == QStringLiteral("new-secret-value"));

    m_f->session()->undoStack()->undo();
    QVERIFY(*m_f->store().readClientSecret(crm) == QStringLiteral("old-secret-value"));
    m_f->session()->undoStack()->redo();
    QVERIFY(*m_f->store().readClientSecret(crm) == QStringLiteral("new-secret-value"));

    // Remove (a public client now), then undo brings it back.
    auto *method = child<QComboBox>("authMethodCombo");
    method->setCurrentIndex(method->findData(int(ClientAuthMethod::None)));
    QTest::mouseClick(child<QPushButton>("removeSecretButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("clientSecretState")->text(), QStringLiteral("removed when you save"));
    REQUIRE_OK(m_tab->savePendingEdits());
    QVERIFY(!(*m_f->store().oauthSettings(crm))->hasClientSecret);
    QCOMPARE(child<QLabel>("clientSecretState")->text(), QStringLiteral("not set"));
    m_f->session()->undoStack()->undo();
    QVERIFY(*m_f->store().readClientSecret(crm) == QStringLiteral("new-secret-value"));
    QCOMPARE(child<QLabel>("clientSecretState")->text(), QStringLiteral("configured"));
}

void TestOAuthTabGui::presetAddsFieldsWithoutDeleting() {
    SchemaField resource = makeField(QStringLiteral("resource_url"), FieldType::String);
    resource.label = QStringLiteral("Ours");
    REQUIRE_OK(m_f->store().setSchema(crm, {makeField(QStringLiteral("notes"), FieldType::String), resource},
                                      SchemaWrite::Apply));
    const Schema storedBefore = m_f->store().integration(crm)->schema;
    REQUIRE_OK(m_f->store().setConfig(
        crm, {}, {ConfigChange::setJson(QStringLiteral("notes"), QJsonValue(QStringLiteral("keep me")))}));
    CALL(openTab());

    auto *presets = child<QComboBox>("presetCombo");
    QVERIFY(!child<QPushButton>("applyPresetButton")->isEnabled());
    const int halo = presets->findData(QStringLiteral("halopsa"));
    QVERIFY(halo > 0);
    presets->setCurrentIndex(halo);
    QVERIFY(child<QLabel>("presetDescription")->isVisible());
    QTest::mouseClick(child<QPushButton>("applyPresetButton"), Qt::LeftButton);
    auto *box = m_tab->findChild<QMessageBox *>(QStringLiteral("applyPresetDialog"));
    QVERIFY(box && box->isVisible());
    const QString info = box->informativeText();
    QVERIFY2(info.contains(QStringLiteral("auth_url")) && info.contains(QStringLiteral("tenant")),
             qPrintable(info));
    QVERIFY2(!info.contains(QStringLiteral("resource_url")), qPrintable(info)); // already there
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmApplyPresetButton")),
                      Qt::LeftButton);

    auto integration = m_f->store().integration(crm);
    REQUIRE_OK(integration);
    QStringList keys;
    for (const SchemaField &f : integration->schema)
        keys << f.key;
    QVERIFY2(keys.contains(QStringLiteral("notes")) && keys.contains(QStringLiteral("resource_url")) &&
                 keys.contains(QStringLiteral("auth_url")) && keys.contains(QStringLiteral("tenant")),
             qPrintable(keys.join(QLatin1Char(' '))));
    QCOMPARE(integration->field(QStringLiteral("resource_url"))->label, QStringLiteral("Ours")); // unchanged
    QCOMPARE(guitest::storedValue(m_f->store(), crm, {}, QStringLiteral("notes")),
             QJsonValue(QStringLiteral("keep me")));
    auto settings = m_f->store().oauthSettings(crm);
    REQUIRE_OK(settings);
    QVERIFY(settings->has_value());
    QCOMPARE((*settings)->flow, OAuthFlow::ClientCredentials);
    QCOMPARE(child<QComboBox>("flowCombo")->currentData().toInt(), int(OAuthFlow::ClientCredentials));
    QCOMPARE(child<QLineEdit>("tokenUrlEdit")->text(), (*settings)->tokenUrl);
    QVERIFY(child<QLabel>("oauthMessage")->text().contains(QStringLiteral("auth_url")));

    QSignalSpy failed(m_f->session(), &AdminSession::commandFailed);
    m_f->session()->undoStack()->undo();
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    integration = m_f->store().integration(crm);
    QCOMPARE(integration->schema, storedBefore);
    QVERIFY(!m_f->store().oauthSettings(crm)->has_value());
    QCOMPARE(guitest::storedValue(m_f->store(), crm, {}, QStringLiteral("notes")),
             QJsonValue(QStringLiteral("keep me")));
}

// ---- connections

void TestOAuthTabGui::connectDefaultWithBrowser() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    CALL(openTab());
    QCOMPARE(m_tab->model()->rowCount(), 3); // default, Acme Corp, Beta
    QCOMPARE(cell({}, OAuthConnectionModel::NameColumn), QStringLiteral("Default connection"));
    QCOMPARE(cell(m_acme.id, OAuthConnectionModel::StateColumn), QStringLiteral("not connected"));
    CALL(selectRow({}));
    QCOMPARE(child<QPushButton>("connectButton")->text(), QStringLiteral("Co&nnect default"));

    QPointer<ConnectDialog> dialog;
    QString url;
    CALL(startConnect(dialog, url));
    auto *countdown = dialog->findChild<QLabel *>(QStringLiteral("connectCountdown"));
    QVERIFY2(countdown->text().contains(QStringLiteral("left")), qPrintable(countdown->text()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyAuthorizationUrlButton")),
                      Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text() == url);
    QByteArray output;
    QCOMPARE(runBrowser(url, {}, &output), 0);
    QVERIFY2(QTest::qWaitFor([&] { return dialog.isNull(); }, 20000),
             dialog ? qPrintable(dialog->errorMessage()) : "");

    auto stored = m_f->store().oauthConnection(crm, {});
    REQUIRE_OK(stored);
    QVERIFY(stored->has_value());
    QVERIFY(!(*stored)->refreshTokenRef.isEmpty());
    QTRY_COMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("connected"));
    QVERIFY2(cell({}, OAuthConnectionModel::ExpiresColumn).startsWith(QStringLiteral("expires in")),
             qPrintable(cell({}, OAuthConnectionModel::ExpiresColumn)));
    QCOMPARE(cell({}, OAuthConnectionModel::LastRefreshColumn), QStringLiteral("never"));
    // Organizations without their own connection use the default one.
    QCOMPARE(cell(m_acme.id, OAuthConnectionModel::StateColumn), QStringLiteral("default"));
    QVERIFY(child<QLabel>("oauthMessage")->text().contains(QStringLiteral("connected")));
    QVERIFY(child<QPushButton>("refreshButton")->isEnabled());
    QVERIFY(child<QPushButton>("disconnectButton")->isEnabled());
    const QJsonObject stats = m_server.stats();
    QCOMPARE(tokenRequests(stats, QStringLiteral("authorization_code")), 1);
    QVERIFY(stats.value(QStringLiteral("last_token_request"))
                .toObject()
                .value(QStringLiteral("code_verifier_present"))
                .toBool());
}

void TestOAuthTabGui::cancelEndsTheFlowAndStoresNothing() {
    QPointer<ConnectDialog> dialog;
    QString url;
    CALL(startDefaultConnect(dialog, url));
    QVERIFY(dialog->isRunning());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelConnectButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!m_f->store().oauthConnection(crm, {})->has_value());
    QCOMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("not connected"));
    // The listener is gone: the browser's redirect finds nobody.
    QByteArray output;
    QVERIFY(runBrowser(url, {}, &output) != 0); // browser.mjs says on stderr that nobody answered
    QCOMPARE(m_server.stats().value(QStringLiteral("token_total")).toInt(), 0);
    QVERIFY(!m_f->store().oauthConnection(crm, {})->has_value());
}

void TestOAuthTabGui::accessDeniedShowsTheError() {
    QPointer<ConnectDialog> dialog;
    QString url;
    CALL(startDefaultConnect(dialog, url));
    QByteArray output;
    QVERIFY(runBrowser(url, {QStringLiteral("--deny")}, &output) >= 0);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("connectError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("access_denied")), qPrintable(error->text()));
    QVERIFY(!dialog->isRunning());
    QVERIFY(!m_f->store().oauthConnection(crm, {})->has_value());
    auto *close = dialog->findChild<QPushButton *>(QStringLiteral("cancelConnectButton"));
    QCOMPARE(close->text(), QStringLiteral("Close"));
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("not connected"));
}

void TestOAuthTabGui::clientCredentialsForOneOrganization() {
    CALL(configure(
        settingsFor(QStringLiteral("service"), OAuthFlow::ClientCredentials, ClientAuthMethod::Basic),
        QStringLiteral("service-secret")));
    CALL(openTab());
    CALL(selectRow(m_acme.id));
    QCOMPARE(child<QPushButton>("connectButton")->text(), QStringLiteral("Co&nnect"));
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    QPointer<ConnectDialog> dialog = m_tab->findChild<ConnectDialog *>(QStringLiteral("connectDialog"));
    QVERIFY(dialog);
    QVERIFY2(QTest::qWaitFor([&] { return dialog.isNull(); }, 20000),
             dialog ? qPrintable(dialog->errorMessage()) : "");

    QTRY_COMPARE(cell(m_acme.id, OAuthConnectionModel::StateColumn), QStringLiteral("connected"));
    QCOMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("not connected"));
    QCOMPARE(cell(m_beta.id, OAuthConnectionModel::StateColumn), QStringLiteral("not connected"));
    QVERIFY(m_f->store().oauthConnection(crm, m_acme.id)->has_value());
    QVERIFY(!m_f->store().oauthConnection(crm, {})->has_value());
    const QJsonObject stats = m_server.stats();
    QCOMPARE(tokenRequests(stats, QStringLiteral("client_credentials")), 1);
    QCOMPARE(stats.value(QStringLiteral("last_token_request"))
                 .toObject()
                 .value(QStringLiteral("client_auth"))
                 .toString(),
             QStringLiteral("basic"));
}

void TestOAuthTabGui::deviceCodeShowsTheUserCode() {
    CALL(configure(settingsFor(QStringLiteral("device"), OAuthFlow::DeviceCode)));
    CALL(openTab());
    CALL(selectRow({}));
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    QPointer<ConnectDialog> dialog = m_tab->findChild<ConnectDialog *>(QStringLiteral("connectDialog"));
    QVERIFY(dialog);
    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("userCodeEdit"));
    auto *uri = dialog->findChild<QLineEdit *>(QStringLiteral("authorizationUrlEdit"));
    QVERIFY(QTest::qWaitFor([&] { return !dialog || !code->text().isEmpty(); }, 20000));
    QVERIFY2(dialog && code->isVisible(), dialog ? qPrintable(dialog->errorMessage()) : "closed");
    QVERIFY(uri->text().startsWith(m_server.url(QStringLiteral("/device"))));
    QByteArray output;
    QCOMPARE(runDeviceBrowser(uri->text(), code->text(), {}, &output), 0);
    QVERIFY2(QTest::qWaitFor([&] { return dialog.isNull(); }, 30000),
             dialog ? qPrintable(dialog->errorMessage()) : "");
    QTRY_COMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("connected"));
}

void TestOAuthTabGui::refreshAndDisconnect() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    CALL(openTab());
    CALL(selectRow({}));
    CALL(connectWithBrowser());
    QTRY_COMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("connected"));
    m_server.reset();

    QTest::mouseClick(child<QPushButton>("refreshButton"), Qt::LeftButton);
    auto *message = child<QLabel>("oauthMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("refreshed")), 20000);
    QCOMPARE(tokenRequests(m_server.stats(), QStringLiteral("refresh_token")), 1);
    QTRY_VERIFY(cell({}, OAuthConnectionModel::LastRefreshColumn) != u"never");
    QVERIFY(child<QPushButton>("refreshButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>("disconnectButton"), Qt::LeftButton);
    auto *box = m_tab->findChild<QMessageBox *>(QStringLiteral("disconnectDialog"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDisconnectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("not connected"),
                              20000);
    QVERIFY2(message->text().contains(QStringLiteral("revoked")), qPrintable(message->text()));
    QVERIFY(m_server.stats().value(QStringLiteral("revocation")).toInt() >= 1);
    QVERIFY(!m_f->store().oauthConnection(crm, {})->has_value());
    QVERIFY(!child<QPushButton>("disconnectButton")->isEnabled());

    // With the provider gone, disconnect still deletes locally and says revocation failed.
    CALL(connectWithBrowser());
    QTRY_COMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("connected"));
    m_server.stop();
    box = m_tab->disconnectSelected();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDisconnectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("not connected"),
                              60000);
    QVERIFY2(message->text().contains(QStringLiteral("but")), qPrintable(message->text()));
    QVERIFY(!m_f->store().oauthConnection(crm, {})->has_value());
}

void TestOAuthTabGui::countdownTicksOnlyWhileVisible() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    QDateTime now = QDateTime::currentDateTimeUtc();
    m_f->session()->oauth().setClock([&now] { return now; });
    CALL(openTab());
    CALL(selectRow({}));
    CALL(connectWithBrowser());
    QTRY_COMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("connected"));
    const QDateTime expires = (*m_f->store().oauthConnection(crm, {}))->expiresAt;
    QVERIFY(expires.isValid());

    QVERIFY(m_tab->model()->isLive());
    now = expires.addSecs(-600);
    QTRY_COMPARE(cell({}, OAuthConnectionModel::ExpiresColumn), QStringLiteral("expires in 10 min"));
    QCOMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("connected"));
    now = expires.addSecs(-120); // inside the 300 s margin: the state turns by itself
    QTRY_COMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("expiring"));
    QCOMPARE(cell({}, OAuthConnectionModel::ExpiresColumn), QStringLiteral("expires in 2 min"));

    // Hidden, the timer stops: nothing is read or repainted until the tab shows again.
    m_tab->hide();
    QVERIFY(!m_tab->model()->isLive());
    now = expires.addSecs(60);
    m_tab->show();
    QVERIFY(m_tab->model()->isLive());
    QTRY_COMPARE(cell({}, OAuthConnectionModel::StateColumn), QStringLiteral("expired"));
    QCOMPARE(cell({}, OAuthConnectionModel::ExpiresColumn), QStringLiteral("expired 1 min ago"));
}

// ---- elsewhere in the app

void TestOAuthTabGui::organizationsTabColumn() {
    CALL(configure(
        settingsFor(QStringLiteral("service"), OAuthFlow::ClientCredentials, ClientAuthMethod::Basic),
        QStringLiteral("service-secret")));
    OrganizationsTab organizations(m_f->session());
    QAbstractItemModelTester tester(organizations.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    organizations.setIntegration(m_crm.id);
    const auto state = [&organizations](const Organization &org) {
        OrganizationStatusModel *model = organizations.model();
        return model->index(model->rowOf(org.id), OrganizationStatusModel::ConnectionColumn)
            .data()
            .toString();
    };
    QCOMPARE(organizations.model()
                 ->headerData(OrganizationStatusModel::ConnectionColumn, Qt::Horizontal)
                 .toString(),
             QStringLiteral("Connection"));
    QCOMPARE(state(m_acme), QStringLiteral("not connected"));

    CALL(openTab());
    CALL(selectRow(m_acme.id));
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(state(m_acme), QStringLiteral("connected"), 20000);
    QCOMPARE(state(m_beta), QStringLiteral("not connected"));
    CALL(selectRow({}));
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(state(m_beta), QStringLiteral("default"), 20000);
    QCOMPARE(state(m_acme), QStringLiteral("connected"));
    REQUIRE_OK(m_f->store().recordOAuthError(crm, acme, QStringLiteral("invalid_grant: test"), true));
    Q_EMIT m_f->session()->oauthChanged(m_crm.id);
    QCOMPARE(state(m_acme), QStringLiteral("failed"));

    // An integration without OAuth has an empty column.
    const Integration plain = m_f->integration(QStringLiteral("plain"));
    organizations.setIntegration(plain.id);
    QCOMPARE(state(m_acme), QString());
}

void TestOAuthTabGui::statusBarLeadsToTheFailedConnection() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    MainWindow window(m_f->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QPushButton *attention = window.oauthAttentionButton();
    QVERIFY(attention && !attention->isVisible());
    QVERIFY(window.openIntegration(m_crm.id));
    IntegrationPage *page = window.integrationPage();
    page->showOAuthConnection({});
    QCOMPARE(page->tabs()->currentWidget(), page->oauthTab());
    m_tab.reset(); // the window's tab is the one under test here
    OAuthTab *tab = page->oauthTab();
    QPointer<ConnectDialog> dialog;
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    dialog = tab->findChild<ConnectDialog *>(QStringLiteral("connectDialog"));
    QVERIFY(dialog);
    auto *urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("authorizationUrlEdit"));
    QVERIFY(QTest::qWaitFor([&] { return !dialog || !urlEdit->text().isEmpty(); }, 20000));
    QVERIFY(dialog);
    QByteArray output;
    QCOMPARE(runBrowser(urlEdit->text(), {}, &output), 0);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 20000);
    QVERIFY(!attention->isVisible());

    // The provider forgets the grant; the next refresh gets invalid_grant and the connection fails.
    QVERIFY(m_server.revokeGrants() >= 1);
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(attention->isVisible(), 20000);
    QCOMPARE(attention->text(), QStringLiteral("1 connection needs attention"));
    QVERIFY(tab->findChild<QLabel *>(QStringLiteral("oauthError"))
                ->text()
                .contains(QStringLiteral("invalid_grant")));
    const OAuthConnectionModel *model = tab->model();
    QCOMPARE(model->index(0, OAuthConnectionModel::StateColumn).data().toString(), QStringLiteral("failed"));

    // The overview's health says so too.
    page->tabs()->setCurrentWidget(page->overviewTab());
    auto *health = page->overviewTab()->findChild<QLabel *>(QStringLiteral("healthSummary"));
    QVERIFY2(health->text().contains(QStringLiteral("need attention")), qPrintable(health->text()));

    // From anywhere, the status bar leads back to the connection (Enter works like a click).
    QVERIFY(window.openOrganization(m_acme.id));
    attention->setFocus();
    QTest::keyClick(attention, Qt::Key_Return);
    QCOMPARE(window.pages()->currentWidget(), page);
    QCOMPARE(page->integrationId(), m_crm.id);
    QCOMPARE(page->tabs()->currentWidget(), page->oauthTab());
    QCOMPARE(tab->selectedConnection().value_or(QStringLiteral("<none>")), QString());

    // A failure recorded by another process counts at the next look (the window looks every 30 s).
    const Integration erp = m_f->integration(QStringLiteral("erp"));
    REQUIRE_OK(
        m_f->store().setOAuthSettings(erp.id, settingsFor(QStringLiteral("native-pkce")), std::nullopt));
    TokenResponse response;
    response.accessToken = QStringLiteral("not-a-real-token");
    response.tokenType = QStringLiteral("Bearer");
    response.expiresIn = 3600;
    REQUIRE_OK(
        m_f->store().saveOAuthTokens(erp.id, acme, response, {}, true, QDateTime::currentDateTimeUtc()));
    REQUIRE_OK(m_f->store().recordOAuthError(erp.id, acme, QStringLiteral("invalid_grant: test"), true));
    window.updateOAuthAttention();
    QCOMPARE(attention->text(), QStringLiteral("2 connections need attention"));
    QVERIFY(attention->toolTip().contains(acme));
}

QTEST_MAIN(TestOAuthTabGui)
#include "tst_oauthtab_gui.moc"
