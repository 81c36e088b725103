// bifrostctl end to end: `mapping import` (CSV with a preview, dry run, creating organizations),
// `mapping match` (exact and fuzzy proposals, --apply, --overwrite) and `example load`. Failed
// commands must change nothing: each failure is checked against a snapshot of everything the CLI
// can show. Each test function starts on a new temporary database.
#include "clitest.h"

#include <QRegularExpression>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

// The mappings of an integration as organization -> "entity id|entity name".
QHash<QString, QString> mappingsOf(const CliEnv &env, const Arg &integration) {
    QHash<QString, QString> result;
    const QJsonArray list = env.json({"mapping", "list", integration, "--json"}).array();
    for (const QJsonValue &m : list)
        result.insert(m["name"_L1].toString(),
                      m["entity_id"_L1].toString() + QLatin1Char('|') + m["entity_name"_L1].toString());
    return result;
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder"); }
    void cleanup() { env.cleanup(); }

    void helpListsTheCommands();
    void importDryRunThenApply();
    void importJson();
    void importFromStdin();
    void importParseErrorChangesNothing();
    void importUnknownOrganizationChangesNothing();
    void importCreatesOrganizations();
    void importDuplicateOrganizationChangesNothing();
    void importUsageAndMissingThings();
    void matchProposesWithoutWriting();
    void matchApplyFillsOnlyEmptyMappings();
    void matchApplyOverwrite();
    void matchThresholdAndErrors();
    void matchSpreadsheetPasteFromStdin();
    void exampleLoad();
    void exampleLoadRefusedWhenNotEmpty();

private:
    // Integration "halo"; Acme mapped to A1 / Acme Ltd, Globex with a name only, Initech unmapped.
    bool setUp() const {
        return env.ok({"org", "add", "Acme"}) && env.ok({"org", "add", "Globex"}) &&
               env.ok({"org", "add", "Initech"}) && env.ok({"integration", "create", "halo"}) &&
               env.ok({"mapping", "set", "halo", "--org", "Acme", "--entity-id", "A1", "--entity-name",
                       "Acme Ltd"}) &&
               env.ok({"mapping", "set", "halo", "--org", "Globex", "--entity-name", "Globex Corp"});
    }

    CliEnv env;
};

void TestCliImport::helpListsTheCommands() {
    const CtlResult r = env.ctl().runRaw({u"--help"_s});
    CLI_EXPECT_OK(r);
    for (const char *command : {"mapping import", "mapping match", "example load"})
        QVERIFY2(r.outText().contains(QLatin1String(command)), command);
    const CtlResult usage = env.run({"mapping", "import", "--help"});
    CLI_EXPECT_OK(usage);
    QVERIFY2(
        usage.outText().contains(
            u"bifrostctl mapping import NAME [--file FILE.csv] [--dry-run] [--create-organizations] [--json]"_s),
        qPrintable(usage.outText()));
}

void TestCliImport::importDryRunThenApply() {
    QVERIFY(setUp());
    const QString file = env.writeFile(u"map.csv"_s, "organization,entity_id,entity_name\n"
                                                     "acme,A1,Acme Ltd\n"
                                                     "Globex,G7,\"Globex, Corp\"\n"
                                                     "Initech,I3,Initech\n");
    const QByteArray before = env.snapshot();
    CtlResult r = env.run({"mapping", "import", "halo", "--file", file, "--dry-run"});
    CLI_EXPECT_OK(r);
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    const QString out = r.outText();
    QVERIFY2(out.contains(u"LINE"_s) && out.contains(u"ACTION"_s), qPrintable(out));
    // One row per CSV line: line, organization as written, action, entity id and name.
    QVERIFY2(out.contains(QRegularExpression(u"\\n2 +acme +unchanged +A1 +Acme Ltd\\n"_s)), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(u"\\n3 +Globex +update +G7 +Globex, Corp\\n"_s)),
             qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(u"\\n4 +Initech +create +I3 +Initech\\n"_s)), qPrintable(out));
    QVERIFY2(out.contains(u"nothing written"_s), qPrintable(out));

    r = env.run({"mapping", "import", "halo", "--file", file});
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().contains(u"Imported 2 mapping(s)"_s), qPrintable(r.outText()));
    const auto mappings = mappingsOf(env, "halo");
    QCOMPARE(mappings.value(u"Acme"_s), u"A1|Acme Ltd"_s);
    QCOMPARE(mappings.value(u"Globex"_s), u"G7|Globex, Corp"_s);
    QCOMPARE(mappings.value(u"Initech"_s), u"I3|Initech"_s);
}

