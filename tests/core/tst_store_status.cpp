// The Store additions of the admin app against a real SQLite file and the real OS keychain
// (run under scripts/with-keyring): optimistic concurrency (a change that carries what its
// editor loaded is refused when the stored state moved on, and then writes nothing), the
// overviews behind the Organizations tab and an organization's page, the overrides matrix read,
// and integration settings updates.

#include "coretestutil.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretstore.h"
#include "store/store.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sqlite3.h>

using namespace bifrost;
using coretest::FailingSecretStore;
using coretest::makeField;
using coretest::RawDb;
using coretest::StatementCounter;

namespace {

// halo: base_url (required, with a default), tenant (required), token (required secret),
// region (optional, options), timeout (optional int).
Schema haloSchema() {
    SchemaField region = makeField(QStringLiteral("region"), FieldType::String);
    region.options = {QStringLiteral("eu"), QStringLiteral("us")};
    return {makeField(QStringLiteral("base_url"), FieldType::String, true),
            makeField(QStringLiteral("tenant"), FieldType::String, true),
            makeField(QStringLiteral("token"), FieldType::Secret, true), region,
            makeField(QStringLiteral("timeout"), FieldType::Int)};
}

std::optional<ConfigValue> valueOf(Store &store, const QString &integration, const QString &org,
                                   const QString &key) {
    auto values = store.configValues(integration, org);
    if (!values)
        return std::nullopt;
    for (const ConfigValue &v : std::as_const(*values)) {
        if (v.key == key)
            return v;
    }
    return std::nullopt;
}

std::optional<Mapping> mappingOf(Store &store, const QString &integration, const QString &orgName) {
    auto all = store.mappings(integration);
    if (!all)
        return std::nullopt;
    for (const Mapping &m : std::as_const(*all)) {
        if (m.organization.name == orgName)
            return m;
    }
    return std::nullopt;
}

} // namespace

class TestStoreStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Optimistic concurrency: config values
    void currentValueExpectationAccepted();
    void staleValueRefused_data();
    void staleValueRefused();
    void staleOverrideNamesOrganization();
    void equalNumbersMatch();
    void staleSecretRefused();
    void refusedChangeRemovesSecretsItWrote();
    void staleExpectationInBulkEditChangesNoLevel();

    // Optimistic concurrency: mappings and schema
    void mappingExpectations();
    void removeMappingExpectations();
    void schemaExpectations();

    // Overviews
    void organizationStatuses();
    void organizationStatusesWithoutRequiredKeys();
    void integrationStatuses();
    void statusesUseAFixedNumberOfStatements();
    void organizationStatusesAtScale();
    void unknownReferences();
    void timestampsReadExactly();

    // Overrides matrix and integration settings
    void overridesOf();
    void overridesOfManyIds();
    void updateIntegration();

private:
    std::unique_ptr<Store> openStore(SecretStore *secrets = nullptr);
    sqlite3 *lastHandle() const { return m_lastHandle; }
    void setUpHalo(Store &store);
    void requireNotInKeychain(const QString &key);

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain{QStringLiteral("Bifrost Admin tests")};
    QString m_lastPath;
    sqlite3 *m_lastHandle = nullptr;
};

std::unique_ptr<Store> TestStoreStatus::openStore(SecretStore *secrets) {
    m_lastPath = coretest::newDatabase(m_dir.path());
    const QStringList before = QSqlDatabase::connectionNames();
    auto opened = Store::open(m_lastPath, secrets ? secrets : &m_keychain);
    if (!opened) {
        qWarning("cannot open %s: %s", qPrintable(m_lastPath), qPrintable(opened.error().message));
        return nullptr;
    }
    QStringList added = QSqlDatabase::connectionNames();
    for (const QString &name : before)
        added.removeAll(name);
    m_lastHandle = added.size() == 1 ? coretest::sqliteHandle(added.first()) : nullptr;
    return std::move(opened).value();
}

