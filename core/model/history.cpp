#include "history.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace bifrost {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(History)
};

} // namespace

QString HistoryEntry::level() const {
    if (!action.startsWith(QLatin1String("config.")))
        return {};
    return organizationId.isEmpty() ? QStringLiteral("default") : QStringLiteral("override");
}

QJsonObject HistoryEntry::toJson() const {
    // Absent parts are null rather than missing, so that every entry has the same keys.
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    const auto valueOrNull = [](const std::optional<QJsonValue> &value) {
        return value ? *value : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("action"), action},
            {QStringLiteral("integration_id"), textOrNull(integrationId)},
            {QStringLiteral("integration_name"), textOrNull(integrationName)},
            {QStringLiteral("organization_id"), textOrNull(organizationId)},
            {QStringLiteral("organization_name"), textOrNull(organizationName)},
            {QStringLiteral("level"), textOrNull(level())},
            {QStringLiteral("key"), textOrNull(key)},
            {QStringLiteral("old_value"), secret ? QJsonValue(QJsonValue::Null) : valueOrNull(oldValue)},
            {QStringLiteral("new_value"), secret ? QJsonValue(QJsonValue::Null) : valueOrNull(newValue)},
            {QStringLiteral("secret"), secret},
            {QStringLiteral("detail"), textOrNull(detail)}};
}

QString HistoryEntry::shortValue(const QJsonValue &value, int maxLength) {
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isNull())
        text = QStringLiteral("null");
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                   .chopped(1)
                   .mid(1);
    // One line per cell: a multi-line JSON string would break a table row.
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    if (maxLength > 1 && text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

QString HistoryEntry::summary(int maxLength) const {
    if (secret)
        return Text::tr("(secret changed)");
    // A schema is a whole document: its sentence says more than two long JSON arrays.
    if (!detail.isEmpty() && (action == QLatin1String("schema.change") || (!oldValue && !newValue)))
        return detail;
    const QString none = Text::tr("(none)");
    const auto shown = [&](const QJsonValue &value) {
        // A mapping reads as its entity: "42 (Contoso Ltd)".
        if (action.startsWith(QLatin1String("mapping.")) && value.isObject()) {
            const QString entityId = value[QLatin1String("entity_id")].toString();
            const QString name = value[QLatin1String("entity_name")].toString();
            const QString text =
                name.isEmpty() ? entityId : entityId + QStringLiteral(" (") + name + QLatin1Char(')');
            return shortValue(text, maxLength);
        }
        return shortValue(value, maxLength);
    };
    const QString from = oldValue ? shown(*oldValue) : none;
    const QString to = newValue ? shown(*newValue) : none;
    QString text = from + QStringLiteral(" -> ") + to;
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    return text;
}

} // namespace bifrost
