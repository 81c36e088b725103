#include "historymodel.h"

#include "session/adminsession.h"
#include "store/store.h"

#include <QJsonDocument>

#include <algorithm>

namespace bifrost {

namespace {

constexpr int maxQueryLimit = 10000; // Store::history's upper bound

// A value in full for a tooltip: the cell shows it shortened.
QString fullValue(const std::optional<QJsonValue> &value) {
    if (!value)
        return HistoryModel::tr("(none)");
    return HistoryEntry::shortValue(*value, 2000);
}

} // namespace

HistoryModel::HistoryModel(AdminSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session) {}

void HistoryModel::setFilter(const QString &integrationId, const QString &organizationId) {
    if (m_active && integrationId == m_integrationId && organizationId == m_organizationId)
        return;
    // Rows of another filter must not decide how many the next reload keeps.
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_integrationId = integrationId;
    m_organizationId = organizationId;
    m_active = true;
    endResetModel();
}

void HistoryModel::clearFilter() {
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_integrationId.clear();
    m_organizationId.clear();
    m_active = false;
    endResetModel();
}

Result<QList<HistoryEntry>> HistoryModel::fetch(qint64 beforeId, int limit) {
    HistoryQuery query;
    query.integrationRef = m_integrationId;
    query.orgRef = m_organizationId;
    query.beforeId = beforeId;
    query.limit = std::clamp(limit, 1, maxQueryLimit);
    return m_session->store().history(query);
}

void HistoryModel::reload() {
    // Keeps every entry loaded so far (down to the oldest one), plus what was added since: one
    // page of room for new entries.
    const qint64 oldest = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const int wanted = std::min(int(m_rows.size()) + m_pageSize, maxQueryLimit);
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_loadError.clear();
    if (!m_active) {
        // nothing to list
    } else if (auto entries = fetch(0, wanted)) {
        m_rows = std::move(*entries);
        m_hasMore = m_rows.size() >= wanted;
        if (oldest > 0) {
            const auto older = std::find_if(m_rows.begin(), m_rows.end(),
                                            [oldest](const HistoryEntry &e) { return e.id < oldest; });
            if (older != m_rows.end()) {
                m_rows.erase(older, m_rows.end());
                m_hasMore = true;
            }
        }
    } else {
        m_loadError = entries.error().message;
    }
    endResetModel();
    Q_EMIT loaded();
}

void HistoryModel::loadMore() {
    if (!m_hasMore || m_rows.isEmpty())
        return;
    auto entries = fetch(m_rows.constLast().id, m_pageSize);
    if (!entries) {
        m_loadError = entries.error().message;
        Q_EMIT loaded();
        return;
    }
    m_loadError.clear();
    m_hasMore = entries->size() >= m_pageSize;
    if (!entries->isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(entries->size()) - 1);
        m_rows += *entries;
        endInsertRows();
    }
    Q_EMIT loaded();
}

QString HistoryModel::actionText(const QString &action) {
    static const QList<std::pair<const char *, const char *>> names = {
        {"config.set", QT_TR_NOOP("Value set")},
        {"config.unset", QT_TR_NOOP("Value removed")},
        {"schema.change", QT_TR_NOOP("Schema changed")},
        {"mapping.set", QT_TR_NOOP("Mapping set")},
        {"mapping.remove", QT_TR_NOOP("Mapping removed")},
        {"integration.create", QT_TR_NOOP("Integration created")},
        {"integration.rename", QT_TR_NOOP("Integration renamed")},
        {"integration.update", QT_TR_NOOP("Integration settings changed")},
        {"integration.delete", QT_TR_NOOP("Integration deleted")},
        {"organization.add", QT_TR_NOOP("Organization added")},
        {"organization.rename", QT_TR_NOOP("Organization renamed")},
        {"organization.remove", QT_TR_NOOP("Organization removed")},
        {"oauth.settings", QT_TR_NOOP("OAuth settings changed")},
        {"oauth.connect", QT_TR_NOOP("OAuth connected")},
        {"oauth.disconnect", QT_TR_NOOP("OAuth disconnected")},
        {"import", QT_TR_NOOP("Imported")},
        {"secrets.migrate", QT_TR_NOOP("Secrets moved")},
    };
    for (const auto &[code, text] : names) {
        if (action == QLatin1String(code))
            return tr(text);
    }
    return action;
}

int HistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_rows.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case ActionRole:
        return e.action;
    case SecretRole:
        return e.secret;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn:
            return e.actor;
        case ActionColumn:
            return actionText(e.action);
        case IntegrationColumn:
            return e.integrationName;
        case OrganizationColumn:
            if (!e.organizationName.isEmpty())
                return e.organizationName;
            return e.level() == QLatin1String("default") ? tr("Default") : QString();
        case KeyColumn:
            return e.key;
        case ChangeColumn:
            return e.summary(60);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return e.at.toLocalTime().toString(Qt::ISODate);
        case ActionColumn:
            return e.action;
        case ChangeColumn:
            if (e.secret)
                return tr("A secret changed; its value is never recorded.");
            if (!e.oldValue && !e.newValue)
                return e.detail;
            return QString(tr("Before: %1\nAfter: %2").arg(fullValue(e.oldValue), fullValue(e.newValue)) +
                           (e.detail.isEmpty() ? QString() : QStringLiteral("\n") + e.detail));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case IntegrationColumn:
        return tr("Integration");
    case OrganizationColumn:
        return tr("Organization / level");
    case KeyColumn:
        return tr("Key");
    case ChangeColumn:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bifrost
