#pragma once

#include "models/navigationmodel.h"

#include <QMainWindow>
#include <QString>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace bifrost {

class AdminSession;
class IntegrationPage;
namespace team {
class Team;
}
class OrganizationPage;

// The admin's home. Left: a search field and the navigation tree (Integrations, Organizations),
// filtered as the admin types. Right: the page of the selected item, or a welcome page that
// offers example data on an empty database. Moving to another item first asks the current page
// to save or discard edits not yet saved, and stays when the admin says so; so does closing the
// window. Every menu command has a shortcut or a mnemonic, and Ctrl+Z undoes across the app.
// While the window exists the session's OAuth service refreshes tokens in the background, and
// the status bar counts the connections that need the admin (failed or expired).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AdminSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Show that item's page (selecting it in the navigation, clearing a search that hides it).
    // False when it does not exist or the current page has edits the admin chose to keep.
    bool openIntegration(const QString &integrationId);
    bool openOrganization(const QString &organizationId);

    IntegrationPage *integrationPage() const { return m_integrationPage; }
    OrganizationPage *organizationPage() const { return m_organizationPage; }
    QWidget *welcomePage() const { return m_welcome; }
    QStackedWidget *pages() const { return m_stack; }
    NavigationModel *navigationModel() const { return m_navigation; }
    QSortFilterProxyModel *navigationFilter() const { return m_filter; }
    QTreeView *navigationView() const { return m_tree; }
    QLineEdit *navigationSearch() const { return m_search; }
    // The status bar's "N connections need attention" (failed or expired OAuth connections),
    // hidden when there are none; clicking it (or Enter) opens the first one's OAuth tab.
    QPushButton *oauthAttentionButton() const { return m_oauthAttention; }
    void updateOAuthAttention();
    void openOAuthAttention();
    // The status bar's "Secrets: <backend>"; a warning (the keychain did not answer its probe)
    // turns it red with the message as its tooltip.
    QLabel *secretsLabel() const { return m_secretsLabel; }
    void setSecretsWarning(const QString &message);

    // The menu commands; the dialogs open window-modal without blocking.
    void newIntegration();
    void newOrganization();
    void loadExampleData();
    // File > Export… and Import… (bundles); the import dialog's Import reloads every view.
    void exportIntegrations();
    void importIntegrations();
    void showPreferences();
    // Tools > Team…: the team dialog on a PostgreSQL database (setTeam); on SQLite the entry is
    // disabled and its tooltip says why.
    void showTeam();
    // The Team the app's secret store unlocks through (main sets it on a PostgreSQL database).
    void setTeam(team::Team *team);
    QAction *teamAction() const { return m_teamAction; }
    void reload();
    // Ctrl+F: the search of the Organizations or matrix tab when one is showing, else (or when
    // already there) the navigation's.
    void find();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Kind = NavigationModel::Kind;

    QWidget *createNavigation();
    QWidget *createWelcomePage();
    void createMenus();
    void createStatusBar();

    bool open(Kind kind, const QString &id);
    bool confirmLeave();
    void showPage(Kind kind, const QString &id);
    void updateTitle();
    void focusCurrentPage();
    void returnFocusAfter(QDialog *dialog);
    void selectInNavigation(Kind kind, const QString &id, bool clearSearchIfHidden);
    void navigationCurrentChanged(const QModelIndex &current);
    void navigationReloaded();
    void filterChanged(const QString &text);
    QModelIndex firstVisibleItem() const;
    void updateWelcome();
    void loadExamplesNow();
    void openNewOrganizationDialog(const QString &text, const QString &error);

    AdminSession *m_session;
    NavigationModel *m_navigation;
    QSortFilterProxyModel *m_filter;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcome = nullptr;
    QLabel *m_welcomeText = nullptr;
    QLabel *m_welcomeError = nullptr;
    QPushButton *m_loadExamples = nullptr;
    IntegrationPage *m_integrationPage = nullptr;
    OrganizationPage *m_organizationPage = nullptr;
    QPushButton *m_oauthAttention = nullptr;
    QLabel *m_secretsLabel = nullptr;
    QTimer *m_oauthTimer = nullptr;
    QAction *m_teamAction = nullptr;
    team::Team *m_team = nullptr;
    QString m_attentionIntegrationId; // the first connection that needs attention
    QString m_attentionOrganizationId;

    Kind m_currentKind = Kind::Section; // Section: the welcome page
    QString m_currentId;
    bool m_syncingNavigation = false;
};

} // namespace bifrost
