// Store: integrations and their schemas.
#include "model/schemajson.h"
#include "store.h"
#include "storeutil.h"
#include "validate/valuevalidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace bifrost {

namespace {

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

Result<void> checkIntegrationNameSyntax(const QString &name) {
    // Anchored with \A...\z: "$" would also accept a name with a trailing newline.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z][A-Za-z0-9_.-]{0,99}")));
    if (!re.match(name).hasMatch())
        return Error::invalid(
            Text::tr("\"%1\" is not a valid integration name; names start with a letter and contain only "
                     "letters, digits, '_', '.' and '-' (at most 100 characters)")
                .arg(name),
            QStringLiteral("name"));
    return {};
}

Integration integrationFrom(const QSqlQuery &q) {
    Integration i;
    i.id = q.value(0).toString();
    i.name = q.value(1).toString();
    i.description = q.value(2).toString();
    i.defaultEntityId = q.value(3).toString();
    i.entityIdLabel = q.value(4).toString();
    i.createdAt = detail::timestamp(q.value(5).toString());
    i.updatedAt = detail::timestamp(q.value(6).toString());
    i.version = q.value(7).toLongLong();
    i.schemaVersion = q.value(8).toLongLong();
    return i;
}

std::optional<qint64> optionalInt(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant nullableInt(const std::optional<qint64> &v) {
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

// The part of a validation message after "integration …, key … (level): ".
QString problemOf(const Error &error, const ValueContext &ctx) {
    const QString prefix = ctx.describe() + QStringLiteral(": ");
    return error.message.startsWith(prefix) ? error.message.mid(prefix.size()) : error.message;
}

// What setSchema will do to one stored value of a changed field.
struct ValueRewrite {
    qint64 rowId = 0;
    QJsonValue newValue;
    bool toSecret = false;
};

// Field by field in display order. Positions are compared as that order only: a schema built
// by an editor may number its fields differently from the stored 0, 1, 2...
bool sameSchema(const Schema &expected, const Schema &stored) {
    if (expected.size() != stored.size())
        return false;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        SchemaField a = expected.at(i), b = stored.at(i);
        a.position = b.position = 0;
        if (!(a == b))
            return false;
    }
    return true;
}

// An integration's settings as the history records them on create and delete.
QJsonObject integrationFields(const QString &name, const QString &description, const QString &defaultEntityId,
                              const QString &entityIdLabel) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("default_entity_id"), defaultEntityId},
            {QStringLiteral("entity_id_label"), entityIdLabel}};
}

} // namespace

Result<void> Store::validateIntegrationName(const QString &name) {
    return checkIntegrationNameSyntax(name);
}

Result<void> Store::checkIntegrationName(const QString &name, const QString &exceptId) {
    if (auto syntax = checkIntegrationNameSyntax(name); !syntax)
        return syntax;
    QSqlQuery &q = query("SELECT id FROM integrations WHERE name = ?");
    q.addBindValue(name);
    if (auto done = exec(q); !done)
        return done;
    const bool taken = q.next() && q.value(0).toString() != exceptId;
    q.finish();
    if (taken)
        return Error::conflict(
            Text::tr("an integration named \"%1\" already exists; choose another name").arg(name));
    return {};
}

Result<Schema> Store::loadSchema(const QString &integrationId) {
    QSqlQuery &q =
        query("SELECT key, type, required, description, options, label, placeholder, pattern, min_value,"
              " max_value, position FROM schema_fields WHERE integration_id = ?");
    q.addBindValue(integrationId);
    if (auto done = exec(q); !done)
        return done.error();
    Schema schema;
    while (q.next()) {
        SchemaField f;
        f.key = q.value(0).toString();
        f.type = parseFieldType(q.value(1).toString()).value_or(FieldType::String);
        f.required = q.value(2).toBool();
        f.description = q.value(3).toString();
        if (!q.value(4).isNull())
            f.options = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
        f.label = q.value(5).toString();
        f.placeholder = q.value(6).toString();
        f.pattern = q.value(7).toString();
        f.min = optionalInt(q.value(8));
        f.max = optionalInt(q.value(9));
        f.position = q.value(10).toInt();
        schema << f;
    }
    q.finish();
    // Sorted here rather than with ORDER BY, which made SQLite sort in a temporary B-tree.
    std::stable_sort(schema.begin(), schema.end(),
                     [](const SchemaField &a, const SchemaField &b) { return a.position < b.position; });
    return schema;
}

