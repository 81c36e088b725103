// The organization page and its commands: adding and renaming organizations undoably, deleting
// one after a confirmation that lists what goes with it, and the table of every integration as
// that organization sees it. Real widgets under QT_QPA_PLATFORM=offscreen on a real SQLite file.
#include "commands/organizationcommands.h"
#include "guitestutil.h"
#include "models/integrationstatusmodel.h"
#include "pages/organizationpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace bifrost;
using coretest::makeField;

namespace {

// integrationStatuses is written concurrently in core; until it lands the table stays empty.
// TODO(lead): remove once Store::integrationStatuses is implemented.
bool statusesImplemented(Store &store, const QString &organizationId) {
    auto statuses = store.integrationStatuses(organizationId);
    return statuses.ok() || !statuses.error().message.contains(QStringLiteral("not implemented"));
}

template <typename Dialog>
Dialog *visibleChild(const QWidget &parent, const QString &name) {
    for (Dialog *dialog : parent.findChildren<Dialog *>(name)) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void flushDeletes() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

struct Scenario {
    Integration halo;
    Integration graph;
    Organization contoso;
    Organization adatum;
};

// Contoso: mapped in HaloPSA with two overrides; nothing in MicrosoftGraph, whose required
// "tenant" has no default. Adatum: nothing anywhere.
Scenario makeScenario(guitest::Fixture &f) {
    Scenario s;
    s.halo =
        f.integration(QStringLiteral("HaloPSA"), {makeField(QStringLiteral("timeout"), FieldType::Int),
                                                  makeField(QStringLiteral("region"), FieldType::String)});
    s.graph = f.integration(QStringLiteral("MicrosoftGraph"),
                            {makeField(QStringLiteral("tenant"), FieldType::String, true)});
    s.contoso = f.organization(QStringLiteral("Contoso"));
    s.adatum = f.organization(QStringLiteral("Adatum"));
    if (QTest::currentTestFailed())
        return s;
    auto mapped =
        f.store().setMapping(s.halo.id, s.contoso.id, QStringLiteral("123"), QStringLiteral("Contoso Ltd"));
    if (!mapped)
        QTest::qFail(qPrintable(mapped.error().message), __FILE__, __LINE__);
    auto set = f.store().setConfig(s.halo.id, s.contoso.id,
                                   {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30")),
                                    ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))});
    if (!set)
        QTest::qFail(qPrintable(set.error().message), __FILE__, __LINE__);
    return s;
}

} // namespace

class TestOrganizationPageGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addOrganizationUndoRedo();
    void undoAddRefusedOnceTheOrganizationIsUsed();
    void renameFromThePageAndUndo();
    void renameToATakenNameKeepsTheDialog();
    void deleteDialogListsWhatGoes();
    void cancelDeleteKeepsEverything();
    void integrationTableContents();
    void activatingARowOpensTheIntegration();
};

void TestOrganizationPageGui::addOrganizationUndoRedo() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QSignalSpy changed(f.session(), &AdminSession::organizationsChanged);
    auto command = std::make_unique<AddOrganizationCommand>(f.session(), QStringLiteral("  Contoso "));
    AddOrganizationCommand *add = command.get();
    REQUIRE_OK(f.session()->execute(std::move(command)));
    auto stored = f.store().organization(add->createdId());
    REQUIRE_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("Contoso"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.session()->undoStack()->undoText(), QStringLiteral("Add organization \"Contoso\""));

    f.session()->undoStack()->undo();
    REQUIRE_ERROR(f.store().organization(QStringLiteral("Contoso")), ErrorCode::NotFound);
    QCOMPARE(changed.count(), 2);
    f.session()->undoStack()->redo();
    auto again = f.store().organization(QStringLiteral("Contoso"));
    REQUIRE_OK(again);
    QCOMPARE(add->createdId(), again->id);
    QCOMPARE(changed.count(), 3);

    // A name the store refuses leaves nothing on the stack.
    REQUIRE_ERROR(f.session()->execute(
                      std::make_unique<AddOrganizationCommand>(f.session(), QStringLiteral("contoso"))),
                  ErrorCode::Conflict);
    REQUIRE_ERROR(
        f.session()->execute(std::make_unique<AddOrganizationCommand>(f.session(), QStringLiteral("   "))),
        ErrorCode::InvalidInput);
    QCOMPARE(f.session()->undoStack()->count(), 1);
}

