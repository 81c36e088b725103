// The OAuth URL rules (https except loopback), URL templates and the OAuth value types: pure
// logic, no network, database or keychain.

#include "model/oauth.h"
#include "oauth/endpoints.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace bifrost;

namespace {

// Organization "Contoso" mapped to a tenant, with a mix of value types and one secret.
IntegrationData contosoData() {
    IntegrationData data;
    data.integrationId = QStringLiteral("i-1");
    data.name = QStringLiteral("graph");
    data.organization = Organization{QStringLiteral("o-1"), QStringLiteral("Contoso"), {}, {}};
    data.entityId = QStringLiteral("contoso.onmicrosoft.com");
    data.config = QJsonObject{{QStringLiteral("region"), QStringLiteral("eu west")},
                              {QStringLiteral("tricky"), QStringLiteral("a/b?c&d=e#f%g{h}")},
                              {QStringLiteral("base_url"), QStringLiteral("https://eu.ninjarmm.com/")},
                              {QStringLiteral("plain_base"), QStringLiteral("http://example.com")},
                              {QStringLiteral("local_base"), QStringLiteral("http://127.0.0.1:9000")},
                              {QStringLiteral("port"), 8443},
                              {QStringLiteral("flag"), true},
                              {QStringLiteral("blob"), QJsonObject{{QStringLiteral("a"), 1}}},
                              {QStringLiteral("empty"), QStringLiteral("")},
                              {QStringLiteral("api_key"), secretMask()}};
    data.secretKeys = {QStringLiteral("api_key")};
    return data;
}

OAuthSettings completeSettings() {
    OAuthSettings s;
    s.flow = OAuthFlow::AuthorizationCode;
    s.authorizeUrl = QStringLiteral("https://login.example.com/{entity_id}/authorize");
    s.tokenUrl = QStringLiteral("https://login.example.com/{entity_id}/token");
    s.revokeUrl = QStringLiteral("https://login.example.com/revoke?region={config.region}");
    s.deviceAuthorizationUrl = QStringLiteral("{config.base_url}/device");
    s.clientId = QStringLiteral("client-1");
    s.authMethod = ClientAuthMethod::None;
    return s;
}

} // namespace

class TestOAuthEndpoints : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loopbackHosts_data();
    void loopbackHosts();
    void endpointUrls_data();
    void endpointUrls();
    void httpsMessageNamesSettingAndUrl();

    void fillsEntityIdAndEncodesValues();
    void leadingPlaceholderIsABaseUrl();
    void filledUrlIsCheckedAgain();
    void unfilledEntityIdNamesItsSource();
    void configPlaceholderErrors_data();
    void configPlaceholderErrors();
    void nonStringValuesAsText();

    void resolveSettingsFillsEveryUrl();
    void resolveSettingsRefusesIncompleteSettings();

    void namesRoundTrip();
    void redirectUriPattern();
    void connectionStatus_data();
    void connectionStatus();
};

void TestOAuthEndpoints::loopbackHosts_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.0.0.2") << QStringLiteral("127.0.0.2") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("localhost.evil.com") << QStringLiteral("localhost.evil.com") << false;
    QTest::newRow("evil-localhost") << QStringLiteral("evillocalhost") << false;
    QTest::newRow("127.0.0.1.nip.io") << QStringLiteral("127.0.0.1.nip.io") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestOAuthEndpoints::loopbackHosts() {
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(oauth::isLoopbackHost(host), loopback);
}

