#include "storecommand.h"

#include "session/adminsession.h"

namespace bifrost {

StoreCommand::StoreCommand(AdminSession *session, const QString &text)
    : QUndoCommand(text)
    , m_session(session) {}

Store &StoreCommand::store() const {
    return m_session->store();
}

void StoreCommand::redo() {
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    if (auto applied = apply(); !applied) {
        setObsolete(true);
        Q_EMIT m_session->commandFailed(applied.error().message);
        return;
    }
    announce();
}

void StoreCommand::undo() {
    if (auto reverted = revert(); !reverted) {
        setObsolete(true);
        Q_EMIT m_session->commandFailed(reverted.error().message);
        return;
    }
    announce();
}

} // namespace bifrost
