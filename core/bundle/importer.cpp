// Import: read and check the bundle, plan every change against the database, then (unless a
// dry run) apply the plan in one Store transaction.
//
// The plan is built as two parallel lists: the lines a user reads (PlannedChange) and the
// operations that carry them out. Everything that could refuse the import (conflicts, values the
// schema rejects, names) is decided while planning, so a dry run reports exactly what the real
// import applies, and the real import fails only on I/O (database, secret store), which rolls
// everything back: the database and the secret store stay as they were.
#include "bundle.h"
#include "bundleformat.h"
#include "model/schemajson.h"
#include "store/store.h"
#include "validate/valuevalidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace bifrost::bundle {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Bundle)
};

using Kind = PlannedChange::Kind;
using Op = std::function<Result<void>()>;

// A word for a shell command line, quoted when it needs to be.
QString shellWord(const QString &word) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.,:/@%+=-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool sameField(SchemaField a, SchemaField b) {
    a.position = b.position = 0;
    return a == b;
}

// The field of `schema` with this key (the last one, should a bundle list a key twice).
const SchemaField *fieldIn(const Schema &schema, const QString &key) {
    const SchemaField *found = nullptr;
    for (const SchemaField &f : schema) {
        if (f.key == key)
            found = &f;
    }
    return found;
}

// Where one bundle organization lands here.
struct OrgTarget {
    QString existingId; // empty: created by this import
    QString creator;    // the bundle id whose creation it shares (same name), when created
    QString name;       // the name here
};

// One stored value here, at (organization id or "" for the default, key).
using Slot = QPair<QString, QString>;

class Planner {
public:
    Planner(Store &store, const format::Document &doc, OnConflict mode)
        : m_store(store)
        , m_doc(doc)
        , m_mode(mode) {}

    ImportReport report;
    std::vector<Op> ops;

    Result<void> plan();

private:
    Store &m_store;
    const format::Document &m_doc;
    OnConflict m_mode;
    QHash<QString, OrgTarget> m_orgs;         // bundle organization id -> target
    QHash<QString, QString> m_createdIds;     // creator bundle id -> id given at apply time
    QHash<QString, QString> m_bundleOrgNames; // bundle organization id -> its name in the bundle

    void add(Kind kind, const QString &object, const QString &integration, const QString &organization = {},
             const QString &key = {}, const QString &detail = {}) {
        report.changes << PlannedChange{kind, object, integration, organization, key, detail};
    }

    // The id of a bundle organization here, at apply time.
    QString orgId(const QString &bundleOrgId) const {
        const OrgTarget &t = m_orgs[bundleOrgId];
        return t.existingId.isEmpty() ? m_createdIds.value(t.creator) : t.existingId;
    }
    QString orgName(const QString &bundleOrgId) const { return m_orgs.value(bundleOrgId).name; }

    Result<void> planOrganizations(const QSet<QString> &needed);
    Result<void> planCreate(const format::Integration &in);
    Result<void> planReplace(const format::Integration &in, const Integration &here);
    Result<void> planMerge(const format::Integration &in, const Integration &here);

    QString secretValue(const format::Value &v) const { return m_doc.secrets.value(v.secretId); }
    // The bundle's value checked against the field it is written under (its canonical form).
    Result<QJsonValue> checked(const SchemaField &field, const format::Value &v, const QString &integration,
                               const QString &org) const {
        const ValueContext ctx{integration, field.key, org};
        if (v.secret != field.isSecret())
            return Error::invalid(Text::tr("%1: the bundle's value and this field disagree on being a secret")
                                      .arg(ctx.describe()),
                                  field.key);
        return validateValue(field, v.secret ? QJsonValue(secretValue(v)) : v.plain, ctx);
    }

    void fillLater(const QString &integration, const QString &key, const QString &bundleOrgId) {
        if (bundleOrgId.isEmpty()) {
            report.secretsToFill << Text::tr("%1: %2 (default): bifrostctl config set %3 %4 --stdin")
                                        .arg(integration, key, shellWord(integration), shellWord(key));
        } else {
            const QString org = orgName(bundleOrgId);
            report.secretsToFill << Text::tr("%1: %2 (%3): bifrostctl config set %4 %5 --org %6 --stdin")
                                        .arg(integration, key, org, shellWord(integration), shellWord(key),
                                             shellWord(org));
        }
    }
    void fillClientSecretLater(const QString &integration) {
        report.secretsToFill << Text::tr(
                                    "%1: OAuth client secret: bifrostctl oauth set %2 --client-secret-stdin")
                                    .arg(integration, shellWord(integration));
    }

