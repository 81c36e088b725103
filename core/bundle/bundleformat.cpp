#include "bundleformat.h"

#include "bundle.h"
#include "model/schemajson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace bifrost::bundle::format {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Bundle)
};

const QString formatName = QStringLiteral("bifrost-bundle");

QString key(const char *name) {
    return QString::fromLatin1(name);
}

QString stamp(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue optionalStamp(const QDateTime &time) {
    return time.isValid() ? QJsonValue(stamp(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject secretJson(const QString &id) {
    return {{key("secret"), id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id)}};
}

QJsonValue valueJson(const Value &v) {
    return v.secret ? QJsonValue(secretJson(v.secretId)) : v.plain;
}

QString base64(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

// Lenient base64 decoding would let a changed padding bit or an inserted character through with
// the same bytes: only the exact encoding of the decoded bytes is accepted.
std::optional<QByteArray> fromCanonicalBase64(const QJsonValue &value) {
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
}

QJsonObject connectionJson(const Connection &c) {
    return {{key("organization_id"),
             c.organizationId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.organizationId)},
            {key("access_token"), secretJson(c.accessTokenId)},
            {key("refresh_token"), c.refreshTokenId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(secretJson(c.refreshTokenId))},
            {key("token_type"), c.tokenType},
            {key("expires_at"), optionalStamp(c.expiresAt)},
            {key("scopes"), QJsonArray::fromStringList(c.scopes)},
            {key("failed"), c.failed},
            {key("last_error"), c.lastError},
            {key("connected_at"), optionalStamp(c.connectedAt)},
            {key("last_refresh_at"), optionalStamp(c.lastRefreshAt)}};
}

QJsonObject integrationJson(const Integration &i, bool withTokens) {
    QJsonObject defaults;
    for (auto it = i.defaults.cbegin(); it != i.defaults.cend(); ++it)
        defaults.insert(it.key(), valueJson(it.value()));
    QJsonObject overrides;
    for (auto org = i.overrides.cbegin(); org != i.overrides.cend(); ++org) {
        QJsonObject values;
        for (auto it = org.value().cbegin(); it != org.value().cend(); ++it)
            values.insert(it.key(), valueJson(it.value()));
        overrides.insert(org.key(), values);
    }
    QJsonArray mappings;
    for (const Mapping &m : i.mappings)
        mappings.append(QJsonObject{{key("organization_id"), m.organizationId},
                                    {key("entity_id"), m.entityId},
                                    {key("entity_name"), m.entityName}});
    QJsonValue oauth = QJsonValue::Null;
    if (i.oauth) {
        QJsonObject o = settingsToJson(i.oauth->settings);
        o.insert(key("client_secret"), i.oauth->hasClientSecret
                                           ? QJsonValue(secretJson(i.oauth->clientSecretId))
                                           : QJsonValue(QJsonValue::Null));
        if (withTokens) {
            QJsonArray connections;
            for (const Connection &c : i.oauth->connections)
                connections.append(connectionJson(c));
            o.insert(key("connections"), connections);
        }
        oauth = o;
    }
    return {{key("id"), i.id},
            {key("name"), i.name},
            {key("description"), i.description},
            {key("default_entity_id"), i.defaultEntityId},
            {key("entity_id_label"), i.entityIdLabel},
            {key("schema"), schemaToJson(i.schema)},
            {key("defaults"), defaults},
            {key("overrides"), overrides},
            {key("mappings"), mappings},
            {key("oauth"), oauth}};
}

QJsonObject documentJson(const Document &d) {
    QJsonArray organizations;
    for (const Organization &o : d.organizations)
        organizations.append(QJsonObject{{key("id"), o.id}, {key("name"), o.name}});
    QJsonArray integrations;
    for (const Integration &i : d.integrations)
        integrations.append(integrationJson(i, d.hasTokens));
    return {{key("format"), formatName},
            {key("version"), d.version},
            {key("created_at"), stamp(d.createdAt)},
            {key("created_by"), d.createdBy},
            {key("tokens"), d.hasTokens},
            {key("organizations"), organizations},
            {key("integrations"), integrations}};
}

// "line L, column C" of a byte offset, for JSON parse errors.
QString position(const QByteArray &bytes, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return Text::tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

Error damaged(const QString &what) {
    return Error::invalid(Text::tr("the bundle is damaged or was edited: %1; export it again").arg(what),
                          QStringLiteral("bundle"));
}

Error changed() {
    return Error::invalid(
        Text::tr("the bundle was changed or damaged after it was exported (it does not match "
                 "what Bifrost Admin wrote, so nothing in it can be trusted); export it "
                 "again"),
        QStringLiteral("bundle"));
}

// Reads the structure of a parsed document; every problem names where it is.
class Reader {
public:
    explicit Reader(Document &doc)
        : m_doc(doc) {}

    std::optional<Error> error;

    bool fail(const QString &what) {
        if (!error)
            error = damaged(what);
        return false;
    }

    bool expectKeys(const QJsonObject &o, const QSet<QString> &allowed, const QString &where) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(Text::tr("%1 has an unknown property \"%2\"").arg(where, it.key()));
        }
        return true;
    }

    bool string(const QJsonObject &o, const char *name, QString &out, const QString &where) {
        const QJsonValue v = o.value(key(name));
        if (!v.isString())
            return fail(Text::tr("%1: \"%2\" is missing or not text").arg(where, key(name)));
        out = v.toString();
        return true;
    }

    bool integer(const QJsonObject &o, const char *name, int &out, const QString &where) {
        const QJsonValue v = o.value(key(name));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < -2147483648.0 || d > 2147483647.0)
            return fail(Text::tr("%1: \"%2\" is missing or not a whole number").arg(where, key(name)));
        out = int(d);
        return true;
    }

    bool boolean(const QJsonObject &o, const char *name, bool &out, const QString &where) {
        const QJsonValue v = o.value(key(name));
        if (!v.isBool())
            return fail(Text::tr("%1: \"%2\" is missing or not true/false").arg(where, key(name)));
        out = v.toBool();
        return true;
    }

    bool time(const QJsonObject &o, const char *name, QDateTime &out, bool optional, const QString &where) {
        const QJsonValue v = o.value(key(name));
        if (optional && v.isNull()) {
            out = QDateTime();
            return true;
        }
        out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!v.isString() || !out.isValid())
            return fail(Text::tr("%1: \"%2\" is not an ISO 8601 time").arg(where, key(name)));
        out = out.toUTC();
        return true;
    }

    bool strings(const QJsonValue &v, QStringList &out, const QString &where) {
        if (!v.isArray())
            return fail(Text::tr("%1 is not a list of text").arg(where));
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString())
                return fail(Text::tr("%1 is not a list of text").arg(where));
            out << item.toString();
        }
        return true;
    }

    // {"secret": "<id>"} or {"secret": null}; the id must be in the sealed block.
    bool secret(const QJsonValue &v, QString &id, const QString &where) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || o.size() != 1 || !o.contains(key("secret")) ||
            !(o.value(key("secret")).isString() || o.value(key("secret")).isNull()))
            return fail(Text::tr("%1 is not a secret reference").arg(where));
        id = o.value(key("secret")).toString();
        if (id.isEmpty() && !o.value(key("secret")).isNull())
            return fail(Text::tr("%1 is not a secret reference").arg(where));
        if (!id.isEmpty() && (!m_doc.sealed || !m_doc.secrets.contains(id)))
            return fail(Text::tr("%1 refers to a secret the bundle does not hold").arg(where));
        if (id.isEmpty())
            return true;
        if (m_usedSecrets.contains(id))
            return fail(Text::tr("%1 reuses a secret of another value").arg(where));
        m_usedSecrets.insert(id);
        return true;
    }

    bool values(const QJsonValue &v, const Schema &schema, QMap<QString, Value> &out, const QString &where) {
        if (!v.isObject())
            return fail(Text::tr("%1 is not an object").arg(where));
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString here = where + QLatin1Char('.') + it.key();
            const SchemaField *field = nullptr;
            for (const SchemaField &f : schema) {
                if (f.key == it.key())
                    field = &f;
            }
            if (!field)
                return fail(Text::tr("%1 is not a field of the schema").arg(here));
            Value value;
            if (field->isSecret()) {
                value.secret = true;
                if (!secret(it.value(), value.secretId, here))
                    return false;
            } else {
                value.plain = it.value();
            }
            out.insert(it.key(), value);
        }
        return true;
    }

    bool settings(const QJsonObject &o, OAuthSettings &s, const QString &where) {
        QString flow, method;
        if (!string(o, "flow", flow, where) || !string(o, "auth_method", method, where))
            return false;
        const auto parsedFlow = parseOAuthFlow(flow);
        const auto parsedMethod = parseClientAuthMethod(method);
        if (!parsedFlow || !parsedMethod || clientAuthMethodName(*parsedMethod) != method)
            return fail(Text::tr("%1: unknown flow or client authentication").arg(where));
        s.flow = *parsedFlow;
        s.authMethod = *parsedMethod;
        if (!string(o, "authorize_url", s.authorizeUrl, where) ||
            !string(o, "token_url", s.tokenUrl, where) || !string(o, "revoke_url", s.revokeUrl, where) ||
            !string(o, "device_authorization_url", s.deviceAuthorizationUrl, where) ||
            !string(o, "client_id", s.clientId, where) || !string(o, "audience", s.audience, where) ||
            !string(o, "redirect_host", s.redirectHost, where) ||
            !string(o, "redirect_path", s.redirectPath, where) || !string(o, "preset", s.preset, where) ||
            !boolean(o, "pkce", s.pkce, where) || !integer(o, "redirect_port", s.redirectPort, where) ||
            !integer(o, "refresh_margin", s.refreshMarginSeconds, where) ||
            !strings(o.value(key("scopes")), s.scopes, where + QStringLiteral(".scopes")))
            return false;
        const QJsonValue params = o.value(key("extra_params"));
        if (!params.isArray())
            return fail(Text::tr("%1: \"extra_params\" is not a list of pairs").arg(where));
        for (const QJsonValue pair : params.toArray()) {
            const QJsonArray a = pair.toArray();
            if (!pair.isArray() || a.size() != 2 || !a.at(0).isString() || !a.at(1).isString())
                return fail(Text::tr("%1: \"extra_params\" is not a list of pairs").arg(where));
            s.extraParams.append({a.at(0).toString(), a.at(1).toString()});
        }
        return true;
    }

    bool connection(const QJsonValue &v, Connection &c, const QString &where) {
        static const QSet<QString> allowed{key("organization_id"), key("access_token"), key("refresh_token"),
                                           key("token_type"),      key("expires_at"),   key("scopes"),
                                           key("failed"),          key("last_error"),   key("connected_at"),
                                           key("last_refresh_at")};
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !expectKeys(o, allowed, where))
            return v.isObject() ? false : fail(Text::tr("%1 is not an object").arg(where));
        const QJsonValue org = o.value(key("organization_id"));
        if (!org.isNull() && !org.isString())
            return fail(Text::tr("%1: \"organization_id\" is not text or null").arg(where));
        c.organizationId = org.toString();
        if (!secret(o.value(key("access_token")), c.accessTokenId, where + QStringLiteral(".access_token")))
            return false;
        if (c.accessTokenId.isEmpty())
            return fail(Text::tr("%1 has no access token").arg(where));
        if (!o.value(key("refresh_token")).isNull() &&
            !secret(o.value(key("refresh_token")), c.refreshTokenId,
                    where + QStringLiteral(".refresh_token")))
            return false;
        return string(o, "token_type", c.tokenType, where) &&
               time(o, "expires_at", c.expiresAt, true, where) &&
               strings(o.value(key("scopes")), c.scopes, where + QStringLiteral(".scopes")) &&
               boolean(o, "failed", c.failed, where) && string(o, "last_error", c.lastError, where) &&
               time(o, "connected_at", c.connectedAt, false, where) &&
               time(o, "last_refresh_at", c.lastRefreshAt, true, where);
    }

    bool oauth(const QJsonValue &v, std::optional<OAuth> &out, const QString &where) {
        if (v.isNull())
            return true;
        if (!v.isObject())
            return fail(Text::tr("%1 is not an object or null").arg(where));
        static const QSet<QString> allowed{key("flow"),
                                           key("authorize_url"),
                                           key("token_url"),
                                           key("revoke_url"),
                                           key("device_authorization_url"),
                                           key("client_id"),
                                           key("client_secret"),
                                           key("scopes"),
                                           key("audience"),
                                           key("extra_params"),
                                           key("auth_method"),
                                           key("pkce"),
                                           key("redirect_host"),
                                           key("redirect_port"),
                                           key("redirect_path"),
                                           key("refresh_margin"),
                                           key("preset"),
                                           key("connections")};
        const QJsonObject o = v.toObject();
        if (!expectKeys(o, allowed, where))
            return false;
        OAuth result;
        if (!settings(o, result.settings, where))
            return false;
        const QJsonValue clientSecret = o.value(key("client_secret"));
        if (!clientSecret.isNull()) {
            result.hasClientSecret = true;
            if (!secret(clientSecret, result.clientSecretId, where + QStringLiteral(".client_secret")))
                return false;
        }
        if (o.contains(key("connections")) != m_doc.hasTokens)
            return fail(Text::tr("%1: \"connections\" does not match \"tokens\"").arg(where));
        const QJsonArray connections = o.value(key("connections")).toArray();
        QSet<QString> seen;
        for (qsizetype n = 0; n < connections.size(); ++n) {
            Connection c;
            if (!connection(connections.at(n), c, where + QStringLiteral(".connections[%1]").arg(n)))
                return false;
            if (seen.contains(c.organizationId))
                return fail(Text::tr("%1 lists one connection twice").arg(where));
            seen.insert(c.organizationId);
            result.connections << c;
        }
        out = std::move(result);
        return true;
    }

    bool integration(const QJsonValue &v, Integration &i, const QString &where) {
        static const QSet<QString> allowed{key("id"),
                                           key("name"),
                                           key("description"),
                                           key("default_entity_id"),
                                           key("entity_id_label"),
                                           key("schema"),
                                           key("defaults"),
                                           key("overrides"),
                                           key("mappings"),
                                           key("oauth")};
        if (!v.isObject())
            return fail(Text::tr("%1 is not an object").arg(where));
        const QJsonObject o = v.toObject();
        if (!expectKeys(o, allowed, where) || !string(o, "id", i.id, where) ||
            !string(o, "name", i.name, where))
            return false;
        const QString named = Text::tr("integration \"%1\"").arg(i.name);
        if (!string(o, "description", i.description, named) ||
            !string(o, "default_entity_id", i.defaultEntityId, named) ||
            !string(o, "entity_id_label", i.entityIdLabel, named))
            return false;
        auto schema = schemaFromJson(o.value(key("schema")), i.name);
        if (!schema)
            return fail(schema.error().message);
        i.schema = std::move(*schema);
        if (!values(o.value(key("defaults")), i.schema, i.defaults, named + QStringLiteral(" defaults")))
            return false;
        const QJsonValue overrides = o.value(key("overrides"));
        if (!overrides.isObject())
            return fail(Text::tr("%1: \"overrides\" is not an object").arg(named));
        const QJsonObject byOrg = overrides.toObject();
        for (auto it = byOrg.begin(); it != byOrg.end(); ++it) {
            if (!m_organizations.contains(it.key()))
                return fail(
                    Text::tr("%1 has overrides of an organization the bundle does not list").arg(named));
            QMap<QString, Value> values_;
            if (!values(it.value(), i.schema, values_, named + QStringLiteral(" overrides")))
                return false;
            i.overrides.insert(it.key(), values_);
        }
        const QJsonValue mappings = o.value(key("mappings"));
        if (!mappings.isArray())
            return fail(Text::tr("%1: \"mappings\" is not a list").arg(named));
        QSet<QString> mapped;
        for (const QJsonValue m : mappings.toArray()) {
            const QJsonObject mo = m.toObject();
            Mapping mapping;
            if (!m.isObject() ||
                !expectKeys(mo, {key("organization_id"), key("entity_id"), key("entity_name")}, named) ||
                !string(mo, "organization_id", mapping.organizationId, named) ||
                !string(mo, "entity_id", mapping.entityId, named) ||
                !string(mo, "entity_name", mapping.entityName, named))
                return m.isObject() ? false : fail(Text::tr("%1: a mapping is not an object").arg(named));
            if (!m_organizations.contains(mapping.organizationId) || mapped.contains(mapping.organizationId))
                return fail(
                    Text::tr("%1 has a mapping of an unlisted organization, or two of one").arg(named));
            mapped.insert(mapping.organizationId);
            i.mappings << mapping;
        }
        if (!oauth(o.value(key("oauth")), i.oauth, named + QStringLiteral(" oauth")))
            return false;
        if (i.oauth) {
            for (const Connection &c : std::as_const(i.oauth->connections)) {
                if (!c.organizationId.isEmpty() && !m_organizations.contains(c.organizationId))
                    return fail(Text::tr("%1 has a connection of an organization the bundle does not list")
                                    .arg(named));
            }
        }
        return true;
    }

    bool document(const QJsonObject &o) {
        static const QSet<QString> allowed{key("format"),       key("version"), key("created_at"),
                                           key("created_by"),   key("tokens"),  key("organizations"),
                                           key("integrations"), key("kdf"),     key("sealed")};
        const QString top = Text::tr("the document");
        if (!expectKeys(o, allowed, top) || !time(o, "created_at", m_doc.createdAt, false, top) ||
            !string(o, "created_by", m_doc.createdBy, top) || !boolean(o, "tokens", m_doc.hasTokens, top))
            return false;
        if (m_doc.hasTokens && !m_doc.sealed)
            return fail(Text::tr("it says it holds tokens but has no sealed block"));
        const QJsonValue orgs = o.value(key("organizations"));
        if (!orgs.isArray())
            return fail(Text::tr("\"organizations\" is not a list"));
        for (const QJsonValue v : orgs.toArray()) {
            const QJsonObject org = v.toObject();
            Organization item;
            const QString where = Text::tr("an organization");
            if (!v.isObject() || !expectKeys(org, {key("id"), key("name")}, where) ||
                !string(org, "id", item.id, where) || !string(org, "name", item.name, where))
                return v.isObject() ? false : fail(Text::tr("an organization is not an object"));
            if (item.id.isEmpty() || m_organizations.contains(item.id))
                return fail(Text::tr("organization \"%1\" has an empty or repeated id").arg(item.name));
            m_organizations.insert(item.id);
            m_doc.organizations << item;
        }
        const QJsonValue integrations = o.value(key("integrations"));
        if (!integrations.isArray())
            return fail(Text::tr("\"integrations\" is not a list"));
        QSet<QString> names, ids;
        const QJsonArray list = integrations.toArray();
        for (qsizetype n = 0; n < list.size(); ++n) {
            Integration i;
            if (!integration(list.at(n), i, Text::tr("integration %1").arg(n + 1)))
                return false;
            if (names.contains(i.name) || ids.contains(i.id))
                return fail(Text::tr("integration \"%1\" appears twice").arg(i.name));
            names.insert(i.name);
            ids.insert(i.id);
            m_doc.integrations << std::move(i);
        }
        if (m_usedSecrets.size() != m_doc.secrets.size())
            return fail(Text::tr("the sealed block holds secrets that nothing refers to"));
        return true;
    }

