// Export (the store into a bundle), inspect, and the plan's text and JSON forms.
#include "bundle.h"

#include "bundleformat.h"
#include "secrets/vaultsecretstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace bifrost::bundle {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Bundle)
};

QString kindName(PlannedChange::Kind kind) {
    switch (kind) {
    case PlannedChange::Kind::Create:
        return QStringLiteral("create");
    case PlannedChange::Kind::Change:
        return QStringLiteral("change");
    case PlannedChange::Kind::Remove:
        return QStringLiteral("remove");
    case PlannedChange::Kind::Skip:
        return QStringLiteral("skip");
    case PlannedChange::Kind::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

// Where each sealed secret came from, to name a value that is missing from the secret store.
struct PendingSecret {
    QString ref;
    QString where;
};

} // namespace

Result<ExportResult> exportBundle(Store &store, const ExportOptions &options, const QString &passphrase) {
    if (options.includeTokens && !options.includeSecrets)
        return Error::invalid(
            Text::tr("tokens are secrets: --include-tokens cannot be combined with --no-secrets"),
            QStringLiteral("include-tokens"));
    if (options.includeSecrets && passphrase.size() < VaultSecretStore::minimumPassphraseLength)
        return Error::invalid(
            Text::tr("the bundle passphrase must have at least %1 characters; choose a longer one, or export "
                     "without secrets (--no-secrets)")
                .arg(VaultSecretStore::minimumPassphraseLength),
            QStringLiteral("passphrase"));

    auto all = store.integrations();
    if (!all)
        return all.error();
    QList<Integration> chosen;
    if (options.integrations.isEmpty()) {
        chosen = *all;
    } else {
        QSet<QString> ids;
        for (const QString &ref : options.integrations) {
            auto found = store.integration(ref);
            if (!found)
                return found.error();
            ids.insert(found->id);
        }
        for (const Integration &i : std::as_const(*all)) {
            if (ids.contains(i.id))
                chosen << i;
        }
    }
    auto organizations = store.organizations();
    if (!organizations)
        return organizations.error();
    QHash<QString, Organization> orgById;
    for (const Organization &o : std::as_const(*organizations))
        orgById.insert(o.id, o);
    auto orgName = [&](const QString &id) {
        return id.isEmpty() ? Text::tr("default") : orgById.value(id).name;
    };

    format::Document doc;
    doc.createdAt = QDateTime::currentDateTimeUtc();
    doc.createdBy = store.actor();
    doc.sealed = options.includeSecrets;
    doc.hasTokens = options.includeTokens;
    QSet<QString> usedOrgs;
    QHash<QString, PendingSecret> pending; // secret id -> where its value is
    int tokenCount = 0;
    auto sealSecret = [&](const QString &ref, const QString &where) -> QString {
        if (!options.includeSecrets)
            return {};
        QString id = QStringLiteral("s%1").arg(pending.size() + doc.secrets.size() + 1);
        pending.insert(id, {ref, where});
        return id;
    };

    for (const Integration &listed : std::as_const(chosen)) {
        auto integration = store.integration(listed.id);
        if (!integration)
            return integration.error();
        format::Integration out;
        out.id = integration->id;
        out.name = integration->name;
        out.description = integration->description;
        out.defaultEntityId = integration->defaultEntityId;
        out.entityIdLabel = integration->entityIdLabel;
        out.schema = integration->schema;

        auto values = store.allValues(integration->id);
        if (!values)
            return values.error();
        for (const ConfigValue &v : std::as_const(*values)) {
            format::Value value;
            if (v.isSecret()) {
                value.secret = true;
                value.secretId =
                    sealSecret(v.secretRef,
                               QStringLiteral("%1: %2 (%3)").arg(out.name, v.key, orgName(v.organizationId)));
            } else {
                value.plain = v.value;
            }
            if (v.isDefault()) {
                out.defaults.insert(v.key, value);
            } else {
                out.overrides[v.organizationId].insert(v.key, value);
                usedOrgs.insert(v.organizationId);
            }
        }

        auto mappings = store.mappings(integration->id);
        if (!mappings)
            return mappings.error();
        for (const Mapping &m : std::as_const(*mappings)) {
            out.mappings << format::Mapping{m.organization.id, m.entityId, m.entityName};
            usedOrgs.insert(m.organization.id);
        }

        auto settings = store.oauthSettings(integration->id);
        if (!settings)
            return settings.error();
        if (*settings) {
            format::OAuth oauth;
            oauth.settings = **settings;
            oauth.hasClientSecret = (*settings)->hasClientSecret;
            if (oauth.hasClientSecret && options.includeSecrets) {
                // The settings do not expose the client secret's reference: read its value here.
                auto secret = store.readClientSecret(integration->id);
                if (!secret)
                    return secret.error();
                oauth.clientSecretId = QStringLiteral("s%1").arg(pending.size() + doc.secrets.size() + 1);
                doc.secrets.insert(oauth.clientSecretId, *secret);
            }
            if (options.includeTokens) {
                auto connections = store.oauthConnections(integration->id);
                if (!connections)
                    return connections.error();
                for (const OAuthConnection &c : std::as_const(*connections)) {
                    format::Connection conn;
                    conn.organizationId = c.organizationId;
                    const QString where =
                        c.isDefault() ? Text::tr("%1: default connection").arg(out.name)
                                      : Text::tr("%1: connection of %2").arg(out.name, c.organizationName);
                    conn.accessTokenId = sealSecret(c.accessTokenRef, where);
                    if (!c.refreshTokenRef.isEmpty())
                        conn.refreshTokenId = sealSecret(c.refreshTokenRef, where);
                    conn.tokenType = c.tokenType;
                    conn.expiresAt = c.expiresAt;
                    conn.scopes = c.scopes;
                    conn.failed = c.failed;
                    conn.lastError = c.lastError;
                    conn.connectedAt = c.connectedAt;
                    conn.lastRefreshAt = c.lastRefreshAt;
                    if (!c.isDefault())
                        usedOrgs.insert(c.organizationId);
                    oauth.connections << conn;
                    ++tokenCount;
                }
            }
            out.oauth = std::move(oauth);
        }
        doc.integrations << std::move(out);
    }

    // Secret values in one round trip to the secret store.
    if (!pending.isEmpty()) {
        QStringList refs;
        for (const PendingSecret &p : std::as_const(pending))
            refs << p.ref;
        auto read = store.readSecrets(refs);
        if (!read)
            return read.error();
        for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
            const auto found = read->constFind(it->ref);
            if (found == read->constEnd())
                return Error::notFound(
                    Text::tr("the secret value of %1 is missing from the secret store, so it cannot be "
                             "exported; set it again, or find such problems with `bifrostctl doctor`")
                        .arg(it->where));
            doc.secrets.insert(it.key(), found.value());
        }
    }

    for (const Organization &o : std::as_const(*organizations)) {
        if (usedOrgs.contains(o.id))
            doc.organizations << format::Organization{o.id, o.name};
    }

    auto bytes = format::write(doc, options.includeSecrets ? passphrase : QString(), options.kdf);
    if (!bytes)
        return bytes.error();
    ExportResult result;
    result.bytes = std::move(*bytes);
    result.integrationCount = int(doc.integrations.size());
    result.organizationCount = int(doc.organizations.size());
    result.secretCount = int(doc.secrets.size());
    result.tokenCount = tokenCount;
    return result;
}

