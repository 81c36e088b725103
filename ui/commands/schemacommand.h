#pragma once

#include "store/store.h"
#include "storecommand.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace bifrost {

// Replaces the schema of one integration. `expected` is the schema the editor loaded: a schema
// changed underneath is refused (Conflict). Without `force` the store refuses a change that would
// drop stored values; with it they are dropped, and setConfirmedDrops() pins exactly which ones
// the admin agreed to, so that values stored after the preview are never dropped unseen.
//
// Undo is exact: before applying, the command keeps every stored value of the fields the change
// removes or redefines, at every level (secrets in memory only, on the undo stack, never on
// disk). Undo puts the old schema back and writes those values back, so a forced drop and a
// lossy conversion (e.g. text turned into a secret, which a plain field never takes back) are
// undone too. Undo refuses (Conflict) when the schema changed again elsewhere, or when going
// back would drop values that were stored since and that it cannot restore.
class SchemaCommand final : public StoreCommand {
    Q_DECLARE_TR_FUNCTIONS(SchemaCommand)
public:
    SchemaCommand(AdminSession *session, QString integrationId, Schema newSchema, bool force,
                  Schema expected);

    // The values the admin confirmed to drop (from a Preview report); with force, apply refuses
    // when the change would now drop a different set.
    void setConfirmedDrops(const QList<AffectedValue> &dropped);

    // What the last apply did.
    const SchemaChangeReport &report() const { return m_report; }

    Result<void> apply() override;
    Result<void> revert() override;
    void announce() override;

private:
    struct SavedValue {
        QString organizationId; // empty: the default
        QString key;
        QJsonValue value; // the plain secret for a secret value
    };

    Result<QList<SavedValue>> capture(const QStringList &keys);

    QString m_integrationId;
    Schema m_newSchema;
    bool m_force;
    Schema m_expected;
    std::optional<QList<AffectedValue>> m_confirmed;
    Schema m_before; // as stored before apply
    Schema m_after;  // as stored after apply
    QList<SavedValue> m_saved;
    SchemaChangeReport m_report;
};

} // namespace bifrost
