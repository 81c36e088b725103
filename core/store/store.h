#pragma once

#include "common/result.h"
#include "databaselocation.h"
#include "model/configvalue.h"
#include "model/history.h"
#include "model/integration.h"
#include "model/mapping.h"
#include "model/oauth.h"
#include "model/organization.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace bifrost {

class SecretStore;
class ChangeFeed;

namespace detail {
struct NativeStatements;
class SqliteStatement;
Error sqliteError(const QString &path, const QString &nativeCode, const QString &text);
} // namespace detail

// One change to one configuration key: set it from typed JSON, set it from text as a user typed
// it (parsed by the field's type), or unset it (remove the value at that level).
// What an editor saw when it loaded a value. A change that carries one is refused (Conflict)
// when the stored value differs by then, so that two windows or two processes never overwrite
// each other silently. With a version (the row's, as loaded) only the version is compared: a
// value changed and changed back still counts as changed. Without one (0) the value is
// compared; secrets by reference, since every secret write makes a new one.
struct ExpectedValue {
    bool present = false;
    QJsonValue value;
    QString secretRef;
    qint64 version = 0;

    // `bifrostctl --if-version N`: 0 means the value must not exist yet.
    static ExpectedValue ofVersion(qint64 version) {
        ExpectedValue expected;
        expected.present = version > 0;
        expected.version = version;
        return expected;
    }

    static ExpectedValue of(const std::optional<ConfigValue> &current);
};

struct ConfigChange {
    enum class Kind { SetJson, SetText, Unset };
    QString key;
    Kind kind = Kind::Unset;
    QJsonValue json;
    QString text;
    std::optional<ExpectedValue> expected; // unset: write whatever is stored now

    ConfigChange &expecting(const std::optional<ConfigValue> &current) {
        expected = ExpectedValue::of(current);
        return *this;
    }

    static ConfigChange setJson(QString key, QJsonValue value) {
        return {std::move(key), Kind::SetJson, std::move(value), {}, std::nullopt};
    }
    static ConfigChange setText(QString key, QString text) {
        return {std::move(key), Kind::SetText, {}, std::move(text), std::nullopt};
    }
    static ConfigChange unset(QString key) { return {std::move(key), Kind::Unset, {}, {}, std::nullopt}; }
};

// A stored value that a schema change would drop, and why.
struct AffectedValue {
    QString key;
    QString organizationId; // empty for the default
    QString organizationName;
    QString reason;

    QString describe() const;
};

struct SchemaChangeReport {
    QStringList added;
    QStringList removed;
    QStringList changed;
    QList<AffectedValue> dropped;
};

enum class SchemaWrite {
    Preview, // compute the report, write nothing
    Apply,   // write; refuse (Conflict) when stored values would be dropped
    Force,   // write and drop the affected values
};

// What the Resolver needs for one (integration, organization): read in a fixed number of
// queries, whatever the number of keys.
struct ResolveInput {
    Integration integration;
    std::optional<Organization> organization;
    QList<ConfigValue> values; // defaults and this organization's overrides
    std::optional<Mapping> mapping;
};

// The mapping as an editor loaded it (present = false: there was none); see ExpectedValue.
struct ExpectedMapping {
    bool present = false;
    QString entityId;
    QString entityName;
    qint64 version = 0; // compared instead of the entity when known

    static ExpectedMapping ofVersion(qint64 version) {
        ExpectedMapping expected;
        expected.present = version > 0;
        expected.version = version;
        return expected;
    }

    static ExpectedMapping of(const std::optional<Mapping> &current);
};

// One organization as one integration sees it: the rows of the Organizations tab and the
// health summary.
struct OrganizationStatus {
    Organization organization;
    std::optional<Mapping> mapping;
    int overrideCount = 0;
    QStringList missingRequired; // required keys with neither a default nor an override
};

// One integration as one organization sees it: the rows of an organization's page.
struct IntegrationStatus {
    Integration integration; // without schema
    std::optional<Mapping> mapping;
    int overrideCount = 0;
    QStringList missingRequired;
};

