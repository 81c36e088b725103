#include "configformmodel.h"

#include "commands/configeditcommand.h"
#include "session/adminsession.h"
#include "validate/valuevalidator.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace bifrost {

namespace {

// Whether two reads of one level hold the same value (secrets by reference: every secret write
// makes a new one).
bool sameStored(const std::optional<ConfigValue> &a, const std::optional<ConfigValue> &b) {
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->value == b->value && a->secretRef == b->secretRef);
}

} // namespace

ConfigFormModel::ConfigFormModel(AdminSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(session, &AdminSession::configChanged, this, &ConfigFormModel::onConfigChanged);
    connect(session, &AdminSession::integrationChanged, this, &ConfigFormModel::onConfigChanged);
    connect(session, &AdminSession::everythingChanged, this, [this] {
        if (!m_integrationId.isEmpty())
            (void)reload();
    });
    // A renamed organization changes the messages; a removed one empties the form.
    connect(session, &AdminSession::organizationsChanged, this, [this] {
        if (isOrganizationLevel())
            (void)reload();
    });
    connect(session, &AdminSession::integrationsChanged, this, [this] {
        if (!m_integrationId.isEmpty())
            (void)reload();
    });
}

Result<void> ConfigFormModel::setLevel(const QString &integrationId, const QString &organizationId) {
    const bool hadPending = hasPendingEdits();
    const bool sameLevel = integrationId == m_integrationId && organizationId == m_organizationId;
    m_integrationId = integrationId;
    m_organizationId = organizationId;
    m_pending.clear();
    m_revealed.clear();
    setLastError({});
    // A different level is a different form, even when the schema is the same.
    auto loaded = load(!sameLevel);
    if (hadPending)
        Q_EMIT pendingEditsChanged(false);
    return loaded;
}

void ConfigFormModel::onConfigChanged(const QString &integrationId) {
    // apply() reloads once it has cleared its pending edits.
    if (integrationId == m_integrationId && !m_applying)
        (void)reload();
}

Result<void> ConfigFormModel::reload() {
    Q_EMIT aboutToReload();
    return load(false);
}

Result<void> ConfigFormModel::load(bool forceReset) {
    const bool hadPending = hasPendingEdits();
    Result<ResolveInput> input = m_integrationId.isEmpty()
                                     ? Result<ResolveInput>(ResolveInput{})
                                     : m_session->store().resolveInput(m_integrationId, m_organizationId);
    if (!input) {
        setLastError(input.error().message);
        beginResetModel();
        m_schema.clear();
        m_rows.clear();
        m_pending.clear();
        m_revealed.clear();
        endResetModel();
        if (hadPending)
            Q_EMIT pendingEditsChanged(false);
        return input.error();
    }
    m_integrationName = input->integration.name;
    m_organizationName = input->organization ? input->organization->name : QString();

    QHash<QString, ConfigValue> defaults;
    QHash<QString, ConfigValue> overrides;
    for (const ConfigValue &v : std::as_const(input->values))
        (v.isDefault() ? defaults : overrides).insert(v.key, v);
    const Schema &schema = input->integration.schema;
    QList<Row> rows;
    rows.reserve(schema.size());
    for (const SchemaField &f : schema) {
        Row row;
        row.field = f;
        QHash<QString, ConfigValue> &level = isOrganizationLevel() ? overrides : defaults;
        if (auto it = level.constFind(f.key); it != level.cend())
            row.stored = *it;
        if (isOrganizationLevel()) {
            if (auto it = defaults.constFind(f.key); it != defaults.cend())
                row.inherited = *it;
        }
        rows << row;
    }
    m_revealed.clear();

    // Pending edits survive a reload (a change underneath, a schema edit elsewhere), checked
    // against the field as it is now; those whose key has gone cannot be written any more.
    QHash<QString, PendingEdit> pending;
    for (const SchemaField &f : schema) {
        if (auto it = m_pending.constFind(f.key); it != m_pending.cend()) {
            PendingEdit edit = validated(f, it->unset, it->text);
            edit.base = it->base;
            pending.insert(f.key, edit);
        }
    }
    m_pending = pending;

    if (!forceReset && schema == m_schema && rows.size() == m_rows.size()) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_schema = schema;
        m_rows = rows;
        endResetModel();
    }
    if (hadPending != hasPendingEdits())
        Q_EMIT pendingEditsChanged(hasPendingEdits());
    return {};
}

