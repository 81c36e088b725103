#include "schemamodel.h"

#include "validate/valuevalidator.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace bifrost {

namespace {

const QString &rowsMimeType() {
    static const QString type = QStringLiteral("application/x-bifrost-schema-fields");
    return type;
}

QJsonValue optionFromText(const QString &text, FieldType type) {
    if (type == FieldType::Int) {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return QJsonValue(n);
    }
    return QJsonValue(text);
}

} // namespace

SchemaModel::SchemaModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QString SchemaModel::optionsText(const QJsonArray &options) {
    QStringList parts;
    for (const QJsonValue option : options) {
        // Plain text reads back the same only when it has no comma and no surrounding blanks,
        // and for an int field only when it does not look like a number either.
        if (option.isDouble()) {
            parts << valueAsText(option);
            continue;
        }
        const QString s = option.toString();
        if (!option.isString() || s.isEmpty() || s.contains(QLatin1Char(',')) || s.trimmed() != s ||
            s.startsWith(QLatin1Char('[')))
            return toJsonText(options);
        bool isNumber = false;
        s.toLongLong(&isNumber);
        if (isNumber)
            return toJsonText(options);
        parts << s;
    }
    return parts.join(QStringLiteral(", "));
}

SchemaModel::Row SchemaModel::rowFor(const SchemaField &field) {
    Row row;
    row.field = field;
    row.field.options = {};
    row.field.min.reset();
    row.field.max.reset();
    row.field.position = 0;
    row.optionsText = optionsText(field.options);
    row.minText = field.min ? QString::number(*field.min) : QString();
    row.maxText = field.max ? QString::number(*field.max) : QString();
    return row;
}

SchemaField SchemaModel::fieldOf(const Row &row, CellErrors *errors) const {
    SchemaField field = row.field;
    const QString options = row.optionsText.trimmed();
    if (options.startsWith(QLatin1Char('['))) {
        QString problem;
        const auto parsed = parseJsonText(options, &problem);
        if (parsed && parsed->isArray())
            field.options = parsed->toArray();
        else if (errors)
            errors->insert(OptionsColumn,
                           tr("schema field \"%1\": the options are not a valid JSON list (%2); write them "
                              "separated by commas, or as a JSON list such as [\"a\", \"b\"]")
                               .arg(row.field.key, parsed ? tr("not a list") : problem));
    } else if (!options.isEmpty()) {
        const QStringList parts = options.split(QLatin1Char(','));
        for (const QString &part : parts) {
            const QString text = part.trimmed();
            if (!text.isEmpty())
                field.options.append(optionFromText(text, row.field.type));
        }
    }
    const auto readInt = [&](const QString &text, int column, const QString &what) -> std::optional<qint64> {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (ok)
            return n;
        if (errors)
            errors->insert(column, tr("schema field \"%1\": %2 must be a whole number such as 0 or 100, "
                                      "not \"%3\"; correct it or clear the cell")
                                       .arg(row.field.key, what, t));
        return std::nullopt;
    };
    field.min = readInt(row.minText, MinColumn, tr("min"));
    field.max = readInt(row.maxText, MaxColumn, tr("max"));
    return field;
}

SchemaModel::CellErrors SchemaModel::validate(int rowIndex) const {
    const Row &row = m_rows.at(rowIndex);
    CellErrors errors;
    const SchemaField field = fieldOf(row, &errors);

    // Core stops at the first problem; checking one aspect at a time gives every cell its own.
    SchemaField base;
    base.key = field.key;
    base.type = field.type;
    if (auto checked = validateSchemaField(base, m_integrationName); !checked) {
        errors.insert(KeyColumn, checked.error().message);
        base.key = QStringLiteral("field"); // a valid stand-in, so the other cells are still checked
    }
    if (!field.pattern.isEmpty()) {
        SchemaField f = base;
        f.pattern = field.pattern;
        if (auto checked = validateSchemaField(f, m_integrationName); !checked)
            errors.insert(PatternColumn, checked.error().message);
    }
    if ((field.min || field.max) && !errors.contains(MinColumn) && !errors.contains(MaxColumn)) {
        SchemaField f = base;
        f.min = field.min;
        f.max = field.max;
        if (auto checked = validateSchemaField(f, m_integrationName); !checked)
            errors.insert(field.min ? MinColumn : MaxColumn, checked.error().message);
    }
    if (!field.options.isEmpty() && !errors.contains(OptionsColumn)) {
        SchemaField f = base;
        f.options = field.options;
        if (auto checked = validateSchemaField(f, m_integrationName); !checked)
            errors.insert(OptionsColumn, checked.error().message);
    }
    return errors;
}

