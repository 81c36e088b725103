// bifrostctl end to end: organizations, integrations, JSON lists, references by id, the error
// contract and usage errors. Each test function starts on a new temporary database.
#include "clitest.h"

using namespace clitest;
using namespace Qt::StringLiterals;

class TestCliEntities : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder"); }
    void cleanup() { env.cleanup(); }

    void helpListsEveryCommand();
    void orgLifecycle();
    void orgNamesAreCaseInsensitive();
    void orgRemoveInUseNeedsForce();
    void orgsAreNamedByIdOrName();
    void integrationCreateListShow();
    void integrationNameRules();
    void integrationRename();
    void integrationDeleteNeedsForceWhenUsed();
    void integrationsAreNamedByIdOrName();
    void listJsonIsArrayOfObjectsWithIdAndName();
    void listsAreEmptyArraysOnNewDatabase();
    void errorsAreOneLineOnStderr_data();
    void errorsAreOneLineOnStderr();
    void databaseFromEnvironment();
    void databaseFileIsPrivate();
    void unusableDatabasePaths();

private:
    CliEnv env;
};

void TestCliEntities::helpListsEveryCommand() {
    const CtlResult r = env.ctl().runRaw({QStringLiteral("--help")});
    CLI_EXPECT_OK(r);
    for (const char *command :
         {"org add", "org list", "org rename", "org remove", "integration create", "integration list",
          "integration show", "integration rename", "integration delete", "schema set", "schema show",
          "config set", "config unset", "config list", "mapping set", "mapping list", "mapping remove",
          "get"})
        QVERIFY2(r.outText().contains(QLatin1String(command)), command);
    // Each command has its own usage.
    const CtlResult usage = env.run({"config", "set", "--help"});
    CLI_EXPECT_OK(usage);
    QVERIFY2(usage.outText().contains(u"bifrostctl config set NAME KEY [VALUE] [--org ORG] [--stdin]"_s),
             qPrintable(usage.outText()));
    // A bare invocation prints the same help as --help and succeeds.
    const CtlResult bare = env.ctl().runRaw({});
    CLI_EXPECT_OK(bare);
    QCOMPARE(bare.out, r.out);
}

void TestCliEntities::orgLifecycle() {
    CtlResult r = env.run({"org", "add", "Acme"});
    CLI_EXPECT_OK(r);
    QVERIFY(r.outText().contains("Acme"_L1));
    QVERIFY(env.ok({"org", "add", "Globex"}));

    r = env.run({"org", "list"});
    CLI_EXPECT_OK(r);
    QVERIFY(r.outText().contains("Acme"_L1));
    QVERIFY(r.outText().contains("Globex"_L1));
    const QString acmeId = env.orgId(QStringLiteral("Acme"));
    QVERIFY(!acmeId.isEmpty());
    QVERIFY2(r.outText().contains(acmeId), "the text list shows ids");

    QJsonArray orgs = env.json({"org", "list", "--json"}).array();
    QCOMPARE(orgs.size(), 2);
    QCOMPARE(orgs.at(0)["name"_L1].toString(), QStringLiteral("Acme"));
    QCOMPARE(orgs.at(1)["name"_L1].toString(), QStringLiteral("Globex"));

    r = env.run({"org", "rename", "Acme", "Acme Corp"});
    CLI_EXPECT_OK(r);
    QCOMPARE(env.orgId(QStringLiteral("Acme Corp")), acmeId);
    QVERIFY(env.orgId(QStringLiteral("Acme")).isEmpty());

    CLI_EXPECT_FAIL(env.run({"org", "rename", "Acme", "Other"}), 3);
    CLI_EXPECT_FAIL(env.run({"org", "rename", "Acme Corp", "Globex"}), 4);
    CLI_EXPECT_FAIL(env.run({"org", "rename", "Acme Corp", "  "}), 2);
    CLI_EXPECT_FAIL(env.run({"org", "add", "Globex"}), 4);
    CLI_EXPECT_FAIL(env.run({"org", "add", ""}), 2);

    r = env.run({"org", "remove", "Globex"});
    CLI_EXPECT_OK(r);
    orgs = env.json({"org", "list", "--json"}).array();
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.at(0)["id"_L1].toString(), acmeId);
    CLI_EXPECT_FAIL(env.run({"org", "remove", "Globex"}), 3);
    // The name is free again.
    QVERIFY(env.ok({"org", "add", "Globex"}));
}

