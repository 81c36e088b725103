#include "integrationtab.h"

#include <QMessageBox>

namespace bifrost {

IntegrationTab::IntegrationTab(AdminSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session) {}

bool IntegrationTab::confirmLeave() {
    if (!hasPendingEdits())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("This page has changes that are not saved yet."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        discardPendingEdits();
        return true;
    }
    if (auto saved = savePendingEdits(); !saved) {
        QMessageBox::warning(this, tr("Could not save"), saved.error().message);
        return false;
    }
    return true;
}

} // namespace bifrost