private:
    Document &m_doc;
    QSet<QString> m_organizations;
    QSet<QString> m_usedSecrets;
};

Result<crypto::DerivedKey> keyFor(const QJsonObject &kdf, const QString &passphrase) {
    static const QSet<QString> allowed{key("algorithm"), key("log2n"), key("r"),
                                       key("p"),         key("salt"),  key("check")};
    for (auto it = kdf.begin(); it != kdf.end(); ++it) {
        if (!allowed.contains(it.key()))
            return damaged(Text::tr("the key derivation has an unknown property \"%1\"").arg(it.key()));
    }
    if (kdf.value(key("algorithm")).toString() != QLatin1String("scrypt"))
        return damaged(Text::tr("the key derivation is not scrypt"));
    crypto::ScryptParams params;
    for (auto [name, out] :
         {std::pair{"log2n", &params.log2N}, std::pair{"r", &params.r}, std::pair{"p", &params.p}}) {
        const QJsonValue v = kdf.value(key(name));
        if (!v.isDouble() || v.toDouble() != double(v.toInt(-1)))
            return damaged(
                Text::tr("the key derivation parameter \"%1\" is not a whole number").arg(key(name)));
        *out = v.toInt();
    }
    if (auto checked = params.check(); !checked)
        return damaged(checked.error().message);
    const auto salt = fromCanonicalBase64(kdf.value(key("salt")));
    const auto check = fromCanonicalBase64(kdf.value(key("check")));
    if (!salt || salt->size() != crypto::saltSize || !check || check->size() != crypto::checkSize)
        return damaged(Text::tr("the key derivation salt or check is malformed"));
    if (passphrase.isEmpty())
        return Error::invalid(Text::tr("this bundle holds encrypted secrets; give the passphrase it was "
                                       "exported with (--passphrase-stdin, or type it when asked)"),
                              QStringLiteral("passphrase"));
    auto derived = crypto::deriveKey(passphrase, *salt, params);
    if (!derived)
        return derived.error();
    if (!crypto::equalConstantTime(derived->check(), *check))
        return Error::invalid(Text::tr("wrong passphrase: it does not open this bundle; give the passphrase "
                                       "it was exported with"),
                              QStringLiteral("passphrase"));
    return derived;
}

} // namespace

