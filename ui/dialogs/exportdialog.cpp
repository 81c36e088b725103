#include "exportdialog.h"

#include "bundle/bundle.h"
#include "busycursor.h"
#include "passphrasedialog.h"
#include "secrets/vaultsecretstore.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bifrost {

namespace {

QString startFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

ExportDialog::ExportDialog(AdminSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_integrations(new QListWidget(this))
    , m_includeSecrets(new QCheckBox(tr("Include &secrets (encrypted with the passphrase)"), this))
    , m_includeTokens(new QCheckBox(tr("Include OAuth &tokens"), this))
    , m_passphrase(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_passphraseHint(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Integrations"));

    m_integrations->setObjectName(QStringLiteral("exportIntegrations"));
    m_integrations->setAccessibleName(tr("Integrations to export"));
    if (auto all = session->store().integrations(); all) {
        for (const Integration &integration : std::as_const(*all)) {
            auto *item = new QListWidgetItem(integration.name, m_integrations);
            item->setData(Qt::UserRole, integration.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
        }
    } else {
        showError(all.error().message);
    }
    connect(m_integrations, &QListWidget::itemChanged, this, &ExportDialog::updateEnabled);
    auto *selectAll = new QPushButton(tr("Select &all"), this);
    selectAll->setObjectName(QStringLiteral("exportSelectAll"));
    auto *selectNone = new QPushButton(tr("Select n&one"), this);
    selectNone->setObjectName(QStringLiteral("exportSelectNone"));
    const auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_integrations->count(); ++i)
            m_integrations->item(i)->setCheckState(state);
    };
    connect(selectAll, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(selectNone, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(selectAll);
    listButtons->addWidget(selectNone);
    listButtons->addStretch();
    auto *integrationsBox = new QGroupBox(tr("Integrations"), this);
    auto *integrationsLayout = new QVBoxLayout(integrationsBox);
    auto *integrationsNote =
        new QLabel(tr("Each with its schema, defaults, OAuth settings, mappings and overrides, and every "
                      "organization they refer to."),
                   integrationsBox);
    integrationsNote->setWordWrap(true);
    integrationsLayout->addWidget(integrationsNote);
    integrationsLayout->addWidget(m_integrations, 1);
    integrationsLayout->addLayout(listButtons);

    m_includeSecrets->setObjectName(QStringLiteral("exportIncludeSecrets"));
    m_includeSecrets->setChecked(true);
    m_includeTokens->setObjectName(QStringLiteral("exportIncludeTokens"));
    m_includeTokens->setChecked(false);
    m_includeTokens->setToolTip(tr("Access and refresh tokens let whoever has the bundle and its passphrase "
                                   "act as the connected account; leave them out unless the other "
                                   "machine must not connect again."));
    connect(m_includeSecrets, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);

    m_passphrase->setObjectName(QStringLiteral("exportPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Bundle passphrase"));
    m_confirm->setObjectName(QStringLiteral("exportPassphraseConfirmation"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Bundle passphrase again"));
    m_passphraseHint->setObjectName(QStringLiteral("exportPassphraseHint"));
    m_passphraseHint->setWordWrap(true);
    connect(m_passphrase, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    connect(m_confirm, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);

    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setAccessibleName(tr("Export file"));
    m_file->setText(
        QDir::toNativeSeparators(QDir(startFolder()).filePath(defaultFileName(QDate::currentDate()))));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("exportBrowse"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(QString(), m_includeSecrets);
    form->addRow(QString(), m_includeTokens);
    auto *passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    form->addRow(passphraseLabel, m_passphrase);
    auto *againLabel = new QLabel(tr("A&gain:"), this);
    againLabel->setBuddy(m_confirm);
    form->addRow(againLabel, m_confirm);
    form->addRow(QString(), m_passphraseHint);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(integrationsBox, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    updateEnabled();
}

ExportDialog::~ExportDialog() {
    m_passphrase->clear();
    m_confirm->clear();
}

QString ExportDialog::defaultFileName(const QDate &date) {
    return QStringLiteral("bifrost-export-%1.json").arg(date.toString(Qt::ISODate));
}

Result<void> ExportDialog::writePrivateFile(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::external(
            tr("Cannot write %1: %2. Choose another file.").arg(shown, file.errorString()));
    // On the temporary file before any byte is in it, so the rename keeps the mode.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error::external(
            tr("Cannot make %1 private to you: %2. Choose another file.").arg(shown, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::external(
            tr("Cannot write %1: %2. Choose another file.").arg(shown, file.errorString()));
    return {};
}

QString ExportDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExportDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ExportDialog::updateEnabled() {
    const bool secrets = m_includeSecrets->isChecked();
    m_includeTokens->setEnabled(secrets);
    if (!secrets)
        m_includeTokens->setChecked(false);
    m_passphrase->setEnabled(secrets);
    m_confirm->setEnabled(secrets);
    if (!secrets) {
        m_passphraseHint->setText(tr("No passphrase: the bundle holds no secret values, and the import lists "
                                     "the secrets to fill in."));
    } else if (m_passphrase->text().size() < VaultSecretStore::minimumPassphraseLength) {
        m_passphraseHint->setText(tr("At least %n characters. The colleague who imports needs it; it cannot "
                                     "be recovered.",
                                     nullptr, VaultSecretStore::minimumPassphraseLength));
    } else if (m_confirm->text() != m_passphrase->text()) {
        m_passphraseHint->setText(tr("Type the same passphrase again."));
    } else {
        m_passphraseHint->setText(m_passphrase->text().size() < 16 ? tr("Long enough. Longer is stronger.")
                                                                   : tr("Strong length."));
    }
    bool any = false;
    for (int i = 0; i < m_integrations->count() && !any; ++i)
        any = m_integrations->item(i)->checkState() == Qt::Checked;
    m_export->setEnabled(any && m_writtenPath.isEmpty()); // once written, what is left is Close
}

void ExportDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), m_file->text(),
                                                        tr("Bifrost bundles (*.json);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(chosen));
    m_replaceConfirmed = chosen; // the file dialog asked already
}

bool ExportDialog::exportNow() {
    showError({});
    bundle::ExportOptions options;
    QStringList names;
    bool all = true;
    for (int i = 0; i < m_integrations->count(); ++i) {
        const QListWidgetItem *item = m_integrations->item(i);
        if (item->checkState() == Qt::Checked) {
            options.integrations << item->data(Qt::UserRole).toString();
            names << item->text();
        } else {
            all = false;
        }
    }
    if (options.integrations.isEmpty()) {
        showError(tr("Tick at least one integration to export."));
        return false;
    }
    if (all)
        options.integrations.clear(); // every integration, as `bifrostctl export` without --integration
    options.includeSecrets = m_includeSecrets->isChecked();
    options.includeTokens = options.includeSecrets && m_includeTokens->isChecked();
    QString passphrase;
    if (options.includeSecrets) {
        if (const QString problem =
                PassphraseDialog::newPassphraseProblem(m_passphrase->text(), m_confirm->text());
            !problem.isEmpty()) {
            showError(problem);
            m_passphrase->setFocus(Qt::OtherFocusReason);
            return false;
        }
        passphrase = m_passphrase->text();
    }
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        showError(tr("Choose the file to write the bundle to."));
        m_file->setFocus(Qt::OtherFocusReason);
        return false;
    }

    Result<bundle::ExportResult> result = Error::internal({});
    {
        const BusyCursor busy;
        result = bundle::exportBundle(m_session->store(), options, passphrase);
    }
    if (!result) {
        showError(result.error().message);
        return false;
    }
    if (auto written = writePrivateFile(path, result->bytes); !written) {
        showError(written.error().message);
        return false;
    }
    m_writtenPath = path;

    QString summary = tr("Exported %n integration(s)", nullptr, result->integrationCount) +
                      tr(" and %n organization(s)", nullptr, result->organizationCount);
    if (options.includeSecrets)
        summary +=
            tr(", with %n secret value(s) encrypted", nullptr, result->secretCount) +
            (options.includeTokens ? tr(" (%n OAuth token(s))", nullptr, result->tokenCount) : QString());
    else
        summary += tr(", without secrets");
    summary += tr(", to %1.").arg(QDir::toNativeSeparators(path));
    QString details = summary;
    if (options.includeSecrets)
        details += QLatin1Char('\n') +
                   tr("Give the passphrase to whoever imports the file by another way than the file itself.");
    m_result->setText(details);
    m_result->show();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_passphrase->clear();
    m_confirm->clear();
    updateEnabled();
    Q_EMIT exported(path, summary);
    return true;
}

void ExportDialog::accept() {
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!path.isEmpty() && QFileInfo::exists(path) && path != m_writtenPath && path != m_replaceConfirmed) {
        const auto answer =
            QMessageBox::question(this, tr("Replace File"),
                                  tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(path)),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    exportNow();
}

} // namespace bifrost
