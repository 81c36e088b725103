#include "preferencesdialog.h"

#include "store/databaselocation.h"
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
    , m_backend(new QComboBox(this))
    , m_locationError(new QLabel(this))
    , m_teamNote(new QLabel(this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const QSettings settings;

    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setAccessibleName(tr("Database location"));
    m_path->setPlaceholderText(QDir::toNativeSeparators(Store::defaultPath()));
    m_path->setText(settings.value(databasePathKey()).toString());
    m_path->setClearButtonEnabled(true);
    m_path->setToolTip(tr("An SQLite file on this computer, or a shared PostgreSQL database for a team: "
                          "postgresql://USER@HOST:PORT/DBNAME. Never put a password in the URL: it is "
                          "asked for when needed and can be kept in the keychain, or it comes from "
                          "PGPASSFILE (~/.pgpass)."));
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

    m_locationError->setObjectName(QStringLiteral("databaseLocationError"));
    m_locationError->setWordWrap(true);
    m_locationError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_locationError->hide();
    m_teamNote->setObjectName(QStringLiteral("teamDatabaseNote"));
    m_teamNote->setWordWrap(true);
    m_teamNote->setText(tr("A PostgreSQL database is a team database: its secrets are stored in it, "
                           "encrypted with the team key, whatever is chosen below."));
    m_teamNote->hide();

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
    form->addRow(QString(), m_locationError);
    form->addRow(QString(), current);
    form->addRow(QString(), m_teamNote);
    form->addRow(tr("&Secrets stored in:"), m_backend);
    form->addRow(QString(), backendNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(m_path, &QLineEdit::textChanged, this, &PreferencesDialog::validateLocation);
    validateLocation();
}

bool PreferencesDialog::locationValid() const {
    const QString text = QDir::fromNativeSeparators(m_path->text().trimmed());
    return text.isEmpty() || bool(DatabaseLocation::parse(text));
}

void PreferencesDialog::validateLocation() {
    const QString text = QDir::fromNativeSeparators(m_path->text().trimmed());
    auto parsed =
        text.isEmpty() ? Result<DatabaseLocation>(DatabaseLocation()) : DatabaseLocation::parse(text);
    m_locationError->setText(parsed ? QString() : parsed.error().message);
    m_locationError->setVisible(!parsed);
    m_ok->setEnabled(bool(parsed));
    const bool postgres = parsed && parsed->isPostgres();
    m_teamNote->setVisible(postgres);
    m_backend->setEnabled(!postgres);
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
    if (!locationValid()) {
        m_path->setFocus(Qt::OtherFocusReason);
        return;
    }
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
