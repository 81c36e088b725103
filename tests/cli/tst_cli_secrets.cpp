// bifrostctl end to end: secret values. They come in on stdin only, live in the OS keychain
// (gnome-keyring on the private session bus of scripts/with-keyring), are masked unless
// revealed, never reach the SQLite file or an error message, and follow the data they belong to
// when it is deleted. Without a reachable keychain, secret writes fail with exit code 5 and
// everything else keeps working.
//
// As tst_cli_secrets_pg (a team database on PostgreSQL) the values live encrypted in team_secrets:
// the same rules hold there (secretEntries() counts its rows, databaseFiles() is every row of every
// table as text); only the unreachable-keychain cases are the keychain backend's own.
#include "clitest.h"

using namespace clitest;
using namespace Qt::StringLiterals;

class TestCliSecrets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder"); }
    void cleanup() { env.cleanup(); }

    void secretRefusedOnCommandLine();
    void secretFromStdin();
    void secretTextIsKeptExactly();
    void configListMasksUnlessRevealed();
    void secretsNeverLeak();
    void secretFieldTypeChanges();
    void keychainEntriesFollowTheData();
    void keychainUnavailable_data();
    void keychainUnavailable();

private:
    bool secretIs(const Args &scope, const char *key, const QString &expected) const {
        return env.json(Args{"get"} + scope).object()["config"_L1][QLatin1String(key)].toString() == expected;
    }
    // Neither stream of a command contains any of the values.
    static bool leaks(const CtlResult &r, const QList<QString> &secrets) {
        for (const QString &s : secrets) {
            if (r.out.contains(s.toUtf8()) || r.err.contains(s.toUtf8()))
                return true;
        }
        return false;
    }
    bool inDatabaseFiles(const QList<QString> &secrets) const {
        const QByteArray bytes = env.databaseFiles();
        for (const QString &s : secrets) {
            // SQLite stores text as UTF-8 here; UTF-16 is checked too, in case that ever changes.
            const QByteArray utf16(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
            if (bytes.contains(s.toUtf8()) || bytes.contains(utf16))
                return true;
        }
        return false;
    }

    CliEnv env;
};

void TestCliSecrets::initTestCase() {
    // The suite needs the real Secret Service that scripts/with-keyring starts.
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "no D-Bus session: run the suite through scripts/with-keyring");
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
             "secret-tool (Debian package libsecret-tools) is missing; run scripts/bootstrap");
}

void TestCliSecrets::secretRefusedOnCommandLine() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QByteArray before = env.snapshot(true);
    const int entries = env.secretEntries();
    QCOMPARE(entries, 2);
    const QString attempt = newSecret("argv");
    const QString haloId = env.integrationId("halo");
    for (const Args &args : QList<Args>{{"config", "set", "halo", "token", attempt},
                                        {"config", "set", "halo", "token", attempt, "--org", "Acme"},
                                        {"config", "set", haloId, "token", "--", attempt}}) {
        const CtlResult r = env.run(args);
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(u"--stdin"_s), "the refusal says how to give a secret");
        QVERIFY2(r.errText().contains(u"token"_s), "the refusal names the key");
        QVERIFY2(!leaks(r, {attempt}), "the refused secret was echoed");
    }
    QVERIFY2(before == env.snapshot(true), "a refused secret changed the database");
    QCOMPARE(env.secretEntries(), entries);
    QVERIFY(!inDatabaseFiles({attempt}));
}

