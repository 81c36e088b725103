#pragma once

#include "pastereviewdialog.h"

#include <QString>

class QPushButton;
class QTableView;

namespace bifrost {

class AdminSession;
class MappingImportModel;

// Imports mappings from CSV (`organization,entity_id,entity_name`), pasted or read from a file:
// a preview says per line what would happen (create, update, unchanged, unknown organization,
// which is skipped), and Apply writes the creates and updates as one MappingCommand, each
// expecting the mapping the preview saw.
class CsvImportDialog final : public PasteReviewDialog {
    Q_OBJECT
public:
    CsvImportDialog(AdminSession *session, QString integrationId, QWidget *parent = nullptr);

    QTableView *previewView() const { return view(); }
    MappingImportModel *previewModel() const { return m_model; }
    QPushButton *previewButton() const { return m_previewButton; }

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
    QPushButton *m_openButton;
    QPushButton *m_previewButton;
    MappingImportModel *m_model;
    bool m_previewCurrent = false; // the preview shows the text as it is now
};

} // namespace bifrost
