#include "automatchmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bifrost {

AutoMatchModel::AutoMatchModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AutoMatchModel::setMatches(const QList<NameMatch> &matches,
                                const QHash<QString, std::optional<Mapping>> &current) {
    beginResetModel();
    m_rows.clear();
    for (const NameMatch &m : matches) {
        if (!m.entity || m.kind == MatchKind::None)
            continue;
        m_rows.append({m, current.value(m.organization.id), m.kind == MatchKind::Exact});
    }
    endResetModel();
    Q_EMIT acceptedCountChanged(acceptedCount());
}

int AutoMatchModel::acceptedCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.accepted; }));
}

void AutoMatchModel::setAllAccepted(bool accepted) {
    if (m_rows.isEmpty())
        return;
    for (Row &r : m_rows)
        r.accepted = accepted;
    Q_EMIT dataChanged(index(0, AcceptColumn), index(rowCount() - 1, AcceptColumn), {Qt::CheckStateRole});
    Q_EMIT acceptedCountChanged(acceptedCount());
}

int AutoMatchModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AutoMatchModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AutoMatchModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == AcceptColumn)
        return r.accepted ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case OrganizationColumn:
            return r.match.organization.name;
        case EntityIdColumn:
            return r.match.entity->id;
        case EntityNameColumn:
            return r.match.entity->name;
        case KindColumn:
            return r.match.kind == MatchKind::Exact ? tr("Exact") : tr("Fuzzy");
        case ScoreColumn:
            return QString(QLocale().toString(r.match.score * 100, 'f', 0) + QLatin1Char('%'));
        case CurrentColumn:
            return r.current ? r.current->entityId : QString();
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole && column == AcceptColumn)
        return tr("Accept match of %1").arg(r.match.organization.name);
    if (role == Qt::ToolTipRole && column == CurrentColumn && r.current)
        return tr("Accepting replaces the current mapping (%1).").arg(r.current->entityId);
    if (role == Qt::BackgroundRole && column == KindColumn && r.match.kind == MatchKind::Fuzzy)
        return QBrush(QColor(0xff, 0xf1, 0xc4));
    if (role == Qt::TextAlignmentRole && column == ScoreColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AutoMatchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AcceptColumn:
        return tr("Accept");
    case OrganizationColumn:
        return tr("Organization");
    case EntityIdColumn:
        return tr("Entity ID");
    case EntityNameColumn:
        return tr("Entity name");
    case KindColumn:
        return tr("Match");
    case ScoreColumn:
        return tr("Score");
    case CurrentColumn:
        return tr("Current entity ID");
    default:
        return {};
    }
}

Qt::ItemFlags AutoMatchModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == AcceptColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool AutoMatchModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::CheckStateRole || index.column() != AcceptColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool accepted = value.toInt() == Qt::Checked;
    Row &r = m_rows[index.row()];
    if (r.accepted == accepted)
        return true;
    r.accepted = accepted;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT acceptedCountChanged(acceptedCount());
    return true;
}

} // namespace bifrost
