#pragma once

// Helpers shared by the core suites: checking Result values, a second connection to look at the
// database the way another process would, a secret store that fails on demand, and a statement
// counter for the query-count bounds.
//
// The engine comes from testdatabase.h: newDatabase() gives an SQLite path, or a new PostgreSQL
// database when the suite runs as its `_pg` variant (BIFROST_TEST_ENGINE=postgresql).

#include "common/result.h"
#include "model/schemafield.h"
#include "secrets/secretstore.h"
#include "testdatabase.h"
#include "validate/valuevalidator.h"

#include <QFile>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>
#include <QUuid>

#include <algorithm>
// Only for StatementCounter and sqliteHandle: a suite that uses them links SQLite::SQLite3.
#include <sqlite3.h>

// Fails the test with the error's message when `result` is not a value. Error messages never
// carry secret values, so printing them is safe.
#define REQUIRE_OK(result)                                                                                   \
    do {                                                                                                     \
        const auto &r_ = (result);                                                                           \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                    \
    } while (false)

// Fails the test unless `result` is an error with `errorCode`.
#define REQUIRE_ERROR(result, errorCode)                                                                     \
    do {                                                                                                     \
        const auto &r_ = (result);                                                                           \
        QVERIFY2(!r_.ok(), "expected an error, the call succeeded");                                         \
        QCOMPARE(r_.error().code, (errorCode));                                                              \
    } while (false)

