#include "specdocument.h"

#include "specsource_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <charconv>

namespace bifrost::openapi {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OpenApi)
};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes the valid %XX sequences and leaves anything else as it is: a pointer that was never
// percent-encoded (a key holding a lone '%') still resolves.
std::string percentDecode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            const int hi = hexValue(s[i + 1]);
            const int lo = hexValue(s[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += char(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

const Node *resolveDecoded(const Node &root, std::string_view pointer) {
    if (pointer.empty())
        return &root;
    if (pointer.front() != '/')
        return nullptr;
    const Node *node = &root;
    std::string token;
    size_t pos = 1;
    while (true) {
        const size_t slash = pointer.find('/', pos);
        const std::string_view raw =
            pointer.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos);
        token.clear();
        for (size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
                token += raw[i + 1] == '0' ? '~' : '/';
                ++i;
            } else {
                token += raw[i];
            }
        }
        if (node->isObject()) {
            node = node->get(token);
        } else if (node->isArray()) {
            // RFC 6901: decimal digits, no leading zeros.
            if (token.empty() || (token.size() > 1 && token[0] == '0'))
                return nullptr;
            size_t index = 0;
            const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
            if (ec != std::errc() || end != token.data() + token.size() || index >= node->items.size())
                return nullptr;
            node = &node->items[index];
        } else {
            return nullptr;
        }
        if (!node)
            return nullptr;
        if (slash == std::string_view::npos)
            return node;
        pos = slash + 1;
    }
}

} // namespace

const Node *Node::get(std::string_view key) const {
    if (kind != Kind::Object)
        return nullptr;
    for (const auto &[name, value] : members) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

std::string Node::str(std::string_view key, std::string_view fallback) const {
    const Node *node = get(key);
    if (node && node->isString())
        return node->scalar;
    return std::string(fallback);
}

bool Node::flag(std::string_view key, bool fallback) const {
    const Node *node = get(key);
    if (node && node->isBool())
        return node->scalar == "true";
    return fallback;
}

QString locate(const Document &doc, const Node &node) {
    if (node.line <= 0)
        return doc.source;
    return QStringLiteral("%1:%2:%3").arg(doc.source).arg(node.line).arg(node.column);
}

const Node *resolvePointer(const Node &root, std::string_view pointer) {
    if (pointer.find('%') == std::string_view::npos)
        return resolveDecoded(root, pointer);
    // A pointer taken from a URI fragment is percent-encoded ("#/paths/~1pets%7Bid%7D"); one
    // written by hand may hold a literal '%'. The encoded reading is the standard one, so it
    // goes first.
    if (const Node *node = resolveDecoded(root, percentDecode(pointer)))
        return node;
    return resolveDecoded(root, pointer);
}

std::string escapePointerToken(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

Result<std::pair<const Document *, const Node *>> SpecSet::follow(const Document &from,
                                                                  const std::string &ref) const {
    const size_t hash = ref.find('#');
    const std::string_view filePart = std::string_view(ref).substr(0, hash);
    const std::string_view fragment =
        hash == std::string::npos ? std::string_view() : std::string_view(ref).substr(hash + 1);

    const Document *target = &from;
    if (!filePart.empty()) {
        const QString source = detail::refTargetSource(from.source, filePart);
        const auto it = source.isEmpty() ? documents.end() : documents.find(source);
        if (it == documents.end() || !it->second) {
            return Error::notFound(
                Text::tr("The reference \"%1\" in %2 names a document that was not loaded "
                         "(%3). Check the path in the $ref.")
                    .arg(qs(ref), from.source,
                         source.isEmpty() ? Text::tr("not a usable file or URL") : source));
        }
        target = it->second.get();
    }
    const Node *node = resolvePointer(target->root, fragment);
    if (!node) {
        return Error::invalid(Text::tr("The reference \"%1\" in %2 leads nowhere: %3 has no \"%4\". Fix the "
                                       "JSON pointer after '#' in the $ref.")
                                  .arg(qs(ref), from.source, target->source, qs(fragment)));
    }
    return std::make_pair(target, node);
}

namespace detail {

bool isUrlSource(const QString &source) {
    return source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

QString urlSource(const QUrl &url) {
    return url.adjusted(QUrl::RemoveFragment | QUrl::RemovePassword | QUrl::NormalizePathSegments)
        .toString(QUrl::FullyEncoded);
}

QString refTargetSource(const QString &fromSource, std::string_view filePart) {
    const QString part = qs(filePart);
    const QUrl refUrl(part, QUrl::TolerantMode);
    if (!refUrl.isValid())
        return {};
    const QString scheme = refUrl.scheme().toLower();
    if (isUrlSource(fromSource)) {
        const QUrl resolved = QUrl(fromSource).resolved(refUrl);
        const QString resolvedScheme = resolved.scheme().toLower();
        if (resolvedScheme != QLatin1String("http") && resolvedScheme != QLatin1String("https"))
            return {};
        return urlSource(resolved);
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return urlSource(refUrl);
    QString path;
    if (scheme == QLatin1String("file")) {
        path = refUrl.toLocalFile();
    } else if (scheme.isEmpty() || scheme.size() == 1) {
        // A relative reference is a URI reference: "my%20file.yaml" names "my file.yaml". A one
        // letter "scheme" is a Windows drive, never a URI scheme.
        path = scheme.size() == 1
                   ? part
                   : QUrl::fromPercentEncoding(QByteArray(filePart.data(), qsizetype(filePart.size())));
    } else {
        return {};
    }
    if (QDir::isRelativePath(path))
        path = QFileInfo(fromSource).absoluteDir().filePath(path);
    return QDir::cleanPath(path);
}

} // namespace detail

} // namespace bifrost::openapi
