// Provider presets: every file under resources/presets loads and holds valid settings and field
// keys, and applyPreset adds fields without touching existing ones, against a real SQLite file
// and the real keychain (run under scripts/with-keyring).

#include "coretestutil.h"
#include "oauth/endpoints.h"
#include "oauth/presets.h"
#include "resolve/resolver.h"
#include "secrets/keychainsecretstore.h"
#include "store/store.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bifrost;
using coretest::makeField;

namespace {

QStringList presetFiles() {
    return QDir(QStringLiteral(":/bifrost/presets"))
        .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

const oauth::Preset *byId(const QList<oauth::Preset> &list, const QString &id) {
    for (const oauth::Preset &p : list) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList keysOf(const Schema &schema) {
    QStringList keys;
    for (const SchemaField &f : schema)
        keys << f.key;
    return keys;
}

} // namespace

class TestPresets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyFileLoads();
    void requiredPresetsPresent();
    void settingsAndFieldsValid();
    void vendorFacts();
    void malformedPresetsRefused_data();
    void malformedPresetsRefused();

    void applyAddsMissingFieldsOnly();
    void applyKeepsClientIdAndSecret();
    void applyIsIdempotent();
    void applyIsOneTransaction();
    void appliedPresetResolvesPerTenant();
    void everyPresetAppliesToAFreshIntegration();

private:
    std::unique_ptr<Store> openStore();

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain{QStringLiteral("Bifrost Admin tests")};
    int m_files = 0;
};

std::unique_ptr<Store> TestPresets::openStore() {
    auto opened = Store::open(m_dir.filePath(QStringLiteral("db%1/bifrost.db").arg(++m_files)), &m_keychain);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

void TestPresets::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY2(m_keychain.write(key, QStringLiteral("probe")).ok(),
             "no usable keychain: run the suite under scripts/with-keyring");
    REQUIRE_OK(m_keychain.remove(key));
}

void TestPresets::everyFileLoads() {
    const QStringList files = presetFiles();
    QVERIFY2(files.size() >= 9, qPrintable(files.join(QLatin1Char(' '))));
    for (const QString &file : files) {
        QFile f(QStringLiteral(":/bifrost/presets/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto preset = oauth::parsePreset(f.readAll(), file.chopped(5));
        QVERIFY2(preset.ok(), preset.ok() ? "" : qPrintable(preset.error().message));
        QVERIFY(!preset->description.isEmpty());
        QVERIFY(preset->docsUrl.startsWith(QStringLiteral("https://")));
    }
    // presets() drops no file, sorts by name, and findPreset finds each.
    const QList<oauth::Preset> list = oauth::presets();
    QCOMPARE(list.size(), files.size());
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(QString::localeAwareCompare(list.at(i - 1).name, list.at(i).name) <= 0);
    for (const oauth::Preset &p : list)
        QVERIFY(oauth::findPreset(p.id).has_value());
    QVERIFY(!oauth::findPreset(QStringLiteral("no-such-preset")));
}

void TestPresets::requiredPresetsPresent() {
    const QList<oauth::Preset> list = oauth::presets();
    for (const char *id : {"microsoft-graph-delegated", "microsoft-graph-app", "halopsa", "ninjaone",
                           "connectwise-manage", "datto-rmm", "google", "github", "generic"})
        QVERIFY2(byId(list, QLatin1String(id)), id);
}

void TestPresets::settingsAndFieldsValid() {
    static const QRegularExpression keyRule(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_]{0,99}")));
    for (const oauth::Preset &p : oauth::presets()) {
        for (const SchemaField &f : p.fields) {
            QVERIFY2(keyRule.match(f.key).hasMatch(), qPrintable(p.id + QLatin1Char('/') + f.key));
            const auto checked = validateSchemaField(f, p.name);
            QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
        }
        QSet<QString> keys;
        for (const SchemaField &f : p.fields) {
            QVERIFY2(!keys.contains(f.key), qPrintable(p.id + QLatin1Char('/') + f.key));
            keys.insert(f.key);
        }
        if (!p.settings)
            continue;
        const OAuthSettings &s = *p.settings;
        QCOMPARE(s.preset, p.id);
        QVERIFY2(s.clientId.isEmpty(), qPrintable(p.id)); // the user's own registration
        for (const auto &[field, url] : {std::pair{"authorize_url", s.authorizeUrl},
                                         {"token_url", s.tokenUrl},
                                         {"revoke_url", s.revokeUrl},
                                         {"device_authorization_url", s.deviceAuthorizationUrl}}) {
            if (url.isEmpty())
                continue;
            const auto checked = oauth::checkEndpointUrl(url, QLatin1String(field));
            QVERIFY2(checked.ok(),
                     checked.ok() ? "" : qPrintable(p.id + QStringLiteral(": ") + checked.error().message));
            // Every {config.KEY} names a field the preset adds.
            static const QRegularExpression placeholder(QStringLiteral("\\{config\\.([A-Za-z0-9_]+)\\}"));
            for (const auto &m : placeholder.globalMatch(url))
                QVERIFY2(keys.contains(m.captured(1)),
                         qPrintable(p.id + QStringLiteral(": ") + m.captured(1)));
        }
        if (p.id != u"generic") {
            QVERIFY2(!s.tokenUrl.isEmpty(), qPrintable(p.id));
            if (s.flow == OAuthFlow::AuthorizationCode)
                QVERIFY2(!s.authorizeUrl.isEmpty(), qPrintable(p.id));
        }
        if (s.flow == OAuthFlow::ClientCredentials)
            QVERIFY2(s.authMethod != ClientAuthMethod::None, qPrintable(p.id));
        QVERIFY(s.redirectHost == u"127.0.0.1" || s.redirectHost == u"localhost");
    }
}

void TestPresets::vendorFacts() {
    const QList<oauth::Preset> list = oauth::presets();
    const oauth::Preset *delegated = byId(list, QStringLiteral("microsoft-graph-delegated"));
    QVERIFY(delegated && delegated->settings);
    QCOMPARE(delegated->settings->flow, OAuthFlow::AuthorizationCode);
    QVERIFY(delegated->settings->pkce);
    QCOMPARE(delegated->settings->authMethod, ClientAuthMethod::None);
    QCOMPARE(delegated->settings->authorizeUrl,
             QStringLiteral("https://login.microsoftonline.com/{entity_id}/oauth2/v2.0/authorize"));
    QCOMPARE(delegated->settings->tokenUrl,
             QStringLiteral("https://login.microsoftonline.com/{entity_id}/oauth2/v2.0/token"));
    QVERIFY(delegated->settings->scopes.contains(QStringLiteral("offline_access")));
    QCOMPARE(delegated->entityIdLabel, QStringLiteral("Tenant ID"));

    const oauth::Preset *app = byId(list, QStringLiteral("microsoft-graph-app"));
    QVERIFY(app && app->settings);
    QCOMPARE(app->settings->flow, OAuthFlow::ClientCredentials);
    QCOMPARE(app->settings->scopes, QStringList{QStringLiteral("https://graph.microsoft.com/.default")});

    const oauth::Preset *google = byId(list, QStringLiteral("google"));
    QVERIFY(google && google->settings);
    QCOMPARE(google->settings->authorizeUrl, QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    QCOMPARE(google->settings->tokenUrl, QStringLiteral("https://oauth2.googleapis.com/token"));
    QCOMPARE(google->settings->revokeUrl, QStringLiteral("https://oauth2.googleapis.com/revoke"));
    const QList<QPair<QString, QString>> googleParams{
        {QStringLiteral("access_type"), QStringLiteral("offline")},
        {QStringLiteral("prompt"), QStringLiteral("consent")}};
    QCOMPARE(google->settings->extraParams, googleParams);

    const oauth::Preset *github = byId(list, QStringLiteral("github"));
    QVERIFY(github && github->settings);
    QCOMPARE(github->settings->tokenUrl, QStringLiteral("https://github.com/login/oauth/access_token"));
    QCOMPARE(github->settings->deviceAuthorizationUrl,
             QStringLiteral("https://github.com/login/device/code"));

    for (const char *apiKeyOnly : {"connectwise-manage", "datto-rmm"}) {
        const oauth::Preset *p = byId(list, QLatin1String(apiKeyOnly));
        QVERIFY(p);
        QVERIFY2(!p->settings, apiKeyOnly);
        bool hasSecretField = false;
        for (const SchemaField &f : p->fields)
            hasSecretField = hasSecretField || f.isSecret();
        QVERIFY2(hasSecretField, apiKeyOnly);
    }
    const oauth::Preset *generic = byId(list, QStringLiteral("generic"));
    QVERIFY(generic && generic->settings);
    QCOMPARE(generic->settings->flow, OAuthFlow::AuthorizationCode);
    QVERIFY(generic->settings->authorizeUrl.isEmpty() && generic->settings->tokenUrl.isEmpty());
}

void TestPresets::malformedPresetsRefused_data() {
    QTest::addColumn<QByteArray>("json");
    const QByteArray base =
        R"({"id": "x", "name": "X", "description": "d", "docs_url": "https://x.example.com", )";
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("wrong id") << QByteArray(
        R"({"id": "y", "name": "X", "description": "d", "docs_url": "https://x.example.com", "oauth": null, "fields": []})");
    QTest::newRow("unknown member") << base + R"("oauth": null, "fields": [], "extra": 1})";
    QTest::newRow("unknown oauth member")
        << base + R"("oauth": {"flow": "client_credentials", "tokenurl": "x"}, "fields": []})";
    QTest::newRow("unknown flow") << base + R"("oauth": {"flow": "implicit"}, "fields": []})";
    QTest::newRow("bad auth method")
        << base + R"("oauth": {"flow": "authorization_code", "auth_method": "jwt"}, "fields": []})";
    QTest::newRow("bad params")
        << base + R"("oauth": {"flow": "authorization_code", "extra_params": [["a"]]}, "fields": []})";
    QTest::newRow("bad field key") << base +
                                          R"("oauth": null, "fields": [{"key": "1bad", "type": "string"}]})";
    QTest::newRow("http docs") << QByteArray(
        R"({"id": "x", "name": "X", "description": "d", "docs_url": "http://x.example.com", "oauth": null, "fields": []})");
}

void TestPresets::malformedPresetsRefused() {
    QFETCH(QByteArray, json);
    const auto preset = oauth::parsePreset(json, QStringLiteral("x"));
    QVERIFY(!preset.ok());
    QVERIFY2(preset.error().message.contains(QStringLiteral("preset \"x\"")),
             qPrintable(preset.error().message));
}

void TestPresets::applyAddsMissingFieldsOnly() {
    auto store = openStore();
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("halo"), {}, {}, {}}));
    // auth_url exists already with another definition; notes is the user's own field.
    SchemaField authUrl = makeField(QStringLiteral("auth_url"), FieldType::String, false);
    authUrl.description = QStringLiteral("my own description");
    const Schema mine{makeField(QStringLiteral("notes"), FieldType::String), authUrl};
    REQUIRE_OK(store->setSchema(QStringLiteral("halo"), mine, SchemaWrite::Apply));
    REQUIRE_OK(store->setConfig(
        QStringLiteral("halo"), {},
        {ConfigChange::setText(QStringLiteral("auth_url"), QStringLiteral("https://halo.example.com/auth")),
         ConfigChange::setText(QStringLiteral("notes"), QStringLiteral("keep me"))}));

    const auto preset = oauth::findPreset(QStringLiteral("halopsa"));
    QVERIFY(preset);
    const auto added = oauth::applyPreset(*store, QStringLiteral("halo"), *preset);
    REQUIRE_OK(added);
    QCOMPARE(*added, (QStringList{QStringLiteral("resource_url"), QStringLiteral("tenant")}));

    const auto integration = store->integration(QStringLiteral("halo"));
    REQUIRE_OK(integration);
    QCOMPARE(keysOf(integration->schema),
             (QStringList{QStringLiteral("notes"), QStringLiteral("auth_url"), QStringLiteral("resource_url"),
                          QStringLiteral("tenant")}));
    // The same-key field is kept as it was, and so are the stored values.
    QCOMPARE(integration->schema.at(1).description, QStringLiteral("my own description"));
    QVERIFY(!integration->schema.at(1).required);
    const auto values = store->configValues(QStringLiteral("halo"), {});
    REQUIRE_OK(values);
    QCOMPARE(values->size(), 2);

    const auto settings = store->oauthSettings(QStringLiteral("halo"));
    REQUIRE_OK(settings);
    QVERIFY(settings->has_value());
    QCOMPARE((*settings)->flow, OAuthFlow::ClientCredentials);
    QCOMPARE((*settings)->tokenUrl, QStringLiteral("{config.auth_url}/token"));
    QCOMPARE((*settings)->preset, QStringLiteral("halopsa"));
    QVERIFY((*settings)->clientId.isEmpty());

    // An API-key preset adds fields and leaves OAuth alone.
    const auto cw = oauth::findPreset(QStringLiteral("connectwise-manage"));
    QVERIFY(cw);
    REQUIRE_OK(store->createIntegration({QStringLiteral("cw"), {}, {}, {}}));
    const auto cwAdded = oauth::applyPreset(*store, QStringLiteral("cw"), *cw);
    REQUIRE_OK(cwAdded);
    QCOMPARE(cwAdded->size(), cw->fields.size());
    const auto cwSettings = store->oauthSettings(QStringLiteral("cw"));
    REQUIRE_OK(cwSettings);
    QVERIFY(!cwSettings->has_value());
}

void TestPresets::applyKeepsClientIdAndSecret() {
    auto store = openStore();
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("graph"), {}, {}, QStringLiteral("Customer")}));
    OAuthSettings mine;
    mine.flow = OAuthFlow::AuthorizationCode;
    mine.authorizeUrl = QStringLiteral("https://login.example.com/authorize");
    mine.tokenUrl = QStringLiteral("https://login.example.com/token");
    mine.clientId = QStringLiteral("my-client");
    mine.authMethod = ClientAuthMethod::Basic;
    const QString secret = coretest::uniqueSecret(QStringLiteral("preset-cs"));
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("graph"), mine, secret));

    const auto preset = oauth::findPreset(QStringLiteral("microsoft-graph-app"));
    QVERIFY(preset);
    REQUIRE_OK(oauth::applyPreset(*store, QStringLiteral("graph"), *preset));
    const auto settings = store->oauthSettings(QStringLiteral("graph"));
    REQUIRE_OK(settings);
    QCOMPARE((*settings)->flow, OAuthFlow::ClientCredentials);
    QCOMPARE((*settings)->clientId, QStringLiteral("my-client"));
    QCOMPARE((*settings)->authMethod, ClientAuthMethod::Post);
    QVERIFY((*settings)->hasClientSecret);
    const auto stored = store->readClientSecret(QStringLiteral("graph"));
    REQUIRE_OK(stored);
    QVERIFY(*stored == secret);
    // An entity id label the user chose is kept.
    const auto integration = store->integration(QStringLiteral("graph"));
    REQUIRE_OK(integration);
    QCOMPARE(integration->entityIdLabel, QStringLiteral("Customer"));
}

