#pragma once

#include "pages/integrationtab.h"

namespace bifrost {

class HistoryView;

// The History tab of the integration page: every recorded change of this integration (values at
// every level, schema, mappings, OAuth), newest first; the view reloads itself while shown.
class HistoryTab final : public IntegrationTab {
    Q_OBJECT
public:
    explicit HistoryTab(AdminSession *session, QWidget *parent = nullptr);

    void setIntegration(const QString &integrationId) override;
    HistoryView *view() const { return m_view; }

private:
    HistoryView *m_view;
};

} // namespace bifrost
