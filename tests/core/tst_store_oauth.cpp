// OAuth settings, connections and refresh leases in the Store, against a real SQLite file and
// the real OS keychain (gnome-keyring on a private D-Bus session: run under scripts/with-keyring).
// Token and secret values are compared with QVERIFY(a == b), never QCOMPARE, so that a failure
// never prints one.

#include "coretestutil.h"
#include "secrets/keychainsecretstore.h"
#include "store/migrations.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(bifrost::OAuthSettings)

using namespace bifrost;
using coretest::FailingSecretStore;
using coretest::makeField;
using coretest::RawDb;

namespace {

// Valid settings for the authorization code flow with a public client.
OAuthSettings publicSettings() {
    OAuthSettings s;
    s.flow = OAuthFlow::AuthorizationCode;
    s.authorizeUrl = QStringLiteral("https://login.example.com/{entity_id}/authorize");
    s.tokenUrl = QStringLiteral("https://login.example.com/{entity_id}/token");
    s.clientId = QStringLiteral("client-1");
    s.scopes = {QStringLiteral("openid"), QStringLiteral("offline_access")};
    s.authMethod = ClientAuthMethod::None;
    return s;
}

TokenResponse tokens(const QString &access, const QString &refresh, std::optional<qint64> expiresIn = 3600,
                     std::optional<QStringList> scope = std::nullopt) {
    TokenResponse r;
    r.accessToken = access;
    r.refreshToken = refresh;
    r.tokenType = QStringLiteral("Bearer");
    r.expiresIn = expiresIn;
    r.scope = std::move(scope);
    return r;
}

QDateTime at(int minutes) {
    return QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC).addSecs(minutes * 60);
}

} // namespace

class TestStoreOAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void migratesVersion1InPlace();
    void settingsRoundTrip();
    void settingsValidation_data();
    void settingsValidation();
    void settingsBoundariesAccepted();
    void draftSettingsForPresets();
    void clientSecretLivesInKeychainOnly();

    void saveTokensRotateAndKeep();
    void scopesGrantedOrRequested();
    void connectionsReadWithNames();
    void recordErrorFailedAndTransient();

    void leaseIsExclusiveAcrossConnections();
    void leaseExpiresAndIsReleasedBySave();

    void deleteIntegrationRemovesOAuthSecrets();
    void removeOrganizationRemovesItsTokens();
    void removeMappingRemovesItsConnection();
    void removeSettingsAndConnection();

    void failedSecretWriteLeavesNothing();
    void unknownReferences();

private:
    QString newPath() { return coretest::newDatabase(m_dir.path()); }
    std::unique_ptr<Store> openStore(const QString &path, SecretStore *secrets);
    void setUpGraph(Store &store);
    QString keychainKey(const Store &store, const QString &ref) const {
        return store.databaseId() + QLatin1Char('/') + ref;
    }
    void requireInKeychain(const Store &store, const QString &ref, const QString &value);
    void requireNotInKeychain(const Store &store, const QString &ref);
    QString clientSecretRef(const QString &path);

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain{QStringLiteral("Bifrost Admin tests")};
};

std::unique_ptr<Store> TestStoreOAuth::openStore(const QString &path, SecretStore *secrets) {
    auto opened = Store::open(path, secrets);
    if (!opened) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

// Integration "graph" (entity id label Tenant ID) with a region field and an API key, and
// organizations Contoso and Fabrikam, both mapped.
void TestStoreOAuth::setUpGraph(Store &store) {
    REQUIRE_OK(store.createIntegration({QStringLiteral("graph"), QStringLiteral("Microsoft Graph"),
                                        QStringLiteral("organizations"), QStringLiteral("Tenant ID")}));
    REQUIRE_OK(store.setSchema(QStringLiteral("graph"),
                               {makeField(QStringLiteral("region"), FieldType::String),
                                makeField(QStringLiteral("api_key"), FieldType::Secret)},
                               SchemaWrite::Apply));
    REQUIRE_OK(store.addOrganization(QStringLiteral("Contoso")));
    REQUIRE_OK(store.addOrganization(QStringLiteral("Fabrikam")));
    REQUIRE_OK(
        store.setMapping(QStringLiteral("graph"), QStringLiteral("Contoso"), QStringLiteral("tenant-c"), {}));
    REQUIRE_OK(store.setMapping(QStringLiteral("graph"), QStringLiteral("Fabrikam"),
                                QStringLiteral("tenant-f"), {}));
}

void TestStoreOAuth::requireInKeychain(const Store &store, const QString &ref, const QString &value) {
    QVERIFY(!ref.isEmpty());
    const auto read = m_keychain.read(keychainKey(store, ref));
    REQUIRE_OK(read);
    QVERIFY2(*read == value, "the keychain entry holds another value");
}

void TestStoreOAuth::requireNotInKeychain(const Store &store, const QString &ref) {
    QVERIFY(!ref.isEmpty());
    const auto read = m_keychain.read(keychainKey(store, ref));
    QVERIFY2(!read.ok(), "the keychain still holds an entry that should have been removed");
    QCOMPARE(read.error().code, ErrorCode::NotFound);
}

QString TestStoreOAuth::clientSecretRef(const QString &path) {
    RawDb raw(path);
    return raw.scalar(QStringLiteral("SELECT client_secret_ref FROM oauth_settings")).toString();
}

void TestStoreOAuth::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString engineProblem = testdb::setupError();
    QVERIFY2(engineProblem.isEmpty(), qPrintable(engineProblem));
    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY2(m_keychain.write(key, QStringLiteral("probe")).ok(),
             "no usable keychain: run the suite under scripts/with-keyring");
    REQUIRE_OK(m_keychain.remove(key));
}

// --- schema version -------------------------------------------------------------------------

