// The whole admin flow from the keyboard alone, as the issue asks: create an integration, add
// fields, set defaults, override for an organization, undo it all. Only QTest key events drive
// the window, sent to the focused widget; the test reads the store to see that each step landed.
#include "dialogs/newintegrationdialog.h"
#include "guitestutil.h"
#include "mainwindow/mainwindow.h"
#include "pages/integration/organizationstab.h"
#include "pages/integrationpage.h"
#include "pages/organizationpage.h"
#include "resolve/resolver.h"
#include "widgets/configformview.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace bifrost;

namespace {

void showActive(MainWindow &window) {
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

// Keys go where the focus is, as they would for a person at the keyboard.
QWidget *focused() {
    return QApplication::focusWidget();
}

// Between two keystrokes of a person the event loop runs: widgets added to a layout are shown
// then, and a dialog that closed gives the focus back to the window.
void settle() {
    QCoreApplication::processEvents();
}

void type(const QString &text) {
    settle();
    QTRY_VERIFY(focused()); // after a dialog closes, the window gets the focus back asynchronously
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    settle();
    QTRY_VERIFY(focused()); // after a dialog closes, the window gets the focus back asynchronously
    QTest::keyClick(focused(), key, modifiers);
}

// A stored value (Undefined when not set) at the defaults level or for one organization.
QJsonValue stored(Store &store, const QString &integration, const QString &org, const QString &key) {
    auto values = store.configValues(integration, org);
    if (!values)
        return QJsonValue(QStringLiteral("<error>"));
    for (const ConfigValue &v : std::as_const(*values)) {
        if (v.key == key)
            return v.value;
    }
    return QJsonValue::Undefined;
}

} // namespace

class TestKeyboardFlowGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createIntegrationAndOrganizationFromTheKeyboard();
};

void TestKeyboardFlowGui::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bifrost-admin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboardflow_gui"));
}

