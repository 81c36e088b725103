// Read-only overviews across organizations and integrations: the Organizations tab, the health
// summary, an organization's page and the overrides matrix; and the integration settings edit.
//
// Each overview reads whole table slices in a fixed number of statements and joins them in
// memory: a page of 2,000 organizations costs the same few statements as a page of ten. The
// statements run one after another outside a transaction (a read needs no write lock), so a
// commit by another process in between can make a row refer to something the previous
// statement did not see; such rows are skipped.
#include "store.h"
#include "storeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <vector>

namespace bifrost {

namespace {

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};
using Row = detail::SqliteStatement::Row;

// The required keys of one integration that no default fills, in schema order: the keys an
// organization is missing unless it overrides them.
QStringList requiredWithoutDefault(const Schema &schema, const QSet<QString> &defaultKeys) {
    QStringList keys;
    for (const SchemaField &f : schema) {
        if (f.required && !defaultKeys.contains(f.key))
            keys << f.key;
    }
    return keys;
}

// Wraps a row handler for a statement whose first column is the id of an entry the overview
// listed first (an organization or an integration): the handler gets that entry's index. A row
// about an entry the list does not hold, committed after the list was read, is skipped.
template <typename OnListedRow>
auto forListed(const QHash<QString, qsizetype> &indexById, OnListedRow onRow) {
    return [&indexById, onRow = std::move(onRow)](const Row &row) {
        const auto at = indexById.constFind(row.text(0));
        if (at != indexById.constEnd())
            onRow(*at, row);
    };
}

// Both overviews select a mapping as (owner id, entity_id, entity_name, created_at, updated_at).
Mapping mappingFromRow(const QString &integrationId, const Organization &org, const Row &row) {
    return {integrationId,
            org,
            row.text(1),
            row.text(2),
            detail::timestamp(row.text(3)),
            detail::timestamp(row.text(4)),
            row.integer(5)};
}

} // namespace

ExpectedValue ExpectedValue::of(const std::optional<ConfigValue> &current) {
    if (!current)
        return {};
    return {true, current->value, current->secretRef, current->version};
}

ExpectedMapping ExpectedMapping::of(const std::optional<Mapping> &current) {
    if (!current)
        return {};
    return {true, current->entityId, current->entityName, current->version};
}

Result<QList<OrganizationStatus>> Store::organizationStatuses(const QString &integrationRef) {
    auto integration = findIntegration(integrationRef, true);
    if (!integration)
        return integration.error();
    const QStringList id{integration->id};

    QSet<QString> defaultKeys;
    auto done =
        runNative(m_native->defaultKeysOfIntegration,
                  "SELECT key FROM config_values WHERE integration_id = ?1 AND organization_id IS NULL", id,
                  [&](const Row &row) { defaultKeys.insert(row.text(0)); });
    if (!done)
        return done.error();
    const QStringList candidates = requiredWithoutDefault(integration->schema, defaultKeys);

    QList<OrganizationStatus> list;
    QHash<QString, qsizetype> indexById;
    done = runNative(m_native->allOrganizations,
                     "SELECT id, name, created_at, updated_at, version FROM organizations ORDER BY name_key",
                     {}, [&](const Row &row) {
                         OrganizationStatus status;
                         status.organization = {row.text(0), row.text(1), detail::timestamp(row.text(2)),
                                                detail::timestamp(row.text(3)), row.integer(4)};
                         indexById.insert(status.organization.id, list.size());
                         list << std::move(status);
                     });
    if (!done)
        return done.error();

    done = runNative(
        m_native->mappingsOfIntegration,
        "SELECT organization_id, entity_id, entity_name, created_at, updated_at, version FROM mappings"
        " WHERE integration_id = ?1",
        id, forListed(indexById, [&](qsizetype at, const Row &row) {
            OrganizationStatus &status = list[at];
            status.mapping = mappingFromRow(integration->id, status.organization, row);
        }));
    if (!done)
        return done.error();

    // Only the overrides of candidate keys matter for missingRequired; the rest are counted. One
    // flag per (organization, candidate) in a flat array: no allocation per organization.
    QHash<QString, qsizetype> candidateIndex;
    for (const QString &key : candidates)
        candidateIndex.insert(key, candidateIndex.size());
    const qsizetype width = candidates.size();
    std::vector<char> overridden(size_t(list.size() * width), 0);
    done = runNative(m_native->overrideKeysOfIntegration,
                     "SELECT organization_id, key FROM config_values"
                     " WHERE integration_id = ?1 AND organization_id IS NOT NULL",
                     id, forListed(indexById, [&](qsizetype at, const Row &row) {
                         ++list[at].overrideCount;
                         if (width == 0)
                             return;
                         const auto candidate = candidateIndex.constFind(row.text(1));
                         if (candidate != candidateIndex.constEnd())
                             overridden[size_t(at * width + *candidate)] = 1;
                     }));
    if (!done)
        return done.error();

    for (qsizetype i = 0; width > 0 && i < list.size(); ++i) {
        QStringList &missing = list[i].missingRequired;
        for (qsizetype c = 0; c < width; ++c) {
            if (!overridden[size_t(i * width + c)])
                missing << candidates.at(c);
        }
    }
    return list;
}

