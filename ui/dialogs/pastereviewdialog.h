#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace bifrost {

// What the dialogs that take a pasted list share (CsvImportDialog, AutoMatchDialog): a text field
// to paste into, a read-only table that shows what the list would do, a status line and Apply,
// which starts disabled. The base builds and lays out these parts so that both dialogs look and
// are driven from the keyboard alike; a subclass fills the table and decides what Apply writes.
// Every string comes from the subclass, so it stays in that dialog's translation context.
class PasteReviewDialog : public QDialog {
    Q_OBJECT
public:
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *applyButton() const { return m_applyButton; }
    QLabel *statusLabel() const { return m_status; }

protected:
    struct Parts {
        QString intro;     // what to paste, shown above the text field
        QString textLabel; // with a mnemonic
        QString textObjectName;
        QString textAccessibleName;
        QString textPlaceholder; // an example of the format
        QString viewObjectName;
        QString viewAccessibleName;
        QString statusObjectName;
        QString applyObjectName;
        QString applyText;
    };

    PasteReviewDialog(const Parts &parts, QWidget *parent);

    QTableView *view() const { return m_view; }
    // Lays the parts out top to bottom: intro, text field, `controls` (the subclass's buttons),
    // the table, `belowView` (may be null), status line, Cancel and Apply.
    void layOut(QLayout *controls, QLayout *belowView = nullptr);
    // An error in the status line's error colour, or (error false) a plain summary.
    void showStatus(const QString &message, bool error);

private:
    QLabel *m_intro;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    QTableView *m_view;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;
};

} // namespace bifrost
