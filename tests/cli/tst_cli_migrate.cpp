// bifrostctl migrate --from sqlite:PATH --to postgresql://...: a realistic single-admin database
// (every field type, secrets at both levels, mappings, OAuth settings with a client secret, a
// history) built with the real bifrostctl on SQLite and the keychain, copied into a new database
// on the throwaway cluster of scripts/with-postgres, then read back with bifrostctl on the target.
// Runs only under scripts/with-postgres (and scripts/with-keyring); without the cluster it fails.
#include "clitest.h"
#include "oauthtestserver.h"

#include <QSqlError>
#include <QSqlRecord>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

// A connection to one database of the test cluster as its superuser, for creating databases and
// for looking into tables the way a colleague with psql would.
class PgAdmin {
public:
    explicit PgAdmin(const QString &database) {
        m_name = QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(qEnvironmentVariable("BIFROST_TEST_PG_HOST"));
        db.setPort(qEnvironmentVariableIntValue("BIFROST_TEST_PG_PORT"));
        db.setUserName(qEnvironmentVariable("BIFROST_TEST_PG_SUPERUSER"));
        db.setPassword(qEnvironmentVariable("BIFROST_TEST_PG_PASSWORD"));
        db.setDatabaseName(database);
        if (!db.open())
            qWarning("cannot connect to the test cluster: %s", qPrintable(db.lastError().text()));
    }
    ~PgAdmin() { QSqlDatabase::removeDatabase(m_name); }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    QVariantList column(const QString &sql, const QVariantList &binds = {}) const {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QVariantList values;
        if (!q.exec()) {
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return values;
        }
        while (q.next())
            values << q.value(0);
        return values;
    }
    qint64 count(const QString &table) const {
        return column(u"SELECT count(*) FROM %1"_s.arg(table)).value(0, -1).toLongLong();
    }
    QStringList tables() const {
        QStringList names;
        for (const QVariant &v :
             column(u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"_s))
            names << v.toString();
        return names;
    }
    // Rows of any table whose text form holds `needle`: a secret stored in clear shows here.
    qint64 rowsContaining(const QString &needle) const {
        qint64 found = 0;
        for (const QString &table : tables())
            found += column(u"SELECT count(*) FROM %1 t WHERE t::text LIKE ?"_s.arg(table),
                            QVariantList{QVariant(u"%"_s + needle + u"%"_s)})
                         .value(0)
                         .toLongLong();
        return found;
    }

private:
    QString m_name;
};

QString databaseName(const QString &url) {
    return url.section(u'/', -1);
}

} // namespace

class TestCliMigrate : public QObject {
    Q_OBJECT

    CliEnv env;
    CliEnv::Populated populated;
    QString clientSecret;
    QString accessToken;
    OAuthTestServer server;

    // Secret values the source's rows refer to: config secrets, client secrets, tokens.
    int sourceSecrets() const {
        int n = 0;
        for (const char *sql : {"SELECT count(*) FROM config_values WHERE secret_ref IS NOT NULL",
                                "SELECT count(*) FROM oauth_settings WHERE client_secret_ref IS NOT NULL",
                                "SELECT count(*) FROM oauth_connections",
                                "SELECT count(*) FROM oauth_connections WHERE refresh_token_ref IS NOT NULL"})
            n += sqlColumn(env.dbPath(), QString::fromLatin1(sql)).value(0).toInt();
        return n;
    }