SchemaField ConfigFormModel::field(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).field : SchemaField{};
}

int ConfigFormModel::rowOfKey(const QString &key) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).field.key == key)
            return i;
    }
    return -1;
}

int ConfigFormModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigFormModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

ConfigFormModel::PendingEdit ConfigFormModel::validated(const SchemaField &f, bool unset,
                                                        const QString &text) const {
    PendingEdit edit;
    edit.unset = unset;
    if (unset)
        return edit;
    edit.text = text;
    const ValueContext ctx{m_integrationName, f.key, m_organizationName};
    auto parsed = parseTextValue(f, text, ctx);
    if (parsed)
        edit.parsed = *parsed;
    else
        edit.error = parsed.error().message;
    return edit;
}

bool ConfigFormModel::isNoOp(int row, const PendingEdit &edit) const {
    const Row &r = m_rows.at(row);
    if (edit.unset)
        return !r.stored;
    if (!edit.parsed || !r.stored)
        return false;
    if (r.field.isSecret()) {
        // Only a secret the admin has seen can be recognised as unchanged.
        const auto it = m_revealed.constFind(r.field.key);
        return it != m_revealed.cend() && !it->inherited && r.stored->isSecret() &&
               it->plain == edit.parsed->toString();
    }
    return !r.stored->isSecret() && r.stored->value == *edit.parsed;
}

void ConfigFormModel::setPending(int row, std::optional<PendingEdit> edit) {
    const bool hadPending = hasPendingEdits();
    const QString key = m_rows.at(row).field.key;
    if (edit && !isNoOp(row, *edit)) {
        // A field edited again still expects what was stored when its first edit began.
        const auto previous = m_pending.constFind(key);
        edit->base = previous != m_pending.cend() ? previous->base : m_rows.at(row).stored;
        m_pending.insert(key, *edit);
    } else
        m_pending.remove(key);
    rowChanged(row);
    if (hadPending != hasPendingEdits())
        Q_EMIT pendingEditsChanged(hasPendingEdits());
}

bool ConfigFormModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != ValueColumn || role != Qt::EditRole)
        return false;
    const SchemaField &f = m_rows.at(index.row()).field;
    if (!value.isValid()) {
        setPending(index.row(), validated(f, true, {}));
        return true;
    }
    const QString text = value.typeId() == QMetaType::Bool
                             ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                             : value.toString();
    if (text.isEmpty()) {
        if (!f.isSecret()) {
            setPending(index.row(), validated(f, true, {}));
            return true;
        }
        // An empty password field types no replacement: the stored secret stays, unless the
        // admin cleared it explicitly (an Unset edit), which an empty field must not undo.
        const auto it = m_pending.constFind(f.key);
        if (it != m_pending.cend() && !it->unset)
            setPending(index.row(), std::nullopt);
        return true;
    }
    setPending(index.row(), validated(f, false, text));
    return true;
}

void ConfigFormModel::resetToDefault(int row) {
    if (row >= 0 && row < m_rows.size())
        setPending(row, validated(m_rows.at(row).field, true, {}));
}

void ConfigFormModel::revertRow(int row) {
    if (row >= 0 && row < m_rows.size())
        setPending(row, std::nullopt);
}

bool ConfigFormModel::hasErrors() const {
    for (const PendingEdit &edit : m_pending) {
        if (!edit.error.isEmpty())
            return true;
    }
    return false;
}

