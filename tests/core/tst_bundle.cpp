// Export and import bundles (core/bundle) against real SQLite files and the real OS keychain
// (gnome-keyring on a private D-Bus session: run under scripts/with-keyring). Secret values are
// compared with QVERIFY(a == b), never QCOMPARE, so that a failure never prints one.
//
// Bundles here use cheap scrypt parameters (2^12) so that the many imports of the tamper test
// stay fast; the default parameters are exercised by the bifrostctl suite.

#include "bundle/bundle.h"
#include "coretestutil.h"
#include "model/schemajson.h"
#include "resolve/resolver.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/vaultsecretstore.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bifrost;
using coretest::FailingSecretStore;
using coretest::makeField;
using coretest::RawDb;
using coretest::uniqueSecret;

namespace {

const QString passphrase = QStringLiteral("correct horse battery");

crypto::ScryptParams cheapKdf() {
    crypto::ScryptParams p;
    p.log2N = 12;
    return p;
}

bundle::ExportOptions exportOptions(bool secrets = true, bool tokens = false) {
    bundle::ExportOptions o;
    o.includeSecrets = secrets;
    o.includeTokens = tokens;
    o.kdf = cheapKdf();
    return o;
}

bundle::ImportOptions importOptions(bundle::OnConflict mode = bundle::OnConflict::Fail, bool dryRun = false) {
    bundle::ImportOptions o;
    o.onConflict = mode;
    o.dryRun = dryRun;
    return o;
}

QDateTime farFuture() {
    return QDateTime(QDate(2099, 1, 1), QTime(12, 0, 0, 250), Qt::UTC);
}

// The secret values one populated database holds.
struct Secrets {
    QString token, acmeToken, clientSecret, access, refresh, acmeAccess;
    QStringList all() const { return {token, acmeToken, clientSecret, access, refresh, acmeAccess}; }
};

} // namespace

class TstBundle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripIntoEmptyDatabase();
    void roundTripKeepsEmptyMappingsAndDrafts();
    void exportChecks();
    void inspectWithoutPassphrase();
    void noSecretValueInClear();
    void tokensOnlyWhenAsked();
    void noSecretsListsWhatToFill();

    void dryRunMatchesImport_data();
    void dryRunMatchesImport();
    void conflictFailsByDefault();
    void conflictSkip();
    void conflictReplace();
    void replaceKeepsLeftOutSecrets();
    void conflictMerge();
    void mergeTypeConflictNamesTheField();
    void organizationsMatchedByIdThenName();
    void reimportIsUnchanged();
    void importIsRecordedInHistory();

    void wrongPassphrase();
    void missingPassphrase();
    void newerVersion();
    void malformedJson();
    void otherFormat();
    void everyTamperingDetected();
    void reserializedEditDetected();

    void allOrNothingWhenTheSecretStoreFails();
    void allOrNothingOnPlanConflict();

    void fiveHundredIntegrations();

private:
    QString newPath() { return m_dir->filePath(QStringLiteral("db%1.db").arg(++m_count)); }
    std::unique_ptr<Store> openStore(SecretStore *secrets = nullptr) {
        auto store = Store::open(newPath(), secrets ? secrets : &m_keychain);
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return {};
        }
        (*store)->setActor(QStringLiteral("tester"));
        return std::move(*store);
    }
    void populate(Store &store, Secrets &s, bool withTokens = true);
    // A new database filled by populate(); null when that failed.
    std::unique_ptr<Store> populated(Secrets &s, bool withTokens = true) {
        auto store = openStore();
        if (!store)
            return {};
        populate(*store, s, withTokens);
        if (QTest::currentTestFailed())
            return {};
        return store;
    }
    // Everything import must reproduce, as text (secrets included: compare with QVERIFY only).
    QByteArray state(Store &store, bool withIds, const QStringList &only = {});
    QByteArray exported(Store &store, const bundle::ExportOptions &options = exportOptions());

    KeychainSecretStore m_keychain;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_count = 0;
};

void TstBundle::initTestCase() {
    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY2(m_keychain.write(key, QStringLiteral("probe")).ok(),
             "no usable keychain: run the suite under scripts/with-keyring");
    REQUIRE_OK(m_keychain.remove(key));
}

void TstBundle::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstBundle::cleanup() {
    m_dir.reset();
}

