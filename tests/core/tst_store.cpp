// The Store against a real SQLite file in a temporary folder and the real OS keychain
// (gnome-keyring on a private D-Bus session: run under scripts/with-keyring); as tst_store_pg, against
// a new database on the throwaway PostgreSQL cluster of scripts/with-postgres.

#include "coretestutil.h"
#include "model/schemafield.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretstore.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

using namespace bifrost;
using coretest::FailingSecretStore;
using coretest::makeField;
using coretest::RawDb;

namespace {

// The schema most tests use.
Schema crmSchema() {
    SchemaField region = makeField(QStringLiteral("region"), FieldType::String);
    region.options = {QStringLiteral("eu"), QStringLiteral("us")};
    SchemaField timeout = makeField(QStringLiteral("timeout"), FieldType::Int);
    timeout.min = 1;
    timeout.max = 600;
    return {makeField(QStringLiteral("base_url"), FieldType::String, true),
            timeout,
            makeField(QStringLiteral("debug"), FieldType::Bool),
            makeField(QStringLiteral("extra"), FieldType::Json),
            makeField(QStringLiteral("api_key"), FieldType::Secret),
            makeField(QStringLiteral("client_secret"), FieldType::Secret),
            region};
}

mode_t fileMode(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

// The stored values of one level as key -> value (secrets as "secret:" + reference).
QHash<QString, QJsonValue> valuesByKey(const QList<ConfigValue> &values) {
    QHash<QString, QJsonValue> byKey;
    for (const ConfigValue &v : values)
        byKey.insert(v.key, v.isSecret() ? QJsonValue(QStringLiteral("secret:") + v.secretRef) : v.value);
    return byKey;
}

QString secretRefOf(const QList<ConfigValue> &values, const QString &key) {
    for (const ConfigValue &v : values) {
        if (v.key == key)
            return v.secretRef;
    }
    return {};
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // File and schema version
    void openCreatesPrivateFile();
    void pragmas();
    void foreignKeysCascade();
    void reopenIsIdempotent();
    void newerSchemaVersionRefused();
    void emptyPathRefused();
    void notADatabaseRefused();

    // Organizations
    void organizationNamesIgnoreCase_data();
    void organizationNamesIgnoreCase();
    void organizationLookup();
    void organizationNameValidation_data();
    void organizationNameValidation();
    void renameOrganization();
    void removeOrganization();

    // Integrations
    void integrationNameSyntax_data();
    void integrationNameSyntax();
    void integrationNamesExact();
    void createIntegrationFields();
    void renameIntegration();
    void deleteIntegration();

    // Schemas
    void schemaChangeReport();
    void schemaRejectsInvalidFields();
    void schemaCompatibleTypeChange();
    void schemaIncompatibleTypeChange();
    void schemaRemovedFieldNeedsForce();
    void schemaNarrowedRestrictionsNeedForce();
    void schemaStringToSecret();
    void schemaSecretToStringDropsValue();

    // Configuration
    void configDefaultAndOverride();
    void configTypedValuesStoredCanonically_data();
    void configTypedValuesStoredCanonically();
    void unknownKeyRejected();
    void unknownIntegrationOrOrganization();
    void invalidValueNamesTheLevel();
    void emptyStringIsARealValue();
    void setConfigRollsBackEarlierChanges();

    // Secrets
    void secretsNeverInDatabaseFile();
    void overwritingSecretRemovesOldEntry();
    void deletingIntegrationRemovesSecrets();
    void removingOrganizationRemovesSecrets();
    void removingSecretFieldRemovesSecrets();
    void secretStoreFailurePartWay_data();
    void secretStoreFailurePartWay();
    void noSecretStore();

    // Mappings
    void setMappingKeepsUnspecifiedFields();
    void mappingsList();
    void removeMapping();

    // Transactions
    void nestedTransactionRollsBackInnerOnly();
    void outerRollbackUndoesCommittedInner();
    void obsoleteSecretsRemovedOnlyOnOutermostCommit();

private:
    QString newPath();
    std::unique_ptr<Store> openStore(const QString &path, SecretStore *secrets);
    void setUpCrm(Store &store);
    void requireNotInKeychain(const QString &key);
    void requireInKeychain(const QString &key, const QString &value);
    QString keychainKey(const Store &store, const QString &ref) const {
        return store.databaseId() + QLatin1Char('/') + ref;
    }

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain{QStringLiteral("Bifrost Admin tests")};
    int m_files = 0;
};

QString TestStore::newPath() {
    return coretest::newDatabase(m_dir.path());
}

std::unique_ptr<Store> TestStore::openStore(const QString &path, SecretStore *secrets) {
    auto opened = Store::open(path, secrets);
    if (!opened) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

// Integration "crm" with crmSchema() and organizations "Contoso" and "Fabrikam".
void TestStore::setUpCrm(Store &store) {
    REQUIRE_OK(store.createIntegration({QStringLiteral("crm"), QStringLiteral("Customer records"),
                                        QStringLiteral("default-tenant"), QStringLiteral("Tenant ID")}));
    const auto report = store.setSchema(QStringLiteral("crm"), crmSchema(), SchemaWrite::Apply);
    REQUIRE_OK(report);
    REQUIRE_OK(store.addOrganization(QStringLiteral("Contoso")));
    REQUIRE_OK(store.addOrganization(QStringLiteral("Fabrikam")));
}

void TestStore::requireNotInKeychain(const QString &key) {
    const auto read = m_keychain.read(key);
    QVERIFY2(!read.ok(), "the keychain still holds an entry that should have been removed");
    QCOMPARE(read.error().code, ErrorCode::NotFound);
}

void TestStore::requireInKeychain(const QString &key, const QString &value) {
    const auto read = m_keychain.read(key);
    REQUIRE_OK(read);
    QVERIFY2(*read == value, "the keychain entry holds another value");
}

void TestStore::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString engineProblem = testdb::setupError();
    QVERIFY2(engineProblem.isEmpty(), qPrintable(engineProblem));
    // A real probe, as TESTING.md advises: write, read back, delete.
    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto written = m_keychain.write(key, QStringLiteral("probe"));
    QVERIFY2(written.ok(), "no usable keychain: run the suite under scripts/with-keyring");
    const auto read = m_keychain.read(key);
    REQUIRE_OK(read);
    QCOMPARE(*read, QStringLiteral("probe"));
    REQUIRE_OK(m_keychain.remove(key));
    CALL(requireNotInKeychain(key));
    // Removing an entry that is already gone succeeds (SecretStore contract).
    REQUIRE_OK(m_keychain.remove(key));
}

// --- file and schema version ----------------------------------------------------------------

void TestStore::openCreatesPrivateFile() {
    SQLITE_ONLY("the database file and its WAL companions are created with mode 0600");
    const QString path = m_dir.filePath(QStringLiteral("private/nested/bifrost.db"));
    // With no umask at all, anything created with default modes would be world-readable.
    const mode_t previous = ::umask(0);
    auto store = openStore(path, &m_keychain);
    ::umask(previous);
    QVERIFY(store);
    QCOMPARE(store->path(), QFileInfo(path).absoluteFilePath());
    CALL(setUpCrm(*store)); // makes SQLite write, so the -wal and -shm files exist

    QVERIFY(QFile::exists(path));
    QCOMPARE(fileMode(path), mode_t(0600));
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        QVERIFY2(QFile::exists(companion), suffix);
        QCOMPARE(fileMode(companion), mode_t(0600));
    }
}

void TestStore::pragmas() {
    const QString path = newPath();
    const QStringList before = QSqlDatabase::connectionNames();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);

    RawDb raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.schemaVersion(), Store::schemaVersion());
    QVERIFY(Store::schemaVersion() >= 1);
    // The journal mode is a property of the file, so a second connection sees it.
    if (!raw.isPostgres())
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

    // foreign_keys is per connection: ask the Store's own connection (see also foreignKeysCascade).
    QStringList added = QSqlDatabase::connectionNames();
    for (const QString &name : before)
        added.removeAll(name);
    // Keep only the Store's connection, not the RawDb one.
    added.erase(std::remove_if(added.begin(), added.end(),
                               [](const QString &n) { return n.startsWith(QStringLiteral("raw-")); }),
                added.end());
    QCOMPARE(added.size(), 1);
    // PostgreSQL enforces foreign keys always; SQLite per connection, when asked.
    if (!raw.isPostgres()) {
        QSqlQuery q(QSqlDatabase::database(added.first(), false));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QVERIFY(!store->databaseId().isEmpty());
    QVERIFY(!QUuid::fromString(store->databaseId()).isNull());
}

void TestStore::foreignKeysCascade() {
    // Deleting an organization or an integration relies on ON DELETE CASCADE, which SQLite only
    // honours with foreign_keys on: a second connection must find no orphaned rows.
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    const auto contoso = store->organization(QStringLiteral("Contoso"));
    REQUIRE_OK(contoso);
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30"))}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Fabrikam"),
                                {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("31"))}));
    REQUIRE_OK(
        store->setMapping(QStringLiteral("crm"), QStringLiteral("Contoso"), QStringLiteral("T-1"), {}));

    RawDb raw(path);
    auto count = [&](const QString &sql) { return raw.scalar(sql).toInt(); };
    const QString byOrg = QStringLiteral(" WHERE organization_id = '%1'").arg(contoso->id);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM config_values") + byOrg), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mappings") + byOrg), 1);

    REQUIRE_OK(store->removeOrganization(QStringLiteral("Contoso"), true));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM config_values") + byOrg), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mappings") + byOrg), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM config_values")), 1); // Fabrikam's

    REQUIRE_OK(store->deleteIntegration(QStringLiteral("crm"), true));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM schema_fields")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM config_values")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mappings")), 0);
}

