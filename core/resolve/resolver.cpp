#include "resolver.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bifrost {

QString provenanceName(Provenance p) {
    return p == Provenance::Override ? QStringLiteral("override") : QStringLiteral("default");
}

QString secretMask() {
    return QStringLiteral("••••••••");
}

QJsonObject IntegrationData::toJson(bool explain) const {
    QJsonObject json;
    json.insert(QStringLiteral("integration_id"), integrationId);
    json.insert(QStringLiteral("name"), name);
    if (organization) {
        json.insert(QStringLiteral("organization"),
                    QJsonObject{{QStringLiteral("id"), organization->id},
                                {QStringLiteral("name"), organization->name}});
    } else {
        json.insert(QStringLiteral("organization"), QJsonValue::Null);
    }
    json.insert(QStringLiteral("entity_id"), entityId);
    json.insert(QStringLiteral("entity_name"), entityName);
    json.insert(QStringLiteral("config"), config);
    json.insert(QStringLiteral("config_secret_keys"), QJsonArray::fromStringList(secretKeys));
    json.insert(QStringLiteral("missing_required"), QJsonArray::fromStringList(missingRequired));
    json.insert(QStringLiteral("oauth"), oauth ? QJsonValue(oauth->toJson()) : QJsonValue(QJsonValue::Null));
    if (explain) {
        QJsonObject p;
        for (auto it = provenance.cbegin(); it != provenance.cend(); ++it)
            p.insert(it.key(), provenanceName(it.value()));
        json.insert(QStringLiteral("provenance"), p);
    }
    return json;
}

QJsonObject OAuthData::toJson() const {
    return {
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("token_type"), tokenType},
        {QStringLiteral("expires_at"),
         expiresAt.isValid() ? QJsonValue(expiresAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("refresh_token"), refreshToken.isEmpty() ? QJsonValue() : QJsonValue(refreshToken)},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("token_url"), tokenUrl},
        {QStringLiteral("connection"), connection}};
}

IntegrationData resolve(const ResolveInput &input) {
    IntegrationData data;
    data.integrationId = input.integration.id;
    data.name = input.integration.name;
    data.organization = input.organization;

    // One pass over the values; an override always wins over the default of the same key,
    // whichever order the rows arrive in.
    QHash<QString, const ConfigValue *> chosen;
    chosen.reserve(input.integration.schema.size());
    for (const ConfigValue &v : input.values) {
        const ConfigValue *&slot = chosen[v.key];
        if (!slot || (slot->isDefault() && !v.isDefault()))
            slot = &v;
    }

    for (const SchemaField &field : input.integration.schema) {
        const ConfigValue *v = chosen.value(field.key);
        if (!v) {
            if (field.required)
                data.missingRequired << field.key;
            continue;
        }
        data.provenance.insert(field.key, v->isDefault() ? Provenance::Default : Provenance::Override);
        if (v->isSecret()) {
            data.config.insert(field.key, secretMask());
            data.secretKeys << field.key;
            data.secretRefs.insert(field.key, v->secretRef);
        } else {
            data.config.insert(field.key, v->value);
        }
    }

    const QString mappedId = input.mapping ? input.mapping->entityId : QString();
    data.entityId = mappedId.isEmpty() ? input.integration.defaultEntityId : mappedId;
    data.entityName = input.mapping ? input.mapping->entityName : QString();
    return data;
}

Result<IntegrationData> resolveFromStore(Store &store, const QString &integrationRef, const QString &orgRef,
                                         bool revealSecrets) {
    auto input = store.resolveInput(integrationRef, orgRef);
    if (!input)
        return input.error();
    IntegrationData data = resolve(*input);
    if (revealSecrets && !data.secretRefs.isEmpty()) {
        auto secrets = store.readSecrets(data.secretRefs.values());
        if (!secrets)
            return secrets.error();
        for (auto it = data.secretRefs.cbegin(); it != data.secretRefs.cend(); ++it) {
            if (!secrets->contains(it.value()))
                return Error::external(QCoreApplication::translate(
                                           "Resolver",
                                           "the secret value of key \"%1\" of integration \"%2\" is missing "
                                           "from the secret store (removed outside Bifrost Admin?); set it "
                                           "again with `bifrostctl config set %2 %1 --stdin`")
                                           .arg(it.key(), data.name));
            data.config.insert(it.key(), secrets->value(it.value()));
        }
    }
    data.secretsRevealed = revealSecrets;
    return data;
}

} // namespace bifrost
