// doctor and secrets migrate in core: the secret backend record, the secret references of a
// database, its integrity checks, missing and orphaned secrets, stale OAuth leases, and moving
// every secret between the keychain and the vault. Against real SQLite files, the real keychain
// (run under scripts/with-keyring) and real vault files. Secret values are compared with
// QVERIFY(a == b), never QCOMPARE, so that a failure never prints one.

#include "coretestutil.h"
#include "maintenance/doctor.h"
#include "maintenance/secretmigration.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/vaultsecretstore.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bifrost;
using coretest::FailingSecretStore;
using coretest::makeField;
using coretest::RawDb;
using coretest::uniqueSecret;
using Severity = maintenance::Finding::Severity;

namespace {

const QString passphrase = QStringLiteral("doctor-test-passphrase");

// The cheapest scrypt cost a vault accepts: these tests are about doctor, not about the KDF.
crypto::ScryptParams fastParams() {
    crypto::ScryptParams p;
    p.log2N = 10;
    return p;
}

std::unique_ptr<VaultSecretStore> makeVault(const QString &path) {
    return std::make_unique<VaultSecretStore>(
        path, [](bool) -> Result<QString> { return passphrase; }, fastParams());
}

QList<maintenance::Finding> findingsOf(const maintenance::DoctorReport &report, const QString &check,
                                       Severity severity) {
    QList<maintenance::Finding> found;
    for (const maintenance::Finding &f : report.findings) {
        if (f.check == check && f.severity == severity)
            found << f;
    }
    return found;
}

QByteArray describe(const maintenance::DoctorReport &report) {
    QByteArray text;
    for (const maintenance::Finding &f : report.findings)
        text += f.check.toUtf8() + ": " + f.message.toUtf8() + '\n';
    return text;
}

} // namespace

class TestDoctor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void backendRecord();
    void secretUsesListsEveryReference();

    void healthy_data() { backends(); }
    void healthy();
    void orphanFoundAndFixed_data() { backends(); }
    void orphanFoundAndFixed();
    void missingSecretReported_data() { backends(); }
    void missingSecretReported();
    void damagedFile();
    void foreignKeyViolation();
    void staleLeaseRemoved();
    void vaultNotCreatedYet();

    void migrateBothWays();
    void migrateFailureLeavesSource();
    void migrateRefusesSameBackend();
    void writeAfterOtherProcessMigratedRefused();

