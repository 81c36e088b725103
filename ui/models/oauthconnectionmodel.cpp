#include "oauthconnectionmodel.h"

#include "session/adminsession.h"
#include "statuscells.h"
#include "store/store.h"

#include <QFont>
#include <QLocale>
#include <QTimer>

namespace bifrost {

namespace {

QString durationText(qint64 seconds) {
    if (seconds < 60)
        return OAuthConnectionModel::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return OAuthConnectionModel::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < qint64(2) * 86400) {
        const int hours = int(seconds / 3600);
        const int minutes = int(seconds % 3600 / 60);
        return minutes == 0 ? OAuthConnectionModel::tr("%n h", nullptr, hours)
                            : OAuthConnectionModel::tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    return OAuthConnectionModel::tr("%n day(s)", nullptr, int(seconds / 86400));
}

QString timeText(const QDateTime &time) {
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

bool sameRows(const auto &a, const auto &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).organizationId != b.at(i).organizationId)
            return false;
    }
    return true;
}

} // namespace

OAuthConnectionModel::OAuthConnectionModel(AdminSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &OAuthConnectionModel::tick);
    connect(session, &AdminSession::oauthChanged, this, [this](const QString &integrationId) {
        if (!m_integrationId.isEmpty() && (integrationId.isEmpty() || integrationId == m_integrationId))
            reload();
    });
    connect(session, &AdminSession::organizationsChanged, this, &OAuthConnectionModel::reload);
    connect(session, &AdminSession::integrationsChanged, this, &OAuthConnectionModel::reload);
    connect(session, &AdminSession::everythingChanged, this, &OAuthConnectionModel::reload);
}

void OAuthConnectionModel::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
    reload();
}

void OAuthConnectionModel::setLive(bool live) {
    if (live == m_timer->isActive())
        return;
    if (!live) {
        m_timer->stop();
        return;
    }
    m_timer->start();
    tick(); // the texts are as old as the time the model was hidden
}

bool OAuthConnectionModel::isLive() const {
    return m_timer->isActive();
}

void OAuthConnectionModel::reload() {
    m_loadError.clear();
    m_hasSettings = false;
    m_now = m_session->oauth().now();
    m_nextChange = {};
    if (m_integrationId.isEmpty()) {
        setRows({});
        return;
    }
    Store &store = m_session->store();
    auto settings = store.oauthSettings(m_integrationId);
    if (!settings) {
        m_loadError = settings.error().message;
        setRows({});
        return;
    }
    m_hasSettings = settings->has_value();
    m_marginSeconds = m_hasSettings ? (*settings)->refreshMarginSeconds : 300;
    QHash<QString, oauth::ConnectionStatus> byOrganization;
    if (m_hasSettings) {
        auto statuses = m_session->oauth().statuses(m_integrationId, m_now);
        if (!statuses) {
            m_loadError = statuses.error().message;
            setRows({});
            return;
        }
        for (const oauth::ConnectionStatus &s : std::as_const(*statuses)) {
            if (s.status != TokenStatus::NotConnected)
                byOrganization.insert(s.organizationId, s);
        }
    }
    auto organizations = store.organizations();
    if (!organizations) {
        m_loadError = organizations.error().message;
        setRows({});
        return;
    }
    QList<Row> rows;
    rows.reserve(organizations->size() + 1);
    Row defaultRow;
    defaultRow.name = tr("Default connection");
    if (auto it = byOrganization.constFind(QString()); it != byOrganization.cend())
        defaultRow.status = *it;
    rows << defaultRow;
    for (const Organization &org : std::as_const(*organizations)) {
        Row row;
        row.organizationId = org.id;
        row.name = org.name;
        if (auto it = byOrganization.constFind(org.id); it != byOrganization.cend())
            row.status = *it;
        rows << row;
    }
    // When the clock alone will turn a connection expiring or expired, reload then.
    for (const Row &row : std::as_const(rows)) {
        if (!row.status || !row.status->expiresAt.isValid() || row.status->status == TokenStatus::Failed)
            continue;
        for (const QDateTime &at : {row.status->expiresAt.addSecs(-m_marginSeconds), row.status->expiresAt}) {
            if (at > m_now && (!m_nextChange.isValid() || at < m_nextChange))
                m_nextChange = at;
        }
    }
    setRows(std::move(rows));
}

void OAuthConnectionModel::setRows(QList<Row> rows) {
    if (sameRows(m_rows, rows)) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_rowById.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).organizationId, int(i));
    endResetModel();
}

void OAuthConnectionModel::tick() {
    const QDateTime now = m_session->oauth().now();
    if (m_nextChange.isValid() && now >= m_nextChange) {
        reload();
        return;
    }
    m_now = now;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).status && m_rows.at(row).status->expiresAt.isValid()) {
            const QModelIndex cell = index(row, ExpiresColumn);
            Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole});
        }
    }
}

QString OAuthConnectionModel::expiryText(const QDateTime &expiresAt, const QDateTime &now) {
    if (!expiresAt.isValid())
        return tr("unknown");
    const qint64 left = now.secsTo(expiresAt);
    if (left > 0)
        return tr("expires in %1").arg(durationText(left));
    return tr("expired %1 ago").arg(durationText(-left));
}

QString OAuthConnectionModel::statusText(TokenStatus status) {
    switch (status) {
    case TokenStatus::NotConnected:
        return tr("not connected");
    case TokenStatus::Connected:
        return tr("connected");
    case TokenStatus::Expiring:
        return tr("expiring");
    case TokenStatus::Expired:
        return tr("expired");
    case TokenStatus::Failed:
        return tr("failed");
    }
    return {};
}

int OAuthConnectionModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OAuthConnectionModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OAuthConnectionModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool isDefault = row.organizationId.isEmpty();
    const TokenStatus status = row.status ? row.status->status : TokenStatus::NotConnected;
    switch (role) {
    case OrganizationIdRole:
        return row.organizationId;
    case IsDefaultRole:
        return isDefault;
    case HasConnectionRole:
        return row.status.has_value();
    case StatusRole:
        return int(status);
    default:
        break;
    }
    const bool usesDefault = !isDefault && !row.status && m_rows.first().status.has_value();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case StateColumn:
            return usesDefault ? tr("default") : statusText(status);
        case ExpiresColumn:
            return row.status ? expiryText(row.status->expiresAt, m_now) : QString();
        case LastRefreshColumn:
            if (!row.status)
                return QString();
            return row.status->lastRefreshAt.isValid() ? timeText(row.status->lastRefreshAt) : tr("never");
        case LastErrorColumn:
            return row.status ? row.status->lastError : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StateColumn) {
            if (usesDefault)
                return tr("%1 has no connection of its own and uses the default connection (%2).")
                    .arg(row.name, statusText(m_rows.first().status->status));
            if (status == TokenStatus::Failed)
                return tr("The provider refused the refresh token: connect again.");
            if (status == TokenStatus::Expired)
                return tr(
                    "The access token has expired and could not be refreshed: refresh or connect again.");
        }
        if (index.column() == ExpiresColumn && row.status && row.status->expiresAt.isValid())
            return timeText(row.status->expiresAt);
        if (index.column() == LastErrorColumn && row.status && !row.status->lastError.isEmpty())
            return row.status->lastError;
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return tokenStatusForeground(status);
    if (role == Qt::FontRole && isDefault) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant OAuthConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Connection");
    case StateColumn:
        return tr("State");
    case ExpiresColumn:
        return tr("Expires");
    case LastRefreshColumn:
        return tr("Last refresh");
    case LastErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace bifrost
