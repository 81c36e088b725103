#pragma once

#include "common/result.h"
#include "schemafield.h"

#include <QJsonArray>

namespace bifrost {

// The schema file format of `bifrostctl schema set`: a JSON array of field objects in position
// order. Only "key" and "type" are mandatory; unknown properties are rejected so that a typo
// such as "requried" does not pass silently.
Result<Schema> schemaFromJson(const QJsonValue &json, const QString &integration);
QJsonArray schemaToJson(const Schema &schema);
QJsonObject schemaFieldToJson(const SchemaField &field);

} // namespace bifrost
