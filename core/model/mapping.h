#pragma once

#include "organization.h"

#include <QDateTime>
#include <QString>

namespace bifrost {

// Links an organization to its entity (tenant, company) in the external system.
struct Mapping {
    QString integrationId;
    Organization organization;
    QString entityId; // may be empty until filled in
    QString entityName;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0; // the row version (see ConfigValue::version)
};

} // namespace bifrost
