#pragma once

#include "common/result.h"

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

namespace bifrost::oauth {

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