// Integration "halo" with haloSchema() and a default base_url; organizations Contoso and
// Fabrikam.
void TestStoreStatus::setUpHalo(Store &store) {
    REQUIRE_OK(store.createIntegration({QStringLiteral("halo"), QStringLiteral("HaloPSA"),
                                        QStringLiteral("E-DEFAULT"), QStringLiteral("Tenant ID")}));
    REQUIRE_OK(store.setSchema(QStringLiteral("halo"), haloSchema(), SchemaWrite::Apply));
    REQUIRE_OK(
        store.setConfig(QStringLiteral("halo"), {},
                        {ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://x"))}));
    REQUIRE_OK(store.addOrganization(QStringLiteral("Contoso")));
    REQUIRE_OK(store.addOrganization(QStringLiteral("Fabrikam")));
}

void TestStoreStatus::requireNotInKeychain(const QString &key) {
    const auto read = m_keychain.read(key);
    QVERIFY2(!read.ok(), "the keychain still holds an entry that should have been removed");
    QCOMPARE(read.error().code, ErrorCode::NotFound);
}

void TestStoreStatus::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString engineProblem = testdb::setupError();
    QVERIFY2(engineProblem.isEmpty(), qPrintable(engineProblem));
    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY2(m_keychain.write(key, QStringLiteral("probe")).ok(),
             "no usable keychain: run the suite under scripts/with-keyring");
    REQUIRE_OK(m_keychain.remove(key));
}

// --- config values --------------------------------------------------------------------------

void TestStoreStatus::currentValueExpectationAccepted() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo");
    const QString key = QStringLiteral("region");

    // Absent, as loaded: accepted.
    auto loaded = valueOf(*store, halo, {}, key);
    QVERIFY(!loaded);
    REQUIRE_OK(
        store->setConfig(halo, {}, {ConfigChange::setText(key, QStringLiteral("eu")).expecting(loaded)}));
    // Present, as loaded: accepted, at the default and at an override.
    loaded = valueOf(*store, halo, {}, key);
    QVERIFY(loaded);
    REQUIRE_OK(
        store->setConfig(halo, {}, {ConfigChange::setText(key, QStringLiteral("us")).expecting(loaded)}));
    QCOMPARE(valueOf(*store, halo, {}, key)->value, QJsonValue(QStringLiteral("us")));
    REQUIRE_OK(store->setConfig(halo, QStringLiteral("Contoso"),
                                {ConfigChange::setText(key, QStringLiteral("eu"))
                                     .expecting(valueOf(*store, halo, QStringLiteral("Contoso"), key))}));
    loaded = valueOf(*store, halo, QStringLiteral("Contoso"), key);
    REQUIRE_OK(
        store->setConfig(halo, QStringLiteral("Contoso"), {ConfigChange::unset(key).expecting(loaded)}));
    QVERIFY(!valueOf(*store, halo, QStringLiteral("Contoso"), key));
    // A JSON value compares as a whole.
    const QString extraKey = QStringLiteral("timeout");
    REQUIRE_OK(store->setConfig(halo, {}, {ConfigChange::setText(extraKey, QStringLiteral("30"))}));
    REQUIRE_OK(store->setConfig(halo, {},
                                {ConfigChange::setText(extraKey, QStringLiteral("31"))
                                     .expecting(valueOf(*store, halo, {}, extraKey))}));
    QCOMPARE(valueOf(*store, halo, {}, extraKey)->value, QJsonValue(31));
}

void TestStoreStatus::staleValueRefused_data() {
    QTest::addColumn<QString>("stored");   // the value when the editor loaded it; empty: absent
    QTest::addColumn<QString>("current");  // the value someone else wrote since; empty: unset
    QTest::addColumn<bool>("unsetChange"); // the refused change is an unset rather than a set
    QTest::newRow("changed") << QStringLiteral("eu") << QStringLiteral("us") << false;
    QTest::newRow("created underneath") << QString() << QStringLiteral("us") << false;
    QTest::newRow("removed underneath") << QStringLiteral("eu") << QString() << false;
    QTest::newRow("unset of a changed value") << QStringLiteral("eu") << QStringLiteral("us") << true;
    QTest::newRow("unset of a value created underneath") << QString() << QStringLiteral("us") << true;
}

void TestStoreStatus::staleValueRefused() {
    QFETCH(QString, stored);
    QFETCH(QString, current);
    QFETCH(bool, unsetChange);
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo");
    const QString key = QStringLiteral("region");
    if (!stored.isEmpty())
        REQUIRE_OK(store->setConfig(halo, {}, {ConfigChange::setText(key, stored)}));
    const auto loaded = valueOf(*store, halo, {}, key);
    QCOMPARE(loaded.has_value(), !stored.isEmpty());

    // Another writer changes the value after the editor loaded it.
    REQUIRE_OK(store->setConfig(
        halo, {}, {current.isEmpty() ? ConfigChange::unset(key) : ConfigChange::setText(key, current)}));

    RawDb raw(m_lastPath);
    QVERIFY(raw.isOpen());
    const QStringList before = raw.dump();
    ConfigChange change =
        unsetChange ? ConfigChange::unset(key) : ConfigChange::setText(key, QStringLiteral("eu"));
    // A valid change to another key first: it must go too.
    const auto refused = store->setConfig(
        halo, {},
        {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("5")), change.expecting(loaded)});
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QCOMPARE(refused.error().field, key);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("\"region\"")) && message.contains(QStringLiteral("\"halo\"")) &&
                 message.contains(QStringLiteral("default")) && message.contains(QStringLiteral("reload")),
             qPrintable(message));
    QCOMPARE(raw.dump(), before);
    // Reloading gives the expectation that is accepted.
    REQUIRE_OK(store->setConfig(halo, {}, {change.expecting(valueOf(*store, halo, {}, key))}));
}

void TestStoreStatus::staleOverrideNamesOrganization() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo"), contoso = QStringLiteral("Contoso");
    const QString key = QStringLiteral("tenant");
    REQUIRE_OK(store->setConfig(halo, contoso, {ConfigChange::setText(key, QStringLiteral("t1"))}));
    const auto loaded = valueOf(*store, halo, contoso, key);
    REQUIRE_OK(store->setConfig(halo, contoso, {ConfigChange::setText(key, QStringLiteral("t2"))}));
    // The same key at the default level is unaffected by the override's expectation.
    REQUIRE_OK(store->setConfig(halo, {},
                                {ConfigChange::setText(key, QStringLiteral("d")).expecting(std::nullopt)}));

    RawDb raw(m_lastPath);
    const QStringList before = raw.dump();
    const auto refused =
        store->setConfig(halo, contoso, {ConfigChange::setText(key, QStringLiteral("t3")).expecting(loaded)});
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("\"Contoso\"")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("\"tenant\"")),
             qPrintable(refused.error().message));
    QCOMPARE(raw.dump(), before);
    QCOMPARE(valueOf(*store, halo, contoso, key)->value, QJsonValue(QStringLiteral("t2")));
}

