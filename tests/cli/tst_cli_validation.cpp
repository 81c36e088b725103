// bifrostctl end to end: what invalid input does. Every invalid schema, key or value exits 2
// with one error line that names the integration, the key, the level and the problem, and every
// failed command leaves the database (and the keychain) exactly as it was.
#include "clitest.h"

#include <utility>

using namespace clitest;
using namespace Qt::StringLiterals;

class TestCliValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase() { env.cleanup(); }

    void schemaSetRejectsInvalid_data();
    void schemaSetRejectsInvalid();
    void unknownKeyIsInvalid();
    void invalidValues_data();
    void invalidValues();
    void boolSpellings_data();
    void boolSpellings();
    void failedCommandsChangeNothing_data();
    void failedCommandsChangeNothing();

private:
    // The data rows of one test function share one database, prepared by the first row (each
    // row checks that its command changed nothing, so the next row starts from the same state):
    // this keeps the suite to a few hundred processes. `state` is the snapshot after the last row.
    bool needsSetUp() const { return !m_ready; }
    void setUpDone() {
        m_ready = true;
        m_state = env.snapshot(true);
    }
    // Takes the state after a row's command and returns the one before it.
    QByteArray advance() {
        QByteArray before = std::exchange(m_state, env.snapshot(true));
        return before;
    }

    QJsonValue value(const Args &args, const char *key) const {
        return env.json(Args{"get"} + args).object()["config"_L1].toObject().value(QLatin1String(key));
    }

    CliEnv env;
    QByteArray m_function;
    QByteArray m_state;
    bool m_ready = false;
};

void TestCliValidation::init() {
    const QByteArray function = QTest::currentTestFunction();
    // The rows of one data-driven function share a database; a function whose set-up failed
    // fails every row here instead of running without one.
    if (function == m_function) {
        QVERIFY2(env.ready(), "no database for this test function: see its first row");
        return;
    }
    m_function = function;
    m_ready = false;
    env.cleanup();
    QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder");
}

void TestCliValidation::schemaSetRejectsInvalid_data() {
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("[{\"key\": \"a\", \"type\": ") << u"line 1, column"_s;
    QTest::newRow("not an array") << QByteArray(R"({"key": "a", "type": "string"})") << u"array"_s;
    QTest::newRow("not an object") << QByteArray(R"(["a"])") << u"object"_s;
    QTest::newRow("unknown property")
        << QByteArray(R"([{"key": "a", "type": "string", "colour": "red"}])") << u"colour"_s;
    QTest::newRow("no key") << QByteArray(R"([{"type": "string"}])") << u"key"_s;
    QTest::newRow("unknown type") << QByteArray(R"([{"key": "a", "type": "float"}])") << u"type"_s;
    QTest::newRow("no type") << QByteArray(R"([{"key": "a"}])") << u"type"_s;
    QTest::newRow("invalid key") << QByteArray(R"([{"key": "1a", "type": "string"}])") << u"1a"_s;
    QTest::newRow("key with dash") << QByteArray(R"([{"key": "a-b", "type": "string"}])") << u"a-b"_s;
    QTest::newRow("duplicate key") << QByteArray(
                                          R"([{"key": "a", "type": "string"}, {"key": "a", "type": "int"}])")
                                   << u"twice"_s;
    QTest::newRow("required not bool")
        << QByteArray(R"([{"key": "a", "type": "string", "required": "yes"}])") << u"required"_s;
    QTest::newRow("pattern on int") << QByteArray(R"([{"key": "a", "type": "int", "pattern": "[0-9]+"}])")
                                    << u"pattern"_s;
    QTest::newRow("invalid pattern") << QByteArray(
                                            "[{\"key\": \"a\", \"type\": \"string\", \"pattern\": \"([\"}]")
                                     << u"pattern"_s;
    QTest::newRow("min on string") << QByteArray(R"([{"key": "a", "type": "string", "min": 1}])") << u"min"_s;
    QTest::newRow("min above max") << QByteArray(R"([{"key": "a", "type": "int", "min": 5, "max": 1}])")
                                   << u"min"_s;
    QTest::newRow("fractional max") << QByteArray(R"([{"key": "a", "type": "int", "max": 1.5}])") << u"max"_s;
    QTest::newRow("options on bool") << QByteArray(R"([{"key": "a", "type": "bool", "options": [true]}])")
                                     << u"options"_s;
    QTest::newRow("option of the wrong type")
        << QByteArray(R"([{"key": "a", "type": "int", "options": ["x"]}])") << u"option"_s;
    QTest::newRow("options not an array")
        << QByteArray(R"([{"key": "a", "type": "string", "options": "eu"}])") << u"options"_s;
}

