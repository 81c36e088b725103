#pragma once

#include <QStyledItemDelegate>

namespace bifrost {

// Editors of the schema table: a combo box of the field types for the Type column, line edits
// elsewhere; every editor is named for assistive technology after its column and field key.
class SchemaFieldDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SchemaFieldDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace bifrost
