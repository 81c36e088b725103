#include "statuscells.h"

namespace bifrost {

QString missingRequiredText(const QStringList &keys) {
    return keys.join(QStringLiteral(", "));
}

QFont missingRequiredFont() {
    QFont bold;
    bold.setBold(true);
    return bold;
}

} // namespace bifrost
