// bifrostctl end to end: several bifrostctl processes writing the same database file at the
// same time, as parallel workflow runs and scripts do. Every command must succeed (writers queue
// on SQLite's lock instead of failing) and every write must land.
#include "clitest.h"

#include <QEventLoop>
#include <QSet>
#include <QTimer>

#include <functional>
#include <vector>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

struct Step {
    QStringList args;
    QByteArray input;
};

struct Outcome {
    QStringList args;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs lanes of commands at once: each lane is a sequence run one process after the other, and
// all lanes run side by side, so that there are always as many bifrostctl processes writing as
// there are lanes. Event driven; a watchdog ends a hung run.
class Lanes {
public:
    Lanes(const CtlRunner &ctl, QList<QList<Step>> lanes)
        : m_ctl(ctl) {
        for (QList<Step> &steps : lanes)
            m_lanes.push_back({std::move(steps), 0, std::make_unique<QProcess>()});
    }

    // False when the watchdog fired first.
    bool run(std::chrono::milliseconds watchdog) {
        QEventLoop loop;
        int running = int(m_lanes.size());
        std::function<void(Lane &)> startNext = [&](Lane &lane) {
            if (lane.next == lane.steps.size()) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            const Step &step = lane.steps.at(lane.next++);
            lane.process->setProcessEnvironment(m_ctl.environment());
            lane.process->start(CtlRunner::program(), QStringList{u"--db"_s, m_ctl.dbPath()} + step.args);
            lane.process->write(step.input);
            lane.process->closeWriteChannel();
        };
        for (Lane &lane : m_lanes) {
            QProcess *p = lane.process.get();
            auto record = [this, &lane, &startNext, p](int exitCode, bool crashed) {
                Outcome o;
                o.args = lane.steps.at(lane.next - 1).args;
                o.exitCode = crashed ? -1 : exitCode;
                o.out = p->readAllStandardOutput();
                o.err = p->readAllStandardError();
                outcomes << o;
                startNext(lane);
            };
            // Queued: the next command starts once this QProcess has completely finished.
            QObject::connect(
                p, &QProcess::finished, &loop,
                [record](int exitCode, QProcess::ExitStatus status) {
                    record(exitCode, status != QProcess::NormalExit);
                },
                Qt::QueuedConnection);
            QObject::connect(
                p, &QProcess::errorOccurred, &loop,
                [record](QProcess::ProcessError error) {
                    if (error == QProcess::FailedToStart)
                        record(-1, true);
                },
                Qt::QueuedConnection);
        }
        QTimer timer;
        timer.setSingleShot(true);
        bool timedOut = false;
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            loop.quit();
        });
        timer.start(watchdog);
        for (Lane &lane : m_lanes)
            startNext(lane);
        if (running > 0)
            loop.exec();
        for (Lane &lane : m_lanes) {
            lane.process->disconnect();
            if (lane.process->state() != QProcess::NotRunning) {
                lane.process->kill();
                lane.process->waitForFinished();
            }
        }
        return !timedOut;
    }

    QList<Outcome> outcomes;

private:
    struct Lane {
        QList<Step> steps;
        qsizetype next = 0;
        std::unique_ptr<QProcess> process;
    };
    const CtlRunner &m_ctl;
    std::vector<Lane> m_lanes;
};

Step step(const Args &args, const QByteArray &input = {}) {
    return {args.list(), input};
}

} // namespace

// Every command of a parallel run exited 0 with nothing on stderr, and there were `count`.
#define EXPECT_ALL_SUCCEEDED(lanes, count)                                                                   \
    do {                                                                                                     \
        QCOMPARE((lanes).outcomes.size(), qsizetype(count));                                                 \
        int failed_ = 0;                                                                                     \
        for (const Outcome &o_ : std::as_const((lanes).outcomes)) {                                          \
            if (o_.exitCode != 0 || !o_.err.isEmpty()) {                                                     \
                ++failed_;                                                                                   \
                qWarning("`%s` exited %d: %s", describe(o_.args).constData(), o_.exitCode,                   \
                         redact(o_.err).constData());                                                        \
            }                                                                                                \
        }                                                                                                    \
        QCOMPARE(failed_, 0);                                                                                \
    } while (false)

class TestCliConcurrency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder"); }
    void cleanup() { env.cleanup(); }

    void orgAddsOnANewDatabase();
    void configSetsAtBothLevels();
    void sameKeyFromTwoProcesses();
    void mixedWriters();
    void secretWrites();

