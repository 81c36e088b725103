// File > Export and File > Import driven like an admin would, and the vault in the app: the
// export dialog writes a private, sealed bundle; the import dialog previews exactly the plan
// the core computes, re-runs it when the conflict choice changes, applies it and reloads the
// views; a wrong passphrase or a changed bundle is said in the dialog and changes nothing; the
// passphrase dialog's rules; the real bifrost-admin on a vault-backed database. Real widgets
// offscreen, real SQLite files, the real keychain (scripts/with-keyring) and real vault files.
#include "bundle/bundle.h"
#include "commands/organizationcommands.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/passphrasedialog.h"
#include "dialogs/preferencesdialog.h"
#include "guitestutil.h"
#include "mainwindow/mainwindow.h"
#include "models/navigationmodel.h"
#include "secrets/vaultsecretstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace bifrost;

namespace {

// Test values only; compared with QVERIFY so a failure never prints them.
const QString bundlePassphrase = QStringLiteral("correct horse battery");
const QString apiKey = QStringLiteral("sk-test-9f8e7d6c5b4a");
const QString vaultPassphrase = QStringLiteral("vault passphrase for tests");

void showActive(MainWindow &window) {
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

template <typename Dialog>
Dialog *openDialog(const QWidget &parent) {
    Dialog *found = nullptr;
    for (Dialog *dialog : parent.findChildren<Dialog *>()) {
        if (dialog->isVisible())
            found = dialog;
    }
    return found;
}

void flushDeletes() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QAction *action(const MainWindow &window, const QString &name) {
    return window.findChild<QAction *>(name);
}

// HaloPSA (every field type, a secret default, a Contoso override and mapping) and
// MicrosoftGraph (no values): what the export picks from.
void fillSource(guitest::Fixture &f) {
    f.integration(QStringLiteral("HaloPSA"), guitest::everyTypeSchema());
    f.integration(QStringLiteral("MicrosoftGraph"));
    f.organization(QStringLiteral("Contoso"));
    f.organization(QStringLiteral("Fabrikam"));
    if (QTest::currentTestFailed())
        return;
    REQUIRE_OK(f.store().setConfig(
        QStringLiteral("HaloPSA"), {},
        {ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://halo.example")),
         ConfigChange::setText(QStringLiteral("api_key"), apiKey)}));
    REQUIRE_OK(f.store().setConfig(QStringLiteral("HaloPSA"), QStringLiteral("Contoso"),
                                   {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("90"))}));
    REQUIRE_OK(f.store().setMapping(QStringLiteral("HaloPSA"), QStringLiteral("Contoso"),
                                    QStringLiteral("T-1"), QStringLiteral("Contoso Ltd")));
}

QString secretOf(Store &store, const QString &integration, const QString &key) {
    auto values = store.configValues(integration, {});
    if (!values)
        return {};
    for (const ConfigValue &v : std::as_const(*values)) {
        if (v.key == key && v.isSecret()) {
            auto secret = store.readSecret(v.secretRef);
            return secret ? *secret : QString();
        }
    }
    return {};
}

// A sealed bundle of HaloPSA written by the core, for the import tests.
QByteArray sealedBundle(guitest::Fixture &source) {
    bundle::ExportOptions options;
    options.integrations = {QStringLiteral("HaloPSA")};
    auto exported = bundle::exportBundle(source.store(), options, bundlePassphrase);
    if (!exported) {
        QTest::qFail(qPrintable(exported.error().message), __FILE__, __LINE__);
        return {};
    }
    return exported->bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A sealed bundle of a filled source database, written to `path` for the import dialog and
// kept in `bytes` for the core's plan to compare with.
void writeSealedBundle(const QString &path, QByteArray &bytes) {
    guitest::Fixture source;
    QVERIFY2(source.ok(), qPrintable(source.error()));
    CALL(fillSource(source));
    bytes = sealedBundle(source);
    CALL(void());
    QVERIFY(writeFile(path, bytes));
}

// The preview's rows as "action|object|integration|organization|key|detail".
QStringList previewRows(const QStandardItemModel *model) {
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

QString kindText(bundle::PlannedChange::Kind kind) {
    switch (kind) {
    case bundle::PlannedChange::Kind::Create:
        return QStringLiteral("create");
    case bundle::PlannedChange::Kind::Change:
        return QStringLiteral("change");
    case bundle::PlannedChange::Kind::Remove:
        return QStringLiteral("remove");
    case bundle::PlannedChange::Kind::Skip:
        return QStringLiteral("skip");
    case bundle::PlannedChange::Kind::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

QStringList planRows(const bundle::ImportReport &report) {
    QStringList rows;
    for (const bundle::PlannedChange &c : report.changes)
        rows << QStringList{kindText(c.kind), c.object, c.integration, c.organization, c.key, c.detail}.join(
            QLatin1Char('|'));
    return rows;
}

} // namespace

class TestBundleGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void passphraseDialogConfirmsAndNeedsEightCharacters();
    void passphraseDialogEnterModeAndEnvironment();
    void exportDialogWritesAPrivateSealedBundle();
    void exportDialogRefusesWeakOrMismatchedPassphrases();
    void importDialogPreviewsThePlanAndApplies();
    void conflictChoiceRerunsThePreview();
    void wrongPassphraseOrChangedBundleChangesNothing();
    void bundleWithoutSecretsListsSecretsToFill();
    void windowOnAVaultReadsSecretsAndNamesTheVault();
    void realAppOpensAVaultBackedDatabase();
    void realAppWarnsWhenTheKeychainDoesNotAnswer();
    void preferencesBackendAppliesToNewDatabasesOnly();
};

void TestBundleGui::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bifrost-admin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_bundle_gui"));
}

void TestBundleGui::init() {
    QSettings().clear();
    qunsetenv("BIFROST_VAULT_PASSPHRASE");
}

void TestBundleGui::cleanup() {
    qunsetenv("BIFROST_VAULT_PASSPHRASE");
    flushDeletes();
}

void TestBundleGui::passphraseDialogConfirmsAndNeedsEightCharacters() {
    PassphraseDialog dialog(PassphraseDialog::Mode::Create, QStringLiteral("Choose a passphrase"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.confirmEdit());
    QCOMPARE(dialog.passphraseEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.confirmEdit()->echoMode(), QLineEdit::Password);

    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("short"));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("short"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("at least 8 characters")),
             qPrintable(dialog.errorText()));

    dialog.passphraseEdit()->clear();
    dialog.confirmEdit()->clear();
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("long enough one"));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("long enough two"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("do not match")), qPrintable(dialog.errorText()));

    dialog.confirmEdit()->clear();
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("long enough one"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.passphrase() == QStringLiteral("long enough one"));
    QVERIFY(PassphraseDialog::newPassphraseProblem(QStringLiteral("12345678"), QStringLiteral("12345678"))
                .isEmpty());
}

