// Store: the operations export and import need beyond the ordinary reads and writes (objects
// created with the bundle's ids, every value of an integration in one read, connections with
// imported tokens, the "import" history entry). Each write is one transaction, nested as a
// savepoint inside the import's own.
#include "store.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace bifrost {

namespace {

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

QVariant optionalStamp(const QDateTime &time) {
    return time.isValid() ? QVariant(detail::stamp(time)) : detail::nullText();
}

// A bundle's id is kept only when it is a UUID, as every id this program makes is: a bundle
// edited by hand must not plant arbitrary text as an id.
bool isUuid(const QString &id) {
    return !QUuid::fromString(id).isNull() && id.size() == 36;
}

} // namespace

Result<QString> Store::idKeeping(const QString &id, const char *takenSql) {
    const QString kept = id.toLower();
    if (isUuid(kept)) {
        QSqlQuery &taken = query(takenSql);
        taken.addBindValue(kept);
        if (auto done = exec(taken); !done)
            return done.error();
        const bool free = !taken.next();
        taken.finish();
        if (free)
            return kept;
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<Organization> Store::addOrganizationKeepingId(const QString &id, const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return Error::invalid(
            Text::tr("the organization name \"%1\" is empty or longer than 200 characters").arg(trimmed),
            QStringLiteral("name"));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Error::invalid(Text::tr("the organization name contains a control character"),
                                  QStringLiteral("name"));
    }
    return transaction([&]() -> Result<Organization> {
        if (auto free = checkOrganizationName(trimmed, {}); !free)
            return free.error();
        auto kept = idKeeping(id, "SELECT 1 FROM organizations WHERE id = ?");
        if (!kept)
            return kept.error();
        const QString newId = *kept;
        const QString now = detail::now();
        auto version = rowVersion();
        if (!version)
            return version.error();
        QSqlQuery &q = query("INSERT INTO organizations (id, name, name_key, created_at, updated_at, version)"
                             " VALUES (?, ?, ?, ?, ?, ?)");
        q.addBindValue(newId);
        q.addBindValue(trimmed);
        q.addBindValue(organizationNameKey(trimmed));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(*version);
        if (auto done = exec(q); !done)
            return done.error();
        HistoryEntry entry;
        entry.action = QStringLiteral("organization.add");
        entry.organizationId = newId;
        entry.organizationName = trimmed;
        entry.newValue = trimmed;
        if (auto recorded = record(std::move(entry)); !recorded)
            return recorded.error();
        return findOrganization(newId);
    });
}

Result<Integration> Store::createIntegrationKeepingId(const QString &id, const IntegrationFields &fields) {
    return transaction([&]() -> Result<Integration> {
        if (auto free = checkIntegrationName(fields.name, {}); !free)
            return free.error();
        auto kept = idKeeping(id, "SELECT 1 FROM integrations WHERE id = ?");
        if (!kept)
            return kept.error();
        const QString newId = *kept;
        const QString now = detail::now();
        const QString description = detail::nonNullText(fields.description);
        const QString defaultEntityId = detail::nonNullText(fields.defaultEntityId.trimmed());
        const QString entityIdLabel = detail::nonNullText(fields.entityIdLabel);
        auto version = rowVersion();
        if (!version)
            return version.error();
        QSqlQuery &q =
            query("INSERT INTO integrations (id, name, description, default_entity_id, entity_id_label,"
                  " created_at, updated_at, version, schema_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.addBindValue(newId);
        q.addBindValue(fields.name);
        q.addBindValue(description);
        q.addBindValue(defaultEntityId);
        q.addBindValue(entityIdLabel);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(*version);
        q.addBindValue(*version);
        if (auto done = exec(q); !done)
            return done.error();
        HistoryEntry entry;
        entry.action = QStringLiteral("integration.create");
        entry.integrationId = newId;
        entry.integrationName = fields.name;
        entry.newValue = QJsonObject{{QStringLiteral("name"), fields.name},
                                     {QStringLiteral("description"), description},
                                     {QStringLiteral("default_entity_id"), defaultEntityId},
                                     {QStringLiteral("entity_id_label"), entityIdLabel}};
        if (auto recorded = record(std::move(entry)); !recorded)
            return recorded.error();
        return findIntegration(newId, true);
    });
}

Result<QList<ConfigValue>> Store::allValues(const QString &integrationRef) {
    auto integration = findIntegration(integrationRef, false);
    if (!integration)
        return integration.error();
    QSqlQuery &q =
        query("SELECT key, organization_id, value, secret_ref FROM config_values"
              " WHERE integration_id = ? ORDER BY organization_id IS NOT NULL, organization_id, key");
    q.addBindValue(integration->id);
    if (auto done = exec(q); !done)
        return done.error();
    QList<ConfigValue> values;
    while (q.next()) {
        ConfigValue v;
        v.integrationId = integration->id;
        v.key = q.value(0).toString();
        v.organizationId = q.value(1).toString();
        v.value = detail::jsonFromColumn(q.value(2).toString());
        v.secretRef = q.value(3).toString();
        values << std::move(v);
    }
    q.finish();
    return values;
}

Result<OAuthConnection> Store::importOAuthConnection(const QString &integrationRef, const QString &orgRef,
                                                     const ImportedConnection &c) {
    if (c.accessToken.isEmpty())
        return Error::invalid(Text::tr("an imported OAuth connection has no access token"),
                              QStringLiteral("access_token"));
    return transaction([&]() -> Result<OAuthConnection> {
        auto target = oauthTarget(integrationRef, orgRef);
        if (!target)
            return target.error();
        // The stored connection (if any) goes, its token entries after commit.
        if (auto removed = deleteOAuthConnection(target->integration.id, target->organizationKey()); !removed)
            return removed.error();
        auto accessRef = storeSecret(c.accessToken);
        if (!accessRef)
            return accessRef.error();
        QVariant refreshColumn = detail::nullText();
        if (!c.refreshToken.isEmpty()) {
            auto ref = storeSecret(c.refreshToken);
            if (!ref)
                return ref.error();
            refreshColumn = *ref;
        }
        const QString now = detail::now();
        QSqlQuery &ins =
            query("INSERT INTO oauth_connections (integration_id, organization_id, access_token_ref,"
                  " refresh_token_ref, token_type, expires_at, scopes, failed, last_error, connected_at,"
                  " last_refresh_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.addBindValue(target->integration.id);
        ins.addBindValue(target->org ? QVariant(target->org->id) : detail::nullText());
        ins.addBindValue(*accessRef);
        ins.addBindValue(refreshColumn);
        ins.addBindValue(detail::nonNullText(c.tokenType));
        ins.addBindValue(optionalStamp(c.expiresAt));
        ins.addBindValue(detail::nonNullText(c.scopes.join(QLatin1Char(' '))));
        ins.addBindValue(c.failed ? 1 : 0);
        ins.addBindValue(detail::nonNullText(c.lastError));
        ins.addBindValue(c.connectedAt.isValid() ? detail::stamp(c.connectedAt) : now);
        ins.addBindValue(optionalStamp(c.lastRefreshAt));
        ins.addBindValue(now);
        if (auto done = exec(ins); !done)
            return done.error();
        HistoryEntry entry = target->historyEntry(QStringLiteral("oauth.connect"));
        entry.secret = true;
        entry.detail = Text::tr("tokens imported from a bundle");
        if (auto recorded = record(std::move(entry)); !recorded)
            return recorded.error();
        return savedOAuthConnection(*target);
    });
}

Result<void> Store::recordImport(const QString &integrationRef, const QString &detailText) {
    if (m_frames.empty())
        return Error::internal(QStringLiteral("an import is recorded inside its transaction"));
    auto integration = findIntegration(integrationRef, false);
    if (!integration)
        return integration.error();
    HistoryEntry entry;
    entry.action = QStringLiteral("import");
    entry.integrationId = integration->id;
    entry.integrationName = integration->name;
    entry.detail = detailText;
    return record(std::move(entry));
}

} // namespace bifrost
