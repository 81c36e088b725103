// bifrostctl history end to end: real bifrostctl processes on a real database and the real
// keychain (run under scripts/with-keyring). Changes made with the CLI show up in `history`, as
// a table and as JSON, filtered by integration and organization, limited, and secret values
// never appear.
#include "clitest.h"

#include <pwd.h>
#include <unistd.h>

using namespace clitest;
using namespace Qt::StringLiterals;

class TestCliHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder"); }
    void cleanup() { env.cleanup(); }

    void tableShowsChangesNewestFirst();
    void jsonEntries();
    void filterByOrganizationAndRenames();
    void limit();
    void failedCommandLeavesNoEntry();
    void secretsNeverAppear();
    void errors();

private:
    bool setUp();
    QJsonArray history(const Args &args = {}) const {
        return env.json(Args{"history"} + args + Args{"--json"}).array();
    }

    CliEnv env;
};

bool TestCliHistory::setUp() {
    return env.ok({"org", "add", "Contoso"}) && env.ok({"org", "add", "Fabrikam"}) &&
           env.ok({"integration", "create", "halo"}) &&
           env.setSchema("halo", R"([{"key": "url", "type": "string"}, {"key": "retries", "type": "int"},
                                     {"key": "token", "type": "secret"}, {"key": "extra", "type": "json"}])") &&
           env.ok({"integration", "create", "graph"}) &&
           env.setSchema("graph", R"([{"key": "region", "type": "string"}])");
}

void TestCliHistory::tableShowsChangesNewestFirst() {
    QVERIFY(setUp());
    QVERIFY(env.ok({"config", "set", "halo", "url", "https://a.example"}));
    QVERIFY(env.ok({"config", "set", "halo", "url", "https://b.example"}));
    QVERIFY(env.ok({"config", "set", "halo", "retries", "5", "--org", "Contoso"}));
    QVERIFY(
        env.ok({"config", "set", "halo", "extra",
                R"({"tags": ["one", "two", "three"], "note": "a rather long JSON value for the table"})"}));
    QVERIFY(env.ok(
        {"mapping", "set", "halo", "--org", "Contoso", "--entity-id", "42", "--entity-name", "Contoso Ltd"}));
    QVERIFY(env.ok({"config", "unset", "halo", "retries", "--org", "Contoso"}));

    const CtlResult r = env.run({"history", "halo"});
    CLI_EXPECT_OK(r);
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 9, qPrintable(r.outText())); // header + 8 entries
    for (const char *header :
         {"TIME", "ACTOR", "ACTION", "INTEGRATION", "ORGANIZATION/LEVEL", "KEY", "CHANGE"})
        QVERIFY2(lines.at(0).contains(QLatin1String(header)), qPrintable(lines.at(0)));
    const auto row = [&](int i) { return lines.at(i).simplified(); };
    QVERIFY2(row(1).contains(u"config.unset halo Contoso retries 5 -> (none)"_s), qPrintable(row(1)));
    QVERIFY2(row(2).contains(u"mapping.set halo Contoso (none) -> 42 (Contoso Ltd)"_s), qPrintable(row(2)));
    QVERIFY2(row(3).contains(u"config.set halo default extra (none) -> {\"note\""_s), qPrintable(row(3)));
    QVERIFY2(row(3).contains(QChar(0x2026)), "a long JSON value is shortened");
    QVERIFY2(!row(3).contains(u"three"_s), qPrintable(row(3)));
    QVERIFY2(row(4).contains(u"config.set halo Contoso retries (none) -> 5"_s), qPrintable(row(4)));
    QVERIFY2(row(5).contains(u"config.set halo default url https://a.example -> https://b.example"_s),
             qPrintable(row(5)));
    QVERIFY2(row(6).contains(u"config.set halo default url (none) -> https://a.example"_s),
             qPrintable(row(6)));
    QVERIFY2(row(7).contains(u"schema.change halo Schema: added url, retries, token, extra."_s),
             qPrintable(row(7)));
    QVERIFY2(row(8).contains(u"integration.create halo"_s), qPrintable(row(8)));
    // Time in local time to the minute, then the OS user (on PostgreSQL the login role: the
    // test URLs log in as the cluster's superuser).
    const passwd *pw = ::getpwuid(::getuid());
    QVERIFY(pw);
    const QString actor = onPostgres() ? qEnvironmentVariable("BIFROST_TEST_PG_SUPERUSER")
                                       : QString::fromLocal8Bit(pw->pw_name);
    QVERIFY(!actor.isEmpty());
    const QString today = QDateTime::currentDateTime().toString(u"yyyy-MM-dd"_s);
    const QRegularExpression start(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d "_s +
                                   QRegularExpression::escape(actor) + u" "_s);
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(start.match(row(i)).hasMatch(), qPrintable(row(i)));
    QVERIFY(row(1).startsWith(today) || QTime::currentTime().hour() == 0);

    // Without a name: every integration and the organizations too.
    const CtlResult everything = env.run({"history"});
    CLI_EXPECT_OK(everything);
    QVERIFY(everything.outText().contains(u"organization.add"_s));
    QVERIFY(everything.outText().contains(u"graph"_s));
}

