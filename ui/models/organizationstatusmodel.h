#pragma once

#include "model/oauth.h"
#include "statuscells.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace bifrost {

class AdminSession;

// Every organization as one integration sees it: the rows of the Organizations tab. Loads with
// one store call (organizationStatuses) and one OAuth statuses() call, and keeps, per row, a
// folded search text so that the filter proxy never touches the store while the admin types.
// Editing the entity id or name executes a MappingCommand that expects the mapping this model
// loaded, so a mapping changed by another window is never overwritten silently.
class OrganizationStatusModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    // The columns after the first are those an organization's page shows too (statuscells.h).
    enum Column {
        OrganizationColumn,
        EntityIdColumn = int(StatusColumn::EntityId),
        EntityNameColumn = int(StatusColumn::EntityName),
        OverridesColumn = int(StatusColumn::Overrides),
        MissingColumn = int(StatusColumn::Missing),
        ConnectionColumn, // OAuth: the organization's own connection, or "default"
        ColumnCount
    };
    enum Role {
        OrganizationIdRole = Qt::UserRole + 1,
        SearchTextRole,       // organization name, entity id and name, case-folded
        MappedRole,           // bool: has a mapping with an entity id
        MissingRequiredRole,  // bool: at least one required key has no value
        OverrideCountRole,    // int
        ConnectionStatusRole, // int(TokenStatus) of the organization's own connection
    };

    explicit OrganizationStatusModel(AdminSession *session, QObject *parent = nullptr);

    // Loads the integration (by id); an empty id empties the model.
    void setIntegration(const QString &integrationId);
    QString integrationId() const { return m_integrationId; }
    // Reads the store again. Rows keep their place when the same organizations come back, so
    // selections and open editors survive a reload.
    void reload();
    // The error of the last load, empty when it succeeded.
    QString loadError() const { return m_loadError; }

    const OrganizationStatus &status(int row) const { return m_rows.at(row); }
    const QList<OrganizationStatus> &statuses() const { return m_rows; }
    int rowOf(const QString &organizationId) const { return m_rowById.value(organizationId, -1); }
    QString entityIdLabel() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A load or an edit failed; the message is for the admin.
    void errorOccurred(const QString &message);

private:
    void onChanged(const QString &integrationId);
    bool usesDefaultConnection(const QString &organizationId) const;
    QString connectionText(const QString &organizationId) const;
    void setRows(QList<OrganizationStatus> rows);

    AdminSession *m_session;
    QString m_integrationId;
    QString m_entityIdLabel;
    QString m_loadError;
    QList<OrganizationStatus> m_rows;
    QList<QString> m_searchText; // parallel to m_rows
    QHash<QString, int> m_rowById;
    // OAuth: empty without settings; the default connection under the empty id.
    QHash<QString, TokenStatus> m_connections;
};

} // namespace bifrost
