#pragma once

#include "model/schemafield.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace bifrost {

// The schema editor's working copy: one row per field, edited cell by cell and only written to
// the store when the Schema tab applies it. Options, min and max are kept as the text the admin
// typed, so that a half-typed value is never lost or rewritten under the cursor; schema() reads
// them. Every cell with a problem carries core's message (validateSchemaField) in ErrorRole and
// its tool tip, so the editor and bifrostctl say the same thing.
//
// Rows move with moveRows() (keyboard) or by drag and drop inside the view: dropMimeData()
// inserts copies of the dragged rows and the view removes the originals (Qt's MoveAction).
class SchemaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        TypeColumn,
        RequiredColumn,
        LabelColumn,
        DescriptionColumn,
        OptionsColumn,
        PatternColumn,
        MinColumn,
        MaxColumn,
        ColumnCount
    };
    enum Role { ErrorRole = Qt::UserRole + 1 };

    explicit SchemaModel(QObject *parent = nullptr);

    // Replaces the working copy; `integrationName` names the integration in messages.
    void setSchema(const Schema &schema, const QString &integrationName = {});
    // The working copy as a schema (positions in row order). Cells that do not parse (options,
    // min, max) are left out of it; hasErrors() says whether it is fit to apply.
    Schema schema() const;
    const Schema &loadedSchema() const { return m_loaded; }
    // Takes `stored` as the schema the working copy is based on (after the stored one changed
    // underneath), keeping every edit; isDirty() then compares with it.
    void rebase(const Schema &stored);
    bool isDirty() const;
    bool hasErrors() const;
    // The first problem, as "field KEY: message", or empty; and where it is.
    QString firstError(QModelIndex *where = nullptr) const;

    // Appends a field with a fresh key ("field_1", ...) and returns its row.
    int addField();

    // Options as the editor shows them: "a, b, c", or a JSON list when an option needs it.
    static QString optionsText(const QJsonArray &options);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // Any change to the working copy (cells, rows, order) or a new schema loaded.
    void changed();

private:
    struct Row {
        SchemaField field; // options, min and max live in the texts below
        QString optionsText;
        QString minText;
        QString maxText;

        friend bool operator==(const Row &, const Row &) = default;
    };
    using CellErrors = QHash<int, QString>; // by column

    static Row rowFor(const SchemaField &field);
    SchemaField fieldOf(const Row &row, CellErrors *errors) const;
    CellErrors validate(int row) const;
    // Validates every row (keys must be unique across rows) and announces rows whose errors changed.
    void revalidate();
    QString uniqueKey() const;

    QList<Row> m_rows;
    QList<CellErrors> m_errors; // parallel to m_rows
    QList<Row> m_loadedRows;
    Schema m_loaded;
    QString m_integrationName;
};

} // namespace bifrost
