#pragma once

#include "common/result.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace bifrost {

class Store;
class StoreCommand;
namespace oauth {
class OAuthService;
}

// What every page of the app shares: the store, the undo stack that makes Ctrl+Z work across
// the whole app, and the signals that tell views which data changed. Widgets never write to the
// store directly: they build a StoreCommand and execute() it, so every change is one
// transaction, undoable, and announced to every view that shows it.
class AdminSession : public QObject {
    Q_OBJECT
public:
    explicit AdminSession(Store *store, QObject *parent = nullptr);
    ~AdminSession() override;

    Store &store() const { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The app's one OAuth service: connects, refreshes and revokes without blocking the GUI, and
    // refreshes in the background while the main window runs.
    oauth::OAuthService &oauth() const { return *m_oauth; }

    // Applies the command now. On success it goes onto the undo stack (without being applied a
    // second time) and its change is announced; on failure it is discarded and the error
    // returned, with nothing changed.
    Result<void> execute(std::unique_ptr<StoreCommand> command);

    // Announces a change made outside a command (a reload, an import that is not undoable).
    void announceEverythingChanged();

Q_SIGNALS:
    void organizationsChanged();                           // added, renamed or removed
    void integrationsChanged();                            // created, renamed or deleted
    void integrationChanged(const QString &integrationId); // settings or schema
    void configChanged(const QString &integrationId);      // any value at any level
    void mappingsChanged(const QString &integrationId);
    void everythingChanged(); // reload all views (a reload, or a change made by example data)
    // OAuth settings or connections changed; an empty id: possibly any integration (a background
    // refresh).
    void oauthChanged(const QString &integrationId);
    // An undo or redo that the store refused (e.g. the value changed underneath); the command is
    // dropped from the stack and the message is meant for the status bar or a message box.
    void commandFailed(const QString &message);

private:
    friend class StoreCommand;

    Store *m_store;
    QUndoStack *m_undoStack;
    oauth::OAuthService *m_oauth;
};

} // namespace bifrost
