// The Organizations tab driven like an admin would: select organizations in the table, set or
// reset one key for all of them in one undo step, import mappings from CSV after a preview,
// accept auto-matches row by row, and edit one organization's mapping and overrides.
#include "dialogs/automatchdialog.h"
#include "dialogs/bulkeditdialog.h"
#include "dialogs/csvimportdialog.h"
#include "guitestutil.h"
#include "models/automatchmodel.h"
#include "models/configformmodel.h"
#include "models/mappingimportmodel.h"
#include "models/organizationfilterproxymodel.h"
#include "models/organizationstatusmodel.h"
#include "pages/integration/organizationstab.h"
#include "widgets/configformview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

using namespace bifrost;
using coretest::makeField;

namespace {

std::optional<QJsonValue> overrideOf(Store &store, const QString &integration, const QString &org,
                                     const QString &key) {
    auto values = store.configValues(integration, org);
    if (!values)
        return std::nullopt;
    for (const ConfigValue &v : std::as_const(*values)) {
        if (v.key == key && v.organizationId == org)
            return v.value;
    }
    return std::nullopt;
}

std::optional<Mapping> mappingOf(Store &store, const QString &integration, const QString &org) {
    auto all = store.mappings(integration);
    if (!all)
        return std::nullopt;
    for (const Mapping &m : std::as_const(*all)) {
        if (m.organization.id == org)
            return m;
    }
    return std::nullopt;
}

} // namespace

class TestOrganizationsTabGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bulkSetIsOneUndoStep();
    void bulkResetToDefault();
    void csvImportPreviewAndApply();
    void autoMatchAcceptsRows();
    void oneSelectedOrganizationShowsItsMappingAndOverrides();
    void searchFiltersAsYouType();

private:
    void clickRow(const QString &name, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // The dialog the tab opened, if it is showing.
    template <typename T>
    T *dialog() {
        T *d = m_tab->findChild<T *>();
        return d && d->isVisible() ? d : nullptr;
    }

    std::unique_ptr<guitest::Fixture> m_f;
    std::unique_ptr<OrganizationsTab> m_tab;
    Integration m_halo;
    Organization m_acme, m_globex, m_initech;
};

