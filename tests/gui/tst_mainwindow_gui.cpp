// The main window driven like an admin would: the welcome page on an empty database with its
// example data, Ctrl+F into the search that filters as you type, the navigation opening pages,
// Ctrl+N creating an integration that Ctrl+Z removes again, and Preferences saved for the next
// start. Real widgets under QT_QPA_PLATFORM=offscreen on a real SQLite file.
#include "dialogs/newintegrationdialog.h"
#include "dialogs/preferencesdialog.h"
#include "example/exampledata.h"
#include "guitestutil.h"
#include "mainwindow/mainwindow.h"
#include "models/navigationmodel.h"
#include "models/overridesmatrixmodel.h"
#include "pages/integration/organizationstab.h"
#include "pages/integration/overridesmatrixtab.h"
#include "pages/integration/overviewtab.h"
#include "pages/integrationpage.h"
#include "pages/organizationpage.h"
#include "widgets/configformview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace bifrost;
using coretest::makeField;

namespace {

// The names the navigation shows in a section, after filtering.
QStringList shown(const MainWindow &window, NavigationModel::Section section) {
    const QAbstractItemModel *model = window.navigationFilter();
    const QString title = section == NavigationModel::IntegrationsSection ? QStringLiteral("Integrations")
                                                                          : QStringLiteral("Organizations");
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex parent = model->index(row, 0);
        if (parent.data().toString() != title)
            continue;
        for (int child = 0; child < model->rowCount(parent); ++child)
            names << model->index(child, 0, parent).data().toString();
    }
    return names;
}

QModelIndex shownIndex(const MainWindow &window, const QString &name) {
    const QAbstractItemModel *model = window.navigationFilter();
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty()) {
        const QModelIndexList more =
            model->match(model->index(1, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return more.value(0);
    }
    return found.first();
}

void showActive(MainWindow &window) {
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

template <typename Dialog>
Dialog *openDialog(const MainWindow &window) {
    Dialog *found = nullptr;
    for (Dialog *dialog : window.findChildren<Dialog *>()) {
        if (dialog->isVisible())
            found = dialog;
    }
    return found;
}

// Answers the next modal message box (IntegrationTab::confirmLeave asks with a blocking one)
// with `button`, and records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text) {
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->button(button)->click();
    });
}

// Dialogs delete themselves on close (deleteLater): flush them so the next lookup finds only
// the dialog a test opens.
void flushDeletes() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class TestMainWindowGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyDatabaseOffersExampleData();
    void exampleDataFillsTheNavigation();
    void statusBarShowsDatabaseAndSecrets();
    void ctrlFFocusesSearchAndTypingFilters();
    void searchKeysMoveIntoTheResults();
    void selectingItemsShowsTheirPages();
    void ctrlNCreatesAnIntegrationAndCtrlZRemovesIt();
    void newIntegrationDialogShowsCoreMessages();
    void deletedElsewhereReturnsToWelcome();
    void organizationRowOpensTheIntegration();
    void overviewAndMatrixOpenTheOrganizationsTab();
    void ctrlFPrefersTheTabSearch();
    void organizationNameDialogsNameTheirField();
    void preferencesAreSavedForTheNextStart();
    void commandFailuresReachTheStatusBar();
    void unsavedEditsGuardNavigationAndClose();
    void geometryIsRestored();
};

void TestMainWindowGui::initTestCase() {
    // QSettings land in a test location, not the admin's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bifrost-admin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_gui"));
}

void TestMainWindowGui::init() {
    QSettings().clear();
}

void TestMainWindowGui::emptyDatabaseOffersExampleData() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    MainWindow window(f.session());
    CALL(showActive(window));
    QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
    auto *load = window.findChild<QPushButton *>(QStringLiteral("loadExampleData"));
    QVERIFY(load);
    QVERIFY(load->isVisible());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("welcomeNewIntegration"))->isVisible());

    // Once the database holds anything, the offer goes: the core would refuse it anyway.
    f.organization(QStringLiteral("Contoso"));
    CALL(void());
    f.session()->announceEverythingChanged();
    QVERIFY(!load->isVisible());
    QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
}

