#pragma once

#include <QStyledItemDelegate>

namespace bifrost {

struct SchemaField;

// The one editor factory for configuration values: it reads the field from
// ConfigFormModel::FieldRole and picks the editor by type (string: line edit with placeholder;
// int: line edit taking 64-bit whole numbers; bool: Not set / True / False; json: multi-line
// editor; secret: password field that is never pre-filled; a field with options: combo box).
// Values go to the model as text, where core validates them, so the form and bifrostctl report
// the same messages. Editors commit on editingFinished and on a combo box change; views that
// keep editors open (ConfigFormView) also commit the multi-line editor when it loses focus.
class ConfigValueDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class EditorKind { Text, Integer, Bool, Json, Secret, Options };

    explicit ConfigValueDelegate(QObject *parent = nullptr);

    static EditorKind editorKind(const SchemaField &field);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace bifrost
