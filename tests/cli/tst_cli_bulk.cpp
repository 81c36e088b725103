// bifrostctl end to end for the admin app's equivalents: bulk set and unset across several
// organizations (all or nothing), integration update, an organization's overview (org show) and
// the health summary (integration status). Each test function starts on a new temporary database.
#include "clitest.h"

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

// The entry of a JSON array whose "name" is `name`.
QJsonObject entryNamed(const QJsonArray &array, const QString &name) {
    for (const QJsonValue &v : array) {
        if (v["name"_L1].toString() == name)
            return v.toObject();
    }
    return {};
}

QStringList namesOf(const QJsonArray &array) {
    QStringList names;
    for (const QJsonValue &v : array)
        names << v["name"_L1].toString();
    return names;
}

} // namespace

class TestCliBulk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder"); }
    void cleanup() { env.cleanup(); }

    void helpListsTheNewCommands();
    void bulkSetAcrossOrganizations();
    void bulkSecretAcrossOrganizations();
    void bulkUnsetAcrossOrganizations();
    void bulkWithUnknownOrganizationChangesNothing_data();
    void bulkWithUnknownOrganizationChangesNothing();
    void bulkWithInvalidValueChangesNothing();
    void bulkSecretWithUnknownOrganizationLeavesNoEntry();
    void singleOrgUnchanged();
    void integrationUpdate();
    void integrationUpdateErrors();
    void orgShow();
    void integrationStatus();
    void integrationStatusMissingOnly();
    void statusErrors();

private:
    // The override of `key` for `org` as `config list --json` shows it, or null when unset there.
    QJsonValue overrideOf(const char *integration, const QString &org, const QString &key) const;

    CliEnv env;
};

QJsonValue TestCliBulk::overrideOf(const char *integration, const QString &org, const QString &key) const {
    const QJsonArray list = env.json({"config", "list", integration, "--org", org, "--json"}).array();
    const QJsonObject entry = entryNamed(list, key);
    if (entry["source"_L1].toString() != "override"_L1)
        return QJsonValue::Null;
    return entry["value"_L1];
}

void TestCliBulk::helpListsTheNewCommands() {
    const CtlResult r = env.ctl().runRaw({QStringLiteral("--help")});
    CLI_EXPECT_OK(r);
    for (const char *command : {"org show", "integration update", "integration status"})
        QVERIFY2(r.outText().contains(QLatin1String(command)), command);
    const CtlResult usage = env.run({"integration", "status", "--help"});
    CLI_EXPECT_OK(usage);
    QVERIFY2(usage.outText().contains(u"bifrostctl integration status NAME [--json] [--missing-only]"_s),
             qPrintable(usage.outText()));
}

void TestCliBulk::bulkSetAcrossOrganizations() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const CtlResult r = env.run(
        {"config", "set", "halo", "note", "hello", "--org", "Acme", "--org", "globex", "--org=Initech"});
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText().count(u"Set note for organization"_s), 3);
    for (const char *org : {"Acme", "Globex", "Initech"})
        QCOMPARE(overrideOf("halo", QString::fromUtf8(org), u"note"_s), QJsonValue(u"hello"_s));
    // The default is untouched.
    const QJsonArray defaults = env.json({"config", "list", "halo", "--json"}).array();
    QVERIFY(entryNamed(defaults, u"note"_s)["value"_L1].isNull());

    // Typed values are parsed for each organization; ids work as well as names.
    CLI_EXPECT_OK(env.run({"config", "set", "halo", "timeout", "99", "--org", env.orgId(u"Globex"_s), "--org",
                           env.orgId(u"Initech"_s)}));
    QCOMPARE(overrideOf("halo", u"Globex"_s, u"timeout"_s), QJsonValue(99));
    QCOMPARE(overrideOf("halo", u"Initech"_s, u"timeout"_s), QJsonValue(99));
    QCOMPARE(overrideOf("halo", u"Acme"_s, u"timeout"_s), QJsonValue(45));
}