void TestCliValidation::schemaSetRejectsInvalid() {
    QFETCH(QByteArray, schema);
    QFETCH(QString, mentions);
    if (needsSetUp()) {
        QVERIFY(env.ok({"integration", "create", "halo"}));
        QVERIFY(env.setSchema("halo", R"([{"key": "k", "type": "string"}])"));
        QVERIFY(env.ok({"config", "set", "halo", "k", "kept"}));
        setUpDone();
    }
    const CtlResult r = env.run({"schema", "set", "halo", "--file", env.writeFile(u"bad.json"_s, schema)});
    const QByteArray before = advance();
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(mentions), qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(u"halo"_s) || r.errText().contains(u"bad.json"_s), qPrintable(r.errText()));
    CLI_EXPECT_UNCHANGED(before, m_state);
}

void TestCliValidation::unknownKeyIsInvalid() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.ok({"integration", "create", "empty"}));
    QVERIFY(
        env.setSchema("halo", R"([{"key": "timeout", "type": "int"}, {"key": "region", "type": "string"}])"));
    const QByteArray before = env.snapshot();
    for (const Args &args : QList<Args>{{"config", "set", "halo", "colour", "red"},
                                        {"config", "set", "halo", "colour", "red", "--org", "Acme"},
                                        {"config", "set", "halo", "colour", "--stdin"},
                                        {"config", "unset", "halo", "colour"},
                                        {"config", "set", "halo", "Timeout", "1"}}) {
        const CtlResult r = env.run(args, "red");
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(u"halo"_s), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"known keys: timeout, region"_s), qPrintable(r.errText()));
    }
    const CtlResult empty = env.run({"config", "set", "empty", "k", "v"});
    CLI_EXPECT_FAIL(empty, 2);
    QVERIFY2(empty.errText().contains(u"schema set"_s), qPrintable(empty.errText()));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

void TestCliValidation::invalidValues_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("org");
    const struct {
        const char *name, *key, *value, *problem;
    } cases[] = {
        {"int with letters", "timeout", "12abc", "whole number"},
        {"fractional int", "timeout", "1.5", "whole number"},
        {"int overflow", "big", "9223372036854775808", "whole number"},
        {"int underflow", "big", "-9223372036854775809", "whole number"},
        {"empty int", "timeout", "", "whole number"},
        {"int below min", "timeout", "0", "minimum 1"},
        {"int above max", "timeout", "301", "maximum 300"},
        {"int not an option", "retries", "4", "allowed values"},
        {"bool maybe", "verbose", "maybe", "boolean"},
        {"bool 2", "verbose", "2", "boolean"},
        {"bool y", "verbose", "y", "boolean"},
        {"bool empty", "verbose", "", "boolean"},
        {"json truncated", "extra", "{\"a\": ", "line 1, column"},
        {"json trailing garbage", "extra", "{\"a\": 1}}", "line 1, column"},
        {"json second line", "extra", "{\n  \"a\": tru\n}", "line 2, column 11"},
        {"json empty", "extra", "", "JSON"},
        {"string against pattern", "url", "http://plain.example", "pattern"},
        {"string not an option", "region", "ap", "allowed values"},
        {"option case matters", "region", "EU", "allowed values"},
    };
    for (const auto &c : cases) {
        for (const char *org : {"", "Acme"}) {
            const QByteArray row = QByteArray(c.name) + (*org ? " (override)" : " (default)");
            QTest::newRow(row.constData()) << QString::fromUtf8(c.key) << QString::fromUtf8(c.value)
                                           << QString::fromUtf8(c.problem) << QString::fromUtf8(org);
        }
    }
}

