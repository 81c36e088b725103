#include "organizationfilterproxymodel.h"

#include "organizationstatusmodel.h"

namespace bifrost {

OrganizationFilterProxyModel::OrganizationFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false); // locale-aware comparison costs too much per keystroke at 2,000 rows
}

void OrganizationFilterProxyModel::setSearchText(const QString &text) {
    const QString needle = text.trimmed().toCaseFolded();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

void OrganizationFilterProxyModel::setOnlyMissingRequired(bool on) {
    if (on == m_onlyMissing)
        return;
    m_onlyMissing = on;
    invalidateRowsFilter();
}

void OrganizationFilterProxyModel::setOnlyUnmapped(bool on) {
    if (on == m_onlyUnmapped)
        return;
    m_onlyUnmapped = on;
    invalidateRowsFilter();
}

bool OrganizationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyMissing && !index.data(OrganizationStatusModel::MissingRequiredRole).toBool())
        return false;
    if (m_onlyUnmapped && index.data(OrganizationStatusModel::MappedRole).toBool())
        return false;
    if (m_needle.isEmpty())
        return true;
    return index.data(OrganizationStatusModel::SearchTextRole).toString().contains(m_needle);
}

bool OrganizationFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    switch (left.column()) {
    case OrganizationStatusModel::OrganizationColumn:
        // The store orders by name already: comparing rows keeps a re-sort after each keystroke cheap.
        return left.row() < right.row();
    case OrganizationStatusModel::OverridesColumn:
        return left.data(OrganizationStatusModel::OverrideCountRole).toInt() <
               right.data(OrganizationStatusModel::OverrideCountRole).toInt();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace bifrost
