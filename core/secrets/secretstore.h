#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace bifrost {

// Where secret values live. SQLite only ever holds a reference (the key used here); the value
// goes to a backend that keeps it out of the database file: the OS keychain today, an
// encrypted vault file (vaultsecretstore.h).
//
// Calls block until the backend answers or times out.
class SecretStore {
public:
    virtual ~SecretStore() = default;

    // Short name shown to users ("keychain").
    virtual QString backendName() const = 0;
    // A sentence for the status bar and `doctor`: which backend, and where.
    virtual QString description() const = 0;

    // NotFound when there is no such entry; External when the backend cannot be reached.
    virtual Result<QString> read(const QString &key) = 0;
    virtual Result<void> write(const QString &key, const QString &value) = 0;
    // Removing an entry that does not exist succeeds.
    virtual Result<void> remove(const QString &key) = 0;

    // Reads several entries; entries that do not exist are left out of the result. Backends
    // override this to overlap round trips.
    virtual Result<QHash<QString, QString>> readMany(const QStringList &keys);

    // Every entry key that starts with `prefix` (one database's entries: "<database id>/"), for
    // `doctor` (orphans) and `secrets migrate`. External when this backend cannot list entries.
    virtual Result<QStringList> keys(const QString &prefix);

protected:
    // read() for a backend whose readMany() is its real read: readMany leaves missing entries
    // out, a single read reports them as NotFound with `missing` as the message.
    Result<QString> readOne(const QString &key, const QString &missing);
};

} // namespace bifrost