void TestCliValidation::invalidValues() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    QFETCH(QString, org);
    if (needsSetUp()) {
        QVERIFY(env.ok({"org", "add", "Acme"}));
        QVERIFY(env.ok({"integration", "create", "halo"}));
        const QByteArray schema = R"([
            {"key": "url", "type": "string", "pattern": "https://.+"},
            {"key": "region", "type": "string", "options": ["eu", "us"]},
            {"key": "timeout", "type": "int", "min": 1, "max": 300},
            {"key": "big", "type": "int"},
            {"key": "retries", "type": "int", "options": [1, 2, 3]},
            {"key": "verbose", "type": "bool"},
            {"key": "extra", "type": "json"}])";
        QVERIFY(env.setSchema("halo", schema));
        // Every key holds a valid value at both levels, which a failed write must keep.
        for (const char *o : {"", "Acme"}) {
            const Args orgArgs = *o ? Args{"--org", o} : Args{};
            QVERIFY(env.ok(Args{"config", "set", "halo", "url", "https://ok.example"} + orgArgs));
            QVERIFY(env.ok(Args{"config", "set", "halo", "region", "eu"} + orgArgs));
            QVERIFY(env.ok(Args{"config", "set", "halo", "timeout", "30"} + orgArgs));
            QVERIFY(env.ok(Args{"config", "set", "halo", "big", "1"} + orgArgs));
            QVERIFY(env.ok(Args{"config", "set", "halo", "retries", "2"} + orgArgs));
            QVERIFY(env.ok(Args{"config", "set", "halo", "verbose", "true"} + orgArgs));
            QVERIFY(env.ok(Args{"config", "set", "halo", "extra", "[1]"} + orgArgs));
        }
        setUpDone();
    }

    const Args orgArgs = org.isEmpty() ? Args{} : Args{"--org", org};
    const CtlResult r = env.run(Args{"config", "set", "halo", key} + orgArgs + Args{"--", value});
    const QByteArray before = advance();
    CLI_EXPECT_FAIL(r, 2);
    const QString err = r.errText();
    // The message names the integration, the key, the level and the problem.
    QVERIFY2(err.contains(u"integration \"halo\""_s), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("key \"%1\"").arg(key)), qPrintable(err));
    if (org.isEmpty())
        QVERIFY2(err.contains(u"(default)"_s), qPrintable(err));
    else
        QVERIFY2(err.contains(u"organization \"Acme\""_s), qPrintable(err));
    QVERIFY2(err.contains(problem), qPrintable(err));
    CLI_EXPECT_UNCHANGED(before, m_state);

    // The same value through --stdin is just as invalid.
    CLI_EXPECT_FAIL(env.run(Args{"config", "set", "halo", key, "--stdin"} + orgArgs, value.toUtf8()), 2);
}

void TestCliValidation::boolSpellings_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    for (const char *t : {"true", "TRUE", "True", "tRuE", "yes", "YES", "Yes", "yEs", "1"})
        QTest::newRow(t) << QString::fromUtf8(t) << true;
    for (const char *f : {"false", "FALSE", "False", "fAlSe", "no", "NO", "No", "nO", "0"})
        QTest::newRow(f) << QString::fromUtf8(f) << false;
}

void TestCliValidation::boolSpellings() {
    QFETCH(QString, text);
    QFETCH(bool, expected);
    if (needsSetUp()) {
        QVERIFY(env.ok({"org", "add", "Acme"}));
        QVERIFY(env.ok({"integration", "create", "halo"}));
        QVERIFY(env.setSchema("halo", R"([{"key": "flag", "type": "bool"}])"));
        m_ready = true;
    }
    // Start from the opposite value so the write is visible.
    QVERIFY(env.ok({"config", "set", "halo", "flag", expected ? "false" : "true"}));
    CLI_EXPECT_OK(env.run({"config", "set", "halo", "flag", text}));
    CLI_EXPECT_OK(env.run({"config", "set", "halo", "flag", text, "--org", "Acme"}));
    const QJsonValue global = value({"halo"}, "flag");
    QVERIFY2(global.isBool(), "a bool is printed as a JSON boolean");
    QCOMPARE(global.toBool(), expected);
    QCOMPARE(value({"halo", "--org", "Acme"}, "flag"), QJsonValue(expected));
    const QJsonObject listed = env.json({"config", "list", "halo", "--json"}).array().at(0).toObject();
    QCOMPARE(listed["value"_L1], QJsonValue(expected));
}