void TestCliEntities::orgNamesAreCaseInsensitive() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    const CtlResult dup = env.run({"org", "add", "ACME"});
    CLI_EXPECT_FAIL(dup, 4);
    QVERIFY2(dup.errText().contains("Acme"_L1), "the conflict names the existing organization");
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "k", "type": "string"}])"));
    QVERIFY(env.ok({"config", "set", "halo", "k", "v", "--org", "aCmE"}));
    const QJsonObject got = env.json({"get", "halo", "--org", "acme"}).object();
    QCOMPARE(got["organization"_L1]["name"_L1].toString(), QStringLiteral("Acme"));
    QCOMPARE(got["config"_L1]["k"_L1].toString(), QStringLiteral("v"));
    // Case folding is not limited to ASCII.
    QVERIFY(env.ok({"org", "add", "Ärzte Zürich"}));
    CLI_EXPECT_FAIL(env.run({"org", "add", "ÄRZTE ZÜRICH"}), 4);
    QCOMPARE(
        env.json({"get", "halo", "--org", "ärzte zürich"}).object()["organization"_L1]["name"_L1].toString(),
        u"Ärzte Zürich"_s);
    // Renaming to a different case of the same name is allowed.
    QVERIFY(env.ok({"org", "rename", "acme", "ACME"}));
    QVERIFY(!env.orgId(QStringLiteral("ACME")).isEmpty());
}

void TestCliEntities::orgRemoveInUseNeedsForce() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"org", "add", "Unused"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "timeout", "type": "int"}])"));
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "30"}));
    QVERIFY(env.ok({"config", "set", "halo", "timeout", "45", "--org", "Acme"}));
    QVERIFY(env.ok({"mapping", "set", "halo", "--org", "Acme", "--entity-id", "E1"}));

    const QByteArray before = env.snapshot();
    const CtlResult refused = env.run({"org", "remove", "Acme"});
    CLI_EXPECT_FAIL(refused, 4);
    QVERIFY2(refused.errText().contains("halo"_L1), "the conflict names the integration using it");
    QVERIFY2(refused.errText().contains("--force"_L1), "the conflict says how to go ahead");
    CLI_EXPECT_UNCHANGED(before, env.snapshot());

    // An organization nothing uses goes without --force.
    CLI_EXPECT_OK(env.run({"org", "remove", "Unused"}));

    CLI_EXPECT_OK(env.run({"org", "remove", "Acme", "--force"}));
    QVERIFY(env.orgId(QStringLiteral("Acme")).isEmpty());
    QCOMPARE(env.json({"mapping", "list", "halo", "--json"}).array().size(), 0);
    // Its override went with it; re-adding the name starts clean.
    QVERIFY(env.ok({"org", "add", "Acme"}));
    const QJsonObject got = env.json({"get", "halo", "--org", "Acme", "--explain"}).object();
    QCOMPARE(got["config"_L1]["timeout"_L1].toInt(), 30);
    QCOMPARE(got["provenance"_L1]["timeout"_L1].toString(), QStringLiteral("default"));
}