void TestStore::reopenIsIdempotent() {
    const QString path = newPath();
    QString databaseId;
    QStringList dump;
    {
        auto store = openStore(path, &m_keychain);
        QVERIFY(store);
        CALL(setUpCrm(*store));
        REQUIRE_OK(store->setConfig(
            QStringLiteral("crm"), {},
            {ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://crm.example.com"))}));
        databaseId = store->databaseId();
        RawDb raw(path);
        dump = raw.dump();
    }
    for (int i = 0; i < 2; ++i) {
        auto store = openStore(path, &m_keychain);
        QVERIFY(store);
        QCOMPARE(store->databaseId(), databaseId);
        RawDb raw(path);
        QCOMPARE(raw.dump(), dump);
        const auto values = store->configValues(QStringLiteral("crm"), {});
        REQUIRE_OK(values);
        QCOMPARE(values->size(), 1);
        QCOMPARE(values->first().value.toString(), QStringLiteral("https://crm.example.com"));
    }
}

void TestStore::newerSchemaVersionRefused() {
    const QString path = newPath();
    {
        auto store = openStore(path, &m_keychain);
        QVERIFY(store);
        CALL(setUpCrm(*store));
    }
    const int newer = Store::schemaVersion() + 1;
    QStringList dump;
    {
        RawDb raw(path);
        QVERIFY(raw.setSchemaVersion(newer));
        dump = raw.dump();
    }
    const auto opened = Store::open(path, &m_keychain);
    REQUIRE_ERROR(opened, ErrorCode::Conflict);
    QVERIFY2(opened.error().message.contains(QString::number(newer)), qPrintable(opened.error().message));
    RawDb raw(path);
    QCOMPARE(raw.schemaVersion(), newer);
    QCOMPARE(raw.dump(), dump);
}

void TestStore::emptyPathRefused() {
    REQUIRE_ERROR(Store::open(QString(), &m_keychain), ErrorCode::InvalidInput);
}

void TestStore::notADatabaseRefused() {
    SQLITE_ONLY("a file that is not an SQLite database");
    const QString path = newPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const QByteArray content = QByteArrayLiteral("this is a text file, not SQLite\n").repeated(200);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const auto opened = Store::open(path, &m_keychain);
    QVERIFY2(!opened.ok(), "a file that is not a database was opened");
    QVERIFY(opened.error().code == ErrorCode::External || opened.error().code == ErrorCode::InvalidInput);
    QCOMPARE(coretest::fileBytes(path), content); // left as it was
}

// --- organizations --------------------------------------------------------------------------

void TestStore::organizationNamesIgnoreCase_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("conflict");

    QTest::newRow("ascii case") << QStringLiteral("Contoso") << QStringLiteral("CONTOSO") << true;
    QTest::newRow("identical") << QStringLiteral("Contoso") << QStringLiteral("Contoso") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("Contoso") << QStringLiteral("  contoso ") << true;
    QTest::newRow("umlaut case") << QStringLiteral("Ärzte") << QStringLiteral("ärzte") << true;
    QTest::newRow("umlaut upper") << QStringLiteral("ärzte") << QStringLiteral("ÄRZTE") << true;
    QTest::newRow("nordic") << QStringLiteral("Ærø Fisk") << QStringLiteral("æRØ fisk") << true;
    QTest::newRow("greek final sigma") << QStringLiteral("Σίσυφος") << QStringLiteral("ΣΊΣΥΦΟΣ") << true;
    // U+00FC versus u followed by U+0308: the same text in two Unicode normal forms.
    QTest::newRow("composed vs decomposed")
        << QStringLiteral("Z\u00fcrich") << QStringLiteral("ZU\u0308RICH") << true;
    QTest::newRow("umlaut vs plain") << QStringLiteral("Ärzte") << QStringLiteral("Arzte") << false;
    QTest::newRow("different") << QStringLiteral("Contoso") << QStringLiteral("Contoso Ltd") << false;
}

void TestStore::organizationNamesIgnoreCase() {
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, conflict);

    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    const auto a = store->addOrganization(first);
    REQUIRE_OK(a);
    QCOMPARE(a->name, first.trimmed());
    const auto b = store->addOrganization(second);
    if (conflict) {
        REQUIRE_ERROR(b, ErrorCode::Conflict);
        QVERIFY2(b.error().message.contains(first), qPrintable(b.error().message));
        const auto list = store->organizations();
        REQUIRE_OK(list);
        QCOMPARE(list->size(), 1);
        // Either spelling finds the one organization.
        const auto found = store->organization(second);
        REQUIRE_OK(found);
        QCOMPARE(found->id, a->id);
    } else {
        REQUIRE_OK(b);
        QVERIFY(b->id != a->id);
        const auto list = store->organizations();
        REQUIRE_OK(list);
        QCOMPARE(list->size(), 2);
    }
}

void TestStore::organizationLookup() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    const auto zeta = store->addOrganization(QStringLiteral("zeta"));
    const auto alpha = store->addOrganization(QStringLiteral("Alpha"));
    const auto aerzte = store->addOrganization(QStringLiteral("Ärzte"));
    REQUIRE_OK(zeta);
    REQUIRE_OK(alpha);
    REQUIRE_OK(aerzte);
    QVERIFY(!QUuid::fromString(alpha->id).isNull());
    QVERIFY(alpha->createdAt.isValid());
    QVERIFY(alpha->updatedAt.isValid());

    for (const QString &ref :
         {QStringLiteral("Ärzte"), QStringLiteral("ÄRZTE"), QStringLiteral("ärzte"), aerzte->id}) {
        const auto found = store->organization(ref);
        REQUIRE_OK(found);
        QCOMPARE(found->id, aerzte->id);
        QCOMPARE(found->name, QStringLiteral("Ärzte"));
    }
    REQUIRE_ERROR(store->organization(QStringLiteral("Arzte")), ErrorCode::NotFound);
    REQUIRE_ERROR(store->organization(QStringLiteral("nobody")), ErrorCode::NotFound);

    const auto list = store->organizations();
    REQUIRE_OK(list);
    QStringList names;
    for (const Organization &o : *list)
        names << o.name;
    QCOMPARE(names.size(), 3);
    QVERIFY(names.contains(QStringLiteral("Alpha")));
    QVERIFY(names.contains(QStringLiteral("zeta")));
    QVERIFY(names.contains(QStringLiteral("Ärzte")));
    // Ordered without regard to case: "Alpha" before "zeta".
    QVERIFY(names.indexOf(QStringLiteral("Alpha")) < names.indexOf(QStringLiteral("zeta")));
}

void TestStore::organizationNameValidation_data() {
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("newline") << QStringLiteral("Con\ntoso");
    QTest::newRow("tab") << QStringLiteral("Con\ttoso");
    QTest::newRow("201 characters") << QString(201, QLatin1Char('x'));
}

void TestStore::organizationNameValidation() {
    QFETCH(QString, name);
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    REQUIRE_ERROR(store->addOrganization(name), ErrorCode::InvalidInput);
    const auto ok = store->addOrganization(QStringLiteral("Valid"));
    REQUIRE_OK(ok);
    REQUIRE_ERROR(store->renameOrganization(QStringLiteral("Valid"), name), ErrorCode::InvalidInput);
    const auto list = store->organizations();
    REQUIRE_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, QStringLiteral("Valid"));
}

void TestStore::renameOrganization() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    const auto contoso = store->addOrganization(QStringLiteral("Contoso"));
    REQUIRE_OK(contoso);
    REQUIRE_OK(store->addOrganization(QStringLiteral("Ärzte")));

    const auto renamed = store->renameOrganization(QStringLiteral("contoso"), QStringLiteral("Contoso Ltd"));
    REQUIRE_OK(renamed);
    QCOMPARE(renamed->id, contoso->id);
    QCOMPARE(renamed->name, QStringLiteral("Contoso Ltd"));
    REQUIRE_ERROR(store->organization(QStringLiteral("Contoso")), ErrorCode::NotFound);
    const auto byNewName = store->organization(QStringLiteral("CONTOSO LTD"));
    REQUIRE_OK(byNewName);
    QCOMPARE(byNewName->id, contoso->id);

    // A change of case only is a rename of the organization to itself.
    const auto recased = store->renameOrganization(contoso->id, QStringLiteral("contoso ltd"));
    REQUIRE_OK(recased);
    QCOMPARE(recased->name, QStringLiteral("contoso ltd"));

    REQUIRE_ERROR(store->renameOrganization(contoso->id, QStringLiteral("ÄRZTE")), ErrorCode::Conflict);
    REQUIRE_ERROR(store->renameOrganization(QStringLiteral("nobody"), QStringLiteral("Somebody")),
                  ErrorCode::NotFound);
    const auto unchanged = store->organization(contoso->id);
    REQUIRE_OK(unchanged);
    QCOMPARE(unchanged->name, QStringLiteral("contoso ltd"));
}

void TestStore::removeOrganization() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    REQUIRE_OK(store->addOrganization(QStringLiteral("Unused")));

    // Not used anywhere: goes without force.
    REQUIRE_OK(store->removeOrganization(QStringLiteral("unused"), false));
    REQUIRE_ERROR(store->organization(QStringLiteral("Unused")), ErrorCode::NotFound);
    REQUIRE_ERROR(store->removeOrganization(QStringLiteral("Unused"), false), ErrorCode::NotFound);

    // An override keeps it without force.
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("45"))}));
    RawDb raw(path);
    const QStringList before = raw.dump();
    auto refused = store->removeOrganization(QStringLiteral("Contoso"), false);
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("crm")), qPrintable(refused.error().message));
    QCOMPARE(raw.dump(), before);

    // So does a mapping alone.
    REQUIRE_OK(
        store->setMapping(QStringLiteral("crm"), QStringLiteral("Fabrikam"), QStringLiteral("F-1"), {}));
    REQUIRE_ERROR(store->removeOrganization(QStringLiteral("Fabrikam"), false), ErrorCode::Conflict);

    REQUIRE_OK(store->removeOrganization(QStringLiteral("Contoso"), true));
    REQUIRE_OK(store->removeOrganization(QStringLiteral("Fabrikam"), true));
    const auto list = store->organizations();
    REQUIRE_OK(list);
    QVERIFY(list->isEmpty());
    const auto mappings = store->mappings(QStringLiteral("crm"));
    REQUIRE_OK(mappings);
    QVERIFY(mappings->isEmpty());
    // The integration and its defaults are untouched.
    REQUIRE_OK(store->integration(QStringLiteral("crm")));
}

