#pragma once

#include "dialogs/bulkeditdialog.h"
#include "model/mapping.h"
#include "pages/integrationtab.h"

#include <QStringList>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace bifrost {

class AutoMatchDialog;
class ConfigFormView;
class CsvImportDialog;
class OrganizationFilterProxyModel;
class OrganizationStatusModel;

// Every organization as this integration sees it: mapping, override count and missing required
// keys, filtered as the admin types. One selected organization opens its mapping and its
// overrides (the generated form) beside the table; several selected organizations can have one
// key set or reset at once. CSV import and auto-match fill in mappings in bulk. Every write is
// one command on the session's undo stack.
class OrganizationsTab final : public IntegrationTab {
    Q_OBJECT
public:
    explicit OrganizationsTab(AdminSession *session, QWidget *parent = nullptr);
    ~OrganizationsTab() override;

    void setIntegration(const QString &integrationId) override;
    QString integrationId() const { return m_integrationId; }

    bool hasPendingEdits() const override;
    Result<void> savePendingEdits() override;
    void discardPendingEdits() override;

    // Selects one organization (clearing filters that hide it), e.g. from the overrides matrix.
    void selectOrganization(const QString &organizationId);
    QStringList selectedOrganizationIds() const;
    // The organization whose mapping and overrides the panel shows, empty when none.
    QString shownOrganizationId() const { return m_shownId; }

    // The bulk dialogs, opened window-modal (they delete themselves when closed).
    BulkEditDialog *openBulkEdit(BulkEditDialog::Mode mode);
    CsvImportDialog *openCsvImport();
    AutoMatchDialog *openAutoMatch();

    OrganizationStatusModel *model() const { return m_model; }
    OrganizationFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *entityIdEdit() const { return m_entityId; }
    QLineEdit *entityNameEdit() const { return m_entityName; }
    QPushButton *applyMappingButton() const { return m_applyMapping; }
    ConfigFormView *formView() const { return m_form; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSelectionChanged();
    void showOrganization(const QString &organizationId); // empty: the hint page
    void refreshMappingEditor(bool force);
    bool mappingDirty() const;
    Result<void> applyMapping();
    Result<void> applyOverrides();
    void updateActions();
    void updateCount();
    void showError(const QString &message);
    QList<Organization> selectedOrganizations() const;

    QString m_integrationId;
    QString m_shownId;
    std::optional<Mapping> m_loadedMapping; // what the mapping editor loaded: its expectation
    OrganizationStatusModel *m_model;
    OrganizationFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_onlyMissing;
    QCheckBox *m_onlyUnmapped;
    QPushButton *m_bulkSet;
    QPushButton *m_bulkReset;
    QPushButton *m_importCsv;
    QPushButton *m_autoMatch;
    QLabel *m_count;
    QLabel *m_error;
    QTableView *m_table;
    QStackedWidget *m_detail;
    QLabel *m_hint;
    QLabel *m_title;
    QLineEdit *m_entityId;
    QLineEdit *m_entityName;
    QPushButton *m_applyMapping;
    QPushButton *m_revertMapping;
    ConfigFormView *m_form;
    QStringList m_keepSelection; // across a model reset
    bool m_restoring = false;    // selection changes made by this tab itself
};

} // namespace bifrost