void TestBundleGui::passphraseDialogEnterModeAndEnvironment() {
    PassphraseDialog dialog(PassphraseDialog::Mode::Enter, QStringLiteral("Unlock"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.confirmEdit());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorText().isEmpty());
    // Any existing passphrase may be short: only new ones need 8 characters.
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("abc"));
    QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The app's vault provider takes BIFROST_VAULT_PASSPHRASE without asking.
    qputenv("BIFROST_VAULT_PASSPHRASE", vaultPassphrase.toUtf8());
    auto given = PassphraseDialog::askForVault(nullptr, QStringLiteral("/tmp/x.vault"), true);
    REQUIRE_OK(given);
    QVERIFY(*given == vaultPassphrase);

    // Without it, the dialog; Cancel leaves the vault locked, with the reason.
    qunsetenv("BIFROST_VAULT_PASSPHRASE");
    QTimer::singleShot(0, qApp, [] {
        auto *asked = qobject_cast<PassphraseDialog *>(QApplication::activeModalWidget());
        QVERIFY(asked);
        QCOMPARE(asked->mode(), PassphraseDialog::Mode::Create);
        QVERIFY(asked->errorText().contains(QStringLiteral("earlier problem")));
        asked->reject();
    });
    auto declined = PassphraseDialog::askForVault(nullptr, QStringLiteral("/tmp/x.vault"), true,
                                                  QStringLiteral("An earlier problem."));
    REQUIRE_ERROR(declined, ErrorCode::InvalidInput);
    QCOMPARE(declined.error().field, QStringLiteral("passphrase"));
}

