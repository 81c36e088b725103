#pragma once

#include "mapping/mappingimport.h"

#include <QAbstractTableModel>
#include <QList>

namespace bifrost {

// The preview of a mapping CSV import: one row per CSV line with what applying it would do.
// Read-only; the rows come from previewMappingImport.
class MappingImportModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        OrganizationColumn,
        EntityIdColumn,
        EntityNameColumn,
        ActionColumn,
        CurrentColumn,
        ColumnCount
    };
    enum Role { ActionRole = Qt::UserRole + 1 }; // int(ImportAction)

    explicit MappingImportModel(QObject *parent = nullptr);

    void setRows(QList<MappingImportRow> rows);
    const QList<MappingImportRow> &rows() const { return m_rows; }
    int count(ImportAction action) const;

    static QString actionText(ImportAction action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MappingImportRow> m_rows;
};

} // namespace bifrost
