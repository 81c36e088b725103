#include "mappingimportmodel.h"

#include <QBrush>
#include <QColor>

namespace bifrost {

MappingImportModel::MappingImportModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void MappingImportModel::setRows(QList<MappingImportRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int MappingImportModel::count(ImportAction action) const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [action](const MappingImportRow &r) { return r.action == action; }));
}

QString MappingImportModel::actionText(ImportAction action) {
    switch (action) {
    case ImportAction::Create:
        return tr("Create");
    case ImportAction::Update:
        return tr("Update");
    case ImportAction::Unchanged:
        return tr("Unchanged");
    case ImportAction::UnknownOrganization:
        return tr("Unknown organization (skipped)");
    }
    return {};
}

int MappingImportModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingImportModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingImportModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingImportRow &r = m_rows.at(index.row());
    if (role == ActionRole)
        return int(r.action);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return r.row.line;
        case OrganizationColumn:
            return r.row.organization;
        case EntityIdColumn:
            return r.row.entityId;
        case EntityNameColumn:
            return r.row.entityName;
        case ActionColumn:
            return actionText(r.action);
        case CurrentColumn:
            if (!r.current)
                return QString();
            return r.current->entityName.isEmpty()
                       ? r.current->entityId
                       : QStringLiteral("%1 (%2)").arg(r.current->entityId, r.current->entityName);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && r.action == ImportAction::UnknownOrganization)
        return tr("No organization is named \"%1\". Add it on the Organizations page or correct the name; "
                  "this "
                  "line is skipped.")
            .arg(r.row.organization);
    if (role == Qt::BackgroundRole && index.column() == ActionColumn) {
        switch (r.action) {
        case ImportAction::Create:
            return QBrush(QColor(0xdf, 0xf5, 0xe1));
        case ImportAction::Update:
            return QBrush(QColor(0xff, 0xf1, 0xc4));
        case ImportAction::UnknownOrganization:
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        case ImportAction::Unchanged:
            return {};
        }
    }
    return {};
}

QVariant MappingImportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case OrganizationColumn:
        return tr("Organization");
    case EntityIdColumn:
        return tr("Entity ID");
    case EntityNameColumn:
        return tr("Entity name");
    case ActionColumn:
        return tr("Action");
    case CurrentColumn:
        return tr("Current mapping");
    default:
        return {};
    }
}

} // namespace bifrost
