// loadSpec against real files in a temporary folder and a real HTTP peer on loopback: external
// $refs (relative, "../", percent-encoded, circular), the limits, and every network rule
// (https-or-loopback, redirects, size, timeout, HTTP errors), also from a worker thread.

#include "openapi/specdocument.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

using namespace bifrost;
using namespace bifrost::openapi;

namespace {

// A real HTTP/1.1 peer on 127.0.0.1 (QTcpServer: the loader talks to it through the whole
// network stack). Each request gets one answer from `route`, then the connection closes; the
// special modes produce what a plain file server cannot: no answer at all, an endless body, a
// Content-Length that lies.
class HttpServer : public QObject {
public:
    enum class Mode { Normal, NoAnswer, Endless, HugeLength };
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray location;
        Mode mode = Mode::Normal;
    };

    HttpServer() {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    QString url(const QString &path) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

    std::function<Response(const QByteArray &path)> route;
    QList<QByteArray> requests;
    qint64 bytesSent = 0;

private:
    void accept() {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                if (!buffer->contains("\r\n\r\n"))
                    return;
                const QByteArray path = buffer->split(' ').value(1);
                buffer->clear();
                requests << path;
                answer(socket, route(path));
            });
        }
    }

    static QByteArray reason(int status) {
        switch (status) {
        case 200:
            return "OK";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 404:
            return "Not Found";
        default:
            return "Status";
        }
    }

    void answer(QTcpSocket *socket, const Response &response) {
        if (response.mode == Mode::NoAnswer)
            return;
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
        if (!response.location.isEmpty())
            head += "Location: " + response.location + "\r\n";
        if (response.mode == Mode::Normal)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        if (response.mode == Mode::HugeLength)
            head += "Content-Length: 10000000000\r\n";
        head += "Content-Type: application/json\r\nConnection: close\r\n\r\n";
        socket->write(head);
        if (response.mode == Mode::Endless) {
            // Writes 64 KB more whenever the last chunk left, until the client hangs up (or a
            // 200 MB safety stop).
            const QByteArray chunk(64 * 1024, ' ');
            auto more = [this, socket, chunk] {
                if (socket->state() == QAbstractSocket::ConnectedState && bytesSent < 200LL * 1024 * 1024 &&
                    socket->bytesToWrite() < 256 * 1024) {
                    bytesSent += socket->write(chunk);
                }
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, this, more);
            socket->write("[");
            more();
            return;
        }
        socket->write(response.body);
        bytesSent += response.body.size();
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

void writeFile(const QString &path, const QByteArray &content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QString clean(const QString &path) {
    return QDir::cleanPath(path);
}

// QVERIFY2 evaluates its message even when the check passes: only read the error of a failure.
template <typename T>
QString why(const Result<T> &result) {
    return result ? QString() : result.error().message;
}

} // namespace

class TestSpecLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // ---- files ----
    void relativeExternalRefs() {
        const QString root = m_dir->path();
        writeFile(root + QStringLiteral("/api/main.yaml"),
                  "openapi: 3.0.3\n"
                  "paths:\n"
                  "  /pets:\n"
                  "    get:\n"
                  "      responses:\n"
                  "        '200':\n"
                  "          content:\n"
                  "            application/json:\n"
                  "              schema:\n"
                  "                $ref: 'schemas/pet.yaml#/Pet'\n"
                  "        default:\n"
                  "          $ref: \"../shared/errors.json#/components/responses/Error\"\n"
                  "components:\n"
                  "  schemas:\n"
                  "    Local: {$ref: '#/components/schemas/Other'}\n"
                  "    Other: {type: string}\n");
        writeFile(root + QStringLiteral("/api/schemas/pet.yaml"),
                  "Pet:\n"
                  "  type: object\n"
                  "  properties:\n"
                  "    owner: {$ref: '../../shared/people.yaml#/Person'}\n"
                  "    tag: {$ref: './../../shared/other%20name.yaml#/Tag'}\n");
        writeFile(root + QStringLiteral("/shared/errors.json"),
                  "{\"components\": {\"responses\": {\"Error\": {\"description\": \"failed\"}}}}");
        // Back to pet.yaml: a circle, loaded once.
        writeFile(root + QStringLiteral("/shared/people.yaml"),
                  "Person:\n  properties:\n    pets: {items: {$ref: '../api/schemas/pet.yaml#/Pet'}}\n");
        writeFile(root + QStringLiteral("/shared/other name.yaml"), "Tag: {type: string}\n");

        qint64 lastProgress = -1;
        auto set = loadSpec(root + QStringLiteral("/api/main.yaml"), {},
                            [&](qint64 read, qint64) { lastProgress = read; });
        QVERIFY2(set, qPrintable(why(set)));
        QVERIFY(lastProgress > 0);
        QCOMPARE(set->mainSource, clean(root + QStringLiteral("/api/main.yaml")));
        QStringList sources;
        for (const auto &[source, doc] : set->documents) {
            QCOMPARE(doc->source, source);
            sources << source.mid(root.size());
        }
        QCOMPARE(
            sources.join(QLatin1Char(',')),
            QStringLiteral("/api/main.yaml,/api/schemas/pet.yaml,/shared/errors.json,/shared/other name.yaml,"
                           "/shared/people.yaml"));
        const Document &main = set->main();
        QCOMPARE(main.root.str("openapi"), std::string("3.0.3"));

        auto pet = set->follow(main, "schemas/pet.yaml#/Pet");
        QVERIFY(pet);
        QCOMPARE(pet->second->str("type"), std::string("object"));
        auto owner = set->follow(*pet->first, pet->second->get("properties")->get("owner")->str("$ref"));
        QVERIFY2(owner, qPrintable(why(owner)));
        QCOMPARE(owner->first->source, clean(root + QStringLiteral("/shared/people.yaml")));
        auto tag = set->follow(*pet->first, "./../../shared/other%20name.yaml#/Tag");
        QVERIFY(tag);
        QCOMPARE(tag->second->str("type"), std::string("string"));
        auto error = set->follow(main, "../shared/errors.json#/components/responses/Error");
        QVERIFY(error);
        QCOMPARE(error->second->str("description"), std::string("failed"));
    }

    void relativeToTheCurrentDirectory() {
        writeFile(m_dir->path() + QStringLiteral("/spec.json"), "{\"openapi\": \"3.1.0\"}");
        const QString previous = QDir::currentPath();
        QDir::setCurrent(m_dir->path());
        auto set = loadSpec(QStringLiteral("spec.json"));
        QDir::setCurrent(previous);
        QVERIFY2(set, qPrintable(why(set)));
        QCOMPARE(set->mainSource, clean(QDir(m_dir->path()).absoluteFilePath(QStringLiteral("spec.json"))));
        // A file: URL names the same file.
        auto viaUrl = loadSpec(QUrl::fromLocalFile(m_dir->path() + QStringLiteral("/spec.json")).toString());
        QVERIFY2(viaUrl, qPrintable(why(viaUrl)));
        QCOMPARE(viaUrl->mainSource, set->mainSource);
    }

    void missingReferencedFileNamesTheRef() {
        const QString main = m_dir->path() + QStringLiteral("/main.yaml");
        writeFile(main, "openapi: 3.0.0\n"
                        "components:\n"
                        "  schemas:\n"
                        "    Pet:\n"
                        "      $ref: 'models/missing.yaml#/Pet'\n");
        const auto set = loadSpec(main);
        QVERIFY(!set);
        QCOMPARE(set.error().code, ErrorCode::NotFound);
        const QString message = set.error().message;
        QVERIFY2(message.contains(m_dir->path() + QStringLiteral("/models/missing.yaml")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("models/missing.yaml#/Pet")), qPrintable(message));
        QVERIFY2(message.contains(main + QStringLiteral(":5:13")), qPrintable(message));
    }

    void circularReferencesLoadEachOnce() {
        writeFile(m_dir->path() + QStringLiteral("/a.json"),
                  "{\"A\": {\"$ref\": \"b.json#/B\"}, \"Self\": {\"$ref\": \"a.json#/A\"}, \"Again\": "
                  "{\"$ref\": \"./b.json\"}}");
        writeFile(m_dir->path() + QStringLiteral("/b.json"),
                  "{\"B\": {\"items\": {\"$ref\": \"a.json#/A\"}}}");
        auto set = loadSpec(m_dir->path() + QStringLiteral("/a.json"));
        QVERIFY2(set, qPrintable(why(set)));
        QCOMPARE(set->documents.size(), size_t(2));
        auto b = set->follow(set->main(), "b.json#/B");
        QVERIFY(b);
        auto back = set->follow(*b->first, b->second->get("items")->str("$ref"));
        QVERIFY(back);
        QCOMPARE(back->first, &set->main());
    }

    void refsInDataAreNotFollowed() {
        // Examples, defaults, enums and extensions hold data: a "$ref" there names nothing. A
        // property that happens to be called "default" is a schema, and its $ref is followed.
        const QString main = m_dir->path() + QStringLiteral("/main.yaml");
        writeFile(main, "components:\n"
                        "  schemas:\n"
                        "    Doc:\n"
                        "      example: {$ref: 'not-a-file.json'}\n"
                        "      default: {$ref: 'nor-this.json'}\n"
                        "      examples: [{$ref: 'data.json'}]\n"
                        "      x-note: {$ref: 'extension.json'}\n"
                        "      properties:\n"
                        "        default: {$ref: 'real.yaml#/Real'}\n"
                        "        example: {$ref: 'real.yaml#/Real'}\n"
                        "  examples:\n"
                        "    One: {$ref: 'example.yaml'}\n");
        writeFile(m_dir->path() + QStringLiteral("/real.yaml"), "Real: {type: string}\n");
        writeFile(m_dir->path() + QStringLiteral("/example.yaml"), "value: 1\n");
        auto set = loadSpec(main);
        QVERIFY2(set, qPrintable(why(set)));
        QCOMPARE(set->documents.size(), size_t(3));
    }

    void limitsForFiles() {
        const QString main = m_dir->path() + QStringLiteral("/main.json");
        writeFile(main, "{\"x\": {\"$ref\": \"one.json\"}, \"y\": {\"$ref\": \"two.json\"}}");
        writeFile(m_dir->path() + QStringLiteral("/one.json"), "{}");
        writeFile(m_dir->path() + QStringLiteral("/two.json"), "{}");
        LoadLimits limits;
        limits.maxDocuments = 1;
        auto tooMany = loadSpec(main, limits);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, ErrorCode::InvalidInput);
        QVERIFY2(tooMany.error().message.contains(QStringLiteral("more than 1 other")),
                 qPrintable(why(tooMany)));
        limits.maxDocuments = 2;
        QVERIFY(loadSpec(main, limits));

        limits.maxBytes = 10;
        auto tooLarge = loadSpec(main, limits);
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, ErrorCode::InvalidInput);
        QVERIFY2(tooLarge.error().message.contains(QStringLiteral("limit")), qPrintable(why(tooLarge)));

        auto missing = loadSpec(m_dir->path() + QStringLiteral("/nothere.yaml"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("nothere.yaml")));

        auto folder = loadSpec(m_dir->path());
        QVERIFY(!folder);
        QCOMPARE(folder.error().code, ErrorCode::InvalidInput);

        auto scheme = loadSpec(QStringLiteral("ftp://example.com/spec.json"));
        QVERIFY(!scheme);
        QCOMPARE(scheme.error().code, ErrorCode::InvalidInput);
    }

    void malformedReferencedFileHasItsPosition() {
        writeFile(m_dir->path() + QStringLiteral("/main.yaml"), "a: {$ref: 'bad.json#/x'}\n");
        writeFile(m_dir->path() + QStringLiteral("/bad.json"), "{\n  \"x\": [1,,2]\n}");
        const auto set = loadSpec(m_dir->path() + QStringLiteral("/main.yaml"));
        QVERIFY(!set);
        QCOMPARE(set.error().code, ErrorCode::InvalidInput);
        QVERIFY2(set.error().message.startsWith(m_dir->path() + QStringLiteral("/bad.json:2:11:")),
                 qPrintable(why(set)));
    }

    // ---- URLs ----
    void httpSpecWithRelativeRef() {
        HttpServer server;
        server.route = [](const QByteArray &path) -> HttpServer::Response {
            if (path == "/api/v1/spec.yaml")
                return {
                    200, "openapi: 3.1.0\nx: {$ref: '../schemas/pet.json#/Pet'}\ny: {$ref: '#/x'}\n", {}, {}};
            if (path == "/api/schemas/pet.json")
                return {200, "{\"Pet\": {\"type\": \"object\"}}", {}, {}};
            return {404, "nope", {}, {}};
        };
        qint64 progressTotal = 0;
        auto set = loadSpec(server.url(QStringLiteral("/api/v1/spec.yaml")), {},
                            [&](qint64, qint64 total) { progressTotal = total; });
        QVERIFY2(set, qPrintable(why(set)));
        QCOMPARE(set->mainSource, server.url(QStringLiteral("/api/v1/spec.yaml")));
        QCOMPARE(set->documents.size(), size_t(2));
        QVERIFY(progressTotal > 0);
        auto pet = set->follow(set->main(), "../schemas/pet.json#/Pet");
        QVERIFY2(pet, qPrintable(why(pet)));
        QCOMPARE(pet->first->source, server.url(QStringLiteral("/api/schemas/pet.json")));
        QCOMPARE(pet->second->str("type"), std::string("object"));
        QCOMPARE(server.requests, (QList<QByteArray>{"/api/v1/spec.yaml", "/api/schemas/pet.json"}));
    }

    void redirectsUpToTheLimit() {
        HttpServer server;
        const QByteArray origin = QUrl(server.url({})).toString().toUtf8(); // http://127.0.0.1:PORT
        server.route = [origin](const QByteArray &path) -> HttpServer::Response {
            if (path == "/r/0")
                return {200, "{\"openapi\": \"3.0.0\"}", {}, {}};
            const int n = path.mid(3).toInt();
            // Relative and absolute Location headers, 302 and 301.
            const QByteArray next = "/r/" + QByteArray::number(n - 1);
            return {n % 2 ? 302 : 301, {}, n % 2 ? next : origin + next, {}};
        };
        auto five = loadSpec(server.url(QStringLiteral("/r/5")));
        QVERIFY2(five, qPrintable(why(five)));
        QCOMPARE(five->main().root.str("openapi"), std::string("3.0.0"));
        QCOMPARE(server.requests.size(), 6);
        // The document keeps the address it was asked for.
        QCOMPARE(five->mainSource, server.url(QStringLiteral("/r/5")));

        server.requests.clear();
        auto six = loadSpec(server.url(QStringLiteral("/r/6")));
        QVERIFY(!six);
        QCOMPARE(six.error().code, ErrorCode::External);
        QVERIFY2(six.error().message.contains(QStringLiteral("more than 5")), qPrintable(why(six)));
        QCOMPARE(server.requests.size(), 6); // the sixth redirect is not followed
    }

    void plainHttpOnlyForLoopback() {
        // TEST-NET-1 (RFC 5737): a connection attempt could only time out, so an immediate
        // InvalidInput shows none was made.
        auto refused = loadSpec(QStringLiteral("http://192.0.2.1/spec.json"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("https")), qPrintable(why(refused)));
        QVERIFY(!loadSpec(QStringLiteral("http://example.com/spec.json")));

        // A redirect to plain http elsewhere is refused the same way, before it is followed.
        HttpServer server;
        server.route = [](const QByteArray &) -> HttpServer::Response {
            return {302, {}, "http://192.0.2.1/spec.json", {}};
        };
        auto redirected = loadSpec(server.url(QStringLiteral("/spec.json")));
        QVERIFY(!redirected);
        QCOMPARE(redirected.error().code, ErrorCode::InvalidInput);
        QVERIFY2(redirected.error().message.contains(QStringLiteral("192.0.2.1")),
                 qPrintable(why(redirected)));
        QCOMPARE(server.requests.size(), 1);

        // And so is a reference from a loopback spec to plain http elsewhere or to a local file.
        server.route = [](const QByteArray &path) -> HttpServer::Response {
            if (path == "/a.json")
                return {200, "{\"x\": {\"$ref\": \"http://192.0.2.1/b.json\"}}", {}, {}};
            return {200, "{\"x\": {\"$ref\": \"file:///etc/hostname\"}}", {}, {}};
        };
        auto viaRef = loadSpec(server.url(QStringLiteral("/a.json")));
        QVERIFY(!viaRef);
        QCOMPARE(viaRef.error().code, ErrorCode::InvalidInput);
        QVERIFY2(viaRef.error().message.contains(QStringLiteral("/a.json:1:16")), qPrintable(why(viaRef)));
        auto fileRef = loadSpec(server.url(QStringLiteral("/b.json")));
        QVERIFY(!fileRef);
        QCOMPARE(fileRef.error().code, ErrorCode::InvalidInput);
    }

    void tooLargeBodyIsAborted() {
        HttpServer server;
        server.route = [](const QByteArray &path) -> HttpServer::Response {
            if (path == "/huge-length")
                return {200, "{}", {}, HttpServer::Mode::HugeLength};
            return {200, {}, {}, HttpServer::Mode::Endless};
        };
        LoadLimits limits;
        limits.maxBytes = 1024 * 1024;
        auto endless = loadSpec(server.url(QStringLiteral("/endless")), limits);
        QVERIFY(!endless);
        QCOMPARE(endless.error().code, ErrorCode::InvalidInput);
        QVERIFY2(endless.error().message.contains(QStringLiteral("limit")), qPrintable(why(endless)));
        // Stopped near the limit, not after the server's 200 MB (socket buffers hold a few MB).
        QTRY_VERIFY(server.bytesSent > 0);
        QVERIFY2(server.bytesSent < 32LL * 1024 * 1024, qPrintable(QString::number(server.bytesSent)));

        auto declared = loadSpec(server.url(QStringLiteral("/huge-length")), limits);
        QVERIFY(!declared);
        QCOMPARE(declared.error().code, ErrorCode::InvalidInput);
        QVERIFY2(declared.error().message.contains(QStringLiteral("limit")), qPrintable(why(declared)));
    }

    void timeoutCoversTheTransfer() {
        HttpServer server;
        server.route = [](const QByteArray &) -> HttpServer::Response {
            return {200, {}, {}, HttpServer::Mode::NoAnswer};
        };
        LoadLimits limits;
        limits.timeoutMs = 300;
        auto set = loadSpec(server.url(QStringLiteral("/slow.json")), limits);
        QVERIFY(!set);
        QCOMPARE(set.error().code, ErrorCode::External);
        QVERIFY2(set.error().message.contains(QStringLiteral("timed out")), qPrintable(why(set)));
    }

    void httpErrorsAreNamed() {
        HttpServer server;
        server.route = [](const QByteArray &path) -> HttpServer::Response {
            if (path == "/spec.json")
                return {200, "{\"a\": {\"$ref\": \"gone.json#/X\"}}", {}, {}};
            return {404, "not here", {}, {}};
        };
        auto direct = loadSpec(server.url(QStringLiteral("/missing.json")));
        QVERIFY(!direct);
        QCOMPARE(direct.error().code, ErrorCode::External);
        QVERIFY2(direct.error().message.contains(QStringLiteral("404")), qPrintable(why(direct)));
        auto viaRef = loadSpec(server.url(QStringLiteral("/spec.json")));
        QVERIFY(!viaRef);
        QCOMPARE(viaRef.error().code, ErrorCode::External);
        QVERIFY2(viaRef.error().message.contains(QStringLiteral("404")) &&
                     viaRef.error().message.contains(QStringLiteral("gone.json#/X")) &&
                     viaRef.error().message.contains(server.url(QStringLiteral("/spec.json:1:16"))),
                 qPrintable(why(viaRef)));

        // Nobody listening: a network error, named.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto refused = loadSpec(QStringLiteral("http://127.0.0.1:%1/spec.json").arg(port));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::External);
    }

    void worksFromAWorkerThread() {
        HttpServer server; // served by this thread's event loop, while the worker blocks in loadSpec
        server.route = [](const QByteArray &) -> HttpServer::Response {
            return {200, "openapi: 3.0.0\ninfo: {title: Threaded}\n", {}, {}};
        };
        const QString url = server.url(QStringLiteral("/spec.yaml"));
        std::atomic<bool> done = false;
        std::shared_ptr<Result<SpecSet>> result;
        QThread *thread = QThread::create([&] {
            result = std::make_shared<Result<SpecSet>>(loadSpec(url));
            done = true;
        });
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 30'000);
        thread->wait();
        delete thread;
        QVERIFY2(*result, qPrintable(why(*result)));
        QCOMPARE((*result)->main().root.get("info")->str("title"), std::string("Threaded"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSpecLoader)
#include "tst_spec_loader.moc"