void TestStoreStatus::equalNumbersMatch() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo"), key = QStringLiteral("timeout");
    REQUIRE_OK(store->setConfig(halo, {}, {ConfigChange::setText(key, QStringLiteral("30"))}));
    // An editor that holds the number as a double still expects the same value.
    ConfigChange change = ConfigChange::setText(key, QStringLiteral("40"));
    change.expected = ExpectedValue{true, QJsonValue(30.0), {}};
    REQUIRE_OK(store->setConfig(halo, {}, {change}));
    change.expected = ExpectedValue{true, QJsonValue(QStringLiteral("40")), {}}; // text is not the number
    REQUIRE_ERROR(store->setConfig(halo, {}, {change}), ErrorCode::Conflict);
}

void TestStoreStatus::staleSecretRefused() {
    FailingSecretStore recording(&m_keychain); // never fails here; records what was written
    auto store = openStore(&recording);
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo"), key = QStringLiteral("token");
    const QString first = coretest::uniqueSecret(QStringLiteral("first"));
    REQUIRE_OK(store->setConfig(halo, {}, {ConfigChange::setText(key, first)}));
    const auto loaded = valueOf(*store, halo, {}, key);
    QVERIFY(loaded && loaded->isSecret());

    // The same secret written again is still a new write: the reference changes.
    REQUIRE_OK(store->setConfig(halo, {}, {ConfigChange::setText(key, first)}));
    const auto now = valueOf(*store, halo, {}, key);
    QVERIFY(now->secretRef != loaded->secretRef);

    RawDb raw(m_lastPath);
    const QStringList before = raw.dump();
    const qsizetype writes = recording.writtenKeys().size();
    const QString mine = coretest::uniqueSecret(QStringLiteral("mine"));
    const auto refused = store->setConfig(halo, {}, {ConfigChange::setText(key, mine).expecting(loaded)});
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QVERIFY2(!refused.error().message.contains(mine), "the error message carries the secret");
    QCOMPARE(raw.dump(), before);
    QCOMPARE(recording.writtenKeys().size(), writes); // refused before anything reached the keychain
    auto stored = store->readSecret(now->secretRef);
    REQUIRE_OK(stored);
    QVERIFY2(*stored == first, "the stored secret changed");

    // With the current reference the write goes through.
    REQUIRE_OK(store->setConfig(halo, {}, {ConfigChange::setText(key, mine).expecting(now)}));
    // An expectation of a plain value where a secret is stored is stale too.
    ConfigChange plain = ConfigChange::setText(key, mine);
    plain.expected = ExpectedValue{true, QJsonValue(QStringLiteral("x")), {}};
    REQUIRE_ERROR(store->setConfig(halo, {}, {plain}), ErrorCode::Conflict);
}

void TestStoreStatus::refusedChangeRemovesSecretsItWrote() {
    FailingSecretStore recording(&m_keychain); // never fails here; records what was written
    auto store = openStore(&recording);
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo");
    REQUIRE_OK(
        store->setConfig(halo, {}, {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))}));
    const auto loaded = valueOf(*store, halo, {}, QStringLiteral("region"));
    REQUIRE_OK(
        store->setConfig(halo, {}, {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("us"))}));

    RawDb raw(m_lastPath);
    const QStringList before = raw.dump();
    const qsizetype writes = recording.writtenKeys().size();
    // Contoso's secret is committed on its own; then Fabrikam's secret reaches the keychain before
    // the stale change is refused, in the same transaction.
    REQUIRE_OK(store->setConfig(
        halo, QStringLiteral("Contoso"),
        {ConfigChange::setText(QStringLiteral("token"), coretest::uniqueSecret(QStringLiteral("bulk")))}));
    const auto refusedToo = store->transaction([&]() -> Result<void> {
        if (auto set =
                store->setConfig(halo, QStringLiteral("Fabrikam"),
                                 {ConfigChange::setText(QStringLiteral("token"),
                                                        coretest::uniqueSecret(QStringLiteral("bulk")))});
            !set)
            return set;
        return store->setConfig(
            halo, {},
            {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu")).expecting(loaded)});
    });
    REQUIRE_ERROR(refusedToo, ErrorCode::Conflict);
    // Contoso's secret went in by the first, successful call; Fabrikam's was rolled back.
    const QStringList written = recording.writtenKeys().mid(writes);
    QCOMPARE(written.size(), 2);
    CALL(requireNotInKeychain(written.at(1)));
    QVERIFY(!valueOf(*store, halo, QStringLiteral("Fabrikam"), QStringLiteral("token")));
    QVERIFY(valueOf(*store, halo, QStringLiteral("Contoso"), QStringLiteral("token")));
    QVERIFY(raw.dump() != before); // Contoso's token
}

void TestStoreStatus::staleExpectationInBulkEditChangesNoLevel() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo"), key = QStringLiteral("region");
    REQUIRE_OK(store->setConfig(halo, QStringLiteral("Fabrikam"),
                                {ConfigChange::setText(key, QStringLiteral("eu"))}));
    const auto loaded = valueOf(*store, halo, QStringLiteral("Fabrikam"), key);
    REQUIRE_OK(store->setConfig(halo, QStringLiteral("Fabrikam"),
                                {ConfigChange::setText(key, QStringLiteral("us"))}));

    RawDb raw(m_lastPath);
    const QStringList before = raw.dump();
    const auto refused = store->transaction([&]() -> Result<void> {
        for (const QString &org : {QStringLiteral("Contoso"), QStringLiteral("Fabrikam")}) {
            const auto expected = org == QStringLiteral("Fabrikam") ? loaded : std::nullopt;
            if (auto set = store->setConfig(
                    halo, org, {ConfigChange::setText(key, QStringLiteral("eu")).expecting(expected)});
                !set)
                return set;
        }
        return {};
    });
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Fabrikam")),
             qPrintable(refused.error().message));
    QCOMPARE(raw.dump(), before);
}

