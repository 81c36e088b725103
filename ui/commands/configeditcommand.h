#pragma once

#include "store/store.h"
#include "storecommand.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bifrost {

// Sets or unsets configuration values of one integration at one or more levels, all in one
// transaction: the pending edits of a form, or one key set or reset for many organizations.
// Undo writes back what each key held before (expecting what this command wrote, so an undo
// never overwrites someone else's later change). Secrets that were replaced are kept in memory,
// on the undo stack only, so that undo can restore them; they never reach disk.
class ConfigEditCommand final : public StoreCommand {
public:
    struct LevelEdit {
        QString organizationId; // empty: the integration defaults
        QList<ConfigChange> changes;
    };

    ConfigEditCommand(AdminSession *session, QString integrationId, QList<LevelEdit> edits,
                      const QString &text);

    Result<void> apply() override;
    Result<void> revert() override;
    void announce() override;

private:
    struct Snapshot {
        std::optional<ConfigValue> value;
        QString secretValue; // the plain secret, for undo
    };
    using LevelSnapshot = QHash<QString, Snapshot>; // by key

    Result<QList<LevelSnapshot>> capture(bool withSecrets);

    QString m_integrationId;
    QList<LevelEdit> m_edits;
    QList<LevelSnapshot> m_before; // parallel to m_edits
    QList<LevelSnapshot> m_after;
};

} // namespace bifrost
