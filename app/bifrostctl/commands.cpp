#include "commands.h"

#include "commandutil.h"
#include "example/exampledata.h"
#include "mapping/mappingimport.h"
#include "mapping/namematcher.h"
#include "model/schemajson.h"
#include "output.h"
#include "passphrase.h"
#include "resolve/resolver.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/vaultsecretstore.h"
#include "validate/valuevalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <map>

namespace bifrost::cli {

namespace {

QString stamp(const QDateTime &t) {
    return t.toString(Qt::ISODateWithMs);
}

QJsonObject organizationJson(const Organization &o) {
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("name"), o.name},
            {QStringLiteral("created_at"), stamp(o.createdAt)},
            {QStringLiteral("updated_at"), stamp(o.updatedAt)}};
}

QJsonObject integrationJson(const Integration &i) {
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("description"), i.description},
            {QStringLiteral("default_entity_id"), i.defaultEntityId},
            {QStringLiteral("entity_id_label"), i.entityIdLabel},
            {QStringLiteral("created_at"), stamp(i.createdAt)},
            {QStringLiteral("updated_at"), stamp(i.updatedAt)},
            {QStringLiteral("version"), i.version},
            {QStringLiteral("schema_version"), i.schemaVersion}};
}

// `--if-version N` (repeatable where the command writes several rows): each N a row version as
// the --json lists show it, 0 for "must not exist yet". Empty when not given.
Result<QList<qint64>> ifVersions(const Parsed &p) {
    QList<qint64> versions;
    for (const QString &text : p.options.value(QStringLiteral("if-version"))) {
        bool ok = false;
        const qint64 v = text.trimmed().toLongLong(&ok);
        if (!ok || v < 0)
            return Error::invalid(Text::tr("--if-version needs a version number (0 or more) as `config list "
                                           "--json` or `mapping list --json` show it; \"%1\" is not one")
                                      .arg(text),
                                  QStringLiteral("if-version"));
        versions << v;
    }
    return versions;
}

// At most one --if-version for a command that writes one row.
Result<std::optional<qint64>> ifVersion(const Parsed &p) {
    auto versions = ifVersions(p);
    if (!versions)
        return versions.error();
    if (versions->size() > 1)
        return Error::invalid(Text::tr("give --if-version once"), QStringLiteral("if-version"));
    return versions->isEmpty() ? std::optional<qint64>() : std::optional<qint64>(versions->first());
}

// `--org ""` (typically an unset shell variable) names no organization: it must fail rather than
// fall back to the integration default, which would change or show every organization's value.
bool blankOrg(const Parsed &p) {
    const QStringList orgs = p.options.value(QStringLiteral("org"));
    return std::any_of(orgs.begin(), orgs.end(), [](const QString &org) { return org.trimmed().isEmpty(); });
}

int blankOrgError() {
    return usageError(
        Text::tr("--org needs an organization name or id; leave --org out for the integration default"));
}

// The same changes at the default level (no organizations) or as the override of each named
// organization, in one transaction: a bulk edit applies to all of them or to none.
// `versions` (--if-version): none; one, expected of every level; or one per --org, in order
// (docs/cli.md "Concurrent edits").
Result<void> setAtLevels(Store &store, const QString &integration, const QStringList &orgs,
                         const ConfigChange &change, const QList<qint64> &versions = {}) {
    const qsizetype levels = orgs.isEmpty() ? 1 : orgs.size();
    if (versions.size() > 1 && versions.size() != levels)
        return Error::invalid(Text::tr("give --if-version once (every level expects it) or once per --org "
                                       "(in the same order); %1 were given for %2 level(s)")
                                  .arg(versions.size())
                                  .arg(levels),
                              QStringLiteral("if-version"));
    const auto changeAt = [&](qsizetype level) {
        ConfigChange c = change;
        if (!versions.isEmpty())
            c.expected = ExpectedValue::ofVersion(versions.value(versions.size() == 1 ? 0 : level));
        return QList<ConfigChange>{c};
    };
    if (orgs.isEmpty())
        return store.setConfig(integration, QString(), changeAt(0));
    return store.transaction([&]() -> Result<void> {
        for (qsizetype i = 0; i < orgs.size(); ++i) {
            if (auto done = store.setConfig(integration, orgs.at(i), changeAt(i)); !done)
                return done;
        }
        return {};
    });
}

QString displayValue(const QJsonValue &value, bool secret, bool reveal) {
    if (secret && !reveal)
        return secretMask();
    return valueAsText(value);
}

// --- organizations --------------------------------------------------------------------------

int orgAdd(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto org = (*store)->addOrganization(p.positionals.at(0));
    OR_FAIL(org);
    printLine(Text::tr("Added organization \"%1\" (%2)").arg(org->name, org->id));
    return 0;
}

int orgList(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto orgs = (*store)->organizations();
    OR_FAIL(orgs);
    if (p.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Organization &o : *orgs)
            array.append(organizationJson(o));
        printJson(array);
        return 0;
    }
    QList<QStringList> rows;
    for (const Organization &o : *orgs)
        rows << QStringList{o.name, o.id};
    printTable({Text::tr("NAME"), Text::tr("ID")}, rows);
    return 0;
}

int orgRename(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto org = (*store)->renameOrganization(p.positionals.at(0), p.positionals.at(1));
    OR_FAIL(org);
    printLine(Text::tr("Renamed organization to \"%1\"").arg(org->name));
    return 0;
}

int orgRemove(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto removed = (*store)->removeOrganization(p.positionals.at(0), p.has(QStringLiteral("force")));
    OR_FAIL(removed);
    printLine(Text::tr("Removed organization \"%1\"").arg(p.positionals.at(0)));
    return 0;
}

// One entry of `org show` and `integration status`: the organization or integration on the
// other side (`id`, `name`) with the mapping between the two, the override count and the
// required keys still missing.
QJsonObject statusJson(const QString &id, const QString &name, const std::optional<Mapping> &mapping,
                       int overrideCount, const QStringList &missing) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("mapped"), mapping.has_value()},
            {QStringLiteral("entity_id"), mapping ? mapping->entityId : QString()},
            {QStringLiteral("entity_name"), mapping ? mapping->entityName : QString()},
            {QStringLiteral("override_count"), overrideCount},
            {QStringLiteral("missing_required"), QJsonArray::fromStringList(missing)}};
}