void TestCliBulk::bulkSecretAcrossOrganizations() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const int entries = env.secretEntries();
    QVERIFY(entries >= 0);
    const QString secret = newSecret("bulk-token");
    const CtlResult r =
        env.run({"config", "set", "halo", "token", "--stdin", "--org", "Globex", "--org", "Initech"},
                secret.toUtf8());
    CLI_EXPECT_OK(r);
    QVERIFY2(!r.out.contains(secret.toUtf8()), "the secret was printed");
    // One keychain entry per organization; Acme's own stays.
    QCOMPARE(env.secretEntries(), entries + 2);
    for (const char *org : {"Globex", "Initech"}) {
        const QJsonObject got = env.json({"get", "halo", "--org", org}).object();
        QVERIFY2(got["config"_L1]["token"_L1].toString() == secret, org);
    }
    QVERIFY(env.json({"get", "halo", "--org", "Acme"}).object()["config"_L1]["token"_L1].toString() ==
            data.acmeToken);
    // Secrets on the command line stay refused in bulk too.
    CLI_EXPECT_FAIL(
        env.run({"config", "set", "halo", "token", "oops", "--org", "Globex", "--org", "Initech"}), 2);
}

void TestCliBulk::bulkUnsetAcrossOrganizations() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    CLI_EXPECT_OK(env.run({"config", "set", "halo", "region", "eu", "--org", "Globex"}));
    const int entries = env.secretEntries();
    // Initech has no region override: unsetting it there is not an error.
    const CtlResult r = env.run(
        {"config", "unset", "halo", "region", "--org", "Acme", "--org", "Globex", "--org", "Initech"});
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText().count(u"Unset region for organization"_s), 3);
    for (const char *org : {"Acme", "Globex", "Initech"})
        QVERIFY2(overrideOf("halo", QString::fromUtf8(org), u"region"_s).isNull(), org);
    QCOMPARE(entryNamed(env.json({"config", "list", "halo", "--json"}).array(), u"region"_s)["value"_L1],
             QJsonValue(u"eu"_s));
    // A secret unset in bulk removes its keychain entry.
    CLI_EXPECT_OK(env.run({"config", "unset", "halo", "token", "--org", "Acme", "--org", "Globex"}));
    QCOMPARE(env.secretEntries(), entries - 1);
}

void TestCliBulk::bulkWithUnknownOrganizationChangesNothing_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("set, unknown last")
        << cmd({"config", "set", "halo", "note", "x", "--org", "Acme", "--org", "Globex", "--org", "Nobody"});
    QTest::newRow("set, unknown first")
        << cmd({"config", "set", "halo", "note", "x", "--org", "Nobody", "--org", "Acme", "--org", "Globex"});
    QTest::newRow("unset") << cmd({"config", "unset", "halo", "timeout", "--org", "Acme", "--org", "Nobody"});
}

void TestCliBulk::bulkWithUnknownOrganizationChangesNothing() {
    QFETCH(QStringList, args);
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QByteArray before = env.snapshot(true);
    const CtlResult r = env.run(Args(args));
    CLI_EXPECT_FAIL(r, 3);
    QVERIFY2(r.errText().contains(u"Nobody"_s), qPrintable(r.errText()));
    QVERIFY(env.snapshot(true) == before);
}

void TestCliBulk::bulkWithInvalidValueChangesNothing() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QByteArray before = env.snapshot(true);
    // 500 is over the maximum for every organization; the error names the first one.
    CtlResult r = env.run({"config", "set", "halo", "timeout", "500", "--org", "Globex", "--org", "Initech"});
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(u"timeout"_s), qPrintable(r.errText()));
    // A blank --org among others is a usage error, never the default level.
    r = env.run({"config", "set", "halo", "timeout", "5", "--org", "Globex", "--org", ""});
    CLI_EXPECT_FAIL(r, 2);
    r = env.run({"config", "unset", "halo", "timeout", "--org", "Acme", "--org", " "});
    CLI_EXPECT_FAIL(r, 2);
    // An unknown key is invalid input before any organization is touched.
    CLI_EXPECT_FAIL(env.run({"config", "set", "halo", "nokey", "1", "--org", "Globex", "--org", "Initech"}),
                    2);
    QVERIFY(env.snapshot(true) == before);
}

