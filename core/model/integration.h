#pragma once

#include "schemafield.h"

#include <QDateTime>
#include <QString>

namespace bifrost {

// An external API as the MSP configures it: its schema plus entity settings. Workflows look
// integrations up by exact name, so renaming one breaks those that use the old name.
struct Integration {
    QString id;
    QString name;
    QString description;
    QString defaultEntityId;
    QString entityIdLabel;
    QDateTime createdAt;
    QDateTime updatedAt;
    Schema schema; // ordered by position
    // Row versions (see ConfigValue::version): of the name, description and entity settings,
    // and of the schema as a whole.
    qint64 version = 0;
    qint64 schemaVersion = 0;

    const SchemaField *field(const QString &key) const {
        for (const SchemaField &f : schema) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    }
};

} // namespace bifrost
