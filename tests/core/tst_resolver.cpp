// The Resolver (ARCHITECTURE.md §3, "Reads"): the pure merge, and resolveFromStore against a real
// SQLite file and the real keychain (run under scripts/with-keyring); as tst_resolver_pg, on a
// PostgreSQL database of scripts/with-postgres.

#include "coretestutil.h"
#include "resolve/resolver.h"
#include "secrets/keychainsecretstore.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bifrost;
using coretest::makeField;
using coretest::StatementCounter;

Q_DECLARE_METATYPE(bifrost::ResolveInput)

namespace {

const QString kIntegrationId = QStringLiteral("6f7c0e52-1111-4c3e-9d57-000000000001");
const QString kOrgId = QStringLiteral("6f7c0e52-2222-4c3e-9d57-000000000002");

Integration makeIntegration(const Schema &schema,
                            const QString &defaultEntityId = QStringLiteral("default-tenant")) {
    Integration i;
    i.id = kIntegrationId;
    i.name = QStringLiteral("crm");
    i.defaultEntityId = defaultEntityId;
    i.schema = schema;
    for (int p = 0; p < i.schema.size(); ++p)
        i.schema[p].position = p;
    return i;
}

Organization contoso() {
    return {kOrgId, QStringLiteral("Contoso"), {}, {}};
}

ConfigValue plain(const QString &key, const QJsonValue &value, const QString &orgId = {}) {
    return {kIntegrationId, orgId, key, value, {}};
}

ConfigValue secret(const QString &key, const QString &ref, const QString &orgId = {}) {
    return {kIntegrationId, orgId, key, {}, ref};
}

Mapping mapping(const QString &entityId, const QString &entityName) {
    return {kIntegrationId, contoso(), entityId, entityName, {}, {}};
}

} // namespace

class TestResolver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // resolve(ResolveInput)
    void overridesWinPerKey_data();
    void overridesWinPerKey();
    void missingRequired_data();
    void missingRequired();
    void entity_data();
    void entity();
    void globalScope();
    void secretsMasked();
    void toJson();

    // resolveFromStore
    void fromStore();
    void fromStoreRevealsRealSecrets();
    void fromStoreGlobalScope();
    void fromStoreUnknownReferences();
    void fromStoreMissingKeychainEntry();
    void resolveInputQueryCountIsBounded();
    void cacheSeesOtherConnectionsCommits();
    void cacheSeesOwnWritesAndRollbacks();

private:
    std::unique_ptr<Store> openStore();
    void setUpStore(Store &store);

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain{QStringLiteral("Bifrost Admin tests")};
    QString m_lastLocation;
    QString m_defaultSecret;
    QString m_contosoSecret;
};

void TestResolver::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString engineProblem = testdb::setupError();
    QVERIFY2(engineProblem.isEmpty(), qPrintable(engineProblem));
    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY2(m_keychain.write(key, QStringLiteral("probe")).ok(),
             "no usable keychain: run the suite under scripts/with-keyring");
    REQUIRE_OK(m_keychain.remove(key));
}

// --- resolve(ResolveInput) ------------------------------------------------------------------

