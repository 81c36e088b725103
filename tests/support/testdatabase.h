#pragma once

// The database engine a suite runs against: BIFROST_TEST_ENGINE=postgresql runs it against the
// throwaway cluster of scripts/with-postgres (BIFROST_TEST_PG_*), else SQLite files.
//
//   bool testdb::postgres();                              whether this run uses PostgreSQL
//   QString testdb::fresh(const QString &dir);            a new, empty database: DIR/<n>.db, or a
//                                                          new PostgreSQL database as
//                                                          postgresql://bifrost_super@127.0.0.1:PORT/t_<uuid>
//   QString testdb::createRole(const QString &name);      (PostgreSQL) a new login role, non-superuser,
//                                                          with the cluster's test password; returns
//                                                          its unique name (prefixed to be unique)
//   QString testdb::as(const QString &location, const QString &role);  the same database as another role
//
// Beyond the contract:
//   QString testdb::fresh(dir, fileName)  SQLite: DIR/FILENAME when it does not exist yet (suites whose
//                                          files sit next to the database, e.g. bifrost.vault)
//   QString testdb::setupError();         why this run cannot use its engine ("" when it can): call it
//                                          in initTestCase, QVERIFY2(e.isEmpty(), qPrintable(e))
//   QString testdb::superuserUrl();        (PostgreSQL) the cluster's `postgres` database as superuser
//   QString testdb::freshPostgres();       a new database on the cluster whatever the run's engine
//                                          (suites that copy from SQLite to PostgreSQL)
//   testdb::Connection                    a Qt SQL connection to a location, SQLite or PostgreSQL, the
//                                          way another process sees the database
//   QByteArray testdb::contents(location)  everything the database holds, to search for values that
//                                          must never be there: SQLite's files (main, WAL, shared
//                                          memory, journal) as bytes; on PostgreSQL every row of every
//                                          table in every non-system schema as text
//
// A PostgreSQL database lives while the test function that made it runs: the next fresh() of a
// later test function drops it, and the rest are dropped when the process ends. One made in
// initTestCase or outside a test function lives until the process ends. Roles are not dropped.
//
// fresh() and createRole() fail the running test (QTest::qFail) with a message when the engine is
// not usable, and return an empty string. A PostgreSQL run never skips: without the cluster's
// environment it fails and says to run under scripts/with-postgres.
//
// Header-only: core, CLI and GUI suites include it from tests/support (on every suite's include
// path); the suite links Qt6::Sql and needs the QSQLITE and QPSQL plugins at run time.
//
// Written by the test-infrastructure helper (issue 7).

#include <QAtomicInt>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace testdb {

inline bool postgres() {
    return qEnvironmentVariable("BIFROST_TEST_ENGINE")
               .compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0;
}

namespace detail {

// Why the with-postgres cluster cannot be used ("" when it can); `context` starts the message
// about the missing environment.
inline QString clusterError(const QString &context) {
    if (qEnvironmentVariable("BIFROST_TEST_PG_PORT").isEmpty() ||
        qEnvironmentVariable("BIFROST_TEST_PG_SUPERUSER").isEmpty())
        return context + QStringLiteral("BIFROST_TEST_PG_PORT/SUPERUSER are not set: run under "
                                        "scripts/with-postgres (e.g. scripts/with-postgres "
                                        "scripts/with-keyring ctest ...)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is missing: run scripts/bootstrap (libqt6sql6-psql)");
    return {};
}

} // namespace detail

inline QString setupError() {
    const QString engine = qEnvironmentVariable("BIFROST_TEST_ENGINE");
    if (!engine.isEmpty() && engine != QLatin1String("sqlite") && !postgres())
        return QStringLiteral("BIFROST_TEST_ENGINE is \"%1\": use sqlite or postgresql").arg(engine);
    if (!postgres())
        return {};
    return detail::clusterError(QStringLiteral("BIFROST_TEST_ENGINE=postgresql but "));
}