Document::~Document() {
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        crypto::wipe(it.value());
}

QJsonObject settingsToJson(const OAuthSettings &s) {
    QJsonArray params;
    for (const auto &[name, value] : s.extraParams)
        params.append(QJsonArray{name, value});
    return {{key("flow"), oauthFlowName(s.flow)},
            {key("authorize_url"), s.authorizeUrl},
            {key("token_url"), s.tokenUrl},
            {key("revoke_url"), s.revokeUrl},
            {key("device_authorization_url"), s.deviceAuthorizationUrl},
            {key("client_id"), s.clientId},
            {key("scopes"), QJsonArray::fromStringList(s.scopes)},
            {key("audience"), s.audience},
            {key("extra_params"), params},
            {key("auth_method"), clientAuthMethodName(s.authMethod)},
            {key("pkce"), s.pkce},
            {key("redirect_host"), s.redirectHost},
            {key("redirect_port"), s.redirectPort},
            {key("redirect_path"), s.redirectPath},
            {key("refresh_margin"), s.refreshMarginSeconds},
            {key("preset"), s.preset}};
}

Result<QByteArray> write(const Document &document, const QString &passphrase,
                         const crypto::ScryptParams &params) {
    QJsonObject doc = documentJson(document);
    if (passphrase.isEmpty()) {
        if (!document.secrets.isEmpty() || document.hasTokens)
            return Error::internal(QStringLiteral("a bundle with secrets needs a passphrase"));
        return QJsonDocument(doc).toJson(QJsonDocument::Indented);
    }
    auto salt = crypto::randomBytes(crypto::saltSize);
    if (!salt)
        return salt.error();
    auto derived = crypto::deriveKey(passphrase, *salt, params);
    if (!derived)
        return derived.error();
    doc.insert(key("kdf"), QJsonObject{{key("algorithm"), QStringLiteral("scrypt")},
                                       {key("log2n"), params.log2N},
                                       {key("r"), params.r},
                                       {key("p"), params.p},
                                       {key("salt"), base64(*salt)},
                                       {key("check"), base64(derived->check())}});
    const QByteArray aad = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    QJsonObject secrets;
    for (auto it = document.secrets.cbegin(); it != document.secrets.cend(); ++it)
        secrets.insert(it.key(), it.value());
    QByteArray plaintext =
        QJsonDocument(QJsonObject{{key("secrets"), secrets}}).toJson(QJsonDocument::Compact);
    auto nonce = crypto::randomBytes(crypto::nonceSize);
    if (!nonce) {
        crypto::wipe(plaintext);
        return nonce.error();
    }
    auto sealed = crypto::seal(*derived, *nonce, plaintext, aad);
    crypto::wipe(plaintext);
    if (!sealed)
        return sealed.error();
    doc.insert(key("sealed"),
               QJsonObject{{key("nonce"), base64(*nonce)}, {key("ciphertext"), base64(*sealed)}});
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<QJsonObject> parseEnvelope(const QByteArray &bytes) {
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(Text::tr("the bundle is not valid JSON (%1: %2); it is damaged or not a bundle")
                                  .arg(position(bytes, parseError.offset), parseError.errorString()),
                              QStringLiteral("bundle"));
    const QJsonObject doc = parsed.object();
    if (!parsed.isObject() || doc.value(key("format")).toString() != formatName)
        return Error::invalid(Text::tr("this file is not a Bifrost Admin bundle (it has no \"format\": "
                                       "\"bifrost-bundle\"); export one with `bifrostctl export`"),
                              QStringLiteral("bundle"));
    const QJsonValue version = doc.value(key("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt(-1)) || version.toInt() < 1)
        return damaged(Text::tr("its format version is not a positive whole number"));
    if (version.toInt() > formatVersion)
        return Error::invalid(
            Text::tr("the bundle was made by a newer Bifrost Admin (bundle format version %1; "
                     "this version reads up to %2); update Bifrost Admin to import it")
                .arg(version.toInt())
                .arg(formatVersion),
            QStringLiteral("bundle"));
    return doc;
}

Result<Document> read(const QByteArray &bytes, const QString &passphrase) {
    auto envelope = parseEnvelope(bytes);
    if (!envelope)
        return envelope.error();
    QJsonObject doc = std::move(*envelope);
    Document result;
    result.version = doc.value(key("version")).toInt();
    result.sealed = doc.contains(key("sealed")) || doc.contains(key("kdf"));
    if (result.sealed) {
        // Anything but the exporter's exact bytes (spacing, key order, escapes, duplicate keys)
        // is a change the authentication below would not see.
        if (QJsonDocument(doc).toJson(QJsonDocument::Indented) != bytes)
            return changed();
        if (!doc.value(key("kdf")).isObject() || !doc.value(key("sealed")).isObject())
            return changed();
        auto derived = keyFor(doc.value(key("kdf")).toObject(), passphrase);
        if (!derived)
            return derived.error();
        const QJsonObject sealed = doc.value(key("sealed")).toObject();
        const auto nonce = fromCanonicalBase64(sealed.value(key("nonce")));
        const auto ciphertext = fromCanonicalBase64(sealed.value(key("ciphertext")));
        if (sealed.size() != 2 || !nonce || nonce->size() != crypto::nonceSize || !ciphertext)
            return changed();
        doc.remove(key("sealed"));
        const QByteArray aad = QJsonDocument(doc).toJson(QJsonDocument::Compact);
        auto opened = crypto::open(*derived, *nonce, *ciphertext, aad);
        if (!opened)
            return changed();
        QByteArray plaintext = std::move(*opened);
        QJsonParseError parseError;
        const QJsonObject inner = QJsonDocument::fromJson(plaintext, &parseError).object();
        crypto::wipe(plaintext);
        const QJsonValue secrets = inner.value(key("secrets"));
        if (parseError.error != QJsonParseError::NoError || inner.size() != 1 || !secrets.isObject())
            return damaged(Text::tr("its sealed block does not hold a list of secrets"));
        const QJsonObject values = secrets.toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (!it.value().isString())
                return damaged(Text::tr("its sealed block holds a secret that is not text"));
            result.secrets.insert(it.key(), it.value().toString());
        }
    }
    Reader reader(result);
    if (!reader.document(doc))
        return *reader.error;
    return result;
}

} // namespace bifrost::bundle::format
