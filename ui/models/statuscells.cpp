#include "statuscells.h"

#include <QBrush>
#include <QColor>

namespace bifrost {

QString missingRequiredText(const QStringList &keys) {
    return keys.join(QStringLiteral(", "));
}

QFont missingRequiredFont() {
    QFont bold;
    bold.setBold(true);
    return bold;
}

QVariant tokenStatusForeground(TokenStatus status) {
    if (needsAttention(status))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (status == TokenStatus::Expiring)
        return QBrush(QColor(0x8a, 0x5a, 0x00));
    return {};
}

} // namespace bifrost
