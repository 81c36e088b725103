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
    };
    return steps;
}

} // namespace bifrost::detail