void TestStoreOAuth::migratesVersion1InPlace() {
    // A database as the foundation release left it: step 1 only, with data in it.
    SQLITE_ONLY("the foundation release made SQLite files only; this one is built by hand at version 1");
    const QString path = newPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        for (const QString &sql : bifrost::detail::migrationSteps().at(0))
            QVERIFY2(raw.exec(sql), qPrintable(sql));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('database_id', 'db-v1')")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO integrations (id, name, created_at, updated_at) VALUES"
                           " ('i-1', 'legacy', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    QVERIFY(Store::schemaVersion() >= 2);
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    QCOMPARE(store->databaseId(), QStringLiteral("db-v1"));
    {
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion());
        for (const char *table : {"oauth_settings", "oauth_connections", "oauth_refresh_leases"})
            QCOMPARE(raw.scalar(QStringLiteral(
                                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                    .arg(QLatin1String(table)))
                         .toInt(),
                     1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT name FROM integrations WHERE id = 'i-1'")).toString(),
                 QStringLiteral("legacy"));
    }
    // The new tables work on the migrated file, foreign keys included.
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("legacy"), publicSettings(), std::nullopt));
    REQUIRE_OK(store->saveOAuthTokens(QStringLiteral("legacy"), {},
                                      tokens(coretest::uniqueSecret(QStringLiteral("mig-a")), {}), {}, true,
                                      at(0)));
    REQUIRE_OK(store->deleteIntegration(QStringLiteral("legacy"), true));
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM oauth_settings")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM oauth_connections")).toInt(), 0);
}

// --- settings -------------------------------------------------------------------------------

void TestStoreOAuth::settingsRoundTrip() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));

    auto none = store->oauthSettings(QStringLiteral("graph"));
    REQUIRE_OK(none);
    QVERIFY(!none->has_value());

    OAuthSettings s;
    s.flow = OAuthFlow::DeviceCode;
    s.authorizeUrl = QStringLiteral("  https://login.example.com/authorize  ");
    s.tokenUrl = QStringLiteral("https://login.example.com/{entity_id}/token");
    s.revokeUrl = QStringLiteral("http://127.0.0.1:4000/revoke");
    s.deviceAuthorizationUrl = QStringLiteral("{config.region}/device");
    s.clientId = QStringLiteral(" client-42 ");
    s.scopes = {QStringLiteral("openid  offline_access"), QStringLiteral("api:read")};
    s.audience = QStringLiteral("https://api.example.com");
    s.extraParams = {{QStringLiteral("prompt"), QStringLiteral("consent")},
                     {QStringLiteral("access_type"), QStringLiteral("offline")},
                     {QStringLiteral("prompt"), QStringLiteral("select_account")}};
    s.authMethod = ClientAuthMethod::Basic;
    s.pkce = false;
    s.redirectHost = QStringLiteral("localhost");
    s.redirectPort = 8765;
    s.redirectPath = QStringLiteral("/oauth/done");
    s.refreshMarginSeconds = 120;
    s.preset = QStringLiteral("generic");
    const QString secret = coretest::uniqueSecret(QStringLiteral("rt-client"));
    auto saved = store->setOAuthSettings(QStringLiteral("graph"), s, secret);
    REQUIRE_OK(saved);

    auto read = store->oauthSettings(QStringLiteral("graph"));
    REQUIRE_OK(read);
    QVERIFY(read->has_value());
    const OAuthSettings &r = **read;
    const auto integration = store->integration(QStringLiteral("graph"));
    REQUIRE_OK(integration);
    QCOMPARE(r.integrationId, integration->id);
    QCOMPARE(r.flow, OAuthFlow::DeviceCode);
    QCOMPARE(r.authorizeUrl, QStringLiteral("https://login.example.com/authorize"));
    QCOMPARE(r.tokenUrl, s.tokenUrl);
    QCOMPARE(r.revokeUrl, s.revokeUrl);
    QCOMPARE(r.deviceAuthorizationUrl, s.deviceAuthorizationUrl);
    QCOMPARE(r.clientId, QStringLiteral("client-42"));
    QVERIFY(r.hasClientSecret);
    QCOMPARE(r.scopes, (QStringList{QStringLiteral("openid"), QStringLiteral("offline_access"),
                                    QStringLiteral("api:read")}));
    QCOMPARE(r.audience, s.audience);
    QCOMPARE(r.extraParams, s.extraParams);
    QCOMPARE(r.authMethod, ClientAuthMethod::Basic);
    QCOMPARE(r.pkce, false);
    QCOMPARE(r.redirectHost, QStringLiteral("localhost"));
    QCOMPARE(r.redirectPort, 8765);
    QCOMPARE(r.redirectPath, QStringLiteral("/oauth/done"));
    QCOMPARE(r.refreshMarginSeconds, 120);
    QCOMPARE(r.preset, QStringLiteral("generic"));
    QVERIFY(r.updatedAt.isValid());
    QCOMPARE(saved->clientId, r.clientId);
    QCOMPARE(r.redirectUriPattern(), QStringLiteral("http://localhost:8765/oauth/done"));

    // Replacing keeps the secret when none is given.
    OAuthSettings changed = publicSettings();
    changed.authMethod = ClientAuthMethod::Post;
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("graph"), changed, std::nullopt));
    read = store->oauthSettings(integration->id);
    REQUIRE_OK(read);
    QCOMPARE((*read)->flow, OAuthFlow::AuthorizationCode);
    QVERIFY((*read)->hasClientSecret);
    QVERIFY((*read)->extraParams.isEmpty());
    QCOMPARE((*read)->redirectPort, 0);
    const auto stored = store->readClientSecret(QStringLiteral("graph"));
    REQUIRE_OK(stored);
    QVERIFY(*stored == secret);
}

