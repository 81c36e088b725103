#include "integrationstatusmodel.h"

#include "session/adminsession.h"

namespace bifrost {

IntegrationStatusModel::IntegrationStatusModel(AdminSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    // Any of these can change a row: a mapping, an override, a schema that adds a required key.
    connect(session, &AdminSession::integrationsChanged, this, &IntegrationStatusModel::reload);
    connect(session, &AdminSession::organizationsChanged, this, &IntegrationStatusModel::reload);
    connect(session, &AdminSession::everythingChanged, this, &IntegrationStatusModel::reload);
    connect(session, &AdminSession::integrationChanged, this, &IntegrationStatusModel::reload);
    connect(session, &AdminSession::configChanged, this, &IntegrationStatusModel::reload);
    connect(session, &AdminSession::mappingsChanged, this, &IntegrationStatusModel::reload);
}

void IntegrationStatusModel::setOrganization(const QString &organizationId) {
    m_organizationId = organizationId;
    reload();
}

void IntegrationStatusModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_loadError.clear();
    if (!m_organizationId.isEmpty()) {
        if (auto statuses = m_session->store().integrationStatuses(m_organizationId))
            m_rows = std::move(*statuses);
        else
            m_loadError = statuses.error().message;
    }
    endResetModel();
    if (!m_loadError.isEmpty())
        Q_EMIT loadFailed(m_loadError);
}

int IntegrationStatusModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntegrationStatusModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrationStatusModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntegrationStatus &row = m_rows.at(index.row());
    switch (role) {
    case IntegrationIdRole:
        return row.integration.id;
    case MissingRequiredRole:
        return !row.missingRequired.isEmpty();
    case OverrideCountRole:
        return row.overrideCount;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case IntegrationColumn:
            return row.integration.name;
        case EntityIdColumn:
        case EntityNameColumn:
        case OverridesColumn:
        case MissingColumn:
            return statusCellValue(row, StatusColumn(index.column()));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MissingColumn && !row.missingRequired.isEmpty())
            return tr("Required keys without a default or an override: %1")
                .arg(missingRequiredText(row.missingRequired));
        if (index.column() == EntityIdColumn && !row.mapping)
            return tr("Not mapped: this organization has no entity in %1").arg(row.integration.name);
        return {};
    case Qt::FontRole:
        if (index.column() == MissingColumn && !row.missingRequired.isEmpty())
            return missingRequiredFont();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OverridesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant IntegrationStatusModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IntegrationColumn:
        return tr("Integration");
    case EntityIdColumn:
        return tr("Entity ID");
    case EntityNameColumn:
        return tr("Entity name");
    case OverridesColumn:
        return tr("Overrides");
    case MissingColumn:
        return tr("Missing required");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bifrost
