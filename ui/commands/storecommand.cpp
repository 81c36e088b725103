#include "storecommand.h"

#include "session/adminsession.h"

namespace bifrost {

StoreCommand::StoreCommand(AdminSession *session, const QString &text)
    : QUndoCommand(text)
    , m_session(session) {}

Store &StoreCommand::store() const {
    return m_session->store();
}

void StoreCommand::failed(const Error &error) {
    // Someone else changed what this undo or redo expected: the views reload from the store
    // (keeping their pending edits) so that they show the change the message names.
    if (error.code == ErrorCode::Conflict)
        m_session->announceEverythingChanged();
    Q_EMIT m_session->commandFailed(error.message);
}

void StoreCommand::redo() {
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    if (auto applied = apply(); !applied) {
        setObsolete(true);
        failed(applied.error());
        return;
    }
    announce();
}

void StoreCommand::undo() {
    if (auto reverted = revert(); !reverted) {
        setObsolete(true);
        failed(reverted.error());
        return;
    }
    announce();
}

} // namespace bifrost