void TestStoreOAuth::settingsValidation_data() {
    QTest::addColumn<OAuthSettings>("settings");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    auto with = [](auto change) {
        OAuthSettings s = publicSettings();
        change(s);
        return s;
    };
    QTest::newRow("client id empty") << with([](OAuthSettings &s) { s.clientId = QStringLiteral("  "); })
                                     << QStringLiteral("client_id") << QStringLiteral("client_id is empty");
    QTest::newRow("code flow without authorize url")
        << with([](OAuthSettings &s) { s.authorizeUrl.clear(); }) << QStringLiteral("authorize_url")
        << QStringLiteral(
               "authorize_url is required for the authorization_code flow; pass --authorize-url URL");
    QTest::newRow("code flow without token url")
        << with([](OAuthSettings &s) { s.tokenUrl.clear(); }) << QStringLiteral("token_url")
        << QStringLiteral("token_url is required");
    QTest::newRow("device flow without device url")
        << with([](OAuthSettings &s) { s.flow = OAuthFlow::DeviceCode; })
        << QStringLiteral("device_authorization_url") << QStringLiteral("--device-authorization-url");
    QTest::newRow("client credentials without token url") << with([](OAuthSettings &s) {
        s.flow = OAuthFlow::ClientCredentials;
        s.authMethod = ClientAuthMethod::Basic;
        s.tokenUrl.clear();
    }) << QStringLiteral("token_url") << QStringLiteral("client_credentials flow");
    QTest::newRow("client credentials with auth none")
        << with([](OAuthSettings &s) { s.flow = OAuthFlow::ClientCredentials; })
        << QStringLiteral("auth_method") << QStringLiteral("cannot be none");
    QTest::newRow("client credentials without secret")
        << with([](OAuthSettings &s) {
               s.flow = OAuthFlow::ClientCredentials;
               s.authMethod = ClientAuthMethod::Basic;
           })
        << QStringLiteral("client_secret")
        << QStringLiteral("pass --client-secret-stdin or use --auth-method none");
    QTest::newRow("post without secret")
        << with([](OAuthSettings &s) { s.authMethod = ClientAuthMethod::Post; })
        << QStringLiteral("client_secret") << QStringLiteral("client_secret_post needs a client secret");
    QTest::newRow("http token url")
        << with([](OAuthSettings &s) { s.tokenUrl = QStringLiteral("http://example.com/token"); })
        << QStringLiteral("token_url")
        << QStringLiteral(
               "token_url \"http://example.com/token\" must use https (plain http is allowed only for "
               "loopback hosts such as 127.0.0.1)");
    QTest::newRow("http authorize url")
        << with([](OAuthSettings &s) { s.authorizeUrl = QStringLiteral("http://login.example.com/a"); })
        << QStringLiteral("authorize_url") << QStringLiteral("must use https");
    QTest::newRow("http revoke url") << with([](OAuthSettings &s) {
        s.revokeUrl = QStringLiteral("http://localhost.evil.com/revoke");
    }) << QStringLiteral("revoke_url")
                                     << QStringLiteral("must use https");
    QTest::newRow("http device url") << with([](OAuthSettings &s) {
        s.deviceAuthorizationUrl = QStringLiteral("http://10.0.0.1/device");
    }) << QStringLiteral("device_authorization_url")
                                     << QStringLiteral("must use https");
    QTest::newRow("unknown placeholder")
        << with([](OAuthSettings &s) { s.tokenUrl = QStringLiteral("https://x.example.com/{tenant}/token"); })
        << QStringLiteral("token_url") << QStringLiteral("unknown placeholder {tenant}");
    QTest::newRow("redirect host all interfaces")
        << with([](OAuthSettings &s) { s.redirectHost = QStringLiteral("0.0.0.0"); })
        << QStringLiteral("redirect_host") << QStringLiteral("127.0.0.1");
    QTest::newRow("redirect host ::1")
        << with([](OAuthSettings &s) { s.redirectHost = QStringLiteral("::1"); })
        << QStringLiteral("redirect_host") << QStringLiteral("localhost");
    QTest::newRow("redirect port too big") << with([](OAuthSettings &s) { s.redirectPort = 65536; })
                                           << QStringLiteral("redirect_port") << QStringLiteral("65535");
    QTest::newRow("redirect port negative")
        << with([](OAuthSettings &s) { s.redirectPort = -1; }) << QStringLiteral("redirect_port")
        << QStringLiteral("out of range");
    QTest::newRow("redirect path relative")
        << with([](OAuthSettings &s) { s.redirectPath = QStringLiteral("callback"); })
        << QStringLiteral("redirect_path") << QStringLiteral("start with '/'");
    QTest::newRow("redirect path query")
        << with([](OAuthSettings &s) { s.redirectPath = QStringLiteral("/cb?x=1"); })
        << QStringLiteral("redirect_path") << QStringLiteral("'?'");
    QTest::newRow("redirect path fragment")
        << with([](OAuthSettings &s) { s.redirectPath = QStringLiteral("/cb#x"); })
        << QStringLiteral("redirect_path") << QStringLiteral("'#'");
    QTest::newRow("redirect path space")
        << with([](OAuthSettings &s) { s.redirectPath = QStringLiteral("/c b"); })
        << QStringLiteral("redirect_path") << QStringLiteral("spaces");
    QTest::newRow("margin negative") << with([](OAuthSettings &s) { s.refreshMarginSeconds = -1; })
                                     << QStringLiteral("refresh_margin") << QStringLiteral("0 to 86400");
    QTest::newRow("margin too big") << with([](OAuthSettings &s) { s.refreshMarginSeconds = 86401; })
                                    << QStringLiteral("refresh_margin") << QStringLiteral("0 to 86400");
    QTest::newRow("param without name") << with([](OAuthSettings &s) {
        s.extraParams = {{QStringLiteral(" "), QStringLiteral("x")}};
    }) << QStringLiteral("param") << QStringLiteral("empty name");
    for (const char *reserved : {"response_type", "client_id", "redirect_uri", "state", "code_challenge",
                                 "code_challenge_method", "scope"}) {
        QTest::addRow("param %s", reserved)
            << with([&](OAuthSettings &s) {
                   s.extraParams = {{QLatin1String(reserved), QStringLiteral("x")}};
               })
            << QStringLiteral("param")
            << QStringLiteral("\"%1\" is set by the flow itself").arg(QLatin1String(reserved));
    }
}

