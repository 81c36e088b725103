#include "sdkwizard.h"

#include "busycursor.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>
#include <functional>

namespace bifrost {

using openapi::GeneratedSdk;
using openapi::SdkAuth;

namespace {

const QString outDirKey = QStringLiteral("sdkWizard/outDir");
const QString errorStyle = QStringLiteral("color: #b00020;");
const QString warningStyle = QStringLiteral("color: #8a5a00;");

// A page whose completeness and set-up the wizard decides, so that all the logic stays in one
// class. Going Back keeps what the admin typed (no cleanup).
class SdkPage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;

    std::function<bool()> complete;
    std::function<void()> initialize;

    bool isComplete() const override { return !complete || complete(); }
    void initializePage() override {
        if (initialize)
            initialize();
    }
    void cleanupPage() override {}
    void refresh() { Q_EMIT completeChanged(); }
};

void refreshPage(QWizardPage *page) {
    if (auto *p = dynamic_cast<SdkPage *>(page))
        p->refresh();
}

QLabel *errorLabel(QWidget *parent, const QString &name) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(errorStyle);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QProgressBar *progressBar(QWidget *parent, const QString &name) {
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(name);
    bar->setRange(0, 100);
    bar->hide();
    return bar;
}

// What the admin sees for each auth: the config keys it reads, since workflows use them too.
QString authTitle(SdkAuth auth) {
    switch (auth) {
    case SdkAuth::OAuth:
        return SdkWizard::tr("OAuth: the integration's OAuth connection");
    case SdkAuth::Bearer:
        return SdkWizard::tr("Bearer token: the secret \"token\"");
    case SdkAuth::ApiKey:
        return SdkWizard::tr("API key: \"api_key\" sent in the header \"header_name\"");
    case SdkAuth::Basic:
        return SdkWizard::tr("Basic: \"username\" and \"password\"");
    case SdkAuth::None:
        return SdkWizard::tr("None: no credentials");
    }
    return {};
}

QString fieldText(const SchemaField &field) {
    QString text = field.key + QStringLiteral(" (") + fieldTypeName(field.type);
    if (field.required)
        text += SdkWizard::tr(", required");
    text += QLatin1Char(')');
    if (!field.description.isEmpty())
        text += QStringLiteral(": ") + field.description;
    return text;
}

// The package name the wizard proposes: the integration's name in snake case, made usable when
// that alone would not be (empty, a digit first, a keyword).
QString proposedPackage(const QString &integration) {
    QString name = QString::fromStdString(openapi::snakeCase(integration.toStdString()));
    if (name.isEmpty())
        return QStringLiteral("api_sdk");
    if (name.front().isDigit())
        name.prepend(QStringLiteral("sdk_"));
    if (!SdkWizard::packageProblem(name).isEmpty())
        name += QStringLiteral("_sdk");
    return name;
}

} // namespace

// One generation on the worker thread. The thread holds it, not the wizard: a wizard closed
// while it runs only sets `cancel`, and the result, posted to the GUI thread, finds `wizard`
// null (or another job current) and is dropped.
struct SdkWizard::Job {
    QPointer<SdkWizard> wizard;
    std::atomic<bool> cancel{false};
    std::atomic<int> lastPercent{-1};
    int page = -1;           // the page that started it: only that page advances when it succeeds
    bool specChoice = false; // no auth was asked for: the result has the spec's auth and reason
};

SdkWizard::SdkWizard(AdminSession *session, const QString &integrationRef, QWidget *parent)
    : QWizard(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("sdkWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    if (auto integration = session->store().integration(integrationRef)) {
        m_integrationName = integration->name;
        m_integrationId = integration->id;
    } else {
        m_integrationName = integrationRef;
    }
    setWindowTitle(tr("Generate SDK for %1").arg(m_integrationName));

    setPage(SpecPageId, createSpecPage());
    setPage(AuthPageId, createAuthPage());
    setPage(PreviewPageId, createPreviewPage());
    setPage(ResultPageId, createResultPage());
    setButtonText(QWizard::FinishButton, tr("&Close"));
    resize(820, 620);
}

SdkWizard::~SdkWizard() {
    if (m_job)
        m_job->cancel = true;
}