void TestCliBulk::bulkSecretWithUnknownOrganizationLeavesNoEntry() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QByteArray before = env.snapshot(true);
    const int entries = env.secretEntries();
    QVERIFY(entries >= 0);
    const QString secret = newSecret("refused");
    // Globex's and Initech's secrets reach the keychain before "Nobody" is looked up.
    const CtlResult r = env.run({"config", "set", "halo", "token", "--stdin", "--org", "Globex", "--org",
                                 "Initech", "--org", "Nobody"},
                                secret.toUtf8());
    CLI_EXPECT_FAIL(r, 3);
    QVERIFY(env.snapshot(true) == before);
    QCOMPARE(env.secretEntries(), entries);
    QVERIFY2(!env.databaseFiles().contains(secret.toUtf8()), "the secret reached the database files");
}

void TestCliBulk::singleOrgUnchanged() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    CtlResult r = env.run({"config", "set", "halo", "note", "one", "--org", "Globex"});
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText().trimmed(), u"Set note for organization \"Globex\""_s);
    r = env.run({"config", "set", "halo", "note", "default"});
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText().trimmed(), u"Set note (default)"_s);
    r = env.run({"config", "unset", "halo", "note", "--org", "Globex"});
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText().trimmed(), u"Unset note for organization \"Globex\""_s);
    r = env.run({"config", "unset", "halo", "note"});
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText().trimmed(), u"Unset note (default)"_s);
    // Options that were never repeatable still are not.
    CLI_EXPECT_FAIL(env.run({"config", "list", "halo", "--org", "Acme", "--org", "Globex"}), 2);
    CLI_EXPECT_FAIL(env.run({"get", "halo", "--org", "Acme", "--org", "Globex"}), 2);
}

void TestCliBulk::integrationUpdate() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    CtlResult r = env.run({"integration", "update", "halo", "--description", "HaloPSA service desk"});
    CLI_EXPECT_OK(r);
    QVERIFY(r.outText().contains("halo"_L1));
    QJsonObject shown = env.json({"integration", "show", "halo", "--json"}).object();
    QCOMPARE(shown["description"_L1].toString(), u"HaloPSA service desk"_s);
    QCOMPARE(shown["default_entity_id"_L1].toString(), u"E-DEFAULT"_s);
    QCOMPARE(shown["entity_id_label"_L1].toString(), u"Tenant ID"_s);
    QCOMPARE(shown["schema"_L1].toArray().size(), 8);

    // By id; the default entity id is trimmed as on create.
    r = env.run({"integration", "update", env.integrationId(u"halo"_s), "--default-entity-id", "  E-NEW ",
                 "--entity-id-label=Company ID"});
    CLI_EXPECT_OK(r);
    shown = env.json({"integration", "show", "halo", "--json"}).object();
    QCOMPARE(shown["description"_L1].toString(), u"HaloPSA service desk"_s);
    QCOMPARE(shown["default_entity_id"_L1].toString(), u"E-NEW"_s);
    QCOMPARE(shown["entity_id_label"_L1].toString(), u"Company ID"_s);
    // Organizations without an entity id of their own now resolve to the new default.
    QCOMPARE(env.json({"get", "halo", "--org", "Globex"}).object()["entity_id"_L1].toString(), u"E-NEW"_s);
    QCOMPARE(env.json({"get", "halo", "--org", "Acme"}).object()["entity_id"_L1].toString(), u"E-ACME"_s);

    // An empty value clears a setting.
    CLI_EXPECT_OK(env.run({"integration", "update", "halo", "--description", ""}));
    QCOMPARE(env.json({"integration", "show", "halo", "--json"}).object()["description"_L1].toString(),
             QString());
}

