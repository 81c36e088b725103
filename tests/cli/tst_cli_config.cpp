// bifrostctl end to end: schemas, typed configuration values at the default and organization
// levels, validation, mappings, and the JSON that `get` prints for workflows.
#include "clitest.h"

using namespace clitest;
using namespace Qt::StringLiterals;

class TestCliConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder"); }
    void cleanup() { env.cleanup(); }

    void schemaSetShowRoundTrip();
    void schemaFromStandardInput();
    void schemaOrderIsPosition();
    void schemaFieldRemovalNeedsForce();
    void schemaIncompatibleTypeChangeNeedsForce();
    void schemaPartlyCompatibleTypeChange();
    void schemaCompatibleTypeChanges();
    void schemaTighterRulesNeedForce();

    void configSetAndUnsetAtBothLevels();
    void configListShowsSources();
    void emptyStringIsAValue();
    void typedValues();
    void valuesFromStdinAndAfterDoubleDash();

    void getPrintsTheDocumentedJson();
    void getExplainAddsProvenance();
    void getGlobalScope();
    void getStrict();
    void getUnknownIntegrationOrOrganization();

    void mappingLifecycle();
    void mappingRemoveKeepsOrDropsOverrides();

private:
    QJsonObject get(const Args &args) const { return env.json(Args{"get"} + args).object(); }
    QJsonValue value(const Args &args, const char *key) const {
        return get(args)["config"_L1].toObject().value(QLatin1String(key));
    }

    CliEnv env;
};

// --- schema ---------------------------------------------------------------------------------

static const char kFullSchema[] = R"([
    {"key": "base_url", "type": "string", "required": true, "description": "API root", "label": "Base URL",
     "placeholder": "https://api.example.com", "pattern": "https://.+"},
    {"key": "timeout", "type": "int", "min": 1, "max": 300, "description": "seconds"},
    {"key": "region", "type": "string", "options": ["eu", "us"]},
    {"key": "tier", "type": "int", "options": [1, 2]},
    {"key": "verbose", "type": "bool"},
    {"key": "extra", "type": "json"},
    {"key": "token", "type": "secret", "required": true}
])";

void TestCliConfig::schemaSetShowRoundTrip() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    const CtlResult set =
        env.run({"schema", "set", "halo", "--file", env.writeFile(u"s.json"_s, kFullSchema)});
    CLI_EXPECT_OK(set);
    QVERIFY2(set.outText().contains(u"added base_url, timeout, region, tier, verbose, extra, token"_s),
             qPrintable(set.outText()));

    // What was given, with "required" spelled out for every field.
    QJsonArray expected = arr(kFullSchema);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QJsonObject f = expected.at(i).toObject();
        if (!f.contains("required"_L1))
            f.insert("required"_L1, false);
        expected.replace(i, f);
    }
    const CtlResult shown = env.run({"schema", "show", "halo", "--json"});
    CLI_EXPECT_OK(shown);
    CLI_EXPECT_JSON(shown.json().array(), expected);
    CLI_EXPECT_JSON(env.json({"integration", "show", "halo", "--json"}).object()["schema"_L1].toArray(),
                    expected);

    // `schema show --json` feeds `schema set` unchanged.
    const CtlResult again =
        env.run({"schema", "set", "halo", "--file", env.writeFile(u"shown.json"_s, shown.out)});
    CLI_EXPECT_OK(again);
    QVERIFY2(again.outText().contains(u"no changes"_s), qPrintable(again.outText()));
    const CtlResult reshown = env.run({"schema", "show", "halo", "--json"});
    CLI_EXPECT_OK(reshown);
    QCOMPARE(reshown.out, shown.out);
    // ... also into another integration, which then has the same schema.
    QVERIFY(env.ok({"integration", "create", "copy"}));
    CLI_EXPECT_OK(env.run({"schema", "set", "copy", "--file", env.path(u"shown.json"_s)}));
    QCOMPARE(env.run({"schema", "show", "copy", "--json"}).out, shown.out);

    const CtlResult text = env.run({"schema", "show", "halo"});
    CLI_EXPECT_OK(text);
    for (const char *fragment :
         {"base_url", "Base URL", "string", "int", "bool", "json", "secret", "one of: eu, us", "one of: 1, 2",
          "pattern: https://.+", "min: 1", "max: 300"})
        QVERIFY2(text.outText().contains(QLatin1String(fragment)), fragment);
}

void TestCliConfig::schemaFromStandardInput() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    CLI_EXPECT_OK(env.run({"schema", "set", "halo", "--file", "-"}, R"([{"key": "k", "type": "int"}])"));
    CLI_EXPECT_JSON(env.json({"schema", "show", "halo", "--json"}).array(),
                    arr(R"([{"key": "k", "type": "int", "required": false}])"));
}