// Runs a void helper that may fail the test, and stops the test function when it did.
#define CALL(expr)                                                                                           \
    do {                                                                                                     \
        expr;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

// Compares JSON values through their compact text, which QTest can print on a mismatch.
#define COMPARE_JSON(actual, expected) QCOMPARE(bifrost::toJsonText(actual), bifrost::toJsonText(expected))

namespace coretest {

// A schema field with only what most tests care about.
inline bifrost::SchemaField makeField(const QString &key, bifrost::FieldType type, bool required = false) {
    bifrost::SchemaField f;
    f.key = key;
    f.type = type;
    f.required = required;
    return f;
}

// Whether this run is the suite's PostgreSQL variant.
inline bool onPostgres() {
    return testdb::postgres();
}

// A new, empty database in `dir` (SQLite) or on the test cluster (PostgreSQL). On PostgreSQL
// without the cluster, the running test fails with a message saying to use scripts/with-postgres.
inline QString newDatabase(const QString &dir) {
    return testdb::fresh(dir);
}

// Skips the running test function on the PostgreSQL variant; `why` names what only SQLite has.
#define SQLITE_ONLY(why)                                                                                     \
    do {                                                                                                     \
        if (coretest::onPostgres())                                                                          \
            QSKIP("SQLite only: " why);                                                                      \
    } while (false)

// A second, independent connection to a database (an SQLite file or a PostgreSQL URL from
// newDatabase()). Closed and unregistered on destruction; its connection name starts with "raw-".
class RawDb {
public:
    explicit RawDb(const QString &location)
        : m_connection(location, QStringLiteral("raw-")) {}

    bool isOpen() const { return m_connection.isOpen(); }
    bool isPostgres() const { return m_connection.isPostgres(); }
    QSqlDatabase db() const { return m_connection.db(); }

    // The first column of the first row of `sql`, or an invalid QVariant.
    QVariant scalar(const QString &sql) const { return m_connection.scalar(sql); }

    bool exec(const QString &sql) const { return m_connection.exec(sql); }

    // The schema version: SQLite's PRAGMA user_version, PostgreSQL's meta row 'schema_version'.
    int schemaVersion() const {
        return isPostgres()
                   ? scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt()
                   : scalar(QStringLiteral("PRAGMA user_version")).toInt();
    }
    bool setSchemaVersion(int version) const {
        return isPostgres() ? exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                       .arg(version))
                            : exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }

    // Every row of every table (and the schema version) as sorted text lines: two dumps are equal
    // exactly when the database content is.
    QStringList dump() const {
        if (isPostgres())
            return m_connection.rows();
        return QStringList{QStringLiteral("user_version=") +
                           scalar(QStringLiteral("PRAGMA user_version")).toString()} +
               m_connection.rows();
    }

private:
    testdb::Connection m_connection;
};

inline QByteArray fileBytes(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Everything the database holds, to search for values that must never be there: SQLite's file
// with its -wal, -shm and -journal companions as raw bytes; on PostgreSQL every row of every table
// as text (testdb::contents).
inline QByteArray databaseBytes(const QString &location) {
    if (testdb::detail::parsePgUrl(location).valid)
        return testdb::contents(location);
    return fileBytes(location) + fileBytes(location + QStringLiteral("-wal")) +
           fileBytes(location + QStringLiteral("-shm")) + fileBytes(location + QStringLiteral("-journal"));
}

// True when `text` occurs in `bytes` as UTF-8 or UTF-16 (either byte order).
inline bool containsText(const QByteArray &bytes, const QString &text) {
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray utf16be;
    for (qsizetype i = 0; i + 1 < utf16.size(); i += 2) {
        utf16be.append(utf16.at(i + 1));
        utf16be.append(utf16.at(i));
    }
    return bytes.contains(text.toUtf8()) || bytes.contains(utf16) || bytes.contains(utf16be);
}

// A SecretStore that forwards to a real one and fails its Nth write from a chosen moment, the way
// a keychain does when it is locked or its daemon goes away in the middle of a command. The real
// keychain cannot be made to fail on demand, so this is the one fake the core suites use; everything
// it does not fail goes to the real keychain. It also records the keys it wrote, so a test can check
// afterwards that the real keychain no longer holds them.
class FailingSecretStore final : public bifrost::SecretStore {
public:
    explicit FailingSecretStore(bifrost::SecretStore *real)
        : m_real(real) {}

    // Fails the nth write from now (1 = the next one); 0 never fails.
    void failOnWrite(int nth) { m_failAt = nth > 0 ? m_writes + nth : 0; }
    QStringList writtenKeys() const { return m_written; }
    void clearWrittenKeys() { m_written.clear(); }

    QString backendName() const override { return QStringLiteral("failing"); }
    QString description() const override { return QStringLiteral("test store that fails on demand"); }

    bifrost::Result<QString> read(const QString &key) override { return m_real->read(key); }
    bifrost::Result<void> write(const QString &key, const QString &value) override {
        ++m_writes;
        if (m_writes == m_failAt)
            return bifrost::Error::external(
                QStringLiteral("simulated secret store failure on write %1").arg(m_writes));
        auto written = m_real->write(key, value);
        if (written)
            m_written << key;
        return written;
    }
    bifrost::Result<void> remove(const QString &key) override { return m_real->remove(key); }
    bifrost::Result<QHash<QString, QString>> readMany(const QStringList &keys) override {
        return m_real->readMany(keys);
    }

private:
    bifrost::SecretStore *m_real;
    int m_writes = 0;
    int m_failAt = 0;
    QStringList m_written;
};

// Counts the SQL statements one SQLite connection runs while it is alive (sqlite3_trace_v2), QtSql
// and native statements alike: the query-count bounds hold however a statement is issued.
class StatementCounter {
public:
    explicit StatementCounter(sqlite3 *db)
        : m_db(db) {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementCounter::callback, this);
    }
    ~StatementCounter() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    StatementCounter(const StatementCounter &) = delete;
    StatementCounter &operator=(const StatementCounter &) = delete;

    int count() const { return m_count; }

private:
    static int callback(unsigned, void *context, void *, void *) {
        ++static_cast<StatementCounter *>(context)->m_count;
        return 0;
    }
    sqlite3 *m_db;
    int m_count = 0;
};

// The sqlite3 handle behind a QtSql connection, or nullptr when it is not a SQLite connection.
inline sqlite3 *sqliteHandle(const QString &connectionName) {
    const QVariant handle = QSqlDatabase::database(connectionName, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// A value unique to this run, so a match in a file or the keychain cannot be a coincidence.
inline QString uniqueSecret(const QString &label) {
    return QStringLiteral("bifrost-test-") + label + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace coretest
