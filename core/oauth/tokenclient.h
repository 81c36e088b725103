#pragma once

#include "common/result.h"
#include "endpoints.h"
#include "model/oauth.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bifrost::oauth {

// RFC 8628 §3.2.
struct DeviceAuthorization {
    QString deviceCode;
    QString userCode;
    QString verificationUri;
    QString verificationUriComplete; // may be empty
    int expiresIn = 0;
    int interval = 5; // seconds
};

// The HTTP side of OAuth on QNetworkAccessManager: asynchronous, callbacks on the thread of the
// client. Errors are External with `Error::field` set to the provider's error code
// ("invalid_grant", "access_denied", "authorization_pending", "slow_down", "expired_token",
// "invalid_client", ...), or "network" for transport failures, timeouts and 5xx answers,
// which callers may retry. Messages never contain a token, code or secret.
class TokenClient : public QObject {
    Q_OBJECT
public:
    explicit TokenClient(QObject *parent = nullptr);
    ~TokenClient() override;

    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    // Per request; default 30 s.
    void setTimeout(int milliseconds);

    // The authorization URL (RFC 6749 §4.1.1 + RFC 7636): response_type=code, client_id,
    // redirect_uri, scope, state, code_challenge(+method) when `codeChallenge` is not empty,
    // audience, and the extra parameters.
    static QUrl authorizationUrl(const ResolvedOAuth &oauth, const QString &redirectUri,
                                 const QByteArray &state, const QByteArray &codeChallenge);

    void exchangeCode(const ResolvedOAuth &oauth, const QString &code, const QString &redirectUri,
                      const QByteArray &codeVerifier, Callback<TokenResponse> done);
    // `grantedScopes`: sent as `scope` when not empty (never more than the grant, RFC 6749 §6).
    void refresh(const ResolvedOAuth &oauth, const QString &refreshToken, const QStringList &grantedScopes,
                 Callback<TokenResponse> done);
    void clientCredentials(const ResolvedOAuth &oauth, Callback<TokenResponse> done);
    void deviceAuthorization(const ResolvedOAuth &oauth, Callback<DeviceAuthorization> done);
    // One poll of the token endpoint (RFC 8628 §3.4); pending and slow_down come back as errors
    // with those codes.
    void pollDeviceToken(const ResolvedOAuth &oauth, const QString &deviceCode, Callback<TokenResponse> done);
    // RFC 7009; `hint` is "refresh_token" or "access_token".
    void revoke(const ResolvedOAuth &oauth, const QString &token, const QString &hint, Callback<bool> done);

    // Aborts every request in flight; their callbacks are not called.
    void abortAll();

private:
    QNetworkAccessManager *m_nam;
    int m_timeout = 30000;
};

// The reading of an endpoint's HTTP answer (status, Content-Type, body) without the network:
// exactly what exchangeCode, refresh, clientCredentials and pollDeviceToken (readTokenAnswer) and
// deviceAuthorization (readDeviceAuthorizationAnswer) deliver for it. `secrets` are redacted from
// any provider text in an error. Used by tests/fuzz/token_response.cpp.
Result<TokenResponse> readTokenAnswer(int status, const QByteArray &body, const QString &contentType,
                                      const QUrl &url, const QStringList &secrets = {});
Result<DeviceAuthorization> readDeviceAuthorizationAnswer(int status, const QByteArray &body,
                                                          const QString &contentType, const QUrl &url,
                                                          const QStringList &secrets = {});

} // namespace bifrost::oauth