SdkWizard *SdkWizard::start(AdminSession *session, const QString &integrationRef, QWidget *parent) {
    auto *wizard = new SdkWizard(session, integrationRef, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

QString SdkWizard::defaultOutDir() {
    const QString last = QSettings().value(outDirKey).toString();
    if (!last.isEmpty())
        return last;
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir::toNativeSeparators(QDir(documents).filePath(QStringLiteral("Bifrost/modules")));
}

QString SdkWizard::packageProblem(const QString &name) {
    if (name.isEmpty())
        return tr("Type a package name: workflows import the SDK by it.");
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!identifier.match(name).hasMatch())
        return tr("\"%1\" is not a Python package name: use ASCII letters, digits and _, not starting "
                  "with a digit.")
            .arg(name);
    if (openapi::isReservedPackageName(name))
        return tr("\"%1\" is a Python keyword or a module the SDK imports: choose another name, such as "
                  "%1_api.")
            .arg(name);
    return {};
}

// --- pages -----------------------------------------------------------------------------------

QWizardPage *SdkWizard::createSpecPage() {
    auto *page = new SdkPage(this);
    page->setObjectName(QStringLiteral("sdkSpecPage"));
    page->setTitle(tr("OpenAPI spec"));
    page->setSubTitle(tr("The Swagger 2.0 or OpenAPI 3.x spec of the API %1 talks to: a JSON or YAML "
                         "file, or its https URL.")
                          .arg(m_integrationName));

    m_specEdit = new QLineEdit(page);
    m_specEdit->setObjectName(QStringLiteral("sdkSpec"));
    m_specEdit->setAccessibleName(tr("Spec file or URL"));
    m_specEdit->setPlaceholderText(tr("/path/to/openapi.yaml or https://api.example.com/openapi.json"));
    m_specEdit->setClearButtonEnabled(true);
    connect(m_specEdit, &QLineEdit::textChanged, this, [this, page] {
        showError(m_specError, {});
        page->refresh();
    });
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("sdkSpecBrowse"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &SdkWizard::browseSpec);
    auto *specRow = new QHBoxLayout;
    specRow->addWidget(m_specEdit, 1);
    specRow->addWidget(browse);

    m_specProgress = progressBar(page, QStringLiteral("sdkSpecProgress"));
    m_specStage = new QLabel(page);
    m_specStage->setObjectName(QStringLiteral("sdkSpecStage"));
    m_stopButton = new QPushButton(tr("&Stop"), page);
    m_stopButton->setObjectName(QStringLiteral("sdkStop"));
    m_stopButton->setAutoDefault(false);
    m_stopButton->hide();
    connect(m_stopButton, &QPushButton::clicked, this, &SdkWizard::stopGeneration);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_specProgress, 1);
    progressRow->addWidget(m_stopButton);

    m_specError = errorLabel(page, QStringLiteral("sdkSpecError"));

    auto *note = new QLabel(tr("Next reads the spec and generates the SDK in memory; nothing is written "
                               "before the last page."),
                            page);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Spec:"), page);
    label->setBuddy(m_specEdit);
    form->addRow(label, specRow);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addSpacing(12);
    layout->addLayout(progressRow);
    layout->addWidget(m_specStage);
    layout->addWidget(m_specError);
    layout->addStretch();

    page->complete = [this] { return !isBusy() && !m_specEdit->text().trimmed().isEmpty(); };
    return page;
}

