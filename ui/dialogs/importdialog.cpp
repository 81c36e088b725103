#include "importdialog.h"

#include "busycursor.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bifrost {

ImportDialog::ImportDialog(AdminSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_file(new QLineEdit(this))
    , m_infoLabel(new QLabel(this))
    , m_passphraseLabel(new QLabel(tr("&Passphrase:"), this))
    , m_passphrase(new QLineEdit(this))
    , m_previewButton(new QPushButton(tr("Pre&view"), this))
    , m_onConflict(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, 6, this))
    , m_summary(new QLabel(this))
    , m_secretsLabel(new QLabel(tr("Secrets to fill in after the import:"), this))
    , m_secretsToFill(new QListWidget(this))
    , m_warnings(new QLabel(this))
    , m_error(new QLabel(this))
    , m_undoNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Integrations"));

    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setAccessibleName(tr("Bundle file"));
    m_file->setPlaceholderText(tr("A bundle written by File > Export or bifrostctl export"));
    connect(m_file, &QLineEdit::returnPressed, this,
            [this] { loadFile(QDir::fromNativeSeparators(m_file->text())); });
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_infoLabel->setObjectName(QStringLiteral("importInfo"));
    m_infoLabel->setWordWrap(true);

    m_passphrase->setObjectName(QStringLiteral("importPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Bundle passphrase"));
    m_passphraseLabel->setBuddy(m_passphrase);
    connect(m_passphrase, &QLineEdit::textEdited, this, [this] {
        // The table no longer shows what this passphrase would import.
        m_previewCurrent = false;
        m_import->setEnabled(false);
    });
    connect(m_passphrase, &QLineEdit::returnPressed, this, &ImportDialog::preview);
    m_previewButton->setObjectName(QStringLiteral("importPreviewButton"));
    m_previewButton->setAutoDefault(false);
    connect(m_previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    auto *passphraseRow = new QHBoxLayout;
    passphraseRow->addWidget(m_passphrase, 1);
    passphraseRow->addWidget(m_previewButton);

    m_onConflict->setObjectName(QStringLiteral("importOnConflict"));
    m_onConflict->setAccessibleName(tr("When an integration exists already"));
    m_onConflict->addItem(tr("Stop: import nothing"), int(bundle::OnConflict::Fail));
    m_onConflict->addItem(tr("Skip it: keep it as it is"), int(bundle::OnConflict::Skip));
    m_onConflict->addItem(tr("Replace it with the bundle's"), int(bundle::OnConflict::Replace));
    m_onConflict->addItem(tr("Merge: add what it lacks, keep what it has"), int(bundle::OnConflict::Merge));
    m_onConflict->setCurrentIndex(0); // as bifrostctl import without --on-conflict
    connect(m_onConflict, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_bytes.isEmpty() && (!m_info.sealed || !m_passphrase->text().isEmpty()))
            preview();
    });

    m_model->setHorizontalHeaderLabels(
        {tr("Action"), tr("Object"), tr("Integration"), tr("Organization"), tr("Key"), tr("Detail")});
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setAccessibleName(tr("What the import does"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    // Fixed sizes: a bundle of 500 integrations plans thousands of rows, none of them measured.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ActionColumn, 90);
    m_view->setColumnWidth(ObjectColumn, 100);
    m_view->setColumnWidth(IntegrationColumn, 150);
    m_view->setColumnWidth(OrganizationColumn, 170);
    m_view->setColumnWidth(KeyColumn, 130);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_secretsLabel->setObjectName(QStringLiteral("importSecretsLabel"));
    m_secretsToFill->setObjectName(QStringLiteral("importSecretsToFill"));
    m_secretsToFill->setAccessibleName(tr("Secrets to fill in"));
    m_secretsToFill->setMaximumHeight(90);
    m_secretsLabel->setBuddy(m_secretsToFill);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undoNote->setObjectName(QStringLiteral("importUndoNote"));
    m_undoNote->setWordWrap(true);
    m_undoNote->setText(tr("An import cannot be undone, and it clears the undo history (Ctrl+Z)."));

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_infoLabel);
    form->addRow(m_passphraseLabel, passphraseRow);
    auto *conflictLabel = new QLabel(tr("When an integration &exists:"), this);
    conflictLabel->setBuddy(m_onConflict);
    form->addRow(conflictLabel, m_onConflict);

    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    // No default button: Return in the file or passphrase field previews (their returnPressed)
    // and must never import as well; Import is a deliberate click, Space or Alt+I.
    for (QPushButton *button : {m_import, m_buttons->button(QDialogButtonBox::Cancel), browseButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_secretsLabel);
    layout->addWidget(m_secretsToFill);
    layout->addWidget(m_warnings);
    layout->addWidget(m_error);
    layout->addWidget(m_undoNote);
    layout->addWidget(m_buttons);
    resize(860, 560);
    clearPreview();
    m_infoLabel->hide();
    m_passphraseLabel->hide();
    m_passphrase->hide();
    m_previewButton->hide();
}

ImportDialog::~ImportDialog() {
    m_passphrase->clear();
}

QString ImportDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

bundle::OnConflict ImportDialog::onConflict() const {
    return bundle::OnConflict(m_onConflict->currentData().toInt());
}

void ImportDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ImportDialog::clearPreview() {
    m_model->removeRows(0, m_model->rowCount());
    m_report = {};
    m_previewCurrent = false;
    m_summary->clear();
    m_summary->hide();
    m_secretsLabel->hide();
    m_secretsToFill->clear();
    m_secretsToFill->hide();
    m_warnings->clear();
    m_warnings->hide();
    m_import->setEnabled(false);
}

void ImportDialog::browse() {
    QString start = m_file->text();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import From"), start,
                                                        tr("Bifrost bundles (*.json);;All files (*)"));
    if (!chosen.isEmpty())
        loadFile(chosen);
}

