#include "databasecopy.h"

#include "resolve/resolver.h"
#include "secrets/secretstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace bifrost::maintenance {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
};

const QLatin1String metaTable("meta");
const QLatin1String historyTable("history");

// Meta keys that describe one database rather than its data: the target keeps its own.
bool ownMetaKey(const QString &key) {
    return key == QLatin1String("database_id") || key == QLatin1String("schema_version") ||
           key == QLatin1String("secret_backend");
}

// Whether a backend keeps its entries inside the database, where they commit and roll back with
// the rows (the team store); any other (the keychain) needs its entries removed by hand.
bool transactionalBackend(const SecretStore &secrets) {
    return secrets.backendName() == QLatin1String("team");
}

struct SourceTable {
    QString name;
    Store::TableRows rows;
    qint64 kept = 0;
};

// Everything the copy writes, read from the source in one read transaction so that it is one
// consistent state even while another process writes to the source.
struct SourceData {
    QList<SourceTable> tables;
    QHash<QString, QString> secrets; // by reference
    int secretCount = 0;
};

Result<SourceData> readSource(Store &source) {
    return source.transaction([&]() -> Result<SourceData> {
        SourceData data;
        auto names = source.tableNames();
        if (!names)
            return names.error();
        for (const QString &name : std::as_const(*names)) {
            auto rows = source.readRows(name);
            if (!rows)
                return rows.error();
            data.tables << SourceTable{name, std::move(*rows), 0};
        }
        auto uses = source.secretUses();
        if (!uses)
            return uses.error();
        QStringList keys;
        for (const Store::SecretUse &use : std::as_const(*uses)) {
            const QString key = source.secretKeyFor(use.ref);
            if (!keys.contains(key))
                keys << key;
        }
        QHash<QString, QString> values;
        if (!keys.isEmpty()) {
            auto read = source.secrets()->readMany(keys);
            if (!read)
                return read.error();
            values = std::move(*read);
        }
        QStringList missing;
        for (const Store::SecretUse &use : std::as_const(*uses)) {
            const auto found = values.constFind(source.secretKeyFor(use.ref));
            if (found == values.constEnd())
                missing << use.where;
            else
                data.secrets.insert(use.ref, found.value());
        }
        if (!missing.isEmpty())
            return Error::notFound(
                Text::tr(
                    "%n secret(s) of the source are missing from %1, so nothing was copied: %2; set them "
                    "again or remove them (see `bifrostctl doctor` on the source) and run migrate again",
                    nullptr, int(missing.size()))
                    .arg(source.secrets()->description(), missing.join(QStringLiteral("; "))));
        data.secretCount = int(data.secrets.size());
        return data;
    });
}

// Refuses a target that holds data, and a table or column the target lacks; fills `before`.
Result<void> checkTarget(Store &target, const SourceData &data, QList<TableCount> &counts) {
    auto targetTables = target.tableNames();
    if (!targetTables)
        return targetTables.error();
    QStringList lacking;
    for (const SourceTable &table : data.tables) {
        if (!targetTables->contains(table.name)) {
            lacking << table.name;
            continue;
        }
        auto columns = target.columnNames(table.name);
        if (!columns)
            return columns.error();
        for (const QString &column : table.rows.columns) {
            if (!columns->contains(column))
                lacking << table.name + QLatin1Char('.') + column;
        }
    }
    if (!lacking.isEmpty())
        return Error::notFound(
            Text::tr("the target %1 lacks %2 that the source has; both must be at the same schema version: "
                     "use the same Bifrost Admin version for both")
                .arg(target.location().display(), lacking.join(QStringLiteral(", "))));
    QStringList held;
    auto integrations = target.rowCount(QStringLiteral("integrations"));
    if (!integrations)
        return integrations.error();
    auto organizations = target.rowCount(QStringLiteral("organizations"));
    if (!organizations)
        return organizations.error();
    if (*integrations > 0)
        held << Text::tr("%n integration(s)", nullptr, int(*integrations));
    if (*organizations > 0)
        held << Text::tr("%n organization(s)", nullptr, int(*organizations));
    if (!held.isEmpty())
        return Error::conflict(
            Text::tr("the target %1 already holds %2; migrate copies only into a new, empty "
                     "database: create one and run migrate again")
                .arg(target.location().display(), held.join(Text::tr(" and "))));
    counts.clear();
    for (const SourceTable &table : data.tables) {
        auto before = target.rowCount(table.name);
        if (!before)
            return before.error();
        TableCount count;
        count.table = table.name;
        count.before = *before;
        counts << count;
    }
    return {};
}

} // namespace

