// Store: configuration values, mappings and what the Resolver reads.
#include "store.h"
#include "storeutil.h"
#include "validate/valuevalidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace bifrost {

namespace {

// A mapping as the history shows it.
QJsonObject mappingJson(const Mapping &m) {
    return QJsonObject{{QStringLiteral("entity_id"), m.entityId},
                       {QStringLiteral("entity_name"), m.entityName}};
}

// The history entry of a mapping change, with the mapping as it was (none for a new one).
HistoryEntry mappingHistoryEntry(const QString &action, const Integration &integration,
                                 const Organization &org, const std::optional<Mapping> &before) {
    HistoryEntry entry;
    entry.action = action;
    entry.integrationId = integration.id;
    entry.integrationName = integration.name;
    entry.organizationId = org.id;
    entry.organizationName = org.name;
    if (before)
        entry.oldValue = mappingJson(*before);
    return entry;
}

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

Error unknownKey(const Integration &integration, const QString &key) {
    QStringList known;
    for (const SchemaField &f : integration.schema)
        known << f.key;
    const QString hint = known.isEmpty()
                             ? Text::tr("the schema is empty; define it with `bifrostctl schema set`")
                             : Text::tr("known keys: %1").arg(known.join(QStringLiteral(", ")));
    return Error::invalid(
        Text::tr("integration \"%1\" has no key \"%2\" in its schema; %3").arg(integration.name, key, hint),
        key);
}

// Whether the stored row (if any) is still what an editor loaded. Values compare through their
// canonical JSON text, so 30 and 30.0 are the same value; secrets compare by reference, since
// every secret write makes a new one.
bool matchesExpected(const ExpectedValue &expected, bool exists, const QString &valueText,
                     const QString &secretRef, qint64 version) {
    if (expected.present != exists)
        return false;
    if (!exists)
        return true;
    if (expected.version > 0)
        return expected.version == version;
    if (expected.secretRef != secretRef)
        return false;
    if (!secretRef.isEmpty())
        return true;
    return toJsonText(expected.value) == toJsonText(detail::jsonFromColumn(valueText));
}

// `config "url" of "Halo" for "Acme"` / `config "url" of "Halo" (default)`: a stale value's subject.
QString valueSubject(const ValueContext &ctx) {
    return ctx.organization.isEmpty()
               ? Text::tr("config \"%1\" of \"%2\" (default)").arg(ctx.key, ctx.integration)
               : Text::tr("config \"%1\" of \"%2\" for \"%3\"")
                     .arg(ctx.key, ctx.integration, ctx.organization);
}

bool matchesExpected(const ExpectedMapping &expected, const std::optional<Mapping> &current) {
    if (expected.present != current.has_value())
        return false;
    if (current && expected.version > 0)
        return current->version == expected.version;
    return !current || (current->entityId == expected.entityId && current->entityName == expected.entityName);
}

} // namespace

Result<QList<ConfigValue>> Store::loadValues(const QString &integrationId, const QString &organizationId) {
    QList<ConfigValue> values;
    auto onRow = [&](const detail::SqliteStatement::Row &row) {
        ConfigValue v;
        v.integrationId = integrationId;
        v.key = row.text(0);
        v.organizationId = row.text(1);
        v.value = detail::jsonFromColumn(row.text(2));
        v.secretRef = row.text(3);
        v.version = row.integer(4);
        values << v;
    };
    auto done = organizationId.isEmpty()
                    ? runNative(m_native->defaults,
                                "SELECT key, organization_id, value, secret_ref, version FROM config_values"
                                " WHERE integration_id = ?1 AND organization_id IS NULL",
                                {integrationId}, onRow)
                    : runNative(m_native->overrides,
                                "SELECT key, organization_id, value, secret_ref, version FROM config_values"
                                " WHERE integration_id = ?1 AND organization_id = ?2",
                                {integrationId, organizationId}, onRow);
    if (!done)
        return done.error();
    return values;
}