void TestBundleGui::exportDialogWritesAPrivateSealedBundle() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CALL(fillSource(f));
    MainWindow window(f.session());
    CALL(showActive(window));
    QAction *exportAction = action(window, QStringLiteral("actionExport"));
    QVERIFY(exportAction);
    exportAction->trigger();
    auto *dialog = openDialog<ExportDialog>(window);
    QVERIFY(dialog);

    // Every integration ticked by default, secrets in and tokens out.
    QListWidget *list = dialog->integrationList();
    QCOMPARE(list->count(), 2);
    for (int i = 0; i < list->count(); ++i)
        QCOMPARE(list->item(i)->checkState(), Qt::Checked);
    QVERIFY(dialog->includeSecretsBox()->isChecked());
    QVERIFY(!dialog->includeTokensBox()->isChecked());
    QVERIFY(dialog->fileEdit()->text().endsWith(ExportDialog::defaultFileName(QDate::currentDate())));
    QVERIFY(dialog->fileEdit()->text().contains(QStringLiteral("bifrost-export-")));

    // Only HaloPSA.
    QListWidgetItem *graph = list->findItems(QStringLiteral("MicrosoftGraph"), Qt::MatchExactly).value(0);
    QVERIFY(graph);
    graph->setCheckState(Qt::Unchecked);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("halo.json"));
    dialog->fileEdit()->clear();
    QTest::keyClicks(dialog->fileEdit(), path);
    QTest::keyClicks(dialog->passphraseEdit(), bundlePassphrase);
    QTest::keyClicks(dialog->confirmEdit(), bundlePassphrase);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);

    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(dialog->writtenPath(), path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
    QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOwner);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".tmp")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(apiKey.toUtf8())); // sealed, never in clear
    auto info = bundle::inspectBundle(bytes);
    REQUIRE_OK(info);
    QVERIFY(info->sealed);
    QCOMPARE(info->integrations, QStringList{QStringLiteral("HaloPSA")});
    QCOMPARE(info->organizationCount, 1); // Contoso only: Fabrikam has nothing in HaloPSA

    QVERIFY(dialog->resultLabel()->isVisible());
    QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("1 integration")),
             qPrintable(dialog->resultLabel()->text()));
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Exported")));
    // The passphrase fields do not keep it once it has done its job.
    QVERIFY(dialog->passphraseEdit()->text().isEmpty());
    dialog->reject();
    flushDeletes();

    // And it opens: importing it into an empty database gives the secret back.
    guitest::Fixture target;
    QVERIFY2(target.ok(), qPrintable(target.error()));
    auto imported = bundle::importBundle(target.store(), bytes, bundlePassphrase, {});
    REQUIRE_OK(imported);
    QVERIFY(secretOf(target.store(), QStringLiteral("HaloPSA"), QStringLiteral("api_key")) == apiKey);
}

