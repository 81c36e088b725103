#include "configvaluedelegate.h"

#include "model/schemafield.h"
#include "models/configformmodel.h"
#include "validate/valuevalidator.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace bifrost {

namespace {

SchemaField fieldOf(const QModelIndex &index) {
    return index.data(ConfigFormModel::FieldRole).value<SchemaField>();
}

// An organization without its own value inherits the default; the empty editor says which.
QString inheritedHint(const QModelIndex &index) {
    const QVariant inherited = index.data(ConfigFormModel::InheritedValueRole);
    return inherited.isValid() ? ConfigValueDelegate::tr("Default: %1").arg(inherited.toString()) : QString();
}

// Objects and arrays are easier to edit indented; scalars stay on one line.
QString jsonForEditing(const QString &text) {
    const auto parsed = parseJsonText(text, nullptr);
    if (!parsed)
        return text;
    if (parsed->isObject())
        return QString::fromUtf8(QJsonDocument(parsed->toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (parsed->isArray())
        return QString::fromUtf8(QJsonDocument(parsed->toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return text;
}

bool sameJson(const QString &a, const QString &b) {
    if (a == b)
        return true;
    const auto pa = parseJsonText(a, nullptr);
    const auto pb = parseJsonText(b, nullptr);
    return pa && pb && *pa == *pb;
}

void setComboData(QComboBox *combo, const QModelIndex &index, const SchemaField &field) {
    const QSignalBlocker blocker(combo);
    const QString hint = inheritedHint(index);
    combo->setItemText(0, hint.isEmpty() ? ConfigValueDelegate::tr("Not set")
                                         : ConfigValueDelegate::tr("Not set (%1)").arg(hint));
    QString text = index.data(Qt::EditRole).toString();
    if (field.type == FieldType::Bool) {
        const QString t = text.trimmed().toLower();
        text = t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1")
                   ? QStringLiteral("true")
               : t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0")
                   ? QStringLiteral("false")
                   : text;
    }
    if (text.isEmpty()) {
        combo->setCurrentIndex(0);
        return;
    }
    int found = combo->findData(text);
    if (found < 0) {
        // A value the options no longer allow (the schema changed) is still shown as stored.
        combo->addItem(ConfigValueDelegate::tr("%1 (not an allowed value)").arg(text), text);
        found = combo->count() - 1;
    }
    combo->setCurrentIndex(found);
}

} // namespace

ConfigValueDelegate::ConfigValueDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

ConfigValueDelegate::EditorKind ConfigValueDelegate::editorKind(const SchemaField &field) {
    if (!field.options.isEmpty() && (field.type == FieldType::String || field.type == FieldType::Int))
        return EditorKind::Options;
    switch (field.type) {
    case FieldType::String:
        return EditorKind::Text;
    case FieldType::Int:
        return EditorKind::Integer;
    case FieldType::Bool:
        return EditorKind::Bool;
    case FieldType::Json:
        return EditorKind::Json;
    case FieldType::Secret:
        return EditorKind::Secret;
    }
    return EditorKind::Text;
}

QWidget *ConfigValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const {
    Q_UNUSED(option)
    const SchemaField field = fieldOf(index);
    auto *self = const_cast<ConfigValueDelegate *>(this);
    QWidget *editor = nullptr;
    switch (editorKind(field)) {
    case EditorKind::Text:
    case EditorKind::Integer:
    case EditorKind::Secret: {
        auto *line = new QLineEdit(parent);
        if (field.type == FieldType::Int) {
            // Range and overflow are core's to judge, with its message; the validator only keeps
            // out what can never be a whole number.
            const bool negative = !field.min || *field.min < 0;
            const QString pattern =
                negative ? QStringLiteral("-?[0-9]{0,19}") : QStringLiteral("[0-9]{0,19}");
            line->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), line));
            if (field.min || field.max) {
                line->setToolTip(tr("A whole number from %1 to %2")
                                     .arg(field.min ? QString::number(*field.min) : tr("any"),
                                          field.max ? QString::number(*field.max) : tr("any")));
            }
        }
        if (field.isSecret())
            line->setEchoMode(QLineEdit::Password);
        connect(line, &QLineEdit::editingFinished, self, [self, line] { Q_EMIT self->commitData(line); });
        editor = line;
        break;
    }
    case EditorKind::Json: {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true); // Tab moves on to the next field, as everywhere else
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        const QFontMetrics metrics(text->font());
        text->setMinimumHeight(metrics.lineSpacing() * 5);
        text->setMaximumHeight(metrics.lineSpacing() * 12);
        // Preferred, not Expanding: in a form the spare height belongs below the last field, not
        // inside the JSON row.
        text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        editor = text;
        break;
    }
    case EditorKind::Bool: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("Not set"));
        combo->addItem(tr("True"), QStringLiteral("true"));
        combo->addItem(tr("False"), QStringLiteral("false"));
        connect(combo, &QComboBox::currentIndexChanged, self,
                [self, combo] { Q_EMIT self->commitData(combo); });
        editor = combo;
        break;
    }
    case EditorKind::Options: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("Not set"));
        for (const QJsonValue allowed : std::as_const(field.options)) {
            const QString text = valueAsText(allowed);
            combo->addItem(text, text);
        }
        connect(combo, &QComboBox::currentIndexChanged, self,
                [self, combo] { Q_EMIT self->commitData(combo); });
        editor = combo;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("editor_") + field.key);
    editor->setAccessibleName(field.displayName());
    editor->setAccessibleDescription(field.description);
    editor->setProperty("fieldKey", field.key);
    return editor;
}

void ConfigValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    const SchemaField field = fieldOf(index);
    const QString text = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        setComboData(combo, index, field);
        return;
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        const QString hint = inheritedHint(index);
        plain->setPlaceholderText(hint.isEmpty() ? field.placeholder : hint);
        // Reformatting what the admin typed would move the cursor under their hands.
        if (!sameJson(plain->toPlainText(), text)) {
            const QSignalBlocker blocker(plain);
            plain->setPlainText(index.data(ConfigFormModel::IsPendingRole).toBool() ? text
                                                                                    : jsonForEditing(text));
        }
        return;
    }
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    const QString hint = inheritedHint(index);
    if (field.isSecret()) {
        const bool configured = index.data(ConfigFormModel::IsSecretConfiguredRole).toBool();
        const bool inherited = index.data(ConfigFormModel::HasInheritedRole).toBool();
        line->setPlaceholderText(configured  ? tr("secret configured; type to replace it")
                                 : inherited ? tr("default secret configured; type to override it")
                                             : tr("not set"));
        // A replacement being typed stays; otherwise the field shows the secret only once revealed.
        const bool replacing = index.data(ConfigFormModel::IsPendingRole).toBool() &&
                               !index.data(ConfigFormModel::IsPendingUnsetRole).toBool();
        if (replacing)
            return;
        line->setEchoMode(text.isEmpty() ? QLineEdit::Password : QLineEdit::Normal);
        if (line->text() != text)
            line->setText(text);
        return;
    }
    QString placeholder = hint.isEmpty() ? field.placeholder : hint;
    if (placeholder.isEmpty() && field.type == FieldType::Int && (field.min || field.max))
        placeholder = line->toolTip();
    line->setPlaceholderText(placeholder);
    if (line->text() != text)
        line->setText(text);
}

void ConfigValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant data = combo->currentData();
        model->setData(index, data.isValid() ? QVariant(data.toString()) : QVariant(), Qt::EditRole);
        return;
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        const QString text = plain->toPlainText();
        model->setData(index, text.trimmed().isEmpty() ? QVariant() : QVariant(text), Qt::EditRole);
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text(), Qt::EditRole);
}

void ConfigValueDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const {
    Q_UNUSED(index)
    QRect rect = option.rect;
    // The multi-line editor needs more than a table row when a view opens it in place.
    if (qobject_cast<QPlainTextEdit *>(editor))
        rect.setHeight(std::max(rect.height(), editor->minimumHeight()));
    editor->setGeometry(rect);
}

} // namespace bifrost
