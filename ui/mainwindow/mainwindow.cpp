#include "mainwindow.h"

#include "commands/organizationcommands.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/newintegrationdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/sdkwizard.h"
#include "dialogs/teamdialog.h"
#include "example/exampledata.h"
#include "oauth/oauthservice.h"
#include "pages/integration/organizationstab.h"
#include "pages/integration/overridesmatrixtab.h"
#include "pages/integrationpage.h"
#include "pages/organizationpage.h"
#include "secrets/secretstore.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bifrost {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
constexpr int statusMessageMs = 15000;
// Tokens expire with time alone: the attention count is read again this often (one query).
constexpr int oauthAttentionMs = 30000;

} // namespace

MainWindow::MainWindow(AdminSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new NavigationModel(session, this))
    , m_filter(new QSortFilterProxyModel(this)) {
    setWindowTitle(tr("Bifrost Admin"));
    setObjectName(QStringLiteral("mainWindow"));

    m_filter->setSourceModel(m_navigation);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(NavigationModel::SearchRole);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_integrationPage = new IntegrationPage(session, m_stack);
    m_integrationPage->setObjectName(QStringLiteral("integrationPage"));
    m_organizationPage = new OrganizationPage(session, m_stack);
    m_stack->addWidget(createWelcomePage());
    m_stack->addWidget(m_integrationPage);
    m_stack->addWidget(m_organizationPage);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(createNavigation());
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 740});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createMenus();
    createStatusBar();

    connect(m_navigation, &NavigationModel::modelReset, this, &MainWindow::navigationReloaded);
    connect(m_navigation, &NavigationModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusMessageMs); });
    connect(session, &AdminSession::commandFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusMessageMs); });
    connect(session, &AdminSession::externalChangesAnnounced, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, statusMessageMs); });
    connect(m_organizationPage, &OrganizationPage::integrationActivated, this, [this](const QString &id) {
        const QString organizationId = m_organizationPage->organizationId();
        if (open(Kind::Integration, id))
            m_integrationPage->showOrganization(organizationId);
    });

    connect(session, &AdminSession::oauthChanged, this, &MainWindow::updateOAuthAttention);
    connect(session, &AdminSession::everythingChanged, this, &MainWindow::updateOAuthAttention);
    connect(session, &AdminSession::integrationsChanged, this, &MainWindow::updateOAuthAttention);
    connect(session, &AdminSession::organizationsChanged, this, &MainWindow::updateOAuthAttention);
    m_oauthTimer = new QTimer(this);
    m_oauthTimer->setInterval(oauthAttentionMs);
    connect(m_oauthTimer, &QTimer::timeout, this, &MainWindow::updateOAuthAttention);
    m_oauthTimer->start();
    session->oauth().startBackgroundRefresh();
    updateOAuthAttention();

    resize(1100, 700);
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());

    m_tree->expandAll();
    updateWelcome();
    if (!m_navigation->lastError().isEmpty())
        statusBar()->showMessage(m_navigation->lastError(), statusMessageMs);
}

MainWindow::~MainWindow() {
    m_session->oauth().stopBackgroundRefresh();
}

