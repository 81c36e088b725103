// bifrostctl team ... on a real PostgreSQL cluster (scripts/with-postgres), with real login roles
// that are not superusers, so that the database's grants and row-level security apply: the
// first command sets the team up, secrets are stored sealed, editors and viewers get what their
// role allows from bifrostctl and from direct SQL alike, removal with rotation, a failed rotation
// changing nothing, the keychain sparing the passphrase, wrong passphrases.
#include "clitest.h"
#include "testdatabase.h"

#include <QSqlError>

using namespace clitest;

namespace {

const QByteArray alicePass = "alice-passphrase-1";
const QByteArray bobPass = "bob-initial-pass-2";
const QByteArray carolPass = "carol-initial-pass-3";

// One team database and three login roles; the superuser has migrated it and granted the owner
// group to alice, as a database administrator would.
struct Team {
    QTemporaryDir dir;
    QString superUrl;
    QString alice, bob, carol;
    QString prefix; // bifrost_<db>

    bool setUp() {
        superUrl = testdb::fresh(dir.path());
        alice = testdb::createRole(QStringLiteral("alice"));
        bob = testdb::createRole(QStringLiteral("bob"));
        carol = testdb::createRole(QStringLiteral("carol"));
        if (superUrl.isEmpty() || alice.isEmpty() || bob.isEmpty() || carol.isEmpty())
            return false;
        if (!succeeded({"org", "list"},
                       runner(superUrl).run({QStringLiteral("org"), QStringLiteral("list")})))
            return false;
        testdb::Connection admin(superUrl);
        prefix = admin.scalar(QStringLiteral("SELECT value FROM team_state WHERE name = 'role_prefix'"))
                     .toString();
        return !prefix.isEmpty() &&
               admin.exec(QStringLiteral("GRANT %1_owner TO %2 WITH ADMIN OPTION").arg(prefix, alice));
    }

    QString url(const QString &role) const { return testdb::as(superUrl, role); }

    CtlRunner runner(const QString &location) const {
        CtlRunner r(location);
        r.setWithoutTerminal(true);
        for (const char *name : {"BIFROST_SECRETS", "BIFROST_VAULT", "BIFROST_VAULT_PASSPHRASE",
                                 "BIFROST_TEAM_PASSPHRASE", "BIFROST_DB"})
            r.environment().remove(QString::fromLatin1(name));
        return r;
    }

    CtlResult run(const QString &role, const Args &args, const QByteArray &input = {}) const {
        return runner(url(role)).run(args.list(), input);
    }
    // With --passphrase-stdin: `passphrase` is the first line of stdin, `rest` follows.
    CtlResult runWith(const QString &role, const QByteArray &passphrase, const Args &args,
                      const QByteArray &rest = {}) const {
        return runner(url(role)).run(Args{"--passphrase-stdin"}.list() + args.list(),
                                     passphrase + '\n' + rest);
    }

    bool ok(const QString &role, const Args &args, const QByteArray &input = {}) const {
        return succeeded(args, run(role, args, input));
    }

    QString schemaFile() const {
        QFile f(dir.filePath(QStringLiteral("schema.json")));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(R"([{"key": "token", "type": "secret"}, {"key": "other", "type": "secret"},
                        {"key": "url", "type": "string"}])");
        return f.fileName();
    }

    // alice sets up the team with her first secret and adds bob (editor) and carol (viewer).
    bool populate(const QString &token) const {
        return ok(alice, {"integration", "create", "halo"}) &&
               ok(alice, {"schema", "set", "halo", "--file", schemaFile()}) &&
               succeeded({"config", "set"},
                         runWith(alice, alicePass, {"config", "set", "halo", "token", "--stdin"},
                                 token.toUtf8())) &&
               succeeded({"team", "add"},
                         run(alice, {"team", "add", bob, "--role", "editor"}, bobPass + '\n')) &&
               ok(alice, {"team", "add", carol, "--role", "viewer"});
    }