void TestOrganizationsTabGui::init() {
    m_f = std::make_unique<guitest::Fixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_halo =
        m_f->integration(QStringLiteral("Halo"), {makeField(QStringLiteral("url"), FieldType::String, true),
                                                  makeField(QStringLiteral("timeout"), FieldType::Int),
                                                  makeField(QStringLiteral("verbose"), FieldType::Bool)});
    m_acme = m_f->organization(QStringLiteral("Acme Ltd"));
    m_globex = m_f->organization(QStringLiteral("Globex"));
    m_initech = m_f->organization(QStringLiteral("Initech"));
    REQUIRE_OK(m_f->store().setConfig(
        m_halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30"))}));
    m_tab = std::make_unique<OrganizationsTab>(m_f->session());
    m_tab->resize(1200, 700);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    m_tab->setIntegration(m_halo.id);
    QCOMPARE(m_tab->table()->model()->rowCount(), 3);
}

void TestOrganizationsTabGui::cleanup() {
    m_tab.reset();
    // Widgets the form replaced are deleted later, as the event loop would do in the app.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_f.reset();
}

void TestOrganizationsTabGui::clickRow(const QString &name, Qt::KeyboardModifiers modifiers) {
    QTableView *table = m_tab->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, OrganizationStatusModel::OrganizationColumn);
        if (index.data().toString() == name) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                              table->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for %1").arg(name)));
}

void TestOrganizationsTabGui::bulkSetIsOneUndoStep() {
    auto *bulkSet = m_tab->findChild<QPushButton *>(QStringLiteral("bulkSetButton"));
    QVERIFY(bulkSet);
    QVERIFY(!bulkSet->isEnabled()); // nothing selected
    CALL(clickRow(QStringLiteral("Acme Ltd")));
    CALL(clickRow(QStringLiteral("Initech"), Qt::ControlModifier));
    QCOMPARE(m_tab->selectedOrganizationIds().size(), 2);
    QVERIFY(bulkSet->isEnabled());

    QTest::mouseClick(bulkSet, Qt::LeftButton);
    auto *d = dialog<BulkEditDialog>();
    QVERIFY(d);
    QCOMPARE(d->mode(), BulkEditDialog::Mode::Set);
    d->keyBox()->setCurrentIndex(d->keyBox()->findData(QStringLiteral("timeout")));
    QVERIFY(d->valueEdit()->isVisible());
    QTest::keyClicks(d->valueEdit(), QStringLiteral("abc"));
    QVERIFY(d->errorLabel()->isVisible()); // core's message, as soon as the admin typed
    QVERIFY(d->errorLabel()->text().contains(QStringLiteral("timeout")));
    auto *ok = d->findChild<QPushButton *>(QStringLiteral("bulkOk"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(d->isVisible()); // refused: the input stays for correction
    QCOMPARE(m_f->session()->undoStack()->count(), 0);

    d->valueEdit()->clear();
    QTest::keyClicks(d->valueEdit(), QStringLiteral("45"));
    QVERIFY(!d->errorLabel()->isVisible());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_tab->findChild<BulkEditDialog *>());

    QCOMPARE(overrideOf(m_f->store(), m_halo.id, m_acme.id, QStringLiteral("timeout")), QJsonValue(45));
    QCOMPARE(overrideOf(m_f->store(), m_halo.id, m_initech.id, QStringLiteral("timeout")), QJsonValue(45));
    QVERIFY(!overrideOf(m_f->store(), m_halo.id, m_globex.id, QStringLiteral("timeout")));
    QCOMPARE(m_f->session()->undoStack()->count(), 1);
    // The table shows the new override counts, and the selection survived the reload.
    OrganizationStatusModel *model = m_tab->model();
    QCOMPARE(model->index(model->rowOf(m_acme.id), OrganizationStatusModel::OverridesColumn).data().toInt(),
             1);
    QCOMPARE(m_tab->selectedOrganizationIds().size(), 2);

    m_f->session()->undoStack()->undo();
    QVERIFY(!overrideOf(m_f->store(), m_halo.id, m_acme.id, QStringLiteral("timeout")));
    QVERIFY(!overrideOf(m_f->store(), m_halo.id, m_initech.id, QStringLiteral("timeout")));
    QCOMPARE(model->index(model->rowOf(m_acme.id), OrganizationStatusModel::OverridesColumn).data().toInt(),
             0);

    // A boolean key offers a choice instead of free text.
    QTest::mouseClick(bulkSet, Qt::LeftButton);
    d = dialog<BulkEditDialog>();
    QVERIFY(d);
    d->keyBox()->setCurrentIndex(d->keyBox()->findData(QStringLiteral("verbose")));
    QVERIFY(d->choiceBox()->isVisible());
    QVERIFY(!d->valueEdit()->isVisible());
    d->choiceBox()->setCurrentIndex(d->choiceBox()->findData(QStringLiteral("false")));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("bulkOk")), Qt::LeftButton);
    QTRY_VERIFY(!m_tab->findChild<BulkEditDialog *>());
    QCOMPARE(overrideOf(m_f->store(), m_halo.id, m_initech.id, QStringLiteral("verbose")), QJsonValue(false));
}

void TestOrganizationsTabGui::bulkResetToDefault() {
    for (const Organization &org : {m_acme, m_globex}) {
        REQUIRE_OK(m_f->store().setConfig(
            m_halo.id, org.id,
            {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("9")),
             ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://x"))}));
    }
    Q_EMIT m_f->session()->configChanged(m_halo.id);
    CALL(clickRow(QStringLiteral("Acme Ltd")));
    CALL(clickRow(QStringLiteral("Globex"), Qt::ShiftModifier));
    QCOMPARE(m_tab->selectedOrganizationIds().size(), 2);

    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("bulkResetButton")), Qt::LeftButton);
    auto *d = dialog<BulkEditDialog>();
    QVERIFY(d);
    QCOMPARE(d->mode(), BulkEditDialog::Mode::Reset);
    QVERIFY(!d->valueEdit()->isVisible());
    d->keyBox()->setCurrentIndex(d->keyBox()->findData(QStringLiteral("timeout")));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("bulkOk")), Qt::LeftButton);
    QTRY_VERIFY(!m_tab->findChild<BulkEditDialog *>());

    QVERIFY(!overrideOf(m_f->store(), m_halo.id, m_acme.id, QStringLiteral("timeout")));
    QVERIFY(!overrideOf(m_f->store(), m_halo.id, m_globex.id, QStringLiteral("timeout")));
    QVERIFY(overrideOf(m_f->store(), m_halo.id, m_acme.id, QStringLiteral("url"))); // other keys stay
    QCOMPARE(m_f->session()->undoStack()->count(), 1);
    m_f->session()->undoStack()->undo();
    QCOMPARE(overrideOf(m_f->store(), m_halo.id, m_acme.id, QStringLiteral("timeout")), QJsonValue(9));
    QCOMPARE(overrideOf(m_f->store(), m_halo.id, m_globex.id, QStringLiteral("timeout")), QJsonValue(9));
}