QWizardPage *SdkWizard::createAuthPage() {
    auto *page = new SdkPage(this);
    page->setObjectName(QStringLiteral("sdkAuthPage"));
    page->setTitle(tr("Authentication and output"));
    page->setSubTitle(tr("How the SDK authenticates (it reads the credentials from %1 on every call), and "
                         "where it goes.")
                          .arg(m_integrationName));

    m_authCombo = new QComboBox(page);
    m_authCombo->setObjectName(QStringLiteral("sdkAuth"));
    m_authCombo->setAccessibleName(tr("Authentication"));
    for (SdkAuth auth : {SdkAuth::OAuth, SdkAuth::Bearer, SdkAuth::ApiKey, SdkAuth::Basic, SdkAuth::None})
        m_authCombo->addItem(authTitle(auth), openapi::sdkAuthName(auth));
    connect(m_authCombo, &QComboBox::activated, this, [this] {
        const auto auth = openapi::parseSdkAuth(m_authCombo->currentData().toString());
        if (!auth || (m_sdk && m_sdk->auth == *auth))
            return;
        // Back to the spec's own choice: generated as the spec says, with its reason.
        m_authChosen = *auth != m_specAuth;
        startGeneration(m_authChosen ? auth : std::nullopt, After::RefreshAuth);
    });
    m_authReason = new QLabel(page);
    m_authReason->setObjectName(QStringLiteral("sdkAuthReason"));
    m_authReason->setWordWrap(true);
    m_authProgress = progressBar(page, QStringLiteral("sdkAuthProgress"));
    m_authProgress->setMaximumHeight(10);
    m_authProgress->setTextVisible(false);

    m_packageEdit = new QLineEdit(page);
    m_packageEdit->setObjectName(QStringLiteral("sdkPackage"));
    m_packageEdit->setAccessibleName(tr("Package name"));
    m_packageEdit->setText(proposedPackage(m_integrationName));
    connect(m_packageEdit, &QLineEdit::textChanged, this, &SdkWizard::packageEdited);
    m_packageHint = new QLabel(page);
    m_packageHint->setObjectName(QStringLiteral("sdkPackageHint"));
    m_packageHint->setWordWrap(true);

    m_outDirEdit = new QLineEdit(page);
    m_outDirEdit->setObjectName(QStringLiteral("sdkOutDir"));
    m_outDirEdit->setAccessibleName(tr("Output folder"));
    m_outDirEdit->setText(defaultOutDir());
    connect(m_outDirEdit, &QLineEdit::textChanged, this, [this, page] {
        showError(m_authError, {});
        packageEdited(); // the hint names the folder
        page->refresh();
    });
    auto *browse = new QPushButton(tr("B&rowse…"), page);
    browse->setObjectName(QStringLiteral("sdkOutDirBrowse"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &SdkWizard::browseOutDir);
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_outDirEdit, 1);
    outRow->addWidget(browse);

    m_fieldsList = new QListWidget(page);
    m_fieldsList->setObjectName(QStringLiteral("sdkFields"));
    m_fieldsList->setAccessibleName(tr("Schema fields the SDK adds"));
    m_fieldsList->setWordWrap(true);
    m_fieldsList->setMaximumHeight(130);
    m_authError = errorLabel(page, QStringLiteral("sdkAuthError"));

    auto *form = new QFormLayout;
    auto *authLabel = new QLabel(tr("&Authentication:"), page);
    authLabel->setBuddy(m_authCombo);
    // The explanations sit under their field, in its cell: hidden, they take no room.
    auto *authColumn = new QVBoxLayout;
    authColumn->addWidget(m_authCombo);
    authColumn->addWidget(m_authReason);
    authColumn->addWidget(m_authProgress);
    form->addRow(authLabel, authColumn);
    auto *packageLabel = new QLabel(tr("&Package:"), page);
    packageLabel->setBuddy(m_packageEdit);
    auto *packageColumn = new QVBoxLayout;
    packageColumn->addWidget(m_packageEdit);
    packageColumn->addWidget(m_packageHint);
    form->addRow(packageLabel, packageColumn);
    auto *outLabel = new QLabel(tr("&Output folder:"), page);
    outLabel->setBuddy(m_outDirEdit);
    form->addRow(outLabel, outRow);
    auto *fieldsLabel =
        new QLabel(tr("Fields the SDK adds to the schema of %1:").arg(m_integrationName), page);
    fieldsLabel->setBuddy(m_fieldsList);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(fieldsLabel);
    layout->addWidget(m_fieldsList);
    layout->addWidget(m_authError);
    layout->addStretch();

    page->complete = [this] {
        return !isBusy() && m_sdk && packageProblem(m_packageEdit->text().trimmed()).isEmpty() &&
               !m_outDirEdit->text().trimmed().isEmpty();
    };
    page->initialize = [this] { fillAuthPage(); };
    return page;
}