// --- integrations ---------------------------------------------------------------------------

void TestStore::integrationNameSyntax_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("crm") << true;
    QTest::newRow("one letter") << QStringLiteral("A") << true;
    QTest::newRow("punctuation") << QStringLiteral("Halo.PSA_v2-eu") << true;
    QTest::newRow("100 characters") << QString(100, QLatin1Char('a')) << true;
    QTest::newRow("101 characters") << QString(101, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit first") << QStringLiteral("1crm") << false;
    QTest::newRow("underscore first") << QStringLiteral("_crm") << false;
    QTest::newRow("dash first") << QStringLiteral("-crm") << false;
    QTest::newRow("space") << QStringLiteral("my crm") << false;
    QTest::newRow("slash") << QStringLiteral("crm/eu") << false;
    QTest::newRow("non-ascii") << QStringLiteral("crmä") << false;
    QTest::newRow("trailing newline") << QStringLiteral("crm\n") << false;
}

void TestStore::integrationNameSyntax() {
    QFETCH(QString, name);
    QFETCH(bool, valid);

    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    const auto created = store->createIntegration({name, {}, {}, {}});
    QCOMPARE(created.ok(), valid);
    if (valid) {
        QCOMPARE(created->name, name);
        QVERIFY(!QUuid::fromString(created->id).isNull());
    } else {
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        const auto list = store->integrations();
        REQUIRE_OK(list);
        QVERIFY(list->isEmpty());
        // The same rule holds for a rename.
        REQUIRE_OK(store->createIntegration({QStringLiteral("ok"), {}, {}, {}}));
        REQUIRE_ERROR(store->renameIntegration(QStringLiteral("ok"), name), ErrorCode::InvalidInput);
    }
}

void TestStore::integrationNamesExact() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    const auto lower = store->createIntegration({QStringLiteral("crm"), {}, {}, {}});
    REQUIRE_OK(lower);
    REQUIRE_ERROR(store->createIntegration({QStringLiteral("crm"), {}, {}, {}}), ErrorCode::Conflict);
    // Exact match: another case is another integration.
    const auto upper = store->createIntegration({QStringLiteral("CRM"), {}, {}, {}});
    REQUIRE_OK(upper);
    QVERIFY(upper->id != lower->id);

    const auto byLower = store->integration(QStringLiteral("crm"));
    const auto byUpper = store->integration(QStringLiteral("CRM"));
    const auto byId = store->integration(upper->id);
    REQUIRE_OK(byLower);
    REQUIRE_OK(byUpper);
    REQUIRE_OK(byId);
    QCOMPARE(byLower->id, lower->id);
    QCOMPARE(byUpper->id, upper->id);
    QCOMPARE(byId->name, QStringLiteral("CRM"));
    REQUIRE_ERROR(store->integration(QStringLiteral("Crm")), ErrorCode::NotFound);
    const auto list = store->integrations();
    REQUIRE_OK(list);
    QCOMPARE(list->size(), 2);
}

void TestStore::createIntegrationFields() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    const auto created = store->createIntegration({QStringLiteral("halo"), QStringLiteral("Halo PSA"),
                                                   QStringLiteral("tenant-0"), QStringLiteral("Tenant ID")});
    REQUIRE_OK(created);
    const auto loaded = store->integration(QStringLiteral("halo"));
    REQUIRE_OK(loaded);
    QCOMPARE(loaded->id, created->id);
    QCOMPARE(loaded->description, QStringLiteral("Halo PSA"));
    QCOMPARE(loaded->defaultEntityId, QStringLiteral("tenant-0"));
    QCOMPARE(loaded->entityIdLabel, QStringLiteral("Tenant ID"));
    QVERIFY(loaded->createdAt.isValid());
    QVERIFY(loaded->schema.isEmpty());
}

void TestStore::renameIntegration() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    REQUIRE_OK(store->createIntegration({QStringLiteral("erp"), {}, {}, {}}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {},
                                {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("12"))}));
    const auto before = store->integration(QStringLiteral("crm"));
    REQUIRE_OK(before);

    const auto renamed = store->renameIntegration(QStringLiteral("crm"), QStringLiteral("crm2"));
    REQUIRE_OK(renamed);
    QCOMPARE(renamed->id, before->id);
    QCOMPARE(renamed->name, QStringLiteral("crm2"));
    QCOMPARE(renamed->schema, before->schema);
    REQUIRE_ERROR(store->integration(QStringLiteral("crm")), ErrorCode::NotFound);
    const auto values = store->configValues(QStringLiteral("crm2"), {});
    REQUIRE_OK(values);
    QCOMPARE(values->size(), 1);

    REQUIRE_ERROR(store->renameIntegration(QStringLiteral("crm2"), QStringLiteral("erp")),
                  ErrorCode::Conflict);
    REQUIRE_ERROR(store->renameIntegration(QStringLiteral("nothing"), QStringLiteral("x")),
                  ErrorCode::NotFound);
    REQUIRE_OK(store->renameIntegration(QStringLiteral("crm2"), QStringLiteral("crm2")));
}

void TestStore::deleteIntegration() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));

    // Empty: goes without force.
    REQUIRE_OK(store->createIntegration({QStringLiteral("empty"), {}, {}, {}}));
    REQUIRE_OK(store->deleteIntegration(QStringLiteral("empty"), false));
    REQUIRE_ERROR(store->integration(QStringLiteral("empty")), ErrorCode::NotFound);
    REQUIRE_ERROR(store->deleteIntegration(QStringLiteral("empty"), false), ErrorCode::NotFound);

    // A mapping alone keeps it without force.
    REQUIRE_OK(store->createIntegration({QStringLiteral("mapped"), {}, {}, {}}));
    REQUIRE_OK(
        store->setMapping(QStringLiteral("mapped"), QStringLiteral("Contoso"), QStringLiteral("M-1"), {}));
    REQUIRE_ERROR(store->deleteIntegration(QStringLiteral("mapped"), false), ErrorCode::Conflict);

    // So does a stored value.
    REQUIRE_OK(
        store->setConfig(QStringLiteral("crm"), {},
                         {ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://x"))}));
    RawDb raw(path);
    const QStringList before = raw.dump();
    const auto refused = store->deleteIntegration(QStringLiteral("crm"), false);
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("crm")), qPrintable(refused.error().message));
    QCOMPARE(raw.dump(), before);

    REQUIRE_OK(store->deleteIntegration(QStringLiteral("crm"), true));
    REQUIRE_OK(store->deleteIntegration(QStringLiteral("mapped"), true));
    const auto list = store->integrations();
    REQUIRE_OK(list);
    QVERIFY(list->isEmpty());
    // Organizations are not part of an integration.
    const auto orgs = store->organizations();
    REQUIRE_OK(orgs);
    QCOMPARE(orgs->size(), 2);
}

// --- schemas --------------------------------------------------------------------------------

void TestStore::schemaChangeReport() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("crm"), {}, {}, {}}));

    const auto first = store->setSchema(
        QStringLiteral("crm"),
        {makeField(QStringLiteral("a"), FieldType::String), makeField(QStringLiteral("b"), FieldType::Int)},
        SchemaWrite::Apply);
    REQUIRE_OK(first);
    QCOMPARE(first->added, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(first->changed.isEmpty());
    QVERIFY(first->removed.isEmpty());
    QVERIFY(first->dropped.isEmpty());

    SchemaField a = makeField(QStringLiteral("a"), FieldType::String, true);
    a.description = QStringLiteral("now required");
    const Schema second{makeField(QStringLiteral("c"), FieldType::Bool), a};
    const auto preview = store->setSchema(QStringLiteral("crm"), second, SchemaWrite::Preview);
    REQUIRE_OK(preview);
    QCOMPARE(preview->added, QStringList{QStringLiteral("c")});
    QCOMPARE(preview->changed, QStringList{QStringLiteral("a")});
    QCOMPARE(preview->removed, QStringList{QStringLiteral("b")});
    // Preview wrote nothing.
    const auto unchanged = store->integration(QStringLiteral("crm"));
    REQUIRE_OK(unchanged);
    QCOMPARE(unchanged->schema.size(), 2);
    QCOMPARE(unchanged->schema.at(1).key, QStringLiteral("b"));

    const auto applied = store->setSchema(QStringLiteral("crm"), second, SchemaWrite::Apply);
    REQUIRE_OK(applied);
    QCOMPARE(applied->added, preview->added);
    QCOMPARE(applied->changed, preview->changed);
    QCOMPARE(applied->removed, preview->removed);

    const auto loaded = store->integration(QStringLiteral("crm"));
    REQUIRE_OK(loaded);
    QCOMPARE(loaded->schema.size(), 2);
    // In the order given, with positions renumbered.
    QCOMPARE(loaded->schema.at(0).key, QStringLiteral("c"));
    QCOMPARE(loaded->schema.at(0).type, FieldType::Bool);
    QCOMPARE(loaded->schema.at(0).position, 0);
    QCOMPARE(loaded->schema.at(1).key, QStringLiteral("a"));
    QCOMPARE(loaded->schema.at(1).position, 1);
    QVERIFY(loaded->schema.at(1).required);
    QCOMPARE(loaded->schema.at(1).description, QStringLiteral("now required"));

    // The same schema again changes nothing.
    const auto again = store->setSchema(QStringLiteral("crm"), second, SchemaWrite::Apply);
    REQUIRE_OK(again);
    QVERIFY(again->added.isEmpty() && again->changed.isEmpty() && again->removed.isEmpty());

    // Every property survives the round trip through SQLite.
    SchemaField full = makeField(QStringLiteral("size"), FieldType::Int, true);
    full.description = QStringLiteral("Page size");
    full.label = QStringLiteral("Size");
    full.placeholder = QStringLiteral("50");
    full.options = {10, 50, 100};
    full.min = 10;
    full.max = 100;
    SchemaField pattern = makeField(QStringLiteral("code"), FieldType::String);
    pattern.pattern = QStringLiteral("[A-Z]{3}");
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"), {full, pattern}, SchemaWrite::Apply));
    const auto roundTrip = store->integration(QStringLiteral("crm"));
    REQUIRE_OK(roundTrip);
    QCOMPARE(roundTrip->schema.size(), 2);
    full.position = 0;
    pattern.position = 1;
    QCOMPARE(roundTrip->schema.at(0), full);
    QCOMPARE(roundTrip->schema.at(1), pattern);
}

