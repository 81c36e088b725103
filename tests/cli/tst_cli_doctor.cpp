// bifrostctl end to end: `doctor [--fix] [--json]`. A healthy database (keychain and vault), an
// orphaned secret entry found and then removed by --fix, a missing secret reported with the
// command that sets it again, a damaged database file, the JSON report and the exit codes (0
// healthy or all fixed, 5 while problems remain).
//
// Orphans are planted through the core library's real backends (the keychain on the private
// session bus, the vault file), the way a crash between a secret write and its commit leaves one.
//
// As tst_cli_doctor_pg (a team database on PostgreSQL) secrets live in team_secrets: the keychain
// rows run against the team store, the vault rows and the SQLite file damage are skipped.
#include "clitest.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/vaultsecretstore.h"

#include <memory>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

const QString vaultPassphrase = u"doctor-vault-passphrase"_s;

} // namespace

class TestCliDoctor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { env.cleanup(); }

    void healthy_data() { backends(); }
    void healthy();
    void orphanFoundAndFixed_data() { backends(); }
    void orphanFoundAndFixed();
    void missingSecret_data() { backends(); }
    void missingSecret();
    void damagedDatabase();
    void wrongVaultPassphrase();
    void usage();

private:
    void backends() {
        QTest::addColumn<bool>("vault");
        QTest::newRow("keychain") << false;
        QTest::newRow("vault") << true;
    }
    // Populates the database on the chosen backend; every later command finds it recorded.
    bool populate(bool vault, CliEnv::Populated &data) {
        if (vault && onPostgres()) {
            qWarning("the vault cases cannot run on PostgreSQL");
            return false;
        }
        if (vault) {
            env.ctl().environment().insert(u"BIFROST_VAULT_PASSPHRASE"_s, vaultPassphrase);
            if (!env.ok({"--secrets", "vault", "org", "list"}))
                return false;
        }
        return env.populate(data);
    }
    // The backend the database uses, as bifrostctl opens it.
    std::unique_ptr<bifrost::SecretStore> backend(bool vault) const {
        if (vault)
            return std::make_unique<bifrost::VaultSecretStore>(
                env.path(u"bifrost.vault"_s),
                [](bool) -> bifrost::Result<QString> { return vaultPassphrase; });
        return std::make_unique<bifrost::KeychainSecretStore>();
    }
    QStringList lines(const CtlResult &r, const char *label) const {
        QStringList found;
        for (const QString &line : r.outText().split(u'\n')) {
            if (line.startsWith(QLatin1String(label) + u' '))
                found << line;
        }
        return found;
    }

    CliEnv env;
};

void TestCliDoctor::initTestCase() {
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "no D-Bus session: run the suite through scripts/with-keyring");
}

void TestCliDoctor::init() {
    QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder");
    for (const QString &name :
         {u"BIFROST_SECRETS"_s, u"BIFROST_VAULT"_s, u"BIFROST_VAULT_PASSPHRASE"_s, u"BIFROST_DB"_s})
        env.ctl().environment().remove(name);
}

void TestCliDoctor::healthy() {
    QFETCH(bool, vault);
    if (vault)
        CLI_SQLITE_ONLY("the vault backend (a team database keeps its secrets in team_secrets)");
    CliEnv::Populated data;
    QVERIFY(populate(vault, data));
    const CtlResult r = env.run({"doctor"});
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().endsWith(u"\nNo problems found.\n"_s), qPrintable(r.outText()));
    QVERIFY(lines(r, "PROBLEM").isEmpty());
    QVERIFY(lines(r, "OK").size() >= 4);
    if (!onPostgres())
        QVERIFY2(r.outText().contains(vault ? u"The vault "_s : u"The OS keychain answers"_s),
                 qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(u"Every secret reference (2) has its entry."_s), qPrintable(r.outText()));
    QVERIFY(!r.out.contains(data.token.toUtf8()) && !r.out.contains(data.acmeToken.toUtf8()));

    const CtlResult json = env.run({"doctor", "--json"});
    CLI_EXPECT_OK(json);
    const QJsonObject report = json.json().object();
    QCOMPARE(report["healthy"_L1].toBool(), true);
    QCOMPARE(report["problems"_L1].toInt(), 0);
    const QJsonArray findings = report["findings"_L1].toArray();
    QVERIFY(findings.size() >= 4);
    QSet<QString> checks;
    for (const QJsonValue &f : findings) {
        QCOMPARE(f["severity"_L1].toString(), u"ok"_s);
        QVERIFY(f["fixable"_L1].isBool() && f["fixed"_L1].isBool() && !f["message"_L1].toString().isEmpty());
        checks.insert(f["check"_L1].toString());
    }
    QVERIFY(checks.contains(u"integrity"_s) && checks.contains(u"secret_backend"_s) &&
            checks.contains(u"missing_secret"_s) && checks.contains(u"orphan_secret"_s));
    // --fix on a healthy database changes nothing.
    const QByteArray before = env.snapshot();
    CLI_EXPECT_OK(env.run({"doctor", "--fix"}));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

