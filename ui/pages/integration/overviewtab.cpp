#include "overviewtab.h"

namespace bifrost {

OverviewTab::OverviewTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent) {}

void OverviewTab::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
}

} // namespace bifrost