// The settings of an integration besides its name and schema; an unset optional keeps the
// stored value.
struct IntegrationUpdate {
    std::optional<QString> description;
    std::optional<QString> defaultEntityId;
    std::optional<QString> entityIdLabel;
    // Refuses (Conflict) unless the integration is still at this version (Integration::version).
    std::optional<qint64> expectedVersion = std::nullopt;
};

struct IntegrationFields {
    QString name;
    QString description;
    QString defaultEntityId;
    QString entityIdLabel;
};

// The single place that reads and writes the SQLite database. Every public write is one
// transaction: it either completes, or leaves the database and the secret store as they were.
// References to organizations and integrations (`ref`) are an id or a name.
//
// A Store belongs to the thread that opened it.
class Store {
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // How to open a PostgreSQL database whose server asks for a password.
    struct OpenOptions {
        // Asked when neither the keychain (DatabaseLocation::passwordKey) nor PGPASSFILE /
        // ~/.pgpass gave a password the server accepted; `location` is the display form. Unset:
        // the open fails (InvalidInput, field "db") with a message naming the three ways to
        // give one. The CLI prompts on the terminal; the app shows a dialog.
        std::function<Result<QString>(const QString &location)> passwordPrompt;
        // A prompted password that worked is saved in the keychain for the next open.
        bool rememberPassword = true;
    };

    // Opens and migrates the database at `location` (DatabaseLocation::parse: an SQLite path,
    // created with mode 0600 if needed, or a postgresql:// URL). `secrets` must outlive the Store.
    static Result<std::unique_ptr<Store>> open(const QString &location, SecretStore *secrets,
                                               const OpenOptions &options);
    static Result<std::unique_ptr<Store>> open(const QString &location, SecretStore *secrets) {
        return open(location, secrets, OpenOptions());
    }
    static int schemaVersion();
    static QString defaultPath();
    // The syntax rule for integration names, for editors that check a name as it is typed
    // (uniqueness is checked when the integration is created or renamed).
    static Result<void> validateIntegrationName(const QString &name);

    // SQLite: the file; PostgreSQL: the URL's display form (never a password).
    QString path() const { return m_path; }
    const DatabaseLocation &location() const { return m_location; }
    bool isPostgres() const { return m_location.isPostgres(); }
    // The Qt SQL connection this Store uses (QSqlDatabase::database(name, false)), for code that
    // must write inside the Store's transactions: the team secret store.
    QString connectionName() const { return m_connectionName; }
    // Changes other processes commit (PostgreSQL LISTEN/NOTIFY, changefeed.h); nullptr on SQLite.
    // Created and subscribed on first call.
    ChangeFeed *changeFeed();
    QString databaseId() const { return m_databaseId; }
    SecretStore *secrets() const { return m_secrets; }

    // Secret backend (store_secrets.cpp). The backend this database's secrets live in, recorded
    // in meta ("keychain" or "vault"); "keychain" for a database made before it was recorded.
    QString secretBackend();
    // Records the backend; done by Context::openStore for a database without secrets and by
    // secrets migrate.
    Result<void> setSecretBackend(const QString &backend);
    // Switches to another backend object (after open, or after a migration). Not inside a
    // transaction.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    // The key of a reference in the secret store ("<database id>/<ref>"), and the prefix every
    // key of this database starts with.
    QString secretKeyFor(const QString &ref) const { return secretKey(ref); }
    QString secretKeyPrefix() const { return m_databaseId + QLatin1Char('/'); }
    // Every secret reference a row of this database holds, with a description of where (for
    // doctor and migrate): config values, OAuth client secrets, access and refresh tokens.
    struct SecretUse {
        enum class Kind { Config, ClientSecret, AccessToken, RefreshToken };
        QString ref;
        QString where; // "HaloPSA: client_secret (default)", "HaloPSA: refresh token (Contoso)"
        Kind kind = Kind::Config;
        QString integrationName;
        QString organizationName; // empty: the default level or connection
        QString key;              // the config key (Kind::Config)
    };
    Result<QList<SecretUse>> secretUses();
    // Database checks for doctor: PRAGMA integrity_check and foreign_key_check; each problem as a
    // sentence, none when healthy.
    Result<QStringList> integrityProblems();
    // secrets migrate: records the new backend and a "secrets.migrate" history entry in one
    // transaction.
    Result<void> recordSecretMigration(const QString &from, const QString &to, int moved);
    // OAuth refresh leases that ended before `now` (left by a process that died mid-refresh),
    // described by integration and organization; with `remove`, deleted in one transaction.
    Result<QStringList> expiredOAuthLeases(const QDateTime &now, bool remove);

