#include "overridesmatrixtab.h"

namespace bifrost {

OverridesMatrixTab::OverridesMatrixTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent) {}

void OverridesMatrixTab::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
}

} // namespace bifrost
