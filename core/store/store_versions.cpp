// Store: row versions and the conflict message of a stale edit (issue 7).
#include "store.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace bifrost {

namespace {

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

} // namespace

Result<qint64> Store::rowVersion() {
    if (m_frames.empty())
        return Error::internal(QStringLiteral("a row version is taken only inside a write transaction"));
    for (const Frame &frame : m_frames) {
        if (frame.version > 0)
            return frame.version;
    }
    // We hold the writer lock (BEGIN IMMEDIATE, or the advisory lock on PostgreSQL), so no other
    // writer can read the same number before we commit.
    QSqlQuery &bump = query("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT)"
                            " WHERE key = 'row_version'");
    if (auto done = exec(bump); !done)
        return done.error();
    QSqlQuery &read = query("SELECT value FROM meta WHERE key = 'row_version'");
    if (auto done = exec(read); !done)
        return done.error();
    const qint64 version = read.next() ? read.value(0).toString().toLongLong() : 0;
    read.finish();
    if (version <= 0)
        return Error::internal(Text::tr("the database %1 has no row version counter").arg(m_path));
    m_frames.back().version = version;
    return version;
}

Error Store::staleRow(const QString &what, const QString &integrationId, const QString &organizationId,
                      const QString &key, const QStringList &actions, const QString &field) {
    // The newest entry about this row is the change that made the edit stale: the writer lock we
    // hold keeps it the newest until we roll back.
    QString sql = QStringLiteral("SELECT at, actor, action, old_value, new_value, secret, detail FROM history"
                                 " WHERE integration_id = ? AND organization_id = ? AND key = ?"
                                 " AND action IN (");
    for (qsizetype i = 0; i < actions.size(); ++i)
        sql += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    sql += QStringLiteral(") ORDER BY id DESC LIMIT 1");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(detail::nonNullText(integrationId));
    q.addBindValue(detail::nonNullText(organizationId));
    q.addBindValue(detail::nonNullText(key));
    for (const QString &action : actions)
        q.addBindValue(action);
    Error error;
    if (q.exec() && q.next()) {
        HistoryEntry entry;
        entry.at = detail::timestamp(q.value(0).toString());
        entry.actor = q.value(1).toString();
        entry.action = q.value(2).toString();
        entry.secret = q.value(5).toBool();
        if (!entry.secret) {
            if (!q.value(3).isNull())
                entry.oldValue = detail::jsonFromColumn(q.value(3).toString());
            if (!q.value(4).isNull())
                entry.newValue = detail::jsonFromColumn(q.value(4).toString());
        }
        entry.detail = q.value(6).toString();
        const QString when =
            entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
        const bool removed = entry.action.endsWith(QLatin1String(".unset")) ||
                             entry.action.endsWith(QLatin1String(".remove")) ||
                             entry.action.endsWith(QLatin1String(".delete"));
        error = Error::conflict(
            (removed ? Text::tr("%1 was removed by %2 at %3 (%4) after you loaded it; nothing was saved; "
                                "reload and try again")
                     : Text::tr("%1 was changed by %2 at %3 (%4) after you loaded it; nothing was saved; "
                                "reload and try again"))
                .arg(what, entry.actor, when, entry.summary()));
    } else {
        error = Error::conflict(
            Text::tr("%1 was changed by someone else after you loaded it; nothing was saved; reload and try "
                     "again")
                .arg(what));
    }
    error.field = field;
    return error;
}

Error Store::staleIntegration(const Integration &integration) {
    return staleRow(Text::tr("integration \"%1\"").arg(integration.name), integration.id, QString(),
                    QString(),
                    {QStringLiteral("integration.create"), QStringLiteral("integration.rename"),
                     QStringLiteral("integration.update")},
                    QStringLiteral("version"));
}

} // namespace bifrost
