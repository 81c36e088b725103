#pragma once

#include "model/integration.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace bifrost {

class AdminSession;

// Organizations (rows, named in the vertical header) x schema keys (columns): each cell the
// effective value, the override in bold on a tinted background, the inherited default greyed,
// missing required values marked, secrets masked (never read from the keychain).
//
// Lazy: the row list comes from organizationStatuses (one cheap query), but override values
// are read one page of rows at a time through overridesOf, as the view asks with
// canFetchMore/fetchMore; rowCount() counts only the rows fetched so far, so scrolling never
// loads every override at once. The filters and the search are a model mode (they apply to the
// status list, which is in memory), so a filtered matrix is lazy too.
class OverridesMatrixModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        OrganizationIdRole = Qt::UserRole + 1,
        KeyRole,
        IsOverrideRole, // bool
        IsMissingRole,  // bool: required, with neither an override nor a default
    };

    static constexpr int defaultPageSize = 200;

    explicit OverridesMatrixModel(AdminSession *session, QObject *parent = nullptr);

    void setIntegration(const QString &integrationId);
    QString integrationId() const { return m_integrationId; }
    void reload();
    QString loadError() const { return m_loadError; }

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    void setOnlyOverridden(bool on);
    bool onlyOverridden() const { return m_onlyOverridden; }
    void setOnlyMissingRequired(bool on);
    bool onlyMissingRequired() const { return m_onlyMissing; }
    // Case-insensitive, on the organization name.
    void setSearchText(const QString &text);

    // Rows that match the filters, fetched or not.
    int matchingRowCount() const { return int(m_visible.size()); }
    int totalRowCount() const { return int(m_statuses.size()); }
    // The number of overridesOf calls so far (tests check that fetching is paged).
    int fetchCount() const { return m_fetches; }
    QString organizationId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void onChanged(const QString &integrationId);
    struct OverrideCache {
        QHash<QString, QHash<QString, ConfigValue>> values; // by organization id, then key
        QSet<QString> loaded;                               // organizations whose overrides are read
    };

    // Indexes of `statuses` that pass the filters.
    QList<qsizetype> matching(const QList<OrganizationStatus> &statuses) const;
    void applyFilters(); // resets the model to the first page of matching rows
    // The organizations of visible rows [from, to) whose overrides `skip` does not hold yet.
    static QStringList idsOf(const QList<OrganizationStatus> &statuses, const QList<qsizetype> &visible,
                             qsizetype from, qsizetype to, const OverrideCache &skip);
    // One overridesOf call per page of ids.
    bool readOverrides(const QStringList &ids, OverrideCache &cache);
    const OrganizationStatus &statusAt(int row) const { return m_statuses.at(m_visible.at(row)); }

    AdminSession *m_session;
    QString m_integrationId;
    QString m_loadError;
    Integration m_integration;
    QHash<QString, ConfigValue> m_defaults; // by key
    QList<OrganizationStatus> m_statuses;   // every organization, by name
    QList<qsizetype> m_visible;             // indexes into m_statuses
    int m_fetched = 0;                      // rows of m_visible shown so far
    OverrideCache m_cache;
    int m_pageSize = defaultPageSize;
    int m_fetches = 0;
    bool m_announcing = false; // between begin and end of a reset or an insert
    bool m_onlyOverridden = false;
    bool m_onlyMissing = false;
    QString m_needle;
};

} // namespace bifrost