void TstBundle::populate(Store &store, Secrets &s, bool withTokens) {
    s.token = uniqueSecret(QStringLiteral("token"));
    s.acmeToken = uniqueSecret(QStringLiteral("acme-token"));
    s.clientSecret = uniqueSecret(QStringLiteral("client"));
    s.access = uniqueSecret(QStringLiteral("access"));
    s.refresh = uniqueSecret(QStringLiteral("refresh"));
    s.acmeAccess = uniqueSecret(QStringLiteral("acme-access"));
    REQUIRE_OK(store.addOrganization(QStringLiteral("Acme")));
    REQUIRE_OK(store.addOrganization(QStringLiteral("Globex")));
    REQUIRE_OK(store.addOrganization(QStringLiteral("Initech")));
    REQUIRE_OK(store.addOrganization(QStringLiteral("Unused")));
    REQUIRE_OK(store.createIntegration({QStringLiteral("halo"), QStringLiteral("HaloPSA tickets"),
                                        QStringLiteral("E-DEFAULT"), QStringLiteral("Tenant ID")}));
    auto schema = schemaFromJson(QJsonDocument::fromJson(R"([
        {"key": "url", "type": "string", "required": true, "pattern": "https://.+", "label": "URL"},
        {"key": "region", "type": "string", "options": ["eu", "us"]},
        {"key": "timeout", "type": "int", "min": 1, "max": 300},
        {"key": "verbose", "type": "bool"},
        {"key": "extra", "type": "json"},
        {"key": "token", "type": "secret"},
        {"key": "note", "type": "string", "required": true}])")
                                     .array(),
                                 QStringLiteral("halo"));
    REQUIRE_OK(schema);
    REQUIRE_OK(store.setSchema(QStringLiteral("halo"), *schema, SchemaWrite::Apply));
    REQUIRE_OK(store.setConfig(
        QStringLiteral("halo"), {},
        {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("https://halo.example")),
         ConfigChange::setJson(QStringLiteral("region"), QStringLiteral("eu")),
         ConfigChange::setJson(QStringLiteral("timeout"), 30),
         ConfigChange::setJson(QStringLiteral("verbose"), false),
         ConfigChange::setJson(QStringLiteral("extra"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}}),
         ConfigChange::setJson(QStringLiteral("token"), s.token)}));
    REQUIRE_OK(store.setConfig(QStringLiteral("halo"), QStringLiteral("Acme"),
                               {ConfigChange::setJson(QStringLiteral("timeout"), 45),
                                ConfigChange::setJson(QStringLiteral("region"), QStringLiteral("us")),
                                ConfigChange::setJson(QStringLiteral("token"), s.acmeToken),
                                ConfigChange::setJson(QStringLiteral("note"), QString())}));
    REQUIRE_OK(store.setConfig(QStringLiteral("halo"), QStringLiteral("Globex"),
                               {ConfigChange::setJson(QStringLiteral("verbose"), true)}));
    REQUIRE_OK(store.setMapping(QStringLiteral("halo"), QStringLiteral("Acme"), QStringLiteral("E-ACME"),
                                QStringLiteral("Acme Ltd")));
    REQUIRE_OK(store.setMapping(QStringLiteral("halo"), QStringLiteral("Globex"), QString(),
                                QStringLiteral("Globex Inc")));
    OAuthSettings settings;
    settings.flow = OAuthFlow::AuthorizationCode;
    settings.authorizeUrl = QStringLiteral("https://login.example.com/{entity_id}/authorize");
    settings.tokenUrl = QStringLiteral("https://login.example.com/{entity_id}/token");
    settings.clientId = QStringLiteral("client-1");
    settings.scopes = {QStringLiteral("openid"), QStringLiteral("offline_access")};
    settings.extraParams = {{QStringLiteral("prompt"), QStringLiteral("consent")}};
    settings.authMethod = ClientAuthMethod::Post;
    settings.redirectPort = 8765;
    settings.refreshMarginSeconds = 120;
    REQUIRE_OK(store.setOAuthSettings(QStringLiteral("halo"), settings, s.clientSecret));
    if (withTokens) {
        REQUIRE_OK(store.importOAuthConnection(QStringLiteral("halo"), {},
                                               {s.access,
                                                s.refresh,
                                                QStringLiteral("Bearer"),
                                                farFuture(),
                                                {QStringLiteral("openid")},
                                                false,
                                                {},
                                                farFuture().addDays(-400),
                                                farFuture().addDays(-399)}));
        REQUIRE_OK(store.importOAuthConnection(QStringLiteral("halo"), QStringLiteral("Acme"),
                                               {s.acmeAccess,
                                                {},
                                                QStringLiteral("Bearer"),
                                                QDateTime(),
                                                {},
                                                true,
                                                QStringLiteral("invalid_grant"),
                                                farFuture().addDays(-500),
                                                {}}));
    }
    REQUIRE_OK(store.createIntegration({QStringLiteral("ninja"), {}, {}, {}}));
    REQUIRE_OK(store.setSchema(QStringLiteral("ninja"),
                               {makeField(QStringLiteral("base_url"), FieldType::String, true)},
                               SchemaWrite::Apply));
    REQUIRE_OK(store.setConfig(
        QStringLiteral("ninja"), QStringLiteral("Initech"),
        {ConfigChange::setJson(QStringLiteral("base_url"), QStringLiteral("https://ninja"))}));
    // An integration with nothing but its name.
    REQUIRE_OK(store.createIntegration({QStringLiteral("empty"), {}, {}, {}}));
}

QByteArray TstBundle::state(Store &store, bool withIds, const QStringList &only) {
    QByteArray out;
    auto line = [&](const QString &label, const QJsonValue &v) {
        QJsonValue value = v;
        out += label.toUtf8() + ": " +
               (value.isObject()  ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                : value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                  : toJsonText(value).toUtf8()) +
               '\n';
    };
    auto orgs = store.organizations();
    auto integrations = store.integrations();
    if (!orgs || !integrations)
        return "cannot read";
    for (const Integration &listed : std::as_const(*integrations)) {
        if (!only.isEmpty() && !only.contains(listed.name))
            continue;
        auto i = store.integration(listed.name);
        if (!i)
            return "cannot read";
        QJsonObject head{{QStringLiteral("name"), i->name},
                         {QStringLiteral("description"), i->description},
                         {QStringLiteral("default_entity_id"), i->defaultEntityId},
                         {QStringLiteral("entity_id_label"), i->entityIdLabel},
                         {QStringLiteral("schema"), schemaToJson(i->schema)}};
        if (withIds)
            head.insert(QStringLiteral("id"), i->id);
        line(QStringLiteral("integration"), head);
        QStringList scopes{QString()};
        for (const Organization &o : std::as_const(*orgs))
            scopes << o.name;
        for (const QString &scope : std::as_const(scopes)) {
            auto data = resolveFromStore(store, i->name, scope, true);
            if (!data)
                return "cannot resolve";
            QJsonObject json = data->toJson(true);
            if (!withIds) {
                json.remove(QStringLiteral("integration_id"));
                json.insert(QStringLiteral("organization"), scope);
            }
            auto overrides = store.configValues(i->name, scope);
            json.insert(QStringLiteral("override_count"), scope.isEmpty() ? 0 : int(overrides->size()));
            line(QStringLiteral("resolve ") + scope, json);
        }
        auto mappings = store.mappings(i->name);
        for (const Mapping &m : std::as_const(*mappings))
            line(QStringLiteral("mapping"), QJsonArray{m.organization.name, m.entityId, m.entityName});
        auto settings = store.oauthSettings(i->name);
        if (*settings) {
            OAuthSettings s = **settings;
            line(QStringLiteral("oauth"),
                 QJsonArray{oauthFlowName(s.flow), s.authorizeUrl, s.tokenUrl, s.revokeUrl,
                            s.deviceAuthorizationUrl, s.clientId, QJsonArray::fromStringList(s.scopes),
                            s.audience, clientAuthMethodName(s.authMethod), s.pkce, s.redirectHost,
                            s.redirectPort, s.redirectPath, s.refreshMarginSeconds, s.preset,
                            s.extraParams.size()});
            line(QStringLiteral("client secret"), *store.readClientSecret(i->name));
        }
        auto connections = store.oauthConnections(i->name);
        for (const OAuthConnection &c : std::as_const(*connections)) {
            auto secrets = store.readSecrets({c.accessTokenRef, c.refreshTokenRef});
            line(QStringLiteral("connection"),
                 QJsonArray{c.organizationName, secrets->value(c.accessTokenRef),
                            secrets->value(c.refreshTokenRef), c.tokenType,
                            c.expiresAt.toString(Qt::ISODateWithMs), QJsonArray::fromStringList(c.scopes),
                            c.failed, c.lastError, c.connectedAt.toString(Qt::ISODateWithMs),
                            c.lastRefreshAt.toString(Qt::ISODateWithMs)});
        }
    }
    if (withIds) {
        for (const Organization &o : std::as_const(*orgs))
            line(QStringLiteral("organization"), QJsonArray{o.id, o.name});
    }
    return out;
}

QByteArray TstBundle::exported(Store &store, const bundle::ExportOptions &options) {
    auto result = bundle::exportBundle(store, options, options.includeSecrets ? passphrase : QString());
    if (!result) {
        qWarning("export failed: %s", qPrintable(result.error().message));
        return {};
    }
    return result->bytes;
}