bool ImportDialog::loadFile(const QString &path) {
    showError({});
    clearPreview();
    m_bytes.clear();
    m_info = {};
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_infoLabel->hide();
    m_passphraseLabel->hide();
    m_passphrase->hide();
    m_previewButton->hide();

    const QString shown = QDir::toNativeSeparators(path);
    auto read = bundle::readBundleFile(path);
    if (!read) {
        showError(read.error().message);
        return false;
    }
    QByteArray bytes = std::move(*read);
    auto info = bundle::inspectBundle(bytes);
    if (!info) {
        showError(tr("%1: %2").arg(shown, info.error().message));
        return false;
    }
    m_bytes = std::move(bytes);
    m_info = *info;

    QStringList facts;
    if (m_info.createdAt.isValid())
        facts << tr("Made %1").arg(QLocale().toString(m_info.createdAt.toLocalTime(), QLocale::ShortFormat)) +
                     (m_info.createdBy.isEmpty() ? QString() : tr(" by %1").arg(m_info.createdBy));
    facts << tr("%n integration(s)", nullptr, int(m_info.integrations.size())) +
                 (m_info.integrations.isEmpty()
                      ? QString()
                      : QStringLiteral(" (") + m_info.integrations.join(QStringLiteral(", ")) +
                            QLatin1Char(')'));
    facts << tr("%n organization(s)", nullptr, m_info.organizationCount);
    facts << (m_info.sealed ? tr("secrets encrypted with a passphrase") : tr("no secret values"));
    m_infoLabel->setText(facts.join(QStringLiteral("; ")) + QLatin1Char('.'));
    m_infoLabel->show();

    if (m_info.sealed) {
        m_passphraseLabel->show();
        m_passphrase->show();
        m_previewButton->show();
        m_passphrase->clear();
        m_passphrase->setFocus(Qt::OtherFocusReason);
        m_summary->setText(tr("Type the passphrase the bundle was exported with, then Preview."));
        m_summary->show();
        return true;
    }
    return preview();
}

