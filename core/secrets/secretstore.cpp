#include "secretstore.h"

#include <QCoreApplication>

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

Result<QString> SecretStore::readOne(const QString &key, const QString &missing) {
    auto values = readMany({key});
    if (!values)
        return values.error();
    const auto found = values->constFind(key);
    if (found == values->constEnd())
        return Error::notFound(missing);
    return found.value();
}

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};
} // namespace

Result<QStringList> SecretStore::keys(const QString &prefix) {
    Q_UNUSED(prefix)
    return Error::external(Text::tr("the %1 secret backend cannot list its entries").arg(backendName()));
}

} // namespace bifrost