Result<Integration> Store::findIntegration(const QString &ref, bool withSchema) {
    // A name match wins over an id match: SQLite runs a UNION ALL left to right. (An OR
    // with ORDER BY made SQLite build and sort a temporary result on every resolve.)
    QSqlQuery &q =
        query("SELECT id, name, description, default_entity_id, entity_id_label, created_at, updated_at,"
              " version, schema_version FROM integrations WHERE name = ?"
              " UNION ALL SELECT id, name, description, default_entity_id, entity_id_label, created_at,"
              " updated_at, version, schema_version FROM integrations WHERE id = ? LIMIT 1");
    q.addBindValue(ref);
    q.addBindValue(ref);
    if (auto done = exec(q); !done)
        return done.error();
    if (!q.next())
        return Error::notFound(
            Text::tr("no integration named \"%1\"; see `bifrostctl integration list`").arg(ref));
    Integration integration = integrationFrom(q);
    q.finish();
    if (withSchema) {
        auto schema = loadSchema(integration.id);
        if (!schema)
            return schema.error();
        integration.schema = std::move(*schema);
    }
    return integration;
}

Result<Integration> Store::createIntegration(const IntegrationFields &fields) {
    // One insert for both ways in (store_bundle.cpp): an empty id is never kept, so the
    // integration gets a new one.
    return createIntegrationKeepingId({}, fields);
}

Result<QList<Integration>> Store::integrations() {
    QSqlQuery &q =
        query("SELECT id, name, description, default_entity_id, entity_id_label, created_at, updated_at,"
              " version, schema_version FROM integrations ORDER BY name");
    if (auto done = exec(q); !done)
        return done.error();
    QList<Integration> list;
    while (q.next())
        list << integrationFrom(q);
    q.finish();
    return list;
}

Result<Integration> Store::integration(const QString &ref) {
    return findIntegration(ref, true);
}

Result<Integration> Store::renameIntegration(const QString &ref, const QString &newName,
                                             std::optional<qint64> expectedVersion) {
    return transaction([&]() -> Result<Integration> {
        auto integration = findIntegration(ref, false);
        if (!integration)
            return integration.error();
        if (expectedVersion && *expectedVersion != integration->version)
            return staleIntegration(*integration);
        if (auto free = checkIntegrationName(newName, integration->id); !free)
            return free.error();
        qint64 version = integration->version;
        if (newName != integration->name) {
            auto next = rowVersion();
            if (!next)
                return next.error();
            version = *next;
        }
        QSqlQuery &q = query("UPDATE integrations SET name = ?, updated_at = ?, version = ? WHERE id = ?");
        q.addBindValue(newName);
        q.addBindValue(detail::now());
        q.addBindValue(version);
        q.addBindValue(integration->id);
        if (auto done = exec(q); !done)
            return done.error();
        if (newName != integration->name) {
            // Recorded under the new name; earlier entries keep the name they were written with.
            HistoryEntry entry;
            entry.action = QStringLiteral("integration.rename");
            entry.integrationId = integration->id;
            entry.integrationName = newName;
            entry.oldValue = integration->name;
            entry.newValue = newName;
            if (auto recorded = record(std::move(entry)); !recorded)
                return recorded.error();
        }
        return findIntegration(integration->id, true);
    });
}

