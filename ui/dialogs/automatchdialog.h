#pragma once

#include "store/store.h"

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace bifrost {

class AdminSession;
class AutoMatchModel;

// Maps organizations to a pasted list of external entities by name: exact matches (after
// normalising case, accents and legal suffixes) start accepted, fuzzy ones start unchecked; the
// admin reviews each row and Apply writes the accepted ones as one MappingCommand.
class AutoMatchDialog final : public QDialog {
    Q_OBJECT
public:
    AutoMatchDialog(AdminSession *session, QString integrationId, QList<OrganizationStatus> organizations,
                    QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QCheckBox *includeMappedBox() const { return m_includeMapped; }
    QPushButton *matchButton() const { return m_matchButton; }
    QTableView *matchView() const { return m_view; }
    AutoMatchModel *matchModel() const { return m_model; }
    QPushButton *applyButton() const { return m_applyButton; }
    QLabel *statusLabel() const { return m_status; }

    // Parses the pasted entities and proposes matches; false (with the error shown) when the text
    // cannot be read.
    bool match();
    void accept() override;

private:
    void showError(const QString &message);
    void updateApply();

    AdminSession *m_session;
    QString m_integrationId;
    QList<OrganizationStatus> m_organizations;
    QPlainTextEdit *m_text;
    QCheckBox *m_includeMapped;
    QPushButton *m_matchButton;
    QTableView *m_view;
    AutoMatchModel *m_model;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;
};

} // namespace bifrost