// --- mappings and schema --------------------------------------------------------------------

void TestStoreStatus::mappingExpectations() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo"), contoso = QStringLiteral("Contoso");

    // None loaded, none stored: accepted.
    REQUIRE_OK(store->setMapping(halo, contoso, QStringLiteral("1"), QStringLiteral("Contoso Ltd"),
                                 ExpectedMapping::of(std::nullopt)));
    const auto loaded = mappingOf(*store, halo, contoso);
    QVERIFY(loaded);
    REQUIRE_OK(store->setMapping(halo, contoso, QStringLiteral("2"), {}, ExpectedMapping::of(loaded)));
    QCOMPARE(mappingOf(*store, halo, contoso)->entityId, QStringLiteral("2"));

    RawDb raw(m_lastPath);
    const QStringList before = raw.dump();
    // Stale: the entity id moved on from what was loaded.
    auto refused = store->setMapping(halo, contoso, QStringLiteral("3"), {}, ExpectedMapping::of(loaded));
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("\"Contoso\"")) &&
                 refused.error().message.contains(QStringLiteral("\"halo\"")),
             qPrintable(refused.error().message));
    // Stale: loaded as absent, created since.
    REQUIRE_ERROR(store->setMapping(halo, contoso, QStringLiteral("3"), {}, ExpectedMapping{}),
                  ErrorCode::Conflict);
    // Stale: the name differs.
    REQUIRE_ERROR(store->setMapping(halo, contoso, QStringLiteral("3"), {},
                                    ExpectedMapping{true, QStringLiteral("2"), QStringLiteral("Contoso")}),
                  ErrorCode::Conflict);
    // Stale: loaded as present, never created.
    REQUIRE_ERROR(store->setMapping(halo, QStringLiteral("Fabrikam"), QStringLiteral("3"), {},
                                    ExpectedMapping{true, QStringLiteral("3"), {}}),
                  ErrorCode::Conflict);
    QCOMPARE(raw.dump(), before);
}

void TestStoreStatus::removeMappingExpectations() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo"), contoso = QStringLiteral("Contoso");
    REQUIRE_OK(store->setMapping(halo, contoso, QStringLiteral("1"), QStringLiteral("Contoso Ltd")));
    REQUIRE_OK(store->setConfig(halo, contoso,
                                {ConfigChange::setText(QStringLiteral("tenant"), QStringLiteral("t"))}));
    const auto loaded = mappingOf(*store, halo, contoso);
    REQUIRE_OK(store->setMapping(halo, contoso, {}, QStringLiteral("Contoso Group")));

    RawDb raw(m_lastPath);
    const QStringList before = raw.dump();
    REQUIRE_ERROR(store->removeMapping(halo, contoso, true, ExpectedMapping::of(loaded)),
                  ErrorCode::Conflict);
    QCOMPARE(raw.dump(), before);
    REQUIRE_OK(
        store->removeMapping(halo, contoso, true, ExpectedMapping::of(mappingOf(*store, halo, contoso))));
    QVERIFY(!mappingOf(*store, halo, contoso));
    QVERIFY(!valueOf(*store, halo, contoso, QStringLiteral("tenant")));
}

void TestStoreStatus::schemaExpectations() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo");
    auto loaded = store->integration(halo);
    REQUIRE_OK(loaded);
    Schema schema = loaded->schema;
    schema << makeField(QStringLiteral("note"), FieldType::String);
    REQUIRE_OK(store->setSchema(halo, schema, SchemaWrite::Apply, loaded->schema));

    // Positions count only as the order: an editor's own numbering is still the loaded schema.
    loaded = store->integration(halo);
    Schema renumbered = loaded->schema;
    for (qsizetype i = 0; i < renumbered.size(); ++i)
        renumbered[i].position = int(i * 10 + 7);
    schema = loaded->schema;
    schema.removeLast();
    REQUIRE_OK(store->setSchema(halo, schema, SchemaWrite::Apply, renumbered));

    // Someone else changes the schema after it was loaded.
    loaded = store->integration(halo);
    Schema theirs = loaded->schema;
    theirs[3].description = QStringLiteral("changed underneath");
    REQUIRE_OK(store->setSchema(halo, theirs, SchemaWrite::Apply));

    RawDb raw(m_lastPath);
    const QStringList before = raw.dump();
    Schema mine = loaded->schema;
    mine << makeField(QStringLiteral("mine"), FieldType::Int);
    for (SchemaWrite mode : {SchemaWrite::Preview, SchemaWrite::Apply, SchemaWrite::Force}) {
        const auto refused = store->setSchema(halo, mine, mode, loaded->schema);
        REQUIRE_ERROR(refused, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("\"halo\"")) &&
                     refused.error().message.contains(QStringLiteral("reload")),
                 qPrintable(refused.error().message));
    }
    // A reordering is a change too.
    Schema swapped = store->integration(halo)->schema;
    std::swap(swapped[0], swapped[1]);
    REQUIRE_ERROR(store->setSchema(halo, mine, SchemaWrite::Apply, swapped), ErrorCode::Conflict);
    QCOMPARE(raw.dump(), before);
    REQUIRE_OK(store->setSchema(halo, mine, SchemaWrite::Apply, store->integration(halo)->schema));
}

// --- overviews ------------------------------------------------------------------------------

