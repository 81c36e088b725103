// OAuthService, the OAuth use cases shared by bifrostctl and the app, against the real test
// authorization server (tests/support/oauth/server.mjs: oidc-provider on loopback), a real SQLite
// file and the real keychain (run under scripts/with-keyring). The user's browser is the driver
// from tests/support/oauth/browser.mjs. Token expiry moves through the service's injected clock
// instead of sleeps. Tokens are compared with QVERIFY(a == b), never printed.
#include "coretestutil.h"
#include "oauth/endpoints.h"
#include "oauth/oauthservice.h"
#include "oauth/tokenclient.h"
#include "oauthtestserver.h"
#include "oauthtestsettings.h"
#include "resolve/resolver.h"
#include "secrets/keychainsecretstore.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bifrost;
using namespace bifrost::oauth;

namespace {

const QString crm = QStringLiteral("crm");
const QString acme = QStringLiteral("Acme Corp");
const QString beta = QStringLiteral("Beta");

// The result of one asynchronous call; counts how often the callback came (must be once).
template <typename T>
class Pending {
public:
    OAuthService::Callback<T> callback() const {
        auto state = m_state;
        return [state](Result<T> r) {
            ++state->calls;
            state->result.emplace(std::move(r));
        };
    }
    bool wait(int timeoutMs = 60000) const {
        return QTest::qWaitFor([this] { return m_state->result.has_value(); }, timeoutMs);
    }
    bool done() const { return m_state->result.has_value(); }
    int calls() const { return m_state->calls; }
    const Result<T> &result() const { return *m_state->result; }

private:
    struct State {
        std::optional<Result<T>> result;
        int calls = 0;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// Waits for `pending` and checks that its callback came exactly once.
#define WAIT_DONE(pending)                                                                                   \
    do {                                                                                                     \
        QVERIFY2((pending).wait(), "the service did not call back");                                         \
        QCOMPARE((pending).calls(), 1);                                                                      \
    } while (false)

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

int tokenRequests(const QJsonObject &stats, const QString &grantType) {
    return stats.value(QStringLiteral("token")).toObject().value(grantType).toInt();
}

QJsonObject lastTokenRequest(const QJsonObject &stats) {
    return stats.value(QStringLiteral("last_token_request")).toObject();
}

} // namespace

class TestOauthService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Connect
    void connectAuthorizationCode_data();
    void connectAuthorizationCode();
    void accessDeniedStoresNothing();
    void timeoutStoresNothing();
    void cancelStoresNothing();
    void connectClientCredentials_data();
    void connectClientCredentials();
    void deviceFlowWithSlowDown();
    void deviceFlowDenied();
    void connectWithoutSettings();

    // tokenFor and refresh
    void tokenForWithoutSettingsOrConnection();
    void tokenForFreshTokenMakesNoRequest();
    void tokenForRefreshesDueToken_data();
    void tokenForRefreshesDueToken();
    void invalidGrantMarksFailed();
    void networkErrorKeepsValidToken();
    void singleFlightAcrossServices();
    void clientCredentialsMintedAndReminted();
    void clientCredentialsPerTenantTokenUrl();
    void withoutRefreshTokenHandedOutWhileValid();
    void destroyingServiceEndsCallsSilently();

    // Disconnect, statuses, background
    void disconnectRevokes();
    void disconnectWithServerDownWarns();
    void statusesListEveryConnection();
    void backgroundRefresh();

private:
    OAuthSettings settingsFor(const QString &clientId, OAuthFlow flow = OAuthFlow::AuthorizationCode,
                              ClientAuthMethod method = ClientAuthMethod::None) const;
    void configure(const OAuthSettings &settings, const QString &clientSecret = {});
    std::unique_ptr<OAuthService> newService(Store &store);
    // Runs connectAccount for `orgRef`, plays the browser with `browserArgs` on the URL the flow
    // announces, and returns the flow's result in `out`.
    void connectWithBrowser(OAuthService &service, const QString &orgRef, const QStringList &browserArgs,
                            std::optional<Result<OAuthConnection>> &out, int *browserExit = nullptr);
    void connectDefault(OAuthService &service, OAuthConnection &connection);
    // Runs connectAccount for the default connection of a device-flow client and waits until the
    // flow shows the verification URI and the user code.
    void startDeviceFlow(OAuthService &service, const Pending<OAuthConnection> &done,
                         QPointer<ConnectFlow> &flow, QString &verificationUri, QString &userCode);
    QString secret(const QString &ref);
    std::optional<OAuthConnection> connection(const QString &orgRef);

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain{QStringLiteral("Bifrost Admin tests")};
    OAuthTestServer m_server;
    std::unique_ptr<Store> m_store;
    int m_files = 0;
    QDateTime m_now; // the services' clock
};

void TestOauthService::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString probe = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY2(m_keychain.write(probe, QStringLiteral("probe")).ok(),
             "no usable keychain: run the suite under scripts/with-keyring");
    REQUIRE_OK(m_keychain.remove(probe));
    QVERIFY2(m_server.start(), "the OAuth test server did not start (cd tests && npm ci?)");
}