void TestBundleGui::exportDialogRefusesWeakOrMismatchedPassphrases() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CALL(fillSource(f));
    ExportDialog dialog(f.session());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("refused.json"));
    dialog.fileEdit()->setText(path);

    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("short"));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("short"));
    QVERIFY(!dialog.exportNow());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("at least 8")), qPrintable(dialog.errorText()));
    dialog.passphraseEdit()->setText(bundlePassphrase);
    dialog.confirmEdit()->setText(bundlePassphrase + QStringLiteral("!"));
    QVERIFY(!dialog.exportNow());
    QVERIFY(dialog.errorText().contains(QStringLiteral("do not match")));
    QVERIFY(!QFileInfo::exists(path));

    // Nothing ticked: nothing to export.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportSelectNone")), Qt::LeftButton);
    QVERIFY(!dialog.exportButton()->isEnabled());
    QVERIFY(!dialog.exportNow());
    QVERIFY(!QFileInfo::exists(path));

    // Without secrets: no passphrase needed, tokens cannot be included.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportSelectAll")), Qt::LeftButton);
    QVERIFY(dialog.exportButton()->isEnabled());
    dialog.includeSecretsBox()->setChecked(false);
    QVERIFY(!dialog.includeTokensBox()->isEnabled());
    QVERIFY(!dialog.passphraseEdit()->isEnabled());
    QVERIFY2(dialog.exportNow(), qPrintable(dialog.errorText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto info = bundle::inspectBundle(file.readAll());
    REQUIRE_OK(info);
    QVERIFY(!info->sealed);
    QCOMPARE(info->integrations.size(), 2);
    QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("without secrets")));
}

void TestBundleGui::importDialogPreviewsThePlanAndApplies() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QByteArray bytes;
    CALL(writeSealedBundle(path, bytes));

    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    MainWindow window(f.session());
    CALL(showActive(window));
    // Something on the undo stack: the import clears it (it cannot be undone).
    REQUIRE_OK(f.session()->execute(
        std::make_unique<AddOrganizationCommand>(f.session(), QStringLiteral("Northwind"))));
    QUndoStack *undo = f.session()->undoStack();
    QCOMPARE(undo->count(), 1);

    // What the core plans, computed independently of the dialog.
    bundle::ImportOptions dry;
    dry.dryRun = true;
    auto plan = bundle::importBundle(f.store(), bytes, bundlePassphrase, dry);
    REQUIRE_OK(plan);
    QVERIFY(!plan->changes.isEmpty());

    QAction *importAction = action(window, QStringLiteral("actionImport"));
    QVERIFY(importAction);
    importAction->trigger();
    auto *dialog = openDialog<ImportDialog>(window);
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(dialog->loadFile(path), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isSealed());
    QVERIFY(dialog->passphraseEdit()->isVisible());
    QVERIFY(!dialog->importButton()->isEnabled()); // nothing previewed yet
    QCOMPARE(dialog->previewModel()->rowCount(), 0);

    QTest::keyClicks(dialog->passphraseEdit(), bundlePassphrase);
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QCOMPARE(previewRows(dialog->previewModel()), planRows(*plan));
    QVERIFY(dialog->summaryLabel()->text().contains(
        QStringLiteral("%1 to create").arg(plan->count(bundle::PlannedChange::Kind::Create))));
    QVERIFY(dialog->importButton()->isEnabled());
    // A dry run wrote nothing.
    REQUIRE_ERROR(f.store().integration(QStringLiteral("HaloPSA")), ErrorCode::NotFound);

    QSignalSpy everything(f.session(), &AdminSession::everythingChanged);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QVERIFY(dialog->report().applied);
    QCOMPARE(everything.count(), 1);
    QCOMPARE(undo->count(), 0);
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->summaryLabel()->text().startsWith(QStringLiteral("Imported")));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Imported")));

    // The data arrived, secrets included, and the navigation shows it.
    auto halo = f.store().integration(QStringLiteral("HaloPSA"));
    REQUIRE_OK(halo);
    QVERIFY(window.navigationModel()->indexOf(NavigationModel::Kind::Integration, halo->id).isValid());
    auto contoso = f.store().organization(QStringLiteral("Contoso"));
    REQUIRE_OK(contoso);
    QVERIFY(window.navigationModel()->indexOf(NavigationModel::Kind::Organization, contoso->id).isValid());
    QVERIFY(secretOf(f.store(), QStringLiteral("HaloPSA"), QStringLiteral("api_key")) == apiKey);
    COMPARE_JSON(guitest::storedValue(f.store(), QStringLiteral("HaloPSA"), QStringLiteral("Contoso"),
                                      QStringLiteral("timeout")),
                 QJsonValue(90));
    QVERIFY(window.openIntegration(halo->id));
    dialog->reject();
    flushDeletes();
}

