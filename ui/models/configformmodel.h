#pragma once

#include "common/result.h"
#include "model/configvalue.h"
#include "model/schemafield.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

Q_DECLARE_METATYPE(bifrost::SchemaField)

namespace bifrost {

class AdminSession;

// The configuration of one integration at one level, one row per schema field in schema order:
// the defaults (empty organization) or one organization's overrides, with the default each
// override hides. What the admin types is held as a pending edit, validated at once by core,
// and written only by apply(), as one undoable ConfigEditCommand that expects the values this
// model loaded: a value changed underneath in the meantime is refused, never overwritten.
//
// Secrets are never read until reveal(); a revealed secret lives only in this model, until the
// next reload.
class ConfigFormModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, SourceColumn, ColumnCount };

    enum Role {
        FieldRole = Qt::UserRole + 1, // SchemaField
        KeyRole,                      // QString
        InheritedValueRole,           // the default as text (org level; masked for secrets), or invalid
        HasInheritedRole,             // bool: the org level has a default underneath
        IsOverrideRole,               // bool: the org level sets its own value (pending edits included)
        HasValueRole,                 // bool: this level holds a value (pending edits included)
        IsPendingRole,                // bool
        IsPendingUnsetRole,           // bool: the pending edit removes the value at this level
        ErrorRole,                    // QString: core's message for the pending edit, or empty
        IsSecretConfiguredRole,       // bool: a secret is stored at this level (or replaces it)
        IsRevealedRole,               // bool
        StoredValueRole,              // the value stored at this level as text (secrets masked)
        ChangedUnderneathRole,        // bool: pending, and the stored value changed since the edit began
    };
    Q_ENUM(Role)

    explicit ConfigFormModel(AdminSession *session, QObject *parent = nullptr);

    // Loads the integration's schema and values; an empty organization means the defaults.
    // Pending edits are dropped.
    Result<void> setLevel(const QString &integrationId, const QString &organizationId = {});
    QString integrationId() const { return m_integrationId; }
    QString organizationId() const { return m_organizationId; }
    QString integrationName() const { return m_integrationName; }
    QString organizationName() const { return m_organizationName; }
    bool isOrganizationLevel() const { return !m_organizationId.isEmpty(); }

    // Reads the schema and stored values again, keeping the pending edits (revalidated). A
    // pending edit keeps expecting the value stored when it began, so that a value changed
    // underneath in the meantime (ChangedUnderneathRole) meets the conflict check on apply.
    Result<void> reload();

    const Schema &schema() const { return m_schema; }
    SchemaField field(int row) const;
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole on the Value column: a QString is the value as typed (empty: not set, except for
    // secrets where empty keeps the stored secret); an invalid QVariant unsets the value at
    // this level ("Not set", or "Reset to default" for an organization).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Unsets the value at this level: for an organization, it inherits the default again.
    void resetToDefault(int row);
    // Drops the pending edit of one row.
    void revertRow(int row);

    bool hasPendingEdits() const { return !m_pending.isEmpty(); }
    bool hasErrors() const;
    // In schema order, each expecting the value this model loaded.
    QList<ConfigChange> pendingChanges() const;
    // Writes the pending edits as one undoable command. On failure the edits stay and
    // lastError() says why; after a Conflict the stored values are reloaded underneath, so the
    // next apply overwrites them knowingly.
    Result<void> apply();
    void discard();
    QString lastError() const { return m_lastError; }

    // Reads the secret of a row (this level's, or the inherited default's) from the secret
    // store, once the admin asked for it.
    Result<void> reveal(int row);
    bool isRevealed(int row) const;

Q_SIGNALS:
    void pendingEditsChanged(bool pending);
    void lastErrorChanged(const QString &message);
    // reload() is about to read the stored values: a view hands over text typed but not yet
    // committed, so that it expects what the admin saw.
    void aboutToReload();

private:
    struct PendingEdit {
        bool unset = false;
        QString text;
        std::optional<QJsonValue> parsed; // the canonical value when valid
        QString error;
        std::optional<ConfigValue> base; // stored at this level when the edit began
    };
    struct RevealedSecret {
        QString plain;
        bool inherited = false; // the default's secret, shown under an organization without one
    };
    struct Row {
        SchemaField field;
        std::optional<ConfigValue> stored;    // at this level
        std::optional<ConfigValue> inherited; // the default (organization level only)
    };

    Result<void> load(bool forceReset);
    PendingEdit validated(const SchemaField &field, bool unset, const QString &text) const;
    bool isNoOp(int row, const PendingEdit &edit) const;
    void setPending(int row, std::optional<PendingEdit> edit);
    void rowChanged(int row);
    void setLastError(const QString &message);
    void onConfigChanged(const QString &integrationId);
    QString storedText(int row) const;    // this level, secrets masked; empty when not set
    QString inheritedText(int row) const; // masked for secrets; empty when none
    QString effectiveText(int row) const;
    QString sourceText(int row) const;
    bool hasValueAtLevel(int row) const;

    AdminSession *m_session;
    QString m_integrationId;
    QString m_organizationId;
    QString m_integrationName;
    QString m_organizationName;
    Schema m_schema;
    QList<Row> m_rows;
    QHash<QString, PendingEdit> m_pending;     // by key
    QHash<QString, RevealedSecret> m_revealed; // by key, until the next reload
    QString m_lastError;
    bool m_applying = false;
};

} // namespace bifrost
