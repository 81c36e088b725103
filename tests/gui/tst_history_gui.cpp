// The History tab of the integration page and the History section of the organization page:
// real widgets offscreen on a real database with the real keychain (scripts/with-keyring).
// Changes go through the app's commands (AdminSession::execute and the undo stack), as the
// editors make them.
#include "commands/configeditcommand.h"
#include "commands/organizationcommands.h"
#include "guitestutil.h"
#include "models/historymodel.h"
#include "pages/integration/historytab.h"
#include "pages/integrationpage.h"
#include "pages/organizationpage.h"
#include "widgets/historyview.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace bifrost;
using coretest::makeField;

namespace {

std::unique_ptr<StoreCommand> setValue(AdminSession *session, const QString &integrationId,
                                       const QString &orgId, const QString &key, const QJsonValue &value) {
    return std::make_unique<ConfigEditCommand>(
        session, integrationId,
        QList<ConfigEditCommand::LevelEdit>{{orgId, {ConfigChange::setJson(key, value)}}},
        QStringLiteral("Set %1").arg(key));
}

// The texts of one column, top to bottom, as the table shows them (through the filter).
QStringList column(const QTableView *table, int col) {
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, col).data().toString();
    return texts;
}

} // namespace

class TestHistoryGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void integrationTabShowsChangesAndUndo();
    void organizationPageShowsItsHistory();
    void loadMorePagesOlderEntries();
    void filterNarrowsTheLoadedRows();
    void hiddenViewReloadsWhenShown();
    void secretChangesShowNoValue();

private:
    std::unique_ptr<guitest::Fixture> m_fixture;
    Integration m_halo;
    Organization m_contoso;
    Organization m_fabrikam;
};

void TestHistoryGui::init() {
    m_fixture = std::make_unique<guitest::Fixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_fixture->store().setActor(QStringLiteral("admin"));
    m_halo = m_fixture->integration(QStringLiteral("halo"),
                                    {makeField(QStringLiteral("url"), FieldType::String),
                                     makeField(QStringLiteral("retries"), FieldType::Int),
                                     makeField(QStringLiteral("api_key"), FieldType::Secret)});
    QVERIFY(!QTest::currentTestFailed());
    m_contoso = m_fixture->organization(QStringLiteral("Contoso"));
    m_fabrikam = m_fixture->organization(QStringLiteral("Fabrikam"));
    QVERIFY(!QTest::currentTestFailed());
}

void TestHistoryGui::cleanup() {
    m_fixture.reset();
}

void TestHistoryGui::integrationTabShowsChangesAndUndo() {
    AdminSession *session = m_fixture->session();
    IntegrationPage page(session);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setIntegration(m_halo.id);
    QTabWidget *tabs = page.tabs();
    QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("History"));
    QCOMPARE(tabs->widget(tabs->count() - 1), page.historyTab());
    tabs->setCurrentWidget(page.historyTab());

    auto *view = page.historyTab()->findChild<HistoryView *>(QStringLiteral("historyView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *table = view->findChild<QTableView *>(QStringLiteral("historyTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2); // create and schema
    QVERIFY(table->isColumnHidden(HistoryModel::IntegrationColumn));

    REQUIRE_OK(session->execute(
        setValue(session, m_halo.id, {}, QStringLiteral("url"), QStringLiteral("https://a"))));
    REQUIRE_OK(session->execute(setValue(session, m_halo.id, m_contoso.id, QStringLiteral("retries"), 4)));
    // Reloaded at once: the tab is visible.
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(column(table, HistoryModel::KeyColumn).mid(0, 2),
             (QStringList{QStringLiteral("retries"), QStringLiteral("url")}));
    QCOMPARE(column(table, HistoryModel::OrganizationColumn).mid(0, 2),
             (QStringList{QStringLiteral("Contoso"), QStringLiteral("Default")}));
    QCOMPARE(table->model()->index(0, HistoryModel::ChangeColumn).data().toString(),
             QStringLiteral("(none) -> 4"));
    QCOMPARE(table->model()->index(0, HistoryModel::ActorColumn).data().toString(), QStringLiteral("admin"));
    QCOMPARE(table->model()->index(0, HistoryModel::ActionColumn).data().toString(),
             QStringLiteral("Value set"));

    // Undo is a change of its own, and is recorded.
    session->undoStack()->undo();
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(table->model()->index(0, HistoryModel::ActionColumn).data(HistoryModel::ActionRole).toString(),
             QStringLiteral("config.unset"));
    QCOMPARE(table->model()->index(0, HistoryModel::ChangeColumn).data().toString(),
             QStringLiteral("4 -> (none)"));
    session->undoStack()->redo();
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(table->model()->index(0, HistoryModel::ChangeColumn).data().toString(),
             QStringLiteral("(none) -> 4"));

    // Another integration's changes do not show.
    m_fixture->integration(QStringLiteral("graph"), {makeField(QStringLiteral("region"), FieldType::String)});
    session->announceEverythingChanged();
    QCOMPARE(table->model()->rowCount(), 6);
}