void TestBundleGui::conflictChoiceRerunsThePreview() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QByteArray bytes;
    CALL(writeSealedBundle(path, bytes));

    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    f.integration(QStringLiteral("HaloPSA"), guitest::everyTypeSchema());
    CALL(void());
    REQUIRE_OK(f.store().setConfig(
        QStringLiteral("HaloPSA"), {},
        {ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://mine.example"))}));

    ImportDialog dialog(f.session());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.loadFile(path));
    QTest::keyClicks(dialog.passphraseEdit(), bundlePassphrase);
    // Stop (the default): HaloPSA exists, so the preview is a conflict and Import stays off.
    QCOMPARE(dialog.onConflict(), bundle::OnConflict::Fail);
    QVERIFY(!dialog.preview());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("HaloPSA")), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(dialog.previewModel()->rowCount(), 0);

    const auto expectedRows = [&](bundle::OnConflict choice) {
        bundle::ImportOptions options;
        options.onConflict = choice;
        options.dryRun = true;
        auto plan = bundle::importBundle(f.store(), bytes, bundlePassphrase, options);
        return plan ? planRows(*plan) : QStringList{plan.error().message};
    };
    // Choosing Skip runs the preview again at once.
    dialog.conflictCombo()->setCurrentIndex(dialog.conflictCombo()->findData(int(bundle::OnConflict::Skip)));
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(previewRows(dialog.previewModel()), expectedRows(bundle::OnConflict::Skip));
    QVERIFY(previewRows(dialog.previewModel()).join(QLatin1Char('\n')).contains(QStringLiteral("skip|")));
    QVERIFY(dialog.importButton()->isEnabled());

    dialog.conflictCombo()->setCurrentIndex(
        dialog.conflictCombo()->findData(int(bundle::OnConflict::Replace)));
    QCOMPARE(previewRows(dialog.previewModel()), expectedRows(bundle::OnConflict::Replace));
    dialog.conflictCombo()->setCurrentIndex(dialog.conflictCombo()->findData(int(bundle::OnConflict::Merge)));
    QCOMPARE(previewRows(dialog.previewModel()), expectedRows(bundle::OnConflict::Merge));

    // Merge keeps what is there.
    QVERIFY2(dialog.importNow(), qPrintable(dialog.errorText()));
    COMPARE_JSON(guitest::storedValue(f.store(), QStringLiteral("HaloPSA"), {}, QStringLiteral("url")),
                 QJsonValue(QStringLiteral("https://mine.example")));
}

void TestBundleGui::wrongPassphraseOrChangedBundleChangesNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QByteArray bytes;
    CALL(writeSealedBundle(path, bytes));

    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    ImportDialog dialog(f.session());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.loadFile(path));
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("not the passphrase"));
    QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Return);
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("passphrase"), Qt::CaseInsensitive),
             qPrintable(dialog.errorText()));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.importNow());
    auto none = f.store().integrations();
    REQUIRE_OK(none);
    QVERIFY(none->isEmpty());
    auto orgs = f.store().organizations();
    REQUIRE_OK(orgs);
    QVERIFY(orgs->isEmpty());

    // One changed byte in the document (not in the sealed block): the preview refuses it.
    QByteArray changed = bytes;
    const qsizetype at = changed.indexOf("HaloPSA");
    QVERIFY(at > 0);
    changed[at] = 'h';
    const QString changedPath = dir.filePath(QStringLiteral("changed.json"));
    QVERIFY(writeFile(changedPath, changed));
    if (dialog.loadFile(changedPath)) {
        dialog.passphraseEdit()->setText(bundlePassphrase);
        QVERIFY(!dialog.preview());
    }
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!dialog.importButton()->isEnabled());

    // A bundle from a newer Bifrost Admin is refused on reading.
    QByteArray newer = bytes;
    newer.replace("\"version\": 1", "\"version\": 99");
    const QString newerPath = dir.filePath(QStringLiteral("newer.json"));
    QVERIFY(writeFile(newerPath, newer));
    QVERIFY(!dialog.loadFile(newerPath));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("newer")), qPrintable(dialog.errorText()));

    // Not JSON at all.
    const QString junkPath = dir.filePath(QStringLiteral("junk.json"));
    QVERIFY(writeFile(junkPath, "{ not json"));
    QVERIFY(!dialog.loadFile(junkPath));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!dialog.importButton()->isEnabled());

    none = f.store().integrations();
    REQUIRE_OK(none);
    QVERIFY(none->isEmpty());
}

