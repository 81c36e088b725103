#pragma once

#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;
class QSqlQuery;

namespace bifrost::detail {

// A prepared statement on the connection's native SQLite handle, for the queries every resolve
// runs. QtSql costs about three times what SQLite itself does on these small reads (a
// QSqlRecord per exec, UTF-16 conversion inside SQLite, a QVariant per value); going native
// here is what keeps a resolve within its budget (docs/PERFORMANCE.md).
//
// The handle comes from Qt's QSQLITE driver, so this must link the same SQLite library as the
// driver does: true of Debian's Qt, which uses the system libsqlite3.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // A row: column values as text, null columns as null QStrings. On PostgreSQL the same
    // statements run through QtSql (Store::runPortable) and hand their rows over as a query.
    class Row {
    public:
        explicit Row(sqlite3_stmt *stmt)
            : m_stmt(stmt) {}
        explicit Row(const QSqlQuery *query)
            : m_query(query) {}
        QString text(int column) const;
        qint64 integer(int column) const;

    private:
        sqlite3_stmt *m_stmt = nullptr;
        const QSqlQuery *m_query = nullptr;
    };

    // Prepares on first use, binds `params` as text, steps through every row and resets, so
    // the statement never holds a read lock between calls. Returns the SQLite result code
    // (SQLITE_DONE on success) and leaves the message in `error`.
    int run(sqlite3 *db, const char *sql, const QStringList &params,
            const std::function<void(const Row &)> &onRow, QString *error);

    void finalize();

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace bifrost::detail