void TestCliSecrets::secretFromStdin() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"org", "add", "Globex"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    const QByteArray schema = R"([{"key": "token", "type": "secret", "required": true},
                                  {"key": "user", "type": "string"}])";
    QVERIFY(env.setSchema("halo", schema));
    const QString token = newSecret("token");
    const QString acme = newSecret("acme");

    CLI_EXPECT_FAIL(env.run({"get", "halo", "--strict"}), 2);
    // `echo secret | bifrostctl ...`: the trailing newline is not part of the value.
    CtlResult r = env.run({"config", "set", "halo", "token", "--stdin"}, token.toUtf8() + '\n');
    CLI_EXPECT_OK(r);
    QVERIFY(!leaks(r, {token}));
    r = env.run({"config", "set", "halo", "token", "--stdin", "--org", "Acme"}, acme.toUtf8());
    CLI_EXPECT_OK(r);
    QVERIFY(!leaks(r, {acme}));

    // `get` reveals: it is what workflows consume.
    const QJsonObject global = env.json({"get", "halo", "--strict"}).object();
    QVERIFY2(global["config"_L1]["token"_L1].toString() == token, "get does not print the default secret");
    CLI_EXPECT_JSON(global["config_secret_keys"_L1].toArray(), arr(R"(["token"])"));
    CLI_EXPECT_JSON(global["missing_required"_L1].toArray(), QJsonArray());
    QVERIFY2(secretIs({"halo", "--org", "Acme"}, "token", acme), "get does not print the override secret");
    QVERIFY2(secretIs({"halo", "--org", "Globex"}, "token", token), "Globex does not inherit the default");
    const QJsonObject explained = env.json({"get", "halo", "--org", "Acme", "--explain"}).object();
    QCOMPARE(explained["provenance"_L1]["token"_L1].toString(), u"override"_s);
    // config_secret_keys lists only keys that have a value.
    CLI_EXPECT_JSON(env.json({"get", "halo"}).object()["config_secret_keys"_L1].toArray(),
                    arr(R"(["token"])"));

    // A plain value may come from stdin too.
    CLI_EXPECT_OK(env.run({"config", "set", "halo", "user", "--stdin"}, "svc-account\n"));
    QCOMPARE(env.json({"get", "halo"}).object()["config"_L1]["user"_L1].toString(), u"svc-account"_s);

    // In SQLite, secret rows hold a reference and no value.
    QCOMPARE(
        sqlColumn(env.dbPath(), u"SELECT count(*) FROM config_values WHERE key = 'token'"_s).value(0).toInt(),
        2);
    QCOMPARE(sqlColumn(env.dbPath(), u"SELECT count(*) FROM config_values WHERE key = 'token'"
                                     " AND value IS NULL AND secret_ref IS NOT NULL"_s)
                 .value(0)
                 .toInt(),
             2);
    QCOMPARE(env.secretEntries(), 2);
    QVERIFY2(!inDatabaseFiles({token, acme}), "a secret value is in the SQLite files");

    // Overwriting replaces the value; the old one is gone everywhere.
    const QString rotated = newSecret("rotated");
    CLI_EXPECT_OK(env.run({"config", "set", "halo", "token", "--stdin"}, rotated.toUtf8()));
    QVERIFY(secretIs({"halo"}, "token", rotated));
    QVERIFY(secretIs({"halo", "--org", "Acme"}, "token", acme));
    QCOMPARE(env.secretEntries(), 2);
    QVERIFY(!inDatabaseFiles({token, acme, rotated}));
}

void TestCliSecrets::secretTextIsKeptExactly() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "token", "type": "secret"}])"));
    const QString base = newSecret("exact");
    const struct {
        QByteArray input;
        QString stored;
    } cases[] = {
        {"  " + base.toUtf8() + "  ", u"  "_s + base + u"  "_s},    // spaces are part of it
        {base.toUtf8() + "\r\n", base},                             // CRLF from Windows editors
        {base.toUtf8() + "\n\n", base + u"\n"_s},                   // only one newline is dropped
        {"multi\nline " + base.toUtf8(), u"multi\nline "_s + base}, // e.g. a PEM key
        {base.toUtf8() + " ünï ✓", base + u" ünï ✓"_s},             // UTF-8
        {"", QString()},                                            // empty is a value
    };
    for (const auto &c : cases) {
        CLI_EXPECT_OK(env.run({"config", "set", "halo", "token", "--stdin"}, c.input));
        const QJsonObject got = env.json({"get", "halo"}).object();
        QVERIFY2(got["config"_L1].toObject().contains("token"_L1), "the secret is missing");
        QVERIFY2(got["config"_L1]["token"_L1].toString() == c.stored, "the secret text changed on the way");
    }
    QCOMPARE(env.secretEntries(), 1);
}

