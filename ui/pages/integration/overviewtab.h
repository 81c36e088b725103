#pragma once

#include "pages/integrationtab.h"

namespace bifrost {

// TODO(issue 3): placeholder until this tab is built.
class OverviewTab final : public IntegrationTab {
    Q_OBJECT
public:
    explicit OverviewTab(AdminSession *session, QWidget *parent = nullptr);

    void setIntegration(const QString &integrationId) override;

private:
    QString m_integrationId;
};

} // namespace bifrost
