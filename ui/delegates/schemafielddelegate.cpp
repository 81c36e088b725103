#include "schemafielddelegate.h"

#include "model/fieldtype.h"
#include "models/schemamodel.h"

#include <QComboBox>

namespace bifrost {

SchemaFieldDelegate::SchemaFieldDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QWidget *SchemaFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const {
    QWidget *editor = nullptr;
    if (index.column() == SchemaModel::TypeColumn) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("typeEditor"));
        for (FieldType t :
             {FieldType::String, FieldType::Int, FieldType::Bool, FieldType::Json, FieldType::Secret})
            combo->addItem(fieldTypeName(t), fieldTypeName(t));
        // The new type reaches the model as soon as it is picked, not only when focus leaves.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<SchemaFieldDelegate *>(this);
            Q_EMIT self->commitData(combo);
        });
        editor = combo;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor)
            editor->setObjectName(QStringLiteral("schemaCellEditor"));
    }
    if (editor) {
        const QString column = index.model()->headerData(index.column(), Qt::Horizontal).toString();
        const QString key = index.siblingAtColumn(SchemaModel::KeyColumn).data().toString();
        editor->setAccessibleName(tr("%1 of field %2").arg(column, key));
        const QString error = index.data(SchemaModel::ErrorRole).toString();
        if (!error.isEmpty())
            editor->setToolTip(error);
    }
    return editor;
}

void SchemaFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toString()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SchemaFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace bifrost
