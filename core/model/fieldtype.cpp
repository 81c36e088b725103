#include "fieldtype.h"

namespace bifrost {

QString fieldTypeName(FieldType type) {
    switch (type) {
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::Int:
        return QStringLiteral("int");
    case FieldType::Bool:
        return QStringLiteral("bool");
    case FieldType::Json:
        return QStringLiteral("json");
    case FieldType::Secret:
        return QStringLiteral("secret");
    }
    return {};
}

std::optional<FieldType> parseFieldType(QStringView name) {
    for (FieldType t :
         {FieldType::String, FieldType::Int, FieldType::Bool, FieldType::Json, FieldType::Secret}) {
        if (name == fieldTypeName(t))
            return t;
    }
    return std::nullopt;
}

} // namespace bifrost
