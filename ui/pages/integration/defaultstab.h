#pragma once

#include "pages/integrationtab.h"

namespace bifrost {

class ConfigFormView;

// The integration's default values, in the form generated from its schema. Organizations
// inherit these unless they override them (on the Organizations tab, in the same form).
class DefaultsTab final : public IntegrationTab {
    Q_OBJECT
public:
    explicit DefaultsTab(AdminSession *session, QWidget *parent = nullptr);

    void setIntegration(const QString &integrationId) override;

    bool hasPendingEdits() const override;
    Result<void> savePendingEdits() override;
    void discardPendingEdits() override;

    ConfigFormView *form() const { return m_form; }

private:
    ConfigFormView *m_form;
    QString m_integrationId;
};

} // namespace bifrost