void TestCliSecrets::configListMasksUnlessRevealed() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QString mask = u"••••••••"_s;

    for (const Args &scope : QList<Args>{{}, {"--org", "Acme"}, {"--org", "Globex"}}) {
        const QString expected = scope.list().contains(u"Acme"_s) ? data.acmeToken : data.token;

        const CtlResult text = env.run(Args{"config", "list", "halo"} + scope);
        CLI_EXPECT_OK(text);
        QVERIFY2(!leaks(text, {data.token, data.acmeToken}), "config list printed a secret");
        QVERIFY2(text.outText().contains(QStringLiteral("token")) && text.outText().contains(mask),
                 "the masked secret is not shown");

        const CtlResult json = env.run(Args{"config", "list", "halo", "--json"} + scope);
        CLI_EXPECT_OK(json);
        QVERIFY2(!leaks(json, {data.token, data.acmeToken}), "config list --json printed a secret");
        QJsonObject token;
        for (const QJsonValue &entry : json.json().array()) {
            if (entry["key"_L1].toString() == "token"_L1)
                token = entry.toObject();
        }
        QCOMPARE(token["value"_L1].toString(), mask);
        QCOMPARE(token["secret"_L1], QJsonValue(true));
        QCOMPARE(token["type"_L1].toString(), u"secret"_s);

        const CtlResult revealedText = env.run(Args{"config", "list", "halo", "--reveal"} + scope);
        CLI_EXPECT_OK(revealedText);
        QVERIFY2(revealedText.out.contains(expected.toUtf8()),
                 "config list --reveal does not show the secret");
        QVERIFY2(!revealedText.outText().contains(mask), "config list --reveal still masks");

        const CtlResult revealedJson = env.run(Args{"config", "list", "halo", "--json", "--reveal"} + scope);
        CLI_EXPECT_OK(revealedJson);
        bool found = false;
        for (const QJsonValue &entry : revealedJson.json().array()) {
            if (entry["key"_L1].toString() == "token"_L1)
                found = entry["value"_L1].toString() == expected;
        }
        QVERIFY2(found, "config list --json --reveal does not give the secret");
    }
}

