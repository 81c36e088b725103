#pragma once

#include "common/result.h"
#include "model/schemafield.h"

#include <QJsonValue>
#include <QString>

namespace bifrost {

// Where a value is being written; every validation message names all three so that an admin
// editing hundreds of organizations knows exactly which one is wrong.
struct ValueContext {
    QString integration;
    QString key;
    QString organization; // empty for the integration default

    QString describe() const;
};

// How text is read as a typed value. The CLI is lenient where people type values by hand
// (yes/no for bool); schema type changes are strict so that int 30 never becomes a bool.
enum class TextMode { Cli, Strict };

// Validates a typed JSON value against a field and returns its canonical form.
Result<QJsonValue> validateValue(const SchemaField &field, const QJsonValue &value, const ValueContext &ctx);

// Reads text as a value of the field's type, then validates it as validateValue does.
Result<QJsonValue> parseTextValue(const SchemaField &field, const QString &text, const ValueContext &ctx,
                                  TextMode mode = TextMode::Cli);

// The value written back as text: what a type change reads (ARCHITECTURE.md §3).
QString valueAsText(const QJsonValue &value);

// Parses any JSON text, including a bare scalar. On failure `error` says where, as
// "line L, column C: problem".
std::optional<QJsonValue> parseJsonText(const QString &text, QString *error);

// Serialises any JSON value, including a bare scalar, compactly.
QString toJsonText(const QJsonValue &value);

// Checks one schema field on its own (key syntax, options of the right type, a pattern that
// compiles, min/max only for ints and in order) and returns it with its options in canonical
// form. `integration` names it in messages.
Result<SchemaField> validateSchemaField(const SchemaField &field, const QString &integration);

} // namespace bifrost