void TestOAuthEndpoints::endpointUrls_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("https") << QStringLiteral("https://login.example.com/oauth2/token") << true << QString();
    QTest::newRow("https with port and query")
        << QStringLiteral("https://login.example.com:8443/token?x=1") << true << QString();
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/token") << true << QString();
    QTest::newRow("http 127.0.0.2") << QStringLiteral("http://127.0.0.2/token") << true << QString();
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:9000/token") << true << QString();
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000/token") << true << QString();
    QTest::newRow("HTTPS upper case")
        << QStringLiteral("HTTPS://login.example.com/token") << true << QString();
    QTest::newRow("entity template in path")
        << QStringLiteral("https://login.microsoftonline.com/{entity_id}/oauth2/v2.0/token") << true
        << QString();
    QTest::newRow("config template in host")
        << QStringLiteral("https://{config.instance}.example.com/token") << true << QString();
    QTest::newRow("leading base url template")
        << QStringLiteral("{config.base_url}/ws/oauth/token") << true << QString();

    QTest::newRow("http remote") << QStringLiteral("http://example.com/token") << false
                                 << QStringLiteral("must use https");
    QTest::newRow("http localhost.evil.com")
        << QStringLiteral("http://localhost.evil.com/token") << false << QStringLiteral("must use https");
    QTest::newRow("http 127.0.0.1.nip.io")
        << QStringLiteral("http://127.0.0.1.nip.io/token") << false << QStringLiteral("must use https");
    QTest::newRow("http template host")
        << QStringLiteral("http://{config.host}/token") << false << QStringLiteral("must use https");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/token") << false
                         << QStringLiteral("must use https");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false
                                << QStringLiteral("must use https");
    QTest::newRow("no scheme") << QStringLiteral("login.example.com/token") << false
                               << QStringLiteral("not a full URL");
    QTest::newRow("no host") << QStringLiteral("https:///token") << false << QString();
    QTest::newRow("fragment") << QStringLiteral("https://login.example.com/token#x") << false
                              << QStringLiteral("fragment");
    QTest::newRow("credentials") << QStringLiteral("https://user:pw@login.example.com/token") << false
                                 << QStringLiteral("user name or password");
    QTest::newRow("space") << QStringLiteral("https://login.example.com/a token") << false
                           << QStringLiteral("space");
    QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
    QTest::newRow("unknown placeholder") << QStringLiteral("https://x.example.com/{tenant}/token") << false
                                         << QStringLiteral("unknown placeholder {tenant}");
    QTest::newRow("config without key") << QStringLiteral("https://x.example.com/{config.}/token") << false
                                        << QStringLiteral("unknown placeholder");
    QTest::newRow("config bad key") << QStringLiteral("https://x.example.com/{config.1abc}") << false
                                    << QStringLiteral("unknown placeholder");
    QTest::newRow("unclosed") << QStringLiteral("https://x.example.com/{entity_id/token") << false
                              << QStringLiteral("never closed");
    QTest::newRow("stray close") << QStringLiteral("https://x.example.com/}/token") << false
                                 << QStringLiteral("without a matching");
}

void TestOAuthEndpoints::endpointUrls() {
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);
    const auto checked = oauth::checkEndpointUrl(url, QStringLiteral("token_url"));
    QCOMPARE(checked.ok(), accepted);
    if (!accepted) {
        QCOMPARE(checked.error().code, ErrorCode::InvalidInput);
        QCOMPARE(checked.error().field, QStringLiteral("token_url"));
        QVERIFY2(checked.error().message.startsWith(QStringLiteral("token_url")),
                 qPrintable(checked.error().message));
        QVERIFY2(checked.error().message.contains(messagePart), qPrintable(checked.error().message));
    }
}

void TestOAuthEndpoints::httpsMessageNamesSettingAndUrl() {
    const auto checked =
        oauth::checkEndpointUrl(QStringLiteral("http://example.com/token"), QStringLiteral("token_url"));
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().message,
             QStringLiteral(
                 "token_url \"http://example.com/token\" must use https (plain http is allowed only for "
                 "loopback hosts such as 127.0.0.1)"));
}

void TestOAuthEndpoints::fillsEntityIdAndEncodesValues() {
    const IntegrationData data = contosoData();
    auto filled = oauth::fillUrlTemplate(
        QStringLiteral("https://login.microsoftonline.com/{entity_id}/oauth2/v2.0/token"),
        QStringLiteral("token_url"), data);
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
    QCOMPARE(*filled,
             QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));

    // Every value is one percent-encoded component: it can neither add a path segment nor a
    // query parameter, nor cut the URL short with '#'.
    filled = oauth::fillUrlTemplate(
        QStringLiteral("https://api.example.com/{config.region}/x?r={config.tricky}&n=1"),
        QStringLiteral("token_url"), data);
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
    QCOMPARE(*filled,
             QStringLiteral("https://api.example.com/eu%20west/x?r=a%2Fb%3Fc%26d%3De%23f%25g%7Bh%7D&n=1"));
    const QUrl url(*filled);
    QCOMPARE(url.host(), QStringLiteral("api.example.com"));
    QCOMPARE(url.fragment(), QString());

    // A host made of a value keeps its dots and dashes.
    IntegrationData hosted = data;
    hosted.config.insert(QStringLiteral("instance"), QStringLiteral("contoso-eu.halopsa"));
    filled = oauth::fillUrlTemplate(QStringLiteral("https://{config.instance}.com/auth/token"),
                                    QStringLiteral("token_url"), hosted);
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
    QCOMPARE(*filled, QStringLiteral("https://contoso-eu.halopsa.com/auth/token"));
}

