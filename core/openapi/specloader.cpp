#include "specdocument.h"
#include "specsource_p.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <deque>
#include <memory>
#include <set>

// Loading a spec: the main document, then every document its "$ref"s name, each once,
// breadth first:
//
//   loadSpec(main) -> read + parse -> walk "$ref" strings -> target source (relative to the
//   referring document) -> not seen yet? read + parse -> walk ... until the queue is empty.
//
// A URL is fetched with a QNetworkAccessManager driven by a local QEventLoop, so the call is
// synchronous for the caller and works on a worker thread that runs no event loop of its own.
// Redirects are followed by hand (each target checked by the same https-or-loopback rule), the
// size limit is checked against Content-Length and again while the body arrives, and one timer
// covers the whole transfer including redirects.

namespace bifrost::openapi {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OpenApi)
};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Host, port and path only: a query or user info may carry a token.
QString urlLabel(const QUrl &url) {
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

Result<void> checkUrl(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") && !url.host().isEmpty())
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http")) {
        return Error::invalid(Text::tr("Refusing to fetch %1: plain http is only allowed for this computer "
                                       "(127.0.0.1, ::1, localhost). Use an https URL.")
                                  .arg(urlLabel(url)));
    }
    return Error::invalid(
        Text::tr("Refusing to fetch %1: only https URLs (or http on this computer) are supported.")
            .arg(urlLabel(url)));
}

class Loader {
public:
    Loader(const LoadLimits &limits, const std::function<void(qint64, qint64)> &progress)
        : m_limits(limits)
        , m_progress(progress) {}

    Result<SpecSet> run(const QString &fileOrUrl) {
        const QString input = fileOrUrl.trimmed();
        QString mainSource;
        const QUrl url(input, QUrl::StrictMode);
        const QString scheme = url.isValid() ? url.scheme().toLower() : QString();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
            mainSource = detail::urlSource(url);
        } else if (scheme == QLatin1String("file")) {
            mainSource = QDir::cleanPath(QFileInfo(url.toLocalFile()).absoluteFilePath());
        } else if (scheme.size() > 1 && input.contains(QLatin1String("://"))) {
            return Error::invalid(Text::tr("Cannot load the spec from %1: use a file path or an https URL.")
                                      .arg(urlLabel(url)));
        } else {
            mainSource = QDir::cleanPath(QFileInfo(input).absoluteFilePath());
        }

        SpecSet set;
        set.mainSource = mainSource;
        std::deque<QString> queue;
        {
            auto doc = load(mainSource, detail::isUrlSource(mainSource) ? url : QUrl(), {});
            if (!doc)
                return doc.error();
            set.documents.emplace(mainSource, std::move(doc.value()));
            queue.push_back(mainSource);
        }
        int external = 0;
        while (!queue.empty()) {
            const std::shared_ptr<const Document> doc = set.documents.at(queue.front());
            queue.pop_front();
            std::vector<std::pair<const Node *, const Node *>> refs; // the "$ref" value, its object
            collectRefs(doc->root, refs);
            for (const auto &[refNode, owner] : refs) {
                const std::string &ref = refNode->scalar;
                const std::string_view filePart = std::string_view(ref).substr(0, ref.find('#'));
                if (filePart.empty())
                    continue;
                const QString target = detail::refTargetSource(doc->source, filePart);
                const QString where = locate(*doc, *refNode);
                if (target.isEmpty()) {
                    return Error::invalid(
                        Text::tr("The reference \"%1\" at %2 cannot be followed: it must be a "
                                 "relative path, a file path or an https URL.")
                            .arg(qs(ref), where));
                }
                if (set.documents.count(target))
                    continue;
                if (++external > m_limits.maxDocuments) {
                    return Error::invalid(Text::tr("The spec references more than %1 other documents (the "
                                                   "reference \"%2\" at %3 is one too many). Bundle the spec "
                                                   "into fewer files.")
                                              .arg(m_limits.maxDocuments)
                                              .arg(qs(ref), where));
                }
                auto loaded = load(target, detail::isUrlSource(target) ? QUrl(target) : QUrl(),
                                   Text::tr("the reference \"%1\" at %2").arg(qs(ref), where));
                if (!loaded)
                    return loaded.error();
                set.documents.emplace(target, std::move(loaded.value()));
                queue.push_back(target);
            }
        }
        return set;
    }

