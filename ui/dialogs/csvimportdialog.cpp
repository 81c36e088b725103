#include "csvimportdialog.h"

#include "commands/mappingcommand.h"
#include "models/mappingimportmodel.h"
#include "session/adminsession.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

namespace bifrost {

CsvImportDialog::CsvImportDialog(AdminSession *session, QString integrationId, QWidget *parent)
    : PasteReviewDialog(
          {.intro = tr("Paste CSV with the columns organization, entity_id, entity_name (a header row is "
                       "optional), or open a file. Organizations are matched by name."),
           .textLabel = tr("C&SV:"),
           .textObjectName = QStringLiteral("csvText"),
           .textAccessibleName = tr("CSV text"),
           .textPlaceholder =
               QStringLiteral("organization,entity_id,entity_name\nAcme Ltd,1042,ACME Limited"),
           .viewObjectName = QStringLiteral("csvPreviewTable"),
           .viewAccessibleName = tr("Import preview"),
           .statusObjectName = QStringLiteral("csvStatus"),
           .applyObjectName = QStringLiteral("csvApply"),
           .applyText = tr("&Apply")},
          parent)
    , m_session(session)
    , m_integrationId(std::move(integrationId))
    , m_openButton(new QPushButton(tr("&Open file…"), this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_model(new MappingImportModel(this)) {
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import mappings from CSV"));
    resize(760, 560);

    m_openButton->setObjectName(QStringLiteral("csvOpen"));
    m_previewButton->setObjectName(QStringLiteral("csvPreview"));
    view()->setModel(m_model);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addStretch();
    buttons->addWidget(m_previewButton);
    layOut(buttons);

    connect(m_openButton, &QPushButton::clicked, this, &CsvImportDialog::openFile);
    connect(m_previewButton, &QPushButton::clicked, this, &CsvImportDialog::preview);
    connect(textEdit(), &QPlainTextEdit::textChanged, this, [this] {
        m_previewCurrent = false;
        applyButton()->setEnabled(false);
    });
}

void CsvImportDialog::showError(const QString &message) {
    m_model->setRows({});
    showStatus(message, true);
    applyButton()->setEnabled(false);
}

bool CsvImportDialog::preview() {
    auto rows = parseMappingCsv(textEdit()->toPlainText());
    if (!rows) {
        showError(rows.error().message);
        return false;
    }
    auto previewed = previewMappingImport(m_session->store(), m_integrationId, *rows);
    if (!previewed) {
        showError(previewed.error().message);
        return false;
    }
    m_model->setRows(std::move(*previewed));
    view()->resizeColumnsToContents();
    const int create = m_model->count(ImportAction::Create);
    const int update = m_model->count(ImportAction::Update);
    const int unchanged = m_model->count(ImportAction::Unchanged);
    const int unknown = m_model->count(ImportAction::UnknownOrganization);
    QStringList parts;
    parts << tr("%n to create", nullptr, create) << tr("%n to update", nullptr, update)
          << tr("%n unchanged", nullptr, unchanged);
    if (unknown > 0)
        parts << tr("%n unknown organization(s), skipped", nullptr, unknown);
    showStatus(parts.join(QStringLiteral(", ")), false);
    m_previewCurrent = true;
    applyButton()->setEnabled(create + update > 0);
    return true;
}

bool CsvImportDialog::loadFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        showError(tr("Could not read %1: %2. Check that the file exists and is readable.")
                      .arg(path, file.errorString()));
        return false;
    }
    textEdit()->setPlainText(QString::fromUtf8(file.readAll()));
    return preview();
}

void CsvImportDialog::openFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open CSV file"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void CsvImportDialog::accept() {
    if (!m_previewCurrent) {
        // Apply writes only what the admin has seen: show the preview of the current text first.
        preview();
        return;
    }
    QList<MappingCommand::Edit> edits;
    for (const MappingImportRow &r : m_model->rows()) {
        if (r.action != ImportAction::Create && r.action != ImportAction::Update)
            continue;
        MappingCommand::Edit edit;
        edit.organizationId = r.organizationId;
        edit.entityId = r.row.entityId;
        // A file without the entity_name column keeps the stored names.
        edit.entityName = r.row.hasEntityName || !r.current ? r.row.entityName : r.current->entityName;
        edit.expected = ExpectedMapping::of(r.current);
        edits.append(std::move(edit));
    }
    if (edits.isEmpty())
        return;
    const int count = int(edits.size());
    auto done = m_session->execute(std::make_unique<MappingCommand>(
        m_session, m_integrationId, std::move(edits), tr("Import %n mapping(s) from CSV", nullptr, count)));
    if (!done) {
        showStatus(done.error().message + QLatin1Char(' ') +
                       tr("Preview again to see the mappings as they are now."),
                   true);
        m_previewCurrent = false;
        applyButton()->setEnabled(false);
        return;
    }
    QDialog::accept();
}

} // namespace bifrost