void TestOrganizationPageGui::undoAddRefusedOnceTheOrganizationIsUsed() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("HaloPSA"));
    CALL(void());
    auto command = std::make_unique<AddOrganizationCommand>(f.session(), QStringLiteral("Contoso"));
    AddOrganizationCommand *add = command.get();
    REQUIRE_OK(f.session()->execute(std::move(command)));
    // A mapping made outside the undo stack: undo must not delete it with the organization.
    REQUIRE_OK(f.store().setMapping(halo.id, add->createdId(), QStringLiteral("7"), QString()));
    QSignalSpy failed(f.session(), &AdminSession::commandFailed);
    f.session()->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    REQUIRE_OK(f.store().organization(QStringLiteral("Contoso")));
    QCOMPARE(f.session()->undoStack()->count(), 0); // dropped, not pretending it ran
}

void TestOrganizationPageGui::renameFromThePageAndUndo() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    CALL(void());
    OrganizationPage page(f.session());
    page.setOrganization(contoso.id);
    page.show();
    auto *title = page.findChild<QLabel *>(QStringLiteral("organizationTitle"));
    QCOMPARE(title->text(), QStringLiteral("Contoso"));

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("renameOrganization")), Qt::LeftButton);
    auto *dialog = visibleChild<QInputDialog>(page, QStringLiteral("renameOrganizationDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("Contoso"));
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Contoso Ltd"));
    QTest::keyClick(edit, Qt::Key_Return);
    flushDeletes();

    auto renamed = f.store().organization(contoso.id);
    REQUIRE_OK(renamed);
    QCOMPARE(renamed->name, QStringLiteral("Contoso Ltd"));
    QCOMPARE(title->text(), QStringLiteral("Contoso Ltd"));
    QCOMPARE(f.session()->undoStack()->count(), 1);

    f.session()->undoStack()->undo();
    QCOMPARE(f.store().organization(contoso.id)->name, QStringLiteral("Contoso"));
    QCOMPARE(title->text(), QStringLiteral("Contoso"));
    f.session()->undoStack()->redo();
    QCOMPARE(title->text(), QStringLiteral("Contoso Ltd"));

    // Renamed again elsewhere: undo refuses instead of overwriting that name.
    REQUIRE_OK(f.store().renameOrganization(contoso.id, QStringLiteral("Contoso Group")));
    QSignalSpy failed(f.session(), &AdminSession::commandFailed);
    f.session()->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("Contoso Group")));
    QCOMPARE(f.store().organization(contoso.id)->name, QStringLiteral("Contoso Group"));
}

void TestOrganizationPageGui::renameToATakenNameKeepsTheDialog() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    f.organization(QStringLiteral("Adatum"));
    CALL(void());
    OrganizationPage page(f.session());
    page.setOrganization(contoso.id);
    page.show();

    page.rename();
    auto *dialog = visibleChild<QInputDialog>(page, QStringLiteral("renameOrganizationDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("ADATUM"));
    dialog->accept();
    flushDeletes();
    // The store's message, and the name as typed, in a new dialog.
    dialog = visibleChild<QInputDialog>(page, QStringLiteral("renameOrganizationDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("ADATUM"));
    QVERIFY2(dialog->labelText().contains(QStringLiteral("already exists")), qPrintable(dialog->labelText()));
    QCOMPARE(f.session()->undoStack()->count(), 0);
    dialog->reject();
    flushDeletes();
    QVERIFY(!visibleChild<QInputDialog>(page, QStringLiteral("renameOrganizationDialog")));
    QCOMPARE(f.store().organization(contoso.id)->name, QStringLiteral("Contoso"));
}

void TestOrganizationPageGui::deleteDialogListsWhatGoes() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Scenario s = makeScenario(f);
    CALL(void());
    OrganizationPage page(f.session());
    page.setOrganization(s.contoso.id);
    page.show();
    QSignalSpy removed(&page, &OrganizationPage::organizationRemoved);
    QSignalSpy everything(f.session(), &AdminSession::everythingChanged);
    REQUIRE_OK(f.session()->execute(
        std::make_unique<AddOrganizationCommand>(f.session(), QStringLiteral("Fabrikam"))));

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("deleteOrganization")), Qt::LeftButton);
    auto *box = visibleChild<QMessageBox>(page, QStringLiteral("deleteOrganizationDialog"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Contoso")));
    const QString details = box->informativeText();
    QVERIFY2(details.contains(QStringLiteral("cannot be undone")), qPrintable(details));
    if (statusesImplemented(f.store(), s.contoso.id)) {
        QCOMPARE(page.deletionConsequences(),
                 QStringList{
                     QStringLiteral("HaloPSA: the mapping to entity 123 (Contoso Ltd) and 2 override(s)")});
        QVERIFY2(details.contains(
                     QStringLiteral("HaloPSA: the mapping to entity 123 (Contoso Ltd) and 2 override(s)")),
                 qPrintable(details));
        QVERIFY(!details.contains(QStringLiteral("MicrosoftGraph")));
    } else {
        QVERIFY2(details.contains(QStringLiteral("could not be listed")), qPrintable(details));
    }
    // Cancel is the default: Enter alone deletes nothing.
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));

    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")), Qt::LeftButton);
    flushDeletes();
    REQUIRE_ERROR(f.store().organization(s.contoso.id), ErrorCode::NotFound);
    auto mappings = f.store().mappings(s.halo.id);
    REQUIRE_OK(mappings);
    QVERIFY(mappings->isEmpty());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), s.contoso.id);
    QCOMPARE(everything.count(), 1);
    QVERIFY(page.organizationId().isEmpty());
    // Not a command: the stack keeps what it had, and nothing offers to undo the delete.
    QCOMPARE(f.session()->undoStack()->count(), 1);
    QVERIFY(f.session()->undoStack()->undoText().contains(QStringLiteral("Fabrikam")));
}