void TestResolver::overridesWinPerKey_data() {
    QTest::addColumn<ResolveInput>("input");

    const Schema schema{makeField(QStringLiteral("base_url"), FieldType::String),
                        makeField(QStringLiteral("timeout"), FieldType::Int),
                        makeField(QStringLiteral("debug"), FieldType::Bool),
                        makeField(QStringLiteral("extra"), FieldType::Json),
                        makeField(QStringLiteral("only_override"), FieldType::String),
                        makeField(QStringLiteral("unset"), FieldType::String)};
    const QList<ConfigValue> defaults{
        plain(QStringLiteral("base_url"), QStringLiteral("https://default")),
        plain(QStringLiteral("timeout"), 30),
        plain(QStringLiteral("debug"), true),
        plain(QStringLiteral("extra"),
              QJsonObject{
                  {QStringLiteral("deep"), QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), 2}}},
                  {QStringLiteral("keep"), true}}),
    };
    const QList<ConfigValue> overrides{
        plain(QStringLiteral("timeout"), 45, kOrgId),
        plain(QStringLiteral("debug"), false, kOrgId),
        plain(QStringLiteral("extra"),
              QJsonObject{{QStringLiteral("deep"), QJsonObject{{QStringLiteral("x"), 9}}}}, kOrgId),
        plain(QStringLiteral("only_override"), QStringLiteral("mine"), kOrgId),
    };

    // The Store returns rows in no promised order: the result must not depend on it.
    ResolveInput input{makeIntegration(schema), contoso(), defaults + overrides, std::nullopt};
    QTest::newRow("defaults first") << input;
    input.values = overrides + defaults;
    QTest::newRow("overrides first") << input;
    input.values.clear();
    for (qsizetype i = 0; i < std::max(defaults.size(), overrides.size()); ++i) {
        if (i < overrides.size())
            input.values << overrides.at(i);
        if (i < defaults.size())
            input.values << defaults.at(i);
    }
    QTest::newRow("interleaved") << input;
}

void TestResolver::overridesWinPerKey() {
    QFETCH(ResolveInput, input);

    const IntegrationData data = resolve(input);
    const QJsonObject expected{
        {QStringLiteral("base_url"), QStringLiteral("https://default")},
        {QStringLiteral("timeout"), 45},
        {QStringLiteral("debug"), false}, // a false override is a value, not "no override"
        // Replaced whole: no "y" from the default and no "keep".
        {QStringLiteral("extra"),
         QJsonObject{{QStringLiteral("deep"), QJsonObject{{QStringLiteral("x"), 9}}}}},
        {QStringLiteral("only_override"), QStringLiteral("mine")},
    };
    QCOMPARE(QJsonDocument(data.config).toJson(QJsonDocument::Compact),
             QJsonDocument(expected).toJson(QJsonDocument::Compact));
    QVERIFY(!data.config.contains(QStringLiteral("unset")));

    QCOMPARE(data.provenance.size(), 5);
    QCOMPARE(data.provenance.value(QStringLiteral("base_url")), Provenance::Default);
    QCOMPARE(data.provenance.value(QStringLiteral("timeout")), Provenance::Override);
    QCOMPARE(data.provenance.value(QStringLiteral("debug")), Provenance::Override);
    QCOMPARE(data.provenance.value(QStringLiteral("extra")), Provenance::Override);
    QCOMPARE(data.provenance.value(QStringLiteral("only_override")), Provenance::Override);
    QVERIFY(!data.provenance.contains(QStringLiteral("unset")));

    QCOMPARE(data.integrationId, kIntegrationId);
    QCOMPARE(data.name, QStringLiteral("crm"));
    QVERIFY(data.organization.has_value());
    QCOMPARE(data.organization->id, kOrgId);
    QVERIFY(data.secretKeys.isEmpty());
    QVERIFY(data.missingRequired.isEmpty());
    QVERIFY(!data.secretsRevealed);
}

void TestResolver::missingRequired_data() {
    QTest::addColumn<ResolveInput>("input");
    QTest::addColumn<QStringList>("missing");

    const Schema schema{makeField(QStringLiteral("a"), FieldType::String, true),
                        makeField(QStringLiteral("b"), FieldType::Int, true),
                        makeField(QStringLiteral("c"), FieldType::Secret, true),
                        makeField(QStringLiteral("d"), FieldType::String, false)};
    const Integration integration = makeIntegration(schema);

    QTest::newRow("nothing set") << ResolveInput{integration, contoso(), {}, std::nullopt}
                                 << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                QStringLiteral("c")};
    QTest::newRow("defaults cover some") << ResolveInput{integration,
                                                         contoso(),
                                                         {plain(QStringLiteral("a"), QStringLiteral("x")),
                                                          secret(QStringLiteral("c"), QStringLiteral("r1"))},
                                                         std::nullopt}
                                         << QStringList{QStringLiteral("b")};
    QTest::newRow("an override covers one")
        << ResolveInput{integration,
                        contoso(),
                        {plain(QStringLiteral("a"), QStringLiteral("x")),
                         plain(QStringLiteral("b"), 1, kOrgId),
                         secret(QStringLiteral("c"), QStringLiteral("r1"), kOrgId)},
                        std::nullopt}
        << QStringList{};
    QTest::newRow("empty string counts as a value")
        << ResolveInput{integration,
                        contoso(),
                        {plain(QStringLiteral("a"), QStringLiteral("")), plain(QStringLiteral("b"), 0),
                         secret(QStringLiteral("c"), QStringLiteral("r1"))},
                        std::nullopt}
        << QStringList{};
    QTest::newRow("global scope, defaults missing")
        << ResolveInput{integration,
                        std::nullopt,
                        {plain(QStringLiteral("d"), QStringLiteral("x"))},
                        std::nullopt}
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
}