QWidget *MainWindow::createNavigation() {
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigationPanel"));
    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("navigationSearch"));
    m_search->setAccessibleName(tr("Search integrations and organizations"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_tree = new QTreeView(panel);
    m_tree->setObjectName(QStringLiteral("navigationTree"));
    m_tree->setAccessibleName(tr("Integrations and organizations"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true); // thousands of organizations
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::filterChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { navigationCurrentChanged(current); });
    return panel;
}

QWidget *MainWindow::createWelcomePage() {
    m_welcome = new QWidget(this);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Bifrost Admin"), m_welcome);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_welcomeText = new QLabel(m_welcome);
    m_welcomeText->setObjectName(QStringLiteral("welcomeText"));
    m_welcomeText->setWordWrap(true);
    m_welcomeError = new QLabel(m_welcome);
    m_welcomeError->setObjectName(QStringLiteral("welcomeError"));
    m_welcomeError->setWordWrap(true);
    m_welcomeError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_welcomeError->hide();

    m_loadExamples = new QPushButton(tr("&Load example data"), m_welcome);
    m_loadExamples->setObjectName(QStringLiteral("loadExampleData"));
    m_loadExamples->setToolTip(tr("A HaloPSA-like and a Microsoft Graph-like integration and a few "
                                  "organizations with mappings and overrides"));
    auto *create = new QPushButton(tr("&Create integration…"), m_welcome);
    create->setObjectName(QStringLiteral("welcomeNewIntegration"));
    connect(m_loadExamples, &QPushButton::clicked, this, &MainWindow::loadExamplesNow);
    connect(create, &QPushButton::clicked, this, &MainWindow::newIntegration);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_loadExamples);
    buttons->addWidget(create);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(m_welcome);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(title);
    layout->addWidget(m_welcomeText);
    layout->addLayout(buttons);
    layout->addWidget(m_welcomeError);
    layout->addStretch();
    return m_welcome;
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newIntegrationAction =
        file->addAction(tr("&New Integration…"), this, &MainWindow::newIntegration);
    newIntegrationAction->setObjectName(QStringLiteral("actionNewIntegration"));
    newIntegrationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *newOrganizationAction =
        file->addAction(tr("New &Organization…"), this, &MainWindow::newOrganization);
    newOrganizationAction->setObjectName(QStringLiteral("actionNewOrganization"));
    newOrganizationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    QAction *examples = file->addAction(tr("Load &Example Data…"), this, &MainWindow::loadExampleData);
    examples->setObjectName(QStringLiteral("actionLoadExampleData"));
    QAction *exportAction = file->addAction(tr("E&xport…"), this, &MainWindow::exportIntegrations);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::importIntegrations);
    importAction->setObjectName(QStringLiteral("actionImport"));
    QAction *reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setObjectName(QStringLiteral("actionReload"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(preferenceKeys);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setMenuRole(QAction::QuitRole);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, &MainWindow::find);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *generateSdk = tools->addAction(tr("Generate &SDK…"), this, [this] {
        if (m_currentKind != Kind::Integration) {
            statusBar()->showMessage(tr("Open an integration first: the SDK reads its settings."),
                                     statusMessageMs);
            return;
        }
        SdkWizard *wizard = SdkWizard::start(m_session, m_currentId, this);
        connect(wizard, &SdkWizard::sdkGenerated, this,
                [this](const QString &summary) { statusBar()->showMessage(summary, statusMessageMs); });
        returnFocusAfter(wizard);
    });
    generateSdk->setObjectName(QStringLiteral("actionGenerateSdk"));
    connect(tools, &QMenu::aboutToShow, this,
            [this, generateSdk] { generateSdk->setEnabled(m_currentKind == Kind::Integration); });
    tools->addSeparator();
    m_teamAction = tools->addAction(tr("&Team…"), this, &MainWindow::showTeam);
    m_teamAction->setObjectName(QStringLiteral("actionTeam"));
    tools->setToolTipsVisible(true);
    setTeam(nullptr);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Bifrost Admin"), this, [this] {
        QMessageBox::about(
            this, tr("About Bifrost Admin"),
            tr("Bifrost Admin %1\nIntegration settings, per-organization overrides and OAuth for "
               "MSP automation.")
                .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar() {
    auto *dbLabel =
        new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_session->store().path())), this);
    dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(dbLabel);
    const QString backend =
        m_session->store().secrets() ? m_session->store().secrets()->description() : tr("none");
    m_secretsLabel = new QLabel(tr("Secrets: %1").arg(backend), this);
    m_secretsLabel->setObjectName(QStringLiteral("secretsLabel"));
    m_secretsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_secretsLabel);

    m_oauthAttention = new QPushButton(this);
    m_oauthAttention->setObjectName(QStringLiteral("oauthAttentionButton"));
    m_oauthAttention->setFlat(true);
    m_oauthAttention->setAutoDefault(true); // Enter opens it too, not only Space
    m_oauthAttention->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_oauthAttention->setCursor(Qt::PointingHandCursor);
    m_oauthAttention->hide();
    connect(m_oauthAttention, &QPushButton::clicked, this, &MainWindow::openOAuthAttention);
    statusBar()->insertPermanentWidget(0, m_oauthAttention);
}

void MainWindow::setSecretsWarning(const QString &message) {
    m_secretsLabel->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_secretsLabel->setToolTip(message);
    if (!message.isEmpty())
        statusBar()->showMessage(message, statusMessageMs);
}