void TestOauthService::init() {
    if (!m_server.isRunning())
        QVERIFY(m_server.start());
    m_server.forceSlowDown(0);
    m_server.reset();
    auto opened = Store::open(m_dir.filePath(QStringLiteral("db%1/bifrost.db").arg(++m_files)), &m_keychain);
    REQUIRE_OK(opened);
    m_store = std::move(*opened);
    IntegrationFields fields;
    fields.name = crm;
    fields.defaultEntityId = QStringLiteral("global");
    REQUIRE_OK(m_store->createIntegration(fields));
    REQUIRE_OK(m_store->addOrganization(acme));
    REQUIRE_OK(m_store->addOrganization(beta));
    REQUIRE_OK(m_store->setMapping(crm, acme, QStringLiteral("acme"), QStringLiteral("Acme Tenant")));
    m_now = QDateTime::currentDateTimeUtc();
}

void TestOauthService::cleanup() {
    m_store.reset();
}

OAuthSettings TestOauthService::settingsFor(const QString &clientId, OAuthFlow flow,
                                            ClientAuthMethod method) const {
    return oauthTestSettings(m_server, clientId, flow, method,
                             flow == OAuthFlow::ClientCredentials
                                 ? QStringList{QStringLiteral("api:read")}
                                 : QStringList{QStringLiteral("openid"), QStringLiteral("api:read")});
}

void TestOauthService::configure(const OAuthSettings &settings, const QString &clientSecret) {
    REQUIRE_OK(m_store->setOAuthSettings(crm, settings, givenClientSecret(clientSecret)));
}

std::unique_ptr<OAuthService> TestOauthService::newService(Store &store) {
    auto service = std::make_unique<OAuthService>(store);
    service->setClock([this] { return m_now; });
    return service;
}

void TestOauthService::connectWithBrowser(OAuthService &service, const QString &orgRef,
                                          const QStringList &browserArgs,
                                          std::optional<Result<OAuthConnection>> &out, int *browserExit) {
    Pending<OAuthConnection> done;
    QString url;
    QPointer<ConnectFlow> flow = service.connectAccount(crm, orgRef, {}, done.callback());
    QVERIFY(flow);
    connect(flow, &ConnectFlow::authorizationUrl, this,
            [&url](const QUrl &authorize, const QString &) { url = authorize.toString(QUrl::FullyEncoded); });
    QVERIFY(QTest::qWaitFor([&] { return !url.isEmpty() || done.done(); }, 20000));
    QVERIFY2(!url.isEmpty(), done.result().ok() ? "" : qPrintable(done.result().error().message));
    QByteArray output;
    const int exit = runBrowser(url, browserArgs, &output);
    if (browserExit)
        *browserExit = exit;
    WAIT_DONE(done);
    out.emplace(done.result());
    // The flow deletes itself once it is done.
    QTRY_VERIFY(flow.isNull());
}

void TestOauthService::connectDefault(OAuthService &service, OAuthConnection &connection) {
    std::optional<Result<OAuthConnection>> result;
    int exit = -1;
    CALL(connectWithBrowser(service, {}, {}, result, &exit));
    QCOMPARE(exit, 0);
    REQUIRE_OK(*result);
    connection = result->value();
}

void TestOauthService::startDeviceFlow(OAuthService &service, const Pending<OAuthConnection> &done,
                                       QPointer<ConnectFlow> &flow, QString &verificationUri,
                                       QString &userCode) {
    flow = service.connectAccount(crm, {}, {}, done.callback());
    QVERIFY(flow);
    connect(flow, &ConnectFlow::deviceCode, this,
            [&verificationUri, &userCode](const QString &uri, const QString &code, const QString &) {
                verificationUri = uri;
                userCode = code;
            });
    QTRY_VERIFY(!userCode.isEmpty());
}

QString TestOauthService::secret(const QString &ref) {
    auto read = m_store->readSecrets({ref});
    return read ? read->value(ref) : QString();
}

std::optional<OAuthConnection> TestOauthService::connection(const QString &orgRef) {
    auto read = m_store->oauthConnection(crm, orgRef);
    return read ? *read : std::nullopt;
}

// ---------------------------------------------------------------------------------------------

void TestOauthService::connectAuthorizationCode_data() {
    QTest::addColumn<QString>("client");
    QTest::addColumn<ClientAuthMethod>("method");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<bool>("pkce");
    QTest::addColumn<QString>("orgRef");
    QTest::addColumn<QString>("clientAuth");
    QTest::newRow("public client with PKCE") << QStringLiteral("native-pkce") << ClientAuthMethod::None
                                             << QString() << true << QString() << QStringLiteral("none");
    QTest::newRow("client_secret_basic, for an organization")
        << QStringLiteral("web-basic") << ClientAuthMethod::Basic << QStringLiteral("basic-secret") << true
        << acme << QStringLiteral("basic");
    QTest::newRow("client_secret_post without PKCE")
        << QStringLiteral("web-post") << ClientAuthMethod::Post << QStringLiteral("post-secret") << false
        << QString() << QStringLiteral("post");
}

