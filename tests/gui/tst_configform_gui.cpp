// The generated configuration form driven like an admin drives it: typing into the real editors
// offscreen, Tab to move on, Ctrl+S to apply; then what reached the store.
#include "delegates/configvaluedelegate.h"
#include "guitestutil.h"
#include "models/configformmodel.h"
#include "pages/integration/defaultstab.h"
#include "widgets/configformview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace bifrost;
using coretest::makeField;
using guitest::child;
using guitest::focus;

namespace {

QString storedSecret(Store &store, const QString &integration, const QString &key) {
    auto values = store.configValues(integration, {});
    if (!values)
        return {};
    for (const ConfigValue &v : std::as_const(*values)) {
        if (v.key == key && v.isSecret()) {
            auto plain = store.readSecret(v.secretRef);
            return plain ? *plain : QString();
        }
    }
    return {};
}

void pressTab() {
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

} // namespace

class TestConfigFormGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsTabTypeValidateApply();
    void editorsMatchFieldTypes();
    void jsonErrorShowsLineAndColumn();
    void secretIsRevealedOnlyOnRequest();
    void organizationLevelInheritsAndResets();
    void failedApplyShowsBannerAndKeepsInput();
    void conflictFromAnotherConnectionNamesWhoAndReloads();
    void keyboardTabOrderIsTopDown();
    void ctrlZUndoesTypingThenTheApply();
};

void TestConfigFormGui::defaultsTabTypeValidateApply() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    DefaultsTab tab(f.session());
    tab.resize(700, 800);
    tab.setIntegration(halo.id);
    QAbstractItemModelTester tester(tab.form()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    auto *label = child<QLabel>(&tab, QStringLiteral("label_url"));
    auto *url = child<QLineEdit>(&tab, QStringLiteral("editor_url"));
    auto *urlError = child<QLabel>(&tab, QStringLiteral("error_url"));
    auto *timeout = child<QLineEdit>(&tab, QStringLiteral("editor_timeout"));
    auto *timeoutError = child<QLabel>(&tab, QStringLiteral("error_timeout"));
    auto *verbose = child<QComboBox>(&tab, QStringLiteral("editor_verbose"));
    auto *region = child<QComboBox>(&tab, QStringLiteral("editor_region"));
    auto *apply = child<QPushButton>(&tab, QStringLiteral("applyButton"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(label->text(), QStringLiteral("Base URL *"));
    QVERIFY(label->font().bold());
    QCOMPARE(label->toolTip(), QStringLiteral("Where the API lives"));
    QCOMPARE(url->accessibleName(), QStringLiteral("Base URL"));
    QCOMPARE(url->placeholderText(), QStringLiteral("https://api.example.com"));
    QVERIFY(!apply->isEnabled());
    // An empty required field is not an error before the admin touches it.
    QVERIFY(urlError->isHidden());

    focus(url);
    QTest::keyClicks(url, QStringLiteral("ftp://x"));
    QVERIFY(urlError->isHidden()); // not while typing
    QVERIFY(apply->isEnabled());   // something to apply already
    pressTab();
    QVERIFY(timeout->hasFocus());
    QVERIFY(urlError->isVisible());
    QVERIFY2(urlError->text().contains(QStringLiteral("pattern")), qPrintable(urlError->text()));
    QVERIFY(timeoutError->isHidden());

    focus(url);
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://halo.example"));
    pressTab();
    QVERIFY(urlError->isHidden());

    // The integer editor refuses letters outright and leaves the range to core.
    QTest::keyClicks(timeout, QStringLiteral("5x000"));
    QCOMPARE(timeout->text(), QStringLiteral("5000"));
    pressTab();
    QVERIFY(timeoutError->isVisible());
    QVERIFY2(timeoutError->text().contains(QStringLiteral("maximum 3600")), qPrintable(timeoutError->text()));
    focus(timeout);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("60"));
    pressTab();
    QVERIFY(timeoutError->isHidden());

    QCOMPARE(verbose->count(), 3);
    QCOMPARE(verbose->itemText(0), QStringLiteral("Not set"));
    verbose->setCurrentIndex(verbose->findText(QStringLiteral("True")));
    region->setCurrentIndex(region->findText(QStringLiteral("us")));
    QVERIFY(tab.hasPendingEdits());

    focus(url);
    QTest::keyClick(url, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!tab.hasPendingEdits());
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("url")),
             QJsonValue(QStringLiteral("https://halo.example")));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(60));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("verbose")), QJsonValue(true));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("region")),
             QJsonValue(QStringLiteral("us")));
    QCOMPARE(f.session()->undoStack()->count(), 1);
    QVERIFY(!apply->isEnabled());

    // Undo (anywhere in the app) shows up in the form.
    f.session()->undoStack()->undo();
    QVERIFY(timeout->text().isEmpty());
    QCOMPARE(verbose->currentIndex(), 0);
    f.session()->undoStack()->redo();
    QCOMPARE(timeout->text(), QStringLiteral("60"));

    // Bool back to "Not set" removes the value.
    verbose->setCurrentIndex(0);
    REQUIRE_OK(tab.savePendingEdits());
    QVERIFY(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("verbose")).isUndefined());
}