private:
    void backends() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("keychain") << QStringLiteral("keychain");
        QTest::newRow("vault") << QStringLiteral("vault");
    }
    QString newPath() { return m_dir.filePath(QStringLiteral("db%1/bifrost.db").arg(++m_files)); }
    // A database on `backend` with integration "halo" (secret "token", string "url"),
    // organization Acme, and the token set at the default level and as Acme's override.
    struct Fixture {
        std::unique_ptr<SecretStore> secrets;
        std::unique_ptr<Store> store;
        QString defaultToken;
        QString acmeToken;
    };
    void makeFixture(const QString &backend, Fixture &f);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestDoctor::makeFixture(const QString &backend, Fixture &f) {
    const QString path = newPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    if (backend == QLatin1String("vault"))
        f.secrets = makeVault(VaultSecretStore::defaultPathFor(path));
    else
        f.secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("Bifrost Admin tests"));
    auto opened = Store::open(path, f.secrets.get());
    REQUIRE_OK(opened);
    f.store = std::move(*opened);
    REQUIRE_OK(f.store->setSecretBackend(backend));
    REQUIRE_OK(f.store->createIntegration({QStringLiteral("halo"), {}, {}, {}}));
    REQUIRE_OK(f.store->setSchema(QStringLiteral("halo"),
                                  {makeField(QStringLiteral("token"), FieldType::Secret),
                                   makeField(QStringLiteral("url"), FieldType::String)},
                                  SchemaWrite::Apply));
    REQUIRE_OK(f.store->addOrganization(QStringLiteral("Acme")));
    f.defaultToken = uniqueSecret(QStringLiteral("default"));
    f.acmeToken = uniqueSecret(QStringLiteral("acme"));
    REQUIRE_OK(
        f.store->setConfig(QStringLiteral("halo"), {},
                           {ConfigChange::setText(QStringLiteral("token"), f.defaultToken),
                            ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://x"))}));
    REQUIRE_OK(f.store->setConfig(QStringLiteral("halo"), QStringLiteral("Acme"),
                                  {ConfigChange::setText(QStringLiteral("token"), f.acmeToken)}));
}

void TestDoctor::backendRecord() {
    KeychainSecretStore keychain(QStringLiteral("Bifrost Admin tests"));
    const QString path = newPath();
    auto store = Store::open(path, &keychain);
    REQUIRE_OK(store);
    QCOMPARE((*store)->secretBackend(), QStringLiteral("keychain")); // absent: keychain
    REQUIRE_OK((*store)->setSecretBackend(QStringLiteral("vault")));
    QCOMPARE((*store)->secretBackend(), QStringLiteral("vault"));
    REQUIRE_ERROR((*store)->setSecretBackend(QStringLiteral("plaintext")), ErrorCode::InvalidInput);
    QCOMPARE((*store)->secretBackend(), QStringLiteral("vault"));
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'secret_backend'")).toString(),
             QStringLiteral("vault"));
}

void TestDoctor::secretUsesListsEveryReference() {
    Fixture f;
    CALL(makeFixture(QStringLiteral("keychain"), f));
    Store &store = *f.store;
    REQUIRE_OK(store.setMapping(QStringLiteral("halo"), QStringLiteral("Acme"), QStringLiteral("E1"), {}));
    OAuthSettings s;
    s.flow = OAuthFlow::AuthorizationCode;
    s.authorizeUrl = QStringLiteral("https://login.example.com/authorize");
    s.tokenUrl = QStringLiteral("https://login.example.com/token");
    s.clientId = QStringLiteral("client-1");
    s.authMethod = ClientAuthMethod::Post;
    REQUIRE_OK(store.setOAuthSettings(QStringLiteral("halo"), s, uniqueSecret(QStringLiteral("client"))));
    TokenResponse t;
    t.accessToken = uniqueSecret(QStringLiteral("access"));
    t.refreshToken = uniqueSecret(QStringLiteral("refresh"));
    t.expiresIn = 3600;
    REQUIRE_OK(
        store.saveOAuthTokens(QStringLiteral("halo"), {}, t, {}, true, QDateTime::currentDateTimeUtc()));
    t.refreshToken.clear(); // Acme's connection has no refresh token
    REQUIRE_OK(store.saveOAuthTokens(QStringLiteral("halo"), QStringLiteral("Acme"), t, {}, true,
                                     QDateTime::currentDateTimeUtc()));

    auto uses = store.secretUses();
    REQUIRE_OK(uses);
    QStringList where;
    for (const Store::SecretUse &use : *uses) {
        QVERIFY(!use.ref.isEmpty());
        where << use.where;
    }
    where.sort();
    QCOMPARE(
        where,
        QStringList({QStringLiteral("halo: OAuth client secret"), QStringLiteral("halo: access token (Acme)"),
                     QStringLiteral("halo: access token (default connection)"),
                     QStringLiteral("halo: refresh token (default connection)"),
                     QStringLiteral("halo: token (Acme)"), QStringLiteral("halo: token (default)")}));
    // Every reference has its entry: doctor finds nothing missing.
    auto report = maintenance::runDoctor(store, false);
    REQUIRE_OK(report);
    QVERIFY2(findingsOf(*report, QStringLiteral("missing_secret"), Severity::Problem).isEmpty(),
             describe(*report).constData());
}

void TestDoctor::healthy() {
    QFETCH(QString, backend);
    Fixture f;
    CALL(makeFixture(backend, f));
    auto report = maintenance::runDoctor(*f.store, false);
    REQUIRE_OK(report);
    QVERIFY2(report->healthy(), describe(*report).constData());
    QCOMPARE(report->problems(), 0);
    QCOMPARE(findingsOf(*report, QStringLiteral("integrity"), Severity::Ok).size(), 1);
    QCOMPARE(findingsOf(*report, QStringLiteral("secret_backend"), Severity::Ok).size(), 1);
    QCOMPARE(findingsOf(*report, QStringLiteral("missing_secret"), Severity::Ok).size(), 1);
    QCOMPARE(findingsOf(*report, QStringLiteral("orphan_secret"), Severity::Ok).size(), 1);
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(QStringLiteral("healthy")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("problems")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), report->findings.size());
    QVERIFY(!describe(*report).contains(f.defaultToken.toUtf8()));
}