void TestPresets::applyIsIdempotent() {
    auto store = openStore();
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("ninja"), {}, {}, {}}));
    const auto preset = oauth::findPreset(QStringLiteral("ninjaone"));
    QVERIFY(preset);
    const auto first = oauth::applyPreset(*store, QStringLiteral("ninja"), *preset);
    REQUIRE_OK(first);
    QCOMPARE(*first, QStringList{QStringLiteral("base_url")});
    const auto schemaBefore = store->integration(QStringLiteral("ninja"));
    REQUIRE_OK(schemaBefore);
    const auto settingsBefore = store->oauthSettings(QStringLiteral("ninja"));
    REQUIRE_OK(settingsBefore);

    const auto second = oauth::applyPreset(*store, QStringLiteral("ninja"), *preset);
    REQUIRE_OK(second);
    QVERIFY(second->isEmpty());
    const auto schemaAfter = store->integration(QStringLiteral("ninja"));
    REQUIRE_OK(schemaAfter);
    QCOMPARE(schemaAfter->schema, schemaBefore->schema);
    const auto settingsAfter = store->oauthSettings(QStringLiteral("ninja"));
    REQUIRE_OK(settingsAfter);
    OAuthSettings a = **settingsBefore, b = **settingsAfter;
    a.updatedAt = b.updatedAt = {};
    QCOMPARE(a.tokenUrl, b.tokenUrl);
    QCOMPARE(a.scopes, b.scopes);
    QCOMPARE(a.redirectPort, b.redirectPort);
    QCOMPARE(a.redirectUriPattern(), QStringLiteral("http://localhost:9090/callback"));
    QCOMPARE(a.redirectUriPattern(), b.redirectUriPattern());
}