    // Raw table access for `bifrostctl migrate` (store_copy.cpp): a whole-database copy from one
    // engine to the other, table by table, ids kept. Names come from this database's own schema.
    struct TableRows {
        QStringList columns;
        QList<QVariantList> rows;
    };
    // Every table of this database (engine internals left out), each after the tables its
    // foreign keys refer to, ties by name.
    Result<QStringList> tableNames();
    // The columns of `table` in schema order; empty when there is no such table.
    Result<QStringList> columnNames(const QString &table);
    Result<qint64> rowCount(const QString &table);
    // The largest value of an integer `id` column (0 when the table is empty or has none).
    Result<qint64> maxId(const QString &table);
    Result<TableRows> readRows(const QString &table);
    // Inserts the rows as given (ids included); inside the caller's transaction.
    Result<void> insertRows(const QString &table, const QStringList &columns,
                            const QList<QVariantList> &rows);
    // Adds `offset` to every `id` of `table`: rows already in a target make room for copied ids.
    Result<void> shiftIds(const QString &table, qint64 offset);
    // PostgreSQL: moves every identity sequence past its table's largest id, so that the next
    // insert does not collide with a copied id. SQLite: nothing to do (it takes max(rowid) + 1).
    Result<void> resetSequences();
    // The history entry "database.migrate" of a copy; inside the copy's transaction.
    Result<void> recordDatabaseCopy(const QString &detail);

    // History (store_history.cpp). Who is recorded: the OS user unless set (tests, imports).
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    Result<QList<HistoryEntry>> history(const HistoryQuery &query);

    // Bundles (store_bundle.cpp): what export and import need beyond the ordinary reads and
    // writes. An imported object keeps the bundle's id when no object here has it yet (else it
    // gets a new one), so that a round trip into an empty database reads back the same ids.
    Result<Organization> addOrganizationKeepingId(const QString &id, const QString &name);
    Result<Integration> createIntegrationKeepingId(const QString &id, const IntegrationFields &fields);
    // Every stored value of an integration, defaults and every organization's overrides.
    Result<QList<ConfigValue>> allValues(const QString &integrationRef);
    // A connection with the tokens a bundle carried, replacing the stored one (if any).
    struct ImportedConnection {
        QString accessToken;
        QString refreshToken; // empty: none
        QString tokenType;
        QDateTime expiresAt; // invalid: unknown
        QStringList scopes;
        bool failed = false;
        QString lastError;
        QDateTime connectedAt;
        QDateTime lastRefreshAt; // invalid: never refreshed
    };
    Result<OAuthConnection> importOAuthConnection(const QString &integrationRef, const QString &orgRef,
                                                  const ImportedConnection &connection);
    // Records the history entry "import" of one integration; inside the import's transaction.
    Result<void> recordImport(const QString &integrationRef, const QString &detail);
    // Records a team change ("team.add", "team.rotate", ...; core/team/team.h) inside the
    // caller's transaction. Defined in team.cpp.
    Result<void> recordTeamChange(const QString &action, const QString &detail);

    // Organizations
    Result<Organization> addOrganization(const QString &name);
    Result<QList<Organization>> organizations();
    Result<Organization> organization(const QString &ref);
    Result<Organization> renameOrganization(const QString &ref, const QString &newName);
    // Without force, refuses (Conflict) while the organization has mappings or overrides.
    Result<void> removeOrganization(const QString &ref, bool force);