void TestStore::schemaRejectsInvalidFields() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    RawDb raw(path);
    const QStringList before = raw.dump();

    const auto duplicate = store->setSchema(
        QStringLiteral("crm"),
        {makeField(QStringLiteral("a"), FieldType::String), makeField(QStringLiteral("a"), FieldType::Int)},
        SchemaWrite::Force);
    REQUIRE_ERROR(duplicate, ErrorCode::InvalidInput);

    SchemaField badPattern = makeField(QStringLiteral("b"), FieldType::String);
    badPattern.pattern = QStringLiteral("([");
    REQUIRE_ERROR(store->setSchema(QStringLiteral("crm"), {badPattern}, SchemaWrite::Force),
                  ErrorCode::InvalidInput);
    REQUIRE_ERROR(store->setSchema(QStringLiteral("crm"),
                                   {makeField(QStringLiteral("bad key"), FieldType::String)},
                                   SchemaWrite::Force),
                  ErrorCode::InvalidInput);
    REQUIRE_ERROR(store->setSchema(QStringLiteral("nothing"), {}, SchemaWrite::Force), ErrorCode::NotFound);
    QCOMPARE(raw.dump(), before);
}

void TestStore::schemaCompatibleTypeChange() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("crm"), {}, {}, {}}));
    REQUIRE_OK(store->addOrganization(QStringLiteral("Contoso")));
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"),
                                {makeField(QStringLiteral("limit"), FieldType::String)}, SchemaWrite::Apply));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {},
                                {ConfigChange::setText(QStringLiteral("limit"), QStringLiteral("42"))}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setJson(QStringLiteral("limit"), QStringLiteral("-7"))}));

    const auto report = store->setSchema(
        QStringLiteral("crm"), {makeField(QStringLiteral("limit"), FieldType::Int)}, SchemaWrite::Apply);
    REQUIRE_OK(report);
    QCOMPARE(report->changed, QStringList{QStringLiteral("limit")});
    QVERIFY(report->dropped.isEmpty());

    const auto defaults = store->configValues(QStringLiteral("crm"), {});
    const auto overrides = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(defaults);
    REQUIRE_OK(overrides);
    QCOMPARE(defaults->size(), 1);
    QCOMPARE(overrides->size(), 1);
    // Now typed: the number 42, not the text "42".
    QVERIFY(defaults->first().value.isDouble());
    QCOMPARE(defaults->first().value.toInteger(), qint64(42));
    QCOMPARE(overrides->first().value.toInteger(), qint64(-7));
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM config_values WHERE organization_id IS NULL"))
                 .toString(),
             QStringLiteral("42"));

    // And back: int -> string always works.
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"),
                                {makeField(QStringLiteral("limit"), FieldType::String)}, SchemaWrite::Apply));
    const auto asText = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(asText);
    QVERIFY(asText->first().value.isString());
    QCOMPARE(asText->first().value.toString(), QStringLiteral("42"));
}

void TestStore::schemaIncompatibleTypeChange() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("crm"), {}, {}, {}}));
    REQUIRE_OK(store->addOrganization(QStringLiteral("Contoso")));
    REQUIRE_OK(store->addOrganization(QStringLiteral("Fabrikam")));
    const Schema asInt{makeField(QStringLiteral("retries"), FieldType::Int),
                       makeField(QStringLiteral("flag"), FieldType::Int)};
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"), asInt, SchemaWrite::Apply));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {},
                                {ConfigChange::setJson(QStringLiteral("retries"), 30),
                                 ConfigChange::setJson(QStringLiteral("flag"), 30)}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setJson(QStringLiteral("retries"), 31)}));
    // Fabrikam's override is untouched by the change: it is a different key.
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Fabrikam"),
                                {ConfigChange::setJson(QStringLiteral("flag"), 5)}));

    const Schema asBool{makeField(QStringLiteral("retries"), FieldType::Bool),
                        makeField(QStringLiteral("flag"), FieldType::Int)};
    RawDb raw(path);
    const QStringList before = raw.dump();

    const auto preview = store->setSchema(QStringLiteral("crm"), asBool, SchemaWrite::Preview);
    REQUIRE_OK(preview);
    QCOMPARE(preview->changed, QStringList{QStringLiteral("retries")});
    QCOMPARE(preview->dropped.size(), 2);
    bool sawDefault = false, sawContoso = false;
    for (const AffectedValue &a : preview->dropped) {
        QCOMPARE(a.key, QStringLiteral("retries"));
        sawDefault |= a.organizationId.isEmpty();
        sawContoso |= a.organizationName == QLatin1String("Contoso");
        QVERIFY2(a.reason.contains(QStringLiteral("int")) && a.reason.contains(QStringLiteral("bool")),
                 qPrintable(a.reason));
    }
    QVERIFY(sawDefault && sawContoso);
    QCOMPARE(raw.dump(), before);

    const auto refused = store->setSchema(QStringLiteral("crm"), asBool, SchemaWrite::Apply);
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("retries (default)")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("organization \"Contoso\"")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Fabrikam")), qPrintable(message));
    QCOMPARE(raw.dump(), before);

    const auto forced = store->setSchema(QStringLiteral("crm"), asBool, SchemaWrite::Force);
    REQUIRE_OK(forced);
    QCOMPARE(forced->dropped.size(), 2);
    const auto defaults = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(defaults);
    QCOMPARE(valuesByKey(*defaults).keys(), QList<QString>{QStringLiteral("flag")});
    const auto contoso = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(contoso);
    QVERIFY(contoso->isEmpty());
    const auto fabrikam = store->configValues(QStringLiteral("crm"), QStringLiteral("Fabrikam"));
    REQUIRE_OK(fabrikam);
    QCOMPARE(fabrikam->size(), 1);
    const auto integration = store->integration(QStringLiteral("crm"));
    REQUIRE_OK(integration);
    QCOMPARE(integration->field(QStringLiteral("retries"))->type, FieldType::Bool);
}

void TestStore::schemaRemovedFieldNeedsForce() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Fabrikam"),
                                {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))}));
    Schema without = crmSchema();
    without.removeLast(); // region

    RawDb raw(path);
    const QStringList before = raw.dump();
    const auto refused = store->setSchema(QStringLiteral("crm"), without, SchemaWrite::Apply);
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Fabrikam")),
             qPrintable(refused.error().message));
    QCOMPARE(raw.dump(), before);

    const auto forced = store->setSchema(QStringLiteral("crm"), without, SchemaWrite::Force);
    REQUIRE_OK(forced);
    QCOMPARE(forced->removed, QStringList{QStringLiteral("region")});
    QCOMPARE(forced->dropped.size(), 1);
    const auto values = store->configValues(QStringLiteral("crm"), QStringLiteral("Fabrikam"));
    REQUIRE_OK(values);
    QVERIFY(values->isEmpty());
    // Removing a field with no values needs no confirmation.
    without.removeLast(); // client_secret
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"), without, SchemaWrite::Apply));
}

void TestStore::schemaNarrowedRestrictionsNeedForce() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {},
                                {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("500")),
                                 ConfigChange::setText(QStringLiteral("region"), QStringLiteral("us"))}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("50"))}));
    Schema narrowed = crmSchema();
    narrowed[1].max = 100;                        // timeout: 500 no longer fits, 50 does
    narrowed[6].options = {QStringLiteral("eu")}; // region: "us" no longer allowed

    RawDb raw(path);
    const QStringList before = raw.dump();
    const auto refused = store->setSchema(QStringLiteral("crm"), narrowed, SchemaWrite::Apply);
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QCOMPARE(raw.dump(), before);
    const auto preview = store->setSchema(QStringLiteral("crm"), narrowed, SchemaWrite::Preview);
    REQUIRE_OK(preview);
    QCOMPARE(preview->dropped.size(), 2);
    for (const AffectedValue &a : preview->dropped) {
        QVERIFY(a.organizationId.isEmpty());
        QVERIFY2(a.reason.contains(QStringLiteral("rejects")), qPrintable(a.reason));
    }
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"), narrowed, SchemaWrite::Force));
    const auto defaults = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(defaults);
    QVERIFY(defaults->isEmpty());
    const auto contoso = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(contoso);
    QCOMPARE(contoso->size(), 1);
    QCOMPARE(contoso->first().value.toInteger(), qint64(50));
}

void TestStore::schemaStringToSecret() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("crm"), {}, {}, {}}));
    REQUIRE_OK(store->addOrganization(QStringLiteral("Contoso")));
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"),
                                {makeField(QStringLiteral("token"), FieldType::String)}, SchemaWrite::Apply));
    const QString defaultToken = coretest::uniqueSecret(QStringLiteral("default-token"));
    const QString contosoToken = coretest::uniqueSecret(QStringLiteral("contoso-token"));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {},
                                {ConfigChange::setText(QStringLiteral("token"), defaultToken)}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("token"), contosoToken)}));

    const auto report = store->setSchema(
        QStringLiteral("crm"), {makeField(QStringLiteral("token"), FieldType::Secret)}, SchemaWrite::Apply);
    REQUIRE_OK(report);
    QVERIFY(report->dropped.isEmpty());

    const auto defaults = store->configValues(QStringLiteral("crm"), {});
    const auto overrides = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(defaults);
    REQUIRE_OK(overrides);
    QCOMPARE(defaults->size(), 1);
    QCOMPARE(overrides->size(), 1);
    QVERIFY(defaults->first().isSecret());
    QVERIFY(defaults->first().value.isNull() || defaults->first().value.isUndefined());
    CALL(requireInKeychain(keychainKey(*store, defaults->first().secretRef), defaultToken));
    CALL(requireInKeychain(keychainKey(*store, overrides->first().secretRef), contosoToken));
    const auto read = store->readSecret(overrides->first().secretRef);
    REQUIRE_OK(read);
    QVERIFY(*read == contosoToken);

    // Out of SQLite: no row holds a value any more, only references.
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM config_values WHERE value IS NOT NULL")).toInt(),
             0);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT count(*) FROM config_values WHERE secret_ref IS NOT NULL")).toInt(),
        2);
}