void TestOrganizationsTabGui::csvImportPreviewAndApply() {
    REQUIRE_OK(m_f->store().setMapping(m_halo.id, m_acme.id, QStringLiteral("T-1"), QStringLiteral("ACME")));
    REQUIRE_OK(
        m_f->store().setMapping(m_halo.id, m_initech.id, QStringLiteral("I-0"), QStringLiteral("Initech")));
    Q_EMIT m_f->session()->mappingsChanged(m_halo.id);

    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("importCsvButton")), Qt::LeftButton);
    auto *d = dialog<CsvImportDialog>();
    QVERIFY(d);
    QAbstractItemModelTester tester(d->previewModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(!d->applyButton()->isEnabled());

    // Unreadable input: the error, no preview, nothing to apply.
    d->textEdit()->setPlainText(QStringLiteral("organization,entity_id,entity_name\n\"Acme Ltd,T-1"));
    QTest::mouseClick(d->previewButton(), Qt::LeftButton);
    QVERIFY(!d->statusLabel()->text().isEmpty());
    QCOMPARE(d->previewModel()->rowCount(), 0);
    QVERIFY(!d->applyButton()->isEnabled());

    d->textEdit()->setPlainText(QStringLiteral("organization,entity_id,entity_name\n"
                                               "Acme Ltd,T-1,ACME\n"
                                               "Globex,G-2,Globex Corp\n"
                                               "Initech,I-3,Initech\n"
                                               "Nobody Inc,X-9,Nobody\n"));
    QTest::mouseClick(d->previewButton(), Qt::LeftButton);
    MappingImportModel *preview = d->previewModel();
    QCOMPARE(preview->rowCount(), 4);
    auto action = [&](int row) {
        return ImportAction(preview->index(row, 0).data(MappingImportModel::ActionRole).toInt());
    };
    QCOMPARE(action(0), ImportAction::Unchanged);
    QCOMPARE(action(1), ImportAction::Create);
    QCOMPARE(action(2), ImportAction::Update);
    QCOMPARE(action(3), ImportAction::UnknownOrganization);
    QCOMPARE(preview->index(3, MappingImportModel::ActionColumn).data().toString(),
             MappingImportModel::actionText(ImportAction::UnknownOrganization));
    QCOMPARE(preview->index(2, MappingImportModel::CurrentColumn).data().toString(),
             QStringLiteral("I-0 (Initech)"));
    QVERIFY(d->statusLabel()->text().contains(QStringLiteral("1 to create")));
    QVERIFY(d->statusLabel()->text().contains(QStringLiteral("1 unknown")));
    QVERIFY(d->applyButton()->isEnabled());

    QTest::mouseClick(d->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_tab->findChild<CsvImportDialog *>());
    QCOMPARE(mappingOf(m_f->store(), m_halo.id, m_globex.id)->entityId, QStringLiteral("G-2"));
    QCOMPARE(mappingOf(m_f->store(), m_halo.id, m_globex.id)->entityName, QStringLiteral("Globex Corp"));
    QCOMPARE(mappingOf(m_f->store(), m_halo.id, m_initech.id)->entityId, QStringLiteral("I-3"));
    QCOMPARE(m_f->session()->undoStack()->count(), 1);
    OrganizationStatusModel *model = m_tab->model();
    QCOMPARE(
        model->index(model->rowOf(m_globex.id), OrganizationStatusModel::EntityIdColumn).data().toString(),
        QStringLiteral("G-2"));

    m_f->session()->undoStack()->undo();
    QVERIFY(!mappingOf(m_f->store(), m_halo.id, m_globex.id));
    QCOMPARE(mappingOf(m_f->store(), m_halo.id, m_initech.id)->entityId, QStringLiteral("I-0"));
}