void TestCliDoctor::orphanFoundAndFixed() {
    QFETCH(bool, vault);
    CLI_SQLITE_ONLY("plants the orphan through the keychain or the vault; a team database keeps its secrets "
                    "in team_secrets");
    CliEnv::Populated data;
    QVERIFY(populate(vault, data));
    const QString orphanKey = env.databaseId() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString orphanValue = newSecret("orphan");
    {
        auto secrets = backend(vault);
        auto written = secrets->write(orphanKey, orphanValue);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    }
    const QByteArray before = env.snapshot();

    const CtlResult found = env.run({"doctor"});
    QCOMPARE(found.exitCode, 5);
    QVERIFY(isOneErrorLine(found.err));
    const QStringList problems = lines(found, "PROBLEM");
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(orphanKey), qPrintable(found.outText()));
    QVERIFY2(found.outText().contains(u"`bifrostctl doctor --fix` repairs 1 of them"_s),
             qPrintable(found.outText()));
    QVERIFY(!found.out.contains(orphanValue.toUtf8()) && !found.err.contains(orphanValue.toUtf8()));
    {
        auto secrets = backend(vault);
        QVERIFY2(secrets->read(orphanKey).ok(), "doctor without --fix removed something");
    }
    const CtlResult json = env.run({"doctor", "--json"});
    QCOMPARE(json.exitCode, 5);
    const QJsonObject report = json.json().object();
    QCOMPARE(report["healthy"_L1].toBool(), false);
    QCOMPARE(report["problems"_L1].toInt(), 1);
    int orphans = 0;
    for (const QJsonValue &f : report["findings"_L1].toArray()) {
        if (f["check"_L1].toString() == u"orphan_secret"_s && f["severity"_L1].toString() == u"problem"_s) {
            ++orphans;
            QCOMPARE(f["fixable"_L1].toBool(), true);
            QCOMPARE(f["fixed"_L1].toBool(), false);
        }
    }
    QCOMPARE(orphans, 1);

    const CtlResult fixed = env.run({"doctor", "--fix"});
    CLI_EXPECT_OK(fixed);
    const QStringList removed = lines(fixed, "FIXED");
    QCOMPARE(removed.size(), 1);
    QVERIFY2(removed.first().contains(orphanKey), qPrintable(fixed.outText()));
    QVERIFY2(fixed.outText().endsWith(u"Fixed 1 finding(s); no problems remain.\n"_s),
             qPrintable(fixed.outText()));
    {
        auto secrets = backend(vault);
        auto read = secrets->read(orphanKey);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, bifrost::ErrorCode::NotFound);
    }
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    const QByteArray revealed = env.listing();
    QVERIFY(revealed.contains(data.token.toUtf8()) && revealed.contains(data.acmeToken.toUtf8()));
    CLI_EXPECT_OK(env.run({"doctor"}));
}