    // bifrostctl on the target database.
    CtlResult onTarget(const QString &url, const Args &args, const QByteArray &input = {}) {
        return env.ctl().runRaw(QStringList{u"--db"_s, url} + args.list(), input);
    }
    CtlResult migrate(const QString &url, const Args &extra = Args{}) {
        return env.ctl().runRaw(
            QStringList{u"migrate"_s, u"--from"_s, u"sqlite:"_s + env.dbPath(), u"--to"_s, url} +
            extra.list());
    }
    // Everything the CLI shows of a database as JSON text, secrets revealed: compare, never print.
    QByteArray everything(const QString &db) {
        QByteArray all;
        auto add = [&](const Args &args) {
            const CtlResult r = env.ctl().runRaw(QStringList{u"--db"_s, db} + args.list());
            all += describe(args) + " -> " + QByteArray::number(r.exitCode) + '\n' + r.out;
        };
        add({"org", "list", "--json"});
        add({"integration", "list", "--json"});
        for (const char *integration : {"halo", "ninja"}) {
            add({"integration", "show", integration, "--json"});
            add({"mapping", "list", integration, "--json"});
            add({"oauth", "show", integration, "--json"});
            add({"get", integration});
            add({"config", "list", integration, "--json", "--reveal"});
            for (const char *org : {"Acme", "Globex", "Initech"}) {
                add({"get", integration, "--org", org});
                add({"config", "list", integration, "--org", org, "--json", "--reveal"});
            }
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(qEnvironmentVariableIsSet("BIFROST_TEST_PG_PORT"),
                 "tst_cli_migrate needs a PostgreSQL server: run it under scripts/with-postgres "
                 "(scripts/with-postgres scripts/with-keyring ctest -R tst_cli_migrate)");
        QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
                 "Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql); run scripts/bootstrap");
        QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
                 "secret-tool (Debian package libsecret-tools) is missing; run scripts/bootstrap");
        QVERIFY2(server.start(), "the OAuth test server did not start (npm ci in tests/?)");
    }

    void init() {
        QVERIFY(env.init());
        env.clearSecretEnvironment();
        // The team passphrase of a new team database; the target's first secret write sets it up.
        env.ctl().environment().insert(u"BIFROST_TEAM_PASSPHRASE"_s, u"migrate-test-team-passphrase"_s);
        QVERIFY(env.populate(populated));
        // OAuth settings with a client secret, and a default connection whose access token the
        // test authorization server minted (client credentials).
        clientSecret = u"service-secret"_s;
        QVERIFY(env.ok({"oauth", "set", "ninja", "--flow", "client_credentials", "--token-url",
                        server.url(u"/token"_s), "--client-id", "service", "--scopes", "api:read",
                        "--auth-method", "basic", "--param", "resource=api", "--client-secret-stdin"},
                       clientSecret.toUtf8()));
        QVERIFY(env.ok({"oauth", "refresh", "ninja"}));
        accessToken = env.json({"get", "ninja"}).object()[u"oauth"_s][u"access_token"_s].toString();
        QVERIFY(!accessToken.isEmpty());
        sensitive() << accessToken.toUtf8();
        // More history: a rename, an update, an unset.
        QVERIFY(env.ok({"org", "rename", "Initech", "Initech Corp"}));
        QVERIFY(env.ok({"org", "rename", "Initech Corp", "Initech"}));
        QVERIFY(env.ok({"config", "unset", "halo", "verbose", "--org", "Globex"}));
        QVERIFY(env.ok({"config", "set", "halo", "verbose", "true", "--org", "Globex"}));
    }
    void cleanup() { env.cleanup(); }

