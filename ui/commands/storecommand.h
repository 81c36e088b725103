#pragma once

#include "common/result.h"

#include <QUndoCommand>

namespace bifrost {

class AdminSession;
class Store;

// An undoable change to the store. Subclasses implement apply() (first time and redo) and
// revert() (undo), each as one store transaction, and announce() to emit the session signals
// for the data they touched. QUndoStack's redo()/undo() cannot fail, so a failure there is
// reported through AdminSession::commandFailed and the command marks itself obsolete, which
// makes the stack drop it instead of pretending it ran.
class StoreCommand : public QUndoCommand {
public:
    explicit StoreCommand(AdminSession *session, const QString &text);

    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    virtual void announce() = 0;

    void redo() final;
    void undo() final;

protected:
    AdminSession &session() const { return *m_session; }
    Store &store() const;

private:
    friend class AdminSession;

    void failed(const Error &error);

    AdminSession *m_session;
    bool m_skipFirstRedo = false; // execute() has applied it already when QUndoStack::push redoes
};

} // namespace bifrost
