#include "valuevalidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QVariant>

#include <limits>

namespace bifrost {

namespace {

constexpr qsizetype kMaxValueLength = qsizetype(1024) * 1024;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

Error fieldError(const ValueContext &ctx, const QString &problem) {
    return Error::invalid(ctx.describe() + QStringLiteral(": ") + problem, ctx.key);
}

// Quotes a value for a message, shortened so a pasted document does not flood the terminal.
QString quoted(const QString &text) {
    constexpr qsizetype kMax = 60;
    QString shown = text.size() > kMax ? text.left(kMax) + QStringLiteral("…") : text;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

bool isJsonInteger(const QJsonValue &v) {
    return v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong;
}

QString optionsList(const QJsonArray &options) {
    QStringList parts;
    for (const QJsonValue o : options)
        parts << toJsonText(o);
    return parts.join(QStringLiteral(", "));
}

std::optional<qint64> parseDecimal(const QString &text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = t.toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return n;
}

Result<QJsonValue> checkRestrictions(const SchemaField &field, const QJsonValue &value,
                                     const ValueContext &ctx) {
    if (field.type == FieldType::Int) {
        const qint64 n = value.toInteger();
        if (field.min && n < *field.min)
            return fieldError(
                ctx,
                Text::tr("%1 is below the minimum %2; give a value of at least %2").arg(n).arg(*field.min));
        if (field.max && n > *field.max)
            return fieldError(
                ctx,
                Text::tr("%1 is above the maximum %2; give a value of at most %2").arg(n).arg(*field.max));
    }
    if (field.type == FieldType::String && !field.pattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(field.pattern));
        if (!re.match(value.toString()).hasMatch())
            return fieldError(
                ctx,
                Text::tr("%1 does not match the pattern %2").arg(quoted(value.toString()), field.pattern));
    }
    if (!field.options.isEmpty() && !field.options.contains(value)) {
        const QString shown = field.isSecret() ? Text::tr("the value") : quoted(valueAsText(value));
        return fieldError(
            ctx, Text::tr("%1 is not one of the allowed values (%2)").arg(shown, optionsList(field.options)));
    }
    return value;
}

} // namespace

QString ValueContext::describe() const {
    const QString level = organization.isEmpty()
                              ? Text::tr("default")
                              : Text::tr("override for organization \"%1\"").arg(organization);
    return Text::tr("integration \"%1\", key \"%2\" (%3)").arg(integration, key, level);
}

std::optional<QJsonValue> parseJsonText(const QString &text, QString *error) {
    // Qt only parses objects and arrays at the top level; wrapping the text in an array lets a
    // bare scalar through, and the offsets are shifted back by the one added character.
    const QByteArray utf8 = text.toUtf8();
    const QByteArray wrapped = '[' + utf8 + ']';
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    QString problem;
    qsizetype offset = 0;
    if (parseError.error != QJsonParseError::NoError) {
        problem = parseError.errorString();
        offset = std::clamp<qsizetype>(parseError.offset - 1, 0, utf8.size());
        // Qt reports an illegal value (a broken `true`, `null`, a stray character) one past the
        // character that failed, which after a line break is the start of the next line.
        if (parseError.error == QJsonParseError::IllegalValue && offset > 0)
            --offset;
    } else if (doc.array().size() != 1) {
        problem = doc.array().isEmpty() ? QStringLiteral("no value") : QStringLiteral("more than one value");
        offset = doc.array().isEmpty() ? 0 : utf8.indexOf(',');
        if (offset < 0)
            offset = 0;
    } else {
        return doc.array().at(0);
    }
    if (error) {
        const QString before = QString::fromUtf8(utf8.left(offset));
        const qsizetype line = before.count(QLatin1Char('\n')) + 1;
        const qsizetype column = before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1) + 1;
        *error = Text::tr("line %1, column %2: %3").arg(line).arg(column).arg(problem);
    }
    return std::nullopt;
}

