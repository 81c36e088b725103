#pragma once

#include "common/result.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bifrost {

// Asks for the password of a PostgreSQL login when neither the keychain nor PGPASSFILE gave one
// the server accepted (Store::OpenOptions::passwordPrompt). The password is masked; "Remember in
// the keychain" (on by default) becomes OpenOptions::rememberPassword, so the next start asks
// nothing. The password never goes into the URL, the settings or a log.
class DatabasePasswordDialog : public QDialog {
    Q_OBJECT
public:
    // `location`: the display form of the database (DatabaseLocation::display, no password).
    explicit DatabasePasswordDialog(const QString &location, QWidget *parent = nullptr);
    ~DatabasePasswordDialog() override;

    QString password() const;
    bool rememberPassword() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberCheck() const { return m_remember; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const { return m_ok; }

    // The app's passwordPrompt: this dialog, modal over `parent`. `remember` receives the
    // checkbox (it may be the OpenOptions the prompt belongs to). Cancel gives InvalidInput on
    // the field "password" saying how else to give one.
    static Result<QString> ask(QWidget *parent, const QString &location, bool *remember);

    void accept() override;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};

} // namespace bifrost
