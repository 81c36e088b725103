#pragma once

#include "model/oauth.h"
#include "model/schemafield.h"
#include "storecommand.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bifrost {

// True when two OAuth settings say the same (everything but the integration id and the time of
// the last change): the conflict check of the commands below.
bool sameOAuthSettings(const std::optional<OAuthSettings> &a, const std::optional<OAuthSettings> &b);

// Saves the OAuth settings of one integration. `loaded` is what the editor loaded (nullopt: the
// integration had none): settings changed underneath since are refused (Conflict) instead of
// overwritten. `clientSecret`: nullopt keeps the stored secret, an empty string removes it, text
// replaces it. A replaced secret is kept in memory, on the undo stack only, so that undo can
// restore it; it never reaches disk. Undo expects what this command wrote, and undoing the first
// save of an integration (which removes the settings) is refused while connections exist,
// because removing the settings would delete their tokens.
class OAuthSettingsCommand final : public StoreCommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthSettingsCommand)
public:
    OAuthSettingsCommand(AdminSession *session, QString integrationId, OAuthSettings settings,
                         std::optional<QString> clientSecret, std::optional<OAuthSettings> loaded);

    // The settings as stored by the last apply.
    const OAuthSettings &saved() const { return m_after; }

    Result<void> apply() override;
    Result<void> revert() override;
    void announce() override;

private:
    QString m_integrationId;
    OAuthSettings m_settings;
    std::optional<QString> m_clientSecret;
    std::optional<OAuthSettings> m_expected;
    std::optional<OAuthSettings> m_before;
    QString m_beforeSecret; // the secret this command replaced or removed; memory only
    OAuthSettings m_after;
};

// Applies a provider preset (oauth/presets.h): adds the schema fields it needs (never removing or
// changing one) and writes its OAuth settings, keeping the client id and secret. Undo puts the
// schema and the settings back, refused (Conflict) when either changed since, when values were
// stored in the added fields, or when it would remove settings that have connections by now.
class ApplyPresetCommand final : public StoreCommand {
    Q_DECLARE_TR_FUNCTIONS(ApplyPresetCommand)
public:
    ApplyPresetCommand(AdminSession *session, QString integrationId, QString presetId);

    // The keys of the schema fields the last apply added.
    QStringList addedFields() const { return m_added; }

    Result<void> apply() override;
    Result<void> revert() override;
    void announce() override;

private:
    QString m_integrationId;
    QString m_presetId;
    Schema m_beforeSchema;
    Schema m_afterSchema;
    std::optional<OAuthSettings> m_beforeSettings;
    std::optional<OAuthSettings> m_afterSettings;
    QStringList m_added;
};

} // namespace bifrost
