#pragma once

#include "model/organization.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bifrost {

enum class Provenance { Default, Override };

// The `oauth` block of `get` (ARCHITECTURE.md §3, §7): a usable token of the connection that
// applies to the scope.
struct OAuthData {
    QString accessToken;
    QString tokenType;
    QDateTime expiresAt; // invalid: unknown
    QStringList scopes;
    QString refreshToken; // empty when none
    QString clientId;
    QString tokenUrl;   // as resolved for the connection's scope
    QString connection; // "organization" or "default"
    // Not part of the JSON: set when a still-valid token is returned although its refresh
    // failed (network); bifrostctl prints it on stderr, the app shows it.
    QString warning;

    QJsonObject toJson() const;
};

// What a workflow gets for one integration in one scope: the merged configuration with where
// each value came from, the entity it maps to and what required values are missing.
struct IntegrationData {
    QString integrationId;
    QString name;
    std::optional<Organization> organization; // empty: global scope
    QString entityId;
    QString entityName;
    QJsonObject config; // typed values; secrets masked until revealed
    QHash<QString, Provenance> provenance;
    QStringList secretKeys;             // keys in config whose values are secrets
    QHash<QString, QString> secretRefs; // key -> SecretStore reference
    QStringList missingRequired;
    bool secretsRevealed = false;
    std::optional<OAuthData> oauth; // filled by oauth::OAuthService::tokenFor, not by resolve()

    // The JSON printed by `bifrostctl get` (ARCHITECTURE.md §6); `explain` adds provenance.
    QJsonObject toJson(bool explain) const;
};

QString provenanceName(Provenance p);

// How secrets are shown anywhere they are not explicitly revealed.
QString secretMask();

} // namespace bifrost
