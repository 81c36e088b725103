#include "historyview.h"

#include "models/historymodel.h"
#include "session/adminsession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bifrost {

HistoryView::HistoryView(AdminSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new HistoryModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_loadMore(new QPushButton(tr("Load &more"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("historyView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column

    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter the loaded entries (key, organization, who, value…)"));
    m_filter->setAccessibleName(tr("Filter history"));
    m_filter->setClearButtonEnabled(true);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Change history, newest first"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_loadMore->setObjectName(QStringLiteral("historyLoadMore"));
    m_loadMore->setToolTip(tr("Show the next older entries"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_loadMore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &HistoryView::updateState);
    connect(m_loadMore, &QPushButton::clicked, m_model, &HistoryModel::loadMore);
    connect(m_model, &HistoryModel::loaded, this, &HistoryView::updateState);

    // Every change is recorded, so any announced change can add an entry.
    for (auto signal : {&AdminSession::integrationChanged, &AdminSession::configChanged,
                        &AdminSession::mappingsChanged, &AdminSession::oauthChanged})
        connect(session, signal, this, &HistoryView::markStale);
    for (auto signal : {&AdminSession::organizationsChanged, &AdminSession::integrationsChanged,
                        &AdminSession::everythingChanged})
        connect(session, signal, this, &HistoryView::markStale);
    updateState();
}

void HistoryView::setFilter(const QString &integrationId, const QString &organizationId) {
    m_model->setFilter(integrationId, organizationId);
    m_table->setColumnHidden(HistoryModel::IntegrationColumn, !integrationId.isEmpty());
    m_table->setColumnHidden(HistoryModel::OrganizationColumn, !organizationId.isEmpty());
    markStale();
}

void HistoryView::clearFilter() {
    m_model->clearFilter();
    markStale();
}

void HistoryView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void HistoryView::markStale() {
    m_stale = true;
    if (isVisible())
        reload();
}

void HistoryView::reload() {
    m_stale = false;
    const bool fresh = m_model->rowCount() == 0;
    m_model->reload();
    if (fresh)
        m_table->resizeColumnsToContents();
}

void HistoryView::updateState() {
    m_loadMore->setEnabled(m_model->canLoadMore());
    if (!m_model->loadError().isEmpty()) {
        m_status->setText(m_model->loadError());
        return;
    }
    const int loaded = m_model->rowCount();
    if (loaded == 0)
        m_status->setText(tr("No changes recorded."));
    else if (!m_filter->text().isEmpty())
        m_status->setText(tr("%1 of %n loaded change(s) match", nullptr, loaded).arg(m_proxy->rowCount()));
    else
        m_status->setText(tr("%n change(s) shown", nullptr, loaded));
}

} // namespace bifrost