    void copiesEverythingAndProvesIt() {
        const QString url = testdb::freshPostgres();
        QVERIFY(!url.isEmpty());
        const QByteArray before = everything(env.dbPath());
        const CtlResult r = migrate(url);
        CLI_EXPECT_OK(r);
        QVERIFY2(!r.out.contains(populated.token.toUtf8()) && !r.out.contains(accessToken.toUtf8()),
                 "migrate printed a secret value");
        // 2 integrations x (global + 3 organizations).
        QVERIFY2(r.out.contains("8 of 8 identical"), redact(r.out).constData());

        // Ids, names, values (secrets included), mappings and OAuth settings read the same.
        const QByteArray after = everything(url);
        CLI_EXPECT_UNCHANGED(before, after);
        QCOMPARE(env.json({"org", "list", "--json"}),
                 QJsonDocument::fromJson(onTarget(url, {"org", "list", "--json"}).out));

        // The history came along as recorded (ids, actors, times), plus one entry for the copy.
        const QJsonArray sourceHistory = env.json({"history", "--json", "--limit", "10000"}).array();
        // The team's own set-up entries (team.*) may join them; they are the target's, not copied.
        QJsonArray targetHistory;
        for (const QJsonValue &e :
             QJsonDocument::fromJson(onTarget(url, {"history", "--json", "--limit", "10000"}).out).array()) {
            if (!e[u"action"_s].toString().startsWith(u"team."_s))
                targetHistory.append(e);
        }
        QVERIFY(sourceHistory.size() > 20);
        QCOMPARE(targetHistory.size(), sourceHistory.size() + 1);
        QCOMPARE(targetHistory.at(0)[u"action"_s].toString(), u"database.migrate"_s);
        for (qsizetype i = 0; i < sourceHistory.size(); ++i)
            QCOMPARE(targetHistory.at(i + 1), sourceHistory.at(i));

        // New rows continue after the copied ids (sequences reset), and the target works on.
        CLI_EXPECT_OK(onTarget(url, {"org", "add", "Umbrella"}));
        CLI_EXPECT_OK(onTarget(url, {"config", "set", "halo", "timeout", "60", "--org", "Umbrella"}));
        const QJsonArray latest =
            QJsonDocument::fromJson(onTarget(url, {"history", "--json", "--limit", "2"}).out).array();
        QCOMPARE(latest.size(), 2);
        QVERIFY(latest.at(0)[u"id"_s].toInteger() > targetHistory.at(0)[u"id"_s].toInteger());

        // No secret in any table in clear.
        PgAdmin admin(databaseName(url));
        for (const QString &secret : {populated.token, populated.acmeToken, clientSecret, accessToken})
            QCOMPARE(admin.rowsContaining(secret), 0);
        QCOMPARE(admin.count(u"organizations"_s), 4);
        // On PostgreSQL the secrets are the team's: sealed in team_secrets, none in the keychain.
        const QString targetId =
            admin.column(u"SELECT value FROM meta WHERE key = 'database_id'"_s).value(0).toString();
        QVERIFY(!targetId.isEmpty());
        QVERIFY(targetId != env.databaseId());
        if (admin.tables().contains(u"team_secrets"_s)) {
            QCOMPARE(admin.count(u"team_secrets"_s), sourceSecrets());
            QCOMPARE(keychainEntriesFor(targetId), 0);
        }
    }

    // A source whose secrets live in the vault: its passphrase is asked as by any command.
    void copiesFromVaultSource() {
        env.ctl().environment().insert(u"BIFROST_VAULT_PASSPHRASE"_s, u"migrate-vault-passphrase"_s);
        QVERIFY(env.ok({"secrets", "migrate", "--to", "vault"}));
        QCOMPARE(env.keychainEntries(), 0);
        const QString url = testdb::freshPostgres();
        QVERIFY(!url.isEmpty());
        const QByteArray before = everything(env.dbPath());
        const CtlResult r = migrate(url);
        CLI_EXPECT_OK(r);
        QVERIFY2(r.out.contains("8 of 8 identical"), redact(r.out).constData());
        CLI_EXPECT_UNCHANGED(before, everything(url));

        env.ctl().environment().remove(u"BIFROST_VAULT_PASSPHRASE"_s);
        env.ctl().setWithoutTerminal(true);
        const CtlResult locked = migrate(testdb::freshPostgres());
        CLI_EXPECT_FAIL(locked, 2);
        QVERIFY2(locked.err.contains("BIFROST_VAULT_PASSPHRASE"), locked.err.constData());
    }

