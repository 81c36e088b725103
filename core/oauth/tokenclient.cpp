#include "tokenclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <utility>

namespace bifrost::oauth {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OAuth)
};

// Every request to an OAuth endpoint is one form-encoded POST (RFC 6749 §3.2, RFC 7009 §2.1,
// RFC 8628 §3.1) answered by JSON. The sequence of one call:
//
//   TokenClient                                   endpoint
//     | POST form (+ Authorization: Basic ...)  -->  |
//     |  <-- 200 JSON                                 |  -> parse -> callback(value)
//     |  <-- 400/401 {"error": ..., ...}              |  -> callback(Error, field = error)
//     |  <-- 3xx / 5xx / junk / timeout / no answer   |  -> callback(Error, field = "network")
//
// Redirects are never followed: a token request carries credentials in its body and must not
// be replayed at another address.
enum class Endpoint { Token, Revocation, DeviceAuthorization };

using Form = QList<std::pair<QString, QString>>;

const QString &networkField() {
    static const QString field = QStringLiteral("network");
    return field;
}

// The objects that stand for queued calls (callbacks answered without a request); abortAll
// drops them together with the replies.
const QString &deferredName() {
    static const QString name = QStringLiteral("bifrost-oauth-deferred");
    return name;
}

QString endpointKind(Endpoint endpoint) {
    switch (endpoint) {
    case Endpoint::Token:
        return Text::tr("token endpoint");
    case Endpoint::Revocation:
        return Text::tr("revocation endpoint");
    case Endpoint::DeviceAuthorization:
        return Text::tr("device authorization endpoint");
    }
    return {};
}

QString endpointSetting(Endpoint endpoint) {
    switch (endpoint) {
    case Endpoint::Token:
        return QStringLiteral("token_url");
    case Endpoint::Revocation:
        return QStringLiteral("revoke_url");
    case Endpoint::DeviceAuthorization:
        return QStringLiteral("device_authorization_url");
    }
    return {};
}

// Host, port and path only: a query may hold values that are nobody's business in a message.
QString endpointLabel(const QUrl &url) {
    return url.adjusted(QUrl::RemoveScheme | QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString()
        .mid(2); // the leading "//"
}

QByteArray formEncode(const QString &s) {
    // Everything but the unreserved characters percent-encoded, space as %20: both form decoders
    // and plain URI decoders read that back the same.
    return QUrl::toPercentEncoding(s);
}

QByteArray encodeForm(const Form &form) {
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += formEncode(key) + '=' + formEncode(value);
    }
    return body;
}

// Provider text for a message: control characters shown escaped (a description must not be able
// to forge lines in a terminal or log), any value we sent that is echoed back redacted, and
// length capped.
QString redact(QString text, const QStringList &secrets) {
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, QStringLiteral("[redacted]"));
    }
    return text;
}

