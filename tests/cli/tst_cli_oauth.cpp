// bifrostctl oauth ... end to end: the real binary against the real authorization server
// (tests/support/oauth/server.mjs, oidc-provider) with the browser played by browser.mjs. One
// server for the whole suite (its stats are reset before each test); a fresh database per test.
//
// Tokens never appear in a test's output: every token read from `get` is registered with
// clitest::sensitive() (so failure messages mask it), and cleanup() checks that no token and no
// client secret ever reached the stderr of any bifrostctl process the test ran.
#include "clitest.h"
#include "oauthtestserver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QUrlQuery>

#include <csignal>
#include <memory>
#include <vector>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

const QString urlPrefix = u"Open this URL to authorize: "_s;
const QString devicePrefix = u"Open this URL on any device: "_s;
const QString codePrefix = u"Enter this code there: "_s;

// A running `bifrostctl oauth connect ...`: the test reads its progress lines while it waits.
class ConnectProcess {
public:
    ConnectProcess(CliEnv &env, const Args &args) {
        m_process.setProcessEnvironment(env.ctl().environment());
        m_process.start(CtlRunner::program(),
                        QStringList{u"--db"_s, env.dbPath(), u"oauth"_s, u"connect"_s} + args.list());
        m_process.closeWriteChannel();
    }
    ~ConnectProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // The rest of the first stdout line that starts with `prefix`; empty when the process ends
    // or `timeoutMs` passes first.
    QString waitForLine(const QString &prefix, int timeoutMs = 30000) {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            m_out += m_process.readAllStandardOutput();
            // Complete lines only: the last one may still be arriving.
            const QByteArray complete = m_out.left(m_out.lastIndexOf('\n') + 1);
            for (const QByteArray &line : complete.split('\n')) {
                const QString text = QString::fromUtf8(line);
                if (text.startsWith(prefix))
                    return text.mid(prefix.size());
            }
            if (m_process.state() == QProcess::NotRunning || clock.hasExpired(timeoutMs))
                return {};
            m_process.waitForReadyRead(100);
        }
    }

    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }

    CtlResult finish(int timeoutMs = 60000) {
        CtlResult r;
        // The process may have ended already, while a browser run spun an event loop.
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            qWarning("bifrostctl oauth connect did not end within %d ms", timeoutMs);
        } else {
            r.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        }
        r.out = m_out + m_process.readAllStandardOutput();
        r.err = m_process.readAllStandardError();
        return r;
    }

private:
    QProcess m_process;
    QByteArray m_out;
};

// One raw HTTP request to the loopback listener; the response's status code, -1 when none came.
int rawStatus(quint16 port, const QByteArray &request) {
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write(request);
    socket.flush();
    QByteArray response;
    QElapsedTimer clock;
    clock.start();
    while (!response.contains("\r\n") && !clock.hasExpired(10000)) {
        socket.waitForReadyRead(200);
        response += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            response += socket.readAll();
            break;
        }
    }
    static const QRegularExpression statusLine(u"^HTTP/1\\.[01] (\\d{3}) "_s);
    const auto match = statusLine.match(QString::fromLatin1(response.left(response.indexOf("\r\n") + 1)));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// POST a form to the server (RFC 7009 revocation as a provider's admin would revoke a grant).