void TestCliConfig::schemaOrderIsPosition() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    const QByteArray schema = R"([{"key": "a", "type": "string"}, {"key": "b", "type": "int"},
                                      {"key": "c", "type": "bool"}])";
    QVERIFY(env.setSchema("halo", schema));
    QVERIFY(env.ok({"config", "set", "halo", "b", "2"}));
    const CtlResult moved = env.run(
        {"schema", "set", "halo", "--file",
         env.writeFile(u"moved.json"_s, R"([{"key": "c", "type": "bool"}, {"key": "a", "type": "string"},
                                                    {"key": "b", "type": "int"}])")});
    CLI_EXPECT_OK(moved);
    const QJsonArray shown = env.json({"schema", "show", "halo", "--json"}).array();
    QStringList keys;
    for (const QJsonValue &f : shown)
        keys << f["key"_L1].toString();
    QCOMPARE(keys, (QStringList{u"c"_s, u"a"_s, u"b"_s}));
    keys.clear();
    for (const QJsonValue &entry : env.json({"config", "list", "halo", "--json"}).array())
        keys << entry["key"_L1].toString();
    QCOMPARE(keys, (QStringList{u"c"_s, u"a"_s, u"b"_s}));
    // Reordering keeps the values.
    QCOMPARE(value({"halo"}, "b").toInteger(), 2);
}

// Removing a field that holds values lists them and needs --force; then they go.
void TestCliConfig::schemaFieldRemovalNeedsForce() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"org", "add", "Globex"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    const QByteArray schema = R"([{"key": "region", "type": "string"}, {"key": "timeout", "type": "int"},
                                      {"key": "unused", "type": "string"}])";
    QVERIFY(env.setSchema("halo", schema));
    QVERIFY(env.ok({"config", "set", "halo", "region", "eu"}));
    QVERIFY(env.ok({"config", "set", "halo", "region", "us", "--org", "Acme"}));
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "30"}));
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "45", "--org", "Globex"}));

    const QString file = env.writeFile(u"smaller.json"_s, R"([{"key": "timeout", "type": "int"}])");
    const QByteArray before = env.snapshot();
    const CtlResult refused = env.run({"schema", "set", "halo", "--file", file});
    CLI_EXPECT_FAIL(refused, 4);
    const QString err = refused.errText();
    QVERIFY2(err.contains(u"region (default)"_s), qPrintable(err));
    QVERIFY2(err.contains(u"region (organization \"Acme\")"_s), qPrintable(err));
    QVERIFY2(err.contains(u"--force"_s), qPrintable(err));
    QVERIFY2(!err.contains(u"Globex"_s), "only values of the removed field are listed");
    QVERIFY2(!err.contains(u"unused"_s), "a removed field without values is no conflict");
    CLI_EXPECT_UNCHANGED(before, env.snapshot());

    const CtlResult forced = env.run({"schema", "set", "halo", "--file", file, "--force"});
    CLI_EXPECT_OK(forced);
    QVERIFY2(forced.outText().contains(u"removed region, unused"_s), qPrintable(forced.outText()));
    QVERIFY2(forced.outText().contains(u"region (default)"_s), qPrintable(forced.outText()));
    QVERIFY2(forced.outText().contains(u"region (organization \"Acme\")"_s), qPrintable(forced.outText()));

    CLI_EXPECT_JSON(get({"halo", "--org", "Acme"})["config"_L1].toObject(), obj(R"({"timeout": 30})"));
    CLI_EXPECT_JSON(get({"halo", "--org", "Globex"})["config"_L1].toObject(), obj(R"({"timeout": 45})"));
    QCOMPARE(env.json({"config", "list", "halo", "--json"}).array().size(), 1);
    // Adding the field back does not resurrect the dropped values.
    QVERIFY(
        env.setSchema("halo", R"([{"key": "timeout", "type": "int"}, {"key": "region", "type": "string"}])"));
    QVERIFY(!get({"halo", "--org", "Acme"})["config"_L1].toObject().contains("region"_L1));
}

void TestCliConfig::schemaIncompatibleTypeChangeNeedsForce() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(
        env.setSchema("halo", R"([{"key": "timeout", "type": "int"}, {"key": "name", "type": "string"}])"));
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "30"}));
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "45", "--org", "Acme"}));
    QVERIFY(env.ok({"config", "set", "halo", "name", "kept"}));

    // int 30 -> bool is not compatible (ARCHITECTURE.md §3).
    const QString file = env.writeFile(
        u"bool.json"_s, R"([{"key": "timeout", "type": "bool"}, {"key": "name", "type": "string"}])");
    const QByteArray before = env.snapshot();
    const CtlResult refused = env.run({"schema", "set", "halo", "--file", file});
    CLI_EXPECT_FAIL(refused, 4);
    const QString err = refused.errText();
    QVERIFY2(err.contains(u"timeout (default)"_s), qPrintable(err));
    QVERIFY2(err.contains(u"timeout (organization \"Acme\")"_s), qPrintable(err));
    QVERIFY2(err.contains(u"int"_s) && err.contains(u"bool"_s), qPrintable(err));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    QCOMPARE(env.json({"schema", "show", "halo", "--json"}).array().at(0)["type"_L1].toString(), u"int"_s);

    CLI_EXPECT_OK(env.run({"schema", "set", "halo", "--file", file, "--force"}));
    QCOMPARE(env.json({"schema", "show", "halo", "--json"}).array().at(0)["type"_L1].toString(), u"bool"_s);
    CLI_EXPECT_JSON(get({"halo", "--org", "Acme"})["config"_L1].toObject(), obj(R"({"name": "kept"})"));
    // The field now takes booleans.
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "yes"}));
    QCOMPARE(value({"halo"}, "timeout"), QJsonValue(true));
}

