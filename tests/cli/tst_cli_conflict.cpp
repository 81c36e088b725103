// Row versions between processes (issue 7): two real bifrostctl processes write the same key with
// --if-version from the same read; exactly one wins, the other exits 4 naming who changed it, and
// nothing is lost. Every test runs on SQLite and on PostgreSQL (the throwaway cluster of
// scripts/with-postgres; without it the PostgreSQL rows fail and say so).
#include "clitest.h"
#include "testdatabase.h"

#include <QProcess>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

// A new database on `engine`, whatever BIFROST_TEST_ENGINE this run has.
QString freshOn(const QString &engine, const QString &dir) {
    const QByteArray was = qgetenv("BIFROST_TEST_ENGINE");
    qputenv("BIFROST_TEST_ENGINE", engine.toUtf8());
    const QString location = testdb::fresh(dir);
    if (was.isNull())
        qunsetenv("BIFROST_TEST_ENGINE");
    else
        qputenv("BIFROST_TEST_ENGINE", was);
    return location;
}

// Starts `bifrostctl --db DB args...` without waiting for it.
std::unique_ptr<QProcess> start(const CtlRunner &ctl, const QString &db, const QStringList &args) {
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(ctl.environment());
    p->start(CtlRunner::program(), QStringList{u"--db"_s, db} + args);
    p->closeWriteChannel();
    return p;
}

CtlResult finish(QProcess &p) {
    return finishProcess(p, 60000);
}

} // namespace

class TestCliConflict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void twoProcessesOneWins_data();
    void twoProcessesOneWins();
    void removeAndRecreateGivesNewVersion_data();
    void removeAndRecreateGivesNewVersion();
    void mappingAndIntegrationVersions_data();
    void mappingAndIntegrationVersions();
    void ifVersionRules_data();
    void ifVersionRules();

private:
    // A database on the row's engine with integration "Halo" (key base_url), organization
    // "Contoso" and base_url = https://a for Contoso; false (after a warning) on failure.
    bool setUp();
    CtlResult run(const Args &args, const QByteArray &input = {}) const {
        return m_ctl->runRaw(QStringList{u"--db"_s, m_db} + args.list(), input);
    }
    QJsonDocument json(const Args &args) const {
        const CtlResult r = run(args);
        if (r.exitCode != 0)
            qWarning("`%s` exited %d: %s", describe(args).constData(), r.exitCode, r.err.constData());
        return r.json();
    }
    // The version of base_url at Contoso's level, as `config list --json` shows it.
    qint64 version(const QString &key = u"base_url"_s) const {
        for (const QJsonValue &v : json({"config", "list", "Halo", "--org", "Contoso", "--json"}).array()) {
            if (v["key"_L1].toString() == key)
                return v["version"_L1].toInteger(-1);
        }
        return -1;
    }
    QJsonArray history() const { return json({"history", "Halo", "--org", "Contoso", "--json"}).array(); }
    void addEngineRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CtlRunner> m_ctl;
    QString m_db;
    // PostgreSQL: the same database as two other login roles, so that the history tells the
    // two writers apart. SQLite has one actor, the OS user: both are m_db.
    QString m_alice, m_bob;
};

void TestCliConflict::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(!CtlRunner::program().isEmpty(), "BIFROSTCTL is not set");
}

void TestCliConflict::cleanup() {
    m_ctl.reset();
    m_dir.reset();
}

