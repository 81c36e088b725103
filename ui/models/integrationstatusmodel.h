#pragma once

#include "statuscells.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace bifrost {

class AdminSession;

// Every integration as one organization sees it: the table of the organization page, with the
// mapping, the number of overrides and the required keys that have no value. One store call
// (integrationStatuses) per load; reloads when the session announces a change that can alter a
// row.
class IntegrationStatusModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    // The columns after the first are those the organization table shows too (statuscells.h).
    enum Column {
        IntegrationColumn,
        EntityIdColumn = int(StatusColumn::EntityId),
        EntityNameColumn = int(StatusColumn::EntityName),
        OverridesColumn = int(StatusColumn::Overrides),
        MissingColumn = int(StatusColumn::Missing),
        ColumnCount
    };
    enum Role {
        IntegrationIdRole = Qt::UserRole + 1,
        MissingRequiredRole, // bool: at least one required key has no value
        OverrideCountRole,   // int
    };

    explicit IntegrationStatusModel(AdminSession *session, QObject *parent = nullptr);

    // Loads the organization (by id); an empty id empties the model.
    void setOrganization(const QString &organizationId);
    QString organizationId() const { return m_organizationId; }
    void reload();
    // The error of the last load, empty when it succeeded.
    QString loadError() const { return m_loadError; }

    const QList<IntegrationStatus> &statuses() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    AdminSession *m_session;
    QString m_organizationId;
    QList<IntegrationStatus> m_rows;
    QString m_loadError;
};

} // namespace bifrost