QJsonObject TableCount::toJson() const {
    return {{QStringLiteral("table"), table},   {QStringLiteral("source"), source},
            {QStringLiteral("target"), target}, {QStringLiteral("before"), before},
            {QStringLiteral("copied"), copied}, {QStringLiteral("added"), added},
            {QStringLiteral("kept"), kept},     {QStringLiteral("matches"), matches()}};
}

Result<CopyReport> copyDatabase(Store &source, Store &target, const CopyOptions &options) {
    if (!source.secrets() || !target.secrets())
        return Error::internal(QStringLiteral("migrate needs the secret stores of both databases"));
    if (source.databaseId() == target.databaseId())
        return Error::invalid(Text::tr("the source and the target are the same database"),
                              QStringLiteral("to"));
    auto data = readSource(source);
    if (!data)
        return data.error();

    CopyReport report;
    if (options.dryRun) {
        QList<TableCount> counts;
        if (auto checked = checkTarget(target, *data, counts); !checked)
            return checked.error();
        for (qsizetype i = 0; i < counts.size(); ++i) {
            counts[i].source = data->tables.at(i).rows.rows.size();
            counts[i].copied = counts[i].source;
        }
        report.tables = counts;
        report.secrets = data->secretCount;
        return report;
    }

    SecretStore &secrets = *target.secrets();
    QStringList written; // target keys, removed again when the copy fails
    auto copied = target.transaction([&]() -> Result<CopyReport> {
        CopyReport inner;
        if (auto checked = checkTarget(target, *data, inner.tables); !checked)
            return checked.error();
        // Secrets first: a team store that is not set up yet sets itself up on its first write
        // (its members, its key, its history entry), and those rows must exist before the
        // counts below and the room made for copied ids.
        for (auto it = data->secrets.cbegin(); it != data->secrets.cend(); ++it) {
            const QString key = target.secretKeyFor(it.key());
            if (auto done = secrets.write(key, it.value()); !done)
                return Error{done.error().code,
                             Text::tr("writing the secrets into %1 failed, so nothing was copied: %2")
                                 .arg(secrets.description(), done.error().message),
                             done.error().field};
            written << key;
        }
        inner.secrets = int(written.size());
        for (qsizetype i = 0; i < data->tables.size(); ++i) {
            SourceTable &table = data->tables[i];
            TableCount &count = inner.tables[i];
            auto before = target.rowCount(table.name);
            if (!before)
                return before.error();
            count.before = *before;
            count.source = table.rows.rows.size();
            QList<QVariantList> rows = table.rows.rows;
            if (table.name == metaTable) {
                auto own = target.readRows(table.name);
                if (!own)
                    return own.error();
                const qsizetype keyColumn = table.rows.columns.indexOf(QStringLiteral("key"));
                const qsizetype ownKeyColumn = own->columns.indexOf(QStringLiteral("key"));
                QSet<QString> ownKeys;
                for (const QVariantList &row : std::as_const(own->rows))
                    ownKeys.insert(row.value(ownKeyColumn).toString());
                rows.removeIf([&](const QVariantList &row) {
                    const QString key = row.value(keyColumn).toString();
                    return ownMetaKey(key) || ownKeys.contains(key);
                });
                count.kept = count.source - rows.size();
            } else if (count.before > 0 && !rows.isEmpty()) {
                // Rows the target made itself (the team set-up's history) move past the copied
                // ids, which keep their numbers; later entries stay later.
                auto targetMax = target.maxId(table.name);
                if (!targetMax)
                    return targetMax.error();
                auto sourceMax = source.maxId(table.name);
                if (!sourceMax)
                    return sourceMax.error();
                if (*targetMax <= 0)
                    return Error::conflict(
                        Text::tr("the target %1 already has rows in the table \"%2\"; migrate "
                                 "copies only into a new, empty database")
                            .arg(target.location().display(), table.name));
                if (auto shifted = target.shiftIds(table.name, std::max(*targetMax, *sourceMax)); !shifted)
                    return shifted.error();
            }
            if (auto inserted = target.insertRows(table.name, table.rows.columns, rows); !inserted)
                return Error{inserted.error().code,
                             Text::tr("copying the table \"%1\" failed, so nothing was copied: %2")
                                 .arg(table.name, inserted.error().message),
                             inserted.error().field};
            count.copied = rows.size();
        }
        if (auto reset = target.resetSequences(); !reset)
            return reset.error();
        const QString detail =
            Text::tr("copied %1 from %2 (%n secret(s))", nullptr, inner.secrets)
                .arg(Text::tr("%n table(s)", nullptr, int(inner.tables.size())),
                     options.sourceLocation.isEmpty() ? source.location().display() : options.sourceLocation);
        if (auto recorded = target.recordDatabaseCopy(detail); !recorded)
            return recorded.error();
        for (TableCount &count : inner.tables) {
            if (count.table == historyTable)
                count.added = 1;
        }
        return inner;
    });
    if (!copied) {
        if (!transactionalBackend(secrets)) {
            for (const QString &key : std::as_const(written))
                (void)secrets.remove(key);
        }
        return copied.error();
    }
    return *copied;
}

