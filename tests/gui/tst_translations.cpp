// The German catalogue is built into the program and used when the system locale is German: the
// window's menus in process, and a store error from bifrostctl started with LANG=de_DE.
#include "common/translations.h"
#include "guitestutil.h"
#include "mainwindow/mainwindow.h"

#include <QMenuBar>
#include <QProcess>
#include <QTranslator>

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void germanMenus();
    void germanStoreErrorFromTheCli();
};

void TestTranslations::germanMenus() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    bifrost::installTranslations(*QCoreApplication::instance());
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    bifrost::MainWindow window(f.session());
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::germanStoreErrorFromTheCli() {
    QTemporaryDir dir;
    QProcess ctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    ctl.setProcessEnvironment(env);
    ctl.start(qEnvironmentVariable("BIFROSTCTL"),
              {QStringLiteral("--db"), dir.filePath(QStringLiteral("t.db")), QStringLiteral("org"),
               QStringLiteral("rename"), QStringLiteral("Nowhere"), QStringLiteral("Elsewhere")});
    QVERIFY(ctl.waitForFinished(30000));
    QCOMPARE(ctl.exitCode(), 3);
    const QString err = QString::fromUtf8(ctl.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Nowhere")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("no organization named")), qPrintable(err));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
