#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace bifrost {

class AdminSession;
class MappingImportModel;

// Imports mappings from CSV (`organization,entity_id,entity_name`), pasted or read from a file:
// a preview says per line what would happen (create, update, unchanged, unknown organization,
// which is skipped), and Apply writes the creates and updates as one MappingCommand, each
// expecting the mapping the preview saw.
class CsvImportDialog final : public QDialog {
    Q_OBJECT
public:
    CsvImportDialog(AdminSession *session, QString integrationId, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QTableView *previewView() const { return m_view; }
    MappingImportModel *previewModel() const { return m_model; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *applyButton() const { return m_applyButton; }
    QLabel *statusLabel() const { return m_status; }

    // Parses the text and fills the preview; false (with the error shown) when it cannot.
    bool preview();
    // Reads a CSV file into the text field and previews it.
    bool loadFile(const QString &path);
    void accept() override;

private:
    void openFile();
    void showError(const QString &message);

    AdminSession *m_session;
    QString m_integrationId;
    QPlainTextEdit *m_text;
    QPushButton *m_openButton;
    QPushButton *m_previewButton;
    QTableView *m_view;
    MappingImportModel *m_model;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;
    bool m_previewCurrent = false; // the preview shows the text as it is now
};

} // namespace bifrost