void TestCliImport::importJson() {
    QVERIFY(setUp());
    const QString file = env.writeFile(u"map.csv"_s, "Acme,A2\nNobody,N1,Nobody Inc\n");
    const QJsonObject o =
        env.json({"mapping", "import", "halo", "--file", file, "--dry-run", "--json"}).object();
    QCOMPARE(o["dry_run"_L1].toBool(), true);
    QCOMPARE(o["written"_L1].toInt(), 0);
    const QJsonArray rows = o["rows"_L1].toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject acme = rows.at(0).toObject();
    QCOMPARE(acme["line"_L1].toInt(), 1);
    QCOMPARE(acme["action"_L1].toString(), u"update"_s);
    QCOMPARE(acme["organization_id"_L1].toString(), env.orgId("Acme"));
    QCOMPARE(acme["entity_id"_L1].toString(), u"A2"_s);
    QVERIFY(acme["entity_name"_L1].isNull()); // no name column in this row: the name is kept
    CLI_EXPECT_JSON(acme["current"_L1].toObject(), obj(R"({"entity_id": "A1", "entity_name": "Acme Ltd"})"));
    const QJsonObject nobody = rows.at(1).toObject();
    QCOMPARE(nobody["action"_L1].toString(), u"unknown_organization"_s);
    QVERIFY(nobody["organization_id"_L1].isNull());
    QVERIFY(nobody["current"_L1].isNull());

    const QJsonObject applied =
        env.json({"mapping", "import", "halo", "--file", file, "--create-organizations", "--json"}).object();
    QCOMPARE(applied["dry_run"_L1].toBool(), false);
    QCOMPARE(applied["written"_L1].toInt(), 2);
    QCOMPARE(applied["created_organizations"_L1].toInt(), 1);
    QCOMPARE(mappingsOf(env, "halo").value(u"Acme"_s), u"A2|Acme Ltd"_s);
}

void TestCliImport::importFromStdin() {
    QVERIFY(setUp());
    const CtlResult r = env.run({"mapping", "import", "halo", "--file", "-"},
                                "\xEF\xBB\xBFInitech,I9,\"Initech \"\"Main\"\"\"\r\n");
    CLI_EXPECT_OK(r);
    QCOMPARE(mappingsOf(env, "halo").value(u"Initech"_s), u"I9|Initech \"Main\""_s);
}

void TestCliImport::importParseErrorChangesNothing() {
    QVERIFY(setUp());
    const QByteArray before = env.snapshot();
    const QString file = env.writeFile(u"bad.csv"_s, "Acme,A5\nGlobex,G5\nInitech\n");
    for (const char *dryRun : {"--dry-run", "--json"}) {
        const CtlResult r = env.run({"mapping", "import", "halo", "--file", file, dryRun});
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(u"line 3: expected 2 or 3 columns"_s), qPrintable(r.errText()));
    }
    const QString unclosed = env.writeFile(u"unclosed.csv"_s, "Acme,A5\nGlobex,\"G5\nInitech,I5\n");
    const CtlResult r = env.run({"mapping", "import", "halo", "--file", unclosed});
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(u"line 2: a quoted field is not closed"_s), qPrintable(r.errText()));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

void TestCliImport::importUnknownOrganizationChangesNothing() {
    QVERIFY(setUp());
    const QByteArray before = env.snapshot();
    const QString file = env.writeFile(u"map.csv"_s, "Acme,A5\nUmbrella,U1\nInitech,I5\n");
    const CtlResult r = env.run({"mapping", "import", "halo", "--file", file});
    CLI_EXPECT_FAIL(r, 3);
    QVERIFY2(r.errText().contains(u"\"Umbrella\" (line 2)"_s), qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(u"--create-organizations"_s), qPrintable(r.errText()));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());

    // A dry run shows it and says what to do, writing nothing.
    const CtlResult dry = env.run({"mapping", "import", "halo", "--file", file, "--dry-run"});
    CLI_EXPECT_OK(dry);
    QVERIFY2(dry.outText().contains(QRegularExpression(u"\\n2 +Umbrella +unknown organization +U1"_s)),
             qPrintable(dry.outText()));
    QVERIFY2(dry.outText().contains(u"add --create-organizations"_s), qPrintable(dry.outText()));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

