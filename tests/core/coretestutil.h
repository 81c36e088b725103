#pragma once

// Helpers shared by the core suites: checking Result values, and a second SQLite connection to
// look at the database file the way another process would.

#include "common/result.h"
#include "model/schemafield.h"
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

// A second, independent connection to a database file. Closed and unregistered on destruction.
class RawDb {
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = db.open();
    }
    ~RawDb() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row of `sql`, or an invalid QVariant.
    QVariant scalar(const QString &sql) const {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    bool exec(const QString &sql) const {
        QSqlQuery q(db());
        return q.exec(sql);
    }

    // Every row of every table (and the schema version) as sorted text lines: two dumps are equal
    // exactly when the database content is.
    QStringList dump() const {
        QStringList lines;
        lines << QStringLiteral("user_version=") + scalar(QStringLiteral("PRAGMA user_version")).toString();
        QStringList tables;
        {
            QSqlQuery q(db());
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (q.next())
                tables << q.value(0).toString();
        }
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery q(db());
            q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            QStringList rows;
            while (q.next()) {
                const QSqlRecord record = q.record();
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
    QString m_name;
    bool m_open = false;
};

inline QByteArray fileBytes(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The database file with its -wal and -shm companions, as raw bytes.
inline QByteArray databaseBytes(const QString &path) {
    return fileBytes(path) + fileBytes(path + QStringLiteral("-wal")) +
           fileBytes(path + QStringLiteral("-shm")) + fileBytes(path + QStringLiteral("-journal"));
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

// A value unique to this run, so a match in a file or the keychain cannot be a coincidence.
inline QString uniqueSecret(const QString &label) {
    return QStringLiteral("bifrost-test-") + label + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace coretest