void TestConfigFormGui::editorsMatchFieldTypes() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    ConfigFormView view(f.session());
    view.setLevel(halo.id);
    QVERIFY(qobject_cast<QLineEdit *>(view.editorFor(QStringLiteral("url"))));
    QVERIFY(qobject_cast<QLineEdit *>(view.editorFor(QStringLiteral("timeout")))->validator());
    QVERIFY(qobject_cast<QComboBox *>(view.editorFor(QStringLiteral("verbose"))));
    QVERIFY(qobject_cast<QPlainTextEdit *>(view.editorFor(QStringLiteral("extra"))));
    auto *secret = qobject_cast<QLineEdit *>(view.editorFor(QStringLiteral("api_key")));
    QVERIFY(secret);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    auto *region = qobject_cast<QComboBox *>(view.editorFor(QStringLiteral("region")));
    QVERIFY(region);
    QCOMPARE(region->count(), 3);
    QCOMPARE(region->itemText(1), QStringLiteral("eu"));
    for (const SchemaField &field : halo.schema) {
        QVERIFY(!view.editorFor(field.key)->accessibleName().isEmpty());
        QCOMPARE(view.editorFor(field.key)->accessibleName(), field.displayName());
    }

    // An organization's form names its editors the same way (a screen reader says which field).
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    CALL(void());
    view.setLevel(halo.id, contoso.id);
    for (const SchemaField &field : halo.schema) {
        QWidget *editor = view.editorFor(field.key);
        QVERIFY2(editor, qPrintable(field.key));
        QCOMPARE(editor->accessibleName(), field.displayName());
    }
}

void TestConfigFormGui::jsonErrorShowsLineAndColumn() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    DefaultsTab tab(f.session());
    tab.setIntegration(halo.id);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *extra = child<QPlainTextEdit>(&tab, QStringLiteral("editor_extra"));
    auto *error = child<QLabel>(&tab, QStringLiteral("error_extra"));
    if (QTest::currentTestFailed())
        return;

    focus(extra);
    QTest::keyClicks(extra, QStringLiteral("{"));
    QTest::keyClick(extra, Qt::Key_Return);
    QTest::keyClicks(extra, QStringLiteral("  \"a\": 1,"));
    QTest::keyClick(extra, Qt::Key_Return);
    QTest::keyClicks(extra, QStringLiteral("  \"b\": }"));
    QVERIFY(error->isHidden());
    pressTab(); // leaves the editor instead of inserting a tab
    QVERIFY(!extra->hasFocus());
    QVERIFY(!extra->toPlainText().contains(QLatin1Char('\t')));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("line 3")) &&
                 error->text().contains(QStringLiteral("column")),
             qPrintable(error->text()));

    // Apply is refused with the banner; the text stays as typed.
    auto *banner = child<QLabel>(&tab, QStringLiteral("formError"));
    QVERIFY(!tab.savePendingEdits().ok());
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("line 3")));
    QVERIFY(extra->toPlainText().contains(QStringLiteral("\"b\": }")));

    focus(extra);
    extra->selectAll();
    QTest::keyClicks(extra, QStringLiteral("{\"a\": [1, 2]}"));
    pressTab();
    QVERIFY(error->isHidden());
    REQUIRE_OK(tab.savePendingEdits());
    QVERIFY(banner->isHidden());
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("extra"))
                 .toObject()
                 .value(QStringLiteral("a"))
                 .toArray()
                 .size(),
             2);
}

