#pragma once

#include "store/store.h"
#include "storecommand.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bifrost {

// Creates, updates or removes mappings of one integration in one transaction: one edit in the
// Organizations tab, a CSV import or accepted auto-matches. Removing keeps the organization's
// overrides (removing them too is not undoable and goes through the store directly). Undo
// restores each mapping as it was, expecting what this command wrote.
class MappingCommand final : public StoreCommand {
public:
    struct Edit {
        QString organizationId;
        bool remove = false;
        QString entityId;
        QString entityName;
        std::optional<ExpectedMapping> expected; // what the editor loaded
    };

    MappingCommand(AdminSession *session, QString integrationId, QList<Edit> edits, const QString &text);

    Result<void> apply() override;
    Result<void> revert() override;
    void announce() override;

private:
    Result<QHash<QString, Mapping>> current();

    QString m_integrationId;
    QList<Edit> m_edits;
    QHash<QString, std::optional<Mapping>> m_before; // by organization id
    QHash<QString, std::optional<Mapping>> m_after;
};

} // namespace bifrost
