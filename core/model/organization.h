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
};

} // namespace bifrost
