#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bifrost {

class AdminSession;
class HistoryModel;

// The change history of one integration, one organization or everything: a table, newest
// first, with a filter field (over the loaded rows) and "Load more" for older entries. Every
// change the session announces makes the view stale; it reloads at once while visible and
// otherwise the next time it is shown, so hidden history views cost nothing.
class HistoryView final : public QWidget {
    Q_OBJECT
public:
    explicit HistoryView(AdminSession *session, QWidget *parent = nullptr);

    // Which entries to show (ids; empty: any). The column the filter makes redundant is hidden.
    void setFilter(const QString &integrationId, const QString &organizationId);
    // Shows nothing until setFilter().
    void clearFilter();

    HistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *loadMoreButton() const { return m_loadMore; }
    bool isStale() const { return m_stale; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markStale();
    void reload();
    void updateState();

    AdminSession *m_session;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_loadMore;
    QLabel *m_status;
    bool m_stale = true;
};

} // namespace bifrost
