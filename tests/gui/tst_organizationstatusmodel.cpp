// The rows of the Organizations tab: what they show, editing a mapping cell through the undo
// stack (refused when the mapping changed underneath), and the filter proxy, also at 2,000
// organizations (its speed is measured in tests/bench).
#include "guitestutil.h"
#include "models/organizationfilterproxymodel.h"
#include "models/organizationstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace bifrost;
using coretest::makeField;

namespace {

using Col = OrganizationStatusModel::Column;

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole) {
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestOrganizationStatusModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void contents();
    void headerUsesEntityIdLabel();
    void editMappingCellIsUndoable();
    void editRefusedWhenMappingChangedUnderneath();
    void reloadsOnSessionSignals();
    void filterProxy();
    void filterNarrowsAt2000Rows();

private:
    std::unique_ptr<guitest::Fixture> m_f;
    Integration m_halo;
    Organization m_acme, m_globex, m_initech;
};

void TestOrganizationStatusModel::init() {
    m_f = std::make_unique<guitest::Fixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_halo = m_f->integration(QStringLiteral("Halo"),
                              {makeField(QStringLiteral("url"), FieldType::String, true),
                               makeField(QStringLiteral("timeout"), FieldType::Int),
                               makeField(QStringLiteral("region"), FieldType::String, true)});
    m_acme = m_f->organization(QStringLiteral("Acme Ltd"));
    m_globex = m_f->organization(QStringLiteral("Globex"));
    m_initech = m_f->organization(QStringLiteral("Initech"));
    Store &s = m_f->store();
    REQUIRE_OK(
        s.setConfig(m_halo.id, {}, {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))}));
    REQUIRE_OK(s.setConfig(m_halo.id, m_globex.id,
                           {ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://globex")),
                            ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("5"))}));
    REQUIRE_OK(s.setMapping(m_halo.id, m_acme.id, QStringLiteral("T-1"), QStringLiteral("ACME Limited")));
}

void TestOrganizationStatusModel::cleanup() {
    m_f.reset();
}

