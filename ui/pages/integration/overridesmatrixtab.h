#pragma once

#include "pages/integrationtab.h"

namespace bifrost {

// TODO(issue 3): placeholder until this tab is built.
class OverridesMatrixTab final : public IntegrationTab {
    Q_OBJECT
public:
    explicit OverridesMatrixTab(AdminSession *session, QWidget *parent = nullptr);

    void setIntegration(const QString &integrationId) override;

private:
    QString m_integrationId;
};

} // namespace bifrost