Result<QByteArray> readBundleFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.exists()
                   ? Error::external(Text::tr("cannot read the bundle %1: %2").arg(path, file.errorString()))
                   : Error::notFound(Text::tr("no bundle file %1; check the path").arg(path));
    if (file.size() > maximumBundleBytes)
        return Error::invalid(
            Text::tr("%1 is %2 MB, larger than any Bifrost bundle (at most %3 MB); check that "
                     "it is the right file")
                .arg(path)
                .arg(file.size() / (1024 * 1024))
                .arg(maximumBundleBytes / (1024 * 1024)),
            QStringLiteral("file"));
    return file.readAll();
}

Result<BundleInfo> inspectBundle(const QByteArray &bytes) {
    auto envelope = format::parseEnvelope(bytes);
    if (!envelope)
        return envelope.error();
    BundleInfo info;
    info.version = envelope->value(QStringLiteral("version")).toInt();
    info.sealed = envelope->contains(QStringLiteral("sealed")) || envelope->contains(QStringLiteral("kdf"));
    info.createdAt =
        QDateTime::fromString(envelope->value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    info.createdBy = envelope->value(QStringLiteral("created_by")).toString();
    for (const QJsonValue i : envelope->value(QStringLiteral("integrations")).toArray())
        info.integrations << i.toObject().value(QStringLiteral("name")).toString();
    info.organizationCount = int(envelope->value(QStringLiteral("organizations")).toArray().size());
    return info;
}

Result<OnConflict> parseOnConflict(const QString &text) {
    if (text == QLatin1String("fail"))
        return OnConflict::Fail;
    if (text == QLatin1String("skip"))
        return OnConflict::Skip;
    if (text == QLatin1String("replace"))
        return OnConflict::Replace;
    if (text == QLatin1String("merge"))
        return OnConflict::Merge;
    return Error::invalid(
        Text::tr("unknown --on-conflict \"%1\"; use skip (leave existing integrations as they are), replace "
                 "(make them the bundle's) or merge (add what they lack)")
            .arg(text),
        QStringLiteral("on-conflict"));
}

QString PlannedChange::describe() const {
    QString verb;
    switch (kind) {
    case Kind::Create:
        verb = Text::tr("create");
        break;
    case Kind::Change:
        verb = Text::tr("change");
        break;
    case Kind::Remove:
        verb = Text::tr("remove");
        break;
    case Kind::Skip:
        verb = Text::tr("skip");
        break;
    case Kind::Unchanged:
        verb = Text::tr("unchanged");
        break;
    }
    const QString level = organization.isEmpty() ? Text::tr("default") : organization;
    QString subject;
    if (object == QLatin1String("organization"))
        subject = Text::tr("organization \"%1\"").arg(organization);
    else if (object == QLatin1String("integration"))
        subject = Text::tr("integration \"%1\"").arg(integration);
    else if (object == QLatin1String("field"))
        subject = Text::tr("field %1: %2").arg(integration, key);
    else if (object == QLatin1String("schema"))
        subject = Text::tr("schema of %1").arg(integration);
    else if (object == QLatin1String("value"))
        subject = Text::tr("value %1: %2 (%3)").arg(integration, key, level);
    else if (object == QLatin1String("mapping"))
        subject = Text::tr("mapping %1 (%2)").arg(integration, organization);
    else if (object == QLatin1String("oauth"))
        subject = Text::tr("OAuth settings of %1").arg(integration);
    else if (object == QLatin1String("token"))
        subject = organization.isEmpty()
                      ? Text::tr("OAuth tokens of %1 (default connection)").arg(integration)
                      : Text::tr("OAuth tokens of %1 (%2)").arg(integration, organization);
    else
        subject = object;
    QString line = verb + QLatin1Char(' ') + subject;
    if (!detail.isEmpty())
        line += QStringLiteral(": ") + detail;
    return line;
}

int ImportReport::count(PlannedChange::Kind kind) const {
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const PlannedChange &c) { return c.kind == kind; }));
}

QJsonObject ImportReport::toJson() const {
    QJsonArray list;
    for (const PlannedChange &c : changes)
        list.append(QJsonObject{{QStringLiteral("kind"), kindName(c.kind)},
                                {QStringLiteral("object"), c.object},
                                {QStringLiteral("integration"), c.integration},
                                {QStringLiteral("organization"), c.organization},
                                {QStringLiteral("key"), c.key},
                                {QStringLiteral("detail"), c.detail},
                                {QStringLiteral("text"), c.describe()}});
    QJsonObject counts;
    for (auto kind : {PlannedChange::Kind::Create, PlannedChange::Kind::Change, PlannedChange::Kind::Remove,
                      PlannedChange::Kind::Skip, PlannedChange::Kind::Unchanged})
        counts.insert(kindName(kind), count(kind));
    return {{QStringLiteral("applied"), applied},
            {QStringLiteral("changes"), list},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("secrets_to_fill"), QJsonArray::fromStringList(secretsToFill)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

} // namespace bifrost::bundle