void TestOrganizationStatusModel::contents() {
    OrganizationStatusModel model(m_f->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIntegration(m_halo.id);
    QVERIFY2(model.loadError().isEmpty(), qPrintable(model.loadError()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(OrganizationStatusModel::ColumnCount));
    QCOMPARE(cell(model, 0, Col::OrganizationColumn), QStringLiteral("Acme Ltd"));
    QCOMPARE(cell(model, 0, Col::EntityIdColumn), QStringLiteral("T-1"));
    QCOMPARE(cell(model, 0, Col::EntityNameColumn), QStringLiteral("ACME Limited"));
    QCOMPARE(cell(model, 0, Col::OverridesColumn), QStringLiteral("0"));
    QCOMPARE(cell(model, 0, Col::MissingColumn), QStringLiteral("url"));
    QCOMPARE(cell(model, 1, Col::OrganizationColumn), QStringLiteral("Globex"));
    QCOMPARE(cell(model, 1, Col::EntityIdColumn), QString());
    QCOMPARE(cell(model, 1, Col::OverridesColumn), QStringLiteral("2"));
    QCOMPARE(cell(model, 1, Col::MissingColumn), QString());
    QCOMPARE(cell(model, 2, Col::OrganizationColumn), QStringLiteral("Initech"));
    // Missing required values stand out; complete rows do not.
    QVERIFY(model.index(0, Col::MissingColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, Col::MissingColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(0, 0).data(OrganizationStatusModel::OrganizationIdRole).toString(), m_acme.id);
    QVERIFY(model.index(0, 0).data(OrganizationStatusModel::MappedRole).toBool());
    QVERIFY(!model.index(1, 0).data(OrganizationStatusModel::MappedRole).toBool());
    QVERIFY(model.index(0, 0).data(OrganizationStatusModel::MissingRequiredRole).toBool());
    QVERIFY(!model.index(1, 0).data(OrganizationStatusModel::MissingRequiredRole).toBool());
    // Only the mapping cells are editable.
    QVERIFY(model.flags(model.index(0, Col::EntityIdColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(0, Col::EntityNameColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, Col::OrganizationColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(0, Col::OverridesColumn)) & Qt::ItemIsEditable));

    model.setIntegration(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestOrganizationStatusModel::headerUsesEntityIdLabel() {
    OrganizationStatusModel model(m_f->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIntegration(m_halo.id);
    QCOMPARE(model.headerData(Col::EntityIdColumn, Qt::Horizontal).toString(), QStringLiteral("Entity ID"));
    IntegrationUpdate update;
    update.entityIdLabel = QStringLiteral("Tenant ID");
    REQUIRE_OK(m_f->store().updateIntegration(m_halo.id, update));
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    Q_EMIT m_f->session()->integrationChanged(m_halo.id);
    QCOMPARE(model.headerData(Col::EntityIdColumn, Qt::Horizontal).toString(), QStringLiteral("Tenant ID"));
    QCOMPARE(header.count(), 1);
}

void TestOrganizationStatusModel::editMappingCellIsUndoable() {
    OrganizationStatusModel model(m_f->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIntegration(m_halo.id);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // A new mapping from the entity id cell, then its name; each one undo step.
    QVERIFY(model.setData(model.index(2, Col::EntityIdColumn), QStringLiteral(" T-3 ")));
    QVERIFY(model.setData(model.index(2, Col::EntityNameColumn), QStringLiteral("Initech Corp")));
    QCOMPARE(m_f->session()->undoStack()->count(), 2);
    auto mapped = m_f->store().mappings(m_halo.id);
    REQUIRE_OK(mapped);
    QCOMPARE(mapped->size(), 2);
    bool found = false;
    for (const Mapping &m : std::as_const(*mapped)) {
        if (m.organization.id == m_initech.id) {
            found = true;
            QCOMPARE(m.entityId, QStringLiteral("T-3"));
            QCOMPARE(m.entityName, QStringLiteral("Initech Corp"));
        }
    }
    QVERIFY(found);
    // The model shows it at once, in place (no reset: selections and editors survive).
    QCOMPARE(cell(model, 2, Col::EntityIdColumn), QStringLiteral("T-3"));
    QCOMPARE(cell(model, 2, Col::EntityNameColumn), QStringLiteral("Initech Corp"));
    QCOMPARE(reset.count(), 0);

    // Writing the same value again is not a change.
    QVERIFY(model.setData(model.index(2, Col::EntityIdColumn), QStringLiteral("T-3")));
    QCOMPARE(m_f->session()->undoStack()->count(), 2);

    m_f->session()->undoStack()->undo();
    QCOMPARE(cell(model, 2, Col::EntityNameColumn), QString());
    QCOMPARE(cell(model, 2, Col::EntityIdColumn), QStringLiteral("T-3"));
    m_f->session()->undoStack()->undo();
    QCOMPARE(cell(model, 2, Col::EntityIdColumn), QString());
    auto after = m_f->store().mappings(m_halo.id);
    REQUIRE_OK(after);
    QCOMPARE(after->size(), 1);
}

void TestOrganizationStatusModel::editRefusedWhenMappingChangedUnderneath() {
    OrganizationStatusModel model(m_f->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIntegration(m_halo.id);
    QSignalSpy errors(&model, &OrganizationStatusModel::errorOccurred);
    // Another window changes Acme's mapping without this session knowing.
    REQUIRE_OK(m_f->store().setMapping(m_halo.id, m_acme.id, QStringLiteral("T-9"), std::nullopt));
    QVERIFY(!model.setData(model.index(0, Col::EntityIdColumn), QStringLiteral("T-2")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QCOMPARE(m_f->session()->undoStack()->count(), 0);
    auto mapped = m_f->store().mappings(m_halo.id);
    REQUIRE_OK(mapped);
    QCOMPARE(mapped->first().entityId, QStringLiteral("T-9"));
}

void TestOrganizationStatusModel::reloadsOnSessionSignals() {
    OrganizationStatusModel model(m_f->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIntegration(m_halo.id);
    REQUIRE_OK(
        m_f->store().setConfig(m_halo.id, m_initech.id,
                               {ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://i"))}));
    // A change to another integration does not reload this one.
    Q_EMIT m_f->session()->configChanged(QStringLiteral("other"));
    QCOMPARE(cell(model, 2, Col::OverridesColumn), QStringLiteral("0"));
    Q_EMIT m_f->session()->configChanged(m_halo.id);
    QCOMPARE(cell(model, 2, Col::OverridesColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 2, Col::MissingColumn), QString());

    m_f->organization(QStringLiteral("Hooli"));
    Q_EMIT m_f->session()->organizationsChanged();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(cell(model, 2, Col::OrganizationColumn), QStringLiteral("Hooli"));
    QCOMPARE(model.rowOf(m_initech.id), 3);
}

void TestOrganizationStatusModel::filterProxy() {
    OrganizationStatusModel model(m_f->session());
    OrganizationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIntegration(m_halo.id);
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setSearchText(QStringLiteral("GLO"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, Col::OrganizationColumn), QStringLiteral("Globex"));
    proxy.setSearchText(QStringLiteral("t-1")); // entity id
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, Col::OrganizationColumn), QStringLiteral("Acme Ltd"));
    proxy.setSearchText(QStringLiteral("limited")); // entity name
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("nothing like it"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setOnlyMissingRequired(true);
    QCOMPARE(proxy.rowCount(), 2); // Acme and Initech miss url
    proxy.setOnlyUnmapped(true);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, Col::OrganizationColumn), QStringLiteral("Initech"));
    proxy.setOnlyMissingRequired(false);
    QCOMPARE(proxy.rowCount(), 2); // Globex and Initech have no entity id
    proxy.setOnlyUnmapped(false);

    // Edits through the proxy reach the store, and the filter follows the new mapping.
    proxy.setSearchText(QStringLiteral("T-7"));
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(model.setData(model.index(1, Col::EntityIdColumn), QStringLiteral("T-7")));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, Col::OrganizationColumn), QStringLiteral("Globex"));

    // Sorting by a column works on the fly.
    proxy.setSearchText(QString());
    proxy.sort(Col::OverridesColumn, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, Col::OrganizationColumn), QStringLiteral("Globex"));
    proxy.sort(Col::OrganizationColumn, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, Col::OrganizationColumn), QStringLiteral("Initech"));
}

void TestOrganizationStatusModel::filterNarrowsAt2000Rows() {
    Store &s = m_f->store();
    REQUIRE_OK(s.transaction([&]() -> Result<void> {
        for (int i = 0; i < 2000; ++i) {
            auto added =
                s.addOrganization(QStringLiteral("Customer %1 Holdings").arg(i, 4, 10, QLatin1Char('0')));
            if (!added)
                return added.error();
            if (i % 3 == 0) {
                auto mapped = s.setMapping(m_halo.id, added->id, QStringLiteral("E-%1").arg(i),
                                           QStringLiteral("Ent %1").arg(i));
                if (!mapped)
                    return mapped.error();
            }
        }
        return {};
    }));
    OrganizationStatusModel model(m_f->session());
    OrganizationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(Col::OrganizationColumn); // as the tab shows it
    model.setIntegration(m_halo.id);
    QCOMPARE(model.rowCount(), 2003);

    const QString typed = QStringLiteral("customer 19");
    QString needle;
    for (const QChar c : typed) {
        needle += c;
        proxy.setSearchText(needle);
    }
    QCOMPARE(proxy.rowCount(), 100); // Customer 1900..1999
}

QTEST_MAIN(TestOrganizationStatusModel)
#include "tst_organizationstatusmodel.moc"
