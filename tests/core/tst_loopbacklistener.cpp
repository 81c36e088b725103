// The loopback listener of the authorization-code flow, driven by raw QTcpSocket clients that
// play the browser and the strays: the valid redirect, provider errors, forged and reused state,
// wrong paths, other methods, junk, oversized and stalled requests, and what it binds to.
#include "oauth/loopbacklistener.h"
#include "oauth/pkce.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace bifrost;
using namespace bifrost::oauth;

namespace {

// What one raw HTTP exchange produced.
struct Answer {
    bool connected = false;
    int status = 0; // 0: no status line arrived
    QByteArray head;
    QByteArray body;
    bool closedByServer = false;

    QByteArray header(const QByteArray &name) const {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.sliced(colon + 1).trimmed();
        }
        return {};
    }
};

// Sends `request` and reads the answer until its Content-Length is complete or the server
// closes. With `waitForClose`, then waits until the server closes the connection.
Answer exchange(quint16 port, const QByteArray &request, bool waitForClose = false,
                const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), int timeoutMs = 20000) {
    Answer a;
    QTcpSocket socket;
    socket.connectToHost(address, port);
    (void)QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::ConnectedState ||
                   socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    if (socket.state() != QAbstractSocket::ConnectedState)
        return a;
    a.connected = true;
    socket.write(request);
    QByteArray data;
    const auto complete = [&] {
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        a.head = data.first(end);
        const QByteArray length = a.header("Content-Length");
        return !length.isEmpty() && data.size() - end - 4 >= length.toLongLong();
    };
    (void)QTest::qWaitFor([&] { return complete() || socket.state() == QAbstractSocket::UnconnectedState; },
                          timeoutMs);
    complete();
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end >= 0) {
        a.head = data.first(end);
        a.body = data.sliced(end + 4);
        const QList<QByteArray> statusLine = a.head.split('\n').value(0).split(' ');
        a.status = statusLine.value(1).toInt();
    }
    if (waitForClose)
        (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
    a.closedByServer = socket.state() == QAbstractSocket::UnconnectedState;
    return a;
}

QByteArray get(const QByteArray &target) {
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\nAccept: text/html\r\n\r\n";
}

bool refused(quint16 port, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost)) {
    QTcpSocket socket;
    socket.connectToHost(address, port);
    (void)QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::ConnectedState ||
                   socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return socket.state() == QAbstractSocket::UnconnectedState;
}

// A raw connection to the listener that keeps everything the listener sends it, for the tests
// that write in their own rhythm: spare, split, concurrent and stalled requests.
class RawClient {
public:
    explicit RawClient(quint16 port) {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool connected() const { return socket.state() == QAbstractSocket::ConnectedState; }
    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }

    QTcpSocket socket;
    QByteArray received;
};

// Collects every message the code under test logs, to prove that codes and states never appear.
QStringList g_log;
void collectMessages(QtMsgType, const QMessageLogContext &, const QString &message) {
    g_log << message;
}

} // namespace

class TestLoopbackListener : public QObject {
    Q_OBJECT

    QByteArray m_state;

    // A listener on an ephemeral port with a fresh state.
    bool start(LoopbackListener &listener, const QString &host = QStringLiteral("127.0.0.1")) {
        m_state = randomToken();
        const Result<void> r = listener.listen(host, 0, QStringLiteral("/callback"), m_state);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r.ok();
    }
    QByteArray callback(const QByteArray &query) const { return "/callback?" + query; }

private Q_SLOTS:
    void validRedirectEmitsCodeOnceAndStopsListening() {
        LoopbackListener listener;
        QVERIFY(start(listener));
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        QSignalSpy errors(&listener, &LoopbackListener::errorReceived);
        const quint16 port = listener.port();
        const QString redirectUri = listener.redirectUri();

        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectMessages);
        const Answer a = exchange(port, get(callback("code=the-code%2Fx+y&state=" + m_state + "&iss=x")));
        qInstallMessageHandler(previous);

