#include "databasepassworddialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bifrost {

DatabasePasswordDialog::DatabasePasswordDialog(const QString &location, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("databasePasswordDialog"));
    setWindowTitle(tr("Database Password"));

    auto *text = new QLabel(tr("The PostgreSQL server of %1 asks for a password. Neither the keychain nor "
                               "PGPASSFILE (~/.pgpass) had one it accepted.")
                                .arg(location),
                            this);
    text->setObjectName(QStringLiteral("databasePasswordPrompt"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Database password"));
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->addRow(label, m_password);

    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Kept in the system keychain for this login and database, so the next start "
                              "does not ask. Leave it off on a shared machine."));
    form->addRow(QString(), m_remember);

    m_error->setObjectName(QStringLiteral("databasePasswordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabasePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabasePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

DatabasePasswordDialog::~DatabasePasswordDialog() {
    // The text of a password field outlives the dialog in freed memory otherwise.
    m_password->clear();
}

QString DatabasePasswordDialog::password() const {
    return m_password->text();
}

bool DatabasePasswordDialog::rememberPassword() const {
    return m_remember->isChecked();
}

void DatabasePasswordDialog::accept() {
    if (m_password->text().isEmpty()) {
        m_error->setText(tr("Type the password, or cancel."));
        m_error->show();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

Result<QString> DatabasePasswordDialog::ask(QWidget *parent, const QString &location, bool *remember) {
    DatabasePasswordDialog dialog(location, parent);
    // Asked while the app may show the wait cursor (opening, a reconnect).
    QApplication::setOverrideCursor(Qt::ArrowCursor);
    const int answer = dialog.exec();
    QApplication::restoreOverrideCursor();
    if (answer != QDialog::Accepted)
        return Error::invalid(tr("No password was given for %1; type it when asked, or put it in PGPASSFILE "
                                 "(~/.pgpass).")
                                  .arg(location),
                              QStringLiteral("password"));
    if (remember)
        *remember = dialog.rememberPassword();
    return dialog.password();
}

} // namespace bifrost