    // Integrations
    Result<Integration> createIntegration(const IntegrationFields &fields);
    Result<QList<Integration>> integrations(); // without schemas
    Result<Integration> integration(const QString &ref);
    // With `expectedVersion`, refuses (Conflict) unless the integration is still at that version.
    Result<Integration> renameIntegration(const QString &ref, const QString &newName,
                                          std::optional<qint64> expectedVersion = std::nullopt);
    // Without force, refuses (Conflict) while the integration has values or mappings.
    Result<void> deleteIntegration(const QString &ref, bool force);
    Result<Integration> updateIntegration(const QString &ref, const IntegrationUpdate &update);
    // With `expected`, refuses (Conflict) when the stored schema is no longer that one.
    Result<SchemaChangeReport> setSchema(const QString &ref, const Schema &schema, SchemaWrite mode,
                                         const std::optional<Schema> &expected = std::nullopt);
    // Every organization with its mapping, override count and missing required keys for this
    // integration, ordered by name; a fixed number of queries whatever the number of rows.
    Result<QList<OrganizationStatus>> organizationStatuses(const QString &integrationRef);
    // Every integration with this organization's mapping, override count and missing required keys.
    Result<QList<IntegrationStatus>> integrationStatuses(const QString &orgRef);

    // Configuration: `orgRef` empty means the integration default.
    Result<void> setConfig(const QString &integrationRef, const QString &orgRef,
                           const QList<ConfigChange> &changes);
    Result<QList<ConfigValue>> configValues(const QString &integrationRef, const QString &orgRef);
    // The overrides of the given organizations (ids) in one query: a page of the overrides matrix.
    Result<QList<ConfigValue>> overridesOf(const QString &integrationRef, const QStringList &organizationIds);
    Result<QString> readSecret(const QString &secretRef);
    // Secrets by reference; references with no entry in the secret store are left out.
    Result<QHash<QString, QString>> readSecrets(const QStringList &secretRefs);

    // Mappings: an unset optional keeps the stored value (empty for a new mapping).
    // With `expected`, refuses (Conflict) when the stored mapping is no longer that one.
    Result<Mapping> setMapping(const QString &integrationRef, const QString &orgRef,
                               const std::optional<QString> &entityId,
                               const std::optional<QString> &entityName,
                               const std::optional<ExpectedMapping> &expected = std::nullopt);
    Result<QList<Mapping>> mappings(const QString &integrationRef);
    // Removes the mapping; the organization's overrides stay unless withOverrides.
    Result<void> removeMapping(const QString &integrationRef, const QString &orgRef, bool withOverrides,
                               const std::optional<ExpectedMapping> &expected = std::nullopt);

    // OAuth settings and connections (store_oauth.cpp). `orgRef` empty: the default connection.
    // Nullopt when the integration has no OAuth settings.
    Result<std::optional<OAuthSettings>> oauthSettings(const QString &integrationRef);
    // Creates or replaces the settings (validated: flow needs, URL schemes via
    // oauth/endpoints.h, redirect host/port/path, margin). `clientSecret`: nullopt keeps the
    // stored one, an empty string removes it, text replaces it. `check` Draft (for presets)
    // accepts settings that still lack what only the user can give: client id, client secret,
    // the flow's URLs; what is given is validated all the same, and oauth::resolveSettings
    // refuses to run a flow while anything is missing.
    enum class OAuthCheck { Complete, Draft };
    Result<OAuthSettings> setOAuthSettings(const QString &integrationRef, const OAuthSettings &settings,
                                           const std::optional<QString> &clientSecret,
                                           OAuthCheck check = OAuthCheck::Complete);
    // Removes the settings and every connection of the integration (their tokens too).
    Result<void> removeOAuthSettings(const QString &integrationRef);
    Result<QString> readClientSecret(const QString &integrationRef); // empty when none is stored
    Result<std::optional<OAuthConnection>> oauthConnection(const QString &integrationRef,
                                                           const QString &orgRef);
    // Every connection of one integration (default first, then by organization name), or of
    // every integration when `integrationRef` is empty.
    Result<QList<OAuthConnection>> oauthConnections(const QString &integrationRef);
    // Stores what a token endpoint answered at `now`, in one transaction: a new access token;
    // the refresh token replaced when one came back (rotation), else the stored one kept
    // unless `replaceRefreshToken` (a fresh connect); scopes as granted (the response's
    // `scope`, else `requestedScopes`); expiry from expires_in (unknown without it); status
    // connected, last error cleared; the refresh lease of this connection released.
    Result<OAuthConnection> saveOAuthTokens(const QString &integrationRef, const QString &orgRef,
                                            const TokenResponse &response, const QStringList &requestedScopes,
                                            bool replaceRefreshToken, const QDateTime &now);
    // failed = true: the grant is dead (invalid_grant), a reconnect is needed. failed = false
    // records a transient error (network) and keeps the status. Releases the lease too.
    Result<void> recordOAuthError(const QString &integrationRef, const QString &orgRef,
                                  const QString &message, bool failed);
    // Deletes the connection and its tokens; succeeds when there is none.
    Result<void> removeOAuthConnection(const QString &integrationRef, const QString &orgRef);
    // Cross-process single flight for refreshing or minting one connection's token (the
    // connection row need not exist yet). True when `owner` now holds the lease until
    // now + `seconds`; false when another owner holds an unexpired one.
    Result<bool> tryLeaseOAuthRefresh(const QString &integrationRef, const QString &orgRef,
                                      const QString &owner, int seconds);
    Result<void> releaseOAuthRefresh(const QString &integrationRef, const QString &orgRef,
                                     const QString &owner);
    // Whether another owner holds an unexpired lease on the connection, by a read alone: a waiter
    // polls with this and only tries to take the lease once it looks free, so it never queues
    // for the write lock behind the holder's transaction.
    Result<bool> oauthRefreshLeasedByOther(const QString &integrationRef, const QString &orgRef,
                                           const QString &owner);