void TestStoreOAuth::settingsValidation() {
    QFETCH(OAuthSettings, settings);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    RawDb raw(path);
    const QStringList before = raw.dump();

    const auto saved = store->setOAuthSettings(QStringLiteral("graph"), settings, std::nullopt);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
    QCOMPARE(saved.error().field, field);
    QVERIFY2(saved.error().message.contains(messagePart), qPrintable(saved.error().message));
    QCOMPARE(raw.dump(), before);
}

void TestStoreOAuth::settingsBoundariesAccepted() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    OAuthSettings s = publicSettings();
    s.redirectPort = 65535;
    s.refreshMarginSeconds = 86400;
    s.tokenUrl = QStringLiteral("http://127.0.0.2:9000/token");
    s.authorizeUrl = QStringLiteral("http://[::1]:9000/authorize");
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("graph"), s, std::nullopt));
    s.redirectPort = 0;
    s.refreshMarginSeconds = 0;
    s.redirectHost = QStringLiteral("localhost");
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("graph"), s, std::nullopt));
    // Client credentials with a secret given in the same call.
    s.flow = OAuthFlow::ClientCredentials;
    s.authMethod = ClientAuthMethod::Basic;
    REQUIRE_OK(
        store->setOAuthSettings(QStringLiteral("graph"), s, coretest::uniqueSecret(QStringLiteral("cc"))));
    // The secret is now stored, so a later write without one passes too.
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("graph"), s, std::nullopt));
    // Removing it while the method needs it is refused.
    const auto removed = store->setOAuthSettings(QStringLiteral("graph"), s, QString());
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().field, QStringLiteral("client_secret"));
}

void TestStoreOAuth::draftSettingsForPresets() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    // What only the user can supply may be missing in a draft...
    OAuthSettings draft;
    draft.flow = OAuthFlow::ClientCredentials;
    draft.tokenUrl = QStringLiteral("{config.region}/token");
    draft.authMethod = ClientAuthMethod::Post;
    auto saved =
        store->setOAuthSettings(QStringLiteral("graph"), draft, std::nullopt, Store::OAuthCheck::Draft);
    REQUIRE_OK(saved);
    QVERIFY(saved->clientId.isEmpty());
    QVERIFY(!saved->hasClientSecret);
    OAuthSettings generic;
    REQUIRE_OK(
        store->setOAuthSettings(QStringLiteral("graph"), generic, std::nullopt, Store::OAuthCheck::Draft));
    // ...but what is given is still checked.
    draft.tokenUrl = QStringLiteral("http://example.com/token");
    auto refused =
        store->setOAuthSettings(QStringLiteral("graph"), draft, std::nullopt, Store::OAuthCheck::Draft);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("token_url"));
    draft.tokenUrl.clear();
    draft.authMethod = ClientAuthMethod::None;
    refused = store->setOAuthSettings(QStringLiteral("graph"), draft, std::nullopt, Store::OAuthCheck::Draft);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("auth_method"));
}

void TestStoreOAuth::clientSecretLivesInKeychainOnly() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    OAuthSettings s = publicSettings();
    s.authMethod = ClientAuthMethod::Basic;

    const QString first = coretest::uniqueSecret(QStringLiteral("client-first"));
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("graph"), s, first));
    const QString firstRef = clientSecretRef(path);
    CALL(requireInKeychain(*store, firstRef, first));
    auto read = store->readClientSecret(QStringLiteral("graph"));
    REQUIRE_OK(read);
    QVERIFY(*read == first);
    QVERIFY(!coretest::containsText(coretest::databaseBytes(path), first));

    // Replacing writes a new entry and removes the old one after commit.
    const QString second = coretest::uniqueSecret(QStringLiteral("client-second"));
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("graph"), s, second));
    const QString secondRef = clientSecretRef(path);
    QVERIFY(secondRef != firstRef);
    CALL(requireNotInKeychain(*store, firstRef));
    CALL(requireInKeychain(*store, secondRef, second));

    // nullopt keeps it.
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("graph"), s, std::nullopt));
    QCOMPARE(clientSecretRef(path), secondRef);

    // An empty string removes it (a public client needs none).
    s.authMethod = ClientAuthMethod::None;
    auto cleared = store->setOAuthSettings(QStringLiteral("graph"), s, QString());
    REQUIRE_OK(cleared);
    QVERIFY(!cleared->hasClientSecret);
    CALL(requireNotInKeychain(*store, secondRef));
    read = store->readClientSecret(QStringLiteral("graph"));
    REQUIRE_OK(read);
    QVERIFY(read->isEmpty());
    const QByteArray bytes = coretest::databaseBytes(path);
    QVERIFY(!coretest::containsText(bytes, first));
    QVERIFY(!coretest::containsText(bytes, second));
}

// --- connections ----------------------------------------------------------------------------