void TestDoctor::orphanFoundAndFixed() {
    QFETCH(QString, backend);
    Fixture f;
    CALL(makeFixture(backend, f));
    // An entry under this database's prefix that no row refers to, as a crash between a secret
    // write and its commit leaves behind.
    const QString orphanKey = f.store->secretKeyPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString orphanValue = uniqueSecret(QStringLiteral("orphan"));
    REQUIRE_OK(f.secrets->write(orphanKey, orphanValue));
    // Another database's entry in the same backend is none of this doctor's business.
    const QString foreignKey = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("/x");
    REQUIRE_OK(f.secrets->write(foreignKey, uniqueSecret(QStringLiteral("foreign"))));

    auto report = maintenance::runDoctor(*f.store, false);
    REQUIRE_OK(report);
    auto orphans = findingsOf(*report, QStringLiteral("orphan_secret"), Severity::Problem);
    QCOMPARE(orphans.size(), 1);
    QVERIFY(orphans.first().fixable);
    QVERIFY(!orphans.first().fixed);
    QVERIFY(orphans.first().message.contains(orphanKey));
    QVERIFY(orphans.first().message.contains(QStringLiteral("--fix")));
    QVERIFY(!report->healthy());
    QCOMPARE(report->problems(), 1);
    REQUIRE_OK(f.secrets->read(orphanKey)); // listing does not remove

    auto fixed = maintenance::runDoctor(*f.store, true);
    REQUIRE_OK(fixed);
    orphans = findingsOf(*fixed, QStringLiteral("orphan_secret"), Severity::Problem);
    QCOMPARE(orphans.size(), 1);
    QVERIFY(orphans.first().fixed);
    QVERIFY(orphans.first().message.contains(orphanKey));
    QVERIFY2(fixed->healthy(), describe(*fixed).constData());
    REQUIRE_ERROR(f.secrets->read(orphanKey), ErrorCode::NotFound);
    // The referenced secrets and the other database's entry are untouched.
    auto token = f.store->configValues(QStringLiteral("halo"), {});
    REQUIRE_OK(token);
    auto stillThere = f.secrets->read(foreignKey);
    REQUIRE_OK(stillThere);
    REQUIRE_OK(f.secrets->remove(foreignKey));
    auto uses = f.store->secretUses();
    REQUIRE_OK(uses);
    QStringList refs;
    for (const auto &use : *uses)
        refs << use.ref;
    auto values = f.store->readSecrets(refs);
    REQUIRE_OK(values);
    QCOMPARE(values->size(), 2);

    auto again = maintenance::runDoctor(*f.store, false);
    REQUIRE_OK(again);
    QVERIFY2(again->healthy(), describe(*again).constData());
    QVERIFY(findingsOf(*again, QStringLiteral("orphan_secret"), Severity::Problem).isEmpty());
}

