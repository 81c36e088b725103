#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <optional>

namespace bifrost::oauth {

// The listener's reading of request bytes, without a socket: LoopbackListener calls these, and
// the fuzz target tests/fuzz/http_request.cpp feeds them hostile input directly.
namespace loopback {

// A browser's redirect is one short GET; anything larger is not ours.
inline constexpr qsizetype maxRequestBytes = qsizetype(8) * 1024;

struct RequestCheck {
    enum class Verdict {
        Incomplete,       // keep reading
        BadRequest,       // 400: not an HTTP/1.x request line
        MethodNotAllowed, // 405: not GET
        TooLarge,         // 431: more than maxRequestBytes without the end of the headers
        Complete,         // a whole GET request; `target` is its request target
    };
    Verdict verdict = Verdict::Incomplete;
    QByteArray target;
};
// What the bytes a connection sent so far (at most maxRequestBytes + 1 are kept) amount to.
RequestCheck checkRequest(const QByteArray &buffer);

// The query of a redirect as application/x-www-form-urlencoded (RFC 6749 Appendix B): '+' is a
// space. A parameter that appears twice makes the whole query invalid (RFC 6749 §3.1).
std::optional<QHash<QByteArray, QString>> parseQuery(QByteArrayView query);

struct Redirect {
    enum class Verdict {
        NotFound, // 404: another path
        BadState, // 400: a malformed query or a state that is not the expected one
        Empty,    // 400: right state, but neither code nor error
        Code,     // the authorization code
        Error,    // the provider's error (RFC 6749 §4.1.2.1)
    };
    Verdict verdict = Verdict::NotFound;
    QString code;
    QString error;
    QString description;
};
// Reads a complete request's target against the redirect path and this flow's state (an empty
// expected state matches nothing). Nothing but the state is looked at unless it matches.
Redirect readRedirect(const QByteArray &target, const QString &path, const QByteArray &expectedState);

} // namespace loopback

// The redirect end of an authorization-code flow (RFC 8252 §7.3): a tiny HTTP server on
// 127.0.0.1 only. It checks `state` before anything else, answers stray and forged requests
// with 4xx without ending the flow, caps request size and time, serves an escaped result page
// from resources and closes after the first valid redirect. Never logs codes or tokens.
//
//   browser                                   LoopbackListener
//     |-- GET /favicon.ico, other paths ------>  404, flow goes on
//     |-- GET /callback?state=forged&code=.. ->  400 "invalid or expired state", flow goes on
//     |-- junk, POST, > 8 KiB, > 10 s -------->  400 / 405 / 431 / 408, flow goes on
//     |-- GET /callback?code=..&state=S ------>  200 page; server closed; codeReceived(code)
//     |-- GET /callback?error=..&state=S ----->  200 page; server closed; errorReceived(error, ..)
//     |-- anything later --------------------->  connection refused
class LoopbackListener : public QObject {
    Q_OBJECT
public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Binds 127.0.0.1:`port` (0: ephemeral). `host` ("127.0.0.1" or "localhost") is what the
    // redirect URI says; for "localhost" the same port is also held on ::1, where a browser may
    // try first and another process must not sit. `expectedState`: this flow's single-use state.
    Result<void> listen(const QString &host, quint16 port, const QString &path,
                        const QByteArray &expectedState);
    QString redirectUri() const; // http://HOST:PORT/PATH, unchanged after the redirect
    quint16 port() const;        // the bound port, also after the server closed
    void close();

    // Counters for tests and diagnostics.
    int strayRequests() const { return m_stray; }

Q_SIGNALS:
    // A redirect with the right path and state and a code. Emitted once, from the event loop
    // after the page went out; a receiver may delete the listener.
    void codeReceived(const QString &code);
    // A redirect with the right path and state and an `error` (RFC 6749 §4.1.2.1). Emitted once,
    // like codeReceived.
    void errorReceived(const QString &error, const QString &description);

private:
    struct Client;
    void onNewConnection();
    void onReadyRead(Client *client);
    void handleRequest(Client *client, const QByteArray &target);
    void respond(Client *client, int status, const QString &title, const QString &message,
                 bool requestComplete = false);
    QTcpServer m_server;  // 127.0.0.1
    QTcpServer m_server6; // ::1, same port, only when the redirect host is "localhost"
    QString m_host;
    quint16 m_port = 0; // kept after the server closes: redirectUri() must not change
    QString m_path;
    QByteArray m_state;
    bool m_done = false;
    int m_stray = 0;
};

} // namespace bifrost::oauth