void TestStoreStatus::organizationStatuses() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store)); // Contoso, Fabrikam; base_url has a default
    REQUIRE_OK(store->addOrganization(QStringLiteral("ächt")));
    REQUIRE_OK(store->addOrganization(QStringLiteral("alpha")));
    REQUIRE_OK(store->addOrganization(QStringLiteral("Beta")));
    const QString halo = QStringLiteral("halo");
    // Contoso: tenant and region overridden, mapped. Fabrikam: everything required overridden.
    REQUIRE_OK(store->setConfig(halo, QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("tenant"), QStringLiteral("t")),
                                 ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))}));
    REQUIRE_OK(store->setMapping(halo, QStringLiteral("Contoso"), QStringLiteral("C-1"),
                                 QStringLiteral("Contoso Ltd")));
    REQUIRE_OK(store->setConfig(
        halo, QStringLiteral("Fabrikam"),
        {ConfigChange::setText(QStringLiteral("tenant"), QStringLiteral("t")),
         ConfigChange::setText(QStringLiteral("token"), coretest::uniqueSecret(QStringLiteral("f"))),
         ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://f"))}));
    // Beta: mapped with an empty entity id, no overrides here but overrides elsewhere.
    REQUIRE_OK(store->setMapping(halo, QStringLiteral("Beta"), {}, {}));
    REQUIRE_OK(store->createIntegration({QStringLiteral("other"), {}, {}, {}}));
    REQUIRE_OK(store->setSchema(QStringLiteral("other"),
                                {makeField(QStringLiteral("tenant"), FieldType::String, true)},
                                SchemaWrite::Apply));
    REQUIRE_OK(store->setConfig(QStringLiteral("other"), QStringLiteral("Beta"),
                                {ConfigChange::setText(QStringLiteral("tenant"), QStringLiteral("b"))}));
    REQUIRE_OK(store->setMapping(QStringLiteral("other"), QStringLiteral("alpha"), QStringLiteral("A"), {}));

    auto statuses = store->organizationStatuses(halo);
    REQUIRE_OK(statuses);
    QStringList names;
    for (const OrganizationStatus &s : std::as_const(*statuses))
        names << s.organization.name;
    // Ordered by name without regard to case, as the organization list is.
    QStringList expectedOrder;
    auto orgs = store->organizations();
    REQUIRE_OK(orgs);
    for (const Organization &o : std::as_const(*orgs))
        expectedOrder << o.name;
    QCOMPARE(names, expectedOrder);
    QCOMPARE(names.size(), 5);
    QCOMPARE(names.indexOf(QStringLiteral("alpha")) < names.indexOf(QStringLiteral("Beta")), true);
    QCOMPARE(names.indexOf(QStringLiteral("Beta")) < names.indexOf(QStringLiteral("Contoso")), true);

    auto statusOf = [&](const QString &name) -> const OrganizationStatus & {
        return (*statuses)[names.indexOf(name)];
    };
    const OrganizationStatus &contoso = statusOf(QStringLiteral("Contoso"));
    QVERIFY(contoso.mapping);
    QCOMPARE(contoso.mapping->entityId, QStringLiteral("C-1"));
    QCOMPARE(contoso.mapping->entityName, QStringLiteral("Contoso Ltd"));
    QCOMPARE(contoso.mapping->organization.id, contoso.organization.id);
    QCOMPARE(contoso.overrideCount, 2);
    QCOMPARE(contoso.missingRequired, QStringList{QStringLiteral("token")});

    const OrganizationStatus &fabrikam = statusOf(QStringLiteral("Fabrikam"));
    QVERIFY(!fabrikam.mapping);
    QCOMPARE(fabrikam.overrideCount, 3);
    QCOMPARE(fabrikam.missingRequired, QStringList{});

    const OrganizationStatus &beta = statusOf(QStringLiteral("Beta"));
    QVERIFY(beta.mapping);
    QCOMPARE(beta.mapping->entityId, QString());
    QCOMPARE(beta.overrideCount, 0); // its override of "other" does not count here
    // In schema order; base_url has a default.
    QCOMPARE(beta.missingRequired, (QStringList{QStringLiteral("tenant"), QStringLiteral("token")}));
    QVERIFY(!statusOf(QStringLiteral("alpha")).mapping); // mapped for "other" only
    QVERIFY(statusOf(QStringLiteral("alpha")).organization.createdAt.isValid());

    // A default fills the key for everyone who has no override.
    REQUIRE_OK(
        store->setConfig(halo, {}, {ConfigChange::setText(QStringLiteral("tenant"), QStringLiteral("d"))}));
    statuses = store->organizationStatuses(halo);
    REQUIRE_OK(statuses);
    QCOMPARE(statusOf(QStringLiteral("Beta")).missingRequired, QStringList{QStringLiteral("token")});
    // By id as well as by name.
    auto byId = store->organizationStatuses(store->integration(halo)->id);
    REQUIRE_OK(byId);
    QCOMPARE(byId->size(), 5);
}

void TestStoreStatus::organizationStatusesWithoutRequiredKeys() {
    auto store = openStore();
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("bare"), {}, {}, {}}));
    auto empty = store->organizationStatuses(QStringLiteral("bare"));
    REQUIRE_OK(empty);
    QVERIFY(empty->isEmpty());
    REQUIRE_OK(store->addOrganization(QStringLiteral("Contoso")));
    auto one = store->organizationStatuses(QStringLiteral("bare"));
    REQUIRE_OK(one);
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().overrideCount, 0);
    QVERIFY(one->first().missingRequired.isEmpty());
    QVERIFY(!one->first().mapping);
}

