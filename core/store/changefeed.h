#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

namespace bifrost {

// A change another process committed to a shared (PostgreSQL) database, as announced by the
// Store that made it: every history entry (Store::record) also sends
//   NOTIFY bifrost_changes, '{"action": ..., "integration_id": ..., "organization_id": ...,
//                             "actor": ..., "key": ...}'
// inside the same transaction, so listeners hear of it only once it is committed.
struct ChangeNotice {
    QString action;         // the history action ("config.set", "mapping.set", "integration.delete", ...)
    QString integrationId;  // empty: not about one integration
    QString organizationId; // empty: the default level, or not about one organization
    QString key;
    QString actor;
    // The names when the change was made (for "alice changed HaloPSA (Contoso)"); the object
    // may be gone by the time a listener reads them.
    QString integrationName;
    QString organizationName;
};

// The NOTIFY payload: a JSON object with the fields above (action, integration_id,
// organization_id, key, actor, integration_name, organization_name); never a value. The
// parse refuses (nullopt) anything that is not such an object with an action.
QByteArray changePayload(const ChangeNotice &notice);
std::optional<ChangeNotice> parseChangePayload(const QString &payload);

// The NOTIFY channel.
inline constexpr char changeChannel[] = "bifrost_changes";

// Delivered on the thread of the Store that owns it, from its event loop (QSqlDriver's
// notification signal on the Store's own connection). Our own changes are not delivered.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void changed(const bifrost::ChangeNotice &notice);
};

} // namespace bifrost

Q_DECLARE_METATYPE(bifrost::ChangeNotice)
