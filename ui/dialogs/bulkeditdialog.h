#pragma once

#include "model/integration.h"
#include "model/organization.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bifrost {

class AdminSession;

// Sets or resets one key for many organizations at once: the value is checked by core as the
// admin types, and OK writes every override in one ConfigEditCommand, so that a single undo
// restores every organization.
class BulkEditDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Set, Reset };

    BulkEditDialog(AdminSession *session, const Integration &integration, QList<Organization> organizations,
                   Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QComboBox *keyBox() const { return m_key; }
    QLineEdit *valueEdit() const { return m_value; }
    QComboBox *choiceBox() const { return m_choice; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    const SchemaField *currentField() const;
    void onKeyChanged();
    // Whether core accepts the value for the key; shows core's message when not.
    bool checkValue(bool showError);
    QString valueText() const;

    AdminSession *m_session;
    Integration m_integration;
    QList<Organization> m_organizations;
    Mode m_mode;
    QComboBox *m_key;
    QLineEdit *m_value;
    QComboBox *m_choice; // for booleans and fields with options
    QLabel *m_valueLabel;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace bifrost
