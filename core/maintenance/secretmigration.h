#pragma once

#include "common/result.h"

#include <QString>

namespace bifrost {
class SecretStore;
class Store;
} // namespace bifrost

namespace bifrost::maintenance {

struct MigrationReport {
    QString from; // backend names
    QString to;
    int moved = 0;
};

// `bifrostctl secrets migrate --to vault|keychain`: moves every secret of this database from
// the store's current backend to `target`, in this order: read them all from the source (a
// missing one stops the move and names it), write them all to the target, read them back and
// compare, record the new backend in the database (meta), switch the store to `target`, and only
// then remove the source entries. A failure before the record removes what was written to the
// target and leaves the source as it was. Recorded in the history ("secrets.migrate").
Result<MigrationReport> migrateSecrets(Store &store, SecretStore &target);

} // namespace bifrost::maintenance