// string -> int where one value is a number and one is not: only the second is listed and
// dropped; the first is converted.
void TestCliConfig::schemaPartlyCompatibleTypeChange() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"org", "add", "Globex"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "code", "type": "string"}])"));
    QVERIFY(env.ok({"config", "set", "halo", "code", "42"}));
    QVERIFY(env.ok({"config", "set", "halo", "code", "abc", "--org", "Acme"}));
    QVERIFY(env.ok({"config", "set", "halo", "code", "7", "--org", "Globex"}));

    const QString file = env.writeFile(u"int.json"_s, R"([{"key": "code", "type": "int"}])");
    const CtlResult refused = env.run({"schema", "set", "halo", "--file", file});
    CLI_EXPECT_FAIL(refused, 4);
    QVERIFY2(refused.errText().contains(u"code (organization \"Acme\")"_s), qPrintable(refused.errText()));
    QVERIFY2(!refused.errText().contains(u"(default)"_s), qPrintable(refused.errText()));
    QVERIFY2(!refused.errText().contains(u"Globex"_s), qPrintable(refused.errText()));
    QVERIFY2(refused.errText().contains(u"1 stored value"_s), qPrintable(refused.errText()));

    CLI_EXPECT_OK(env.run({"schema", "set", "halo", "--file", file, "--force"}));
    QCOMPARE(value({"halo"}, "code"), QJsonValue(42));
    QCOMPARE(value({"halo", "--org", "Globex"}, "code"), QJsonValue(7));
    const QJsonObject acme = env.json({"get", "halo", "--org", "Acme", "--explain"}).object();
    QCOMPARE(acme["config"_L1]["code"_L1], QJsonValue(42));
    QCOMPARE(acme["provenance"_L1]["code"_L1].toString(), u"default"_s);
}

void TestCliConfig::schemaCompatibleTypeChanges() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    const QByteArray schema = R"([{"key": "s", "type": "string"}, {"key": "i", "type": "int"},
                                      {"key": "b", "type": "bool"}, {"key": "j", "type": "string"}])";
    QVERIFY(env.setSchema("halo", schema));
    QVERIFY(env.ok({"config", "set", "halo", "s", "42"}));
    QVERIFY(env.ok({"config", "set", "halo", "i", "30"}));
    QVERIFY(env.ok({"config", "set", "halo", "i", "-5", "--org", "Acme"}));
    QVERIFY(env.ok({"config", "set", "halo", "b", "true"}));
    QVERIFY(env.ok({"config", "set", "halo", "j", R"({"x": [1, "two"]})"}));

    // string "42" -> int, int -> string (always), bool -> string, string holding JSON -> json.
    const CtlResult changed =
        env.run({"schema", "set", "halo", "--file",
                 env.writeFile(u"new.json"_s, R"([{"key": "s", "type": "int"}, {"key": "i", "type": "string"},
                                          {"key": "b", "type": "string"}, {"key": "j", "type": "json"}])")});
    CLI_EXPECT_OK(changed);
    QVERIFY2(changed.outText().contains(u"changed s, i, b, j"_s), qPrintable(changed.outText()));
    CLI_EXPECT_JSON(get({"halo"})["config"_L1].toObject(),
                    obj(R"({"s": 42, "i": "30", "b": "true", "j": {"x": [1, "two"]}})"));
    QCOMPARE(value({"halo", "--org", "Acme"}, "i"), QJsonValue(u"-5"_s));

    // And back: int "30" as text -> int; json -> string keeps the text of the document.
    const QString backFile = env.writeFile(u"back.json"_s, R"([{"key": "s", "type": "string"},
        {"key": "i", "type": "int"}, {"key": "b", "type": "bool"}, {"key": "j", "type": "string"}])");
    CLI_EXPECT_OK(env.run({"schema", "set", "halo", "--file", backFile}));
    const QJsonObject back =
        obj("{\"s\": \"42\", \"i\": 30, \"b\": true, \"j\": \"{\\\"x\\\":[1,\\\"two\\\"]}\"}");
    CLI_EXPECT_JSON(get({"halo"})["config"_L1].toObject(), back);
    QCOMPARE(value({"halo", "--org", "Acme"}, "i"), QJsonValue(-5));
}