    // `orgRef` empty: global scope.
    Result<ResolveInput> resolveInput(const QString &integrationRef, const QString &orgRef);

    // Runs `work` in one transaction (nested calls become savepoints), so several commands can
    // be made atomic together, e.g. an import or a bulk edit.
    template <typename F>
    auto transaction(F &&work) -> decltype(work());

private:
    explicit Store(QString path, QString connectionName, SecretStore *secrets);

    struct Frame {
        QStringList newSecretRefs;      // removed from the secret store on rollback
        QStringList obsoleteSecretRefs; // removed from the secret store on commit
        qint64 version = 0;             // taken by this frame (rowVersion()), 0: none yet
    };

    Result<void> begin();
    Result<void> commit();
    // Row versions (store_versions.cpp). The version every row written in the current write
    // transaction gets: the database-wide counter in meta ('row_version'), advanced once per
    // transaction under the writer lock, so a version never repeats for a row, also after a
    // delete and re-create. A rolled-back savepoint gives its number back with its frame.
    Result<qint64> rowVersion();
    // The Conflict of a stale edit: `what` (e.g. `config "url" of Halo for Acme`) was changed by
    // whom and when, from the newest history entry of the row (integration, organization, key,
    // one of `actions`), and that nothing was saved.
    Error staleRow(const QString &what, const QString &integrationId, const QString &organizationId,
                   const QString &key, const QStringList &actions, const QString &field);
    // staleRow() of an integration's name and settings (Integration::version).
    Error staleIntegration(const Integration &integration);
    void rollback();
    Result<void> migrate();

    QSqlQuery &query(const char *sql);
    Result<void> exec(QSqlQuery &q);
    Error sqlError(const QSqlQuery &q) const;
    // Runs a statement on the native handle (see SqliteStatement), text parameters bound in order.
    template <typename OnRow>
    Result<void> runNative(detail::SqliteStatement &statement, const char *sql, const QStringList &params,
                           OnRow &&onRow);
    // runNative on PostgreSQL: the statement through query(), `?N` placeholders bound by number;
    // `onRow` gets the query positioned on each row.
    Result<void> runPortable(const char *sql, const QStringList &params,
                             const std::function<void(const QSqlQuery &)> &onRow);

