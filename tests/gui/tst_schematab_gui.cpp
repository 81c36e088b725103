// The Schema tab driven like an admin would: fields added, typed and reordered from the
// keyboard and applied with Ctrl+S; removing a field that still holds values asks first,
// listing exactly those values, and only a confirmation removes them; Ctrl+Z brings back the
// schema and the values. A schema changed underneath is refused and the edits stay on screen.
#include "commands/schemacommand.h"
#include "dialogs/schemachangedialog.h"
#include "guitestutil.h"
#include "models/schemamodel.h"
#include "pages/integration/schematab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace bifrost;
using coretest::makeField;

namespace {

QStringList storedKeys(Store &store, const QString &integration) {
    auto loaded = store.integration(integration);
    if (!loaded)
        return {QStringLiteral("<error: ") + loaded.error().message + QLatin1Char('>')};
    QStringList keys;
    for (const SchemaField &f : std::as_const(loaded->schema))
        keys << f.key + QLatin1Char(':') + fieldTypeName(f.type);
    return keys;
}

QJsonValue stored(Store &store, const QString &integration, const QString &org, const QString &key) {
    auto values = store.configValues(integration, org);
    if (!values)
        return QJsonValue::Undefined;
    for (const ConfigValue &v : std::as_const(*values)) {
        if (v.key == key)
            return v.isSecret() ? QJsonValue(QStringLiteral("<secret>")) : v.value;
    }
    return QJsonValue::Undefined;
}

// What the next modal dialog showed; filled by answerSchemaDialog's timer.
struct DialogSeen {
    bool shown = false;
    QStringList values;
    QString applyText;
};

// When the next modal dialog opens, records its list and clicks Remove-and-apply or Cancel.
void answerSchemaDialog(DialogSeen *seen, bool confirm) {
    QTimer::singleShot(0, qApp, [seen, confirm] {
        auto *dialog = qobject_cast<SchemaChangeDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return; // the test sees shown == false
        seen->shown = true;
        for (int i = 0; i < dialog->valueList()->count(); ++i)
            seen->values << dialog->valueList()->item(i)->text();
        seen->applyText = dialog->applyButton()->text();
        QTest::mouseClick(confirm ? dialog->applyButton() : dialog->cancelButton(), Qt::LeftButton);
    });
}

} // namespace

class TestSchemaTabGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addFieldFromKeyboardAndApply();
    void reorderFromKeyboard();
    void invalidCellBlocksApply();
    void mnemonicsAndShortcuts();
    void removingFieldWithValuesAsksFirst();
    void typeChangeThatDropsValuesUndoesExactly();
    void conflictKeepsEdits();
    void undoReloadsTheTab();

private:
    void openTab(const QString &integrationId);

    std::unique_ptr<guitest::Fixture> m_f;
    std::unique_ptr<SchemaTab> m_tab;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSchemaTabGui::init() {
    m_f = std::make_unique<guitest::Fixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
}

void TestSchemaTabGui::cleanup() {
    m_tester.reset();
    m_tab.reset();
    m_f.reset();
}

void TestSchemaTabGui::openTab(const QString &integrationId) {
    m_tab = std::make_unique<SchemaTab>(m_f->session());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_tab->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_tab->resize(1000, 500);
    m_tab->setIntegration(integrationId);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    m_tab->view()->setFocus();
    QTRY_VERIFY(m_tab->view()->hasFocus());
}