void SchemaModel::revalidate() {
    QHash<QString, int> keyCount;
    for (const Row &row : std::as_const(m_rows))
        ++keyCount[row.field.key];
    static const QList<int> roles{ErrorRole, Qt::ToolTipRole, Qt::BackgroundRole,
                                  Qt::AccessibleDescriptionRole};
    m_errors.resize(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        CellErrors errors = validate(i);
        const QString &key = m_rows.at(i).field.key;
        if (!errors.contains(KeyColumn) && keyCount.value(key) > 1)
            errors.insert(KeyColumn,
                          tr("schema field \"%1\": more than one field uses this key; keys must be "
                             "unique, rename one of them")
                              .arg(key));
        if (errors != m_errors.at(i)) {
            m_errors[i] = errors;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1), roles);
        }
    }
}

QString SchemaModel::uniqueKey() const {
    QSet<QString> used;
    for (const Row &row : m_rows)
        used.insert(row.field.key);
    for (int n = 1;; ++n) {
        const QString key = QStringLiteral("field_%1").arg(n);
        if (!used.contains(key))
            return key;
    }
}

void SchemaModel::setSchema(const Schema &schema, const QString &integrationName) {
    beginResetModel();
    m_integrationName = integrationName;
    m_loaded = schema;
    m_rows.clear();
    for (const SchemaField &f : schema)
        m_rows << rowFor(f);
    m_loadedRows = m_rows;
    m_errors.clear();
    m_errors.resize(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_errors[i] = validate(i);
    endResetModel();
    Q_EMIT changed();
}

void SchemaModel::rebase(const Schema &stored) {
    m_loaded = stored;
    m_loadedRows.clear();
    for (const SchemaField &f : stored)
        m_loadedRows << rowFor(f);
    Q_EMIT changed();
}

Schema SchemaModel::schema() const {
    Schema schema;
    for (const Row &row : m_rows) {
        SchemaField f = fieldOf(row, nullptr);
        f.position = int(schema.size());
        schema << f;
    }
    return schema;
}

bool SchemaModel::isDirty() const {
    return m_rows != m_loadedRows;
}

bool SchemaModel::hasErrors() const {
    return std::any_of(m_errors.cbegin(), m_errors.cend(), [](const CellErrors &e) { return !e.isEmpty(); });
}

QString SchemaModel::firstError(QModelIndex *where) const {
    for (int r = 0; r < m_errors.size(); ++r) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (const auto it = m_errors.at(r).constFind(c); it != m_errors.at(r).cend()) {
                if (where)
                    *where = index(r, c);
                return *it;
            }
        }
    }
    if (where)
        *where = {};
    return {};
}

int SchemaModel::addField() {
    const int row = rowCount();
    insertRows(row, 1);
    return row;
}

int SchemaModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SchemaModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString error = m_errors.value(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            return row.field.key;
        case TypeColumn:
            return fieldTypeName(row.field.type);
        case RequiredColumn:
            return role == Qt::EditRole ? QVariant(row.field.required) : QVariant();
        case LabelColumn:
            return row.field.label;
        case DescriptionColumn:
            return row.field.description;
        case OptionsColumn:
            return row.optionsText;
        case PatternColumn:
            return row.field.pattern;
        case MinColumn:
            return row.minText;
        case MaxColumn:
            return row.maxText;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == RequiredColumn)
            return row.field.required ? Qt::Checked : Qt::Unchecked;
        return {};
    case ErrorRole:
        return error.isEmpty() ? QVariant() : QVariant(error);
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return error;
        if (index.column() == DescriptionColumn && !row.field.description.isEmpty())
            return row.field.description;
        if (index.column() == OptionsColumn)
            return tr("Allowed values, separated by commas (or a JSON list); empty allows any value");
        return {};
    case Qt::AccessibleDescriptionRole:
        return error.isEmpty() ? QVariant() : QVariant(error);
    case Qt::BackgroundRole:
        return error.isEmpty() ? QVariant() : QVariant(QColor(255, 0, 0, 48));
    default:
        return {};
    }
}

bool SchemaModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row row = m_rows.at(index.row());
    if (index.column() == RequiredColumn) {
        if (role == Qt::CheckStateRole)
            row.field.required = value.toInt() == Qt::Checked;
        else if (role == Qt::EditRole)
            row.field.required = value.toBool();
        else
            return false;
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString();
        switch (index.column()) {
        case KeyColumn:
            row.field.key = text.trimmed();
            break;
        case TypeColumn: {
            const auto type = parseFieldType(text.trimmed());
            if (!type)
                return false;
            row.field.type = *type;
            break;
        }
        case LabelColumn:
            row.field.label = text;
            break;
        case DescriptionColumn:
            row.field.description = text;
            break;
        case OptionsColumn:
            row.optionsText = text;
            break;
        case PatternColumn:
            row.field.pattern = text;
            break;
        case MinColumn:
            row.minText = text.trimmed();
            break;
        case MaxColumn:
            row.maxText = text.trimmed();
            break;
        default:
            return false;
        }
    }
    if (row == m_rows.at(index.row()))
        return true;
    m_rows[index.row()] = row;
    Q_EMIT dataChanged(index, index);
    revalidate();
    Q_EMIT changed();
    return true;
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case KeyColumn:
        return role == Qt::DisplayRole ? tr("Key") : tr("The name workflows use to read the value");
    case TypeColumn:
        return tr("Type");
    case RequiredColumn:
        return role == Qt::DisplayRole ? tr("Required")
                                       : tr("Every organization needs a value (a default or an override)");
    case LabelColumn:
        return tr("Label");
    case DescriptionColumn:
        return tr("Description");
    case OptionsColumn:
        return role == Qt::DisplayRole ? tr("Options") : tr("Allowed values, separated by commas");
    case PatternColumn:
        return role == Qt::DisplayRole ? tr("Pattern")
                                       : tr("A regular expression every string value must match");
    case MinColumn:
        return tr("Min");
    case MaxColumn:
        return tr("Max");
    default:
        return {};
    }
}