void TestCliConflict::addEngineRows() {
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

bool TestCliConflict::setUp() {
    QFETCH(QString, engine);
    if (engine == "postgresql"_L1) {
        qputenv("BIFROST_TEST_ENGINE", "postgresql");
        const QString problem = testdb::setupError();
        qunsetenv("BIFROST_TEST_ENGINE");
        if (!problem.isEmpty()) {
            QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
            return false;
        }
    }
    m_db = freshOn(engine, m_dir->path());
    if (m_db.isEmpty())
        return false;
    m_ctl = std::make_unique<CtlRunner>(m_db);
    m_ctl->setWithoutTerminal(true);
    for (const char *name : {"BIFROST_DB", "BIFROST_SECRETS", "BIFROST_VAULT", "BIFROST_VAULT_PASSPHRASE"})
        m_ctl->environment().remove(QString::fromLatin1(name));
    // PostgreSQL keeps secrets in the team store: the first command that needs the key sets it up.
    if (engine == "postgresql"_L1)
        m_ctl->environment().insert(u"BIFROST_TEAM_PASSPHRASE"_s, u"conflict-suite passphrase 7f3a"_s);
    const QString schema = m_dir->filePath(u"schema.json"_s);
    QFile f(schema);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(R"([{"key": "base_url", "type": "string"}, {"key": "token", "type": "secret"}])");
    f.close();
    const QList<Args> steps{{"integration", "create", "Halo"},
                            {"schema", "set", "Halo", "--file", schema},
                            {"org", "add", "Contoso"},
                            {"config", "set", "Halo", "base_url", "https://a", "--org", "Contoso"}};
    for (const Args &step : steps) {
        if (!succeeded(step, run(step)))
            return false;
    }
    m_alice = m_bob = m_db;
    if (engine == "postgresql"_L1) {
        // Two colleagues with their own logins, allowed to write the tables.
        qputenv("BIFROST_TEST_ENGINE", "postgresql");
        const QString alice = testdb::createRole(u"alice"_s);
        const QString bob = testdb::createRole(u"bob"_s);
        qunsetenv("BIFROST_TEST_ENGINE");
        if (alice.isEmpty() || bob.isEmpty())
            return false;
        const testdb::detail::PgUrl url = testdb::detail::parsePgUrl(m_db);
        testdb::Connection admin(m_db);
        for (const QString &sql :
             {u"GRANT ALL ON ALL TABLES IN SCHEMA public TO %1, %2"_s.arg(alice, bob),
              u"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1, %2"_s.arg(alice, bob),
              u"GRANT CONNECT, TEMPORARY ON DATABASE %3 TO %1, %2"_s.arg(alice, bob, url.database)}) {
            if (!admin.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(admin.lastError()));
                return false;
            }
        }
        m_alice = testdb::as(m_db, alice);
        m_bob = testdb::as(m_db, bob);
    }
    return true;
}

void TestCliConflict::twoProcessesOneWins_data() {
    addEngineRows();
}

void TestCliConflict::twoProcessesOneWins() {
    QVERIFY(setUp());
    const qint64 loaded = version();
    QVERIFY2(loaded > 0, "config list --json shows no version");
    const int entriesBefore = int(history().size());

    // Both read version `loaded` and write at the same moment.
    const QString v = QString::number(loaded);
    auto alice = start(*m_ctl, m_alice,
                       {u"config"_s, u"set"_s, u"Halo"_s, u"base_url"_s, u"https://alice"_s, u"--org"_s,
                        u"Contoso"_s, u"--if-version"_s, v});
    auto bob = start(*m_ctl, m_bob,
                     {u"config"_s, u"set"_s, u"Halo"_s, u"base_url"_s, u"https://bob"_s, u"--org"_s,
                      u"Contoso"_s, u"--if-version"_s, v});
    const CtlResult a = finish(*alice);
    const CtlResult b = finish(*bob);
    QVERIFY2((a.exitCode == 0) != (b.exitCode == 0),
             qPrintable(u"exactly one must win; alice exited %1 (%2), bob %3 (%4)"_s.arg(a.exitCode)
                            .arg(a.errText())
                            .arg(b.exitCode)
                            .arg(b.errText())));
    const bool aliceWon = a.exitCode == 0;
    const CtlResult &loser = aliceWon ? b : a;
    const QString winnerValue = aliceWon ? u"https://alice"_s : u"https://bob"_s;
    CLI_EXPECT_FAIL(loser, 4);

    // Nothing lost: one more entry, the winner's, and the stored value is the winner's.
    const QJsonArray entries = history();
    QCOMPARE(int(entries.size()), entriesBefore + 1);
    const QJsonObject newest = entries.first().toObject();
    QCOMPARE(newest["action"_L1].toString(), u"config.set"_s);
    QCOMPARE(newest["new_value"_L1].toString(), winnerValue);
    const QString winnerActor = newest["actor"_L1].toString();
    QVERIFY(!winnerActor.isEmpty());
    if (m_alice != m_bob) {
        // PostgreSQL: the history's actor is the login role of the process that won.
        QVERIFY2(winnerActor == testdb::detail::parsePgUrl(aliceWon ? m_alice : m_bob).user,
                 qPrintable(winnerActor));
    }
    const QJsonDocument got = json({"get", "Halo", "--org", "Contoso"});
    QCOMPARE(got["config"_L1]["base_url"_L1].toString(), winnerValue);
    QVERIFY(version() > loaded);

    // The loser's message: what, who, when, old -> new, and that nothing was saved.
    const QString message = loser.errText();
    for (const QString &part :
         {u"config \"base_url\" of \"Halo\" for \"Contoso\""_s, u"changed by %1 at "_s.arg(winnerActor),
          u" UTC "_s, u"(https://a -> %1)"_s.arg(winnerValue), u"nothing was saved"_s})
        QVERIFY2(message.contains(part), qPrintable(u"`%1` lacks `%2`"_s.arg(message.trimmed(), part)));

    // Reloaded, the loser's write goes through.
    CLI_EXPECT_OK(run({"config", "set", "Halo", "base_url", "https://again", "--org", "Contoso",
                       "--if-version", QString::number(version())}));
}

