#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace bifrost {

enum class OAuthFlow { AuthorizationCode, ClientCredentials, DeviceCode };
// How the client authenticates at the token and revocation endpoints (RFC 6749 §2.3.1).
enum class ClientAuthMethod { Post, Basic, None };

// Wire names: "authorization_code", "client_credentials", "device_code".
QString oauthFlowName(OAuthFlow flow);
std::optional<OAuthFlow> parseOAuthFlow(const QString &name);
// Wire names "client_secret_post", "client_secret_basic", "none"; the parser also accepts the
// CLI's short forms "post" and "basic".
QString clientAuthMethodName(ClientAuthMethod method);
std::optional<ClientAuthMethod> parseClientAuthMethod(const QString &name);

// How one integration obtains tokens (ARCHITECTURE.md §2). URLs may hold the templates
// {entity_id} and {config.KEY}, filled per organization when a flow runs.
struct OAuthSettings {
    QString integrationId;
    OAuthFlow flow = OAuthFlow::AuthorizationCode;
    QString authorizeUrl;
    QString tokenUrl;
    QString revokeUrl;
    QString deviceAuthorizationUrl;
    QString clientId;
    bool hasClientSecret = false; // the value lives in the SecretStore
    QStringList scopes;
    QString audience;
    QList<QPair<QString, QString>> extraParams; // added to the authorization request, in order
    ClientAuthMethod authMethod = ClientAuthMethod::Post;
    bool pkce = true;
    QString redirectHost = QStringLiteral("127.0.0.1"); // or "localhost"
    int redirectPort = 0;                               // 0: ephemeral
    QString redirectPath = QStringLiteral("/callback");
    int refreshMarginSeconds = 300;
    QString preset; // the preset the settings came from, if any (informational)
    QDateTime updatedAt;
    qint64 version = 0; // the row version (see ConfigValue::version)

    // http://HOST:PORT/PATH as registered with the provider; PORT left out when ephemeral.
    QString redirectUriPattern() const;
    // Everything but the client secret (its own secret entry), the time stamp and the version, as
    // the history records it and `migrate` compares it.
    QJsonObject toJson() const;
};

// What a token endpoint answered (RFC 6749 §5.1). Absent fields are empty / nullopt.
struct TokenResponse {
    QString accessToken;
    QString tokenType;
    std::optional<qint64> expiresIn; // seconds
    QString refreshToken;            // empty: none issued (on refresh: not rotated)
    std::optional<QStringList> scope;
};

enum class TokenStatus { NotConnected, Connected, Expiring, Expired, Failed };
QString tokenStatusName(TokenStatus status); // "not_connected", "connected", ...
// Failed or expired: a connection an admin has to look at (the status bar, the health summary
// and the tables all count and mark the same ones). Expiring is not: the next get refreshes it.
inline bool needsAttention(TokenStatus status) {
    return status == TokenStatus::Failed || status == TokenStatus::Expired;
}

// One stored connection: the tokens of the integration's default connection (organizationId
// empty) or of one organization. Token values live in the SecretStore under the refs.
struct OAuthConnection {
    QString integrationId;
    QString integrationName;
    QString organizationId; // empty: the default connection
    QString organizationName;
    QString accessTokenRef;
    QString refreshTokenRef; // empty: no refresh token
    QString tokenType;
    QDateTime expiresAt; // invalid: unknown (no expires_in)
    QStringList scopes;  // as granted
    bool failed = false; // needs a reconnect (invalid_grant)
    QString lastError;   // the last failure, also a transient one; cleared by a success
    QDateTime connectedAt;
    QDateTime lastRefreshAt; // invalid: never refreshed since connecting
    QDateTime updatedAt;

    bool isDefault() const { return organizationId.isEmpty(); }
    // Connected / Expiring (within `marginSeconds` of expiry, or of unknown expiry and last
    // obtained more than the margin ago) / Expired / Failed, at time `now`.
    TokenStatus statusAt(const QDateTime &now, int marginSeconds) const;
};

} // namespace bifrost
