#pragma once

#include "common/result.h"
#include "model/oauth.h"
#include "model/schemafield.h"

#include <QList>
#include <QString>

namespace bifrost {
class Store;
}

namespace bifrost::oauth {

// A provider preset from resources/presets/*.json (written from the vendor's docs): OAuth
// settings (or none, for API-key providers) and the schema fields the provider needs.
struct Preset {
    QString id;          // file name without .json, e.g. "microsoft-graph-delegated"
    QString name;        // "Microsoft Graph (delegated, per tenant)"
    QString description; // one or two sentences: what to register at the provider and where
    QString docsUrl;
    QString entityIdLabel; // e.g. "Tenant ID"; set on the integration when it has none
    std::optional<OAuthSettings> settings;
    Schema fields; // added when missing; existing fields are never removed or changed
};

QList<Preset> presets(); // sorted by name
// Parses one preset file (the format is described in presets.cpp); `id` is its file name
// without .json. presets() leaves out files that fail here, so tests call this on each file.
Result<Preset> parsePreset(const QByteArray &json, const QString &id);
std::optional<Preset> findPreset(const QString &id);

// Applies a preset to an integration in one transaction: adds its missing schema fields and,
// when it has OAuth settings, writes them (the client id and secret stay as stored, or empty).
// Returns the keys of the fields added.
Result<QStringList> applyPreset(Store &store, const QString &integrationRef, const Preset &preset);

} // namespace bifrost::oauth