void TestCliImport::importCreatesOrganizations() {
    QVERIFY(setUp());
    const QString file = env.writeFile(u"map.csv"_s, "organization,entity_id\nUmbrella,U1\nAcme,A1\n");
    const CtlResult r = env.run({"mapping", "import", "halo", "--file", file, "--create-organizations"});
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().contains(QRegularExpression(u"\\n2 +Umbrella +create organization +U1"_s)),
             qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(u"Created 1 organization(s)"_s), qPrintable(r.outText()));
    QVERIFY(!env.orgId("Umbrella").isEmpty());
    QCOMPARE(mappingsOf(env, "halo").value(u"Umbrella"_s), u"U1|"_s);
    QCOMPARE(mappingsOf(env, "halo").value(u"Acme"_s), u"A1|Acme Ltd"_s);
}

void TestCliImport::importDuplicateOrganizationChangesNothing() {
    QVERIFY(setUp());
    const QByteArray before = env.snapshot();
    const QString file = env.writeFile(u"map.csv"_s, "Acme,A5\nInitech,I1\nACME,A6\n");
    const CtlResult r = env.run({"mapping", "import", "halo", "--file", file, "--create-organizations"});
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(u"lines 1 and 3"_s), qPrintable(r.errText()));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

void TestCliImport::importUsageAndMissingThings() {
    QVERIFY(setUp());
    const QByteArray before = env.snapshot();
    CLI_EXPECT_FAIL(env.run({"mapping", "import", "halo"}), 2);
    CLI_EXPECT_FAIL(env.run({"mapping", "import", "halo", "--file", env.path(u"missing.csv"_s)}), 2);
    const QString file = env.writeFile(u"map.csv"_s, "Acme,A5\n");
    CLI_EXPECT_FAIL(env.run({"mapping", "import", "nope", "--file", file}), 3);
    CLI_EXPECT_FAIL(env.run({"mapping", "import", "nope", "--file", file, "--dry-run"}), 3);
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

void TestCliImport::matchProposesWithoutWriting() {
    QVERIFY(env.ok({"integration", "create", "graph"}));
    for (const char *name : {"Contoso", "Northwind Traders", "Fabrikam", "Tailspin Toys"})
        QVERIFY(env.ok({"org", "add", name}));
    const QString entities = env.writeFile(u"entities.csv"_s, "entity_id,entity_name\n"
                                                              "T1,CONTOSO LTD\n"
                                                              "T2,Nortwind Traders Inc.\n"
                                                              "T3,Wingtip Toys\n");
    const QByteArray before = env.snapshot();
    CtlResult r = env.run({"mapping", "match", "graph", "--entities", entities});
    CLI_EXPECT_OK(r);
    const QString out = r.outText();
    QVERIFY2(out.contains(QRegularExpression(u"\\nContoso +T1 +CONTOSO LTD +exact +1\\.00 +to write\\n"_s)),
             qPrintable(out));
    QVERIFY2(out.contains(
                 QRegularExpression(u"\\nNorthwind Traders +T2 +Nortwind Traders Inc\\. +fuzzy +0\\.9\\d"_s)),
             qPrintable(out));
    QVERIFY2(!out.contains(u"Fabrikam"_s) && !out.contains(u"Wingtip"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Matched 2 of 4 organizations (1 exact, 1 fuzzy) with 3 entities."_s),
             qPrintable(out));
    QVERIFY2(out.contains(u"add --apply"_s), qPrintable(out));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());

    const QJsonObject o = env.json({"mapping", "match", "graph", "--entities", entities, "--json"}).object();
    QCOMPARE(o["applied"_L1].toBool(), false);
    QCOMPARE(o["threshold"_L1].toDouble(), 0.8);
    const QJsonArray matches = o["matches"_L1].toArray();
    QCOMPARE(matches.size(), 4);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &m : matches)
        byName.insert(m["name"_L1].toString(), m.toObject());
    QCOMPARE(byName.value(u"Contoso"_s)["kind"_L1].toString(), u"exact"_s);
    QCOMPARE(byName.value(u"Contoso"_s)["score"_L1].toDouble(), 1.0);
    QCOMPARE(byName.value(u"Contoso"_s)["id"_L1].toString(), env.orgId("Contoso"));
    QCOMPARE(byName.value(u"Northwind Traders"_s)["kind"_L1].toString(), u"fuzzy"_s);
    QCOMPARE(byName.value(u"Northwind Traders"_s)["entity_id"_L1].toString(), u"T2"_s);
    const double score = byName.value(u"Northwind Traders"_s)["score"_L1].toDouble();
    QVERIFY2(score >= 0.8 && score < 1, qPrintable(QString::number(score)));
    QCOMPARE(byName.value(u"Fabrikam"_s)["kind"_L1].toString(), u"none"_s);
    QVERIFY(byName.value(u"Fabrikam"_s)["entity_id"_L1].isNull());
    QCOMPARE(byName.value(u"Tailspin Toys"_s)["kind"_L1].toString(), u"none"_s);
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

void TestCliImport::matchApplyFillsOnlyEmptyMappings() {
    QVERIFY(setUp());
    // Acme has an entity id (kept), Globex only a name (filled), Initech nothing (created).
    const QString entities = env.writeFile(u"entities.csv"_s, "X1,ACME Limited\nX2,Globex\nX3,Initech Inc\n");
    const CtlResult r = env.run({"mapping", "match", "halo", "--entities", entities, "--apply"});
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().contains(u"Wrote 2 mapping(s)."_s), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(u"1 organization(s) already have an entity id"_s), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(u"--overwrite"_s), qPrintable(r.outText()));
    const auto mappings = mappingsOf(env, "halo");
    QCOMPARE(mappings.value(u"Acme"_s), u"A1|Acme Ltd"_s);
    QCOMPARE(mappings.value(u"Globex"_s), u"X2|Globex"_s);
    QCOMPARE(mappings.value(u"Initech"_s), u"X3|Initech Inc"_s);

    // Again: everything is in place.
    const QJsonObject again =
        env.json({"mapping", "match", "halo", "--entities", entities, "--apply", "--json"}).object();
    for (const QJsonValue &m : again["matches"_L1].toArray())
        QVERIFY2(!m["applied"_L1].toBool(), qPrintable(m["name"_L1].toString()));
}

