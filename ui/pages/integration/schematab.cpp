#include "schematab.h"

namespace bifrost {

SchemaTab::SchemaTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent) {}

void SchemaTab::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
}

} // namespace bifrost