Result<void> Store::applyConfigChange(const Integration &integration, const std::optional<Organization> &org,
                                      const ConfigChange &change) {
    const SchemaField *field = integration.field(change.key);
    if (!field)
        return unknownKey(integration, change.key);
    const QString orgId = org ? org->id : QString();

    QSqlQuery &find =
        org ? query("SELECT id, secret_ref, value, version FROM config_values WHERE integration_id = ? AND"
                    " key = ? AND organization_id = ?")
            : query("SELECT id, secret_ref, value, version FROM config_values WHERE integration_id = ? AND"
                    " key = ? AND organization_id IS NULL");
    find.addBindValue(integration.id);
    find.addBindValue(change.key);
    if (org)
        find.addBindValue(orgId);
    if (auto done = exec(find); !done)
        return done;
    const bool exists = find.next();
    const qint64 rowId = exists ? find.value(0).toLongLong() : 0;
    const QString oldRef = exists ? find.value(1).toString() : QString();
    const QString oldValueText = exists ? find.value(2).toString() : QString();
    const qint64 oldVersion = exists ? find.value(3).toLongLong() : 0;
    find.finish();

    const ValueContext ctx{integration.name, change.key, org ? org->name : QString()};
    if (change.expected && !matchesExpected(*change.expected, exists, oldValueText, oldRef, oldVersion))
        return staleRow(valueSubject(ctx), integration.id, orgId, change.key,
                        {QStringLiteral("config.set"), QStringLiteral("config.unset")}, change.key);

    // One history entry per key and level; a secret's entry says only that it changed.
    HistoryEntry entry;
    entry.integrationId = integration.id;
    entry.integrationName = integration.name;
    entry.organizationId = orgId;
    entry.organizationName = org ? org->name : QString();
    entry.key = change.key;
    entry.secret = field->isSecret() || !oldRef.isEmpty();
    if (exists && !entry.secret)
        entry.oldValue = detail::jsonFromColumn(oldValueText);

    if (change.kind == ConfigChange::Kind::Unset) {
        if (!exists)
            return {};
        if (!oldRef.isEmpty())
            m_frames.back().obsoleteSecretRefs << oldRef;
        QSqlQuery &del = query("DELETE FROM config_values WHERE id = ?");
        del.addBindValue(rowId);
        if (auto done = exec(del); !done)
            return done;
        entry.action = QStringLiteral("config.unset");
        return record(std::move(entry));
    }

    auto value = change.kind == ConfigChange::Kind::SetText ? parseTextValue(*field, change.text, ctx)
                                                            : validateValue(*field, change.json, ctx);
    if (!value)
        return value.error();

    QVariant valueColumn = detail::nullText();
    QVariant refColumn = detail::nullText();
    if (field->isSecret()) {
        // A new entry per write: the old one is removed only once the new row has committed.
        auto ref = storeSecret(value->toString());
        if (!ref)
            return ref.error();
        refColumn = *ref;
    } else {
        valueColumn = toJsonText(*value);
    }
    if (!oldRef.isEmpty())
        m_frames.back().obsoleteSecretRefs << oldRef;

    entry.action = QStringLiteral("config.set");
    if (!entry.secret)
        entry.newValue = *value;
    // Writing the value a key already has is not a change worth an entry, nor a new version.
    const bool unchanged = exists && !entry.secret && oldValueText == valueColumn.toString();
    qint64 version = oldVersion;
    if (!unchanged) {
        auto next = rowVersion();
        if (!next)
            return next.error();
        version = *next;
    }
    if (exists) {
        QSqlQuery &upd = query(
            "UPDATE config_values SET value = ?, secret_ref = ?, updated_at = ?, version = ? WHERE id = ?");
        upd.addBindValue(valueColumn);
        upd.addBindValue(refColumn);
        upd.addBindValue(detail::now());
        upd.addBindValue(version);
        upd.addBindValue(rowId);
        if (auto done = exec(upd); !done)
            return done;
        return unchanged ? Result<void>() : record(std::move(entry));
    }
    QSqlQuery &ins =
        query("INSERT INTO config_values (integration_id, organization_id, key, value, secret_ref,"
              " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)");
    ins.addBindValue(integration.id);
    ins.addBindValue(org ? QVariant(orgId) : detail::nullText());
    ins.addBindValue(change.key);
    ins.addBindValue(valueColumn);
    ins.addBindValue(refColumn);
    ins.addBindValue(detail::now());
    ins.addBindValue(version);
    if (auto done = exec(ins); !done)
        return done;
    return record(std::move(entry));
}