void TestStore::schemaSecretToStringDropsValue() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    REQUIRE_OK(store->createIntegration({QStringLiteral("crm"), {}, {}, {}}));
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"),
                                {makeField(QStringLiteral("token"), FieldType::Secret)}, SchemaWrite::Apply));
    const QString secret = coretest::uniqueSecret(QStringLiteral("secret-to-string"));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {},
                                {ConfigChange::setText(QStringLiteral("token"), secret)}));
    const auto before = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(before);
    const QString key = keychainKey(*store, secretRefOf(*before, QStringLiteral("token")));
    CALL(requireInKeychain(key, secret));

    // A change that keeps the secret type keeps the value where it is.
    SchemaField described = makeField(QStringLiteral("token"), FieldType::Secret, true);
    described.description = QStringLiteral("API token");
    const auto kept = store->setSchema(QStringLiteral("crm"), {described}, SchemaWrite::Apply);
    REQUIRE_OK(kept);
    QCOMPARE(kept->changed, QStringList{QStringLiteral("token")});
    QVERIFY(kept->dropped.isEmpty());
    const auto stillThere = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(stillThere);
    QCOMPARE(keychainKey(*store, secretRefOf(*stillThere, QStringLiteral("token"))), key);
    CALL(requireInKeychain(key, secret));

    const Schema asString{makeField(QStringLiteral("token"), FieldType::String)};
    const auto preview = store->setSchema(QStringLiteral("crm"), asString, SchemaWrite::Preview);
    REQUIRE_OK(preview);
    QCOMPARE(preview->dropped.size(), 1);
    QVERIFY2(preview->dropped.first().reason.contains(QStringLiteral("secret")),
             qPrintable(preview->dropped.first().reason));
    REQUIRE_ERROR(store->setSchema(QStringLiteral("crm"), asString, SchemaWrite::Apply), ErrorCode::Conflict);
    CALL(requireInKeychain(key, secret));

    REQUIRE_OK(store->setSchema(QStringLiteral("crm"), asString, SchemaWrite::Force));
    const auto after = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(after);
    QVERIFY2(after->isEmpty(), "a secret was turned into a plain value");
    CALL(requireNotInKeychain(key));
    QVERIFY2(!coretest::containsText(coretest::databaseBytes(path), secret),
             "the secret value was copied into the database file");
}

// --- configuration --------------------------------------------------------------------------

void TestStore::configDefaultAndOverride() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    REQUIRE_OK(
        store->setConfig(QStringLiteral("crm"), {},
                         {ConfigChange::setJson(QStringLiteral("timeout"), 30),
                          ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://d"))}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("contoso"),
                                {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("45"))}));

    auto defaults = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(defaults);
    QCOMPARE(defaults->size(), 2);
    for (const ConfigValue &v : *defaults)
        QVERIFY(v.isDefault());
    QCOMPARE(valuesByKey(*defaults).value(QStringLiteral("timeout")).toInteger(), qint64(30));
    auto overrides = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(overrides);
    QCOMPARE(overrides->size(), 1);
    QVERIFY(!overrides->first().isDefault());
    QCOMPARE(overrides->first().value.toInteger(), qint64(45));
    const auto fabrikam = store->configValues(QStringLiteral("crm"), QStringLiteral("Fabrikam"));
    REQUIRE_OK(fabrikam);
    QVERIFY(fabrikam->isEmpty());

    // A second write replaces the value; it does not add a row.
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("46"))}));
    overrides = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(overrides);
    QCOMPARE(overrides->size(), 1);
    QCOMPARE(overrides->first().value.toInteger(), qint64(46));

    // Unset removes the override only; the default stays.
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::unset(QStringLiteral("timeout"))}));
    overrides = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(overrides);
    QVERIFY(overrides->isEmpty());
    defaults = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(defaults);
    QCOMPARE(defaults->size(), 2);
    // Unsetting what is not set is a no-op, not an error.
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::unset(QStringLiteral("timeout"))}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {}, {ConfigChange::unset(QStringLiteral("timeout"))}));
    defaults = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(defaults);
    QCOMPARE(valuesByKey(*defaults).keys(), QList<QString>{QStringLiteral("base_url")});
}

void TestStore::configTypedValuesStoredCanonically_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("asText");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("column"); // the value column in SQLite

    QTest::newRow("int text") << QStringLiteral("timeout") << true << QStringLiteral("30") << QJsonValue()
                              << QStringLiteral("30");
    QTest::newRow("int json") << QStringLiteral("timeout") << false << QString() << QJsonValue(600)
                              << QStringLiteral("600");
    QTest::newRow("int decimal string json") << QStringLiteral("timeout") << false << QString()
                                             << QJsonValue(QStringLiteral("7")) << QStringLiteral("7");
    QTest::newRow("bool yes") << QStringLiteral("debug") << true << QStringLiteral("YES") << QJsonValue()
                              << QStringLiteral("true");
    QTest::newRow("bool 0") << QStringLiteral("debug") << true << QStringLiteral("0") << QJsonValue()
                            << QStringLiteral("false");
    QTest::newRow("bool json") << QStringLiteral("debug") << false << QString() << QJsonValue(true)
                               << QStringLiteral("true");
    QTest::newRow("json text") << QStringLiteral("extra") << true << QStringLiteral("{ \"a\" : [1, 2] }")
                               << QJsonValue() << QStringLiteral("{\"a\":[1,2]}");
    QTest::newRow("json bare string") << QStringLiteral("extra") << true << QStringLiteral("\"x\"")
                                      << QJsonValue() << QStringLiteral("\"x\"");
    QTest::newRow("json null") << QStringLiteral("extra") << true << QStringLiteral("null") << QJsonValue()
                               << QStringLiteral("null");
    QTest::newRow("string") << QStringLiteral("base_url") << true << QStringLiteral("say \"hi\"")
                            << QJsonValue() << QStringLiteral("\"say \\\"hi\\\"\"");
    QTest::newRow("string option") << QStringLiteral("region") << false << QString()
                                   << QJsonValue(QStringLiteral("eu")) << QStringLiteral("\"eu\"");
}

void TestStore::configTypedValuesStoredCanonically() {
    QFETCH(QString, key);
    QFETCH(bool, asText);
    QFETCH(QString, text);
    QFETCH(QJsonValue, json);
    QFETCH(QString, column);

    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    REQUIRE_OK(
        store->setConfig(QStringLiteral("crm"), {},
                         {asText ? ConfigChange::setText(key, text) : ConfigChange::setJson(key, json)}));
    RawDb raw(path);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT value FROM config_values WHERE key = '%1'").arg(key)).toString(),
        column);
    const auto values = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(values);
    QCOMPARE(values->size(), 1);
    QCOMPARE(toJsonText(values->first().value), column);
}

void TestStore::unknownKeyRejected() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    RawDb raw(path);
    const QStringList before = raw.dump();
    for (const ConfigChange &change :
         {ConfigChange::setText(QStringLiteral("no_such_key"), QStringLiteral("x")),
          ConfigChange::setJson(QStringLiteral("Base_URL"), QStringLiteral("x")),
          ConfigChange::unset(QStringLiteral("no_such_key"))}) {
        for (const QString &org : {QString(), QStringLiteral("Contoso")}) {
            const auto result = store->setConfig(QStringLiteral("crm"), org, {change});
            REQUIRE_ERROR(result, ErrorCode::InvalidInput);
            QCOMPARE(result.error().field, change.key);
            QVERIFY2(result.error().message.contains(change.key), qPrintable(result.error().message));
            QVERIFY2(result.error().message.contains(QStringLiteral("base_url")),
                     "the message lists the keys that exist");
        }
    }
    QCOMPARE(raw.dump(), before);
}

void TestStore::unknownIntegrationOrOrganization() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    const QList<ConfigChange> change{ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("5"))};
    REQUIRE_ERROR(store->setConfig(QStringLiteral("nothing"), {}, change), ErrorCode::NotFound);
    REQUIRE_ERROR(store->setConfig(QStringLiteral("crm"), QStringLiteral("Nobody"), change),
                  ErrorCode::NotFound);
    REQUIRE_ERROR(store->configValues(QStringLiteral("nothing"), {}), ErrorCode::NotFound);
    REQUIRE_ERROR(store->configValues(QStringLiteral("crm"), QStringLiteral("Nobody")), ErrorCode::NotFound);
}

void TestStore::invalidValueNamesTheLevel() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    RawDb raw(path);
    const QStringList before = raw.dump();

    const auto atDefault =
        store->setConfig(QStringLiteral("crm"), {},
                         {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("12abc"))});
    REQUIRE_ERROR(atDefault, ErrorCode::InvalidInput);
    QVERIFY2(atDefault.error().message.startsWith(
                 QStringLiteral("integration \"crm\", key \"timeout\" (default): ")),
             qPrintable(atDefault.error().message));

    const auto atOverride =
        store->setConfig(QStringLiteral("crm"), QStringLiteral("contoso"),
                         {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("601"))});
    REQUIRE_ERROR(atOverride, ErrorCode::InvalidInput);
    // The organization's own spelling, not the one typed.
    QVERIFY2(atOverride.error().message.startsWith(QStringLiteral(
                 "integration \"crm\", key \"timeout\" (override for organization \"Contoso\"): ")),
             qPrintable(atOverride.error().message));
    QCOMPARE(atOverride.error().field, QStringLiteral("timeout"));

    REQUIRE_ERROR(store->setConfig(QStringLiteral("crm"), {},
                                   {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("asia"))}),
                  ErrorCode::InvalidInput);
    REQUIRE_ERROR(
        store->setConfig(QStringLiteral("crm"), {}, {ConfigChange::setJson(QStringLiteral("debug"), 1)}),
        ErrorCode::InvalidInput);
    REQUIRE_ERROR(
        store->setConfig(QStringLiteral("crm"), {},
                         {ConfigChange::setText(QStringLiteral("extra"), QStringLiteral("{\"a\":\n 1,}"))}),
        ErrorCode::InvalidInput);
    QCOMPARE(raw.dump(), before);
}