void TestMainWindowGui::exampleDataFillsTheNavigation() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    MainWindow window(f.session());
    CALL(showActive(window));
    QSignalSpy everything(f.session(), &AdminSession::everythingChanged);
    auto *load = window.findChild<QPushButton *>(QStringLiteral("loadExampleData"));
    auto *error = window.findChild<QLabel *>(QStringLiteral("welcomeError"));
    QTest::mouseClick(load, Qt::LeftButton);

    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    QCOMPARE(everything.count(), 1);
    const QStringList integrations = shown(window, NavigationModel::IntegrationsSection);
    QVERIFY2(integrations.size() >= 2, qPrintable(integrations.join(u',')));
    QVERIFY(!shown(window, NavigationModel::OrganizationsSection).isEmpty());
    // The first integration is open at once, so a newcomer sees a real screen.
    QCOMPARE(window.pages()->currentWidget(), window.integrationPage());
    auto stored = f.store().integrations();
    REQUIRE_OK(stored);
    QCOMPARE(window.integrationPage()->integrationId(), stored->first().id);
    QCOMPARE(window.navigationView()->currentIndex().data().toString(), integrations.first());
    QVERIFY(!load->isVisible());

    // Loading again from the File menu: the core refuses, and the window says why.
    window.loadExampleData();
    auto *box = openDialog<QMessageBox>(window);
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("loadExampleDataDialog"));
    QVERIFY(box->informativeText().contains(QStringLiteral("cannot be undone")));
    QTest::keyClick(box, Qt::Key_Return); // Load is the default button
    flushDeletes();
    QCOMPARE(everything.count(), 1);
    auto again = loadExampleData(f.store());
    QVERIFY(!again);
    QCOMPARE(window.statusBar()->currentMessage(), again.error().message);
    QCOMPARE(f.store().integrations()->size(), stored->size());
}

void TestMainWindowGui::statusBarShowsDatabaseAndSecrets() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    MainWindow window(f.session());
    auto *db = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(db);
    QVERIFY(db->text().contains(QDir::toNativeSeparators(f.path())));
    auto *secrets = window.findChild<QLabel *>(QStringLiteral("secretsLabel"));
    QVERIFY(secrets);
    QVERIFY(secrets->text().contains(f.secrets()->description()));
}

void TestMainWindowGui::ctrlFFocusesSearchAndTypingFilters() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    f.integration(QStringLiteral("HaloPSA"));
    f.integration(QStringLiteral("MicrosoftGraph"));
    f.organization(QStringLiteral("Contoso"));
    f.organization(QStringLiteral("Halogen Labs"));
    CALL(void());
    MainWindow window(f.session());
    QAbstractItemModelTester tester(window.navigationFilter(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CALL(showActive(window));
    window.navigationView()->setFocus();

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = window.navigationSearch();
    QCOMPARE(search->objectName(), QStringLiteral("navigationSearch"));
    QTRY_COMPARE(QApplication::focusWidget(), search);

    QTest::keyClicks(search, QStringLiteral("halo"));
    QCOMPARE(shown(window, NavigationModel::IntegrationsSection), QStringList{QStringLiteral("HaloPSA")});
    QCOMPARE(shown(window, NavigationModel::OrganizationsSection),
             QStringList{QStringLiteral("Halogen Labs")});
    QTest::keyClicks(search, QStringLiteral("g"));
    QCOMPARE(shown(window, NavigationModel::IntegrationsSection), QStringList());
    QCOMPARE(shown(window, NavigationModel::OrganizationsSection),
             QStringList{QStringLiteral("Halogen Labs")});
    // Matches stay expanded, so they are visible without another key.
    QVERIFY(window.navigationView()->isExpanded(window.navigationFilter()->index(0, 0)));

    // Escape clears the search and everything comes back.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(shown(window, NavigationModel::IntegrationsSection).size(), 2);
    QCOMPARE(shown(window, NavigationModel::OrganizationsSection).size(), 2);

    // Ctrl+F again selects what is there, so typing replaces it.
    QTest::keyClicks(search, QStringLiteral("xyz"));
    window.navigationView()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(search, QStringLiteral("graph"));
    QCOMPARE(search->text(), QStringLiteral("graph"));
    QCOMPARE(shown(window, NavigationModel::IntegrationsSection),
             QStringList{QStringLiteral("MicrosoftGraph")});
}

void TestMainWindowGui::searchKeysMoveIntoTheResults() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration graph = f.integration(QStringLiteral("MicrosoftGraph"));
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    CALL(void());
    MainWindow window(f.session());
    CALL(showActive(window));

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(window.navigationSearch(), QStringLiteral("contoso"));
    QTest::keyClick(window.navigationSearch(), Qt::Key_Return);
    QCOMPARE(window.pages()->currentWidget(), window.organizationPage());
    QCOMPARE(window.organizationPage()->organizationId(), contoso.id);
    QCOMPARE(QApplication::focusWidget(), window.organizationPage()->table());

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(window.navigationSearch(), QStringLiteral("graph"));
    QTest::keyClick(window.navigationSearch(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), window.navigationView());
    QCOMPARE(window.pages()->currentWidget(), window.integrationPage());
    QCOMPARE(window.integrationPage()->integrationId(), graph.id);
}

