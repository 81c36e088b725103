// The token client against the real authorization server (oidc-provider, tests/support/oauth):
// the authorization URL, the code flow through our loopback listener and the browser driver for
// public and confidential clients, refresh with and without rotation, scope on refresh, client
// credentials, the device flow, revocation, and provider and transport errors. A canned HTTP
// server stands in only for answers the real server never gives (5xx, redirects, vendor quirks,
// a server that never answers).
#include "oauth/loopbacklistener.h"
#include "oauth/pkce.h"
#include "oauth/tokenclient.h"
#include "oauthtestserver.h"
#include "oauthtestsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace bifrost;
using namespace bifrost::oauth;

// Error messages never carry secret values, so printing them on a failure is safe.
#define REQUIRE_OK(result)                                                                                   \
    do {                                                                                                     \
        const auto &r_ = (result);                                                                           \
        QVERIFY2(r_.has_value(), "no callback in time");                                                     \
        QVERIFY2(r_->ok(), r_->ok() ? "" : qPrintable(r_->error().message));                                 \
    } while (false)

#define REQUIRE_FIELD(result, expectedField)                                                                 \
    do {                                                                                                     \
        const auto &r_ = (result);                                                                           \
        QVERIFY2(r_.has_value(), "no callback in time");                                                     \
        QVERIFY2(!r_->ok(), "expected an error, the call succeeded");                                        \
        QCOMPARE(r_->error().code, ErrorCode::External);                                                     \
        QVERIFY2(r_->error().field == (expectedField), qPrintable(r_->error().message));                     \
    } while (false)