Result<void> Store::setConfig(const QString &integrationRef, const QString &orgRef,
                              const QList<ConfigChange> &changes) {
    return transaction([&]() -> Result<void> {
        auto integration = findIntegration(integrationRef, true);
        if (!integration)
            return integration.error();
        std::optional<Organization> org;
        if (!orgRef.isEmpty()) {
            auto found = findOrganization(orgRef);
            if (!found)
                return found.error();
            org = *found;
        }
        for (const ConfigChange &change : changes) {
            if (auto applied = applyConfigChange(*integration, org, change); !applied)
                return applied;
        }
        return {};
    });
}

Result<QList<ConfigValue>> Store::configValues(const QString &integrationRef, const QString &orgRef) {
    auto integration = findIntegration(integrationRef, false);
    if (!integration)
        return integration.error();
    QString orgId;
    if (!orgRef.isEmpty()) {
        auto org = findOrganization(orgRef);
        if (!org)
            return org.error();
        orgId = org->id;
    }
    return loadValues(integration->id, orgId);
}

Result<Mapping> Store::setMapping(const QString &integrationRef, const QString &orgRef,
                                  const std::optional<QString> &entityId,
                                  const std::optional<QString> &entityName,
                                  const std::optional<ExpectedMapping> &expected) {
    return transaction([&]() -> Result<Mapping> {
        auto integration = findIntegration(integrationRef, false);
        if (!integration)
            return integration.error();
        auto org = findOrganization(orgRef);
        if (!org)
            return org.error();
        if (auto unchanged = checkMapping(*integration, *org, expected); !unchanged)
            return unchanged.error();
        auto before = loadMapping(integration->id, *org);
        if (!before)
            return before.error();
        // A write that leaves the mapping as it is keeps its version, like a config value.
        const bool same = *before && (!entityId || (*before)->entityId == entityId->trimmed()) &&
                          (!entityName || (*before)->entityName == entityName->trimmed());
        qint64 version = *before ? (*before)->version : 0;
        if (!same) {
            auto next = rowVersion();
            if (!next)
                return next.error();
            version = *next;
        }
        const QString stamp = detail::now();
        QSqlQuery &q = query(
            "INSERT INTO mappings (integration_id, organization_id, entity_id, entity_name, created_at,"
            " updated_at, version) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?)"
            " ON CONFLICT (integration_id, organization_id) DO UPDATE SET"
            " entity_id = coalesce(?, mappings.entity_id), entity_name = coalesce(?, mappings.entity_name),"
            " updated_at = excluded.updated_at, version = excluded.version");
        // Qt binds a null QString as SQL NULL, which would read as "keep": an explicit empty value
        // must reach SQLite as ''.
        auto given = [](const QString &s) {
            const QString trimmed = s.trimmed();
            return QVariant(trimmed.isEmpty() ? QStringLiteral("") : trimmed);
        };
        const QVariant id = entityId ? given(*entityId) : detail::nullText();
        const QVariant name = entityName ? given(*entityName) : detail::nullText();
        q.addBindValue(integration->id);
        q.addBindValue(org->id);
        q.addBindValue(id);
        q.addBindValue(name);
        q.addBindValue(stamp);
        q.addBindValue(stamp);
        q.addBindValue(version);
        q.addBindValue(id);
        q.addBindValue(name);
        if (auto done = exec(q); !done)
            return done.error();
        auto mapping = loadMapping(integration->id, *org);
        if (!mapping)
            return mapping.error();
        if (!*mapping)
            return Error::internal(QStringLiteral("the mapping just written cannot be read back"));
        const QJsonObject after = mappingJson(**mapping);
        if (!*before || mappingJson(**before) != after) {
            HistoryEntry entry =
                mappingHistoryEntry(QStringLiteral("mapping.set"), *integration, *org, *before);
            entry.newValue = after;
            if (auto recorded = record(std::move(entry)); !recorded)
                return recorded.error();
        }
        return **mapping;
    });
}