void TestBundleGui::bundleWithoutSecretsListsSecretsToFill() {
    guitest::Fixture source;
    QVERIFY2(source.ok(), qPrintable(source.error()));
    CALL(fillSource(source));
    bundle::ExportOptions options;
    options.includeSecrets = false;
    auto exported = bundle::exportBundle(source.store(), options, {});
    REQUIRE_OK(exported);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.json"));
    QVERIFY(writeFile(path, exported->bytes));

    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    ImportDialog dialog(f.session());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // No passphrase to ask: the preview comes at once.
    QVERIFY2(dialog.loadFile(path), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.isSealed());
    QVERIFY(!dialog.passphraseEdit()->isVisible());
    QVERIFY(dialog.previewModel()->rowCount() > 0);
    QVERIFY(dialog.secretsToFillList()->isVisible());
    QStringList toFill;
    for (int i = 0; i < dialog.secretsToFillList()->count(); ++i)
        toFill << dialog.secretsToFillList()->item(i)->text();
    QVERIFY2(toFill.join(QLatin1Char(',')).contains(QStringLiteral("api_key")),
             qPrintable(toFill.join(u',')));
    QVERIFY(dialog.importNow());
}

void TestBundleGui::windowOnAVaultReadsSecretsAndNamesTheVault() {
    qputenv("BIFROST_VAULT_PASSPHRASE", vaultPassphrase.toUtf8());
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("vaulted.db"));
    const QString vaultPath = VaultSecretStore::defaultPathFor(db);
    QCOMPARE(vaultPath, dir.filePath(QStringLiteral("vaulted.vault")));
    {
        VaultSecretStore vault(vaultPath, [vaultPath](bool creating) {
            return PassphraseDialog::askForVault(nullptr, vaultPath, creating);
        });
        auto store = Store::open(db, nullptr);
        REQUIRE_OK(store);
        (*store)->setSecretStore(&vault);
        REQUIRE_OK((*store)->setSecretBackend(QStringLiteral("vault")));
        IntegrationFields fields;
        fields.name = QStringLiteral("HaloPSA");
        REQUIRE_OK((*store)->createIntegration(fields));
        REQUIRE_OK(
            (*store)->setSchema(QStringLiteral("HaloPSA"), guitest::everyTypeSchema(), SchemaWrite::Apply));
        REQUIRE_OK((*store)->setConfig(QStringLiteral("HaloPSA"), {},
                                       {ConfigChange::setText(QStringLiteral("api_key"), apiKey)}));
    }
    QVERIFY(QFileInfo::exists(vaultPath));
    QFile vaultFile(vaultPath);
    QVERIFY(vaultFile.open(QIODevice::ReadOnly));
    QVERIFY(!vaultFile.readAll().contains(apiKey.toUtf8()));

    // A fresh process's view: a new vault object unlocks with the passphrase and reads it back.
    VaultSecretStore vault(vaultPath, [vaultPath](bool creating) {
        return PassphraseDialog::askForVault(nullptr, vaultPath, creating);
    });
    auto store = Store::open(db, nullptr);
    REQUIRE_OK(store);
    QCOMPARE((*store)->secretBackend(), QStringLiteral("vault"));
    (*store)->setSecretStore(&vault);
    AdminSession session(store->get());
    {
        MainWindow window(&session);
        CALL(showActive(window));
        QLabel *label = window.secretsLabel();
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("vault")), qPrintable(label->text()));
        QVERIFY(label->text().contains(vault.description()));
        QVERIFY(secretOf(**store, QStringLiteral("HaloPSA"), QStringLiteral("api_key")) == apiKey);

        // Export from a vault-backed window works the same.
        auto exported = bundle::exportBundle(**store, {}, bundlePassphrase);
        REQUIRE_OK(exported);
        QVERIFY(!exported->bytes.contains(apiKey.toUtf8()));
    }
}

