#include "integrationcommands.h"

#include "session/adminsession.h"

namespace bifrost {

// ---- CreateIntegrationCommand

CreateIntegrationCommand::CreateIntegrationCommand(AdminSession *session, IntegrationFields fields)
    : StoreCommand(session, tr("Create integration \"%1\"").arg(fields.name))
    , m_fields(std::move(fields)) {}

Result<void> CreateIntegrationCommand::apply() {
    auto created = store().createIntegration(m_fields);
    if (!created)
        return created.error();
    m_createdId = created->id;
    return {};
}

Result<void> CreateIntegrationCommand::revert() {
    return store().deleteIntegration(m_createdId, false);
}

void CreateIntegrationCommand::announce() {
    Q_EMIT session().integrationsChanged();
    Q_EMIT session().integrationChanged(m_createdId);
}

// ---- RenameIntegrationCommand

RenameIntegrationCommand::RenameIntegrationCommand(AdminSession *session, QString integrationId,
                                                   QString newName)
    : StoreCommand(session, tr("Rename integration to \"%1\"").arg(newName))
    , m_integrationId(std::move(integrationId))
    , m_newName(std::move(newName)) {}

Result<void> RenameIntegrationCommand::apply() {
    return store().transaction([&]() -> Result<void> {
        auto current = store().integration(m_integrationId);
        if (!current)
            return current.error();
        if (auto renamed = store().renameIntegration(m_integrationId, m_newName); !renamed)
            return renamed.error();
        m_oldName = current->name;
        return {};
    });
}

Result<void> RenameIntegrationCommand::revert() {
    return store().transaction([&]() -> Result<void> {
        auto current = store().integration(m_integrationId);
        if (!current)
            return current.error();
        if (current->name != m_newName)
            return Error::conflict(tr("Integration \"%1\" was renamed to \"%2\" elsewhere in the meantime; "
                                      "rename it by hand if it should be \"%3\" again.")
                                       .arg(m_newName, current->name, m_oldName));
        if (auto renamed = store().renameIntegration(m_integrationId, m_oldName); !renamed)
            return renamed.error();
        return {};
    });
}

void RenameIntegrationCommand::announce() {
    Q_EMIT session().integrationsChanged();
    Q_EMIT session().integrationChanged(m_integrationId);
}

// ---- UpdateIntegrationCommand

namespace {

QString describeSettings(const IntegrationUpdate &update) {
    QStringList parts;
    if (update.description)
        parts << UpdateIntegrationCommand::tr("description");
    if (update.defaultEntityId)
        parts << UpdateIntegrationCommand::tr("default entity id");
    if (update.entityIdLabel)
        parts << UpdateIntegrationCommand::tr("entity id label");
    return parts.join(QStringLiteral(", "));
}

} // namespace

UpdateIntegrationCommand::UpdateIntegrationCommand(AdminSession *session, QString integrationId,
                                                   IntegrationUpdate update,
                                                   std::optional<IntegrationUpdate> expected)
    : StoreCommand(session, tr("Change %1 of the integration").arg(describeSettings(update)))
    , m_integrationId(std::move(integrationId))
    , m_update(std::move(update))
    , m_expected(expected.value_or(IntegrationUpdate{})) {}

// Writes `update` after checking every setting `expected` names against what is stored now.
Result<void> UpdateIntegrationCommand::write(const IntegrationUpdate &update,
                                             const IntegrationUpdate &expected) {
    return store().transaction([&]() -> Result<void> {
        auto current = store().integration(m_integrationId);
        if (!current)
            return current.error();
        const auto check = [&](const std::optional<QString> &want, const QString &stored,
                               const QString &what) -> Result<void> {
            if (want && *want != stored)
                return Error::conflict(
                    tr("The %1 of integration \"%2\" was changed elsewhere since it was "
                       "loaded; reload to see the new value, then apply your change again.")
                        .arg(what, current->name));
            return {};
        };
        if (auto ok = check(expected.description, current->description, tr("description")); !ok)
            return ok;
        if (auto ok = check(expected.defaultEntityId, current->defaultEntityId, tr("default entity id")); !ok)
            return ok;
        if (auto ok = check(expected.entityIdLabel, current->entityIdLabel, tr("entity id label")); !ok)
            return ok;
        IntegrationUpdate before;
        if (update.description)
            before.description = current->description;
        if (update.defaultEntityId)
            before.defaultEntityId = current->defaultEntityId;
        if (update.entityIdLabel)
            before.entityIdLabel = current->entityIdLabel;
        auto updated = store().updateIntegration(m_integrationId, update);
        if (!updated)
            return updated.error();
        IntegrationUpdate after;
        if (update.description)
            after.description = updated->description;
        if (update.defaultEntityId)
            after.defaultEntityId = updated->defaultEntityId;
        if (update.entityIdLabel)
            after.entityIdLabel = updated->entityIdLabel;
        m_before = before;
        m_after = after;
        return {};
    });
}

Result<void> UpdateIntegrationCommand::apply() {
    if (auto written = write(m_update, m_expected); !written)
        return written;
    // A redo comes after an undo, which wrote m_before: that is what the redo finds.
    m_expected = m_before;
    return {};
}

Result<void> UpdateIntegrationCommand::revert() {
    const IntegrationUpdate before = m_before;
    const IntegrationUpdate after = m_after;
    if (auto written = write(before, after); !written)
        return written;
    // write() recorded the undo as before/after; the command's own direction stays as it was.
    m_before = before;
    m_after = after;
    return {};
}

void UpdateIntegrationCommand::announce() {
    Q_EMIT session().integrationChanged(m_integrationId);
}

} // namespace bifrost
