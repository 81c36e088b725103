#pragma once

#include <QDateTime>
#include <QString>

namespace bifrost {

// A customer of the MSP. Names are unique without regard to case.
struct Organization {
    QString id;
    QString name;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0; // the row version (see ConfigValue::version)
};

// The uniqueness key of an organization name: "Zürich" typed with a precomposed ü or with u +
// combining diaeresis, in any case, is the same organization. The store and every lookup by name
// (such as a mapping import) compare these keys.
inline QString organizationNameKey(const QString &name) {
    return name.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace bifrost
