#pragma once

// Helpers shared by the Store's source files; not part of the public API.

#include "sqlitestatement.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace bifrost::detail {

// Timestamps are stored as ISO 8601 UTC text with milliseconds, which sorts correctly.
inline QString stamp(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}
inline QString now() {
    return stamp(QDateTime::currentDateTimeUtc());
}

// Reads a stored timestamp back. The format now() writes is parsed directly, because Qt's ISO
// parser cost more than the rest of an overview of 2,000 organizations; anything else goes
// through Qt's parser.
QDateTime timestamp(const QString &text);

// SQL NULL for a text column.
inline QVariant nullText() {
    return QVariant(QMetaType(QMetaType::QString));
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns use '' for "none".
inline QString nonNullText(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}

// Reads the value column (canonical JSON text, written with toJsonText) back as a value; an
// empty column (a secret's row) gives an undefined value.
QJsonValue jsonFromColumn(const QString &text);

// The statements every resolve runs, on the connection's native handle.
struct NativeStatements {
    sqlite3 *db = nullptr;
    SqliteStatement dataVersion;
    SqliteStatement organization;
    SqliteStatement defaults;
    SqliteStatement overrides;
    SqliteStatement mapping;

    // The overviews (store_status.cpp): each reads a whole table slice in one pass.
    SqliteStatement allOrganizations;
    SqliteStatement allIntegrations;
    SqliteStatement mappingsOfIntegration;
    SqliteStatement mappingsOfOrganization;
    SqliteStatement overrideKeysOfIntegration;
    SqliteStatement overrideKeysOfOrganization;
    SqliteStatement defaultKeysOfIntegration;
    SqliteStatement defaultKeys;
    SqliteStatement requiredFields;
    SqliteStatement overridesOf;

    void finalizeAll() {
        for (SqliteStatement *s :
             {&dataVersion, &organization, &defaults, &overrides, &mapping, &allOrganizations,
              &allIntegrations, &mappingsOfIntegration, &mappingsOfOrganization, &overrideKeysOfIntegration,
              &overrideKeysOfOrganization, &defaultKeysOfIntegration, &defaultKeys, &requiredFields,
              &overridesOf})
            s->finalize();
    }
};

} // namespace bifrost::detail

namespace bifrost {

template <typename OnRow>
Result<void> Store::runNative(detail::SqliteStatement &statement, const char *sql, const QStringList &params,
                              OnRow &&onRow) {
    // PostgreSQL (no native handle): the same statement through QtSql.
    if (!m_native->db)
        return runPortable(sql, params,
                           [&onRow](const QSqlQuery &q) { onRow(detail::SqliteStatement::Row(&q)); });
    QString error;
    const int rc = statement.run(m_native->db, sql, params, std::forward<OnRow>(onRow), &error);
    if (rc != 101) // SQLITE_DONE
        return detail::sqliteError(m_path, QString::number(rc & 0xff), error);
    return {};
}

} // namespace bifrost
