#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QDialog>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace bifrost {

class AdminSession;

// File > Export: writes a bundle (core/bundle/bundle.h, `bifrostctl export`) of the integrations
// ticked in the list (all by default) with every organization they refer to. Secrets are
// included by default, sealed under the passphrase typed twice here (the same rules as
// PassphraseDialog's Create mode); OAuth tokens only when asked. The file is written atomically
// with mode 0600. Deriving the key takes about half a second, under a busy cursor; then the
// dialog stays open with a summary of what went into the file.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(AdminSession *session, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // bifrost-export-YYYY-MM-DD.json
    static QString defaultFileName(const QDate &date);
    // Writes `bytes` to `path` through a temporary file renamed over it, mode 0600: a reader never
    // sees half a bundle, and other users of the machine never see it at all.
    static Result<void> writePrivateFile(const QString &path, const QByteArray &bytes);

    QListWidget *integrationList() const { return m_integrations; }
    QCheckBox *includeSecretsBox() const { return m_includeSecrets; }
    QCheckBox *includeTokensBox() const { return m_includeTokens; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *resultLabel() const { return m_result; }
    QString errorText() const;
    // The file written by the last successful export, empty before.
    QString writtenPath() const { return m_writtenPath; }

    // Checks the choices, exports and writes the file; false with the error shown in the dialog.
    bool exportNow();
    void accept() override; // exports; the dialog stays open with the summary

Q_SIGNALS:
    void exported(const QString &path, const QString &summary);

private:
    void browse();
    void updateEnabled();
    void showError(const QString &message);

    AdminSession *m_session;
    QListWidget *m_integrations;
    QCheckBox *m_includeSecrets;
    QCheckBox *m_includeTokens;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm;
    QLabel *m_passphraseHint;
    QLineEdit *m_file;
    QLabel *m_error;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export = nullptr;
    QString m_writtenPath;
    QString m_replaceConfirmed; // chosen through the file dialog, which asked about replacing it
};

} // namespace bifrost
