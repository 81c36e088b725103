#include "secretstore.h"

namespace bifrost {

Result<QHash<QString, QString>> SecretStore::readMany(const QStringList &keys) {
    QHash<QString, QString> values;
    for (const QString &key : keys) {
        auto value = read(key);
        if (!value && value.error().code == ErrorCode::NotFound)
            continue;
        if (!value)
            return value.error();
        values.insert(key, *value);
    }
    return values;
}

} // namespace bifrost