void TestOauthService::connectAuthorizationCode() {
    QFETCH(QString, client);
    QFETCH(ClientAuthMethod, method);
    QFETCH(QString, clientSecret);
    QFETCH(bool, pkce);
    QFETCH(QString, orgRef);
    QFETCH(QString, clientAuth);
    OAuthSettings s = settingsFor(client, OAuthFlow::AuthorizationCode, method);
    s.pkce = pkce;
    CALL(configure(s, clientSecret));
    auto service = newService(*m_store);
    QSignalSpy changed(service.get(), &OAuthService::connectionsChanged);

    std::optional<Result<OAuthConnection>> result;
    int exit = -1;
    CALL(connectWithBrowser(*service, orgRef, {}, result, &exit));
    QCOMPARE(exit, 0);
    REQUIRE_OK(*result);
    const OAuthConnection &c = result->value();
    QCOMPARE(c.organizationName, orgRef);
    QVERIFY(!c.failed);
    QCOMPARE(c.connectedAt, m_now.toUTC());
    QVERIFY(c.expiresAt.isValid());
    QVERIFY(!c.refreshTokenRef.isEmpty());
    QCOMPARE(sorted(c.scopes), sorted(s.scopes));
    QTRY_VERIFY(changed.count() >= 1);

    // The exchange: one authorization_code request, authenticated as configured, with the
    // verifier exactly when PKCE is on, and the scope.
    const QJsonObject stats = m_server.stats();
    QCOMPARE(tokenRequests(stats, QStringLiteral("authorization_code")), 1);
    const QJsonObject last = lastTokenRequest(stats);
    QCOMPARE(last.value(QStringLiteral("client_auth")).toString(), clientAuth);
    QCOMPARE(last.value(QStringLiteral("code_verifier_present")).toBool(), pkce);
    QCOMPARE(last.value(QStringLiteral("scope")).toString(), s.scopes.join(QLatin1Char(' ')));

    // The tokens are in the keychain, never in the database file.
    const QString access = secret(c.accessTokenRef);
    const QString refresh = secret(c.refreshTokenRef);
    QVERIFY(!access.isEmpty());
    QVERIFY(!refresh.isEmpty());
    const QByteArray file = coretest::databaseBytes(m_store->path());
    QVERIFY(!coretest::containsText(file, access));
    QVERIFY(!coretest::containsText(file, refresh));

    // `get` for that scope hands out this connection's token.
    Pending<std::optional<OAuthData>> token;
    service->tokenFor(crm, orgRef, token.callback());
    WAIT_DONE(token);
    REQUIRE_OK(token.result());
    QVERIFY(token.result()->has_value());
    const OAuthData &data = **token.result();
    QVERIFY(data.accessToken == access);
    QVERIFY(data.refreshToken == refresh);
    QCOMPARE(data.connection, orgRef.isEmpty() ? QStringLiteral("default") : QStringLiteral("organization"));
    QCOMPARE(data.clientId, client);
    QCOMPARE(data.tokenUrl, s.tokenUrl);
    QCOMPARE(sorted(data.scopes), sorted(s.scopes));
    QVERIFY(data.warning.isEmpty());
}

void TestOauthService::accessDeniedStoresNothing() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto service = newService(*m_store);
    std::optional<Result<OAuthConnection>> result;
    int exit = -1;
    CALL(connectWithBrowser(*service, {}, {QStringLiteral("--deny")}, result, &exit));
    QCOMPARE(exit, 0); // the listener answered the error redirect with its result page
    REQUIRE_ERROR(*result, ErrorCode::External);
    QVERIFY2(result->error().message.contains(u"access_denied"), qPrintable(result->error().message));
    QCOMPARE(result->error().field, QStringLiteral("access_denied"));
    QVERIFY(!connection({}));
    QCOMPARE(m_server.stats().value(QStringLiteral("token_total")).toInt(), 0);
}

void TestOauthService::timeoutStoresNothing() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto service = newService(*m_store);
    Pending<OAuthConnection> done;
    QString redirectUri;
    OAuthService::ConnectOptions options;
    options.timeout = std::chrono::seconds(2);
    QPointer<ConnectFlow> flow = service->connectAccount(crm, {}, options, done.callback());
    QVERIFY(flow);
    connect(flow, &ConnectFlow::authorizationUrl, this,
            [&redirectUri](const QUrl &, const QString &uri) { redirectUri = uri; });
    QTRY_VERIFY(!redirectUri.isEmpty());
    QVERIFY(flow->secondsLeft() <= 2);
    WAIT_DONE(done);
    REQUIRE_ERROR(done.result(), ErrorCode::External);
    QVERIFY2(done.result().error().message.contains(u"no redirect arrived within 2 s"),
             qPrintable(done.result().error().message));
    QTRY_VERIFY(flow.isNull());
    QVERIFY(!connection({}));

    // The listener is gone with the flow.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(QUrl(redirectUri).port()));
    QVERIFY(!socket.waitForConnected(5000));
}

void TestOauthService::cancelStoresNothing() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto service = newService(*m_store);
    Pending<OAuthConnection> done;
    QString url;
    QPointer<ConnectFlow> flow = service->connectAccount(crm, acme, {}, done.callback());
    connect(flow, &ConnectFlow::authorizationUrl, this,
            [&url](const QUrl &authorize, const QString &) { url = authorize.toString(QUrl::FullyEncoded); });
    QTRY_VERIFY(!url.isEmpty());
    const int left = flow->secondsLeft();
    QVERIFY2(left > 200 && left <= 300, qPrintable(QString::number(left))); // default timeout: 300 s
    flow->cancel();
    WAIT_DONE(done);
    REQUIRE_ERROR(done.result(), ErrorCode::External);
    QCOMPARE(done.result().error().message, QStringLiteral("cancelled"));
    QTRY_VERIFY(flow.isNull());

    // A browser that comes back afterwards finds no listener, and nothing gets stored.
    QByteArray output;
    QCOMPARE(runBrowser(url, {}, &output), 1);
    QVERIFY(!connection(acme));
    QCOMPARE(m_server.stats().value(QStringLiteral("token_total")).toInt(), 0);
    QCOMPARE(done.calls(), 1);
}