Qt::ItemFlags SchemaModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    if (index.column() == RequiredColumn)
        f |= Qt::ItemIsUserCheckable;
    else
        f |= Qt::ItemIsEditable;
    return f;
}

bool SchemaModel::insertRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        Row r;
        r.field.key = uniqueKey();
        m_rows.insert(row + i, r);
        m_errors.insert(row + i, CellErrors{});
    }
    endInsertRows();
    revalidate();
    Q_EMIT changed();
    return true;
}

bool SchemaModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    m_errors.remove(row, count);
    endRemoveRows();
    revalidate();
    Q_EMIT changed();
    return true;
}

bool SchemaModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                           const QModelIndex &destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // onto itself: nothing moves
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<Row> rows = m_rows.mid(sourceRow, count);
    const QList<CellErrors> errors = m_errors.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    m_errors.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i) {
        m_rows.insert(to + i, rows.at(i));
        m_errors.insert(to + i, errors.at(i));
    }
    endMoveRows();
    Q_EMIT changed();
    return true;
}

Qt::DropActions SchemaModel::supportedDragActions() const {
    return Qt::MoveAction;
}

Qt::DropActions SchemaModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList SchemaModel::mimeTypes() const {
    return {rowsMimeType()};
}

QMimeData *SchemaModel::mimeData(const QModelIndexList &indexes) const {
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.model() == this && !rows.contains(i.row()))
            rows << i.row();
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QJsonArray list;
    for (int r : std::as_const(rows)) {
        const Row &row = m_rows.at(r);
        list.append(QJsonObject{
            {QStringLiteral("key"), row.field.key},
            {QStringLiteral("type"), fieldTypeName(row.field.type)},
            {QStringLiteral("required"), row.field.required},
            {QStringLiteral("label"), row.field.label},
            {QStringLiteral("description"), row.field.description},
            {QStringLiteral("placeholder"), row.field.placeholder},
            {QStringLiteral("pattern"), row.field.pattern},
            {QStringLiteral("options"), row.optionsText},
            {QStringLiteral("min"), row.minText},
            {QStringLiteral("max"), row.maxText},
        });
    }
    auto *data = new QMimeData;
    data->setData(rowsMimeType(), QJsonDocument(list).toJson(QJsonDocument::Compact));
    return data;
}

bool SchemaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent) const {
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return data && action == Qt::MoveAction && data->hasFormat(rowsMimeType());
}

bool SchemaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(data->data(rowsMimeType()));
    if (!doc.isArray() || doc.array().isEmpty())
        return false;
    QList<Row> rows;
    for (const QJsonValue v : doc.array()) {
        const QJsonObject o = v.toObject();
        Row r;
        r.field.key = o.value(QStringLiteral("key")).toString();
        r.field.type = parseFieldType(o.value(QStringLiteral("type")).toString()).value_or(FieldType::String);
        r.field.required = o.value(QStringLiteral("required")).toBool();
        r.field.label = o.value(QStringLiteral("label")).toString();
        r.field.description = o.value(QStringLiteral("description")).toString();
        r.field.placeholder = o.value(QStringLiteral("placeholder")).toString();
        r.field.pattern = o.value(QStringLiteral("pattern")).toString();
        r.optionsText = o.value(QStringLiteral("options")).toString();
        r.minText = o.value(QStringLiteral("min")).toString();
        r.maxText = o.value(QStringLiteral("max")).toString();
        rows << r;
    }
    // Dropped on a row: before it; between rows or below the last: where the view says.
    int at = row;
    if (at < 0 || at > rowCount())
        at = parent.isValid() ? parent.row() : rowCount();
    beginInsertRows({}, at, at + int(rows.size()) - 1);
    for (int i = 0; i < rows.size(); ++i) {
        m_rows.insert(at + i, rows.at(i));
        m_errors.insert(at + i, CellErrors{});
    }
    endInsertRows();
    // The view removes the originals next (MoveAction); until then the keys exist twice.
    revalidate();
    Q_EMIT changed();
    return true;
}

} // namespace bifrost