void TestCliBulk::integrationUpdateErrors() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QByteArray before = env.snapshot();
    CtlResult r = env.run({"integration", "update", "halo"});
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(u"--description"_s), qPrintable(r.errText()));
    CLI_EXPECT_FAIL(env.run({"integration", "update", "nope", "--description", "x"}), 3);
    CLI_EXPECT_FAIL(env.run({"integration", "update", "halo", "--name", "x"}), 2);
    CLI_EXPECT_FAIL(env.run({"integration", "update", "halo", "--description", "a", "--description", "b"}),
                    2);
    CLI_EXPECT_FAIL(env.run({"integration", "update", "--description", "x"}), 2);
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

void TestCliBulk::orgShow() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QJsonObject acme = env.json({"org", "show", "acme", "--json"}).object();
    QCOMPARE(acme["name"_L1].toString(), u"Acme"_s);
    QCOMPARE(acme["id"_L1].toString(), env.orgId(u"Acme"_s));
    QVERIFY(!acme["created_at"_L1].toString().isEmpty());
    const QJsonArray integrations = acme["integrations"_L1].toArray();
    QCOMPARE(namesOf(integrations), (QStringList{u"halo"_s, u"ninja"_s}));
    CLI_EXPECT_JSON(integrations.at(0).toObject(), (QJsonObject{{"id"_L1, env.integrationId(u"halo"_s)},
                                                                {"name"_L1, u"halo"_s},
                                                                {"mapped"_L1, true},
                                                                {"entity_id"_L1, u"E-ACME"_s},
                                                                {"entity_name"_L1, u"Acme Ltd"_s},
                                                                {"override_count"_L1, 3},
                                                                {"missing_required"_L1, QJsonArray{}}}));
    CLI_EXPECT_JSON(integrations.at(1).toObject(),
                    (QJsonObject{{"id"_L1, env.integrationId(u"ninja"_s)},
                                 {"name"_L1, u"ninja"_s},
                                 {"mapped"_L1, false},
                                 {"entity_id"_L1, QString()},
                                 {"entity_name"_L1, QString()},
                                 {"override_count"_L1, 0},
                                 {"missing_required"_L1, QJsonArray{u"base_url"_s}}}));

    const QJsonArray globex =
        env.json({"org", "show", "Globex", "--json"}).object()["integrations"_L1].toArray();
    const QJsonObject globexHalo = entryNamed(globex, u"halo"_s);
    QCOMPARE(globexHalo["mapped"_L1].toBool(), true);
    QCOMPARE(globexHalo["entity_id"_L1].toString(), QString());
    QCOMPARE(globexHalo["entity_name"_L1].toString(), u"Globex Inc"_s);
    QCOMPARE(globexHalo["override_count"_L1].toInt(), 1);
    const QJsonObject initechNinja = entryNamed(
        env.json({"org", "show", "Initech", "--json"}).object()["integrations"_L1].toArray(), u"ninja"_s);
    QCOMPARE(initechNinja["override_count"_L1].toInt(), 1);
    QCOMPARE(initechNinja["missing_required"_L1].toArray(), QJsonArray{});

    // The text form shows the same facts.
    const CtlResult text = env.run({"org", "show", "Acme"});
    CLI_EXPECT_OK(text);
    for (const QString &part :
         {u"Acme"_s, u"E-ACME"_s, u"Acme Ltd"_s, u"ninja"_s, u"base_url"_s, u"(not mapped)"_s})
        QVERIFY2(text.outText().contains(part), qPrintable(part));
}

