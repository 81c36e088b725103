#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace bifrost {

// Filters the rows of an OrganizationStatusModel as the admin types: case-insensitive on the
// organization name, entity id and entity name, plus the quick filters. It reads only the
// search text the source model prepared, never the store, so a keystroke over 2,000 rows costs
// well under a frame.
class OrganizationFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit OrganizationFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_needle; }
    void setOnlyMissingRequired(bool on);
    bool onlyMissingRequired() const { return m_onlyMissing; }
    void setOnlyUnmapped(bool on);
    bool onlyUnmapped() const { return m_onlyUnmapped; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_needle; // case-folded
    bool m_onlyMissing = false;
    bool m_onlyUnmapped = false;
};

} // namespace bifrost