// A change of rules without a change of type also re-checks stored values.
void TestCliConfig::schemaTighterRulesNeedForce() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(
        env.setSchema("halo", R"([{"key": "timeout", "type": "int"}, {"key": "region", "type": "string"}])"));
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "500"}));
    QVERIFY(env.ok({"config", "set", "halo", "region", "ap"}));
    const QString file = env.writeFile(u"tight.json"_s, R"([{"key": "timeout", "type": "int", "max": 300},
                                           {"key": "region", "type": "string", "options": ["eu", "us"]}])");
    const QByteArray before = env.snapshot();
    const CtlResult refused = env.run({"schema", "set", "halo", "--file", file});
    CLI_EXPECT_FAIL(refused, 4);
    QVERIFY2(refused.errText().contains(u"timeout (default)"_s), qPrintable(refused.errText()));
    QVERIFY2(refused.errText().contains(u"region (default)"_s), qPrintable(refused.errText()));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    // Looser rules are always fine.
    const QString looseFile =
        env.writeFile(u"loose.json"_s, R"([{"key": "timeout", "type": "int", "max": 1000},
                                         {"key": "region", "type": "string", "options": ["eu", "us", "ap"]}])");
    CLI_EXPECT_OK(env.run({"schema", "set", "halo", "--file", looseFile}));
    CLI_EXPECT_JSON(get({"halo"})["config"_L1].toObject(), obj(R"({"timeout": 500, "region": "ap"})"));
}

// --- config ---------------------------------------------------------------------------------

void TestCliConfig::configSetAndUnsetAtBothLevels() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"org", "add", "Globex"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "timeout", "type": "int", "required": true}])"));

    CtlResult r = env.run({"config", "set", "halo", "timeout", "30"});
    CLI_EXPECT_OK(r);
    QVERIFY(r.outText().contains(u"default"_s));
    // An override needs no mapping.
    r = env.run({"config", "set", "halo", "timeout", "45", "--org", "Acme"});
    CLI_EXPECT_OK(r);
    QVERIFY(r.outText().contains(u"Acme"_s));
    QCOMPARE(env.json({"mapping", "list", "halo", "--json"}).array().size(), 0);

    QCOMPARE(value({"halo"}, "timeout"), QJsonValue(30));
    QCOMPARE(value({"halo", "--org", "Acme"}, "timeout"), QJsonValue(45));
    QCOMPARE(value({"halo", "--org", "Globex"}, "timeout"), QJsonValue(30));

    // Overwrite at each level.
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "31"}));
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "46", "--org", "Acme"}));
    QCOMPARE(value({"halo", "--org", "Acme"}, "timeout"), QJsonValue(46));
    QCOMPARE(value({"halo", "--org", "Globex"}, "timeout"), QJsonValue(31));

    r = env.run({"config", "unset", "halo", "timeout", "--org", "Acme"});
    CLI_EXPECT_OK(r);
    const QJsonObject acme = env.json({"get", "halo", "--org", "Acme", "--explain"}).object();
    QCOMPARE(acme["config"_L1]["timeout"_L1], QJsonValue(31));
    QCOMPARE(acme["provenance"_L1]["timeout"_L1].toString(), u"default"_s);

    CLI_EXPECT_OK(env.run({"config", "unset", "halo", "timeout"}));
    const QJsonObject global = get({"halo"});
    QVERIFY(!global["config"_L1].toObject().contains("timeout"_L1));
    CLI_EXPECT_JSON(global["missing_required"_L1].toArray(), arr(R"(["timeout"])"));
    CLI_EXPECT_JSON(get({"halo", "--org", "Acme"})["missing_required"_L1].toArray(), arr(R"(["timeout"])"));
}

void TestCliConfig::configListShowsSources() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const CtlResult text = env.run({"config", "list", "halo", "--org", "Acme"});
    CLI_EXPECT_OK(text);
    const QStringList lines = text.outText().split(QLatin1Char('\n'));
    auto row = [&](const QString &key) {
        for (const QString &line : lines) {
            if (line.startsWith(key + QLatin1Char(' ')))
                return line.simplified();
        }
        return QString();
    };
    QCOMPARE(row(u"timeout"_s), u"timeout int 45 override"_s);
    QCOMPARE(row(u"region"_s), u"region string us override"_s);
    QCOMPARE(row(u"url"_s), u"url string https://halo.example default"_s);
    QCOMPARE(row(u"verbose"_s), u"verbose bool false default"_s);
    QCOMPARE(row(u"retries"_s), u"retries int (not set)"_s);
    QCOMPARE(row(u"token"_s), u"token secret •••••••• override"_s);

    const QJsonArray json = env.json({"config", "list", "halo", "--org", "Acme", "--json"}).array();
    QCOMPARE(json.size(), 8);
    QJsonObject timeout;
    for (const QJsonValue &entry : json) {
        if (entry["key"_L1].toString() == "timeout"_L1)
            timeout = entry.toObject();
    }
    QCOMPARE(timeout["value"_L1], QJsonValue(45));
    QCOMPARE(timeout["source"_L1].toString(), u"override"_s);
    QCOMPARE(timeout["type"_L1].toString(), u"int"_s);
    QCOMPARE(timeout["secret"_L1], QJsonValue(false));

    // The required, unset field of ninja at the default level.
    const CtlResult ninja = env.run({"config", "list", "ninja"});
    CLI_EXPECT_OK(ninja);
    QVERIFY2(ninja.outText().contains(u"(missing, required)"_s), qPrintable(ninja.outText()));
    const QJsonObject entry = env.json({"config", "list", "ninja", "--json"}).array().at(0).toObject();
    QCOMPARE(entry["value"_L1], QJsonValue(QJsonValue::Null));
    QCOMPARE(entry["source"_L1], QJsonValue(QJsonValue::Null));
    QCOMPARE(entry["required"_L1], QJsonValue(true));
}

