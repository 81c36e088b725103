// Provider presets: JSON files under resources/presets/, compiled in at :/bifrost/presets/.
//
// One file per preset, named ID.json. An object with exactly these members:
//   "id"              string, the file name without .json
//   "name"            string, shown in the preset menu
//   "description"     string: what to register at the provider, where, and which redirect URI
//   "docs_url"        string, https URL of the vendor's documentation
//   "entity_id_label" string, optional: the integration's entity id label when it has none
//                     (e.g. "Tenant ID" when URLs use {entity_id})
//   "oauth"           null (the provider has no OAuth we can run: API keys as fields) or an
//                     object with the OAuthSettings members in their wire names:
//                       "flow" (required), "authorize_url", "token_url", "revoke_url",
//                       "device_authorization_url", "scopes" (array of strings), "audience",
//                       "extra_params" (array of [key, value] pairs), "auth_method"
//                       ("client_secret_post", "client_secret_basic", "none"), "pkce" (bool),
//                       "redirect_host", "redirect_port", "redirect_path", "refresh_margin";
//                     members left out keep the OAuthSettings defaults. No client id or secret:
//                     those belong to the user's own app registration.
//   "fields"          array of schema fields in the `bifrostctl schema set` format
//                     (model/schemajson.h); added to an integration when missing.
// Unknown members are errors, so that a misspelt member never passes silently.
#include "presets.h"

#include "endpoints.h"
#include "model/schemajson.h"
#include "store/store.h"
#include "validate/valuevalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace bifrost::oauth {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OAuth)
};

const QString &presetFolder() {
    static const QString folder = QStringLiteral(":/bifrost/presets");
    return folder;
}

Error presetError(const QString &id, const QString &problem) {
    return Error::internal(Text::tr("preset \"%1\": %2").arg(id, problem));
}

Result<void> checkMembers(const QJsonObject &object, const QSet<QString> &known, const QString &id,
                          const QString &where) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return presetError(id, Text::tr("%1 has an unknown member \"%2\"").arg(where, it.key()));
    }
    return {};
}

Result<OAuthSettings> settingsFromJson(const QJsonObject &o, const QString &id) {
    static const QSet<QString> known{QStringLiteral("flow"),
                                     QStringLiteral("authorize_url"),
                                     QStringLiteral("token_url"),
                                     QStringLiteral("revoke_url"),
                                     QStringLiteral("device_authorization_url"),
                                     QStringLiteral("scopes"),
                                     QStringLiteral("audience"),
                                     QStringLiteral("extra_params"),
                                     QStringLiteral("auth_method"),
                                     QStringLiteral("pkce"),
                                     QStringLiteral("redirect_host"),
                                     QStringLiteral("redirect_port"),
                                     QStringLiteral("redirect_path"),
                                     QStringLiteral("refresh_margin")};
    if (auto ok = checkMembers(o, known, id, QStringLiteral("\"oauth\"")); !ok)
        return ok.error();
    OAuthSettings s;
    const auto flow = parseOAuthFlow(o.value(QLatin1String("flow")).toString());
    if (!flow)
        return presetError(id, Text::tr("\"oauth\".\"flow\" is missing or unknown"));
    s.flow = *flow;
    auto text = [&](const char *name, QString &out) -> Result<void> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return presetError(id, Text::tr("\"oauth\".\"%1\" must be a string").arg(QLatin1String(name)));
        out = v.toString();
        return {};
    };
    auto integer = [&](const char *name, int &out) -> Result<void> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return {};
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return presetError(id, Text::tr("\"oauth\".\"%1\" must be an integer").arg(QLatin1String(name)));
        out = v.toInt();
        return {};
    };
    for (const auto &[name, target] : {std::pair<const char *, QString *>{"authorize_url", &s.authorizeUrl},
                                       {"token_url", &s.tokenUrl},
                                       {"revoke_url", &s.revokeUrl},
                                       {"device_authorization_url", &s.deviceAuthorizationUrl},
                                       {"audience", &s.audience},
                                       {"redirect_host", &s.redirectHost},
                                       {"redirect_path", &s.redirectPath}}) {
        if (auto ok = text(name, *target); !ok)
            return ok.error();
    }
    if (auto ok = integer("redirect_port", s.redirectPort); !ok)
        return ok.error();
    if (auto ok = integer("refresh_margin", s.refreshMarginSeconds); !ok)
        return ok.error();
    if (o.contains(QLatin1String("auth_method"))) {
        const auto method = parseClientAuthMethod(o.value(QLatin1String("auth_method")).toString());
        if (!method)
            return presetError(id, Text::tr("\"oauth\".\"auth_method\" is unknown"));
        s.authMethod = *method;
    }
    if (o.contains(QLatin1String("pkce"))) {
        if (!o.value(QLatin1String("pkce")).isBool())
            return presetError(id, Text::tr("\"oauth\".\"pkce\" must be true or false"));
        s.pkce = o.value(QLatin1String("pkce")).toBool();
    }
    for (const auto &scope : o.value(QLatin1String("scopes")).toArray()) {
        if (!scope.isString())
            return presetError(id, Text::tr("\"oauth\".\"scopes\" must be an array of strings"));
        s.scopes << scope.toString();
    }
    for (const auto &pair : o.value(QLatin1String("extra_params")).toArray()) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString())
            return presetError(id,
                               Text::tr("\"oauth\".\"extra_params\" must hold [key, value] string pairs"));
        s.extraParams.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    s.preset = id;
    return s;
}

} // namespace