void TestStoreStatus::integrationStatuses() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    REQUIRE_OK(store->createIntegration({QStringLiteral("Zeta"), {}, {}, {}}));
    REQUIRE_OK(store->createIntegration({QStringLiteral("graph"), QStringLiteral("Microsoft Graph"),
                                         QStringLiteral("common"), QStringLiteral("Tenant ID")}));
    SchemaField second = makeField(QStringLiteral("client_id"), FieldType::String, true);
    REQUIRE_OK(store->setSchema(QStringLiteral("graph"),
                                {makeField(QStringLiteral("scope"), FieldType::String),
                                 makeField(QStringLiteral("tenant"), FieldType::String, true), second},
                                SchemaWrite::Apply));
    const QString contoso = QStringLiteral("Contoso");
    REQUIRE_OK(store->setConfig(QStringLiteral("graph"), contoso,
                                {ConfigChange::setText(QStringLiteral("scope"), QStringLiteral("x")),
                                 ConfigChange::setText(QStringLiteral("client_id"), QStringLiteral("c"))}));
    REQUIRE_OK(store->setConfig(QStringLiteral("graph"), QStringLiteral("Fabrikam"),
                                {ConfigChange::setText(QStringLiteral("tenant"), QStringLiteral("f"))}));
    REQUIRE_OK(store->setMapping(QStringLiteral("graph"), contoso, QStringLiteral("G-1"),
                                 QStringLiteral("Contoso")));
    REQUIRE_OK(store->setConfig(QStringLiteral("halo"), contoso,
                                {ConfigChange::setText(QStringLiteral("tenant"), QStringLiteral("t"))}));

    auto statuses = store->integrationStatuses(contoso);
    REQUIRE_OK(statuses);
    QStringList names;
    for (const IntegrationStatus &s : std::as_const(*statuses))
        names << s.integration.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Zeta"), QStringLiteral("graph"), QStringLiteral("halo")}));

    const IntegrationStatus &zeta = statuses->at(0);
    QVERIFY(!zeta.mapping);
    QCOMPARE(zeta.overrideCount, 0);
    QVERIFY(zeta.missingRequired.isEmpty());

    const IntegrationStatus &graph = statuses->at(1);
    QCOMPARE(graph.integration.description, QStringLiteral("Microsoft Graph"));
    QCOMPARE(graph.integration.defaultEntityId, QStringLiteral("common"));
    QCOMPARE(graph.integration.entityIdLabel, QStringLiteral("Tenant ID"));
    QVERIFY(graph.integration.schema.isEmpty());
    QVERIFY(graph.mapping);
    QCOMPARE(graph.mapping->entityId, QStringLiteral("G-1"));
    QCOMPARE(graph.mapping->integrationId, graph.integration.id);
    QCOMPARE(graph.mapping->organization.name, contoso);
    QCOMPARE(graph.overrideCount, 2);
    QCOMPARE(graph.missingRequired, QStringList{QStringLiteral("tenant")}); // Fabrikam's does not count

    const IntegrationStatus &halo = statuses->at(2);
    QVERIFY(!halo.mapping);
    QCOMPARE(halo.overrideCount, 1);
    QCOMPARE(halo.missingRequired, QStringList{QStringLiteral("token")});

    // A new default fills a key; the order of missing keys follows the schema.
    REQUIRE_OK(store->setSchema(QStringLiteral("graph"),
                                {second, makeField(QStringLiteral("scope"), FieldType::String),
                                 makeField(QStringLiteral("tenant"), FieldType::String, true),
                                 makeField(QStringLiteral("app"), FieldType::String, true)},
                                SchemaWrite::Apply));
    statuses = store->integrationStatuses(store->organization(contoso)->id);
    REQUIRE_OK(statuses);
    QCOMPARE(statuses->at(1).missingRequired, (QStringList{QStringLiteral("tenant"), QStringLiteral("app")}));
    REQUIRE_OK(store->setConfig(QStringLiteral("graph"), {},
                                {ConfigChange::setText(QStringLiteral("tenant"), QStringLiteral("common"))}));
    statuses = store->integrationStatuses(contoso);
    REQUIRE_OK(statuses);
    QCOMPARE(statuses->at(1).missingRequired, QStringList{QStringLiteral("app")});
}

void TestStoreStatus::statusesUseAFixedNumberOfStatements() {
    SQLITE_ONLY("statements are counted on the SQLite connection (sqlite3_trace_v2)");
    auto countFor = [this](int orgCount, int *forIntegration, int *forOrganization) {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(lastHandle());
        CALL(setUpHalo(*store));
        for (int n = 0; n < 3; ++n) {
            const QString name = QStringLiteral("extra%1").arg(n);
            REQUIRE_OK(store->createIntegration({name, {}, {}, {}}));
            REQUIRE_OK(store->setSchema(name, {makeField(QStringLiteral("k"), FieldType::String, true)},
                                        SchemaWrite::Apply));
        }
        REQUIRE_OK(store->transaction([&]() -> Result<void> {
            for (int i = 0; i < orgCount; ++i) {
                const QString name = QStringLiteral("Org %1").arg(i);
                auto org = store->addOrganization(name);
                if (!org)
                    return org.error();
                if (i % 2 == 0) {
                    if (auto set = store->setConfig(QStringLiteral("halo"), org->id,
                                                    {ConfigChange::setText(QStringLiteral("tenant"), name)});
                        !set)
                        return set;
                }
                if (i % 3 == 0) {
                    if (auto mapped = store->setMapping(QStringLiteral("halo"), org->id, name, name); !mapped)
                        return mapped.error();
                }
            }
            return {};
        }));
        {
            StatementCounter counter(lastHandle());
            auto statuses = store->organizationStatuses(QStringLiteral("halo"));
            REQUIRE_OK(statuses);
            QCOMPARE(statuses->size(), orgCount + 2);
            *forIntegration = counter.count();
        }
        {
            StatementCounter counter(lastHandle());
            auto statuses = store->integrationStatuses(QStringLiteral("Org 0"));
            REQUIRE_OK(statuses);
            QCOMPARE(statuses->size(), 4);
            *forOrganization = counter.count();
        }
    };
    int fewI = 0, fewO = 0, manyI = 0, manyO = 0;
    CALL(countFor(3, &fewI, &fewO));
    CALL(countFor(120, &manyI, &manyO));
    QVERIFY(fewI > 0 && fewO > 0);
    QCOMPARE(manyI, fewI);
    QCOMPARE(manyO, fewO);
    QVERIFY2(fewI <= 8, qPrintable(QString::number(fewI)));
    QVERIFY2(fewO <= 8, qPrintable(QString::number(fewO)));
}

