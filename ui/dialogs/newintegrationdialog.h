#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bifrost {

class AdminSession;

// Creates an integration: its name (checked as it is typed against core's rule, with core's
// message), description and entity settings. Create executes a CreateIntegrationCommand, so
// Ctrl+Z removes the integration again; when the store refuses (a name taken meanwhile), the
// dialog stays open with the error and everything typed.
class NewIntegrationDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewIntegrationDialog(AdminSession *session, QWidget *parent = nullptr);

    // The id of the integration created, once the dialog was accepted.
    QString createdId() const { return m_createdId; }

    QLineEdit *nameEdit() const { return m_name; }
    QString errorText() const;

    void accept() override;

private:
    void validateName();

    AdminSession *m_session;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_entityIdLabel;
    QLineEdit *m_defaultEntityId;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create = nullptr;
    QString m_createdId;
};

} // namespace bifrost