namespace {

int g_extraCallbacks = 0;

// Runs one asynchronous call to its callback (or `timeoutMs`) on a local event loop.
template <typename T, typename Start>
std::optional<Result<T>> await(TokenClient &client, Start start, int timeoutMs = 40000) {
    struct Outcome {
        std::optional<Result<T>> result;
        int calls = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    start([outcome](Result<T> r) {
        if (++outcome->calls > 1)
            ++g_extraCallbacks;
        outcome->result.emplace(std::move(r));
    });
    if (!QTest::qWaitFor([&] { return outcome->result.has_value(); }, timeoutMs))
        client.abortAll();
    return outcome->result;
}

ResolvedOAuth oauthFor(const OAuthTestServer &server, const QString &clientId, ClientAuthMethod method,
                       const QString &secret = {},
                       const QStringList &scopes = {QStringLiteral("openid"), QStringLiteral("api:read")}) {
    ResolvedOAuth o;
    o.settings = oauthTestSettings(server, clientId, OAuthFlow::AuthorizationCode, method, scopes);
    o.settings.integrationId = QStringLiteral("it");
    o.settings.hasClientSecret = !secret.isEmpty();
    o.clientSecret = secret;
    return o;
}

// A stand-in HTTP server for answers the real authorization server never gives: it answers every
// request with `response` (or never, when empty) and keeps what it received.
class CannedServer : public QObject {
public:
    QByteArray response;
    QList<QByteArray> requests;

    bool start() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->first(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests << *buffer;
                    buffer->clear();
                    if (!response.isEmpty()) {
                        socket->write(response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString &path) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    // A complete HTTP answer with a JSON (or other) body.
    static QByteArray answer(int status, const QByteArray &body,
                             const QByteArray &contentType = "application/json",
                             const QByteArray &extra = {}) {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra +
               "Connection: close\r\n\r\n" + body;
    }

private:
    QTcpServer m_server;
};

ResolvedOAuth oauthForCanned(const CannedServer &canned, ClientAuthMethod method = ClientAuthMethod::Post) {
    ResolvedOAuth o;
    o.settings.tokenUrl = canned.url(QStringLiteral("/oauth/token?tenant=t1"));
    o.settings.revokeUrl = canned.url(QStringLiteral("/oauth/revoke"));
    o.settings.deviceAuthorizationUrl = canned.url(QStringLiteral("/oauth/device"));
    o.settings.clientId = QStringLiteral("client id/ü");
    o.settings.authMethod = method;
    o.clientSecret = QStringLiteral("s3cr:et+&=value");
    o.settings.scopes = {QStringLiteral("a"), QStringLiteral("b")};
    return o;
}

QByteArray bodyOf(const QByteArray &request) {
    return request.mid(request.indexOf("\r\n\r\n") + 4);
}

QUrlQuery formOf(const QByteArray &request) {
    QByteArray body = bodyOf(request);
    return QUrlQuery(QString::fromLatin1(body.replace('+', ' ')));
}

} // namespace

class TestTokenClient : public QObject {
    Q_OBJECT

    OAuthTestServer m_server;

    // The whole authorization-code flow: our listener, the browser driver, the code exchange.
    std::optional<Result<TokenResponse>> codeFlow(TokenClient &client, const ResolvedOAuth &oauth, bool pkce,
                                                  const QString &host = QStringLiteral("127.0.0.1")) {
        LoopbackListener listener;
        const QByteArray state = randomToken();
        const Result<void> listening = listener.listen(host, 0, QStringLiteral("/callback"), state);
        if (!listening)
            return Result<TokenResponse>(listening.error());
        const Pkce p = makePkce();
        const QUrl url = TokenClient::authorizationUrl(oauth, listener.redirectUri(), state,
                                                       pkce ? p.challenge : QByteArray());
        QString code;
        connect(&listener, &LoopbackListener::codeReceived, this, [&](const QString &c) { code = c; });
        QByteArray page;
        const int exitCode = runBrowser(url.toString(QUrl::FullyEncoded), {}, &page);
        (void)QTest::qWaitFor([&] { return !code.isEmpty(); }, 5000); // signalled from the event loop
        if (exitCode != 0 || code.isEmpty())
            return Result<TokenResponse>(Error::internal(QStringLiteral("browser driver exit %1, page: %2")
                                                             .arg(exitCode)
                                                             .arg(QString::fromUtf8(page.left(300)))));
        return await<TokenResponse>(client, [&](auto done) {
            client.exchangeCode(oauth, code, listener.redirectUri(), pkce ? p.verifier : QByteArray(), done);
        });
    }

    QJsonObject lastTokenRequest() const {
        return m_server.stats().value(QStringLiteral("last_token_request")).toObject();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), "the OAuth test server did not start (run `npm ci` in tests/)");
    }
    void init() {
        m_server.reset();
        g_extraCallbacks = 0;
    }
    void cleanup() { QCOMPARE(g_extraCallbacks, 0); }

    // RFC 7636 Appendix B.
    void pkceTestVector() {
        QCOMPARE(s256Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce p = makePkce();
        QCOMPARE(p.verifier.size(), 43);
        QCOMPARE(p.challenge, s256Challenge(p.verifier));
        QVERIFY(makePkce().verifier != p.verifier);
        QCOMPARE(randomToken(16).size(), 22);
        for (char c : randomToken(64))
            QVERIFY(std::isalnum(uchar(c)) || c == '-' || c == '_');
    }

    void authorizationUrlCarriesEverything() {
        ResolvedOAuth o;
        o.settings.authorizeUrl =
            QStringLiteral("https://login.example.com/t1/oauth2/v2.0/authorize?prompt=select_account");
        o.settings.clientId = QStringLiteral("my client");
        o.settings.scopes = {QStringLiteral("openid"),
                             QStringLiteral("https://graph.microsoft.com/.default")};
        o.settings.audience = QStringLiteral("https://api.example.com");
        o.settings.extraParams = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                                  {QStringLiteral("odd"), QStringLiteral("a+b&c=d e#f")}};
        const QUrl url = TokenClient::authorizationUrl(o, QStringLiteral("http://127.0.0.1:5000/callback"),
                                                       "st-1", "challenge-1");
        QCOMPARE(url.host(), QStringLiteral("login.example.com"));
        QCOMPARE(url.path(), QStringLiteral("/t1/oauth2/v2.0/authorize"));
        const QString query = url.query(QUrl::FullyEncoded);
        QVERIFY2(query.contains(QStringLiteral("odd=a%2Bb%26c%3Dd%20e%23f")), qPrintable(query));
        QVERIFY2(
            query.contains(QStringLiteral("scope=openid%20https%3A%2F%2Fgraph.microsoft.com%2F.default")),
            qPrintable(query));

        QList<std::pair<QString, QString>> items;
        for (const QString &pair : query.split(QLatin1Char('&'))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            items.append({pair.left(eq), QUrl::fromPercentEncoding(pair.mid(eq + 1).toLatin1())});
        }
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("prompt"), QStringLiteral("select_account")},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), QStringLiteral("my client")},
            {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5000/callback")},
            {QStringLiteral("scope"), QStringLiteral("openid https://graph.microsoft.com/.default")},
            {QStringLiteral("state"), QStringLiteral("st-1")},
            {QStringLiteral("code_challenge"), QStringLiteral("challenge-1")},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
            {QStringLiteral("audience"), QStringLiteral("https://api.example.com")},
            {QStringLiteral("access_type"), QStringLiteral("offline")},
            {QStringLiteral("odd"), QStringLiteral("a+b&c=d e#f")},
        };
        QCOMPARE(items, expected);

        // No scopes, no PKCE, no audience: those parameters are left out.
        o.settings.scopes.clear();
        o.settings.audience.clear();
        o.settings.extraParams.clear();
        o.settings.authorizeUrl = QStringLiteral("https://login.example.com/authorize");
        const QUrlQuery bare(
            TokenClient::authorizationUrl(o, QStringLiteral("http://127.0.0.1/cb"), "st", QByteArray()));
        QVERIFY(!bare.hasQueryItem(QStringLiteral("scope")));
        QVERIFY(!bare.hasQueryItem(QStringLiteral("code_challenge")));
        QVERIFY(!bare.hasQueryItem(QStringLiteral("code_challenge_method")));
        QVERIFY(!bare.hasQueryItem(QStringLiteral("audience")));
        QCOMPARE(bare.queryItems().size(), 4);
    }

    void codeFlow_data() {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("pkce");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("clientAuth"); // as the server saw it

        const QString loopback = QStringLiteral("127.0.0.1");
        QTest::newRow("public + PKCE") << QStringLiteral("native-pkce") << int(ClientAuthMethod::None)
                                       << QString() << true << loopback << QStringLiteral("none");
        QTest::newRow("public + PKCE via localhost")
            << QStringLiteral("native-pkce") << int(ClientAuthMethod::None) << QString() << true
            << QStringLiteral("localhost") << QStringLiteral("none");
        QTest::newRow("client_secret_basic")
            << QStringLiteral("web-basic") << int(ClientAuthMethod::Basic) << QStringLiteral("basic-secret")
            << true << loopback << QStringLiteral("basic");
        QTest::newRow("client_secret_post")
            << QStringLiteral("web-post") << int(ClientAuthMethod::Post) << QStringLiteral("post-secret")
            << true << loopback << QStringLiteral("post");
        QTest::newRow("client_secret_post, no PKCE")
            << QStringLiteral("web-post") << int(ClientAuthMethod::Post) << QStringLiteral("post-secret")
            << false << loopback << QStringLiteral("post");
    }

    void codeFlow() {
        QFETCH(QString, clientId);
        QFETCH(int, method);
        QFETCH(QString, secret);
        QFETCH(bool, pkce);
        QFETCH(QString, host);
        QFETCH(QString, clientAuth);
        TokenClient client;
        const ResolvedOAuth oauth = oauthFor(m_server, clientId, ClientAuthMethod(method), secret);
        const auto tokens = codeFlow(client, oauth, pkce, host);
        REQUIRE_OK(tokens);
        const TokenResponse &t = tokens->value();
        QVERIFY(!t.accessToken.isEmpty());
        QCOMPARE(t.tokenType, QStringLiteral("Bearer"));
        QVERIFY(t.expiresIn.has_value());
        QVERIFY(*t.expiresIn > 3000 && *t.expiresIn <= 3600);
        QVERIFY(!t.refreshToken.isEmpty());
        QVERIFY(t.scope.has_value());
        QVERIFY(t.scope->contains(QStringLiteral("api:read")));

        const QJsonObject last = lastTokenRequest();
        QCOMPARE(last.value(QStringLiteral("grant_type")).toString(), QStringLiteral("authorization_code"));
        QCOMPARE(last.value(QStringLiteral("client_auth")).toString(), clientAuth);
        QCOMPARE(last.value(QStringLiteral("code_verifier_present")).toBool(), pkce);
        // The scope rides along on the exchange (some providers need it there).
        QCOMPARE(last.value(QStringLiteral("scope")).toString(), QStringLiteral("openid api:read"));
        QCOMPARE(last.value(QStringLiteral("status")).toInt(), 200);
    }

    void codeFlowWithWrongVerifierFails() {
        TokenClient client;
        const ResolvedOAuth oauth = oauthFor(m_server, QStringLiteral("native-pkce"), ClientAuthMethod::None);
        LoopbackListener listener;
        const QByteArray state = randomToken();
        QVERIFY(listener.listen(QStringLiteral("127.0.0.1"), 0, QStringLiteral("/callback"), state).ok());
        QString code;
        connect(&listener, &LoopbackListener::codeReceived, this, [&](const QString &c) { code = c; });
        QCOMPARE(runBrowser(
                     TokenClient::authorizationUrl(oauth, listener.redirectUri(), state, makePkce().challenge)
                         .toString(QUrl::FullyEncoded),
                     {}, nullptr),
                 0);
        QTRY_VERIFY(!code.isEmpty());
        const QByteArray otherVerifier = makePkce().verifier;
        const auto r = await<TokenResponse>(client, [&](auto done) {
            client.exchangeCode(oauth, code, listener.redirectUri(), otherVerifier, done);
        });
        REQUIRE_FIELD(r, QStringLiteral("invalid_grant"));
        QVERIFY(!r->error().message.contains(code));
        QVERIFY(!r->error().message.contains(QString::fromLatin1(otherVerifier)));
    }

    void accessDeniedReachesTheListener() {
        const ResolvedOAuth oauth = oauthFor(m_server, QStringLiteral("native-pkce"), ClientAuthMethod::None);
        LoopbackListener listener;
        const QByteArray state = randomToken();
        QVERIFY(listener.listen(QStringLiteral("127.0.0.1"), 0, QStringLiteral("/callback"), state).ok());
        QSignalSpy errors(&listener, &LoopbackListener::errorReceived);
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        QByteArray page;
        const QUrl url =
            TokenClient::authorizationUrl(oauth, listener.redirectUri(), state, makePkce().challenge);
        QCOMPARE(runBrowser(url.toString(QUrl::FullyEncoded), {QStringLiteral("--deny")}, &page), 0);
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("access_denied"));
        QCOMPARE(codes.count(), 0);
        QVERIFY(page.startsWith("LISTENER 200"));
        QVERIFY(page.contains("Authorization failed"));
    }

    void refreshRotatesTheRefreshToken() {
        TokenClient client;
        const ResolvedOAuth oauth = oauthFor(m_server, QStringLiteral("native-pkce"), ClientAuthMethod::None);
        const auto first = codeFlow(client, oauth, true);
        REQUIRE_OK(first);
        const QStringList granted = first->value().scope.value_or(QStringList());
        const auto second = await<TokenResponse>(
            client, [&](auto done) { client.refresh(oauth, first->value().refreshToken, granted, done); });
        REQUIRE_OK(second);
        QVERIFY(!second->value().refreshToken.isEmpty());
        QVERIFY(second->value().refreshToken != first->value().refreshToken); // rotated
        QVERIFY(second->value().accessToken != first->value().accessToken);
        QCOMPARE(lastTokenRequest().value(QStringLiteral("grant_type")).toString(),
                 QStringLiteral("refresh_token"));
        QCOMPARE(lastTokenRequest().value(QStringLiteral("client_auth")).toString(), QStringLiteral("none"));

        // The rotated-away token is spent: using it again is invalid_grant (and the message does
        // not repeat it).
        const auto replay = await<TokenResponse>(
            client, [&](auto done) { client.refresh(oauth, first->value().refreshToken, granted, done); });
        REQUIRE_FIELD(replay, QStringLiteral("invalid_grant"));
        QVERIFY(!replay->error().message.contains(first->value().refreshToken));
    }

    void refreshWithoutRotationKeepsTheRefreshToken() {
        TokenClient client;
        const ResolvedOAuth oauth =
            oauthFor(m_server, QStringLiteral("native-norotate"), ClientAuthMethod::None);
        const auto first = codeFlow(client, oauth, true);
        REQUIRE_OK(first);
        QString refreshToken = first->value().refreshToken;
        for (int i = 0; i < 2; ++i) {
            const auto next = await<TokenResponse>(client, [&](auto done) {
                client.refresh(oauth, refreshToken, first->value().scope.value_or(QStringList()), done);
            });
            REQUIRE_OK(next);
            // oidc-provider answers a refresh without rotation with the same refresh token
            // (lib/actions/grants/refresh_token.js keeps refreshTokenValue); other providers leave
            // it out, which TokenResponse reports as empty and callers treat as "keep the old one".
            QVERIFY(next->value().refreshToken == refreshToken);
            QVERIFY(next->value().accessToken != first->value().accessToken);
        }
        QCOMPARE(m_server.stats()
                     .value(QStringLiteral("token"))
                     .toObject()
                     .value(QStringLiteral("refresh_token"))
                     .toInt(),
                 2);
    }

    void refreshSendsTheGrantedScope() {
        TokenClient client;
        const ResolvedOAuth oauth = oauthFor(
            m_server, QStringLiteral("web-basic"), ClientAuthMethod::Basic, QStringLiteral("basic-secret"),
            {QStringLiteral("openid"), QStringLiteral("api:read"), QStringLiteral("api:write")});
        const auto first = codeFlow(client, oauth, true);
        REQUIRE_OK(first);
        QVERIFY(first->value().scope.has_value());
        QVERIFY(first->value().scope->contains(QStringLiteral("api:write")));

        // Narrowed to part of the grant: the server issues exactly that.
        const auto narrowed = await<TokenResponse>(client, [&](auto done) {
            client.refresh(oauth, first->value().refreshToken, {QStringLiteral("api:read")}, done);
        });
        REQUIRE_OK(narrowed);
        QCOMPARE(lastTokenRequest().value(QStringLiteral("scope")).toString(), QStringLiteral("api:read"));
        QCOMPARE(lastTokenRequest().value(QStringLiteral("client_auth")).toString(), QStringLiteral("basic"));
        QCOMPARE(narrowed->value().scope.value_or(QStringList()), QStringList{QStringLiteral("api:read")});

        // More than the grant is refused (RFC 6749 §6), which is why we send the granted scope.
        const auto widened = await<TokenResponse>(client, [&](auto done) {
            client.refresh(oauth, narrowed->value().refreshToken,
                           {QStringLiteral("api:read"), QStringLiteral("offline_access")}, done);
        });
        REQUIRE_FIELD(widened, QStringLiteral("invalid_scope"));
        QVERIFY(widened->error().message.contains(QStringLiteral("invalid_scope")));

        // No scope at all: the server applies the whole grant.
        const auto whole = await<TokenResponse>(
            client, [&](auto done) { client.refresh(oauth, narrowed->value().refreshToken, {}, done); });
        REQUIRE_OK(whole);
        QVERIFY(lastTokenRequest().value(QStringLiteral("scope")).isNull());
    }

    void clientCredentials_data() {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("clientAuth");
        QTest::newRow("basic") << QStringLiteral("service") << int(ClientAuthMethod::Basic)
                               << QStringLiteral("service-secret") << QStringLiteral("basic");
        QTest::newRow("post") << QStringLiteral("service-post") << int(ClientAuthMethod::Post)
                              << QStringLiteral("service-post-secret") << QStringLiteral("post");
    }

    void clientCredentials() {
        QFETCH(QString, clientId);
        QFETCH(int, method);
        QFETCH(QString, secret);
        QFETCH(QString, clientAuth);
        TokenClient client;
        const ResolvedOAuth oauth = oauthFor(m_server, clientId, ClientAuthMethod(method), secret,
                                             {QStringLiteral("api:read"), QStringLiteral("api:write")});
        const auto r =
            await<TokenResponse>(client, [&](auto done) { client.clientCredentials(oauth, done); });
        REQUIRE_OK(r);
        QVERIFY(!r->value().accessToken.isEmpty());
        QCOMPARE(r->value().tokenType, QStringLiteral("Bearer"));
        QVERIFY(r->value().expiresIn.has_value());
        QVERIFY(r->value().refreshToken.isEmpty());
        QCOMPARE(r->value().scope.value_or(QStringList()),
                 (QStringList{QStringLiteral("api:read"), QStringLiteral("api:write")}));
        const QJsonObject last = lastTokenRequest();
        QCOMPARE(last.value(QStringLiteral("grant_type")).toString(), QStringLiteral("client_credentials"));
        QCOMPARE(last.value(QStringLiteral("client_auth")).toString(), clientAuth);
        QCOMPARE(last.value(QStringLiteral("scope")).toString(), QStringLiteral("api:read api:write"));
    }

    void wrongClientSecretIsInvalidClient_data() {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<int>("method");
        QTest::newRow("basic") << QStringLiteral("service") << int(ClientAuthMethod::Basic);
        QTest::newRow("post") << QStringLiteral("service-post") << int(ClientAuthMethod::Post);
    }

    void wrongClientSecretIsInvalidClient() {
        QFETCH(QString, clientId);
        QFETCH(int, method);
        TokenClient client;
        const QString wrong = QStringLiteral("not-the-secret-4711");
        const ResolvedOAuth oauth =
            oauthFor(m_server, clientId, ClientAuthMethod(method), wrong, {QStringLiteral("api:read")});
        const auto r =
            await<TokenResponse>(client, [&](auto done) { client.clientCredentials(oauth, done); });
        REQUIRE_FIELD(r, QStringLiteral("invalid_client"));
        const QString message = r->error().message;
        QVERIFY(!message.contains(wrong));
        const QString where = QUrl(m_server.issuer()).authority() + QStringLiteral("/token");
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("client secret")), qPrintable(message)); // what to do
    }

    void deviceFlow() {
        TokenClient client;
        const ResolvedOAuth oauth = oauthFor(m_server, QStringLiteral("device"), ClientAuthMethod::None);
        const auto auth =
            await<DeviceAuthorization>(client, [&](auto done) { client.deviceAuthorization(oauth, done); });
        REQUIRE_OK(auth);
        const DeviceAuthorization &d = auth->value();
        QVERIFY(!d.deviceCode.isEmpty());
        QVERIFY(!d.userCode.isEmpty());
        QCOMPARE(d.verificationUri, m_server.url(QStringLiteral("/device")));
        QVERIFY(d.verificationUriComplete.startsWith(d.verificationUri));
        QVERIFY(d.expiresIn > 0);
        QCOMPARE(d.interval, 1); // what the test server announces
        QCOMPARE(m_server.stats().value(QStringLiteral("device_authorization")).toInt(), 1);

        const auto poll = [&] {
            return await<TokenResponse>(
                client, [&](auto done) { client.pollDeviceToken(oauth, d.deviceCode, done); });
        };
        // Before the user approves.
        const auto pending = poll();
        REQUIRE_FIELD(pending, QStringLiteral("authorization_pending"));
        QVERIFY(!pending->error().message.contains(d.deviceCode));

        // The server asks us to slow down (RFC 8628 §3.5).
        m_server.forceSlowDown(1);
        QTest::qWait(d.interval * 1000); // the protocol's polling interval
        REQUIRE_FIELD(poll(), QStringLiteral("slow_down"));

        QByteArray out;
        QCOMPARE(runDeviceBrowser(d.verificationUri, d.userCode, {}, &out), 0);
        // RFC 8628 §3.5 adds 5 s to the interval after slow_down; the test server only counts the
        // announced interval, and the browser run above took longer than that already.
        QTest::qWait(d.interval * 1000);
        const auto tokens = poll();
        REQUIRE_OK(tokens);
        QVERIFY(!tokens->value().accessToken.isEmpty());
        QVERIFY(!tokens->value().refreshToken.isEmpty());
        const QJsonObject last = lastTokenRequest();
        QCOMPARE(last.value(QStringLiteral("grant_type")).toString(),
                 QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        QCOMPARE(last.value(QStringLiteral("client_auth")).toString(), QStringLiteral("none"));

        // The device code is single use.
        REQUIRE_FIELD(poll(), QStringLiteral("invalid_grant"));
    }

    void deviceFlowDenied() {
        TokenClient client;
        const ResolvedOAuth oauth = oauthFor(m_server, QStringLiteral("device"), ClientAuthMethod::None);
        const auto auth =
            await<DeviceAuthorization>(client, [&](auto done) { client.deviceAuthorization(oauth, done); });
        REQUIRE_OK(auth);
        QCOMPARE(runDeviceBrowser(auth->value().verificationUri, auth->value().userCode,
                                  {QStringLiteral("--deny")}, nullptr),
                 0);
        const auto r = await<TokenResponse>(
            client, [&](auto done) { client.pollDeviceToken(oauth, auth->value().deviceCode, done); });
        REQUIRE_FIELD(r, QStringLiteral("access_denied"));
    }

    void revokeThenRefreshIsInvalidGrant_data() {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("clientAuth");
        QTest::newRow("public") << QStringLiteral("native-pkce") << int(ClientAuthMethod::None) << QString()
                                << QStringLiteral("none");
        QTest::newRow("basic") << QStringLiteral("web-basic") << int(ClientAuthMethod::Basic)
                               << QStringLiteral("basic-secret") << QStringLiteral("basic");
    }

    void revokeThenRefreshIsInvalidGrant() {
        QFETCH(QString, clientId);
        QFETCH(int, method);
        QFETCH(QString, secret);
        QFETCH(QString, clientAuth);
        TokenClient client;
        const ResolvedOAuth oauth = oauthFor(m_server, clientId, ClientAuthMethod(method), secret);
        const auto tokens = codeFlow(client, oauth, true);
        REQUIRE_OK(tokens);
        const QString refreshToken = tokens->value().refreshToken;

        const auto revoked = await<bool>(client, [&](auto done) {
            client.revoke(oauth, refreshToken, QStringLiteral("refresh_token"), done);
        });
        REQUIRE_OK(revoked);
        QVERIFY(revoked->value());
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(QStringLiteral("revocation")).toInt(), 1);
        const QJsonObject lastRevocation = stats.value(QStringLiteral("last_revocation_request")).toObject();
        QCOMPARE(lastRevocation.value(QStringLiteral("token_type_hint")).toString(),
                 QStringLiteral("refresh_token"));
        QCOMPARE(lastRevocation.value(QStringLiteral("client_auth")).toString(), clientAuth);

        const auto refreshed = await<TokenResponse>(client, [&](auto done) {
            client.refresh(oauth, refreshToken, tokens->value().scope.value(), done);
        });
        REQUIRE_FIELD(refreshed, QStringLiteral("invalid_grant"));
        QVERIFY(!refreshed->error().message.contains(refreshToken));
        QVERIFY(refreshed->error().message.contains(QStringLiteral("connect again")));

        // RFC 7009 §2.2: a token the server no longer knows is still a success.
        const auto again = await<bool>(client, [&](auto done) {
            client.revoke(oauth, refreshToken, QStringLiteral("refresh_token"), done);
        });
        REQUIRE_OK(again);
    }

    void revokedGrantGivesInvalidGrant() {
        TokenClient client;
        const ResolvedOAuth oauth = oauthFor(m_server, QStringLiteral("web-post"), ClientAuthMethod::Post,
                                             QStringLiteral("post-secret"));
        const auto tokens = codeFlow(client, oauth, true);
        REQUIRE_OK(tokens);
        QVERIFY(m_server.revokeGrants() >= 1);
        const auto r = await<TokenResponse>(client, [&](auto done) {
            client.refresh(oauth, tokens->value().refreshToken, tokens->value().scope.value(), done);
        });
        REQUIRE_FIELD(r, QStringLiteral("invalid_grant"));
    }

    void stoppedServerIsANetworkError() {
        OAuthTestServer gone;
        QVERIFY(gone.start());
        const ResolvedOAuth oauth = oauthFor(gone, QStringLiteral("service"), ClientAuthMethod::Basic,
                                             QStringLiteral("service-secret"));
        gone.stop();
        TokenClient client;
        const auto r =
            await<TokenResponse>(client, [&](auto done) { client.clientCredentials(oauth, done); });
        REQUIRE_FIELD(r, QStringLiteral("network"));
        QVERIFY2(r->error().message.contains(QStringLiteral("/token")), qPrintable(r->error().message));
        QVERIFY(!r->error().message.contains(QStringLiteral("service-secret")));
    }

    // Fake: a server that accepts and never answers (the real one always answers).
    void silentServerTimesOut() {
        CannedServer canned;
        QVERIFY(canned.start());
        TokenClient client;
        client.setTimeout(500);
        const auto r = await<TokenResponse>(
            client, [&](auto done) { client.clientCredentials(oauthForCanned(canned), done); }, 20000);
        REQUIRE_FIELD(r, QStringLiteral("network"));
        QVERIFY2(r->error().message.contains(QStringLiteral("no answer in time")),
                 qPrintable(r->error().message));
        QVERIFY(!r->error().message.contains(QStringLiteral("tenant=t1"))); // no query in messages
    }

    // Fake: the shapes of our requests, byte for byte (the real server only tells how it parsed them).
    void requestEncoding() {
        CannedServer canned;
        QVERIFY(canned.start());
        canned.response = CannedServer::answer(200, R"({"access_token":"at","token_type":"Bearer"})");
        TokenClient client;

        ResolvedOAuth basic = oauthForCanned(canned, ClientAuthMethod::Basic);
        REQUIRE_OK(await<TokenResponse>(client, [&](auto done) { client.clientCredentials(basic, done); }));
        QByteArray req = canned.requests.last();
        QVERIFY(req.startsWith("POST /oauth/token?tenant=t1 HTTP/1.1\r\n"));
        QVERIFY(req.contains("\r\nContent-Type: application/x-www-form-urlencoded\r\n"));
        QVERIFY(req.contains("\r\nAccept: application/json\r\n"));
        // RFC 6749 §2.3.1: both halves form-urlencoded before Base64.
        const QByteArray expectedBasic =
            QByteArray("client%20id%2F%C3%BC:s3cr%3Aet%2B%26%3Dvalue").toBase64();
        QVERIFY2(req.contains(QByteArray("\r\nAuthorization: Basic " + expectedBasic + "\r\n")),
                 "the Basic credentials differ");
        QCOMPARE(bodyOf(req), QByteArray("grant_type=client_credentials&scope=a%20b"));

        ResolvedOAuth post = oauthForCanned(canned, ClientAuthMethod::Post);
        REQUIRE_OK(await<TokenResponse>(client, [&](auto done) {
            client.refresh(post, QStringLiteral("rt+/="), {QStringLiteral("a")}, done);
        }));
        req = canned.requests.last();
        QVERIFY(!req.contains("Authorization:"));
        QCOMPARE(bodyOf(req),
                 QByteArray("grant_type=refresh_token&refresh_token=rt%2B%2F%3D&scope=a&client_id="
                            "client%20id%2F%C3%BC&client_secret=s3cr%3Aet%2B%26%3Dvalue"));

        ResolvedOAuth none = oauthForCanned(canned, ClientAuthMethod::None);
        REQUIRE_OK(await<TokenResponse>(client, [&](auto done) {
            client.exchangeCode(none, QStringLiteral("c0de"), QStringLiteral("http://127.0.0.1:1/callback"),
                                "verif", done);
        }));
        req = canned.requests.last();
        QVERIFY(!req.contains("Authorization:"));
        const QUrlQuery form = formOf(req);
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code")), QStringLiteral("c0de"));
        QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:1/callback"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code_verifier")), QStringLiteral("verif"));
        QCOMPARE(form.queryItemValue(QStringLiteral("scope")), QStringLiteral("a b"));
        QVERIFY(form.hasQueryItem(QStringLiteral("client_id")));
        QVERIFY(!form.hasQueryItem(QStringLiteral("client_secret")));

        canned.response = CannedServer::answer(200, {});
        REQUIRE_OK(await<bool>(client, [&](auto done) {
            client.revoke(basic, QStringLiteral("tok"), QStringLiteral("access_token"), done);
        }));
        req = canned.requests.last();
        QVERIFY(req.startsWith("POST /oauth/revoke HTTP/1.1\r\n"));
        QVERIFY(req.contains("Authorization: Basic "));
        QCOMPARE(bodyOf(req), QByteArray("token=tok&token_type_hint=access_token"));
    }

    // Fake: answers from providers that bend RFC 6749 §5.1, which our parser accepts on purpose.
    void vendorQuirksAreAccepted() {
        CannedServer canned;
        QVERIFY(canned.start());
        TokenClient client;
        const ResolvedOAuth o = oauthForCanned(canned);
        const auto mint = [&] {
            return await<TokenResponse>(client, [&](auto done) { client.clientCredentials(o, done); });
        };

        canned.response =
            CannedServer::answer(200, R"({"access_token":"at","expires_in":"3599","scope":"x y"})");
        auto r = mint();
        REQUIRE_OK(r);
        QCOMPARE(r->value().tokenType, QStringLiteral("Bearer")); // missing: Bearer
        QCOMPARE(r->value().expiresIn, std::optional<qint64>(3599));
        QCOMPARE(r->value().scope, std::optional<QStringList>({QStringLiteral("x"), QStringLiteral("y")}));

        canned.response = CannedServer::answer(200, R"({"access_token":"at","token_type":"bearer"})");
        r = mint();
        REQUIRE_OK(r);
        QCOMPARE(r->value().tokenType, QStringLiteral("Bearer"));
        QVERIFY(!r->value().expiresIn.has_value()); // unknown expiry
        QVERIFY(!r->value().scope.has_value());

        canned.response =
            CannedServer::answer(200, R"({"access_token":"at","token_type":"DPoP","expires_in":60.0})");
        r = mint();
        REQUIRE_OK(r);
        QCOMPARE(r->value().tokenType, QStringLiteral("DPoP"));
        QCOMPARE(r->value().expiresIn, std::optional<qint64>(60));

        // GitHub without Accept: application/json.
        canned.response = CannedServer::answer(200, "access_token=gho_x&scope=repo%2Cgist&token_type=bearer",
                                               "application/x-www-form-urlencoded; charset=utf-8");
        r = mint();
        REQUIRE_OK(r);
        QVERIFY(r->value().accessToken == QStringLiteral("gho_x"));

        // GitHub answers errors with 200.
        canned.response = CannedServer::answer(
            200,
            R"({"error":"bad_verification_code","error_description":"The code passed is incorrect or expired."})");
        r = mint();
        REQUIRE_FIELD(r, QStringLiteral("bad_verification_code"));
        QVERIFY(r->error().message.contains(QStringLiteral("incorrect or expired")));

        // Google's device answer spells verification_url.
        canned.response = CannedServer::answer(
            200,
            R"({"device_code":"dc","user_code":"ABCD-EFGH","verification_url":"https://www.google.com/device",)"
            R"("expires_in":1800,"interval":5})");
        const auto d =
            await<DeviceAuthorization>(client, [&](auto done) { client.deviceAuthorization(o, done); });
        REQUIRE_OK(d);
        QCOMPARE(d->value().verificationUri, QStringLiteral("https://www.google.com/device"));
        QCOMPARE(d->value().interval, 5);
        QCOMPARE(d->value().expiresIn, 1800);
        QVERIFY(d->value().verificationUriComplete.isEmpty());
    }

    // Fake: answers the real server never gives.
    void badAnswersAreErrors_data() {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("503") << CannedServer::answer(503, "<html>down</html>", "text/html")
                             << QStringLiteral("network") << QStringLiteral("HTTP 503");
        QTest::newRow("302 not followed")
            << CannedServer::answer(302, {}, "text/html", "Location: http://127.0.0.1:1/elsewhere?x=1\r\n")
            << QStringLiteral("network") << QStringLiteral("redirect");
        QTest::newRow("200 HTML") << CannedServer::answer(200, "<html>login</html>", "text/html")
                                  << QStringLiteral("network") << QStringLiteral("JSON");
        QTest::newRow("200 without access_token")
            << CannedServer::answer(200, R"({"token_type":"Bearer"})") << QStringLiteral("network")
            << QStringLiteral("access_token");
        QTest::newRow("404 HTML") << CannedServer::answer(404, "not found", "text/plain")
                                  << QStringLiteral("network") << QStringLiteral("HTTP 404");
        QTest::newRow("bare 401") << CannedServer::answer(401, {}, "text/plain",
                                                          "WWW-Authenticate: Basic\r\n")
                                  << QStringLiteral("invalid_client") << QStringLiteral("client secret");
    }

    void badAnswersAreErrors() {
        QFETCH(QByteArray, response);
        QFETCH(QString, field);
        QFETCH(QString, inMessage);
        CannedServer canned;
        QVERIFY(canned.start());
        canned.response = response;
        TokenClient client;
        const auto r = await<TokenResponse>(client, [&](auto done) {
            client.clientCredentials(oauthForCanned(canned, ClientAuthMethod::Basic), done);
        });
        REQUIRE_FIELD(r, field);
        QVERIFY2(r->error().message.contains(inMessage), qPrintable(r->error().message));
        QVERIFY2(r->error().message.contains(
                     QStringLiteral("127.0.0.1:%1/oauth/token").arg(QUrl(canned.url({})).port())),
                 qPrintable(r->error().message));
        QVERIFY(!r->error().message.contains(QStringLiteral("tenant=t1")));
        QVERIFY(!r->error().message.contains(QStringLiteral("s3cr")));
        QCOMPARE(canned.requests.size(), 1); // never re-sent anywhere
    }

    // Fake: a provider description with control characters, our secret echoed back and no end.
    void providerTextIsScrubbed() {
        CannedServer canned;
        QVERIFY(canned.start());
        const QString echoed =
            QStringLiteral("refresh token rt-secret-value-123 is bad\r\nFAKE LOG LINE\x1b[31m") +
            QString(1000, QLatin1Char('x'));
        QJsonObject body{{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                         {QStringLiteral("error_description"), echoed}};
        canned.response = CannedServer::answer(400, QJsonDocument(body).toJson(QJsonDocument::Compact));
        TokenClient client;
        const auto r = await<TokenResponse>(client, [&](auto done) {
            client.refresh(oauthForCanned(canned), QStringLiteral("rt-secret-value-123"), {}, done);
        });
        REQUIRE_FIELD(r, QStringLiteral("invalid_grant"));
        const QString m = r->error().message;
        QVERIFY(!m.contains(QStringLiteral("rt-secret-value-123")));
        QVERIFY(m.contains(QStringLiteral("[redacted]")));
        QVERIFY(!m.contains(QLatin1Char('\n')) && !m.contains(QLatin1Char('\r')) && !m.contains(QChar(0x1b)));
        QVERIFY(m.contains(QStringLiteral("\\u000d\\u000a")));
        QVERIFY2(m.size() < 700, qPrintable(QString::number(m.size())));
    }

    void abortAllDropsCallbacks() {
        CannedServer silent; // fake: never answers
        QVERIFY(silent.start());
        TokenClient client;
        bool called = false;
        client.clientCredentials(oauthForCanned(silent), [&](Result<TokenResponse>) { called = true; });
        QTRY_COMPARE(silent.requests.size(), 1);
        ResolvedOAuth noUrl; // answered from the event loop, so also dropped
        client.revoke(noUrl, QStringLiteral("t"), {}, [&](Result<bool>) { called = true; });
        client.abortAll();

        // Let the event loop run through a full request after the abort.
        const ResolvedOAuth oauth = oauthFor(m_server, QStringLiteral("service"), ClientAuthMethod::Basic,
                                             QStringLiteral("service-secret"), {QStringLiteral("api:read")});
        REQUIRE_OK(await<TokenResponse>(client, [&](auto done) { client.clientCredentials(oauth, done); }));
        QVERIFY(!called);
    }

    void deletingTheClientMidRequestIsSafe() {
        CannedServer silent; // fake: never answers
        QVERIFY(silent.start());
        bool called = false;
        {
            TokenClient client;
            client.clientCredentials(oauthForCanned(silent), [&](Result<TokenResponse>) { called = true; });
            QTRY_COMPARE(silent.requests.size(), 1);
        }
        // And a callback may delete its client.
        auto *client = new TokenClient;
        QPointer<TokenClient> guard(client);
        const ResolvedOAuth oauth = oauthFor(m_server, QStringLiteral("service"), ClientAuthMethod::Basic,
                                             QStringLiteral("service-secret"), {QStringLiteral("api:read")});
        bool done = false;
        client->clientCredentials(oauth, [&](Result<TokenResponse> r) {
            QVERIFY(r.ok());
            delete client;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(guard.isNull());
        QVERIFY(!called);
    }

    void missingEndpointIsInvalidInputAndAsynchronous() {
        TokenClient client;
        ResolvedOAuth oauth = oauthFor(m_server, QStringLiteral("native-pkce"), ClientAuthMethod::None);
        oauth.settings.revokeUrl.clear();
        bool inside = true;
        std::optional<Result<bool>> r;
        client.revoke(oauth, QStringLiteral("t"), {}, [&](Result<bool> x) {
            QVERIFY(!inside);
            r.emplace(std::move(x));
        });
        inside = false;
        QTRY_VERIFY(r.has_value());
        QVERIFY(!r->ok());
        QCOMPARE(r->error().code, ErrorCode::InvalidInput);
        QCOMPARE(r->error().field, QStringLiteral("revoke_url"));
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
