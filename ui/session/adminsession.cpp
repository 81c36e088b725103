#include "adminsession.h"

#include "commands/storecommand.h"
#include "oauth/oauthservice.h"

#include <QUndoStack>

namespace bifrost {

AdminSession::AdminSession(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_oauth(new oauth::OAuthService(*store, this)) {
    // A background refresh does not say which integration it touched.
    connect(m_oauth, &oauth::OAuthService::connectionsChanged, this, [this] { Q_EMIT oauthChanged({}); });
}

AdminSession::~AdminSession() = default;

Result<void> AdminSession::execute(std::unique_ptr<StoreCommand> command) {
    if (auto applied = command->apply(); !applied)
        return applied;
    command->announce();
    command->m_skipFirstRedo = true;
    m_undoStack->push(command.release());
    return {};
}

void AdminSession::announceEverythingChanged() {
    Q_EMIT everythingChanged();
}

} // namespace bifrost