void TestOauthService::connectClientCredentials_data() {
    QTest::addColumn<QString>("client");
    QTest::addColumn<ClientAuthMethod>("method");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<QString>("clientAuth");
    QTest::newRow("basic") << QStringLiteral("service") << ClientAuthMethod::Basic
                           << QStringLiteral("service-secret") << QStringLiteral("basic");
    QTest::newRow("post") << QStringLiteral("service-post") << ClientAuthMethod::Post
                          << QStringLiteral("service-post-secret") << QStringLiteral("post");
}

void TestOauthService::connectClientCredentials() {
    QFETCH(QString, client);
    QFETCH(ClientAuthMethod, method);
    QFETCH(QString, clientSecret);
    QFETCH(QString, clientAuth);
    CALL(configure(settingsFor(client, OAuthFlow::ClientCredentials, method), clientSecret));
    auto service = newService(*m_store);
    Pending<OAuthConnection> done;
    QPointer<ConnectFlow> flow = service->connectAccount(crm, {}, {}, done.callback());
    QVERIFY(flow);
    QVERIFY(!done.done()); // never inside the call
    WAIT_DONE(done);
    REQUIRE_OK(done.result());
    QVERIFY(!secret(done.result()->accessTokenRef).isEmpty());
    QVERIFY(done.result()->refreshTokenRef.isEmpty());
    const QJsonObject stats = m_server.stats();
    QCOMPARE(tokenRequests(stats, QStringLiteral("client_credentials")), 1);
    QCOMPARE(lastTokenRequest(stats).value(QStringLiteral("client_auth")).toString(), clientAuth);
    QCOMPARE(lastTokenRequest(stats).value(QStringLiteral("scope")).toString(), QStringLiteral("api:read"));
    QTRY_VERIFY(flow.isNull());
}

void TestOauthService::deviceFlowWithSlowDown() {
    CALL(configure(settingsFor(QStringLiteral("device"), OAuthFlow::DeviceCode)));
    auto service = newService(*m_store);
    // The first pending poll answers slow_down: the flow must back off (interval + 5 s) and go on.
    m_server.forceSlowDown(1);
    Pending<OAuthConnection> done;
    QPointer<ConnectFlow> flow;
    QString verificationUri, userCode;
    CALL(startDeviceFlow(*service, done, flow, verificationUri, userCode));
    const QString deviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
    QTRY_VERIFY_WITH_TIMEOUT(tokenRequests(m_server.stats(), deviceGrant) >= 1, 20000);
    QByteArray output;
    QCOMPARE(runDeviceBrowser(verificationUri, userCode, {}, &output), 0);
    WAIT_DONE(done);
    REQUIRE_OK(done.result());
    QVERIFY(!secret(done.result()->accessTokenRef).isEmpty());
    QVERIFY(!done.result()->refreshTokenRef.isEmpty());
    const QJsonObject stats = m_server.stats();
    QCOMPARE(stats.value(QStringLiteral("device_authorization")).toInt(), 1);
    QCOMPARE(
        stats.value(QStringLiteral("token_errors")).toObject().value(QStringLiteral("slow_down")).toInt(), 1);
    QTRY_VERIFY(flow.isNull());
}

void TestOauthService::deviceFlowDenied() {
    CALL(configure(settingsFor(QStringLiteral("device"), OAuthFlow::DeviceCode)));
    auto service = newService(*m_store);
    Pending<OAuthConnection> done;
    QPointer<ConnectFlow> flow;
    QString verificationUri, userCode;
    CALL(startDeviceFlow(*service, done, flow, verificationUri, userCode));
    QByteArray output;
    QCOMPARE(runDeviceBrowser(verificationUri, userCode, {QStringLiteral("--deny")}, &output), 0);
    WAIT_DONE(done);
    REQUIRE_ERROR(done.result(), ErrorCode::External);
    QCOMPARE(done.result().error().field, QStringLiteral("access_denied"));
    QVERIFY(!connection({}));
}

void TestOauthService::connectWithoutSettings() {
    auto service = newService(*m_store);
    Pending<OAuthConnection> done;
    QPointer<ConnectFlow> flow = service->connectAccount(crm, {}, {}, done.callback());
    QVERIFY(flow);
    QVERIFY(!done.done());
    WAIT_DONE(done);
    REQUIRE_ERROR(done.result(), ErrorCode::InvalidInput);
    QVERIFY(done.result().error().message.contains(u"bifrostctl oauth set crm"));

    Pending<OAuthConnection> unknown;
    service->connectAccount(QStringLiteral("nope"), {}, {}, unknown.callback());
    WAIT_DONE(unknown);
    REQUIRE_ERROR(unknown.result(), ErrorCode::NotFound);
}

// ---------------------------------------------------------------------------------------------

void TestOauthService::tokenForWithoutSettingsOrConnection() {
    auto service = newService(*m_store);
    Pending<std::optional<OAuthData>> none;
    service->tokenFor(crm, acme, none.callback());
    WAIT_DONE(none);
    REQUIRE_OK(none.result());
    QVERIFY(!none.result()->has_value());

    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    Pending<std::optional<OAuthData>> notConnected;
    service->tokenFor(crm, acme, notConnected.callback());
    WAIT_DONE(notConnected);
    REQUIRE_OK(notConnected.result());
    QVERIFY(!notConnected.result()->has_value());

    Pending<std::optional<OAuthData>> unknownOrg;
    service->tokenFor(crm, QStringLiteral("nobody"), unknownOrg.callback());
    WAIT_DONE(unknownOrg);
    REQUIRE_ERROR(unknownOrg.result(), ErrorCode::NotFound);
}