    // Every bundle value of one integration keyed by its slot here, with the bundle org id.
    struct BundleSlot {
        QString bundleOrgId;
        format::Value value;
    };
    QMap<Slot, BundleSlot> bundleSlots(const format::Integration &in) const {
        QMap<Slot, BundleSlot> slots;
        for (auto it = in.defaults.cbegin(); it != in.defaults.cend(); ++it)
            slots.insert({QString(), it.key()}, {QString(), it.value()});
        for (auto org = in.overrides.cbegin(); org != in.overrides.cend(); ++org) {
            const OrgTarget &t = m_orgs[org.key()];
            // Organizations created by this import have no values yet: key them by bundle id.
            const QString here = t.existingId.isEmpty() ? QStringLiteral("new:") + t.creator : t.existingId;
            for (auto it = org.value().cbegin(); it != org.value().cend(); ++it)
                slots.insert({here, it.key()}, {org.key(), it.value()});
        }
        return slots;
    }

    void addSetOps(const QString &name, const QList<QPair<QString, ConfigChange>> &sets) {
        // Grouped by organization: one setConfig per level.
        QMap<QString, QList<ConfigChange>> byOrg;
        for (const auto &[bundleOrgId, change] : sets)
            byOrg[bundleOrgId] << change;
        for (auto it = byOrg.cbegin(); it != byOrg.cend(); ++it) {
            const QString &bundleOrgId = it.key();
            const QList<ConfigChange> &changes = it.value();
            ops.push_back([this, name, bundleOrgId, changes]() -> Result<void> {
                return m_store.setConfig(name, bundleOrgId.isEmpty() ? QString() : orgId(bundleOrgId),
                                         changes);
            });
        }
    }

    // The values stored here for one integration by slot, with the secret values of those the
    // bundle also sets (to tell an unchanged secret from a changed one).
    struct StoredValues {
        QMap<Slot, ConfigValue> bySlot;
        QHash<QString, QString> secrets; // secret ref -> value

        // Whether the value here equals the bundle's value `b`, checked as `value`.
        bool same(const ConfigValue &here, const format::Value &b, const QJsonValue &value) const {
            if (here.isSecret() && b.secret)
                return secrets.contains(here.secretRef) && secrets.value(here.secretRef) == value.toString();
            if (!here.isSecret() && !b.secret)
                return toJsonText(here.value) == toJsonText(value);
            return false;
        }
    };
    Result<StoredValues> storedValues(const Integration &here, const QMap<Slot, BundleSlot> &slots) {
        auto stored = m_store.allValues(here.id);
        if (!stored)
            return stored.error();
        StoredValues out;
        QStringList secretRefs;
        for (const ConfigValue &v : std::as_const(*stored)) {
            out.bySlot.insert({v.organizationId, v.key}, v);
            if (v.isSecret() && slots.contains({v.organizationId, v.key}))
                secretRefs << v.secretRef;
        }
        auto secrets = m_store.readSecrets(secretRefs);
        if (!secrets)
            return secrets.error();
        out.secrets = std::move(*secrets);
        return out;
    }

    // The organizations (id here, "" for the default) with an OAuth connection here, leaving out
    // those in `gone`.
    Result<QSet<QString>> connectedHere(const Integration &here, const QStringList &gone) {
        auto connections = m_store.oauthConnections(here.id);
        if (!connections)
            return connections.error();
        QSet<QString> connected;
        for (const OAuthConnection &c : std::as_const(*connections)) {
            if (!gone.contains(c.organizationId))
                connected.insert(c.organizationId);
        }
        return connected;
    }
    // Whether the bundle's connection `c` has one here already (in `connected`).
    bool isConnected(const QSet<QString> &connected, const format::Connection &c) {
        const QString orgHere = c.organizationId.isEmpty() ? QString() : m_orgs[c.organizationId].existingId;
        return (c.organizationId.isEmpty() || !orgHere.isEmpty()) && connected.contains(orgHere);
    }

    void addUpdateOp(const QString &name, const IntegrationUpdate &update) {
        ops.push_back([this, name, update]() -> Result<void> {
            auto done = m_store.updateIntegration(name, update);
            if (!done)
                return done.error();
            return {};
        });
    }
    void addSchemaOp(const QString &name, const Schema &schema, SchemaWrite mode) {
        ops.push_back([this, name, schema, mode]() -> Result<void> {
            auto done = m_store.setSchema(name, schema, mode);
            if (!done)
                return done.error();
            return {};
        });
    }
    void addMappingOps(const QString &name, const QList<format::Mapping> &mappings) {
        for (const format::Mapping &m : mappings) {
            const QString bundleOrgId = m.organizationId;
            const QString entityId = m.entityId, entityName = m.entityName;
            ops.push_back([this, name, bundleOrgId, entityId, entityName]() -> Result<void> {
                auto done = m_store.setMapping(name, orgId(bundleOrgId), entityId, entityName);
                if (!done)
                    return done.error();
                return {};
            });
        }
    }

