// The navigation tree: two sections listing integrations and organizations by name with their
// ids, reloaded on the session's change signals, and searchable through a recursive filter that
// keeps only the sections holding a match. Runs under QAbstractItemModelTester throughout.
#include "commands/organizationcommands.h"
#include "guitestutil.h"
#include "models/navigationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace bifrost;

namespace {

QStringList namesIn(const QAbstractItemModel &model, const QModelIndex &parent) {
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

QStringList sectionNames(const QAbstractItemModel &model) {
    return namesIn(model, {});
}

void configureFilter(QSortFilterProxyModel &filter, NavigationModel &model) {
    filter.setSourceModel(&model);
    filter.setRecursiveFilteringEnabled(true);
    filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter.setFilterRole(NavigationModel::SearchRole);
}

} // namespace

class TestNavigationModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyDatabaseHasTwoEmptySections();
    void listsByNameWithIds();
    void reloadsOnSessionSignals();
    void filterKeepsMatchesAndTheirSections();
};

void TestNavigationModel::emptyDatabaseHasTwoEmptySections() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    NavigationModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(sectionNames(model),
             (QStringList{QStringLiteral("Integrations"), QStringLiteral("Organizations")}));
    QCOMPARE(model.rowCount(model.sectionIndex(NavigationModel::IntegrationsSection)), 0);
    QCOMPARE(model.rowCount(model.sectionIndex(NavigationModel::OrganizationsSection)), 0);
    QCOMPARE(NavigationModel::kindOf(model.sectionIndex(NavigationModel::OrganizationsSection)),
             NavigationModel::Kind::Section);
    // Sections are headings, never a page.
    QVERIFY(!(model.flags(model.sectionIndex(NavigationModel::IntegrationsSection)) & Qt::ItemIsSelectable));
    QVERIFY(model.lastError().isEmpty());
}

void TestNavigationModel::listsByNameWithIds() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration graph = f.integration(QStringLiteral("MicrosoftGraph"));
    const Integration halo = f.integration(QStringLiteral("HaloPSA"));
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    const Organization adatum = f.organization(QStringLiteral("Adatum"));
    CALL(void());

    NavigationModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex integrations = model.sectionIndex(NavigationModel::IntegrationsSection);
    const QModelIndex organizations = model.sectionIndex(NavigationModel::OrganizationsSection);
    QCOMPARE(namesIn(model, integrations),
             (QStringList{QStringLiteral("HaloPSA"), QStringLiteral("MicrosoftGraph")}));
    QCOMPARE(namesIn(model, organizations),
             (QStringList{QStringLiteral("Adatum"), QStringLiteral("Contoso")}));

    const QModelIndex haloIndex = model.index(0, 0, integrations);
    QCOMPARE(NavigationModel::idOf(haloIndex), halo.id);
    QCOMPARE(NavigationModel::kindOf(haloIndex), NavigationModel::Kind::Integration);
    QCOMPARE(haloIndex.parent(), integrations);
    QCOMPARE(NavigationModel::kindOf(model.index(1, 0, organizations)), NavigationModel::Kind::Organization);
    QCOMPARE(model.indexOf(NavigationModel::Kind::Organization, contoso.id),
             model.index(1, 0, organizations));
    QCOMPARE(model.indexOf(NavigationModel::Kind::Integration, graph.id), model.index(1, 0, integrations));
    QVERIFY(!model.indexOf(NavigationModel::Kind::Integration, adatum.id).isValid()); // wrong kind
    QVERIFY(!model.indexOf(NavigationModel::Kind::Organization, QStringLiteral("nope")).isValid());
    QVERIFY(model.flags(haloIndex) & Qt::ItemIsSelectable);
}

void TestNavigationModel::reloadsOnSessionSignals() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    NavigationModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex organizations = model.sectionIndex(NavigationModel::OrganizationsSection);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Through a command: the command announces organizationsChanged.
    REQUIRE_OK(f.session()->execute(
        std::make_unique<AddOrganizationCommand>(f.session(), QStringLiteral("Contoso"))));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(namesIn(model, organizations), QStringList{QStringLiteral("Contoso")});
    f.session()->undoStack()->undo();
    QCOMPARE(namesIn(model, organizations), QStringList());

    // Written behind the model's back: nothing changes until a signal says so.
    f.integration(QStringLiteral("HaloPSA"));
    CALL(void());
    const QModelIndex integrations = model.sectionIndex(NavigationModel::IntegrationsSection);
    QCOMPARE(model.rowCount(integrations), 0);
    Q_EMIT f.session()->integrationsChanged();
    QCOMPARE(namesIn(model, integrations), QStringList{QStringLiteral("HaloPSA")});

    f.organization(QStringLiteral("Adatum"));
    CALL(void());
    f.session()->announceEverythingChanged();
    QCOMPARE(namesIn(model, organizations), QStringList{QStringLiteral("Adatum")});
    QCOMPARE(resets.count(), 4);
}

void TestNavigationModel::filterKeepsMatchesAndTheirSections() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    f.integration(QStringLiteral("HaloPSA"));
    f.integration(QStringLiteral("MicrosoftGraph"));
    f.organization(QStringLiteral("Contoso"));
    f.organization(QStringLiteral("Halogen Labs"));
    CALL(void());

    NavigationModel model(f.session());
    QSortFilterProxyModel filter;
    configureFilter(filter, model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(filter.rowCount(), 2);
    filter.setFilterFixedString(QStringLiteral("halo"));
    QCOMPARE(sectionNames(filter),
             (QStringList{QStringLiteral("Integrations"), QStringLiteral("Organizations")}));
    QCOMPARE(namesIn(filter, filter.index(0, 0)), QStringList{QStringLiteral("HaloPSA")});
    QCOMPARE(namesIn(filter, filter.index(1, 0)), QStringList{QStringLiteral("Halogen Labs")});

    // A section without a match disappears; a section name itself does not match.
    filter.setFilterFixedString(QStringLiteral("CONTOSO"));
    QCOMPARE(sectionNames(filter), QStringList{QStringLiteral("Organizations")});
    QCOMPARE(namesIn(filter, filter.index(0, 0)), QStringList{QStringLiteral("Contoso")});
    filter.setFilterFixedString(QStringLiteral("Integrations"));
    QCOMPARE(filter.rowCount(), 0);

    // A reload under an active filter keeps filtering the new rows.
    filter.setFilterFixedString(QStringLiteral("graph"));
    f.integration(QStringLiteral("GraphQLBridge"));
    CALL(void());
    f.session()->announceEverythingChanged();
    QCOMPARE(namesIn(filter, filter.index(0, 0)),
             (QStringList{QStringLiteral("GraphQLBridge"), QStringLiteral("MicrosoftGraph")}));

    filter.setFilterFixedString(QString());
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 3);
    QCOMPARE(filter.rowCount(filter.index(1, 0)), 2);
}

QTEST_MAIN(TestNavigationModel)
#include "tst_navigationmodel.moc"
