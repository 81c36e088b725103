// Store: OAuth settings, connections (tokens) and refresh leases. Token values and the client
// secret live in the SecretStore; rows hold their references, and an entry that a write
// replaces or deletes is removed only once that write has committed.
#include "oauth/endpoints.h"
#include "store.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace bifrost {

namespace {

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

QDateTime optionalTimestamp(const QVariant &column) {
    return column.isNull() ? QDateTime() : detail::timestamp(column.toString());
}

QString scopesText(const QStringList &scopes) {
    return detail::nonNullText(scopes.join(QLatin1Char(' ')));
}

QStringList scopesFrom(const QString &text) {
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// One scope per element, whatever a caller packed into one ("a b" typed into one field).
QStringList normalizedScopes(const QStringList &scopes) {
    QStringList out;
    for (const QString &s : scopes)
        out << s.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return out;
}

QString paramsText(const QList<QPair<QString, QString>> &params) {
    QJsonArray array;
    for (const auto &[key, value] : params)
        array.append(QJsonArray{key, value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> paramsFrom(const QString &text) {
    QList<QPair<QString, QString>> params;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &pair : array)
        params.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return params;
}

// Parameters the flows set themselves; an extra parameter may not replace one of them.
const QSet<QString> &reservedParams() {
    static const QSet<QString> reserved{
        QStringLiteral("response_type"),  QStringLiteral("client_id"),
        QStringLiteral("redirect_uri"),   QStringLiteral("state"),
        QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method"),
        QStringLiteral("scope")};
    return reserved;
}

Error required(const QString &field, const QString &what) {
    return Error::invalid(what, field);
}

// Checks settings before they are written; `hasSecret`: a client secret will be stored.
Result<void> validateSettings(const OAuthSettings &s, bool hasSecret, Store::OAuthCheck check) {
    const bool complete = check == Store::OAuthCheck::Complete;
    const QString flow = oauthFlowName(s.flow);
    if (complete && s.clientId.isEmpty())
        return required(QStringLiteral("client_id"),
                        Text::tr("client_id is empty; give the application (client) id that the provider "
                                 "assigned when you registered the app (--client-id ID)"));

    struct Url {
        const QString &value;
        const char *field;
    };
    for (const Url &u :
         {Url{s.authorizeUrl, "authorize_url"}, Url{s.tokenUrl, "token_url"}, Url{s.revokeUrl, "revoke_url"},
          Url{s.deviceAuthorizationUrl, "device_authorization_url"}}) {
        if (u.value.isEmpty())
            continue;
        if (auto checked = oauth::checkEndpointUrl(u.value, QString::fromLatin1(u.field)); !checked)
            return checked;
    }

    if (complete) {
        auto needs = [&](const QString &value, const QString &field, const QString &option) -> Result<void> {
            if (!value.isEmpty())
                return {};
            return required(field,
                            Text::tr("%1 is required for the %2 flow; pass %3").arg(field, flow, option));
        };
        if (s.flow == OAuthFlow::AuthorizationCode) {
            if (auto ok = needs(s.authorizeUrl, QStringLiteral("authorize_url"),
                                QStringLiteral("--authorize-url URL"));
                !ok)
                return ok;
        }
        if (s.flow == OAuthFlow::DeviceCode) {
            if (auto ok = needs(s.deviceAuthorizationUrl, QStringLiteral("device_authorization_url"),
                                QStringLiteral("--device-authorization-url URL"));
                !ok)
                return ok;
        }
        if (auto ok = needs(s.tokenUrl, QStringLiteral("token_url"), QStringLiteral("--token-url URL")); !ok)
            return ok;
    }
    if (s.flow == OAuthFlow::ClientCredentials && s.authMethod == ClientAuthMethod::None)
        return required(QStringLiteral("auth_method"),
                        Text::tr("the client_credentials flow authenticates with a client secret, so the "
                                 "client authentication cannot be none; use --auth-method basic or post"));
    if (complete && s.authMethod != ClientAuthMethod::None && !hasSecret)
        return required(QStringLiteral("client_secret"),
                        Text::tr("client authentication %1 needs a client secret, and none is stored; pass "
                                 "--client-secret-stdin or use --auth-method none")
                            .arg(clientAuthMethodName(s.authMethod)));

    if (s.redirectHost != u"127.0.0.1" && s.redirectHost != u"localhost")
        return required(
            QStringLiteral("redirect_host"),
            Text::tr("redirect_host \"%1\" is not allowed; the listener runs on this machine only, "
                     "so use 127.0.0.1 (recommended, RFC 8252) or localhost")
                .arg(s.redirectHost));
    if (s.redirectPort < 0 || s.redirectPort > 65535)
        return required(
            QStringLiteral("redirect_port"),
            Text::tr("redirect_port %1 is out of range; use 0 (an ephemeral port, the default) or "
                     "a port from 1 to 65535")
                .arg(s.redirectPort));
    bool pathOk = s.redirectPath.startsWith(u'/');
    for (const QChar c : s.redirectPath) {
        if (c == u'?' || c == u'#' || c.isSpace() || c.category() == QChar::Other_Control)
            pathOk = false;
    }
    if (!pathOk)
        return required(
            QStringLiteral("redirect_path"),
            Text::tr("redirect_path \"%1\" is not a plain path; it must start with '/' and contain "
                     "no '?', '#' or spaces, such as /callback")
                .arg(s.redirectPath));
    if (s.refreshMarginSeconds < 0 || s.refreshMarginSeconds > 86400)
        return required(QStringLiteral("refresh_margin"),
                        Text::tr("refresh_margin %1 is out of range; give seconds from 0 to 86400 (one day)")
                            .arg(s.refreshMarginSeconds));
    for (const auto &[key, value] : s.extraParams) {
        if (key.trimmed().isEmpty())
            return required(QStringLiteral("param"),
                            Text::tr("an extra parameter has an empty name; write them as KEY=VALUE"));
        if (reservedParams().contains(key))
            return required(QStringLiteral("param"),
                            Text::tr("the extra parameter \"%1\" is set by the flow itself and cannot be "
                                     "overridden; remove it (scopes go in --scopes)")
                                .arg(key));
    }
    return {};
}

} // namespace

Result<Store::OAuthTarget> Store::oauthTarget(const QString &integrationRef, const QString &orgRef) {
    auto integration = findIntegration(integrationRef, false);
    if (!integration)
        return integration.error();
    OAuthTarget target{std::move(*integration), std::nullopt};
    if (!orgRef.isEmpty()) {
        auto org = findOrganization(orgRef);
        if (!org)
            return org.error();
        target.org = std::move(*org);
    }
    return target;
}

Result<void> Store::collectOAuthSecretRefs(const QString &integrationId) {
    if (auto refs =
            collectSecretRefs("SELECT access_token_ref FROM oauth_connections WHERE integration_id = ?"
                              " UNION ALL SELECT refresh_token_ref FROM oauth_connections"
                              " WHERE integration_id = ? AND refresh_token_ref IS NOT NULL",
                              integrationId, integrationId);
        !refs)
        return refs;
    return collectSecretRefs("SELECT client_secret_ref FROM oauth_settings WHERE integration_id = ?"
                             " AND client_secret_ref IS NOT NULL",
                             integrationId);
}

Result<std::optional<OAuthSettings>> Store::oauthSettings(const QString &integrationRef) {
    auto integration = findIntegration(integrationRef, false);
    if (!integration)
        return integration.error();
    QSqlQuery &q =
        query("SELECT flow, authorize_url, token_url, revoke_url, device_authorization_url, client_id,"
              " client_secret_ref, scopes, audience, extra_params, auth_method, pkce, redirect_host,"
              " redirect_port, redirect_path, refresh_margin, preset, updated_at, version"
              " FROM oauth_settings WHERE integration_id = ?");
    q.addBindValue(integration->id);
    if (auto done = exec(q); !done)
        return done.error();
    if (!q.next())
        return std::optional<OAuthSettings>();
    OAuthSettings s;
    s.integrationId = integration->id;
    s.flow = parseOAuthFlow(q.value(0).toString()).value_or(OAuthFlow::AuthorizationCode);
    s.authorizeUrl = q.value(1).toString();
    s.tokenUrl = q.value(2).toString();
    s.revokeUrl = q.value(3).toString();
    s.deviceAuthorizationUrl = q.value(4).toString();
    s.clientId = q.value(5).toString();
    s.hasClientSecret = !q.value(6).isNull();
    s.scopes = scopesFrom(q.value(7).toString());
    s.audience = q.value(8).toString();
    s.extraParams = paramsFrom(q.value(9).toString());
    s.authMethod = parseClientAuthMethod(q.value(10).toString()).value_or(ClientAuthMethod::Post);
    s.pkce = q.value(11).toBool();
    s.redirectHost = q.value(12).toString();
    s.redirectPort = q.value(13).toInt();
    s.redirectPath = q.value(14).toString();
    s.refreshMarginSeconds = q.value(15).toInt();
    s.preset = q.value(16).toString();
    s.updatedAt = detail::timestamp(q.value(17).toString());
    s.version = q.value(18).toLongLong();
    q.finish();
    return std::optional<OAuthSettings>(std::move(s));
}

Result<OAuthSettings> Store::setOAuthSettings(const QString &integrationRef, const OAuthSettings &given,
                                              const std::optional<QString> &clientSecret, OAuthCheck check) {
    OAuthSettings s = given;
    s.clientId = s.clientId.trimmed();
    for (QString *url : {&s.authorizeUrl, &s.tokenUrl, &s.revokeUrl, &s.deviceAuthorizationUrl})
        *url = url->trimmed();
    s.scopes = normalizedScopes(s.scopes);
    s.audience = s.audience.trimmed();
    return transaction([&]() -> Result<OAuthSettings> {
        auto integration = findIntegration(integrationRef, false);
        if (!integration)
            return integration.error();
        QSqlQuery &find = query("SELECT client_secret_ref FROM oauth_settings WHERE integration_id = ?");
        find.addBindValue(integration->id);
        if (auto done = exec(find); !done)
            return done.error();
        const QString oldRef = find.next() ? find.value(0).toString() : QString();
        find.finish();
        auto before = oauthSettings(integration->id);
        if (!before)
            return before.error();

        const bool hasSecret = clientSecret ? !clientSecret->isEmpty() : !oldRef.isEmpty();
        if (auto valid = validateSettings(s, hasSecret, check); !valid)
            return valid.error();

        QVariant refColumn = oldRef.isEmpty() ? detail::nullText() : QVariant(oldRef);
        if (clientSecret) {
            refColumn = detail::nullText();
            if (!clientSecret->isEmpty()) {
                auto ref = storeSecret(*clientSecret);
                if (!ref)
                    return ref.error();
                refColumn = *ref;
            }
            if (!oldRef.isEmpty())
                m_frames.back().obsoleteSecretRefs << oldRef;
        }

        auto version = rowVersion();
        if (!version)
            return version.error();
        QSqlQuery &up = query(
            "INSERT INTO oauth_settings (integration_id, flow, authorize_url, token_url, revoke_url,"
            " device_authorization_url, client_id, client_secret_ref, scopes, audience, extra_params,"
            " auth_method, pkce, redirect_host, redirect_port, redirect_path, refresh_margin, preset,"
            " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (integration_id) DO UPDATE SET flow = excluded.flow,"
            " authorize_url = excluded.authorize_url, token_url = excluded.token_url,"
            " revoke_url = excluded.revoke_url, device_authorization_url = excluded.device_authorization_url,"
            " client_id = excluded.client_id, client_secret_ref = excluded.client_secret_ref,"
            " scopes = excluded.scopes, audience = excluded.audience, extra_params = excluded.extra_params,"
            " auth_method = excluded.auth_method, pkce = excluded.pkce,"
            " redirect_host = excluded.redirect_host, redirect_port = excluded.redirect_port,"
            " redirect_path = excluded.redirect_path, refresh_margin = excluded.refresh_margin,"
            " preset = excluded.preset, updated_at = excluded.updated_at, version = excluded.version");
        up.addBindValue(integration->id);
        up.addBindValue(oauthFlowName(s.flow));
        up.addBindValue(detail::nonNullText(s.authorizeUrl));
        up.addBindValue(detail::nonNullText(s.tokenUrl));
        up.addBindValue(detail::nonNullText(s.revokeUrl));
        up.addBindValue(detail::nonNullText(s.deviceAuthorizationUrl));
        up.addBindValue(detail::nonNullText(s.clientId));
        up.addBindValue(refColumn);
        up.addBindValue(scopesText(s.scopes));
        up.addBindValue(detail::nonNullText(s.audience));
        up.addBindValue(paramsText(s.extraParams));
        up.addBindValue(clientAuthMethodName(s.authMethod));
        up.addBindValue(s.pkce ? 1 : 0);
        up.addBindValue(s.redirectHost);
        up.addBindValue(s.redirectPort);
        up.addBindValue(s.redirectPath);
        up.addBindValue(s.refreshMarginSeconds);
        up.addBindValue(detail::nonNullText(s.preset));
        up.addBindValue(detail::now());
        up.addBindValue(*version);
        if (auto done = exec(up); !done)
            return done.error();
        auto stored = oauthSettings(integration->id);
        if (!stored)
            return stored.error();
        if (!*stored)
            return Error::internal(QStringLiteral("the OAuth settings just written cannot be read back"));
        HistoryEntry entry;
        entry.action = QStringLiteral("oauth.settings");
        entry.integrationId = integration->id;
        entry.integrationName = integration->name;
        const QJsonObject after = (*stored)->toJson();
        if (!*before || (*before)->toJson() != after) {
            HistoryEntry settingsEntry = entry;
            if (*before)
                settingsEntry.oldValue = (*before)->toJson();
            settingsEntry.newValue = after;
            if (auto recorded = record(std::move(settingsEntry)); !recorded)
                return recorded.error();
        }
        // The client secret: that it changed, never what it is.
        if (clientSecret && (!clientSecret->isEmpty() || !oldRef.isEmpty())) {
            entry.key = QStringLiteral("client_secret");
            entry.secret = true;
            if (auto recorded = record(std::move(entry)); !recorded)
                return recorded.error();
        }
        return std::move(**stored);
    });
}

Result<void> Store::removeOAuthSettings(const QString &integrationRef) {
    return transaction([&]() -> Result<void> {
        auto integration = findIntegration(integrationRef, false);
        if (!integration)
            return integration.error();
        QSqlQuery &count = query("SELECT (SELECT count(*) FROM oauth_settings WHERE integration_id = ?),"
                                 " (SELECT count(*) FROM oauth_connections WHERE integration_id = ?)");
        count.addBindValue(integration->id);
        count.addBindValue(integration->id);
        if (auto done = exec(count); !done)
            return done;
        count.next();
        const bool any = count.value(0).toInt() > 0 || count.value(1).toInt() > 0;
        count.finish();
        if (!any)
            return Error::notFound(
                Text::tr("integration \"%1\" has no OAuth settings").arg(integration->name));
        auto before = oauthSettings(integration->id);
        if (!before)
            return before.error();
        HistoryEntry entry;
        entry.action = QStringLiteral("oauth.settings");
        entry.integrationId = integration->id;
        entry.integrationName = integration->name;
        if (*before)
            entry.oldValue = (*before)->toJson();
        entry.detail = Text::tr("OAuth settings removed, with every connection of the integration");
        if (auto recorded = record(std::move(entry)); !recorded)
            return recorded;
        if (auto refs = collectOAuthSecretRefs(integration->id); !refs)
            return refs;
        for (const char *sql : {"DELETE FROM oauth_connections WHERE integration_id = ?",
                                "DELETE FROM oauth_refresh_leases WHERE integration_id = ?",
                                "DELETE FROM oauth_settings WHERE integration_id = ?"}) {
            QSqlQuery &del = query(sql);
            del.addBindValue(integration->id);
            if (auto done = exec(del); !done)
                return done;
        }
        return {};
    });
}

Result<QString> Store::readClientSecret(const QString &integrationRef) {
    auto integration = findIntegration(integrationRef, false);
    if (!integration)
        return integration.error();
    QSqlQuery &q = query("SELECT client_secret_ref FROM oauth_settings WHERE integration_id = ?"
                         " AND client_secret_ref IS NOT NULL");
    q.addBindValue(integration->id);
    if (auto done = exec(q); !done)
        return done.error();
    const QString ref = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (ref.isEmpty())
        return QString();
    return readSecret(ref);
}

namespace {

// The columns every connection read selects, in this order.
constexpr const char connectionColumns[] =
    "c.integration_id, i.name, c.organization_id, o.name, c.access_token_ref, c.refresh_token_ref,"
    " c.token_type, c.expires_at, c.scopes, c.failed, c.last_error, c.connected_at, c.last_refresh_at,"
    " c.updated_at";

OAuthConnection connectionFrom(const QSqlQuery &q) {
    OAuthConnection c;
    c.integrationId = q.value(0).toString();
    c.integrationName = q.value(1).toString();
    c.organizationId = q.value(2).toString();
    c.organizationName = q.value(3).toString();
    c.accessTokenRef = q.value(4).toString();
    c.refreshTokenRef = q.value(5).toString();
    c.tokenType = q.value(6).toString();
    c.expiresAt = optionalTimestamp(q.value(7));
    c.scopes = scopesFrom(q.value(8).toString());
    c.failed = q.value(9).toBool();
    c.lastError = q.value(10).toString();
    c.connectedAt = detail::timestamp(q.value(11).toString());
    c.lastRefreshAt = optionalTimestamp(q.value(12));
    c.updatedAt = detail::timestamp(q.value(13).toString());
    return c;
}

} // namespace

Result<std::optional<OAuthConnection>> Store::loadOAuthConnection(const OAuthTarget &target) {
    static const QByteArray byOrg = QByteArray("SELECT ") + connectionColumns +
                                    " FROM oauth_connections c JOIN integrations i ON i.id = c.integration_id"
                                    " LEFT JOIN organizations o ON o.id = c.organization_id"
                                    " WHERE c.integration_id = ? AND c.organization_id = ?";
    static const QByteArray byDefault =
        QByteArray("SELECT ") + connectionColumns +
        " FROM oauth_connections c JOIN integrations i ON i.id = c.integration_id"
        " LEFT JOIN organizations o ON o.id = c.organization_id"
        " WHERE c.integration_id = ? AND c.organization_id IS NULL";
    QSqlQuery &q = query(target.org ? byOrg.constData() : byDefault.constData());
    q.addBindValue(target.integration.id);
    if (target.org)
        q.addBindValue(target.org->id);
    if (auto done = exec(q); !done)
        return done.error();
    std::optional<OAuthConnection> found;
    if (q.next())
        found = connectionFrom(q);
    q.finish();
    return found;
}

Result<std::optional<OAuthConnection>> Store::oauthConnection(const QString &integrationRef,
                                                              const QString &orgRef) {
    auto target = oauthTarget(integrationRef, orgRef);
    if (!target)
        return target.error();
    return loadOAuthConnection(*target);
}

Result<QList<OAuthConnection>> Store::oauthConnections(const QString &integrationRef) {
    QString integrationId;
    if (!integrationRef.isEmpty()) {
        auto integration = findIntegration(integrationRef, false);
        if (!integration)
            return integration.error();
        integrationId = integration->id;
    }
    static const QByteArray sql = QByteArray("SELECT ") + connectionColumns +
                                  " FROM oauth_connections c JOIN integrations i ON i.id = c.integration_id"
                                  " LEFT JOIN organizations o ON o.id = c.organization_id"
                                  " WHERE ? = '' OR c.integration_id = ?"
                                  " ORDER BY i.name, c.organization_id IS NOT NULL, o.name_key";
    QSqlQuery &q = query(sql.constData());
    q.addBindValue(detail::nonNullText(integrationId));
    q.addBindValue(detail::nonNullText(integrationId));
    if (auto done = exec(q); !done)
        return done.error();
    QList<OAuthConnection> list;
    while (q.next())
        list << connectionFrom(q);
    q.finish();
    return list;
}

Result<void> Store::deleteOAuthConnection(const QString &integrationId, const QString &organizationId) {
    const bool isDefault = organizationId.isEmpty();
    if (isDefault) {
        if (auto refs = collectSecretRefs(
                "SELECT access_token_ref FROM oauth_connections WHERE integration_id = ? AND organization_id "
                "IS NULL"
                " UNION ALL SELECT refresh_token_ref FROM oauth_connections WHERE integration_id = ?"
                " AND organization_id IS NULL AND refresh_token_ref IS NOT NULL",
                integrationId, integrationId);
            !refs)
            return refs;
    } else {
        // Two passes, since collectSecretRefs binds at most two values.
        if (auto refs = collectSecretRefs("SELECT access_token_ref FROM oauth_connections"
                                          " WHERE integration_id = ? AND organization_id = ?",
                                          integrationId, organizationId);
            !refs)
            return refs;
        if (auto refs = collectSecretRefs("SELECT refresh_token_ref FROM oauth_connections"
                                          " WHERE integration_id = ? AND organization_id = ?"
                                          " AND refresh_token_ref IS NOT NULL",
                                          integrationId, organizationId);
            !refs)
            return refs;
    }
    QSqlQuery &del = isDefault ? query("DELETE FROM oauth_connections WHERE integration_id = ?"
                                       " AND organization_id IS NULL")
                               : query("DELETE FROM oauth_connections WHERE integration_id = ?"
                                       " AND organization_id = ?");
    del.addBindValue(integrationId);
    if (!isDefault)
        del.addBindValue(organizationId);
    if (auto done = exec(del); !done)
        return done;
    return dropOAuthLease(integrationId, organizationId);
}

Result<void> Store::dropOAuthLease(const QString &integrationId, const QString &organizationId) {
    QSqlQuery &lease =
        query("DELETE FROM oauth_refresh_leases WHERE integration_id = ? AND organization_key = ?");
    lease.addBindValue(integrationId);
    lease.addBindValue(detail::nonNullText(organizationId));
    return exec(lease);
}

Result<OAuthConnection> Store::saveOAuthTokens(const QString &integrationRef, const QString &orgRef,
                                               const TokenResponse &response,
                                               const QStringList &requestedScopes, bool replaceRefreshToken,
                                               const QDateTime &now) {
    if (response.accessToken.isEmpty())
        return Error::external(Text::tr(
            "the token endpoint answered without an access_token, so there is nothing to store; check "
            "the token URL and the provider's logs"));
    return transaction([&]() -> Result<OAuthConnection> {
        auto target = oauthTarget(integrationRef, orgRef);
        if (!target)
            return target.error();
        auto current = loadOAuthConnection(*target);
        if (!current)
            return current.error();
        const std::optional<OAuthConnection> &old = *current;

        auto accessRef = storeSecret(response.accessToken);
        if (!accessRef)
            return accessRef.error();
        QString refreshRef = old ? old->refreshTokenRef : QString();
        if (!response.refreshToken.isEmpty()) {
            // Rotation: the new refresh token is saved in this same transaction as the access
            // token, so no caller can use the new access token while the old refresh token,
            // now spent at the provider, is still the stored one.
            auto ref = storeSecret(response.refreshToken);
            if (!ref)
                return ref.error();
            refreshRef = *ref;
        } else if (replaceRefreshToken) {
            refreshRef.clear();
        }
        if (old) {
            m_frames.back().obsoleteSecretRefs << old->accessTokenRef;
            if (!old->refreshTokenRef.isEmpty() && old->refreshTokenRef != refreshRef)
                m_frames.back().obsoleteSecretRefs << old->refreshTokenRef;
        }

        // A fresh connect starts the connection's history; a refresh (or a re-mint) extends it.
        const bool fresh = !old || replaceRefreshToken;
        const QString at = detail::stamp(now);
        const QStringList scopes =
            response.scope ? normalizedScopes(*response.scope) : normalizedScopes(requestedScopes);
        const QVariant expiresAt = response.expiresIn
                                       ? QVariant(detail::stamp(now.addSecs(*response.expiresIn)))
                                       : detail::nullText();
        const QVariant refreshColumn = refreshRef.isEmpty() ? detail::nullText() : QVariant(refreshRef);
        const QVariant connectedAt = fresh ? QVariant(at) : QVariant(detail::stamp(old->connectedAt));
        const QVariant lastRefreshAt = fresh ? detail::nullText() : QVariant(at);
        // The token columns, in the order both statements below list them.
        const auto bindTokenColumns = [&](QSqlQuery &q) {
            q.addBindValue(*accessRef);
            q.addBindValue(refreshColumn);
            q.addBindValue(detail::nonNullText(response.tokenType));
            q.addBindValue(expiresAt);
            q.addBindValue(scopesText(scopes));
            q.addBindValue(connectedAt);
            q.addBindValue(lastRefreshAt);
            q.addBindValue(at);
        };

        if (old) {
            QSqlQuery &upd =
                target->org
                    ? query("UPDATE oauth_connections SET access_token_ref = ?, refresh_token_ref = ?,"
                            " token_type = ?, expires_at = ?, scopes = ?, failed = 0, last_error = '',"
                            " connected_at = ?, last_refresh_at = ?, updated_at = ?"
                            " WHERE integration_id = ? AND organization_id = ?")
                    : query("UPDATE oauth_connections SET access_token_ref = ?, refresh_token_ref = ?,"
                            " token_type = ?, expires_at = ?, scopes = ?, failed = 0, last_error = '',"
                            " connected_at = ?, last_refresh_at = ?, updated_at = ?"
                            " WHERE integration_id = ? AND organization_id IS NULL");
            bindTokenColumns(upd);
            upd.addBindValue(target->integration.id);
            if (target->org)
                upd.addBindValue(target->org->id);
            if (auto done = exec(upd); !done)
                return done.error();
        } else {
            QSqlQuery &ins =
                query("INSERT INTO oauth_connections (integration_id, organization_id, access_token_ref,"
                      " refresh_token_ref, token_type, expires_at, scopes, failed, last_error, connected_at,"
                      " last_refresh_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, '', ?, ?, ?)");
            ins.addBindValue(target->integration.id);
            ins.addBindValue(target->org ? QVariant(target->org->id) : detail::nullText());
            bindTokenColumns(ins);
            if (auto done = exec(ins); !done)
                return done.error();
        }
        if (auto done = dropOAuthLease(target->integration.id, target->organizationKey()); !done)
            return done.error();
        // A new connection is a change an admin made; a refresh is routine and not recorded.
        if (fresh) {
            HistoryEntry entry = target->historyEntry(QStringLiteral("oauth.connect"));
            entry.newValue = QJsonObject{{QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
            if (auto recorded = record(std::move(entry)); !recorded)
                return recorded.error();
        } else if (auto told = notifyChange(target->historyEntry(QStringLiteral("oauth.refresh"))); !told) {
            // Colleagues' open OAuth tabs show the new expiry (PostgreSQL only; no history).
            return told.error();
        }

        return savedOAuthConnection(*target);
    });
}

Result<void> Store::recordOAuthError(const QString &integrationRef, const QString &orgRef,
                                     const QString &message, bool failed) {
    return transaction([&]() -> Result<void> {
        auto target = oauthTarget(integrationRef, orgRef);
        if (!target)
            return target.error();
        // With no connection yet (a first mint that failed) there is no row to mark; the lease
        // is released all the same.
        QSqlQuery &upd =
            target->org ? query("UPDATE oauth_connections SET failed = CASE WHEN ? = 1 THEN 1 ELSE failed"
                                " END, last_error = ?, updated_at = ? WHERE integration_id = ?"
                                " AND organization_id = ?")
                        : query("UPDATE oauth_connections SET failed = CASE WHEN ? = 1 THEN 1 ELSE failed"
                                " END, last_error = ?, updated_at = ? WHERE integration_id = ?"
                                " AND organization_id IS NULL");
        upd.addBindValue(failed ? 1 : 0);
        upd.addBindValue(detail::nonNullText(message));
        upd.addBindValue(detail::now());
        upd.addBindValue(target->integration.id);
        if (target->org)
            upd.addBindValue(target->org->id);
        if (auto done = exec(upd); !done)
            return done;
        // Colleagues' open OAuth tabs show the error (PostgreSQL only; no history).
        if (auto told = notifyChange(target->historyEntry(QStringLiteral("oauth.error"))); !told)
            return told;
        return dropOAuthLease(target->integration.id, target->organizationKey());
    });
}

Result<OAuthConnection> Store::savedOAuthConnection(const OAuthTarget &target) {
    auto saved = loadOAuthConnection(target);
    if (!saved)
        return saved.error();
    if (!*saved)
        return Error::internal(QStringLiteral("the OAuth connection just written cannot be read back"));
    return std::move(**saved);
}

Result<void> Store::removeOAuthConnection(const QString &integrationRef, const QString &orgRef) {
    return transaction([&]() -> Result<void> {
        auto target = oauthTarget(integrationRef, orgRef);
        if (!target)
            return target.error();
        auto existing = loadOAuthConnection(*target);
        if (!existing)
            return existing.error();
        if (*existing) {
            HistoryEntry entry = target->historyEntry(QStringLiteral("oauth.disconnect"));
            if (auto recorded = record(std::move(entry)); !recorded)
                return recorded;
        }
        return deleteOAuthConnection(target->integration.id, target->organizationKey());
    });
}

Result<bool> Store::tryLeaseOAuthRefresh(const QString &integrationRef, const QString &orgRef,
                                         const QString &owner, int seconds) {
    if (owner.isEmpty() || seconds <= 0)
        return Error::internal(QStringLiteral("a refresh lease needs an owner and a positive duration"));
    // BEGIN IMMEDIATE (transaction()) holds the write lock from the first read, so between two
    // processes exactly one sees the lease free and takes it.
    return transaction([&]() -> Result<bool> {
        auto target = oauthTarget(integrationRef, orgRef);
        if (!target)
            return target.error();
        const QString key = target->organizationKey();
        // Timestamps are ISO 8601 UTC text of one fixed format, so text order is time order.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSqlQuery &take =
            query("INSERT INTO oauth_refresh_leases (integration_id, organization_key, owner, until)"
                  " VALUES (?, ?, ?, ?) ON CONFLICT (integration_id, organization_key) DO UPDATE SET"
                  " owner = excluded.owner, until = excluded.until"
                  " WHERE oauth_refresh_leases.until <= ? OR oauth_refresh_leases.owner = excluded.owner");
        take.addBindValue(target->integration.id);
        take.addBindValue(key);
        take.addBindValue(owner);
        take.addBindValue(detail::stamp(now.addSecs(seconds)));
        take.addBindValue(detail::stamp(now));
        if (auto done = exec(take); !done)
            return done.error();
        QSqlQuery &holder =
            query("SELECT owner FROM oauth_refresh_leases WHERE integration_id = ? AND organization_key = ?");
        holder.addBindValue(target->integration.id);
        holder.addBindValue(key);
        if (auto done = exec(holder); !done)
            return done.error();
        const bool ours = holder.next() && holder.value(0).toString() == owner;
        holder.finish();
        return ours;
    });
}

Result<bool> Store::oauthRefreshLeasedByOther(const QString &integrationRef, const QString &orgRef,
                                              const QString &owner) {
    auto target = oauthTarget(integrationRef, orgRef);
    if (!target)
        return target.error();
    QSqlQuery &q = query("SELECT owner, until FROM oauth_refresh_leases"
                         " WHERE integration_id = ? AND organization_key = ?");
    q.addBindValue(target->integration.id);
    q.addBindValue(target->organizationKey());
    if (auto done = exec(q); !done)
        return done.error();
    // The same clock and text comparison as tryLeaseOAuthRefresh.
    const bool held = q.next() && q.value(0).toString() != owner &&
                      q.value(1).toString() > detail::stamp(QDateTime::currentDateTimeUtc());
    q.finish();
    return held;
}

Result<void> Store::releaseOAuthRefresh(const QString &integrationRef, const QString &orgRef,
                                        const QString &owner) {
    return transaction([&]() -> Result<void> {
        auto target = oauthTarget(integrationRef, orgRef);
        if (!target)
            return target.error();
        QSqlQuery &del =
            query("DELETE FROM oauth_refresh_leases WHERE integration_id = ? AND organization_key = ?"
                  " AND owner = ?");
        del.addBindValue(target->integration.id);
        del.addBindValue(target->organizationKey());
        del.addBindValue(owner);
        return exec(del);
    });
}

} // namespace bifrost
