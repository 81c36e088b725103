#pragma once

// The real OAuth 2.0 authorization server of the OAuth suites and the driver that plays the user's
// browser, both Node.js scripts in tests/support/oauth/ (oidc-provider, pinned in tests/package.json;
// `cd tests && npm ci` installs it, scripts/test does so). See server.mjs for the clients and the
// /_test/ endpoints, browser.mjs for the driver's exit codes.
//
//   test                      server.mjs (node)                 our loopback listener
//    |-- start() ----------------> READY http://127.0.0.1:PORT
//    |-- runBrowser(authorize URL) -> login, consent ------------> GET /callback?code&state
//    |<- exit code, "LISTENER <status>" + body ----------------------------'
//    |-- stats() ----------------> GET /_test/stats (counts per grant type, last token request)
//
// The scripts live in $BIFROST_TEST_SUPPORT/oauth (set by CTest), else beside this header; Node.js
// is $NODE, else `node` on PATH. The waits run a local event loop, so a listener or token client in
// the test's own process keeps working meanwhile.

#include <QByteArray>
#include <QDebug>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

// Folder of server.mjs and browser.mjs.
inline QString oauthTestScriptDir() {
    const QString support = qEnvironmentVariable("BIFROST_TEST_SUPPORT");
    if (!support.isEmpty())
        return support + QStringLiteral("/oauth");
    return QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/oauth");
}

inline QString nodeProgram() {
    const QString node = qEnvironmentVariable("NODE");
    return node.isEmpty() ? QStringLiteral("node") : node;
}

// Waits on a local event loop until `process` ends or `timeoutMs` passes; false on a timeout (the
// process is then killed).
inline bool waitForProcess(QProcess &process, int timeoutMs) {
    if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
    }
    if (process.state() == QProcess::NotRunning)
        return true;
    process.kill();
    process.waitForFinished(5000);
    return false;
}

// Starts `node browser.mjs args...` and returns at once; stderr goes to the test's stderr.
inline std::unique_ptr<QProcess> startBrowser(const QStringList &args) {
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(nodeProgram(), QStringList{oauthTestScriptDir() + QStringLiteral("/browser.mjs")} + args);
    return process;
}

// Runs the driver to its end: its exit code (0 listener answered 2xx, 1 listener answered otherwise
// or was unreachable, 2 driver or authorization-server error), or -1 when it did not start, crashed
// or ran past `timeoutMs`. `output` gets its stdout ("LISTENER <status>" and the listener's page).
inline int runBrowserArgs(const QStringList &args, QByteArray *output, int timeoutMs = 60000) {
    std::unique_ptr<QProcess> process = startBrowser(args);
    const bool finished = waitForProcess(*process, timeoutMs);
    if (output)
        *output = process->readAllStandardOutput();
    if (!finished) {
        qWarning("browser.mjs: no end after %d ms, killed", timeoutMs);
        return -1;
    }
    if (process->error() == QProcess::FailedToStart) {
        qWarning("browser.mjs: %s could not be started: %s", qPrintable(nodeProgram()),
                 qPrintable(process->errorString()));
        return -1;
    }
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}

// `node browser.mjs AUTHORIZE_URL extraArgs...` (e.g. {"--deny"}).
inline int runBrowser(const QString &url, const QStringList &extraArgs, QByteArray *output,
                      int timeoutMs = 60000) {
    return runBrowserArgs(QStringList{url} + extraArgs, output, timeoutMs);
}

// `node browser.mjs --device VERIFICATION_URI --user-code CODE extraArgs...`: enters the code,
// signs in and consents (or aborts with {"--deny"}); 0 when the flow ended as asked.
inline int runDeviceBrowser(const QString &verificationUri, const QString &userCode,
                            const QStringList &extraArgs, QByteArray *output, int timeoutMs = 60000) {
    return runBrowserArgs(
        QStringList{QStringLiteral("--device"), verificationUri, QStringLiteral("--user-code"), userCode} +
            extraArgs,
        output, timeoutMs);
}

class OAuthTestServer {
public:
    OAuthTestServer() = default;
    ~OAuthTestServer() { stop(); }
    OAuthTestServer(const OAuthTestServer &) = delete;
    OAuthTestServer &operator=(const OAuthTestServer &) = delete;