void TestOAuthEndpoints::leadingPlaceholderIsABaseUrl() {
    const IntegrationData data = contosoData();
    // Inserted as it is (it holds the scheme and host), without a doubled '/'.
    auto filled = oauth::fillUrlTemplate(QStringLiteral("{config.base_url}/ws/oauth/token"),
                                         QStringLiteral("token_url"), data);
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
    QCOMPARE(*filled, QStringLiteral("https://eu.ninjarmm.com/ws/oauth/token"));

    filled = oauth::fillUrlTemplate(QStringLiteral("{config.local_base}/token"), QStringLiteral("token_url"),
                                    data);
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
    QCOMPARE(*filled, QStringLiteral("http://127.0.0.1:9000/token"));
}

void TestOAuthEndpoints::filledUrlIsCheckedAgain() {
    const IntegrationData data = contosoData();
    auto filled = oauth::fillUrlTemplate(QStringLiteral("{config.plain_base}/token"),
                                         QStringLiteral("token_url"), data);
    QVERIFY(!filled.ok());
    QCOMPARE(filled.error().code, ErrorCode::InvalidInput);
    QCOMPARE(filled.error().message,
             QStringLiteral(
                 "token_url \"http://example.com/token\" must use https (plain http is allowed only for "
                 "loopback hosts such as 127.0.0.1)"));
    // A base URL that is not a URL at all.
    filled =
        oauth::fillUrlTemplate(QStringLiteral("{config.region}/token"), QStringLiteral("token_url"), data);
    QVERIFY(!filled.ok());
    QCOMPARE(filled.error().field, QStringLiteral("token_url"));
}

void TestOAuthEndpoints::unfilledEntityIdNamesItsSource() {
    IntegrationData data = contosoData();
    data.entityId.clear();
    auto filled = oauth::fillUrlTemplate(QStringLiteral("https://login.example.com/{entity_id}/token"),
                                         QStringLiteral("token_url"), data);
    QVERIFY(!filled.ok());
    QCOMPARE(filled.error().code, ErrorCode::InvalidInput);
    QCOMPARE(filled.error().field, QStringLiteral("token_url"));
    QVERIFY2(filled.error().message.startsWith(QStringLiteral(
                 "token_url needs {entity_id}, but organization \"Contoso\" has no entity id and the "
                 "integration no default entity id; set one with `bifrostctl mapping set graph")),
             qPrintable(filled.error().message));

    data.organization.reset();
    filled = oauth::fillUrlTemplate(QStringLiteral("https://login.example.com/{entity_id}/token"),
                                    QStringLiteral("authorize_url"), data);
    QVERIFY(!filled.ok());
    QCOMPARE(filled.error().field, QStringLiteral("authorize_url"));
    QVERIFY2(
        filled.error().message.contains(QStringLiteral("integration \"graph\" has no default entity id")),
        qPrintable(filled.error().message));
    QVERIFY2(filled.error().message.contains(QStringLiteral("--default-entity-id")),
             qPrintable(filled.error().message));
}

void TestOAuthEndpoints::configPlaceholderErrors_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown key") << QStringLiteral("https://x.example.com/{config.nope}")
                                 << QStringLiteral(
                                        "needs {config.nope}, but \"nope\" has no value for organization "
                                        "\"Contoso\"");
    QTest::newRow("secret key") << QStringLiteral("https://x.example.com/{config.api_key}")
                                << QStringLiteral("\"api_key\" is a secret field");
    QTest::newRow("json object") << QStringLiteral("https://x.example.com/{config.blob}")
                                 << QStringLiteral("\"blob\" is not text");
    QTest::newRow("empty value") << QStringLiteral("https://x.example.com/{config.empty}")
                                 << QStringLiteral("\"empty\" is empty for organization \"Contoso\"");
    QTest::newRow("unknown placeholder")
        << QStringLiteral("https://x.example.com/{tenant}") << QStringLiteral("unknown placeholder {tenant}");
}