void TestCliHistory::jsonEntries() {
    QVERIFY(setUp());
    QVERIFY(env.ok({"config", "set", "halo", "retries", "3", "--org", "Contoso"}));
    QVERIFY(env.ok({"config", "set", "halo", "retries", "4", "--org", "Contoso"}));
    const QJsonArray entries = history({"halo", "--limit", "2"});
    QCOMPARE(entries.size(), 2);
    const QJsonObject latest = entries.at(0).toObject();
    const QJsonObject expected{{u"action"_s, u"config.set"_s},
                               {u"integration_id"_s, env.integrationId("halo")},
                               {u"integration_name"_s, u"halo"_s},
                               {u"organization_id"_s, env.orgId("Contoso")},
                               {u"organization_name"_s, u"Contoso"_s},
                               {u"level"_s, u"override"_s},
                               {u"key"_s, u"retries"_s},
                               {u"old_value"_s, 3},
                               {u"new_value"_s, 4},
                               {u"secret"_s, false},
                               {u"detail"_s, QJsonValue::Null}};
    for (auto it = expected.begin(); it != expected.end(); ++it)
        CLI_EXPECT_JSON(QJsonArray{latest.value(it.key())}, QJsonArray{it.value()});
    QVERIFY(latest.value("id"_L1).toInteger() > entries.at(1)["id"_L1].toInteger());
    QVERIFY(QDateTime::fromString(latest.value("at"_L1).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(!latest.value("actor"_L1).toString().isEmpty());
    QCOMPARE(entries.at(1)["old_value"_L1].type(), QJsonValue::Null);
    // An empty history is an empty array.
    QVERIFY(env.ok({"integration", "create", "quiet"}));
    const QJsonArray none = history({"quiet", "--org", "Fabrikam"});
    QVERIFY(none.isEmpty());
    const CtlResult text = env.run({"history", "quiet", "--org", "Fabrikam"});
    CLI_EXPECT_OK(text);
    QVERIFY(text.outText().contains(u"No changes recorded."_s));
}

void TestCliHistory::filterByOrganizationAndRenames() {
    QVERIFY(setUp());
    QVERIFY(env.ok({"config", "set", "halo", "url", "c", "--org", "Contoso"}));
    QVERIFY(env.ok({"config", "set", "halo", "url", "f", "--org", "Fabrikam"}));
    QVERIFY(env.ok({"config", "set", "graph", "region", "eu", "--org", "Contoso"}));
    QVERIFY(env.ok({"config", "set", "halo", "url", "d"}));

    const QJsonArray contoso = history({"--org", "contoso"});
    QCOMPARE(contoso.size(), 3); // add, two overrides
    for (const QJsonValue &e : contoso)
        QCOMPARE(e["organization_name"_L1].toString(), u"Contoso"_s);
    const QJsonArray haloContoso = history({"halo", "--org", "Contoso"});
    QCOMPARE(haloContoso.size(), 1);
    QCOMPARE(haloContoso.at(0)["new_value"_L1].toString(), u"c"_s);

    // Renames: entries keep the names they were written with and stay findable by either.
    QVERIFY(env.ok({"integration", "rename", "halo", "halopsa"}));
    QVERIFY(env.ok({"org", "rename", "Contoso", "Contoso Group"}));
    const QJsonArray byNew = history({"halopsa", "--org", "Contoso Group"});
    QCOMPARE(byNew.size(), 1);
    QCOMPARE(byNew.at(0)["integration_name"_L1].toString(), u"halo"_s);
    QCOMPARE(history({"halo", "--org", "Contoso"}).size(), 1);
    const CtlResult table = env.run({"history", "halopsa"});
    CLI_EXPECT_OK(table);
    QVERIFY(table.outText().contains(u"integration.rename"_s));
    QVERIFY(table.outText().contains(u"halo -> halopsa"_s));

    // Deleted: still listed by its last name and by its old one.
    QVERIFY(env.ok({"integration", "delete", "halopsa", "--force"}));
    QVERIFY(env.ok({"org", "remove", "Contoso Group", "--force"}));
    const QJsonArray deleted = history({"halopsa"});
    QCOMPARE(deleted.at(0)["action"_L1].toString(), u"integration.delete"_s);
    QCOMPARE(history({"halo"}).size(), deleted.size());
    QCOMPARE(history({"--org", "Contoso"}).at(0)["action"_L1].toString(), u"organization.remove"_s);
}

void TestCliHistory::limit() {
    QVERIFY(setUp());
    for (int i = 0; i < 60; ++i)
        QVERIFY(env.ok({"config", "set", "graph", "region", QString::number(i)}));
    QCOMPARE(history().size(), 50); // the default
    QCOMPARE(history({"--limit", "7"}).size(), 7);
    QCOMPARE(history({"graph", "--limit", "10000"}).size(), 62); // create, schema, 60 values
    const CtlResult text = env.run({"history", "graph", "--limit", "3"});
    CLI_EXPECT_OK(text);
    QCOMPARE(text.outText().count(u'\n'), 4);
    QVERIFY(text.outText().contains(u"58 -> 59"_s));
}

void TestCliHistory::failedCommandLeavesNoEntry() {
    QVERIFY(setUp());
    QVERIFY(env.ok({"config", "set", "halo", "retries", "2"}));
    const QJsonArray before = history({"--limit", "10000"});
    // Two organizations, the second unknown: all or nothing, and no entry.
    CLI_EXPECT_FAIL(env.run({"config", "set", "halo", "url", "x", "--org", "Contoso", "--org", "Nowhere"}),
                    3);
    CLI_EXPECT_FAIL(env.run({"config", "set", "halo", "retries", "12abc"}), 2);
    CLI_EXPECT_FAIL(env.run({"org", "add", "contoso"}), 4);
    // A schema change that would drop a value, without --force.
    const QString schema = env.writeFile(u"narrow.json"_s, R"([{"key": "url", "type": "string"}])");
    CLI_EXPECT_FAIL(env.run({"schema", "set", "halo", "--file", schema}), 4);
    CLI_EXPECT_JSON(history({"--limit", "10000"}), before);
}

void TestCliHistory::secretsNeverAppear() {
    QVERIFY(setUp());
    const QString first = newSecret("hist-cli-a");
    const QString second = newSecret("hist-cli-b");
    QVERIFY(env.setSecret("halo", "token", first));
    QVERIFY(env.setSecret("halo", "token", second, "Contoso"));
    QVERIFY(env.ok({"config", "unset", "halo", "token"}));
    const CtlResult text = env.run({"history", "halo"});
    CLI_EXPECT_OK(text);
    QCOMPARE(text.outText().count(u"(secret changed)"_s), 3);
    const CtlResult json = env.run({"history", "halo", "--json"});
    CLI_EXPECT_OK(json);
    int secrets = 0;
    for (const QJsonValue &e : json.json().array()) {
        if (e["key"_L1].toString() != "token"_L1)
            continue;
        ++secrets;
        QVERIFY(e["secret"_L1].toBool());
        QCOMPARE(e["old_value"_L1].type(), QJsonValue::Null);
        QCOMPARE(e["new_value"_L1].type(), QJsonValue::Null);
    }
    QCOMPARE(secrets, 3);
    const QByteArray everything = text.out + text.err + json.out + json.err + env.databaseFiles();
    for (const QString &secret : {first, second})
        QVERIFY2(!everything.contains(secret.toUtf8()),
                 "a secret value appeared in the history or the database");
}

void TestCliHistory::errors() {
    QVERIFY(setUp());
    CLI_EXPECT_FAIL(env.run({"history", "nope"}), 3);
    CLI_EXPECT_FAIL(env.run({"history", "--org", "Nobody"}), 3);
    CLI_EXPECT_FAIL(env.run({"history", "--org", ""}), 2);
    CLI_EXPECT_FAIL(env.run({"history", "--limit", "0"}), 2);
    CLI_EXPECT_FAIL(env.run({"history", "--limit", "10001"}), 2);
    CLI_EXPECT_FAIL(env.run({"history", "--limit", "lots"}), 2);
    CLI_EXPECT_FAIL(env.run({"history", "halo", "graph"}), 2);
    const CtlResult r = env.run({"history", "--limit", "0"});
    QVERIFY2(r.errText().contains(u"limit"_s), qPrintable(r.errText()));
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