QString scrub(QString text, const QStringList &secrets, qsizetype maxLength = 300) {
    text = redact(std::move(text), secrets);
    QString out;
    out.reserve(qMin(text.size(), maxLength + 8));
    for (QChar c : std::as_const(text)) {
        if (out.size() >= maxLength) {
            out += QChar(0x2026); // …
            break;
        }
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// RFC 6749 §5.2: an error code is printable ASCII without '"' and '\'. Anything else is not a
// code we could act on; keep a readable, harmless form of it.
QString sanitizeErrorCode(const QString &code) {
    QString out;
    for (QChar c : code) {
        const char16_t u = c.unicode();
        out += (u >= 0x20 && u <= 0x7e && u != u'"' && u != u'\\') ? c : QLatin1Char('?');
        if (out.size() >= 64)
            break;
    }
    return out;
}

QString hintFor(const QString &code) {
    if (code == u"invalid_grant")
        return Text::tr(
            "the authorization code or refresh token is invalid, expired or revoked: connect again");
    if (code == u"invalid_client" || code == u"unauthorized_client")
        return Text::tr("check the client id, the client secret and the client authentication method "
                        "(--auth-method post|basic|none) against the provider's app registration");
    if (code == u"invalid_scope")
        return Text::tr("check the scopes (--scopes) against what the provider allows this client");
    if (code == u"unsupported_grant_type")
        return Text::tr("the provider does not allow this flow for the client; check --flow and the app "
                        "registration");
    if (code == u"access_denied")
        return Text::tr("the authorization was denied; connect again and approve the request");
    if (code == u"expired_token")
        return Text::tr("the device code expired; start the connection again");
    if (code == u"authorization_pending" || code == u"slow_down")
        return Text::tr("the user has not approved the device yet");
    if (code == u"invalid_request")
        return Text::tr(
            "check the OAuth settings (URLs, client id, redirect URI, PKCE) against the provider's "
            "documentation");
    return Text::tr("see the provider's documentation for this error");
}

Error providerError(Endpoint endpoint, const QUrl &url, const QJsonObject &body, const QStringList &secrets) {
    // The code is provider text too: one that echoes what we sent must not carry it into the
    // message or Error::field (found by tests/fuzz/token_response:
    // corpus/token_response/finding-error-code-echoes-secret).
    const QString code = sanitizeErrorCode(redact(body.value(QStringLiteral("error")).toString(), secrets));
    const QString description = scrub(body.value(QStringLiteral("error_description")).toString(), secrets);
    const QString what = description.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, description);
    Error e = Error::external(Text::tr("the %1 %2 refused the request: %3; %4")
                                  .arg(endpointKind(endpoint), endpointLabel(url), what, hintFor(code)));
    e.field = code;
    return e;
}

Error networkError(const QString &message) {
    Error e = Error::external(message);
    e.field = networkField();
    return e;
}

QString transportReason(QNetworkReply *reply) {
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return Text::tr("the server closed the connection");
    case QNetworkReply::HostNotFoundError:
        return Text::tr("the host name was not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // setTransferTimeout; abortAll never gets here
        return Text::tr("no answer in time");
    case QNetworkReply::SslHandshakeFailedError:
        return Text::tr("the TLS handshake failed (%1)").arg(reply->errorString());
    default:
        break;
    }
    // Qt's text may quote the whole URL; keep it to host and path.
    QString reason = reply->errorString();
    reason.replace(reply->url().toString(), endpointLabel(reply->url()));
    return scrub(reason, {});
}

// An HTTP answer (status, Content-Type, body; `target` the Location of a redirect) as the JSON
// object of a success, or an Error. No network here, so tests/fuzz can feed it any bytes.
Result<QJsonObject> readAnswer(int status, const QByteArray &raw, const QString &contentType, const QUrl &url,
                               const QUrl &target, Endpoint endpoint, const QStringList &secrets) {
    const QString where = endpointLabel(url);
    if (status >= 300 && status < 400) {
        return networkError(
            Text::tr("the %1 %2 answered with a redirect (HTTP %3%4); OAuth requests are not redirected: set "
                     "%5 to the final address")
                .arg(endpointKind(endpoint), where, QString::number(status),
                     target.isEmpty() ? QString()
                                      : Text::tr(" to %1").arg(endpointLabel(url.resolved(target))),
                     endpointSetting(endpoint)));
    }
    if (status >= 500)
        return networkError(
            Text::tr("the %1 %2 failed with HTTP %3; the provider has a problem, try again later")
                .arg(endpointKind(endpoint), where, QString::number(status)));

    QJsonObject body;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    bool parsed = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (parsed) {
        body = doc.object();
    } else if (contentType.startsWith(QStringLiteral("application/x-www-form-urlencoded"))) {
        // GitHub's default answer when a client forgets Accept: application/json.
        for (const QByteArray &pair : raw.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            QByteArray key = pair.first(eq), value = pair.sliced(eq + 1);
            body.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key.replace('+', ' '))),
                        QString::fromUtf8(QByteArray::fromPercentEncoding(value.replace('+', ' '))));
        }
        parsed = !body.isEmpty();
    }

    // A JSON error is the provider speaking, whatever the status: GitHub answers errors with 200.
    if (parsed && body.value(QStringLiteral("error")).isString() &&
        !body.value(QStringLiteral("error")).toString().isEmpty() &&
        !body.contains(QStringLiteral("access_token")))
        return providerError(endpoint, url, body, secrets);

    if (status >= 200 && status < 300) {
        // RFC 7009 §2.2: the revocation answer has no body.
        if (endpoint == Endpoint::Revocation)
            return QJsonObject();
        if (!parsed)
            return networkError(
                Text::tr("the %1 %2 answered HTTP %3 without a JSON object; check that %4 is the "
                         "provider's OAuth endpoint")
                    .arg(endpointKind(endpoint), where, QString::number(status), endpointSetting(endpoint)));
        return body;
    }
    if (status == 401) {
        // RFC 6749 §5.2 allows a bare 401 with WWW-Authenticate for a failed client login.
        Error e = Error::external(
            Text::tr("the %1 %2 rejected the client credentials (HTTP 401); %3")
                .arg(endpointKind(endpoint), where, hintFor(QStringLiteral("invalid_client"))));
        e.field = QStringLiteral("invalid_client");
        return e;
    }
    return networkError(
        Text::tr("the %1 %2 answered HTTP %3 without an OAuth error; check that %4 is the "
                 "provider's OAuth endpoint")
            .arg(endpointKind(endpoint), where, QString::number(status), endpointSetting(endpoint)));
}

