#pragma once

#include <QStringList>

#include <optional>

namespace bifrost::detail {

// The SQL that takes the database from version i to i + 1 is migrationSteps()[i]. Steps are
// only ever appended: a released step never changes.
const QList<QStringList> &migrationSteps();

// One statement of a step as the engine runs it (store.cpp), or nullopt when it is not for this
// engine: a first line `-- postgresql only` / `-- sqlite only` limits it to one engine. For
// PostgreSQL, outside quotes: INTEGER PRIMARY KEY becomes an identity column, INTEGER BIGINT
// (SQLite integers are 64-bit), BLOB BYTEA, WITHOUT ROWID goes, and the TEXT columns of CREATE /
// ALTER TABLE get COLLATE "C", so that ORDER BY and comparisons work byte-wise as in SQLite.
std::optional<QString> dialectStatement(const QString &sql, bool postgres);

} // namespace bifrost::detail
