// Smoke test: both programs start, report their version and exit cleanly.
#include "ctlrunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

class TestSmoke : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bifrostctlVersion();
    void bifrostAdminStartsAndQuits();
};

void TestSmoke::bifrostctlVersion() {
    QVERIFY2(!CtlRunner::program().isEmpty(), "BIFROSTCTL is not set; run the suite through CTest");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("unused.db"));
    CtlRunner ctl(db);
    const CtlResult r = ctl.runRaw({QStringLiteral("--version")});
    CTL_EXPECT(r, 0);
    QCOMPARE(r.outText(), QStringLiteral("bifrostctl " BIFROST_VERSION "\n"));
    QVERIFY(r.err.isEmpty());
    // Printing the version touches no database.
    const CtlResult withDb = ctl.run({QStringLiteral("--version")});
    CTL_EXPECT(withDb, 0);
    QCOMPARE(withDb.out, r.out);
    QVERIFY(!QFileInfo::exists(db));
}

void TestSmoke::bifrostAdminStartsAndQuits() {
    const QString program = qEnvironmentVariable("BIFROST_ADMIN");
    QVERIFY2(!program.isEmpty(), "BIFROST_ADMIN is not set; run the suite through CTest");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("admin.db"));

    // A database that bifrostctl already wrote: the window opens on existing data.
    CtlRunner ctl(db);
    CTL_EXPECT(ctl.run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("Acme")}), 0);

    QProcess admin;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    admin.setProcessEnvironment(env);
    admin.start(program, {QStringLiteral("--quit-after-start"), QStringLiteral("--db"), db});
    QVERIFY2(admin.waitForStarted(30000), qPrintable(admin.errorString()));
    QVERIFY2(admin.waitForFinished(60000), "bifrost-admin did not quit after starting");
    const QByteArray err = admin.readAllStandardError();
    if (admin.exitStatus() != QProcess::NormalExit || admin.exitCode() != 0)
        qWarning("bifrost-admin stderr: %s", err.constData());
    QCOMPARE(admin.exitStatus(), QProcess::NormalExit);
    QCOMPARE(admin.exitCode(), 0);

    // And the database is still fine for the CLI afterwards.
    const CtlResult listed =
        ctl.run({QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
    CTL_EXPECT(listed, 0);
    QCOMPARE(listed.json().array().size(), 1);

    // A fresh database is created by the app itself.
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(program, {QStringLiteral("--quit-after-start"), QStringLiteral("--db"), fresh});
    QVERIFY(second.waitForFinished(60000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(QFileInfo::exists(fresh));
}

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
