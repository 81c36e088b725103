#include "passphrasedialog.h"

#include "secrets/vaultsecretstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bifrost {

PassphraseDialog::PassphraseDialog(Mode mode, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_passphrase(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(mode == Mode::Create ? tr("New Passphrase") : tr("Passphrase"));

    auto *text = new QLabel(prompt, this);
    text->setObjectName(QStringLiteral("passphrasePrompt"));
    text->setWordWrap(true);

    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Passphrase:"), this);
    label->setBuddy(m_passphrase);
    form->addRow(label, m_passphrase);
    if (mode == Mode::Create) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("passphraseConfirmation"));
        m_confirm->setEchoMode(QLineEdit::Password);
        m_confirm->setAccessibleName(tr("Passphrase again"));
        auto *again = new QLabel(tr("&Again:"), this);
        again->setBuddy(m_confirm);
        form->addRow(again, m_confirm);
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("passphraseHint"));
        m_hint->setWordWrap(true);
        form->addRow(QString(), m_hint);
        connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateHint);
        connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::updateHint);
    }

    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    updateHint();
}

PassphraseDialog::~PassphraseDialog() {
    // The text of a password field outlives the dialog in freed memory otherwise.
    m_passphrase->clear();
    if (m_confirm)
        m_confirm->clear();
}

QString PassphraseDialog::passphrase() const {
    return m_passphrase->text();
}

QString PassphraseDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void PassphraseDialog::setError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString PassphraseDialog::newPassphraseProblem(const QString &passphrase, const QString &confirmation) {
    if (passphrase.size() < VaultSecretStore::minimumPassphraseLength)
        return tr("The passphrase needs at least %n characters.", nullptr,
                  VaultSecretStore::minimumPassphraseLength);
    if (passphrase != confirmation)
        return tr("The two passphrases do not match.");
    return {};
}

void PassphraseDialog::updateHint() {
    if (!m_hint)
        return;
    const qsizetype length = m_passphrase->text().size();
    if (length < VaultSecretStore::minimumPassphraseLength)
        m_hint->setText(tr("At least %n characters; a few unrelated words are easy to type and hard to "
                           "guess.",
                           nullptr, VaultSecretStore::minimumPassphraseLength));
    else if (length < 16)
        m_hint->setText(tr("Long enough. Longer is stronger."));
    else
        m_hint->setText(tr("Strong length."));
}

void PassphraseDialog::accept() {
    if (m_mode == Mode::Create) {
        if (const QString problem = newPassphraseProblem(m_passphrase->text(), m_confirm->text());
            !problem.isEmpty()) {
            setError(problem);
            m_passphrase->setFocus(Qt::OtherFocusReason);
            return;
        }
    } else if (m_passphrase->text().isEmpty()) {
        setError(tr("Type the passphrase, or cancel."));
        return;
    }
    setError({});
    QDialog::accept();
}

Result<QString> PassphraseDialog::askForVault(QWidget *parent, const QString &vaultPath, bool creating,
                                              const QString &error) {
    // For automation and tests, as in bifrostctl.
    if (!qEnvironmentVariableIsEmpty("BIFROST_VAULT_PASSPHRASE"))
        return qEnvironmentVariable("BIFROST_VAULT_PASSPHRASE");
    const QString path = QDir::toNativeSeparators(vaultPath);
    PassphraseDialog dialog(creating ? Mode::Create : Mode::Enter,
                            creating ? tr("This database keeps its secrets in an encrypted vault, %1, which "
                                          "does not exist yet. Choose its passphrase; without it the "
                                          "secrets cannot be read, and it cannot be recovered.")
                                           .arg(path)
                                     : tr("This database keeps its secrets in the encrypted vault %1. Type "
                                          "its passphrase to unlock it.")
                                           .arg(path),
                            parent);
    dialog.setWindowTitle(creating ? tr("New Vault") : tr("Unlock Vault"));
    dialog.setError(error);
    if (dialog.exec() != QDialog::Accepted)
        return Error::invalid(
            tr("The vault %1 stays locked: no passphrase was given. Secrets cannot be "
               "read or changed until it is unlocked; the passphrase is asked for again the "
               "next time a secret is needed.")
                .arg(path),
            QStringLiteral("passphrase"));
    return dialog.passphrase();
}

Result<QString> PassphraseDialog::askForTeam(QWidget *parent, const QString &prompt, bool creating,
                                             const QString &error) {
    // For automation and tests, as in bifrostctl.
    if (!qEnvironmentVariableIsEmpty("BIFROST_TEAM_PASSPHRASE"))
        return qEnvironmentVariable("BIFROST_TEAM_PASSPHRASE");
    PassphraseDialog dialog(creating ? Mode::Create : Mode::Enter, prompt, parent);
    dialog.setObjectName(QStringLiteral("teamPassphraseDialog"));
    dialog.setWindowTitle(creating ? tr("New Team Passphrase") : tr("Team Passphrase"));
    dialog.setError(error);
    // Asked in the middle of an operation that shows the wait cursor (an unlock, a rewrap).
    QApplication::setOverrideCursor(Qt::ArrowCursor);
    const int answer = dialog.exec();
    QApplication::restoreOverrideCursor();
    if (answer != QDialog::Accepted)
        return Error::invalid(tr("No team passphrase was given, so the team's secrets stay locked; they are "
                                 "asked for again the next time a secret is needed."),
                              QStringLiteral("passphrase"));
    return dialog.passphrase();
}

} // namespace bifrost