int postForm(const QString &url, const QUrlQuery &form) {
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    std::unique_ptr<QNetworkReply> reply(nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int count(const QJsonObject &stats, const char *group, const char *key) {
    return stats.value(QLatin1String(group)).toObject().value(QLatin1String(key)).toInt();
}

const char *deviceGrant = "urn:ietf:params:oauth:grant-type:device_code";

} // namespace

class TestCliOauth : public QObject {
    Q_OBJECT

private:
    OAuthTestServer m_server;
    CliEnv m_env;
    QByteArray m_stderr; // of every process this test ran, checked in cleanup()

    CtlResult run(const Args &args, const QByteArray &input = {}) {
        CtlResult r = m_env.run(args, input);
        m_stderr += r.err;
        return r;
    }
    // CliEnv::ok, with the stderr kept in m_stderr.
    bool ok(const Args &args, const QByteArray &input = {}) { return succeeded(args, run(args, input)); }
    CtlResult finish(ConnectProcess &connect, int timeoutMs = 60000) {
        CtlResult r = connect.finish(timeoutMs);
        m_stderr += r.err;
        return r;
    }

    // An integration on the test server's authorization-code client `clientId`.
    bool setCode(const QString &name, const QString &clientId, const QByteArray &secret = {},
                 const char *authMethod = "none", const Args &extra = Args{}) {
        Args args{"oauth",
                  "set",
                  name,
                  "--flow",
                  "authorization_code",
                  "--authorize-url",
                  m_server.url(u"/auth"_s),
                  "--token-url",
                  m_server.url(u"/token"_s),
                  "--revoke-url",
                  m_server.url(u"/token/revocation"_s),
                  "--client-id",
                  clientId,
                  "--scopes",
                  "openid api:read",
                  "--auth-method",
                  authMethod};
        if (!secret.isEmpty())
            args = args + Args{"--client-secret-stdin"};
        return ok({"integration", "create", name}) && ok(args + extra, secret);
    }

    bool setService(const QString &name, const QString &clientId = u"service"_s,
                    const QByteArray &secret = "service-secret", const char *authMethod = "basic") {
        return ok({"integration", "create", name}) &&
               ok({"oauth", "set", name, "--flow", "client_credentials", "--token-url",
                   m_server.url(u"/token"_s), "--client-id", clientId, "--scopes", "api:read",
                   "--auth-method", authMethod, "--client-secret-stdin"},
                  secret);
    }

    // `oauth connect NAME extra...` with the browser driver signing in and consenting.
    CtlResult connectWithBrowser(const QString &name, const Args &extra = Args{}) {
        ConnectProcess connect(m_env, Args{name} + extra);
        const QString url = connect.waitForLine(urlPrefix);
        if (url.isEmpty()) {
            CtlResult r = finish(connect, 5000);
            qWarning("no authorization URL; exit %d, stderr: %s", r.exitCode, redact(r.err).constData());
            return r;
        }
        QByteArray page;
        const int browser = runBrowser(url, {}, &page);
        if (browser != 0)
            qWarning("browser.mjs exited %d: %s", browser, page.left(200).constData());
        return finish(connect);
    }

    // The `oauth` block of `get NAME extra...`, its tokens registered as sensitive.
    QJsonObject oauthOf(const QString &name, const Args &extra = Args{}) {
        const CtlResult r = run(Args{"get", name} + extra);
        const QJsonObject oauth = r.json().object().value(u"oauth"_s).toObject();
        for (const char *key : {"access_token", "refresh_token"}) {
            const QByteArray token = oauth.value(QLatin1String(key)).toString().toUtf8();
            if (!token.isEmpty() && !sensitive().contains(token))
                sensitive() << token;
        }
        if (r.exitCode != 0 || oauth.isEmpty())
            qWarning("`get %s` exited %d without an oauth block; stderr: %s", qPrintable(name), r.exitCode,
                     redact(r.err).constData());
        return oauth;
    }

    QJsonArray statusJson(const QString &name = {}) {
        const CtlResult r =
            run(name.isEmpty() ? Args{"oauth", "status", "--json"} : Args{"oauth", "status", name, "--json"});
        if (r.exitCode != 0)
            qWarning("oauth status exited %d: %s", r.exitCode, redact(r.err).constData());
        return r.json().array();
    }

    QString statusOf(const QString &name, const QString &org = {}) {
        for (const QJsonValue &v : statusJson(name)) {
            if (v[u"organization"_s].toString() == org)
                return v[u"status"_s].toString();
        }
        return u"(no entry)"_s;
    }

    // Time travel, not a fake: the stored expiry of a connection moved to `secondsFromNow`, as if
    // that much of the token's life had passed (the server's token itself stays valid). Waiting
    // an hour for a real expiry is not an option; the short-lived client covers real expiry.
    bool setStoredExpiry(const QString &name, qint64 secondsFromNow) {
        const QString id = m_env.integrationId(name);
        const QString at =
            QDateTime::currentDateTimeUtc().addSecs(secondsFromNow).toString(Qt::ISODateWithMs);
        sqlColumn(
            m_env.dbPath(),
            u"UPDATE oauth_connections SET expires_at = '%1' WHERE integration_id = '%2'"_s.arg(at, id));
        const QVariantList stored =
            sqlColumn(m_env.dbPath(),
                      u"SELECT expires_at FROM oauth_connections WHERE integration_id = '%1'"_s.arg(id));
        return !stored.isEmpty() && stored.at(0).toString() == at;
    }

private Q_SLOTS:
    void initTestCase() {
        // Never a real browser from a test, whatever the caller's environment says.
        qputenv("BIFROST_NO_BROWSER", "1");
        QVERIFY2(!CtlRunner::program().isEmpty(), "BIFROSTCTL is not set");
        QVERIFY2(m_server.start(), "the OAuth test server did not start (npm ci in tests/?)");
        for (const char *secret : {"basic-secret", "post-secret", "service-secret", "service-post-secret"})
            sensitive() << QByteArray(secret);
    }

    void init() {
        QVERIFY(m_env.init());
        m_stderr.clear();
        m_server.reset();
    }

    void cleanup() {
        for (const QByteArray &value : std::as_const(sensitive()))
            QVERIFY2(!m_stderr.contains(value), "a token or client secret reached stderr");
        m_env.cleanup();
    }

    // --- set / show -----------------------------------------------------------------------

    void setRefusesInvalidInput() {
        QVERIFY(ok({"integration", "create", "api"}));
        const Args base{"oauth",
                        "set",
                        "api",
                        "--flow",
                        "authorization_code",
                        "--token-url",
                        m_server.url(u"/token"_s),
                        "--client-id",
                        "native-pkce",
                        "--auth-method",
                        "none"};
        // Plain http to anything but loopback is refused, naming the setting.
        CtlResult r = run(base + Args{"--authorize-url", "http://login.example.com/authorize"});
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(u"authorize_url"_s) && r.errText().contains(u"https"_s),
                 r.err.constData());
        r = run({"oauth", "set", "api", "--flow", "client_credentials", "--token-url",
                 "http://10.0.0.1/token", "--client-id", "x"});
        CLI_EXPECT_FAIL(r, 2);
        CLI_EXPECT_FAIL(run(base + Args{"--authorize-url", "ftp://127.0.0.1/auth"}), 2);
        // Unknown flow, bad ports, malformed parameters, unknown auth method.
        r = run({"oauth", "set", "api", "--flow", "implicit", "--token-url", m_server.url(u"/token"_s),
                 "--client-id", "x"});
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(u"implicit"_s), r.err.constData());
        const Args code = base + Args{"--authorize-url", m_server.url(u"/auth"_s)};
        CLI_EXPECT_FAIL(run(code + Args{"--redirect-port", "http"}), 2);
        r = run(code + Args{"--redirect-port", "70000"});
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(u"redirect_port"_s), r.err.constData());
        CLI_EXPECT_FAIL(run(code + Args{"--redirect-host", "0.0.0.0"}), 2);
        CLI_EXPECT_FAIL(run(code + Args{"--param", "no-equals-sign"}), 2);
        CLI_EXPECT_FAIL(run(code + Args{"--auth-method", "jwt"}), 2);
        CLI_EXPECT_FAIL(run(code + Args{"--refresh-margin", "-5"}), 2);
        // A new integration needs the essentials.
        r = run({"oauth", "set", "api", "--token-url", m_server.url(u"/token"_s)});
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(u"--flow"_s) && r.errText().contains(u"--client-id"_s),
                 r.err.constData());
        // Secrets never from argv: the value is neither echoed nor stored.
        const QString secret = newSecret("argv-secret");
        r = run(code + Args{"--client-secret", secret});
        CLI_EXPECT_FAIL(r, 2);
        r = run(code + Args{u"--client-secret=%1"_s.arg(secret)});
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY(!r.err.contains(secret.toUtf8()));
        // Nothing was written by any of the above.
        CLI_EXPECT_FAIL(run({"oauth", "show", "api"}), 3);
        QVERIFY(!m_env.databaseFiles().contains(secret.toUtf8()));
        CLI_EXPECT_FAIL(run({"oauth", "set", "nosuch", "--flow", "client_credentials"}), 3);
    }

    void setAndShow() {
        QVERIFY(ok({"integration", "create", "api"}));
        // Loopback http is accepted (local and test servers); the secret comes from stdin.
        const QString secret = newSecret("client-secret");
        const CtlResult set = run({"oauth",
                                   "set",
                                   "api",
                                   "--flow",
                                   "authorization_code",
                                   "--authorize-url",
                                   "http://127.0.0.1:9/auth?tenant={entity_id}",
                                   "--token-url",
                                   "http://localhost:9/token",
                                   "--client-id",
                                   "app-1",
                                   "--auth-method",
                                   "basic",
                                   "--client-secret-stdin",
                                   "--scopes",
                                   "openid api:read",
                                   "--param",
                                   "prompt=consent",
                                   "--param",
                                   "login_hint=admin@example.com",
                                   "--audience",
                                   "https://api.example"},
                                  secret.toUtf8() + '\n');
        CLI_EXPECT_OK(set);
        QVERIFY2(set.outText().contains(u"http://127.0.0.1/callback"_s), set.out.constData());

        CtlResult show = run({"oauth", "show", "api"});
        CLI_EXPECT_OK(show);
        QVERIFY(!show.out.contains(secret.toUtf8()));
        QVERIFY2(show.outText().contains(u"Client secret:"_s) && show.outText().contains(u"configured"_s),
                 show.out.constData());
        QVERIFY(show.outText().contains(u"http://127.0.0.1/callback"_s));
        QVERIFY(show.outText().contains(u"not connected"_s));

        QJsonObject json = m_env.json({"oauth", "show", "api", "--json"}).object();
        QCOMPARE(json[u"flow"_s].toString(), u"authorization_code"_s);
        QCOMPARE(json[u"client_id"_s].toString(), u"app-1"_s);
        QCOMPARE(json[u"client_secret_configured"_s].toBool(), true);
        QCOMPARE(json[u"auth_method"_s].toString(), u"client_secret_basic"_s);
        QCOMPARE(json[u"scopes"_s].toArray(), arr(R"(["openid", "api:read"])"));
        QCOMPARE(
            json[u"params"_s].toArray(),
            arr(R"([{"key": "prompt", "value": "consent"}, {"key": "login_hint", "value": "admin@example.com"}])"));
        QCOMPARE(json[u"pkce"_s].toBool(), true);
        QCOMPARE(json[u"redirect_uri"_s].toString(), u"http://127.0.0.1/callback"_s);
        QCOMPARE(json[u"refresh_margin"_s].toInt(), 300);
        QCOMPARE(json[u"connections"_s].toArray().size(), 1);
        QCOMPARE(json[u"connections"_s].toArray().at(0)[u"status"_s].toString(), u"not_connected"_s);
        QVERIFY(!QJsonDocument(json).toJson().contains(secret.toUtf8()));
        QVERIFY2(!m_env.databaseFiles().contains(secret.toUtf8()), "the client secret is in SQLite");

        // An update changes only what it names; the secret stays.
        CLI_EXPECT_OK(run({"oauth", "set", "api", "--scopes", "api:write", "--redirect-port", "8765",
                           "--redirect-host", "localhost", "--no-pkce", "--refresh-margin", "120"}));
        json = m_env.json({"oauth", "show", "api", "--json"}).object();
        QCOMPARE(json[u"client_id"_s].toString(), u"app-1"_s);
        QCOMPARE(json[u"client_secret_configured"_s].toBool(), true);
        QCOMPARE(json[u"scopes"_s].toArray(), arr(R"(["api:write"])"));
        QCOMPARE(json[u"params"_s].toArray().size(), 2);
        QCOMPARE(json[u"audience"_s].toString(), u"https://api.example"_s);
        QCOMPARE(json[u"pkce"_s].toBool(), false);
        QCOMPARE(json[u"redirect_uri"_s].toString(), u"http://localhost:8765/callback"_s);
        QCOMPARE(json[u"refresh_margin"_s].toInt(), 120);
        QCOMPARE(json[u"authorize_url"_s].toString(), u"http://127.0.0.1:9/auth?tenant={entity_id}"_s);

        // An empty secret on stdin is refused rather than silently removing the stored one.
        CLI_EXPECT_FAIL(run({"oauth", "set", "api", "--client-secret-stdin"}, "\n"), 2);
        QCOMPARE(
            m_env.json({"oauth", "show", "api", "--json"}).object()[u"client_secret_configured"_s].toBool(),
            true);
        CLI_EXPECT_OK(
            run({"oauth", "set", "api", "--clear-params", "--auth-method", "none", "--clear-client-secret"}));
        json = m_env.json({"oauth", "show", "api", "--json"}).object();
        QCOMPARE(json[u"client_secret_configured"_s].toBool(), false);
        QCOMPARE(json[u"params"_s].toArray().size(), 0);

        CLI_EXPECT_FAIL(run({"oauth", "show", "nosuch"}), 3);
        QVERIFY(ok({"integration", "create", "plain"}));
        CLI_EXPECT_FAIL(run({"oauth", "show", "plain"}), 3);
    }

    void presets() {
        const QJsonArray list = m_env.json({"oauth", "presets", "--json"}).array();
        QStringList ids;
        for (const QJsonValue &p : list)
            ids << p[u"id"_s].toString();
        for (const QString &id :
             {u"generic"_s, u"microsoft-graph-delegated"_s, u"microsoft-graph-app"_s, u"halopsa"_s,
              u"ninjaone"_s, u"connectwise-manage"_s, u"datto-rmm"_s, u"google"_s, u"github"_s})
            QVERIFY2(ids.contains(id), qPrintable(id));
        CLI_EXPECT_OK(run({"oauth", "presets"}));

        // A preset plus explicit options in one command; existing schema fields stay.
        QVERIFY(ok({"integration", "create", "graph"}));
        QVERIFY(m_env.setSchema("graph", R"([{"key": "note", "type": "string"}])"));
        const CtlResult r = run(
            {"oauth", "set", "graph", "--preset", "microsoft-graph-delegated", "--client-id", "graph-app"});
        CLI_EXPECT_OK(r);
        const QJsonObject json = m_env.json({"oauth", "show", "graph", "--json"}).object();
        QCOMPARE(json[u"preset"_s].toString(), u"microsoft-graph-delegated"_s);
        QCOMPARE(json[u"client_id"_s].toString(), u"graph-app"_s);
        QVERIFY(json[u"token_url"_s].toString().startsWith(u"https://"_s));
        const QJsonArray schema = m_env.json({"schema", "show", "graph", "--json"}).array();
        QCOMPARE(schema.at(0)[u"key"_s].toString(), u"note"_s);

        CLI_EXPECT_FAIL(run({"oauth", "set", "graph", "--preset", "nosuch"}), 3);
    }

    // --- connect ----------------------------------------------------------------------------

    void connectAuthorizationCode_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("authMethod");
        QTest::addColumn<bool>("pkce");
        QTest::addColumn<QString>("clientAuth"); // as the server saw it
        QTest::newRow("public client, PKCE")
            << u"native-pkce"_s << QByteArray() << u"none"_s << true << u"none"_s;
        QTest::newRow("confidential, basic")
            << u"web-basic"_s << QByteArray("basic-secret") << u"basic"_s << true << u"basic"_s;
        QTest::newRow("confidential, post")
            << u"web-post"_s << QByteArray("post-secret") << u"post"_s << true << u"post"_s;
        QTest::newRow("confidential, basic, --no-pkce")
            << u"web-basic"_s << QByteArray("basic-secret") << u"basic"_s << false << u"basic"_s;
    }

    void connectAuthorizationCode() {
        QFETCH(QString, client);
        QFETCH(QByteArray, secret);
        QFETCH(QString, authMethod);
        QFETCH(bool, pkce);
        QFETCH(QString, clientAuth);
        QVERIFY(setCode(u"api"_s, client, secret, qPrintable(authMethod), pkce ? Args{} : Args{"--no-pkce"}));

        ConnectProcess connect(m_env, {"api", "--no-browser", "--timeout", "60"});
        const QString url = connect.waitForLine(urlPrefix);
        QVERIFY2(!url.isEmpty(), "no authorization URL line");
        const QUrlQuery query(QUrl(url).query());
        QCOMPARE(query.queryItemValue(u"client_id"_s), client);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), pkce ? u"S256"_s : QString());
        QCOMPARE(query.hasQueryItem(u"code_challenge"_s), pkce);
        QVERIFY(QUrl(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).port() > 0);
        QByteArray page;
        QCOMPARE(runBrowser(url, {}, &page), 0);
        QVERIFY(page.startsWith("LISTENER 200"));
        const CtlResult r = finish(connect);
        CLI_EXPECT_OK(r);
        QVERIFY2(r.outText().contains(u"Connected \"api\" (default connection): scopes "_s),
                 r.out.constData());
        QVERIFY(r.outText().contains(u"api:read"_s));

        const QJsonObject stats = m_server.stats();
        QCOMPARE(count(stats, "token", "authorization_code"), 1);
        const QJsonObject last = stats[u"last_token_request"_s].toObject();
        QCOMPARE(last[u"client_auth"_s].toString(), clientAuth);
        QCOMPARE(last[u"code_verifier_present"_s].toBool(), pkce);
        QCOMPARE(last[u"scope"_s].toString(), u"openid api:read"_s);

        // `get` hands the token out, without a refresh (it is fresh).
        const QJsonObject oauth = oauthOf(u"api"_s);
        QVERIFY(!oauth[u"access_token"_s].toString().isEmpty());
        QVERIFY(!oauth[u"refresh_token"_s].toString().isEmpty());
        QCOMPARE(oauth[u"token_type"_s].toString(), u"Bearer"_s);
        QCOMPARE(oauth[u"client_id"_s].toString(), client);
        QCOMPARE(oauth[u"token_url"_s].toString(), m_server.url(u"/token"_s));
        QCOMPARE(oauth[u"connection"_s].toString(), u"default"_s);
        QVERIFY(oauth[u"scopes"_s].toArray().contains(u"api:read"_s));
        const QDateTime expires = QDateTime::fromString(oauth[u"expires_at"_s].toString(), Qt::ISODate);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(m_server.stats()[u"token_total"_s].toInt(), 1);
        QCOMPARE(statusOf(u"api"_s), u"connected"_s);
        // Tokens live in the keychain, never in SQLite.
        QVERIFY(!m_env.databaseFiles().contains(oauth[u"access_token"_s].toString().toUtf8()));
        QVERIFY(!m_env.databaseFiles().contains(oauth[u"refresh_token"_s].toString().toUtf8()));
    }

    void connectOrganization() {
        QVERIFY(ok({"org", "add", "Acme"}));
        QVERIFY(ok({"org", "add", "Globex"}));
        QVERIFY(setCode(u"api"_s, u"native-pkce"_s));
        CLI_EXPECT_OK(connectWithBrowser(u"api"_s));
        const CtlResult r = connectWithBrowser(u"api"_s, {"--org", "acme"});
        CLI_EXPECT_OK(r);
        QVERIFY2(r.outText().contains(u"for organization \"Acme\""_s), r.out.constData());

        const QJsonObject acme = oauthOf(u"api"_s, {"--org", "Acme"});
        const QJsonObject globex = oauthOf(u"api"_s, {"--org", "Globex"});
        const QJsonObject global = oauthOf(u"api"_s);
        QCOMPARE(acme[u"connection"_s].toString(), u"organization"_s);
        QCOMPARE(globex[u"connection"_s].toString(), u"default"_s);
        QCOMPARE(global[u"connection"_s].toString(), u"default"_s);
        QVERIFY(acme[u"access_token"_s] != globex[u"access_token"_s]);
        QVERIFY(globex[u"access_token"_s] == global[u"access_token"_s]);

        const QJsonArray statuses = statusJson(u"api"_s);
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses.at(0)[u"connection"_s].toString(), u"default"_s);
        QCOMPARE(statuses.at(1)[u"organization"_s].toString(), u"Acme"_s);
        QCOMPARE(statuses.at(1)[u"status"_s].toString(), u"connected"_s);
        CLI_EXPECT_FAIL(run({"oauth", "connect", "api", "--org", ""}), 2);
        CLI_EXPECT_FAIL(run({"oauth", "connect", "api", "--org", "Nosuch"}), 3);
    }

    void connectClientCredentials() {
        QVERIFY(setService(u"svc"_s));
        const CtlResult r = run({"oauth", "connect", "svc"});
        CLI_EXPECT_OK(r);
        QVERIFY(!r.outText().contains(urlPrefix));
        QVERIFY2(r.outText().contains(u"Connected \"svc\""_s), r.out.constData());
        QJsonObject stats = m_server.stats();
        QCOMPARE(count(stats, "token", "client_credentials"), 1);
        QCOMPARE(stats[u"last_token_request"_s][u"client_auth"_s].toString(), u"basic"_s);
        QCOMPARE(stats[u"last_token_request"_s][u"scope"_s].toString(), u"api:read"_s);
        const QJsonObject oauth = oauthOf(u"svc"_s);
        QVERIFY(!oauth[u"access_token"_s].toString().isEmpty());
        QVERIFY(oauth[u"refresh_token"_s].isNull());
        QCOMPARE(m_server.stats()[u"token_total"_s].toInt(), 1);

        // client_secret_post, minted by `get` itself without a connect.
        QVERIFY(setService(u"svcpost"_s, u"service-post"_s, "service-post-secret", "post"));
        QVERIFY(!oauthOf(u"svcpost"_s)[u"access_token"_s].toString().isEmpty());
        stats = m_server.stats();
        QCOMPARE(count(stats, "token", "client_credentials"), 2);
        QCOMPARE(stats[u"last_token_request"_s][u"client_auth"_s].toString(), u"post"_s);

        // A wrong secret: exit 5, nothing stored.
        QVERIFY(setService(u"bad"_s, u"service"_s, "not-the-secret"));
        const CtlResult bad = run({"oauth", "connect", "bad"});
        CLI_EXPECT_FAIL(bad, 5);
        QCOMPARE(statusOf(u"bad"_s), u"not_connected"_s);
    }

    void connectDeviceCode() {
        QVERIFY(ok({"integration", "create", "dev"}));
        QVERIFY(ok({"oauth", "set", "dev", "--flow", "device_code", "--device-authorization-url",
                    m_server.url(u"/device/auth"_s), "--token-url", m_server.url(u"/token"_s), "--client-id",
                    "device", "--auth-method", "none", "--scopes", "openid api:read"}));
        ConnectProcess connect(m_env, {"dev"});
        const QString verification = connect.waitForLine(devicePrefix);
        const QString userCode = connect.waitForLine(codePrefix);
        QVERIFY2(!verification.isEmpty() && !userCode.isEmpty(), "no verification URI or user code line");
        QVERIFY(verification.startsWith(m_server.issuer()));
        QByteArray output;
        QCOMPARE(runDeviceBrowser(verification, userCode, {}, &output), 0);
        const CtlResult r = finish(connect);
        CLI_EXPECT_OK(r);
        QVERIFY2(r.outText().contains(u"Connected \"dev\""_s), r.out.constData());
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats[u"device_authorization"_s].toInt(), 1);
        QVERIFY(count(stats, "token", deviceGrant) >= 1);
        QCOMPARE(statusOf(u"dev"_s), u"connected"_s);
        QVERIFY(!oauthOf(u"dev"_s)[u"refresh_token"_s].toString().isEmpty());
    }

    void deviceCodeDenied() {
        QVERIFY(ok({"integration", "create", "dev"}));
        QVERIFY(ok({"oauth", "set", "dev", "--flow", "device_code", "--device-authorization-url",
                    m_server.url(u"/device/auth"_s), "--token-url", m_server.url(u"/token"_s), "--client-id",
                    "device", "--auth-method", "none"})); // no scopes: the provider's default
        ConnectProcess connect(m_env, {"dev"});
        const QString verification = connect.waitForLine(devicePrefix);
        const QString userCode = connect.waitForLine(codePrefix);
        QVERIFY(!verification.isEmpty() && !userCode.isEmpty());
        QByteArray output;
        runDeviceBrowser(verification, userCode, {u"--deny"_s}, &output);
        const CtlResult r = finish(connect);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(isOneErrorLine(r.err) && r.errText().contains(u"access_denied"_s), r.err.constData());
        QCOMPARE(statusOf(u"dev"_s), u"not_connected"_s);
    }

    void accessDenied() {
        QVERIFY(setCode(u"api"_s, u"native-pkce"_s));
        ConnectProcess connect(m_env, {"api"});
        const QString url = connect.waitForLine(urlPrefix);
        QVERIFY(!url.isEmpty());
        QByteArray page;
        const int browser = runBrowser(url, {u"--deny"_s}, &page);
        QVERIFY2(browser == 0 || browser == 1, page.constData()); // the listener answered
        const CtlResult r = finish(connect);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(isOneErrorLine(r.err) && r.errText().contains(u"access_denied"_s), r.err.constData());
        QVERIFY(!r.outText().contains(u"Connected"_s));
        QCOMPARE(m_server.stats()[u"token_total"_s].toInt(), 0);
        QCOMPARE(statusOf(u"api"_s), u"not_connected"_s);
        // `get` still works: no oauth block, and a warning that says how to connect.
        const CtlResult get = run({"get", "api"});
        QCOMPARE(get.exitCode, 0);
        QVERIFY(get.json().object()[u"oauth"_s].isNull());
        QVERIFY2(get.err.startsWith("bifrostctl: warning: ") &&
                     get.errText().contains(u"oauth connect api"_s),
                 get.err.constData());
    }

    void strayRequestsDoNotEndTheFlow() {
        QVERIFY(setCode(u"api"_s, u"native-pkce"_s));
        ConnectProcess connect(m_env, {"api"});
        const QString url = connect.waitForLine(urlPrefix);
        QVERIFY(!url.isEmpty());
        const QUrl redirect(
            QUrlQuery(QUrl(url).query()).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        const quint16 port = quint16(redirect.port());
        QVERIFY(port > 0);
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
        auto get = [&](const QByteArray &target) {
            return rawStatus(port, "GET " + target + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
        };
        auto isClientError = [](int status) { return status >= 400 && status < 500; };
        QVERIFY(isClientError(get("/favicon.ico")));
        QVERIFY(isClientError(get("/")));
        QVERIFY(isClientError(get("/wrong?code=abc&state=def")));
        QVERIFY(isClientError(get("/callback?code=forged-code&state=forged-state")));
        QVERIFY(isClientError(get("/callback?error=access_denied&state=forged-state")));
        QVERIFY(isClientError(get("/callback")));
        const int junk = rawStatus(port, "NONSENSE\r\n\r\n");
        QVERIFY(junk == -1 || isClientError(junk));
        QVERIFY2(connect.running(), "a stray request ended the flow");

        QByteArray page;
        QCOMPARE(runBrowser(url, {}, &page), 0);
        const CtlResult r = finish(connect);
        CLI_EXPECT_OK(r);
        QCOMPARE(statusOf(u"api"_s), u"connected"_s);
        QCOMPARE(count(m_server.stats(), "token", "authorization_code"), 1);
        // The listener closed after the redirect.
        QCOMPARE(rawStatus(port, "GET /callback HTTP/1.1\r\n" + host + "\r\n"), -1);
    }

    void timeout() {
        QVERIFY(setCode(u"api"_s, u"native-pkce"_s));
        ConnectProcess connect(m_env, {"api", "--timeout", "2"});
        QVERIFY(!connect.waitForLine(urlPrefix).isEmpty());
        const CtlResult r = finish(connect, 30000);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(isOneErrorLine(r.err) && r.errText().contains(u"2 s"_s), r.err.constData());
        QCOMPARE(statusOf(u"api"_s), u"not_connected"_s);
        CLI_EXPECT_FAIL(run({"oauth", "connect", "api", "--timeout", "0"}), 2);
        CLI_EXPECT_FAIL(run({"oauth", "connect", "api", "--timeout", "soon"}), 2);
    }

    void interrupt_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void interrupt() {
        QFETCH(int, signal);
        QVERIFY(setCode(u"api"_s, u"native-pkce"_s));
        ConnectProcess connect(m_env, {"api"});
        const QString url = connect.waitForLine(urlPrefix);
        QVERIFY(!url.isEmpty());
        QCOMPARE(::kill(pid_t(connect.pid()), signal), 0);
        const CtlResult r = finish(connect, 30000);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(isOneErrorLine(r.err) && r.errText().contains(u"interrupted"_s), r.err.constData());
        QCOMPARE(statusOf(u"api"_s), u"not_connected"_s);
        // The listener is gone: the browser finds nobody at the redirect.
        QByteArray page;
        QVERIFY(runBrowser(url, {}, &page) != 0);
        QCOMPARE(count(m_server.stats(), "token", "authorization_code"), 0);
    }

    // --- refresh ----------------------------------------------------------------------------

    void expiredTokenRefreshedByGet() {
        // native-short: access tokens live 3 s, always within the default 300 s margin.
        QVERIFY(setCode(u"api"_s, u"native-short"_s));
        CLI_EXPECT_OK(connectWithBrowser(u"api"_s));
        QCOMPARE(statusOf(u"api"_s), u"expiring"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"api"_s), u"expired"_s, 20000);
        m_server.reset();
        const QJsonObject oauth = oauthOf(u"api"_s);
        QVERIFY(!oauth[u"access_token"_s].toString().isEmpty());
        const QJsonObject stats = m_server.stats();
        QCOMPARE(count(stats, "token", "refresh_token"), 1);
        // RFC 6749 §6: the refresh asks for the scope that was granted, never more.
        const QStringList asked = stats[u"last_token_request"_s][u"scope"_s].toString().split(u' ');
        for (const QString &scope : asked)
            QVERIFY2(QStringList({u"openid"_s, u"api:read"_s}).contains(scope), qPrintable(scope));
        const QDateTime expires = QDateTime::fromString(oauth[u"expires_at"_s].toString(), Qt::ISODate);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(-1));
        const QJsonObject status = statusJson(u"api"_s).at(0).toObject();
        QVERIFY(!status[u"last_refresh_at"_s].isNull());
        QVERIFY(status[u"last_error"_s].isNull());

        // With --refresh-margin covering the whole lifetime, a long-lived token is refreshed too.
        QVERIFY(setCode(u"long"_s, u"native-pkce"_s, {}, "none", {"--refresh-margin", "3600"}));
        CLI_EXPECT_OK(connectWithBrowser(u"long"_s));
        m_server.reset();
        QVERIFY(!oauthOf(u"long"_s)[u"access_token"_s].toString().isEmpty());
        QCOMPARE(count(m_server.stats(), "token", "refresh_token"), 1);
    }

    void concurrentGetsRefreshOnce() {
        QVERIFY(setCode(u"api"_s, u"native-pkce"_s));
        CLI_EXPECT_OK(connectWithBrowser(u"api"_s));
        const QString before = oauthOf(u"api"_s)[u"access_token"_s].toString();
        QVERIFY(setStoredExpiry(u"api"_s, 60)); // within the 300 s margin
        QCOMPARE(statusOf(u"api"_s), u"expiring"_s);
        m_server.reset();

        std::vector<std::unique_ptr<QProcess>> gets;
        for (int i = 0; i < 20; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(m_env.ctl().environment());
            p->start(CtlRunner::program(), {u"--db"_s, m_env.dbPath(), u"get"_s, u"api"_s});
            p->closeWriteChannel();
            gets.push_back(std::move(p));
        }
        QSet<QString> tokens;
        for (auto &p : gets) {
            QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(120000));
            const QByteArray err = p->readAllStandardError();
            m_stderr += err;
            QVERIFY2(p->exitCode() == 0 && err.isEmpty(), redact(err).constData());
            const QString token =
                QJsonDocument::fromJson(p->readAllStandardOutput())[u"oauth"_s][u"access_token"_s].toString();
            QVERIFY(!token.isEmpty());
            sensitive() << token.toUtf8();
            tokens << token;
        }
        const QJsonObject stats = m_server.stats();
        QCOMPARE(count(stats, "token", "refresh_token"), 1);
        QCOMPARE(stats[u"token_total"_s].toInt(), 1);
        QCOMPARE(tokens.size(), 1);
        QVERIFY2(!tokens.contains(before), "the gets returned the old token");
        QCOMPARE(statusOf(u"api"_s), u"connected"_s);
    }

    void rotation_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<bool>("rotates");
        QTest::newRow("rotated") << u"native-pkce"_s << true;
        QTest::newRow("not rotated") << u"native-norotate"_s << false;
    }

    void rotation() {
        QFETCH(QString, client);
        QFETCH(bool, rotates);
        QVERIFY(setCode(u"api"_s, client));
        CLI_EXPECT_OK(connectWithBrowser(u"api"_s));
        const QJsonObject first = oauthOf(u"api"_s);
        QVERIFY(setStoredExpiry(u"api"_s, -60)); // expired a minute ago
        m_server.reset();
        const QJsonObject second = oauthOf(u"api"_s);
        QCOMPARE(count(m_server.stats(), "token", "refresh_token"), 1);
        QVERIFY(first[u"access_token"_s] != second[u"access_token"_s]);
        QVERIFY(!second[u"refresh_token"_s].toString().isEmpty());
        QCOMPARE(first[u"refresh_token"_s] != second[u"refresh_token"_s], rotates);
        // The refresh token kept (or the rotated one saved) works for the next refresh.
        QVERIFY(setStoredExpiry(u"api"_s, -60));
        const QJsonObject third = oauthOf(u"api"_s);
        QVERIFY(third[u"access_token"_s] != second[u"access_token"_s]);
        const QJsonObject stats = m_server.stats();
        QCOMPARE(count(stats, "token", "refresh_token"), 2);
        QVERIFY(stats[u"token_errors"_s].toObject().isEmpty());
    }

    void invalidGrantMarksFailed() {
        QVERIFY(setCode(u"api"_s, u"native-pkce"_s));
        CLI_EXPECT_OK(connectWithBrowser(u"api"_s));
        const QString refreshToken = oauthOf(u"api"_s)[u"refresh_token"_s].toString();
        QVERIFY(!refreshToken.isEmpty());
        // The provider's side ends the grant (RFC 7009, as the client itself may).
        QUrlQuery form;
        form.addQueryItem(u"token"_s, refreshToken);
        form.addQueryItem(u"token_type_hint"_s, u"refresh_token"_s);
        form.addQueryItem(u"client_id"_s, u"native-pkce"_s);
        QCOMPARE(postForm(m_server.url(u"/token/revocation"_s), form), 200);
        QVERIFY(setStoredExpiry(u"api"_s, 60));
        m_server.reset();

        CtlResult r = run({"get", "api"});
        CLI_EXPECT_FAIL(r, 5);
        QVERIFY2(r.errText().contains(u"reconnect"_s), r.err.constData());
        QCOMPARE(count(m_server.stats(), "token_errors", "invalid_grant"), 1);
        const QJsonObject status = statusJson(u"api"_s).at(0).toObject();
        QCOMPARE(status[u"status"_s].toString(), u"failed"_s);
        QVERIFY(status[u"last_error"_s].toString().contains(u"invalid_grant"_s));
        // Failed stays failed: no more requests to the provider until a reconnect.
        r = run({"get", "api"});
        CLI_EXPECT_FAIL(r, 5);
        QVERIFY(r.errText().contains(u"reconnect"_s));
        QCOMPARE(m_server.stats()[u"token_total"_s].toInt(), 1);
        CtlResult status2 = run({"oauth", "status"});
        CLI_EXPECT_OK(status2);
        QVERIFY(status2.outText().contains(u"failed"_s));
        // A reconnect heals it.
        CLI_EXPECT_OK(connectWithBrowser(u"api"_s));
        QCOMPARE(statusOf(u"api"_s), u"connected"_s);
        QCOMPARE(run({"get", "api"}).exitCode, 0);
    }

    void refreshCommand() {
        QVERIFY(setCode(u"short"_s, u"native-short"_s));
        CLI_EXPECT_OK(connectWithBrowser(u"short"_s));
        QVERIFY(setService(u"svc"_s));
        CLI_EXPECT_OK(run({"oauth", "connect", "svc"}));
        QVERIFY(setCode(u"idle"_s, u"native-pkce"_s)); // never connected: nothing to refresh
        m_server.reset();

        CtlResult r = run({"oauth", "refresh", "short"});
        CLI_EXPECT_OK(r);
        QVERIFY2(r.outText().contains(u"Refreshed \"short\""_s), r.out.constData());
        QCOMPARE(count(m_server.stats(), "token", "refresh_token"), 1);

        r = run({"oauth", "refresh", "--all"});
        CLI_EXPECT_OK(r);
        QCOMPARE(r.outText().count(u"Refreshed "_s), 2);
        QJsonObject stats = m_server.stats();
        QCOMPARE(count(stats, "token", "refresh_token"), 2);
        QCOMPARE(count(stats, "token", "client_credentials"), 1);

        CLI_EXPECT_FAIL(run({"oauth", "refresh", "idle"}), 3);
        CLI_EXPECT_FAIL(run({"oauth", "refresh"}), 2);
        CLI_EXPECT_FAIL(run({"oauth", "refresh", "--all", "--org", "x"}), 2);

        // One connection failing does not stop the others; the exit code says so.
        QVERIFY(m_server.revokeGrants() > 0);
        r = run({"oauth", "refresh", "--all"});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.outText().contains(u"Refreshed \"svc\""_s));
        QVERIFY2(r.err.contains("bifrostctl: warning: ") && r.err.contains("bifrostctl: error: "),
                 r.err.constData());
        QCOMPARE(statusOf(u"short"_s), u"failed"_s);
    }

    // --- status -----------------------------------------------------------------------------

    void status() {
        QVERIFY(ok({"org", "add", "Acme"}));
        QVERIFY(setCode(u"api"_s, u"native-pkce"_s));
        CLI_EXPECT_OK(connectWithBrowser(u"api"_s));
        QVERIFY(setService(u"svc"_s));
        QVERIFY(ok({"integration", "create", "plain"})); // no OAuth: not listed

        const QJsonArray all = statusJson();
        QCOMPARE(all.size(), 2);
        const QJsonObject api = all.at(0).toObject();
        QCOMPARE(api[u"integration"_s].toString(), u"api"_s);
        QCOMPARE(api[u"integration_id"_s].toString(), m_env.integrationId("api"));
        QCOMPARE(api[u"name"_s].toString(), u"api / default"_s);
        QVERIFY(!api[u"id"_s].toString().isEmpty());
        QCOMPARE(api[u"connection"_s].toString(), u"default"_s);
        QVERIFY(api[u"organization"_s].isNull());
        QCOMPARE(api[u"status"_s].toString(), u"connected"_s);
        QVERIFY(QDateTime::fromString(api[u"expires_at"_s].toString(), Qt::ISODate).isValid());
        QVERIFY(api[u"last_refresh_at"_s].isNull());
        QVERIFY(api[u"last_error"_s].isNull());
        const QJsonObject svc = all.at(1).toObject();
        QCOMPARE(svc[u"status"_s].toString(), u"not_connected"_s);
        QVERIFY(svc[u"expires_at"_s].isNull());
        QCOMPARE(statusJson(u"svc"_s).size(), 1);

        const CtlResult table = run({"oauth", "status"});
        CLI_EXPECT_OK(table);
        for (const QString &text : {u"INTEGRATION"_s, u"STATUS"_s, u"EXPIRES"_s, u"LAST REFRESH"_s,
                                    u"LAST ERROR"_s, u"connected"_s, u"not connected"_s, u"(default)"_s})
            QVERIFY2(table.outText().contains(text), qPrintable(text));
        CLI_EXPECT_OK(run({"oauth", "status", "plain"}));
        CLI_EXPECT_FAIL(run({"oauth", "status", "nosuch"}), 3);
    }

    // --- disconnect -------------------------------------------------------------------------

    void disconnectRevokes() {
        QVERIFY(setCode(u"api"_s, u"native-pkce"_s));
        CLI_EXPECT_OK(connectWithBrowser(u"api"_s));
        const QString refreshToken = oauthOf(u"api"_s)[u"refresh_token"_s].toString();
        m_server.reset();
        const CtlResult r = run({"oauth", "disconnect", "api"});
        CLI_EXPECT_OK(r);
        QVERIFY2(r.outText().contains(u"revoked"_s), r.out.constData());
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats[u"revocation"_s].toInt(), 1);
        QCOMPARE(stats[u"last_revocation_request"_s][u"token_type_hint"_s].toString(), u"refresh_token"_s);
        QCOMPARE(statusOf(u"api"_s), u"not_connected"_s);
        const CtlResult get = run({"get", "api"});
        QCOMPARE(get.exitCode, 0);
        QVERIFY(get.json().object()[u"oauth"_s].isNull());
        QVERIFY(get.err.startsWith("bifrostctl: warning: "));
        // Once more: nothing left to revoke or delete.
        const CtlResult again = run({"oauth", "disconnect", "api"});
        CLI_EXPECT_OK(again);
        QVERIFY2(again.outText().contains(u"not connected"_s), again.out.constData());
        QCOMPARE(m_server.stats()[u"revocation"_s].toInt(), 1);
        CLI_EXPECT_FAIL(run({"oauth", "disconnect", "api", "--org", "Nosuch"}), 3);
        // The revoked refresh token is dead at the provider.
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        form.addQueryItem(u"refresh_token"_s, refreshToken);
        form.addQueryItem(u"client_id"_s, u"native-pkce"_s);
        QCOMPARE(postForm(m_server.url(u"/token"_s), form), 400);
    }

    void disconnectWithServerDown() {
        OAuthTestServer own; // stopped below
        QVERIFY(own.start());
        QVERIFY(ok({"integration", "create", "api"}));
        QVERIFY(
            ok({"oauth", "set", "api", "--flow", "authorization_code", "--authorize-url", own.url(u"/auth"_s),
                "--token-url", own.url(u"/token"_s), "--revoke-url", own.url(u"/token/revocation"_s),
                "--client-id", "native-pkce", "--auth-method", "none", "--scopes", "openid api:read"}));
        CLI_EXPECT_OK(connectWithBrowser(u"api"_s));
        QVERIFY(!oauthOf(u"api"_s)[u"access_token"_s].toString().isEmpty());
        own.stop();
        const CtlResult r = run({"oauth", "disconnect", "api"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith("bifrostctl: warning: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY(r.outText().contains(u"Disconnected"_s));
        QCOMPARE(statusOf(u"api"_s), u"not_connected"_s);
        // The tokens left the keychain too (-1: secret-tool is not installed).
        const int entries = m_env.secretEntries();
        QVERIFY2(entries == 0 || entries == -1, qPrintable(QString::number(entries)));
    }
};

QTEST_GUILESS_MAIN(TestCliOauth)
#include "tst_cli_oauth.moc"