// --- round trip and export ------------------------------------------------------------------

void TstBundle::roundTripIntoEmptyDatabase() {
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    auto result = bundle::exportBundle(*a, exportOptions(true, true), passphrase);
    REQUIRE_OK(result);
    QCOMPARE(result->integrationCount, 3);
    QCOMPARE(result->organizationCount, 3); // "Unused" is referred to by nothing
    QCOMPARE(result->tokenCount, 2);
    QCOMPARE(result->secretCount, 6); // two tokens, client secret, access x2, refresh

    auto b = openStore();
    QVERIFY(b);
    auto report = bundle::importBundle(*b, result->bytes, passphrase, importOptions());
    REQUIRE_OK(report);
    QVERIFY(report->applied);
    QCOMPARE(report->count(bundle::PlannedChange::Kind::Create), 3 + 3); // organizations + integrations
    QVERIFY(report->secretsToFill.isEmpty());

    // Identical resolve for every (integration, organization), ids included. "Unused" was not
    // exported, so compare with it removed from the source.
    REQUIRE_OK(a->removeOrganization(QStringLiteral("Unused"), false));
    const QByteArray before = state(*a, true), after = state(*b, true);
    QVERIFY2(!before.isEmpty() && before == after, "the imported database differs from the exported one");
}

void TstBundle::roundTripKeepsEmptyMappingsAndDrafts() {
    auto a = openStore();
    QVERIFY(a);
    REQUIRE_OK(a->addOrganization(QStringLiteral("Zürich AG")));
    REQUIRE_OK(a->createIntegration({QStringLiteral("draft"), {}, {}, {}}));
    REQUIRE_OK(a->setMapping(QStringLiteral("draft"), QStringLiteral("Zürich AG"), QString(), QString()));
    OAuthSettings draft;
    draft.flow = OAuthFlow::ClientCredentials;
    draft.preset = QStringLiteral("microsoft");
    REQUIRE_OK(a->setOAuthSettings(QStringLiteral("draft"), draft, std::nullopt, Store::OAuthCheck::Draft));
    auto b = openStore();
    QVERIFY(b);
    REQUIRE_OK(bundle::importBundle(*b, exported(*a), passphrase, importOptions()));
    const QByteArray before = state(*a, true), after = state(*b, true);
    QVERIFY2(before == after, "the imported database differs from the exported one");
}

void TstBundle::exportChecks() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    auto unknown = exportOptions();
    unknown.integrations = {QStringLiteral("halo"), QStringLiteral("nope")};
    REQUIRE_ERROR(bundle::exportBundle(*a, unknown, passphrase), ErrorCode::NotFound);
    auto shortPass = bundle::exportBundle(*a, exportOptions(), QStringLiteral("short"));
    REQUIRE_ERROR(shortPass, ErrorCode::InvalidInput);
    QCOMPARE(shortPass.error().field, QStringLiteral("passphrase"));
    REQUIRE_ERROR(bundle::exportBundle(*a, exportOptions(false, true), QString()), ErrorCode::InvalidInput);

    // One integration: only the organizations it refers to.
    auto one = exportOptions();
    one.integrations = {QStringLiteral("ninja")};
    auto result = bundle::exportBundle(*a, one, passphrase);
    REQUIRE_OK(result);
    QCOMPARE(result->integrationCount, 1);
    QCOMPARE(result->organizationCount, 1);
    auto info = bundle::inspectBundle(result->bytes);
    REQUIRE_OK(info);
    QCOMPARE(info->integrations, QStringList{QStringLiteral("ninja")});

    // The file is exactly what QJsonDocument writes for its own parse.
    const QJsonDocument doc = QJsonDocument::fromJson(result->bytes);
    QVERIFY(doc.isObject());
    QCOMPARE(doc.toJson(QJsonDocument::Indented), result->bytes);
    QCOMPARE(doc[QLatin1String("format")].toString(), QStringLiteral("bifrost-bundle"));
    QCOMPARE(doc[QLatin1String("version")].toInt(), 1);
    QCOMPARE(doc[QLatin1String("kdf")][QLatin1String("log2n")].toInt(), 12);
    QCOMPARE(doc[QLatin1String("created_by")].toString(), QStringLiteral("tester"));

    // Default scrypt parameters unless asked otherwise.
    bundle::ExportOptions defaults;
    defaults.integrations = {QStringLiteral("ninja")};
    auto slow = bundle::exportBundle(*a, defaults, passphrase);
    REQUIRE_OK(slow);
    QCOMPARE(QJsonDocument::fromJson(slow->bytes)[QLatin1String("kdf")][QLatin1String("log2n")].toInt(),
             crypto::ScryptParams().log2N);
}

void TstBundle::inspectWithoutPassphrase() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    auto sealed = bundle::inspectBundle(exported(*a));
    REQUIRE_OK(sealed);
    QVERIFY(sealed->sealed);
    QCOMPARE(sealed->version, 1);
    QCOMPARE(sealed->integrations,
             (QStringList{QStringLiteral("empty"), QStringLiteral("halo"), QStringLiteral("ninja")}));
    QCOMPARE(sealed->organizationCount, 3);
    QCOMPARE(sealed->createdBy, QStringLiteral("tester"));
    QVERIFY(sealed->createdAt.isValid());
    auto open = bundle::inspectBundle(exported(*a, exportOptions(false)));
    REQUIRE_OK(open);
    QVERIFY(!open->sealed);
}

void TstBundle::noSecretValueInClear() {
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    for (const auto &options :
         {exportOptions(true, true), exportOptions(true, false), exportOptions(false)}) {
        const QByteArray bytes = exported(*a, options);
        QVERIFY(!bytes.isEmpty());
        for (const QString &secret : s.all()) {
            QVERIFY2(!coretest::containsText(bytes, secret), "a secret value is in the bundle in clear");
            QVERIFY2(!bytes.contains(secret.toUtf8().toBase64()),
                     "a secret value is in the bundle as base64");
        }
        QVERIFY(!bytes.contains(passphrase.toUtf8()));
    }
}

