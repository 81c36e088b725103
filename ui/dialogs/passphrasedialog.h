#pragma once

#include "common/result.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bifrost {

// Asks for a passphrase without echo: the vault's when the app opens a vault-backed database,
// and the rules for a bundle's (the export dialog has the same two fields inline and checks them
// with newPassphraseProblem). In Create mode (a new vault or bundle) it asks twice and refuses
// fewer than VaultSecretStore::minimumPassphraseLength characters; in Enter mode anything
// non-empty goes, and the owner of the dialog reports a wrong passphrase by reopening it with
// setError.
class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Enter, Create };

    PassphraseDialog(Mode mode, const QString &prompt, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    Mode mode() const { return m_mode; }
    QString passphrase() const;
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *confirmEdit() const { return m_confirm; } // null in Enter mode
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const { return m_ok; }
    QString errorText() const;
    void setError(const QString &message);

    // Why a new passphrase is not acceptable ("at least 8 characters", "do not match"), empty
    // when it is.
    static QString newPassphraseProblem(const QString &passphrase, const QString &confirmation);

    // The app's vault passphrase provider (VaultSecretStore::PassphraseProvider): the
    // BIFROST_VAULT_PASSPHRASE environment variable when set, else this dialog, modal, over
    // `parent`; `error` (a wrong passphrase before) is shown in it. Cancel gives InvalidInput
    // on the field "passphrase" saying the vault stays locked.
    static Result<QString> askForVault(QWidget *parent, const QString &vaultPath, bool creating,
                                       const QString &error = {});
    // The app's team passphrase provider (team::PassphraseProvider): BIFROST_TEAM_PASSPHRASE when
    // set, else this dialog, modal over `parent`, with the team's `prompt` (whose passphrase and
    // why) and `error` (a wrong passphrase before). Cancel gives InvalidInput on the field
    // "passphrase" saying secrets stay locked.
    static Result<QString> askForTeam(QWidget *parent, const QString &prompt, bool creating,
                                      const QString &error = {});

    void accept() override;

private:
    void updateHint();

    Mode m_mode;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};

} // namespace bifrost