void TestCliConfig::emptyStringIsAValue() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "note", "type": "string", "required": true}])"));
    CLI_EXPECT_OK(env.run({"config", "set", "halo", "note", ""}));
    QJsonObject global = get({"halo"});
    QCOMPARE(global["config"_L1]["note"_L1], QJsonValue(u""_s));
    QCOMPARE(global["missing_required"_L1].toArray().size(), 0);
    CLI_EXPECT_OK(env.run({"get", "halo", "--strict"}));

    // An empty override hides a non-empty default.
    QVERIFY(env.ok({"config", "set", "halo", "note", "default text"}));
    QVERIFY(env.ok({"config", "set", "halo", "note", "", "--org", "Acme"}));
    const QJsonObject acme = env.json({"get", "halo", "--org", "Acme", "--explain"}).object();
    QCOMPARE(acme["config"_L1]["note"_L1], QJsonValue(u""_s));
    QCOMPARE(acme["provenance"_L1]["note"_L1].toString(), u"override"_s);
    // Unset is what removes it.
    QVERIFY(env.ok({"config", "unset", "halo", "note", "--org", "Acme"}));
    QCOMPARE(value({"halo", "--org", "Acme"}, "note"), QJsonValue(u"default text"_s));
}

void TestCliConfig::typedValues() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    const QByteArray schema = R"([
        {"key": "neg", "type": "int"}, {"key": "max", "type": "int"}, {"key": "min", "type": "int"},
        {"key": "digits", "type": "string"}, {"key": "obj", "type": "json"}, {"key": "list", "type": "json"},
        {"key": "text", "type": "json"}, {"key": "real", "type": "json"}, {"key": "nothing", "type": "json"},
        {"key": "unicode", "type": "string"}])";
    QVERIFY(env.setSchema("halo", schema));
    const QString unicode = u"Zürich – 東京 ✓"_s;
    QVERIFY(env.ok({"config", "set", "halo", "neg", "-42"}));
    QVERIFY(env.ok({"config", "set", "halo", "max", "9223372036854775807"}));
    QVERIFY(env.ok({"config", "set", "halo", "min", "--", "-9223372036854775808"}));
    QVERIFY(env.ok({"config", "set", "halo", "digits", "007"}));
    QVERIFY(env.ok({"config", "set", "halo", "obj", R"({"a": [1, 2], "b": null, "c": {"d": true}})"}));
    QVERIFY(env.ok({"config", "set", "halo", "list", "[1, \"two\", 3.5]"}));
    QVERIFY(env.ok({"config", "set", "halo", "text", "\"just text\""}));
    QVERIFY(env.ok({"config", "set", "halo", "real", "3.5"}));
    QVERIFY(env.ok({"config", "set", "halo", "nothing", "null"}));
    QVERIFY(env.ok({"config", "set", "halo", "unicode", unicode}));

    const CtlResult r = env.run({"get", "halo"});
    CLI_EXPECT_OK(r);
    const QJsonObject config = r.json().object()["config"_L1].toObject();
    QCOMPARE(config["neg"_L1], QJsonValue(-42));
    QVERIFY(config["max"_L1].isDouble());
    QCOMPARE(config["max"_L1].toInteger(), std::numeric_limits<qint64>::max());
    QCOMPARE(config["min"_L1].toInteger(), std::numeric_limits<qint64>::min());
    QVERIFY2(r.out.contains("9223372036854775807"), "64-bit integers are printed exactly");
    QCOMPARE(config["digits"_L1], QJsonValue(u"007"_s));
    CLI_EXPECT_JSON(config["obj"_L1].toObject(), obj(R"({"a": [1, 2], "b": null, "c": {"d": true}})"));
    CLI_EXPECT_JSON(config["list"_L1].toArray(), arr(R"([1, "two", 3.5])"));
    QCOMPARE(config["text"_L1], QJsonValue(u"just text"_s));
    QCOMPARE(config["real"_L1], QJsonValue(3.5));
    QVERIFY(config.contains("nothing"_L1));
    QCOMPARE(config["nothing"_L1], QJsonValue(QJsonValue::Null));
    QCOMPARE(config["unicode"_L1].toString(), unicode);
}