QString toJsonText(const QJsonValue &value) {
    const QByteArray doc = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

QString valueAsText(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    return toJsonText(value);
}

Result<QJsonValue> validateValue(const SchemaField &field, const QJsonValue &value, const ValueContext &ctx) {
    switch (field.type) {
    case FieldType::String:
    case FieldType::Secret:
        if (!value.isString()) {
            // A secret typed as JSON by mistake is still a secret: name its JSON type, not the value.
            if (field.isSecret())
                return fieldError(ctx, Text::tr("expected text, got a JSON value of another type"));
            return fieldError(ctx, Text::tr("expected text, got %1").arg(toJsonText(value)));
        }
        if (value.toString().size() > kMaxValueLength)
            return fieldError(ctx, Text::tr("the value is longer than %1 characters").arg(kMaxValueLength));
        break;
    case FieldType::Int:
        if (value.isString()) {
            const auto n = parseDecimal(value.toString());
            if (!n)
                return fieldError(ctx, Text::tr("%1 is not a whole number; give a 64-bit integer such as 30")
                                           .arg(quoted(value.toString())));
            return checkRestrictions(field, QJsonValue(*n), ctx);
        }
        if (!isJsonInteger(value))
            return fieldError(ctx, Text::tr("%1 is not a whole number; give a 64-bit integer such as 30")
                                       .arg(toJsonText(value)));
        break;
    case FieldType::Bool:
        if (!value.isBool())
            return fieldError(ctx,
                              Text::tr("%1 is not a boolean; give true or false").arg(toJsonText(value)));
        break;
    case FieldType::Json:
        if (value.isUndefined())
            return fieldError(ctx, Text::tr("no JSON value given"));
        if (toJsonText(value).size() > kMaxValueLength)
            return fieldError(ctx, Text::tr("the value is longer than %1 characters").arg(kMaxValueLength));
        break;
    }
    return checkRestrictions(field, value, ctx);
}

Result<QJsonValue> parseTextValue(const SchemaField &field, const QString &text, const ValueContext &ctx,
                                  TextMode mode) {
    switch (field.type) {
    case FieldType::String:
    case FieldType::Secret:
        return validateValue(field, QJsonValue(text), ctx);
    case FieldType::Int: {
        const auto n = parseDecimal(text);
        if (!n)
            return fieldError(
                ctx,
                Text::tr("%1 is not a whole number; give a 64-bit integer such as 30").arg(quoted(text)));
        return validateValue(field, QJsonValue(*n), ctx);
    }
    case FieldType::Bool: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") ||
            (mode == TextMode::Cli && (t == QLatin1String("yes") || t == QLatin1String("1"))))
            return validateValue(field, QJsonValue(true), ctx);
        if (t == QLatin1String("false") ||
            (mode == TextMode::Cli && (t == QLatin1String("no") || t == QLatin1String("0"))))
            return validateValue(field, QJsonValue(false), ctx);
        const QString accepted = mode == TextMode::Cli ? Text::tr("give true, false, yes, no, 1 or 0")
                                                       : Text::tr("give true or false");
        return fieldError(ctx, Text::tr("%1 is not a boolean; %2").arg(quoted(text), accepted));
    }
    case FieldType::Json: {
        QString where;
        const auto parsed = parseJsonText(text, &where);
        if (!parsed)
            return fieldError(ctx, Text::tr("invalid JSON at %1").arg(where));
        return validateValue(field, *parsed, ctx);
    }
    }
    return Error::internal(QStringLiteral("unknown field type"));
}

Result<SchemaField> validateSchemaField(const SchemaField &field, const QString &integration) {
    // Anchored with \A...\z: "$" would also accept a key with a trailing newline.
    static const QRegularExpression keyRe(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_]{0,99}")));
    const QString where = Text::tr("integration \"%1\", schema field \"%2\"").arg(integration, field.key);
    if (!keyRe.match(field.key).hasMatch())
        return Error::invalid(
            Text::tr("integration \"%1\": schema key %2 is not valid; keys start with a letter or _ "
                     "and contain only letters, digits and _ (at most 100 characters)")
                .arg(integration, quoted(field.key)),
            QStringLiteral("key"));
    if (!field.pattern.isEmpty()) {
        if (field.type != FieldType::String)
            return Error::invalid(
                where + Text::tr(": pattern applies only to string fields; remove it or change the type"),
                QStringLiteral("pattern"));
        const QRegularExpression re(field.pattern);
        if (!re.isValid())
            return Error::invalid(
                where + Text::tr(": pattern %1 is not a valid regular expression (%2 at offset %3)")
                            .arg(quoted(field.pattern), re.errorString())
                            .arg(re.patternErrorOffset()),
                QStringLiteral("pattern"));
    }
    if ((field.min || field.max) && field.type != FieldType::Int)
        return Error::invalid(
            where + Text::tr(": min and max apply only to int fields; remove them or change the type"),
            QStringLiteral("min"));
    if (field.min && field.max && *field.min > *field.max)
        return Error::invalid(where +
                                  Text::tr(": min %1 is greater than max %2").arg(*field.min).arg(*field.max),
                              QStringLiteral("min"));
    if (!field.options.isEmpty()) {
        if (field.type != FieldType::String && field.type != FieldType::Int)
            return Error::invalid(where + Text::tr(": options apply only to string and int fields"),
                                  QStringLiteral("options"));
        SchemaField unrestricted = field;
        unrestricted.options = {};
        const ValueContext ctx{integration, field.key, {}};
        QJsonArray canonical;
        for (const QJsonValue option : field.options) {
            const auto checked = validateValue(unrestricted, option, ctx);
            if (!checked)
                return Error::invalid(where + Text::tr(": option %1 is not valid for the field: %2")
                                                  .arg(toJsonText(option), checked.error().message),
                                      QStringLiteral("options"));
            if (!canonical.contains(*checked))
                canonical.append(*checked);
        }
        SchemaField normalized = field;
        normalized.options = canonical;
        return normalized;
    }
    return field;
}

} // namespace bifrost
