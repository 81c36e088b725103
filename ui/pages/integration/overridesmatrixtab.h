#pragma once

#include "pages/integrationtab.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace bifrost {

class OverridesMatrixModel;

// Organizations x keys at a glance: each cell the effective value, overrides highlighted,
// secrets masked, missing required values marked. Rows are fetched a page at a time as the
// admin scrolls. Activating a cell (double-click or Enter) asks to open that organization.
class OverridesMatrixTab final : public IntegrationTab {
    Q_OBJECT
public:
    explicit OverridesMatrixTab(AdminSession *session, QWidget *parent = nullptr);

    void setIntegration(const QString &integrationId) override;

    OverridesMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *onlyOverriddenBox() const { return m_onlyOverridden; }
    QCheckBox *onlyMissingBox() const { return m_onlyMissing; }

Q_SIGNALS:
    // The admin wants to edit this organization (e.g. in the Organizations tab).
    void organizationActivated(const QString &organizationId, const QString &key);

private:
    void updateCount();

    OverridesMatrixModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchTimer; // one reload after a burst of keystrokes
    QCheckBox *m_onlyOverridden;
    QCheckBox *m_onlyMissing;
    QLabel *m_count;
    QLabel *m_error;
    QTableView *m_table;
};

} // namespace bifrost