void TestCliConfig::valuesFromStdinAndAfterDoubleDash() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    const QByteArray schema = R"([{"key": "note", "type": "string"}, {"key": "doc", "type": "json"},
                                      {"key": "n", "type": "int"}])";
    QVERIFY(env.setSchema("halo", schema));
    // A value that looks like an option goes after "--".
    CLI_EXPECT_OK(env.run({"config", "set", "halo", "note", "--", "--not-an-option"}));
    QCOMPARE(value({"halo"}, "note"), QJsonValue(u"--not-an-option"_s));
    // A negative number needs no "--".
    CLI_EXPECT_OK(env.run({"config", "set", "halo", "n", "-3"}));
    QCOMPARE(value({"halo"}, "n"), QJsonValue(-3));
    // --stdin: a multi-line document; one trailing newline is not part of the value.
    CLI_EXPECT_OK(
        env.run({"config", "set", "halo", "doc", "--stdin"}, "{\n  \"a\": 1,\n  \"b\": [true]\n}\n"));
    CLI_EXPECT_JSON(value({"halo"}, "doc").toObject(), obj(R"({"a": 1, "b": [true]})"));
    CLI_EXPECT_OK(env.run({"config", "set", "halo", "note", "--stdin"}, "line one\nline two\n"));
    QCOMPARE(value({"halo"}, "note"), QJsonValue(u"line one\nline two"_s));
    // Both a value and --stdin, or neither, is a usage error.
    CLI_EXPECT_FAIL(env.run({"config", "set", "halo", "note", "x", "--stdin"}, "y"), 2);
    CLI_EXPECT_FAIL(env.run({"config", "set", "halo", "note"}), 2);
    QCOMPARE(value({"halo"}, "note"), QJsonValue(u"line one\nline two"_s));
}

// --- get ------------------------------------------------------------------------------------

void TestCliConfig::getPrintsTheDocumentedJson() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QString haloId = env.integrationId("halo");
    const QString acmeId = env.orgId("Acme");
    const QString globexId = env.orgId("Globex");
    const QString initechId = env.orgId("Initech");

    QJsonObject acme = obj(R"({
        "name": "halo",
        "entity_id": "E-ACME",
        "entity_name": "Acme Ltd",
        "config": {"url": "https://halo.example", "region": "us", "timeout": 45, "verbose": false,
                   "extra": {"a": [1, 2]}},
        "config_secret_keys": ["token"],
        "missing_required": [],
        "oauth": null})");
    acme.insert("integration_id"_L1, haloId);
    QJsonObject org = obj(R"({"name": "Acme"})");
    org.insert("id"_L1, acmeId);
    acme.insert("organization"_L1, org);
    QJsonObject config = acme["config"_L1].toObject();
    config.insert("token"_L1, data.acmeToken);
    acme.insert("config"_L1, config);

    const CtlResult r = env.run({"get", "halo", "--org", "Acme"});
    CLI_EXPECT_OK(r);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    CLI_EXPECT_JSON(doc.object(), acme);
    // By id, the same document.
    CLI_EXPECT_JSON(get({haloId, "--org", acmeId}), acme);

    // Globex: mapped with an empty entity id, so the integration's default entity id.
    QJsonObject globex = obj(R"({
        "name": "halo", "entity_id": "E-DEFAULT", "entity_name": "Globex Inc",
        "config": {"url": "https://halo.example", "region": "eu", "timeout": 30, "verbose": true,
                   "extra": {"a": [1, 2]}},
        "config_secret_keys": ["token"], "missing_required": [], "oauth": null})");
    globex.insert("integration_id"_L1, haloId);
    org = obj(R"({"name": "Globex"})");
    org.insert("id"_L1, globexId);
    globex.insert("organization"_L1, org);
    config = globex["config"_L1].toObject();
    config.insert("token"_L1, data.token);
    globex.insert("config"_L1, config);
    CLI_EXPECT_JSON(get({"halo", "--org", "Globex"}), globex);

    // Initech: not mapped to halo, but mapped integrations are not needed to resolve; its
    // ninja override applies there only.
    const QJsonObject initech = get({"halo", "--org", "Initech"});
    QCOMPARE(initech["entity_id"_L1].toString(), u"E-DEFAULT"_s);
    QCOMPARE(initech["entity_name"_L1].toString(), u""_s);
    QCOMPARE(initech["organization"_L1]["id"_L1].toString(), initechId);
    QJsonObject ninja = obj(R"({
        "name": "ninja", "entity_id": "", "entity_name": "",
        "config": {"base_url": "https://ninja.example"},
        "config_secret_keys": [], "missing_required": [], "oauth": null})");
    ninja.insert("integration_id"_L1, env.integrationId("ninja"));
    org = obj(R"({"name": "Initech"})");
    org.insert("id"_L1, initechId);
    ninja.insert("organization"_L1, org);
    CLI_EXPECT_JSON(get({"ninja", "--org", "Initech"}), ninja);
}