// Every command that does not reveal, successful or not, keeps secrets off stdout and stderr;
// the SQLite files never hold them.
void TestCliSecrets::secretsNeverLeak() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QString other = newSecret("other");
    const QList<QString> secrets{data.token, data.acmeToken, other};
    QVERIFY(env.setSecret("halo", "token", other, "Globex"));
    const QList<QPair<Args, QByteArray>> commands{
        {{"config", "list", "halo"}, {}},
        {{"config", "list", "halo", "--json"}, {}},
        {{"config", "list", "halo", "--org", "Acme"}, {}},
        {{"config", "list", "halo", "--org", "Globex", "--json"}, {}},
        {{"integration", "show", "halo"}, {}},
        {{"integration", "show", "halo", "--json"}, {}},
        {{"integration", "list", "--json"}, {}},
        {{"schema", "show", "halo"}, {}},
        {{"schema", "show", "halo", "--json"}, {}},
        {{"mapping", "list", "halo"}, {}},
        {{"mapping", "list", "halo", "--json"}, {}},
        {{"org", "list", "--json"}, {}},
        {{"get", "halo", "--org", "Acme", "--strict", "--org", "Acme"}, {}}, // usage error
        {{"config", "set", "halo", "token", "--stdin", "--org", "Initech"}, other.toUtf8()},
        {{"config", "set", "halo", "nokey", "--stdin"}, data.token.toUtf8()}, // unknown key
        {{"config", "set", "halo", "token", "--stdin", "--org", "Nobody"}, other.toUtf8()},
        {{"config", "set", "nope", "token", "--stdin"}, other.toUtf8()},
        {{"config", "unset", "halo", "token", "--org", "Initech"}, {}},
        {{"schema", "set", "halo", "--file", "-"}, R"([{"key": "url", "type": "string"}])"}, // needs --force
        {{"org", "remove", "Acme"}, {}},
        {{"integration", "delete", "halo"}, {}},
        {{"get", "ninja", "--strict"}, {}},
    };
    for (const auto &[args, input] : commands) {
        const CtlResult r = env.run(args, input);
        QVERIFY2(r.exitCode >= 0, describe(args).constData());
        QVERIFY2(!leaks(r, secrets), QByteArray("a secret leaked from `" + describe(args) + '`').constData());
    }
    // Longer than the 1 MiB limit: the refusal does not quote the value either.
    const QString huge = newSecret("huge") + QString(1024 * 1024, QLatin1Char('x'));
    const CtlResult tooLong = env.run({"config", "set", "halo", "token", "--stdin"}, huge.toUtf8());
    CLI_EXPECT_FAIL(tooLong, 2);
    QVERIFY2(!tooLong.err.contains(huge.left(60).toUtf8()), "the refusal quotes the secret");

    QVERIFY2(!inDatabaseFiles(secrets), "a secret value is in the SQLite files");
    // Not even after a checkpoint folds the WAL into the main file.
    if (!onPostgres())
        sqlColumn(env.dbPath(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    QVERIFY2(!inDatabaseFiles(secrets), "a secret value is in the SQLite file");
    // The values are still intact.
    QVERIFY(secretIs({"halo"}, "token", data.token));
    QVERIFY(secretIs({"halo", "--org", "Acme"}, "token", data.acmeToken));
    QVERIFY(secretIs({"halo", "--org", "Globex"}, "token", other));
}

void TestCliSecrets::secretFieldTypeChanges() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(
        env.setSchema("halo", R"([{"key": "token", "type": "secret"}, {"key": "key", "type": "string"}])"));
    const QString token = newSecret("token");
    QVERIFY(env.setSecret("halo", "token", token));
    QVERIFY(env.setSecret("halo", "token", token, "Acme"));

    // secret -> string would copy the value into the database: listed, and dropped with --force.
    const QByteArray before = env.snapshot(true);
    const QString toString = env.writeFile(u"plain.json"_s, R"([{"key": "token", "type": "string"},
        {"key": "key", "type": "string"}])");
    const CtlResult refused = env.run({"schema", "set", "halo", "--file", toString});
    CLI_EXPECT_FAIL(refused, 4);
    QVERIFY2(refused.errText().contains(u"token (default)"_s), qPrintable(refused.errText()));
    QVERIFY2(refused.errText().contains(u"token (organization \"Acme\")"_s), qPrintable(refused.errText()));
    QVERIFY(!leaks(refused, {token}));
    QVERIFY2(before == env.snapshot(true), "a refused schema change changed the data");
    const CtlResult forced = env.run({"schema", "set", "halo", "--file", toString, "--force"});
    CLI_EXPECT_OK(forced);
    QVERIFY(!leaks(forced, {token}));
    QVERIFY(!env.json({"get", "halo"}).object()["config"_L1].toObject().contains("token"_L1));
    QCOMPARE(env.secretEntries(), 0);
    QVERIFY(!inDatabaseFiles({token}));

    // string -> secret moves the value into the keychain.
    QVERIFY(env.ok({"config", "set", "halo", "key", "plain-before"}));
    const QString toSecret = env.writeFile(u"secret.json"_s, R"([{"key": "token", "type": "string"},
        {"key": "key", "type": "secret"}])");
    CLI_EXPECT_OK(env.run({"schema", "set", "halo", "--file", toSecret}));
    const QJsonObject got = env.json({"get", "halo"}).object();
    QCOMPARE(got["config"_L1]["key"_L1].toString(), u"plain-before"_s);
    CLI_EXPECT_JSON(got["config_secret_keys"_L1].toArray(), arr(R"(["key"])"));
    QCOMPARE(env.secretEntries(), 1);
    QCOMPARE(
        sqlColumn(env.dbPath(), u"SELECT count(*) FROM config_values WHERE key = 'key' AND value IS NULL"_s)
            .value(0)
            .toInt(),
        1);
    const CtlResult masked = env.run({"config", "list", "halo", "--json"});
    QVERIFY(!masked.out.contains("plain-before"));
}