Result<void> Store::deleteIntegration(const QString &ref, bool force) {
    return transaction([&]() -> Result<void> {
        auto integration = findIntegration(ref, false);
        if (!integration)
            return integration.error();
        if (!force) {
            QSqlQuery &q = query("SELECT (SELECT count(*) FROM config_values WHERE integration_id = ?),"
                                 " (SELECT count(*) FROM mappings WHERE integration_id = ?)");
            q.addBindValue(integration->id);
            q.addBindValue(integration->id);
            if (auto done = exec(q); !done)
                return done;
            q.next();
            const int values = q.value(0).toInt();
            const int mappings = q.value(1).toInt();
            q.finish();
            if (values > 0 || mappings > 0)
                return Error::conflict(
                    Text::tr("integration \"%1\" still has %2 and %3; use --force to delete it with them")
                        .arg(integration->name, Text::tr("%n stored value(s)", nullptr, values),
                             Text::tr("%n mapping(s)", nullptr, mappings)));
        }
        if (auto refs = collectSecretRefs("SELECT secret_ref FROM config_values WHERE integration_id = ?"
                                          " AND secret_ref IS NOT NULL",
                                          integration->id);
            !refs)
            return refs;
        // OAuth tokens and the client secret: their rows go by cascade, their entries after commit.
        if (auto refs = collectOAuthSecretRefs(integration->id); !refs)
            return refs;
        QSqlQuery &counts = query("SELECT (SELECT count(*) FROM config_values WHERE integration_id = ?),"
                                  " (SELECT count(*) FROM mappings WHERE integration_id = ?)");
        counts.addBindValue(integration->id);
        counts.addBindValue(integration->id);
        if (auto done = exec(counts); !done)
            return done;
        counts.next();
        const int valueCount = counts.value(0).toInt();
        const int mappingCount = counts.value(1).toInt();
        counts.finish();
        HistoryEntry entry;
        entry.action = QStringLiteral("integration.delete");
        entry.integrationId = integration->id;
        entry.integrationName = integration->name;
        entry.oldValue = integrationFields(integration->name, integration->description,
                                           integration->defaultEntityId, integration->entityIdLabel);
        if (valueCount > 0 || mappingCount > 0)
            entry.detail = Text::tr("deleted with %1 and %2")
                               .arg(Text::tr("%n stored value(s)", nullptr, valueCount),
                                    Text::tr("%n mapping(s)", nullptr, mappingCount));
        if (auto recorded = record(std::move(entry)); !recorded)
            return recorded;
        QSqlQuery &del = query("DELETE FROM integrations WHERE id = ?");
        del.addBindValue(integration->id);
        return exec(del);
    });
}