QList<ConfigChange> ConfigFormModel::pendingChanges() const {
    QList<ConfigChange> changes;
    for (const Row &row : m_rows) {
        const auto it = m_pending.constFind(row.field.key);
        if (it == m_pending.cend())
            continue;
        ConfigChange change =
            it->unset ? ConfigChange::unset(row.field.key) : ConfigChange::setText(row.field.key, it->text);
        change.expecting(it->base);
        changes << change;
    }
    return changes;
}

Result<void> ConfigFormModel::apply() {
    if (!hasPendingEdits())
        return {};
    QStringList errors;
    for (const Row &row : std::as_const(m_rows)) {
        const auto it = m_pending.constFind(row.field.key);
        if (it != m_pending.cend() && !it->error.isEmpty())
            errors << it->error;
    }
    if (!errors.isEmpty()) {
        const QString message =
            tr("%n field(s) cannot be saved; correct them first: %1", nullptr, int(errors.size()))
                .arg(errors.first());
        setLastError(message);
        return Error::invalid(message);
    }
    const QString text = isOrganizationLevel()
                             ? tr("Edit overrides of %1 for %2").arg(m_integrationName, m_organizationName)
                             : tr("Edit defaults of %1").arg(m_integrationName);
    auto command = std::make_unique<ConfigEditCommand>(
        m_session, m_integrationId, QList<ConfigEditCommand::LevelEdit>{{m_organizationId, pendingChanges()}},
        text);
    m_applying = true;
    auto done = m_session->execute(std::move(command));
    m_applying = false;
    if (!done) {
        Error error = done.error();
        if (error.code == ErrorCode::Conflict) {
            // Show what is stored now and keep the edits: the next apply expects these values,
            // so it overwrites them knowingly.
            (void)reload();
            for (const Row &row : std::as_const(m_rows)) {
                if (auto it = m_pending.find(row.field.key); it != m_pending.end())
                    it->base = row.stored;
            }
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
            error.message = tr("%1 The form now shows the stored values with your edits kept; apply "
                               "again to overwrite them, or revert your edits.")
                                .arg(error.message);
        }
        setLastError(error.message);
        return error;
    }
    m_pending.clear();
    setLastError({});
    (void)reload();
    Q_EMIT pendingEditsChanged(false);
    return {};
}

void ConfigFormModel::discard() {
    if (m_pending.isEmpty())
        return;
    const QHash<QString, PendingEdit> dropped = std::exchange(m_pending, {});
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it) {
        if (const int row = rowOfKey(it.key()); row >= 0)
            rowChanged(row);
    }
    setLastError({});
    Q_EMIT pendingEditsChanged(false);
}

Result<void> ConfigFormModel::reveal(int row) {
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).field.isSecret())
        return Error::invalid(tr("Only secret fields can be revealed."));
    const Row &r = m_rows.at(row);
    const ConfigValue *value = r.stored ? &*r.stored : r.inherited ? &*r.inherited : nullptr;
    if (!value || !value->isSecret())
        return Error::notFound(tr("No secret is stored for %1, so there is nothing to reveal; type one "
                                  "to set it.")
                                   .arg(r.field.displayName()));
    auto plain = m_session->store().readSecret(value->secretRef);
    if (!plain) {
        setLastError(plain.error().message);
        return plain.error();
    }
    m_revealed.insert(r.field.key, RevealedSecret{*plain, !r.stored});
    rowChanged(row);
    return {};
}

bool ConfigFormModel::isRevealed(int row) const {
    return row >= 0 && row < m_rows.size() && m_revealed.contains(m_rows.at(row).field.key);
}

void ConfigFormModel::rowChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ConfigFormModel::setLastError(const QString &message) {
    if (m_lastError == message)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged(message);
}

bool ConfigFormModel::hasValueAtLevel(int row) const {
    const Row &r = m_rows.at(row);
    const auto it = m_pending.constFind(r.field.key);
    return it != m_pending.cend() ? !it->unset : r.stored.has_value();
}