void MainWindow::updateOAuthAttention() {
    auto statuses = m_session->oauth().statuses({}, m_session->oauth().now());
    QStringList lines;
    m_attentionIntegrationId.clear();
    m_attentionOrganizationId.clear();
    if (statuses) {
        for (const oauth::ConnectionStatus &s : std::as_const(*statuses)) {
            if (!needsAttention(s.status))
                continue;
            if (lines.isEmpty()) {
                m_attentionIntegrationId = s.integrationId;
                m_attentionOrganizationId = s.organizationId;
            }
            const QString connection =
                s.organizationId.isEmpty() ? tr("default connection") : s.organizationName;
            const QString state =
                s.status == TokenStatus::Failed ? tr("failed, connect again") : tr("expired");
            lines << tr("%1, %2: %3").arg(s.integrationName, connection, state);
        }
    }
    const int count = int(lines.size());
    if (count == 0) {
        m_oauthAttention->hide();
        return;
    }
    m_oauthAttention->setText(count == 1 ? tr("1 connection needs attention")
                                         : tr("%n connections need attention", nullptr, count));
    m_oauthAttention->setToolTip(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                 tr("Click to open the first one's OAuth tab."));
    m_oauthAttention->setAccessibleName(m_oauthAttention->text());
    m_oauthAttention->show();
}

void MainWindow::openOAuthAttention() {
    if (m_attentionIntegrationId.isEmpty())
        return;
    const QString organizationId = m_attentionOrganizationId;
    if (openIntegration(m_attentionIntegrationId))
        m_integrationPage->showOAuthConnection(organizationId);
}

// ---- navigation

bool MainWindow::openIntegration(const QString &integrationId) {
    return open(Kind::Integration, integrationId);
}

bool MainWindow::openOrganization(const QString &organizationId) {
    return open(Kind::Organization, organizationId);
}

bool MainWindow::open(Kind kind, const QString &id) {
    if (!m_navigation->indexOf(kind, id).isValid())
        return false;
    if (kind != m_currentKind || id != m_currentId) {
        if (!confirmLeave()) {
            selectInNavigation(m_currentKind, m_currentId, false);
            return false;
        }
        showPage(kind, id);
    }
    selectInNavigation(kind, id, true);
    return true;
}

bool MainWindow::confirmLeave() {
    if (m_stack->currentWidget() == m_integrationPage)
        return m_integrationPage->confirmLeave();
    if (m_stack->currentWidget() == m_organizationPage)
        return m_organizationPage->confirmLeave();
    return true;
}

void MainWindow::showPage(Kind kind, const QString &id) {
    m_currentKind = kind;
    m_currentId = id;
    switch (kind) {
    case Kind::Integration:
        m_integrationPage->setIntegration(id);
        m_stack->setCurrentWidget(m_integrationPage);
        break;
    case Kind::Organization:
        m_organizationPage->setOrganization(id);
        m_stack->setCurrentWidget(m_organizationPage);
        break;
    case Kind::Section: {
        m_currentId.clear();
        // Hiding or clearing the page would pass the focus to the search field, where Ctrl+Z
        // edits text: the navigation keeps the keyboard on the app's commands instead.
        QWidget *focus = QApplication::focusWidget();
        const bool focusOnPage = focus && m_stack->isAncestorOf(focus);
        // Nothing stays loaded for an item that is gone; the pages stop listening to it.
        if (!m_integrationPage->integrationId().isEmpty())
            m_integrationPage->setIntegration({});
        if (!m_organizationPage->organizationId().isEmpty())
            m_organizationPage->setOrganization({});
        updateWelcome();
        m_stack->setCurrentWidget(m_welcome);
        if (focusOnPage)
            m_tree->setFocus(Qt::OtherFocusReason);
        break;
    }
    }
    updateTitle();
}

void MainWindow::updateTitle() {
    const QModelIndex item = m_navigation->indexOf(m_currentKind, m_currentId);
    setWindowTitle(item.isValid() ? tr("%1 – Bifrost Admin").arg(item.data().toString())
                                  : tr("Bifrost Admin"));
}

void MainWindow::selectInNavigation(Kind kind, const QString &id, bool clearSearchIfHidden) {
    const QModelIndex source = m_navigation->indexOf(kind, id);
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (source.isValid() && !proxy.isValid() && clearSearchIfHidden) {
        m_search->clear();
        proxy = m_filter->mapFromSource(source);
    }
    const QScopedValueRollback<bool> syncing(m_syncingNavigation, true);
    if (proxy.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
        m_tree->scrollTo(proxy);
    } else {
        m_tree->selectionModel()->clearSelection();
    }
}