void TestDoctor::missingSecretReported() {
    QFETCH(QString, backend);
    Fixture f;
    CALL(makeFixture(backend, f));
    auto uses = f.store->secretUses();
    REQUIRE_OK(uses);
    QString acmeRef;
    for (const auto &use : *uses) {
        if (use.organizationName == QLatin1String("Acme"))
            acmeRef = use.ref;
    }
    QVERIFY(!acmeRef.isEmpty());
    // Removed behind the store's back, as a user clearing the keychain by hand does.
    REQUIRE_OK(f.secrets->remove(f.store->secretKeyFor(acmeRef)));

    for (bool fix : {false, true}) {
        auto report = maintenance::runDoctor(*f.store, fix);
        REQUIRE_OK(report);
        const auto missing = findingsOf(*report, QStringLiteral("missing_secret"), Severity::Problem);
        QCOMPARE(missing.size(), 1);
        QVERIFY(!missing.first().fixable);
        QVERIFY(!missing.first().fixed);
        QVERIFY2(missing.first().message.contains(QStringLiteral("halo: token (Acme)")),
                 qPrintable(missing.first().message));
        QVERIFY2(missing.first().message.contains(
                     QStringLiteral("bifrostctl config set halo token --stdin --org Acme")),
                 qPrintable(missing.first().message));
        QVERIFY(!report->healthy());
        QCOMPARE(report->problems(), 1);
        QVERIFY(!report->toJson().value(QStringLiteral("healthy")).toBool());
    }
}

void TestDoctor::damagedFile() {
    Fixture f;
    CALL(makeFixture(QStringLiteral("keychain"), f));
    for (int i = 0; i < 50; ++i)
        REQUIRE_OK(f.store->addOrganization(QStringLiteral("Organization %1").arg(i)));
    const QString original = f.store->path();
    f.store.reset(); // the last connection checkpoints the WAL into the file
    const QString copy = m_dir.filePath(QStringLiteral("damaged.db"));
    QVERIFY(QFile::copy(original, copy));
    int rootPage = 0;
    {
        RawDb raw(copy);
        QVERIFY(raw.isOpen());
        rootPage = raw.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                             "'config_values_organization'"))
                       .toInt();
    }
    QVERIFY(rootPage > 1);
    QByteArray bytes = coretest::fileBytes(copy);
    QVERIFY(bytes.size() > 100);
    int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    const qsizetype offset = qsizetype(rootPage - 1) * pageSize;
    QVERIFY(offset + pageSize <= bytes.size());
    // An index page whose header says it is no kind of b-tree page: the data and the tables the
    // store opens with still read, the index does not.
    for (int i = 0; i < 12; ++i)
        bytes[offset + i] = char(0xA5);
    {
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(out.write(bytes), bytes.size());
    }
    auto opened = Store::open(copy, f.secrets.get());
    REQUIRE_OK(opened);
    auto report = maintenance::runDoctor(**opened, false);
    REQUIRE_OK(report);
    const auto problems = findingsOf(*report, QStringLiteral("integrity"), Severity::Problem);
    QVERIFY2(!problems.isEmpty(), describe(*report).constData());
    QVERIFY(findingsOf(*report, QStringLiteral("integrity"), Severity::Ok).isEmpty());
    QVERIFY(!report->healthy());
    QVERIFY(problems.first().message.contains(QStringLiteral("backup")));
}

void TestDoctor::foreignKeyViolation() {
    Fixture f;
    CALL(makeFixture(QStringLiteral("keychain"), f));
    {
        // A raw connection does not enforce foreign keys: what an old tool or a hand edit can do.
        RawDb raw(f.store->path());
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO mappings (integration_id, organization_id, entity_id, entity_name, created_at, "
            "updated_at) SELECT id, 'no-such-organization', '', '', '2030-01-01', '2030-01-01' FROM "
            "integrations")));
    }
    auto report = maintenance::runDoctor(*f.store, true);
    REQUIRE_OK(report);
    const auto problems = findingsOf(*report, QStringLiteral("integrity"), Severity::Problem);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(QStringLiteral("mappings")),
             qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(QStringLiteral("organizations")),
             qPrintable(problems.first().message));
    QVERIFY(!report->healthy());
}

