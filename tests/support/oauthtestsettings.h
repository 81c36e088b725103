#pragma once

// OAuth settings aimed at the test authorization server (oauthtestserver.h), for the suites that
// link the core library; the bifrostctl suites set theirs through `oauth set`.

#include "model/oauth.h"
#include "oauthtestserver.h"

#include <optional>

// The settings of the test server's client `clientId`: the server's four endpoints, `flow`,
// `method` and `scopes`; everything else keeps its default.
inline bifrost::OAuthSettings oauthTestSettings(const OAuthTestServer &server, const QString &clientId,
                                                bifrost::OAuthFlow flow, bifrost::ClientAuthMethod method,
                                                const QStringList &scopes) {
    bifrost::OAuthSettings s;
    s.flow = flow;
    s.authorizeUrl = server.url(QStringLiteral("/auth"));
    s.tokenUrl = server.url(QStringLiteral("/token"));
    s.revokeUrl = server.url(QStringLiteral("/token/revocation"));
    s.deviceAuthorizationUrl = server.url(QStringLiteral("/device/auth"));
    s.clientId = clientId;
    s.authMethod = method;
    s.scopes = scopes;
    return s;
}

// The client secret argument of Store::setOAuthSettings for a test's `clientSecret`: empty means
// none given (the stored one stays), not "clear it".
inline std::optional<QString> givenClientSecret(const QString &clientSecret) {
    return clientSecret.isEmpty() ? std::optional<QString>() : std::optional<QString>(clientSecret);
}