void TestStoreStatus::organizationStatusesAtScale() {
    // The benchmark dataset's size: the Organizations tab and the health summary read this on
    // every page open.
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    constexpr int orgCount = 2000;
    REQUIRE_OK(store->transaction([&]() -> Result<void> {
        for (int i = 0; i < orgCount; ++i) {
            auto org = store->addOrganization(QStringLiteral("Tenant %1").arg(i, 4, 10, QLatin1Char('0')));
            if (!org)
                return org.error();
            if (auto set =
                    store->setConfig(QStringLiteral("halo"), org->id,
                                     {ConfigChange::setText(QStringLiteral("tenant"), QString::number(i)),
                                      ConfigChange::setText(QStringLiteral("timeout"), QString::number(i))});
                !set)
                return set;
            if (auto mapped = store->setMapping(QStringLiteral("halo"), org->id, QString::number(i), {});
                !mapped)
                return mapped.error();
        }
        return {};
    }));
    // Correct at scale only: its speed is measured by the benchmarks (tests/bench/benchgui.cpp,
    // docs/PERFORMANCE.md), never timed here.
    auto statuses = store->organizationStatuses(QStringLiteral("halo"));
    REQUIRE_OK(statuses);
    QCOMPARE(statuses->size(), orgCount + 2);
    QCOMPARE(statuses->at(5).overrideCount, 2);
    QCOMPARE(statuses->at(5).missingRequired, QStringList{QStringLiteral("token")});
}

void TestStoreStatus::unknownReferences() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    REQUIRE_ERROR(store->organizationStatuses(QStringLiteral("nope")), ErrorCode::NotFound);
    REQUIRE_ERROR(store->integrationStatuses(QStringLiteral("nope")), ErrorCode::NotFound);
    REQUIRE_ERROR(store->overridesOf(QStringLiteral("nope"), {}), ErrorCode::NotFound);
    REQUIRE_ERROR(store->updateIntegration(QStringLiteral("nope"), {QStringLiteral("d"), {}, {}}),
                  ErrorCode::NotFound);
    REQUIRE_ERROR(store->setConfig(QStringLiteral("halo"), QStringLiteral("nope"),
                                   {ConfigChange::unset(QStringLiteral("tenant")).expecting(std::nullopt)}),
                  ErrorCode::NotFound);
}

