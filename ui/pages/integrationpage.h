#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QTabWidget;

namespace bifrost {

class AdminSession;
class IntegrationTab;
class OverviewTab;
class SchemaTab;
class DefaultsTab;
class OrganizationsTab;
class OverridesMatrixTab;
class OAuthTab;
class HistoryTab;

// Everything about one integration, in tabs: Overview, Schema, Defaults, Organizations, the
// overrides matrix and OAuth. Tabs load lazily: only the visible one reads the store when the
// page opens another integration, and the others when they are first shown.
class IntegrationPage : public QWidget {
    Q_OBJECT
public:
    explicit IntegrationPage(AdminSession *session, QWidget *parent = nullptr);

    void setIntegration(const QString &integrationId);
    QString integrationId() const { return m_integrationId; }

    // False when a tab holds unsaved edits and the admin chose to stay.
    bool confirmLeave();

    // The Organizations tab with this organization selected and its overrides open; with a key,
    // the focus goes to that key's editor, else to the table. Used by the overview's missing
    // values, the overrides matrix and the organization page.
    void showOrganization(const QString &organizationId, const QString &key = {});
    // The OAuth tab with that connection selected (empty: the default connection) and focused.
    void showOAuthConnection(const QString &organizationId);

    QTabWidget *tabs() const { return m_tabs; }
    OverviewTab *overviewTab() const { return m_overview; }
    SchemaTab *schemaTab() const { return m_schema; }
    DefaultsTab *defaultsTab() const { return m_defaults; }
    OrganizationsTab *organizationsTab() const { return m_organizations; }
    OverridesMatrixTab *overridesMatrixTab() const { return m_matrix; }
    OAuthTab *oauthTab() const { return m_oauth; }
    HistoryTab *historyTab() const { return m_history; }

private:
    void loadCurrentTab();

    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    SchemaTab *m_schema;
    DefaultsTab *m_defaults;
    OrganizationsTab *m_organizations;
    OverridesMatrixTab *m_matrix;
    OAuthTab *m_oauth;
    HistoryTab *m_history;
    QList<IntegrationTab *> m_all;
    QList<IntegrationTab *> m_loaded; // tabs that show m_integrationId
    QString m_integrationId;
};

} // namespace bifrost