void TestMainWindowGui::selectingItemsShowsTheirPages() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("HaloPSA"));
    const Integration graph = f.integration(QStringLiteral("MicrosoftGraph"));
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    CALL(void());
    MainWindow window(f.session());
    CALL(showActive(window));
    QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("loadExampleData"))->isVisible());

    QTreeView *tree = window.navigationView();
    const QModelIndex haloItem = shownIndex(window, QStringLiteral("HaloPSA"));
    QVERIFY(haloItem.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(haloItem).center());
    QCOMPARE(window.pages()->currentWidget(), window.integrationPage());
    QCOMPARE(window.integrationPage()->integrationId(), halo.id);
    QVERIFY(window.windowTitle().contains(QStringLiteral("HaloPSA")));

    // With the keyboard: down to the next integration, then to the heading (which is no page),
    // then to the organization.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(window.integrationPage()->integrationId(), graph.id);
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(window.pages()->currentWidget(), window.integrationPage());
    QCOMPARE(window.integrationPage()->integrationId(), graph.id);
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(window.pages()->currentWidget(), window.organizationPage());
    QCOMPARE(window.organizationPage()->organizationId(), contoso.id);

    // The public helpers select in the navigation too, clearing a search that hides the item.
    QTest::keyClicks(window.navigationSearch(), QStringLiteral("contoso"));
    QVERIFY(window.openIntegration(halo.id));
    QCOMPARE(window.navigationSearch()->text(), QString());
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("HaloPSA"));
    QVERIFY(window.openOrganization(contoso.id));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Contoso"));
    QVERIFY(!window.openIntegration(QStringLiteral("no-such-id")));
    QCOMPARE(window.pages()->currentWidget(), window.organizationPage());

    // A rename elsewhere keeps the page and selection, and updates the title.
    REQUIRE_OK(f.store().renameOrganization(contoso.id, QStringLiteral("Contoso Ltd")));
    Q_EMIT f.session()->organizationsChanged();
    QCOMPARE(window.organizationPage()->organizationId(), contoso.id);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Contoso Ltd"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Contoso Ltd")));
}