namespace {

QJsonValue stampJson(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// What `get` shows for one scope, with the OAuth block as stored instead of a fresh token: no
// token endpoint is asked, so both sides read exactly what was copied.
Result<QJsonObject> scopeJson(Store &store, const QString &integrationId, const QString &orgId) {
    auto data = resolveFromStore(store, integrationId, orgId, true);
    if (!data)
        return data.error();
    QJsonObject json = data->toJson(true);
    auto settings = store.oauthSettings(integrationId);
    if (!settings)
        return settings.error();
    if (!*settings) {
        json.insert(QStringLiteral("oauth"), QJsonValue::Null);
        return json;
    }
    QJsonObject oauth = (*settings)->toJson();
    auto clientSecret = store.readClientSecret(integrationId);
    if (!clientSecret)
        return clientSecret.error();
    oauth.insert(QStringLiteral("client_secret"), *clientSecret);
    // The connection `get` would use: the organization's own, else the default one.
    std::optional<OAuthConnection> connection;
    if (!orgId.isEmpty()) {
        auto own = store.oauthConnection(integrationId, orgId);
        if (!own)
            return own.error();
        connection = *own;
    }
    if (!connection) {
        auto fallback = store.oauthConnection(integrationId, QString());
        if (!fallback)
            return fallback.error();
        connection = *fallback;
    }
    if (connection) {
        auto access = store.readSecret(connection->accessTokenRef);
        if (!access)
            return access.error();
        QJsonValue refresh;
        if (!connection->refreshTokenRef.isEmpty()) {
            auto read = store.readSecret(connection->refreshTokenRef);
            if (!read)
                return read.error();
            refresh = *read;
        }
        oauth.insert(
            QStringLiteral("connection"),
            QJsonObject{{QStringLiteral("scope"), connection->isDefault() ? QStringLiteral("default")
                                                                          : QStringLiteral("organization")},
                        {QStringLiteral("access_token"), *access},
                        {QStringLiteral("refresh_token"), refresh},
                        {QStringLiteral("token_type"), connection->tokenType},
                        {QStringLiteral("expires_at"), stampJson(connection->expiresAt)},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(connection->scopes)},
                        {QStringLiteral("failed"), connection->failed},
                        {QStringLiteral("last_error"), connection->lastError},
                        {QStringLiteral("connected_at"), stampJson(connection->connectedAt)},
                        {QStringLiteral("last_refresh_at"), stampJson(connection->lastRefreshAt)}});
    } else {
        oauth.insert(QStringLiteral("connection"), QJsonValue::Null);
    }
    json.insert(QStringLiteral("oauth"), oauth);
    return json;
}

// The paths at which two JSON values differ, never the values themselves.
void differences(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList &out) {
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys();
        for (const QString &key : ob.keys()) {
            if (!keys.contains(key))
                keys << key;
        }
        for (const QString &key : std::as_const(keys)) {
            const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (!oa.contains(key) || !ob.contains(key))
                out << child;
            else
                differences(oa.value(key), ob.value(key), child, out);
        }
        return;
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        for (qsizetype i = 0; i < aa.size(); ++i)
            differences(aa.at(i), ab.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
        return;
    }
    if (a != b)
        out << path;
}

} // namespace