void TestCliEntities::orgsAreNamedByIdOrName() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"integration", "create", "halo", "--default-entity-id", "D"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "k", "type": "string"}])"));
    const QString id = env.orgId(QStringLiteral("Acme"));
    QVERIFY(!id.isEmpty());

    CLI_EXPECT_OK(env.run({"config", "set", "halo", "k", "by-id", "--org", id}));
    CLI_EXPECT_OK(env.run({"mapping", "set", "halo", "--org", id, "--entity-id", "E1"}));
    const QJsonObject got = env.json({"get", "halo", "--org", id}).object();
    QJsonObject expectedOrg = obj(R"({"name": "Acme"})");
    expectedOrg.insert("id"_L1, id);
    QCOMPARE(got["organization"_L1].toObject(), expectedOrg);
    QCOMPARE(got["config"_L1]["k"_L1].toString(), QStringLiteral("by-id"));
    QCOMPARE(got["entity_id"_L1].toString(), QStringLiteral("E1"));
    QCOMPARE(env.json({"config", "list", "halo", "--org", id, "--json"}),
             env.json({"config", "list", "halo", "--org", "Acme", "--json"}));

    CLI_EXPECT_OK(env.run({"org", "rename", id, "Acme Corp"}));
    QCOMPARE(env.orgId(QStringLiteral("Acme Corp")), id);
    CLI_EXPECT_OK(env.run({"config", "unset", "halo", "k", "--org", id}));
    CLI_EXPECT_OK(env.run({"mapping", "remove", "halo", "--org", id}));
    CLI_EXPECT_OK(env.run({"org", "remove", id}));
    QCOMPARE(env.json({"org", "list", "--json"}).array().size(), 0);
    CLI_EXPECT_FAIL(env.run({"org", "remove", id}), 3);
}

void TestCliEntities::integrationCreateListShow() {
    CtlResult r = env.run({"integration", "create", "halo", "--description", "HaloPSA tickets",
                           "--default-entity-id", "E-DEFAULT", "--entity-id-label", "Tenant ID"});
    CLI_EXPECT_OK(r);
    QVERIFY(r.outText().contains("halo"_L1));
    QVERIFY(env.ok({"integration", "create", "autotask"}));

    const QJsonArray list = env.json({"integration", "list", "--json"}).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)["name"_L1].toString(), QStringLiteral("autotask"));
    const QJsonObject halo = list.at(1).toObject();
    QCOMPARE(halo["name"_L1].toString(), QStringLiteral("halo"));
    QCOMPARE(halo["description"_L1].toString(), QStringLiteral("HaloPSA tickets"));
    QCOMPARE(halo["default_entity_id"_L1].toString(), QStringLiteral("E-DEFAULT"));
    QCOMPARE(halo["entity_id_label"_L1].toString(), QStringLiteral("Tenant ID"));
    QVERIFY(QUuid::fromString(halo["id"_L1].toString()).isNull() == false);

    r = env.run({"integration", "list"});
    CLI_EXPECT_OK(r);
    QVERIFY(r.outText().contains("HaloPSA tickets"_L1));
    QVERIFY(r.outText().contains("autotask"_L1));

    QVERIFY(env.setSchema("halo",
                          R"([{"key": "base_url", "type": "string"}, {"key": "token", "type": "secret"}])"));
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"mapping", "set", "halo", "--org", "Acme"}));
    const QJsonObject shown = env.json({"integration", "show", "halo", "--json"}).object();
    QCOMPARE(shown["id"_L1], halo["id"_L1]);
    QCOMPARE(shown["name"_L1].toString(), QStringLiteral("halo"));
    QCOMPARE(shown["description"_L1].toString(), QStringLiteral("HaloPSA tickets"));
    QCOMPARE(shown["default_entity_id"_L1].toString(), QStringLiteral("E-DEFAULT"));
    QCOMPARE(shown["entity_id_label"_L1].toString(), QStringLiteral("Tenant ID"));
    QCOMPARE(shown["mapping_count"_L1].toInt(), 1);
    QCOMPARE(shown["schema"_L1].toArray().size(), 2);
    QCOMPARE(shown["schema"_L1].toArray().at(1)["type"_L1].toString(), QStringLiteral("secret"));

    r = env.run({"integration", "show", "halo"});
    CLI_EXPECT_OK(r);
    for (const char *text :
         {"halo", "HaloPSA tickets", "E-DEFAULT", "Tenant ID", "base_url", "token", "secret"})
        QVERIFY2(r.outText().contains(QLatin1String(text)), text);

    CLI_EXPECT_FAIL(env.run({"integration", "show", "nope"}), 3);
    CLI_EXPECT_FAIL(env.run({"integration", "show", "nope", "--json"}), 3);
}