QStringList statusRow(const QString &name, const std::optional<Mapping> &mapping, int overrideCount,
                      const QStringList &missing) {
    return {name, mapping ? mapping->entityId : Text::tr("(not mapped)"),
            mapping ? mapping->entityName : QString(), QString::number(overrideCount),
            missing.isEmpty() ? QStringLiteral("-") : missing.join(QStringLiteral(", "))};
}

void printStatusTable(const QString &firstHeader, const QList<QStringList> &rows) {
    printTable({firstHeader, Text::tr("ENTITY ID"), Text::tr("ENTITY NAME"), Text::tr("OVERRIDES"),
                Text::tr("MISSING REQUIRED")},
               rows);
}

int orgShow(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto org = (*store)->organization(p.positionals.at(0));
    OR_FAIL(org);
    auto statuses = (*store)->integrationStatuses(org->id);
    OR_FAIL(statuses);
    if (p.has(QStringLiteral("json"))) {
        QJsonArray integrations;
        for (const IntegrationStatus &s : *statuses)
            integrations.append(statusJson(s.integration.id, s.integration.name, s.mapping, s.overrideCount,
                                           s.missingRequired));
        QJsonObject o = organizationJson(*org);
        o.insert(QStringLiteral("integrations"), integrations);
        printJson(o);
        return 0;
    }
    printLine(Text::tr("Name: %1").arg(org->name));
    printLine(Text::tr("ID:   %1").arg(org->id));
    printLine(QString());
    QList<QStringList> rows;
    for (const IntegrationStatus &s : *statuses)
        rows << statusRow(s.integration.name, s.mapping, s.overrideCount, s.missingRequired);
    printStatusTable(Text::tr("INTEGRATION"), rows);
    return 0;
}

// --- integrations ---------------------------------------------------------------------------

int integrationCreate(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    IntegrationFields fields{p.positionals.at(0), p.value(QStringLiteral("description")),
                             p.value(QStringLiteral("default-entity-id")),
                             p.value(QStringLiteral("entity-id-label"))};
    auto integration = (*store)->createIntegration(fields);
    OR_FAIL(integration);
    printLine(Text::tr("Created integration \"%1\" (%2)").arg(integration->name, integration->id));
    return 0;
}

int integrationList(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto list = (*store)->integrations();
    OR_FAIL(list);
    if (p.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Integration &i : *list)
            array.append(integrationJson(i));
        printJson(array);
        return 0;
    }
    QList<QStringList> rows;
    for (const Integration &i : *list)
        rows << QStringList{i.name, i.id, i.description};
    printTable({Text::tr("NAME"), Text::tr("ID"), Text::tr("DESCRIPTION")}, rows);
    return 0;
}

QList<QStringList> schemaRows(const Schema &schema) {
    QList<QStringList> rows;
    for (const SchemaField &f : schema) {
        QStringList rules;
        if (!f.options.isEmpty()) {
            QStringList options;
            for (const QJsonValue o : f.options)
                options << valueAsText(o);
            rules << Text::tr("one of: %1").arg(options.join(QStringLiteral(", ")));
        }
        if (!f.pattern.isEmpty())
            rules << Text::tr("pattern: %1").arg(f.pattern);
        if (f.min)
            rules << Text::tr("min: %1").arg(*f.min);
        if (f.max)
            rules << Text::tr("max: %1").arg(*f.max);
        rows << QStringList{f.key, fieldTypeName(f.type), f.required ? Text::tr("yes") : Text::tr("no"),
                            f.label, rules.join(QStringLiteral("; "))};
    }
    return rows;
}

int integrationShow(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto integration = (*store)->integration(p.positionals.at(0));
    OR_FAIL(integration);
    auto mappings = (*store)->mappings(integration->id);
    OR_FAIL(mappings);
    if (p.has(QStringLiteral("json"))) {
        QJsonObject o = integrationJson(*integration);
        o.insert(QStringLiteral("schema"), schemaToJson(integration->schema));
        o.insert(QStringLiteral("mapping_count"), mappings->size());
        printJson(o);
        return 0;
    }
    printLine(Text::tr("Name:              %1").arg(integration->name));
    printLine(Text::tr("ID:                %1").arg(integration->id));
    printLine(Text::tr("Description:       %1").arg(integration->description));
    printLine(Text::tr("Default entity ID: %1").arg(integration->defaultEntityId));
    printLine(Text::tr("Entity ID label:   %1").arg(integration->entityIdLabel));
    printLine(Text::tr("Mappings:          %1").arg(mappings->size()));
    printLine(QString());
    printTable(
        {Text::tr("KEY"), Text::tr("TYPE"), Text::tr("REQUIRED"), Text::tr("LABEL"), Text::tr("RULES")},
        schemaRows(integration->schema));
    return 0;
}

int integrationRename(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto version = ifVersion(p);
    OR_FAIL(version);
    auto integration = (*store)->renameIntegration(p.positionals.at(0), p.positionals.at(1), *version);
    OR_FAIL(integration);
    printLine(
        Text::tr(
            "Renamed integration to \"%1\". Workflows look integrations up by name: update those that use "
            "\"%2\".")
            .arg(integration->name, p.positionals.at(0)));
    return 0;
}

int integrationDelete(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto deleted = (*store)->deleteIntegration(p.positionals.at(0), p.has(QStringLiteral("force")));
    OR_FAIL(deleted);
    printLine(Text::tr("Deleted integration \"%1\"").arg(p.positionals.at(0)));
    return 0;
}