void TestConfigFormGui::secretIsRevealedOnlyOnRequest() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    DefaultsTab tab(f.session());
    tab.setIntegration(halo.id);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *key = child<QLineEdit>(&tab, QStringLiteral("editor_api_key"));
    auto *reveal = child<QToolButton>(&tab, QStringLiteral("reveal_api_key"));
    auto *clear = child<QToolButton>(&tab, QStringLiteral("clear_api_key"));
    auto *status = child<QLabel>(&tab, QStringLiteral("status_api_key"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!reveal->isEnabled());
    QVERIFY(!clear->isEnabled());
    QCOMPARE(key->placeholderText(), QStringLiteral("not set"));

    const QString secret = coretest::uniqueSecret(QStringLiteral("gui"));
    focus(key);
    QTest::keyClicks(key, secret);
    pressTab();
    REQUIRE_OK(tab.savePendingEdits());
    QVERIFY2(storedSecret(f.store(), halo.id, QStringLiteral("api_key")) == secret,
             "the typed secret is stored");
    // Never shown again unless asked for.
    QVERIFY(key->text().isEmpty());
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(key->placeholderText().startsWith(QStringLiteral("secret configured")));
    QCOMPARE(status->text(), QStringLiteral("Secret configured"));
    QVERIFY(reveal->isEnabled());

    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY2(key->text() == secret, "Reveal shows the stored secret");
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QVERIFY(!tab.hasPendingEdits());

    // Replace… empties the field for a new secret, masked again.
    auto *replace = child<QToolButton>(&tab, QStringLiteral("replace_api_key"));
    QVERIFY(replace && replace->isEnabled());
    QTest::mouseClick(replace, Qt::LeftButton);
    QVERIFY(key->text().isEmpty());
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(key->hasFocus());

    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(tab.hasPendingEdits());
    QVERIFY(key->text().isEmpty());
    REQUIRE_OK(tab.savePendingEdits());
    QVERIFY(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("api_key")).isUndefined());
}

void TestConfigFormGui::organizationLevelInheritsAndResets() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    const Organization acme = f.organization(QStringLiteral("Acme"));
    CALL(REQUIRE_OK(
        f.store().setConfig(halo.id, {},
                            {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30")),
                             ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))})));
    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, acme.id, {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("us"))})));

    ConfigFormView view(f.session());
    view.setLevel(halo.id, acme.id);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(700, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *timeout = child<QLineEdit>(&view, QStringLiteral("editor_timeout"));
    auto *timeoutStatus = child<QLabel>(&view, QStringLiteral("status_timeout"));
    auto *timeoutReset = child<QToolButton>(&view, QStringLiteral("reset_timeout"));
    auto *region = child<QComboBox>(&view, QStringLiteral("editor_region"));
    auto *regionStatus = child<QLabel>(&view, QStringLiteral("status_region"));
    auto *regionReset = child<QToolButton>(&view, QStringLiteral("reset_region"));
    if (QTest::currentTestFailed())
        return;

    // Inherited: greyed, with the default's value; the editor itself is empty.
    QVERIFY(timeout->text().isEmpty());
    QVERIFY(timeout->placeholderText().contains(QStringLiteral("30")));
    QVERIFY(!timeout->font().bold());
    QVERIFY(timeoutStatus->text().contains(QStringLiteral("30")));
    QVERIFY(timeoutStatus->property("inherited").toBool());
    QCOMPARE(timeoutStatus->palette().color(QPalette::WindowText),
             timeoutStatus->palette().color(QPalette::PlaceholderText));
    QVERIFY(!timeoutReset->isEnabled());
    // Overridden: bold, with the default it hides.
    QCOMPARE(region->currentText(), QStringLiteral("us"));
    QVERIFY(region->font().bold());
    QVERIFY(!regionStatus->property("inherited").toBool());
    QVERIFY(regionStatus->text().contains(QStringLiteral("eu")));
    QVERIFY(regionReset->isEnabled());

    focus(timeout);
    QTest::keyClicks(timeout, QStringLiteral("90"));
    pressTab();
    QVERIFY(timeout->font().bold());
    QVERIFY(timeoutReset->isEnabled());
    QVERIFY(!timeoutStatus->property("inherited").toBool());

    QTest::mouseClick(regionReset, Qt::LeftButton);
    QCOMPARE(region->currentIndex(), 0);
    QVERIFY(region->currentText().contains(QStringLiteral("eu"))); // "Not set (Default: eu)"
    QVERIFY(!region->font().bold());
    QVERIFY(regionStatus->property("inherited").toBool());
    QVERIFY(!regionReset->isEnabled());

    REQUIRE_OK(view.apply());
    QVERIFY(guitest::storedValue(f.store(), halo.id, acme.id, QStringLiteral("region")).isUndefined());
    QCOMPARE(guitest::storedValue(f.store(), halo.id, acme.id, QStringLiteral("timeout")), QJsonValue(90));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("region")),
             QJsonValue(QStringLiteral("eu")));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(30));
    QVERIFY(timeout->font().bold());
    QCOMPARE(timeout->text(), QStringLiteral("90"));
}