void TstBundle::tokensOnlyWhenAsked() {
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    const QByteArray without = exported(*a, exportOptions(true, false));
    QCOMPARE(QJsonDocument::fromJson(without)[QLatin1String("tokens")].toBool(true), false);
    QVERIFY(!without.contains("\"connections\""));
    auto b = openStore();
    QVERIFY(b);
    REQUIRE_OK(bundle::importBundle(*b, without, passphrase, importOptions()));
    QCOMPARE(b->oauthConnections(QString())->size(), 0);
    QVERIFY(*b->readClientSecret(QStringLiteral("halo")) == s.clientSecret);

    auto c = openStore();
    QVERIFY(c);
    auto report =
        bundle::importBundle(*c, exported(*a, exportOptions(true, true)), passphrase, importOptions());
    REQUIRE_OK(report);
    auto connections = c->oauthConnections(QStringLiteral("halo"));
    REQUIRE_OK(connections);
    QCOMPARE(connections->size(), 2);
    QVERIFY(*c->readSecret(connections->at(0).accessTokenRef) == s.access);
    QVERIFY(*c->readSecret(connections->at(0).refreshTokenRef) == s.refresh);
    QCOMPARE(connections->at(0).expiresAt, farFuture());
    QCOMPARE(connections->at(1).organizationName, QStringLiteral("Acme"));
    QVERIFY(connections->at(1).failed);
}

void TstBundle::noSecretsListsWhatToFill() {
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    const QByteArray bytes = exported(*a, exportOptions(false));
    QVERIFY(!QJsonDocument::fromJson(bytes).object().contains(QStringLiteral("sealed")));
    auto b = openStore();
    QVERIFY(b);
    // No passphrase needed.
    auto report = bundle::importBundle(*b, bytes, QString(), importOptions());
    REQUIRE_OK(report);
    QCOMPARE(
        report->secretsToFill,
        (QStringList{
            QStringLiteral("halo: token (default): bifrostctl config set halo token --stdin"),
            QStringLiteral("halo: token (Acme): bifrostctl config set halo token --org Acme --stdin"),
            QStringLiteral("halo: OAuth client secret: bifrostctl oauth set halo --client-secret-stdin")}));
    // Everything else arrived; the secrets are not set.
    auto values = b->configValues(QStringLiteral("halo"), QString());
    REQUIRE_OK(values);
    QCOMPARE(values->size(), 5);
    auto settings = b->oauthSettings(QStringLiteral("halo"));
    QVERIFY(*settings);
    QVERIFY(!(*settings)->hasClientSecret);
    QCOMPARE((*settings)->clientId, QStringLiteral("client-1"));
    QCOMPARE(b->oauthConnections(QString())->size(), 0);
}

// --- the plan -------------------------------------------------------------------------------

void TstBundle::dryRunMatchesImport_data() {
    QTest::addColumn<int>("mode");
    QTest::newRow("into empty") << int(bundle::OnConflict::Fail);
    QTest::newRow("skip") << int(bundle::OnConflict::Skip);
    QTest::newRow("replace") << int(bundle::OnConflict::Replace);
    QTest::newRow("merge") << int(bundle::OnConflict::Merge);
}

void TstBundle::dryRunMatchesImport() {
    QFETCH(int, mode);
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    const QByteArray bytes = exported(*a, exportOptions(true, true));

    auto b = openStore();
    QVERIFY(b);
    if (mode != int(bundle::OnConflict::Fail)) {
        // A "halo" of its own: other values, an extra field, another mapping, no OAuth.
        REQUIRE_OK(b->addOrganization(QStringLiteral("acme")));
        REQUIRE_OK(b->addOrganization(QStringLiteral("Hooli")));
        REQUIRE_OK(b->createIntegration({QStringLiteral("halo"), QStringLiteral("mine"), {}, {}}));
        REQUIRE_OK(b->setSchema(QStringLiteral("halo"),
                                {makeField(QStringLiteral("url"), FieldType::String),
                                 makeField(QStringLiteral("timeout"), FieldType::Int),
                                 makeField(QStringLiteral("local"), FieldType::String),
                                 makeField(QStringLiteral("token"), FieldType::Secret)},
                                SchemaWrite::Apply));
        REQUIRE_OK(b->setConfig(QStringLiteral("halo"), {},
                                {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("https://mine")),
                                 ConfigChange::setJson(QStringLiteral("timeout"), 30),
                                 ConfigChange::setJson(QStringLiteral("local"), QStringLiteral("x")),
                                 ConfigChange::setJson(QStringLiteral("token"), s.token)}));
        REQUIRE_OK(b->setConfig(QStringLiteral("halo"), QStringLiteral("Hooli"),
                                {ConfigChange::setJson(QStringLiteral("timeout"), 5)}));
        REQUIRE_OK(
            b->setMapping(QStringLiteral("halo"), QStringLiteral("Hooli"), QStringLiteral("H"), QString()));
    }
    RawDb raw(b->path());
    const QStringList before = raw.dump();
    auto plan = bundle::importBundle(*b, bytes, passphrase, importOptions(bundle::OnConflict(mode), true));
    REQUIRE_OK(plan);
    QVERIFY(!plan->applied);
    QCOMPARE(raw.dump(), before);
    auto real = bundle::importBundle(*b, bytes, passphrase, importOptions(bundle::OnConflict(mode)));
    REQUIRE_OK(real);
    QVERIFY(real->applied);
    QJsonObject planned = plan->toJson(), applied = real->toJson();
    planned.remove(QStringLiteral("applied"));
    applied.remove(QStringLiteral("applied"));
    COMPARE_JSON(planned, applied);
    QVERIFY(plan->count(bundle::PlannedChange::Kind::Create) > 0);
}

void TstBundle::conflictFailsByDefault() {
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    const QByteArray bytes = exported(*a);
    auto b = openStore();
    QVERIFY(b);
    REQUIRE_OK(b->createIntegration({QStringLiteral("ninja"), {}, {}, {}}));
    RawDb raw(b->path());
    const QStringList before = raw.dump();
    for (bool dryRun : {true, false}) {
        auto report =
            bundle::importBundle(*b, bytes, passphrase, importOptions(bundle::OnConflict::Fail, dryRun));
        REQUIRE_ERROR(report, ErrorCode::Conflict);
        QVERIFY2(report.error().message.contains(QStringLiteral("\"ninja\"")),
                 qPrintable(report.error().message));
        for (const char *option : {"--on-conflict", "skip", "replace", "merge"})
            QVERIFY(report.error().message.contains(QLatin1String(option)));
    }
    QCOMPARE(raw.dump(), before);
}

void TstBundle::conflictSkip() {
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    auto b = openStore();
    QVERIFY(b);
    REQUIRE_OK(b->createIntegration({QStringLiteral("halo"), QStringLiteral("mine"), {}, {}}));
    REQUIRE_OK(b->addOrganization(QStringLiteral("initech"))); // matched by name: no new scope to resolve
    const QByteArray haloBefore = state(*b, true, {QStringLiteral("halo")});
    auto report = bundle::importBundle(*b, exported(*a), passphrase, importOptions(bundle::OnConflict::Skip));
    REQUIRE_OK(report);
    QCOMPARE(report->count(bundle::PlannedChange::Kind::Skip), 1);
    QCOMPARE(state(*b, true, {QStringLiteral("halo")}), haloBefore);
    REQUIRE_OK(b->integration(QStringLiteral("ninja")));
    // Only what the imported integrations refer to: Acme and Globex belong to the skipped halo.
    auto orgs = b->organizations();
    QCOMPARE(orgs->size(), 1);
    QCOMPARE(orgs->first().name, QStringLiteral("initech"));
}