void TestStore::emptyStringIsARealValue() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    REQUIRE_OK(
        store->setConfig(QStringLiteral("crm"), {},
                         {ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://d"))}));
    // An empty override hides the default: it is a value, not an unset.
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("base_url"), QString())}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Fabrikam"),
                                {ConfigChange::setJson(QStringLiteral("base_url"), QStringLiteral(""))}));
    for (const QString &org : {QStringLiteral("Contoso"), QStringLiteral("Fabrikam")}) {
        const auto values = store->configValues(QStringLiteral("crm"), org);
        REQUIRE_OK(values);
        QCOMPARE(values->size(), 1);
        QVERIFY(values->first().value.isString());
        QCOMPARE(values->first().value.toString(), QString());
        const auto input = store->resolveInput(QStringLiteral("crm"), org);
        REQUIRE_OK(input);
        QCOMPARE(input->values.size(), 2);
    }
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM config_values WHERE value = '\"\"'")).toInt(),
             2);
    // An empty secret is a value too.
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {},
                                {ConfigChange::setText(QStringLiteral("api_key"), QString())}));
    const auto defaults = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(defaults);
    const QString ref = secretRefOf(*defaults, QStringLiteral("api_key"));
    QVERIFY(!ref.isEmpty());
    const auto read = store->readSecret(ref);
    REQUIRE_OK(read);
    QVERIFY(read->isEmpty());
}

void TestStore::setConfigRollsBackEarlierChanges() {
    const QString path = newPath();
    FailingSecretStore recorder(&m_keychain); // never fails here; records what was written
    auto store = openStore(path, &recorder);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    const QString oldSecret = coretest::uniqueSecret(QStringLiteral("rollback-old"));
    REQUIRE_OK(
        store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                         {ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://old")),
                          ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("10")),
                          ConfigChange::setText(QStringLiteral("api_key"), oldSecret)}));
    const auto stored = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(stored);
    const QString oldKey = keychainKey(*store, secretRefOf(*stored, QStringLiteral("api_key")));

    RawDb raw(path);
    const QStringList before = raw.dump();
    recorder.clearWrittenKeys();
    const QString newSecret = coretest::uniqueSecret(QStringLiteral("rollback-new"));
    const auto result = store->setConfig(
        QStringLiteral("crm"), QStringLiteral("Contoso"),
        {ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://new")), // update
         ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu")),            // insert
         ConfigChange::unset(QStringLiteral("timeout")),                                   // delete
         ConfigChange::setText(QStringLiteral("api_key"), newSecret),                      // secret
         ConfigChange::setJson(QStringLiteral("extra"), QJsonObject{{QStringLiteral("k"), 1}}),
         ConfigChange::setText(QStringLiteral("debug"), QStringLiteral("perhaps"))}); // invalid
    REQUIRE_ERROR(result, ErrorCode::InvalidInput);
    QCOMPARE(result.error().field, QStringLiteral("debug"));
    QCOMPARE(raw.dump(), before);

    // The secret written for the failed command is gone; the committed one is intact.
    QCOMPARE(recorder.writtenKeys().size(), 1);
    CALL(requireNotInKeychain(recorder.writtenKeys().first()));
    CALL(requireInKeychain(oldKey, oldSecret));

    // The Store is still usable after the rollback.
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("debug"), QStringLiteral("yes"))}));
}

// --- secrets --------------------------------------------------------------------------------

void TestStore::secretsNeverInDatabaseFile() {
    const QString path = newPath();
    const QString defaultSecret = coretest::uniqueSecret(QStringLiteral("file-default"));
    const QString overrideSecret = coretest::uniqueSecret(QStringLiteral("file-override"));
    const QString replaced = coretest::uniqueSecret(QStringLiteral("file-replaced"));
    const QString unicodeSecret = coretest::uniqueSecret(QStringLiteral("Pässwörd-✓"));
    {
        auto store = openStore(path, &m_keychain);
        QVERIFY(store);
        CALL(setUpCrm(*store));
        REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {},
                                    {ConfigChange::setText(QStringLiteral("api_key"), replaced),
                                     ConfigChange::setJson(QStringLiteral("client_secret"), unicodeSecret)}));
        REQUIRE_OK(store->setConfig(QStringLiteral("crm"), {},
                                    {ConfigChange::setText(QStringLiteral("api_key"), defaultSecret)}));
        REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                    {ConfigChange::setJson(QStringLiteral("api_key"), overrideSecret)}));

        // The values are stored (in the keychain), so their absence from the file means something.
        const auto defaults = store->configValues(QStringLiteral("crm"), {});
        REQUIRE_OK(defaults);
        const auto read = store->readSecret(secretRefOf(*defaults, QStringLiteral("api_key")));
        REQUIRE_OK(read);
        QVERIFY(*read == defaultSecret);
        const auto readUnicode = store->readSecret(secretRefOf(*defaults, QStringLiteral("client_secret")));
        REQUIRE_OK(readUnicode);
        QVERIFY(*readUnicode == unicodeSecret);

        if (!coretest::onPostgres())
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        const QByteArray bytes = coretest::databaseBytes(path);
        QVERIFY(!bytes.isEmpty());
        for (const QString &secret : {defaultSecret, overrideSecret, replaced, unicodeSecret})
            QVERIFY2(!coretest::containsText(bytes, secret),
                     "a secret value is in the database file or its WAL");
    }
    // And after the last connection closed and checkpointed the WAL into the main file.
    const QByteArray bytes = coretest::databaseBytes(path);
    for (const QString &secret : {defaultSecret, overrideSecret, replaced, unicodeSecret})
        QVERIFY2(!coretest::containsText(bytes, secret), "a secret value is in the database file");
}

void TestStore::overwritingSecretRemovesOldEntry() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    const QString first = coretest::uniqueSecret(QStringLiteral("first"));
    const QString second = coretest::uniqueSecret(QStringLiteral("second"));

    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("api_key"), first)}));
    auto values = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(values);
    const QString firstKey = keychainKey(*store, secretRefOf(*values, QStringLiteral("api_key")));
    // Named by the database id: two databases never collide (ARCHITECTURE.md §4).
    QVERIFY(firstKey.startsWith(store->databaseId() + QLatin1Char('/')));
    CALL(requireInKeychain(firstKey, first));

    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("api_key"), second)}));
    values = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(values);
    const QString secondKey = keychainKey(*store, secretRefOf(*values, QStringLiteral("api_key")));
    QVERIFY(secondKey != firstKey);
    CALL(requireInKeychain(secondKey, second));
    CALL(requireNotInKeychain(firstKey));

    // Unset removes the entry too.
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::unset(QStringLiteral("api_key"))}));
    CALL(requireNotInKeychain(secondKey));
}

void TestStore::deletingIntegrationRemovesSecrets() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    REQUIRE_OK(store->createIntegration({QStringLiteral("other"), {}, {}, {}}));
    REQUIRE_OK(store->setSchema(QStringLiteral("other"),
                                {makeField(QStringLiteral("api_key"), FieldType::Secret)},
                                SchemaWrite::Apply));
    const QString a = coretest::uniqueSecret(QStringLiteral("del-int-default"));
    const QString b = coretest::uniqueSecret(QStringLiteral("del-int-override"));
    const QString c = coretest::uniqueSecret(QStringLiteral("del-int-other"));
    REQUIRE_OK(
        store->setConfig(QStringLiteral("crm"), {}, {ConfigChange::setText(QStringLiteral("api_key"), a)}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("client_secret"), b)}));
    REQUIRE_OK(
        store->setConfig(QStringLiteral("other"), {}, {ConfigChange::setText(QStringLiteral("api_key"), c)}));
    const auto defaults = store->configValues(QStringLiteral("crm"), {});
    const auto overrides = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    const auto others = store->configValues(QStringLiteral("other"), {});
    REQUIRE_OK(defaults);
    REQUIRE_OK(overrides);
    REQUIRE_OK(others);
    const QString keyA = keychainKey(*store, secretRefOf(*defaults, QStringLiteral("api_key")));
    const QString keyB = keychainKey(*store, secretRefOf(*overrides, QStringLiteral("client_secret")));
    const QString keyC = keychainKey(*store, secretRefOf(*others, QStringLiteral("api_key")));
    CALL(requireInKeychain(keyA, a));
    CALL(requireInKeychain(keyB, b));

    // Refused without force: nothing goes.
    REQUIRE_ERROR(store->deleteIntegration(QStringLiteral("crm"), false), ErrorCode::Conflict);
    CALL(requireInKeychain(keyA, a));

    REQUIRE_OK(store->deleteIntegration(QStringLiteral("crm"), true));
    CALL(requireNotInKeychain(keyA));
    CALL(requireNotInKeychain(keyB));
    CALL(requireInKeychain(keyC, c));
}