void TestSchemaTabGui::addFieldFromKeyboardAndApply() {
    const Integration halo =
        m_f->integration(QStringLiteral("Halo"), {makeField(QStringLiteral("url"), FieldType::String)});
    CALL(openTab(halo.id));
    QTableView *view = m_tab->view();
    QCOMPARE(m_tab->model()->rowCount(), 1);
    QVERIFY(!m_tab->hasPendingEdits());

    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(m_tab->model()->rowCount(), 2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    auto *keyEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(!keyEditor->accessibleName().isEmpty());
    keyEditor->selectAll();
    QTest::keyClicks(keyEditor, QStringLiteral("timeout"));
    QTest::keyClick(keyEditor, Qt::Key_Return);
    QTRY_COMPARE(m_tab->model()->index(1, SchemaModel::KeyColumn).data().toString(),
                 QStringLiteral("timeout"));

    // Type: move right, F2 opens the combo box, Down picks "int".
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentIndex(), m_tab->model()->index(1, SchemaModel::TypeColumn));
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QCOMPARE(combo->currentText(), QStringLiteral("string"));
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(m_tab->model()->index(1, SchemaModel::TypeColumn).data().toString(), QStringLiteral("int"));
    QTest::keyClick(combo, Qt::Key_Return);

    // Required: Space on the checkbox cell toggles it.
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(m_tab->model()->index(1, SchemaModel::RequiredColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QVERIFY(m_tab->hasPendingEdits());
    QCOMPARE(storedKeys(m_f->store(), halo.id), QStringList{QStringLiteral("url:string")});

    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(storedKeys(m_f->store(), halo.id),
             (QStringList{QStringLiteral("url:string"), QStringLiteral("timeout:int")}));
    auto loaded = m_f->store().integration(halo.id);
    QVERIFY(loaded->schema.at(1).required);
    QVERIFY(!m_tab->hasPendingEdits());
    QCOMPARE(m_f->session()->undoStack()->count(), 1);
}

void TestSchemaTabGui::reorderFromKeyboard() {
    const Integration halo =
        m_f->integration(QStringLiteral("Halo"), {makeField(QStringLiteral("a"), FieldType::String),
                                                  makeField(QStringLiteral("b"), FieldType::Int),
                                                  makeField(QStringLiteral("c"), FieldType::Bool)});
    CALL(openTab(halo.id));
    QTableView *view = m_tab->view();
    view->setCurrentIndex(m_tab->model()->index(0, SchemaModel::KeyColumn));
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(view->currentIndex().row(), 2);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier); // already last: nothing happens
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(m_tab->model()->schema().at(1).key, QStringLiteral("a"));
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(storedKeys(m_f->store(), halo.id),
             (QStringList{QStringLiteral("b:int"), QStringLiteral("a:string"), QStringLiteral("c:bool")}));
    m_f->session()->undoStack()->undo();
    QCOMPARE(storedKeys(m_f->store(), halo.id),
             (QStringList{QStringLiteral("a:string"), QStringLiteral("b:int"), QStringLiteral("c:bool")}));
    QCOMPARE(m_tab->model()->schema().at(0).key, QStringLiteral("a")); // the tab reloaded
}

void TestSchemaTabGui::invalidCellBlocksApply() {
    const Integration halo =
        m_f->integration(QStringLiteral("Halo"), {makeField(QStringLiteral("url"), FieldType::String)});
    CALL(openTab(halo.id));
    SchemaModel *model = m_tab->model();
    QVERIFY(model->setData(model->index(0, SchemaModel::MinColumn), QStringLiteral("5")));
    auto *status = m_tab->findChild<QLabel *>(QStringLiteral("schemaStatus"));
    QVERIFY(status);
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("min")), qPrintable(status->text()));
    auto saved = m_tab->savePendingEdits();
    REQUIRE_ERROR(saved, ErrorCode::InvalidInput);
    QCOMPARE(m_tab->view()->currentIndex(), model->index(0, SchemaModel::MinColumn));
    QCOMPARE(storedKeys(m_f->store(), halo.id), QStringList{QStringLiteral("url:string")});
    QCOMPARE(m_f->session()->undoStack()->count(), 0);
    QVERIFY(model->setData(model->index(0, SchemaModel::MinColumn), QString()));
    QTRY_VERIFY(!status->isVisible());
}