namespace detail {

inline QString host() {
    const QString h = qEnvironmentVariable("BIFROST_TEST_PG_HOST");
    return h.isEmpty() ? QStringLiteral("127.0.0.1") : h;
}
inline int port() {
    return qEnvironmentVariableIntValue("BIFROST_TEST_PG_PORT");
}
inline QString superuser() {
    return qEnvironmentVariable("BIFROST_TEST_PG_SUPERUSER");
}

inline void fail(const QString &message) {
    // Outside a test function (e.g. a static initializer) there is nothing to fail: warn instead.
    if (QTest::currentTestFunction())
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    else
        qWarning("%s", qPrintable(message));
}

struct PgUrl {
    bool valid = false;
    QString user, host, database;
    int port = 5432;
};

inline PgUrl parsePgUrl(const QString &location) {
    static const QRegularExpression re(
        QStringLiteral("^postgres(?:ql)?://([^@/:]+)@([^:/?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?$"));
    const auto m = re.match(location);
    PgUrl url;
    if (!m.hasMatch())
        return url;
    url.valid = true;
    url.user = m.captured(1);
    url.host = m.captured(2);
    url.port = m.captured(3).isEmpty() ? 5432 : m.captured(3).toInt();
    url.database = m.captured(4);
    return url;
}

// Runs one statement on the cluster's `postgres` database as the superuser, on a connection of
// its own (opened and closed here: suites run in parallel processes and threads).
inline QString adminExec(const QString &sql) {
    if (const QString problem = setupError(); !problem.isEmpty())
        return problem;
    const QString name = QStringLiteral("testdb-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(port());
        db.setUserName(superuser());
        // Empty: libpq reads PGPASSFILE.
        db.setPassword(qEnvironmentVariable("BIFROST_TEST_PG_PASSWORD"));
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setConnectOptions(QStringLiteral("connect_timeout=20"));
        if (!db.open()) {
            error = QStringLiteral("cannot connect to the test cluster on %1:%2 as %3: %4")
                        .arg(host())
                        .arg(port())
                        .arg(superuser(), db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = QStringLiteral("test cluster: `%1` failed: %2").arg(sql, q.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace detail

inline QString superuserUrl() {
    return QStringLiteral("postgresql://%1@%2:%3/postgres")
        .arg(detail::superuser(), detail::host())
        .arg(detail::port());
}

namespace detail {

// Databases this process made, each with the test function that made it. A full run makes
// several hundred at about 7 MB each: they are dropped once their test function is over, so a
// run needs the disk of a few at a time (CI machines can be short of disk).
struct Made {
    QString name;
    QByteArray function; // empty when made outside a test function
};

inline QMutex &madeLock() {
    static QMutex lock;
    return lock;
}

inline QList<Made> &made() {
    static QList<Made> list;
    return list;
}

inline QByteArray runningFunction() {
    const char *function = QTest::currentTestFunction();
    return function ? QByteArray(function) : QByteArray();
}

// A database made for the whole suite (in initTestCase, or outside any test function) stays
// until the process ends; one made by a test function stays while that function runs.
inline bool stillInUse(const Made &database, const QByteArray &running) {
    return database.function.isEmpty() || database.function == "initTestCase" || database.function == running;
}

// Drops the databases that are no longer in use, or all of them (`everything`, at process end).
// WITH (FORCE) ends connections that a finished test left open. A failure is only a warning: it
// costs disk, not correctness.
inline void dropFinished(bool everything) {
    QStringList names;
    {
        const QMutexLocker locker(&madeLock());
        const QByteArray running = runningFunction();
        QList<Made> &list = made();
        for (auto it = list.begin(); it != list.end();) {
            if (everything || !stillInUse(*it, running)) {
                names << it->name;
                it = list.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (const QString &name : std::as_const(names)) {
        if (const QString error =
                adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            !error.isEmpty())
            qWarning("%s", qPrintable(error));
    }
}

inline void dropAll() {
    dropFinished(true);
}

} // namespace detail

// A new, empty database on the with-postgres cluster, owned by the superuser, whatever engine the
// run uses (for suites that move data from SQLite to PostgreSQL). It is dropped when the test
// function that asked for it is over (at process end for initTestCase's), when this process
// next asks for a database. FILE_COPY: on a cluster without fsync it is faster than PostgreSQL
// 15's default WAL_LOG, which also writes every copied page to the WAL.
inline QString freshPostgres() {
    if (const QString problem = detail::clusterError({}); !problem.isEmpty()) {
        detail::fail(problem);
        return {};
    }
    static const bool dropAtExit = (qAddPostRoutine(detail::dropAll), true);
    Q_UNUSED(dropAtExit);
    detail::dropFinished(false);
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    if (const QString error =
            detail::adminExec(QStringLiteral("CREATE DATABASE %1 STRATEGY FILE_COPY").arg(name));
        !error.isEmpty()) {
        detail::fail(error);
        return {};
    }
    {
        const QMutexLocker locker(&detail::madeLock());
        detail::made().append({name, detail::runningFunction()});
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(detail::superuser(), detail::host())
        .arg(detail::port())
        .arg(name);
}

// A new, empty database. SQLite: DIR/<n>.db (not created; the Store creates it). PostgreSQL:
// freshPostgres().
inline QString fresh(const QString &dir, const QString &fileName = QString()) {
    if (const QString problem = setupError(); !problem.isEmpty()) {
        detail::fail(problem);
        return {};
    }
    if (postgres())
        return freshPostgres();
    if (!fileName.isEmpty() && !QFileInfo::exists(QDir(dir).filePath(fileName)))
        return QDir(dir).filePath(fileName);
    static QAtomicInt counter;
    for (;;) {
        const QString path =
            QDir(dir).filePath(QStringLiteral("%1.db").arg(counter.fetchAndAddOrdered(1) + 1));
        if (!QFileInfo::exists(path))
            return path;
    }
}

// A new login role (cluster-wide, so made unique: NAME_<12 hex digits>), not a superuser, with the
// cluster's test password, which PGPASSFILE answers for every role.
inline QString createRole(const QString &name) {
    if (!postgres()) {
        detail::fail(
            QStringLiteral("testdb::createRole(\"%1\") needs PostgreSQL (BIFROST_TEST_ENGINE=postgresql)")
                .arg(name));
        return {};
    }
    if (const QString problem = setupError(); !problem.isEmpty()) {
        detail::fail(problem);
        return {};
    }
    QString base = name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    const QString role =
        base.left(40) + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QString password = qEnvironmentVariable("BIFROST_TEST_PG_PASSWORD");
    password.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (const QString error = detail::adminExec(
            QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '%2'")
                .arg(role, password));
        !error.isEmpty()) {
        // The statement holds the password: name the role, not the statement.
        detail::fail(QStringLiteral("test cluster: cannot create the role %1").arg(role));
        return {};
    }
    return role;
}

// The same database as `role`. SQLite locations have no roles: returned unchanged.
inline QString as(const QString &location, const QString &role) {
    const detail::PgUrl url = detail::parsePgUrl(location);
    if (!url.valid)
        return location;
    static const QRegularExpression user(QStringLiteral("^(postgres(?:ql)?://)[^@/:]+@"));
    QString result = location;
    result.replace(user, QStringLiteral("\\1") + role + QLatin1Char('@'));
    return result;
}

// A Qt SQL connection of its own to a location: an SQLite file, or a postgresql:// URL (as the
// URL's role, password from BIFROST_TEST_PG_PASSWORD or PGPASSFILE). Closed and unregistered on
// destruction.
class Connection {
public:
    // `prefix` starts the Qt connection name, for tests that tell connections apart by name.
    explicit Connection(const QString &location, const QString &prefix = QStringLiteral("testdb-"))
        : m_name(prefix + QUuid::createUuid().toString(QUuid::Id128)) {
        const detail::PgUrl url = detail::parsePgUrl(location);
        m_postgres = url.valid;
        if (m_postgres) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setPassword(qEnvironmentVariable("BIFROST_TEST_PG_PASSWORD"));
            db.setDatabaseName(url.database);
            db.setConnectOptions(QStringLiteral("connect_timeout=20"));
            m_open = db.open();
            if (!m_open)
                m_error = db.lastError().text();
        } else {
            QString path = location;
            if (path.startsWith(QLatin1String("sqlite:")))
                path = path.mid(7);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            m_open = db.open();
            if (!m_open)
                m_error = db.lastError().text();
        }
    }
    ~Connection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_open; }
    bool isPostgres() const { return m_postgres; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row of `sql`, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const {
        QSqlQuery q(db());
        if (!run(q, sql, bindings) || !q.next())
            return {};
        return q.value(0);
    }

    // The first column of every row.
    QVariantList column(const QString &sql, const QVariantList &bindings = {}) const {
        QSqlQuery q(db());
        QVariantList values;
        if (!run(q, sql, bindings))
            return values;
        while (q.next())
            values << q.value(0);
        return values;
    }

    bool exec(const QString &sql, const QVariantList &bindings = {}) const {
        QSqlQuery q(db());
        return run(q, sql, bindings);
    }
    QString lastError() const { return m_lastError; }

    // The user tables, sorted; on PostgreSQL schema-qualified unless in `public`.
    QStringList tables() const {
        if (m_postgres)
            return toStrings(column(QStringLiteral(
                "SELECT CASE WHEN table_schema = 'public' THEN '' ELSE table_schema || '.' END || table_name "
                "FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN "
                "('pg_catalog', 'information_schema') ORDER BY 1")));
        return toStrings(column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                               "NOT LIKE 'sqlite_%' ORDER BY name")));
    }

    // A table name as SQL: "name" or "schema"."name".
    static QString quoted(const QString &table) {
        QStringList parts = table.split(QLatin1Char('.'));
        for (QString &p : parts)
            p = QLatin1Char('"') + p + QLatin1Char('"');
        return parts.join(QLatin1Char('.'));
    }

    // Every row of one table (a name from tables()), columns named.
    QList<QSqlRecord> records(const QString &table) const {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT * FROM %1").arg(quoted(table)));
        QList<QSqlRecord> list;
        while (q.next())
            list << q.record();
        return list;
    }

    // Every row of every table as sorted "table|column=value|..." lines (sqlite_sequence left out:
    // it is SQLite's bookkeeping). Two dumps of one engine are equal exactly when the content is.
    QStringList rows() const {
        QStringList lines;
        for (const QString &table : tables()) {
            if (table == QLatin1String("sqlite_sequence"))
                continue;
            QStringList rows;
            for (const QSqlRecord &record : records(table)) {
                QStringList cells;
                for (int i = 0; i < record.count(); ++i) {
                    const QVariant v = record.value(i);
                    cells << record.fieldName(i) + QLatin1Char('=') +
                                 (v.isNull() ? QStringLiteral("NULL") : v.toString());
                }
                rows << table + QLatin1Char('|') + cells.join(QLatin1Char('|'));
            }
            std::sort(rows.begin(), rows.end());
            lines << rows;
        }
        return lines;
    }

private:
    static QStringList toStrings(const QVariantList &values) {
        QStringList list;
        for (const QVariant &v : values)
            list << v.toString();
        return list;
    }
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &bindings) const {
        bool ok = false;
        if (bindings.isEmpty()) {
            ok = q.exec(sql);
        } else {
            ok = q.prepare(sql);
            for (const QVariant &b : bindings)
                q.addBindValue(b);
            ok = ok && q.exec();
        }
        if (!ok)
            m_lastError = q.lastError().text();
        return ok;
    }

    QString m_name;
    bool m_open = false;
    bool m_postgres = false;
    QString m_error;
    mutable QString m_lastError;
};

// Everything the database holds, to search for values that must never be there (see the top).
// PostgreSQL: each row as the server's text form of the whole row (every column, bytea as hex),
// one line per row, connected as the superuser so row-level security hides nothing.
inline QByteArray contents(const QString &location) {
    const detail::PgUrl url = detail::parsePgUrl(location);
    if (!url.valid) {
        QString path = location;
        if (path.startsWith(QLatin1String("sqlite:")))
            path = path.mid(7);
        QByteArray bytes;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile f(path + QLatin1String(suffix));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }
    Connection c(QStringLiteral("postgresql://%1@%2:%3/%4")
                     .arg(detail::superuser().isEmpty() ? url.user : detail::superuser(), url.host)
                     .arg(url.port)
                     .arg(url.database));
    if (!c.isOpen()) {
        detail::fail(QStringLiteral("cannot read the test database %1: %2").arg(url.database, c.error()));
        return {};
    }
    QByteArray all;
    for (const QString &table : c.tables()) {
        QSqlQuery q(c.db());
        if (!q.exec(QStringLiteral("SELECT r::text FROM %1 AS r").arg(Connection::quoted(table)))) {
            detail::fail(QStringLiteral("cannot read table %1: %2").arg(table, q.lastError().text()));
            return {};
        }
        while (q.next())
            all += table.toUtf8() + ": " + q.value(0).toString().toUtf8() + '\n';
    }
    return all;
}

} // namespace testdb