void TestHistoryGui::organizationPageShowsItsHistory() {
    AdminSession *session = m_fixture->session();
    OrganizationPage page(session);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setOrganization(m_contoso.id);
    auto *view = page.findChild<HistoryView *>(QStringLiteral("organizationHistory"));
    QVERIFY(view);
    QCOMPARE(view, page.historyView());
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *table = view->table();
    QCOMPARE(table->model()->rowCount(), 1); // organization.add
    QVERIFY(table->isColumnHidden(HistoryModel::OrganizationColumn));
    QVERIFY(!table->isColumnHidden(HistoryModel::IntegrationColumn));

    REQUIRE_OK(session->execute(
        setValue(session, m_halo.id, m_contoso.id, QStringLiteral("url"), QStringLiteral("c"))));
    REQUIRE_OK(session->execute(
        setValue(session, m_halo.id, m_fabrikam.id, QStringLiteral("url"), QStringLiteral("f"))));
    REQUIRE_OK(
        session->execute(setValue(session, m_halo.id, {}, QStringLiteral("url"), QStringLiteral("d"))));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, HistoryModel::IntegrationColumn).data().toString(),
             QStringLiteral("halo"));
    QCOMPARE(table->model()->index(0, HistoryModel::ChangeColumn).data().toString(),
             QStringLiteral("(none) -> c"));

    REQUIRE_OK(session->execute(
        std::make_unique<RenameOrganizationCommand>(session, m_contoso.id, QStringLiteral("Contoso Group"))));
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, HistoryModel::ChangeColumn).data().toString(),
             QStringLiteral("Contoso -> Contoso Group"));

    // Another organization: its own entries only.
    page.setOrganization(m_fabrikam.id);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, HistoryModel::ChangeColumn).data().toString(),
             QStringLiteral("(none) -> f"));
    page.setOrganization({});
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestHistoryGui::loadMorePagesOlderEntries() {
    AdminSession *session = m_fixture->session();
    for (int i = 0; i < 12; ++i)
        REQUIRE_OK(session->execute(setValue(session, m_halo.id, {}, QStringLiteral("retries"), i)));
    HistoryView view(session);
    view.model()->setPageSize(5);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setFilter(m_halo.id, {});
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *more = view.findChild<QPushButton *>(QStringLiteral("historyLoadMore"));
    QVERIFY(more);
    QCOMPARE(view.model()->rowCount(), 5);
    QVERIFY(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QCOMPARE(view.model()->rowCount(), 10);
    QTest::mouseClick(more, Qt::LeftButton);
    QCOMPARE(view.model()->rowCount(), 14); // 12 values, schema, create
    QVERIFY(!more->isEnabled());
    QCOMPARE(view.model()->entries().last().action, QStringLiteral("integration.create"));
    // Ids strictly decrease: no entry twice, none skipped.
    const auto &entries = view.model()->entries();
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).id > entries.at(i).id);
    // A change keeps what was loaded (and adds the new entry on top).
    REQUIRE_OK(session->execute(setValue(session, m_halo.id, {}, QStringLiteral("retries"), 99)));
    QCOMPARE(view.model()->rowCount(), 15);
    QCOMPARE(view.model()->index(0, HistoryModel::ChangeColumn).data().toString(),
             QStringLiteral("11 -> 99"));
}

void TestHistoryGui::filterNarrowsTheLoadedRows() {
    AdminSession *session = m_fixture->session();
    REQUIRE_OK(session->execute(
        setValue(session, m_halo.id, m_contoso.id, QStringLiteral("url"), QStringLiteral("x"))));
    REQUIRE_OK(session->execute(
        setValue(session, m_halo.id, m_fabrikam.id, QStringLiteral("url"), QStringLiteral("y"))));
    REQUIRE_OK(session->execute(setValue(session, m_halo.id, m_fabrikam.id, QStringLiteral("retries"), 1)));
    HistoryView view(session);
    view.setFilter({}, {}); // everything
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *filter = view.findChild<QLineEdit *>(QStringLiteral("historyFilter"));
    QVERIFY(filter);
    const int all = view.table()->model()->rowCount();
    QCOMPARE(all, 7); // create, schema, 2 organizations, 3 values
    QTest::keyClicks(filter, QStringLiteral("fabrikam"));
    QCOMPARE(view.table()->model()->rowCount(), 3); // added, and its two values
    QTest::keyClicks(filter, QStringLiteral(" "));
    filter->setText(QStringLiteral("RETRIES"));
    QCOMPARE(view.table()->model()->rowCount(), 2); // the value, and the schema that added the key
    filter->clear();
    QCOMPARE(view.table()->model()->rowCount(), all);
}

void TestHistoryGui::hiddenViewReloadsWhenShown() {
    AdminSession *session = m_fixture->session();
    HistoryView view(session);
    view.setFilter(m_halo.id, {});
    QVERIFY(view.isStale());
    QCOMPARE(view.model()->rowCount(), 0); // nothing read while hidden
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.isStale());
    QCOMPARE(view.model()->rowCount(), 2);
    view.hide();
    REQUIRE_OK(
        session->execute(setValue(session, m_halo.id, {}, QStringLiteral("url"), QStringLiteral("z"))));
    QVERIFY(view.isStale());
    QCOMPARE(view.model()->rowCount(), 2);
    view.show();
    QCOMPARE(view.model()->rowCount(), 3);
}

void TestHistoryGui::secretChangesShowNoValue() {
    AdminSession *session = m_fixture->session();
    const QString secret = coretest::uniqueSecret(QStringLiteral("gui-history"));
    REQUIRE_OK(session->execute(setValue(session, m_halo.id, {}, QStringLiteral("api_key"), secret)));
    HistoryView view(session);
    view.setFilter(m_halo.id, {});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QAbstractItemModel *model = view.table()->model();
    QCOMPARE(model->index(0, HistoryModel::ChangeColumn).data().toString(),
             QStringLiteral("(secret changed)"));
    QVERIFY(model->index(0, 0).data(HistoryModel::SecretRole).toBool());
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int col = 0; col < model->columnCount(); ++col) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                QVERIFY2(!model->index(row, col).data(role).toString().contains(secret),
                         "a secret value appears in the history view");
        }
    }
}

QTEST_MAIN(TestHistoryGui)
#include "tst_history_gui.moc"