Result<QList<Mapping>> Store::mappings(const QString &integrationRef) {
    auto integration = findIntegration(integrationRef, false);
    if (!integration)
        return integration.error();
    QSqlQuery &q = query(
        "SELECT o.id, o.name, o.created_at, o.updated_at, m.entity_id, m.entity_name, m.created_at,"
        " m.updated_at, m.version, o.version FROM mappings m JOIN organizations o ON o.id = m.organization_id"
        " WHERE m.integration_id = ? ORDER BY o.name_key");
    q.addBindValue(integration->id);
    if (auto done = exec(q); !done)
        return done.error();
    QList<Mapping> list;
    while (q.next()) {
        Mapping m;
        m.integrationId = integration->id;
        m.organization = {q.value(0).toString(), q.value(1).toString(),
                          detail::timestamp(q.value(2).toString()), detail::timestamp(q.value(3).toString())};
        m.entityId = q.value(4).toString();
        m.entityName = q.value(5).toString();
        m.createdAt = detail::timestamp(q.value(6).toString());
        m.updatedAt = detail::timestamp(q.value(7).toString());
        m.version = q.value(8).toLongLong();
        m.organization.version = q.value(9).toLongLong();
        list << m;
    }
    q.finish();
    return list;
}

Result<void> Store::removeMapping(const QString &integrationRef, const QString &orgRef, bool withOverrides,
                                  const std::optional<ExpectedMapping> &expected) {
    return transaction([&]() -> Result<void> {
        auto integration = findIntegration(integrationRef, false);
        if (!integration)
            return integration.error();
        auto org = findOrganization(orgRef);
        if (!org)
            return org.error();
        if (auto unchanged = checkMapping(*integration, *org, expected); !unchanged)
            return unchanged;
        auto before = loadMapping(integration->id, *org);
        if (!before)
            return before.error();
        QSqlQuery &del = query("DELETE FROM mappings WHERE integration_id = ? AND organization_id = ?");
        del.addBindValue(integration->id);
        del.addBindValue(org->id);
        if (auto done = exec(del); !done)
            return done;
        if (del.numRowsAffected() == 0)
            return Error::notFound(Text::tr("organization \"%1\" has no mapping for integration \"%2\"")
                                       .arg(org->name, integration->name));
        const HistoryEntry entry =
            mappingHistoryEntry(QStringLiteral("mapping.remove"), *integration, *org, *before);
        if (auto recorded = record(entry); !recorded)
            return recorded;
        // The organization's OAuth connection goes with its mapping (ARCHITECTURE.md §3).
        if (auto removed = deleteOAuthConnection(integration->id, org->id); !removed)
            return removed;
        if (withOverrides) {
            // Each override that goes with the mapping is an unset of its own in the history.
            QSqlQuery &dropped = query("SELECT key, value, secret_ref FROM config_values"
                                       " WHERE integration_id = ? AND organization_id = ? ORDER BY key");
            dropped.addBindValue(integration->id);
            dropped.addBindValue(org->id);
            if (auto done = exec(dropped); !done)
                return done;
            QList<HistoryEntry> unsets;
            while (dropped.next()) {
                HistoryEntry unset = entry;
                unset.action = QStringLiteral("config.unset");
                unset.key = dropped.value(0).toString();
                unset.secret = !dropped.value(2).isNull();
                unset.oldValue.reset();
                if (!unset.secret)
                    unset.oldValue = detail::jsonFromColumn(dropped.value(1).toString());
                unsets << unset;
            }
            dropped.finish();
            for (HistoryEntry &unset : unsets) {
                if (auto recorded = record(std::move(unset)); !recorded)
                    return recorded;
            }
            if (auto refs = collectSecretRefs("SELECT secret_ref FROM config_values WHERE integration_id = ?"
                                              " AND organization_id = ? AND secret_ref IS NOT NULL",
                                              integration->id, org->id);
                !refs)
                return refs;
            QSqlQuery &delValues =
                query("DELETE FROM config_values WHERE integration_id = ? AND organization_id = ?");
            delValues.addBindValue(integration->id);
            delValues.addBindValue(org->id);
            return exec(delValues);
        }
        return {};
    });
}

