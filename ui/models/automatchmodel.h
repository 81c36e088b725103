#pragma once

#include "mapping/namematcher.h"
#include "model/mapping.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace bifrost {

// Proposed organization -> external entity matches with a per-row accept check box: exact
// matches start accepted, fuzzy ones start unchecked so that a similar name is never mapped
// without the admin saying so. Organizations without a candidate are not listed.
class AutoMatchModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        AcceptColumn,
        OrganizationColumn,
        EntityIdColumn,
        EntityNameColumn,
        KindColumn,
        ScoreColumn,
        CurrentColumn,
        ColumnCount
    };

    struct Row {
        NameMatch match;
        std::optional<Mapping> current; // the mapping the organization had when matched
        bool accepted = false;
    };

    explicit AutoMatchModel(QObject *parent = nullptr);

    // Keeps the matches that have an entity; `current` gives each organization's mapping (by id).
    void setMatches(const QList<NameMatch> &matches, const QHash<QString, std::optional<Mapping>> &current);
    const QList<Row> &rows() const { return m_rows; }
    int acceptedCount() const;
    void setAllAccepted(bool accepted);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void acceptedCountChanged(int count);

private:
    QList<Row> m_rows;
};

} // namespace bifrost