void TestMainWindowGui::ctrlNCreatesAnIntegrationAndCtrlZRemovesIt() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    MainWindow window(f.session());
    CALL(showActive(window));

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = openDialog<NewIntegrationDialog>(window);
    QVERIFY(dialog);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->nameEdit());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Autotask"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("integrationDescription")), Qt::Key_A);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("entityIdLabel")),
                     QStringLiteral("Company ID"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("defaultEntityId")),
                     QStringLiteral(" 42 "));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    flushDeletes();

    auto created = f.store().integration(QStringLiteral("Autotask"));
    REQUIRE_OK(created);
    QCOMPARE(created->description, QStringLiteral("a"));
    QCOMPARE(created->entityIdLabel, QStringLiteral("Company ID"));
    QCOMPARE(created->defaultEntityId, QStringLiteral("42"));
    QCOMPARE(shown(window, NavigationModel::IntegrationsSection), QStringList{QStringLiteral("Autotask")});
    QCOMPARE(window.pages()->currentWidget(), window.integrationPage());
    QCOMPARE(window.integrationPage()->integrationId(), created->id);
    QCOMPARE(window.navigationView()->currentIndex().data().toString(), QStringLiteral("Autotask"));
    QCOMPARE(f.session()->undoStack()->count(), 1);

    // The focus comes back to the window once the dialog has gone, on the new page.
    QTRY_VERIFY(window.integrationPage()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    REQUIRE_ERROR(f.store().integration(QStringLiteral("Autotask")), ErrorCode::NotFound);
    QCOMPARE(shown(window, NavigationModel::IntegrationsSection), QStringList());
    QCOMPARE(window.pages()->currentWidget(), window.welcomePage());

    // Redo brings it back (with a new id); the navigation follows.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE_OK(f.store().integration(QStringLiteral("Autotask")));
    QCOMPARE(shown(window, NavigationModel::IntegrationsSection), QStringList{QStringLiteral("Autotask")});
}

void TestMainWindowGui::newIntegrationDialogShowsCoreMessages() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    f.integration(QStringLiteral("HaloPSA"));
    CALL(void());
    MainWindow window(f.session());
    CALL(showActive(window));

    window.newIntegration();
    auto *dialog = openDialog<NewIntegrationDialog>(window);
    QVERIFY(dialog);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createIntegration"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("nameError"));
    // Nothing is shown before the admin types; Create waits for a name.
    QVERIFY(!error->isVisible());
    QVERIFY(!create->isEnabled());

    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("1 bad"));
    const auto rule = Store::validateIntegrationName(QStringLiteral("1 bad"));
    QVERIFY(!rule);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), rule.error().message); // core's message, word for word
    QVERIFY(!create->isEnabled());
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());

    // A valid but taken name: the store refuses, the dialog stays with the text and the reason.
    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("HaloPSA"));
    QVERIFY(!error->isVisible());
    QVERIFY(create->isEnabled());
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already exists")), qPrintable(error->text()));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("HaloPSA"));
    QCOMPARE(f.session()->undoStack()->count(), 0);

    QTest::keyClick(dialog->nameEdit(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    flushDeletes();
    QCOMPARE(shown(window, NavigationModel::IntegrationsSection), QStringList{QStringLiteral("HaloPSA")});
}

void TestMainWindowGui::deletedElsewhereReturnsToWelcome() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("HaloPSA"));
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    CALL(void());
    MainWindow window(f.session());
    QVERIFY(window.openIntegration(halo.id));
    REQUIRE_OK(f.store().deleteIntegration(halo.id, true));
    f.session()->announceEverythingChanged();
    QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
    QVERIFY(window.integrationPage()->integrationId().isEmpty());
    QVERIFY(!window.navigationView()->currentIndex().isValid());

    QVERIFY(window.openOrganization(contoso.id));
    REQUIRE_OK(f.store().removeOrganization(contoso.id, true));
    Q_EMIT f.session()->organizationsChanged();
    QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
    QVERIFY(window.organizationPage()->organizationId().isEmpty());
    QCOMPARE(window.windowTitle(), QStringLiteral("Bifrost Admin"));
}