void TestOauthService::tokenForFreshTokenMakesNoRequest() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto service = newService(*m_store);
    OAuthConnection c;
    CALL(connectDefault(*service, c));
    m_server.reset();
    m_now = m_now.addSecs(3000); // 600 s left, outside the 300 s margin

    // An organization without its own connection gets the default one.
    Pending<std::optional<OAuthData>> token;
    service->tokenFor(crm, acme, token.callback());
    WAIT_DONE(token);
    REQUIRE_OK(token.result());
    QVERIFY(token.result()->has_value());
    QVERIFY((*token.result())->accessToken == secret(c.accessTokenRef));
    QCOMPARE((*token.result())->connection, QStringLiteral("default"));
    QCOMPARE((*token.result())->expiresAt, c.expiresAt);
    QCOMPARE(m_server.stats().value(QStringLiteral("token_total")).toInt(), 0);
}

void TestOauthService::tokenForRefreshesDueToken_data() {
    QTest::addColumn<QString>("client");
    QTest::addColumn<int>("advance");
    QTest::addColumn<bool>("rotates");
    QTest::newRow("expiring, rotated") << QStringLiteral("native-pkce") << 3400 << true;
    QTest::newRow("expired, rotated") << QStringLiteral("native-pkce") << 4000 << true;
    QTest::newRow("expiring, not rotated") << QStringLiteral("native-norotate") << 3400 << false;
}

void TestOauthService::tokenForRefreshesDueToken() {
    QFETCH(QString, client);
    QFETCH(int, advance);
    QFETCH(bool, rotates);
    CALL(configure(settingsFor(client)));
    auto service = newService(*m_store);
    OAuthConnection before;
    CALL(connectDefault(*service, before));
    const QString oldAccess = secret(before.accessTokenRef);
    const QString oldRefresh = secret(before.refreshTokenRef);
    QVERIFY(!before.scopes.isEmpty());
    m_server.reset();
    m_now = m_now.addSecs(advance);

    Pending<std::optional<OAuthData>> token;
    service->tokenFor(crm, {}, token.callback());
    WAIT_DONE(token);
    REQUIRE_OK(token.result());
    QVERIFY(token.result()->has_value());
    const OAuthData data = **token.result();
    QVERIFY(data.warning.isEmpty());

    // One refresh, asking for exactly the granted scope (RFC 6749 §6).
    const QJsonObject stats = m_server.stats();
    QCOMPARE(tokenRequests(stats, QStringLiteral("refresh_token")), 1);
    QCOMPARE(stats.value(QStringLiteral("token_total")).toInt(), 1);
    QCOMPARE(lastTokenRequest(stats).value(QStringLiteral("scope")).toString(),
             before.scopes.join(QLatin1Char(' ')));

    const std::optional<OAuthConnection> after = connection({});
    QVERIFY(after);
    QVERIFY(data.accessToken != oldAccess);
    QVERIFY(data.accessToken == secret(after->accessTokenRef));
    QCOMPARE(after->lastRefreshAt, m_now.toUTC());
    QCOMPARE(after->expiresAt, m_now.toUTC().addSecs(3600));
    QCOMPARE(after->connectedAt, before.connectedAt);
    // A rotated refresh token replaces the old one; one that was not rotated is kept.
    const QString newRefresh = secret(after->refreshTokenRef);
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(data.refreshToken == newRefresh);
    QCOMPARE(newRefresh != oldRefresh, rotates);

    // Fresh now: the next call makes no request.
    Pending<std::optional<OAuthData>> again;
    service->tokenFor(crm, {}, again.callback());
    WAIT_DONE(again);
    REQUIRE_OK(again.result());
    QVERIFY((*again.result())->accessToken == data.accessToken);
    QCOMPARE(m_server.stats().value(QStringLiteral("token_total")).toInt(), 1);
}

void TestOauthService::invalidGrantMarksFailed() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto service = newService(*m_store);
    OAuthConnection c;
    CALL(connectDefault(*service, c));
    QVERIFY(m_server.revokeGrants() >= 1); // the refresh token dies at the provider
    m_server.reset();
    m_now = m_now.addSecs(3400);

    Pending<std::optional<OAuthData>> token;
    service->tokenFor(crm, {}, token.callback());
    WAIT_DONE(token);
    REQUIRE_ERROR(token.result(), ErrorCode::External);
    const QString message = token.result().error().message;
    QVERIFY2(message.contains(u"invalid_grant") && message.contains(u"bifrostctl oauth connect crm"),
             qPrintable(message));
    QCOMPARE(m_server.stats()
                 .value(QStringLiteral("token_errors"))
                 .toObject()
                 .value(QStringLiteral("invalid_grant"))
                 .toInt(),
             1);

    const std::optional<OAuthConnection> failed = connection({});
    QVERIFY(failed && failed->failed);
    QVERIFY(failed->lastError.contains(u"invalid_grant"));
    auto statuses = service->statuses(crm, m_now);
    REQUIRE_OK(statuses);
    QCOMPARE(statuses->size(), 1);
    QCOMPARE(statuses->first().status, TokenStatus::Failed);

    // From now on `get` fails at once, without asking the provider again.
    m_server.reset();
    Pending<std::optional<OAuthData>> again;
    service->tokenFor(crm, {}, again.callback());
    WAIT_DONE(again);
    REQUIRE_ERROR(again.result(), ErrorCode::External);
    QVERIFY2(again.result().error().message.contains(u"reconnect"),
             qPrintable(again.result().error().message));
    QCOMPARE(m_server.stats().value(QStringLiteral("token_total")).toInt(), 0);

    // A reconnect heals it.
    OAuthConnection healed;
    CALL(connectDefault(*service, healed));
    QVERIFY(!healed.failed);
    QVERIFY(healed.lastError.isEmpty());
}