void TestCliConflict::removeAndRecreateGivesNewVersion_data() {
    addEngineRows();
}

void TestCliConflict::removeAndRecreateGivesNewVersion() {
    QVERIFY(setUp());
    const qint64 first = version();
    QVERIFY(first > 0);
    CLI_EXPECT_OK(run(
        {"config", "unset", "Halo", "base_url", "--org", "Contoso", "--if-version", QString::number(first)}));
    QCOMPARE(version(), qint64(0));
    // 0: must not exist yet.
    CLI_EXPECT_OK(
        run({"config", "set", "Halo", "base_url", "https://a", "--org", "Contoso", "--if-version", "0"}));
    const qint64 again = version();
    QVERIFY2(again > first, qPrintable(u"%1 after %2"_s.arg(again).arg(first)));

    // Same value as first loaded, but a writer that loaded it before the unset is refused (ABA).
    const CtlResult stale = run({"config", "set", "Halo", "base_url", "https://z", "--org", "Contoso",
                                 "--if-version", QString::number(first)});
    CLI_EXPECT_FAIL(stale, 4);
    QVERIFY2(stale.errText().contains(u"((none) -> https://a)"_s), qPrintable(stale.errText()));
    const CtlResult exists =
        run({"config", "set", "Halo", "base_url", "https://z", "--org", "Contoso", "--if-version", "0"});
    CLI_EXPECT_FAIL(exists, 4);
    QCOMPARE(json({"get", "Halo", "--org", "Contoso"})["config"_L1]["base_url"_L1].toString(),
             u"https://a"_s);

    // A removal from under a loaded value is named as one.
    CLI_EXPECT_OK(run({"config", "unset", "Halo", "base_url", "--org", "Contoso"}));
    const CtlResult removed = run({"config", "set", "Halo", "base_url", "https://z", "--org", "Contoso",
                                   "--if-version", QString::number(again)});
    CLI_EXPECT_FAIL(removed, 4);
    QVERIFY2(removed.errText().contains(u"was removed by"_s), qPrintable(removed.errText()));

    // Secrets: the message says only that it changed, never the value.
    const QString firstSecret = newSecret("token");
    const QString second = newSecret("token");
    CLI_EXPECT_OK(run({"config", "set", "Halo", "token", "--stdin", "--org", "Contoso", "--if-version", "0"},
                      firstSecret.toUtf8()));
    const QString loadedSecret = QString::number(version(u"token"_s));
    CLI_EXPECT_OK(run({"config", "set", "Halo", "token", "--stdin", "--org", "Contoso"}, second.toUtf8()));
    const CtlResult secret =
        run({"config", "set", "Halo", "token", "--stdin", "--org", "Contoso", "--if-version", loadedSecret},
            newSecret("token").toUtf8());
    CLI_EXPECT_FAIL(secret, 4);
    QVERIFY2(secret.errText().contains(u"(secret changed)"_s), redact(secret.err).constData());
    QVERIFY(!secret.err.contains(firstSecret.toUtf8()) && !secret.err.contains(second.toUtf8()));
}

void TestCliConflict::mappingAndIntegrationVersions_data() {
    addEngineRows();
}

