#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace bifrost {

// One recorded change: who, when and what. Written by the Store in the same transaction as the
// change itself, so a change that rolls back leaves no entry and a committed one always has one.
// Names are copied at the time of the change: the history still reads right after a rename or
// a delete.
//
// Secret values never appear: a secret change has `secret` set and no old or new value
// ("changed").
struct HistoryEntry {
    qint64 id = 0;
    QDateTime at;   // UTC
    QString actor;  // the OS user (Store::setActor)
    QString action; // e.g. "config.set", "config.unset", "schema.change", "mapping.set",
                    // "mapping.remove", "integration.create", "integration.rename",
                    // "integration.update", "integration.delete", "organization.add",
                    // "organization.rename", "organization.remove", "oauth.settings",
                    // "oauth.connect", "oauth.disconnect", "import", "secrets.migrate"
    QString integrationId;
    QString integrationName;
    QString organizationId; // empty: the integration default (or not about one organization)
    QString organizationName;
    QString key;                        // the config key, when the change is about one
    std::optional<QJsonValue> oldValue; // nullopt: none (a new key) or a secret
    std::optional<QJsonValue> newValue; // nullopt: removed, or a secret
    bool secret = false;
    QString detail; // a human sentence for changes that are not one value (a schema change)

    // "default" or "override" for config changes, empty otherwise.
    QString level() const;
    QJsonObject toJson() const;
    // The change for one table cell, the same in bifrostctl and the app: "old -> new" with
    // values as text, each shortened to `maxLength` characters; "(secret changed)" for a
    // secret; the detail sentence for changes that are not one value (a schema change).
    QString summary(int maxLength = 40) const;
    // A value as a cell shows it: a string as its text, anything else as compact JSON, cut to
    // `maxLength` characters with an ellipsis.
    static QString shortValue(const QJsonValue &value, int maxLength = 40);
};

// Which entries to list, newest first.
struct HistoryQuery {
    QString integrationRef; // id or name; empty: every integration
    QString orgRef;         // id or name; empty: every organization and the defaults
    int limit = 100;        // 1..10000
    qint64 beforeId = 0;    // paging: only entries older than this id (0: from the newest)
};

} // namespace bifrost