void TestOauthService::networkErrorKeepsValidToken() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto service = newService(*m_store);
    OAuthConnection c;
    CALL(connectDefault(*service, c));
    const QString access = secret(c.accessTokenRef);
    m_server.stop();
    m_now = m_now.addSecs(3400); // expiring, 200 s left

    // The refresh fails (after its retries); the token still works, so it comes with a warning.
    Pending<std::optional<OAuthData>> token;
    service->tokenFor(crm, {}, token.callback());
    WAIT_DONE(token);
    REQUIRE_OK(token.result());
    QVERIFY(token.result()->has_value());
    QVERIFY((*token.result())->accessToken == access);
    const QString warning = (*token.result())->warning;
    QVERIFY2(warning.contains(u"could not reach the token endpoint"), qPrintable(warning));
    std::optional<OAuthConnection> after = connection({});
    QVERIFY(after);
    QVERIFY(!after->failed);
    QCOMPARE(after->lastError, warning);

    // Once it has expired there is nothing to hand out: an External error, still not failed.
    m_now = m_now.addSecs(400);
    Pending<std::optional<OAuthData>> expired;
    service->tokenFor(crm, {}, expired.callback());
    WAIT_DONE(expired);
    REQUIRE_ERROR(expired.result(), ErrorCode::External);
    QCOMPARE(expired.result().error().field, QStringLiteral("network"));
    after = connection({});
    QVERIFY(after && !after->failed);
}

void TestOauthService::singleFlightAcrossServices() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto first = newService(*m_store);
    OAuthConnection c;
    CALL(connectDefault(*first, c));
    // A second connection to the same file with its own service: another process, as far as
    // the refresh lease is concerned.
    auto opened = Store::open(m_store->path(), &m_keychain);
    REQUIRE_OK(opened);
    std::unique_ptr<Store> otherStore = std::move(*opened);
    auto second = newService(*otherStore);
    m_server.reset();
    m_now = m_now.addSecs(3400);

    Pending<std::optional<OAuthData>> a, b, a2;
    Pending<OAuthConnection> explicitRefresh;
    first->tokenFor(crm, {}, a.callback());
    second->tokenFor(crm, {}, b.callback());
    first->tokenFor(crm, acme, a2.callback());           // joins the first service's refresh
    first->refresh(crm, {}, explicitRefresh.callback()); // so does an explicit refresh
    WAIT_DONE(a);
    WAIT_DONE(b);
    WAIT_DONE(a2);
    WAIT_DONE(explicitRefresh);
    REQUIRE_OK(a.result());
    REQUIRE_OK(b.result());
    REQUIRE_OK(a2.result());
    REQUIRE_OK(explicitRefresh.result());
    QCOMPARE(tokenRequests(m_server.stats(), QStringLiteral("refresh_token")), 1);
    QVERIFY((*a.result())->accessToken == (*b.result())->accessToken);
    QVERIFY((*a.result())->accessToken == (*a2.result())->accessToken);
    QVERIFY((*a.result())->accessToken != secret(c.accessTokenRef));
    second.reset();
    otherStore.reset();
}

void TestOauthService::clientCredentialsMintedAndReminted() {
    CALL(configure(
        settingsFor(QStringLiteral("service"), OAuthFlow::ClientCredentials, ClientAuthMethod::Basic),
        QStringLiteral("service-secret")));
    auto service = newService(*m_store);
    const QString grant = QStringLiteral("client_credentials");

    // No connection yet: `get` mints one.
    Pending<std::optional<OAuthData>> first;
    service->tokenFor(crm, {}, first.callback());
    WAIT_DONE(first);
    REQUIRE_OK(first.result());
    QVERIFY(first.result()->has_value());
    QCOMPARE((*first.result())->connection, QStringLiteral("default"));
    QVERIFY((*first.result())->refreshToken.isEmpty());
    QCOMPARE(tokenRequests(m_server.stats(), grant), 1);

    // Fresh: reused, also by an organization with the same token URL.
    Pending<std::optional<OAuthData>> second;
    service->tokenFor(crm, acme, second.callback());
    WAIT_DONE(second);
    REQUIRE_OK(second.result());
    QVERIFY((*second.result())->accessToken == (*first.result())->accessToken);
    QCOMPARE(tokenRequests(m_server.stats(), grant), 1);

    // Within the margin: re-minted.
    m_now = m_now.addSecs(3400);
    Pending<std::optional<OAuthData>> third;
    service->tokenFor(crm, {}, third.callback());
    WAIT_DONE(third);
    REQUIRE_OK(third.result());
    QVERIFY((*third.result())->accessToken != (*first.result())->accessToken);
    QCOMPARE(tokenRequests(m_server.stats(), grant), 2);

    // And an explicit refresh re-mints too.
    Pending<OAuthConnection> refreshed;
    service->refresh(crm, {}, refreshed.callback());
    WAIT_DONE(refreshed);
    REQUIRE_OK(refreshed.result());
    QCOMPARE(tokenRequests(m_server.stats(), grant), 3);
}

