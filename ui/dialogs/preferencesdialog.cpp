#include "preferencesdialog.h"

#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace bifrost {

PreferencesDialog::PreferencesDialog(const QString &currentPath, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_backend(new QComboBox(this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const QSettings settings;

    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setAccessibleName(tr("Database location"));
    m_path->setPlaceholderText(QDir::toNativeSeparators(Store::defaultPath()));
    m_path->setText(settings.value(databasePathKey()).toString());
    m_path->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseDatabase"));
    connect(browseButton, &QPushButton::clicked, this, &PreferencesDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_backend->setObjectName(QStringLiteral("secretBackend"));
    m_backend->setAccessibleName(tr("Secret backend"));
    m_backend->addItem(tr("System keychain"), keychainBackend());
    m_backend->addItem(tr("Encrypted vault file"), vaultBackend());
    m_backend->setToolTip(tr("The vault is one file next to the database (NAME.vault), encrypted with a "
                             "passphrase asked for when Bifrost Admin starts; for machines without a "
                             "keychain. BIFROST_VAULT_PASSPHRASE gives it without asking."));
    const int stored = m_backend->findData(settings.value(secretBackendKey()).toString());
    m_backend->setCurrentIndex(stored >= 0 ? stored : 0);

    auto *current = new QLabel(tr("In use now: %1").arg(QDir::toNativeSeparators(currentPath)), this);
    current->setObjectName(QStringLiteral("currentDatabase"));
    current->setWordWrap(true);
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(tr("Changes apply the next time Bifrost Admin starts. Leave the location empty "
                               "for the default. A --db option on the command line wins over this setting."),
                            this);
    note->setObjectName(QStringLiteral("restartNote"));
    note->setWordWrap(true);
    auto *backendNote =
        new QLabel(tr("The secret backend applies to new databases (and to one that holds no secrets yet): "
                      "an existing database keeps the backend it records. To move its secrets, run "
                      "`bifrostctl secrets migrate --to vault` (or `--to keychain`). The environment "
                      "variable BIFROST_SECRETS and the --secrets option win over this setting."),
                   this);
    backendNote->setObjectName(QStringLiteral("secretBackendNote"));
    backendNote->setWordWrap(true);
    backendNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&Database location:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), current);
    form->addRow(tr("&Secrets stored in:"), m_backend);
    form->addRow(QString(), backendNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void PreferencesDialog::browse() {
    const QString start = m_path->text().isEmpty() ? Store::defaultPath() : m_path->text();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Database Location"), start,
                                                        tr("SQLite databases (*.db *.sqlite);;All files (*)"),
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void PreferencesDialog::accept() {
    QSettings settings;
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        settings.remove(databasePathKey());
    else
        settings.setValue(databasePathKey(), path);
    settings.setValue(secretBackendKey(), m_backend->currentData().toString());
    QDialog::accept();
}

} // namespace bifrost
