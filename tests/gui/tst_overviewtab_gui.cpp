// The Overview tab and the integration commands behind it: settings edited in place, applied
// with Ctrl+S and undone; a setting changed underneath is refused without losing what was
// typed; renaming warns about workflows and keeps the dialog open on a refused name; the health
// summary counts mapped organizations and lists those missing required values, and follows
// changes made elsewhere in the session.
#include "commands/configeditcommand.h"
#include "commands/integrationcommands.h"
#include "guitestutil.h"
#include "pages/integration/overviewtab.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

using namespace bifrost;
using coretest::makeField;

class TestOverviewTabGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editSettingsApplyUndo();
    void settingChangedUnderneathIsRefused();
    void renameWarnsAndUndoes();
    void renameRefusedKeepsDialogOpen();
    void healthSummary();
    void createIntegrationCommand();
    void renameUndoRefusedWhenRenamedElsewhere();

private:
    void openTab(const QString &integrationId);
    template <typename T>
    T *child(const char *name) {
        return m_tab->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<guitest::Fixture> m_f;
    std::unique_ptr<OverviewTab> m_tab;
};

void TestOverviewTabGui::init() {
    m_f = std::make_unique<guitest::Fixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
}

void TestOverviewTabGui::cleanup() {
    m_tab.reset();
    m_f.reset();
}

void TestOverviewTabGui::openTab(const QString &integrationId) {
    m_tab = std::make_unique<OverviewTab>(m_f->session());
    m_tab->resize(800, 600);
    m_tab->setIntegration(integrationId);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
}

void TestOverviewTabGui::editSettingsApplyUndo() {
    const Integration halo = m_f->integration(QStringLiteral("Halo"));
    CALL(openTab(halo.id));
    auto *description = child<QPlainTextEdit>("descriptionEdit");
    auto *entityId = child<QLineEdit>("defaultEntityIdEdit");
    auto *label = child<QLineEdit>("entityIdLabelEdit");
    auto *apply = child<QPushButton>("applyOverviewButton");
    QVERIFY(description && entityId && label && apply);
    QVERIFY(!description->accessibleName().isEmpty());
    QVERIFY(!apply->isEnabled());
    QCOMPARE(child<QLabel>("integrationName")->text(), QStringLiteral("Halo"));

    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Tickets and assets"));
    QTest::keyClick(description, Qt::Key_Tab); // leaves the text, as the tab order says
    QTRY_VERIFY(entityId->hasFocus());
    QTest::keyClicks(entityId, QStringLiteral(" 42 "));
    QTest::keyClick(entityId, Qt::Key_Tab);
    QTRY_VERIFY(label->hasFocus());
    QTest::keyClicks(label, QStringLiteral("Client ID"));
    QVERIFY(apply->isEnabled());
    QVERIFY(m_tab->hasPendingEdits());
    QSignalSpy changed(m_f->session(), &AdminSession::integrationChanged);

    QTest::keyClick(label, Qt::Key_S, Qt::ControlModifier);
    auto stored = m_f->store().integration(halo.id);
    REQUIRE_OK(stored);
    QCOMPARE(stored->description, QStringLiteral("Tickets and assets"));
    QCOMPARE(stored->defaultEntityId, QStringLiteral("42"));
    QCOMPARE(stored->entityIdLabel, QStringLiteral("Client ID"));
    QCOMPARE(entityId->text(), QStringLiteral("42")); // reloaded as stored
    QVERIFY(!m_tab->hasPendingEdits());
    QVERIFY(!apply->isEnabled());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_f->session()->undoStack()->count(), 1);

    m_f->session()->undoStack()->undo();
    stored = m_f->store().integration(halo.id);
    QCOMPARE(stored->description, QString());
    QCOMPARE(stored->defaultEntityId, QString());
    QCOMPARE(stored->entityIdLabel, QString());
    QCOMPARE(description->toPlainText(), QString());
    QCOMPARE(label->text(), QString());
    m_f->session()->undoStack()->redo();
    QCOMPARE(m_f->store().integration(halo.id)->entityIdLabel, QStringLiteral("Client ID"));
    QCOMPARE(label->text(), QStringLiteral("Client ID"));

    // Only what changed is written: another setting changed elsewhere is left alone.
    IntegrationUpdate elsewhere;
    elsewhere.description = QStringLiteral("theirs");
    REQUIRE_OK(m_f->store().updateIntegration(halo.id, elsewhere));
    label->setText(QStringLiteral("Customer"));
    REQUIRE_OK(m_tab->savePendingEdits());
    QCOMPARE(m_f->store().integration(halo.id)->description, QStringLiteral("theirs"));
    QCOMPARE(m_f->store().integration(halo.id)->entityIdLabel, QStringLiteral("Customer"));
}