void TstBundle::conflictReplace() {
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    const QByteArray bytes = exported(*a, exportOptions(true, true));
    auto b = openStore();
    QVERIFY(b);
    REQUIRE_OK(b->addOrganization(QStringLiteral("ACME")));
    REQUIRE_OK(b->addOrganization(QStringLiteral("Hooli")));
    auto mine =
        b->createIntegration({QStringLiteral("halo"), QStringLiteral("mine"), QStringLiteral("X"), {}});
    REQUIRE_OK(mine);
    REQUIRE_OK(b->setSchema(QStringLiteral("halo"),
                            {makeField(QStringLiteral("timeout"), FieldType::String),
                             makeField(QStringLiteral("local"), FieldType::Secret),
                             makeField(QStringLiteral("token"), FieldType::Secret)},
                            SchemaWrite::Apply));
    const QString localSecret = uniqueSecret(QStringLiteral("local"));
    REQUIRE_OK(
        b->setConfig(QStringLiteral("halo"), {},
                     {ConfigChange::setJson(QStringLiteral("timeout"), QStringLiteral("soon")),
                      ConfigChange::setJson(QStringLiteral("local"), localSecret),
                      ConfigChange::setJson(QStringLiteral("token"), uniqueSecret(QStringLiteral("old")))}));
    REQUIRE_OK(b->setConfig(QStringLiteral("halo"), QStringLiteral("Hooli"),
                            {ConfigChange::setJson(QStringLiteral("timeout"), QStringLiteral("7"))}));
    REQUIRE_OK(
        b->setMapping(QStringLiteral("halo"), QStringLiteral("Hooli"), QStringLiteral("H"), QString()));
    REQUIRE_OK(
        b->setMapping(QStringLiteral("halo"), QStringLiteral("ACME"), QStringLiteral("old"), QString()));
    auto oldValues = b->allValues(QStringLiteral("halo"));
    REQUIRE_OK(oldValues);

    auto report = bundle::importBundle(*b, bytes, passphrase, importOptions(bundle::OnConflict::Replace));
    REQUIRE_OK(report);
    // Exactly the bundle's halo, under its own id; "ACME" took Acme's values by name.
    QCOMPARE(b->integration(QStringLiteral("halo"))->id, mine->id);
    REQUIRE_OK(b->removeOrganization(QStringLiteral("Hooli"), false)); // nothing of halo's is left in it
    REQUIRE_OK(a->removeOrganization(QStringLiteral("Unused"), false));
    REQUIRE_OK(a->renameOrganization(QStringLiteral("Acme"), QStringLiteral("ACME")));
    const QByteArray want = state(*a, false, {QStringLiteral("halo")});
    const QByteArray got = state(*b, false, {QStringLiteral("halo")});
    QVERIFY2(want == got, "replace did not make the integration the bundle's");
    // The replaced and removed secret entries are gone from the keychain.
    for (const ConfigValue &v : std::as_const(*oldValues)) {
        if (v.isSecret())
            REQUIRE_ERROR(m_keychain.read(b->secretKeyFor(v.secretRef)), ErrorCode::NotFound);
    }

    QStringList lines;
    for (const auto &c : report->changes)
        lines << c.describe();
    QVERIFY2(lines.contains(QStringLiteral("remove field halo: local")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("change field halo: timeout: string → int")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(
        lines.contains(QStringLiteral("remove mapping halo (Hooli): with its OAuth connection; its overrides "
                                      "follow the bundle")),
        qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("remove value halo: timeout (Hooli)")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("change mapping halo (ACME)")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("create OAuth settings of halo")), qPrintable(lines.join(u'\n')));
}

void TstBundle::replaceKeepsLeftOutSecrets() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    auto b = openStore();
    QVERIFY(b);
    REQUIRE_OK(bundle::importBundle(*b, exported(*a), passphrase, importOptions()));
    // A bundle without secrets never wipes the secrets here.
    auto report = bundle::importBundle(*b, exported(*a, exportOptions(false)), QString(),
                                       importOptions(bundle::OnConflict::Replace));
    REQUIRE_OK(report);
    QVERIFY(report->secretsToFill.isEmpty());
    REQUIRE_OK(a->removeOrganization(QStringLiteral("Unused"), false));
    QVERIFY(state(*a, true) == state(*b, true));
}

void TstBundle::conflictMerge() {
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    const QByteArray bytes = exported(*a, exportOptions(true, true));
    auto b = openStore();
    QVERIFY(b);
    REQUIRE_OK(b->addOrganization(QStringLiteral("Acme")));
    REQUIRE_OK(b->createIntegration({QStringLiteral("halo"), {}, {}, QStringLiteral("Company")}));
    SchemaField region = makeField(QStringLiteral("region"), FieldType::String);
    region.options = QJsonArray{QStringLiteral("eu"), QStringLiteral("apac")};
    REQUIRE_OK(b->setSchema(QStringLiteral("halo"),
                            {region, makeField(QStringLiteral("local"), FieldType::String)},
                            SchemaWrite::Apply));
    REQUIRE_OK(b->setConfig(QStringLiteral("halo"), {},
                            {ConfigChange::setJson(QStringLiteral("region"), QStringLiteral("apac")),
                             ConfigChange::setJson(QStringLiteral("local"), QStringLiteral("x"))}));
    REQUIRE_OK(
        b->setMapping(QStringLiteral("halo"), QStringLiteral("Acme"), QStringLiteral("MINE"), QString()));

    auto report = bundle::importBundle(*b, bytes, passphrase, importOptions(bundle::OnConflict::Merge));
    REQUIRE_OK(report);
    auto halo = b->integration(QStringLiteral("halo"));
    REQUIRE_OK(halo);
    // Fields added after the ones here; the definitions here kept.
    QStringList keys;
    for (const SchemaField &f : halo->schema)
        keys << f.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("region"), QStringLiteral("local"), QStringLiteral("url"),
                                QStringLiteral("timeout"), QStringLiteral("verbose"), QStringLiteral("extra"),
                                QStringLiteral("token"), QStringLiteral("note")}));
    QCOMPARE(halo->description, QStringLiteral("HaloPSA tickets")); // was empty: filled
    QCOMPARE(halo->entityIdLabel, QStringLiteral("Company"));       // kept
    auto defaults = resolveFromStore(*b, QStringLiteral("halo"), QString(), true);
    REQUIRE_OK(defaults);
    QCOMPARE(defaults->config.value(QStringLiteral("region")).toString(), QStringLiteral("apac")); // kept
    QCOMPARE(defaults->config.value(QStringLiteral("local")).toString(), QStringLiteral("x"));
    QCOMPARE(defaults->config.value(QStringLiteral("timeout")).toInt(), 30); // added
    QVERIFY(defaults->config.value(QStringLiteral("token")).toString() == s.token);
    // Acme's override "us" is not an option here: left out, with the reason in the plan.
    auto acme = resolveFromStore(*b, QStringLiteral("halo"), QStringLiteral("Acme"), true);
    QCOMPARE(acme->config.value(QStringLiteral("region")).toString(), QStringLiteral("apac"));
    QCOMPARE(acme->config.value(QStringLiteral("timeout")).toInt(), 45);
    QCOMPARE(acme->entityId, QStringLiteral("MINE")); // mapping kept
    QStringList lines;
    for (const auto &c : report->changes)
        lines << c.describe();
    const QString all = lines.join(u'\n');
    QVERIFY2(
        all.contains(QStringLiteral("skip value halo: region (Acme): the field here does not accept it")),
        qPrintable(all));
    QVERIFY2(
        lines.contains(QStringLiteral("skip value halo: region (default): a different value is set here; "
                                      "merge keeps it")),
        qPrintable(all));
    QVERIFY2(
        lines.contains(QStringLiteral("skip mapping halo (Acme): mapped differently here; merge keeps it")),
        qPrintable(all));
    QVERIFY2(lines.contains(QStringLiteral("create mapping halo (Globex)")), qPrintable(all));
    QVERIFY(*b->readClientSecret(QStringLiteral("halo")) == s.clientSecret);
    QCOMPARE(b->oauthConnections(QStringLiteral("halo"))->size(), 2);
}