// Turns a finished reply into the JSON object of a success, or an Error.
Result<QJsonObject> readReply(QNetworkReply *reply, Endpoint endpoint, const QStringList &secrets) {
    const QUrl url = reply->url();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid())
        return networkError(Text::tr("could not reach the %1 %2: %3; check the URL (%4) and the network, "
                                     "then try again")
                                .arg(endpointKind(endpoint), endpointLabel(url), transportReason(reply),
                                     endpointSetting(endpoint)));
    return readAnswer(
        statusAttr.toInt(), reply->readAll(), reply->header(QNetworkRequest::ContentTypeHeader).toString(),
        url, reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl(), endpoint, secrets);
}

// A number or a numeric string (some providers quote expires_in).
std::optional<qint64> readSeconds(const QJsonValue &v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d < 1e12)
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok && n >= 0)
            return n;
    }
    return std::nullopt;
}

Result<TokenResponse> parseTokenResponse(const QJsonObject &body, const QUrl &url) {
    const auto malformed = [&](const QString &what) {
        return networkError(
            Text::tr("the token endpoint %1 answered without a usable %2; check that token_url "
                     "is the provider's token endpoint")
                .arg(endpointLabel(url), what));
    };
    TokenResponse r;
    const QJsonValue access = body.value(QStringLiteral("access_token"));
    if (!access.isString() || access.toString().isEmpty())
        return malformed(QStringLiteral("access_token"));
    r.accessToken = access.toString();

    // RFC 6749 §5.1 makes token_type required, but some vendors leave it out and mean Bearer;
    // refusing their tokens would help nobody. The scheme is case-insensitive (RFC 6750 §1.1
    // via RFC 9110 §11.1), so "bearer" is written the usual way.
    const QJsonValue type = body.value(QStringLiteral("token_type"));
    if (!type.isUndefined() && !type.isNull() && !type.isString())
        return malformed(QStringLiteral("token_type"));
    r.tokenType = type.toString().trimmed();
    if (r.tokenType.isEmpty() || r.tokenType.compare(QStringLiteral("bearer"), Qt::CaseInsensitive) == 0)
        r.tokenType = QStringLiteral("Bearer");

    // An unreadable expires_in is an unknown expiry, which refresh handles by age (ARCHITECTURE.md §5).
    r.expiresIn = readSeconds(body.value(QStringLiteral("expires_in")));

    const QJsonValue refresh = body.value(QStringLiteral("refresh_token"));
    if (refresh.isString())
        r.refreshToken = refresh.toString();

    const QJsonValue scope = body.value(QStringLiteral("scope"));
    if (scope.isString()) {
        r.scope = scope.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    } else if (scope.isArray()) { // not RFC 6749, but seen in the wild
        QStringList scopes;
        for (const auto &s : scope.toArray()) {
            if (s.isString() && !s.toString().isEmpty())
                scopes << s.toString();
        }
        r.scope = scopes;
    }
    return r;
}

