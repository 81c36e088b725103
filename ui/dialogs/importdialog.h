#pragma once

#include "bundle/bundle.h"

#include <QByteArray>
#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace bifrost {

class AdminSession;

// File > Import: reads a bundle (`bifrostctl import`), asks for its passphrase when it carries
// secrets, and shows what importing it would do before anything is written: a dry run of
// bundle::importBundle whose plan fills the preview table (create / change / remove / skip /
// unchanged, with object, integration, organization, key and detail), the secrets that must be
// filled in afterwards and any warnings. Changing the on-conflict choice runs the preview again. Import
// applies exactly the bytes that were previewed, all or nothing, then every view reloads.
//
// An import is not a StoreCommand and cannot be undone; it clears the undo history, because
// the commands on it expect the data as it was before and would fail or surprise after it. The
// dialog says so next to the Import button. Every error (wrong passphrase, a changed or damaged
// bundle, one from a newer version, a conflict) is shown in the dialog and changes nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Column {
        ActionColumn,
        ObjectColumn,
        IntegrationColumn,
        OrganizationColumn,
        KeyColumn,
        DetailColumn
    };

    explicit ImportDialog(AdminSession *session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QComboBox *conflictCombo() const { return m_onConflict; }
    QTableView *previewView() const { return m_view; }
    QStandardItemModel *previewModel() const { return m_model; }
    QListWidget *secretsToFillList() const { return m_secretsToFill; }
    QLabel *warningsLabel() const { return m_warnings; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *importButton() const { return m_import; }
    QString errorText() const;
    bool isSealed() const { return m_info.sealed; }
    // The plan of the last successful preview, or the report of the import once applied.
    const bundle::ImportReport &report() const { return m_report; }
    bundle::OnConflict onConflict() const;

    // Reads and inspects the bundle; previews at once when it needs no passphrase. False, with
    // the error shown, when the file cannot be read or is not a bundle this version can import.
    bool loadFile(const QString &path);
    // A dry run with the current passphrase and conflict choice; false with the error shown.
    bool preview();
    // Applies the previewed import; false with the error shown (nothing changed).
    bool importNow();
    void accept() override; // imports; the dialog stays open with the result

Q_SIGNALS:
    void imported(const QString &summary);

private:
    void browse();
    void showError(const QString &message);
    void clearPreview();
    void showReport(const bundle::ImportReport &report);
    QString countsText(const bundle::ImportReport &report) const;

    AdminSession *m_session;
    QLineEdit *m_file;
    QLabel *m_infoLabel;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QPushButton *m_previewButton;
    QComboBox *m_onConflict;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_summary;
    QLabel *m_secretsLabel;
    QListWidget *m_secretsToFill;
    QLabel *m_warnings;
    QLabel *m_error;
    QLabel *m_undoNote;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import = nullptr;

    QString m_path;
    QByteArray m_bytes; // exactly what was read once: the preview and the import see the same bundle
    bundle::BundleInfo m_info;
    bundle::ImportReport m_report;
    bool m_previewCurrent = false; // the table shows the plan for the current choices
    bool m_applied = false;
};

} // namespace bifrost
