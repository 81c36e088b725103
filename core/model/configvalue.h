#pragma once

#include <QJsonValue>
#include <QString>
#include <QtGlobal>

namespace bifrost {

// A stored value for (integration, key) at the default level (organizationId empty) or as one
// organization's override. Secret values live in the SecretStore: `value` is then null and
// `secretRef` names the entry.
struct ConfigValue {
    QString integrationId;
    QString organizationId;
    QString key;
    QJsonValue value;
    QString secretRef;
    // The row version (Store: a database-wide counter, never reused for a row, also after a
    // delete and re-create); 0 when not read from the store.
    qint64 version = 0;

    bool isDefault() const { return organizationId.isEmpty(); }
    bool isSecret() const { return !secretRef.isEmpty(); }
};

} // namespace bifrost