    void addConnectionOp(const QString &name, const format::Connection &c) {
        Store::ImportedConnection imported;
        imported.accessToken = m_doc.secrets.value(c.accessTokenId);
        imported.refreshToken =
            c.refreshTokenId.isEmpty() ? QString() : m_doc.secrets.value(c.refreshTokenId);
        imported.tokenType = c.tokenType;
        imported.expiresAt = c.expiresAt;
        imported.scopes = c.scopes;
        imported.failed = c.failed;
        imported.lastError = c.lastError;
        imported.connectedAt = c.connectedAt;
        imported.lastRefreshAt = c.lastRefreshAt;
        const QString bundleOrgId = c.organizationId;
        ops.push_back([this, name, bundleOrgId, imported]() -> Result<void> {
            auto done = m_store.importOAuthConnection(
                name, bundleOrgId.isEmpty() ? QString() : orgId(bundleOrgId), imported);
            if (!done)
                return done.error();
            return {};
        });
    }

    void addRecordOp(const QString &name, const QString &how) {
        const QString detail = Text::tr("%1 from a bundle made by %2 on %3")
                                   .arg(how, m_doc.createdBy, m_doc.createdAt.toString(Qt::ISODate));
        ops.push_back([this, name, detail]() { return m_store.recordImport(name, detail); });
    }

    // The client secret argument of setOAuthSettings for the bundle's settings, and whether
    // it must be filled in later.
    std::optional<QString> clientSecretOf(const format::OAuth &o, bool &toFill) const {
        toFill = false;
        if (!o.hasClientSecret)
            return QString(); // none: removes a stored one
        if (o.clientSecretId.isEmpty()) {
            toFill = true;
            return std::nullopt; // left out: keeps a stored one
        }
        return m_doc.secrets.value(o.clientSecretId);
    }
    void addOAuthOp(const QString &name, const format::OAuth &o, const std::optional<QString> &clientSecret) {
        const OAuthSettings settings = o.settings;
        ops.push_back([this, name, settings, clientSecret]() -> Result<void> {
            // Draft: settings from a bundle may lack what only the user gives (a left-out client
            // secret); oauth::resolveSettings refuses to run a flow until it is there.
            auto done = m_store.setOAuthSettings(name, settings, clientSecret, Store::OAuthCheck::Draft);
            if (!done)
                return done.error();
            return {};
        });
    }
};

Result<void> Planner::planOrganizations(const QSet<QString> &needed) {
    auto here = m_store.organizations();
    if (!here)
        return here.error();
    QHash<QString, Organization> byId, byKey;
    for (const Organization &o : std::as_const(*here)) {
        byId.insert(o.id, o);
        byKey.insert(organizationNameKey(o.name), o);
    }
    QHash<QString, QString> createdByKey; // name key -> creator bundle id
    for (const format::Organization &o : m_doc.organizations) {
        m_bundleOrgNames.insert(o.id, o.name);
        if (!needed.contains(o.id))
            continue;
        OrgTarget target;
        const QString nameKey = organizationNameKey(o.name);
        if (byId.contains(o.id)) {
            const Organization &found = byId[o.id];
            target.existingId = found.id;
            target.name = found.name;
            if (organizationNameKey(found.name) != nameKey)
                report.warnings << Text::tr("organization \"%1\" of the bundle is \"%2\" here (same id); its "
                                            "values and mappings go to \"%2\"")
                                       .arg(o.name, found.name);
        } else if (byKey.contains(nameKey)) {
            target.existingId = byKey[nameKey].id;
            target.name = byKey[nameKey].name;
        } else if (createdByKey.contains(nameKey)) {
            target.creator = createdByKey[nameKey];
            target.name = m_orgs[target.creator].name;
        } else {
            const QString name = o.name.trimmed();
            if (name.isEmpty())
                return Error::invalid(
                    Text::tr("the bundle lists an organization with an empty name; export it "
                             "again"),
                    QStringLiteral("bundle"));
            target.creator = o.id;
            target.name = name;
            createdByKey.insert(nameKey, o.id);
            add(Kind::Create, QStringLiteral("organization"), {}, name);
            const QString bundleId = o.id;
            ops.push_back([this, bundleId, name]() -> Result<void> {
                auto created = m_store.addOrganizationKeepingId(bundleId, name);
                if (!created)
                    return created.error();
                m_createdIds.insert(bundleId, created->id);
                return {};
            });
        }
        m_orgs.insert(o.id, target);
    }
    return {};
}