QString ConfigFormModel::storedText(int row) const {
    const Row &r = m_rows.at(row);
    if (!r.stored)
        return {};
    if (r.stored->isSecret()) {
        const auto it = m_revealed.constFind(r.field.key);
        return it != m_revealed.cend() && !it->inherited ? it->plain : tr("secret configured");
    }
    return valueAsText(r.stored->value);
}

QString ConfigFormModel::inheritedText(int row) const {
    const Row &r = m_rows.at(row);
    if (!r.inherited)
        return {};
    if (r.inherited->isSecret()) {
        const auto it = m_revealed.constFind(r.field.key);
        return it != m_revealed.cend() && it->inherited ? it->plain : tr("secret configured");
    }
    return valueAsText(r.inherited->value);
}

QString ConfigFormModel::effectiveText(int row) const {
    const Row &r = m_rows.at(row);
    const auto it = m_pending.constFind(r.field.key);
    if (it == m_pending.cend())
        return r.stored ? storedText(row) : inheritedText(row);
    if (it->unset)
        return inheritedText(row);
    if (r.field.isSecret())
        return tr("new secret (not saved)");
    return it->parsed ? valueAsText(*it->parsed) : it->text;
}

QString ConfigFormModel::sourceText(int row) const {
    if (hasValueAtLevel(row))
        return isOrganizationLevel() ? tr("override") : tr("default");
    return m_rows.at(row).inherited ? tr("default") : tr("not set");
}

QVariant ConfigFormModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const Row &r = m_rows.at(row);
    const auto pending = m_pending.constFind(r.field.key);
    const bool isPending = pending != m_pending.cend();
    switch (role) {
    case FieldRole:
        return QVariant::fromValue(r.field);
    case KeyRole:
        return r.field.key;
    case InheritedValueRole:
        return r.inherited ? QVariant(inheritedText(row)) : QVariant();
    case HasInheritedRole:
        return r.inherited.has_value();
    case IsOverrideRole:
        return isOrganizationLevel() && hasValueAtLevel(row);
    case HasValueRole:
        return hasValueAtLevel(row);
    case IsPendingRole:
        return isPending;
    case IsPendingUnsetRole:
        return isPending && pending->unset;
    case ErrorRole:
        return isPending ? pending->error : QString();
    case IsSecretConfiguredRole:
        return r.field.isSecret() && hasValueAtLevel(row);
    case IsRevealedRole:
        return m_revealed.contains(r.field.key);
    case StoredValueRole:
        return storedText(row);
    case ChangedUnderneathRole:
        return isPending && !sameStored(pending->base, r.stored);
    default:
        break;
    }
    switch (index.column()) {
    case FieldColumn:
        if (role == Qt::DisplayRole)
            return r.field.required ? r.field.displayName() + QStringLiteral(" *") : r.field.displayName();
        if (role == Qt::ToolTipRole)
            return r.field.description.isEmpty() ? r.field.key : r.field.description;
        if (role == Qt::FontRole && r.field.required) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return effectiveText(row);
        if (role == Qt::EditRole) {
            // What an editor starts from at this level; a secret only once revealed.
            if (isPending)
                return pending->unset || r.field.isSecret() ? QString() : pending->text;
            if (r.field.isSecret()) {
                const auto it = m_revealed.constFind(r.field.key);
                return it != m_revealed.cend() && !it->inherited ? it->plain : QString();
            }
            return r.stored ? valueAsText(r.stored->value) : QString();
        }
        if (role == Qt::FontRole && isOrganizationLevel() && hasValueAtLevel(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ForegroundRole && isOrganizationLevel() && !hasValueAtLevel(row))
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        if (role == Qt::ToolTipRole && isPending && !pending->error.isEmpty())
            return pending->error;
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole)
            return sourceText(row);
        break;
    default:
        break;
    }
    return {};
}

QVariant ConfigFormModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

Qt::ItemFlags ConfigFormModel::flags(const QModelIndex &index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace bifrost