void TestStoreOAuth::saveTokensRotateAndKeep() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    const QString a1 = coretest::uniqueSecret(QStringLiteral("a1"));
    const QString r1 = coretest::uniqueSecret(QStringLiteral("r1"));

    auto c1 = store->saveOAuthTokens(QStringLiteral("graph"), QStringLiteral("Contoso"), tokens(a1, r1, 3600),
                                     {QStringLiteral("openid")}, true, at(0));
    REQUIRE_OK(c1);
    QCOMPARE(c1->organizationName, QStringLiteral("Contoso"));
    QCOMPARE(c1->integrationName, QStringLiteral("graph"));
    QCOMPARE(c1->tokenType, QStringLiteral("Bearer"));
    QCOMPARE(c1->expiresAt, at(60));
    QCOMPARE(c1->connectedAt, at(0));
    QVERIFY(!c1->lastRefreshAt.isValid());
    QVERIFY(!c1->failed);
    QCOMPARE(c1->statusAt(at(1), 300), TokenStatus::Connected);
    QCOMPARE(c1->statusAt(at(56), 300), TokenStatus::Expiring);
    CALL(requireInKeychain(*store, c1->accessTokenRef, a1));
    CALL(requireInKeychain(*store, c1->refreshTokenRef, r1));
    auto access = store->readSecret(c1->accessTokenRef);
    REQUIRE_OK(access);
    QVERIFY(*access == a1);

    // Rotation: both replaced, the old entries removed after commit.
    const QString a2 = coretest::uniqueSecret(QStringLiteral("a2"));
    const QString r2 = coretest::uniqueSecret(QStringLiteral("r2"));
    auto c2 = store->saveOAuthTokens(QStringLiteral("graph"), QStringLiteral("Contoso"), tokens(a2, r2, 1800),
                                     {QStringLiteral("openid")}, false, at(50));
    REQUIRE_OK(c2);
    QVERIFY(c2->accessTokenRef != c1->accessTokenRef);
    QVERIFY(c2->refreshTokenRef != c1->refreshTokenRef);
    QCOMPARE(c2->connectedAt, at(0));
    QCOMPARE(c2->lastRefreshAt, at(50));
    QCOMPARE(c2->expiresAt, at(80));
    CALL(requireNotInKeychain(*store, c1->accessTokenRef));
    CALL(requireNotInKeychain(*store, c1->refreshTokenRef));
    CALL(requireInKeychain(*store, c2->refreshTokenRef, r2));

    // No refresh token in the answer: not rotated, the stored one is kept.
    const QString a3 = coretest::uniqueSecret(QStringLiteral("a3"));
    auto c3 = store->saveOAuthTokens(QStringLiteral("graph"), QStringLiteral("Contoso"), tokens(a3, {}, 1800),
                                     {QStringLiteral("openid")}, false, at(75));
    REQUIRE_OK(c3);
    QCOMPARE(c3->refreshTokenRef, c2->refreshTokenRef);
    CALL(requireInKeychain(*store, c3->refreshTokenRef, r2));
    CALL(requireInKeychain(*store, c3->accessTokenRef, a3));
    CALL(requireNotInKeychain(*store, c2->accessTokenRef));

    // A fresh connect without a refresh token drops the old one.
    const QString a4 = coretest::uniqueSecret(QStringLiteral("a4"));
    auto c4 = store->saveOAuthTokens(QStringLiteral("graph"), QStringLiteral("Contoso"),
                                     tokens(a4, {}, std::nullopt), {}, true, at(100));
    REQUIRE_OK(c4);
    QVERIFY(c4->refreshTokenRef.isEmpty());
    QVERIFY(!c4->expiresAt.isValid());
    QCOMPARE(c4->connectedAt, at(100));
    QVERIFY(!c4->lastRefreshAt.isValid());
    CALL(requireNotInKeychain(*store, c3->refreshTokenRef));

    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM oauth_connections")).toInt(), 1);
    const QByteArray bytes = coretest::databaseBytes(path);
    for (const QString &token : {a1, r1, a2, r2, a3, a4})
        QVERIFY2(!coretest::containsText(bytes, token), "a token reached the database file");

    auto missing = store->saveOAuthTokens(QStringLiteral("graph"), {}, tokens({}, {}), {}, true, at(0));
    QVERIFY(!missing.ok());
}

void TestStoreOAuth::scopesGrantedOrRequested() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    const QStringList requested{QStringLiteral("openid"), QStringLiteral("api:read"),
                                QStringLiteral("api:write")};
    auto granted = store->saveOAuthTokens(QStringLiteral("graph"), {},
                                          tokens(coretest::uniqueSecret(QStringLiteral("s1")), {}, 60,
                                                 QStringList{QStringLiteral("openid api:read")}),
                                          requested, true, at(0));
    REQUIRE_OK(granted);
    QCOMPARE(granted->scopes, (QStringList{QStringLiteral("openid"), QStringLiteral("api:read")}));
    auto asRequested = store->saveOAuthTokens(QStringLiteral("graph"), {},
                                              tokens(coretest::uniqueSecret(QStringLiteral("s2")), {}),
                                              requested, true, at(1));
    REQUIRE_OK(asRequested);
    QCOMPARE(asRequested->scopes, requested);
    auto reread = store->oauthConnection(QStringLiteral("graph"), {});
    REQUIRE_OK(reread);
    QVERIFY(reread->has_value());
    QCOMPARE((*reread)->scopes, requested);
    QVERIFY((*reread)->isDefault());
}

