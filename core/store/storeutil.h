#pragma once

// Helpers shared by the Store's source files; not part of the public API.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace bifrost::detail {

// The translation context of every Store message.
struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// Timestamps are stored as ISO 8601 UTC text with milliseconds, which sorts correctly.
inline QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// SQL NULL for a text column.
inline QVariant nullText() {
    return QVariant(QMetaType(QMetaType::QString));
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns use '' for "none".
inline QString nonNullText(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace bifrost::detail