void TstBundle::mergeTypeConflictNamesTheField() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    auto b = openStore();
    QVERIFY(b);
    REQUIRE_OK(b->createIntegration({QStringLiteral("halo"), {}, {}, {}}));
    REQUIRE_OK(b->setSchema(QStringLiteral("halo"), {makeField(QStringLiteral("timeout"), FieldType::String)},
                            SchemaWrite::Apply));
    RawDb raw(b->path());
    const QStringList before = raw.dump();
    auto report =
        bundle::importBundle(*b, exported(*a), passphrase, importOptions(bundle::OnConflict::Merge));
    REQUIRE_ERROR(report, ErrorCode::Conflict);
    QCOMPARE(report.error().field, QStringLiteral("timeout"));
    QVERIFY2(report.error().message.contains(QStringLiteral("\"timeout\"")),
             qPrintable(report.error().message));
    QVERIFY(report.error().message.contains(QStringLiteral("--on-conflict replace")));
    QCOMPARE(raw.dump(), before);
}

void TstBundle::organizationsMatchedByIdThenName() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    const QString acmeId = a->organization(QStringLiteral("Acme"))->id;
    auto b = openStore();
    QVERIFY(b);
    // Acme's id under another name; Globex by name in another case.
    REQUIRE_OK(b->addOrganizationKeepingId(acmeId, QStringLiteral("Acme Renamed")));
    auto globex = b->addOrganization(QStringLiteral("GLOBEX"));
    REQUIRE_OK(globex);
    auto report = bundle::importBundle(*b, exported(*a), passphrase, importOptions());
    REQUIRE_OK(report);
    auto orgs = b->organizations();
    QCOMPARE(orgs->size(), 3); // Initech created, keeping its id
    QCOMPARE(b->organization(QStringLiteral("Initech"))->id, a->organization(QStringLiteral("Initech"))->id);
    QCOMPARE(b->mappings(QStringLiteral("halo"))->size(), 2);
    QCOMPARE(b->mappings(QStringLiteral("halo"))->at(0).organization.id, acmeId);
    QCOMPARE(b->mappings(QStringLiteral("halo"))->at(1).organization.id, globex->id);
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY(report->warnings.first().contains(QStringLiteral("Acme Renamed")));
}

void TstBundle::reimportIsUnchanged() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    const QByteArray bytes = exported(*a);
    for (auto mode : {bundle::OnConflict::Replace, bundle::OnConflict::Merge}) {
        auto report = bundle::importBundle(*a, bytes, passphrase, importOptions(mode, true));
        REQUIRE_OK(report);
        QStringList changed;
        for (const auto &c : report->changes) {
            if (c.kind != bundle::PlannedChange::Kind::Unchanged)
                changed << c.describe();
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u'\n')));
    }
}

void TstBundle::importIsRecordedInHistory() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    auto b = openStore();
    QVERIFY(b);
    b->setActor(QStringLiteral("importer"));
    REQUIRE_OK(bundle::importBundle(*b, exported(*a), passphrase, importOptions()));
    HistoryQuery query;
    query.integrationRef = QStringLiteral("halo");
    auto entries = b->history(query);
    REQUIRE_OK(entries);
    QList<HistoryEntry> imports;
    for (const HistoryEntry &e : std::as_const(*entries)) {
        if (e.action == QStringLiteral("import"))
            imports << e;
        QVERIFY(!e.oldValue || !coretest::containsText(toJsonText(*e.oldValue).toUtf8(), s.token));
        QVERIFY(!e.newValue || !coretest::containsText(toJsonText(*e.newValue).toUtf8(), s.token));
    }
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.first().actor, QStringLiteral("importer"));
    QVERIFY(imports.first().detail.contains(QStringLiteral("tester")));
}

// --- refused bundles ------------------------------------------------------------------------

void TstBundle::wrongPassphrase() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    const QByteArray bytes = exported(*a);
    auto b = openStore();
    QVERIFY(b);
    RawDb raw(b->path());
    const QStringList before = raw.dump();
    auto report = bundle::importBundle(*b, bytes, QStringLiteral("wrong passphrase"), importOptions());
    REQUIRE_ERROR(report, ErrorCode::InvalidInput);
    QCOMPARE(report.error().field, QStringLiteral("passphrase"));
    QVERIFY(report.error().message.contains(QStringLiteral("passphrase")));
    QCOMPARE(raw.dump(), before);
}

void TstBundle::missingPassphrase() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    auto b = openStore();
    QVERIFY(b);
    auto report = bundle::importBundle(*b, exported(*a), QString(), importOptions());
    REQUIRE_ERROR(report, ErrorCode::InvalidInput);
    QCOMPARE(report.error().field, QStringLiteral("passphrase"));
}