Result<Preset> parsePreset(const QByteArray &json, const QString &id) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return presetError(
            id,
            Text::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return presetError(id, Text::tr("the file must hold a JSON object"));
    const QJsonObject o = doc.object();
    static const QSet<QString> known{QStringLiteral("id"),
                                     QStringLiteral("name"),
                                     QStringLiteral("description"),
                                     QStringLiteral("docs_url"),
                                     QStringLiteral("entity_id_label"),
                                     QStringLiteral("oauth"),
                                     QStringLiteral("fields")};
    if (auto ok = checkMembers(o, known, id, QStringLiteral("the preset")); !ok)
        return ok.error();
    Preset preset;
    preset.id = o.value(QLatin1String("id")).toString();
    if (preset.id != id)
        return presetError(id, Text::tr("\"id\" must be the file name without .json"));
    preset.name = o.value(QLatin1String("name")).toString();
    preset.description = o.value(QLatin1String("description")).toString();
    preset.docsUrl = o.value(QLatin1String("docs_url")).toString();
    preset.entityIdLabel = o.value(QLatin1String("entity_id_label")).toString();
    if (preset.name.isEmpty() || preset.description.isEmpty())
        return presetError(id, Text::tr("\"name\" and \"description\" are required"));
    if (!preset.docsUrl.startsWith(QLatin1String("https://")))
        return presetError(id, Text::tr("\"docs_url\" must be an https URL"));
    const QJsonValue oauth = o.value(QLatin1String("oauth"));
    if (oauth.isObject()) {
        auto settings = settingsFromJson(oauth.toObject(), id);
        if (!settings)
            return settings.error();
        preset.settings = std::move(*settings);
    } else if (!oauth.isNull()) {
        return presetError(id, Text::tr("\"oauth\" must be an object or null"));
    }
    auto fields = schemaFromJson(o.value(QLatin1String("fields")), preset.name);
    if (!fields)
        return presetError(id, fields.error().message);
    for (const SchemaField &f : std::as_const(*fields)) {
        auto checked = validateSchemaField(f, preset.name);
        if (!checked)
            return presetError(id, checked.error().message);
    }
    preset.fields = std::move(*fields);
    return preset;
}

QList<Preset> presets() {
    QList<Preset> list;
    const QDir dir(presetFolder());
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto preset = parsePreset(f.readAll(), file.chopped(5));
        // A broken file is a build defect that tst_presets catches; the others stay usable.
        if (!preset) {
            qWarning("%s", qPrintable(preset.error().message));
            continue;
        }
        list << std::move(*preset);
    }
    std::sort(list.begin(), list.end(), [](const Preset &a, const Preset &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

std::optional<Preset> findPreset(const QString &id) {
    for (Preset &p : presets()) {
        if (p.id == id)
            return std::move(p);
    }
    return std::nullopt;
}

Result<QStringList> applyPreset(Store &store, const QString &integrationRef, const Preset &preset) {
    return store.transaction([&]() -> Result<QStringList> {
        auto integration = store.integration(integrationRef);
        if (!integration)
            return integration.error();

        // Fields: only the missing ones, appended; a field with the same key stays as it is.
        Schema schema = integration->schema;
        QStringList added;
        for (const SchemaField &f : preset.fields) {
            if (integration->field(f.key))
                continue;
            schema << f;
            added << f.key;
        }
        if (!added.isEmpty()) {
            auto report = store.setSchema(integration->id, schema, SchemaWrite::Apply);
            if (!report)
                return report.error();
        }
        if (!preset.entityIdLabel.isEmpty() && integration->entityIdLabel.isEmpty()) {
            IntegrationUpdate update;
            update.entityIdLabel = preset.entityIdLabel;
            if (auto updated = store.updateIntegration(integration->id, update); !updated)
                return updated.error();
        }

        if (preset.settings) {
            auto current = store.oauthSettings(integration->id);
            if (!current)
                return current.error();
            OAuthSettings settings = *preset.settings;
            settings.clientId = *current ? (*current)->clientId : QString();
            settings.preset = preset.id;
            // Draft: the user may not have registered the app yet; the client id and secret
            // are filled in afterwards, and no flow runs until they are (resolveSettings).
            auto written =
                store.setOAuthSettings(integration->id, settings, std::nullopt, Store::OAuthCheck::Draft);
            if (!written)
                return written.error();
        }
        return added;
    });
}

} // namespace bifrost::oauth