int Comparison::identicalScopes() const {
    return int(
        std::count_if(scopes.begin(), scopes.end(), [](const ScopeComparison &s) { return s.identical(); }));
}

bool Comparison::ok() const {
    return identicalScopes() == scopes.size() &&
           std::all_of(tables.begin(), tables.end(), [](const TableCount &t) { return t.matches(); });
}

QString Comparison::summary() const {
    QStringList parts;
    for (const TableCount &t : tables) {
        if (!t.matches())
            parts << Text::tr("table \"%1\" has %2 row(s) in the source and %3 in the target")
                         .arg(t.table)
                         .arg(t.source)
                         .arg(t.target);
    }
    for (const ScopeComparison &s : scopes) {
        if (!s.identical())
            parts << Text::tr("%1 (%2) differs in %3")
                         .arg(s.integration, s.organization.isEmpty() ? Text::tr("global") : s.organization,
                              s.differences.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject Comparison::toJson() const {
    QJsonArray tableArray;
    for (const TableCount &t : tables)
        tableArray.append(t.toJson());
    QJsonArray different;
    for (const ScopeComparison &s : scopes) {
        if (s.identical())
            continue;
        different.append(
            QJsonObject{{QStringLiteral("integration"), s.integration},
                        {QStringLiteral("organization"),
                         s.organization.isEmpty() ? QJsonValue() : QJsonValue(s.organization)},
                        {QStringLiteral("differences"), QJsonArray::fromStringList(s.differences)}});
    }
    return {{QStringLiteral("tables"), tableArray},
            {QStringLiteral("scopes_compared"), int(scopes.size())},
            {QStringLiteral("scopes_identical"), identicalScopes()},
            {QStringLiteral("differences"), different},
            {QStringLiteral("identical"), ok()}};
}

Result<Comparison> compareDatabases(Store &source, Store &target, const CopyReport &copy) {
    Comparison result;
    for (TableCount count : copy.tables) {
        auto s = source.rowCount(count.table);
        if (!s)
            return s.error();
        auto t = target.rowCount(count.table);
        if (!t)
            return t.error();
        count.source = *s;
        count.target = *t;
        result.tables << count;
    }
    auto integrations = source.integrations();
    if (!integrations)
        return integrations.error();
    auto organizations = source.organizations();
    if (!organizations)
        return organizations.error();
    for (const Integration &integration : std::as_const(*integrations)) {
        QList<std::pair<QString, QString>> scopes{{QString(), QString()}};
        for (const Organization &org : std::as_const(*organizations))
            scopes << std::pair{org.id, org.name};
        for (const auto &[orgId, orgName] : std::as_const(scopes)) {
            ScopeComparison scope;
            scope.integration = integration.name;
            scope.organization = orgName;
            auto expected = scopeJson(source, integration.id, orgId);
            if (!expected)
                return expected.error();
            auto actual = scopeJson(target, integration.id, orgId);
            if (!actual)
                scope.differences
                    << Text::tr("(the target cannot resolve it: %1)").arg(actual.error().message);
            else
                differences(*expected, *actual, QString(), scope.differences);
            result.scopes << scope;
        }
    }
    return result;
}

} // namespace bifrost::maintenance