void TestCliEntities::integrationNameRules() {
    for (const char *bad : {"1halo", "has space", "", "-dash", "ünïcode", "a/b"}) {
        const CtlResult r = env.run({"integration", "create", QString::fromUtf8(bad)});
        CLI_EXPECT_FAIL(r, 2);
    }
    const QString longest = QStringLiteral("a") + QString(99, QLatin1Char('b'));
    CLI_EXPECT_OK(env.run({"integration", "create", longest}));
    CLI_EXPECT_FAIL(env.run({"integration", "create", QString(longest + QLatin1Char('c'))}), 2);
    CLI_EXPECT_OK(env.run({"integration", "create", "Halo_v2.test-1"}));
    CLI_EXPECT_FAIL(env.run({"integration", "create", "Halo_v2.test-1"}), 4);
    // Integration names match exactly: another case is another integration.
    CLI_EXPECT_OK(env.run({"integration", "create", "halo_V2.test-1"}));
    CLI_EXPECT_FAIL(env.run({"integration", "show", "HALO_V2.TEST-1"}), 3);
    QCOMPARE(env.json({"integration", "list", "--json"}).array().size(), 3);
}

void TestCliEntities::integrationRename() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.ok({"integration", "create", "ninja"}));
    const QString id = env.integrationId(QStringLiteral("halo"));

    const CtlResult r = env.run({"integration", "rename", "halo", "halopsa"});
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().contains("halo"_L1) && r.outText().contains("orkflow"_L1),
             "renaming warns that workflows look integrations up by name");
    QCOMPARE(env.integrationId(QStringLiteral("halopsa")), id);
    CLI_EXPECT_FAIL(env.run({"get", "halo"}), 3);
    QCOMPARE(env.json({"get", "halopsa"}).object()["integration_id"_L1].toString(), id);

    CLI_EXPECT_FAIL(env.run({"integration", "rename", "halopsa", "ninja"}), 4);
    CLI_EXPECT_FAIL(env.run({"integration", "rename", "halopsa", "no spaces"}), 2);
    CLI_EXPECT_FAIL(env.run({"integration", "rename", "missing", "other"}), 3);
    QCOMPARE(env.integrationId(QStringLiteral("halopsa")), id);
}

void TestCliEntities::integrationDeleteNeedsForceWhenUsed() {
    QVERIFY(env.ok({"integration", "create", "empty"}));
    CLI_EXPECT_OK(env.run({"integration", "delete", "empty"}));
    CLI_EXPECT_FAIL(env.run({"integration", "show", "empty"}), 3);
    CLI_EXPECT_FAIL(env.run({"integration", "delete", "empty"}), 3);

    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "k", "type": "string"}])"));
    // A schema alone is no reason to refuse.
    QVERIFY(env.ok({"integration", "create", "schemaonly"}));
    QVERIFY(env.setSchema("schemaonly", R"([{"key": "k", "type": "string"}])"));
    CLI_EXPECT_OK(env.run({"integration", "delete", "schemaonly"}));

    QVERIFY(env.ok({"config", "set", "halo", "k", "v"}));
    const QByteArray before = env.snapshot();
    const CtlResult refused = env.run({"integration", "delete", "halo"});
    CLI_EXPECT_FAIL(refused, 4);
    QVERIFY(refused.errText().contains("--force"_L1));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());

    // Mappings alone also need --force.
    QVERIFY(env.ok({"config", "unset", "halo", "k"}));
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"mapping", "set", "halo", "--org", "Acme"}));
    CLI_EXPECT_FAIL(env.run({"integration", "delete", "halo"}), 4);

    CLI_EXPECT_OK(env.run({"integration", "delete", "halo", "--force"}));
    CLI_EXPECT_FAIL(env.run({"get", "halo"}), 3);
    QCOMPARE(env.json({"integration", "list", "--json"}).array().size(), 0);
    // The organization stays; the name can be reused and starts empty.
    QVERIFY(!env.orgId(QStringLiteral("Acme")).isEmpty());
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QCOMPARE(env.json({"mapping", "list", "halo", "--json"}).array().size(), 0);
    QCOMPARE(env.json({"schema", "show", "halo", "--json"}).array().size(), 0);
}

