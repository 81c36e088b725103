#pragma once

#include "common/result.h"
#include "model/oauth.h"
#include "resolve/integrationdata.h"
#include "tokenclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace bifrost {

class Store;

namespace oauth {

class LoopbackListener;

// One connection as users see it: `oauth status`, the OAuth tab, the status bar.
struct ConnectionStatus {
    QString integrationId;
    QString integrationName;
    QString organizationId; // empty: default connection
    QString organizationName;
    TokenStatus status = TokenStatus::NotConnected;
    QDateTime expiresAt;
    QDateTime lastRefreshAt;
    QString lastError;
};

// A running connect (authorization code or device code). Cancel() ends it with an External
// error "cancelled"; nothing is stored. A timeout, an error redirect (access_denied...) or a
// failed code exchange end it the same way (External, `field` = the provider's error code).
// After `done` the flow deletes itself (deleteLater).
class ConnectFlow : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;
    // Seconds left before the flow times out.
    virtual int secondsLeft() const = 0;
Q_SIGNALS:
    // Authorization code: the URL to open (also opened with QDesktopServices when asked).
    void authorizationUrl(const QUrl &url, const QString &redirectUri);
    // Device code: what to show the user.
    void deviceCode(const QString &verificationUri, const QString &userCode,
                    const QString &verificationUriComplete);
};

// The OAuth use cases over the Store and the TokenClient, shared by bifrostctl and the app.
// Every call is asynchronous (callbacks on the service's thread) so that the GUI never blocks
// on the network; bifrostctl waits with waitFor(). Connections are addressed by integration and
// organization reference; an empty `orgRef` is the default connection. Each callback is called
// exactly once, except when the service is destroyed first (then running calls and flows end
// silently and leases held are released).
//
// Failures of a refresh: invalid_grant, invalid_client and unauthorized_client mark the
// connection failed (a person must reconnect or fix the client settings; `get` then errors
// instead of hitting the provider on every call); network errors (Error::field "network") are
// retried after 0.5, 1 and 2 s and then recorded as the last error without marking it failed;
// other provider errors are recorded the same way, not retried.
class OAuthService : public QObject {
    Q_OBJECT
public:
    explicit OAuthService(Store &store, QObject *parent = nullptr);
    ~OAuthService() override;

    // The clock used for expiry decisions (UTC); tests inject one. Default: the system clock.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    struct ConnectOptions {
        std::chrono::seconds timeout{300};
    };
    // Runs the integration's flow for one connection and stores the tokens. For
    // client_credentials it mints at once (the flow object still reports completion through
    // `done`). The returned flow lives until `done` has been called. Its signals are emitted
    // from the event loop, never inside this call, so the caller can connect to them first;
    // opening a browser is the caller's business (core has no GUI): bifrostctl runs xdg-open,
    // the app QDesktopServices, and both skip it when BIFROST_NO_BROWSER=1.
    QPointer<ConnectFlow> connectAccount(const QString &integrationRef, const QString &orgRef,
                                         const ConnectOptions &options, Callback<OAuthConnection> done);

    // Refreshes now (or re-mints for client_credentials), single-flight across processes: a
    // caller that finds another process refreshing waits for its result. Also tries a failed
    // connection (after the client secret was fixed, say).
    void refresh(const QString &integrationRef, const QString &orgRef, Callback<OAuthConnection> done);

    // The `oauth` block of `get` for (integration, organization): the organization's connection
    // if it has one, else the default; refreshed first when it expires within the margin
    // (single flight across processes); for client_credentials minted when there is none yet
    // (at the organization's level when its token URL differs from the default's, else at the
    // default level). Nullopt: the integration has no OAuth settings or is not connected.
    // A failed connection is an External error that says to reconnect. When the refresh fails
    // without marking the connection failed (network) and the current token has not expired
    // yet, that token is returned with OAuthData::warning set (bifrostctl prints it on stderr).
    // For client_credentials an organization without its own connection gets its own token
    // when its token URL differs from the default's, even if a default connection exists.
    void tokenFor(const QString &integrationRef, const QString &orgRef,
                  Callback<std::optional<OAuthData>> done);

    // Revokes at the provider when a revocation URL is set (a failure becomes a warning in the
    // result), then deletes the connection locally.
    struct DisconnectResult {
        bool revoked = false;
        QString warning;
    };
    void disconnect(const QString &integrationRef, const QString &orgRef, Callback<DisconnectResult> done);

    // Statuses of every connection of one integration (or all integrations for an empty ref)
    // at `now`; an integration with OAuth settings and no default connection lists its
    // default as not connected.
    Result<QList<ConnectionStatus>> statuses(const QString &integrationRef, const QDateTime &now);

    // Background refresh while the app runs: at once and every `interval`, refreshes (one at
    // a time) connections that expire within their margin and are not failed; failures are
    // recorded on the connections.
    void startBackgroundRefresh(std::chrono::seconds interval = std::chrono::seconds(30));
    void stopBackgroundRefresh();

Q_SIGNALS:
    // After any write of this service to connections (connect, refresh, failure recorded,
    // disconnect, background refresh); at most once per event loop turn.
    void connectionsChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Runs an asynchronous service call to completion on a local event loop (for bifrostctl).
template <typename T, typename Start>
Result<T> waitFor(Start &&start);

} // namespace oauth
} // namespace bifrost

#include <QEventLoop>

template <typename T, typename Start>
bifrost::Result<T> bifrost::oauth::waitFor(Start &&start) {
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}