int integrationUpdate(Context &ctx, const Parsed &p) {
    IntegrationUpdate update;
    if (p.has(QStringLiteral("description")))
        update.description = p.value(QStringLiteral("description"));
    if (p.has(QStringLiteral("default-entity-id")))
        update.defaultEntityId = p.value(QStringLiteral("default-entity-id"));
    if (p.has(QStringLiteral("entity-id-label")))
        update.entityIdLabel = p.value(QStringLiteral("entity-id-label"));
    if (!update.description && !update.defaultEntityId && !update.entityIdLabel)
        return usageError(Text::tr("integration update needs at least one of --description, "
                                   "--default-entity-id and --entity-id-label"));
    auto version = ifVersion(p);
    OR_FAIL(version);
    update.expectedVersion = *version;
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto integration = (*store)->updateIntegration(p.positionals.at(0), update);
    OR_FAIL(integration);
    printLine(Text::tr("Updated integration \"%1\"").arg(integration->name));
    return 0;
}

// The health summary: each organization with its mapping, override count and the required keys
// it still lacks.
int integrationStatus(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto statuses = (*store)->organizationStatuses(p.positionals.at(0));
    OR_FAIL(statuses);
    const bool missingOnly = p.has(QStringLiteral("missing-only"));
    qsizetype missingCount = 0;
    QJsonArray array;
    QList<QStringList> rows;
    for (const OrganizationStatus &s : *statuses) {
        if (!s.missingRequired.isEmpty())
            ++missingCount;
        if (missingOnly && s.missingRequired.isEmpty())
            continue;
        array.append(statusJson(s.organization.id, s.organization.name, s.mapping, s.overrideCount,
                                s.missingRequired));
        rows << statusRow(s.organization.name, s.mapping, s.overrideCount, s.missingRequired);
    }
    if (p.has(QStringLiteral("json"))) {
        printJson(array);
        return 0;
    }
    printStatusTable(Text::tr("ORGANIZATION"), rows);
    printLine(QString());
    printLine(Text::tr("%n of %1 organization(s) miss required values", nullptr, int(missingCount))
                  .arg(statuses->size()));
    return 0;
}

// --- schema ---------------------------------------------------------------------------------

int schemaSet(Context &ctx, const Parsed &p) {
    const QString path = p.value(QStringLiteral("file"));
    if (path.isEmpty())
        return usageError(Text::tr("schema set needs --file SCHEMA.json (use - for standard input)"));
    QByteArray bytes;
    if (path == QLatin1String("-")) {
        auto text = readStdin();
        OR_FAIL(text);
        bytes = text->toUtf8();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Error::invalid(Text::tr("cannot read the schema file %1: %2").arg(path, file.errorString()),
                               QStringLiteral("file")));
        bytes = file.readAll();
    }
    QString where;
    const auto json = parseJsonText(QString::fromUtf8(bytes), &where);
    if (!json)
        return fail(Error::invalid(Text::tr("the schema file %1 is not valid JSON: %2").arg(path, where),
                                   QStringLiteral("file")));
    const QString name = p.positionals.at(0);
    auto schema = schemaFromJson(*json, name);
    OR_FAIL(schema);
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto report = (*store)->setSchema(
        name, *schema, p.has(QStringLiteral("force")) ? SchemaWrite::Force : SchemaWrite::Apply);
    OR_FAIL(report);
    QStringList parts;
    if (!report->added.isEmpty())
        parts << Text::tr("added %1").arg(report->added.join(QStringLiteral(", ")));
    if (!report->changed.isEmpty())
        parts << Text::tr("changed %1").arg(report->changed.join(QStringLiteral(", ")));
    if (!report->removed.isEmpty())
        parts << Text::tr("removed %1").arg(report->removed.join(QStringLiteral(", ")));
    if (parts.isEmpty())
        parts << Text::tr("no changes");
    printLine(Text::tr("Schema of \"%1\": %2").arg(name, parts.join(QStringLiteral("; "))));
    for (const AffectedValue &a : std::as_const(report->dropped))
        printLine(Text::tr("  deleted value %1").arg(a.describe()));
    return 0;
}

int schemaShow(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto integration = (*store)->integration(p.positionals.at(0));
    OR_FAIL(integration);
    if (p.has(QStringLiteral("json"))) {
        printJson(schemaToJson(integration->schema));
        return 0;
    }
    printTable(
        {Text::tr("KEY"), Text::tr("TYPE"), Text::tr("REQUIRED"), Text::tr("LABEL"), Text::tr("RULES")},
        schemaRows(integration->schema));
    return 0;
}

// --- config ---------------------------------------------------------------------------------

int configSet(Context &ctx, const Parsed &p) {
    const QString name = p.positionals.at(0);
    const QString key = p.positionals.at(1);
    const bool fromStdin = p.has(QStringLiteral("stdin"));
    if (fromStdin == (p.positionals.size() == 3))
        return usageError(
            Text::tr("give the value either as an argument or with --stdin, not both or neither"));
    if (blankOrg(p))
        return blankOrgError();
    const QStringList orgs = p.options.value(QStringLiteral("org"));
    auto versions = ifVersions(p);
    OR_FAIL(versions);
    auto store = ctx.openStore();
    OR_FAIL(store);
    if (!fromStdin) {
        // Secrets on the command line end up in shell history and the process list.
        auto integration = (*store)->integration(name);
        OR_FAIL(integration);
        const SchemaField *field = integration->field(key);
        if (field && field->isSecret())
            return usageError(
                Text::tr("\"%1\" is a secret: secret values are never taken from the command line, where "
                         "shell history and other users can see them; pipe it in with "
                         "`bifrostctl config set %2 %1 --stdin`")
                    .arg(key, name));
    }
    QString text;
    if (fromStdin) {
        auto in = readStdin();
        OR_FAIL(in);
        text = *in;
    } else {
        text = p.positionals.at(2);
    }
    auto done = setAtLevels(**store, name, orgs, ConfigChange::setText(key, text), *versions);
    OR_FAIL(done);
    if (orgs.isEmpty())
        printLine(Text::tr("Set %1 (default)").arg(key));
    for (const QString &org : orgs)
        printLine(Text::tr("Set %1 for organization \"%2\"").arg(key, org));
    return 0;
}