void TestOrganizationsTabGui::autoMatchAcceptsRows() {
    m_f->organization(QStringLiteral("Umbrella Holdings"));
    Q_EMIT m_f->session()->organizationsChanged();
    REQUIRE_OK(
        m_f->store().setMapping(m_halo.id, m_initech.id, QStringLiteral("I-0"), QStringLiteral("Initech")));
    Q_EMIT m_f->session()->mappingsChanged(m_halo.id);

    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("autoMatchButton")), Qt::LeftButton);
    auto *d = dialog<AutoMatchDialog>();
    QVERIFY(d);
    QAbstractItemModelTester tester(d->matchModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    d->textEdit()->setPlainText(QStringLiteral("entity_id,entity_name\n"
                                               "E-1,ACME Ltd.\n"
                                               "E-2,Umbrela Holdings\n"
                                               "E-3,Initech\n"
                                               "E-4,Something Else Entirely\n"));
    QTest::mouseClick(d->matchButton(), Qt::LeftButton);
    AutoMatchModel *matches = d->matchModel();
    // Initech has an entity id already and is left out unless asked for.
    QCOMPARE(matches->rowCount(), 2);
    int exact = -1;
    int fuzzy = -1;
    for (int row = 0; row < matches->rowCount(); ++row) {
        const AutoMatchModel::Row &r = matches->rows().at(row);
        (r.match.kind == MatchKind::Exact ? exact : fuzzy) = row;
    }
    QVERIFY(exact >= 0 && fuzzy >= 0);
    QCOMPARE(matches->rows().at(exact).match.organization.id, m_acme.id);
    QCOMPARE(matches->index(exact, AutoMatchModel::AcceptColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(matches->index(fuzzy, AutoMatchModel::AcceptColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(matches->index(fuzzy, AutoMatchModel::EntityIdColumn).data().toString(), QStringLiteral("E-2"));
    QVERIFY(d->applyButton()->isEnabled());

    // Accept the fuzzy row from the keyboard: Space on its check box.
    QTableView *view = d->matchView();
    view->setFocus();
    view->setCurrentIndex(matches->index(fuzzy, AutoMatchModel::AcceptColumn));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(matches->index(fuzzy, AutoMatchModel::AcceptColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(matches->acceptedCount(), 2);
    // ...then reject the exact one the same way.
    view->setCurrentIndex(matches->index(exact, AutoMatchModel::AcceptColumn));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(matches->index(exact, AutoMatchModel::AcceptColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(matches->acceptedCount(), 1);

    QTest::mouseClick(d->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_tab->findChild<AutoMatchDialog *>());
    const auto umbrella = m_tab->model()->statuses().at(m_tab->model()->rowCount() - 1);
    QCOMPARE(umbrella.organization.name, QStringLiteral("Umbrella Holdings"));
    QVERIFY(umbrella.mapping);
    QCOMPARE(umbrella.mapping->entityId, QStringLiteral("E-2"));
    QCOMPARE(umbrella.mapping->entityName, QStringLiteral("Umbrela Holdings"));
    QVERIFY(!mappingOf(m_f->store(), m_halo.id, m_acme.id)); // rejected
    QCOMPARE(mappingOf(m_f->store(), m_halo.id, m_initech.id)->entityId, QStringLiteral("I-0"));
    QCOMPARE(m_f->session()->undoStack()->count(), 1);
}

void TestOrganizationsTabGui::oneSelectedOrganizationShowsItsMappingAndOverrides() {
    auto *detail = m_tab->findChild<QStackedWidget *>(QStringLiteral("organizationDetail"));
    auto *hint = m_tab->findChild<QLabel *>(QStringLiteral("organizationHint"));
    QVERIFY(detail && hint);
    QCOMPARE(detail->currentWidget(), hint);

    CALL(clickRow(QStringLiteral("Globex")));
    QVERIFY(detail->currentWidget() != hint);
    QCOMPARE(m_tab->shownOrganizationId(), m_globex.id);
    ConfigFormView *form = m_tab->formView();
    QVERIFY(form->isVisible());
    QCOMPARE(form->model()->organizationId(), m_globex.id);
    QCOMPARE(form->model()->rowCount(), 3);
    QVERIFY(form->editorFor(QStringLiteral("timeout")));
    QVERIFY(!m_tab->hasPendingEdits());

    // Map it from the editor; Enter applies.
    QLineEdit *entityId = m_tab->entityIdEdit();
    QVERIFY(!entityId->accessibleName().isEmpty());
    QTest::keyClicks(entityId, QStringLiteral("G-7"));
    QTest::keyClicks(m_tab->entityNameEdit(), QStringLiteral("Globex Corporation"));
    QVERIFY(m_tab->hasPendingEdits());
    QVERIFY(m_tab->applyMappingButton()->isEnabled());
    QTest::keyClick(m_tab->entityNameEdit(), Qt::Key_Return);
    QVERIFY(!m_tab->hasPendingEdits());
    auto mapped = mappingOf(m_f->store(), m_halo.id, m_globex.id);
    QVERIFY(mapped);
    QCOMPARE(mapped->entityId, QStringLiteral("G-7"));
    QCOMPARE(mapped->entityName, QStringLiteral("Globex Corporation"));
    QCOMPARE(m_tab->model()
                 ->index(m_tab->model()->rowOf(m_globex.id), OrganizationStatusModel::EntityIdColumn)
                 .data()
                 .toString(),
             QStringLiteral("G-7"));

    // Undo shows in the editor at once (it holds no edit of its own).
    m_f->session()->undoStack()->undo();
    QCOMPARE(entityId->text(), QString());

    // An unsaved mapping edit is saved through savePendingEdits, as the page does on leaving.
    QTest::keyClicks(entityId, QStringLiteral("G-8"));
    QVERIFY(m_tab->hasPendingEdits());
    REQUIRE_OK(m_tab->savePendingEdits());
    QCOMPARE(mappingOf(m_f->store(), m_halo.id, m_globex.id)->entityId, QStringLiteral("G-8"));
    // ...and discarded through discardPendingEdits.
    entityId->clear();
    QTest::keyClicks(entityId, QStringLiteral("G-9"));
    m_tab->discardPendingEdits();
    QCOMPARE(entityId->text(), QStringLiteral("G-8"));
    QVERIFY(!m_tab->hasPendingEdits());

    // Several selected: the hint says how to edit them together.
    CALL(clickRow(QStringLiteral("Initech"), Qt::ControlModifier));
    QCOMPARE(detail->currentWidget(), hint);
    QVERIFY(hint->text().contains(QStringLiteral("2")));
    QVERIFY(m_tab->shownOrganizationId().isEmpty());
}

void TestOrganizationsTabGui::searchFiltersAsYouType() {
    Store &s = m_f->store();
    REQUIRE_OK(s.transaction([&]() -> Result<void> {
        for (int i = 0; i < 2000; ++i) {
            if (auto added = s.addOrganization(QStringLiteral("Customer %1").arg(i, 4, 10, QLatin1Char('0')));
                !added)
                return added.error();
        }
        return {};
    }));
    Q_EMIT m_f->session()->organizationsChanged();
    QCOMPARE(m_tab->model()->rowCount(), 2003);
    QLineEdit *search = m_tab->searchField();
    search->setFocus();
    for (const QChar c : QStringLiteral("customer 12")) {
        QTest::keyClick(search, c.toLatin1());
        QCoreApplication::processEvents();
    }
    QCOMPARE(m_tab->table()->model()->rowCount(), 100);
    auto *count = m_tab->findChild<QLabel *>(QStringLiteral("organizationCount"));
    QVERIFY(count->text().contains(QStringLiteral("100")));

    // Clearing the search shows everything again.
    search->clear();
    QCOMPARE(m_tab->table()->model()->rowCount(), 2003);
}

QTEST_MAIN(TestOrganizationsTabGui)
#include "tst_organizationstab_gui.moc"