Result<QList<IntegrationStatus>> Store::integrationStatuses(const QString &orgRef) {
    auto org = findOrganization(orgRef);
    if (!org)
        return org.error();
    const QStringList orgId{org->id};

    QList<IntegrationStatus> list;
    QHash<QString, qsizetype> indexById;
    auto done = runNative(m_native->allIntegrations,
                          "SELECT id, name, description, default_entity_id, entity_id_label, created_at,"
                          " updated_at, version, schema_version FROM integrations ORDER BY name",
                          {}, [&](const Row &row) {
                              IntegrationStatus status;
                              Integration &i = status.integration;
                              i.id = row.text(0);
                              i.name = row.text(1);
                              i.description = row.text(2);
                              i.defaultEntityId = row.text(3);
                              i.entityIdLabel = row.text(4);
                              i.createdAt = detail::timestamp(row.text(5));
                              i.updatedAt = detail::timestamp(row.text(6));
                              i.version = row.integer(7);
                              i.schemaVersion = row.integer(8);
                              indexById.insert(i.id, list.size());
                              list << std::move(status);
                          });
    if (!done)
        return done.error();

    // Required keys per integration with their positions, to put them in schema order.
    QHash<qsizetype, QList<std::pair<qint64, QString>>> required;
    done = runNative(m_native->requiredFields,
                     "SELECT integration_id, key, position FROM schema_fields WHERE required = 1", {},
                     forListed(indexById, [&](qsizetype at, const Row &row) {
                         required[at].append({row.integer(2), row.text(1)});
                     }));
    if (!done)
        return done.error();

    QHash<qsizetype, QSet<QString>> filled; // keys with a default or this organization's override
    done = runNative(m_native->defaultKeys,
                     "SELECT integration_id, key FROM config_values WHERE organization_id IS NULL", {},
                     forListed(indexById, [&](qsizetype at, const Row &row) {
                         if (required.contains(at))
                             filled[at].insert(row.text(1));
                     }));
    if (!done)
        return done.error();

    done = runNative(m_native->overrideKeysOfOrganization,
                     "SELECT integration_id, key FROM config_values WHERE organization_id = ?1", orgId,
                     forListed(indexById, [&](qsizetype at, const Row &row) {
                         ++list[at].overrideCount;
                         if (required.contains(at))
                             filled[at].insert(row.text(1));
                     }));
    if (!done)
        return done.error();

    done = runNative(
        m_native->mappingsOfOrganization,
        "SELECT integration_id, entity_id, entity_name, created_at, updated_at, version FROM mappings"
        " WHERE organization_id = ?1",
        orgId, forListed(indexById, [&](qsizetype at, const Row &row) {
            list[at].mapping = mappingFromRow(row.text(0), *org, row);
        }));
    if (!done)
        return done.error();

    for (auto it = required.begin(); it != required.end(); ++it) {
        std::sort(it->begin(), it->end());
        const QSet<QString> &have = filled[it.key()];
        QStringList &missing = list[it.key()].missingRequired;
        for (const auto &[position, key] : std::as_const(*it)) {
            if (!have.contains(key))
                missing << key;
        }
    }
    return list;
}