void TestCliImport::matchApplyOverwrite() {
    QVERIFY(setUp());
    const QString entities = env.writeFile(u"entities.csv"_s, "X1,ACME Limited\n");
    CLI_EXPECT_OK(env.run({"mapping", "match", "halo", "--entities", entities, "--apply", "--overwrite"}));
    QCOMPARE(mappingsOf(env, "halo").value(u"Acme"_s), u"X1|ACME Limited"_s);
    QCOMPARE(mappingsOf(env, "halo").value(u"Globex"_s), u"|Globex Corp"_s);
}

void TestCliImport::matchThresholdAndErrors() {
    QVERIFY(setUp());
    const QString entities = env.writeFile(u"entities.csv"_s, "X3,Inetech\n");
    QJsonArray matches = env.json({"mapping", "match", "halo", "--entities", entities, "--json"})
                             .object()["matches"_L1]
                             .toArray();
    QString initech;
    for (const QJsonValue &m : matches) {
        if (m["name"_L1].toString() == u"Initech"_s)
            initech = m["kind"_L1].toString();
    }
    QCOMPARE(initech, u"fuzzy"_s);
    matches = env.json({"mapping", "match", "halo", "--entities", entities, "--threshold", "0.95", "--json"})
                  .object()["matches"_L1]
                  .toArray();
    for (const QJsonValue &m : matches)
        QCOMPARE(m["kind"_L1].toString(), u"none"_s);

    const QByteArray before = env.snapshot();
    for (const char *bad : {"1.5", "-0.1", "high"}) {
        const CtlResult r = env.run({"mapping", "match", "halo", "--entities", entities, "--threshold", bad});
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(u"--threshold"_s), qPrintable(r.errText()));
    }
    const QString broken = env.writeFile(u"broken.csv"_s, "X1,Acme\nX2\n");
    const CtlResult r = env.run({"mapping", "match", "halo", "--entities", broken, "--apply"});
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(u"line 2"_s), qPrintable(r.errText()));
    CLI_EXPECT_FAIL(env.run({"mapping", "match", "halo"}), 2);
    CLI_EXPECT_FAIL(env.run({"mapping", "match", "nope", "--entities", entities, "--apply"}), 3);
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
}

void TestCliImport::matchSpreadsheetPasteFromStdin() {
    QVERIFY(setUp());
    const CtlResult r = env.run({"mapping", "match", "halo", "--entities", "-", "--apply"},
                                "Name\tRegion\tID\nInitech, Inc.\tEU\t77\n");
    CLI_EXPECT_OK(r);
    QCOMPARE(mappingsOf(env, "halo").value(u"Initech"_s), u"77|Initech, Inc."_s);
}

