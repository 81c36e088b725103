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

// `count` decimal digits of `text` from `from`; -1 when one is not a digit.
int decimal(QStringView text, qsizetype from, qsizetype count) {
    int value = 0;
    for (const QChar c : text.sliced(from, count)) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 year, int month, int day) {
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

} // namespace

QDateTime timestamp(const QString &text) {
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    const QStringView s(text);
    if (s.size() == 24 && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' && s[13] == u':' && s[16] == u':' &&
        s[19] == u'.' && s[23] == u'Z') {
        const int year = decimal(s, 0, 4), month = decimal(s, 5, 2), day = decimal(s, 8, 2);
        const int hour = decimal(s, 11, 2), minute = decimal(s, 14, 2), second = decimal(s, 17, 2);
        const int msec = decimal(s, 20, 3);
        static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        const int daysInMonth =
            month >= 1 && month <= 12 ? monthDays[month - 1] + (month == 2 && leap ? 1 : 0) : 0;
        if (year >= 0 && day >= 1 && day <= daysInMonth && hour >= 0 && hour < 24 && minute >= 0 &&
            minute < 60 && second >= 0 && second < 60 && msec >= 0) {
            const qint64 minutes = (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute;
            return QDateTime::fromMSecsSinceEpoch(minutes * 60000 + second * 1000 + msec, Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

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