void TestStoreOAuth::connectionsReadWithNames() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    REQUIRE_OK(store->createIntegration({QStringLiteral("alpha"), {}, {}, {}}));
    for (const QString &org : {QStringLiteral("Fabrikam"), QStringLiteral("Contoso"), QString()})
        REQUIRE_OK(store->saveOAuthTokens(QStringLiteral("graph"), org,
                                          tokens(coretest::uniqueSecret(QStringLiteral("n")), {}), {}, true,
                                          at(0)));
    REQUIRE_OK(store->saveOAuthTokens(QStringLiteral("alpha"), {},
                                      tokens(coretest::uniqueSecret(QStringLiteral("n")), {}), {}, true,
                                      at(0)));

    auto list = store->oauthConnections(QStringLiteral("graph"));
    REQUIRE_OK(list);
    QCOMPARE(list->size(), 3);
    QVERIFY(list->at(0).isDefault());
    QCOMPARE(list->at(1).organizationName, QStringLiteral("Contoso"));
    QCOMPARE(list->at(2).organizationName, QStringLiteral("Fabrikam"));
    for (const OAuthConnection &c : *list)
        QCOMPARE(c.integrationName, QStringLiteral("graph"));

    auto all = store->oauthConnections({});
    REQUIRE_OK(all);
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->at(0).integrationName, QStringLiteral("alpha"));
    QCOMPARE(all->at(1).integrationName, QStringLiteral("graph"));
    QVERIFY(all->at(1).isDefault());

    // By organization id or by name in any case.
    const auto contoso = store->organization(QStringLiteral("Contoso"));
    REQUIRE_OK(contoso);
    for (const QString &ref : {contoso->id, QStringLiteral("CONTOSO")}) {
        auto one = store->oauthConnection(QStringLiteral("graph"), ref);
        REQUIRE_OK(one);
        QVERIFY(one->has_value());
        QCOMPARE((*one)->organizationId, contoso->id);
        QCOMPARE((*one)->organizationName, QStringLiteral("Contoso"));
    }
    REQUIRE_OK(store->addOrganization(QStringLiteral("Northwind")));
    auto none = store->oauthConnection(QStringLiteral("graph"), QStringLiteral("Northwind"));
    REQUIRE_OK(none);
    QVERIFY(!none->has_value());
}

void TestStoreOAuth::recordErrorFailedAndTransient() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    // No connection yet (a first mint failed): nothing to mark, no row made.
    REQUIRE_OK(store->recordOAuthError(QStringLiteral("graph"), {}, QStringLiteral("network down"), false));
    auto none = store->oauthConnection(QStringLiteral("graph"), {});
    REQUIRE_OK(none);
    QVERIFY(!none->has_value());

    REQUIRE_OK(store->saveOAuthTokens(QStringLiteral("graph"), {},
                                      tokens(coretest::uniqueSecret(QStringLiteral("e")), {}), {}, true,
                                      at(0)));
    REQUIRE_OK(
        store->recordOAuthError(QStringLiteral("graph"), {}, QStringLiteral("connection refused"), false));
    auto c = store->oauthConnection(QStringLiteral("graph"), {});
    REQUIRE_OK(c);
    QVERIFY(!(*c)->failed);
    QCOMPARE((*c)->lastError, QStringLiteral("connection refused"));
    QCOMPARE((*c)->statusAt(at(1), 300), TokenStatus::Connected);

    REQUIRE_OK(store->recordOAuthError(QStringLiteral("graph"), {},
                                       QStringLiteral("invalid_grant: reconnect"), true));
    c = store->oauthConnection(QStringLiteral("graph"), {});
    REQUIRE_OK(c);
    QVERIFY((*c)->failed);
    QCOMPARE((*c)->statusAt(at(1), 300), TokenStatus::Failed);

    // A later transient error does not clear the failure.
    REQUIRE_OK(store->recordOAuthError(QStringLiteral("graph"), {}, QStringLiteral("timeout"), false));
    c = store->oauthConnection(QStringLiteral("graph"), {});
    REQUIRE_OK(c);
    QVERIFY((*c)->failed);
    QCOMPARE((*c)->lastError, QStringLiteral("timeout"));

    // New tokens clear both.
    auto saved =
        store->saveOAuthTokens(QStringLiteral("graph"), {},
                               tokens(coretest::uniqueSecret(QStringLiteral("e2")), {}), {}, true, at(2));
    REQUIRE_OK(saved);
    QVERIFY(!saved->failed);
    QVERIFY(saved->lastError.isEmpty());
}

// --- leases ---------------------------------------------------------------------------------

void TestStoreOAuth::leaseIsExclusiveAcrossConnections() {
    const QString path = newPath();
    auto one = openStore(path, &m_keychain);
    QVERIFY(one);
    CALL(setUpGraph(*one));
    // A second Store on the same file: what another bifrostctl process sees.
    auto two = openStore(path, &m_keychain);
    QVERIFY(two);

    auto take = [](Store &s, const QString &org, const QString &owner) {
        auto r = s.tryLeaseOAuthRefresh(QStringLiteral("graph"), org, owner, 30);
        return r.ok() ? int(*r) : -1;
    };
    QCOMPARE(take(*one, {}, QStringLiteral("A")), 1);
    QCOMPARE(take(*two, {}, QStringLiteral("B")), 0);
    QCOMPARE(take(*one, {}, QStringLiteral("A")), 1); // its own: extended
    // Leases are per connection.
    QCOMPARE(take(*two, QStringLiteral("Contoso"), QStringLiteral("B")), 1);
    QCOMPARE(take(*one, QStringLiteral("contoso"), QStringLiteral("A")), 0);

    // Only the owner releases.
    REQUIRE_OK(two->releaseOAuthRefresh(QStringLiteral("graph"), {}, QStringLiteral("B")));
    QCOMPARE(take(*two, {}, QStringLiteral("B")), 0);
    REQUIRE_OK(one->releaseOAuthRefresh(QStringLiteral("graph"), {}, QStringLiteral("A")));
    QCOMPARE(take(*two, {}, QStringLiteral("B")), 1);

    auto invalid = one->tryLeaseOAuthRefresh(QStringLiteral("graph"), {}, QString(), 30);
    QVERIFY(!invalid.ok());
}