void TestOauthService::clientCredentialsPerTenantTokenUrl() {
    // A per-tenant token URL (like Microsoft's /{tenant}/oauth2/v2.0/token): Acme maps to its own
    // tenant, Beta has no mapping and uses the default entity.
    OAuthSettings s =
        settingsFor(QStringLiteral("service"), OAuthFlow::ClientCredentials, ClientAuthMethod::Basic);
    s.tokenUrl = m_server.url(QStringLiteral("/token?tenant={entity_id}"));
    CALL(configure(s, QStringLiteral("service-secret")));
    auto service = newService(*m_store);

    Pending<std::optional<OAuthData>> global;
    service->tokenFor(crm, {}, global.callback());
    WAIT_DONE(global);
    REQUIRE_OK(global.result());
    QCOMPARE((*global.result())->connection, QStringLiteral("default"));
    QCOMPARE((*global.result())->tokenUrl, m_server.url(QStringLiteral("/token?tenant=global")));

    // Acme's token URL differs: it gets its own token although a default one exists.
    Pending<std::optional<OAuthData>> tenant;
    service->tokenFor(crm, acme, tenant.callback());
    WAIT_DONE(tenant);
    REQUIRE_OK(tenant.result());
    QCOMPARE((*tenant.result())->connection, QStringLiteral("organization"));
    QCOMPARE((*tenant.result())->tokenUrl, m_server.url(QStringLiteral("/token?tenant=acme")));
    QVERIFY((*tenant.result())->accessToken != (*global.result())->accessToken);
    QVERIFY(connection(acme));

    // Beta shares the default's URL, so the default token.
    Pending<std::optional<OAuthData>> shared;
    service->tokenFor(crm, beta, shared.callback());
    WAIT_DONE(shared);
    REQUIRE_OK(shared.result());
    QCOMPARE((*shared.result())->connection, QStringLiteral("default"));
    QVERIFY((*shared.result())->accessToken == (*global.result())->accessToken);
    QCOMPARE(tokenRequests(m_server.stats(), QStringLiteral("client_credentials")), 2);
    QVERIFY(!connection(beta));
}

void TestOauthService::withoutRefreshTokenHandedOutWhileValid() {
    // A provider that issues no refresh token (GitHub OAuth apps, for one): stored here through the
    // store as a connect would, since every client of the test server gets a refresh token.
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    TokenResponse response;
    response.accessToken = coretest::uniqueSecret(QStringLiteral("access"));
    response.tokenType = QStringLiteral("Bearer");
    response.expiresIn = 3600;
    REQUIRE_OK(m_store->saveOAuthTokens(crm, {}, response, {QStringLiteral("api:read")}, true, m_now));
    auto service = newService(*m_store);
    m_now = m_now.addSecs(3400);

    Pending<std::optional<OAuthData>> expiring;
    service->tokenFor(crm, {}, expiring.callback());
    WAIT_DONE(expiring);
    REQUIRE_OK(expiring.result());
    QVERIFY((*expiring.result())->accessToken == response.accessToken);
    QVERIFY2((*expiring.result())->warning.contains(u"no refresh token"),
             qPrintable((*expiring.result())->warning));

    m_now = m_now.addSecs(400);
    Pending<std::optional<OAuthData>> expired;
    service->tokenFor(crm, {}, expired.callback());
    WAIT_DONE(expired);
    REQUIRE_ERROR(expired.result(), ErrorCode::External);
    QVERIFY(expired.result().error().message.contains(u"bifrostctl oauth connect crm"));
    QCOMPARE(m_server.stats().value(QStringLiteral("token_total")).toInt(), 0);
}

void TestOauthService::destroyingServiceEndsCallsSilently() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto service = newService(*m_store);
    OAuthConnection c;
    CALL(connectDefault(*service, c));

    // A running connect: its flow and listener go with the service; its callback never comes.
    Pending<OAuthConnection> connecting;
    QString redirectUri;
    QPointer<ConnectFlow> flow = service->connectAccount(crm, acme, {}, connecting.callback());
    connect(flow, &ConnectFlow::authorizationUrl, this,
            [&redirectUri](const QUrl &, const QString &uri) { redirectUri = uri; });
    QTRY_VERIFY(!redirectUri.isEmpty());

    // A refresh between its retries (the provider is down): the lease is handed back.
    m_server.stop();
    m_now = m_now.addSecs(3400);
    Pending<std::optional<OAuthData>> refreshing;
    service->tokenFor(crm, {}, refreshing.callback());
    auto held = m_store->tryLeaseOAuthRefresh(crm, {}, QStringLiteral("another process"), 60);
    REQUIRE_OK(held);
    QVERIFY(!*held);

    service.reset();
    QVERIFY(flow.isNull());
    QTest::qWait(100); // give a wrongly surviving callback the chance to come
    QCOMPARE(connecting.calls(), 0);
    QCOMPARE(refreshing.calls(), 0);
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(QUrl(redirectUri).port()));
    QVERIFY(!socket.waitForConnected(5000));
    held = m_store->tryLeaseOAuthRefresh(crm, {}, QStringLiteral("another process"), 60);
    REQUIRE_OK(held);
    QVERIFY(*held);
}