void TestResolver::missingRequired() {
    QFETCH(ResolveInput, input);
    QFETCH(QStringList, missing);

    const IntegrationData data = resolve(input);
    QCOMPARE(data.missingRequired, missing);
    for (const QString &key : missing)
        QVERIFY(!data.config.contains(key));
    // An optional key without a value is simply absent, never "missing".
    QVERIFY(!data.missingRequired.contains(QStringLiteral("d")));
}

void TestResolver::entity_data() {
    QTest::addColumn<ResolveInput>("input");
    QTest::addColumn<QString>("entityId");
    QTest::addColumn<QString>("entityName");

    const Integration integration = makeIntegration({}, QStringLiteral("default-tenant"));
    QTest::newRow("mapping with entity id")
        << ResolveInput{integration,
                        contoso(),
                        {},
                        mapping(QStringLiteral("T-1"), QStringLiteral("Contoso Tenant"))}
        << QStringLiteral("T-1") << QStringLiteral("Contoso Tenant");
    QTest::newRow("mapping with empty entity id")
        << ResolveInput{integration, contoso(), {}, mapping(QString(), QStringLiteral("Contoso Tenant"))}
        << QStringLiteral("default-tenant") << QStringLiteral("Contoso Tenant");
    QTest::newRow("mapping without name")
        << ResolveInput{integration, contoso(), {}, mapping(QStringLiteral("T-1"), {})}
        << QStringLiteral("T-1") << QString();
    QTest::newRow("no mapping") << ResolveInput{integration, contoso(), {}, std::nullopt}
                                << QStringLiteral("default-tenant") << QString();
    QTest::newRow("no mapping, no default")
        << ResolveInput{makeIntegration({}, QString()), contoso(), {}, std::nullopt} << QString()
        << QString();
    QTest::newRow("global scope") << ResolveInput{integration, std::nullopt, {}, std::nullopt}
                                  << QStringLiteral("default-tenant") << QString();
}

void TestResolver::entity() {
    QFETCH(ResolveInput, input);
    QFETCH(QString, entityId);
    QFETCH(QString, entityName);

    const IntegrationData data = resolve(input);
    QCOMPARE(data.entityId, entityId);
    QCOMPARE(data.entityName, entityName);
}

void TestResolver::globalScope() {
    const Schema schema{makeField(QStringLiteral("a"), FieldType::String),
                        makeField(QStringLiteral("b"), FieldType::Int)};
    const ResolveInput input{makeIntegration(schema),
                             std::nullopt,
                             {plain(QStringLiteral("a"), QStringLiteral("x")), plain(QStringLiteral("b"), 2)},
                             std::nullopt};
    const IntegrationData data = resolve(input);
    QVERIFY(!data.organization.has_value());
    QCOMPARE(data.config.value(QStringLiteral("a")).toString(), QStringLiteral("x"));
    QCOMPARE(data.config.value(QStringLiteral("b")).toInteger(), qint64(2));
    QCOMPARE(data.provenance.value(QStringLiteral("a")), Provenance::Default);
    QCOMPARE(data.provenance.value(QStringLiteral("b")), Provenance::Default);
    QCOMPARE(data.entityId, QStringLiteral("default-tenant"));
    QVERIFY(data.entityName.isEmpty());
    QVERIFY(data.toJson(false).value(QStringLiteral("organization")).isNull());
}