QWizardPage *SdkWizard::createPreviewPage() {
    auto *page = new SdkPage(this);
    page->setObjectName(QStringLiteral("sdkPreviewPage"));
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("One async function per operation. Generate writes the package and adds the "
                         "fields to the schema."));

    m_previewSummary = new QLabel(page);
    m_previewSummary->setObjectName(QStringLiteral("sdkPreviewSummary"));
    m_previewSummary->setWordWrap(true);

    m_operations = new QStandardItemModel(0, 4, this);
    m_operations->setHorizontalHeaderLabels({tr("Function"), tr("Method"), tr("Path"), tr("Summary")});
    m_operationsView = new QTableView(page);
    m_operationsView->setObjectName(QStringLiteral("sdkOperations"));
    m_operationsView->setAccessibleName(tr("Operations"));
    m_operationsView->setModel(m_operations);
    m_operationsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_operationsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_operationsView->setAlternatingRowColors(true);
    m_operationsView->setWordWrap(false);
    m_operationsView->setTabKeyNavigation(false);
    m_operationsView->verticalHeader()->hide();
    // Fixed sizes: GitHub's spec has over a thousand operations, none of them measured.
    m_operationsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_operationsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_operationsView->horizontalHeader()->setStretchLastSection(true);
    m_operationsView->setColumnWidth(FunctionColumn, 190);
    m_operationsView->setColumnWidth(MethodColumn, 70);
    m_operationsView->setColumnWidth(PathColumn, 220);

    m_warningsToggle = new QToolButton(page);
    m_warningsToggle->setObjectName(QStringLiteral("sdkWarningsToggle"));
    m_warningsToggle->setCheckable(true);
    m_warningsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_warningsToggle->setArrowType(Qt::RightArrow);
    m_warningsToggle->setAutoRaise(true);
    m_warningsToggle->setStyleSheet(warningStyle);
    m_warningsList = new QListWidget(page);
    m_warningsList->setObjectName(QStringLiteral("sdkWarnings"));
    m_warningsList->setAccessibleName(tr("Skipped items"));
    m_warningsList->setWordWrap(true);
    m_warningsList->setMaximumHeight(140);
    m_warningsList->hide();
    connect(m_warningsToggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_warningsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        m_warningsList->setVisible(expanded);
    });
    m_previewError = errorLabel(page, QStringLiteral("sdkPreviewError"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_operationsView, 1);
    layout->addWidget(m_warningsToggle);
    layout->addWidget(m_warningsList);
    layout->addWidget(m_previewError);

    page->complete = [this] { return !isBusy() && m_sdk.has_value(); };
    page->initialize = [this] { fillPreviewPage(); };
    page->setButtonText(QWizard::NextButton, tr("&Generate"));
    return page;
}

QWizardPage *SdkWizard::createResultPage() {
    auto *page = new SdkPage(this);
    page->setObjectName(QStringLiteral("sdkResultPage"));
    page->setTitle(tr("Generate"));
    page->setSubTitle(tr("The package, the runtime beside it and the schema fields."));

    m_installProgress = progressBar(page, QStringLiteral("sdkInstallProgress"));
    m_resultLabel = new QLabel(page);
    m_resultLabel->setObjectName(QStringLiteral("sdkResult"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder = new QPushButton(tr("&Open Folder"), page);
    m_openFolder->setObjectName(QStringLiteral("sdkOpenFolder"));
    m_openFolder->setAutoDefault(false);
    m_openFolder->hide();
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_report.packageDir)); });
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultLabel, 1);
    resultRow->addWidget(m_openFolder, 0, Qt::AlignTop);

    m_changesList = new QListWidget(page);
    m_changesList->setObjectName(QStringLiteral("sdkChanges"));
    m_changesList->setAccessibleName(tr("What changed in the integration"));
    m_changesList->setWordWrap(true);
    m_changesList->setMaximumHeight(110);
    m_changesList->hide();
    m_undoNote = new QLabel(page);
    m_undoNote->setObjectName(QStringLiteral("sdkUndoNote"));
    m_undoNote->setWordWrap(true);
    m_undoNote->hide();

    m_usageLabel = new QLabel(page);
    m_usageLabel->setObjectName(QStringLiteral("sdkUsageLabel"));
    m_usageLabel->setWordWrap(true);
    m_usageLabel->hide();
    m_usageEdit = new QPlainTextEdit(page);
    m_usageEdit->setObjectName(QStringLiteral("sdkUsage"));
    m_usageEdit->setAccessibleName(tr("Usage example"));
    m_usageEdit->setReadOnly(true);
    m_usageEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_usageEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_usageEdit->setTabChangesFocus(true);
    m_usageEdit->hide();
    m_usageLabel->setBuddy(m_usageEdit);
    m_copyButton = new QPushButton(tr("Cop&y"), page);
    m_copyButton->setObjectName(QStringLiteral("sdkCopyUsage"));
    m_copyButton->setAutoDefault(false);
    m_copyButton->hide();
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_usageEdit->toPlainText()); });
    auto *usageRow = new QHBoxLayout;
    usageRow->addWidget(m_usageEdit, 1);
    usageRow->addWidget(m_copyButton, 0, Qt::AlignTop);

    m_resultError = errorLabel(page, QStringLiteral("sdkResultError"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_installProgress);
    layout->addLayout(resultRow);
    layout->addWidget(m_changesList);
    layout->addWidget(m_undoNote);
    layout->addWidget(m_usageLabel);
    layout->addLayout(usageRow, 1);
    layout->addWidget(m_resultError);
    layout->addStretch();

    page->complete = [this] { return m_installed; };
    page->initialize = [this] {
        m_installed = false;
        m_resultError->hide();
        m_resultLabel->setText(tr("Generating…"));
        m_installProgress->setRange(0, 0);
        m_installProgress->show();
        // After the page has shown, so the admin sees it working.
        QTimer::singleShot(0, this, &SdkWizard::install);
    };
    return page;
}

