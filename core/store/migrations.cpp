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
        // 4: row versions (issue 7). Every editable row carries the number of the write
        // transaction that last changed it, taken from one database-wide counter (meta
        // 'row_version', advanced under the writer lock): a version never repeats for a row, also
        // after a delete and re-create, so an editor's "I loaded version N" is exact. The
        // integration's schema is versioned as a whole (schema_version). Existing rows start at 1,
        // the counter too, so every later write gives a higher number.
        {
            QStringLiteral("ALTER TABLE organizations ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE integrations ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE integrations ADD COLUMN schema_version BIGINT NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE config_values ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE mappings ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE oauth_settings ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('row_version', '1')"),
        },
        // 5: team mode (issue 7, core/team/team.h). Binary values are base64 text. team_members
        // says who may do what (readable by every member); team_keys holds each key holder's key
        // pair, its private half sealed under the holder's passphrase-derived key, and the data
        // key wrapped to its public half (never readable by a viewer, and by an editor only for
        // their own row); team_secrets holds the sealed secret values; team_state the current key
        // version, its check value and the prefix of this database's PostgreSQL group roles.
        {
            QStringLiteral("CREATE TABLE team_members ("
                           " admin TEXT PRIMARY KEY,"
                           " role TEXT NOT NULL CHECK (role IN ('owner','editor','viewer')),"
                           " added_at TEXT NOT NULL,"
                           " added_by TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE team_keys ("
                           " admin TEXT PRIMARY KEY REFERENCES team_members(admin) ON DELETE CASCADE,"
                           " public_key TEXT NOT NULL,"
                           " kdf_salt TEXT NOT NULL,"
                           " kdf_log2n INTEGER NOT NULL,"
                           " kdf_r INTEGER NOT NULL,"
                           " kdf_p INTEGER NOT NULL,"
                           " private_nonce TEXT NOT NULL,"
                           " private_key TEXT NOT NULL,"
                           " key_version INTEGER NOT NULL,"
                           " wrap_public TEXT NOT NULL,"
                           " wrap_nonce TEXT NOT NULL,"
                           " wrapped_key TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE team_secrets ("
                           " key TEXT PRIMARY KEY,"
                           " key_version INTEGER NOT NULL,"
                           " nonce TEXT NOT NULL,"
                           " ciphertext TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE team_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // The group roles bifrost_<database>_owner/_editor/_viewer (role names are cluster-wide,
            // so the database name is part of them), created when the migrating role may, and the
            // privileges that make the database itself enforce the roles: viewers read everything
            // but secrets and keys, editors also write the data (and secrets), owners everything.
            // Row-level security lets an editor read and update only their own key row. Tables of
            // later steps need their own grants.
            QStringLiteral(R"sql(-- postgresql only
DO $bifrost$
DECLARE
    base text := lower(regexp_replace(current_database(), '[^A-Za-z0-9_]', '_', 'g'));
    prefix text;
    owner_role text;
    editor_role text;
    viewer_role text;
    may boolean;
    r text;
    t text;
BEGIN
    IF length(base) > 40 THEN
        base := left(base, 31) || '_' || left(md5(current_database()), 8);
    END IF;
    prefix := 'bifrost_' || base;
    owner_role := prefix || '_owner';
    editor_role := prefix || '_editor';
    viewer_role := prefix || '_viewer';
    INSERT INTO team_state (name, value) VALUES ('role_prefix', prefix);
    SELECT rolsuper OR rolcreaterole INTO may FROM pg_roles WHERE rolname = current_user;
    FOREACH r IN ARRAY ARRAY[viewer_role, editor_role, owner_role] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            IF NOT coalesce(may, false) THEN
                RAISE NOTICE 'bifrost: % may not create roles: team roles stay unenforced', current_user;
                RETURN;
            END IF;
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    BEGIN
        EXECUTE format('GRANT %I TO %I', viewer_role, editor_role);
        EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', editor_role, owner_role);
        EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', viewer_role, owner_role);
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'bifrost: % may not arrange the team roles', current_user;
    END;
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
        EXECUTE format('GRANT ALL ON %I TO %I', t, owner_role);
        IF t NOT IN ('team_secrets', 'team_keys') THEN
            EXECUTE format('GRANT SELECT ON %I TO %I', t, viewer_role);
        END IF;
        IF t NOT IN ('team_members', 'team_keys', 'team_state') THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', t, editor_role);
        END IF;
    END LOOP;
    EXECUTE format('GRANT SELECT, UPDATE ON team_keys TO %I', editor_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), editor_role);
    EXECUTE format('GRANT ALL ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), owner_role);
    ALTER TABLE team_keys ENABLE ROW LEVEL SECURITY;
    EXECUTE format('CREATE POLICY own_key_read ON team_keys FOR SELECT TO %I USING (admin = session_user)',
                   editor_role);
    EXECUTE format('CREATE POLICY own_key_update ON team_keys FOR UPDATE TO %I'
                   ' USING (admin = session_user) WITH CHECK (admin = session_user)', editor_role);
    EXECUTE format('CREATE POLICY owner_keys ON team_keys FOR ALL TO %I USING (true) WITH CHECK (true)',
                   owner_role);
END
$bifrost$)sql"),
        },
    };
    return steps;
}

} // namespace bifrost::detail