void TestResolver::secretsMasked() {
    const Schema schema{makeField(QStringLiteral("api_key"), FieldType::Secret, true),
                        makeField(QStringLiteral("client_secret"), FieldType::Secret),
                        makeField(QStringLiteral("unset_secret"), FieldType::Secret),
                        makeField(QStringLiteral("user"), FieldType::String)};
    const ResolveInput input{makeIntegration(schema),
                             contoso(),
                             {secret(QStringLiteral("api_key"), QStringLiteral("ref-default")),
                              secret(QStringLiteral("api_key"), QStringLiteral("ref-override"), kOrgId),
                              secret(QStringLiteral("client_secret"), QStringLiteral("ref-client")),
                              plain(QStringLiteral("user"), QStringLiteral("admin"))},
                             std::nullopt};
    const IntegrationData data = resolve(input);

    QCOMPARE(data.config.value(QStringLiteral("api_key")).toString(), secretMask());
    QCOMPARE(data.config.value(QStringLiteral("client_secret")).toString(), secretMask());
    QCOMPARE(secretMask(), QStringLiteral("••••••••"));
    QCOMPARE(data.config.value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
    QVERIFY(!data.config.contains(QStringLiteral("unset_secret")));

    QStringList keys = data.secretKeys;
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("api_key"), QStringLiteral("client_secret")}));
    QCOMPARE(data.secretRefs.value(QStringLiteral("api_key")), QStringLiteral("ref-override"));
    QCOMPARE(data.secretRefs.value(QStringLiteral("client_secret")), QStringLiteral("ref-client"));
    QCOMPARE(data.secretRefs.size(), 2);
    QCOMPARE(data.provenance.value(QStringLiteral("api_key")), Provenance::Override);
    QCOMPARE(data.provenance.value(QStringLiteral("client_secret")), Provenance::Default);
    QVERIFY(data.missingRequired.isEmpty());
    QVERIFY(!data.secretsRevealed);

    // The printed form carries neither the references nor anything but the mask.
    const QByteArray json = QJsonDocument(data.toJson(true)).toJson();
    QVERIFY(!json.contains("ref-"));
    QCOMPARE(data.toJson(false).value(QStringLiteral("config_secret_keys")).toArray().size(), 2);
}

void TestResolver::toJson() {
    const Schema schema{makeField(QStringLiteral("a"), FieldType::String, true),
                        makeField(QStringLiteral("b"), FieldType::Int, true)};
    const ResolveInput input{makeIntegration(schema),
                             contoso(),
                             {plain(QStringLiteral("a"), QStringLiteral("x"), kOrgId)},
                             mapping(QStringLiteral("T-1"), QStringLiteral("Tenant"))};
    const IntegrationData data = resolve(input);

    const QJsonObject plainJson = data.toJson(false);
    QCOMPARE(plainJson.value(QStringLiteral("integration_id")).toString(), kIntegrationId);
    QCOMPARE(plainJson.value(QStringLiteral("name")).toString(), QStringLiteral("crm"));
    const QJsonObject org = plainJson.value(QStringLiteral("organization")).toObject();
    QCOMPARE(org.value(QStringLiteral("id")).toString(), kOrgId);
    QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("Contoso"));
    QCOMPARE(plainJson.value(QStringLiteral("entity_id")).toString(), QStringLiteral("T-1"));
    QCOMPARE(plainJson.value(QStringLiteral("entity_name")).toString(), QStringLiteral("Tenant"));
    QCOMPARE(plainJson.value(QStringLiteral("config")).toObject().value(QStringLiteral("a")).toString(),
             QStringLiteral("x"));
    QCOMPARE(plainJson.value(QStringLiteral("missing_required")).toArray(), QJsonArray{QStringLiteral("b")});
    QVERIFY(plainJson.value(QStringLiteral("config_secret_keys")).toArray().isEmpty());
    QVERIFY(plainJson.contains(QStringLiteral("oauth")));
    QVERIFY(!plainJson.contains(QStringLiteral("provenance")));

    const QJsonObject explained = data.toJson(true);
    QCOMPARE(explained.value(QStringLiteral("provenance")).toObject(),
             (QJsonObject{{QStringLiteral("a"), QStringLiteral("override")}}));
}

