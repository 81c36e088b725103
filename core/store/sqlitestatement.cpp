#include "sqlitestatement.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace bifrost::detail {

SqliteStatement::~SqliteStatement() {
    finalize();
}

void SqliteStatement::finalize() {
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

QString SqliteStatement::Row::text(int column) const {
    if (!m_stmt) {
        const QVariant value = m_query->value(column);
        return value.isNull() ? QString() : value.toString();
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::Row::integer(int column) const {
    if (!m_stmt)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

int SqliteStatement::run(sqlite3 *db, const char *sql, const QStringList &params,
                         const std::function<void(const Row &)> &onRow, QString *error) {
    if (!m_stmt) {
        const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
        if (rc != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            finalize();
            return rc;
        }
    }
    for (int i = 0; i < params.size(); ++i) {
        const QByteArray utf8 = params.at(i).toUtf8();
        sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    int rc = SQLITE_ROW;
    const Row row(m_stmt);
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW)
        onRow(row);
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc;
}

} // namespace bifrost::detail