void TestMainWindowGui::organizationRowOpensTheIntegration() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("HaloPSA"));
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    CALL(void());
    MainWindow window(f.session());
    CALL(showActive(window));
    QVERIFY(window.openOrganization(contoso.id));
    Q_EMIT window.organizationPage()->integrationActivated(halo.id);
    QCOMPARE(window.pages()->currentWidget(), window.integrationPage());
    QCOMPARE(window.integrationPage()->integrationId(), halo.id);
    QCOMPARE(window.integrationPage()->tabs()->currentWidget(), window.integrationPage()->organizationsTab());
    QCOMPARE(window.navigationView()->currentIndex().data().toString(), QStringLiteral("HaloPSA"));
    // ...with the organization the admin came from selected and open.
    OrganizationsTab *tab = window.integrationPage()->organizationsTab();
    QCOMPARE(tab->selectedOrganizationIds(), QStringList{contoso.id});
    QCOMPARE(tab->shownOrganizationId(), contoso.id);
    QCOMPARE(QApplication::focusWidget(), tab->table());
}

void TestMainWindowGui::overviewAndMatrixOpenTheOrganizationsTab() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo =
        f.integration(QStringLiteral("HaloPSA"), {makeField(QStringLiteral("url"), FieldType::String, true),
                                                  makeField(QStringLiteral("timeout"), FieldType::Int)});
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    const Organization globex = f.organization(QStringLiteral("Globex"));
    CALL(void());
    MainWindow window(f.session());
    CALL(showActive(window));
    QVERIFY(window.openIntegration(halo.id));
    IntegrationPage *page = window.integrationPage();
    OrganizationsTab *organizations = page->organizationsTab();
    QCOMPARE(page->tabs()->currentWidget(), page->overviewTab());

    // The overview's organizations missing required values: Enter on Globex opens it.
    QTableWidget *missing = page->overviewTab()->missingTable();
    int globexRow = -1;
    for (int row = 0; row < missing->rowCount(); ++row) {
        if (missing->item(row, 0)->text() == QStringLiteral("Globex"))
            globexRow = row;
    }
    QVERIFY(globexRow >= 0);
    missing->setFocus();
    missing->setCurrentCell(globexRow, 0);
    QTest::keyClick(missing, Qt::Key_Return);
    QCOMPARE(page->tabs()->currentWidget(), organizations);
    QCOMPARE(organizations->selectedOrganizationIds(), QStringList{globex.id});
    QCOMPARE(organizations->shownOrganizationId(), globex.id);
    QCOMPARE(QApplication::focusWidget(), organizations->table());

    // A cell of the matrix: that organization, and the focus in that key's override editor.
    page->tabs()->setCurrentWidget(page->overridesMatrixTab());
    QTableView *matrix = page->overridesMatrixTab()->table();
    QModelIndex cell;
    for (int row = 0; row < matrix->model()->rowCount() && !cell.isValid(); ++row) {
        for (int column = 0; column < matrix->model()->columnCount(); ++column) {
            const QModelIndex index = matrix->model()->index(row, column);
            if (index.data(OverridesMatrixModel::OrganizationIdRole).toString() == contoso.id &&
                index.data(OverridesMatrixModel::KeyRole).toString() == QStringLiteral("timeout"))
                cell = index;
        }
    }
    QVERIFY(cell.isValid());
    matrix->setFocus();
    matrix->setCurrentIndex(cell);
    QTest::keyClick(matrix, Qt::Key_Return);
    QCOMPARE(page->tabs()->currentWidget(), organizations);
    QCOMPARE(organizations->selectedOrganizationIds(), QStringList{contoso.id});
    QCOMPARE(organizations->shownOrganizationId(), contoso.id);
    QWidget *timeout = organizations->formView()->editorFor(QStringLiteral("timeout"));
    QVERIFY(timeout);
    QCOMPARE(QApplication::focusWidget(), timeout);

    // A filter that hides the organization is cleared rather than selecting nothing.
    QTest::keyClicks(organizations->searchField(), QStringLiteral("glob"));
    page->showOrganization(contoso.id, QStringLiteral("url"));
    QCOMPARE(organizations->searchField()->text(), QString());
    QCOMPARE(organizations->shownOrganizationId(), contoso.id);
    QCOMPARE(QApplication::focusWidget(), organizations->formView()->editorFor(QStringLiteral("url")));
}

