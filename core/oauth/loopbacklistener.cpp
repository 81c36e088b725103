#include "loopbacklistener.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <openssl/crypto.h>
#include <optional>

namespace bifrost::oauth {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OAuth)
};

using loopback::maxRequestBytes;
// From accept to the end of the headers. Not reset by incoming bytes, so a client that trickles
// one byte at a time cannot hold a connection open either.
constexpr int kRequestDeadlineMs = 10 * 1000;
// How often an ephemeral port is tried again when "localhost" needs the same port on ::1.
constexpr int kBindAttempts = 8;
// After an answer, how long unread input is still drained before closing. Closing a socket with
// unread input resets the connection, and the reset can destroy the answer on its way; a
// browser closes by itself as soon as it has read a "Connection: close" answer.
constexpr int kLingerMs = 1000;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

QString pageTemplate() {
    static const QString page = [] {
        QFile file(QStringLiteral(":/bifrost/oauth/result.html"));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
        // The resource is compiled into core; this only guards against a broken build.
        return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{{TITLE}}</title>"
                              "</head><body><h1>{{TITLE}}</h1><p>{{MESSAGE}}</p></body></html>");
    }();
    return page;
}

// Fills the placeholders in one pass, so a value that itself contains "{{MESSAGE}}" is never
// expanded again. Values are HTML-escaped: the message may carry the provider's (attacker
// controlled) error_description.
QByteArray renderPage(const QString &title, const QString &message) {
    const QString tpl = pageTemplate();
    const QHash<QString, QString> values{{QStringLiteral("{{TITLE}}"), title.toHtmlEscaped()},
                                         {QStringLiteral("{{MESSAGE}}"), message.toHtmlEscaped()}};
    QString out;
    out.reserve(tpl.size() + title.size() * 2 + message.size());
    qsizetype pos = 0;
    while (pos < tpl.size()) {
        const qsizetype open = tpl.indexOf(QStringLiteral("{{"), pos);
        if (open < 0)
            break;
        const qsizetype close = tpl.indexOf(QStringLiteral("}}"), open + 2);
        if (close < 0)
            break;
        const QString key = tpl.mid(open, close + 2 - open);
        out += QStringView(tpl).mid(pos, open - pos);
        out += values.contains(key) ? values.value(key) : key;
        pos = close + 2;
    }
    out += QStringView(tpl).mid(pos);
    return out.toUtf8();
}

QByteArray httpResponse(int status, const QByteArray &body, bool allowGet = false) {
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    r += "Content-Type: text/html; charset=utf-8\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "Cache-Control: no-store\r\n";
    r += "Pragma: no-cache\r\n";
    r += "Referrer-Policy: no-referrer\r\n";
    r += "X-Content-Type-Options: nosniff\r\n";
    r += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    if (allowGet)
        r += "Allow: GET\r\n";
    r += "Connection: close\r\n\r\n";
    return r + body;
}

bool isTokenChar(char c) {
    // RFC 9110 §5.6.2 tchar, enough to tell a method from junk.
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isVisibleAscii(QByteArrayView s) {
    for (char c : s) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return false;
    }
    return true;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    // The length of a state is no secret; its bytes are.
    if (a.size() != b.size() || a.isEmpty())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

namespace loopback {

std::optional<QHash<QByteArray, QString>> parseQuery(QByteArrayView query) {
    QHash<QByteArray, QString> params;
    for (QByteArrayView part : QByteArray(query.toByteArray()).split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = (eq < 0 ? part : part.first(eq)).toByteArray();
        QByteArray value = (eq < 0 ? QByteArrayView() : part.sliced(eq + 1)).toByteArray();
        key = QByteArray::fromPercentEncoding(key.replace('+', ' '));
        value = QByteArray::fromPercentEncoding(value.replace('+', ' '));
        if (params.contains(key))
            return std::nullopt;
        params.insert(key, QString::fromUtf8(value));
    }
    return params;
}

RequestCheck checkRequest(const QByteArray &buf) {
    using V = RequestCheck::Verdict;
    // The request line on its own is enough to reject junk and other methods early.
    const qsizetype lineEnd = buf.indexOf("\r\n");
    if (lineEnd < 0) {
        if (buf.size() > maxRequestBytes)
            return {V::TooLarge, {}};
        // A method is a short token followed by a space; anything else is not HTTP.
        qsizetype i = 0;
        while (i < buf.size() && isTokenChar(buf.at(i)))
            ++i;
        if ((i < buf.size() && buf.at(i) != ' ') || i > 16)
            return {V::BadRequest, {}};
        return {V::Incomplete, {}};
    }
    const QList<QByteArray> parts = buf.first(lineEnd).split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() ||
        !std::all_of(parts.at(0).cbegin(), parts.at(0).cend(), isTokenChar) || !parts.at(1).startsWith('/') ||
        !isVisibleAscii(parts.at(1)) || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0"))
        return {V::BadRequest, {}};
    if (parts.at(0) != "GET")
        return {V::MethodNotAllowed, {}};
    // Answer only a complete request, so the browser is done sending when the connection closes.
    if (buf.indexOf("\r\n\r\n", lineEnd) < 0)
        return {buf.size() > maxRequestBytes ? V::TooLarge : V::Incomplete, {}};
    return {V::Complete, parts.at(1)};
}

Redirect readRedirect(const QByteArray &target, const QString &path, const QByteArray &expectedState) {
    using V = Redirect::Verdict;
    const qsizetype q = target.indexOf('?');
    const QByteArray rawPath = q < 0 ? target : target.first(q);
    const QByteArray query = q < 0 ? QByteArray() : target.sliced(q + 1);
    if (QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath)) != path)
        return {V::NotFound, {}, {}, {}};
    const auto params = parseQuery(query);
    // State first: nothing else of a request with a wrong or reused state is looked at.
    const QByteArray state = params ? params->value("state").toUtf8() : QByteArray();
    if (!params || !constantTimeEquals(state, expectedState))
        return {V::BadState, {}, {}, {}};
    Redirect r;
    r.error = params->value("error");
    r.code = params->value("code");
    if (!r.error.isEmpty()) {
        r.verdict = V::Error;
        r.code.clear();
        r.description = params->value("error_description");
    } else {
        r.verdict = r.code.isEmpty() ? V::Empty : V::Code;
    }
    return r;
}

} // namespace loopback