// --- page 1: the spec and the generation -----------------------------------------------------

void SdkWizard::browseSpec() {
    QString start = m_specEdit->text().trimmed();
    if (start.isEmpty() || start.contains(QStringLiteral("://")))
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("OpenAPI Spec"), start, tr("OpenAPI specs (*.json *.yaml *.yml);;All files (*)"));
    if (!chosen.isEmpty())
        m_specEdit->setText(QDir::toNativeSeparators(chosen));
}

void SdkWizard::showError(QLabel *label, const QString &message) {
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString SdkWizard::errorText() const {
    for (const QLabel *label : {m_specError, m_authError, m_previewError, m_resultError}) {
        if (label && !label->isHidden() && page(currentId()) && page(currentId())->isAncestorOf(label))
            return label->text();
    }
    return {};
}

void SdkWizard::startGeneration(std::optional<SdkAuth> auth, After after) {
    if (m_job)
        return;
    QString spec = m_specEdit->text().trimmed();
    if (!spec.contains(QStringLiteral("://")))
        spec = QDir::fromNativeSeparators(spec);
    openapi::SdkRequest request;
    request.integration = m_integrationName;
    request.spec = spec;
    request.package = m_packageEdit->text().trimmed();
    request.auth = auth;

    auto job = std::make_shared<Job>();
    job->wizard = this;
    job->page = currentId();
    job->specChoice = !auth.has_value();
    m_job = job;
    setBusy(true);
    generationProgress(0, tr("Starting"));

    // The worker touches no widget: progress and the result are posted to the application
    // object (GUI thread), where the job's guarded pointer says whether the wizard still wants them.
    QThread *thread = QThread::create([job, request, after] {
        auto progress = [job](int percent, const QString &stage) {
            if (job->lastPercent.exchange(percent) == percent)
                return; // a download reports every chunk: one update per percent is enough
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [job, percent, stage] {
                    if (job->wizard && job->wizard->m_job == job)
                        job->wizard->generationProgress(percent, stage);
                },
                Qt::QueuedConnection);
        };
        auto result =
            std::make_shared<Result<GeneratedSdk>>(openapi::generateSdk(request, progress, &job->cancel));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [job, result, after] {
                if (job->wizard && job->wizard->m_job == job)
                    job->wizard->generationFinished(std::move(*result), after);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("sdkGeneration"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    m_sdkSpec = spec;
}

void SdkWizard::generationProgress(int percent, const QString &stage) {
    m_specProgress->setValue(percent);
    m_authProgress->setValue(percent);
    m_specStage->setText(stage);
}

void SdkWizard::setBusy(bool busy) {
    const bool onSpec = currentId() == SpecPageId || currentId() == -1;
    m_specProgress->setVisible(busy && onSpec);
    m_stopButton->setVisible(busy && onSpec);
    if (busy)
        m_specStage->setVisible(onSpec);
    m_specEdit->setReadOnly(busy);
    m_authProgress->setVisible(busy && currentId() == AuthPageId);
    m_authCombo->setEnabled(!busy);
    m_packageEdit->setReadOnly(busy);
    for (int id : pageIds())
        refreshPage(page(id));
    // After the refresh, which lets QWizard enable Back again: a result advances only the page
    // that asked for it, but leaving mid-way would only confuse.
    if (QAbstractButton *back = button(QWizard::BackButton); back && busy)
        back->setEnabled(false);
}

void SdkWizard::stopGeneration() {
    if (!m_job)
        return;
    m_job->cancel = true;
    m_job.reset(); // its result, when it comes, is dropped
    m_sdkSpec.clear();
    setBusy(false);
    m_specStage->setText(tr("Stopped."));
    if (m_sdk) { // page 2 keeps the auth of the SDK it shows
        m_authCombo->setCurrentIndex(m_authCombo->findData(openapi::sdkAuthName(m_sdk->auth)));
        m_authChosen = m_sdk->auth != m_specAuth;
    }
}

void SdkWizard::generationFinished(Result<GeneratedSdk> result, After after) {
    const int startedOn = m_job ? m_job->page : -1;
    const bool specChoice = m_job && m_job->specChoice;
    m_job.reset();
    setBusy(false);
    QLabel *error = after == After::RefreshAuth || startedOn == AuthPageId ? m_authError : m_specError;
    if (!result) {
        m_specStage->setText(tr("Failed."));
        if (after == After::RefreshAuth && m_sdk) {
            m_authCombo->setCurrentIndex(m_authCombo->findData(openapi::sdkAuthName(m_sdk->auth)));
            m_authChosen = m_sdk->auth != m_specAuth;
        }
        if (startedOn == SpecPageId)
            m_sdkSpec.clear();
        showError(error, result.error().message);
        return;
    }
    showError(error, {});
    m_specStage->setText(tr("Read %1 %2: %n operation(s).", nullptr, int(result->operations.size()))
                             .arg(result->title.isEmpty() ? tr("the spec") : result->title, result->version));
    if (specChoice) {
        m_specAuth = result->auth;
        m_specAuthReason = result->authReason;
    }
    m_sdk = std::move(*result);
    if (after == After::RefreshAuth || currentId() == AuthPageId) {
        updateAuthReason();
        updateFieldsList();
    }
    if (after == After::Advance && currentId() == startedOn)
        next();
}

// --- page 2: auth, package and folder --------------------------------------------------------

void SdkWizard::fillAuthPage() {
    if (!m_sdk)
        return;
    m_authCombo->setCurrentIndex(m_authCombo->findData(openapi::sdkAuthName(m_sdk->auth)));
    if (m_packageEdit->text().trimmed().isEmpty())
        m_packageEdit->setText(m_sdk->package);
    showError(m_authError, {});
    updateAuthReason();
    updateFieldsList();
    packageEdited();
}

void SdkWizard::updateAuthReason() {
    if (!m_sdk)
        return;
    if (!m_authChosen) {
        m_authReason->setText(tr("Chosen from %1.").arg(m_specAuthReason));
    } else {
        m_authReason->setText(tr("Chosen here; the spec suggests %1 (%2).")
                                  .arg(openapi::sdkAuthName(m_specAuth), m_specAuthReason));
    }
    if (m_sdk->auth == SdkAuth::ApiKey && !m_sdk->headerNameDefault.isEmpty())
        m_authReason->setText(m_authReason->text() + QLatin1Char(' ') +
                              tr("Header: %1 (header_name's default).").arg(m_sdk->headerNameDefault));
}

void SdkWizard::updateFieldsList() {
    m_fieldsList->clear();
    if (!m_sdk)
        return;
    Integration integration;
    if (auto loaded = m_session->store().integration(m_integrationName))
        integration = *loaded;
    int added = 0;
    for (const SchemaField &needed : m_sdk->fieldsNeeded) {
        const SchemaField *existing = integration.field(needed.key);
        if (!existing) {
            auto *item = new QListWidgetItem(fieldText(needed), m_fieldsList);
            item->setData(Qt::UserRole, needed.key);
            ++added;
        } else if (existing->type != needed.type) {
            auto *item = new QListWidgetItem(
                tr("%1: the schema has it as %2, the SDK reads it as %3; change its type on the Schema tab "
                   "or choose another authentication")
                    .arg(needed.key, fieldTypeName(existing->type), fieldTypeName(needed.type)),
                m_fieldsList);
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        } else {
            auto *item = new QListWidgetItem(tr("%1: already in the schema").arg(needed.key), m_fieldsList);
            item->setForeground(m_fieldsList->palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    if (m_sdk->fieldsNeeded.isEmpty())
        new QListWidgetItem(tr("None: this authentication needs no fields."), m_fieldsList);
    else if (added == 0)
        m_fieldsList->insertItem(0, tr("None: the schema has every field the SDK reads."));
}

void SdkWizard::packageEdited() {
    const QString name = m_packageEdit->text().trimmed();
    const QString problem = packageProblem(name);
    if (!problem.isEmpty()) {
        m_packageHint->setStyleSheet(errorStyle);
        m_packageHint->setText(problem);
    } else {
        const QString folder =
            QFileInfo(QDir::fromNativeSeparators(m_outDirEdit->text().trimmed())).fileName();
        m_packageHint->setStyleSheet(QString());
        m_packageHint->setText(
            folder.isEmpty() || !packageProblem(folder).isEmpty()
                ? tr("Workflows use it as: from %1 import …").arg(name)
                : tr("Workflows use it as: from %1 import … (or from %2 import %1)").arg(name, folder));
    }
    refreshPage(page(AuthPageId));
}

void SdkWizard::browseOutDir() {
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Output Folder"), QDir::fromNativeSeparators(m_outDirEdit->text().trimmed()));
    if (!chosen.isEmpty())
        m_outDirEdit->setText(QDir::toNativeSeparators(chosen));
}

bool SdkWizard::validateCurrentPage() {
    if (isBusy())
        return false;
    switch (currentId()) {
    case SpecPageId: {
        QString spec = m_specEdit->text().trimmed();
        if (spec.isEmpty()) {
            showError(m_specError, tr("Choose a spec file or type its URL."));
            return false;
        }
        if (!spec.contains(QStringLiteral("://")))
            spec = QDir::fromNativeSeparators(spec);
        if (m_sdk && m_sdkSpec == spec)
            return true; // generated already: Back and Next again
        showError(m_specError, {});
        m_authChosen = false; // another spec: its own auth
        startGeneration(std::nullopt, After::Advance);
        return false; // advances when the generation succeeds
    }
    case AuthPageId: {
        const QString package = m_packageEdit->text().trimmed();
        if (const QString problem = packageProblem(package); !problem.isEmpty()) {
            showError(m_authError, problem);
            return false;
        }
        if (m_outDirEdit->text().trimmed().isEmpty()) {
            showError(m_authError, tr("Choose the output folder."));
            return false;
        }
        if (!m_sdk || m_sdk->package != package) {
            // The package name is in the generated code: generate again with it.
            std::optional<SdkAuth> auth;
            if (m_authChosen)
                auth = openapi::parseSdkAuth(m_authCombo->currentData().toString());
            startGeneration(auth, After::Advance);
            return false;
        }
        return true;
    }
    case PreviewPageId:
        return m_sdk.has_value() && confirmReplace();
    default:
        return QWizard::validateCurrentPage();
    }
}

// --- page 3: preview -------------------------------------------------------------------------

void SdkWizard::fillPreviewPage() {
    m_operations->removeRows(0, m_operations->rowCount());
    m_warningsList->clear();
    showError(m_previewError, {});
    if (!m_sdk)
        return;
    for (const openapi::OperationSummary &op : m_sdk->operations) {
        QList<QStandardItem *> row;
        for (const QString &text : {op.function, op.method, op.path, op.summary}) {
            auto *item = new QStandardItem(text);
            item->setToolTip(text);
            row << item;
        }
        m_operations->appendRow(row);
    }
    QStringList facts;
    facts << tr("%n operation(s)", nullptr, int(m_sdk->operations.size()));
    facts << tr("%n model(s)", nullptr, m_sdk->modelCount);
    facts << tr("authentication: %1").arg(openapi::sdkAuthName(m_sdk->auth));
    QString source = m_sdk->title.isEmpty() ? tr("The spec") : m_sdk->title;
    if (!m_sdk->version.isEmpty())
        source += QLatin1Char(' ') + m_sdk->version;
    if (!m_sdk->specVersion.isEmpty())
        source += m_sdk->specVersion.startsWith(QLatin1Char('2'))
                      ? tr(" (Swagger %1)").arg(m_sdk->specVersion)
                      : tr(" (OpenAPI %1)").arg(m_sdk->specVersion);
    m_previewSummary->setText(
        tr("%1 gives the package %2: %3.")
            .arg(source.toHtmlEscaped(), m_sdk->package, facts.join(QStringLiteral(", "))));
    m_warningsList->addItems(m_sdk->warnings);
    m_warningsToggle->setText(
        tr("%n item(s) skipped or changed: warnings", nullptr, int(m_sdk->warnings.size())));
    m_warningsToggle->setVisible(!m_sdk->warnings.isEmpty());
    m_warningsToggle->setChecked(false);
    m_warningsList->hide();
}

bool SdkWizard::confirmReplace() {
    m_forceReplace = false;
    const QString dir =
        QDir(QDir::fromNativeSeparators(m_outDirEdit->text().trimmed())).filePath(m_sdk->package);
    const QFileInfo info(dir);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (openapi::isGeneratedPackage(dir))
        return true; // ours: replaced without asking, as bifrostctl does
    QMessageBox box(QMessageBox::Warning, tr("Replace Folder?"),
                    tr("%1 exists and was not generated by Bifrost.").arg(QDir::toNativeSeparators(dir)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("sdkReplaceQuestion"));
    box.setInformativeText(tr("Generating replaces it and everything in it. Replace it, or go back and "
                              "choose another package name or folder?"));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("sdkReplaceButton"));
    QPushButton *keep = box.addButton(tr("&Keep It"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != replace) {
        showError(m_previewError,
                  tr("Nothing was written: %1 stays as it is.").arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    m_forceReplace = true;
    return true;
}

// --- page 4: install and the result ----------------------------------------------------------

void SdkWizard::install() {
    if (m_installed || !m_sdk || currentId() != ResultPageId)
        return;
    const QString outDir = QDir::fromNativeSeparators(m_outDirEdit->text().trimmed());
    Result<openapi::SdkInstallReport> installed = Error::internal({});
    {
        const BusyCursor busy;
        installed = openapi::installSdk(m_session->store(), *m_sdk, outDir, m_forceReplace);
    }
    m_installProgress->setRange(0, 100);
    if (!installed) {
        m_installProgress->hide();
        m_resultLabel->setText(tr("Nothing was written."));
        showError(m_resultError, installed.error().message + QLatin1Char('\n') +
                                     tr("Go Back to change the authentication, package or folder."));
        return;
    }
    m_installProgress->setValue(100);
    m_installed = true;
    m_report = *installed;
    QSettings().setValue(outDirKey, QDir::toNativeSeparators(outDir));
    const bool storeChanged = !m_report.addedFields.isEmpty() || !m_report.setDefaults.isEmpty();
    if (storeChanged) {
        // The undo stack's commands expect the schema as it was before (as after File > Import).
        m_session->undoStack()->clear();
        Q_EMIT m_session->integrationChanged(m_integrationId);
        Q_EMIT m_session->configChanged(m_integrationId);
    }
    showResult();
    // Done: neither Back (the files are written) nor Cancel (nothing left to cancel).
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    refreshPage(page(ResultPageId));

    QString summary =
        tr("Generated the SDK %1 in %2.").arg(m_sdk->package, QDir::toNativeSeparators(m_report.packageDir));
    if (!m_report.addedFields.isEmpty())
        summary +=
            QLatin1Char(' ') + tr("Fields added to %1: %2.")
                                   .arg(m_integrationName, m_report.addedFields.join(QStringLiteral(", ")));
    Q_EMIT sdkGenerated(summary);
}

void SdkWizard::showResult() {
    m_resultLabel->setText(tr("Generated <b>%1</b> (%2, %3) in<br><code>%4</code>")
                               .arg(m_sdk->package,
                                    tr("%n operation(s)", nullptr, int(m_sdk->operations.size())),
                                    tr("%n model(s)", nullptr, m_sdk->modelCount),
                                    QDir::toNativeSeparators(m_report.packageDir).toHtmlEscaped()));
    m_openFolder->show();

    m_changesList->clear();
    for (const QString &key : std::as_const(m_report.addedFields)) {
        QString text = tr("Field added: %1").arg(key);
        for (const SchemaField &f : m_sdk->fieldsNeeded) {
            if (f.key == key)
                text = tr("Field added: %1").arg(fieldText(f));
        }
        m_changesList->addItem(text);
    }
    for (const QString &value : std::as_const(m_report.setDefaults))
        m_changesList->addItem(tr("Default set: %1").arg(value));
    for (const QString &note : std::as_const(m_report.notes)) {
        auto *item = new QListWidgetItem(note, m_changesList);
        item->setForeground(QColor(0x8a, 0x5a, 0x00));
    }
    if (m_changesList->count() == 0)
        m_changesList->addItem(
            tr("The schema of %1 had every field the SDK reads: it is unchanged.").arg(m_integrationName));
    // As tall as its few lines, so the usage example gets the room.
    const int rows = std::min(m_changesList->count(), 5);
    m_changesList->setFixedHeight(rows * m_changesList->sizeHintForRow(0) + 2 * m_changesList->frameWidth() +
                                  4);
    m_changesList->show();

    const bool storeChanged = !m_report.addedFields.isEmpty() || !m_report.setDefaults.isEmpty();
    m_undoNote->setText(storeChanged
                            ? tr("These changes to %1 cannot be undone, and the undo history (Ctrl+Z) "
                                 "was cleared. Fill in the credentials on the Defaults or "
                                 "Organizations tab.")
                                  .arg(m_integrationName)
                            : tr("The undo history is unchanged."));
    m_undoNote->show();

    const QString outDir = QFileInfo(m_report.packageDir).absolutePath();
    m_usageLabel->setText(tr("Usage in a workflow run from %1 (the bifrost runtime is beside the package; "
                             "from its parent folder: <code>from %2 import %3</code>):")
                              .arg(QDir::toNativeSeparators(outDir).toHtmlEscaped(),
                                   QFileInfo(outDir).fileName(), m_sdk->package));
    m_usageLabel->show();
    m_usageEdit->setPlainText(m_sdk->usageExample);
    m_usageEdit->show();
    m_copyButton->show();
}

void SdkWizard::done(int result) {
    stopGeneration();
    QWizard::done(result);
}

} // namespace bifrost