void TestMainWindowGui::ctrlFPrefersTheTabSearch() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("HaloPSA"));
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    f.organization(QStringLiteral("Globex"));
    CALL(void());
    MainWindow window(f.session());
    CALL(showActive(window));
    QVERIFY(window.openIntegration(halo.id));
    IntegrationPage *page = window.integrationPage();
    auto ctrlF = [] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier); };

    // The Overview tab has no search: the navigation's.
    page->tabs()->setFocus();
    ctrlF();
    QCOMPARE(QApplication::focusWidget(), window.navigationSearch());

    // The Organizations tab: its own search first, then the navigation's, then back.
    page->tabs()->setCurrentWidget(page->organizationsTab());
    page->organizationsTab()->table()->setFocus();
    ctrlF();
    QLineEdit *organizationSearch = page->organizationsTab()->searchField();
    QCOMPARE(QApplication::focusWidget(), organizationSearch);
    QCOMPARE(organizationSearch->objectName(), QStringLiteral("organizationSearch"));
    QTest::keyClicks(organizationSearch, QStringLiteral("cont"));
    QCOMPARE(page->organizationsTab()->table()->model()->rowCount(), 1);
    QCOMPARE(window.navigationSearch()->text(), QString());
    ctrlF();
    QCOMPARE(QApplication::focusWidget(), window.navigationSearch());
    ctrlF();
    QCOMPARE(QApplication::focusWidget(), organizationSearch);
    // What is there is selected, so typing replaces it.
    QTest::keyClicks(organizationSearch, QStringLiteral("glob"));
    QCOMPARE(organizationSearch->text(), QStringLiteral("glob"));

    // The matrix tab likewise.
    page->tabs()->setCurrentWidget(page->overridesMatrixTab());
    page->overridesMatrixTab()->table()->setFocus();
    ctrlF();
    QCOMPARE(QApplication::focusWidget(), page->overridesMatrixTab()->searchField());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("matrixSearch"));
    ctrlF();
    QCOMPARE(QApplication::focusWidget(), window.navigationSearch());

    // Another page: the navigation's, even with the integration left on its Organizations tab.
    page->tabs()->setCurrentWidget(page->organizationsTab());
    QVERIFY(window.openOrganization(contoso.id));
    window.organizationPage()->table()->setFocus();
    ctrlF();
    QCOMPARE(QApplication::focusWidget(), window.navigationSearch());
}

void TestMainWindowGui::organizationNameDialogsNameTheirField() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    CALL(void());
    MainWindow window(f.session());
    CALL(showActive(window));

    window.newOrganization();
    auto *dialog = openDialog<QInputDialog>(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("newOrganizationDialog"));
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    QCOMPARE(edit->accessibleName(), QStringLiteral("Organization name"));
    dialog->reject();
    flushDeletes();

    QVERIFY(window.openOrganization(contoso.id));
    window.organizationPage()->rename();
    dialog = openDialog<QInputDialog>(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("renameOrganizationDialog"));
    edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    QCOMPARE(edit->accessibleName(), QStringLiteral("New organization name"));
    QCOMPARE(edit->text(), QStringLiteral("Contoso"));
    dialog->reject();
    flushDeletes();
}

