// Store: raw table access for copying a whole database to another engine (`bifrostctl migrate`,
// maintenance/databasecopy.h). Table and column names come from the database's own catalogue,
// never from the caller's text alone: a name is used in SQL only after it was found there.
#include "store.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <map>
#include <set>

namespace bifrost {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// Statements per INSERT are batched up to this many bound values: well below SQLite's (32766)
// and PostgreSQL's (65535) limits, and few enough round trips for a large history.
constexpr int maxBoundValues = 900;

} // namespace

Result<QStringList> Store::tableNames() {
    QStringList tables;
    std::map<QString, std::set<QString>> parents;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const QString sql =
            isPostgres() ? QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                          "c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname = "
                                          "current_schema() ORDER BY c.relname")
                         : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                          "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
        if (!q.exec(sql))
            return sqlError(q);
        while (q.next())
            tables << q.value(0).toString();
    }
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const QString sql =
            isPostgres()
                ? QStringLiteral(
                      "SELECT ch.relname, pa.relname FROM pg_constraint k"
                      " JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid"
                      " JOIN pg_namespace n ON n.oid = ch.relnamespace"
                      " WHERE k.contype = 'f' AND n.nspname = current_schema()")
                : QStringLiteral(
                      "SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
                      " WHERE m.type = 'table'");
        if (!q.exec(sql))
            return sqlError(q);
        while (q.next()) {
            const QString child = q.value(0).toString(), parent = q.value(1).toString();
            if (child != parent)
                parents[child].insert(parent);
        }
    }
    // Kahn's order: each round takes, by name, every table whose parents are all placed.
    QStringList ordered;
    QStringList left = tables;
    while (!left.isEmpty()) {
        QStringList ready;
        for (const QString &table : std::as_const(left)) {
            bool placed = true;
            for (const QString &parent : parents[table])
                placed = placed && (ordered.contains(parent) || !tables.contains(parent));
            if (placed)
                ready << table;
        }
        if (ready.isEmpty())
            return Error::internal(Text::tr("the foreign keys of the tables %1 form a cycle; they cannot be "
                                            "copied one after the other")
                                       .arg(left.join(QStringLiteral(", "))));
        for (const QString &table : std::as_const(ready))
            left.removeOne(table);
        ordered << ready;
    }
    return ordered;
}

Result<QStringList> Store::columnNames(const QString &table) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(isPostgres()
                  ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema "
                                   "= current_schema() AND table_name = ? ORDER BY ordinal_position")
                  : QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlError(q);
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

namespace {

// A table name checked against the catalogue, quoted for SQL.
Result<QString> quotedTable(Store &store, const QSqlDatabase &db, const QString &table) {
    auto tables = store.tableNames();
    if (!tables)
        return tables.error();
    if (!tables->contains(table))
        return Error::notFound(Text::tr("the database %1 has no table \"%2\"").arg(store.path(), table));
    return db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
}

} // namespace

Result<qint64> Store::rowCount(const QString &table) {
    auto quoted = quotedTable(*this, m_db, table);
    if (!quoted)
        return quoted.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(*quoted)))
        return sqlError(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> Store::maxId(const QString &table) {
    auto quoted = quotedTable(*this, m_db, table);
    if (!quoted)
        return quoted.error();
    auto columns = columnNames(table);
    if (!columns)
        return columns.error();
    if (!columns->contains(QLatin1String("id")))
        return 0;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT max(id) FROM %1").arg(*quoted)))
        return sqlError(q);
    bool ok = false;
    const qint64 max = q.next() ? q.value(0).toLongLong(&ok) : 0;
    return ok ? max : 0;
}

Result<Store::TableRows> Store::readRows(const QString &table) {
    auto quoted = quotedTable(*this, m_db, table);
    if (!quoted)
        return quoted.error();
    auto columns = columnNames(table);
    if (!columns)
        return columns.error();
    TableRows result;
    result.columns = *columns;
    QStringList list;
    for (const QString &column : std::as_const(*columns))
        list << m_db.driver()->escapeIdentifier(column, QSqlDriver::FieldName);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Ordered by the first column (every table's key starts there), so that a copy inserts in a
    // stable order and a row-by-row comparison of two databases lines up.
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(list.join(QStringLiteral(", ")), *quoted)))
        return sqlError(q);
    while (q.next()) {
        QVariantList row;
        row.reserve(columns->size());
        for (int i = 0; i < columns->size(); ++i)
            row << q.value(i);
        result.rows << row;
    }
    return result;
}