    QString tokenOf(const QString &role, const QByteArray &passphrase = {}) const {
        const CtlResult r =
            passphrase.isEmpty() ? run(role, {"get", "halo"}) : runWith(role, passphrase, {"get", "halo"});
        if (r.exitCode != 0) {
            qWarning("get as %s exited %d: %s", qPrintable(role), r.exitCode, redact(r.err).constData());
            return {};
        }
        return r.json()[QLatin1String("config")][QLatin1String("token")].toString();
    }
};

// The SQLSTATE of `sql` run as `location`'s role ("" when it succeeded).
QString sqlState(const QString &location, const QString &sql) {
    testdb::Connection c(location);
    if (!c.isOpen())
        return QStringLiteral("cannot connect: ") + c.error();
    QSqlQuery q(c.db());
    if (q.exec(sql))
        return {};
    return q.lastError().nativeErrorCode();
}

} // namespace

class TestCliTeam : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // This suite is PostgreSQL only; testdb fails (never skips) without the cluster.
        qputenv("BIFROST_TEST_ENGINE", "postgresql");
        const QString problem = testdb::setupError();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(problem + QStringLiteral("; run under scripts/with-postgres")));
        QVERIFY(!CtlRunner::program().isEmpty());
    }

    void firstCommandSetsUpTheTeam() {
        Team t;
        QVERIFY(t.setUp());
        const QString token = newSecret("token");
        QVERIFY(t.populate(token));
        const QJsonArray members =
            t.runner(t.url(t.alice))
                .run({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")})
                .json()
                .array();
        QCOMPARE(members.size(), 3);
        QJsonObject byAdmin;
        for (const QJsonValue &m : members)
            byAdmin.insert(m[QLatin1String("admin")].toString(), m.toObject());
        QCOMPARE(byAdmin[t.alice][QLatin1String("role")].toString(), QStringLiteral("owner"));
        QCOMPARE(byAdmin[t.bob][QLatin1String("role")].toString(), QStringLiteral("editor"));
        QCOMPARE(byAdmin[t.carol][QLatin1String("role")].toString(), QStringLiteral("viewer"));
        QVERIFY(byAdmin[t.alice][QLatin1String("holds_key")].toBool());
        QVERIFY(byAdmin[t.bob][QLatin1String("holds_key")].toBool());
        QVERIFY(!byAdmin[t.carol][QLatin1String("holds_key")].toBool());
        // A second init is a conflict; the history names who did what.
        CLI_EXPECT_FAIL(t.run(t.alice, {"team", "init"}), 4);
        const CtlResult history = t.run(t.alice, {"history", "--json"});
        CLI_EXPECT_OK(history);
        QVERIFY(history.out.contains("team.init"));
        QVERIFY(history.out.contains("team.add"));
        QVERIFY(history.out.contains(t.alice.toUtf8()));
    }

    void secretsAreNeverStoredInClear() {
        Team t;
        QVERIFY(t.setUp());
        const QString token = newSecret("token");
        QVERIFY(t.populate(token));
        const QString other = newSecret("other");
        QVERIFY(succeeded(
            {"config", "set"},
            t.runWith(t.bob, bobPass, {"config", "set", "halo", "other", "--stdin"}, other.toUtf8())));
        const QByteArray everything = testdb::contents(t.superUrl);
        QVERIFY(everything.contains("team_secrets") || everything.size() > 1000);
        for (const QByteArray &needle : {token.toUtf8(), other.toUtf8(), alicePass, bobPass})
            QVERIFY2(!everything.contains(needle),
                     "a secret or passphrase is stored in clear in the database");
        QCOMPARE(testdb::Connection(t.superUrl)
                     .scalar(QStringLiteral("SELECT count(*) FROM team_secrets"))
                     .toInt(),
                 2);
    }

    void editorWritesAndAnotherProcessReads() {
        Team t;
        QVERIFY(t.setUp());
        QVERIFY(t.populate(newSecret("token")));
        const QString fresh = newSecret("bob-token");
        const CtlResult set =
            t.runWith(t.bob, bobPass, {"config", "set", "halo", "token", "--stdin"}, fresh.toUtf8());
        CLI_EXPECT_OK(set);
        QVERIFY2(t.tokenOf(t.alice) == fresh, "alice does not read the value bob wrote");
        QVERIFY2(t.tokenOf(t.bob) == fresh, "bob does not read back his value");
    }

    void viewerCannotReadSecrets() {
        Team t;
        QVERIFY(t.setUp());
        const QString token = newSecret("token");
        QVERIFY(t.populate(token));
        const CtlResult get = t.run(t.carol, {"get", "halo"});
        CLI_EXPECT_FAIL(get, 2);
        QVERIFY2(get.err.contains("viewers cannot read secret values"), get.err.constData());
        QVERIFY(!get.err.contains(token.toUtf8()));
        // Everything else is readable.
        CLI_EXPECT_OK(t.run(t.carol, {"config", "list", "halo"}));
        CLI_EXPECT_OK(t.run(t.carol, {"team", "list"}));
        // Writes are refused by the database.
        const CtlResult write = t.run(t.carol, {"config", "set", "halo", "url", "https://x.example"});
        QVERIFY(write.exitCode != 0);
        QVERIFY2(write.err.contains("permission denied"), write.err.constData());
        // Direct SQL as the viewer: no secrets, no keys.
        const QString asCarol = t.url(t.carol);
        QCOMPARE(sqlState(asCarol, QStringLiteral("SELECT * FROM team_secrets")), QStringLiteral("42501"));
        QCOMPARE(sqlState(asCarol, QStringLiteral("SELECT * FROM team_keys")), QStringLiteral("42501"));
        QCOMPARE(sqlState(asCarol, QStringLiteral("SELECT wrapped_key FROM team_keys")),
                 QStringLiteral("42501"));
        QCOMPARE(sqlState(asCarol, QStringLiteral("SELECT * FROM team_members")), QString());
        QCOMPARE(sqlState(asCarol, QStringLiteral("UPDATE integrations SET description = 'x'")),
                 QStringLiteral("42501"));
    }

    void editorCannotChangeTheTeam() {
        Team t;
        QVERIFY(t.setUp());
        QVERIFY(t.populate(newSecret("token")));
        const QString dave = testdb::createRole(QStringLiteral("dave"));
        CLI_EXPECT_FAIL(t.run(t.bob, {"team", "add", dave, "--role", "viewer"}), 2);
        CLI_EXPECT_FAIL(t.run(t.bob, {"team", "remove", t.carol}), 2);
        CLI_EXPECT_FAIL(t.run(t.bob, {"team", "rotate"}), 2);
        // The database refuses it too, whatever the client.
        const QString asBob = t.url(t.bob);
        QCOMPARE(sqlState(asBob, QStringLiteral("INSERT INTO team_members (admin, role, added_at, added_by)"
                                                " VALUES ('%1', 'owner', 'x', 'x')")
                                     .arg(dave)),
                 QStringLiteral("42501"));
        QCOMPARE(sqlState(asBob, QStringLiteral("UPDATE team_members SET role = 'owner'")),
                 QStringLiteral("42501"));
        QVERIFY(!sqlState(asBob, QStringLiteral("GRANT %1_editor TO %2").arg(t.prefix, dave)).isEmpty());
        QVERIFY(!sqlState(asBob, QStringLiteral("GRANT %1_owner TO %2").arg(t.prefix, t.bob)).isEmpty());
        // Row-level security: an editor sees only their own key row.
        testdb::Connection bob(asBob);
        QCOMPARE(bob.scalar(QStringLiteral("SELECT count(*) FROM team_keys")).toInt(), 1);
        QCOMPARE(bob.scalar(QStringLiteral("SELECT admin FROM team_keys")).toString(), t.bob);
        QCOMPARE(testdb::Connection(t.superUrl)
                     .scalar(QStringLiteral("SELECT count(*) FROM team_members"))
                     .toInt(),
                 3);
    }

    void removeWithRotation() {
        Team t;
        QVERIFY(t.setUp());
        const QString token = newSecret("token");
        QVERIFY(t.populate(token));
        QVERIFY2(t.tokenOf(t.bob, bobPass) == token, "bob cannot read before removal");
        const QByteArray before = testdb::Connection(t.superUrl)
                                      .scalar(QStringLiteral("SELECT ciphertext FROM team_secrets"))
                                      .toByteArray();
        const CtlResult removed = t.run(t.alice, {"team", "remove", t.bob, "--rotate"});
        CLI_EXPECT_OK(removed);
        QVERIFY2(removed.out.contains("1 secret(s) re-encrypted"), removed.out.constData());
        testdb::Connection admin(t.superUrl);
        QCOMPARE(admin.scalar(QStringLiteral("SELECT value FROM team_state WHERE name = 'key_version'"))
                     .toString(),
                 QStringLiteral("2"));
        QVERIFY(admin.scalar(QStringLiteral("SELECT ciphertext FROM team_secrets")).toByteArray() != before);
        QCOMPARE(admin.scalar(QStringLiteral("SELECT count(*) FROM team_keys WHERE admin = '%1'").arg(t.bob))
                     .toInt(),
                 0);
        // bob's cached key no longer opens anything, and the database no longer lets him in.
        const CtlResult get = t.run(t.bob, {"get", "halo"});
        QVERIFY(get.exitCode != 0);
        QVERIFY(!get.out.contains(token.toUtf8()));
        QCOMPARE(sqlState(t.url(t.bob), QStringLiteral("SELECT * FROM team_secrets")),
                 QStringLiteral("42501"));
        QVERIFY2(t.tokenOf(t.alice) == token, "alice cannot read after the rotation");
        // Without --rotate the command says to rotate; the last owner cannot go.
        const CtlResult carolOut = t.run(t.alice, {"team", "remove", t.carol});
        CLI_EXPECT_OK(carolOut);
        QVERIFY(carolOut.out.contains("team rotate"));
        CLI_EXPECT_FAIL(t.run(t.alice, {"team", "remove", t.alice}), 4);
        const CtlResult history = t.run(t.alice, {"history", "--json"});
        QVERIFY(history.out.contains("team.remove"));
        QVERIFY(history.out.contains("team.rotate"));
    }

    void failedRotationChangesNothing() {
        Team t;
        QVERIFY(t.setUp());
        QVERIFY(t.populate(newSecret("token")));
        QVERIFY(succeeded({"config", "set"}, t.run(t.alice, {"config", "set", "halo", "other", "--stdin"},
                                                   newSecret("other").toUtf8())));
        testdb::Connection admin(t.superUrl);
        const QVariantList before =
            admin.column(QStringLiteral("SELECT key || ciphertext FROM team_secrets ORDER BY key"));
        QCOMPARE(before.size(), 2);
        // The last secret the rotation re-encrypts fails: the first one was already rewritten.
        QVERIFY(admin.exec(
            QStringLiteral("CREATE FUNCTION refuse_last() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "IF NEW.key = (SELECT max(key) FROM team_secrets) THEN RAISE EXCEPTION 'injected "
                           "failure'; END IF; "
                           "RETURN NEW; END $$")));
        QVERIFY(
            admin.exec(QStringLiteral("CREATE TRIGGER refuse_last BEFORE UPDATE ON team_secrets FOR EACH ROW "
                                      "EXECUTE FUNCTION refuse_last()")));
        CLI_EXPECT_FAIL(t.run(t.alice, {"team", "rotate"}), 5);
        QCOMPARE(admin.column(QStringLiteral("SELECT key || ciphertext FROM team_secrets ORDER BY key")),
                 before);
        QCOMPARE(admin.scalar(QStringLiteral("SELECT value FROM team_state WHERE name = 'key_version'"))
                     .toString(),
                 QStringLiteral("1"));
        QVERIFY(!t.tokenOf(t.bob, bobPass).isEmpty());
        QVERIFY(admin.exec(QStringLiteral("DROP TRIGGER refuse_last ON team_secrets")));
        const CtlResult rotated = t.run(t.alice, {"team", "rotate"});
        CLI_EXPECT_OK(rotated);
        QVERIFY2(rotated.out.contains("2 secret(s) re-encrypted"), rotated.out.constData());
        QVERIFY(!t.tokenOf(t.bob).isEmpty());
    }

    void keychainSparesThePassphrase() {
        Team t;
        QVERIFY(t.setUp());
        QVERIFY(t.populate(newSecret("token")));
        // bob has no terminal and gives no passphrase: asked, it fails and names the ways.
        const CtlResult asked = t.run(t.bob, {"get", "halo"});
        CLI_EXPECT_FAIL(asked, 2);
        QVERIFY2(asked.err.contains("--passphrase-stdin") && asked.err.contains("BIFROST_TEAM_PASSPHRASE"),
                 asked.err.constData());
        // Once unlocked (here from the environment), the keychain holds his key.
        CtlRunner withEnv = t.runner(t.url(t.bob));
        withEnv.environment().insert(QStringLiteral("BIFROST_TEAM_PASSPHRASE"), QString::fromUtf8(bobPass));
        CLI_EXPECT_OK(withEnv.run({QStringLiteral("get"), QStringLiteral("halo")}));
        CLI_EXPECT_OK(t.run(t.bob, {"get", "halo"}));
        CLI_EXPECT_OK(t.run(t.alice, {"get", "halo"}));
    }

    void wrongPassphrase() {
        Team t;
        QVERIFY(t.setUp());
        const QString token = newSecret("token");
        QVERIFY(t.populate(token));
        const CtlResult wrong = t.runWith(t.bob, "not-bobs-passphrase", {"get", "halo"});
        CLI_EXPECT_FAIL(wrong, 2);
        QVERIFY2(wrong.err.contains("wrong team passphrase"), wrong.err.constData());
        QVERIFY(!wrong.err.contains(token.toUtf8()));
        // A passphrase change: the old one stops working, the new one works.
        CLI_EXPECT_OK(t.runWith(t.bob, bobPass, {"team", "passphrase"}, "bob-changed-passphrase\n"));
        CLI_EXPECT_OK(t.runWith(t.bob, "ignored-the-keychain-has-it", {"get", "halo"}));
        CLI_EXPECT_FAIL(t.runWith(t.bob, bobPass, {"team", "passphrase"}, "short\n"), 2);
    }

    void roleChanges() {
        Team t;
        QVERIFY(t.setUp());
        const QString token = newSecret("token");
        QVERIFY(t.populate(token));
        // carol becomes editor with an initial passphrase, then can read.
        CLI_EXPECT_OK(t.run(t.alice, {"team", "role", t.carol, "editor"}, carolPass + '\n'));
        QVERIFY2(t.tokenOf(t.carol, carolPass) == token, "carol cannot read as editor");
        QCOMPARE(sqlState(t.url(t.carol), QStringLiteral("SELECT count(*) FROM team_secrets")), QString());
        // bob becomes owner and may then add members.
        CLI_EXPECT_OK(t.run(t.alice, {"team", "role", t.bob, "owner"}));
        const QString dave = testdb::createRole(QStringLiteral("dave"));
        CLI_EXPECT_OK(t.runWith(t.bob, bobPass, {"team", "add", dave, "--role", "viewer"}));
        // Back to viewer: the key row goes.
        CLI_EXPECT_OK(t.run(t.alice, {"team", "role", t.carol, "viewer"}));
        CLI_EXPECT_FAIL(t.run(t.carol, {"get", "halo"}), 2);
        CLI_EXPECT_FAIL(t.run(t.alice, {"team", "role", t.carol, "chief"}), 2);
    }

    void refusedOutsideTeamMode() {
        QTemporaryDir dir;
        CtlRunner sqlite(dir.filePath(QStringLiteral("bifrost.db")));
        const CtlResult r = sqlite.run({QStringLiteral("team"), QStringLiteral("list")});
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.err.contains("team mode needs a PostgreSQL database; move with bifrostctl migrate"),
                 r.err.constData());
        Team t;
        QVERIFY(t.setUp());
        const CtlResult vault = t.runner(t.url(t.alice))
                                    .run({QStringLiteral("--secrets"), QStringLiteral("vault"),
                                          QStringLiteral("org"), QStringLiteral("list")});
        CLI_EXPECT_FAIL(vault, 2);
        QVERIFY2(vault.err.contains("--secrets"), vault.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