// --- resolveFromStore -----------------------------------------------------------------------

std::unique_ptr<Store> TestResolver::openStore() {
    m_lastLocation = coretest::newDatabase(m_dir.path());
    auto opened = Store::open(m_lastLocation, &m_keychain);
    if (!opened) {
        qWarning("cannot open the store: %s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

// crm: defaults for base_url, timeout, api_key; Contoso overrides timeout and api_key and is
// mapped to T-1; Fabrikam is mapped with an empty entity id; Northwind has nothing.
void TestResolver::setUpStore(Store &store) {
    REQUIRE_OK(store.createIntegration(
        {QStringLiteral("crm"), {}, QStringLiteral("default-tenant"), QStringLiteral("Tenant ID")}));
    REQUIRE_OK(store.setSchema(QStringLiteral("crm"),
                               {makeField(QStringLiteral("base_url"), FieldType::String, true),
                                makeField(QStringLiteral("timeout"), FieldType::Int),
                                makeField(QStringLiteral("api_key"), FieldType::Secret, true),
                                makeField(QStringLiteral("extra"), FieldType::Json),
                                makeField(QStringLiteral("region"), FieldType::String, true)},
                               SchemaWrite::Apply));
    for (const QString &org :
         {QStringLiteral("Contoso"), QStringLiteral("Fabrikam"), QStringLiteral("Northwind")})
        REQUIRE_OK(store.addOrganization(org));
    m_defaultSecret = coretest::uniqueSecret(QStringLiteral("resolver-default"));
    m_contosoSecret = coretest::uniqueSecret(QStringLiteral("resolver-contoso"));
    REQUIRE_OK(store.setConfig(
        QStringLiteral("crm"), {},
        {ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://crm.example.com")),
         ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30")),
         ConfigChange::setText(QStringLiteral("api_key"), m_defaultSecret),
         ConfigChange::setText(QStringLiteral("extra"), QStringLiteral("{\"a\": {\"b\": 1, \"c\": 2}}"))}));
    REQUIRE_OK(store.setConfig(
        QStringLiteral("crm"), QStringLiteral("Contoso"),
        {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("45")),
         ConfigChange::setText(QStringLiteral("api_key"), m_contosoSecret),
         ConfigChange::setText(QStringLiteral("extra"), QStringLiteral("{\"a\": {\"b\": 9}}")),
         ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))}));
    REQUIRE_OK(store.setMapping(QStringLiteral("crm"), QStringLiteral("Contoso"), QStringLiteral("T-1"),
                                QStringLiteral("Contoso Tenant")));
    REQUIRE_OK(store.setMapping(QStringLiteral("crm"), QStringLiteral("Fabrikam"), QString(),
                                QStringLiteral("Fabrikam Tenant")));
}

