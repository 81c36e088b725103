#pragma once

#include "pages/integrationtab.h"
#include "store/store.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace bifrost {

// What an integration is and how healthy it is: its name (renamed through a dialog that warns
// about workflows that look it up by name), description and entity settings edited in place and
// applied as one undoable UpdateIntegrationCommand, and a health summary: how many organizations
// are mapped and which ones miss required values. Edits being typed survive refreshes caused by
// other views; the health summary is read only while the tab is visible.
class OverviewTab final : public IntegrationTab {
    Q_OBJECT
public:
    explicit OverviewTab(AdminSession *session, QWidget *parent = nullptr);

    void setIntegration(const QString &integrationId) override;

    bool hasPendingEdits() const override;
    Result<void> savePendingEdits() override;
    void discardPendingEdits() override;

    // Asks for a new name (with the warning about workflows) and renames the integration.
    void rename();

    QTableWidget *missingTable() const { return m_missing; }

Q_SIGNALS:
    void organizationActivated(const QString &organizationId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void loadSettings(const Integration &integration);
    void refreshHealth();
    void markHealthStale();
    void updateButtons();
    void showError(const QString &text);
    IntegrationUpdate edits() const;

    QString m_integrationId;
    Integration m_loaded; // the settings the editors were loaded from
    bool m_healthStale = true;

    QLabel *m_name;
    QPushButton *m_renameButton;
    QPlainTextEdit *m_description;
    QLineEdit *m_defaultEntityId;
    QLineEdit *m_entityIdLabel;
    QPushButton *m_applyButton;
    QPushButton *m_revertButton;
    QLabel *m_error;
    QLabel *m_healthSummary;
    QTableWidget *m_missing;
};

} // namespace bifrost
