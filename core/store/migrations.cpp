#include "migrations.h"

namespace bifrost::detail {

const QList<QStringList> &migrationSteps() {
    static const QList<QStringList> steps = {
        // 1: the foundation model.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            // name_key is the case-folded name: SQLite's NOCASE only folds ASCII.
            QStringLiteral("CREATE TABLE organizations ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " name_key TEXT NOT NULL UNIQUE,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE integrations ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " default_entity_id TEXT NOT NULL DEFAULT '',"
                           " entity_id_label TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE schema_fields ("
                           " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                           " key TEXT NOT NULL,"
                           " type TEXT NOT NULL CHECK (type IN ('string','int','bool','json','secret')),"
                           " required INTEGER NOT NULL DEFAULT 0,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " options TEXT,"
                           " label TEXT NOT NULL DEFAULT '',"
                           " placeholder TEXT NOT NULL DEFAULT '',"
                           " pattern TEXT NOT NULL DEFAULT '',"
                           " min_value INTEGER,"
                           " max_value INTEGER,"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (integration_id, key)) WITHOUT ROWID"),
            // value holds the canonical JSON text of the typed value; a secret row holds only
            // secret_ref, the name of its entry in the SecretStore.
            QStringLiteral("CREATE TABLE config_values ("
                           " id INTEGER PRIMARY KEY,"
                           " integration_id TEXT NOT NULL,"
                           " organization_id TEXT REFERENCES organizations(id) ON DELETE CASCADE,"
                           " key TEXT NOT NULL,"
                           " value TEXT,"
                           " secret_ref TEXT,"
                           " updated_at TEXT NOT NULL,"
                           " CHECK ((value IS NULL) <> (secret_ref IS NULL)),"
                           " FOREIGN KEY (integration_id, key) REFERENCES schema_fields(integration_id, key)"
                           "  ON DELETE CASCADE ON UPDATE CASCADE)"),
            QStringLiteral("CREATE UNIQUE INDEX config_values_default ON config_values(integration_id, key)"
                           " WHERE organization_id IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX config_values_override"
                           " ON config_values(integration_id, organization_id, key)"
                           " WHERE organization_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX config_values_organization ON config_values(organization_id)"),
            QStringLiteral("CREATE TABLE mappings ("
                           " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                           " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                           " entity_id TEXT NOT NULL DEFAULT '',"
                           " entity_name TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (integration_id, organization_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX mappings_organization ON mappings(organization_id)"),
        },
        // 2: OAuth settings, connections and refresh leases (issue 4). Token values and the client
        // secret live in the SecretStore; the rows hold only their references.
        {
            // scopes: space-separated, as on the wire; extra_params: a JSON array of [key, value]
            // pairs, in the order they are sent.
            QStringLiteral(
                "CREATE TABLE oauth_settings ("
                " integration_id TEXT PRIMARY KEY REFERENCES integrations(id) ON DELETE CASCADE,"
                " flow TEXT NOT NULL CHECK (flow IN "
                "('authorization_code','client_credentials','device_code')),"
                " authorize_url TEXT NOT NULL DEFAULT '',"
                " token_url TEXT NOT NULL DEFAULT '',"
                " revoke_url TEXT NOT NULL DEFAULT '',"
                " device_authorization_url TEXT NOT NULL DEFAULT '',"
                " client_id TEXT NOT NULL DEFAULT '',"
                " client_secret_ref TEXT,"
                " scopes TEXT NOT NULL DEFAULT '',"
                " audience TEXT NOT NULL DEFAULT '',"
                " extra_params TEXT NOT NULL DEFAULT '[]',"
                " auth_method TEXT NOT NULL"
                "  CHECK (auth_method IN ('client_secret_post','client_secret_basic','none')),"
                " pkce INTEGER NOT NULL DEFAULT 1,"
                " redirect_host TEXT NOT NULL DEFAULT '127.0.0.1' CHECK (redirect_host IN "
                "('127.0.0.1','localhost')),"
                " redirect_port INTEGER NOT NULL DEFAULT 0 CHECK (redirect_port BETWEEN 0 AND 65535),"
                " redirect_path TEXT NOT NULL DEFAULT '/callback',"
                " refresh_margin INTEGER NOT NULL DEFAULT 300 CHECK (refresh_margin BETWEEN 0 AND 86400),"
                " preset TEXT NOT NULL DEFAULT '',"
                " updated_at TEXT NOT NULL)"),
            // organization_id NULL: the integration's default connection. Timestamps are ISO 8601
            // UTC text; expires_at NULL: unknown (no expires_in); last_refresh_at NULL: not
            // refreshed since connecting.
            QStringLiteral("CREATE TABLE oauth_connections ("
                           " id INTEGER PRIMARY KEY,"
                           " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                           " organization_id TEXT REFERENCES organizations(id) ON DELETE CASCADE,"
                           " access_token_ref TEXT NOT NULL,"
                           " refresh_token_ref TEXT,"
                           " token_type TEXT NOT NULL DEFAULT '',"
                           " expires_at TEXT,"
                           " scopes TEXT NOT NULL DEFAULT '',"
                           " failed INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " connected_at TEXT NOT NULL,"
                           " last_refresh_at TEXT,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX oauth_connections_default ON oauth_connections(integration_id)"
                " WHERE organization_id IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX oauth_connections_organization"
                           " ON oauth_connections(integration_id, organization_id)"
                           " WHERE organization_id IS NOT NULL"),
            QStringLiteral(
                "CREATE INDEX oauth_connections_by_organization ON oauth_connections(organization_id)"),
            // One row while a process refreshes or mints a connection's token; organization_key is
            // '' for the default connection (a primary key cannot hold NULL as a value to compare),
            // `until` the ISO 8601 UTC time the lease ends.
            QStringLiteral("CREATE TABLE oauth_refresh_leases ("
                           " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                           " organization_key TEXT NOT NULL DEFAULT '',"
                           " owner TEXT NOT NULL,"
                           " until TEXT NOT NULL,"
                           " PRIMARY KEY (integration_id, organization_key)) WITHOUT ROWID"),
        },
        // 3: the change history (issue 5). No foreign keys: entries outlive what they describe,
        // and names are copied at write time so that they read right after a rename or a delete.
        // old_value / new_value hold canonical JSON text (NULL: none); a secret change has
        // secret = 1 and never a value. organization_key is the organization name's uniqueness
        // key (organizationNameKey), for looking up an organization that no longer exists.
        {
            QStringLiteral("CREATE TABLE history ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " integration_id TEXT NOT NULL DEFAULT '',"
                           " integration_name TEXT NOT NULL DEFAULT '',"
                           " organization_id TEXT NOT NULL DEFAULT '',"
                           " organization_name TEXT NOT NULL DEFAULT '',"
                           " organization_key TEXT NOT NULL DEFAULT '',"
                           " key TEXT NOT NULL DEFAULT '',"
                           " old_value TEXT,"
                           " new_value TEXT,"
                           " secret INTEGER NOT NULL DEFAULT 0,"
                           " detail TEXT NOT NULL DEFAULT '',"
                           " CHECK (secret = 0 OR (old_value IS NULL AND new_value IS NULL)))"),
            // Newest first per integration, per organization and per both: each query walks one
            // index backwards and stops at the limit, however long the history is.
            QStringLiteral("CREATE INDEX history_integration ON history(integration_id, id)"),
            QStringLiteral("CREATE INDEX history_organization ON history(organization_id, id)"),
            QStringLiteral("CREATE INDEX history_integration_organization ON history(integration_id, "
                           "organization_id, id)"),
            // A reference to something deleted (or renamed away) is looked up by recorded name.
            QStringLiteral("CREATE INDEX history_integration_name ON history(integration_name)"),
            QStringLiteral("CREATE INDEX history_organization_key ON history(organization_key)"),
        },
    };
    return steps;
}

} // namespace bifrost::detail