int configUnset(Context &ctx, const Parsed &p) {
    if (blankOrg(p))
        return blankOrgError();
    auto versions = ifVersions(p);
    OR_FAIL(versions);
    auto store = ctx.openStore();
    OR_FAIL(store);
    const QStringList orgs = p.options.value(QStringLiteral("org"));
    const QString key = p.positionals.at(1);
    auto done = setAtLevels(**store, p.positionals.at(0), orgs, ConfigChange::unset(key), *versions);
    OR_FAIL(done);
    if (orgs.isEmpty())
        printLine(Text::tr("Unset %1 (default)").arg(key));
    for (const QString &org : orgs)
        printLine(Text::tr("Unset %1 for organization \"%2\"").arg(key, org));
    return 0;
}

int configList(Context &ctx, const Parsed &p) {
    if (blankOrg(p))
        return blankOrgError();
    auto store = ctx.openStore();
    OR_FAIL(store);
    const QString org = p.value(QStringLiteral("org"));
    const bool reveal = p.has(QStringLiteral("reveal"));
    auto data = resolveFromStore(**store, p.positionals.at(0), org, reveal);
    OR_FAIL(data);
    auto integration = (*store)->integration(data->integrationId);
    OR_FAIL(integration);
    // The version of the row at the listed level (the default, or the organization's override):
    // what `config set/unset --if-version` at that level expects; 0: no value at this level.
    auto atLevel =
        (*store)->configValues(data->integrationId, data->organization ? data->organization->id : QString());
    OR_FAIL(atLevel);
    QHash<QString, qint64> versions;
    for (const ConfigValue &v : std::as_const(*atLevel))
        versions.insert(v.key, v.version);
    QJsonArray array;
    QList<QStringList> rows;
    for (const SchemaField &f : integration->schema) {
        const bool present = data->config.contains(f.key);
        const QJsonValue value = present ? data->config.value(f.key) : QJsonValue(QJsonValue::Null);
        const QString source = present ? provenanceName(data->provenance.value(f.key)) : QString();
        // "id" and "name" as on every --json list (the contract); a key names its entry.
        QJsonObject o{{QStringLiteral("id"), f.key},
                      {QStringLiteral("name"), f.key},
                      {QStringLiteral("key"), f.key},
                      {QStringLiteral("type"), fieldTypeName(f.type)},
                      {QStringLiteral("required"), f.required},
                      {QStringLiteral("secret"), f.isSecret()},
                      {QStringLiteral("value"), value},
                      {QStringLiteral("source"), present ? QJsonValue(source) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("version"), versions.value(f.key, 0)}};
        array.append(o);
        QString shown = present ? displayValue(value, f.isSecret(), reveal)
                                : (f.required ? Text::tr("(missing, required)") : Text::tr("(not set)"));
        rows << QStringList{f.key, fieldTypeName(f.type), shown, source};
    }
    if (p.has(QStringLiteral("json")))
        printJson(array);
    else
        printTable({Text::tr("KEY"), Text::tr("TYPE"), Text::tr("VALUE"), Text::tr("SOURCE")}, rows);
    return 0;
}

// --- mappings -------------------------------------------------------------------------------

int mappingSet(Context &ctx, const Parsed &p) {
    const QString org = p.value(QStringLiteral("org"));
    if (org.isEmpty())
        return usageError(Text::tr("mapping set needs --org ORG"));
    auto store = ctx.openStore();
    OR_FAIL(store);
    std::optional<QString> entityId, entityName;
    if (p.has(QStringLiteral("entity-id")))
        entityId = p.value(QStringLiteral("entity-id"));
    if (p.has(QStringLiteral("entity-name")))
        entityName = p.value(QStringLiteral("entity-name"));
    auto version = ifVersion(p);
    OR_FAIL(version);
    auto mapping =
        (*store)->setMapping(p.positionals.at(0), org, entityId, entityName,
                             *version ? std::optional(ExpectedMapping::ofVersion(**version)) : std::nullopt);
    OR_FAIL(mapping);
    printLine(Text::tr("Mapped organization \"%1\" to entity \"%2\" (%3)")
                  .arg(mapping->organization.name, mapping->entityId, mapping->entityName));
    return 0;
}

int mappingList(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto mappings = (*store)->mappings(p.positionals.at(0));
    OR_FAIL(mappings);
    if (p.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Mapping &m : *mappings) {
            array.append(QJsonObject{
                {QStringLiteral("id"), m.organization.id},
                {QStringLiteral("name"), m.organization.name},
                {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), m.organization.id},
                                                             {QStringLiteral("name"), m.organization.name}}},
                {QStringLiteral("entity_id"), m.entityId},
                {QStringLiteral("entity_name"), m.entityName},
                {QStringLiteral("created_at"), stamp(m.createdAt)},
                {QStringLiteral("updated_at"), stamp(m.updatedAt)},
                {QStringLiteral("version"), m.version}});
        }
        printJson(array);
        return 0;
    }
    QList<QStringList> rows;
    for (const Mapping &m : *mappings)
        rows << QStringList{m.organization.name, m.entityId, m.entityName};
    printTable({Text::tr("ORGANIZATION"), Text::tr("ENTITY ID"), Text::tr("ENTITY NAME")}, rows);
    return 0;
}

int mappingRemove(Context &ctx, const Parsed &p) {
    const QString org = p.value(QStringLiteral("org"));
    if (org.isEmpty())
        return usageError(Text::tr("mapping remove needs --org ORG"));
    auto store = ctx.openStore();
    OR_FAIL(store);
    const bool withOverrides = p.has(QStringLiteral("with-overrides"));
    auto version = ifVersion(p);
    OR_FAIL(version);
    auto done = (*store)->removeMapping(p.positionals.at(0), org, withOverrides,
                                        *version ? std::optional(ExpectedMapping::ofVersion(**version))
                                                 : std::nullopt);
    OR_FAIL(done);
    printLine(withOverrides
                  ? Text::tr("Removed the mapping and overrides of organization \"%1\"").arg(org)
                  : Text::tr("Removed the mapping of organization \"%1\"; its overrides are kept").arg(org));
    return 0;
}

// --- mapping import and match, example data --------------------------------------------------

