#pragma once

#include "pages/integrationtab.h"

class QAction;
class QLabel;
class QTableView;

namespace bifrost {

class SchemaModel;

// The schema editor: a table of the fields (a working copy in SchemaModel) that is written to
// the store only on Apply, as one undoable SchemaCommand. Apply previews the change first: when
// stored values would be dropped, SchemaChangeDialog lists them and the change is only forced
// after the admin agrees. A schema that changed underneath is refused, and the admin's working
// copy stays on screen with the message.
class SchemaTab final : public IntegrationTab {
    Q_OBJECT
public:
    explicit SchemaTab(AdminSession *session, QWidget *parent = nullptr);
    ~SchemaTab() override;

    void setIntegration(const QString &integrationId) override;

    bool hasPendingEdits() const override;
    Result<void> savePendingEdits() override;
    void discardPendingEdits() override;

    SchemaModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void reload();
    void onIntegrationChanged(const QString &integrationId);
    void updateActions();
    void showMessage(const QString &text, bool error);
    void selectOnly(const QModelIndex &index);
    void addField();
    void removeFields();
    void moveCurrent(int delta);
    void apply();

    QString m_integrationId;
    QString m_integrationName;
    SchemaModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QAction *m_addAction;
    QAction *m_removeAction;
    QAction *m_upAction;
    QAction *m_downAction;
    QAction *m_applyAction;
    QAction *m_revertAction;
    bool m_applying = false;
    bool m_staleUnderneath = false; // the stored schema changed while the admin was editing
};

} // namespace bifrost