void TstBundle::newerVersion() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    auto b = openStore();
    QVERIFY(b);
    RawDb raw(b->path());
    const QStringList before = raw.dump();
    for (bool sealed : {false, true}) {
        QJsonObject doc = QJsonDocument::fromJson(exported(*a, exportOptions(sealed))).object();
        doc.insert(QStringLiteral("version"), 2);
        doc.insert(QStringLiteral("something_new"), true);
        const QByteArray bytes = QJsonDocument(doc).toJson();
        auto info = bundle::inspectBundle(bytes);
        REQUIRE_ERROR(info, ErrorCode::InvalidInput);
        auto report = bundle::importBundle(*b, bytes, passphrase, importOptions());
        REQUIRE_ERROR(report, ErrorCode::InvalidInput);
        QVERIFY2(report.error().message.contains(QStringLiteral("newer Bifrost Admin")),
                 qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(QStringLiteral("version 2")));
    }
    QCOMPARE(raw.dump(), before);
}

void TstBundle::malformedJson() {
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    const QByteArray bytes = exported(*a);
    auto b = openStore();
    QVERIFY(b);
    RawDb raw(b->path());
    const QStringList before = raw.dump();
    // Cut in the middle of line 3.
    const qsizetype third = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 5;
    for (const QByteArray &broken :
         {bytes.left(third), bytes.left(bytes.size() / 2), QByteArray("{\n  \"format\": ,\n}")}) {
        auto report = bundle::importBundle(*b, broken, passphrase, importOptions());
        REQUIRE_ERROR(report, ErrorCode::InvalidInput);
        QVERIFY2(report.error().message.contains(QStringLiteral("not valid JSON")),
                 qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(QStringLiteral("line ")) &&
                     report.error().message.contains(QStringLiteral("column ")),
                 qPrintable(report.error().message));
        REQUIRE_ERROR(bundle::inspectBundle(broken), ErrorCode::InvalidInput);
    }
    auto last = bundle::importBundle(*b, "{\n  \"format\": ,\n}", passphrase, importOptions());
    QVERIFY2(last.error().message.contains(QStringLiteral("line 2, column")),
             qPrintable(last.error().message));
    QCOMPARE(raw.dump(), before);
}

void TstBundle::otherFormat() {
    auto b = openStore();
    QVERIFY(b);
    for (const char *text : {"[]", "{}", "{\"format\": \"something\", \"version\": 1}",
                             "{\"format\": \"bifrost-bundle\", \"version\": \"1\"}"}) {
        auto report = bundle::importBundle(*b, text, passphrase, importOptions());
        REQUIRE_ERROR(report, ErrorCode::InvalidInput);
    }
}

void TstBundle::everyTamperingDetected() {
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    const QByteArray bytes = exported(*a, exportOptions(true, true));
    auto b = openStore();
    QVERIFY(b);
    RawDb raw(b->path());
    const QStringList before = raw.dump();

    // Every offset of the short structural parts, a spread over the rest, and the last bytes
    // (the end of the ciphertext, where the GCM tag is).
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < 64 && i < bytes.size(); ++i)
        offsets << i;
    for (qsizetype i = 64; i < bytes.size(); i += std::max<qsizetype>(1, bytes.size() / 150))
        offsets << i;
    for (qsizetype i = std::max<qsizetype>(0, bytes.size() - 80); i < bytes.size(); ++i)
        offsets << i;
    const qsizetype sealedAt = bytes.indexOf("\"sealed\"");
    QVERIFY(sealedAt > 0);
    for (qsizetype i = sealedAt; i < sealedAt + 120 && i < bytes.size(); ++i)
        offsets << i;
    int tried = 0;
    for (qsizetype offset : std::as_const(offsets)) {
        for (char flip : {char(0x01), char(0x20), char(0x04)}) {
            QByteArray changed = bytes;
            changed[offset] = char(changed[offset] ^ flip);
            auto report = bundle::importBundle(*b, changed, passphrase, importOptions());
            QVERIFY2(!report.ok(), qPrintable(QStringLiteral("a change at byte %1 (xor %2) went unnoticed")
                                                  .arg(offset)
                                                  .arg(int(flip))));
            QVERIFY(report.error().code == ErrorCode::InvalidInput);
            ++tried;
        }
    }
    // Inserted and removed bytes.
    for (qsizetype offset : {qsizetype(1), bytes.size() / 3, bytes.size() - 3}) {
        QVERIFY(!bundle::importBundle(*b, QByteArray(bytes).insert(offset, ' '), passphrase, importOptions())
                     .ok());
        QVERIFY(
            !bundle::importBundle(*b, QByteArray(bytes).remove(offset, 1), passphrase, importOptions()).ok());
    }
    QVERIFY(!bundle::importBundle(*b, bytes + '\n', passphrase, importOptions()).ok());
    QCOMPARE(raw.dump(), before);
    qInfo("%d tampered copies refused", tried);
    // The untouched bundle still imports.
    REQUIRE_OK(bundle::importBundle(*b, bytes, passphrase, importOptions()));
}

void TstBundle::reserializedEditDetected() {
    // An edit written back in the exporter's own layout passes the byte check; the
    // authentication of the rest of the document catches it.
    Secrets s;
    auto a = populated(s, false);
    QVERIFY(a);
    QJsonObject doc = QJsonDocument::fromJson(exported(*a)).object();
    QJsonArray integrations = doc.value(QStringLiteral("integrations")).toArray();
    QJsonObject first = integrations.at(0).toObject();
    first.insert(QStringLiteral("description"), QStringLiteral("edited"));
    integrations.replace(0, first);
    doc.insert(QStringLiteral("integrations"), integrations);
    auto b = openStore();
    QVERIFY(b);
    auto report = bundle::importBundle(*b, QJsonDocument(doc).toJson(), passphrase, importOptions());
    REQUIRE_ERROR(report, ErrorCode::InvalidInput);
    QVERIFY2(report.error().message.contains(QStringLiteral("changed or damaged")),
             qPrintable(report.error().message));
    QCOMPARE(b->integrations()->size(), 0);
}

// --- all or nothing -------------------------------------------------------------------------

void TstBundle::allOrNothingWhenTheSecretStoreFails() {
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    const QByteArray bytes = exported(*a, exportOptions(true, true));
    // The real keychain cannot be made to fail on demand: FailingSecretStore (coretestutil.h)
    // forwards to it and fails one chosen write.
    FailingSecretStore failing(&m_keychain);
    auto b = openStore(&failing);
    QVERIFY(b);
    REQUIRE_OK(b->createIntegration({QStringLiteral("halo"), {}, {}, {}}));
    RawDb raw(b->path());
    const QStringList before = raw.dump();
    failing.failOnWrite(5); // a few secrets in, late in the import
    failing.clearWrittenKeys();
    auto report = bundle::importBundle(*b, bytes, passphrase, importOptions(bundle::OnConflict::Replace));
    REQUIRE_ERROR(report, ErrorCode::External);
    QCOMPARE(raw.dump(), before);
    QCOMPARE(failing.writtenKeys().size(), 4);
    for (const QString &key : failing.writtenKeys())
        REQUIRE_ERROR(m_keychain.read(key), ErrorCode::NotFound);
}