private:
    // SQLite's own check of the file. PostgreSQL has none to ask (its WAL and constraints keep
    // the database consistent): there the database must still answer, and the counts each test
    // checks prove that no write was lost.
    QByteArray integrity() const {
        if (onPostgres())
            return sqlColumn(env.dbPath(), u"SELECT count(*) FROM meta"_s).isEmpty() ? QByteArray("no answer")
                                                                                     : QByteArray("ok");
        return sqlColumn(env.dbPath(), u"PRAGMA integrity_check"_s).value(0).toString().toUtf8();
    }

    CliEnv env;
};

// Two processes race to create and migrate the file (on PostgreSQL: the empty database), then keep
// adding organizations.
void TestCliConcurrency::orgAddsOnANewDatabase() {
    if (onPostgres())
        QCOMPARE(sqlColumn(env.dbPath(),
                           u"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"_s)
                     .value(0)
                     .toInt(),
                 0);
    else
        QVERIFY(!QFile::exists(env.dbPath()));
    QList<Step> a, b;
    for (int i = 0; i < 30; ++i) {
        a << step({"org", "add", QStringLiteral("Alpha %1").arg(i)});
        b << step({"org", "add", QStringLiteral("Beta %1").arg(i)});
    }
    Lanes lanes(env.ctl(), {a, b});
    QVERIFY2(lanes.run(std::chrono::minutes(4)), "the parallel run did not finish");
    EXPECT_ALL_SUCCEEDED(lanes, 60);

    const QJsonArray orgs = env.json({"org", "list", "--json"}).array();
    QSet<QString> names, ids;
    for (const QJsonValue &o : orgs) {
        names.insert(o["name"_L1].toString());
        ids.insert(o["id"_L1].toString());
    }
    QCOMPARE(orgs.size(), 60);
    QCOMPARE(ids.size(), 60);
    for (int i = 0; i < 30; ++i) {
        QVERIFY(names.contains(QStringLiteral("Alpha %1").arg(i)));
        QVERIFY(names.contains(QStringLiteral("Beta %1").arg(i)));
    }
    QCOMPARE(integrity(), QByteArray("ok"));
    // Both processes agree on one database id: the migration ran once.
    QCOMPARE(
        sqlColumn(env.dbPath(), u"SELECT count(*) FROM meta WHERE key = 'database_id'"_s).value(0).toInt(),
        1);
}

// One process writes 30 defaults while another writes 30 overrides of the same integration.
void TestCliConcurrency::configSetsAtBothLevels() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QJsonArray schema;
    for (int i = 0; i < 30; ++i) {
        schema.append(QJsonObject{{u"key"_s, QStringLiteral("a%1").arg(i)}, {u"type"_s, u"int"_s}});
        schema.append(QJsonObject{{u"key"_s, QStringLiteral("b%1").arg(i)}, {u"type"_s, u"int"_s}});
    }
    QVERIFY(env.setSchema("halo", QJsonDocument(schema).toJson()));
    QVERIFY(env.ok({"config", "set", "halo", "b0", "-1"})); // a default under one of the overrides

    QList<Step> defaults, overrides;
    for (int i = 0; i < 30; ++i) {
        defaults << step({"config", "set", "halo", QStringLiteral("a%1").arg(i), QString::number(i)});
        overrides << step({"config", "set", "halo", QStringLiteral("b%1").arg(i), QString::number(1000 + i),
                           "--org", "Acme"});
    }
    Lanes lanes(env.ctl(), {defaults, overrides});
    QVERIFY2(lanes.run(std::chrono::minutes(4)), "the parallel run did not finish");
    EXPECT_ALL_SUCCEEDED(lanes, 60);

    const QJsonObject acme = env.json({"get", "halo", "--org", "Acme", "--explain"}).object();
    const QJsonObject config = acme["config"_L1].toObject();
    const QJsonObject provenance = acme["provenance"_L1].toObject();
    QCOMPARE(config.size(), 60);
    for (int i = 0; i < 30; ++i) {
        const QString a = QStringLiteral("a%1").arg(i), b = QStringLiteral("b%1").arg(i);
        QCOMPARE(config.value(a).toInteger(-99), qint64(i));
        QCOMPARE(provenance.value(a).toString(), u"default"_s);
        QCOMPARE(config.value(b).toInteger(-99), qint64(1000 + i));
        QCOMPARE(provenance.value(b).toString(), u"override"_s);
    }
    const QJsonObject global = env.json({"get", "halo"}).object()["config"_L1].toObject();
    QCOMPARE(global.size(), 31);
    QCOMPARE(global.value("b0"_L1).toInteger(), -1);
    QCOMPARE(integrity(), QByteArray("ok"));
}