    Result<Organization> findOrganization(const QString &ref);
    Result<Integration> findIntegration(const QString &ref, bool withSchema);
    Result<Schema> loadSchema(const QString &integrationId);
    // The values at one level: the defaults (empty organizationId) or one organization's overrides.
    Result<QList<ConfigValue>> loadValues(const QString &integrationId, const QString &organizationId);
    Result<std::optional<Mapping>> loadMapping(const QString &integrationId, const Organization &org);
    // Conflict when `expected` is given and the stored mapping is no longer that one.
    Result<void> checkMapping(const Integration &integration, const Organization &org,
                              const std::optional<ExpectedMapping> &expected);
    Result<QString> storeSecret(const QString &value);
    void dropSecret(const QString &ref);
    Result<void> collectSecretRefs(const char *sql, const QString &id, const QString &id2 = {});
    QString secretKey(const QString &ref) const;
    Result<void> checkOrganizationName(const QString &name, const QString &exceptId);
    Result<void> checkIntegrationName(const QString &name, const QString &exceptId);
    // `id` (lower case) when it is a UUID that no row has yet (`takenSql` selects a row by id),
    // else a new UUID (store_bundle.cpp).
    Result<QString> idKeeping(const QString &id, const char *takenSql);
    Result<void> applyConfigChange(const Integration &integration, const std::optional<Organization> &org,
                                   const ConfigChange &change);
    // OAuth (store_oauth.cpp). An empty `orgRef` / `organizationId` is the default connection.
    // One connection's integration and, unless it is the default connection, organization.
    struct OAuthTarget {
        Integration integration;
        std::optional<Organization> org;
        // The organization column of a refresh lease: empty (never NULL) for the default.
        QString organizationKey() const { return org ? org->id : QStringLiteral(""); }
        // A history entry about this connection: its integration and, unless it is the default
        // connection, its organization.
        HistoryEntry historyEntry(const QString &action) const {
            HistoryEntry entry;
            entry.action = action;
            entry.integrationId = integration.id;
            entry.integrationName = integration.name;
            if (org) {
                entry.organizationId = org->id;
                entry.organizationName = org->name;
            }
            return entry;
        }
    };
    Result<OAuthTarget> oauthTarget(const QString &integrationRef, const QString &orgRef);
    Result<std::optional<OAuthConnection>> loadOAuthConnection(const OAuthTarget &target);
    // The connection just written for `target`, read back.
    Result<OAuthConnection> savedOAuthConnection(const OAuthTarget &target);
    // Queues the secret entries of an integration's OAuth connections and client secret for
    // removal after commit.
    Result<void> collectOAuthSecretRefs(const QString &integrationId);
    // Appends one history entry inside the current transaction (store_history.cpp); `at` and
    // `actor` are filled in here.
    Result<void> record(HistoryEntry entry);
    // On PostgreSQL, tells listeners (changefeed.h) of a change at commit; record() does it for
    // every history entry, so only changes without one call it (a token refresh).
    Result<void> notifyChange(const HistoryEntry &entry);
    // Deletes one connection and its lease; its token entries are removed after commit.
    Result<void> deleteOAuthConnection(const QString &integrationId, const QString &organizationId);
    // Ends one connection's refresh lease, whoever holds it.
    Result<void> dropOAuthLease(const QString &integrationId, const QString &organizationId);

    // Integration definitions (row, schema, defaults) reused across resolves. Exact, never
    // stale: dropped when this Store commits or rolls back anything, and when PRAGMA
    // data_version shows that another connection has committed; never used inside a
    // transaction, where uncommitted writes of our own must be seen.
    struct CachedIntegration {
        Integration integration;
        QList<ConfigValue> defaults;
    };
    Result<std::shared_ptr<const CachedIntegration>> cachedIntegration(const QString &ref);
    void clearCache();

    QHash<QString, std::shared_ptr<const CachedIntegration>> m_cacheByRef; // by name and by id
    qint64 m_cacheDataVersion = -1;

    QString m_path;
    DatabaseLocation m_location;
    QString m_connectionName;
    std::unique_ptr<ChangeFeed> m_changeFeed;
    QString m_databaseId;
    SecretStore *m_secrets = nullptr;
    QString m_actor; // set in open(): the OS user
    QSqlDatabase m_db;
    std::vector<Frame> m_frames;
    bool m_scrubWal = false; // a committed transaction moved plain values into the secret store
    std::vector<std::pair<const char *, std::unique_ptr<QSqlQuery>>> m_queries;
    std::unique_ptr<detail::NativeStatements> m_native;
};

template <typename F>
auto Store::transaction(F &&work) -> decltype(work()) {
    if (auto started = begin(); !started)
        return started.error();
    auto result = work();
    if (!result) {
        rollback();
        return result;
    }
    if (auto committed = commit(); !committed) {
        rollback();
        return committed.error();
    }
    return result;
}

} // namespace bifrost
