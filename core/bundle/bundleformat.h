#pragma once

// The bundle document (bundle.h) as data, and its file form: writing (sealing the secrets) and
// reading (checking format, version, bytes and authentication). Shared by export and import;
// not part of the public API.
//
// File layout, version 1 (JSON, written by QJsonDocument::toJson(Indented), keys sorted):
//   {"format": "bifrost-bundle", "version": 1, "created_at": ISO 8601 UTC, "created_by": user,
//    "tokens": whether OAuth connections (tokens) are included,
//    "organizations": [{"id", "name"}],
//    "integrations": [{"id", "name", "description", "default_entity_id", "entity_id_label",
//                      "schema": [...schema file format...],
//                      "defaults": {key: value}, "overrides": {organization id: {key: value}},
//                      "mappings": [{"organization_id", "entity_id", "entity_name"}],
//                      "oauth": null | {settings..., "client_secret": SECRET (absent: none),
//                                       "connections": [...] (only with tokens)}}],
//    "kdf": {"algorithm": "scrypt", "log2n", "r", "p", "salt", "check"},     (sealed bundles)
//    "sealed": {"nonce", "ciphertext"}}                                      (sealed bundles)
// A value of a secret field, a client secret and a token is a SECRET: {"secret": "<opaque id>"}
// (its value is in the sealed block) or {"secret": null} (left out: --no-secrets). The sealed
// block is AES-256-GCM of {"secrets": {id: value}} under a key scrypt derives from the
// passphrase; its additional data is the compact JSON of the document without "sealed", and
// the file must be exactly toJson(Indented) of its parsed document, so no byte can change
// unnoticed. Binary fields are canonical base64.

#include "common/result.h"
#include "model/oauth.h"
#include "model/schemafield.h"
#include "secrets/crypto.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace bifrost::bundle::format {

// A stored value: plain JSON, or a secret by id (empty id: left out of the bundle).
struct Value {
    QJsonValue plain;
    bool secret = false;
    QString secretId;
};

struct Mapping {
    QString organizationId;
    QString entityId;
    QString entityName;
};

struct Connection {
    QString organizationId; // empty: the default connection
    QString accessTokenId;
    QString refreshTokenId; // empty: none
    QString tokenType;
    QDateTime expiresAt;
    QStringList scopes;
    bool failed = false;
    QString lastError;
    QDateTime connectedAt;
    QDateTime lastRefreshAt;
};

struct OAuth {
    OAuthSettings settings; // integrationId and updatedAt unused
    bool hasClientSecret = false;
    QString clientSecretId; // empty with hasClientSecret: left out
    QList<Connection> connections;
};

struct Integration {
    QString id;
    QString name;
    QString description;
    QString defaultEntityId;
    QString entityIdLabel;
    Schema schema;
    QMap<QString, Value> defaults;                 // by key
    QMap<QString, QMap<QString, Value>> overrides; // organization id -> key -> value
    QList<Mapping> mappings;
    std::optional<OAuth> oauth;
};

struct Organization {
    QString id;
    QString name;
};

struct Document {
    int version = 1;
    QDateTime createdAt;
    QString createdBy;
    QList<Organization> organizations;
    QList<Integration> integrations;
    bool sealed = false;
    bool hasTokens = false;
    QHash<QString, QString> secrets; // id -> value; filled by read() with the passphrase

    Document() = default;
    Document(const Document &) = default;
    Document(Document &&) = default;
    Document &operator=(const Document &) = default;
    Document &operator=(Document &&) = default;
    ~Document(); // wipes the secret values
};

// The file bytes. With `passphrase` (non-empty) the secrets are sealed; without, the document
// must hold no secret ids.
Result<QByteArray> write(const Document &document, const QString &passphrase,
                         const crypto::ScryptParams &params);

// The envelope only: JSON, "format", "version" (no passphrase needed). InvalidInput with
// line and column for malformed JSON, a clear message for another format or a newer version.
Result<QJsonObject> parseEnvelope(const QByteArray &bytes);

// Everything: the envelope, the exact bytes, the passphrase check and the authentication of a
// sealed bundle, then the structure. A sealed bundle needs `passphrase`.
Result<Document> read(const QByteArray &bytes, const QString &passphrase);

// The plain-JSON form of OAuth settings in a bundle (without the client secret).
QJsonObject settingsToJson(const OAuthSettings &settings);

} // namespace bifrost::bundle::format