// The text of a file named by an option, or of standard input for "-".
Result<QString> readTextFile(const QString &path, const QString &option) {
    if (path == QLatin1String("-"))
        return readStdin();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(Text::tr("cannot read %1: %2").arg(path, file.errorString()), option);
    return QString::fromUtf8(file.readAll());
}

QString importActionText(ImportAction action, bool createOrganizations) {
    switch (action) {
    case ImportAction::Create:
        return Text::tr("create");
    case ImportAction::Update:
        return Text::tr("update");
    case ImportAction::Unchanged:
        return Text::tr("unchanged");
    case ImportAction::UnknownOrganization:
        return createOrganizations ? Text::tr("create organization") : Text::tr("unknown organization");
    }
    return {};
}

int mappingImport(Context &ctx, const Parsed &p) {
    const QString path = p.value(QStringLiteral("file"));
    if (path.isEmpty())
        return usageError(Text::tr("mapping import needs --file FILE.csv (use - for standard input)"));
    auto text = readTextFile(path, QStringLiteral("file"));
    OR_FAIL(text);
    auto rows = parseMappingCsv(*text);
    OR_FAIL(rows);
    auto store = ctx.openStore();
    OR_FAIL(store);
    const QString name = p.positionals.at(0);
    const bool dryRun = p.has(QStringLiteral("dry-run"));
    const bool createOrganizations = p.has(QStringLiteral("create-organizations"));
    auto preview = previewMappingImport(**store, name, *rows);
    OR_FAIL(preview);
    int written = 0;
    if (!dryRun) {
        auto applied = applyMappingImport(**store, name, *rows, createOrganizations);
        OR_FAIL(applied);
        written = *applied;
    }

    std::map<ImportAction, int> counts;
    for (const MappingImportRow &item : std::as_const(*preview))
        ++counts[item.action];
    const int unknown = counts[ImportAction::UnknownOrganization];
    if (p.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const MappingImportRow &item : std::as_const(*preview)) {
            QJsonObject current;
            if (item.current)
                current = {{QStringLiteral("entity_id"), item.current->entityId},
                           {QStringLiteral("entity_name"), item.current->entityName}};
            array.append(QJsonObject{
                {QStringLiteral("line"), item.row.line},
                {QStringLiteral("organization"), item.row.organization},
                {QStringLiteral("organization_id"), item.organizationId.isEmpty()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(item.organizationId)},
                {QStringLiteral("action"), importActionName(item.action)},
                {QStringLiteral("entity_id"), item.row.entityId},
                {QStringLiteral("entity_name"),
                 item.row.hasEntityName ? QJsonValue(item.row.entityName) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("current"),
                 item.current ? QJsonValue(current) : QJsonValue(QJsonValue::Null)}});
        }
        printJson(QJsonObject{
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("written"), written},
            {QStringLiteral("created_organizations"), !dryRun && createOrganizations ? unknown : 0},
            {QStringLiteral("rows"), array}});
        return 0;
    }
    QList<QStringList> table;
    for (const MappingImportRow &item : std::as_const(*preview)) {
        const QString entityName = item.row.hasEntityName
                                       ? item.row.entityName
                                       : (item.current ? item.current->entityName : QString());
        table << QStringList{QString::number(item.row.line), item.row.organization,
                             importActionText(item.action, createOrganizations), item.row.entityId,
                             entityName};
    }
    printTable({Text::tr("LINE"), Text::tr("ORGANIZATION"), Text::tr("ACTION"), Text::tr("ENTITY ID"),
                Text::tr("ENTITY NAME")},
               table);
    const int creates = counts[ImportAction::Create] + (createOrganizations ? unknown : 0);
    const int updates = counts[ImportAction::Update];
    const int unchanged = counts[ImportAction::Unchanged];
    if (dryRun) {
        printLine(Text::tr("Dry run, nothing written: would create %1, update %2 and leave %3 unchanged.")
                      .arg(creates)
                      .arg(updates)
                      .arg(unchanged));
        if (unknown > 0 && !createOrganizations)
            printLine(Text::tr("%n organization(s) do not exist: the import would fail; add "
                               "--create-organizations to create them.",
                               nullptr, unknown));
    } else {
        printLine(
            Text::tr("Imported %n mapping(s) into \"%1\": %2 created, %3 updated, %4 unchanged.", nullptr,
                     written)
                .arg(name, QString::number(creates), QString::number(updates), QString::number(unchanged)));
        if (createOrganizations && unknown > 0)
            printLine(Text::tr("Created %n organization(s).", nullptr, unknown));
    }
    return 0;
}