void TestResolver::fromStore() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpStore(*store));

    const auto data = resolveFromStore(*store, QStringLiteral("crm"), QStringLiteral("contoso"), false);
    REQUIRE_OK(data);
    QCOMPARE(data->organization->name, QStringLiteral("Contoso"));
    QCOMPARE(data->config.value(QStringLiteral("base_url")).toString(),
             QStringLiteral("https://crm.example.com"));
    QCOMPARE(data->config.value(QStringLiteral("timeout")).toInteger(), qint64(45));
    QVERIFY2(data->config.value(QStringLiteral("api_key")).toString() == secretMask(),
             "the secret is not masked");
    COMPARE_JSON(data->config.value(QStringLiteral("extra")),
                 QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("b"), 9}}}}));
    QCOMPARE(data->config.value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
    QCOMPARE(data->provenance.value(QStringLiteral("base_url")), Provenance::Default);
    QCOMPARE(data->provenance.value(QStringLiteral("timeout")), Provenance::Override);
    QCOMPARE(data->provenance.value(QStringLiteral("api_key")), Provenance::Override);
    QCOMPARE(data->secretKeys, QStringList{QStringLiteral("api_key")});
    QVERIFY(data->missingRequired.isEmpty());
    QCOMPARE(data->entityId, QStringLiteral("T-1"));
    QCOMPARE(data->entityName, QStringLiteral("Contoso Tenant"));
    QVERIFY(!data->secretsRevealed);
    QVERIFY(!QJsonDocument(data->toJson(true)).toJson().contains(m_contosoSecret.toUtf8()));

    // Fabrikam: mapped with an empty entity id, no overrides; region is required and unset.
    const auto fabrikam =
        resolveFromStore(*store, QStringLiteral("Fabrikam"), QStringLiteral("Fabrikam"), false);
    REQUIRE_ERROR(fabrikam, ErrorCode::NotFound); // "Fabrikam" is not an integration
    const auto fab = resolveFromStore(*store, QStringLiteral("crm"), QStringLiteral("FABRIKAM"), false);
    REQUIRE_OK(fab);
    QCOMPARE(fab->entityId, QStringLiteral("default-tenant"));
    QCOMPARE(fab->entityName, QStringLiteral("Fabrikam Tenant"));
    QCOMPARE(fab->config.value(QStringLiteral("timeout")).toInteger(), qint64(30));
    QCOMPARE(fab->provenance.value(QStringLiteral("timeout")), Provenance::Default);
    QCOMPARE(fab->missingRequired, QStringList{QStringLiteral("region")});

    // Northwind: no mapping at all.
    const auto org = store->organization(QStringLiteral("Northwind"));
    REQUIRE_OK(org);
    const auto northwind = resolveFromStore(*store, QStringLiteral("crm"), org->id, false);
    REQUIRE_OK(northwind);
    QCOMPARE(northwind->organization->id, org->id);
    QCOMPARE(northwind->entityId, QStringLiteral("default-tenant"));
    QVERIFY(northwind->entityName.isEmpty());
}

void TestResolver::fromStoreRevealsRealSecrets() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpStore(*store));

    const auto contosoData = resolveFromStore(*store, QStringLiteral("crm"), QStringLiteral("Contoso"), true);
    REQUIRE_OK(contosoData);
    QVERIFY(contosoData->secretsRevealed);
    QVERIFY2(contosoData->config.value(QStringLiteral("api_key")).toString() == m_contosoSecret,
             "the override's secret was not revealed");
    QCOMPARE(contosoData->secretKeys, QStringList{QStringLiteral("api_key")});

    const auto northwind = resolveFromStore(*store, QStringLiteral("crm"), QStringLiteral("Northwind"), true);
    REQUIRE_OK(northwind);
    QVERIFY2(northwind->config.value(QStringLiteral("api_key")).toString() == m_defaultSecret,
             "the default secret was not revealed");

    // The value revealed is the one in the real keychain, under the Store's reference.
    const auto values = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(values);
    QString ref;
    for (const ConfigValue &v : *values) {
        if (v.key == QLatin1String("api_key"))
            ref = v.secretRef;
    }
    const auto direct = m_keychain.read(store->databaseId() + QLatin1Char('/') + ref);
    REQUIRE_OK(direct);
    QVERIFY(*direct == m_contosoSecret);

    // A new value is what the next resolve reveals.
    const QString changed = coretest::uniqueSecret(QStringLiteral("resolver-changed"));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("api_key"), changed)}));
    const auto again = resolveFromStore(*store, QStringLiteral("crm"), QStringLiteral("Contoso"), true);
    REQUIRE_OK(again);
    QVERIFY(again->config.value(QStringLiteral("api_key")).toString() == changed);
}