void TestStoreStatus::timestampsReadExactly() {
    // The store reads its own timestamp format without Qt's parser; whatever the text, the value
    // must be what Qt's ISO parser makes of it.
    auto store = openStore();
    QVERIFY(store);
    auto org = store->addOrganization(QStringLiteral("Contoso"));
    REQUIRE_OK(org);
    QCOMPARE(org->createdAt.timeSpec(), Qt::UTC);
    RawDb raw(m_lastPath);
    const QStringList samples{
        QStringLiteral("2024-02-29T23:59:59.999Z"),     QStringLiteral("2023-12-31T00:00:00.000Z"),
        QStringLiteral("1970-01-01T00:00:00.001Z"),     QStringLiteral("2100-03-01T12:34:56.789Z"),
        QStringLiteral("1999-07-31T08:05:09.010Z"),     QStringLiteral("2024-01-01T00:00:00Z"),
        QStringLiteral("2024-05-06T07:08:09.123+02:00")};
    for (const QString &text : samples) {
        QVERIFY(raw.exec(QStringLiteral("UPDATE organizations SET created_at = '%1'").arg(text)));
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
        QVERIFY2(expected.isValid(), qPrintable(text));
        const auto found = store->organization(org->id);
        REQUIRE_OK(found);
        QCOMPARE(found->createdAt, expected);
        QCOMPARE(found->createdAt.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        auto statuses = store->integrationStatuses(org->id); // also reads the organization
        REQUIRE_OK(statuses);
        auto orgs = store->organizations();
        REQUIRE_OK(orgs);
        QCOMPARE(orgs->first().createdAt, expected);
    }
    // February 29th of a year that has none is no date, as for Qt.
    QVERIFY(raw.exec(QStringLiteral("UPDATE organizations SET created_at = '2023-02-29T00:00:00.000Z'")));
    QVERIFY(!store->organization(org->id)->createdAt.isValid());
}

// --- overrides matrix and integration settings ----------------------------------------------

void TestStoreStatus::overridesOf() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    REQUIRE_OK(store->addOrganization(QStringLiteral("Initech")));
    const QString halo = QStringLiteral("halo");
    const QString contosoId = store->organization(QStringLiteral("Contoso"))->id;
    const QString fabrikamId = store->organization(QStringLiteral("Fabrikam"))->id;
    const QString initechId = store->organization(QStringLiteral("Initech"))->id;
    REQUIRE_OK(store->setConfig(
        halo, contosoId,
        {ConfigChange::setText(QStringLiteral("tenant"), QStringLiteral("c")),
         ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("7")),
         ConfigChange::setText(QStringLiteral("token"), coretest::uniqueSecret(QStringLiteral("c")))}));
    REQUIRE_OK(store->setConfig(halo, fabrikamId,
                                {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("us"))}));
    REQUIRE_OK(store->setConfig(halo, initechId,
                                {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))}));

    auto page = store->overridesOf(halo, {contosoId, initechId});
    REQUIRE_OK(page);
    QHash<QString, QJsonValue> seen;
    for (const ConfigValue &v : std::as_const(*page)) {
        QVERIFY(!v.isDefault());
        QCOMPARE(v.integrationId, store->integration(halo)->id);
        if (v.isSecret()) {
            QVERIFY(v.value.isUndefined() || v.value.isNull());
            seen.insert(v.organizationId + QLatin1Char('/') + v.key, QStringLiteral("<secret>"));
        } else {
            seen.insert(v.organizationId + QLatin1Char('/') + v.key, v.value);
        }
    }
    QCOMPARE(seen.size(), 4); // no default (base_url), nothing of Fabrikam
    QCOMPARE(seen.value(contosoId + QStringLiteral("/tenant")), QJsonValue(QStringLiteral("c")));
    QCOMPARE(seen.value(contosoId + QStringLiteral("/timeout")), QJsonValue(7));
    QCOMPARE(seen.value(contosoId + QStringLiteral("/token")), QJsonValue(QStringLiteral("<secret>")));
    QCOMPARE(seen.value(initechId + QStringLiteral("/region")), QJsonValue(QStringLiteral("eu")));

    auto none = store->overridesOf(halo, {});
    REQUIRE_OK(none);
    QVERIFY(none->isEmpty());
    // Ids that are no organization (or a name, which is no id) give nothing; quotes are data.
    auto odd = store->overridesOf(halo, {QStringLiteral("Contoso"), QStringLiteral("x\", \"y"), QString()});
    REQUIRE_OK(odd);
    QVERIFY(odd->isEmpty());
}

void TestStoreStatus::overridesOfManyIds() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo");
    QStringList ids;
    REQUIRE_OK(store->transaction([&]() -> Result<void> {
        for (int i = 0; i < 1200; ++i) {
            auto org = store->addOrganization(QStringLiteral("Org %1").arg(i));
            if (!org)
                return org.error();
            ids << org->id;
            if (auto set = store->setConfig(
                    halo, org->id,
                    {ConfigChange::setText(QStringLiteral("timeout"), QString::number(i + 1))});
                !set)
                return set;
        }
        return {};
    }));
    // More ids than SQLite allows bound variables in older builds, and more than one page.
    auto all = store->overridesOf(halo, ids);
    REQUIRE_OK(all);
    QCOMPARE(all->size(), 1200);
    qint64 sum = 0;
    for (const ConfigValue &v : std::as_const(*all))
        sum += v.value.toInteger();
    QCOMPARE(sum, qint64(1200) * 1201 / 2);
    auto some = store->overridesOf(halo, ids.mid(100, 600));
    REQUIRE_OK(some);
    QCOMPARE(some->size(), 600);
}

void TestStoreStatus::updateIntegration() {
    auto store = openStore();
    QVERIFY(store);
    CALL(setUpHalo(*store));
    const QString halo = QStringLiteral("halo");
    const Integration before = *store->integration(halo);
    RawDb raw(m_lastPath);

    auto updated = store->updateIntegration(halo, {QStringLiteral("Tickets"), std::nullopt, std::nullopt});
    REQUIRE_OK(updated);
    QCOMPARE(updated->description, QStringLiteral("Tickets"));
    QCOMPARE(updated->defaultEntityId, before.defaultEntityId);
    QCOMPARE(updated->entityIdLabel, before.entityIdLabel);
    QCOMPARE(updated->name, before.name);
    QVERIFY(updated->schema == before.schema);
    QVERIFY(updated->updatedAt >= before.updatedAt);
    QCOMPARE(updated->createdAt, before.createdAt);

    // The default entity id is trimmed, as on create; empty values are real values.
    updated = store->updateIntegration(before.id, {std::nullopt, QStringLiteral("  E-2 \n"), QString()});
    REQUIRE_OK(updated);
    QCOMPARE(updated->description, QStringLiteral("Tickets"));
    QCOMPARE(updated->defaultEntityId, QStringLiteral("E-2"));
    QCOMPARE(updated->entityIdLabel, QString());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT default_entity_id FROM integrations WHERE name = 'halo'"))
                 .toString(),
             QStringLiteral("E-2"));
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT entity_id_label IS NOT NULL FROM integrations WHERE name = 'halo'"))
            .toInt(),
        1);
    const auto again = store->integration(halo);
    QCOMPARE(again->description, QStringLiteral("Tickets"));
    QCOMPARE(again->defaultEntityId, QStringLiteral("E-2"));

    // Nothing given: a no-op that still succeeds.
    REQUIRE_OK(store->updateIntegration(halo, {}));
    QCOMPARE(store->integration(halo)->defaultEntityId, QStringLiteral("E-2"));
}

QTEST_GUILESS_MAIN(TestStoreStatus)
#include "tst_store_status.moc"