void TestCliConfig::getExplainAddsProvenance() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QJsonObject plain = get({"halo", "--org", "Acme"});
    const QJsonObject explained = get({"halo", "--org", "Acme", "--explain"});
    QJsonObject withoutProvenance = explained;
    withoutProvenance.remove("provenance"_L1);
    CLI_EXPECT_JSON(withoutProvenance, plain);
    const QJsonObject acmeProvenance = obj(R"({"url": "default", "region": "override", "timeout": "override",
        "verbose": "default", "extra": "default", "token": "override"})");
    const QJsonObject globalProvenance = obj(R"({"url": "default", "region": "default", "timeout": "default",
        "verbose": "default", "extra": "default", "token": "default"})");
    CLI_EXPECT_JSON(explained["provenance"_L1].toObject(), acmeProvenance);
    CLI_EXPECT_JSON(get({"halo", "--explain"})["provenance"_L1].toObject(), globalProvenance);
    CLI_EXPECT_JSON(get({"ninja", "--explain"})["provenance"_L1].toObject(), QJsonObject());
}

void TestCliConfig::getGlobalScope() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    QJsonObject expected = obj(R"({
        "name": "halo", "organization": null, "entity_id": "E-DEFAULT", "entity_name": "",
        "config": {"url": "https://halo.example", "region": "eu", "timeout": 30, "verbose": false,
                   "extra": {"a": [1, 2]}},
        "config_secret_keys": ["token"], "missing_required": [], "oauth": null})");
    expected.insert("integration_id"_L1, env.integrationId("halo"));
    QJsonObject config = expected["config"_L1].toObject();
    config.insert("token"_L1, data.token);
    expected.insert("config"_L1, config);
    CLI_EXPECT_JSON(get({"halo"}), expected);
    CLI_EXPECT_JSON(get({"halo", "--global"}), expected);
    // ninja's only value is Initech's override: globally it is missing.
    const QJsonObject ninja = get({"ninja", "--global"});
    QVERIFY(ninja["organization"_L1].isNull());
    CLI_EXPECT_JSON(ninja["config"_L1].toObject(), QJsonObject());
    CLI_EXPECT_JSON(ninja["missing_required"_L1].toArray(), arr(R"(["base_url"])"));
}

void TestCliConfig::getStrict() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    for (const Args &args : QList<Args>{{"ninja", "--strict"},
                                        {"ninja", "--global", "--strict"},
                                        {"ninja", "--org", "Acme", "--strict"}}) {
        const CtlResult r = env.run(Args{"get"} + args);
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(u"base_url"_s), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"ninja"_s), qPrintable(r.errText()));
    }
    // Nothing missing: --strict prints the same document.
    const CtlResult strict = env.run({"get", "ninja", "--org", "Initech", "--strict"});
    CLI_EXPECT_OK(strict);
    QCOMPARE(strict.out, env.run({"get", "ninja", "--org", "Initech"}).out);
    CLI_EXPECT_OK(env.run({"get", "halo", "--strict", "--explain"}));
}

void TestCliConfig::getUnknownIntegrationOrOrganization() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    CLI_EXPECT_FAIL(env.run({"get", "nope"}), 3);
    CLI_EXPECT_FAIL(env.run({"get", "nope", "--org", "Acme"}), 3);
    CLI_EXPECT_FAIL(env.run({"get", "halo", "--org", "Nobody"}), 3);
    CLI_EXPECT_FAIL(env.run({"get", "halo", "--org", "Nobody", "--strict"}), 3);
    CLI_EXPECT_FAIL(env.run({"get", "halo", "--org", QUuid::createUuid().toString(QUuid::WithoutBraces)}), 3);
    CLI_EXPECT_FAIL(env.run({"get", "HALO"}), 3);
}

// --- mappings -------------------------------------------------------------------------------