void TestOverviewTabGui::settingChangedUnderneathIsRefused() {
    const Integration halo = m_f->integration(QStringLiteral("Halo"));
    CALL(openTab(halo.id));
    auto *description = child<QPlainTextEdit>("descriptionEdit");
    IntegrationUpdate elsewhere;
    elsewhere.description = QStringLiteral("theirs");
    REQUIRE_OK(m_f->store().updateIntegration(halo.id, elsewhere)); // another process: no signal here

    description->setPlainText(QStringLiteral("mine"));
    QTest::mouseClick(child<QPushButton>("applyOverviewButton"), Qt::LeftButton);
    QCOMPARE(m_f->store().integration(halo.id)->description, QStringLiteral("theirs"));
    QCOMPARE(description->toPlainText(), QStringLiteral("mine"));
    auto *error = child<QLabel>("overviewError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("description")), qPrintable(error->text()));
    QCOMPARE(m_f->session()->undoStack()->count(), 0);
    QVERIFY(m_tab->hasPendingEdits());

    // Applying again, having seen the message, replaces it; undo brings theirs back.
    REQUIRE_OK(m_tab->savePendingEdits());
    QCOMPARE(m_f->store().integration(halo.id)->description, QStringLiteral("mine"));
    m_f->session()->undoStack()->undo();
    QCOMPARE(m_f->store().integration(halo.id)->description, QStringLiteral("theirs"));
    QCOMPARE(description->toPlainText(), QStringLiteral("theirs"));
}

void TestOverviewTabGui::renameWarnsAndUndoes() {
    const Integration halo = m_f->integration(QStringLiteral("Halo"));
    CALL(openTab(halo.id));
    QSignalSpy renamed(m_f->session(), &AdminSession::integrationsChanged);
    QString warning;
    bool okInitiallyEnabled = true;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QStringLiteral("renameIntegrationDialog"))
            return;
        warning = dialog->findChild<QLabel *>(QStringLiteral("renameWarning"))->text();
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("renameOkButton"));
        okInitiallyEnabled = ok->isEnabled(); // the unchanged name cannot be "renamed"
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("newNameEdit"));
        QTest::keyClicks(edit, QStringLiteral("HaloPSA"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>("renameButton"), Qt::LeftButton);
    QVERIFY2(warning.contains(QStringLiteral("\"Halo\"")), qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("workflow")));
    QVERIFY(!okInitiallyEnabled);
    QCOMPARE(m_f->store().integration(halo.id)->name, QStringLiteral("HaloPSA"));
    QCOMPARE(child<QLabel>("integrationName")->text(), QStringLiteral("HaloPSA"));
    QCOMPARE(renamed.count(), 1);

    m_f->session()->undoStack()->undo();
    QCOMPARE(m_f->store().integration(halo.id)->name, QStringLiteral("Halo"));
    QCOMPARE(child<QLabel>("integrationName")->text(), QStringLiteral("Halo"));
}

void TestOverviewTabGui::renameRefusedKeepsDialogOpen() {
    const Integration halo = m_f->integration(QStringLiteral("Halo"));
    m_f->integration(QStringLiteral("Graph"));
    CALL(openTab(halo.id));
    QString error;
    bool reopened = false;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("newNameEdit"));
        edit->setText(QStringLiteral("Graph"));
        QTimer::singleShot(0, qApp, [&] {
            auto *again = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!again)
                return;
            reopened = true;
            auto *label = again->findChild<QLabel *>(QStringLiteral("renameError"));
            error = label->isVisible() ? label->text() : QString();
            // What was typed is still there to correct.
            if (again->findChild<QLineEdit *>(QStringLiteral("newNameEdit"))->text() !=
                QStringLiteral("Graph"))
                error.clear();
            again->reject();
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("renameOkButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("renameButton"), Qt::LeftButton);
    QVERIFY(reopened);
    QVERIFY2(error.contains(QStringLiteral("Graph")), qPrintable(error));
    QCOMPARE(m_f->store().integration(halo.id)->name, QStringLiteral("Halo"));
    QCOMPARE(m_f->session()->undoStack()->count(), 0);
}

void TestOverviewTabGui::healthSummary() {
    const Integration halo = m_f->integration(QStringLiteral("Halo"),
                                              {makeField(QStringLiteral("url"), FieldType::String, true),
                                               makeField(QStringLiteral("region"), FieldType::String, true),
                                               makeField(QStringLiteral("note"), FieldType::String)});
    const Organization alpha = m_f->organization(QStringLiteral("Alpha"));
    const Organization beta = m_f->organization(QStringLiteral("Beta"));
    const Organization gamma = m_f->organization(QStringLiteral("Gamma"));
    REQUIRE_OK(m_f->store().setConfig(
        halo.id, {}, {ConfigChange::setJson(QStringLiteral("region"), QStringLiteral("eu"))}));
    REQUIRE_OK(m_f->store().setConfig(
        halo.id, alpha.id, {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("https://a"))}));
    REQUIRE_OK(m_f->store().setMapping(halo.id, alpha.id, QStringLiteral("1"), QStringLiteral("Alpha Ltd")));
    REQUIRE_OK(m_f->store().setMapping(halo.id, beta.id, QStringLiteral("2"), QStringLiteral("Beta Ltd")));
    CALL(openTab(halo.id));

    auto *summary = child<QLabel>("healthSummary");
    QVERIFY2(summary->text().contains(QStringLiteral("2 of 3 organization(s) mapped")),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("2 organization(s) with missing required values")),
             qPrintable(summary->text()));
    QTableWidget *table = m_tab->missingTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Beta"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("url"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Gamma"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("not mapped"));

    QSignalSpy activated(m_tab.get(), &OverviewTab::organizationActivated);
    const QRect gammaCell = table->visualItemRect(table->item(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, gammaCell.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), gamma.id);
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), beta.id);

    // A default set through the session heals everyone, and the summary follows at once.
    REQUIRE_OK(m_f->session()->execute(std::make_unique<ConfigEditCommand>(
        m_f->session(), halo.id,
        QList<ConfigEditCommand::LevelEdit>{
            {QString(), {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("https://default"))}}},
        QStringLiteral("set url"))));
    QVERIFY2(summary->text().contains(QStringLiteral("every organization has all required values")),
             qPrintable(summary->text()));
    QCOMPARE(table->rowCount(), 0);
    m_f->session()->undoStack()->undo();
    QCOMPARE(table->rowCount(), 2);
}

