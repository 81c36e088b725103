#pragma once

#include <QStringList>

namespace bifrost::detail {

// The SQL that takes the database from version i to i + 1 is migrationSteps()[i]. Steps are
// only ever appended: a released step never changes.
const QList<QStringList> &migrationSteps();

} // namespace bifrost::detail