void TestCliConfig::mappingLifecycle() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"org", "add", "Globex"}));
    QVERIFY(env.ok({"integration", "create", "halo", "--default-entity-id", "D-1"}));

    CtlResult r = env.run(
        {"mapping", "set", "halo", "--org", "Acme", "--entity-id", "E1", "--entity-name", "Acme Ltd"});
    CLI_EXPECT_OK(r);
    QVERIFY(r.outText().contains(u"E1"_s));
    QVERIFY(env.ok({"mapping", "set", "halo", "--org", "Globex"}));

    QJsonArray list = env.json({"mapping", "list", "halo", "--json"}).array();
    QCOMPARE(list.size(), 2);
    const QJsonObject acme = list.at(0).toObject();
    QCOMPARE(acme["id"_L1].toString(), env.orgId("Acme"));
    QCOMPARE(acme["name"_L1].toString(), u"Acme"_s);
    QCOMPARE(acme["organization"_L1]["id"_L1].toString(), env.orgId("Acme"));
    QCOMPARE(acme["organization"_L1]["name"_L1].toString(), u"Acme"_s);
    QCOMPARE(acme["entity_id"_L1].toString(), u"E1"_s);
    QCOMPARE(acme["entity_name"_L1].toString(), u"Acme Ltd"_s);
    QCOMPARE(list.at(1)["entity_id"_L1].toString(), u""_s);

    r = env.run({"mapping", "list", "halo"});
    CLI_EXPECT_OK(r);
    for (const char *text : {"Acme", "E1", "Acme Ltd", "Globex"})
        QVERIFY2(r.outText().contains(QLatin1String(text)), text);

    QCOMPARE(get({"halo", "--org", "Acme"})["entity_id"_L1].toString(), u"E1"_s);
    QCOMPARE(get({"halo", "--org", "Acme"})["entity_name"_L1].toString(), u"Acme Ltd"_s);
    QCOMPARE(get({"halo", "--org", "Globex"})["entity_id"_L1].toString(), u"D-1"_s);
    QCOMPARE(get({"halo"})["entity_id"_L1].toString(), u"D-1"_s);

    // Updating one field keeps the other.
    QVERIFY(env.ok({"mapping", "set", "halo", "--org", "Acme", "--entity-name", "Acme Group"}));
    QCOMPARE(get({"halo", "--org", "Acme"})["entity_id"_L1].toString(), u"E1"_s);
    QCOMPARE(get({"halo", "--org", "Acme"})["entity_name"_L1].toString(), u"Acme Group"_s);
    QVERIFY(env.ok({"mapping", "set", "halo", "--org", "Acme", "--entity-id", "E2"}));
    QCOMPARE(get({"halo", "--org", "Acme"})["entity_id"_L1].toString(), u"E2"_s);
    QCOMPARE(get({"halo", "--org", "Acme"})["entity_name"_L1].toString(), u"Acme Group"_s);
    // An empty entity id falls back to the default.
    QVERIFY(env.ok({"mapping", "set", "halo", "--org", "Acme", "--entity-id", ""}));
    QCOMPARE(get({"halo", "--org", "Acme"})["entity_id"_L1].toString(), u"D-1"_s);

    CLI_EXPECT_OK(env.run({"mapping", "remove", "halo", "--org", "Acme"}));
    list = env.json({"mapping", "list", "halo", "--json"}).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0)["name"_L1].toString(), u"Globex"_s);
    QCOMPARE(get({"halo", "--org", "Acme"})["entity_name"_L1].toString(), u""_s);
    CLI_EXPECT_FAIL(env.run({"mapping", "remove", "halo", "--org", "Acme"}), 3);
    CLI_EXPECT_FAIL(env.run({"mapping", "set", "halo", "--org", "Nobody"}), 3);
    CLI_EXPECT_FAIL(env.run({"mapping", "set", "nope", "--org", "Acme"}), 3);
}

void TestCliConfig::mappingRemoveKeepsOrDropsOverrides() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"org", "add", "Globex"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.ok({"integration", "create", "other"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "timeout", "type": "int"}])"));
    QVERIFY(env.setSchema("other", R"([{"key": "timeout", "type": "int"}])"));
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "30"}));
    for (const char *org : {"Acme", "Globex"}) {
        QVERIFY(env.ok({"config", "set", "halo", "timeout", "45", "--org", org}));
        QVERIFY(env.ok({"config", "set", "other", "timeout", "46", "--org", org}));
        QVERIFY(env.ok({"mapping", "set", "halo", "--org", org, "--entity-id", "E"}));
    }

    // Overrides belong to the organization: removing the mapping keeps them.
    const CtlResult kept = env.run({"mapping", "remove", "halo", "--org", "Acme"});
    CLI_EXPECT_OK(kept);
    QVERIFY2(kept.outText().contains(u"kept"_s), qPrintable(kept.outText()));
    QJsonObject acme = env.json({"get", "halo", "--org", "Acme", "--explain"}).object();
    QCOMPARE(acme["config"_L1]["timeout"_L1], QJsonValue(45));
    QCOMPARE(acme["provenance"_L1]["timeout"_L1].toString(), u"override"_s);

    // --with-overrides drops this integration's overrides of this organization only.
    QVERIFY(env.ok({"mapping", "set", "halo", "--org", "Acme"}));
    CLI_EXPECT_OK(env.run({"mapping", "remove", "halo", "--org", "Acme", "--with-overrides"}));
    acme = env.json({"get", "halo", "--org", "Acme", "--explain"}).object();
    QCOMPARE(acme["config"_L1]["timeout"_L1], QJsonValue(30));
    QCOMPARE(acme["provenance"_L1]["timeout"_L1].toString(), u"default"_s);
    QCOMPARE(value({"other", "--org", "Acme"}, "timeout"), QJsonValue(46));
    QCOMPARE(value({"halo", "--org", "Globex"}, "timeout"), QJsonValue(45));
    QCOMPARE(value({"halo"}, "timeout"), QJsonValue(30));
    QCOMPARE(env.json({"mapping", "list", "halo", "--json"}).array().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cli_config.moc"