Result<void> Planner::planCreate(const format::Integration &in) {
    if (auto valid = Store::validateIntegrationName(in.name); !valid)
        return valid.error();
    // The schema as setSchema will check it, so that a bad field fails the plan, not the apply.
    for (const SchemaField &f : in.schema) {
        if (auto ok = validateSchemaField(f, in.name); !ok)
            return ok.error();
    }
    QList<QPair<QString, ConfigChange>> sets;
    int valueCount = 0;
    auto collect = [&](const QMap<QString, format::Value> &values,
                       const QString &bundleOrgId) -> Result<void> {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const SchemaField *field = fieldIn(in.schema, it.key());
            if (it.value().secret && it.value().secretId.isEmpty()) {
                fillLater(in.name, it.key(), bundleOrgId);
                continue;
            }
            auto value = checked(*field, it.value(), in.name,
                                 bundleOrgId.isEmpty() ? QString() : orgName(bundleOrgId));
            if (!value)
                return value.error();
            sets << qMakePair(bundleOrgId, ConfigChange::setJson(it.key(), *value));
            ++valueCount;
        }
        return {};
    };
    if (auto done = collect(in.defaults, {}); !done)
        return done;
    for (auto org = in.overrides.cbegin(); org != in.overrides.cend(); ++org) {
        if (auto done = collect(org.value(), org.key()); !done)
            return done;
    }

    QStringList parts{Text::tr("%n field(s)", nullptr, int(in.schema.size())),
                      Text::tr("%n value(s)", nullptr, valueCount),
                      Text::tr("%n mapping(s)", nullptr, int(in.mappings.size()))};
    if (in.oauth)
        parts << Text::tr("OAuth settings");
    if (in.oauth && !in.oauth->connections.isEmpty())
        parts << Text::tr("%n OAuth connection(s)", nullptr, int(in.oauth->connections.size()));
    add(Kind::Create, QStringLiteral("integration"), in.name, {}, {}, parts.join(QStringLiteral(", ")));

    const QString name = in.name;
    const QString id = in.id;
    const IntegrationFields fields{in.name, in.description, in.defaultEntityId, in.entityIdLabel};
    const Schema schema = in.schema;
    ops.push_back([this, id, fields, schema]() -> Result<void> {
        auto created = m_store.createIntegrationKeepingId(id, fields);
        if (!created)
            return created.error();
        if (schema.isEmpty())
            return {};
        auto set = m_store.setSchema(fields.name, schema, SchemaWrite::Apply);
        if (!set)
            return set.error();
        return {};
    });
    addSetOps(name, sets);
    for (const format::Mapping &m : in.mappings) {
        const QString bundleOrgId = m.organizationId;
        const QString entityId = m.entityId, entityName = m.entityName;
        ops.push_back([this, name, bundleOrgId, entityId, entityName]() -> Result<void> {
            auto done = m_store.setMapping(name, orgId(bundleOrgId), entityId, entityName);
            if (!done)
                return done.error();
            return {};
        });
    }
    if (in.oauth) {
        bool toFill = false;
        const auto clientSecret = clientSecretOf(*in.oauth, toFill);
        if (toFill)
            fillClientSecretLater(in.name);
        addOAuthOp(name, *in.oauth, clientSecret);
        for (const format::Connection &c : in.oauth->connections)
            addConnectionOp(name, c);
    }
    addRecordOp(name, Text::tr("created"));
    return {};
}

