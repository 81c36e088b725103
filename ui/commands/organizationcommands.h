#pragma once

#include "storecommand.h"

#include <QCoreApplication>
#include <QString>

namespace bifrost {

// Adds an organization. Undo removes it, but only while nothing refers to it (no mappings, no
// overrides): the commands that added those sit above it on the stack and are undone first, and
// the store refuses otherwise, so undo never removes work it did not create. Redo adds it again;
// the store gives it a new id, which createdId() then returns.
class AddOrganizationCommand final : public StoreCommand {
    Q_DECLARE_TR_FUNCTIONS(AddOrganizationCommand)
public:
    AddOrganizationCommand(AdminSession *session, QString name);

    QString createdId() const { return m_createdId; }

    Result<void> apply() override;
    Result<void> revert() override;
    void announce() override;

private:
    QString m_name;
    QString m_createdId;
};

// Renames an organization. Undo renames back, unless the name was changed again elsewhere.
class RenameOrganizationCommand final : public StoreCommand {
    Q_DECLARE_TR_FUNCTIONS(RenameOrganizationCommand)
public:
    RenameOrganizationCommand(AdminSession *session, QString organizationId, QString newName);

    Result<void> apply() override;
    Result<void> revert() override;
    void announce() override;

private:
    QString m_organizationId;
    QString m_newName; // as stored (the store trims it)
    QString m_oldName;
};

} // namespace bifrost