void MainWindow::navigationCurrentChanged(const QModelIndex &current) {
    if (m_syncingNavigation || !current.isValid())
        return;
    const Kind kind = NavigationModel::kindOf(current);
    if (kind == Kind::Section)
        return;
    const QString id = NavigationModel::idOf(current);
    if (kind == m_currentKind && id == m_currentId)
        return;
    if (!confirmLeave()) {
        // Put the selection back once the view has finished handling the click or key.
        QMetaObject::invokeMethod(
            this, [this] { selectInNavigation(m_currentKind, m_currentId, false); }, Qt::QueuedConnection);
        return;
    }
    showPage(kind, id);
}

void MainWindow::navigationReloaded() {
    m_tree->expandAll();
    if (m_currentKind != Kind::Section && !m_navigation->indexOf(m_currentKind, m_currentId).isValid())
        showPage(Kind::Section, {}); // deleted, here or elsewhere
    else
        updateTitle(); // a rename
    selectInNavigation(m_currentKind, m_currentId, false);
    updateWelcome();
}

void MainWindow::filterChanged(const QString &text) {
    m_filter->setFilterFixedString(text.trimmed());
    m_tree->expandAll();
    selectInNavigation(m_currentKind, m_currentId, false);
}

QModelIndex MainWindow::firstVisibleItem() const {
    for (int section = 0; section < m_filter->rowCount(); ++section) {
        const QModelIndex parent = m_filter->index(section, 0);
        if (m_filter->rowCount(parent) > 0)
            return m_filter->index(0, 0, parent);
    }
    return {};
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down: {
            // From the search straight into the results, as in a launcher.
            const QModelIndex first = firstVisibleItem();
            m_tree->setFocus(Qt::TabFocusReason);
            if (first.isValid() && !m_tree->selectionModel()->currentIndex().isValid())
                m_tree->setCurrentIndex(first);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (const QModelIndex first = firstVisibleItem(); first.isValid()) {
                m_tree->setCurrentIndex(first);
                focusCurrentPage();
            }
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::find() {
    // A tab with a search of its own gets it first; Ctrl+F again, from there, the navigation's.
    QLineEdit *target = m_search;
    if (m_stack->currentWidget() == m_integrationPage) {
        QLineEdit *tabSearch = nullptr;
        const QWidget *tab = m_integrationPage->tabs()->currentWidget();
        if (tab == m_integrationPage->organizationsTab())
            tabSearch = m_integrationPage->organizationsTab()->searchField();
        else if (tab == m_integrationPage->overridesMatrixTab())
            tabSearch = m_integrationPage->overridesMatrixTab()->searchField();
        if (tabSearch && QApplication::focusWidget() != tabSearch)
            target = tabSearch;
    }
    target->setFocus(Qt::ShortcutFocusReason);
    target->selectAll();
}

void MainWindow::focusCurrentPage() {
    if (m_stack->currentWidget() == m_integrationPage)
        m_integrationPage->tabs()->setFocus(Qt::OtherFocusReason);
    else if (m_stack->currentWidget() == m_organizationPage)
        m_organizationPage->table()->setFocus(Qt::OtherFocusReason);
}

// Window managers, and the offscreen platform not at all, do not always give the focus back to
// the window when a dialog closes; without it the next shortcut would go nowhere.
void MainWindow::returnFocusAfter(QDialog *dialog) {
    connect(dialog, &QDialog::finished, this, [this] {
        if (!QApplication::activeModalWidget()) // not when the dialog opened another one
            activateWindow();
    });
}

// ---- welcome page and commands

void MainWindow::updateWelcome() {
    const bool empty =
        m_navigation->lastError().isEmpty() &&
        m_navigation->rowCount(m_navigation->sectionIndex(NavigationModel::IntegrationsSection)) == 0 &&
        m_navigation->rowCount(m_navigation->sectionIndex(NavigationModel::OrganizationsSection)) == 0;
    m_loadExamples->setVisible(empty);
    m_welcomeText->setText(
        empty
            ? tr("This database is empty. Load the example data to look around with a HaloPSA-like and a "
                 "Microsoft Graph-like integration and a few organizations, or create your first "
                 "integration.")
            : tr("Choose an integration or an organization on the left. Ctrl+F searches them, Ctrl+N creates "
                 "an integration."));
    if (!empty)
        m_welcomeError->hide();
}

void MainWindow::loadExampleData() {
    auto *box = new QMessageBox(QMessageBox::Question, tr("Load Example Data"),
                                tr("Load the example integrations and organizations into %1?")
                                    .arg(QDir::toNativeSeparators(m_session->store().path())),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("loadExampleDataDialog"));
    box->setInformativeText(tr("Example data can only be loaded into an empty database, and loading it "
                               "cannot be undone."));
    QPushButton *load = box->addButton(tr("&Load"), QMessageBox::AcceptRole);
    box->setDefaultButton(load);
    connect(load, &QPushButton::clicked, this, &MainWindow::loadExamplesNow);
    returnFocusAfter(box);
    box->open();
}

void MainWindow::loadExamplesNow() {
    if (auto loaded = bifrost::loadExampleData(m_session->store()); !loaded) {
        m_welcomeError->setText(loaded.error().message);
        m_welcomeError->show();
        statusBar()->showMessage(loaded.error().message, statusMessageMs);
        return;
    }
    m_welcomeError->hide();
    m_session->announceEverythingChanged();
    const QModelIndex integrations = m_navigation->sectionIndex(NavigationModel::IntegrationsSection);
    if (m_navigation->rowCount(integrations) > 0)
        openIntegration(NavigationModel::idOf(m_navigation->index(0, 0, integrations)));
    statusBar()->showMessage(tr("Example data loaded."), statusMessageMs);
}

void MainWindow::newIntegration() {
    auto *dialog = new NewIntegrationDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (openIntegration(dialog->createdId()))
            focusCurrentPage();
    });
    returnFocusAfter(dialog);
    dialog->open();
}