void TestCliConflict::mappingAndIntegrationVersions() {
    QVERIFY(setUp());
    CLI_EXPECT_OK(
        run({"mapping", "set", "Halo", "--org", "Contoso", "--entity-id", "1", "--if-version", "0"}));
    const QJsonArray mappings = json({"mapping", "list", "Halo", "--json"}).array();
    QCOMPARE(mappings.size(), 1);
    const qint64 mv = mappings.first()["version"_L1].toInteger();
    QVERIFY(mv > 0);
    CLI_EXPECT_FAIL(
        run({"mapping", "set", "Halo", "--org", "Contoso", "--entity-id", "2", "--if-version", "0"}), 4);
    CLI_EXPECT_OK(run({"mapping", "set", "Halo", "--org", "Contoso", "--entity-id", "2", "--if-version",
                       QString::number(mv)}));
    const CtlResult stale =
        run({"mapping", "remove", "Halo", "--org", "Contoso", "--if-version", QString::number(mv)});
    CLI_EXPECT_FAIL(stale, 4);
    QVERIFY2(stale.errText().contains(u"the mapping of \"Halo\" for \"Contoso\" was changed by"_s) &&
                 stale.errText().contains(u"(1 -> 2)"_s),
             qPrintable(stale.errText()));
    QCOMPARE(json({"mapping", "list", "Halo", "--json"}).array().first()["entity_id"_L1].toString(), u"2"_s);

    const QJsonObject shown = json({"integration", "show", "Halo", "--json"}).object();
    const qint64 iv = shown["version"_L1].toInteger();
    QVERIFY(iv > 0 && shown["schema_version"_L1].toInteger() > 0);
    CLI_EXPECT_OK(run(
        {"integration", "update", "Halo", "--description", "tickets", "--if-version", QString::number(iv)}));
    const CtlResult rename =
        run({"integration", "rename", "Halo", "HaloPSA", "--if-version", QString::number(iv)});
    CLI_EXPECT_FAIL(rename, 4);
    QVERIFY2(rename.errText().contains(u"integration \"Halo\" was changed by"_s),
             qPrintable(rename.errText()));
    const qint64 now = json({"integration", "show", "Halo", "--json"})["version"_L1].toInteger();
    QVERIFY(now > iv);
    CLI_EXPECT_OK(run({"integration", "rename", "Halo", "HaloPSA", "--if-version", QString::number(now)}));
}

void TestCliConflict::ifVersionRules_data() {
    addEngineRows();
}

void TestCliConflict::ifVersionRules() {
    QVERIFY(setUp());
    CLI_EXPECT_OK(run({"org", "add", "Globex"}));
    // Not a number, or a negative one: invalid input.
    CLI_EXPECT_FAIL(run({"config", "set", "Halo", "base_url", "https://b", "--if-version", "abc"}), 2);
    CLI_EXPECT_FAIL(run({"config", "set", "Halo", "base_url", "https://b", "--if-version", "-1"}), 2);
    // Several levels: once for all, or once per --org in order; nothing written on a mismatch.
    CLI_EXPECT_FAIL(run({"config", "set", "Halo", "base_url", "https://b", "--org", "Contoso", "--org",
                         "Globex", "--if-version", "0", "--if-version", "0", "--if-version", "0"}),
                    2);
    const QString contoso = QString::number(version());
    CLI_EXPECT_FAIL(run({"config", "set", "Halo", "base_url", "https://b", "--org", "Contoso", "--org",
                         "Globex", "--if-version", "0"}),
                    4);
    QCOMPARE(json({"get", "Halo", "--org", "Globex"})["config"_L1].toObject().contains("base_url"_L1), false);
    CLI_EXPECT_OK(run({"config", "set", "Halo", "base_url", "https://b", "--org", "Contoso", "--org",
                       "Globex", "--if-version", contoso, "--if-version", "0"}));
    // After one bulk set both levels share a version, so one --if-version serves both.
    const QString shared = QString::number(version());
    CLI_EXPECT_OK(run({"config", "unset", "Halo", "base_url", "--org", "Contoso", "--org", "Globex",
                       "--if-version", shared}));
    QCOMPARE(version(), qint64(0));
}

QTEST_GUILESS_MAIN(TestCliConflict)
#include "tst_cli_conflict.moc"