// Two processes overwrite the same key 30 times each: all succeed, and the value that stays is
// the last write of one of them.
void TestCliConcurrency::sameKeyFromTwoProcesses() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "shared", "type": "string"}])"));
    QList<Step> a, b;
    for (int i = 0; i < 30; ++i) {
        a << step({"config", "set", "halo", "shared", QStringLiteral("A-%1").arg(i)});
        b << step({"config", "set", "halo", "shared", QStringLiteral("B-%1").arg(i)});
    }
    Lanes lanes(env.ctl(), {a, b});
    QVERIFY2(lanes.run(std::chrono::minutes(4)), "the parallel run did not finish");
    EXPECT_ALL_SUCCEEDED(lanes, 60);
    const QString last = env.json({"get", "halo"}).object()["config"_L1]["shared"_L1].toString();
    QVERIFY2(last == "A-29"_L1 || last == "B-29"_L1, qPrintable(last));
    QCOMPARE(sqlColumn(env.dbPath(), u"SELECT count(*) FROM config_values"_s).value(0).toInt(), 1);
}

// Four kinds of writers at once: organizations, integrations, defaults and overrides.
void TestCliConcurrency::mixedWriters() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QJsonArray schema;
    for (int i = 0; i < 20; ++i)
        schema.append(QJsonObject{{u"key"_s, QStringLiteral("k%1").arg(i)}, {u"type"_s, u"string"_s}});
    QVERIFY(env.setSchema("halo", QJsonDocument(schema).toJson()));

    QList<Step> orgs, integrations, defaults, overrides;
    for (int i = 0; i < 20; ++i) {
        const QString key = QStringLiteral("k%1").arg(i);
        orgs << step({"org", "add", QStringLiteral("Org %1").arg(i)});
        integrations << step({"integration", "create", QStringLiteral("int%1").arg(i)});
        defaults << step({"config", "set", "halo", key, QStringLiteral("default %1").arg(i)});
        overrides << step({"config", "set", "halo", key, QStringLiteral("acme %1").arg(i), "--org", "Acme"});
    }
    Lanes lanes(env.ctl(), {orgs, integrations, defaults, overrides});
    QVERIFY2(lanes.run(std::chrono::minutes(4)), "the parallel run did not finish");
    EXPECT_ALL_SUCCEEDED(lanes, 80);

    QCOMPARE(env.json({"org", "list", "--json"}).array().size(), 21);
    QCOMPARE(env.json({"integration", "list", "--json"}).array().size(), 21);
    const QJsonObject global = env.json({"get", "halo"}).object()["config"_L1].toObject();
    const QJsonObject acme = env.json({"get", "halo", "--org", "Acme"}).object()["config"_L1].toObject();
    for (int i = 0; i < 20; ++i) {
        const QString key = QStringLiteral("k%1").arg(i);
        QCOMPARE(global.value(key).toString(), QStringLiteral("default %1").arg(i));
        QCOMPARE(acme.value(key).toString(), QStringLiteral("acme %1").arg(i));
    }
    QCOMPARE(integrity(), QByteArray("ok"));
}

// Secret writes from two processes: each goes to the keychain and its reference to SQLite.
void TestCliConcurrency::secretWrites() {
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QJsonArray schema;
    for (int i = 0; i < 10; ++i)
        schema.append(QJsonObject{{u"key"_s, QStringLiteral("s%1").arg(i)}, {u"type"_s, u"secret"_s}});
    QVERIFY(env.setSchema("halo", QJsonDocument(schema).toJson()));

    QList<QString> defaults, overrides;
    QList<Step> a, b;
    for (int i = 0; i < 10; ++i) {
        defaults << newSecret("default");
        overrides << newSecret("override");
        a << step({"config", "set", "halo", QStringLiteral("s%1").arg(i), "--stdin"},
                  defaults.last().toUtf8());
        b << step({"config", "set", "halo", QStringLiteral("s%1").arg(i), "--stdin", "--org", "Acme"},
                  overrides.last().toUtf8());
    }
    Lanes lanes(env.ctl(), {a, b});
    QVERIFY2(lanes.run(std::chrono::minutes(4)), "the parallel run did not finish");
    EXPECT_ALL_SUCCEEDED(lanes, 20);

    const QJsonObject global = env.json({"get", "halo"}).object()["config"_L1].toObject();
    const QJsonObject acme = env.json({"get", "halo", "--org", "Acme"}).object()["config"_L1].toObject();
    for (int i = 0; i < 10; ++i) {
        const QString key = QStringLiteral("s%1").arg(i);
        QVERIFY2(global.value(key).toString() == defaults.at(i), qPrintable(key));
        QVERIFY2(acme.value(key).toString() == overrides.at(i), qPrintable(key));
    }
    QCOMPARE(env.secretEntries(), 20);
    const QByteArray files = env.databaseFiles();
    for (const QString &s : defaults + overrides)
        QVERIFY2(!files.contains(s.toUtf8()), "a secret value is in the SQLite files");
}

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cli_concurrency.moc"
