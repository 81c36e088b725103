// The overrides matrix: effective values with their provenance, secrets masked, missing
// required values marked, rows fetched one page at a time, and the filters.
#include "commands/configeditcommand.h"
#include "guitestutil.h"
#include "models/overridesmatrixmodel.h"
#include "pages/integration/overridesmatrixtab.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFont>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

using namespace bifrost;
using coretest::makeField;

namespace {

const QString mask = QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022");

QVariant at(const OverridesMatrixModel &model, int row, const QString &key, int role = Qt::DisplayRole) {
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal, OverridesMatrixModel::KeyRole).toString() == key)
            return model.index(row, column).data(role);
    }
    return {};
}

int rowOf(const OverridesMatrixModel &model, const QString &name) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.headerData(row, Qt::Vertical).toString() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestOverridesMatrixModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void effectiveValuesAndProvenance();
    void secretsAreMasked();
    void filters();
    void fetchesLazilyOnePageAtATime();
    void reloadKeepsFetchedRowsAndUpdatesInPlace();
    void matrixTabFiltersAndScrollsLazily();

private:
    std::unique_ptr<guitest::Fixture> m_f;
    Integration m_halo;
    Organization m_acme, m_globex, m_initech;
};

void TestOverridesMatrixModel::init() {
    m_f = std::make_unique<guitest::Fixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_halo =
        m_f->integration(QStringLiteral("Halo"), {makeField(QStringLiteral("url"), FieldType::String, true),
                                                  makeField(QStringLiteral("timeout"), FieldType::Int),
                                                  makeField(QStringLiteral("token"), FieldType::Secret),
                                                  makeField(QStringLiteral("verbose"), FieldType::Bool)});
    m_acme = m_f->organization(QStringLiteral("Acme"));
    m_globex = m_f->organization(QStringLiteral("Globex"));
    m_initech = m_f->organization(QStringLiteral("Initech"));
    Store &s = m_f->store();
    REQUIRE_OK(
        s.setConfig(m_halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30"))}));
    REQUIRE_OK(s.setConfig(m_halo.id, m_globex.id,
                           {ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://globex")),
                            ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("5")),
                            ConfigChange::setText(QStringLiteral("verbose"), QStringLiteral("true"))}));
}

void TestOverridesMatrixModel::cleanup() {
    m_f.reset();
}

void TestOverridesMatrixModel::effectiveValuesAndProvenance() {
    OverridesMatrixModel model(m_f->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIntegration(m_halo.id);
    QVERIFY2(model.loadError().isEmpty(), qPrintable(model.loadError()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("url *")); // required
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("timeout"));
    const int acme = rowOf(model, QStringLiteral("Acme"));
    const int globex = rowOf(model, QStringLiteral("Globex"));
    QCOMPARE(acme, 0);
    QCOMPARE(globex, 1);
    QCOMPARE(model.organizationId(globex), m_globex.id);

    // An override: its value, bold on a tinted background.
    QCOMPARE(at(model, globex, QStringLiteral("timeout")).toString(), QStringLiteral("5"));
    QVERIFY(at(model, globex, QStringLiteral("timeout"), OverridesMatrixModel::IsOverrideRole).toBool());
    QVERIFY(at(model, globex, QStringLiteral("timeout"), Qt::FontRole).value<QFont>().bold());
    QVERIFY(at(model, globex, QStringLiteral("timeout"), Qt::BackgroundRole).isValid());
    QVERIFY(at(model, globex, QStringLiteral("timeout"), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Globex")));
    QCOMPARE(at(model, globex, QStringLiteral("verbose")).toString(), QStringLiteral("true"));
    // The inherited default: its value, not bold, no background.
    QCOMPARE(at(model, acme, QStringLiteral("timeout")).toString(), QStringLiteral("30"));
    QVERIFY(!at(model, acme, QStringLiteral("timeout"), OverridesMatrixModel::IsOverrideRole).toBool());
    QVERIFY(!at(model, acme, QStringLiteral("timeout"), Qt::FontRole).isValid());
    QVERIFY(!at(model, acme, QStringLiteral("timeout"), Qt::BackgroundRole).isValid());
    QVERIFY(at(model, acme, QStringLiteral("timeout"), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("default")));
    // Required with no value anywhere: marked.
    QVERIFY(at(model, acme, QStringLiteral("url"), OverridesMatrixModel::IsMissingRole).toBool());
    QVERIFY(at(model, acme, QStringLiteral("url"), Qt::BackgroundRole).isValid());
    QVERIFY(!at(model, globex, QStringLiteral("url"), OverridesMatrixModel::IsMissingRole).toBool());
    // Optional with no value: empty, not marked.
    QCOMPARE(at(model, acme, QStringLiteral("verbose")).toString(), QString());
    QVERIFY(!at(model, acme, QStringLiteral("verbose"), OverridesMatrixModel::IsMissingRole).toBool());
}

void TestOverridesMatrixModel::secretsAreMasked() {
    const QString secret = QStringLiteral("s3cr3t-default");
    const QString orgSecret = QStringLiteral("s3cr3t-globex");
    REQUIRE_OK(
        m_f->store().setConfig(m_halo.id, {}, {ConfigChange::setText(QStringLiteral("token"), secret)}));
    REQUIRE_OK(m_f->store().setConfig(m_halo.id, m_globex.id,
                                      {ConfigChange::setText(QStringLiteral("token"), orgSecret)}));
    OverridesMatrixModel model(m_f->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIntegration(m_halo.id);
    const int globex = rowOf(model, QStringLiteral("Globex"));
    const int acme = rowOf(model, QStringLiteral("Acme"));
    QCOMPARE(at(model, globex, QStringLiteral("token")).toString(), mask);
    QVERIFY(at(model, globex, QStringLiteral("token"), OverridesMatrixModel::IsOverrideRole).toBool());
    QCOMPARE(at(model, acme, QStringLiteral("token")).toString(), mask);
    // No role of any cell carries the plain secret.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole),
                             int(Qt::AccessibleTextRole)}) {
                const QString text = model.index(row, column).data(role).toString();
                QVERIFY(!text.contains(QStringLiteral("s3cr3t")));
            }
        }
    }
}

void TestOverridesMatrixModel::filters() {
    OverridesMatrixModel model(m_f->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIntegration(m_halo.id);
    model.setOnlyOverridden(true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Globex"));
    model.setOnlyOverridden(false);
    model.setOnlyMissingRequired(true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Acme"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Initech"));
    model.setOnlyOverridden(true);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.matchingRowCount(), 0);
    model.setOnlyOverridden(false);
    model.setOnlyMissingRequired(false);
    model.setSearchText(QStringLiteral("NIT"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Initech"));
    QCOMPARE(model.totalRowCount(), 3);
    model.setSearchText(QString());
    QCOMPARE(model.rowCount(), 3);
}

void TestOverridesMatrixModel::fetchesLazilyOnePageAtATime() {
    Store &s = m_f->store();
    REQUIRE_OK(s.transaction([&]() -> Result<void> {
        for (int i = 0; i < 1000; ++i) {
            auto added = s.addOrganization(QStringLiteral("Org %1").arg(i, 4, 10, QLatin1Char('0')));
            if (!added)
                return added.error();
            if (auto set =
                    s.setConfig(m_halo.id, added->id,
                                {ConfigChange::setText(QStringLiteral("timeout"), QString::number(i + 100))});
                !set)
                return set;
        }
        return {};
    }));
    OverridesMatrixModel model(m_f->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIntegration(m_halo.id);
    QCOMPARE(model.totalRowCount(), 1003);
    QCOMPARE(model.rowCount(), OverridesMatrixModel::defaultPageSize);
    QCOMPARE(model.fetchCount(), 1);
    QVERIFY(model.canFetchMore({}));
    // Rows come ordered by name: Acme, Globex, Initech, then Org 0000...
    QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("Org 0000"));
    QCOMPARE(at(model, 3, QStringLiteral("timeout")).toString(), QStringLiteral("100"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * OverridesMatrixModel::defaultPageSize);
    QCOMPARE(model.fetchCount(), 2);
    QCOMPARE(inserted.count(), 1);
    // Values of the new page are there: row 399 is Org 0396.
    QCOMPARE(model.headerData(399, Qt::Vertical).toString(), QStringLiteral("Org 0396"));
    QCOMPARE(at(model, 399, QStringLiteral("timeout")).toString(), QStringLiteral("496"));
    QVERIFY(at(model, 399, QStringLiteral("timeout"), OverridesMatrixModel::IsOverrideRole).toBool());
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1003);
    QCOMPARE(model.fetchCount(), 6); // ceil(1003 / 200)
    QCOMPARE(at(model, 1002, QStringLiteral("timeout")).toString(), QStringLiteral("1099"));

    // A filter starts again with one page.
    model.setOnlyOverridden(true);
    QCOMPARE(model.matchingRowCount(), 1001);
    QCOMPARE(model.rowCount(), OverridesMatrixModel::defaultPageSize);
}

void TestOverridesMatrixModel::reloadKeepsFetchedRowsAndUpdatesInPlace() {
    OverridesMatrixModel model(m_f->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(2);
    model.setIntegration(m_halo.id);
    QCOMPARE(model.rowCount(), 2);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE_OK(m_f->session()->execute(std::make_unique<ConfigEditCommand>(
        m_f->session(), m_halo.id,
        QList<ConfigEditCommand::LevelEdit>{
            {m_initech.id, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("7"))}}},
        QStringLiteral("edit"))));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(at(model, 2, QStringLiteral("timeout")).toString(), QStringLiteral("7"));
    QVERIFY(at(model, 2, QStringLiteral("timeout"), OverridesMatrixModel::IsOverrideRole).toBool());

    m_f->session()->undoStack()->undo();
    QCOMPARE(at(model, 2, QStringLiteral("timeout")).toString(), QStringLiteral("30"));

    // A new organization changes the rows: a reset, with the rows fetched so far kept.
    m_f->organization(QStringLiteral("Aardvark"));
    Q_EMIT m_f->session()->organizationsChanged();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Aardvark"));
    QVERIFY(model.canFetchMore({}));
}

void TestOverridesMatrixModel::matrixTabFiltersAndScrollsLazily() {
    Store &s = m_f->store();
    REQUIRE_OK(s.transaction([&]() -> Result<void> {
        for (int i = 0; i < 1000; ++i) {
            if (auto added = s.addOrganization(QStringLiteral("Org %1").arg(i, 4, 10, QLatin1Char('0')));
                !added)
                return added.error();
        }
        return {};
    }));
    OverridesMatrixTab tab(m_f->session());
    tab.resize(900, 600);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.setIntegration(m_halo.id);
    QTableView *table = tab.table();
    QCoreApplication::processEvents();
    QCOMPARE(table->model()->rowCount(), OverridesMatrixModel::defaultPageSize);

    // Scrolling to the end makes the view fetch the next page, not everything.
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    QTRY_VERIFY(table->model()->rowCount() > OverridesMatrixModel::defaultPageSize);
    QVERIFY(table->model()->rowCount() < 1003);

    QTest::mouseClick(tab.onlyOverriddenBox(), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("Globex"));
    QTest::mouseClick(tab.onlyOverriddenBox(), Qt::LeftButton);
    QTest::mouseClick(tab.onlyMissingBox(), Qt::LeftButton);
    QCOMPARE(tab.model()->matchingRowCount(), 1002); // every organization but Globex lacks url

    QTest::mouseClick(tab.onlyMissingBox(), Qt::LeftButton);
    QTest::keyClicks(tab.searchField(), QStringLiteral("org 099"));
    QTRY_COMPARE(table->model()->rowCount(), 10);

    // Activating a cell names the organization and the key.
    QSignalSpy activated(&tab, &OverridesMatrixTab::organizationActivated);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 1));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("timeout"));
    QVERIFY(!activated.at(0).at(0).toString().isEmpty());
}

QTEST_MAIN(TestOverridesMatrixModel)
#include "tst_overridesmatrixmodel.moc"
