#pragma once

#include "common/result.h"

#include <QString>
#include <QWidget>

namespace bifrost {

class AdminSession;

// One tab of the integration page. The page tells every tab which integration it shows; a tab
// that holds edits not yet saved says so, so that nothing typed is lost when the admin moves on.
class IntegrationTab : public QWidget {
    Q_OBJECT
public:
    explicit IntegrationTab(AdminSession *session, QWidget *parent = nullptr);

    // Loads the integration (by id); an empty id clears the tab.
    virtual void setIntegration(const QString &integrationId) = 0;

    virtual bool hasPendingEdits() const { return false; }
    // Saves the pending edits; on failure they stay on screen with the error.
    virtual Result<void> savePendingEdits() { return {}; }
    virtual void discardPendingEdits() {}

    // Before the page shows something else: asks to save or discard pending edits. False means
    // the admin chose to stay (or the save failed).
    bool confirmLeave();

protected:
    AdminSession *session() const { return m_session; }

private:
    AdminSession *m_session;
};

} // namespace bifrost