void TestCliEntities::integrationsAreNamedByIdOrName() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.ok({"org", "add", "Acme"}));
    const QString id = env.integrationId(QStringLiteral("halo"));
    QVERIFY(!id.isEmpty());
    QVERIFY(env.setSchema(id, R"([{"key": "k", "type": "int"}])"));
    QCOMPARE(env.json({"schema", "show", id, "--json"}), env.json({"schema", "show", "halo", "--json"}));
    CLI_EXPECT_OK(env.run({"config", "set", id, "k", "7"}));
    CLI_EXPECT_OK(env.run({"config", "set", id, "k", "8", "--org", "Acme"}));
    CLI_EXPECT_OK(env.run({"mapping", "set", id, "--org", "Acme", "--entity-id", "E"}));
    QCOMPARE(env.json({"mapping", "list", id, "--json"}), env.json({"mapping", "list", "halo", "--json"}));
    QCOMPARE(env.json({"config", "list", id, "--json"}), env.json({"config", "list", "halo", "--json"}));
    QCOMPARE(env.json({"integration", "show", id, "--json"}),
             env.json({"integration", "show", "halo", "--json"}));
    const QJsonObject got = env.json({"get", id, "--org", "Acme"}).object();
    QCOMPARE(got["name"_L1].toString(), QStringLiteral("halo"));
    QCOMPARE(got["config"_L1]["k"_L1].toInt(), 8);
    CLI_EXPECT_OK(env.run({"mapping", "remove", id, "--org", "Acme", "--with-overrides"}));
    CLI_EXPECT_OK(env.run({"config", "unset", id, "k"}));
    CLI_EXPECT_OK(env.run({"integration", "rename", id, "halo2"}));
    QCOMPARE(env.integrationId(QStringLiteral("halo2")), id);
    CLI_EXPECT_OK(env.run({"integration", "delete", id}));
    QCOMPARE(env.json({"integration", "list", "--json"}).array().size(), 0);
}

void TestCliEntities::listJsonIsArrayOfObjectsWithIdAndName() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    const QList<Args> commands{{"org", "list", "--json"},
                               {"integration", "list", "--json"},
                               {"mapping", "list", "halo", "--json"},
                               {"config", "list", "halo", "--json"},
                               {"config", "list", "halo", "--org", "Acme", "--json"}};
    for (const Args &command : commands) {
        const CtlResult r = env.run(command);
        CLI_EXPECT_OK(r);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, describe(command).constData());
        QVERIFY2(doc.isArray(), describe(command).constData());
        QVERIFY2(!doc.array().isEmpty(), describe(command).constData());
        for (const QJsonValue &item : doc.array()) {
            QVERIFY2(item.isObject(), describe(command).constData());
            QVERIFY2(!item["id"_L1].toString().isEmpty(),
                     QByteArray(describe(command) + ": an item has no \"id\" string").constData());
            QVERIFY2(!item["name"_L1].toString().isEmpty(),
                     QByteArray(describe(command) + ": an item has no \"name\" string").constData());
        }
    }
    // mapping list: the organization as id/name plus the mapping itself.
    const QJsonArray mappings = env.json({"mapping", "list", "halo", "--json"}).array();
    QCOMPARE(mappings.size(), 2);
    const QJsonObject acme = mappings.at(0).toObject();
    QCOMPARE(acme["name"_L1].toString(), QStringLiteral("Acme"));
    QCOMPARE(acme["id"_L1].toString(), env.orgId(QStringLiteral("Acme")));
}

void TestCliEntities::listsAreEmptyArraysOnNewDatabase() {
    for (const Args &command : QList<Args>{{"org", "list", "--json"}, {"integration", "list", "--json"}}) {
        const CtlResult r = env.run(command);
        CLI_EXPECT_OK(r);
        QVERIFY(r.json().isArray());
        QVERIFY(r.json().array().isEmpty());
    }
    QVERIFY(env.ok({"integration", "create", "halo"}));
    for (const Args &command : QList<Args>{{"mapping", "list", "halo", "--json"},
                                           {"config", "list", "halo", "--json"},
                                           {"schema", "show", "halo", "--json"}}) {
        const CtlResult r = env.run(command);
        CLI_EXPECT_OK(r);
        QVERIFY2(r.json().isArray() && r.json().array().isEmpty(), describe(command).constData());
    }
}

