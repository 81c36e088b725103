// The config value validators: a schema (the `schema set` / bundle format, through
// schemaFromJson and validateSchemaField) and a value typed by hand (parseTextValue, CLI and
// strict) or given as JSON (parseJsonText + validateValue). Input: the first line is the schema
// as JSON; when it is not a usable schema, a fixed one with a field of every type is used, so the
// rest of the input (the value text) is always validated.

#include "fuzzutil.h"
#include "model/schemajson.h"
#include "validate/valuevalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bifrost;

namespace {

const Schema &fallbackSchema() {
    static const Schema schema = [] {
        const QByteArray json = R"([
            {"key": "name", "type": "string", "pattern": "[a-z]+(-[a-z0-9]+)*", "required": true},
            {"key": "region", "type": "string", "options": ["eu", "us", "apac"]},
            {"key": "port", "type": "int", "min": 1, "max": 65535},
            {"key": "retries", "type": "int", "options": [1, 3, 5]},
            {"key": "enabled", "type": "bool"},
            {"key": "extra", "type": "json"},
            {"key": "token", "type": "secret"}])";
        auto parsed = schemaFromJson(QJsonDocument::fromJson(json).array(), QStringLiteral("Fuzz"));
        if (!parsed)
            abort(); // the fixed schema is ours; it must be valid
        return *parsed;
    }();
    return schema;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::quietOnce();
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray schemaText = newline < 0 ? input : input.first(newline);
    const QString valueText = QString::fromUtf8(newline < 0 ? QByteArray() : input.sliced(newline + 1));
    const QString integration = QStringLiteral("Fuzz");

    Schema schema = fallbackSchema();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(schemaText, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        const QJsonValue json =
            doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(QJsonArray{doc.object()});
        auto parsed = schemaFromJson(json, integration);
        if (parsed && !parsed->isEmpty())
            schema = *parsed;
        fuzz::note("schema",
                   parsed ? QStringLiteral("%1 fields").arg(parsed->size()) : parsed.error().message);
    }

    for (const SchemaField &field : std::as_const(schema)) {
        const auto checked = validateSchemaField(field, integration);
        if (!checked)
            continue;
        const ValueContext ctx{integration, field.key, QStringLiteral("Org")};
        for (TextMode mode : {TextMode::Cli, TextMode::Strict}) {
            const auto value = parseTextValue(*checked, valueText, ctx, mode);
            fuzz::note(qPrintable(field.key), value ? valueAsText(*value) : value.error().message);
            if (!value) {
                FUZZ_CHECK(!value.error().message.isEmpty());
                continue;
            }
            // A canonical value is valid again, unchanged, and survives its text form.
            const auto again = validateValue(*checked, *value, ctx);
            FUZZ_CHECK(again.ok());
            FUZZ_CHECK(*again == *value);
            // valueAsText writes a string bare (what a type change to string keeps), so a JSON
            // field's text form is its JSON.
            const QString text = checked->type == FieldType::Json ? toJsonText(*value) : valueAsText(*value);
            const auto reread = parseTextValue(*checked, text, ctx, TextMode::Strict);
            FUZZ_CHECK(reread.ok());
            FUZZ_CHECK(*reread == *value);
        }
        QString error;
        if (const auto json = parseJsonText(valueText, &error)) {
            const auto value = validateValue(*checked, *json, ctx);
            if (value)
                FUZZ_CHECK(parseJsonText(toJsonText(*value), &error) == *value);
        } else {
            FUZZ_CHECK(!error.isEmpty());
        }
    }
    return 0;
}
