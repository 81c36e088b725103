#include "historytab.h"

#include "widgets/historyview.h"

#include <QVBoxLayout>

namespace bifrost {

HistoryTab::HistoryTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent)
    , m_view(new HistoryView(session, this)) {
    setObjectName(QStringLiteral("historyTab"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

void HistoryTab::setIntegration(const QString &integrationId) {
    if (integrationId.isEmpty())
        m_view->clearFilter();
    else
        m_view->setFilter(integrationId, {});
}

} // namespace bifrost
