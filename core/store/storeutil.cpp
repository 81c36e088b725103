#include "storeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bifrost::detail {

namespace {

// A JSON string literal with nothing to unescape: quoted, no quote, backslash or control
// character inside.
bool isPlainJsonString(QStringView text) {
    if (text.size() < 2 || text.front() != u'"' || text.back() != u'"')
        return false;
    for (const QChar c : text.sliced(1, text.size() - 2)) {
        if (c == u'"' || c == u'\\' || c.unicode() < 0x20)
            return false;
    }
    return true;
}

// A JSON integer that fits in 64 bits: -?(0|[1-9][0-9]*), at most 18 digits, not "-0".
bool isPlainJsonInteger(QStringView text) {
    const QStringView digits = text.startsWith(u'-') ? text.sliced(1) : text;
    if (digits.isEmpty() || digits.size() > 18 || (digits.size() > 1 && digits.front() == u'0') ||
        text == u"-0")
        return false;
    return std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

// The value column holds canonical JSON text (toJsonText). Most values are plain strings,
// integers and booleans: they are read directly, because the JSON parser cost more than the rest
// of a resolve; anything else goes through the parser.
QJsonValue jsonFromColumn(const QString &text) {
    if (text.isEmpty())
        return {};
    if (text == u"true")
        return true;
    if (text == u"false")
        return false;
    if (isPlainJsonString(text))
        return text.sliced(1, text.size() - 2);
    if (isPlainJsonInteger(text))
        return text.toLongLong();
    return QJsonDocument::fromJson('[' + text.toUtf8() + ']').array().at(0);
}

} // namespace bifrost::detail