void TestCliBulk::integrationStatus() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    QVERIFY(env.ok({"org", "add", "beta"}));
    const QJsonArray ninja = env.json({"integration", "status", "ninja", "--json"}).array();
    // Ordered by name without regard to case.
    QCOMPARE(namesOf(ninja), (QStringList{u"Acme"_s, u"beta"_s, u"Globex"_s, u"Initech"_s}));
    CLI_EXPECT_JSON(ninja.at(0).toObject(),
                    (QJsonObject{{"id"_L1, env.orgId(u"Acme"_s)},
                                 {"name"_L1, u"Acme"_s},
                                 {"mapped"_L1, false},
                                 {"entity_id"_L1, QString()},
                                 {"entity_name"_L1, QString()},
                                 {"override_count"_L1, 0},
                                 {"missing_required"_L1, QJsonArray{u"base_url"_s}}}));
    QCOMPARE(ninja.at(3)["override_count"_L1].toInt(), 1);
    QCOMPARE(ninja.at(3)["missing_required"_L1].toArray(), QJsonArray{});

    const QJsonArray halo = env.json({"integration", "status", "halo", "--json"}).array();
    const QJsonObject acme = entryNamed(halo, u"Acme"_s);
    QCOMPARE(acme["mapped"_L1].toBool(), true);
    QCOMPARE(acme["entity_id"_L1].toString(), u"E-ACME"_s);
    QCOMPARE(acme["override_count"_L1].toInt(), 3);
    for (const QJsonValue &v : halo) // url has a default: nobody misses it
        QCOMPARE(v["missing_required"_L1].toArray(), QJsonArray{});

    // Unsetting the default makes everyone miss it.
    QVERIFY(env.ok({"config", "unset", "halo", "url"}));
    QVERIFY(env.ok({"config", "set", "halo", "url", "https://acme.example", "--org", "Acme"}));
    const QJsonArray after = env.json({"integration", "status", "halo", "--json"}).array();
    QCOMPARE(entryNamed(after, u"Acme"_s)["missing_required"_L1].toArray(), QJsonArray{});
    QCOMPARE(entryNamed(after, u"Globex"_s)["missing_required"_L1].toArray(), QJsonArray{u"url"_s});

    const CtlResult text = env.run({"integration", "status", "halo"});
    CLI_EXPECT_OK(text);
    QVERIFY2(text.outText().contains(u"3 of 4"_s), qPrintable(text.outText()));
}

void TestCliBulk::integrationStatusMissingOnly() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QJsonArray missing =
        env.json({"integration", "status", "ninja", "--json", "--missing-only"}).array();
    QCOMPARE(namesOf(missing), (QStringList{u"Acme"_s, u"Globex"_s}));
    for (const QJsonValue &v : missing)
        QCOMPARE(v["missing_required"_L1].toArray(), QJsonArray{u"base_url"_s});
    // Nobody misses anything: an empty array, not an error.
    const CtlResult none = env.run({"integration", "status", "halo", "--json", "--missing-only"});
    CLI_EXPECT_OK(none);
    QCOMPARE(none.json().array(), QJsonArray{});
    const CtlResult text = env.run({"integration", "status", "ninja", "--missing-only"});
    CLI_EXPECT_OK(text);
    QVERIFY(text.outText().contains("Acme"_L1));
    QVERIFY(!text.outText().contains("Initech"_L1));
}

void TestCliBulk::statusErrors() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QByteArray before = env.snapshot();
    CLI_EXPECT_FAIL(env.run({"integration", "status", "nope"}), 3);
    CLI_EXPECT_FAIL(env.run({"integration", "status", "nope", "--json"}), 3);
    CLI_EXPECT_FAIL(env.run({"integration", "status"}), 2);
    CLI_EXPECT_FAIL(env.run({"integration", "status", "halo", "--org", "Acme"}), 2);
    CLI_EXPECT_FAIL(env.run({"org", "show", "Nobody"}), 3);
    CLI_EXPECT_FAIL(env.run({"org", "show", "Nobody", "--json"}), 3);
    CLI_EXPECT_FAIL(env.run({"org", "show"}), 2);
    CLI_EXPECT_FAIL(env.run({"org", "show", "Acme", "Globex"}), 2);
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