void TestPresets::applyIsOneTransaction() {
    auto store = openStore();
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("broken"), {}, {}, {}}));
    // A preset whose fields are fine but whose settings the store refuses: nothing is applied.
    oauth::Preset bad;
    bad.id = QStringLiteral("bad");
    bad.name = QStringLiteral("Bad");
    bad.fields = {makeField(QStringLiteral("base_url"), FieldType::String)};
    bad.entityIdLabel = QStringLiteral("Tenant ID");
    OAuthSettings s;
    s.tokenUrl = QStringLiteral("http://example.com/token");
    bad.settings = s;
    const auto applied = oauth::applyPreset(*store, QStringLiteral("broken"), bad);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().field, QStringLiteral("token_url"));
    const auto integration = store->integration(QStringLiteral("broken"));
    REQUIRE_OK(integration);
    QVERIFY(integration->schema.isEmpty());
    QVERIFY(integration->entityIdLabel.isEmpty());
    REQUIRE_ERROR(oauth::applyPreset(*store, QStringLiteral("nope"), bad), ErrorCode::NotFound);
}

void TestPresets::appliedPresetResolvesPerTenant() {
    auto store = openStore();
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("graph"), {}, {}, {}}));
    REQUIRE_OK(store->addOrganization(QStringLiteral("Contoso")));
    REQUIRE_OK(store->setMapping(QStringLiteral("graph"), QStringLiteral("Contoso"),
                                 QStringLiteral("tenant-c"), {}));
    const auto preset = oauth::findPreset(QStringLiteral("microsoft-graph-delegated"));
    QVERIFY(preset);
    REQUIRE_OK(oauth::applyPreset(*store, QStringLiteral("graph"), *preset));
    const auto integration = store->integration(QStringLiteral("graph"));
    REQUIRE_OK(integration);
    QCOMPARE(integration->entityIdLabel, QStringLiteral("Tenant ID"));

    // A draft cannot run until the client id is set.
    auto settings = store->oauthSettings(QStringLiteral("graph"));
    REQUIRE_OK(settings);
    auto data = resolveFromStore(*store, QStringLiteral("graph"), QStringLiteral("Contoso"), false);
    REQUIRE_OK(data);
    const auto refused = oauth::resolveSettings(**settings, *data, QString());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("client_id"));

    OAuthSettings complete = **settings;
    complete.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    REQUIRE_OK(store->setOAuthSettings(QStringLiteral("graph"), complete, std::nullopt));
    settings = store->oauthSettings(QStringLiteral("graph"));
    REQUIRE_OK(settings);
    const auto resolved = oauth::resolveSettings(**settings, *data, QString());
    REQUIRE_OK(resolved);
    QCOMPARE(resolved->settings.tokenUrl,
             QStringLiteral("https://login.microsoftonline.com/tenant-c/oauth2/v2.0/token"));
    QCOMPARE(resolved->settings.authorizeUrl,
             QStringLiteral("https://login.microsoftonline.com/tenant-c/oauth2/v2.0/authorize"));
    // The global scope has no tenant: an error that names the placeholder.
    auto global = resolveFromStore(*store, QStringLiteral("graph"), {}, false);
    REQUIRE_OK(global);
    const auto unfilled = oauth::resolveSettings(**settings, *global, QString());
    QVERIFY(!unfilled.ok());
    QVERIFY2(unfilled.error().message.contains(QStringLiteral("{entity_id}")),
             qPrintable(unfilled.error().message));
}

void TestPresets::everyPresetAppliesToAFreshIntegration() {
    auto store = openStore();
    QVERIFY(store);
    int n = 0;
    for (const oauth::Preset &p : oauth::presets()) {
        const QString name = QStringLiteral("i%1").arg(++n);
        REQUIRE_OK(store->createIntegration({name, {}, {}, {}}));
        const auto added = oauth::applyPreset(*store, name, p);
        QVERIFY2(added.ok(),
                 added.ok() ? "" : qPrintable(p.id + QStringLiteral(": ") + added.error().message));
        QCOMPARE(*added, keysOf(p.fields));
        const auto settings = store->oauthSettings(name);
        REQUIRE_OK(settings);
        QCOMPARE(settings->has_value(), p.settings.has_value());
    }
}

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
