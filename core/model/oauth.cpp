#include "oauth.h"

#include <QJsonArray>

namespace bifrost {

QString oauthFlowName(OAuthFlow flow) {
    switch (flow) {
    case OAuthFlow::AuthorizationCode:
        return QStringLiteral("authorization_code");
    case OAuthFlow::ClientCredentials:
        return QStringLiteral("client_credentials");
    case OAuthFlow::DeviceCode:
        return QStringLiteral("device_code");
    }
    return {};
}

std::optional<OAuthFlow> parseOAuthFlow(const QString &name) {
    for (OAuthFlow flow :
         {OAuthFlow::AuthorizationCode, OAuthFlow::ClientCredentials, OAuthFlow::DeviceCode}) {
        if (name == oauthFlowName(flow))
            return flow;
    }
    return std::nullopt;
}

QString clientAuthMethodName(ClientAuthMethod method) {
    switch (method) {
    case ClientAuthMethod::Post:
        return QStringLiteral("client_secret_post");
    case ClientAuthMethod::Basic:
        return QStringLiteral("client_secret_basic");
    case ClientAuthMethod::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<ClientAuthMethod> parseClientAuthMethod(const QString &name) {
    if (name == u"client_secret_post" || name == u"post")
        return ClientAuthMethod::Post;
    if (name == u"client_secret_basic" || name == u"basic")
        return ClientAuthMethod::Basic;
    if (name == u"none")
        return ClientAuthMethod::None;
    return std::nullopt;
}

QString OAuthSettings::redirectUriPattern() const {
    QString uri = QStringLiteral("http://") + redirectHost;
    if (redirectPort > 0)
        uri += QLatin1Char(':') + QString::number(redirectPort);
    return uri + redirectPath;
}

QString tokenStatusName(TokenStatus status) {
    switch (status) {
    case TokenStatus::NotConnected:
        return QStringLiteral("not_connected");
    case TokenStatus::Connected:
        return QStringLiteral("connected");
    case TokenStatus::Expiring:
        return QStringLiteral("expiring");
    case TokenStatus::Expired:
        return QStringLiteral("expired");
    case TokenStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

TokenStatus OAuthConnection::statusAt(const QDateTime &now, int marginSeconds) const {
    if (failed)
        return TokenStatus::Failed;
    if (expiresAt.isValid()) {
        if (expiresAt <= now)
            return TokenStatus::Expired;
        if (expiresAt <= now.addSecs(marginSeconds))
            return TokenStatus::Expiring;
        return TokenStatus::Connected;
    }
    // Unknown expiry (no expires_in): treat the token as due once it is older than the margin,
    // so that `get` refreshes it rather than hand out a token that may have died (ARCHITECTURE §5).
    const QDateTime obtained = lastRefreshAt.isValid() ? lastRefreshAt : connectedAt;
    if (obtained.isValid() && obtained.addSecs(marginSeconds) <= now)
        return TokenStatus::Expiring;
    return TokenStatus::Connected;
}

QJsonObject OAuthSettings::toJson() const {
    QJsonArray params;
    for (const auto &[key, value] : extraParams)
        params.append(QJsonArray{key, value});
    return {{QStringLiteral("flow"), oauthFlowName(flow)},
            {QStringLiteral("authorize_url"), authorizeUrl},
            {QStringLiteral("token_url"), tokenUrl},
            {QStringLiteral("revoke_url"), revokeUrl},
            {QStringLiteral("device_authorization_url"), deviceAuthorizationUrl},
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("audience"), audience},
            {QStringLiteral("extra_params"), params},
            {QStringLiteral("auth_method"), clientAuthMethodName(authMethod)},
            {QStringLiteral("pkce"), pkce},
            {QStringLiteral("redirect_host"), redirectHost},
            {QStringLiteral("redirect_port"), redirectPort},
            {QStringLiteral("redirect_path"), redirectPath},
            {QStringLiteral("refresh_margin"), refreshMarginSeconds},
            {QStringLiteral("preset"), preset}};
}

} // namespace bifrost