void TestMainWindowGui::preferencesAreSavedForTheNextStart() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    MainWindow window(f.session());
    CALL(showActive(window));

    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    auto *dialog = openDialog<PreferencesDialog>(window);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("restartNote"))
                ->text()
                .contains(QStringLiteral("next time")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("currentDatabase"))
                ->text()
                .contains(QDir::toNativeSeparators(f.path())));
    QComboBox *backend = dialog->secretBackendCombo();
    QCOMPARE(backend->count(), 2);
    QCOMPARE(backend->currentData().toString(), PreferencesDialog::keychainBackend());
    // The vault can be chosen from the keyboard (and chosen back).
    QCOMPARE(backend->itemData(1).toString(), PreferencesDialog::vaultBackend());
    QVERIFY(backend->model()->flags(backend->model()->index(1, 0)) & Qt::ItemIsEnabled);
    backend->setFocus();
    QTest::keyClick(backend, Qt::Key_Down);
    QCOMPARE(backend->currentData().toString(), PreferencesDialog::vaultBackend());
    QTest::keyClick(backend, Qt::Key_Up);
    QCOMPARE(backend->currentIndex(), 0);

    const QString elsewhere = QDir::temp().filePath(QStringLiteral("elsewhere.db"));
    dialog->databasePathEdit()->clear();
    QTest::keyClicks(dialog->databasePathEdit(), elsewhere);
    QTest::keyClick(dialog->databasePathEdit(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    flushDeletes();
    {
        const QSettings settings;
        QCOMPARE(settings.value(PreferencesDialog::databasePathKey()).toString(), elsewhere);
        QCOMPARE(settings.value(PreferencesDialog::secretBackendKey()).toString(),
                 PreferencesDialog::keychainBackend());
    }
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("next time")));

    // Emptying the location goes back to the default.
    window.showPreferences();
    dialog = openDialog<PreferencesDialog>(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->databasePathEdit()->text(), QDir::toNativeSeparators(elsewhere));
    dialog->databasePathEdit()->clear();
    dialog->accept();
    flushDeletes();
    QVERIFY(!QSettings().contains(PreferencesDialog::databasePathKey()));
}

void TestMainWindowGui::commandFailuresReachTheStatusBar() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    MainWindow window(f.session());
    Q_EMIT f.session()->commandFailed(QStringLiteral("The value changed underneath; reloaded."));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("The value changed underneath; reloaded."));
}

void TestMainWindowGui::geometryIsRestored() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QList<int> sizes;
    {
        MainWindow window(f.session());
        CALL(showActive(window));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({333, 600});
        sizes = splitter->sizes();
        QVERIFY(window.close());
    }
    MainWindow again(f.session());
    CALL(showActive(again));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), sizes.first());
}

void TestMainWindowGui::unsavedEditsGuardNavigationAndClose() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("HaloPSA"));
    const Integration graph = f.integration(QStringLiteral("MicrosoftGraph"));
    CALL(void());
    MainWindow window(f.session());
    CALL(showActive(window));
    QVERIFY(window.openIntegration(halo.id));
    auto *description =
        window.integrationPage()->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
    if (!description)
        QSKIP("the Overview tab has no description editor yet");
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Tickets"));

    // Cancel: the page stays, and so does the selection in the navigation.
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QTreeView *tree = window.navigationView();
    const QModelIndex graphItem = shownIndex(window, QStringLiteral("MicrosoftGraph"));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(graphItem).center());
    QVERIFY(!asked.isEmpty());
    QCOMPARE(window.integrationPage()->integrationId(), halo.id);
    QTRY_COMPARE(tree->currentIndex().data().toString(), QStringLiteral("HaloPSA"));
    QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
    QVERIFY(description->toPlainText().contains(QStringLiteral("Tickets")));
    asked.clear();
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!window.openIntegration(graph.id));
    QVERIFY(!asked.isEmpty());

    // Closing the window asks the same, and Cancel keeps it open.
    asked.clear();
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!window.close());
    QVERIFY(!asked.isEmpty());
    QVERIFY(window.isVisible());

    // Discard: on to the other integration, nothing written.
    answerNextMessageBox(QMessageBox::Discard, &asked);
    QVERIFY(window.openIntegration(graph.id));
    QCOMPARE(window.integrationPage()->integrationId(), graph.id);
    QCOMPARE(f.store().integration(halo.id)->description, QString());
    QVERIFY(window.close());
}

QTEST_MAIN(TestMainWindowGui)
#include "tst_mainwindow_gui.moc"