// ---------------------------------------------------------------------------------------------

void TestOauthService::disconnectRevokes() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto service = newService(*m_store);
    OAuthConnection c;
    CALL(connectDefault(*service, c));
    const QString refresh = secret(c.refreshTokenRef);
    m_server.reset();

    Pending<OAuthService::DisconnectResult> done;
    service->disconnect(crm, {}, done.callback());
    WAIT_DONE(done);
    REQUIRE_OK(done.result());
    QVERIFY(done.result()->revoked);
    QVERIFY(done.result()->warning.isEmpty());
    const QJsonObject stats = m_server.stats();
    QCOMPARE(stats.value(QStringLiteral("revocation")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("last_revocation_request"))
                 .toObject()
                 .value(QStringLiteral("token_type_hint"))
                 .toString(),
             QStringLiteral("refresh_token"));
    QVERIFY(!connection({}));
    auto left = m_store->readSecrets({c.accessTokenRef, c.refreshTokenRef});
    REQUIRE_OK(left);
    QVERIFY(left->isEmpty());

    // The provider really dropped the grant: the old refresh token is refused.
    auto settings = m_store->oauthSettings(crm);
    REQUIRE_OK(settings);
    auto data = resolveFromStore(*m_store, crm, {}, false);
    REQUIRE_OK(data);
    auto resolved = resolveSettings(**settings, *data, {});
    REQUIRE_OK(resolved);
    TokenClient client;
    std::optional<Result<TokenResponse>> reused;
    client.refresh(*resolved, refresh, c.scopes,
                   [&](Result<TokenResponse> r) { reused.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(reused.has_value(), 30000);
    REQUIRE_ERROR(*reused, ErrorCode::External);
    QCOMPARE(reused->error().field, QStringLiteral("invalid_grant"));
}

void TestOauthService::disconnectWithServerDownWarns() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto service = newService(*m_store);
    OAuthConnection c;
    CALL(connectDefault(*service, c));
    m_server.stop();

    Pending<OAuthService::DisconnectResult> done;
    service->disconnect(crm, {}, done.callback());
    WAIT_DONE(done);
    REQUIRE_OK(done.result());
    QVERIFY(!done.result()->revoked);
    QVERIFY2(done.result()->warning.contains(u"deleted"), qPrintable(done.result()->warning));
    QVERIFY(!connection({}));
}

void TestOauthService::statusesListEveryConnection() {
    auto service = newService(*m_store);
    auto none = service->statuses(crm, m_now);
    REQUIRE_OK(none);
    QVERIFY(none->isEmpty()); // no OAuth settings

    CALL(configure(
        settingsFor(QStringLiteral("service"), OAuthFlow::ClientCredentials, ClientAuthMethod::Basic),
        QStringLiteral("service-secret")));
    auto notConnected = service->statuses({}, m_now);
    REQUIRE_OK(notConnected);
    QCOMPARE(notConnected->size(), 1);
    QCOMPARE(notConnected->first().status, TokenStatus::NotConnected);
    QCOMPARE(notConnected->first().integrationName, crm);
    QVERIFY(notConnected->first().organizationId.isEmpty());

    Pending<OAuthConnection> org;
    service->connectAccount(crm, acme, {}, org.callback());
    WAIT_DONE(org);
    REQUIRE_OK(org.result());
    auto orgOnly = service->statuses(crm, m_now);
    REQUIRE_OK(orgOnly);
    QCOMPARE(orgOnly->size(), 2);
    QCOMPARE(orgOnly->at(0).status, TokenStatus::NotConnected); // the default, listed first
    QCOMPARE(orgOnly->at(1).organizationName, acme);
    QCOMPARE(orgOnly->at(1).status, TokenStatus::Connected);
    QCOMPARE(orgOnly->at(1).expiresAt, m_now.toUTC().addSecs(3600));

    auto later = service->statuses(crm, m_now.addSecs(3400));
    REQUIRE_OK(later);
    QCOMPARE(later->at(1).status, TokenStatus::Expiring);
    auto expired = service->statuses(crm, m_now.addSecs(3600));
    REQUIRE_OK(expired);
    QCOMPARE(expired->at(1).status, TokenStatus::Expired);
}

void TestOauthService::backgroundRefresh() {
    CALL(configure(settingsFor(QStringLiteral("native-pkce"))));
    auto service = newService(*m_store);
    OAuthConnection c;
    CALL(connectDefault(*service, c));
    QSignalSpy changed(service.get(), &OAuthService::connectionsChanged);
    m_server.reset();
    m_now = m_now.addSecs(3400);

    service->startBackgroundRefresh(std::chrono::seconds(1));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 30000);
    QCOMPARE(tokenRequests(m_server.stats(), QStringLiteral("refresh_token")), 1);
    auto statuses = service->statuses(crm, m_now);
    REQUIRE_OK(statuses);
    QCOMPARE(statuses->first().status, TokenStatus::Connected);
    QCOMPARE(statuses->first().lastRefreshAt, m_now.toUTC());

    // Fresh connections are left alone on the next rounds.
    QTest::qWait(2500);
    QCOMPARE(tokenRequests(m_server.stats(), QStringLiteral("refresh_token")), 1);
    service->stopBackgroundRefresh();
}

QTEST_GUILESS_MAIN(TestOauthService)
#include "tst_oauthservice.moc"