void TestStoreOAuth::leaseExpiresAndIsReleasedBySave() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    auto other = openStore(path, &m_keychain);
    QVERIFY(other);
    RawDb raw(path);

    auto held = store->tryLeaseOAuthRefresh(QStringLiteral("graph"), {}, QStringLiteral("crashed"), 600);
    REQUIRE_OK(held);
    QVERIFY(*held);
    auto blocked = other->tryLeaseOAuthRefresh(QStringLiteral("graph"), {}, QStringLiteral("B"), 600);
    REQUIRE_OK(blocked);
    QVERIFY(!*blocked);
    // The holder died: its lease runs out. Moved into the past rather than waited for.
    QVERIFY(raw.exec(QStringLiteral("UPDATE oauth_refresh_leases SET until = '2000-01-01T00:00:00.000Z'")));
    auto taken = other->tryLeaseOAuthRefresh(QStringLiteral("graph"), {}, QStringLiteral("B"), 600);
    REQUIRE_OK(taken);
    QVERIFY(*taken);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT owner FROM oauth_refresh_leases")).toString(),
             QStringLiteral("B"));

    // Saving tokens (or recording an error) releases the connection's lease, whoever holds it.
    REQUIRE_OK(other->saveOAuthTokens(QStringLiteral("graph"), {},
                                      tokens(coretest::uniqueSecret(QStringLiteral("l")), {}), {}, true,
                                      at(0)));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM oauth_refresh_leases")).toInt(), 0);
    held = store->tryLeaseOAuthRefresh(QStringLiteral("graph"), {}, QStringLiteral("A"), 600);
    REQUIRE_OK(held);
    QVERIFY(*held);
    REQUIRE_OK(store->recordOAuthError(QStringLiteral("graph"), {}, QStringLiteral("timeout"), false));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM oauth_refresh_leases")).toInt(), 0);
}

// --- cascades -------------------------------------------------------------------------------

void TestStoreOAuth::deleteIntegrationRemovesOAuthSecrets() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    OAuthSettings s = publicSettings();
    s.authMethod = ClientAuthMethod::Post;
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("graph"), s,
                                       coretest::uniqueSecret(QStringLiteral("del-cs"))));
    const QString clientRef = clientSecretRef(path);
    auto def = store->saveOAuthTokens(
        QStringLiteral("graph"), {},
        tokens(coretest::uniqueSecret(QStringLiteral("da")), coretest::uniqueSecret(QStringLiteral("dr"))),
        {}, true, at(0));
    REQUIRE_OK(def);
    auto org = store->saveOAuthTokens(
        QStringLiteral("graph"), QStringLiteral("Contoso"),
        tokens(coretest::uniqueSecret(QStringLiteral("oa")), coretest::uniqueSecret(QStringLiteral("or"))),
        {}, true, at(0));
    REQUIRE_OK(org);
    REQUIRE_OK(store->tryLeaseOAuthRefresh(QStringLiteral("graph"), {}, QStringLiteral("A"), 60));

    REQUIRE_OK(store->deleteIntegration(QStringLiteral("graph"), true));
    for (const QString &ref :
         {clientRef, def->accessTokenRef, def->refreshTokenRef, org->accessTokenRef, org->refreshTokenRef})
        CALL(requireNotInKeychain(*store, ref));
    RawDb raw(path);
    for (const char *table : {"oauth_settings", "oauth_connections", "oauth_refresh_leases"})
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
}

void TestStoreOAuth::removeOrganizationRemovesItsTokens() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    const QString defaultAccess = coretest::uniqueSecret(QStringLiteral("keep"));
    auto def =
        store->saveOAuthTokens(QStringLiteral("graph"), {}, tokens(defaultAccess, {}), {}, true, at(0));
    REQUIRE_OK(def);
    auto org = store->saveOAuthTokens(
        QStringLiteral("graph"), QStringLiteral("Contoso"),
        tokens(coretest::uniqueSecret(QStringLiteral("ra")), coretest::uniqueSecret(QStringLiteral("rr"))),
        {}, true, at(0));
    REQUIRE_OK(org);
    REQUIRE_OK(store->tryLeaseOAuthRefresh(QStringLiteral("graph"), QStringLiteral("Contoso"),
                                           QStringLiteral("A"), 60));

    REQUIRE_OK(store->removeOrganization(QStringLiteral("Contoso"), true));
    CALL(requireNotInKeychain(*store, org->accessTokenRef));
    CALL(requireNotInKeychain(*store, org->refreshTokenRef));
    CALL(requireInKeychain(*store, def->accessTokenRef, defaultAccess));
    auto list = store->oauthConnections(QStringLiteral("graph"));
    REQUIRE_OK(list);
    QCOMPARE(list->size(), 1);
    QVERIFY(list->first().isDefault());
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM oauth_refresh_leases")).toInt(), 0);
}

void TestStoreOAuth::removeMappingRemovesItsConnection() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    REQUIRE_OK(store->setConfig(QStringLiteral("graph"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))}));
    auto contoso = store->saveOAuthTokens(
        QStringLiteral("graph"), QStringLiteral("Contoso"),
        tokens(coretest::uniqueSecret(QStringLiteral("ma")), coretest::uniqueSecret(QStringLiteral("mr"))),
        {}, true, at(0));
    REQUIRE_OK(contoso);
    const QString fabrikamAccess = coretest::uniqueSecret(QStringLiteral("fa"));
    auto fabrikam = store->saveOAuthTokens(QStringLiteral("graph"), QStringLiteral("Fabrikam"),
                                           tokens(fabrikamAccess, {}), {}, true, at(0));
    REQUIRE_OK(fabrikam);

    REQUIRE_OK(store->removeMapping(QStringLiteral("graph"), QStringLiteral("Contoso"), false));
    auto gone = store->oauthConnection(QStringLiteral("graph"), QStringLiteral("Contoso"));
    REQUIRE_OK(gone);
    QVERIFY(!gone->has_value());
    CALL(requireNotInKeychain(*store, contoso->accessTokenRef));
    CALL(requireNotInKeychain(*store, contoso->refreshTokenRef));
    CALL(requireInKeychain(*store, fabrikam->accessTokenRef, fabrikamAccess));
    // The overrides belong to the organization and stay.
    auto overrides = store->configValues(QStringLiteral("graph"), QStringLiteral("Contoso"));
    REQUIRE_OK(overrides);
    QCOMPARE(overrides->size(), 1);
}