    // Starts server.mjs with the test's environment plus `extra` (e.g. OAUTH_PORT,
    // OAUTH_DEVICE_INTERVAL) and waits for its READY line. Stops a server this object runs already.
    bool start(const QProcessEnvironment &extra = {}, int timeoutMs = 30000) {
        stop();
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = extra.keys();
        for (const QString &key : keys)
            env.insert(key, extra.value(key));
        m_process->setProcessEnvironment(env);
        // Its stderr holds only real problems (server errors, a missing module): show them.
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString script = oauthTestScriptDir() + QStringLiteral("/server.mjs");
        m_process->start(nodeProgram(), QStringList{script});
        if (!m_process->waitForStarted(timeoutMs)) {
            qWarning("OAuthTestServer: %s could not be started: %s", qPrintable(nodeProgram()),
                     qPrintable(m_process->errorString()));
            m_process.reset();
            return false;
        }
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains('\n')) {
            if (m_process->state() != QProcess::Running || clock.hasExpired(timeoutMs)) {
                qWarning("OAuthTestServer: %s ended or hung before READY; its stderr above says why",
                         qPrintable(script));
                stop();
                return false;
            }
            m_process->waitForReadyRead(200);
            out += m_process->readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith("READY http://")) {
            qWarning("OAuthTestServer: unexpected first line from %s", qPrintable(script));
            stop();
            return false;
        }
        m_issuer = QString::fromUtf8(line.mid(int(sizeof("READY ")) - 1));
        return true;
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

    // "http://127.0.0.1:PORT", no trailing slash; empty when not running.
    QString issuer() const { return m_issuer; }
    // issuer() + path, e.g. url(QStringLiteral("/token")).
    QString url(const QString &path) const { return m_issuer + path; }

    // GET /_test/stats: {"token": {"<grant_type>": n}, "token_total", "token_errors": {"<error>": n},
    // "revocation", "device_authorization", "last_token_request": {"grant_type", "scope",
    // "client_auth": "basic"|"post"|"none", "code_verifier_present", "status"} or null,
    // "last_revocation_request"}. Empty on failure (with a warning).
    QJsonObject stats() const {
        return QJsonDocument::fromJson(call("GET", QStringLiteral("/_test/stats"))).object();
    }

    // POST /_test/reset: zeroes the stats.
    void reset() const { call("POST", QStringLiteral("/_test/reset")); }

    // POST /_test/revoke-grants: every grant issued so far dies with its tokens, so the next
    // refresh gets a genuine invalid_grant. Returns how many grants went.
    int revokeGrants() const {
        return QJsonDocument::fromJson(call("POST", QStringLiteral("/_test/revoke-grants")))
            .object()
            .value(QStringLiteral("revoked"))
            .toInt(-1);
    }

    // POST /_test/slow-down?n=N: the next N pending device-code polls answer slow_down.
    void forceSlowDown(int n = 1) const { call("POST", QStringLiteral("/_test/slow-down?n=%1").arg(n)); }

    // Ends the server (SIGTERM, then SIGKILL).
    void stop() {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
        m_issuer.clear();
    }

private:
    // One synchronous request to a /_test/ endpoint, on a local event loop.
    QByteArray call(const QByteArray &verb, const QString &path, int timeoutMs = 10000) const {
        if (m_issuer.isEmpty()) {
            qWarning("OAuthTestServer: not running");
            return {};
        }
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request{QUrl(url(path))};
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, verb, QByteArray()));
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (!reply->isFinished())
            loop.exec();
        if (!reply->isFinished()) {
            reply->abort();
            qWarning("OAuthTestServer: %s %s timed out", verb.constData(), qPrintable(path));
            return {};
        }
        if (reply->error() != QNetworkReply::NoError) {
            qWarning("OAuthTestServer: %s %s: %s", verb.constData(), qPrintable(path),
                     qPrintable(reply->errorString()));
            return {};
        }
        return reply->readAll();
    }

    std::unique_ptr<QProcess> m_process;
    QString m_issuer;
};
