// The whole admin flow from the keyboard alone, as the issue asks: create an integration, add
// fields, set defaults, override for an organization. Only QTest key events drive the window;
// the test reads the store to see that each step landed.
#include "dialogs/newintegrationdialog.h"
#include "guitestutil.h"
#include "mainwindow/mainwindow.h"
#include "pages/integrationpage.h"
#include "pages/organizationpage.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
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

void type(const QString &text) {
    QTRY_VERIFY(focused()); // after a dialog closes, the window gets the focus back asynchronously
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTRY_VERIFY(focused()); // after a dialog closes, the window gets the focus back asynchronously
    QTest::keyClick(focused(), key, modifiers);
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

    // TODO(lead): continue the flow once H2's defaults form and H4's organizations tab are in,
    // with key events only:
    //   Alt+D (Defaults tab) -> type 30 into the "timeout" editor -> Ctrl+S;
    //   Alt+G (Organizations tab) -> select Contoso -> override "timeout" with 60 -> Ctrl+S;
    //   then check the store: default 30, Contoso's override 60.

    // 5. Ctrl+Z undoes step by step: the schema, the organization, the integration.
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