void TestConfigFormGui::failedApplyShowsBannerAndKeepsInput() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30"))})));
    DefaultsTab tab(f.session());
    tab.setIntegration(halo.id);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *timeout = child<QLineEdit>(&tab, QStringLiteral("editor_timeout"));
    auto *banner = child<QLabel>(&tab, QStringLiteral("formError"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(banner->isHidden());
    focus(timeout);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("60"));
    pressTab();

    // Another process changes the value underneath.
    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("45"))})));
    auto refused = tab.savePendingEdits();
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), tab.form()->model()->lastError());
    QCOMPARE(timeout->text(), QStringLiteral("60"));
    QVERIFY(tab.hasPendingEdits());
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(45));

    REQUIRE_OK(tab.savePendingEdits());
    QVERIFY(banner->isHidden());
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(60));

    // Revert puts the stored value back in the editor.
    focus(timeout);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("7"));
    pressTab();
    QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("revertButton")), Qt::LeftButton);
    QCOMPARE(timeout->text(), QStringLiteral("60"));
    QVERIFY(!tab.hasPendingEdits());

    // Loading the same integration again drops what was typed, in the editors too.
    focus(timeout);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("8"));
    QVERIFY(tab.hasPendingEdits());
    tab.setIntegration(halo.id);
    QVERIFY(!tab.hasPendingEdits());
    QCOMPARE(timeout->text(), QStringLiteral("60"));
}

// Issue 7: a colleague's save through another connection (another process, or another admin on
// the shared database) between this window's load and its save.
void TestConfigFormGui::conflictFromAnotherConnectionNamesWhoAndReloads() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30"))})));
    f.store().setActor(QStringLiteral("me"));
    DefaultsTab tab(f.session());
    tab.setIntegration(halo.id);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *timeout = child<QLineEdit>(&tab, QStringLiteral("editor_timeout"));
    auto *url = child<QLineEdit>(&tab, QStringLiteral("editor_url"));
    auto *banner = child<QLabel>(&tab, QStringLiteral("formError"));
    if (QTest::currentTestFailed())
        return;
    focus(timeout);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("60"));
    pressTab();
    focus(url);
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://mine.example"));
    pressTab();

    {
        // alice saves through a Store of her own on the same database.
        auto other = Store::open(f.path(), f.secrets());
        QVERIFY2(other, other ? "" : qPrintable(other.error().message));
        (*other)->setActor(QStringLiteral("alice"));
        CALL(REQUIRE_OK((*other)->setConfig(
            halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("45"))})));
    }

    // The save is refused as a whole and says what changed, by whom and when.
    auto refused = tab.savePendingEdits();
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    const QString message = refused.error().message;
    for (const QString &part :
         {QStringLiteral("config \"timeout\" of \"Halo\" (default)"), QStringLiteral("changed by alice at "),
          QStringLiteral(" UTC (30 -> 45)"), QStringLiteral("nothing was saved")})
        QVERIFY2(message.contains(part), qPrintable(message));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), message);
    QVERIFY(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("url")).isUndefined());

    // The form reloaded: it knows the new stored value, and both edits are kept.
    ConfigFormModel *model = tab.form()->model();
    const int timeoutRow = model->rowOfKey(QStringLiteral("timeout"));
    QCOMPARE(model->index(timeoutRow, ConfigFormModel::ValueColumn)
                 .data(ConfigFormModel::StoredValueRole)
                 .toString(),
             QStringLiteral("45"));
    QCOMPARE(timeout->text(), QStringLiteral("60"));
    QCOMPARE(url->text(), QStringLiteral("https://mine.example"));
    QVERIFY(tab.hasPendingEdits());

    // Applying again overwrites alice's value knowingly, with the version just reloaded.
    REQUIRE_OK(tab.savePendingEdits());
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(60));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("url")),
             QJsonValue(QStringLiteral("https://mine.example")));

    // An undo that alice's later change makes stale is refused, and the form shows her value.
    {
        auto other = Store::open(f.path(), f.secrets());
        QVERIFY(other);
        (*other)->setActor(QStringLiteral("alice"));
        CALL(REQUIRE_OK((*other)->setConfig(
            halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("90"))})));
    }
    QSignalSpy failed(f.session(), &AdminSession::commandFailed);
    f.session()->undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("changed by alice")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(timeout->text(), QStringLiteral("90"));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(90));
}