        QCOMPARE(a.status, 200);
        QTRY_COMPARE(codes.count(), 1);
        QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("the-code/x y"));
        QCOMPARE(errors.count(), 0);
        QCOMPARE(a.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(a.header("Connection"), QByteArray("close"));
        QCOMPARE(a.header("Referrer-Policy"), QByteArray("no-referrer"));
        QVERIFY(a.body.contains("Authorization complete"));
        QVERIFY(a.body.contains("<!DOCTYPE html>")); // the page from the resources
        QVERIFY(!a.body.contains("{{"));
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY(!line.contains(QStringLiteral("the-code")));
            QVERIFY(!line.contains(QString::fromLatin1(m_state)));
        }

        // The code exchange repeats the redirect URI: it stays what it was.
        QCOMPARE(listener.redirectUri(), redirectUri);
        QCOMPARE(listener.port(), port);
        // The flow is over: the same redirect again, or anything else, finds no listener.
        QVERIFY(refused(port));
        QCOMPARE(exchange(port, get(callback("code=again&state=" + m_state))).connected, false);
        QTRY_COMPARE(codes.count(), 1);
    }

    void connectionOpenedBeforeTheRedirectCannotReuseTheState() {
        // Browsers open spare connections ahead of time; one of them must not replay the state.
        LoopbackListener listener;
        QVERIFY(start(listener));
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        RawClient spare(listener.port());
        QTRY_VERIFY(spare.connected());

        QCOMPARE(exchange(listener.port(), get(callback("code=one&state=" + m_state))).status, 200);
        QTRY_COMPARE(codes.count(), 1);

        spare.socket.write(get(callback("code=two&state=" + m_state)));
        QTRY_VERIFY(spare.received.contains("\r\n\r\n") || spare.closed());
        QVERIFY2(spare.received.isEmpty() || spare.received.startsWith("HTTP/1.1 400"),
                 spare.received.constData());
        QTRY_COMPARE(codes.count(), 1);
    }

    void providerErrorEmitsErrorReceived() {
        LoopbackListener listener;
        QVERIFY(start(listener));
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        QSignalSpy errors(&listener, &LoopbackListener::errorReceived);
        const Answer a = exchange(
            listener.port(),
            get(callback("error=access_denied&error_description=The+user+said+no&state=" + m_state)));
        QCOMPARE(a.status, 200);
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("access_denied"));
        QCOMPARE(errors.at(0).at(1).toString(), QStringLiteral("The user said no"));
        QCOMPARE(codes.count(), 0);
        QVERIFY(a.body.contains("Authorization failed"));
        QVERIFY(a.body.contains("access_denied"));
        QVERIFY(refused(listener.port()));
    }

    void errorDescriptionIsEscapedInThePage() {
        LoopbackListener listener;
        QVERIFY(start(listener));
        QSignalSpy errors(&listener, &LoopbackListener::errorReceived);
        const QByteArray evil = "<script>alert(1)</script>{{TITLE}}\"'&";
        const Answer a = exchange(
            listener.port(), get(callback("error=%3Cb%3Ebad&error_description=" + evil.toPercentEncoding() +
                                          "&state=" + m_state)));
        QCOMPARE(a.status, 200);
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(1).toString(), QString::fromLatin1(evil)); // the signal carries it raw
        QVERIFY(!a.body.contains("<script>"));
        QVERIFY(!a.body.contains("<b>bad"));
        QVERIFY(a.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(a.body.contains("&lt;b&gt;bad"));
        // A placeholder inside the value is not expanded again.
        QVERIFY(a.body.contains("{{TITLE}}"));
    }

    void strayRequestsAreRejectedAndTheFlowContinues_data() {
        QTest::addColumn<QByteArray>("request"); // "STATE" stands for the right state
        QTest::addColumn<int>("status");

        QTest::newRow("wrong state")
            << get("/callback?code=c&state=forged-state-value-0123456789abcdef0123456") << 400;
        QTest::newRow("missing state") << get("/callback?code=c") << 400;
        QTest::newRow("empty state") << get("/callback?code=c&state=") << 400;
        QTest::newRow("state prefix") << get("/callback?code=c&state=STATEx") << 400;
        QTest::newRow("state twice") << get("/callback?code=c&state=STATE&state=STATE") << 400;
        QTest::newRow("no code, no error") << get("/callback?state=STATE") << 400;
        QTest::newRow("wrong path") << get("/other?code=c&state=STATE") << 404;
        QTest::newRow("path prefix") << get("/callback/x?code=c&state=STATE") << 404;
        QTest::newRow("root") << get("/") << 404;
        QTest::newRow("favicon") << get("/favicon.ico") << 404;
        QTest::newRow("POST") << QByteArray("POST /callback?code=c&state=STATE HTTP/1.1\r\nHost: x\r\n"
                                            "Content-Length: 0\r\n\r\n")
                              << 405;
        QTest::newRow("HEAD") << QByteArray("HEAD /callback?code=c&state=STATE HTTP/1.1\r\n\r\n") << 405;
        QTest::newRow("junk line") << QByteArray("\x01\x02\x03 garbage\r\n\r\n") << 400;
        QTest::newRow("TLS hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400;
        QTest::newRow("no version") << QByteArray("GET /callback?code=c&state=STATE\r\n\r\n") << 400;
        QTest::newRow("absolute form") << get("http://127.0.0.1/callback?code=c&state=STATE") << 400;
        QTest::newRow("oversized line")
            << get("/callback?code=" + QByteArray(9000, 'a') + "&state=STATE") << 431;
        QTest::newRow("oversized headers")
            << QByteArray("GET /callback?code=c&state=STATE HTTP/1.1\r\nX-Pad: " + QByteArray(9000, 'p') +
                          "\r\n\r\n")
            << 431;
    }

    void strayRequestsAreRejectedAndTheFlowContinues() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        LoopbackListener listener;
        QVERIFY(start(listener));
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        QSignalSpy errors(&listener, &LoopbackListener::errorReceived);

        const Answer a = exchange(listener.port(), request.replace("STATE", m_state), true);
        QCOMPARE(a.status, status);
        QVERIFY(a.closedByServer);
        QCOMPARE(a.header("Connection"), QByteArray("close"));
        QCOMPARE(codes.count(), 0);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(listener.strayRequests(), 1);

        // Still waiting for the real redirect.
        QCOMPARE(exchange(listener.port(), get(callback("code=real&state=" + m_state))).status, 200);
        QTRY_COMPARE(codes.count(), 1);
        QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("real"));
    }

    void stalledClientsTimeOut() {
        LoopbackListener listener;
        QVERIFY(start(listener));
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        // One never sends a byte, one never finishes its headers, one trickles bytes.
        RawClient silent(listener.port()), partial(listener.port()), trickle(listener.port());
        QTRY_VERIFY(silent.connected() && partial.connected() && trickle.connected());
        partial.socket.write("GET /callback?code=c&state=" + m_state + " HTTP/1.1\r\nHost: x\r\n");
        QTimer drip;
        connect(&drip, &QTimer::timeout, this, [&] {
            if (trickle.connected())
                trickle.socket.write("G");
        });
        trickle.socket.write("GET /callback?code=c&state=" + m_state + " HTTP/1.1\r\nX-Slow: ");
        drip.start(500);

        // The deadline is 10 s; generous margin.
        QTRY_VERIFY_WITH_TIMEOUT(silent.closed() && partial.closed() && trickle.closed(), 30000);
        drip.stop();
        for (const RawClient *client : {&silent, &partial, &trickle})
            QVERIFY2(client->received.startsWith("HTTP/1.1 408"), client->received.left(40).constData());
        QCOMPARE(codes.count(), 0);
        QCOMPARE(listener.strayRequests(), 3);
        QCOMPARE(exchange(listener.port(), get(callback("code=c&state=" + m_state))).status, 200);
        QTRY_COMPARE(codes.count(), 1);
    }

    void requestSplitAcrossPacketsIsAccepted() {
        LoopbackListener listener;
        QVERIFY(start(listener));
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        RawClient client(listener.port());
        QTRY_VERIFY(client.connected());
        const QByteArray request = get(callback("code=split&state=" + m_state));
        for (qsizetype i = 0; i < request.size(); i += 7) {
            client.socket.write(request.mid(i, 7));
            client.socket.flush();
            QTest::qWait(1); // lets the listener see separate reads; no timing is asserted
        }
        QTRY_COMPARE(codes.count(), 1);
        QTRY_VERIFY(client.received.startsWith("HTTP/1.1 200"));
    }

    void onlyOneOfTwoConcurrentRedirectsCounts() {
        LoopbackListener listener;
        QVERIFY(start(listener));
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        RawClient first(listener.port()), second(listener.port());
        QTRY_VERIFY(first.connected() && second.connected());
        first.socket.write(get(callback("code=first&state=" + m_state)));
        second.socket.write(get(callback("code=second&state=" + m_state)));
        // Each gets a complete answer or, once the flow is over, is dropped without one.
        QTRY_VERIFY(first.received.contains("</html>") || first.closed());
        QTRY_VERIFY(second.received.contains("</html>") || second.closed());
        QTRY_COMPARE(codes.count(), 1);
        const QByteArray &a = first.received, &b = second.received;
        const auto rejected = [](const QByteArray &answer) {
            return answer.isEmpty() || answer.startsWith("HTTP/1.1 400");
        };
        QVERIFY((a.startsWith("HTTP/1.1 200") && rejected(b)) ||
                (rejected(a) && b.startsWith("HTTP/1.1 200")));
    }

    void receiverMayDeleteTheListenerInTheSlot() {
        auto *listener = new LoopbackListener;
        QVERIFY(start(*listener));
        QPointer<LoopbackListener> guard(listener);
        QString received;
        connect(listener, &LoopbackListener::codeReceived, this, [&](const QString &code) {
            received = code;
            delete listener;
        });
        const Answer a = exchange(listener->port(), get(callback("code=bye&state=" + m_state)));
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(received, QStringLiteral("bye"));
        QCOMPARE(a.status, 200); // the page was on its way before the slot ran
    }

    void bindsLoopbackOnly() {
        LoopbackListener listener;
        QVERIFY(start(listener));
        const quint16 port = listener.port();
        QVERIFY(!refused(port));
        // Not reachable through ::1 either: the redirect URI names 127.0.0.1.
        QVERIFY(refused(port, QHostAddress::LocalHostIPv6));
        int tried = 0;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.isLinkLocal())
                continue;
            ++tried;
            QVERIFY2(refused(port, address), qPrintable(address.toString()));
        }
        if (tried == 0)
            QSKIP("this machine has no non-loopback address to try");
    }

    void localhostAlsoHoldsIpv6Loopback() {
        LoopbackListener listener;
        QVERIFY(start(listener, QStringLiteral("localhost")));
        QCOMPARE(listener.redirectUri(), QStringLiteral("http://localhost:%1/callback").arg(listener.port()));
        QVERIFY(!refused(listener.port()));
        bool hasV6 = false;
        for (const QHostAddress &address : QNetworkInterface::allAddresses())
            hasV6 = hasV6 || address == QHostAddress(QHostAddress::LocalHostIPv6);
        if (!hasV6)
            QSKIP("no ::1 on this machine");
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        const Answer a = exchange(listener.port(), get(callback("code=v6&state=" + m_state)), false,
                                  QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(a.status, 200);
        QTRY_COMPARE(codes.count(), 1);
        QVERIFY(refused(listener.port(), QHostAddress::LocalHostIPv6));
    }

    void localhostRefusesAPortTakenOnIpv6() {
        // Another process on [::1]:PORT would get the browser's redirect to localhost:PORT.
        QTcpServer squatter;
        if (!squatter.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("no ::1 on this machine");
        LoopbackListener listener;
        const Result<void> r = listener.listen(QStringLiteral("localhost"), squatter.serverPort(),
                                               QStringLiteral("/callback"), "s");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::External);
        QVERIFY2(r.error().message.contains(QStringLiteral("::1")), qPrintable(r.error().message));
        QVERIFY(refused(squatter.serverPort())); // nothing left behind on 127.0.0.1
    }

    void ephemeralAndFixedPorts() {
        LoopbackListener ephemeral;
        QVERIFY(start(ephemeral));
        QVERIFY(ephemeral.port() > 0);
        QCOMPARE(ephemeral.redirectUri(),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(ephemeral.port()));

        // A fixed port: one the system just handed out and took back.
        quint16 fixed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            fixed = probe.serverPort();
        }
        LoopbackListener listener;
        const QByteArray state = randomToken();
        const Result<void> r =
            listener.listen(QStringLiteral("127.0.0.1"), fixed, QStringLiteral("/cb/here"), state);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(listener.port(), fixed);
        QCOMPARE(listener.redirectUri(), QStringLiteral("http://127.0.0.1:%1/cb/here").arg(fixed));
        QSignalSpy codes(&listener, &LoopbackListener::codeReceived);
        QCOMPARE(exchange(fixed, get("/cb/here?code=fixed&state=" + state)).status, 200);
        QTRY_COMPARE(codes.count(), 1);
    }

    void portInUseIsAnExternalError() {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        LoopbackListener listener;
        const Result<void> r = listener.listen(QStringLiteral("127.0.0.1"), holder.serverPort(),
                                               QStringLiteral("/callback"), "s");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::External);
        QVERIFY2(r.error().message.contains(QString::number(holder.serverPort())),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("--redirect-port")));
    }

    void invalidSettingsAreRefused() {
        LoopbackListener listener;
        Result<void> r = listener.listen(QStringLiteral("0.0.0.0"), 0, QStringLiteral("/callback"), "s");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().field, QStringLiteral("redirect_host"));
        r = listener.listen(QStringLiteral("127.0.0.1"), 0, QStringLiteral("callback"), "s");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("redirect_path"));
    }

    void closeEndsTheFlow() {
        LoopbackListener listener;
        QVERIFY(start(listener));
        const quint16 port = listener.port();
        RawClient waiting(port);
        QTRY_VERIFY(waiting.connected());
        listener.close();
        QTRY_VERIFY(waiting.closed());
        QVERIFY(refused(port));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
