#include "defaultstab.h"

#include "widgets/configformview.h"

#include <QVBoxLayout>

namespace bifrost {

DefaultsTab::DefaultsTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent)
    , m_form(new ConfigFormView(session, this)) {
    setObjectName(QStringLiteral("defaultsTab"));
    m_form->setObjectName(QStringLiteral("defaultsForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
}

void DefaultsTab::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
    m_form->setLevel(integrationId, {});
}

bool DefaultsTab::hasPendingEdits() const {
    return m_form->hasPendingEdits();
}

Result<void> DefaultsTab::savePendingEdits() {
    return m_form->apply();
}

void DefaultsTab::discardPendingEdits() {
    m_form->discard();
}

} // namespace bifrost