Result<void> Store::checkMapping(const Integration &integration, const Organization &org,
                                 const std::optional<ExpectedMapping> &expected) {
    if (!expected)
        return {};
    auto current = loadMapping(integration.id, org);
    if (!current)
        return current.error();
    if (!matchesExpected(*expected, *current)) {
        const QString what = Text::tr("the mapping of \"%1\" for \"%2\"").arg(integration.name, org.name);
        return staleRow(what, integration.id, org.id, QString(),
                        {QStringLiteral("mapping.set"), QStringLiteral("mapping.remove")},
                        QStringLiteral("mapping"));
    }
    return {};
}

Result<std::optional<Mapping>> Store::loadMapping(const QString &integrationId, const Organization &org) {
    std::optional<Mapping> mapping;
    auto done = runNative(m_native->mapping,
                          "SELECT entity_id, entity_name, created_at, updated_at, version FROM mappings"
                          " WHERE integration_id = ?1 AND organization_id = ?2",
                          {integrationId, org.id}, [&](const detail::SqliteStatement::Row &row) {
                              mapping = Mapping{integrationId,
                                                org,
                                                row.text(0),
                                                row.text(1),
                                                detail::timestamp(row.text(2)),
                                                detail::timestamp(row.text(3)),
                                                row.integer(4)};
                          });
    if (!done)
        return done.error();
    return mapping;
}

void Store::clearCache() {
    m_cacheByRef.clear();
    m_cacheDataVersion = -1;
}

Result<std::shared_ptr<const Store::CachedIntegration>> Store::cachedIntegration(const QString &ref) {
    // PostgreSQL has no PRAGMA data_version to tell of other sessions' commits, and a shared
    // database is changed by colleagues all day: there the cache is off.
    const bool usable = m_frames.empty() && !isPostgres();
    if (usable) {
        qint64 dataVersion = -1;
        auto done = runNative(m_native->dataVersion, "PRAGMA data_version", {},
                              [&](const detail::SqliteStatement::Row &row) { dataVersion = row.integer(0); });
        if (!done)
            return done.error();
        if (dataVersion != m_cacheDataVersion) {
            clearCache();
            m_cacheDataVersion = dataVersion;
        }
        if (auto hit = m_cacheByRef.constFind(ref); hit != m_cacheByRef.constEnd())
            return hit.value();
    }
    auto integration = findIntegration(ref, true);
    if (!integration)
        return integration.error();
    auto defaults = loadValues(integration->id, QString());
    if (!defaults)
        return defaults.error();
    auto entry = std::make_shared<const CachedIntegration>(
        CachedIntegration{std::move(*integration), std::move(*defaults)});
    // Keyed by the reference exactly as given, so a hit returns what findIntegration(ref) would.
    if (usable)
        m_cacheByRef.insert(ref, entry);
    return entry;
}

Result<ResolveInput> Store::resolveInput(const QString &integrationRef, const QString &orgRef) {
    auto cached = cachedIntegration(integrationRef);
    if (!cached)
        return cached.error();
    ResolveInput input;
    input.integration = (*cached)->integration;
    input.values = (*cached)->defaults;
    if (orgRef.isEmpty())
        return input;

    auto org = findOrganization(orgRef);
    if (!org)
        return org.error();
    input.organization = std::move(*org);
    const QString &orgId = input.organization->id;
    auto overrides = loadValues(input.integration.id, orgId);
    if (!overrides)
        return overrides.error();
    input.values += *overrides;

    auto mapping = loadMapping(input.integration.id, *input.organization);
    if (!mapping)
        return mapping.error();
    input.mapping = std::move(*mapping);
    return input;
}

} // namespace bifrost
