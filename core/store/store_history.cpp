// Store: the change history. Every write path calls record() inside its own transaction, so an
// entry exists exactly when its change committed.
#include "changefeed.h"
#include "store.h"
#include "storeutil.h"
#include "validate/valuevalidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace bifrost {

namespace {

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

constexpr int maxHistoryLimit = 10000;

QVariant valueColumn(const std::optional<QJsonValue> &value, bool secret) {
    if (secret || !value)
        return detail::nullText();
    return toJsonText(*value);
}

std::optional<QJsonValue> valueFrom(const QVariant &column) {
    if (column.isNull())
        return std::nullopt;
    return detail::jsonFromColumn(column.toString());
}

// "?, ?, ?" for n parameters.
QString placeholders(qsizetype n) {
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// NOTIFY refuses payloads of 8000 bytes or more; names are the only long fields.
constexpr qsizetype maxPayloadBytes = 7900;

} // namespace

QByteArray changePayload(const ChangeNotice &notice) {
    QJsonObject o{{QStringLiteral("action"), notice.action},
                  {QStringLiteral("integration_id"), notice.integrationId},
                  {QStringLiteral("organization_id"), notice.organizationId},
                  {QStringLiteral("key"), notice.key},
                  {QStringLiteral("actor"), notice.actor},
                  {QStringLiteral("integration_name"), notice.integrationName},
                  {QStringLiteral("organization_name"), notice.organizationName}};
    QByteArray payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (payload.size() > maxPayloadBytes) {
        // Listeners find the names by id; the ids are what they reload by.
        o.remove(QStringLiteral("integration_name"));
        o.remove(QStringLiteral("organization_name"));
        o.insert(QStringLiteral("key"), notice.key.left(200));
        payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return payload;
}

std::optional<ChangeNotice> parseChangePayload(const QString &payload) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue action = o.value(QStringLiteral("action"));
    if (!action.isString() || action.toString().isEmpty())
        return std::nullopt;
    ChangeNotice notice;
    notice.action = action.toString();
    // A field of another type than text makes the whole notice suspect.
    const auto text = [&o](const char *name, QString &into) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        into = v.toString();
        return true;
    };
    if (!text("integration_id", notice.integrationId) || !text("organization_id", notice.organizationId) ||
        !text("key", notice.key) || !text("actor", notice.actor) ||
        !text("integration_name", notice.integrationName) ||
        !text("organization_name", notice.organizationName))
        return std::nullopt;
    return notice;
}

