#include "organizationcommands.h"

#include "session/adminsession.h"
#include "store/store.h"

namespace bifrost {

// ---- AddOrganizationCommand

AddOrganizationCommand::AddOrganizationCommand(AdminSession *session, QString name)
    : StoreCommand(session, tr("Add organization \"%1\"").arg(name.trimmed()))
    , m_name(std::move(name)) {}

Result<void> AddOrganizationCommand::apply() {
    auto added = store().addOrganization(m_name);
    if (!added)
        return added.error();
    m_createdId = added->id;
    return {};
}

Result<void> AddOrganizationCommand::revert() {
    return store().removeOrganization(m_createdId, false);
}

void AddOrganizationCommand::announce() {
    Q_EMIT session().organizationsChanged();
}

// ---- RenameOrganizationCommand

RenameOrganizationCommand::RenameOrganizationCommand(AdminSession *session, QString organizationId,
                                                     QString newName)
    : StoreCommand(session, tr("Rename organization to \"%1\"").arg(newName.trimmed()))
    , m_organizationId(std::move(organizationId))
    , m_newName(std::move(newName)) {}

Result<void> RenameOrganizationCommand::apply() {
    return store().transaction([&]() -> Result<void> {
        auto current = store().organization(m_organizationId);
        if (!current)
            return current.error();
        auto renamed = store().renameOrganization(m_organizationId, m_newName);
        if (!renamed)
            return renamed.error();
        m_oldName = current->name;
        m_newName = renamed->name;
        return {};
    });
}

Result<void> RenameOrganizationCommand::revert() {
    return store().transaction([&]() -> Result<void> {
        auto current = store().organization(m_organizationId);
        if (!current)
            return current.error();
        if (current->name != m_newName)
            return Error::conflict(tr("Organization \"%1\" was renamed to \"%2\" elsewhere in the meantime; "
                                      "rename it by hand if it should be \"%3\" again.")
                                       .arg(m_newName, current->name, m_oldName));
        if (auto renamed = store().renameOrganization(m_organizationId, m_oldName); !renamed)
            return renamed.error();
        return {};
    });
}

void RenameOrganizationCommand::announce() {
    Q_EMIT session().organizationsChanged();
}

} // namespace bifrost