void TestOverviewTabGui::createIntegrationCommand() {
    QSignalSpy listChanged(m_f->session(), &AdminSession::integrationsChanged);
    IntegrationFields fields;
    fields.name = QStringLiteral("Graph");
    fields.description = QStringLiteral("Microsoft Graph");
    auto command = std::make_unique<CreateIntegrationCommand>(m_f->session(), fields);
    CreateIntegrationCommand *created = command.get();
    REQUIRE_OK(m_f->session()->execute(std::move(command)));
    QVERIFY(!created->createdId().isEmpty());
    auto stored = m_f->store().integration(created->createdId());
    REQUIRE_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("Graph"));
    QCOMPARE(stored->description, QStringLiteral("Microsoft Graph"));
    QCOMPARE(listChanged.count(), 1);

    m_f->session()->undoStack()->undo();
    REQUIRE_ERROR(m_f->store().integration(QStringLiteral("Graph")), ErrorCode::NotFound);
    m_f->session()->undoStack()->redo();
    REQUIRE_OK(m_f->store().integration(QStringLiteral("Graph")));
    QCOMPARE(created->createdId(), m_f->store().integration(QStringLiteral("Graph"))->id);
    QCOMPARE(listChanged.count(), 3);

    // A taken name is refused and nothing is stacked.
    REQUIRE_ERROR(m_f->session()->execute(std::make_unique<CreateIntegrationCommand>(m_f->session(), fields)),
                  ErrorCode::Conflict);
    QCOMPARE(m_f->session()->undoStack()->count(), 1);

    // Undo never deletes data it did not create: once the integration holds values, it refuses.
    REQUIRE_OK(m_f->store().setSchema(QStringLiteral("Graph"),
                                      {makeField(QStringLiteral("tenant"), FieldType::String)},
                                      SchemaWrite::Apply));
    REQUIRE_OK(m_f->store().setConfig(
        QStringLiteral("Graph"), {}, {ConfigChange::setJson(QStringLiteral("tenant"), QStringLiteral("t"))}));
    QSignalSpy failed(m_f->session(), &AdminSession::commandFailed);
    m_f->session()->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    REQUIRE_OK(m_f->store().integration(QStringLiteral("Graph")));
}

void TestOverviewTabGui::renameUndoRefusedWhenRenamedElsewhere() {
    const Integration halo = m_f->integration(QStringLiteral("Halo"));
    REQUIRE_OK(m_f->session()->execute(
        std::make_unique<RenameIntegrationCommand>(m_f->session(), halo.id, QStringLiteral("HaloPSA"))));
    REQUIRE_OK(m_f->store().renameIntegration(halo.id, QStringLiteral("Halo.ServiceDesk")));
    QSignalSpy failed(m_f->session(), &AdminSession::commandFailed);
    m_f->session()->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("Halo.ServiceDesk")));
    QCOMPARE(m_f->store().integration(halo.id)->name, QStringLiteral("Halo.ServiceDesk"));
}

QTEST_MAIN(TestOverviewTabGui)
#include "tst_overviewtab_gui.moc"