void TestStoreOAuth::removeSettingsAndConnection() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    // Removing a connection that does not exist succeeds.
    REQUIRE_OK(store->removeOAuthConnection(QStringLiteral("graph"), QStringLiteral("Contoso")));

    OAuthSettings s = publicSettings();
    s.authMethod = ClientAuthMethod::Basic;
    REQUIRE_OK(
        store->setOAuthSettings(QStringLiteral("graph"), s, coretest::uniqueSecret(QStringLiteral("rm-cs"))));
    const QString clientRef = clientSecretRef(path);
    auto def = store->saveOAuthTokens(
        QStringLiteral("graph"), {},
        tokens(coretest::uniqueSecret(QStringLiteral("rd")), coretest::uniqueSecret(QStringLiteral("rdr"))),
        {}, true, at(0));
    REQUIRE_OK(def);
    auto org =
        store->saveOAuthTokens(QStringLiteral("graph"), QStringLiteral("Fabrikam"),
                               tokens(coretest::uniqueSecret(QStringLiteral("ro")), {}), {}, true, at(0));
    REQUIRE_OK(org);

    REQUIRE_OK(store->removeOAuthConnection(QStringLiteral("graph"), QStringLiteral("Fabrikam")));
    CALL(requireNotInKeychain(*store, org->accessTokenRef));
    auto list = store->oauthConnections(QStringLiteral("graph"));
    REQUIRE_OK(list);
    QCOMPARE(list->size(), 1);

    REQUIRE_OK(store->removeOAuthSettings(QStringLiteral("graph")));
    CALL(requireNotInKeychain(*store, clientRef));
    CALL(requireNotInKeychain(*store, def->accessTokenRef));
    CALL(requireNotInKeychain(*store, def->refreshTokenRef));
    auto settings = store->oauthSettings(QStringLiteral("graph"));
    REQUIRE_OK(settings);
    QVERIFY(!settings->has_value());
    list = store->oauthConnections(QStringLiteral("graph"));
    REQUIRE_OK(list);
    QVERIFY(list->isEmpty());
    REQUIRE_ERROR(store->removeOAuthSettings(QStringLiteral("graph")), ErrorCode::NotFound);
}

// --- failures -------------------------------------------------------------------------------

void TestStoreOAuth::failedSecretWriteLeavesNothing() {
    const QString path = newPath();
    FailingSecretStore failing(&m_keychain);
    auto store = openStore(path, &failing);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    RawDb raw(path);

    // Settings with a client secret: the secret write fails, so no row is written.
    OAuthSettings s = publicSettings();
    s.authMethod = ClientAuthMethod::Post;
    QStringList before = raw.dump();
    failing.failOnWrite(1);
    REQUIRE_ERROR(
        store->setOAuthSettings(QStringLiteral("graph"), s, coretest::uniqueSecret(QStringLiteral("f-cs"))),
        ErrorCode::External);
    QCOMPARE(raw.dump(), before);

    // A committed connection, then a rotation whose second secret write (the refresh token) fails.
    failing.failOnWrite(0);
    const QString a1 = coretest::uniqueSecret(QStringLiteral("f-a1"));
    const QString r1 = coretest::uniqueSecret(QStringLiteral("f-r1"));
    auto c1 = store->saveOAuthTokens(QStringLiteral("graph"), {}, tokens(a1, r1), {}, true, at(0));
    REQUIRE_OK(c1);
    before = raw.dump();
    failing.clearWrittenKeys();
    failing.failOnWrite(2);
    REQUIRE_ERROR(store->saveOAuthTokens(QStringLiteral("graph"), {},
                                         tokens(coretest::uniqueSecret(QStringLiteral("f-a2")),
                                                coretest::uniqueSecret(QStringLiteral("f-r2"))),
                                         {}, false, at(10)),
                  ErrorCode::External);
    QCOMPARE(raw.dump(), before);
    // The access token written before the failure was removed again; the old tokens remain.
    QCOMPARE(failing.writtenKeys().size(), 1);
    const auto orphan = m_keychain.read(failing.writtenKeys().first());
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error().code, ErrorCode::NotFound);
    CALL(requireInKeychain(*store, c1->accessTokenRef, a1));
    CALL(requireInKeychain(*store, c1->refreshTokenRef, r1));
    failing.failOnWrite(0);
}

void TestStoreOAuth::unknownReferences() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpGraph(*store));
    REQUIRE_ERROR(store->oauthSettings(QStringLiteral("nope")), ErrorCode::NotFound);
    REQUIRE_ERROR(store->setOAuthSettings(QStringLiteral("nope"), publicSettings(), std::nullopt),
                  ErrorCode::NotFound);
    REQUIRE_ERROR(store->oauthConnection(QStringLiteral("graph"), QStringLiteral("Nobody")),
                  ErrorCode::NotFound);
    REQUIRE_ERROR(store->oauthConnections(QStringLiteral("nope")), ErrorCode::NotFound);
    REQUIRE_ERROR(store->saveOAuthTokens(QStringLiteral("graph"), QStringLiteral("Nobody"),
                                         tokens(coretest::uniqueSecret(QStringLiteral("u")), {}), {}, true,
                                         at(0)),
                  ErrorCode::NotFound);
    REQUIRE_ERROR(store->tryLeaseOAuthRefresh(QStringLiteral("nope"), {}, QStringLiteral("A"), 10),
                  ErrorCode::NotFound);
    REQUIRE_ERROR(store->readClientSecret(QStringLiteral("nope")), ErrorCode::NotFound);
    REQUIRE_ERROR(store->removeOAuthSettings(QStringLiteral("graph")), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestStoreOAuth)
#include "tst_store_oauth.moc"