void TstBundle::allOrNothingOnPlanConflict() {
    // The conflict is on the last integration of the bundle: nothing of the first ones is applied.
    Secrets s;
    auto a = populated(s);
    QVERIFY(a);
    REQUIRE_OK(a->createIntegration({QStringLiteral("zz_last"), {}, {}, {}}));
    REQUIRE_OK(a->setSchema(QStringLiteral("zz_last"), {makeField(QStringLiteral("k"), FieldType::Int)},
                            SchemaWrite::Apply));
    auto b = openStore();
    QVERIFY(b);
    REQUIRE_OK(b->createIntegration({QStringLiteral("zz_last"), {}, {}, {}}));
    REQUIRE_OK(b->setSchema(QStringLiteral("zz_last"), {makeField(QStringLiteral("k"), FieldType::Bool)},
                            SchemaWrite::Apply));
    RawDb raw(b->path());
    const QStringList before = raw.dump();
    auto keysBefore = m_keychain.keys(b->secretKeyPrefix());
    REQUIRE_OK(keysBefore);
    auto report = bundle::importBundle(*b, exported(*a, exportOptions(true, true)), passphrase,
                                       importOptions(bundle::OnConflict::Merge));
    REQUIRE_ERROR(report, ErrorCode::Conflict);
    QCOMPARE(raw.dump(), before);
    auto keysAfter = m_keychain.keys(b->secretKeyPrefix());
    REQUIRE_OK(keysAfter);
    QCOMPARE(*keysAfter, *keysBefore);
}

// --- scale ----------------------------------------------------------------------------------

void TstBundle::fiveHundredIntegrations() {
    // The secrets of this one go to vault files (cheap scrypt parameters): a thousand keychain
    // entries would slow gnome-keyring, which rewrites its keyring file on every change, for
    // every suite that runs after this one. The keychain path of import is covered above.
    const auto vault = [this](const QString &name) {
        return std::make_unique<VaultSecretStore>(
            m_dir->filePath(name), [](bool) -> Result<QString> { return QStringLiteral("five hundred"); },
            crypto::ScryptParams{10, 8, 1});
    };
    const auto vaultA = vault(QStringLiteral("a.vault"));
    const auto vaultB = vault(QStringLiteral("b.vault"));
    const auto vaultC = vault(QStringLiteral("c.vault"));
    auto a = openStore(vaultA.get());
    QVERIFY(a);
    REQUIRE_OK(a->setSecretBackend(QStringLiteral("vault")));
    REQUIRE_OK(a->addOrganization(QStringLiteral("Acme")));
    REQUIRE_OK(a->addOrganization(QStringLiteral("Globex")));
    const Schema schema{makeField(QStringLiteral("url"), FieldType::String, true),
                        makeField(QStringLiteral("timeout"), FieldType::Int),
                        makeField(QStringLiteral("token"), FieldType::Secret)};
    QElapsedTimer timer;
    timer.start();
    REQUIRE_OK(a->transaction([&]() -> Result<void> {
        for (int n = 0; n < 500; ++n) {
            const QString name = QStringLiteral("int%1").arg(n, 3, 10, QLatin1Char('0'));
            if (auto r = a->createIntegration({name, QStringLiteral("number %1").arg(n), {}, {}}); !r)
                return r.error();
            if (auto r = a->setSchema(name, schema, SchemaWrite::Apply); !r)
                return r.error();
            if (auto r = a->setConfig(
                    name, {},
                    {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("https://x/%1").arg(n)),
                     ConfigChange::setJson(QStringLiteral("timeout"), n),
                     ConfigChange::setJson(QStringLiteral("token"), QStringLiteral("tok-%1").arg(n))});
                !r)
                return r;
            if (auto r = a->setConfig(name, QStringLiteral("Acme"),
                                      {ConfigChange::setJson(QStringLiteral("timeout"), n + 1)});
                !r)
                return r;
            if (auto r =
                    a->setMapping(name, QStringLiteral("Globex"), QStringLiteral("G%1").arg(n), QString());
                !r)
                return r.error();
        }
        return {};
    }));
    const qint64 populateMs = timer.restart();
    auto result = bundle::exportBundle(*a, exportOptions(), passphrase);
    REQUIRE_OK(result);
    const qint64 exportMs = timer.restart();
    QCOMPARE(result->integrationCount, 500);
    QCOMPARE(result->secretCount, 500);
    auto b = openStore(vaultB.get());
    QVERIFY(b);
    REQUIRE_OK(b->setSecretBackend(QStringLiteral("vault")));
    timer.restart();
    auto dry =
        bundle::importBundle(*b, result->bytes, passphrase, importOptions(bundle::OnConflict::Fail, true));
    REQUIRE_OK(dry);
    const qint64 dryMs = timer.restart();
    auto report = bundle::importBundle(*b, result->bytes, passphrase, importOptions());
    REQUIRE_OK(report);
    const qint64 importMs = timer.restart();
    QCOMPARE(b->integrations()->size(), 500);
    QCOMPARE(report->count(bundle::PlannedChange::Kind::Create), 502);
    auto data = resolveFromStore(*b, QStringLiteral("int499"), QStringLiteral("Acme"), true);
    REQUIRE_OK(data);
    QCOMPARE(data->config.value(QStringLiteral("timeout")).toInt(), 500);
    QVERIFY(data->config.value(QStringLiteral("token")).toString() == QStringLiteral("tok-499"));
    timer.restart();
    auto replace =
        bundle::importBundle(*b, result->bytes, passphrase, importOptions(bundle::OnConflict::Replace));
    REQUIRE_OK(replace);
    const qint64 reimportMs = timer.restart();
    QCOMPARE(replace->count(bundle::PlannedChange::Kind::Change), 0);
    // The same without secret values: what the import costs besides the secret store.
    auto open = bundle::exportBundle(*a, exportOptions(false), QString());
    REQUIRE_OK(open);
    auto c = openStore(vaultC.get());
    QVERIFY(c);
    REQUIRE_OK(c->setSecretBackend(QStringLiteral("vault")));
    timer.restart();
    auto plain = bundle::importBundle(*c, open->bytes, QString(), importOptions());
    REQUIRE_OK(plain);
    const qint64 plainMs = timer.restart();
    QCOMPARE(plain->secretsToFill.size(), 500);
    // Recorded for the report; no timing assertion.
    qInfo("500 integrations: populate %lld ms, export %lld ms (%lld bytes), dry run %lld ms, import %lld ms, "
          "replace (all unchanged) %lld ms; import without secret values %lld ms",
          populateMs, exportMs, qint64(result->bytes.size()), dryMs, importMs, reimportMs, plainMs);
}

QTEST_GUILESS_MAIN(TstBundle)
#include "tst_bundle.moc"