void TestResolver::fromStoreGlobalScope() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpStore(*store));

    const auto global = resolveFromStore(*store, QStringLiteral("crm"), QString(), true);
    REQUIRE_OK(global);
    QVERIFY(!global->organization.has_value());
    QCOMPARE(global->entityId, QStringLiteral("default-tenant"));
    QVERIFY(global->entityName.isEmpty());
    // Defaults only: no organization's overrides leak in.
    QCOMPARE(global->config.value(QStringLiteral("timeout")).toInteger(), qint64(30));
    COMPARE_JSON(global->config.value(QStringLiteral("extra")),
                 QJsonValue(QJsonObject{{QStringLiteral("a"),
                                         QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("c"), 2}}}}));
    QVERIFY(!global->config.contains(QStringLiteral("region")));
    QVERIFY(global->config.value(QStringLiteral("api_key")).toString() == m_defaultSecret);
    for (auto it = global->provenance.cbegin(); it != global->provenance.cend(); ++it)
        QCOMPARE(it.value(), Provenance::Default);
    QCOMPARE(global->missingRequired, QStringList{QStringLiteral("region")});
}

void TestResolver::fromStoreUnknownReferences() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpStore(*store));
    REQUIRE_ERROR(resolveFromStore(*store, QStringLiteral("nothing"), {}, false), ErrorCode::NotFound);
    REQUIRE_ERROR(resolveFromStore(*store, QStringLiteral("CRM"), {}, false), ErrorCode::NotFound);
    REQUIRE_ERROR(resolveFromStore(*store, QStringLiteral("crm"), QStringLiteral("Nobody"), true),
                  ErrorCode::NotFound);
}

void TestResolver::fromStoreMissingKeychainEntry() {
    // An entry removed behind the Store's back must not be revealed as an empty secret.
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpStore(*store));
    const auto values = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(values);
    QString ref;
    for (const ConfigValue &v : *values) {
        if (v.key == QLatin1String("api_key"))
            ref = v.secretRef;
    }
    QVERIFY(!ref.isEmpty());
    REQUIRE_OK(m_keychain.remove(store->databaseId() + QLatin1Char('/') + ref));

    const auto revealed = resolveFromStore(*store, QStringLiteral("crm"), QStringLiteral("Northwind"), true);
    QVERIFY2(!revealed.ok(), "a missing secret was revealed as a value");
    QVERIFY2(revealed.error().message.contains(QStringLiteral("api_key")),
             qPrintable(revealed.error().message));
    // Masked resolves do not touch the keychain and keep working.
    REQUIRE_OK(resolveFromStore(*store, QStringLiteral("crm"), QStringLiteral("Northwind"), false));
}

void TestResolver::resolveInputQueryCountIsBounded() {
    // The number of statements for one resolveInput must not grow with the number of keys.
    SQLITE_ONLY("statements are counted on the SQLite connection (sqlite3_trace_v2)");
    auto countFor = [this](int keys, int *statements) {
        const QStringList before = QSqlDatabase::connectionNames();
        auto store = openStore();
        QVERIFY(store);
        QStringList added = QSqlDatabase::connectionNames();
        for (const QString &name : before)
            added.removeAll(name);
        QCOMPARE(added.size(), 1);
        sqlite3 *db = coretest::sqliteHandle(added.first());
        QVERIFY(db);

        REQUIRE_OK(store->createIntegration({QStringLiteral("wide"), {}, {}, {}}));
        REQUIRE_OK(store->addOrganization(QStringLiteral("Contoso")));
        Schema schema;
        QList<ConfigChange> defaults, overrides;
        for (int i = 0; i < keys; ++i) {
            const QString key = QStringLiteral("key_%1").arg(i);
            schema << makeField(key, i % 2 ? FieldType::Int : FieldType::String);
            defaults << ConfigChange::setText(key, QString::number(i));
            if (i % 3 == 0)
                overrides << ConfigChange::setText(key, QString::number(i + 1000));
        }
        REQUIRE_OK(store->setSchema(QStringLiteral("wide"), schema, SchemaWrite::Apply));
        REQUIRE_OK(store->setConfig(QStringLiteral("wide"), {}, defaults));
        REQUIRE_OK(store->setConfig(QStringLiteral("wide"), QStringLiteral("Contoso"), overrides));
        REQUIRE_OK(
            store->setMapping(QStringLiteral("wide"), QStringLiteral("Contoso"), QStringLiteral("T"), {}));

        StatementCounter counter(db);
        const auto input = store->resolveInput(QStringLiteral("wide"), QStringLiteral("Contoso"));
        REQUIRE_OK(input);
        QCOMPARE(input->integration.schema.size(), keys);
        QCOMPARE(input->values.size(), keys + (keys + 2) / 3);
        QVERIFY(input->mapping.has_value());
        *statements = counter.count();
    };
    int few = 0, many = 0;
    CALL(countFor(3, &few));
    CALL(countFor(120, &many));
    QVERIFY(few > 0);
    QCOMPARE(many, few);
    QVERIFY2(few <= 10, qPrintable(QStringLiteral("%1 statements for one resolve").arg(few)));
}