// One accepted connection: its buffer and deadline. Owned by the socket, which the listener
// owns, so closing or deleting the listener drops every connection with it.
struct LoopbackListener::Client : QObject {
    explicit Client(QTcpSocket *s)
        : QObject(s)
        , socket(s) {}
    QTcpSocket *socket;
    QByteArray buffer;
    QTimer deadline; // until the request is complete, then the linger time
    bool answered = false;
};

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent) {
    m_server.setMaxPendingConnections(16);
    m_server6.setMaxPendingConnections(16);
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
    connect(&m_server6, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
}

LoopbackListener::~LoopbackListener() = default;

Result<void> LoopbackListener::listen(const QString &host, quint16 port, const QString &path,
                                      const QByteArray &expectedState) {
    if (host != QStringLiteral("127.0.0.1") && host != QStringLiteral("localhost"))
        return Error::invalid(
            Text::tr("the redirect host must be \"127.0.0.1\" or \"localhost\", not \"%1\"; "
                     "set it with --redirect-host")
                .arg(host),
            QStringLiteral("redirect_host"));
    if (!path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('?')) ||
        path.contains(QLatin1Char('#')))
        return Error::invalid(
            Text::tr("the redirect path must start with \"/\" and hold no query or fragment, not \"%1\"; "
                     "set it with --redirect-path")
                .arg(path),
            QStringLiteral("redirect_path"));
    if (expectedState.isEmpty())
        return Error::internal(Text::tr("the loopback listener needs a state value"));

    close();
    m_port = 0;
    // "localhost" may resolve to ::1 first in the browser. Holding the same port on ::1 keeps
    // another local process from taking it there and receiving the redirect (RFC 8252 §8.3).
    const bool alsoV6 = host == QStringLiteral("localhost");
    bool bound = false;
    QString reason;
    for (int attempt = 0; attempt < (port == 0 && alsoV6 ? kBindAttempts : 1) && !bound; ++attempt) {
        if (!m_server.listen(QHostAddress::LocalHost, port)) {
            reason = m_server.errorString();
            break;
        }
        // Any ::1 failure but "in use" means no IPv6 loopback here: nothing to take over either.
        if (!alsoV6 || m_server6.listen(QHostAddress::LocalHostIPv6, m_server.serverPort()) ||
            m_server6.serverError() != QAbstractSocket::AddressInUseError) {
            bound = true;
        } else {
            reason = Text::tr("the port is in use on ::1");
            m_server.close();
        }
    }
    if (!bound) {
        m_server.close();
        m_server6.close();
        if (port == 0)
            return Error::external(
                Text::tr("could not open a loopback port for the OAuth redirect: %1; try again").arg(reason));
        return Error::external(
            Text::tr("could not listen on %1 port %2 for the OAuth redirect: %3; close the "
                     "program that uses the port or set another one with --redirect-port")
                .arg(host)
                .arg(port)
                .arg(reason));
    }
    m_host = host;
    m_port = m_server.serverPort();
    m_path = path;
    m_state = expectedState;
    m_done = false;
    m_stray = 0;
    return {};
}

QString LoopbackListener::redirectUri() const {
    return QStringLiteral("http://%1:%2%3").arg(m_host).arg(port()).arg(m_path);
}

quint16 LoopbackListener::port() const {
    return m_port;
}

void LoopbackListener::close() {
    m_server.close();
    m_server6.close();
    m_state.clear();
    // Connections still waiting for an answer are dropped; one that has its answer finishes
    // sending it and goes away by itself.
    const auto sockets = findChildren<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        // Client has no meta-object of its own (qobject_cast would match any child).
        const Client *client = nullptr;
        for (QObject *child : socket->children()) {
            if ((client = dynamic_cast<const Client *>(child)))
                break;
        }
        if (!client || !client->answered) {
            socket->abort();
            socket->deleteLater();
        }
    }
}

