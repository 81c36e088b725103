#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace bifrost {

enum class FieldType { String, Int, Bool, Json, Secret };

QString fieldTypeName(FieldType type);
std::optional<FieldType> parseFieldType(QStringView name);

} // namespace bifrost
