#include "schemajson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

namespace bifrost {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

bool isInteger(const QJsonValue &v) {
    return v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong;
}

} // namespace

Result<Schema> schemaFromJson(const QJsonValue &json, const QString &integration) {
    if (!json.isArray())
        return Error::invalid(
            Text::tr("the schema for integration \"%1\" must be a JSON array of field objects, such as "
                     "[{\"key\": \"base_url\", \"type\": \"string\", \"required\": true}]")
                .arg(integration));
    static const QSet<QString> known{QStringLiteral("key"),         QStringLiteral("type"),
                                     QStringLiteral("required"),    QStringLiteral("description"),
                                     QStringLiteral("options"),     QStringLiteral("label"),
                                     QStringLiteral("placeholder"), QStringLiteral("pattern"),
                                     QStringLiteral("min"),         QStringLiteral("max")};
    Schema schema;
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = Text::tr("schema field %1 of integration \"%2\"").arg(i + 1).arg(integration);
        if (!array.at(i).isObject())
            return Error::invalid(where + Text::tr(" is not a JSON object"));
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return Error::invalid(
                    where + Text::tr(" has an unknown property \"%1\"; allowed: key, type, required, "
                                     "description, options, label, placeholder, pattern, min, max")
                                .arg(it.key()),
                    it.key());
        }
        auto text = [&](const char *name, QString &out) -> Result<void> {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isUndefined() || v.isNull())
                return {};
            if (!v.isString())
                return Error::invalid(where + Text::tr(": \"%1\" must be a string").arg(QLatin1String(name)),
                                      QLatin1String(name));
            out = v.toString();
            return {};
        };
        auto integer = [&](const char *name, std::optional<qint64> &out) -> Result<void> {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isUndefined() || v.isNull())
                return {};
            if (!isInteger(v))
                return Error::invalid(
                    where + Text::tr(": \"%1\" must be a whole number").arg(QLatin1String(name)),
                    QLatin1String(name));
            out = v.toInteger();
            return {};
        };
        SchemaField f;
        if (!o.value(QStringLiteral("key")).isString())
            return Error::invalid(where + Text::tr(" has no \"key\" string"), QStringLiteral("key"));
        f.key = o.value(QStringLiteral("key")).toString();
        const QString whereKey =
            Text::tr("schema field \"%1\" of integration \"%2\"").arg(f.key, integration);
        const auto type = parseFieldType(o.value(QStringLiteral("type")).toString());
        if (!type)
            return Error::invalid(whereKey +
                                      Text::tr(": type must be one of string, int, bool, json, secret"),
                                  QStringLiteral("type"));
        f.type = *type;
        const QJsonValue required = o.value(QStringLiteral("required"));
        if (!required.isUndefined() && !required.isNull() && !required.isBool())
            return Error::invalid(whereKey + Text::tr(": \"required\" must be true or false"),
                                  QStringLiteral("required"));
        f.required = required.toBool(false);
        for (const auto &r :
             {text("description", f.description), text("label", f.label), text("placeholder", f.placeholder),
              text("pattern", f.pattern), integer("min", f.min), integer("max", f.max)}) {
            if (!r)
                return r.error();
        }
        const QJsonValue options = o.value(QStringLiteral("options"));
        if (!options.isUndefined() && !options.isNull()) {
            if (!options.isArray())
                return Error::invalid(whereKey + Text::tr(": \"options\" must be an array of allowed values"),
                                      QStringLiteral("options"));
            f.options = options.toArray();
        }
        f.position = int(i);
        schema << f;
    }
    return schema;
}

QJsonObject schemaFieldToJson(const SchemaField &f) {
    QJsonObject o{{QStringLiteral("key"), f.key},
                  {QStringLiteral("type"), fieldTypeName(f.type)},
                  {QStringLiteral("required"), f.required}};
    if (!f.description.isEmpty())
        o.insert(QStringLiteral("description"), f.description);
    if (!f.options.isEmpty())
        o.insert(QStringLiteral("options"), f.options);
    if (!f.label.isEmpty())
        o.insert(QStringLiteral("label"), f.label);
    if (!f.placeholder.isEmpty())
        o.insert(QStringLiteral("placeholder"), f.placeholder);
    if (!f.pattern.isEmpty())
        o.insert(QStringLiteral("pattern"), f.pattern);
    if (f.min)
        o.insert(QStringLiteral("min"), *f.min);
    if (f.max)
        o.insert(QStringLiteral("max"), *f.max);
    return o;
}

QJsonArray schemaToJson(const Schema &schema) {
    QJsonArray array;
    for (const SchemaField &f : schema)
        array.append(schemaFieldToJson(f));
    return array;
}

} // namespace bifrost