Result<DeviceAuthorization> parseDeviceAuthorization(const QJsonObject &body, const QUrl &url) {
    const auto malformed = [&](const QString &what) {
        return networkError(
            Text::tr("the device authorization endpoint %1 answered without a usable %2; check "
                     "that device_authorization_url is the provider's device endpoint")
                .arg(endpointLabel(url), what));
    };
    DeviceAuthorization d;
    d.deviceCode = body.value(QStringLiteral("device_code")).toString();
    if (d.deviceCode.isEmpty())
        return malformed(QStringLiteral("device_code"));
    d.userCode = body.value(QStringLiteral("user_code")).toString();
    if (d.userCode.isEmpty())
        return malformed(QStringLiteral("user_code"));
    // Google spells it verification_url.
    d.verificationUri = body.value(QStringLiteral("verification_uri")).toString();
    if (d.verificationUri.isEmpty())
        d.verificationUri = body.value(QStringLiteral("verification_url")).toString();
    if (d.verificationUri.isEmpty())
        return malformed(QStringLiteral("verification_uri"));
    d.verificationUriComplete = body.value(QStringLiteral("verification_uri_complete")).toString();
    // Required by RFC 8628 §3.2; without it, assume the RFC's example lifetime of 30 minutes.
    d.expiresIn =
        int(qMin<qint64>(readSeconds(body.value(QStringLiteral("expires_in"))).value_or(1800), 86400));
    const auto interval = readSeconds(body.value(QStringLiteral("interval")));
    d.interval = interval && *interval > 0 ? int(qMin<qint64>(*interval, 300)) : 5;
    return d;
}

// RFC 6749 §2.3.1: Basic sends client_id:client_secret, each form-urlencoded first; Post puts
// both in the body; None (a public client) sends only client_id. `clientIdInBody` adds the
// client_id to the body for Basic too (RFC 8628 requests name the client in the body).
void addClientAuth(const ResolvedOAuth &oauth, Form &form, QNetworkRequest &request,
                   bool clientIdInBody = false) {
    const OAuthSettings &s = oauth.settings;
    switch (s.authMethod) {
    case ClientAuthMethod::Basic: {
        const QByteArray credentials = formEncode(s.clientId) + ':' + formEncode(oauth.clientSecret);
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        if (clientIdInBody)
            form.append({QStringLiteral("client_id"), s.clientId});
        break;
    }
    case ClientAuthMethod::Post:
        form.append({QStringLiteral("client_id"), s.clientId});
        if (!oauth.clientSecret.isEmpty())
            form.append({QStringLiteral("client_secret"), oauth.clientSecret});
        break;
    case ClientAuthMethod::None:
        form.append({QStringLiteral("client_id"), s.clientId});
        break;
    }
}

} // namespace

TokenClient::TokenClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this)) {
    // Credentials never travel to a redirect target (see the sequence above).
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TokenClient::~TokenClient() {
    abortAll();
}

void TokenClient::setTimeout(int milliseconds) {
    m_timeout = milliseconds;
}

QUrl TokenClient::authorizationUrl(const ResolvedOAuth &oauth, const QString &redirectUri,
                                   const QByteArray &state, const QByteArray &codeChallenge) {
    const OAuthSettings &s = oauth.settings;
    Form form{{QStringLiteral("response_type"), QStringLiteral("code")},
              {QStringLiteral("client_id"), s.clientId},
              {QStringLiteral("redirect_uri"), redirectUri}};
    if (!s.scopes.isEmpty())
        form.append({QStringLiteral("scope"), s.scopes.join(QLatin1Char(' '))});
    form.append({QStringLiteral("state"), QString::fromLatin1(state)});
    if (!codeChallenge.isEmpty()) {
        form.append({QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge)});
        form.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
    }
    if (!s.audience.isEmpty())
        form.append({QStringLiteral("audience"), s.audience});
    for (const auto &param : s.extraParams)
        form.append({param.first, param.second});

    // A query already in the authorize URL (a tenant's policy, say) stays in front.
    QUrl url(s.authorizeUrl);
    const QString existing = url.query(QUrl::FullyEncoded);
    const QString added = QString::fromLatin1(encodeForm(form));
    url.setQuery(existing.isEmpty() ? added : existing + QLatin1Char('&') + added, QUrl::StrictMode);
    return url;
}