void TestBundleGui::realAppOpensAVaultBackedDatabase() {
    const QString program = qEnvironmentVariable("BIFROST_ADMIN");
    if (program.isEmpty())
        QSKIP("BIFROST_ADMIN is not set; run the suite through CTest");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("app.db"));
    const auto run = [&](const QStringList &arguments, const QString &passphrase, const QString &backendEnv,
                         QByteArray *err) {
        QProcess admin;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("BIFROST_SECRETS"));
        env.remove(QStringLiteral("BIFROST_VAULT_PASSPHRASE"));
        if (!passphrase.isEmpty())
            env.insert(QStringLiteral("BIFROST_VAULT_PASSPHRASE"), passphrase);
        if (!backendEnv.isEmpty())
            env.insert(QStringLiteral("BIFROST_SECRETS"), backendEnv);
        admin.setProcessEnvironment(env);
        admin.start(program, QStringList{QStringLiteral("--quit-after-start"), QStringLiteral("--db"), db} +
                                 arguments);
        if (!admin.waitForStarted(30000) || !admin.waitForFinished(60000))
            return -1;
        *err = admin.readAllStandardError();
        return admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -2;
    };
    QByteArray err;
    // A new database started with --secrets vault records the vault (and creates it on first use).
    QCOMPARE(run({QStringLiteral("--secrets"), QStringLiteral("vault")}, vaultPassphrase, {}, &err), 0);
    {
        auto store = Store::open(db, nullptr);
        REQUIRE_OK(store);
        QCOMPARE((*store)->secretBackend(), QStringLiteral("vault"));
        // A secret in it, as bifrostctl --secrets vault would write.
        qputenv("BIFROST_VAULT_PASSPHRASE", vaultPassphrase.toUtf8());
        const QString vaultPath = VaultSecretStore::defaultPathFor(db);
        VaultSecretStore vault(vaultPath, [vaultPath](bool creating) {
            return PassphraseDialog::askForVault(nullptr, vaultPath, creating);
        });
        (*store)->setSecretStore(&vault);
        IntegrationFields fields;
        fields.name = QStringLiteral("HaloPSA");
        REQUIRE_OK((*store)->createIntegration(fields));
        REQUIRE_OK(
            (*store)->setSchema(QStringLiteral("HaloPSA"), guitest::everyTypeSchema(), SchemaWrite::Apply));
        REQUIRE_OK((*store)->setConfig(QStringLiteral("HaloPSA"), {},
                                       {ConfigChange::setText(QStringLiteral("api_key"), apiKey)}));
        qunsetenv("BIFROST_VAULT_PASSPHRASE");
    }
    // Without options: the recorded backend, unlocked from the environment.
    QCOMPARE(run({}, vaultPassphrase, {}, &err), 0);
    QVERIFY(!err.contains(apiKey.toUtf8()));
    // A wrong passphrase: refused, and said.
    QCOMPARE(run({}, QStringLiteral("wrong passphrase!"), {}, &err), 2);
    QVERIFY(!err.contains("wrong passphrase!"));
    // The keychain asked for a database whose secrets are in the vault: refused, naming the way.
    QCOMPARE(run({}, vaultPassphrase, QStringLiteral("keychain"), &err), 2);
    QVERIFY2(err.contains("secrets migrate"), err.constData());
    QCOMPARE(run({QStringLiteral("--secrets"), QStringLiteral("keychain")}, vaultPassphrase, {}, &err), 2);
    QCOMPARE(run({QStringLiteral("--secrets"), QStringLiteral("paper")}, {}, {}, &err), 2);
}