void TestOAuthEndpoints::configPlaceholderErrors() {
    QFETCH(QString, url);
    QFETCH(QString, messagePart);
    const auto filled = oauth::fillUrlTemplate(url, QStringLiteral("token_url"), contosoData());
    QVERIFY(!filled.ok());
    QCOMPARE(filled.error().code, ErrorCode::InvalidInput);
    QCOMPARE(filled.error().field, QStringLiteral("token_url"));
    QVERIFY2(filled.error().message.contains(messagePart), qPrintable(filled.error().message));
    // Never a literal placeholder on the wire, and never the masked secret in a message.
    QVERIFY(!filled.error().message.contains(secretMask()));
}

void TestOAuthEndpoints::nonStringValuesAsText() {
    const auto filled =
        oauth::fillUrlTemplate(QStringLiteral("https://x.example.com/{config.port}/{config.flag}"),
                               QStringLiteral("token_url"), contosoData());
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
    QCOMPARE(*filled, QStringLiteral("https://x.example.com/8443/true"));
}

void TestOAuthEndpoints::resolveSettingsFillsEveryUrl() {
    const auto resolved = oauth::resolveSettings(completeSettings(), contosoData(), QString());
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
    QCOMPARE(resolved->settings.authorizeUrl,
             QStringLiteral("https://login.example.com/contoso.onmicrosoft.com/authorize"));
    QCOMPARE(resolved->settings.tokenUrl,
             QStringLiteral("https://login.example.com/contoso.onmicrosoft.com/token"));
    QCOMPARE(resolved->settings.revokeUrl,
             QStringLiteral("https://login.example.com/revoke?region=eu%20west"));
    QCOMPARE(resolved->settings.deviceAuthorizationUrl, QStringLiteral("https://eu.ninjarmm.com/device"));
    QCOMPARE(resolved->settings.clientId, QStringLiteral("client-1"));
    QVERIFY(resolved->clientSecret.isEmpty());

    OAuthSettings withSecret = completeSettings();
    withSecret.authMethod = ClientAuthMethod::Basic;
    const QString secret = QStringLiteral("not-a-real-secret");
    const auto confidential = oauth::resolveSettings(withSecret, contosoData(), secret);
    QVERIFY2(confidential.ok(), confidential.ok() ? "" : qPrintable(confidential.error().message));
    QVERIFY(confidential->clientSecret == secret);
}

void TestOAuthEndpoints::resolveSettingsRefusesIncompleteSettings() {
    const IntegrationData data = contosoData();
    auto expectField = [&](const OAuthSettings &s, const QString &secret, const QString &field) {
        const auto resolved = oauth::resolveSettings(s, data, secret);
        QVERIFY2(!resolved.ok(), qPrintable(field));
        QCOMPARE(resolved.error().code, ErrorCode::InvalidInput);
        QCOMPARE(resolved.error().field, field);
    };
    OAuthSettings s = completeSettings();
    s.clientId.clear();
    expectField(s, {}, QStringLiteral("client_id"));

    s = completeSettings();
    s.authMethod = ClientAuthMethod::Post;
    expectField(s, {}, QStringLiteral("client_secret"));

    s = completeSettings();
    s.tokenUrl.clear();
    expectField(s, {}, QStringLiteral("token_url"));

    s = completeSettings();
    s.authorizeUrl.clear();
    expectField(s, {}, QStringLiteral("authorize_url"));

    s = completeSettings();
    s.flow = OAuthFlow::DeviceCode;
    s.deviceAuthorizationUrl.clear();
    expectField(s, {}, QStringLiteral("device_authorization_url"));

    // An unfilled template in any URL names that URL's setting.
    s = completeSettings();
    s.revokeUrl = QStringLiteral("https://x.example.com/{config.nope}");
    expectField(s, {}, QStringLiteral("revoke_url"));
}