int mappingMatch(Context &ctx, const Parsed &p) {
    const QString path = p.value(QStringLiteral("entities"));
    if (path.isEmpty())
        return usageError(Text::tr("mapping match needs --entities FILE (CSV entity_id,entity_name, or "
                                   "tab-separated; - for standard input)"));
    double threshold = 0.8;
    if (p.has(QStringLiteral("threshold"))) {
        bool ok = false;
        threshold = p.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || threshold < 0 || threshold > 1)
            return usageError(Text::tr("--threshold must be a number from 0 to 1, such as 0.8; got \"%1\"")
                                  .arg(p.value(QStringLiteral("threshold"))));
    }
    auto text = readTextFile(path, QStringLiteral("entities"));
    OR_FAIL(text);
    auto entities = parseEntityList(*text);
    OR_FAIL(entities);
    auto store = ctx.openStore();
    OR_FAIL(store);
    const QString name = p.positionals.at(0);
    auto mappings = (*store)->mappings(name);
    OR_FAIL(mappings);
    auto organizations = (*store)->organizations();
    OR_FAIL(organizations);
    QHash<QString, Mapping> mappingOf;
    for (const Mapping &m : std::as_const(*mappings))
        mappingOf.insert(m.organization.id, m);

    const QList<NameMatch> matches = matchOrganizations(*organizations, *entities, threshold);
    const bool apply = p.has(QStringLiteral("apply"));
    const bool overwrite = p.has(QStringLiteral("overwrite"));
    enum class Outcome { Write, Same, Kept, NoMatch };
    // Every organization takes part in the matching, mapped or not, so that an entity already
    // mapped to its organization is not offered to a similar name; only the write skips them.
    auto outcomeOf = [&](const NameMatch &m) {
        if (!m.entity)
            return Outcome::NoMatch;
        const auto current = mappingOf.constFind(m.organization.id);
        if (current == mappingOf.cend())
            return Outcome::Write;
        if (current->entityId == m.entity->id && current->entityName == m.entity->name)
            return Outcome::Same;
        if (!current->entityId.isEmpty() && !overwrite)
            return Outcome::Kept;
        return Outcome::Write;
    };
    int toWrite = 0, kept = 0, exact = 0, fuzzy = 0;
    for (const NameMatch &m : matches) {
        const Outcome outcome = outcomeOf(m);
        toWrite += outcome == Outcome::Write;
        kept += outcome == Outcome::Kept;
        exact += m.kind == MatchKind::Exact;
        fuzzy += m.kind == MatchKind::Fuzzy;
    }
    if (apply && toWrite > 0) {
        auto written = (*store)->transaction([&]() -> Result<void> {
            for (const NameMatch &m : matches) {
                if (outcomeOf(m) != Outcome::Write)
                    continue;
                auto mapping = (*store)->setMapping(name, m.organization.id, m.entity->id, m.entity->name);
                if (!mapping)
                    return mapping.error();
            }
            return {};
        });
        OR_FAIL(written);
    }

    auto outcomeText = [&](Outcome outcome) {
        switch (outcome) {
        case Outcome::Write:
            return apply ? Text::tr("written") : Text::tr("to write");
        case Outcome::Same:
            return Text::tr("already mapped");
        case Outcome::Kept:
            return Text::tr("kept (has an entity id)");
        case Outcome::NoMatch:
            break;
        }
        return QString();
    };
    auto outcomeName = [](Outcome outcome) {
        switch (outcome) {
        case Outcome::Write:
            return QStringLiteral("write");
        case Outcome::Same:
            return QStringLiteral("unchanged");
        case Outcome::Kept:
            return QStringLiteral("kept");
        case Outcome::NoMatch:
            break;
        }
        return QStringLiteral("none");
    };
    if (p.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const NameMatch &m : matches) {
            const auto current = mappingOf.constFind(m.organization.id);
            array.append(QJsonObject{
                {QStringLiteral("id"), m.organization.id},
                {QStringLiteral("name"), m.organization.name},
                {QStringLiteral("entity_id"),
                 m.entity ? QJsonValue(m.entity->id) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("entity_name"),
                 m.entity ? QJsonValue(m.entity->name) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("kind"), matchKindName(m.kind)},
                {QStringLiteral("score"), m.score},
                {QStringLiteral("current_entity_id"),
                 current == mappingOf.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(current->entityId)},
                {QStringLiteral("action"), outcomeName(outcomeOf(m))},
                {QStringLiteral("applied"), apply && outcomeOf(m) == Outcome::Write}});
        }
        printJson(QJsonObject{{QStringLiteral("threshold"), threshold},
                              {QStringLiteral("applied"), apply},
                              {QStringLiteral("matches"), array}});
        return 0;
    }
    QList<QStringList> table;
    for (const NameMatch &m : matches) {
        if (!m.entity)
            continue;
        table << QStringList{m.organization.name,
                             m.entity->id,
                             m.entity->name,
                             m.kind == MatchKind::Exact ? Text::tr("exact") : Text::tr("fuzzy"),
                             QString::number(m.score, 'f', 2),
                             outcomeText(outcomeOf(m))};
    }
    printTable({Text::tr("ORGANIZATION"), Text::tr("ENTITY ID"), Text::tr("ENTITY NAME"), Text::tr("MATCH"),
                Text::tr("SCORE"), Text::tr("ACTION")},
               table);
    printLine(Text::tr("Matched %1 of %2 organizations (%3 exact, %4 fuzzy) with %5 entities.")
                  .arg(exact + fuzzy)
                  .arg(matches.size())
                  .arg(exact)
                  .arg(fuzzy)
                  .arg(entities->size()));
    if (apply)
        printLine(Text::tr("Wrote %n mapping(s).", nullptr, toWrite));
    else if (toWrite > 0)
        printLine(Text::tr("Nothing written; add --apply to write %n mapping(s).", nullptr, toWrite));
    if (kept > 0)
        printLine(Text::tr("%n organization(s) already have an entity id and were left as they are; add "
                           "--overwrite to replace them.",
                           nullptr, kept));
    return 0;
}

int exampleLoad(Context &ctx, const Parsed &) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto loaded = loadExampleData(**store);
    OR_FAIL(loaded);
    printLine(Text::tr("Loaded the example data: integrations HaloPSA and MicrosoftGraph with six "
                       "organizations. Try `bifrostctl get HaloPSA --org Contoso`."));
    return 0;
}

// --- get ------------------------------------------------------------------------------------

int get(Context &ctx, const Parsed &p) {
    if (blankOrg(p))
        return blankOrgError();
    const QString org = p.value(QStringLiteral("org"));
    if (!org.isEmpty() && p.has(QStringLiteral("global")))
        return usageError(Text::tr("--org and --global exclude each other"));
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto data = resolveFromStore(**store, p.positionals.at(0), org, true);
    OR_FAIL(data);
    if (p.has(QStringLiteral("strict")) && !data->missingRequired.isEmpty()) {
        const QString scope = data->organization
                                  ? Text::tr("organization \"%1\"").arg(data->organization->name)
                                  : Text::tr("the global scope");
        return fail(
            Error::invalid(Text::tr("integration \"%1\" is missing required values for %2: %3; set them with "
                                    "`bifrostctl config set`")
                               .arg(data->name, scope, data->missingRequired.join(QStringLiteral(", ")))));
    }
    auto oauth = addOAuthBlock(**store, *data);
    OR_FAIL(oauth);
    printJson(data->toJson(p.has(QStringLiteral("explain"))));
    return 0;
}

} // namespace

// One trailing newline, as `echo` and most editors add, is not part of the value. The passphrase
// lines that come first (passphrase.h) are taken out of the shared stream before.
Result<QString> readStdin() {
    return readStdinRest();
}

