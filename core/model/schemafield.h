#pragma once

#include "fieldtype.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace bifrost {

// One typed configuration key of an integration's schema (ARCHITECTURE.md §2).
struct SchemaField {
    QString key;
    FieldType type = FieldType::String;
    bool required = false;
    QString description;
    QJsonArray options; // allowed values; empty means unrestricted
    QString label;
    QString placeholder;
    QString pattern; // strings only; must match the whole value
    std::optional<qint64> min;
    std::optional<qint64> max;
    int position = 0;

    bool isSecret() const { return type == FieldType::Secret; }
    QString displayName() const { return label.isEmpty() ? key : label; }

    friend bool operator==(const SchemaField &, const SchemaField &) = default;
};

using Schema = QList<SchemaField>;

} // namespace bifrost