void TestSchemaTabGui::removingFieldWithValuesAsksFirst() {
    const Integration halo =
        m_f->integration(QStringLiteral("Halo"), {makeField(QStringLiteral("url"), FieldType::String),
                                                  makeField(QStringLiteral("timeout"), FieldType::Int)});
    const Organization contoso = m_f->organization(QStringLiteral("Contoso"));
    REQUIRE_OK(m_f->store().setConfig(halo.id, {}, {ConfigChange::setJson(QStringLiteral("timeout"), 30)}));
    REQUIRE_OK(
        m_f->store().setConfig(halo.id, contoso.id, {ConfigChange::setJson(QStringLiteral("timeout"), 60)}));
    REQUIRE_OK(m_f->store().setConfig(
        halo.id, contoso.id, {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("https://c"))}));
    CALL(openTab(halo.id));
    QTableView *view = m_tab->view();
    view->setCurrentIndex(m_tab->model()->index(1, SchemaModel::KeyColumn));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_tab->model()->rowCount(), 1);

    // Cancel: nothing changes, the edit stays on screen.
    DialogSeen cancelled;
    answerSchemaDialog(&cancelled, false);
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(cancelled.shown);
    QCOMPARE(cancelled.values.size(), 2);
    QVERIFY2(cancelled.values.filter(QStringLiteral("default")).size() == 1,
             qPrintable(cancelled.values.join(u'|')));
    QVERIFY2(cancelled.values.filter(QStringLiteral("Contoso")).size() == 1,
             qPrintable(cancelled.values.join(u'|')));
    QVERIFY(cancelled.values.at(0).startsWith(QStringLiteral("timeout")));
    QVERIFY(cancelled.applyText.contains(QStringLiteral("2")));
    QCOMPARE(storedKeys(m_f->store(), halo.id),
             (QStringList{QStringLiteral("url:string"), QStringLiteral("timeout:int")}));
    QCOMPARE(stored(m_f->store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(30));
    QCOMPARE(stored(m_f->store(), halo.id, contoso.id, QStringLiteral("timeout")), QJsonValue(60));
    QVERIFY(m_tab->hasPendingEdits());
    QCOMPARE(m_tab->model()->rowCount(), 1);
    QCOMPARE(m_f->session()->undoStack()->count(), 0);

    // Confirm: the field and exactly those values go.
    m_tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    view->setFocus();
    DialogSeen confirmed;
    answerSchemaDialog(&confirmed, true);
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(confirmed.shown);
    QCOMPARE(confirmed.values, cancelled.values);
    QCOMPARE(storedKeys(m_f->store(), halo.id), QStringList{QStringLiteral("url:string")});
    QVERIFY(stored(m_f->store(), halo.id, {}, QStringLiteral("timeout")).isUndefined());
    QVERIFY(stored(m_f->store(), halo.id, contoso.id, QStringLiteral("timeout")).isUndefined());
    QCOMPARE(stored(m_f->store(), halo.id, contoso.id, QStringLiteral("url")),
             QJsonValue(QStringLiteral("https://c")));
    QVERIFY(!m_tab->hasPendingEdits());

    // Undo brings back the field and both values; redo removes them again.
    m_f->session()->undoStack()->undo();
    QCOMPARE(storedKeys(m_f->store(), halo.id),
             (QStringList{QStringLiteral("url:string"), QStringLiteral("timeout:int")}));
    QCOMPARE(stored(m_f->store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(30));
    QCOMPARE(stored(m_f->store(), halo.id, contoso.id, QStringLiteral("timeout")), QJsonValue(60));
    QCOMPARE(m_tab->model()->rowCount(), 2);
    m_f->session()->undoStack()->redo();
    QCOMPARE(storedKeys(m_f->store(), halo.id), QStringList{QStringLiteral("url:string")});
    QVERIFY(stored(m_f->store(), halo.id, contoso.id, QStringLiteral("timeout")).isUndefined());
    QCOMPARE(m_f->session()->undoStack()->count(), 1);
}

void TestSchemaTabGui::typeChangeThatDropsValuesUndoesExactly() {
    // string → secret moves values into the keychain; going back could never copy them out, so
    // undo must restore them from what the command kept. Secrets removed by a forced change come
    // back too.
    const Integration halo =
        m_f->integration(QStringLiteral("Halo"), {makeField(QStringLiteral("code"), FieldType::String),
                                                  makeField(QStringLiteral("token"), FieldType::Secret)});
    const Organization contoso = m_f->organization(QStringLiteral("Contoso"));
    const QString secret = coretest::uniqueSecret(QStringLiteral("token"));
    REQUIRE_OK(m_f->store().setConfig(halo.id, contoso.id,
                                      {ConfigChange::setJson(QStringLiteral("code"), QStringLiteral("abc")),
                                       ConfigChange::setJson(QStringLiteral("token"), secret)}));
    CALL(openTab(halo.id));
    SchemaModel *model = m_tab->model();
    QVERIFY(model->setData(model->index(0, SchemaModel::TypeColumn), QStringLiteral("secret")));
    QVERIFY(model->setData(model->index(1, SchemaModel::TypeColumn), QStringLiteral("string")));

    DialogSeen seen;
    answerSchemaDialog(&seen, true);
    REQUIRE_OK(m_tab->savePendingEdits());
    QVERIFY(seen.shown);
    QCOMPARE(seen.values.size(), 1); // the secret; "abc" becomes a secret, nothing lost
    QVERIFY(seen.values.at(0).startsWith(QStringLiteral("token")));
    QCOMPARE(storedKeys(m_f->store(), halo.id),
             (QStringList{QStringLiteral("code:secret"), QStringLiteral("token:string")}));
    QVERIFY(stored(m_f->store(), halo.id, contoso.id, QStringLiteral("token")).isUndefined());

    m_f->session()->undoStack()->undo();
    QCOMPARE(storedKeys(m_f->store(), halo.id),
             (QStringList{QStringLiteral("code:string"), QStringLiteral("token:secret")}));
    QCOMPARE(stored(m_f->store(), halo.id, contoso.id, QStringLiteral("code")),
             QJsonValue(QStringLiteral("abc")));
    auto values = m_f->store().configValues(halo.id, contoso.id);
    REQUIRE_OK(values);
    QString tokenRef;
    for (const ConfigValue &v : std::as_const(*values)) {
        if (v.key == QStringLiteral("token"))
            tokenRef = v.secretRef;
    }
    QVERIFY(!tokenRef.isEmpty());
    auto read = m_f->store().readSecret(tokenRef);
    REQUIRE_OK(read);
    QVERIFY(*read == secret); // not QCOMPARE: a secret never reaches the test output
    QVERIFY(!coretest::containsText(coretest::databaseBytes(m_f->path()), secret));
}

void TestSchemaTabGui::conflictKeepsEdits() {
    const Integration halo =
        m_f->integration(QStringLiteral("Halo"), {makeField(QStringLiteral("url"), FieldType::String)});
    CALL(openTab(halo.id));
    SchemaModel *model = m_tab->model();
    model->addField();
    QVERIFY(model->setData(model->index(1, SchemaModel::KeyColumn), QStringLiteral("mine")));

    // Another window (or process) changes the schema underneath, without telling this session.
    REQUIRE_OK(m_f->store().setSchema(halo.id,
                                      {makeField(QStringLiteral("url"), FieldType::String),
                                       makeField(QStringLiteral("theirs"), FieldType::Int)},
                                      SchemaWrite::Apply));
    auto saved = m_tab->savePendingEdits();
    REQUIRE_ERROR(saved, ErrorCode::Conflict);
    QCOMPARE(storedKeys(m_f->store(), halo.id),
             (QStringList{QStringLiteral("url:string"), QStringLiteral("theirs:int")}));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, SchemaModel::KeyColumn).data().toString(), QStringLiteral("mine"));
    QVERIFY(m_tab->hasPendingEdits());
    QCOMPARE(m_f->session()->undoStack()->count(), 0);

    // Applying again is now a deliberate choice, based on what is stored.
    REQUIRE_OK(m_tab->savePendingEdits());
    QCOMPARE(storedKeys(m_f->store(), halo.id),
             (QStringList{QStringLiteral("url:string"), QStringLiteral("mine:string")}));
}