// Deleting a value, an organization, a mapping with its overrides, a field or an integration
// deletes the keychain entries that went with it; overwriting replaces the entry.
void TestCliSecrets::keychainEntriesFollowTheData() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    QCOMPARE(env.secretEntries(), 2);

    QVERIFY(env.setSecret("halo", "token", newSecret("rotated")));
    QCOMPARE(env.secretEntries(), 2);

    CLI_EXPECT_OK(env.run({"config", "unset", "halo", "token", "--org", "Acme"}));
    QCOMPARE(env.secretEntries(), 1);

    QVERIFY(env.setSecret("halo", "token", newSecret("acme2"), "Acme"));
    QCOMPARE(env.secretEntries(), 2);
    // Removing the mapping keeps the override and its secret ...
    CLI_EXPECT_OK(env.run({"mapping", "remove", "halo", "--org", "Acme"}));
    QCOMPARE(env.secretEntries(), 2);
    // ... unless asked.
    QVERIFY(env.ok({"mapping", "set", "halo", "--org", "Acme"}));
    CLI_EXPECT_OK(env.run({"mapping", "remove", "halo", "--org", "Acme", "--with-overrides"}));
    QCOMPARE(env.secretEntries(), 1);

    QVERIFY(env.setSecret("halo", "token", newSecret("globex"), "Globex"));
    QCOMPARE(env.secretEntries(), 2);
    CLI_EXPECT_OK(env.run({"org", "remove", "Globex", "--force"}));
    QCOMPARE(env.secretEntries(), 1);

    QVERIFY(env.setSecret("halo", "token", newSecret("initech"), "Initech"));
    QCOMPARE(env.secretEntries(), 2);
    const QString withoutToken = env.writeFile(u"notoken.json"_s, R"([{"key": "url", "type": "string"}])");
    CLI_EXPECT_OK(env.run({"schema", "set", "halo", "--file", withoutToken, "--force"}));
    QCOMPARE(env.secretEntries(), 0);

    QVERIFY(
        env.setSchema("halo", R"([{"key": "url", "type": "string"}, {"key": "token", "type": "secret"}])"));
    QVERIFY(env.setSecret("halo", "token", newSecret("again")));
    QVERIFY(env.setSecret("halo", "token", newSecret("again-acme"), "Acme"));
    QCOMPARE(env.secretEntries(), 2);
    CLI_EXPECT_OK(env.run({"integration", "delete", "halo", "--force"}));
    QCOMPARE(env.secretEntries(), 0);
}

void TestCliSecrets::keychainUnavailable_data() {
    QTest::addColumn<bool>("noBusAtAll");
    QTest::newRow("session bus address points nowhere") << false;
    QTest::newRow("no session bus") << true;
}