void TestCliDoctor::missingSecret() {
    QFETCH(bool, vault);
    if (vault)
        CLI_SQLITE_ONLY("the vault backend (a team database keeps its secrets in team_secrets)");
    CliEnv::Populated data;
    QVERIFY(populate(vault, data));
    const QString ref =
        sqlColumn(env.dbPath(), u"SELECT c.secret_ref FROM config_values c JOIN organizations o ON o.id = "
                                "c.organization_id WHERE o.name = 'Acme' AND c.secret_ref IS NOT NULL"_s)
            .value(0)
            .toString();
    QVERIFY(!ref.isEmpty());
    if (onPostgres()) {
        // Removed behind bifrostctl's back with direct SQL: the one row whose key names the
        // reference (found through the row's text, whatever the columns are called).
        testdb::Connection db(env.dbPath());
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QSqlQuery q(db.db());
        QVERIFY(q.prepare(u"DELETE FROM team_secrets AS t WHERE strpos(t::text, ?) > 0"_s));
        q.addBindValue(ref);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    } else {
        // Removed behind bifrostctl's back, as a user cleaning up the keychain by hand does.
        auto secrets = backend(vault);
        QVERIFY(secrets->remove(env.databaseId() + u'/' + ref).ok());
    }
    for (const Args &args : QList<Args>{{"doctor"}, {"doctor", "--fix"}}) {
        const CtlResult r = env.run(args);
        QCOMPARE(r.exitCode, 5);
        QVERIFY(isOneErrorLine(r.err));
        const QStringList problems = lines(r, "PROBLEM");
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"halo: token (Acme)"_s), qPrintable(r.outText()));
        QVERIFY2(problems.first().contains(u"`bifrostctl config set halo token --stdin --org Acme`"_s),
                 qPrintable(r.outText()));
        QVERIFY(r.outText().endsWith(u"1 problem(s) found.\n"_s));
    }
    // Set again as the finding says, and the database is healthy.
    QVERIFY(env.setSecret("halo", "token", newSecret("again"), "Acme"));
    CLI_EXPECT_OK(env.run({"doctor"}));
}

void TestCliDoctor::damagedDatabase() {
    CLI_SQLITE_ONLY("damages a page of the SQLite file");
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    for (int i = 0; i < 40; ++i)
        QVERIFY(env.ok({"org", "add", QStringLiteral("Organization %1").arg(i)}));
    const int rootPage =
        sqlColumn(env.dbPath(),
                  u"SELECT rootpage FROM sqlite_master WHERE name = 'config_values_organization'"_s)
            .value(0)
            .toInt();
    QVERIFY(rootPage > 1);
    QFile f(env.dbPath());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray header = f.read(100);
    int pageSize = (uchar(header.at(16)) << 8) | uchar(header.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    // The index page's header no longer describes any kind of b-tree page.
    QVERIFY(f.seek(qint64(rootPage - 1) * pageSize));
    QCOMPARE(f.write(QByteArray(12, char(0xA5))), 12);
    f.close();
    const CtlResult r = env.run({"doctor"});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(isOneErrorLine(r.err));
    QVERIFY2(!lines(r, "PROBLEM").isEmpty(), qPrintable(r.outText()));
    QVERIFY2(lines(r, "PROBLEM").first().contains(u"SQLite integrity check"_s), qPrintable(r.outText()));
    const CtlResult json = env.run({"doctor", "--json"});
    QCOMPARE(json.exitCode, 5);
    QCOMPARE(json.json().object()["healthy"_L1].toBool(), false);
}

void TestCliDoctor::wrongVaultPassphrase() {
    CLI_SQLITE_ONLY("the vault backend (a team database keeps its secrets in team_secrets)");
    CliEnv::Populated data;
    QVERIFY(populate(true, data));
    CtlRunner wrong(env.dbPath());
    wrong.environment().insert(u"BIFROST_VAULT_PASSPHRASE"_s, u"not-the-passphrase"_s);
    const CtlResult r = wrong.run({u"doctor"_s});
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(u"wrong passphrase"_s), qPrintable(r.errText()));
}

void TestCliDoctor::usage() {
    CLI_EXPECT_FAIL(env.run({"doctor", "extra"}), 2);
    CLI_EXPECT_FAIL(env.run({"doctor", "--repair"}), 2);
    const CtlResult help = env.run({"doctor", "--help"});
    CLI_EXPECT_OK(help);
    QVERIFY(help.outText().startsWith(u"bifrostctl doctor [--fix] [--json]"_s));
    // A new, empty database is healthy.
    CLI_EXPECT_OK(env.run({"doctor"}));
}

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "tst_cli_doctor.moc"