Result<void> Planner::planReplace(const format::Integration &in, const Integration &here) {
    const QString name = here.name;
    // Integration settings.
    QStringList changed;
    if (here.description != in.description)
        changed << Text::tr("description");
    if (here.defaultEntityId != in.defaultEntityId.trimmed())
        changed << Text::tr("default entity id");
    if (here.entityIdLabel != in.entityIdLabel)
        changed << Text::tr("entity id label");
    if (!changed.isEmpty())
        add(Kind::Change, QStringLiteral("integration"), name, {}, {}, changed.join(QStringLiteral(", ")));
    else
        add(Kind::Unchanged, QStringLiteral("integration"), name);

    // Schema.
    for (const SchemaField &f : in.schema) {
        if (auto ok = validateSchemaField(f, in.name); !ok)
            return ok.error();
    }
    QSet<QString> changedFields; // removed or redefined
    bool schemaChanges = false;
    for (const SchemaField &f : in.schema) {
        const SchemaField *old = here.field(f.key);
        if (!old) {
            add(Kind::Create, QStringLiteral("field"), name, {}, f.key, fieldTypeName(f.type));
            schemaChanges = true;
        } else if (!sameField(*old, f)) {
            add(Kind::Change, QStringLiteral("field"), name, {}, f.key,
                old->type == f.type
                    ? Text::tr("definition")
                    : Text::tr("%1 → %2").arg(fieldTypeName(old->type), fieldTypeName(f.type)));
            changedFields.insert(f.key);
            schemaChanges = true;
        }
    }
    QStringList bundleKeys;
    for (const SchemaField &f : in.schema)
        bundleKeys << f.key;
    QStringList hereKeys;
    for (const SchemaField &f : here.schema) {
        hereKeys << f.key;
        if (!bundleKeys.contains(f.key)) {
            add(Kind::Remove, QStringLiteral("field"), name, {}, f.key);
            changedFields.insert(f.key);
            schemaChanges = true;
        }
    }
    QStringList keptOrder;
    for (const QString &k : std::as_const(hereKeys)) {
        if (bundleKeys.contains(k))
            keptOrder << k;
    }
    QStringList bundleOrder;
    for (const QString &k : std::as_const(bundleKeys)) {
        if (hereKeys.contains(k))
            bundleOrder << k;
    }
    if (keptOrder != bundleOrder) {
        add(Kind::Change, QStringLiteral("schema"), name, {}, {}, Text::tr("field order"));
        schemaChanges = true;
    }

    // Values.
    QHash<QString, QString> orgNamesHere;
    auto orgsHere = m_store.organizations();
    if (!orgsHere)
        return orgsHere.error();
    for (const Organization &o : std::as_const(*orgsHere))
        orgNamesHere.insert(o.id, o.name);
    const QMap<Slot, BundleSlot> slots = bundleSlots(in);
    auto stored = storedValues(here, slots);
    if (!stored)
        return stored.error();
    const QMap<Slot, ConfigValue> &storedBySlot = stored->bySlot;

    QList<QPair<QString, ConfigChange>> sets;       // by bundle organization id ("" for defaults)
    QList<QPair<QString, ConfigChange>> unsetsHere; // by organization id here
    for (auto it = storedBySlot.cbegin(); it != storedBySlot.cend(); ++it) {
        const ConfigValue &v = it.value();
        const QString orgLabel =
            v.organizationId.isEmpty() ? QString() : orgNamesHere.value(v.organizationId);
        const auto found = slots.constFind(it.key());
        const bool fieldChanges = changedFields.contains(v.key);
        if (found == slots.cend()) {
            add(Kind::Remove, QStringLiteral("value"), name, orgLabel, v.key);
            unsetsHere << qMakePair(v.organizationId, ConfigChange::unset(v.key));
            continue;
        }
        const format::Value &b = found->value;
        const SchemaField *newField = fieldIn(in.schema, v.key);
        if (b.secret && b.secretId.isEmpty()) {
            // A left-out secret never overwrites the value here: kept when the field stays a secret.
            if (v.isSecret() && newField->isSecret()) {
                add(Kind::Unchanged, QStringLiteral("value"), name, orgLabel, v.key,
                    Text::tr("the bundle leaves secrets out; the secret here is kept"));
            } else {
                add(Kind::Remove, QStringLiteral("value"), name, orgLabel, v.key,
                    Text::tr("the field becomes a secret that the bundle leaves out"));
                unsetsHere << qMakePair(v.organizationId, ConfigChange::unset(v.key));
            }
            continue;
        }
        auto value = checked(*newField, b, name, orgLabel);
        if (!value)
            return value.error();
        const bool equal = stored->same(v, b, *value);
        if (equal && !fieldChanges) {
            add(Kind::Unchanged, QStringLiteral("value"), name, orgLabel, v.key);
            continue;
        }
        add(equal ? Kind::Unchanged : Kind::Change, QStringLiteral("value"), name, orgLabel, v.key);
        // A value of a redefined field is taken out before the schema changes and written again
        // after, so that the schema change never converts or drops it on its own.
        if (fieldChanges)
            unsetsHere << qMakePair(v.organizationId, ConfigChange::unset(v.key));
        sets << qMakePair(found->bundleOrgId, ConfigChange::setJson(v.key, *value));
    }
    for (auto it = slots.cbegin(); it != slots.cend(); ++it) {
        if (storedBySlot.contains(it.key()))
            continue;
        const BundleSlot &b = it.value();
        const QString orgLabel = b.bundleOrgId.isEmpty() ? QString() : orgName(b.bundleOrgId);
        if (b.value.secret && b.value.secretId.isEmpty()) {
            fillLater(name, it.key().second, b.bundleOrgId);
            continue;
        }
        const SchemaField *newField = fieldIn(in.schema, it.key().second);
        auto value = checked(*newField, b.value, name, orgLabel);
        if (!value)
            return value.error();
        add(Kind::Create, QStringLiteral("value"), name, orgLabel, it.key().second);
        sets << qMakePair(b.bundleOrgId, ConfigChange::setJson(it.key().second, *value));
    }

    // Mappings.
    auto mappings = m_store.mappings(here.id);
    if (!mappings)
        return mappings.error();
    QHash<QString, Mapping> mappingHere;
    for (const Mapping &m : std::as_const(*mappings))
        mappingHere.insert(m.organization.id, m);
    QSet<QString> mappedByBundle;
    QList<format::Mapping> mappingSets;
    for (const format::Mapping &m : in.mappings) {
        const OrgTarget &t = m_orgs[m.organizationId];
        if (!t.existingId.isEmpty())
            mappedByBundle.insert(t.existingId);
        const auto found = mappingHere.constFind(t.existingId);
        if (found == mappingHere.cend()) {
            add(Kind::Create, QStringLiteral("mapping"), name, t.name);
            mappingSets << m;
        } else if (found->entityId != m.entityId.trimmed() || found->entityName != m.entityName.trimmed()) {
            add(Kind::Change, QStringLiteral("mapping"), name, t.name);
            mappingSets << m;
        } else {
            add(Kind::Unchanged, QStringLiteral("mapping"), name, t.name);
        }
    }
    QStringList mappingRemovals;
    for (const Mapping &m : std::as_const(*mappings)) {
        if (!mappedByBundle.contains(m.organization.id)) {
            add(Kind::Remove, QStringLiteral("mapping"), name, m.organization.name, {},
                Text::tr("with its OAuth connection; its overrides follow the bundle"));
            mappingRemovals << m.organization.id;
        }
    }

    // OAuth settings (and, when the bundle has them, tokens).
    auto settings = m_store.oauthSettings(here.id);
    if (!settings)
        return settings.error();
    bool removeOAuth = false, writeOAuth = false;
    std::optional<QString> clientSecret;
    if (!in.oauth && *settings) {
        add(Kind::Remove, QStringLiteral("oauth"), name, {}, {}, Text::tr("with every OAuth connection"));
        removeOAuth = true;
    } else if (in.oauth) {
        bool toFill = false;
        clientSecret = clientSecretOf(*in.oauth, toFill);
        bool equal = false;
        if (*settings) {
            equal = format::settingsToJson(**settings) == format::settingsToJson(in.oauth->settings);
            if (equal && clientSecret) {
                if (clientSecret->isEmpty()) {
                    equal = !(*settings)->hasClientSecret;
                } else {
                    auto current = m_store.readClientSecret(here.id);
                    if (!current)
                        return current.error();
                    equal = *current == *clientSecret;
                }
            }
        }
        if (toFill && !(*settings && (*settings)->hasClientSecret))
            fillClientSecretLater(name);
        if (equal) {
            add(Kind::Unchanged, QStringLiteral("oauth"), name);
        } else {
            add(*settings ? Kind::Change : Kind::Create, QStringLiteral("oauth"), name);
            writeOAuth = true;
        }
    }

    // Operations, in an order where nothing is converted or dropped behind the plan's back:
    // removals, the schema, then what is written.
    if (!unsetsHere.isEmpty()) {
        QMap<QString, QList<ConfigChange>> byOrg;
        for (const auto &[orgHere, change] : std::as_const(unsetsHere))
            byOrg[orgHere] << change;
        for (auto it = byOrg.cbegin(); it != byOrg.cend(); ++it) {
            const QString &orgHere = it.key();
            const QList<ConfigChange> &changes = it.value();
            ops.push_back(
                [this, name, orgHere, changes]() { return m_store.setConfig(name, orgHere, changes); });
        }
    }
    for (const QString &orgHere : std::as_const(mappingRemovals))
        ops.push_back([this, name, orgHere]() { return m_store.removeMapping(name, orgHere, false); });
    if (removeOAuth)
        ops.push_back([this, name]() { return m_store.removeOAuthSettings(name); });
    if (!changed.isEmpty())
        addUpdateOp(name, {in.description, in.defaultEntityId, in.entityIdLabel});
    if (schemaChanges)
        addSchemaOp(name, in.schema, SchemaWrite::Force);
    addSetOps(name, sets);
    addMappingOps(name, mappingSets);
    if (writeOAuth)
        addOAuthOp(name, *in.oauth, clientSecret);
    if (in.oauth) {
        // A connection that goes with a removed mapping is gone before the tokens come in.
        auto connected = connectedHere(here, mappingRemovals);
        if (!connected)
            return connected.error();
        for (const format::Connection &c : in.oauth->connections) {
            const bool exists = isConnected(*connected, c);
            add(exists ? Kind::Change : Kind::Create, QStringLiteral("token"), name,
                c.organizationId.isEmpty() ? QString() : orgName(c.organizationId));
            addConnectionOp(name, c);
        }
    }
    addRecordOp(name, Text::tr("replaced"));
    return {};
}

