#pragma once

#include "pages/integrationtab.h"

namespace bifrost {

// TODO(issue 3): placeholder until this tab is built.
class OrganizationsTab final : public IntegrationTab {
    Q_OBJECT
public:
    explicit OrganizationsTab(AdminSession *session, QWidget *parent = nullptr);

    void setIntegration(const QString &integrationId) override;

private:
    QString m_integrationId;
};

} // namespace bifrost