Result<Store *> Context::openStore() {
    if (store)
        return store.get();
    // An explicit choice (--secrets, else BIFROST_SECRETS) is checked against the one the
    // database records; without one, the recorded backend is used.
    const QString chosen =
        global.secrets.isEmpty() ? qEnvironmentVariable("BIFROST_SECRETS") : global.secrets;
    if (!chosen.isEmpty() && chosen != QLatin1String("keychain") && chosen != QLatin1String("vault"))
        return Error::invalid(
            Text::tr("unknown secret backend \"%1\"; use --secrets keychain or --secrets vault").arg(chosen),
            QStringLiteral("secrets"));
    // A path, sqlite:PATH or a postgresql:// URL (BIFROST_DB may hold either).
    const QString location = global.db.isEmpty() ? Store::defaultPath() : global.db;
    Store::OpenOptions options;
    // A PostgreSQL password that neither the keychain nor PGPASSFILE gave is asked on the
    // terminal, never taken from argv; without a terminal the open fails and says where else
    // the password can come from.
    if (terminalAvailable()) {
        options.passwordPrompt = [](const QString &shown) -> Result<QString> {
            return promptPassphrase(Text::tr("PostgreSQL password for %1: ").arg(shown), false);
        };
    }
    auto opened = Store::open(location, nullptr, options);
    if (!opened)
        return opened.error();
    std::unique_ptr<Store> candidate = std::move(*opened);
    // PostgreSQL: secrets are team secrets, whatever the environment prefers (teamcommands.cpp).
    if (candidate->isPostgres()) {
        if (auto used = useTeamSecrets(*this, *candidate); !used)
            return used.error();
        store = std::move(candidate);
        return store.get();
    }
    const QString recorded = candidate->secretBackend();
    const QString backend = chosen.isEmpty() ? recorded : chosen;
    if (backend != recorded) {
        auto uses = candidate->secretUses();
        if (!uses)
            return uses.error();
        if (!uses->isEmpty())
            return Error::invalid(
                recorded == QLatin1String("vault")
                    ? Text::tr("this database keeps its secrets in the vault; use --secrets vault, or move "
                               "them with `bifrostctl secrets migrate --to keychain`")
                    : Text::tr("this database keeps its secrets in the keychain; use --secrets keychain, or "
                               "move them with `bifrostctl secrets migrate --to vault`"),
                QStringLiteral("secrets"));
        // No secret refers to the recorded backend yet: the explicit choice becomes the record.
        if (auto recordedNow = candidate->setSecretBackend(backend); !recordedNow)
            return recordedNow.error();
    }
    auto made = makeSecretStore(backend, candidate->path());
    if (!made)
        return made.error();
    secrets = std::move(*made);
    candidate->setSecretStore(secrets.get());
    store = std::move(candidate);
    return store.get();
}

Result<std::unique_ptr<SecretStore>> Context::makeSecretStore(const QString &backend,
                                                              const QString &databasePath) const {
    if (backend == QLatin1String("keychain"))
        return std::unique_ptr<SecretStore>(std::make_unique<KeychainSecretStore>());
    if (backend != QLatin1String("vault"))
        return Error::invalid(Text::tr("unknown secret backend \"%1\"; use keychain or vault").arg(backend),
                              QStringLiteral("to"));
    const QString vaultPath = VaultSecretStore::defaultPathFor(databasePath);
    const bool fromStdin = global.passphraseStdin;
    // Asked on the vault's first use, so commands that never touch a secret never ask.
    auto provider = [vaultPath, fromStdin](bool creating) -> Result<QString> {
        QString passphrase = qEnvironmentVariable("BIFROST_VAULT_PASSPHRASE");
        if (passphrase.isEmpty() && fromStdin) {
            auto line = vaultPassphraseLine();
            if (!line)
                return line.error();
            passphrase = *line;
        }
        if (passphrase.isEmpty()) {
            if (!terminalAvailable())
                return Error::invalid(
                    Text::tr("the vault %1 needs its passphrase and there is no terminal to ask for it; pipe "
                             "it as the first line of standard input with the global --passphrase-stdin, or "
                             "set BIFROST_VAULT_PASSPHRASE")
                        .arg(vaultPath),
                    QStringLiteral("passphrase"));
            auto typed =
                promptPassphrase(creating ? Text::tr("New passphrase for the vault %1: ").arg(vaultPath)
                                          : Text::tr("Passphrase for the vault %1: ").arg(vaultPath),
                                 creating);
            if (!typed)
                return typed.error();
            passphrase = *typed;
        }
        if (creating) {
            if (auto strong = checkNewPassphrase(passphrase, QStringLiteral("passphrase")); !strong)
                return strong.error();
        }
        return passphrase;
    };
    return std::unique_ptr<SecretStore>(std::make_unique<VaultSecretStore>(vaultPath, provider));
}