Result<void> Planner::planMerge(const format::Integration &in, const Integration &here) {
    const QString name = here.name;
    // Settings: only what is empty here is filled in.
    IntegrationUpdate update;
    QStringList filled;
    if (here.description.isEmpty() && !in.description.isEmpty()) {
        update.description = in.description;
        filled << Text::tr("description");
    }
    if (here.defaultEntityId.isEmpty() && !in.defaultEntityId.trimmed().isEmpty()) {
        update.defaultEntityId = in.defaultEntityId;
        filled << Text::tr("default entity id");
    }
    if (here.entityIdLabel.isEmpty() && !in.entityIdLabel.isEmpty()) {
        update.entityIdLabel = in.entityIdLabel;
        filled << Text::tr("entity id label");
    }
    if (!filled.isEmpty())
        add(Kind::Change, QStringLiteral("integration"), name, {}, {},
            Text::tr("fills %1").arg(filled.join(QStringLiteral(", "))));
    else
        add(Kind::Unchanged, QStringLiteral("integration"), name, {}, {}, Text::tr("merged"));

    // Schema: fields are added, never redefined; a field of another type cannot be merged.
    Schema merged = here.schema;
    for (const SchemaField &f : in.schema) {
        const SchemaField *old = here.field(f.key);
        if (!old) {
            if (auto ok = validateSchemaField(f, in.name); !ok)
                return ok.error();
            add(Kind::Create, QStringLiteral("field"), name, {}, f.key, fieldTypeName(f.type));
            SchemaField added = f;
            added.position = int(merged.size());
            merged << added;
        } else if (old->type != f.type) {
            Error error = Error::conflict(
                Text::tr("integration \"%1\": field \"%2\" is %3 here and %4 in the bundle, so merge cannot "
                         "combine them; use --on-conflict replace to take the bundle's, or change the field "
                         "here first")
                    .arg(name, f.key, fieldTypeName(old->type), fieldTypeName(f.type)));
            error.field = f.key;
            return error;
        } else if (!sameField(*old, f)) {
            add(Kind::Skip, QStringLiteral("field"), name, {}, f.key,
                Text::tr("defined differently here; merge keeps this definition"));
        }
    }
    auto fieldOf = [&](const QString &key) -> const SchemaField * {
        for (const SchemaField &f : merged) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    };

    // Values: only slots with no value here are filled.
    const QMap<Slot, BundleSlot> slots = bundleSlots(in);
    auto stored = storedValues(here, slots);
    if (!stored)
        return stored.error();
    const QMap<Slot, ConfigValue> &storedBySlot = stored->bySlot;
    QList<QPair<QString, ConfigChange>> sets;
    for (auto it = slots.cbegin(); it != slots.cend(); ++it) {
        const BundleSlot &b = it.value();
        const QString key = it.key().second;
        const QString orgLabel = b.bundleOrgId.isEmpty() ? QString() : orgName(b.bundleOrgId);
        const SchemaField *field = fieldOf(key);
        const auto current = storedBySlot.constFind(it.key());
        if (b.value.secret && b.value.secretId.isEmpty()) {
            if (current == storedBySlot.cend())
                fillLater(name, key, b.bundleOrgId);
            else
                add(Kind::Unchanged, QStringLiteral("value"), name, orgLabel, key,
                    Text::tr("the bundle leaves secrets out; the value here is kept"));
            continue;
        }
        auto value = checked(*field, b.value, name, orgLabel);
        if (!value && current == storedBySlot.cend()) {
            // The field here (kept by merge) may be stricter than the bundle's: that value stays
            // out rather than failing the whole merge.
            add(Kind::Skip, QStringLiteral("value"), name, orgLabel, key,
                Text::tr("the field here does not accept it: %1").arg(value.error().message));
            continue;
        }
        if (current == storedBySlot.cend()) {
            add(Kind::Create, QStringLiteral("value"), name, orgLabel, key);
            sets << qMakePair(b.bundleOrgId, ConfigChange::setJson(key, *value));
            continue;
        }
        const bool equal = value && stored->same(*current, b.value, *value);
        if (equal)
            add(Kind::Unchanged, QStringLiteral("value"), name, orgLabel, key);
        else
            add(Kind::Skip, QStringLiteral("value"), name, orgLabel, key,
                Text::tr("a different value is set here; merge keeps it"));
    }

    // Mappings: missing ones are added.
    auto mappings = m_store.mappings(here.id);
    if (!mappings)
        return mappings.error();
    QHash<QString, Mapping> mappingHere;
    for (const Mapping &m : std::as_const(*mappings))
        mappingHere.insert(m.organization.id, m);
    QList<format::Mapping> mappingSets;
    for (const format::Mapping &m : in.mappings) {
        const OrgTarget &t = m_orgs[m.organizationId];
        const auto found = t.existingId.isEmpty() ? mappingHere.cend() : mappingHere.constFind(t.existingId);
        if (found == mappingHere.cend()) {
            add(Kind::Create, QStringLiteral("mapping"), name, t.name);
            mappingSets << m;
        } else if (found->entityId != m.entityId.trimmed() || found->entityName != m.entityName.trimmed()) {
            add(Kind::Skip, QStringLiteral("mapping"), name, t.name, {},
                Text::tr("mapped differently here; merge keeps it"));
        } else {
            add(Kind::Unchanged, QStringLiteral("mapping"), name, t.name);
        }
    }

    // OAuth: settings when there are none here; connections that are missing.
    auto settings = m_store.oauthSettings(here.id);
    if (!settings)
        return settings.error();
    bool writeOAuth = false;
    std::optional<QString> clientSecret;
    if (in.oauth) {
        if (!*settings) {
            bool toFill = false;
            clientSecret = clientSecretOf(*in.oauth, toFill);
            if (toFill)
                fillClientSecretLater(name);
            add(Kind::Create, QStringLiteral("oauth"), name);
            writeOAuth = true;
        } else if (format::settingsToJson(**settings) == format::settingsToJson(in.oauth->settings)) {
            add(Kind::Unchanged, QStringLiteral("oauth"), name);
        } else {
            add(Kind::Skip, QStringLiteral("oauth"), name, {}, {},
                Text::tr("set differently here; merge keeps these settings"));
        }
    }
    QList<format::Connection> connectionSets;
    if (in.oauth) {
        auto connected = connectedHere(here, {});
        if (!connected)
            return connected.error();
        for (const format::Connection &c : in.oauth->connections) {
            const bool exists = isConnected(*connected, c);
            const QString orgLabel = c.organizationId.isEmpty() ? QString() : orgName(c.organizationId);
            if (exists) {
                add(Kind::Skip, QStringLiteral("token"), name, orgLabel, {},
                    Text::tr("connected here already; merge keeps that connection"));
            } else {
                add(Kind::Create, QStringLiteral("token"), name, orgLabel);
                connectionSets << c;
            }
        }
    }

    if (!filled.isEmpty())
        addUpdateOp(name, update);
    if (merged.size() != here.schema.size())
        addSchemaOp(name, merged, SchemaWrite::Apply);
    addSetOps(name, sets);
    addMappingOps(name, mappingSets);
    if (writeOAuth)
        addOAuthOp(name, *in.oauth, clientSecret);
    for (const format::Connection &c : std::as_const(connectionSets))
        addConnectionOp(name, c);
    addRecordOp(name, Text::tr("merged"));
    return {};
}