void LoopbackListener::onNewConnection() {
    for (QTcpServer *server : {&m_server, &m_server6}) {
        while (server->hasPendingConnections()) {
            QTcpSocket *socket = server->nextPendingConnection();
            if (m_done) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            socket->setParent(this);
            auto *client = new Client(socket);
            client->deadline.setSingleShot(true);
            connect(&client->deadline, &QTimer::timeout, client, [this, client] {
                if (client->answered) {
                    client->socket->disconnectFromHost();
                    return;
                }
                ++m_stray;
                respond(client, 408, Text::tr("Request timed out"),
                        Text::tr("The request did not arrive in time."));
            });
            connect(socket, &QTcpSocket::readyRead, client, [this, client] { onReadyRead(client); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            client->deadline.start(kRequestDeadlineMs);
            // Bytes may have arrived with the connection.
            if (socket->bytesAvailable() > 0)
                onReadyRead(client);
        }
    }
}

void LoopbackListener::respond(Client *client, int status, const QString &title, const QString &message,
                               bool requestComplete) {
    if (client->answered)
        return;
    client->answered = true;
    client->buffer.clear();
    QTcpSocket *socket = client->socket;
    socket->write(httpResponse(status, renderPage(title, message), status == 405));
    // Hand the page to the kernel now: a slot connected to our signals may delete the listener
    // and with it the socket.
    socket->flush();
    // A complete GET has nothing more to send; anything else may still be sending.
    if (requestComplete)
        socket->disconnectFromHost();
    else
        client->deadline.start(kLingerMs);
}

void LoopbackListener::onReadyRead(Client *client) {
    QTcpSocket *socket = client->socket;
    if (client->answered) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    const qsizetype room = maxRequestBytes + 1 - client->buffer.size();
    client->buffer += socket->read(qMax<qsizetype>(room, 0));
    // Drain the rest so the kernel never holds unread bytes (closing with unread bytes resets
    // the connection before the browser sees our answer).
    while (socket->bytesAvailable() > 0)
        socket->skip(socket->bytesAvailable());

    const loopback::RequestCheck check = loopback::checkRequest(client->buffer);
    switch (check.verdict) {
    case loopback::RequestCheck::Verdict::Incomplete:
        return;
    case loopback::RequestCheck::Verdict::TooLarge:
        ++m_stray;
        respond(client, 431, Text::tr("Request too large"), Text::tr("The request was too large."));
        return;
    case loopback::RequestCheck::Verdict::BadRequest:
        ++m_stray;
        respond(client, 400, Text::tr("Bad request"), Text::tr("The request was not understood."));
        return;
    case loopback::RequestCheck::Verdict::MethodNotAllowed:
        ++m_stray;
        respond(client, 405, Text::tr("Method not allowed"), Text::tr("Only GET is accepted here."));
        return;
    case loopback::RequestCheck::Verdict::Complete:
        handleRequest(client, check.target);
        return;
    }
}

void LoopbackListener::handleRequest(Client *client, const QByteArray &target) {
    using V = loopback::Redirect::Verdict;
    // After the flow ended the state is spent: every request gets the same answer as a forged one.
    const loopback::Redirect redirect =
        loopback::readRedirect(target, m_path, m_done ? QByteArray() : m_state);
    if (redirect.verdict == V::NotFound) {
        ++m_stray;
        respond(client, 404, Text::tr("Not found"), Text::tr("There is nothing here."), true);
        return;
    }
    if (redirect.verdict == V::BadState) {
        ++m_stray;
        respond(client, 400, Text::tr("Sign-in not accepted"),
                Text::tr("The response carried an invalid or expired state. Start the connection again "
                         "from Bifrost Admin."),
                true);
        return;
    }
    if (redirect.verdict == V::Empty) {
        ++m_stray;
        respond(client, 400, Text::tr("Sign-in not accepted"),
                Text::tr("The response carried neither an authorization code nor an error."), true);
        return;
    }
    const QString error = redirect.error;
    const QString code = redirect.code;

    // The first valid redirect ends the flow: no further connections, the state is spent. The
    // signal goes out from the event loop, not from inside the socket's readyRead: a receiver
    // may delete the listener and with it the socket, which QAbstractSocket does not survive in
    // the middle of its own notification.
    const auto emitLater = [this](auto emitter) {
        QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
    };
    m_done = true;
    m_state.clear();
    m_server.close();
    m_server6.close();
    if (!error.isEmpty()) {
        const QString description = redirect.description;
        respond(client, 200, Text::tr("Authorization failed"),
                description.isEmpty() ? Text::tr("The provider answered: %1.").arg(error)
                                      : Text::tr("The provider answered: %1 (%2).").arg(error, description),
                true);
        emitLater([this, error, description] { Q_EMIT errorReceived(error, description); });
    } else {
        respond(client, 200, Text::tr("Authorization complete"),
                Text::tr("Bifrost Admin received the authorization and is finishing the connection."), true);
        emitLater([this, code] { Q_EMIT codeReceived(code); });
    }
}

} // namespace bifrost::oauth