void TestCliImport::exampleLoad() {
    sensitive() << "example-client-secret";
    CtlResult r = env.run({"example", "load"});
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().contains(u"bifrostctl get HaloPSA --org Contoso"_s), qPrintable(r.outText()));

    const QJsonArray integrations = env.json({"integration", "list", "--json"}).array();
    QStringList names;
    for (const QJsonValue &i : integrations)
        names << i["name"_L1].toString();
    QCOMPARE(names, (QStringList{u"HaloPSA"_s, u"MicrosoftGraph"_s}));
    QCOMPARE(integrations.at(0)["entity_id_label"_L1].toString(), u"Client ID"_s);
    QCOMPARE(integrations.at(1)["default_entity_id"_L1].toString(), u"common"_s);
    QCOMPARE(integrations.at(1)["entity_id_label"_L1].toString(), u"Tenant ID"_s);
    QCOMPARE(env.json({"org", "list", "--json"}).array().size(), 6);

    const QJsonObject contoso = env.json({"get", "HaloPSA", "--org", "Contoso", "--explain"}).object();
    QCOMPARE(contoso["entity_id"_L1].toString(), u"101"_s);
    const QJsonObject config = contoso["config"_L1].toObject();
    QCOMPARE(config["base_url"_L1].toString(), u"https://example.halopsa.com"_s);
    QCOMPARE(config["timeout"_L1].toInt(), 120);
    QCOMPARE(contoso["provenance"_L1]["timeout"_L1].toString(), u"override"_s);
    QCOMPARE(contoso["provenance"_L1]["base_url"_L1].toString(), u"default"_s);
    QVERIFY(config["client_secret"_L1].toString() == u"example-client-secret"_s);
    QCOMPARE(contoso["config_secret_keys"_L1].toArray(), QJsonArray{u"client_secret"_s});
    QVERIFY(contoso["missing_required"_L1].toArray().isEmpty());

    // The schema as described: a pattern, bounds, options.
    const QJsonArray halo = env.json({"schema", "show", "HaloPSA", "--json"}).array();
    QCOMPARE(halo.size(), 7);
    QCOMPARE(halo.at(0)["pattern"_L1].toString(), u"^https://.*"_s);
    QCOMPARE(halo.at(4)["key"_L1].toString(), u"timeout"_s);
    QCOMPARE(halo.at(4)["max"_L1].toInt(), 300);
    const QJsonArray graph = env.json({"schema", "show", "MicrosoftGraph", "--json"}).array();
    QCOMPARE(graph.at(0)["options"_L1].toArray().size(), 2);

    // An empty entity id falls back to the default entity id; one organization lacks a
    // required secret, which the health summary and --strict report.
    const QJsonObject northwind = env.json({"get", "MicrosoftGraph", "--org", "Northwind Traders"}).object();
    QCOMPARE(northwind["entity_id"_L1].toString(), u"common"_s);
    r = env.run({"get", "MicrosoftGraph", "--org", "Wide World Importers", "--strict"});
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(u"client_secret"_s), qPrintable(r.errText()));
    const QJsonObject tailspin = env.json({"get", "MicrosoftGraph", "--org", "Tailspin Toys"}).object();
    QCOMPARE(tailspin["config"_L1]["authority"_L1].toString(), u"https://login.microsoftonline.us"_s);

    // Secrets went to the keychain, never to the database file.
    QVERIFY2(!env.databaseFiles().contains("example-client-secret"), "a secret is in the database file");
    const int entries = env.secretEntries();
    if (entries >= 0)
        QCOMPARE(entries, 6); // HaloPSA's default and five Graph overrides
}

void TestCliImport::exampleLoadRefusedWhenNotEmpty() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QByteArray before = env.snapshot();
    CtlResult r = env.run({"example", "load"});
    CLI_EXPECT_FAIL(r, 4);
    QVERIFY2(r.errText().contains(u"empty database"_s), qPrintable(r.errText()));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());

    // Loaded once, the second load is refused as well and changes nothing.
    CliEnv fresh;
    QVERIFY(fresh.init());
    QVERIFY(fresh.ok({"example", "load"}));
    before = fresh.snapshot(true);
    r = fresh.run({"example", "load"});
    CLI_EXPECT_FAIL(r, 4);
    QVERIFY2(fresh.snapshot(true) == before, "a refused example load changed the database");
    fresh.cleanup();
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
