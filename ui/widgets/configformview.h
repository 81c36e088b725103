#pragma once

#include "common/result.h"

#include <QList>
#include <QPersistentModelIndex>
#include <QSet>
#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace bifrost {

class AdminSession;
class ConfigFormModel;
class ConfigValueDelegate;

// The form generated from an integration's schema, at the defaults level or for one
// organization: one row per field with the editor ConfigValueDelegate picks for its type, kept
// open and bound to the model row. Under each editor: where the value comes from (for an
// organization, the inherited default in grey or the override in bold, with "Reset to
// default"), and core's validation message, shown only once the admin has edited that field.
// Nothing is written until Apply (Ctrl+S), which saves every pending edit as one undoable step.
class ConfigFormView final : public QWidget {
    Q_OBJECT
public:
    explicit ConfigFormView(AdminSession *session, QWidget *parent = nullptr);

    // Shows the form of an integration; an empty organization means its defaults. Pending edits
    // of the previous level are dropped (ask first: IntegrationTab::confirmLeave).
    void setLevel(const QString &integrationId, const QString &organizationId = {});

    bool hasPendingEdits() const;
    // Commits what is in the editors, then writes the pending edits; on failure they stay on
    // screen and the banner says why.
    Result<void> apply();
    void discard();

    ConfigFormModel *model() const { return m_model; }
    ConfigValueDelegate *delegate() const { return m_delegate; }
    // The editor of a field, or null.
    QWidget *editorFor(const QString &key) const;

Q_SIGNALS:
    void pendingEditsChanged(bool pending);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct RowWidgets {
        QPersistentModelIndex index;
        QString key;
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *status = nullptr;
        QLabel *error = nullptr;
        QToolButton *reset = nullptr;
        QToolButton *reveal = nullptr;
        QToolButton *replace = nullptr;
        QToolButton *clear = nullptr;
    };

    void rebuild();
    void updateRows(int first, int last, bool forceEditors);
    void updateRow(const RowWidgets &row, bool forceEditor);
    int rowOfEditor(const QObject *editor) const;
    void commitEditor(QWidget *editor);
    void commitAll();
    void markEdited(int row);
    void updateActions();
    void showError(const QString &message);

    ConfigFormModel *m_model;
    ConfigValueDelegate *m_delegate;
    QLabel *m_banner;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QWidget *m_formWidget = nullptr;
    QFormLayout *m_form = nullptr;
    QPushButton *m_applyButton;
    QPushButton *m_revertButton;
    QAction *m_applyAction;
    QList<RowWidgets> m_rows;
    QSet<QString> m_edited;     // keys the admin has edited since the last apply or revert
    bool m_uncommitted = false; // an editor holds text not yet handed to the model
    bool m_rebuilding = false;
};

} // namespace bifrost