bool ImportDialog::preview() {
    showError({});
    clearPreview();
    if (m_bytes.isEmpty()) {
        showError(tr("Choose a bundle file first."));
        return false;
    }
    if (m_info.sealed && m_passphrase->text().isEmpty()) {
        showError(tr("This bundle holds encrypted secrets: type the passphrase it was exported with."));
        m_passphrase->setFocus(Qt::OtherFocusReason);
        return false;
    }
    bundle::ImportOptions options;
    options.onConflict = onConflict();
    options.dryRun = true;
    Result<bundle::ImportReport> plan = Error::internal({});
    {
        const BusyCursor busy;
        plan = bundle::importBundle(m_session->store(), m_bytes,
                                    m_info.sealed ? m_passphrase->text() : QString(), options);
    }
    if (!plan) {
        showError(plan.error().message);
        if (plan.error().field == QLatin1String("passphrase")) {
            m_passphrase->selectAll();
            m_passphrase->setFocus(Qt::OtherFocusReason);
        } else if (plan.error().code == ErrorCode::Conflict) {
            m_onConflict->setFocus(Qt::OtherFocusReason);
        }
        return false;
    }
    showReport(*plan);
    m_previewCurrent = true;
    m_import->setEnabled(!m_applied);
    return true;
}

QString ImportDialog::countsText(const bundle::ImportReport &report) const {
    using Kind = bundle::PlannedChange::Kind;
    return tr("%1 to create, %2 to change, %3 to remove, %4 skipped, %5 unchanged.")
        .arg(report.count(Kind::Create))
        .arg(report.count(Kind::Change))
        .arg(report.count(Kind::Remove))
        .arg(report.count(Kind::Skip))
        .arg(report.count(Kind::Unchanged));
}

void ImportDialog::showReport(const bundle::ImportReport &report) {
    using Kind = bundle::PlannedChange::Kind;
    m_report = report;
    m_model->removeRows(0, m_model->rowCount());
    for (const bundle::PlannedChange &change : report.changes) {
        QString action;
        switch (change.kind) {
        case Kind::Create:
            action = tr("create");
            break;
        case Kind::Change:
            action = tr("change");
            break;
        case Kind::Remove:
            action = tr("remove");
            break;
        case Kind::Skip:
            action = tr("skip");
            break;
        case Kind::Unchanged:
            action = tr("unchanged");
            break;
        }
        QList<QStandardItem *> row;
        for (const QString &text :
             {action, change.object, change.integration, change.organization, change.key, change.detail}) {
            auto *item = new QStandardItem(text);
            item->setToolTip(change.describe());
            row << item;
        }
        row.first()->setData(int(change.kind), Qt::UserRole);
        m_model->appendRow(row);
    }
    m_summary->setText(report.applied ? tr("Imported: %1").arg(countsText(report))
                                      : tr("Would import: %1").arg(countsText(report)));
    m_summary->show();
    m_secretsToFill->clear();
    m_secretsToFill->addItems(report.secretsToFill);
    m_secretsLabel->setVisible(!report.secretsToFill.isEmpty());
    m_secretsToFill->setVisible(!report.secretsToFill.isEmpty());
    m_warnings->setText(report.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!report.warnings.isEmpty());
}

bool ImportDialog::importNow() {
    if (m_applied)
        return false;
    if (!m_previewCurrent) {
        showError(tr("Preview the import first: nothing is written before you have seen what it does."));
        return false;
    }
    showError({});
    bundle::ImportOptions options;
    options.onConflict = onConflict();
    options.dryRun = false;
    Result<bundle::ImportReport> done = Error::internal({});
    {
        const BusyCursor busy;
        done = bundle::importBundle(m_session->store(), m_bytes,
                                    m_info.sealed ? m_passphrase->text() : QString(), options);
    }
    if (!done) {
        showError(done.error().message);
        return false;
    }
    m_applied = true;
    // The commands on the stack expect the data as it was before the import (see the class
    // comment); every view reloads from the store.
    m_session->undoStack()->clear();
    m_session->announceEverythingChanged();
    showReport(*done);
    m_import->setEnabled(false);
    m_previewButton->setEnabled(false);
    m_onConflict->setEnabled(false);
    m_passphrase->clear();
    m_passphrase->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_undoNote->setText(tr("Imported. The undo history was cleared."));
    QString summary = tr("Imported %1: %2").arg(QDir::toNativeSeparators(m_path), countsText(*done));
    if (!done->secretsToFill.isEmpty())
        summary +=
            QLatin1Char(' ') + tr("%n secret(s) to fill in.", nullptr, int(done->secretsToFill.size()));
    Q_EMIT imported(summary);
    return true;
}

void ImportDialog::accept() {
    importNow();
}

} // namespace bifrost
