// DatabaseLocation::parse: what --db, BIFROST_DB and Preferences accept, and the messages for what
// they refuse (a password in the URL above all).
#include "store/databaselocation.h"

#include <QDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace bifrost;

class TestDatabaseLocation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainPathIsSqlite() {
        auto parsed = DatabaseLocation::parse(QStringLiteral("/tmp/a/bifrost.db"));
        QVERIFY(parsed);
        QVERIFY(!parsed->isPostgres());
        QCOMPARE(parsed->path, QStringLiteral("/tmp/a/bifrost.db"));
        QCOMPARE(parsed->display(), QStringLiteral("/tmp/a/bifrost.db"));
    }

    void relativePathBecomesAbsolute() {
        auto parsed = DatabaseLocation::parse(QStringLiteral("data/b.db"));
        QVERIFY(parsed);
        QCOMPARE(parsed->path, QDir::current().absoluteFilePath(QStringLiteral("data/b.db")));
    }

    void sqlitePrefix() {
        auto parsed = DatabaseLocation::parse(QStringLiteral("sqlite:/var/x.db"));
        QVERIFY(parsed);
        QVERIFY(!parsed->isPostgres());
        QCOMPARE(parsed->path, QStringLiteral("/var/x.db"));
        auto url = DatabaseLocation::parse(QStringLiteral("sqlite:///var/x.db"));
        QVERIFY(url);
        QCOMPARE(url->path, QStringLiteral("/var/x.db"));
        auto empty = DatabaseLocation::parse(QStringLiteral("sqlite:"));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
        QCOMPARE(empty.error().field, QStringLiteral("db"));
    }

    void emptyIsRefused() {
        auto parsed = DatabaseLocation::parse(QStringLiteral("  "));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().field, QStringLiteral("db"));
    }

    void fullPostgresUrl() {
        auto parsed = DatabaseLocation::parse(
            QStringLiteral("postgresql://alice@db.example.com:6543/team?sslmode=require"));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QVERIFY(parsed->isPostgres());
        QCOMPARE(parsed->user, QStringLiteral("alice"));
        QCOMPARE(parsed->host, QStringLiteral("db.example.com"));
        QCOMPARE(parsed->port, 6543);
        QCOMPARE(parsed->database, QStringLiteral("team"));
        QCOMPARE(parsed->sslMode, QStringLiteral("require"));
        QCOMPARE(parsed->display(),
                 QStringLiteral("postgresql://alice@db.example.com:6543/team?sslmode=require"));
        QCOMPARE(parsed->passwordKey(), QStringLiteral("postgresql/alice@db.example.com:6543/team"));
        // The display form reads back as the same location.
        auto again = DatabaseLocation::parse(parsed->display());
        QVERIFY(again);
        QCOMPARE(again->display(), parsed->display());
    }

    void postgresSchemeAndDefaults() {
        auto parsed = DatabaseLocation::parse(QStringLiteral("postgres://bob@127.0.0.1/msp"));
        QVERIFY(parsed);
        QVERIFY(parsed->isPostgres());
        QCOMPARE(parsed->port, 5432);
        QVERIFY(parsed->sslMode.isEmpty());
        QCOMPARE(parsed->display(), QStringLiteral("postgresql://bob@127.0.0.1:5432/msp"));
    }

    void userDefaultsToOsUser() {
        QString osUser;
        if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
            osUser = QString::fromLocal8Bit(pw->pw_name);
        if (osUser.isEmpty())
            osUser = qEnvironmentVariable("USER");
        auto parsed = DatabaseLocation::parse(QStringLiteral("postgresql://db.local:5433/msp"));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->user, osUser);
        QCOMPARE(parsed->host, QStringLiteral("db.local"));
        QCOMPARE(parsed->port, 5433);
    }

    void percentEncodedNames() {
        auto parsed = DatabaseLocation::parse(QStringLiteral("postgresql://ali%40ce@h:1/my%20db"));
        QVERIFY(parsed);
        QCOMPARE(parsed->user, QStringLiteral("ali@ce"));
        QCOMPARE(parsed->database, QStringLiteral("my db"));
        auto again = DatabaseLocation::parse(parsed->display());
        QVERIFY(again);
        QCOMPARE(again->user, QStringLiteral("ali@ce"));
        QCOMPARE(again->database, QStringLiteral("my db"));
    }

    void ipv6Host() {
        auto parsed = DatabaseLocation::parse(QStringLiteral("postgresql://u@[::1]:5433/d"));
        QVERIFY(parsed);
        QCOMPARE(parsed->host, QStringLiteral("::1"));
        QCOMPARE(parsed->display(), QStringLiteral("postgresql://u@[::1]:5433/d"));
    }

    void passwordIsRefusedWithoutBeingRepeated() {
        for (const QString &url : {QStringLiteral("postgresql://alice:s3cretPW@db:5432/team"),
                                   QStringLiteral("postgres://alice:s3cretPW@db/team"),
                                   QStringLiteral("postgresql://:s3cretPW@db/team")}) {
            auto parsed = DatabaseLocation::parse(url);
            QVERIFY2(!parsed, qPrintable(url));
            QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
            QCOMPARE(parsed.error().field, QStringLiteral("db"));
            QVERIFY(parsed.error().message.contains(QLatin1String("password")));
            QVERIFY(parsed.error().message.contains(QLatin1String("PGPASSFILE")));
            QVERIFY2(!parsed.error().message.contains(QLatin1String("s3cretPW")),
                     qPrintable(parsed.error().message));
        }
    }

    void badUrlsNameTheProblem_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no database") << QStringLiteral("postgresql://u@h:5432")
                                     << QStringLiteral("database name");
        QTest::newRow("empty database")
            << QStringLiteral("postgresql://u@h:5432/") << QStringLiteral("database name");
        QTest::newRow("nested path") << QStringLiteral("postgresql://u@h/a/b") << QStringLiteral("a/b");
        QTest::newRow("no host") << QStringLiteral("postgresql://u@:5432/d") << QStringLiteral("host");
        QTest::newRow("port out of range")
            << QStringLiteral("postgresql://u@h:70000/d") << QStringLiteral("port");
        QTest::newRow("port zero") << QStringLiteral("postgresql://u@h:0/d") << QStringLiteral("port");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://u@h/d?application_name=x") << QStringLiteral("application_name");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://u@h/d?sslmode=always")
                                     << QStringLiteral("always");
        QTest::newRow("no slashes") << QStringLiteral("postgresql:u@h/d") << QStringLiteral("//");
        QTest::newRow("other scheme") << QStringLiteral("mysql://u@h/d") << QStringLiteral("mysql");
    }
    void badUrlsNameTheProblem() {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        auto parsed = DatabaseLocation::parse(url);
        QVERIFY2(!parsed, qPrintable(url));
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().field, QStringLiteral("db"));
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