const QList<CommandSpec> &commands() {
    static const QList<CommandSpec> list = {
        {words("org", "add"), {QStringLiteral("NAME")}, {}, Text::tr("Add an organization."), orgAdd},
        {words("org", "list"), {}, {flag("json")}, Text::tr("List organizations."), orgList},
        {words("org", "rename"),
         {QStringLiteral("OLD"), QStringLiteral("NEW")},
         {},
         Text::tr("Rename an organization."),
         orgRename},
        {words("org", "remove"),
         {QStringLiteral("NAME")},
         {flag("force")},
         Text::tr("Remove an organization; --force also removes its mappings and overrides."),
         orgRemove},
        {words("org", "show"),
         {QStringLiteral("ORG")},
         {flag("json")},
         Text::tr("Show an organization with every integration's mapping, override count and missing "
                  "required keys."),
         orgShow},
        {words("integration", "create"),
         {QStringLiteral("NAME")},
         {valued("description", "TEXT"), valued("default-entity-id", "ID"),
          valued("entity-id-label", "LABEL")},
         Text::tr("Create an integration."),
         integrationCreate},
        {words("integration", "list"), {}, {flag("json")}, Text::tr("List integrations."), integrationList},
        {words("integration", "show"),
         {QStringLiteral("NAME")},
         {flag("json")},
         Text::tr("Show an integration and its schema."),
         integrationShow},
        {words("integration", "rename"),
         {QStringLiteral("OLD"), QStringLiteral("NEW")},
         {valued("if-version", "N")},
         Text::tr("Rename an integration (workflows look integrations up by name); --if-version N refuses "
                  "(exit 4) unless it is still at version N."),
         integrationRename},
        {words("integration", "delete"),
         {QStringLiteral("NAME")},
         {flag("force")},
         Text::tr("Delete an integration; --force also deletes its values and mappings."),
         integrationDelete},
        {words("integration", "update"),
         {QStringLiteral("NAME")},
         {valued("description", "TEXT"), valued("default-entity-id", "ID"),
          valued("entity-id-label", "LABEL"), valued("if-version", "N")},
         Text::tr("Change an integration's description or entity settings; options left out keep their "
                  "value; --if-version N refuses (exit 4) unless it is still at version N."),
         integrationUpdate},
        {words("integration", "status"),
         {QStringLiteral("NAME")},
         {flag("json"), flag("missing-only")},
         Text::tr("Every organization's mapping, override count and missing required keys; "
                  "--missing-only lists only organizations that miss some."),
         integrationStatus},
        {words("schema", "set"),
         {QStringLiteral("NAME")},
         {valued("file", "SCHEMA.json"), flag("force")},
         Text::tr("Replace an integration's schema; --force drops values the change makes invalid."),
         schemaSet},
        {words("schema", "show"),
         {QStringLiteral("NAME")},
         {flag("json")},
         Text::tr("Show an integration's schema."),
         schemaShow},
        {words("config", "set"),
         {QStringLiteral("NAME"), QStringLiteral("KEY"), QStringLiteral("VALUE?")},
         {repeated("org", "ORG"), flag("stdin"), repeated("if-version", "N")},
         Text::tr("Set a default, or with --org an organization's override (repeat --org to set several "
                  "at once, all or nothing); secrets only with --stdin; --if-version N (0: must not exist "
                  "yet) refuses (exit 4) a value changed since it was read."),
         configSet},
        {words("config", "unset"),
         {QStringLiteral("NAME"), QStringLiteral("KEY")},
         {repeated("org", "ORG"), repeated("if-version", "N")},
         Text::tr("Remove a default, or with --org an organization's override (repeat --org for several, "
                  "all or nothing); --if-version N refuses (exit 4) a value changed since it was read."),
         configUnset},
        {words("config", "list"),
         {QStringLiteral("NAME")},
         {valued("org", "ORG"), flag("json"), flag("reveal")},
         Text::tr("List values with their source; secrets masked unless --reveal."),
         configList},
        {words("mapping", "set"),
         {QStringLiteral("NAME")},
         {valued("org", "ORG"), valued("entity-id", "ID"), valued("entity-name", "TEXT"),
          valued("if-version", "N")},
         Text::tr("Map an organization to its external entity; --if-version N (0: no mapping yet) refuses "
                  "(exit 4) a mapping changed since it was read."),
         mappingSet},
        {words("mapping", "list"),
         {QStringLiteral("NAME")},
         {flag("json")},
         Text::tr("List an integration's mappings."),
         mappingList},
        {words("mapping", "remove"),
         {QStringLiteral("NAME")},
         {valued("org", "ORG"), flag("with-overrides"), valued("if-version", "N")},
         Text::tr("Remove a mapping; its overrides stay unless --with-overrides; --if-version N refuses "
                  "(exit 4) a mapping changed since it was read."),
         mappingRemove},
        {words("mapping", "import"),
         {QStringLiteral("NAME")},
         {valued("file", "FILE.csv"), flag("dry-run"), flag("create-organizations"), flag("json")},
         Text::tr("Import mappings from CSV (organization,entity_id,entity_name) in one transaction; "
                  "--dry-run only shows what would change."),
         mappingImport},
        {words("mapping", "match"),
         {QStringLiteral("NAME")},
         {valued("entities", "FILE"), valued("threshold", "0.8"), flag("apply"), flag("overwrite"),
          flag("json")},
         Text::tr("Match organizations to external entities by exact and fuzzy name; --apply writes the "
                  "matches of organizations without an entity id (all with --overwrite)."),
         mappingMatch},
        {words("example", "load"),
         {},
         {},
         Text::tr("Load example integrations, organizations, mappings and values into an empty database."),
         exampleLoad},
        {words("get"),
         {QStringLiteral("NAME")},
         {valued("org", "ORG"), flag("global"), flag("strict"), flag("explain")},
         Text::tr("Print the resolved configuration as JSON, secrets revealed."),
         get},
    };
    static const QList<CommandSpec> all = list + oauthCommands() + bundleCommands() + historyCommands() +
                                          maintenanceCommands() + teamCommands() + migrateCommands() +
                                          sdkCommands() + completionCommands();
    return all;
}

QString helpText() {
    QStringList lines{
        Text::tr("Usage: bifrostctl [--db PATH] [--secrets keychain|vault] [--passphrase-stdin] "
                 "COMMAND ..."),
        QString(), Text::tr("Commands:")};
    for (const CommandSpec &c : commands())
        lines << QStringLiteral("  ") + c.usage().mid(QStringLiteral("bifrostctl ").size())
              << QStringLiteral("      ") + c.summary;
    lines << QString()
          << Text::tr("Exit codes: 0 success, 2 invalid input, 3 not found, 4 conflict, 5 external failure.")
          << Text::tr(
                 "Environment: BIFROST_DB (database path), BIFROST_SECRETS (secret backend), "
                 "BIFROST_VAULT (vault file, default: next to the database), BIFROST_VAULT_PASSPHRASE "
                 "(vault passphrase), BIFROST_TEAM_PASSPHRASE (personal team passphrase on a PostgreSQL "
                 "database), BIFROST_NO_BROWSER=1 (oauth connect prints the URL without opening a browser).")
          << Text::tr(
                 "--passphrase-stdin: the vault passphrase is the first line of standard input; a bundle "
                 "passphrase comes next, then any --stdin value.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace bifrost::cli