void TestOrganizationPageGui::cancelDeleteKeepsEverything() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Scenario s = makeScenario(f);
    CALL(void());
    OrganizationPage page(f.session());
    page.setOrganization(s.contoso.id);
    page.show();
    page.remove();
    auto *box = visibleChild<QMessageBox>(page, QStringLiteral("deleteOrganizationDialog"));
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    flushDeletes();
    REQUIRE_OK(f.store().organization(s.contoso.id));
    QCOMPARE(f.store().mappings(s.halo.id)->size(), 1);
    QCOMPARE(page.organizationId(), s.contoso.id);
}

void TestOrganizationPageGui::integrationTableContents() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Scenario s = makeScenario(f);
    CALL(void());
    OrganizationPage page(f.session());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setOrganization(s.contoso.id);
    if (!statusesImplemented(f.store(), s.contoso.id)) {
        // The load error is on screen rather than an empty table that looks like "nothing here".
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("organizationError"))
                    ->text()
                    .contains(QStringLiteral("not implemented")));
        QSKIP("Store::integrationStatuses is not implemented yet");
    }
    IntegrationStatusModel *model = page.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), int(IntegrationStatusModel::ColumnCount));
    auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, IntegrationStatusModel::IntegrationColumn), QStringLiteral("HaloPSA"));
    QCOMPARE(cell(0, IntegrationStatusModel::EntityIdColumn), QStringLiteral("123"));
    QCOMPARE(cell(0, IntegrationStatusModel::EntityNameColumn), QStringLiteral("Contoso Ltd"));
    QCOMPARE(cell(0, IntegrationStatusModel::OverridesColumn), QStringLiteral("2"));
    QCOMPARE(cell(0, IntegrationStatusModel::MissingColumn), QString());
    QCOMPARE(model->index(0, 0).data(IntegrationStatusModel::IntegrationIdRole).toString(), s.halo.id);
    QCOMPARE(cell(1, IntegrationStatusModel::IntegrationColumn), QStringLiteral("MicrosoftGraph"));
    QCOMPARE(cell(1, IntegrationStatusModel::EntityIdColumn), QString());
    QCOMPARE(cell(1, IntegrationStatusModel::OverridesColumn), QStringLiteral("0"));
    QCOMPARE(cell(1, IntegrationStatusModel::MissingColumn), QStringLiteral("tenant"));
    QVERIFY(model->index(1, 0).data(IntegrationStatusModel::MissingRequiredRole).toBool());

    // A change announced by the session shows at once.
    REQUIRE_OK(f.store().setConfig(s.graph.id, {},
                                   {ConfigChange::setText(QStringLiteral("tenant"), QStringLiteral("t"))}));
    Q_EMIT f.session()->configChanged(s.graph.id);
    QCOMPARE(cell(1, IntegrationStatusModel::MissingColumn), QString());
    REQUIRE_OK(f.store().setMapping(s.graph.id, s.contoso.id, QStringLiteral("tenant-1"), QString()));
    Q_EMIT f.session()->mappingsChanged(s.graph.id);
    QCOMPARE(cell(1, IntegrationStatusModel::EntityIdColumn), QStringLiteral("tenant-1"));

    page.setOrganization(s.adatum.id);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(cell(0, IntegrationStatusModel::EntityIdColumn), QString());
    QCOMPARE(cell(0, IntegrationStatusModel::OverridesColumn), QStringLiteral("0"));
    page.setOrganization({});
    QCOMPARE(model->rowCount(), 0);
}

void TestOrganizationPageGui::activatingARowOpensTheIntegration() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Scenario s = makeScenario(f);
    CALL(void());
    if (!statusesImplemented(f.store(), s.contoso.id))
        QSKIP("Store::integrationStatuses is not implemented yet");
    OrganizationPage page(f.session());
    page.setOrganization(s.contoso.id);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy activated(&page, &OrganizationPage::integrationActivated);
    QTableView *table = page.table();
    table->setFocus();
    table->setCurrentIndex(page.model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), s.graph.id);
}

QTEST_MAIN(TestOrganizationPageGui)
#include "tst_organizationpage_gui.moc"
