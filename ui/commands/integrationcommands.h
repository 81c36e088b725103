#pragma once

#include "store/store.h"
#include "storecommand.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bifrost {

// Creates an integration. Undo deletes it, but only while it is still empty (no values, no
// mappings): anything added since is undone first by the commands above it on the stack, and a
// store that still holds data refuses, so undo never deletes work it did not create.
// Redo creates it again; the store gives it a new id, which createdId() then returns.
class CreateIntegrationCommand final : public StoreCommand {
    Q_DECLARE_TR_FUNCTIONS(CreateIntegrationCommand)
public:
    CreateIntegrationCommand(AdminSession *session, IntegrationFields fields);

    QString createdId() const { return m_createdId; }

    Result<void> apply() override;
    Result<void> revert() override;
    void announce() override;

private:
    IntegrationFields m_fields;
    QString m_createdId;
};

// Renames an integration. Workflows look integrations up by name: the dialog that builds this
// command warns about it. Undo renames back, unless the name was changed again elsewhere.
class RenameIntegrationCommand final : public StoreCommand {
    Q_DECLARE_TR_FUNCTIONS(RenameIntegrationCommand)
public:
    RenameIntegrationCommand(AdminSession *session, QString integrationId, QString newName);

    Result<void> apply() override;
    Result<void> revert() override;
    void announce() override;

private:
    QString m_integrationId;
    QString m_newName;
    QString m_oldName;
};

// Changes the description and entity settings of an integration. With `expected` (what the editor
// loaded), a setting that changed underneath in the meantime is refused (Conflict) instead of
// overwritten; undo likewise expects what this command wrote.
class UpdateIntegrationCommand final : public StoreCommand {
    Q_DECLARE_TR_FUNCTIONS(UpdateIntegrationCommand)
public:
    UpdateIntegrationCommand(AdminSession *session, QString integrationId, IntegrationUpdate update,
                             std::optional<IntegrationUpdate> expected = std::nullopt);

    Result<void> apply() override;
    Result<void> revert() override;
    void announce() override;

private:
    Result<void> write(const IntegrationUpdate &update, const IntegrationUpdate &expected);

    QString m_integrationId;
    IntegrationUpdate m_update;
    IntegrationUpdate m_expected; // an unset optional: not checked
    IntegrationUpdate m_before;   // what apply replaced, for undo
    IntegrationUpdate m_after;    // what apply wrote, as stored
};

} // namespace bifrost
