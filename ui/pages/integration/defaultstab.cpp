#include "defaultstab.h"

namespace bifrost {

DefaultsTab::DefaultsTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent) {}

void DefaultsTab::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
}

} // namespace bifrost
