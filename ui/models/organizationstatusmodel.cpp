#include "organizationstatusmodel.h"

#include "commands/mappingcommand.h"
#include "oauth/oauthservice.h"
#include "oauthconnectionmodel.h"
#include "session/adminsession.h"

#include <QBrush>
#include <QColor>

namespace bifrost {

namespace {

QString searchTextOf(const OrganizationStatus &s) {
    QString text = s.organization.name;
    if (s.mapping)
        text += QLatin1Char('\n') + s.mapping->entityId + QLatin1Char('\n') + s.mapping->entityName;
    return text.toCaseFolded();
}

bool sameRows(const QList<OrganizationStatus> &a, const QList<OrganizationStatus> &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).organization.id != b.at(i).organization.id)
            return false;
    }
    return true;
}

} // namespace

OrganizationStatusModel::OrganizationStatusModel(AdminSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(session, &AdminSession::mappingsChanged, this, &OrganizationStatusModel::onChanged);
    connect(session, &AdminSession::configChanged, this, &OrganizationStatusModel::onChanged);
    connect(session, &AdminSession::integrationChanged, this, &OrganizationStatusModel::onChanged);
    connect(session, &AdminSession::organizationsChanged, this, &OrganizationStatusModel::reload);
    connect(session, &AdminSession::everythingChanged, this, &OrganizationStatusModel::reload);
    connect(session, &AdminSession::integrationsChanged, this, &OrganizationStatusModel::reload);
    connect(session, &AdminSession::oauthChanged, this, [this](const QString &integrationId) {
        if (integrationId.isEmpty())
            onChanged(m_integrationId);
        else
            onChanged(integrationId);
    });
}

void OrganizationStatusModel::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
    reload();
}

void OrganizationStatusModel::onChanged(const QString &integrationId) {
    if (!m_integrationId.isEmpty() && integrationId == m_integrationId)
        reload();
}

void OrganizationStatusModel::reload() {
    m_loadError.clear();
    if (m_integrationId.isEmpty()) {
        m_entityIdLabel.clear();
        setRows({});
        return;
    }
    auto integration = m_session->store().integration(m_integrationId);
    if (!integration) {
        // Deleted meanwhile: show nothing rather than stale rows.
        m_loadError = integration.error().message;
        m_entityIdLabel.clear();
        setRows({});
        Q_EMIT errorOccurred(m_loadError);
        return;
    }
    const QString label = integration->entityIdLabel;
    auto statuses = m_session->store().organizationStatuses(m_integrationId);
    if (!statuses) {
        m_loadError = statuses.error().message;
        setRows({});
        Q_EMIT errorOccurred(m_loadError);
        return;
    }
    // One call for every connection of the integration, whatever the number of rows. It lists
    // nothing for an integration without OAuth settings; a failure leaves the column empty.
    m_connections.clear();
    if (auto connections = m_session->oauth().statuses(m_integrationId, m_session->oauth().now())) {
        for (const oauth::ConnectionStatus &c : std::as_const(*connections))
            m_connections.insert(c.organizationId, c.status);
    }
    if (label != m_entityIdLabel) {
        m_entityIdLabel = label;
        Q_EMIT headerDataChanged(Qt::Horizontal, EntityIdColumn, EntityIdColumn);
    }
    setRows(std::move(*statuses));
}

void OrganizationStatusModel::setRows(QList<OrganizationStatus> rows) {
    QList<QString> search;
    search.reserve(rows.size());
    for (const OrganizationStatus &s : std::as_const(rows))
        search.append(searchTextOf(s));

    if (sameRows(m_rows, rows)) {
        m_rows = std::move(rows);
        m_searchText = std::move(search);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_searchText = std::move(search);
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).organization.id, int(i));
    endResetModel();
}

QString OrganizationStatusModel::entityIdLabel() const {
    return m_entityIdLabel.isEmpty() ? tr("Entity ID") : m_entityIdLabel;
}

int OrganizationStatusModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganizationStatusModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationStatusModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrganizationStatus &s = m_rows.at(index.row());
    switch (role) {
    case OrganizationIdRole:
        return s.organization.id;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case MappedRole:
        return s.mapping.has_value() && !s.mapping->entityId.isEmpty();
    case MissingRequiredRole:
        return !s.missingRequired.isEmpty();
    case OverrideCountRole:
        return s.overrideCount;
    case ConnectionStatusRole:
        return int(m_connections.value(s.organization.id, TokenStatus::NotConnected));
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case OrganizationColumn:
            return s.organization.name;
        case EntityIdColumn:
        case EntityNameColumn:
        case OverridesColumn:
        case MissingColumn:
            return statusCellValue(s, StatusColumn(column));
        case ConnectionColumn:
            return connectionText(s.organization.id);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == MissingColumn && !s.missingRequired.isEmpty())
            return tr("Required keys with neither a default nor an override for %1: %2. Set a default or an "
                      "override for each.")
                .arg(s.organization.name, missingRequiredText(s.missingRequired));
        if (column == ConnectionColumn && !m_connections.isEmpty() &&
            usesDefaultConnection(s.organization.id))
            return tr("%1 has no connection of its own and uses the integration's default connection (%2).")
                .arg(s.organization.name, OAuthConnectionModel::statusText(
                                              m_connections.value(QString(), TokenStatus::NotConnected)));
        if ((column == EntityIdColumn || column == EntityNameColumn) && !s.mapping)
            return tr("%1 has no mapping for this integration yet; double-click to enter one.")
                .arg(s.organization.name);
        return {};
    }
    if (role == Qt::ForegroundRole && column == ConnectionColumn)
        return tokenStatusForeground(m_connections.value(s.organization.id, TokenStatus::NotConnected));
    if (role == Qt::TextAlignmentRole && column == OverridesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (column == MissingColumn && !s.missingRequired.isEmpty()) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        if (role == Qt::FontRole)
            return missingRequiredFont();
    }
    return {};
}

QVariant OrganizationStatusModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case OrganizationColumn:
            return tr("Organization");
        case EntityIdColumn:
            return entityIdLabel();
        case EntityNameColumn:
            return tr("Entity name");
        case OverridesColumn:
            return tr("Overrides");
        case MissingColumn:
            return tr("Missing required");
        case ConnectionColumn:
            return tr("Connection");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OverridesColumn:
            return tr("Number of keys this organization overrides");
        case MissingColumn:
            return tr("Required keys with neither a default nor an override");
        case ConnectionColumn:
            return tr("The organization's OAuth connection, or \"default\" when it uses the integration's "
                      "default connection");
        default:
            return {};
        }
    }
    return {};
}

bool OrganizationStatusModel::usesDefaultConnection(const QString &organizationId) const {
    if (m_connections.value(organizationId, TokenStatus::NotConnected) != TokenStatus::NotConnected)
        return false;
    return m_connections.value(QString(), TokenStatus::NotConnected) != TokenStatus::NotConnected;
}

QString OrganizationStatusModel::connectionText(const QString &organizationId) const {
    if (m_connections.isEmpty())
        return {}; // no OAuth for this integration
    if (usesDefaultConnection(organizationId))
        return tr("default");
    return OAuthConnectionModel::statusText(m_connections.value(organizationId, TokenStatus::NotConnected));
}

Qt::ItemFlags OrganizationStatusModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == EntityIdColumn || index.column() == EntityNameColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool OrganizationStatusModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int column = index.column();
    if (column != EntityIdColumn && column != EntityNameColumn)
        return false;
    const OrganizationStatus &s = m_rows.at(index.row());
    const QString text = value.toString().trimmed();
    MappingCommand::Edit edit;
    edit.organizationId = s.organization.id;
    edit.entityId = s.mapping ? s.mapping->entityId : QString();
    edit.entityName = s.mapping ? s.mapping->entityName : QString();
    QString &target = column == EntityIdColumn ? edit.entityId : edit.entityName;
    if (target == text && (s.mapping || text.isEmpty()))
        return true; // nothing to write
    target = text;
    edit.expected = ExpectedMapping::of(s.mapping);
    const QString what = column == EntityIdColumn ? entityIdLabel() : tr("entity name");
    auto cmd = std::make_unique<MappingCommand>(m_session, m_integrationId, QList<MappingCommand::Edit>{edit},
                                                tr("Set %1 of %2").arg(what, s.organization.name));
    // The session announces the change and reload() refreshes this row in place.
    if (auto done = m_session->execute(std::move(cmd)); !done) {
        Q_EMIT errorOccurred(done.error().message);
        return false;
    }
    return true;
}

} // namespace bifrost