void TestConfigFormGui::keyboardTabOrderIsTopDown() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    DefaultsTab tab(f.session());
    tab.setIntegration(halo.id);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QWidget *first = tab.form()->editorFor(QStringLiteral("url"));
    QVERIFY(first);
    focus(first);
    QStringList visited{QApplication::focusWidget()->objectName()};
    for (int i = 0; i < 5; ++i) {
        pressTab();
        visited << QApplication::focusWidget()->objectName();
    }
    // Reveal and Clear are disabled while no secret is stored, so Tab skips them.
    QCOMPARE(visited, (QStringList{QStringLiteral("editor_url"), QStringLiteral("editor_timeout"),
                                   QStringLiteral("editor_verbose"), QStringLiteral("editor_extra"),
                                   QStringLiteral("editor_api_key"), QStringLiteral("editor_region")}));

    // A form built after the window (a tab opened for the first time): Tab from the scroll area,
    // where the focus lands when the tab opens, goes into the first field, not past the widgets
    // created after the form.
    {
        QWidget window;
        auto *later = new DefaultsTab(f.session(), &window);
        auto *after = new QLineEdit(&window);
        after->setObjectName(QStringLiteral("after"));
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(later);
        layout->addWidget(after);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        later->setIntegration(halo.id);
        QCoreApplication::processEvents(); // the new rows are shown
        focus(later->form()->findChild<QWidget *>(QStringLiteral("formScroll")));
        pressTab();
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("editor_url"));
        QCOMPARE(QApplication::focusWidget(), later->form()->editorFor(QStringLiteral("url")));
    }

    // The whole edit from the keyboard: type, Tab, choose with the arrow keys, Ctrl+S.
    focus(first);
    QTest::keyClicks(first, QStringLiteral("https://keys.example"));
    pressTab();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("120"));
    pressTab();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // verbose: Not set -> True
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("url")),
             QJsonValue(QStringLiteral("https://keys.example")));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(120));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("verbose")), QJsonValue(true));
}

void TestConfigFormGui::ctrlZUndoesTypingThenTheApply() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    CALL(void());
    // The window's Undo, as the main window has it.
    QWidget window;
    QAction *undo = f.session()->undoStack()->createUndoAction(&window);
    undo->setShortcuts(QKeySequence::Undo);
    window.addAction(undo);
    auto *view = new ConfigFormView(f.session(), &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(view);
    view->setLevel(halo.id, contoso.id);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *timeout = qobject_cast<QLineEdit *>(view->editorFor(QStringLiteral("timeout")));
    QVERIFY(timeout);
    focus(timeout);

    // While typing, Ctrl+Z takes back the text.
    QTest::keyClicks(timeout, QStringLiteral("45"));
    QTest::keyClick(timeout, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(timeout->text(), QString());
    QTest::keyClicks(timeout, QStringLiteral("4"));
    QCOMPARE(f.session()->undoStack()->count(), 0);

    // Applied, the field has nothing of its own to take back: Ctrl+Z undoes the apply, and the
    // field that still has the focus shows the value as it is now.
    QTest::keyClick(timeout, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(guitest::storedValue(f.store(), halo.id, contoso.id, QStringLiteral("timeout")), QJsonValue(4));
    QTest::keyClick(timeout, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(guitest::storedValue(f.store(), halo.id, contoso.id, QStringLiteral("timeout")).isUndefined());
    QCOMPARE(QApplication::focusWidget(), timeout);
    QCOMPARE(timeout->text(), QString());
    QVERIFY(!view->hasPendingEdits());
    // Leaving the field does not bring the undone value back as an edit.
    pressTab();
    QVERIFY(!view->hasPendingEdits());
}

QTEST_MAIN(TestConfigFormGui)
#include "tst_configform_gui.moc"
