#pragma once

#include "openapi/sdkgenerator.h"

#include <QString>
#include <QWizard>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace bifrost {

class AdminSession;

// Integration page > "Generate SDK…" (and Tools > Generate SDK…): the GUI of
// `bifrostctl sdk generate`. Pages:
//   1. Spec: a file or an https URL. Next loads the spec and generates the SDK in memory on a
//      worker thread (openapi::generateSdk), with a progress bar, the stage and a Stop button;
//      a bad spec is shown on the page with its location, and the page stays.
//   2. Auth and output: the auth chosen from the spec's security schemes (with why), which the
//      admin may change (the SDK is generated again, in memory), the package name (checked as
//      it is typed), the output folder (the last one used, else Documents/Bifrost/modules) and
//      the schema fields the SDK will add to the integration.
//   3. Preview: the operations (function, method, path, summary), the model count and the
//      skipped items as warnings.
//   4. Generate: openapi::installSdk on the GUI thread (a replaced folder that we did not
//      generate is asked about first), then the package folder, the fields added, the defaults
//      set and a usage example to copy.
// Installing changes the schema and the defaults outside the undo stack, so, like File >
// Import, it clears the undo history (the page says so) and every view of the integration
// reloads. Closing the wizard or Stop cancels a generation that runs; nothing is written
// before page 4.
class SdkWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SpecPageId, AuthPageId, PreviewPageId, ResultPageId };
    enum OperationColumn { FunctionColumn, MethodColumn, PathColumn, SummaryColumn };

    // `integrationRef`: the integration's name or id.
    SdkWizard(AdminSession *session, const QString &integrationRef, QWidget *parent = nullptr);
    ~SdkWizard() override;

    // A window-modal wizard that deletes itself when closed (the integration page and the
    // Tools menu open it this way).
    static SdkWizard *start(AdminSession *session, const QString &integrationRef, QWidget *parent);
    // Where the output folder starts: the last one used, else Documents/Bifrost/modules.
    static QString defaultOutDir();

    QString integrationName() const { return m_integrationName; }

    // Page 1
    QLineEdit *specEdit() const { return m_specEdit; }
    QProgressBar *specProgress() const { return m_specProgress; }
    QLabel *specStageLabel() const { return m_specStage; }
    QPushButton *stopButton() const { return m_stopButton; }
    // Page 2
    QComboBox *authCombo() const { return m_authCombo; }
    QLabel *authReasonLabel() const { return m_authReason; }
    QLineEdit *packageEdit() const { return m_packageEdit; }
    QLineEdit *outDirEdit() const { return m_outDirEdit; }
    QListWidget *fieldsList() const { return m_fieldsList; }
    // Page 3
    QTableView *operationsView() const { return m_operationsView; }
    QStandardItemModel *operationsModel() const { return m_operations; }
    QLabel *previewSummaryLabel() const { return m_previewSummary; }
    QToolButton *warningsToggle() const { return m_warningsToggle; }
    QListWidget *warningsList() const { return m_warningsList; }
    // Page 4
    QProgressBar *installProgress() const { return m_installProgress; }
    QLabel *resultLabel() const { return m_resultLabel; }
    QListWidget *changesList() const { return m_changesList; }
    QLabel *usageLabel() const { return m_usageLabel; }
    QPlainTextEdit *usageEdit() const { return m_usageEdit; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *copyButton() const { return m_copyButton; }
    QLabel *undoNoteLabel() const { return m_undoNote; }

    // The error shown on the current page, empty when there is none.
    QString errorText() const;
    // A load and generation runs on the worker thread.
    bool isBusy() const { return m_job != nullptr; }
    // The SDK of the last generation that succeeded (in memory, not written yet).
    const std::optional<openapi::GeneratedSdk> &sdk() const { return m_sdk; }
    // The auth the spec itself asks for (the first generation, without a choice).
    openapi::SdkAuth specAuth() const { return m_specAuth; }
    bool isInstalled() const { return m_installed; }
    const openapi::SdkInstallReport &installReport() const { return m_report; }

    // Stops the generation that runs, if any; the page stays with "Stopped.".
    void stopGeneration();
    // Checks a package name as it is typed: empty when it is fine, else why not.
    static QString packageProblem(const QString &name);

    bool validateCurrentPage() override;
    void done(int result) override; // also stops a generation that runs

Q_SIGNALS:
    // After a successful install, for the status bar.
    void sdkGenerated(const QString &summary);

private:
    struct Job;
    enum class After { Advance, RefreshAuth };

    QWizardPage *createSpecPage();
    QWizardPage *createAuthPage();
    QWizardPage *createPreviewPage();
    QWizardPage *createResultPage();

    void browseSpec();
    void browseOutDir();
    void startGeneration(std::optional<openapi::SdkAuth> auth, After after);
    void generationProgress(int percent, const QString &stage);
    void generationFinished(Result<openapi::GeneratedSdk> result, After after);
    void setBusy(bool busy);
    void showError(QLabel *label, const QString &message);

    void fillAuthPage();
    void updateAuthReason();
    void updateFieldsList();
    void packageEdited();
    void fillPreviewPage();
    bool confirmReplace();
    void install();
    void showResult();

    AdminSession *m_session;
    QString m_integrationName;
    QString m_integrationId;

    QLineEdit *m_specEdit = nullptr;
    QProgressBar *m_specProgress = nullptr;
    QLabel *m_specStage = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_specError = nullptr;

    QComboBox *m_authCombo = nullptr;
    QLabel *m_authReason = nullptr;
    QProgressBar *m_authProgress = nullptr;
    QLineEdit *m_packageEdit = nullptr;
    QLabel *m_packageHint = nullptr;
    QLineEdit *m_outDirEdit = nullptr;
    QListWidget *m_fieldsList = nullptr;
    QLabel *m_authError = nullptr;

    QTableView *m_operationsView = nullptr;
    QStandardItemModel *m_operations = nullptr;
    QLabel *m_previewSummary = nullptr;
    QToolButton *m_warningsToggle = nullptr;
    QListWidget *m_warningsList = nullptr;
    QLabel *m_previewError = nullptr;

    QProgressBar *m_installProgress = nullptr;
    QLabel *m_resultLabel = nullptr;
    QListWidget *m_changesList = nullptr;
    QLabel *m_usageLabel = nullptr;
    QPlainTextEdit *m_usageEdit = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_undoNote = nullptr;
    QLabel *m_resultError = nullptr;

    std::shared_ptr<Job> m_job; // the generation that runs; null when none does
    std::optional<openapi::GeneratedSdk> m_sdk;
    QString m_sdkSpec;         // the spec m_sdk was generated from
    bool m_authChosen = false; // the admin picked the auth on page 2 (else the spec's)
    openapi::SdkAuth m_specAuth = openapi::SdkAuth::None;
    QString m_specAuthReason;
    bool m_installed = false;
    bool m_forceReplace = false; // the admin agreed to replace a folder we did not generate
    openapi::SdkInstallReport m_report;
};

} // namespace bifrost