Result<void> Planner::plan() {
    auto existing = m_store.integrations();
    if (!existing)
        return existing.error();
    QHash<QString, Integration> byName;
    for (const Integration &i : std::as_const(*existing))
        byName.insert(i.name, i);

    QStringList conflicts;
    for (const format::Integration &in : m_doc.integrations) {
        if (byName.contains(in.name))
            conflicts << QStringLiteral("\"%1\"").arg(in.name);
    }
    if (m_mode == OnConflict::Fail && !conflicts.isEmpty())
        return Error::conflict(
            Text::tr(
                "%n integration(s) of the bundle exist here already: %1; choose what to do with "
                "--on-conflict "
                "skip (leave them as they are), replace (make them the bundle's) or merge (add what they "
                "lack)",
                nullptr, int(conflicts.size()))
                .arg(conflicts.join(QStringLiteral(", "))));

    // Organizations that the imported (not skipped) integrations refer to.
    QSet<QString> needed;
    for (const format::Integration &in : m_doc.integrations) {
        if (byName.contains(in.name) && m_mode == OnConflict::Skip)
            continue;
        for (auto it = in.overrides.cbegin(); it != in.overrides.cend(); ++it)
            needed.insert(it.key());
        for (const format::Mapping &m : in.mappings)
            needed.insert(m.organizationId);
        if (in.oauth) {
            for (const format::Connection &c : in.oauth->connections) {
                if (!c.organizationId.isEmpty())
                    needed.insert(c.organizationId);
            }
        }
    }
    if (auto done = planOrganizations(needed); !done)
        return done;

    for (const format::Integration &in : m_doc.integrations) {
        const auto found = byName.constFind(in.name);
        Result<void> planned;
        if (found == byName.cend()) {
            planned = planCreate(in);
        } else if (m_mode == OnConflict::Skip) {
            add(Kind::Skip, QStringLiteral("integration"), in.name, {}, {},
                Text::tr("it exists here; --on-conflict skip leaves it as it is"));
        } else {
            auto here = m_store.integration(found->id);
            if (!here)
                return here.error();
            planned = m_mode == OnConflict::Replace ? planReplace(in, *here) : planMerge(in, *here);
        }
        if (!planned)
            return planned;
    }
    return {};
}

} // namespace

Result<ImportReport> importBundle(Store &store, const QByteArray &bytes, const QString &passphrase,
                                  const ImportOptions &options) {
    auto doc = format::read(bytes, passphrase);
    if (!doc)
        return doc.error();
    Planner planner(store, *doc, options.onConflict);
    if (options.dryRun) {
        if (auto planned = planner.plan(); !planned)
            return planned.error();
        return planner.report;
    }
    // Planned inside the transaction too: its write lock keeps another process from changing
    // what the plan was made from before it is applied.
    auto applied = store.transaction([&]() -> Result<void> {
        if (auto planned = planner.plan(); !planned)
            return planned;
        for (const Op &op : planner.ops) {
            if (auto done = op(); !done)
                return done;
        }
        return {};
    });
    if (!applied)
        return applied.error();
    planner.report.applied = true;
    return planner.report;
}

} // namespace bifrost::bundle