void TestCliEntities::errorsAreOneLineOnStderr_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown command") << cmd({"frobnicate"}) << 2 << u"frobnicate"_s;
    QTest::newRow("unknown subcommand") << cmd({"org", "explode"}) << 2 << u"org"_s;
    QTest::newRow("unknown option") << cmd({"org", "list", "--yaml"}) << 2 << u"--yaml"_s;
    QTest::newRow("unknown global option") << cmd({"--verbose", "org", "list"}) << 2 << u"--verbose"_s;
    QTest::newRow("missing argument") << cmd({"org", "add"}) << 2 << u"usage"_s;
    QTest::newRow("extra argument") << cmd({"org", "add", "a", "b"}) << 2 << u"usage"_s;
    QTest::newRow("option without value") << cmd({"get", "halo", "--org"}) << 2 << u"--org"_s;
    QTest::newRow("flag with value") << cmd({"org", "list", "--json=yes"}) << 2 << u"--json"_s;
    QTest::newRow("unknown secret backend") << cmd({"--secrets", "paper", "org", "list"}) << 2 << u"paper"_s;
    QTest::newRow("org and global") << cmd({"get", "halo", "--org", "Acme", "--global"}) << 2
                                    << u"--global"_s;
    QTest::newRow("mapping set without org") << cmd({"mapping", "set", "halo"}) << 2 << u"--org"_s;
    QTest::newRow("mapping remove without org") << cmd({"mapping", "remove", "halo"}) << 2 << u"--org"_s;
    QTest::newRow("schema set without file") << cmd({"schema", "set", "halo"}) << 2 << u"--file"_s;
    QTest::newRow("config set without value") << cmd({"config", "set", "halo", "k"}) << 2 << u"--stdin"_s;
    QTest::newRow("unknown key") << cmd({"config", "set", "halo", "nokey", "1"}) << 2 << u"nokey"_s;
    QTest::newRow("unknown integration: get") << cmd({"get", "nope"}) << 3 << u"nope"_s;
    QTest::newRow("unknown integration: config set")
        << cmd({"config", "set", "nope", "k", "v"}) << 3 << u"nope"_s;
    QTest::newRow("unknown integration: mapping list") << cmd({"mapping", "list", "nope"}) << 3 << u"nope"_s;
    QTest::newRow("unknown integration: schema show") << cmd({"schema", "show", "nope"}) << 3 << u"nope"_s;
    QTest::newRow("unknown org: get") << cmd({"get", "halo", "--org", "Nobody"}) << 3 << u"Nobody"_s;
    QTest::newRow("unknown org: config set")
        << cmd({"config", "set", "halo", "k", "v", "--org", "Nobody"}) << 3 << u"Nobody"_s;
    QTest::newRow("unknown org: config list")
        << cmd({"config", "list", "halo", "--org", "Nobody"}) << 3 << u"Nobody"_s;
    QTest::newRow("unknown org: mapping set")
        << cmd({"mapping", "set", "halo", "--org", "Nobody"}) << 3 << u"Nobody"_s;
    QTest::newRow("missing mapping") << cmd({"mapping", "remove", "halo", "--org", "Acme"}) << 3 << u"Acme"_s;
    QTest::newRow("duplicate integration") << cmd({"integration", "create", "halo"}) << 4 << u"halo"_s;
    QTest::newRow("duplicate org") << cmd({"org", "add", "acme"}) << 4 << u"Acme"_s;
    QTest::newRow("invalid value") << cmd({"config", "set", "halo", "k", "x"}) << 2 << u"\"k\""_s;
    // An empty --org (an unset shell variable) must not fall back to the default level.
    QTest::newRow("empty org: config set")
        << cmd({"config", "set", "halo", "k", "5", "--org", ""}) << 2 << u"--org"_s;
    QTest::newRow("blank org: config set stdin")
        << cmd({"config", "set", "halo", "k", "--stdin", "--org", " "}) << 2 << u"--org"_s;
    QTest::newRow("empty org: config unset")
        << cmd({"config", "unset", "halo", "k", "--org="}) << 2 << u"--org"_s;
    QTest::newRow("empty org: config list")
        << cmd({"config", "list", "halo", "--org", ""}) << 2 << u"--org"_s;
    QTest::newRow("empty org: get") << cmd({"get", "halo", "--org", ""}) << 2 << u"--org"_s;
    QTest::newRow("empty org: mapping set")
        << cmd({"mapping", "set", "halo", "--org", ""}) << 2 << u"--org"_s;
}