Result<SchemaChangeReport> Store::setSchema(const QString &ref, const Schema &requested, SchemaWrite mode,
                                            const std::optional<Schema> &expected) {
    return transaction([&]() -> Result<SchemaChangeReport> {
        auto integration = findIntegration(ref, true);
        if (!integration)
            return integration.error();
        if (expected && !sameSchema(*expected, integration->schema))
            return staleRow(Text::tr("the schema of \"%1\"").arg(integration->name), integration->id,
                            QString(), QString(), {QStringLiteral("schema.change")},
                            QStringLiteral("schema"));

        Schema schema;
        QSet<QString> keys;
        for (const SchemaField &f : requested) {
            auto checked = validateSchemaField(f, integration->name);
            if (!checked)
                return checked.error();
            if (keys.contains(f.key))
                return Error::invalid(
                    Text::tr("integration \"%1\": the schema defines key \"%2\" twice; keys must be unique")
                        .arg(integration->name, f.key),
                    QStringLiteral("key"));
            keys.insert(f.key);
            SchemaField field = std::move(*checked);
            field.position = int(schema.size());
            schema << field;
        }

        SchemaChangeReport report;
        QHash<QString, const SchemaField *> changedFields;
        for (const SchemaField &f : schema) {
            const SchemaField *old = integration->field(f.key);
            if (!old) {
                report.added << f.key;
                continue;
            }
            SchemaField a = *old, b = f;
            a.position = b.position = 0;
            if (!(a == b)) {
                report.changed << f.key;
                changedFields.insert(f.key, &f);
            }
        }
        for (const SchemaField &old : std::as_const(integration->schema)) {
            if (!keys.contains(old.key))
                report.removed << old.key;
        }

        // Check every stored value of a removed or changed field against its new definition.
        QSqlQuery &values =
            query("SELECT v.id, v.key, v.organization_id, o.name, v.value, v.secret_ref"
                  " FROM config_values v LEFT JOIN organizations o ON o.id = v.organization_id"
                  " WHERE v.integration_id = ? ORDER BY v.key, o.name_key IS NOT NULL, o.name_key");
        values.addBindValue(integration->id);
        if (auto done = exec(values); !done)
            return done.error();
        struct Stored {
            qint64 rowId;
            QString key, orgId, orgName, valueText, secretRef;
        };
        QList<Stored> stored;
        while (values.next()) {
            const QString key = values.value(1).toString();
            if (!report.removed.contains(key) && !changedFields.contains(key))
                continue;
            stored << Stored{values.value(0).toLongLong(), key,
                             values.value(2).toString(),   values.value(3).toString(),
                             values.value(4).toString(),   values.value(5).toString()};
        }
        values.finish();

        QList<qint64> dropRows;
        QList<ValueRewrite> rewrites;
        for (const Stored &s : std::as_const(stored)) {
            AffectedValue affected{s.key, s.orgId, s.orgName, {}};
            if (report.removed.contains(s.key)) {
                affected.reason = Text::tr("the field is removed");
                report.dropped << affected;
                dropRows << s.rowId;
                continue;
            }
            const SchemaField &newField = *changedFields.value(s.key);
            const SchemaField *oldField = integration->field(s.key);
            const bool wasSecret = !s.secretRef.isEmpty();
            if (wasSecret && newField.isSecret())
                continue; // a secret stays where it is; secrets carry no restrictions to re-check
            if (wasSecret) {
                // Turning a secret into a plain field would copy it into the database file.
                affected.reason =
                    Text::tr("type change secret → %1: secret values are never copied out of the secret "
                             "store; set the value again after the change")
                        .arg(fieldTypeName(newField.type));
                report.dropped << affected;
                dropRows << s.rowId;
                continue;
            }
            const QString text = valueAsText(detail::jsonFromColumn(s.valueText));
            const ValueContext ctx{integration->name, s.key, s.orgName};
            auto converted = parseTextValue(newField, text, ctx, TextMode::Strict);
            if (!converted) {
                const QString change =
                    oldField->type == newField.type
                        ? Text::tr("the new field definition rejects it")
                        : Text::tr("type change %1 → %2")
                              .arg(fieldTypeName(oldField->type), fieldTypeName(newField.type));
                affected.reason = change + QStringLiteral(": ") + problemOf(converted.error(), ctx);
                report.dropped << affected;
                dropRows << s.rowId;
                continue;
            }
            rewrites << ValueRewrite{s.rowId, *converted, newField.isSecret()};
        }

        if (mode == SchemaWrite::Preview)
            return report;
        if (mode == SchemaWrite::Apply && !report.dropped.isEmpty()) {
            QStringList lines;
            for (const AffectedValue &a : std::as_const(report.dropped))
                lines << a.describe();
            return Error::conflict(
                Text::tr("integration \"%1\": this schema change would delete %n stored value(s): %2; "
                         "use --force to apply it and delete them",
                         nullptr, int(report.dropped.size()))
                    .arg(integration->name, lines.join(QStringLiteral("; "))));
        }

        // History: one entry for the schema, then one unset per value the change drops.
        if (!sameSchema(schema, integration->schema)) {
            QStringList parts;
            if (!report.added.isEmpty())
                parts << Text::tr("added %1").arg(report.added.join(QStringLiteral(", ")));
            if (!report.removed.isEmpty())
                parts << Text::tr("removed %1").arg(report.removed.join(QStringLiteral(", ")));
            if (!report.changed.isEmpty())
                parts << Text::tr("changed %1").arg(report.changed.join(QStringLiteral(", ")));
            HistoryEntry entry;
            entry.action = QStringLiteral("schema.change");
            entry.integrationId = integration->id;
            entry.integrationName = integration->name;
            entry.oldValue = schemaToJson(integration->schema);
            entry.newValue = schemaToJson(schema);
            entry.detail = parts.isEmpty() ? Text::tr("Schema fields reordered.")
                                           : Text::tr("Schema: %1.").arg(parts.join(QStringLiteral("; ")));
            if (auto recorded = record(std::move(entry)); !recorded)
                return recorded.error();
        }
        for (const Stored &s : std::as_const(stored)) {
            if (!dropRows.contains(s.rowId))
                continue;
            HistoryEntry entry;
            entry.action = QStringLiteral("config.unset");
            entry.integrationId = integration->id;
            entry.integrationName = integration->name;
            entry.organizationId = s.orgId;
            entry.organizationName = s.orgName;
            entry.key = s.key;
            entry.secret = !s.secretRef.isEmpty();
            if (!entry.secret)
                entry.oldValue = detail::jsonFromColumn(s.valueText);
            for (const AffectedValue &a : std::as_const(report.dropped)) {
                if (a.key == s.key && a.organizationId == s.orgId)
                    entry.detail = a.reason;
            }
            if (auto recorded = record(std::move(entry)); !recorded)
                return recorded.error();
        }
        for (qint64 row : std::as_const(dropRows)) {
            if (auto refs = collectSecretRefs(
                    "SELECT secret_ref FROM config_values WHERE id = ? AND secret_ref IS NOT NULL",
                    QString::number(row));
                !refs)
                return refs.error();
            QSqlQuery &del = query("DELETE FROM config_values WHERE id = ?");
            del.addBindValue(row);
            if (auto done = exec(del); !done)
                return done.error();
        }
        for (const ValueRewrite &r : std::as_const(rewrites)) {
            QVariant valueColumn = detail::nullText();
            QVariant refColumn = detail::nullText();
            if (r.toSecret) {
                auto secretRef = storeSecret(r.newValue.toString());
                if (!secretRef)
                    return secretRef.error();
                refColumn = *secretRef;
                m_scrubWal = true;
            } else {
                valueColumn = toJsonText(r.newValue);
            }
            auto version = rowVersion();
            if (!version)
                return version.error();
            QSqlQuery &upd = query("UPDATE config_values SET value = ?, secret_ref = ?, updated_at = ?, "
                                   "version = ? WHERE id = ?");
            upd.addBindValue(valueColumn);
            upd.addBindValue(refColumn);
            upd.addBindValue(detail::now());
            upd.addBindValue(*version);
            upd.addBindValue(r.rowId);
            if (auto done = exec(upd); !done)
                return done.error();
        }
        for (const QString &key : std::as_const(report.removed)) {
            QSqlQuery &del = query("DELETE FROM schema_fields WHERE integration_id = ? AND key = ?");
            del.addBindValue(integration->id);
            del.addBindValue(key);
            if (auto done = exec(del); !done)
                return done.error();
        }
        for (const SchemaField &f : std::as_const(schema)) {
            QSqlQuery &up = query(
                "INSERT INTO schema_fields (integration_id, key, type, required, description, options, label,"
                " placeholder, pattern, min_value, max_value, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?)"
                " ON CONFLICT (integration_id, key) DO UPDATE SET type = excluded.type, required = "
                "excluded.required,"
                " description = excluded.description, options = excluded.options, label = excluded.label,"
                " placeholder = excluded.placeholder, pattern = excluded.pattern, min_value = "
                "excluded.min_value,"
                " max_value = excluded.max_value, position = excluded.position");
            up.addBindValue(integration->id);
            up.addBindValue(f.key);
            up.addBindValue(fieldTypeName(f.type));
            up.addBindValue(f.required ? 1 : 0);
            up.addBindValue(detail::nonNullText(f.description));
            up.addBindValue(
                f.options.isEmpty()
                    ? detail::nullText()
                    : QVariant(QString::fromUtf8(QJsonDocument(f.options).toJson(QJsonDocument::Compact))));
            up.addBindValue(detail::nonNullText(f.label));
            up.addBindValue(detail::nonNullText(f.placeholder));
            up.addBindValue(detail::nonNullText(f.pattern));
            up.addBindValue(nullableInt(f.min));
            up.addBindValue(nullableInt(f.max));
            up.addBindValue(f.position);
            if (auto done = exec(up); !done)
                return done.error();
        }
        qint64 schemaVersion = integration->schemaVersion;
        if (!sameSchema(schema, integration->schema)) {
            auto next = rowVersion();
            if (!next)
                return next.error();
            schemaVersion = *next;
        }
        QSqlQuery &touch = query("UPDATE integrations SET updated_at = ?, schema_version = ? WHERE id = ?");
        touch.addBindValue(detail::now());
        touch.addBindValue(schemaVersion);
        touch.addBindValue(integration->id);
        if (auto done = exec(touch); !done)
            return done.error();
        return report;
    });
}

} // namespace bifrost