void TestOAuthEndpoints::namesRoundTrip() {
    for (OAuthFlow flow : {OAuthFlow::AuthorizationCode, OAuthFlow::ClientCredentials, OAuthFlow::DeviceCode})
        QCOMPARE(parseOAuthFlow(oauthFlowName(flow)), flow);
    QCOMPARE(oauthFlowName(OAuthFlow::ClientCredentials), QStringLiteral("client_credentials"));
    QVERIFY(!parseOAuthFlow(QStringLiteral("implicit")));
    for (ClientAuthMethod m : {ClientAuthMethod::Post, ClientAuthMethod::Basic, ClientAuthMethod::None})
        QCOMPARE(parseClientAuthMethod(clientAuthMethodName(m)), m);
    QCOMPARE(clientAuthMethodName(ClientAuthMethod::Basic), QStringLiteral("client_secret_basic"));
    QCOMPARE(parseClientAuthMethod(QStringLiteral("post")), ClientAuthMethod::Post);
    QCOMPARE(parseClientAuthMethod(QStringLiteral("basic")), ClientAuthMethod::Basic);
    QVERIFY(!parseClientAuthMethod(QStringLiteral("private_key_jwt")));
    QCOMPARE(tokenStatusName(TokenStatus::NotConnected), QStringLiteral("not_connected"));
    QCOMPARE(tokenStatusName(TokenStatus::Expiring), QStringLiteral("expiring"));
}

void TestOAuthEndpoints::redirectUriPattern() {
    OAuthSettings s;
    QCOMPARE(s.redirectUriPattern(), QStringLiteral("http://127.0.0.1/callback"));
    s.redirectHost = QStringLiteral("localhost");
    s.redirectPort = 9090;
    s.redirectPath = QStringLiteral("/oauth/done");
    QCOMPARE(s.redirectUriPattern(), QStringLiteral("http://localhost:9090/oauth/done"));
}

void TestOAuthEndpoints::connectionStatus_data() {
    QTest::addColumn<bool>("failed");
    QTest::addColumn<int>("expiresIn"); // seconds from now; INT_MIN: unknown
    QTest::addColumn<int>("obtainedAgo");
    QTest::addColumn<bool>("refreshed"); // obtainedAgo is the last refresh, else the connect
    QTest::addColumn<TokenStatus>("status");
    const int unknown = std::numeric_limits<int>::min();
    QTest::newRow("fresh") << false << 3600 << 10 << false << TokenStatus::Connected;
    QTest::newRow("just outside margin") << false << 301 << 10 << false << TokenStatus::Connected;
    QTest::newRow("within margin") << false << 299 << 10 << false << TokenStatus::Expiring;
    QTest::newRow("at margin") << false << 300 << 10 << false << TokenStatus::Expiring;
    QTest::newRow("expired now") << false << 0 << 10 << false << TokenStatus::Expired;
    QTest::newRow("expired") << false << -60 << 10 << false << TokenStatus::Expired;
    QTest::newRow("failed wins") << true << 3600 << 10 << false << TokenStatus::Failed;
    QTest::newRow("unknown, recent connect") << false << unknown << 10 << false << TokenStatus::Connected;
    QTest::newRow("unknown, old connect") << false << unknown << 400 << false << TokenStatus::Expiring;
    QTest::newRow("unknown, recent refresh") << false << unknown << 10 << true << TokenStatus::Connected;
    QTest::newRow("unknown, old refresh") << false << unknown << 400 << true << TokenStatus::Expiring;
}

void TestOAuthEndpoints::connectionStatus() {
    QFETCH(bool, failed);
    QFETCH(int, expiresIn);
    QFETCH(int, obtainedAgo);
    QFETCH(bool, refreshed);
    QFETCH(TokenStatus, status);
    const QDateTime now = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    OAuthConnection c;
    c.failed = failed;
    if (expiresIn != std::numeric_limits<int>::min())
        c.expiresAt = now.addSecs(expiresIn);
    if (refreshed) {
        c.connectedAt = now.addDays(-10);
        c.lastRefreshAt = now.addSecs(-obtainedAgo);
    } else {
        c.connectedAt = now.addSecs(-obtainedAgo);
    }
    QCOMPARE(c.statusAt(now, 300), status);
}

QTEST_GUILESS_MAIN(TestOAuthEndpoints)
#include "tst_oauth_endpoints.moc"