void TestCliValidation::failedCommandsChangeNothing_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    const QByteArray none;
    QTest::newRow("invalid default") << cmd({"config", "set", "halo", "timeout", "abc"}) << none << 2;
    QTest::newRow("invalid override")
        << cmd({"config", "set", "halo", "timeout", "0", "--org", "Acme"}) << none << 2;
    QTest::newRow("invalid from stdin")
        << cmd({"config", "set", "halo", "url", "--stdin", "--org", "Acme"}) << QByteArray("ftp://x") << 2;
    QTest::newRow("unknown key") << cmd({"config", "set", "halo", "nokey", "1"}) << none << 2;
    QTest::newRow("unset unknown key")
        << cmd({"config", "unset", "halo", "nokey", "--org", "Acme"}) << none << 2;
    QTest::newRow("secret on argv") << cmd({"config", "set", "halo", "token", "oops", "--org", "Acme"})
                                    << none << 2;
    QTest::newRow("unknown org") << cmd({"config", "set", "halo", "timeout", "5", "--org", "Nobody"}) << none
                                 << 3;
    QTest::newRow("unknown integration") << cmd({"config", "unset", "nope", "timeout"}) << none << 3;
    QTest::newRow("schema removal") << cmd({"schema", "set", "halo", "--file", "-"})
                                    << QByteArray(R"([{"key": "url", "type": "string"}])") << 4;
    QTest::newRow("schema type change") << cmd({"schema", "set", "ninja", "--file", "-"})
                                        << QByteArray(R"([{"key": "base_url", "type": "int"}])") << 4;
    QTest::newRow("schema not JSON") << cmd({"schema", "set", "halo", "--file", "-"}) << QByteArray("[{")
                                     << 2;
    QTest::newRow("schema invalid field")
        << cmd({"schema", "set", "halo", "--file", "-"})
        << QByteArray(
               R"([{"key": "url", "type": "string"}, {"key": "x", "type": "int", "min": 2, "max": 1}])")
        << 2;
    QTest::newRow("org in use") << cmd({"org", "remove", "Acme"}) << none << 4;
    QTest::newRow("org rename taken") << cmd({"org", "rename", "Acme", "GLOBEX"}) << none << 4;
    QTest::newRow("org add taken") << cmd({"org", "add", "initech"}) << none << 4;
    QTest::newRow("integration in use") << cmd({"integration", "delete", "halo"}) << none << 4;
    QTest::newRow("integration rename taken") << cmd({"integration", "rename", "halo", "ninja"}) << none << 4;
    QTest::newRow("integration rename invalid") << cmd({"integration", "rename", "halo", "9"}) << none << 2;
    QTest::newRow("integration exists") << cmd({"integration", "create", "ninja"}) << none << 4;
    QTest::newRow("no mapping") << cmd({"mapping", "remove", "halo", "--org", "Initech"}) << none << 3;
    QTest::newRow("mapping unknown org")
        << cmd({"mapping", "set", "halo", "--org", "Nobody", "--entity-id", "X"}) << none << 3;
    QTest::newRow("strict get") << cmd({"get", "ninja", "--strict"}) << none << 2;
}

void TestCliValidation::failedCommandsChangeNothing() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    if (needsSetUp()) {
        CliEnv::Populated data;
        QVERIFY(env.populate(data));
        setUpDone();
    }
    // The snapshots reveal secrets, so that a changed secret counts; failure messages mask them.
    const int entries = env.secretEntries();
    const CtlResult r = env.run(args, input);
    const QByteArray before = advance();
    CLI_EXPECT_FAIL(r, code);
    CLI_EXPECT_UNCHANGED(before, m_state);
    QCOMPARE(env.secretEntries(), entries);
}

QTEST_GUILESS_MAIN(TestCliValidation)
#include "tst_cli_validation.moc"