Result<void> Store::insertRows(const QString &table, const QStringList &columns,
                               const QList<QVariantList> &rows) {
    if (m_frames.empty())
        return Error::internal(QStringLiteral("insertRows must run inside a transaction"));
    if (rows.isEmpty())
        return {};
    auto quoted = quotedTable(*this, m_db, table);
    if (!quoted)
        return quoted.error();
    auto known = columnNames(table);
    if (!known)
        return known.error();
    QStringList list;
    for (const QString &column : columns) {
        if (!known->contains(column))
            return Error::notFound(Text::tr("the table \"%1\" of %2 has no column \"%3\"")
                                       .arg(table, m_location.display(), column));
        list << m_db.driver()->escapeIdentifier(column, QSqlDriver::FieldName);
    }
    const QString head =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(*quoted, list.join(QStringLiteral(", ")));
    const QString oneRow = QLatin1Char('(') +
                           QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                           QLatin1Char(')');
    const qsizetype perBatch =
        std::max<qsizetype>(1, maxBoundValues / std::max<qsizetype>(1, columns.size()));
    for (qsizetype start = 0; start < rows.size(); start += perBatch) {
        const qsizetype count = std::min(perBatch, rows.size() - start);
        QSqlQuery q(m_db);
        if (!q.prepare(head + QStringList(count, oneRow).join(QLatin1Char(','))))
            return sqlError(q);
        for (qsizetype r = start; r < start + count; ++r) {
            const QVariantList &row = rows.at(r);
            if (row.size() != columns.size())
                return Error::internal(QStringLiteral("row %1 of %2 has %3 values for %4 columns")
                                           .arg(r)
                                           .arg(table)
                                           .arg(row.size())
                                           .arg(columns.size()));
            for (const QVariant &value : row)
                q.addBindValue(value);
        }
        if (!q.exec())
            return sqlError(q);
    }
    return {};
}

Result<void> Store::shiftIds(const QString &table, qint64 offset) {
    if (m_frames.empty())
        return Error::internal(QStringLiteral("shiftIds must run inside a transaction"));
    auto quoted = quotedTable(*this, m_db, table);
    if (!quoted)
        return quoted.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET id = id + ?").arg(*quoted));
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<void> Store::resetSequences() {
    if (!isPostgres())
        return {};
    QList<std::pair<QString, QString>> identities;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                                   " WHERE table_schema = current_schema() AND (is_identity = 'YES'"
                                   " OR column_default LIKE 'nextval(%')")))
            return sqlError(q);
        while (q.next())
            identities << std::pair{q.value(0).toString(), q.value(1).toString()};
    }
    for (const auto &[table, column] : std::as_const(identities)) {
        const QString quotedTable = m_db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        const QString quotedColumn = m_db.driver()->escapeIdentifier(column, QSqlDriver::FieldName);
        QSqlQuery q(m_db);
        // is_called = false: the next value is max + 1 itself, and an empty table starts at 1.
        q.prepare(QStringLiteral(
                      "SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT max(%1) FROM %2), 0) "
                      "+ 1, false)")
                      .arg(quotedColumn, quotedTable));
        q.addBindValue(quotedTable);
        q.addBindValue(column);
        if (!q.exec())
            return sqlError(q);
    }
    return {};
}

Result<void> Store::recordDatabaseCopy(const QString &detail) {
    HistoryEntry entry;
    entry.action = QStringLiteral("database.migrate");
    entry.detail = detail;
    return record(std::move(entry));
}

} // namespace bifrost