void MainWindow::newOrganization() {
    openNewOrganizationDialog({}, {});
}

void MainWindow::openNewOrganizationDialog(const QString &text, const QString &error) {
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("newOrganizationDialog"));
    dialog->setWindowTitle(tr("New Organization"));
    dialog->setLabelText(error.isEmpty() ? tr("Name of the organization:")
                                         : error + QStringLiteral("\n\n") + tr("Name of the organization:"));
    dialog->setTextValue(text);
    // The label changes with the error message; the name of the field does not.
    if (auto *edit = dialog->findChild<QLineEdit *>())
        edit->setAccessibleName(tr("Organization name"));
    dialog->setOkButtonText(tr("&Add"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        auto command = std::make_unique<AddOrganizationCommand>(m_session, name);
        AddOrganizationCommand *added = command.get();
        if (auto done = m_session->execute(std::move(command)); !done) {
            openNewOrganizationDialog(name, done.error().message);
            return;
        }
        if (openOrganization(added->createdId()))
            focusCurrentPage();
    });
    returnFocusAfter(dialog);
    dialog->open();
}

void MainWindow::exportIntegrations() {
    auto *dialog = new ExportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &, const QString &summary) {
        statusBar()->showMessage(summary, statusMessageMs);
    });
    returnFocusAfter(dialog);
    dialog->open();
}

void MainWindow::importIntegrations() {
    if (!confirmLeave()) // the import reloads every view: edits not yet applied would be lost
        return;
    auto *dialog = new ImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, statusMessageMs); });
    returnFocusAfter(dialog);
    dialog->open();
}

void MainWindow::showPreferences() {
    auto *dialog = new PreferencesDialog(m_session->store().path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Preferences saved; they apply the next time Bifrost Admin starts."),
                                 statusMessageMs);
    });
    returnFocusAfter(dialog);
    dialog->open();
}

void MainWindow::setTeam(team::Team *team) {
    m_team = team;
    m_teamAction->setEnabled(m_team != nullptr);
    m_teamAction->setToolTip(m_team ? tr("Members, roles and the team key of this shared database.")
                                    : tr("Team mode needs a shared PostgreSQL database "
                                         "(postgresql://USER@HOST:PORT/DBNAME); choose one in Preferences."));
}

void MainWindow::showTeam() {
    if (!m_team)
        return;
    auto *dialog = new TeamDialog(m_session->store(), *m_team, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusAfter(dialog);
    dialog->open();
}

void MainWindow::reload() {
    m_session->announceEverythingChanged();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!confirmLeave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
    event->accept();
}

} // namespace bifrost