void TestCliSecrets::keychainUnavailable() {
    QFETCH(bool, noBusAtAll);
    CLI_SQLITE_ONLY("the keychain as the secret backend; a team database keeps its secrets in team_secrets");
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    QVERIFY(env.ok({"integration", "create", "plain"}));
    QVERIFY(
        env.setSchema("plain", R"([{"key": "url", "type": "string"}, {"key": "later", "type": "string"}])"));
    QVERIFY(env.ok({"config", "set", "plain", "later", "moved-later"}));
    const QByteArray before = env.snapshot(true);
    const int entries = env.secretEntries();

    CtlRunner broken(env.dbPath());
    QProcessEnvironment &e = broken.environment();
    if (noBusAtAll) {
        e.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        e.remove(u"DISPLAY"_s);
        e.insert(u"XDG_RUNTIME_DIR"_s, env.dirPath());
    } else {
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + env.path(u"no-such-bus"_s));
    }
    e.insert(u"BIFROST_KEYCHAIN_TIMEOUT_MS"_s, u"3000"_s);
    auto offline = [&broken](const Args &args, const QByteArray &input = {}) {
        return broken.run(args.list(), input);
    };

    const QString attempt = newSecret("unreachable");
    for (const Args &args : QList<Args>{{"config", "set", "halo", "token", "--stdin"},
                                        {"config", "set", "halo", "token", "--stdin", "--org", "Initech"},
                                        {"config", "set", "halo", "token", "--stdin", "--org", "Acme"}}) {
        const CtlResult r = offline(args, attempt.toUtf8());
        CLI_EXPECT_FAIL(r, 5);
        const QString err = r.errText();
        QVERIFY2(err.contains(u"keychain is not reachable"_s), qPrintable(err));
        QVERIFY2(err.contains(u"Start and unlock a keychain service"_s), "the message says what to do");
        QVERIFY2(err.contains(u"not secrets keep working"_s), qPrintable(err));
        QVERIFY(!leaks(r, {attempt}));
    }
    // A schema change that moves values into the keychain fails the same way, atomically.
    const CtlResult moving =
        offline({"schema", "set", "plain", "--file", "-"},
                R"([{"key": "url", "type": "string"}, {"key": "later", "type": "secret"}])");
    CLI_EXPECT_FAIL(moving, 5);
    QVERIFY2(before == env.snapshot(true), "a failed secret write changed the database");
    QCOMPARE(env.secretEntries(), entries);
    QVERIFY(!inDatabaseFiles({attempt}));

    // Reading secrets needs the keychain too ...
    CLI_EXPECT_FAIL(offline({"get", "halo"}), 5);
    CLI_EXPECT_FAIL(offline({"config", "list", "halo", "--reveal"}), 5);

    // ... but everything that does not touch a secret value keeps working.
    CLI_EXPECT_OK(offline({"org", "add", "Offline Org"}));
    CLI_EXPECT_OK(offline({"integration", "create", "offline"}));
    CLI_EXPECT_OK(offline({"schema", "set", "offline", "--file", "-"}, R"([{"key": "n", "type": "int"}])"));
    CLI_EXPECT_OK(offline({"config", "set", "offline", "n", "5"}));
    CLI_EXPECT_OK(offline({"config", "set", "halo", "timeout", "60", "--org", "Offline Org"}));
    CLI_EXPECT_OK(offline({"mapping", "set", "halo", "--org", "Offline Org", "--entity-id", "OFF"}));
    const CtlResult listed = offline({"config", "list", "halo", "--json"});
    CLI_EXPECT_OK(listed);
    QVERIFY(!leaks(listed, {data.token}));
    CLI_EXPECT_OK(offline({"integration", "show", "halo"}));
    CLI_EXPECT_OK(offline({"org", "list", "--json"}));
    const CtlResult plain = offline({"get", "offline"});
    CLI_EXPECT_OK(plain);
    QCOMPARE(plain.json().object()["config"_L1]["n"_L1], QJsonValue(5));
    CLI_EXPECT_OK(offline({"get", "plain"}));
    // The default secret stayed as it was, readable once the keychain is back.
    QVERIFY(secretIs({"halo"}, "token", data.token));
    QVERIFY(secretIs({"halo", "--org", "Acme"}, "token", data.acmeToken));
    QCOMPARE(env.json({"get", "halo", "--org", "Offline Org"}).object()["config"_L1]["timeout"_L1],
             QJsonValue(60));
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