void TestDoctor::staleLeaseRemoved() {
    Fixture f;
    CALL(makeFixture(QStringLiteral("keychain"), f));
    REQUIRE_OK(f.store->tryLeaseOAuthRefresh(QStringLiteral("halo"), QStringLiteral("Acme"),
                                             QStringLiteral("live"), 600));
    {
        RawDb raw(f.store->path());
        QVERIFY(
            raw.exec(QStringLiteral("INSERT INTO oauth_refresh_leases (integration_id, organization_key, "
                                    "owner, until) SELECT id, '', 'dead-process', '2001-01-01T00:00:00.000Z' "
                                    "FROM integrations")));
    }
    auto report = maintenance::runDoctor(*f.store, false);
    REQUIRE_OK(report);
    auto leases = findingsOf(*report, QStringLiteral("oauth_lease"), Severity::Warning);
    QCOMPARE(leases.size(), 1);
    QVERIFY(leases.first().fixable);
    QVERIFY(!leases.first().fixed);
    QVERIFY2(leases.first().message.contains(QStringLiteral("halo (default connection)")),
             qPrintable(leases.first().message));
    QVERIFY(report->healthy()); // harmless: a warning, not a problem

    auto fixed = maintenance::runDoctor(*f.store, true);
    REQUIRE_OK(fixed);
    leases = findingsOf(*fixed, QStringLiteral("oauth_lease"), Severity::Warning);
    QCOMPARE(leases.size(), 1);
    QVERIFY(leases.first().fixed);
    RawDb raw(f.store->path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM oauth_refresh_leases")).toInt(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT owner FROM oauth_refresh_leases")).toString(),
             QStringLiteral("live"));
    auto again = maintenance::runDoctor(*f.store, false);
    REQUIRE_OK(again);
    QCOMPARE(findingsOf(*again, QStringLiteral("oauth_lease"), Severity::Ok).size(), 1);
}

void TestDoctor::vaultNotCreatedYet() {
    const QString path = newPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    int asked = 0;
    VaultSecretStore vault(
        VaultSecretStore::defaultPathFor(path),
        [&asked](bool) -> Result<QString> {
            ++asked;
            return passphrase;
        },
        fastParams());
    auto store = Store::open(path, &vault);
    REQUIRE_OK(store);
    REQUIRE_OK((*store)->setSecretBackend(QStringLiteral("vault")));
    auto report = maintenance::runDoctor(**store, true);
    REQUIRE_OK(report);
    QVERIFY2(report->healthy(), describe(*report).constData());
    QCOMPARE(asked, 0); // no file: nothing to unlock, and doctor does not create one
    QVERIFY(!vault.exists());
}

void TestDoctor::migrateBothWays() {
    Fixture f;
    CALL(makeFixture(QStringLiteral("keychain"), f));
    Store &store = *f.store;
    auto uses = store.secretUses();
    REQUIRE_OK(uses);
    QCOMPARE(uses->size(), 2);
    QStringList keys;
    for (const auto &use : *uses)
        keys << store.secretKeyFor(use.ref);

    auto vault = makeVault(VaultSecretStore::defaultPathFor(store.path()));
    auto toVault = maintenance::migrateSecrets(store, *vault);
    REQUIRE_OK(toVault);
    QCOMPARE(toVault->moved, 2);
    QCOMPARE(toVault->from, QStringLiteral("keychain"));
    QCOMPARE(toVault->to, QStringLiteral("vault"));
    QCOMPARE(store.secretBackend(), QStringLiteral("vault"));
    QVERIFY(store.secrets() == vault.get());
    auto token = store.readSecret(uses->first().ref);
    REQUIRE_OK(token);
    QVERIFY(*token == f.defaultToken || *token == f.acmeToken);
    for (const QString &key : keys)
        REQUIRE_ERROR(f.secrets->read(key), ErrorCode::NotFound); // gone from the keychain
    auto inVault = vault->keys(store.secretKeyPrefix());
    REQUIRE_OK(inVault);
    QCOMPARE(inVault->size(), 2);
    QVERIFY(!coretest::containsText(coretest::fileBytes(vault->path()), f.defaultToken));
    QVERIFY(!coretest::containsText(coretest::databaseBytes(store.path()), f.defaultToken));

    auto back = maintenance::migrateSecrets(store, *f.secrets);
    REQUIRE_OK(back);
    QCOMPARE(back->moved, 2);
    QCOMPARE(store.secretBackend(), QStringLiteral("keychain"));
    auto values = store.readSecrets({uses->at(0).ref, uses->at(1).ref});
    REQUIRE_OK(values);
    QCOMPARE(values->size(), 2);
    QVERIFY(QSet<QString>({values->value(uses->at(0).ref), values->value(uses->at(1).ref)}) ==
            QSet<QString>({f.defaultToken, f.acmeToken}));
    inVault = vault->keys(store.secretKeyPrefix());
    REQUIRE_OK(inVault);
    QVERIFY(inVault->isEmpty());
    auto report = maintenance::runDoctor(store, false);
    REQUIRE_OK(report);
    QVERIFY2(report->healthy(), describe(*report).constData());
}

