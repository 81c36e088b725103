#pragma once

#include "common/result.h"
#include "model/history.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace bifrost {

class AdminSession;

// The change history as a table, newest first: every entry, or those of one integration and/or
// one organization. Loads one page at a time (reload() the newest, loadMore() the next older
// page), so a long history costs only what is on screen. The model does not reload by itself:
// HistoryView decides when (only while visible).
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        IntegrationColumn,
        OrganizationColumn, // the organization, or "Default" for a default value
        KeyColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64
        ActionRole,                     // the action code, e.g. "config.set"
        SecretRole,                     // bool
    };

    explicit HistoryModel(AdminSession *session, QObject *parent = nullptr);

    // Which entries to list (ids; empty: any). Takes effect at the next reload().
    void setFilter(const QString &integrationId, const QString &organizationId);
    // Lists nothing (a page that shows no integration or organization) until setFilter().
    void clearFilter();
    bool isActive() const { return m_active; }
    QString integrationId() const { return m_integrationId; }
    QString organizationId() const { return m_organizationId; }
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    // The newest page again, as many entries as are loaded now (at least one page), so that a
    // reload after "Load more" keeps the rows the admin was looking at.
    void reload();
    // Appends the next older page.
    void loadMore();
    bool canLoadMore() const { return m_hasMore; }
    // The error of the last load, empty when it succeeded.
    QString loadError() const { return m_loadError; }

    const QList<HistoryEntry> &entries() const { return m_rows; }

    // A human name for an action code ("config.set" -> "Value set").
    static QString actionText(const QString &action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every reload() and loadMore(), successful or not.
    void loaded();

private:
    Result<QList<HistoryEntry>> fetch(qint64 beforeId, int limit);

    AdminSession *m_session;
    QString m_integrationId;
    QString m_organizationId;
    int m_pageSize = 100;
    bool m_active = false;
    QList<HistoryEntry> m_rows;
    bool m_hasMore = false;
    QString m_loadError;
};

} // namespace bifrost