namespace {

// Calls `done(result)` from the event loop, outside any signal of a reply or socket: the
// callback may delete the client, and with it the network manager and its replies, which must
// not happen while a reply is still emitting. The timer is a child of the manager, so abortAll()
// and the client's destruction cancel the call.
void deliverLater(TokenClient *self, QNetworkAccessManager *nam, Result<QJsonObject> result,
                  std::function<void(Result<QJsonObject>)> done) {
    auto *deferred = new QTimer(nam);
    deferred->setObjectName(deferredName());
    deferred->setSingleShot(true);
    QObject::connect(deferred, &QTimer::timeout, self,
                     [deferred, result = std::move(result), done = std::move(done)]() mutable {
                         // Not abortAll()'s to drop any more; gone once the callback returns.
                         deferred->setObjectName({});
                         deferred->deleteLater();
                         // Locals only from here on: the callback may delete the client, which
                         // deletes this functor.
                         auto callback = std::move(done);
                         auto value = std::move(result);
                         callback(std::move(value));
                     });
    deferred->start(0);
}

// The one place a request is sent. `secrets` are the values of this request that must never
// reach a message, even when the provider echoes them back.
void sendForm(TokenClient *self, QNetworkAccessManager *nam, int timeout, Endpoint endpoint,
              const QString &urlText, QNetworkRequest request, const Form &form, const QStringList &secrets,
              std::function<void(Result<QJsonObject>)> done) {
    const QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty() || !url.isValid() || url.isRelative()) {
        const Error error = Error::invalid(
            urlText.isEmpty() ? Text::tr("no %1 is set; set %2 in the OAuth settings")
                                    .arg(endpointKind(endpoint), endpointSetting(endpoint))
                              : Text::tr("the %1 URL is not valid; check %2 in the OAuth settings")
                                    .arg(endpointKind(endpoint), endpointSetting(endpoint)),
            endpointSetting(endpoint));
        // Like every other outcome, never from inside the call.
        deliverLater(self, nam, error, std::move(done));
        return;
    }
    request.setUrl(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    // GitHub answers form-encoded without it.
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(timeout);

    QNetworkReply *reply = nam->post(request, encodeForm(form));
    QObject::connect(reply, &QNetworkReply::finished, self,
                     [self, nam, reply, endpoint, secrets, done = std::move(done)]() mutable {
                         reply->deleteLater();
                         deliverLater(self, nam, readReply(reply, endpoint, secrets), std::move(done));
                     });
}

} // namespace

Result<TokenResponse> readTokenAnswer(int status, const QByteArray &body, const QString &contentType,
                                      const QUrl &url, const QStringList &secrets) {
    auto r = readAnswer(status, body, contentType, url, QUrl(), Endpoint::Token, secrets);
    return r ? parseTokenResponse(*r, url) : Result<TokenResponse>(r.error());
}

Result<DeviceAuthorization> readDeviceAuthorizationAnswer(int status, const QByteArray &body,
                                                          const QString &contentType, const QUrl &url,
                                                          const QStringList &secrets) {
    auto r = readAnswer(status, body, contentType, url, QUrl(), Endpoint::DeviceAuthorization, secrets);
    return r ? parseDeviceAuthorization(*r, url) : Result<DeviceAuthorization>(r.error());
}

void TokenClient::exchangeCode(const ResolvedOAuth &oauth, const QString &code, const QString &redirectUri,
                               const QByteArray &codeVerifier, Callback<TokenResponse> done) {
    Form form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
              {QStringLiteral("code"), code},
              {QStringLiteral("redirect_uri"), redirectUri}};
    if (!codeVerifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)});
    if (!oauth.settings.scopes.isEmpty())
        form.append({QStringLiteral("scope"), oauth.settings.scopes.join(QLatin1Char(' '))});
    QNetworkRequest request;
    addClientAuth(oauth, form, request);
    const QUrl url(oauth.settings.tokenUrl);
    sendForm(this, m_nam, m_timeout, Endpoint::Token, oauth.settings.tokenUrl, request, form,
             {code, QString::fromLatin1(codeVerifier), oauth.clientSecret},
             [url, done = std::move(done)](Result<QJsonObject> r) {
                 done(r ? parseTokenResponse(*r, url) : Result<TokenResponse>(r.error()));
             });
}