Result<void> Store::record(HistoryEntry entry) {
    // Outside a transaction an entry could commit without its change, or the other way round.
    if (m_frames.empty())
        return Error::internal(
            QStringLiteral("a history entry must be written inside the change's transaction"));
    QSqlQuery &q =
        query("INSERT INTO history (at, actor, action, integration_id, integration_name, organization_id,"
              " organization_name, organization_key, key, old_value, new_value, secret, detail)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(detail::now());
    q.addBindValue(detail::nonNullText(m_actor));
    q.addBindValue(entry.action);
    q.addBindValue(detail::nonNullText(entry.integrationId));
    q.addBindValue(detail::nonNullText(entry.integrationName));
    q.addBindValue(detail::nonNullText(entry.organizationId));
    q.addBindValue(detail::nonNullText(entry.organizationName));
    q.addBindValue(detail::nonNullText(
        entry.organizationName.isEmpty() ? QString() : organizationNameKey(entry.organizationName)));
    q.addBindValue(detail::nonNullText(entry.key));
    q.addBindValue(valueColumn(entry.oldValue, entry.secret));
    q.addBindValue(valueColumn(entry.newValue, entry.secret));
    q.addBindValue(entry.secret ? 1 : 0);
    q.addBindValue(detail::nonNullText(entry.detail));
    if (auto done = exec(q); !done)
        return done;
    return notifyChange(entry);
}

Result<void> Store::notifyChange(const HistoryEntry &entry) {
    if (!isPostgres())
        return {};
    // Sent by PostgreSQL at commit, and not at all on rollback: listeners (changefeed.h) hear
    // of exactly the changes that happened. Names and ids only, never a value.
    ChangeNotice notice;
    notice.action = entry.action;
    notice.integrationId = entry.integrationId;
    notice.organizationId = entry.organizationId;
    notice.key = entry.key;
    notice.actor = m_actor;
    notice.integrationName = entry.integrationName;
    notice.organizationName = entry.organizationName;
    QSqlQuery &notify = query("SELECT pg_notify('bifrost_changes', ?)");
    notify.addBindValue(QString::fromUtf8(changePayload(notice)));
    auto sent = exec(notify);
    notify.finish();
    return sent;
}

Result<QList<HistoryEntry>> Store::history(const HistoryQuery &query) {
    if (query.limit < 1 || query.limit > maxHistoryLimit)
        return Error::invalid(Text::tr("the limit must be between 1 and %1; %2 was given")
                                  .arg(maxHistoryLimit)
                                  .arg(query.limit),
                              QStringLiteral("limit"));
    if (query.beforeId < 0)
        return Error::invalid(Text::tr("the paging id must not be negative"), QStringLiteral("before"));

    // A reference to a live object means its id, whatever it was called when an entry was
    // written. One that matches nothing live is looked up in the history itself: the id it
    // had, or every id that was recorded under that name (it was deleted or renamed away).
    const auto recordedIds = [this](const char *sql, const QString &ref,
                                    const QString &nameKey) -> Result<QStringList> {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(ref);
        q.addBindValue(nameKey);
        if (!q.exec())
            return sqlError(q);
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    };

    QStringList integrationIds;
    if (!query.integrationRef.isEmpty()) {
        if (auto live = findIntegration(query.integrationRef, false)) {
            integrationIds << live->id;
        } else if (live.error().code != ErrorCode::NotFound) {
            return live.error();
        } else {
            auto ids = recordedIds("SELECT integration_id FROM history WHERE integration_id = ?"
                                   " UNION SELECT integration_id FROM history WHERE integration_name = ?"
                                   " AND integration_id <> ''",
                                   query.integrationRef, query.integrationRef);
            if (!ids)
                return ids.error();
            if (ids->isEmpty())
                return Error::notFound(Text::tr("no integration named \"%1\", now or in the history; see "
                                                "`bifrostctl integration list`")
                                           .arg(query.integrationRef));
            integrationIds = *ids;
        }
    }
    QStringList organizationIds;
    if (!query.orgRef.isEmpty()) {
        if (auto live = findOrganization(query.orgRef)) {
            organizationIds << live->id;
        } else if (live.error().code != ErrorCode::NotFound) {
            return live.error();
        } else {
            auto ids = recordedIds("SELECT organization_id FROM history WHERE organization_id = ?"
                                   " UNION SELECT organization_id FROM history WHERE organization_key = ?"
                                   " AND organization_id <> ''",
                                   query.orgRef, organizationNameKey(query.orgRef));
            if (!ids)
                return ids.error();
            if (ids->isEmpty())
                return Error::notFound(Text::tr("no organization named \"%1\", now or in the history; see "
                                                "`bifrostctl org list`")
                                           .arg(query.orgRef));
            organizationIds = *ids;
        }
    }

    QStringList where;
    QVariantList params;
    if (!integrationIds.isEmpty()) {
        where << QStringLiteral("integration_id IN (%1)").arg(placeholders(integrationIds.size()));
        for (const QString &id : std::as_const(integrationIds))
            params << id;
    }
    if (!organizationIds.isEmpty()) {
        where << QStringLiteral("organization_id IN (%1)").arg(placeholders(organizationIds.size()));
        for (const QString &id : std::as_const(organizationIds))
            params << id;
    }
    if (query.beforeId > 0) {
        where << QStringLiteral("id < ?");
        params << query.beforeId;
    }
    const QString sql =
        QStringLiteral("SELECT id, at, actor, action, integration_id, integration_name, organization_id,"
                       " organization_name, key, old_value, new_value, secret, detail FROM history") +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(query.limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &param : std::as_const(params))
        q.addBindValue(param);
    if (!q.exec())
        return sqlError(q);
    QList<HistoryEntry> entries;
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.at = detail::timestamp(q.value(1).toString());
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.integrationId = q.value(4).toString();
        e.integrationName = q.value(5).toString();
        e.organizationId = q.value(6).toString();
        e.organizationName = q.value(7).toString();
        e.key = q.value(8).toString();
        e.secret = q.value(11).toBool();
        if (!e.secret) {
            e.oldValue = valueFrom(q.value(9));
            e.newValue = valueFrom(q.value(10));
        }
        e.detail = q.value(12).toString();
        entries << e;
    }
    return entries;
}

} // namespace bifrost