    void jsonReportAndDryRun() {
        const QString url = testdb::freshPostgres();
        QVERIFY(!url.isEmpty());
        const CtlResult dry = migrate(url, {"--dry-run", "--json"});
        CLI_EXPECT_OK(dry);
        const QJsonObject plan = dry.json().object();
        QCOMPARE(plan[u"dry_run"_s].toBool(), true);
        QCOMPARE(plan[u"secrets"_s].toInt(), sourceSecrets());
        QCOMPARE(sourceSecrets(), 4);
        PgAdmin admin(databaseName(url));
        QCOMPARE(admin.count(u"organizations"_s), 0);
        QCOMPARE(admin.count(u"history"_s), 0);

        const CtlResult r = migrate(url, {"--json"});
        CLI_EXPECT_OK(r);
        const QJsonObject report = r.json().object();
        QCOMPARE(report[u"identical"_s].toBool(), true);
        QCOMPARE(report[u"scopes_compared"_s].toInt(), 8);
        QCOMPARE(report[u"scopes_identical"_s].toInt(), 8);
        QCOMPARE(report[u"secrets"_s].toInt(), sourceSecrets());
        QStringList tables;
        for (const QJsonValue &t : report[u"tables"_s].toArray()) {
            tables << t[u"table"_s].toString();
            QVERIFY2(t[u"matches"_s].toBool(), qPrintable(t[u"table"_s].toString()));
        }
        // Every table of the source, parents before children.
        for (const char *table : {"organizations", "integrations", "schema_fields", "config_values",
                                  "mappings", "oauth_settings", "history", "meta"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        QVERIFY(tables.indexOf(u"integrations"_s) < tables.indexOf(u"schema_fields"_s));
        QVERIFY(tables.indexOf(u"schema_fields"_s) < tables.indexOf(u"config_values"_s));
        QVERIFY(tables.indexOf(u"organizations"_s) < tables.indexOf(u"mappings"_s));
    }

    void refusesNonEmptyTarget() {
        const QString url = testdb::freshPostgres();
        QVERIFY(!url.isEmpty());
        CLI_EXPECT_OK(migrate(url));
        const QByteArray before = everything(url);
        PgAdmin admin(databaseName(url));
        const qint64 history = admin.count(u"history"_s);
        const CtlResult again = migrate(url);
        CLI_EXPECT_FAIL(again, 4);
        QVERIFY2(again.err.contains("2 integration") && again.err.contains("3 organization"),
                 again.err.constData());
        CLI_EXPECT_UNCHANGED(before, everything(url));
        QCOMPARE(admin.count(u"history"_s), history);
    }

    void missingSourceSecretLeavesTargetEmpty() {
        const QString url = testdb::freshPostgres();
        QVERIFY(!url.isEmpty());
        const QString ref =
            sqlColumn(env.dbPath(),
                      u"SELECT c.secret_ref FROM config_values c JOIN organizations o ON o.id = "
                      u"c.organization_id WHERE o.name = 'Acme' AND c.key = 'token'"_s)
                .value(0)
                .toString();
        QVERIFY(!ref.isEmpty());
        QProcess clear;
        clear.start(u"secret-tool"_s,
                    {u"clear"_s, u"server"_s, u"Bifrost Admin"_s, u"user"_s, env.databaseId() + u'/' + ref});
        QVERIFY(clear.waitForFinished(30000));
        QCOMPARE(clear.exitCode(), 0);

        const CtlResult r = migrate(url);
        CLI_EXPECT_FAIL(r, 3);
        QVERIFY2(r.err.contains("halo: token (Acme)"), r.err.constData());
        PgAdmin admin(databaseName(url));
        for (const char *table : {"organizations", "integrations", "config_values", "history"})
            QCOMPARE(admin.count(QLatin1String(table)), 0);
        for (const QString &secret : {populated.token, clientSecret})
            QCOMPARE(admin.rowsContaining(secret), 0);
    }

    // A failure after the rows and secrets were written (here: the target refuses the migration's
    // own history entry) rolls all of it back.
    void failureMidwayLeavesTargetEmpty() {
        const QString url = testdb::freshPostgres();
        QVERIFY(!url.isEmpty());
        {
            // Opening once migrates the schema, so the trap can be set on the real table.
            CLI_EXPECT_OK(onTarget(url, {"org", "list"}));
            PgAdmin admin(databaseName(url));
            QVERIFY(admin.exec(
                u"CREATE FUNCTION refuse_migrate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF "
                u"NEW.action = 'database.migrate' THEN RAISE EXCEPTION 'refused by the test'; END IF; "
                u"RETURN NEW; END $$"_s));
            QVERIFY(admin.exec(u"CREATE TRIGGER refuse_migrate BEFORE INSERT ON history FOR EACH ROW EXECUTE "
                               u"FUNCTION refuse_migrate()"_s));
        }
        const CtlResult r = migrate(url);
        CLI_EXPECT_FAIL(r, 5);
        QVERIFY2(!r.err.contains(populated.token.toUtf8()), "the error printed a secret");
        PgAdmin admin(databaseName(url));
        for (const char *table :
             {"organizations", "integrations", "config_values", "mappings", "oauth_settings"})
            QCOMPARE(admin.count(QLatin1String(table)), 0);
        QCOMPARE(
            admin.column(u"SELECT count(*) FROM history WHERE action NOT LIKE 'team.%'"_s).value(0).toInt(),
            0);
        for (const QString &secret : {populated.token, populated.acmeToken, clientSecret, accessToken})
            QCOMPARE(admin.rowsContaining(secret), 0);
        if (admin.tables().contains(u"team_secrets"_s))
            QCOMPARE(admin.count(u"team_secrets"_s), 0);
        // Secrets written outside the database (a keychain target) were removed again.
        const QString targetId =
            admin.column(u"SELECT value FROM meta WHERE key = 'database_id'"_s).value(0).toString();
        QVERIFY(!targetId.isEmpty());
        QCOMPARE(keychainEntriesFor(targetId), 0);
    }

    // The proof finds what a copy got wrong: here the target rewrites the default region as it
    // is inserted (a trigger), so every scope that reads the default differs.
    void reportsDifferences() {
        const QString url = testdb::freshPostgres();
        QVERIFY(!url.isEmpty());
        CLI_EXPECT_OK(onTarget(url, {"org", "list"}));
        {
            PgAdmin admin(databaseName(url));
            QVERIFY(admin.exec(
                u"CREATE FUNCTION skew() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.key = "
                u"'region' AND NEW.organization_id IS NULL THEN NEW.value := '\"us\"'; END IF; "
                u"RETURN NEW; END $$"_s));
            QVERIFY(admin.exec(u"CREATE TRIGGER skew BEFORE INSERT ON config_values FOR EACH ROW EXECUTE "
                               u"FUNCTION skew()"_s));
        }
        const CtlResult r = migrate(url);
        CTL_EXPECT(r, 5);
        QVERIFY2(isOneErrorLine(r.err), r.err.constData());
        // The global scope, Globex and Initech read the default; Acme overrides it.
        QVERIFY2(r.out.contains("5 of 8 identical"), redact(r.out).constData());
        QVERIFY2(r.out.contains("halo (Globex) differs in: config.region"), redact(r.out).constData());
        QVERIFY2(r.err.contains("config.region") && !r.err.contains("Acme"), redact(r.err).constData());
        for (const QString &secret : {populated.token, populated.acmeToken, accessToken})
            QVERIFY2(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()),
                     "a secret was printed");

        const CtlResult json = migrate(testdb::freshPostgres(), {"--json"});
        CLI_EXPECT_OK(json);
        QCOMPARE(json.json().object()[u"differences"_s].toArray().size(), 0);
    }

    void usageErrors() {
        const QString url = testdb::freshPostgres();
        QVERIFY(!url.isEmpty());
        CLI_EXPECT_FAIL(env.ctl().runRaw({u"migrate"_s, u"--from"_s, u"sqlite:"_s + env.dbPath()}), 2);
        CLI_EXPECT_FAIL(env.ctl().runRaw({u"migrate"_s, u"--from"_s, u"sqlite:"_s + env.dbPath(), u"--to"_s,
                                          u"sqlite:"_s + env.path(u"other.db"_s)}),
                        2);
        CLI_EXPECT_FAIL(env.ctl().runRaw({u"migrate"_s, u"--from"_s, url, u"--to"_s, url}), 2);
        const CtlResult missing = env.ctl().runRaw(
            {u"migrate"_s, u"--from"_s, u"sqlite:"_s + env.path(u"nosuch.db"_s), u"--to"_s, url});
        CLI_EXPECT_FAIL(missing, 3);
        QVERIFY(!QFile::exists(env.path(u"nosuch.db"_s)));
        QVERIFY(!QFile::exists(env.path(u"other.db"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