Result<QList<ConfigValue>> Store::overridesOf(const QString &integrationRef,
                                              const QStringList &organizationIds) {
    auto integration = findIntegration(integrationRef, false);
    if (!integration)
        return integration.error();
    QList<ConfigValue> values;
    if (organizationIds.isEmpty())
        return values;
    // The ids travel as one JSON array parameter: one prepared statement for any number of
    // organizations, with no limit on bound variables and no SQL built from text.
    QJsonArray ids;
    for (const QString &orgId : organizationIds)
        ids.append(orgId);
    const QString idsJson = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    // PostgreSQL has no json_each; json_array_elements_text reads the same array.
    const char *sql =
        isPostgres()
            ? "SELECT key, organization_id, value, secret_ref FROM config_values WHERE integration_id = ?1"
              " AND organization_id IN (SELECT json_array_elements_text(CAST(?2 AS json)))"
            : "SELECT key, organization_id, value, secret_ref FROM config_values"
              " WHERE integration_id = ?1 AND organization_id IN (SELECT value FROM json_each(?2))";
    auto done = runNative(m_native->overridesOf, sql, {integration->id, idsJson}, [&](const Row &row) {
        ConfigValue v;
        v.integrationId = integration->id;
        v.key = row.text(0);
        v.organizationId = row.text(1);
        v.value = detail::jsonFromColumn(row.text(2));
        v.secretRef = row.text(3);
        values << std::move(v);
    });
    if (!done)
        return done.error();
    return values;
}

Result<Integration> Store::updateIntegration(const QString &ref, const IntegrationUpdate &update) {
    return transaction([&]() -> Result<Integration> {
        auto integration = findIntegration(ref, false);
        if (!integration)
            return integration.error();
        if (update.expectedVersion && *update.expectedVersion != integration->version)
            return staleIntegration(*integration);
        // Trimmed as createIntegration stores it: a pasted id with a stray space would never
        // match the external system's.
        const QString description = update.description.value_or(integration->description);
        const QString defaultEntityId =
            update.defaultEntityId.value_or(integration->defaultEntityId).trimmed();
        const QString entityIdLabel = update.entityIdLabel.value_or(integration->entityIdLabel);
        qint64 version = integration->version;
        if (description != integration->description || defaultEntityId != integration->defaultEntityId ||
            entityIdLabel != integration->entityIdLabel) {
            auto next = rowVersion();
            if (!next)
                return next.error();
            version = *next;
        }
        QSqlQuery &q = query("UPDATE integrations SET description = ?, default_entity_id = ?,"
                             " entity_id_label = ?, updated_at = ?, version = ? WHERE id = ?");
        q.addBindValue(detail::nonNullText(description));
        q.addBindValue(detail::nonNullText(defaultEntityId));
        q.addBindValue(detail::nonNullText(entityIdLabel));
        q.addBindValue(detail::now());
        q.addBindValue(version);
        q.addBindValue(integration->id);
        if (auto updated = exec(q); !updated)
            return updated.error();
        // History: the settings that changed, before and after.
        HistoryEntry entry;
        entry.action = QStringLiteral("integration.update");
        entry.integrationId = integration->id;
        entry.integrationName = integration->name;
        QJsonObject before, after;
        for (const auto &[name, was, is] :
             {std::tuple{"description", integration->description, description},
              std::tuple{"default_entity_id", integration->defaultEntityId, defaultEntityId},
              std::tuple{"entity_id_label", integration->entityIdLabel, entityIdLabel}}) {
            if (was != is) {
                before.insert(QLatin1String(name), was);
                after.insert(QLatin1String(name), is);
            }
        }
        if (!after.isEmpty()) {
            entry.oldValue = before;
            entry.newValue = after;
            if (auto recorded = record(std::move(entry)); !recorded)
                return recorded.error();
        }
        return findIntegration(integration->id, true);
    });
}

} // namespace bifrost