void TestSchemaTabGui::undoReloadsTheTab() {
    const Integration halo =
        m_f->integration(QStringLiteral("Halo"), {makeField(QStringLiteral("url"), FieldType::String)});
    CALL(openTab(halo.id));
    SchemaModel *model = m_tab->model();
    QVERIFY(model->setData(model->index(0, SchemaModel::LabelColumn), QStringLiteral("URL")));
    REQUIRE_OK(m_tab->savePendingEdits());
    QCOMPARE(m_f->store().integration(halo.id)->schema.at(0).label, QStringLiteral("URL"));
    m_f->session()->undoStack()->undo();
    QCOMPARE(m_f->store().integration(halo.id)->schema.at(0).label, QString());
    QCOMPARE(model->index(0, SchemaModel::LabelColumn).data().toString(), QString());

    // An undo while the admin is editing keeps the edits (and says so).
    m_f->session()->undoStack()->redo();
    QVERIFY(model->setData(model->index(0, SchemaModel::DescriptionColumn), QStringLiteral("typing")));
    m_f->session()->undoStack()->undo();
    QCOMPARE(model->index(0, SchemaModel::DescriptionColumn).data().toString(), QStringLiteral("typing"));
    auto *status = m_tab->findChild<QLabel *>(QStringLiteral("schemaStatus"));
    QVERIFY(status->isVisibleTo(m_tab.get()));
    m_tab->discardPendingEdits();
    QCOMPARE(model->index(0, SchemaModel::DescriptionColumn).data().toString(), QString());
    QVERIFY(!m_tab->hasPendingEdits());
}

void TestSchemaTabGui::mnemonicsAndShortcuts() {
    const Integration halo =
        m_f->integration(QStringLiteral("Halo"), {makeField(QStringLiteral("url"), FieldType::String)});
    CALL(openTab(halo.id));
    QTableView *view = m_tab->view();
    QTest::keyClick(view, Qt::Key_A, Qt::AltModifier); // &Add field (a mnemonic animates the click)
    QTRY_COMPARE(m_tab->model()->rowCount(), 2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_tab->model()->rowCount(), 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_R, Qt::AltModifier); // &Remove field: the current one
    QTRY_COMPARE(m_tab->model()->rowCount(), 2);
    QTest::keyClick(view, Qt::Key_V, Qt::AltModifier); // Re&vert
    QTRY_COMPARE(m_tab->model()->rowCount(), 1);
    QVERIFY(!m_tab->hasPendingEdits());
}

QTEST_MAIN(TestSchemaTabGui)
#include "tst_schematab_gui.moc"