void TestKeyboardFlowGui::createIntegrationAndOrganizationFromTheKeyboard() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    MainWindow window(f.session());
    CALL(showActive(window));

    // 1. Ctrl+N, a name, a Tab to the description, Enter: created and opened.
    CALL(press(Qt::Key_N, Qt::ControlModifier));
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    QCOMPARE(focused()->objectName(), QStringLiteral("integrationName"));
    CALL(type(QStringLiteral("HaloPSA")));
    CALL(press(Qt::Key_Tab));
    QCOMPARE(focused()->objectName(), QStringLiteral("integrationDescription"));
    CALL(type(QStringLiteral("Tickets and clients")));
    CALL(press(Qt::Key_Return));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto halo = f.store().integration(QStringLiteral("HaloPSA"));
    REQUIRE_OK(halo);
    QCOMPARE(halo->description, QStringLiteral("Tickets and clients"));
    QCOMPARE(window.pages()->currentWidget(), window.integrationPage());
    QCOMPARE(window.integrationPage()->integrationId(), halo->id);
    // The focus lands on the page, ready for the tabs' mnemonics.
    QTRY_VERIFY(window.integrationPage()->isAncestorOf(focused()));

    // 2. Ctrl+Shift+N: an organization, opened at once.
    CALL(press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier));
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    CALL(type(QStringLiteral("Contoso")));
    CALL(press(Qt::Key_Return));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto contoso = f.store().organization(QStringLiteral("Contoso"));
    REQUIRE_OK(contoso);
    QCOMPARE(window.pages()->currentWidget(), window.organizationPage());
    QCOMPARE(window.organizationPage()->organizationId(), contoso->id);

    // 3. Back to the integration through the search: Ctrl+F, a few letters, Enter.
    CALL(press(Qt::Key_F, Qt::ControlModifier));
    QCOMPARE(focused(), window.navigationSearch());
    CALL(type(QStringLiteral("halo")));
    CALL(press(Qt::Key_Return));
    QCOMPARE(window.integrationPage()->integrationId(), halo->id);
    QVERIFY(window.integrationPage()->isAncestorOf(focused()));

    // 4. Alt+S opens the Schema tab; Tab walks into it; Insert adds a field and edits its key;
    //    Enter commits the key; Ctrl+S applies the schema.
    CALL(press(Qt::Key_S, Qt::AltModifier));
    QTabWidget *tabs = window.integrationPage()->tabs();
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("schemaTab"));
    CALL(press(Qt::Key_Tab));
    QVERIFY2(tabs->currentWidget()->isAncestorOf(focused()), qPrintable(focused()->objectName()));
    CALL(press(Qt::Key_Insert));
    CALL(type(QStringLiteral("timeout")));
    CALL(press(Qt::Key_Return));
    CALL(press(Qt::Key_S, Qt::ControlModifier));
    auto withSchema = f.store().integration(halo->id);
    REQUIRE_OK(withSchema);
    QVERIFY2(withSchema->field(QStringLiteral("timeout")), "the schema tab did not apply the new field");

    // 5. Alt+D opens the Defaults tab; Tab enters its form; 30 into "timeout"; Ctrl+S applies.
    CALL(press(Qt::Key_D, Qt::AltModifier));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("defaultsTab"));
    CALL(press(Qt::Key_Tab));
    QCOMPARE(focused()->objectName(), QStringLiteral("editor_timeout"));
    CALL(type(QStringLiteral("30")));
    CALL(press(Qt::Key_S, Qt::ControlModifier));
    QCOMPARE(stored(f.store(), halo->id, {}, QStringLiteral("timeout")), QJsonValue(QStringLiteral("30")));

    // 6. Ctrl+Shift+N: a second organization, so that the search below has something to do.
    CALL(press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier));
    CALL(type(QStringLiteral("Fabrikam")));
    CALL(press(Qt::Key_Return));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE_OK(f.store().organization(QStringLiteral("Fabrikam")));
    QCOMPARE(window.pages()->currentWidget(), window.organizationPage());

    // 7. Back to the integration (Ctrl+F, "halo", Enter), Alt+G for its Organizations tab, Tab to
    //    its search, "contoso", Down into the table (Contoso selected and open), Tab past the
    //    mapping to the override form, 60 into "timeout", Ctrl+S.
    CALL(press(Qt::Key_F, Qt::ControlModifier));
    CALL(type(QStringLiteral("halo")));
    CALL(press(Qt::Key_Return));
    QCOMPARE(window.integrationPage()->integrationId(), halo->id);
    CALL(press(Qt::Key_G, Qt::AltModifier));
    OrganizationsTab *organizations = window.integrationPage()->organizationsTab();
    QCOMPARE(tabs->currentWidget(), organizations);
    CALL(press(Qt::Key_Tab));
    QCOMPARE(focused()->objectName(), QStringLiteral("organizationSearch"));
    CALL(type(QStringLiteral("contoso")));
    QCOMPARE(organizations->table()->model()->rowCount(), 1);
    CALL(press(Qt::Key_Down));
    QCOMPARE(focused(), organizations->table());
    QCOMPARE(organizations->shownOrganizationId(), contoso->id);
    CALL(press(Qt::Key_Tab));
    QCOMPARE(focused()->objectName(), QStringLiteral("mappingEntityId"));
    CALL(press(Qt::Key_Tab));
    QCOMPARE(focused()->objectName(), QStringLiteral("mappingEntityName"));
    CALL(press(Qt::Key_Tab));
    QCOMPARE(focused(), organizations->formView()->editorFor(QStringLiteral("timeout")));
    CALL(type(QStringLiteral("60")));
    CALL(press(Qt::Key_S, Qt::ControlModifier));
    QCOMPARE(stored(f.store(), halo->id, {}, QStringLiteral("timeout")), QJsonValue(QStringLiteral("30")));
    QCOMPARE(stored(f.store(), halo->id, contoso->id, QStringLiteral("timeout")),
             QJsonValue(QStringLiteral("60")));
    {
        auto contosoData = resolveFromStore(f.store(), halo->id, contoso->id, false);
        REQUIRE_OK(contosoData);
        QCOMPARE(contosoData->config.value(QStringLiteral("timeout")), QJsonValue(QStringLiteral("60")));
        auto fabrikamData = resolveFromStore(f.store(), halo->id, QStringLiteral("Fabrikam"), false);
        REQUIRE_OK(fabrikamData);
        QCOMPARE(fabrikamData->config.value(QStringLiteral("timeout")), QJsonValue(QStringLiteral("30")));
    }

    // 8. Ctrl+Z, still in the field: the override goes, and the field shows the default again.
    CALL(press(Qt::Key_Z, Qt::ControlModifier));
    QVERIFY(stored(f.store(), halo->id, contoso->id, QStringLiteral("timeout")).isUndefined());
    {
        auto contosoData = resolveFromStore(f.store(), halo->id, contoso->id, false);
        REQUIRE_OK(contosoData);
        QCOMPARE(contosoData->config.value(QStringLiteral("timeout")), QJsonValue(QStringLiteral("30")));
    }
    QCOMPARE(
        qobject_cast<QLineEdit *>(organizations->formView()->editorFor(QStringLiteral("timeout")))->text(),
        QString());

    // 9. Ctrl+Z undoes the rest step by step: Fabrikam, the default, the schema, Contoso and the
    //    integration.
    CALL(press(Qt::Key_Z, Qt::ControlModifier));
    REQUIRE_ERROR(f.store().organization(QStringLiteral("Fabrikam")), ErrorCode::NotFound);
    CALL(press(Qt::Key_Z, Qt::ControlModifier));
    QVERIFY(stored(f.store(), halo->id, {}, QStringLiteral("timeout")).isUndefined());
    CALL(press(Qt::Key_Z, Qt::ControlModifier));
    QVERIFY(!f.store().integration(halo->id)->field(QStringLiteral("timeout")));
    CALL(press(Qt::Key_Z, Qt::ControlModifier));
    REQUIRE_ERROR(f.store().organization(QStringLiteral("Contoso")), ErrorCode::NotFound);
    CALL(press(Qt::Key_Z, Qt::ControlModifier));
    REQUIRE_ERROR(f.store().integration(QStringLiteral("HaloPSA")), ErrorCode::NotFound);
    QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
    QCOMPARE(focused(), window.navigationView()); // not the search field, where Ctrl+Z edits text
    CALL(press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier));
    REQUIRE_OK(f.store().integration(QStringLiteral("HaloPSA")));
}

QTEST_MAIN(TestKeyboardFlowGui)
#include "tst_keyboardflow_gui.moc"
