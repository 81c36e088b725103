#pragma once

#include "common/result.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QTimer;
class QUndoStack;

namespace bifrost {

class Store;
class StoreCommand;
struct ChangeNotice;
namespace oauth {
class OAuthService;
}

// What every page of the app shares: the store, the undo stack that makes Ctrl+Z work across
// the whole app, and the signals that tell views which data changed. Widgets never write to the
// store directly: they build a StoreCommand and execute() it, so every change is one
// transaction, undoable, and announced to every view that shows it.
//
// On a shared (PostgreSQL) database the session also listens to the Store's change feed and
// announces what colleagues commit through the same signals, a burst (a bulk edit of a hundred
// organizations) gathered into one announcement per kind and integration.
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

    // How long the changes of other sessions are gathered before the views are told.
    static constexpr int externalChangeDelayMs = 150;

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
    // Other sessions committed changes and the views were told (after the signals above);
    // `summary` is for the status bar ("alice changed HaloPSA (Contoso)").
    void externalChangesAnnounced(const QString &summary);

private:
    friend class StoreCommand;

    // What other sessions changed since the last announcement.
    struct ExternalChanges {
        bool everything = false;
        bool organizations = false;
        bool integrations = false;
        QStringList integration; // in order of arrival, each once
        QStringList config;
        QStringList mappings;
        QStringList oauth;
        int count = 0;    // changes an admin made (the status bar tells them)
        bool any = false; // count, or routine ones (another machine's token refresh)
        QStringList actors;
        QStringList places; // "HaloPSA (Contoso)", each once
        QStringList integrationNames;
    };

    void onExternalChange(const ChangeNotice &notice);
    void announceExternalChanges();

    Store *m_store;
    QUndoStack *m_undoStack;
    oauth::OAuthService *m_oauth;
    QTimer *m_externalTimer = nullptr;
    ExternalChanges m_external;
};

} // namespace bifrost