void TestStore::removingOrganizationRemovesSecrets() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    const QString def = coretest::uniqueSecret(QStringLiteral("org-default"));
    const QString contoso = coretest::uniqueSecret(QStringLiteral("org-contoso"));
    const QString fabrikam = coretest::uniqueSecret(QStringLiteral("org-fabrikam"));
    REQUIRE_OK(
        store->setConfig(QStringLiteral("crm"), {}, {ConfigChange::setText(QStringLiteral("api_key"), def)}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("api_key"), contoso)}));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Fabrikam"),
                                {ConfigChange::setText(QStringLiteral("api_key"), fabrikam)}));
    auto keyOf = [&](const QString &org) {
        const auto values = store->configValues(QStringLiteral("crm"), org);
        return values ? keychainKey(*store, secretRefOf(*values, QStringLiteral("api_key"))) : QString();
    };
    const QString defKey = keyOf({});
    const QString contosoKey = keyOf(QStringLiteral("Contoso"));
    const QString fabrikamKey = keyOf(QStringLiteral("Fabrikam"));
    CALL(requireInKeychain(contosoKey, contoso));

    REQUIRE_OK(store->removeOrganization(QStringLiteral("Contoso"), true));
    CALL(requireNotInKeychain(contosoKey));
    CALL(requireInKeychain(defKey, def));
    CALL(requireInKeychain(fabrikamKey, fabrikam));

    // Removing a mapping with its overrides removes the overrides' entries as well.
    REQUIRE_OK(
        store->setMapping(QStringLiteral("crm"), QStringLiteral("Fabrikam"), QStringLiteral("F-1"), {}));
    REQUIRE_OK(store->removeMapping(QStringLiteral("crm"), QStringLiteral("Fabrikam"), true));
    CALL(requireNotInKeychain(fabrikamKey));
    CALL(requireInKeychain(defKey, def));
}

void TestStore::removingSecretFieldRemovesSecrets() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    const QString secret = coretest::uniqueSecret(QStringLiteral("field-removed"));
    REQUIRE_OK(store->setConfig(QStringLiteral("crm"), QStringLiteral("Fabrikam"),
                                {ConfigChange::setText(QStringLiteral("client_secret"), secret)}));
    const auto values = store->configValues(QStringLiteral("crm"), QStringLiteral("Fabrikam"));
    REQUIRE_OK(values);
    const QString key = keychainKey(*store, secretRefOf(*values, QStringLiteral("client_secret")));
    CALL(requireInKeychain(key, secret));

    Schema without;
    for (const SchemaField &f : crmSchema()) {
        if (f.key != QLatin1String("client_secret"))
            without << f;
    }
    REQUIRE_ERROR(store->setSchema(QStringLiteral("crm"), without, SchemaWrite::Apply), ErrorCode::Conflict);
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"), without, SchemaWrite::Preview));
    CALL(requireInKeychain(key, secret));
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"), without, SchemaWrite::Force));
    CALL(requireNotInKeychain(key));
}

void TestStore::secretStoreFailurePartWay_data() {
    QTest::addColumn<bool>("schemaChange"); // else a config write
    QTest::addColumn<int>("failingWrite");

    QTest::newRow("config: first secret write fails") << false << 1;
    QTest::newRow("config: second secret write fails") << false << 2;
    QTest::newRow("config: third secret write fails") << false << 3;
    QTest::newRow("schema string->secret: second write fails") << true << 2;
    QTest::newRow("schema string->secret: third write fails") << true << 3;
}

void TestStore::secretStoreFailurePartWay() {
    QFETCH(bool, schemaChange);
    QFETCH(int, failingWrite);

    const QString path = newPath();
    FailingSecretStore failing(&m_keychain);
    auto store = openStore(path, &failing);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    REQUIRE_OK(store->addOrganization(QStringLiteral("Northwind")));
    SchemaField notes = makeField(QStringLiteral("notes"), FieldType::String);
    SchemaField extraSecret = makeField(QStringLiteral("refresh_secret"), FieldType::Secret);
    Schema schema = crmSchema();
    schema << notes << extraSecret;
    REQUIRE_OK(store->setSchema(QStringLiteral("crm"), schema, SchemaWrite::Apply));

    // Committed state: secrets at both levels, and plain notes that the schema case turns secret.
    const QString oldApiKey = coretest::uniqueSecret(QStringLiteral("fail-old-api"));
    const QString oldClient = coretest::uniqueSecret(QStringLiteral("fail-old-client"));
    REQUIRE_OK(
        store->setConfig(QStringLiteral("crm"), {},
                         {ConfigChange::setText(QStringLiteral("api_key"), oldApiKey),
                          ConfigChange::setText(QStringLiteral("client_secret"), oldClient),
                          ConfigChange::setText(QStringLiteral("notes"), QStringLiteral("default notes"))}));
    for (const QString &org : {QStringLiteral("Contoso"), QStringLiteral("Fabrikam")}) {
        REQUIRE_OK(store->setConfig(
            QStringLiteral("crm"), org,
            {ConfigChange::setText(QStringLiteral("notes"), org + QStringLiteral(" notes"))}));
    }
    const auto committed = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(committed);
    const QString oldApiKeyKey = keychainKey(*store, secretRefOf(*committed, QStringLiteral("api_key")));
    const QString oldClientKey =
        keychainKey(*store, secretRefOf(*committed, QStringLiteral("client_secret")));

    RawDb raw(path);
    const QStringList before = raw.dump();
    failing.clearWrittenKeys();
    failing.failOnWrite(failingWrite);

    if (schemaChange) {
        // Three stored notes (default, Contoso, Fabrikam) move into the secret store one by one.
        schema[schema.size() - 2].type = FieldType::Secret;
        const auto result = store->setSchema(QStringLiteral("crm"), schema, SchemaWrite::Force);
        REQUIRE_ERROR(result, ErrorCode::External);
    } else {
        const auto result = store->setConfig(
            QStringLiteral("crm"), {},
            {ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://new")),
             ConfigChange::setText(QStringLiteral("api_key"),
                                   coretest::uniqueSecret(QStringLiteral("fail-new-api"))),
             ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("9")),
             ConfigChange::setText(QStringLiteral("client_secret"),
                                   coretest::uniqueSecret(QStringLiteral("fail-new-client"))),
             ConfigChange::setText(QStringLiteral("refresh_secret"),
                                   coretest::uniqueSecret(QStringLiteral("fail-new-refresh")))});
        REQUIRE_ERROR(result, ErrorCode::External);
        QVERIFY2(result.error().message.contains(QStringLiteral("simulated")),
                 qPrintable(result.error().message));
    }

    // SQLite is as it was...
    QCOMPARE(raw.dump(), before);
    // ...the secrets written before the failure are gone from the real keychain...
    QCOMPARE(failing.writtenKeys().size(), failingWrite - 1);
    for (const QString &key : failing.writtenKeys())
        CALL(requireNotInKeychain(key));
    // ...and the committed secrets are untouched.
    CALL(requireInKeychain(oldApiKeyKey, oldApiKey));
    CALL(requireInKeychain(oldClientKey, oldClient));

    // Once the keychain answers again, the same command goes through.
    failing.failOnWrite(0);
    if (schemaChange) {
        REQUIRE_OK(store->setSchema(QStringLiteral("crm"), schema, SchemaWrite::Apply));
        const auto notesNow = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
        REQUIRE_OK(notesNow);
        const auto read = store->readSecret(secretRefOf(*notesNow, QStringLiteral("notes")));
        REQUIRE_OK(read);
        QCOMPARE(*read, QStringLiteral("Contoso notes"));
    } else {
        REQUIRE_OK(store->setConfig(
            QStringLiteral("crm"), {},
            {ConfigChange::setText(QStringLiteral("api_key"), QStringLiteral("replacement"))}));
        CALL(requireNotInKeychain(oldApiKeyKey));
    }
}

void TestStore::noSecretStore() {
    // With no usable backend, secret writes fail with a clear error and the rest works (§4).
    const QString path = newPath();
    auto store = openStore(path, nullptr);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    RawDb raw(path);
    const QStringList before = raw.dump();
    const auto refused =
        store->setConfig(QStringLiteral("crm"), {},
                         {ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://x")),
                          ConfigChange::setText(QStringLiteral("api_key"),
                                                coretest::uniqueSecret(QStringLiteral("nostore")))});
    REQUIRE_ERROR(refused, ErrorCode::External);
    QCOMPARE(raw.dump(), before);
    REQUIRE_OK(
        store->setConfig(QStringLiteral("crm"), {},
                         {ConfigChange::setText(QStringLiteral("base_url"), QStringLiteral("https://x"))}));
    REQUIRE_ERROR(store->readSecret(QStringLiteral("anything")), ErrorCode::External);
}

// --- mappings -------------------------------------------------------------------------------

void TestStore::setMappingKeepsUnspecifiedFields() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));

    // New mapping with only a name: the entity id starts empty.
    auto m = store->setMapping(QStringLiteral("crm"), QStringLiteral("contoso"), std::nullopt,
                               QStringLiteral("Contoso Tenant"));
    REQUIRE_OK(m);
    QCOMPARE(m->organization.name, QStringLiteral("Contoso"));
    QCOMPARE(m->entityId, QString());
    QCOMPARE(m->entityName, QStringLiteral("Contoso Tenant"));
    QVERIFY(m->createdAt.isValid());

    m = store->setMapping(QStringLiteral("crm"), QStringLiteral("Contoso"), QStringLiteral("T-1"),
                          std::nullopt);
    REQUIRE_OK(m);
    QCOMPARE(m->entityId, QStringLiteral("T-1"));
    QCOMPARE(m->entityName, QStringLiteral("Contoso Tenant"));

    m = store->setMapping(QStringLiteral("crm"), QStringLiteral("Contoso"), std::nullopt,
                          QStringLiteral("Renamed"));
    REQUIRE_OK(m);
    QCOMPARE(m->entityId, QStringLiteral("T-1"));
    QCOMPARE(m->entityName, QStringLiteral("Renamed"));

    // An explicit empty value clears the field (whether the empty string is null or not); the
    // other stays.
    for (const QString &empty : {QString(), QStringLiteral(""), QStringLiteral("  ")}) {
        m = store->setMapping(QStringLiteral("crm"), QStringLiteral("Contoso"), QStringLiteral("T-2"),
                              std::nullopt);
        REQUIRE_OK(m);
        QCOMPARE(m->entityId, QStringLiteral("T-2"));
        m = store->setMapping(QStringLiteral("crm"), QStringLiteral("Contoso"), empty, std::nullopt);
        REQUIRE_OK(m);
        QCOMPARE(m->entityId, QString());
        QCOMPARE(m->entityName, QStringLiteral("Renamed"));
    }
    m = store->setMapping(QStringLiteral("crm"), QStringLiteral("Contoso"), std::nullopt, QString());
    REQUIRE_OK(m);
    QCOMPARE(m->entityName, QString());

    const auto list = store->mappings(QStringLiteral("crm"));
    REQUIRE_OK(list);
    QCOMPARE(list->size(), 1);

    REQUIRE_ERROR(store->setMapping(QStringLiteral("crm"), QStringLiteral("Nobody"), QStringLiteral("x"), {}),
                  ErrorCode::NotFound);
    REQUIRE_ERROR(
        store->setMapping(QStringLiteral("nothing"), QStringLiteral("Contoso"), QStringLiteral("x"), {}),
        ErrorCode::NotFound);
}

