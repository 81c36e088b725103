#include "oauthsettingscommand.h"

#include "oauth/presets.h"
#include "session/adminsession.h"
#include "store/store.h"

namespace bifrost {

bool sameOAuthSettings(const std::optional<OAuthSettings> &a, const std::optional<OAuthSettings> &b) {
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->flow == b->flow && a->authorizeUrl == b->authorizeUrl && a->tokenUrl == b->tokenUrl &&
           a->revokeUrl == b->revokeUrl && a->deviceAuthorizationUrl == b->deviceAuthorizationUrl &&
           a->clientId == b->clientId && a->hasClientSecret == b->hasClientSecret && a->scopes == b->scopes &&
           a->audience == b->audience && a->extraParams == b->extraParams && a->authMethod == b->authMethod &&
           a->pkce == b->pkce && a->redirectHost == b->redirectHost && a->redirectPort == b->redirectPort &&
           a->redirectPath == b->redirectPath && a->refreshMarginSeconds == b->refreshMarginSeconds &&
           a->preset == b->preset;
}

namespace {

// Removing the settings deletes every connection's tokens: an undo must not do that silently.
Result<void> removeSettingsIfUnconnected(Store &store, const QString &integrationId, const QString &refused) {
    auto connections = store.oauthConnections(integrationId);
    if (!connections)
        return connections.error();
    if (!connections->isEmpty())
        return Error::conflict(refused);
    return store.removeOAuthSettings(integrationId);
}

} // namespace

// ---- OAuthSettingsCommand

OAuthSettingsCommand::OAuthSettingsCommand(AdminSession *session, QString integrationId,
                                           OAuthSettings settings, std::optional<QString> clientSecret,
                                           std::optional<OAuthSettings> loaded)
    : StoreCommand(session, tr("Save OAuth settings"))
    , m_integrationId(std::move(integrationId))
    , m_settings(std::move(settings))
    , m_clientSecret(std::move(clientSecret))
    , m_expected(std::move(loaded)) {}

Result<void> OAuthSettingsCommand::apply() {
    return store().transaction([&]() -> Result<void> {
        auto current = store().oauthSettings(m_integrationId);
        if (!current)
            return current.error();
        if (!sameOAuthSettings(*current, m_expected))
            return Error::conflict(
                tr("The OAuth settings of this integration were changed elsewhere after you "
                   "opened them; they are not overwritten."));
        QString beforeSecret;
        if (m_clientSecret && *current && (*current)->hasClientSecret) {
            auto secret = store().readClientSecret(m_integrationId);
            if (!secret)
                return secret.error();
            beforeSecret = *secret;
        }
        auto written = store().setOAuthSettings(m_integrationId, m_settings, m_clientSecret);
        if (!written)
            return written.error();
        m_before = *current;
        m_beforeSecret = beforeSecret;
        m_after = *written;
        // A redo comes after the undo, which wrote back what was there before.
        m_expected = m_before;
        return {};
    });
}

Result<void> OAuthSettingsCommand::revert() {
    return store().transaction([&]() -> Result<void> {
        auto current = store().oauthSettings(m_integrationId);
        if (!current)
            return current.error();
        if (!sameOAuthSettings(*current, m_after))
            return Error::conflict(tr("The OAuth settings of this integration were changed again after this "
                                      "save; undo would overwrite that change, so it is not undone."));
        if (!m_before)
            return removeSettingsIfUnconnected(
                store(), m_integrationId,
                tr("Undoing this save would remove the OAuth settings and the tokens of the connections made "
                   "since; disconnect them first, or change the settings instead."));
        // A secret this command replaced or removed goes back; an untouched one stays.
        std::optional<QString> secret;
        if (m_clientSecret)
            secret = m_before->hasClientSecret ? m_beforeSecret : QString();
        if (auto written = store().setOAuthSettings(m_integrationId, *m_before, secret); !written)
            return written.error();
        return {};
    });
}

void OAuthSettingsCommand::announce() {
    Q_EMIT session().oauthChanged(m_integrationId);
}

// ---- ApplyPresetCommand

ApplyPresetCommand::ApplyPresetCommand(AdminSession *session, QString integrationId, QString presetId)
    : StoreCommand(session, tr("Apply preset"))
    , m_integrationId(std::move(integrationId))
    , m_presetId(std::move(presetId)) {
    if (const auto preset = oauth::findPreset(m_presetId))
        setText(tr("Apply preset \"%1\"").arg(preset->name));
}

Result<void> ApplyPresetCommand::apply() {
    const auto preset = oauth::findPreset(m_presetId);
    if (!preset)
        return Error::notFound(tr("There is no preset \"%1\".").arg(m_presetId));
    return store().transaction([&]() -> Result<void> {
        auto before = store().integration(m_integrationId);
        if (!before)
            return before.error();
        auto beforeSettings = store().oauthSettings(m_integrationId);
        if (!beforeSettings)
            return beforeSettings.error();
        auto added = oauth::applyPreset(store(), m_integrationId, *preset);
        if (!added)
            return added.error();
        auto after = store().integration(m_integrationId);
        if (!after)
            return after.error();
        auto afterSettings = store().oauthSettings(m_integrationId);
        if (!afterSettings)
            return afterSettings.error();
        m_beforeSchema = before->schema;
        m_afterSchema = after->schema;
        m_beforeSettings = *beforeSettings;
        m_afterSettings = *afterSettings;
        m_added = *added;
        return {};
    });
}

Result<void> ApplyPresetCommand::revert() {
    return store().transaction([&]() -> Result<void> {
        auto current = store().oauthSettings(m_integrationId);
        if (!current)
            return current.error();
        if (!sameOAuthSettings(*current, m_afterSettings))
            return Error::conflict(tr("The OAuth settings of this integration were changed after the preset "
                                      "was applied; undo would overwrite that change, so it is not undone."));
        if (m_beforeSchema != m_afterSchema) {
            // Expecting the schema the preset left: a field added or changed since refuses the undo,
            // and so do values stored in the added fields (SchemaWrite::Apply never drops values).
            if (auto set =
                    store().setSchema(m_integrationId, m_beforeSchema, SchemaWrite::Apply, m_afterSchema);
                !set)
                return set.error();
        }
        if (sameOAuthSettings(m_beforeSettings, m_afterSettings))
            return {};
        if (!m_beforeSettings)
            return removeSettingsIfUnconnected(
                store(), m_integrationId,
                tr("Undoing the preset would remove the OAuth settings and the tokens of the connections "
                   "made "
                   "since; disconnect them first, or change the settings instead."));
        if (auto written = store().setOAuthSettings(m_integrationId, *m_beforeSettings, std::nullopt);
            !written)
            return written.error();
        return {};
    });
}

void ApplyPresetCommand::announce() {
    Q_EMIT session().integrationChanged(m_integrationId);
    Q_EMIT session().oauthChanged(m_integrationId);
}

} // namespace bifrost
