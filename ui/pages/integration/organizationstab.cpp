#include "organizationstab.h"

namespace bifrost {

OrganizationsTab::OrganizationsTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent) {}

void OrganizationsTab::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
}

} // namespace bifrost
