#include "schemacommand.h"

#include "session/adminsession.h"

#include <QHash>
#include <QSet>

namespace bifrost {

namespace {

QSet<QString> dropKeys(const QList<AffectedValue> &dropped) {
    QSet<QString> keys;
    for (const AffectedValue &a : dropped)
        keys.insert(a.key + QChar(0) + a.organizationId);
    return keys;
}

} // namespace

SchemaCommand::SchemaCommand(AdminSession *session, QString integrationId, Schema newSchema, bool force,
                             Schema expected)
    : StoreCommand(session, tr("Change the schema"))
    , m_integrationId(std::move(integrationId))
    , m_newSchema(std::move(newSchema))
    , m_force(force)
    , m_expected(std::move(expected)) {}

void SchemaCommand::setConfirmedDrops(const QList<AffectedValue> &dropped) {
    m_confirmed = dropped;
    if (!dropped.isEmpty())
        setText(tr("Change the schema and remove %n stored value(s)", nullptr, int(dropped.size())));
}

// Every stored value of `keys`, defaults and overrides, with secrets read in one call.
Result<QList<SchemaCommand::SavedValue>> SchemaCommand::capture(const QStringList &keys) {
    QList<SavedValue> saved;
    if (keys.isEmpty())
        return saved;
    const QSet<QString> wanted(keys.cbegin(), keys.cend());
    QList<ConfigValue> values;
    auto defaults = store().configValues(m_integrationId, QString());
    if (!defaults)
        return defaults.error();
    values << *defaults;
    auto organizations = store().organizations();
    if (!organizations)
        return organizations.error();
    QStringList orgIds;
    orgIds.reserve(organizations->size());
    for (const Organization &o : std::as_const(*organizations))
        orgIds << o.id;
    if (!orgIds.isEmpty()) {
        auto overrides = store().overridesOf(m_integrationId, orgIds);
        if (!overrides)
            return overrides.error();
        values << *overrides;
    }
    QStringList secretRefs;
    for (const ConfigValue &v : std::as_const(values)) {
        if (wanted.contains(v.key) && v.isSecret())
            secretRefs << v.secretRef;
    }
    QHash<QString, QString> secrets;
    if (!secretRefs.isEmpty()) {
        auto read = store().readSecrets(secretRefs);
        if (!read)
            return read.error();
        secrets = std::move(*read);
    }
    for (const ConfigValue &v : std::as_const(values)) {
        if (!wanted.contains(v.key))
            continue;
        if (!v.isSecret()) {
            saved << SavedValue{v.organizationId, v.key, v.value};
        } else if (auto it = secrets.constFind(v.secretRef); it != secrets.cend()) {
            saved << SavedValue{v.organizationId, v.key, QJsonValue(*it)};
        }
        // A secret whose keychain entry is gone cannot be kept; there is nothing to restore.
    }
    return saved;
}

Result<void> SchemaCommand::apply() {
    return store().transaction([&]() -> Result<void> {
        auto integration = store().integration(m_integrationId);
        if (!integration)
            return integration.error();
        auto preview = store().setSchema(m_integrationId, m_newSchema, SchemaWrite::Preview, m_expected);
        if (!preview)
            return preview.error();
        if (m_force && m_confirmed && dropKeys(preview->dropped) != dropKeys(*m_confirmed))
            return Error::conflict(
                tr("The stored values of integration \"%1\" changed since the preview: this schema change "
                   "would now remove %n value(s) instead of the ones you confirmed; apply it again to "
                   "review them.",
                   nullptr, int(preview->dropped.size()))
                    .arg(integration->name));
        auto saved = capture(preview->removed + preview->changed);
        if (!saved)
            return saved.error();
        auto written = store().setSchema(m_integrationId, m_newSchema,
                                         m_force ? SchemaWrite::Force : SchemaWrite::Apply, m_expected);
        if (!written)
            return written.error();
        auto after = store().integration(m_integrationId);
        if (!after)
            return after.error();
        m_before = integration->schema;
        m_after = after->schema;
        m_saved = std::move(*saved);
        m_report = std::move(*written);
        // A redo follows the undo, which put m_before back, and drops what it dropped before.
        m_expected = m_before;
        m_confirmed = m_report.dropped;
        return {};
    });
}

Result<void> SchemaCommand::revert() {
    return store().transaction([&]() -> Result<void> {
        auto preview = store().setSchema(m_integrationId, m_before, SchemaWrite::Preview, m_after);
        if (!preview)
            return preview.error();
        QSet<QString> restorable;
        for (const SavedValue &s : std::as_const(m_saved))
            restorable.insert(s.key + QChar(0) + s.organizationId);
        QStringList lost;
        for (const AffectedValue &a : std::as_const(preview->dropped)) {
            if (!restorable.contains(a.key + QChar(0) + a.organizationId))
                lost << a.describe();
        }
        if (!lost.isEmpty())
            return Error::conflict(tr("Undoing the schema change would remove %n value(s) stored since: %1; "
                                      "remove or change them first if the old schema should come back.",
                                      nullptr, int(lost.size()))
                                       .arg(lost.join(QStringLiteral("; "))));
        if (auto written = store().setSchema(m_integrationId, m_before, SchemaWrite::Force, m_after);
            !written)
            return written.error();
        QHash<QString, QList<ConfigChange>> byLevel;
        QStringList levels; // in capture order, defaults first
        for (const SavedValue &s : std::as_const(m_saved)) {
            if (!byLevel.contains(s.organizationId))
                levels << s.organizationId;
            byLevel[s.organizationId] << ConfigChange::setJson(s.key, s.value);
        }
        for (const QString &level : std::as_const(levels)) {
            if (auto set = store().setConfig(m_integrationId, level, byLevel.value(level)); !set)
                return set;
        }
        return {};
    });
}

void SchemaCommand::announce() {
    Q_EMIT session().integrationChanged(m_integrationId);
    Q_EMIT session().configChanged(m_integrationId);
}

} // namespace bifrost