void TestCliEntities::errorsAreOneLineOnStderr() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "k", "type": "int"}])"));
    const QByteArray before = env.snapshot();
    const CtlResult r = env.run(args);
    CLI_EXPECT_FAIL(r, code);
    QVERIFY2(r.errText().contains(mentions, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("the message does not mention %1: %2").arg(mentions, r.errText())));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

void TestCliEntities::databaseFromEnvironment() {
    // BIFROST_DB names the database when --db is not given; --db wins over it.
    const QString fromEnv =
        onPostgres() ? testdb::fresh(env.dirPath()) : env.path(QStringLiteral("from-env.db"));
    const QString unused =
        onPostgres() ? testdb::fresh(env.dirPath()) : env.path(QStringLiteral("unused.db"));
    CtlRunner runner(unused);
    runner.environment().insert(QStringLiteral("BIFROST_DB"), fromEnv);
    CLI_EXPECT_OK(runner.runRaw(cmd({"org", "add", "EnvOrg"})));
    if (onPostgres()) {
        QCOMPARE(sqlColumn(fromEnv, QStringLiteral("SELECT count(*) FROM organizations")).value(0).toInt(),
                 1);
        // Never opened, so never migrated: no tables at all.
        QCOMPARE(sqlColumn(unused, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                                  "table_schema = 'public'"))
                     .value(0)
                     .toInt(),
                 0);
    } else {
        QVERIFY(QFile::exists(fromEnv));
        QVERIFY(!QFile::exists(unused));
    }
    const CtlResult listed = runner.runRaw(cmd({"org", "list", "--json"}));
    CLI_EXPECT_OK(listed);
    QCOMPARE(listed.json().array().size(), 1);
    QCOMPARE(listed.json().array().at(0)["name"_L1].toString(), QStringLiteral("EnvOrg"));

    const CtlResult other = runner.run(cmd({"org", "list", "--json"}));
    CLI_EXPECT_OK(other);
    QCOMPARE(other.json().array().size(), 0);
}

void TestCliEntities::databaseFileIsPrivate() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    if (onPostgres()) {
        // No file: who may read a team database is its grants (tst_cli_team). The schema version
        // lives in meta there.
        QVERIFY(sqlColumn(env.dbPath(), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                    .value(0)
                    .toInt() >= 1);
        return;
    }
    const QFile::Permissions p = QFileInfo(env.dbPath()).permissions();
    QVERIFY(p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner));
    QVERIFY2(!(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)),
             "the database file is readable by others");
    // Schema version and integrity as SQLite sees them.
    QCOMPARE(sqlColumn(env.dbPath(), QStringLiteral("PRAGMA integrity_check")).value(0).toString(),
             QStringLiteral("ok"));
    QVERIFY(sqlColumn(env.dbPath(), QStringLiteral("PRAGMA user_version")).value(0).toInt() >= 1);
}

// A path that cannot hold a database fails with exit code 5 and one line, and never damages
// what is there.
void TestCliEntities::unusableDatabasePaths() {
    const QByteArray garbage = "not a database, and it must stay exactly like this\n";
    const QString notSqlite = env.writeFile(u"notes.txt"_s, garbage);
    for (const QString &path : QStringList{notSqlite, env.dirPath(), notSqlite + u"/inside.db"_s}) {
        CtlRunner runner(path);
        const CtlResult r = runner.run(cmd({"org", "add", "Acme"}));
        CLI_EXPECT_FAIL(r, 5);
        QVERIFY2(r.errText().contains(env.dirPath()), "the message names the path");
    }
    QFile f(notSqlite);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
    QVERIFY(!QFile::exists(notSqlite + u"-wal"_s));
}

QTEST_GUILESS_MAIN(TestCliEntities)
#include "tst_cli_entities.moc"