void TokenClient::refresh(const ResolvedOAuth &oauth, const QString &refreshToken,
                          const QStringList &grantedScopes, Callback<TokenResponse> done) {
    Form form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
              {QStringLiteral("refresh_token"), refreshToken}};
    if (!grantedScopes.isEmpty())
        form.append({QStringLiteral("scope"), grantedScopes.join(QLatin1Char(' '))});
    QNetworkRequest request;
    addClientAuth(oauth, form, request);
    const QUrl url(oauth.settings.tokenUrl);
    sendForm(this, m_nam, m_timeout, Endpoint::Token, oauth.settings.tokenUrl, request, form,
             {refreshToken, oauth.clientSecret}, [url, done = std::move(done)](Result<QJsonObject> r) {
                 done(r ? parseTokenResponse(*r, url) : Result<TokenResponse>(r.error()));
             });
}

void TokenClient::clientCredentials(const ResolvedOAuth &oauth, Callback<TokenResponse> done) {
    Form form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!oauth.settings.scopes.isEmpty())
        form.append({QStringLiteral("scope"), oauth.settings.scopes.join(QLatin1Char(' '))});
    if (!oauth.settings.audience.isEmpty())
        form.append({QStringLiteral("audience"), oauth.settings.audience});
    QNetworkRequest request;
    addClientAuth(oauth, form, request);
    const QUrl url(oauth.settings.tokenUrl);
    sendForm(this, m_nam, m_timeout, Endpoint::Token, oauth.settings.tokenUrl, request, form,
             {oauth.clientSecret}, [url, done = std::move(done)](Result<QJsonObject> r) {
                 done(r ? parseTokenResponse(*r, url) : Result<TokenResponse>(r.error()));
             });
}

void TokenClient::deviceAuthorization(const ResolvedOAuth &oauth, Callback<DeviceAuthorization> done) {
    Form form;
    QNetworkRequest request;
    addClientAuth(oauth, form, request, true);
    if (!oauth.settings.scopes.isEmpty())
        form.append({QStringLiteral("scope"), oauth.settings.scopes.join(QLatin1Char(' '))});
    if (!oauth.settings.audience.isEmpty())
        form.append({QStringLiteral("audience"), oauth.settings.audience});
    const QUrl url(oauth.settings.deviceAuthorizationUrl);
    sendForm(this, m_nam, m_timeout, Endpoint::DeviceAuthorization, oauth.settings.deviceAuthorizationUrl,
             request, form, {oauth.clientSecret}, [url, done = std::move(done)](Result<QJsonObject> r) {
                 done(r ? parseDeviceAuthorization(*r, url) : Result<DeviceAuthorization>(r.error()));
             });
}

void TokenClient::pollDeviceToken(const ResolvedOAuth &oauth, const QString &deviceCode,
                                  Callback<TokenResponse> done) {
    Form form{{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
              {QStringLiteral("device_code"), deviceCode}};
    QNetworkRequest request;
    addClientAuth(oauth, form, request, true);
    const QUrl url(oauth.settings.tokenUrl);
    sendForm(this, m_nam, m_timeout, Endpoint::Token, oauth.settings.tokenUrl, request, form,
             {deviceCode, oauth.clientSecret}, [url, done = std::move(done)](Result<QJsonObject> r) {
                 done(r ? parseTokenResponse(*r, url) : Result<TokenResponse>(r.error()));
             });
}

void TokenClient::revoke(const ResolvedOAuth &oauth, const QString &token, const QString &hint,
                         Callback<bool> done) {
    Form form{{QStringLiteral("token"), token}};
    if (!hint.isEmpty())
        form.append({QStringLiteral("token_type_hint"), hint});
    QNetworkRequest request;
    addClientAuth(oauth, form, request);
    // RFC 7009 §2.2: 200 also for a token the server does not know (already revoked or expired).
    sendForm(this, m_nam, m_timeout, Endpoint::Revocation, oauth.settings.revokeUrl, request, form,
             {token, oauth.clientSecret}, [done = std::move(done)](Result<QJsonObject> r) {
                 done(r ? Result<bool>(true) : Result<bool>(r.error()));
             });
}

void TokenClient::abortAll() {
    const auto children = m_nam->children();
    for (QObject *child : children) {
        if (auto *reply = qobject_cast<QNetworkReply *>(child)) {
            // Disconnected first: abort() emits finished, which must not reach a callback.
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        } else if (child->objectName() == deferredName()) {
            delete child;
        }
    }
}

} // namespace bifrost::oauth