private:
    // Objects whose keys are names chosen by the spec's author (a property called "default" is
    // a schema, not a default value).
    static bool isNameMap(std::string_view key) {
        static constexpr std::string_view names[] = {
            "properties",       "patternProperties", "definitions", "$defs",         "schemas",
            "responses",        "parameters",        "examples",    "headers",       "links",
            "callbacks",        "pathItems",         "paths",       "requestBodies", "securitySchemes",
            "dependentSchemas", "webhooks"};
        return std::find(std::begin(names), std::end(names), key) != std::end(names);
    }

    // Keywords whose values are data, never references: a "$ref" inside an example or an
    // extension is text to show, and following it could fail the whole load.
    static bool isData(std::string_view key, const Node &value) {
        return key == "example" || key == "default" || key == "enum" || key == "const" ||
               key.substr(0, 2) == "x-" || (key == "examples" && value.isArray());
    }

    // Every "$ref" member with a string value, in document order. The parsers cap nesting, so
    // recursion is bounded.
    static void collectRefs(const Node &node, std::vector<std::pair<const Node *, const Node *>> &out,
                            bool nameMap = false) {
        if (node.isObject()) {
            for (const auto &[key, value] : node.members) {
                if (!nameMap && key == "$ref" && value.isString())
                    out.emplace_back(&value, &node);
                else if ((value.isObject() || value.isArray()) && (nameMap || !isData(key, value)))
                    collectRefs(value, out, !nameMap && isNameMap(key));
            }
        } else if (node.isArray()) {
            for (const Node &item : node.items) {
                if (item.isObject() || item.isArray())
                    collectRefs(item, out);
            }
        }
    }

    // `context` names the reference that led here, empty for the main spec.
    Result<std::shared_ptr<const Document>> load(const QString &source, const QUrl &url,
                                                 const QString &context) {
        Result<QByteArray> data =
            detail::isUrlSource(source) ? fetch(url, context) : readFile(source, context);
        if (!data)
            return data.error();
        auto parsed = parseSpecText(std::string_view(data->constData(), size_t(data->size())), source);
        if (!parsed)
            return parsed.error();
        auto doc = std::make_shared<Document>();
        doc->source = source;
        doc->root = std::move(parsed.value());
        return std::shared_ptr<const Document>(std::move(doc));
    }

    Result<QByteArray> readFile(const QString &path, const QString &context) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (context.isEmpty())
                return Error::notFound(
                    Text::tr("The spec file %1 does not exist. Check the path.").arg(path));
            return Error::notFound(
                Text::tr(
                    "The file %1, named by %2, does not exist. Fix the path in that $ref or add the file.")
                    .arg(path, context));
        }
        if (info.isDir()) {
            return Error::invalid(
                Text::tr("%1 is a folder, not a spec file%2. Name a JSON or YAML file.")
                    .arg(path, context.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(context)));
        }
        if (info.size() > m_limits.maxBytes) {
            return Error::invalid(
                Text::tr("The file %1 is %2 MB, over the limit of %3 MB for one spec document. "
                         "Split the spec or raise the limit.")
                    .arg(path, megabytes(info.size()), megabytes(m_limits.maxBytes)));
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::invalid(
                Text::tr("Cannot read %1: %2. Check its permissions.").arg(path, file.errorString()));
        }
        // Read one byte past the limit: a special file reports size 0 and may never end.
        QByteArray data = file.read(m_limits.maxBytes + 1);
        if (data.size() > m_limits.maxBytes) {
            return Error::invalid(
                Text::tr("The file %1 is over the limit of %2 MB for one spec document. Split "
                         "the spec or raise the limit.")
                    .arg(path, megabytes(m_limits.maxBytes)));
        }
        if (m_progress)
            m_progress(data.size(), data.size());
        return data;
    }

    Result<QByteArray> fetch(QUrl url, const QString &context) {
        const QString suffix = context.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(context);
        if (!m_network)
            m_network = std::make_unique<QNetworkAccessManager>();
        const QDeadlineTimer deadline(m_limits.timeoutMs);
        const QString firstLabel = urlLabel(url);
        for (int redirects = 0;; ++redirects) {
            if (auto ok = checkUrl(url); !ok)
                return Error{ok.error().code, ok.error().message + suffix, {}};
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("bifrost-admin"));
            request.setRawHeader("Accept", "application/json, application/yaml, text/yaml, */*;q=0.5");

            QEventLoop loop;
            QTimer timer;
            timer.setSingleShot(true);
            QByteArray body;
            bool timedOut = false;
            bool tooLarge = false;
            std::unique_ptr<QNetworkReply> reply(m_network->get(request));
            const auto status = [&] {
                return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            };
            const auto success = [&] { return status() >= 200 && status() < 300; };
            QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
                timedOut = true;
                reply->abort();
            });
            QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
                const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
                if (success() && length.isValid() && length.toLongLong() > m_limits.maxBytes) {
                    tooLarge = true;
                    reply->abort();
                }
            });
            QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
                if (tooLarge || timedOut)
                    return;
                body += reply->readAll();
                if (body.size() > m_limits.maxBytes) {
                    tooLarge = true;
                    reply->abort();
                    return;
                }
                if (m_progress && success()) {
                    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
                    m_progress(body.size(), length.isValid() ? length.toLongLong() : -1);
                }
            });
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            const qint64 remaining = deadline.remainingTime();
            if (remaining <= 0)
                timedOut = true;
            else
                timer.start(int(qMin<qint64>(remaining, std::numeric_limits<int>::max())));
            if (!timedOut && !reply->isFinished())
                loop.exec();
            timer.stop();
            if (!tooLarge && !timedOut)
                body += reply->readAll();

            const QString label = urlLabel(url);
            if (timedOut) {
                reply->abort();
                return Error::external(
                    Text::tr("Fetching %1 timed out after %2 s%3. Check the address and the "
                             "network, or raise the time limit.")
                        .arg(label)
                        .arg(m_limits.timeoutMs / 1000.0)
                        .arg(suffix));
            }
            if (tooLarge || body.size() > m_limits.maxBytes) {
                return Error::invalid(
                    Text::tr("%1 is larger than the limit of %2 MB for one spec document%3; the "
                             "download was stopped. Raise the limit if the spec really is "
                             "that large.")
                        .arg(label, megabytes(m_limits.maxBytes), suffix));
            }
            const int code = status();
            if (code >= 300 && code < 400 && code != 304) {
                const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
                if (!location.isValid() || location.isEmpty()) {
                    return Error::external(
                        Text::tr("%1 answered with a redirect (HTTP %2) without a target%3.")
                            .arg(label)
                            .arg(code)
                            .arg(suffix));
                }
                if (redirects + 1 > m_limits.maxRedirects) {
                    return Error::external(
                        Text::tr("%1 redirected more than %2 times%3. Use the final address "
                                 "of the spec.")
                            .arg(firstLabel)
                            .arg(m_limits.maxRedirects)
                            .arg(suffix));
                }
                url = url.resolved(location);
                continue;
            }
            if (code == 0 || reply->error() != QNetworkReply::NoError) {
                if (code >= 400) {
                    // The server's reason phrase only when it is short printable ASCII: it ends up in
                    // a terminal.
                    QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                    const bool printable = std::all_of(reason.cbegin(), reason.cend(), [](QChar c) {
                        return c.unicode() >= 0x20 && c.unicode() < 0x7F;
                    });
                    if (!printable || reason.size() > 40)
                        reason.clear();
                    return Error::external(Text::tr("%1 returned HTTP %2%3%4. Check the address and that you "
                                                    "may read it.")
                                               .arg(label)
                                               .arg(code)
                                               .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason)
                                               .arg(suffix));
                }
                return Error::external(
                    Text::tr("Could not fetch %1%2: %3. Check the address and the network.")
                        .arg(label, suffix, reply->errorString()));
            }
            if (code < 200 || code >= 300) {
                return Error::external(Text::tr("%1 returned HTTP %2%3; expected 200 with the spec.")
                                           .arg(label)
                                           .arg(code)
                                           .arg(suffix));
            }
            return body;
        }
    }

    const LoadLimits &m_limits;
    const std::function<void(qint64, qint64)> &m_progress;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace

Result<SpecSet> loadSpec(const QString &fileOrUrl, const LoadLimits &limits,
                         const std::function<void(qint64, qint64)> &progress) {
    return Loader(limits, progress).run(fileOrUrl);
}

} // namespace bifrost::openapi