void TestStore::mappingsList() {
    auto store = openStore(newPath(), &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    REQUIRE_OK(store->createIntegration({QStringLiteral("erp"), {}, {}, {}}));
    REQUIRE_OK(store->addOrganization(QStringLiteral("adatum")));
    REQUIRE_OK(store->setMapping(QStringLiteral("crm"), QStringLiteral("Fabrikam"), QStringLiteral("F-1"),
                                 QStringLiteral("Fabrikam Inc")));
    REQUIRE_OK(store->setMapping(QStringLiteral("crm"), QStringLiteral("adatum"), QStringLiteral("A-1"), {}));
    REQUIRE_OK(
        store->setMapping(QStringLiteral("erp"), QStringLiteral("Contoso"), QStringLiteral("C-9"), {}));

    const auto crm = store->mappings(QStringLiteral("crm"));
    REQUIRE_OK(crm);
    QCOMPARE(crm->size(), 2);
    QCOMPARE(crm->at(0).organization.name, QStringLiteral("adatum"));
    QCOMPARE(crm->at(0).entityId, QStringLiteral("A-1"));
    QCOMPARE(crm->at(1).organization.name, QStringLiteral("Fabrikam"));
    QCOMPARE(crm->at(1).entityId, QStringLiteral("F-1"));
    QCOMPARE(crm->at(1).entityName, QStringLiteral("Fabrikam Inc"));
    const auto integration = store->integration(QStringLiteral("crm"));
    REQUIRE_OK(integration);
    QCOMPARE(crm->at(1).integrationId, integration->id);

    const auto erp = store->mappings(QStringLiteral("erp"));
    REQUIRE_OK(erp);
    QCOMPARE(erp->size(), 1);
    QCOMPARE(erp->first().organization.name, QStringLiteral("Contoso"));
    REQUIRE_ERROR(store->mappings(QStringLiteral("nothing")), ErrorCode::NotFound);
}

void TestStore::removeMapping() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    for (const QString &org : {QStringLiteral("Contoso"), QStringLiteral("Fabrikam")}) {
        REQUIRE_OK(store->setMapping(QStringLiteral("crm"), org, org + QStringLiteral("-id"), {}));
        REQUIRE_OK(
            store->setConfig(QStringLiteral("crm"), org,
                             {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("20"))}));
    }

    // Overrides belong to the organization: they stay by default.
    REQUIRE_OK(store->removeMapping(QStringLiteral("crm"), QStringLiteral("Contoso"), false));
    auto list = store->mappings(QStringLiteral("crm"));
    REQUIRE_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().organization.name, QStringLiteral("Fabrikam"));
    auto contoso = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(contoso);
    QCOMPARE(contoso->size(), 1);
    REQUIRE_OK(store->organization(QStringLiteral("Contoso")));

    // ...unless asked.
    REQUIRE_OK(store->removeMapping(QStringLiteral("crm"), QStringLiteral("Fabrikam"), true));
    const auto fabrikam = store->configValues(QStringLiteral("crm"), QStringLiteral("Fabrikam"));
    REQUIRE_OK(fabrikam);
    QVERIFY(fabrikam->isEmpty());
    contoso = store->configValues(QStringLiteral("crm"), QStringLiteral("Contoso"));
    REQUIRE_OK(contoso);
    QCOMPARE(contoso->size(), 1);
    list = store->mappings(QStringLiteral("crm"));
    REQUIRE_OK(list);
    QVERIFY(list->isEmpty());

    // A missing mapping is NotFound and changes nothing, even with withOverrides.
    RawDb raw(path);
    const QStringList before = raw.dump();
    REQUIRE_ERROR(store->removeMapping(QStringLiteral("crm"), QStringLiteral("Contoso"), true),
                  ErrorCode::NotFound);
    QCOMPARE(raw.dump(), before);
    REQUIRE_ERROR(store->removeMapping(QStringLiteral("crm"), QStringLiteral("Nobody"), false),
                  ErrorCode::NotFound);
}

// --- transactions ---------------------------------------------------------------------------

void TestStore::nestedTransactionRollsBackInnerOnly() {
    FailingSecretStore recorder(&m_keychain);
    auto store = openStore(newPath(), &recorder);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    recorder.clearWrittenKeys();
    const QString innerSecret = coretest::uniqueSecret(QStringLiteral("inner"));

    bool innerFailed = false;
    bool deepestFailed = false;
    const auto outer = store->transaction([&]() -> Result<void> {
        if (auto r = store->addOrganization(QStringLiteral("Outer")); !r)
            return r.error();
        auto inner = store->transaction([&]() -> Result<void> {
            if (auto r = store->addOrganization(QStringLiteral("Inner")); !r)
                return r.error();
            if (auto r = store->setConfig(QStringLiteral("crm"), {},
                                          {ConfigChange::setText(QStringLiteral("api_key"), innerSecret)});
                !r)
                return r;
            return Error::invalid(QStringLiteral("inner gives up"));
        });
        innerFailed = !inner.ok();
        auto middle = store->transaction([&]() -> Result<void> {
            if (auto r = store->addOrganization(QStringLiteral("Middle")); !r)
                return r.error();
            auto deepest = store->transaction([&]() -> Result<void> {
                if (auto r = store->addOrganization(QStringLiteral("Deepest")); !r)
                    return r.error();
                return Error::invalid(QStringLiteral("deepest gives up"));
            });
            deepestFailed = !deepest.ok();
            return {};
        });
        if (!middle)
            return middle;
        if (auto r = store->addOrganization(QStringLiteral("After")); !r)
            return r.error();
        return {};
    });
    REQUIRE_OK(outer);
    QVERIFY(innerFailed);
    QVERIFY(deepestFailed);

    const auto orgs = store->organizations();
    REQUIRE_OK(orgs);
    QStringList names;
    for (const Organization &o : *orgs)
        names << o.name;
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("After"), QStringLiteral("Contoso"), QStringLiteral("Fabrikam"),
                          QStringLiteral("Middle"), QStringLiteral("Outer")}));
    const auto defaults = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(defaults);
    QVERIFY(defaults->isEmpty());
    // The secret written inside the rolled-back savepoint is gone, though the outer one committed.
    QCOMPARE(recorder.writtenKeys().size(), 1);
    CALL(requireNotInKeychain(recorder.writtenKeys().first()));
    // Savepoints were all released: a plain write works and no transaction is left open.
    REQUIRE_OK(store->addOrganization(QStringLiteral("Later")));
}

void TestStore::outerRollbackUndoesCommittedInner() {
    const QString path = newPath();
    FailingSecretStore recorder(&m_keychain);
    auto store = openStore(path, &recorder);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    RawDb raw(path);
    const QStringList before = raw.dump();
    recorder.clearWrittenKeys();
    const QString secret = coretest::uniqueSecret(QStringLiteral("outer-rollback"));

    bool innerCommitted = false;
    const auto outer = store->transaction([&]() -> Result<void> {
        auto inner = store->transaction([&]() -> Result<void> {
            if (auto r = store->addOrganization(QStringLiteral("Inner")); !r)
                return r.error();
            return store->setConfig(QStringLiteral("crm"), QStringLiteral("Inner"),
                                    {ConfigChange::setText(QStringLiteral("api_key"), secret),
                                     ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("3"))});
        });
        innerCommitted = inner.ok();
        return Error::conflict(QStringLiteral("outer gives up"));
    });
    REQUIRE_ERROR(outer, ErrorCode::Conflict);
    QVERIFY(innerCommitted);
    QCOMPARE(raw.dump(), before);
    QCOMPARE(recorder.writtenKeys().size(), 1);
    CALL(requireNotInKeychain(recorder.writtenKeys().first()));
    REQUIRE_ERROR(store->organization(QStringLiteral("Inner")), ErrorCode::NotFound);
}

void TestStore::obsoleteSecretsRemovedOnlyOnOutermostCommit() {
    const QString path = newPath();
    auto store = openStore(path, &m_keychain);
    QVERIFY(store);
    CALL(setUpCrm(*store));
    const QString v1 = coretest::uniqueSecret(QStringLiteral("v1"));
    REQUIRE_OK(
        store->setConfig(QStringLiteral("crm"), {}, {ConfigChange::setText(QStringLiteral("api_key"), v1)}));
    const auto values = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(values);
    const QString v1Key = keychainKey(*store, secretRefOf(*values, QStringLiteral("api_key")));

    // An inner setConfig replaces v1 and commits its savepoint; the outer transaction then fails.
    bool v1StillThereInside = false;
    const auto outer = store->transaction([&]() -> Result<void> {
        if (auto r = store->setConfig(QStringLiteral("crm"), {},
                                      {ConfigChange::setText(QStringLiteral("api_key"),
                                                             coretest::uniqueSecret(QStringLiteral("v2")))});
            !r)
            return r;
        const auto read = m_keychain.read(v1Key);
        v1StillThereInside = read.ok() && *read == v1;
        return Error::invalid(QStringLiteral("outer gives up"));
    });
    REQUIRE_ERROR(outer, ErrorCode::InvalidInput);
    QVERIFY2(v1StillThereInside, "the old entry was removed before the outermost commit");
    // Rolled back: the row still points at v1, and v1 is still in the keychain.
    const auto after = store->configValues(QStringLiteral("crm"), {});
    REQUIRE_OK(after);
    QCOMPARE(keychainKey(*store, secretRefOf(*after, QStringLiteral("api_key"))), v1Key);
    CALL(requireInKeychain(v1Key, v1));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
