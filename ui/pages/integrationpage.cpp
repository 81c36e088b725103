#include "integrationpage.h"

#include "dialogs/sdkwizard.h"
#include "integration/defaultstab.h"
#include "integration/historytab.h"
#include "integration/oauthtab.h"
#include "integration/organizationstab.h"
#include "integration/overridesmatrixtab.h"
#include "integration/overviewtab.h"
#include "integration/schematab.h"
#include "widgets/configformview.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bifrost {

IntegrationPage::IntegrationPage(AdminSession *session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(session, this))
    , m_schema(new SchemaTab(session, this))
    , m_defaults(new DefaultsTab(session, this))
    , m_organizations(new OrganizationsTab(session, this))
    , m_matrix(new OverridesMatrixTab(session, this))
    , m_oauth(new OAuthTab(session, this))
    , m_history(new HistoryTab(session, this)) {
    m_tabs->setObjectName(QStringLiteral("integrationTabs"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_schema, tr("&Schema"));
    m_tabs->addTab(m_defaults, tr("&Defaults"));
    m_tabs->addTab(m_organizations, tr("Or&ganizations"));
    m_tabs->addTab(m_matrix, tr("Overrides &matrix"));
    // No mnemonic: Alt+O is the Overview's, and the tab keeps the other letters for its buttons.
    m_tabs->addTab(m_oauth, tr("OAuth"));
    // No mnemonic: Alt+H opens the Help menu and Alt+Y is the OAuth tab's Copy button.
    m_tabs->addTab(m_history, tr("History"));
    m_all = {m_overview, m_schema, m_defaults, m_organizations, m_matrix, m_oauth, m_history};
    // Integration-wide actions beside the tabs. No mnemonic: the tabs' letters are taken;
    // Tools > Generate SDK… has one.
    auto *generateSdk = new QPushButton(tr("Generate SDK…"), m_tabs);
    generateSdk->setObjectName(QStringLiteral("generateSdkButton"));
    generateSdk->setToolTip(tr("Generate a typed Python SDK for this integration from an OpenAPI spec"));
    generateSdk->setAutoDefault(false);
    connect(generateSdk, &QPushButton::clicked, this, [this, session] {
        if (!m_integrationId.isEmpty())
            SdkWizard::start(session, m_integrationId, this);
    });
    m_tabs->setCornerWidget(generateSdk, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &IntegrationPage::loadCurrentTab);
    connect(m_overview, &OverviewTab::organizationActivated, this,
            [this](const QString &organizationId) { showOrganization(organizationId); });
    connect(m_matrix, &OverridesMatrixTab::organizationActivated, this, &IntegrationPage::showOrganization);
}

void IntegrationPage::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
    m_loaded.clear();
    loadCurrentTab();
}

void IntegrationPage::loadCurrentTab() {
    auto *tab = qobject_cast<IntegrationTab *>(m_tabs->currentWidget());
    if (!tab || m_loaded.contains(tab))
        return;
    m_loaded << tab;
    tab->setIntegration(m_integrationId);
}

void IntegrationPage::showOrganization(const QString &organizationId, const QString &key) {
    if (m_integrationId.isEmpty() || organizationId.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_organizations); // loads the tab the first time
    m_organizations->selectOrganization(organizationId);
    // Another organization's unsaved overrides the admin chose to keep stay on screen instead.
    if (m_organizations->shownOrganizationId() != organizationId)
        return;
    QWidget *editor = key.isEmpty() ? nullptr : m_organizations->formView()->editorFor(key);
    if (editor)
        editor->setFocus(Qt::OtherFocusReason);
    else
        m_organizations->table()->setFocus(Qt::OtherFocusReason);
}

void IntegrationPage::showOAuthConnection(const QString &organizationId) {
    if (m_integrationId.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_oauth); // loads the tab the first time
    m_oauth->selectConnection(organizationId);
    m_oauth->connectionsTable()->setFocus(Qt::OtherFocusReason);
}

bool IntegrationPage::confirmLeave() {
    for (IntegrationTab *tab : std::as_const(m_all)) {
        if (m_loaded.contains(tab) && !tab->confirmLeave()) {
            m_tabs->setCurrentWidget(tab);
            return false;
        }
    }
    return true;
}

} // namespace bifrost
