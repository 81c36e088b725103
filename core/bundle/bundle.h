#pragma once

#include "common/result.h"
#include "secrets/crypto.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bifrost {
class Store;
}

// Export and import of integrations between databases and machines (bifrostctl export/import,
// File > Export/Import in the app).
//
// A bundle is one JSON document: {"format": "bifrost-bundle", "version": 1, ...} with the
// integrations (schema, defaults, OAuth settings, mappings, overrides) and every organization
// they refer to (id and name). Secret values, and OAuth tokens only when asked, are sealed
// together under a passphrase (crypto.h: scrypt + AES-256-GCM); the sealed block's additional
// data covers the rest of the document, and the file must be exactly the bytes the exporter
// wrote, so a change to any byte is detected on import. A bundle made with --no-secrets has no
// passphrase and no secret values; import lists the secrets that must then be filled in.
namespace bifrost::bundle {

inline constexpr int formatVersion = 1;

struct ExportOptions {
    QStringList integrations; // names or ids; empty: every integration
    bool includeSecrets = true;
    bool includeTokens = false; // OAuth access and refresh tokens (needs includeSecrets)
    crypto::ScryptParams kdf;   // the defaults; tests use cheaper ones
};

struct ExportResult {
    QByteArray bytes;
    int integrationCount = 0;
    int organizationCount = 0;
    int secretCount = 0; // values sealed, tokens included
    int tokenCount = 0;
};

// `passphrase` is required (at least VaultSecretStore::minimumPassphraseLength characters)
// unless includeSecrets is false, and then ignored. NotFound for an unknown integration.
Result<ExportResult> exportBundle(Store &store, const ExportOptions &options, const QString &passphrase);

// What a bundle holds, read without the passphrase (to know whether to ask for one).
struct BundleInfo {
    int version = 0;
    bool sealed = false; // has secrets: import needs the passphrase
    QDateTime createdAt;
    QString createdBy;
    QStringList integrations;
    int organizationCount = 0;
};
// InvalidInput for malformed JSON (with line/column), another format or a newer version
// ("made by a newer Bifrost Admin").
Result<BundleInfo> inspectBundle(const QByteArray &bytes);

// The bytes of a bundle file, for `import` and File > Import alike: NotFound when there is no such
// file, External when it cannot be read, InvalidInput when it is larger than any bundle Bifrost
// Admin writes (maximumBundleBytes), so a wrong file is not read into memory whole.
inline constexpr qint64 maximumBundleBytes = qint64(256) * 1024 * 1024;
Result<QByteArray> readBundleFile(const QString &path);

enum class OnConflict {
    Fail,    // default: an integration that exists already is a Conflict (exit 4)
    Skip,    // leave an existing integration as it is
    Replace, // make the existing integration exactly the bundle's (values of other
             // organizations not in the bundle are removed too)
    Merge,   // add what is missing (fields, values, mappings, OAuth settings); keep what is there
};
Result<OnConflict> parseOnConflict(const QString &text); // "fail", "skip", "replace", "merge"

struct ImportOptions {
    OnConflict onConflict = OnConflict::Fail;
    bool dryRun = false;
};

// One line of the plan: what import does (or would do) to one object.
struct PlannedChange {
    // Remove: --on-conflict replace takes out what the bundle does not have (a value, a field,
    // a mapping, the OAuth settings). Unchanged lines are kept in the report (and counted) but
    // not printed by the CLI.
    enum class Kind { Create, Change, Remove, Skip, Unchanged };
    Kind kind = Kind::Create;
    QString object;       // "organization", "integration", "schema" (field order), "field",
                          // "value", "mapping", "oauth", "token"
    QString integration;  // name
    QString organization; // name, empty for defaults / not organization-level
    QString key;          // field or config key
    QString detail;       // why (e.g. "exists; --on-conflict skip"), never a secret value

    QString describe() const; // one line for the CLI and the preview
};

struct ImportReport {
    QList<PlannedChange> changes;
    // Secrets a --no-secrets bundle left out and nothing here provides, each with the command
    // that fills it in: "HaloPSA: token (default): bifrostctl config set HaloPSA token --stdin".
    QStringList secretsToFill;
    QStringList warnings;
    bool applied = false; // false for a dry run

    int count(PlannedChange::Kind kind) const;
    QJsonObject toJson() const;
};

// All or nothing: the plan is computed first, then (unless dryRun) applied in one Store
// transaction, secrets included; any failure leaves the database and the secret store as they
// were. A dry run returns exactly the plan a real import would apply. Wrong passphrase:
// InvalidInput (field "passphrase"); tampered bundle: InvalidInput naming it as changed or
// damaged. Organizations are matched by id, then by name, and created (keeping the bundle's id
// when it is free) when missing; integrations by name.
Result<ImportReport> importBundle(Store &store, const QByteArray &bytes, const QString &passphrase,
                                  const ImportOptions &options);

} // namespace bifrost::bundle