void TestDoctor::migrateFailureLeavesSource() {
    Fixture f;
    CALL(makeFixture(QStringLiteral("keychain"), f));
    Store &store = *f.store;
    auto vault = makeVault(VaultSecretStore::defaultPathFor(store.path()));
    // The real vault cannot be made to fail on its second write; the failing wrapper is the one
    // fake here, and it forwards everything else to the real vault.
    FailingSecretStore failing(vault.get());
    failing.failOnWrite(2);
    auto moved = maintenance::migrateSecrets(store, failing);
    REQUIRE_ERROR(moved, ErrorCode::External);
    QVERIFY(moved.error().message.contains(QStringLiteral("nothing was moved")));
    QCOMPARE(store.secretBackend(), QStringLiteral("keychain"));
    QVERIFY(store.secrets() == f.secrets.get());
    QCOMPARE(failing.writtenKeys().size(), 1);
    auto inVault = vault->keys(store.secretKeyPrefix());
    REQUIRE_OK(inVault);
    QVERIFY2(inVault->isEmpty(), "the first entry written to the target was not taken back");
    auto uses = store.secretUses();
    REQUIRE_OK(uses);
    for (const auto &use : *uses) {
        auto value = f.secrets->read(store.secretKeyFor(use.ref));
        REQUIRE_OK(value);
        QVERIFY(*value == (use.organizationName.isEmpty() ? f.defaultToken : f.acmeToken));
    }
    auto report = maintenance::runDoctor(store, false);
    REQUIRE_OK(report);
    QVERIFY2(report->healthy(), describe(*report).constData());
}

void TestDoctor::migrateRefusesSameBackend() {
    Fixture f;
    CALL(makeFixture(QStringLiteral("keychain"), f));
    KeychainSecretStore other(QStringLiteral("Bifrost Admin tests"));
    REQUIRE_ERROR(maintenance::migrateSecrets(*f.store, other), ErrorCode::InvalidInput);
    QCOMPARE(f.store->secretBackend(), QStringLiteral("keychain"));
}

// Another process (here: a second Store on the same file) moves the secrets to the vault while
// this one still has the keychain open: its next secret write is refused, not left in the
// keychain where no one would look for it.
void TestDoctor::writeAfterOtherProcessMigratedRefused() {
    Fixture f;
    CALL(makeFixture(QStringLiteral("keychain"), f));
    KeychainSecretStore otherKeychain(QStringLiteral("Bifrost Admin tests"));
    auto opened = Store::open(f.store->path(), &otherKeychain);
    REQUIRE_OK(opened);
    std::unique_ptr<Store> other = std::move(*opened);
    auto vault = makeVault(VaultSecretStore::defaultPathFor(other->path()));
    REQUIRE_OK(maintenance::migrateSecrets(*other, *vault));

    const QString late = uniqueSecret(QStringLiteral("late"));
    REQUIRE_ERROR(f.store->setConfig(QStringLiteral("halo"), {},
                                     {ConfigChange::setText(QStringLiteral("token"), late)}),
                  ErrorCode::Conflict);
    auto keychainKeys = f.secrets->keys(f.store->secretKeyPrefix());
    REQUIRE_OK(keychainKeys);
    QVERIFY(keychainKeys->isEmpty());
    // A plain value still saves: only secrets are in the wrong place.
    REQUIRE_OK(
        f.store->setConfig(QStringLiteral("halo"), {},
                           {ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://y"))}));
    auto report = maintenance::runDoctor(*other, false);
    REQUIRE_OK(report);
    QVERIFY2(report->healthy(), describe(*report).constData());
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