// The Store reuses integration definitions across resolves; these prove it never serves a stale
// one. A second Store on the same file stands for another process (its own SQLite connection).
void TestResolver::cacheSeesOtherConnectionsCommits() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpStore(*store));
    auto other = Store::open(m_lastLocation, &m_keychain);
    REQUIRE_OK(other);

    auto timeout = [&](const QString &org) {
        const auto data = resolveFromStore(*store, QStringLiteral("crm"), org, false);
        return data ? data->config.value(QStringLiteral("timeout")).toInteger(-1) : qint64(-2);
    };
    QCOMPARE(timeout(QStringLiteral("Fabrikam")), qint64(30)); // fills the cache

    // A default changed by the other connection.
    REQUIRE_OK((*other)->setConfig(QStringLiteral("crm"), {},
                                   {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("31"))}));
    QCOMPARE(timeout(QStringLiteral("Fabrikam")), qint64(31));

    // A schema change by the other connection: a new required field appears at once.
    Schema schema = (*other)->integration(QStringLiteral("crm"))->schema;
    schema << makeField(QStringLiteral("tenant_hint"), FieldType::String, true);
    REQUIRE_OK((*other)->setSchema(QStringLiteral("crm"), schema, SchemaWrite::Apply));
    const auto data = resolveFromStore(*store, QStringLiteral("crm"), QStringLiteral("Fabrikam"), false);
    REQUIRE_OK(data);
    QVERIFY(data->missingRequired.contains(QStringLiteral("tenant_hint")));

    // A rename by the other connection: the old name no longer resolves.
    REQUIRE_OK((*other)->renameIntegration(QStringLiteral("crm"), QStringLiteral("crm2")));
    REQUIRE_ERROR(resolveFromStore(*store, QStringLiteral("crm"), {}, false), ErrorCode::NotFound);
    REQUIRE_OK(resolveFromStore(*store, QStringLiteral("crm2"), {}, false));
}

void TestResolver::cacheSeesOwnWritesAndRollbacks() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpStore(*store));
    auto timeout = [&]() {
        const auto input = store->resolveInput(QStringLiteral("crm"), {});
        return input ? resolve(*input).config.value(QStringLiteral("timeout")).toInteger(-1) : qint64(-2);
    };
    QCOMPARE(timeout(), qint64(30));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {},
                                {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("32"))}));
    QCOMPARE(timeout(), qint64(32));

    // Inside a transaction the uncommitted value is what a resolve sees; after the rollback it
    // is gone again.
    const Result<void> undone = store->transaction([&]() -> Result<void> {
        if (auto set =
                store->setConfig(QStringLiteral("crm"), {},
                                 {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("33"))});
            !set)
            return set;
        if (timeout() != 33)
            return Error::internal(QStringLiteral("the uncommitted value was not seen"));
        return Error::invalid(QStringLiteral("roll back"));
    });
    REQUIRE_ERROR(undone, ErrorCode::InvalidInput);
    QCOMPARE(timeout(), qint64(32));
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