void TestBundleGui::realAppWarnsWhenTheKeychainDoesNotAnswer() {
    const QString program = qEnvironmentVariable("BIFROST_ADMIN");
    if (program.isEmpty())
        QSKIP("BIFROST_ADMIN is not set; run the suite through CTest");
    QTemporaryDir dir;
    QProcess admin;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("BIFROST_SECRETS"));
    // A session bus that is not there: the one fault of the real keychain a test can cause.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("BIFROST_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("3000"));
    admin.setProcessEnvironment(env);
    admin.start(program, {QStringLiteral("--quit-after-start"), QStringLiteral("--db"),
                          dir.filePath(QStringLiteral("k.db"))});
    QVERIFY2(admin.waitForStarted(30000), qPrintable(admin.errorString()));
    QVERIFY(admin.waitForFinished(60000));
    const QByteArray err = admin.readAllStandardError();
    // The window opens all the same (everything but secrets works) and the warning names the vault.
    QCOMPARE(admin.exitCode(), 0);
    QVERIFY2(err.contains("vault"), err.constData());
}

void TestBundleGui::preferencesBackendAppliesToNewDatabasesOnly() {
    const QString program = qEnvironmentVariable("BIFROST_ADMIN");
    if (program.isEmpty())
        QSKIP("BIFROST_ADMIN is not set; run the suite through CTest");
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    {
        // Where the app's Preferences live for this run (its own organization and name).
        QSettings preferences(config + QStringLiteral("/bifrost-admin/bifrost-admin.conf"),
                              QSettings::IniFormat);
        preferences.setValue(PreferencesDialog::secretBackendKey(), PreferencesDialog::vaultBackend());
    }
    const auto run = [&](const QString &db) {
        QProcess admin;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("BIFROST_VAULT_PASSPHRASE"), vaultPassphrase);
        env.remove(QStringLiteral("BIFROST_SECRETS"));
        admin.setProcessEnvironment(env);
        admin.start(program, {QStringLiteral("--quit-after-start"), QStringLiteral("--db"), db});
        if (!admin.waitForStarted(30000) || !admin.waitForFinished(60000))
            return -1;
        return admin.exitCode();
    };

    // A new database takes the preferred vault, and records it.
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    QCOMPARE(run(fresh), 0);
    {
        auto store = Store::open(fresh, nullptr);
        REQUIRE_OK(store);
        QCOMPARE((*store)->secretBackend(), QStringLiteral("vault"));
    }
    QVERIFY(QFileInfo::exists(VaultSecretStore::defaultPathFor(fresh)));

    // A database whose secrets are in the keychain keeps the keychain.
    const QString existing = dir.filePath(QStringLiteral("existing.db"));
    {
        KeychainSecretStore keychain;
        auto store = Store::open(existing, &keychain);
        REQUIRE_OK(store);
        IntegrationFields fields;
        fields.name = QStringLiteral("HaloPSA");
        REQUIRE_OK((*store)->createIntegration(fields));
        REQUIRE_OK(
            (*store)->setSchema(QStringLiteral("HaloPSA"), guitest::everyTypeSchema(), SchemaWrite::Apply));
        REQUIRE_OK((*store)->setConfig(QStringLiteral("HaloPSA"), {},
                                       {ConfigChange::setText(QStringLiteral("api_key"), apiKey)}));
    }
    QCOMPARE(run(existing), 0);
    {
        auto store = Store::open(existing, nullptr);
        REQUIRE_OK(store);
        QCOMPARE((*store)->secretBackend(), QStringLiteral("keychain"));
    }
    QVERIFY(!QFileInfo::exists(VaultSecretStore::defaultPathFor(existing)));
}

QTEST_MAIN(TestBundleGui)
#include "tst_bundle_gui.moc"
