// The OAuth use cases over the Store and the TokenClient (ARCHITECTURE.md §3, §5).
//
// Connect (authorization code, RFC 6749 §4.1 + RFC 7636 + RFC 8252):
//
//   caller            ConnectFlow                 LoopbackListener      browser        provider
//     | connectAccount  |                                |                  |               |
//     |---------------->| (next event loop turn)         |                  |               |
//     |                 | state, PKCE; listen 127.0.0.1  |                  |               |
//     |                 |------------------------------->|                  |               |
//     |<-authorizationUrl                                |                  |               |
//     | opens the URL ----------------------------------------------------->| login/consent |
//     |                 |                                |<-- redirect -----|<--------------|
//     |                 |<-- codeReceived (state checked)|                  |               |
//     |                 |-- exchangeCode (code, verifier) ---------------------------------->|
//     |                 |<------------------------------------------------------- tokens ---|
//     |                 | Store::saveOAuthTokens (secrets to the keychain)                   |
//     |<-- done --------| deleteLater                                                        |
//
// Refresh (single flight across processes): the refresh lease in the database decides who
// talks to the token endpoint; the others poll the connection row until the holder has saved
// a new token (or recorded a failure, or let the lease lapse):
//
//   service A                         database                        service B
//   tryLeaseOAuthRefresh -> true       lease(A, +60 s)                 tryLeaseOAuthRefresh -> false
//   re-read connection (still old)                                     poll connection every 100 ms
//   TokenClient::refresh ... tokens
//   saveOAuthTokens (releases lease) -> new token row --------------->  newer token: use it
//
// Within one service, calls for a connection that is already being refreshed join that
// refresh instead of taking the lease again.
#include "oauthservice.h"

#include "endpoints.h"
#include "loopbacklistener.h"
#include "pkce.h"
#include "resolve/resolver.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <array>

namespace bifrost::oauth {

namespace {

// Every OAuth message shares the context "OAuth"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(OAuth)
};

constexpr int leaseSeconds = 60;
constexpr int leasePollMs = 100;
// A holder that keeps renewing its lease (retries against a hanging provider) is waited for up
// to this long; a holder that died lets its lease lapse after leaseSeconds.
constexpr int leaseWaitLimitMs = 180 * 1000;
// Network failures of a refresh are retried after these delays (so 4 attempts in all).
constexpr std::array<int, 3> retryDelaysMs{500, 1000, 2000};
const QString networkField = QStringLiteral("network");

// One connection addressed by ids, with the names for messages.
struct Target {
    QString integrationId;
    QString integrationName;
    QString organizationId; // empty: the default connection
    QString organizationName;

    bool isDefault() const { return organizationId.isEmpty(); }
    QString key() const { return integrationId + QLatin1Char('/') + organizationId; }
};

Target targetOf(const OAuthConnection &c) {
    return {c.integrationId, c.integrationName, c.organizationId, c.organizationName};
}

Target targetOf(const IntegrationData &data) {
    Target t{data.integrationId, data.name, {}, {}};
    if (data.organization) {
        t.organizationId = data.organization->id;
        t.organizationName = data.organization->name;
    }
    return t;
}

// A name as one shell word, for the commands that messages suggest.
QString shellWord(const QString &text) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._@%+=:,/-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString describe(const Target &t) {
    if (t.isDefault())
        return Text::tr("the default OAuth connection of integration \"%1\"").arg(t.integrationName);
    return Text::tr("the OAuth connection of organization \"%1\" to integration \"%2\"")
        .arg(t.organizationName, t.integrationName);
}

QString connectCommand(const Target &t) {
    QString command = QStringLiteral("bifrostctl oauth connect ") + shellWord(t.integrationName);
    if (!t.isDefault())
        command += QStringLiteral(" --org ") + shellWord(t.organizationName);
    return command;
}

QString refreshCommand(const Target &t) {
    QString command = QStringLiteral("bifrostctl oauth refresh ") + shellWord(t.integrationName);
    if (!t.isDefault())
        command += QStringLiteral(" --org ") + shellWord(t.organizationName);
    return command;
}

Error external(const QString &message, const QString &field = {}) {
    Error error = Error::external(message);
    error.field = field;
    return error;
}

Error noSettings(const QString &integrationName) {
    return Error::invalid(
        Text::tr("integration \"%1\" has no OAuth settings; set them with `bifrostctl oauth set "
                 "%2 ...` or on the OAuth tab")
            .arg(integrationName, shellWord(integrationName)),
        QStringLiteral("oauth"));
}

Error notConnected(const Target &t) {
    return Error::notFound(
        Text::tr("%1 is not connected; connect it with `%2`").arg(describe(t), connectCommand(t)));
}

// What tokenFor says about a connection that needs a reconnect.
Error failedError(const OAuthConnection &c) {
    const Target t = targetOf(c);
    if (c.lastError.isEmpty())
        return external(
            Text::tr("%1 has failed and needs a reconnect: run `%2`").arg(describe(t), connectCommand(t)));
    return external(Text::tr("%1 needs a reconnect: %2").arg(describe(t), c.lastError));
}

// Provider error codes after which retrying cannot help until a person acts: the grant is dead
// (invalid_grant), or the client itself is refused (invalid_client, unauthorized_client: a
// rotated secret, a deleted app registration). The connection is marked failed so that `get`
// and the status bar say so instead of hammering the provider on every call.
bool needsPerson(const QString &code) {
    return code == u"invalid_grant" || code == u"invalid_client" || code == u"unauthorized_client";
}

// Whether `now` differs from `before` by a token obtained in between (by anyone).
bool newerToken(const OAuthConnection &now, const std::optional<OAuthConnection> &before) {
    if (!before)
        return true;
    return now.accessTokenRef != before->accessTokenRef || now.expiresAt != before->expiresAt ||
           now.lastRefreshAt != before->lastRefreshAt || now.connectedAt != before->connectedAt;
}

// Whether someone recorded a failure on `now` after `before` was read.
bool newerError(const OAuthConnection &now, const std::optional<OAuthConnection> &before) {
    if (now.lastError.isEmpty())
        return false;
    if (!before)
        return true;
    return now.updatedAt != before->updatedAt || now.lastError != before->lastError ||
           now.failed != before->failed;
}

bool hasExpired(const OAuthConnection &c, const QDateTime &now) {
    return c.expiresAt.isValid() && c.expiresAt <= now;
}

// Provider-supplied text goes into messages: one line, bounded.
QString clip(const QString &text) {
    QString line = text.simplified();
    if (line.size() > 300)
        line = line.left(300) + QStringLiteral("...");
    return line;
}

// The settings filled for one scope that is already resolved, with the client secret.
Result<ResolvedOAuth> resolveWith(Store &store, const IntegrationData &data, const OAuthSettings &settings,
                                  bool withSecret) {
    QString secret;
    if (withSecret && settings.hasClientSecret) {
        auto read = store.readClientSecret(data.integrationId);
        if (!read)
            return read.error();
        secret = *read;
    }
    return resolveSettings(settings, data, secret);
}

Result<ResolvedOAuth> resolveFor(Store &store, const Target &t, const OAuthSettings &settings,
                                 bool withSecret) {
    auto data = resolveFromStore(store, t.integrationId, t.organizationId, false);
    if (!data)
        return data.error();
    return resolveWith(store, *data, settings, withSecret);
}

// ---------------------------------------------------------------------------------------------

// A running connect. Started on the next event loop turn so that the caller can connect to its
// signals first; finishes exactly once, then deletes itself.
class Flow final : public ConnectFlow {
public:
    Flow(OAuthService *service, Store &store, std::function<void()> changed, QString integrationRef,
         QString orgRef, std::chrono::seconds timeout, OAuthService::Callback<OAuthConnection> done)
        : ConnectFlow(service)
        , m_service(service)
        , m_store(store)
        , m_changed(std::move(changed))
        , m_integrationRef(std::move(integrationRef))
        , m_orgRef(std::move(orgRef))
        , m_timeoutSeconds(std::max<qint64>(1, timeout.count()))
        , m_done(std::move(done))
        , m_client(new TokenClient(this)) {
        m_deadlineTimer.setSingleShot(true);
        m_pollTimer.setSingleShot(true);
        connect(&m_deadlineTimer, &QTimer::timeout, this, [this] { fail(external(m_timeoutMessage)); });
        connect(&m_pollTimer, &QTimer::timeout, this, [this] { pollDevice(); });
        QTimer::singleShot(0, this, [this] { start(); });
    }

    void cancel() override { fail(external(Text::tr("cancelled"))); }

    int secondsLeft() const override {
        if (m_finished)
            return 0;
        if (!m_started)
            return int(m_timeoutSeconds);
        // Also while the code is being exchanged (the deadline no longer applies then), so a
        // countdown does not drop to zero for that moment.
        return int((m_deadline.remainingTime() + 999) / 1000);
    }

private:
    void start() {
        if (m_finished)
            return;
        m_started = true;
        arm(m_timeoutSeconds,
            Text::tr("the authorization did not finish within %1 s; connect again").arg(m_timeoutSeconds));

        auto settings = m_store.oauthSettings(m_integrationRef);
        if (!settings)
            return fail(settings.error());
        auto data = resolveFromStore(m_store, m_integrationRef, m_orgRef, false);
        if (!data)
            return fail(data.error());
        m_target = targetOf(*data);
        if (!*settings)
            return fail(noSettings(m_target.integrationName));
        m_settings = **settings;
        auto resolved = resolveWith(m_store, *data, m_settings, true);
        if (!resolved)
            return fail(resolved.error());
        m_resolved = *resolved;

        switch (m_settings.flow) {
        case OAuthFlow::AuthorizationCode:
            return startCode();
        case OAuthFlow::DeviceCode:
            return startDevice();
        case OAuthFlow::ClientCredentials:
            m_client->clientCredentials(m_resolved, [this](Result<TokenResponse> r) {
                if (!r)
                    return fail(wrapTokenError(r.error()));
                save(*r);
            });
            return;
        }
    }

    void startCode() {
        const QByteArray state = randomToken();
        if (m_settings.pkce)
            m_pkce = makePkce();
        m_listener = new LoopbackListener(this);
        auto listening = m_listener->listen(m_settings.redirectHost, quint16(m_settings.redirectPort),
                                            m_settings.redirectPath, state);
        if (!listening)
            return fail(listening.error());
        m_redirectUri = m_listener->redirectUri();
        connect(m_listener, &LoopbackListener::codeReceived, this,
                [this](const QString &code) { onCode(code); });
        connect(m_listener, &LoopbackListener::errorReceived, this,
                [this](const QString &error, const QString &description) {
                    onProviderError(error, description);
                });
        m_timeoutMessage =
            Text::tr("no redirect arrived within %1 s; open the authorization URL and finish "
                     "signing in before the timeout (raise it with --timeout), and check that the "
                     "provider has the redirect URI %2 registered")
                .arg(m_timeoutSeconds)
                .arg(m_settings.redirectUriPattern());
        const QUrl url = TokenClient::authorizationUrl(m_resolved, m_redirectUri, state, m_pkce.challenge);
        Q_EMIT authorizationUrl(url, m_redirectUri);
    }

    void onCode(const QString &code) {
        if (m_finished)
            return;
        // The redirect has arrived; what remains is one request with its own timeout.
        m_deadlineTimer.stop();
        m_listener->close();
        m_client->exchangeCode(m_resolved, code, m_redirectUri, m_pkce.verifier,
                               [this](Result<TokenResponse> r) {
                                   if (!r)
                                       return fail(wrapTokenError(r.error()));
                                   save(*r);
                               });
    }

    void onProviderError(const QString &error, const QString &description) {
        const QString reason =
            description.isEmpty() ? clip(error)
                                  : clip(error) + QStringLiteral(" (") + clip(description) + QLatin1Char(')');
        fail(external(Text::tr("the provider refused the authorization: %1; nothing was stored").arg(reason),
                      clip(error)));
    }

    void startDevice() {
        m_timeoutMessage = Text::tr("the device authorization was not completed within %1 s; connect again")
                               .arg(m_timeoutSeconds);
        m_client->deviceAuthorization(m_resolved, [this](Result<DeviceAuthorization> r) {
            if (!r)
                return fail(wrapTokenError(r.error()));
            m_device = *r;
            // The device code dies at expires_in (RFC 8628 §3.2): no point waiting longer.
            if (m_device.expiresIn > 0 && m_device.expiresIn < secondsLeft()) {
                arm(m_device.expiresIn,
                    Text::tr(
                        "the device code expired after %1 s before the authorization was completed; connect "
                        "again")
                        .arg(m_device.expiresIn));
            }
            m_interval = std::max(1, m_device.interval);
            m_pollTimer.start(m_interval * 1000);
            Q_EMIT deviceCode(m_device.verificationUri, m_device.userCode, m_device.verificationUriComplete);
        });
    }

    // RFC 8628 §3.4-3.5.
    void pollDevice() {
        m_client->pollDeviceToken(m_resolved, m_device.deviceCode, [this](Result<TokenResponse> r) {
            if (r)
                return save(*r);
            const QString code = r.error().field;
            if (code == u"authorization_pending" || code == networkField) {
                m_pollTimer.start(m_interval * 1000);
            } else if (code == u"slow_down") {
                m_interval += 5;
                m_pollTimer.start(m_interval * 1000);
            } else if (code == u"access_denied") {
                fail(external(
                    Text::tr("the provider refused the authorization: access_denied (denied on the device "
                             "page); nothing was stored"),
                    code));
            } else if (code == u"expired_token") {
                fail(external(Text::tr("the device code expired before the authorization was completed "
                                       "(expired_token); connect again"),
                              code));
            } else {
                fail(wrapTokenError(r.error()));
            }
        });
    }

    Error wrapTokenError(const Error &error) const {
        return external(
            Text::tr("connecting %1 failed: %2; nothing was stored").arg(describe(m_target), error.message),
            error.field);
    }

    void save(const TokenResponse &response) {
        auto saved = m_store.saveOAuthTokens(m_target.integrationId, m_target.organizationId, response,
                                             m_settings.scopes, true, m_service->now());
        if (!saved)
            return fail(saved.error());
        m_changed();
        finish(std::move(*saved));
    }

    void arm(qint64 seconds, const QString &message) {
        m_timeoutMessage = message;
        m_deadline.setRemainingTime(seconds * 1000);
        m_deadlineTimer.start(std::chrono::seconds(seconds));
    }

    void fail(const Error &error) { finish(Result<OAuthConnection>(error)); }

    void finish(Result<OAuthConnection> result) {
        if (m_finished)
            return;
        m_finished = true;
        m_deadlineTimer.stop();
        m_pollTimer.stop();
        m_client->abortAll();
        if (m_listener)
            m_listener->close();
        deleteLater();
        auto done = std::move(m_done);
        if (done)
            done(std::move(result));
    }

    OAuthService *m_service;
    Store &m_store;
    std::function<void()> m_changed;
    QString m_integrationRef;
    QString m_orgRef;
    qint64 m_timeoutSeconds;
    OAuthService::Callback<OAuthConnection> m_done;
    TokenClient *m_client;
    QPointer<LoopbackListener> m_listener;

    bool m_started = false;
    bool m_finished = false;
    Target m_target;
    OAuthSettings m_settings;
    ResolvedOAuth m_resolved;
    Pkce m_pkce;
    QString m_redirectUri;
    DeviceAuthorization m_device;
    int m_interval = 5;
    QTimer m_deadlineTimer;
    QDeadlineTimer m_deadline;
    QString m_timeoutMessage;
    QTimer m_pollTimer;
};

} // namespace

// ---------------------------------------------------------------------------------------------

struct OAuthService::Private {
    // One refresh (or mint) of one connection, from taking the lease to saving the tokens.
    struct Job {
        Target target;
        OAuthSettings settings;
        std::optional<OAuthConnection> snapshot; // what the caller saw; nullopt: no connection
        bool leaseHeld = false;
        QDeadlineTimer waitLimit{QDeadlineTimer::Forever};
        int attempt = 0;
        ResolvedOAuth resolved;
        QString refreshToken;
        QStringList requestedScopes;
    };
    using JobPtr = std::shared_ptr<Job>;

    OAuthService *q;
    Store &store;
    TokenClient *client;
    std::function<QDateTime()> clock;
    // The lease owner of this service: leases are per service, so two services in one
    // process exclude each other like two processes do.
    const QString owner = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QHash<QString, QList<Callback<OAuthConnection>>> inflight; // by Target::key()
    QHash<QString, Target> leases;                             // held now, released on destruction
    QTimer background;
    bool sweeping = false;
    bool changePending = false;

    Private(OAuthService *service, Store &s)
        : q(service)
        , store(s)
        , client(new TokenClient(service)) {}

    QDateTime now() const { return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc(); }

    // connectionsChanged once per event loop turn, however many writes happened in it.
    void markChanged() {
        if (changePending)
            return;
        changePending = true;
        QTimer::singleShot(0, q, [this] {
            changePending = false;
            Q_EMIT q->connectionsChanged();
        });
    }

    Result<Target> findTarget(const QString &integrationRef, const QString &orgRef) {
        auto integration = store.integration(integrationRef);
        if (!integration)
            return integration.error();
        Target t{integration->id, integration->name, {}, {}};
        if (!orgRef.isEmpty()) {
            auto org = store.organization(orgRef);
            if (!org)
                return org.error();
            t.organizationId = org->id;
            t.organizationName = org->name;
        }
        return t;
    }

    // --- refresh ---------------------------------------------------------------------------

    void refresh(const Target &t, const OAuthSettings &settings,
                 const std::optional<OAuthConnection> &snapshot, Callback<OAuthConnection> done) {
        const QString key = t.key();
        auto running = inflight.find(key);
        if (running != inflight.end()) {
            running->append(std::move(done));
            return;
        }
        inflight.insert(key, {std::move(done)});
        auto job = std::make_shared<Job>();
        job->target = t;
        job->settings = settings;
        job->snapshot = snapshot;
        acquire(job);
    }

    void acquire(const JobPtr &job) {
        auto lease = store.tryLeaseOAuthRefresh(job->target.integrationId, job->target.organizationId, owner,
                                                leaseSeconds);
        if (!lease)
            return finish(job, lease.error());
        if (*lease) {
            job->leaseHeld = true;
            leases.insert(job->target.key(), job->target);
            return withLease(job);
        }
        if (job->waitLimit.isForever())
            job->waitLimit.setRemainingTime(leaseWaitLimitMs);
        QTimer::singleShot(leasePollMs, q, [this, job] { pollHolder(job); });
    }

    // Another service holds the lease: watch the row for its outcome.
    void pollHolder(const JobPtr &job) {
        auto conn = store.oauthConnection(job->target.integrationId, job->target.organizationId);
        if (!conn)
            return finish(job, conn.error());
        if (*conn) {
            const OAuthConnection &c = **conn;
            if (c.failed && newerError(c, job->snapshot))
                return finish(job, failedError(c));
            if (!c.failed && newerToken(c, job->snapshot) && !hasExpired(c, now()))
                return finish(job, c);
            // The holder gave up on a transient error: take its outcome rather than queue up
            // behind it for the same failure (20 processes against a provider that is down).
            if (!c.failed && newerError(c, job->snapshot))
                return finish(job, external(c.lastError, networkField));
        }
        if (job->waitLimit.hasExpired()) {
            return finish(job,
                          external(Text::tr("another Bifrost Admin process has been refreshing %1 for more "
                                            "than %2 s; try again later with `%3`")
                                       .arg(describe(job->target), QString::number(leaseWaitLimitMs / 1000),
                                            refreshCommand(job->target))));
        }
        // Still held: look again later rather than ask for the write lock, which the holder may
        // need right now to save its tokens.
        auto held =
            store.oauthRefreshLeasedByOther(job->target.integrationId, job->target.organizationId, owner);
        if (!held)
            return finish(job, held.error());
        if (*held) {
            QTimer::singleShot(leasePollMs, q, [this, job] { pollHolder(job); });
            return;
        }
        acquire(job);
    }

    void withLease(const JobPtr &job) {
        const Target &t = job->target;
        auto conn = store.oauthConnection(t.integrationId, t.organizationId);
        if (!conn)
            return finish(job, conn.error());
        // Someone refreshed between our decision and our lease: use theirs.
        if (*conn && !(*conn)->failed && newerToken(**conn, job->snapshot) && !hasExpired(**conn, now()))
            return finish(job, **conn);

        const bool minting = job->settings.flow == OAuthFlow::ClientCredentials;
        if (!minting) {
            if (!*conn)
                return finish(job, notConnected(t));
            const OAuthConnection &c = **conn;
            if (c.refreshTokenRef.isEmpty())
                return noRefreshToken(job, c);
            auto token = store.readSecret(c.refreshTokenRef);
            if (!token) {
                if (token.error().code == ErrorCode::NotFound)
                    return noRefreshToken(job, c);
                return finish(job, token.error());
            }
            job->refreshToken = *token;
            // RFC 6749 §6: never ask for more than was granted.
            job->requestedScopes = c.scopes;
        } else {
            job->requestedScopes = job->settings.scopes;
        }
        auto resolved = resolveFor(store, t, job->settings, true);
        if (!resolved)
            return finish(job, resolved.error());
        job->resolved = *resolved;
        attempt(job);
    }

    void noRefreshToken(const JobPtr &job, const OAuthConnection &c) {
        const Target &t = job->target;
        const QString message =
            Text::tr(
                "%1 has no refresh token (the provider did not issue one), so its access token cannot be "
                "renewed; reconnect with `%2`")
                .arg(describe(t), connectCommand(t));
        // Only a dead token makes the connection failed; one that still works stays usable.
        if (hasExpired(c, now()))
            return recordAndFinish(job, message, true, QStringLiteral("no_refresh_token"));
        finish(job, external(message, QStringLiteral("no_refresh_token")));
    }

    void attempt(const JobPtr &job) {
        ++job->attempt;
        if (job->attempt > 1) {
            // Keep the lease through the retries; if it lapsed and someone else took it, wait
            // for them instead.
            auto lease = store.tryLeaseOAuthRefresh(job->target.integrationId, job->target.organizationId,
                                                    owner, leaseSeconds);
            if (!lease)
                return finish(job, lease.error());
            if (!*lease) {
                job->leaseHeld = false;
                leases.remove(job->target.key());
                job->attempt = 0;
                return acquire(job);
            }
        }
        auto onAnswer = [this, job](Result<TokenResponse> r) { answered(job, std::move(r)); };
        if (job->settings.flow == OAuthFlow::ClientCredentials)
            client->clientCredentials(job->resolved, onAnswer);
        else
            client->refresh(job->resolved, job->refreshToken, job->requestedScopes, onAnswer);
    }

    void answered(const JobPtr &job, Result<TokenResponse> r) {
        const Target &t = job->target;
        if (r) {
            // Saved (a rotated refresh token included) before anyone is handed the new access
            // token; a refresh token that was not rotated is kept by the store.
            auto saved = store.saveOAuthTokens(t.integrationId, t.organizationId, *r, job->requestedScopes,
                                               false, now());
            if (!saved)
                return finish(job, saved.error());
            leaseGone(job);
            markChanged();
            return finish(job, std::move(*saved));
        }
        const Error &error = r.error();
        const bool minting = job->settings.flow == OAuthFlow::ClientCredentials;
        if (error.field == networkField) {
            if (job->attempt <= int(retryDelaysMs.size())) {
                QTimer::singleShot(retryDelaysMs[size_t(job->attempt - 1)], q, [this, job] { attempt(job); });
                return;
            }
            const QString message =
                Text::tr("could not reach the token endpoint for %1 after %2 attempts (%3); the connection "
                         "is kept, "
                         "try again later with `%4`")
                    .arg(describe(t), QString::number(job->attempt), error.message, refreshCommand(t));
            return recordAndFinish(job, message, false, networkField);
        }
        if (error.field == u"invalid_grant" && !minting) {
            return recordAndFinish(
                job,
                Text::tr("the provider rejected the refresh token of %1 (invalid_grant): reconnect "
                         "with `%2`")
                    .arg(describe(t), connectCommand(t)),
                true, error.field);
        }
        if (needsPerson(error.field)) {
            return recordAndFinish(
                job,
                Text::tr("the provider refused the client for %1 (%2): check the client id and "
                         "secret (`bifrostctl oauth show %3`, change them with `bifrostctl oauth "
                         "set`), then run `%4`")
                    .arg(describe(t), error.field, shellWord(t.integrationName),
                         minting ? connectCommand(t) : refreshCommand(t)),
                true, error.field);
        }
        const QString message =
            minting
                ? Text::tr("the provider refused to issue a token for %1: %2").arg(describe(t), error.message)
                : Text::tr("the provider refused to refresh the token of %1: %2")
                      .arg(describe(t), error.message);
        recordAndFinish(job, message, false, error.field);
    }

    void recordAndFinish(const JobPtr &job, const QString &message, bool failed, const QString &field) {
        const Target &t = job->target;
        // There may be no row to record on (a first client-credentials mint): then the error
        // only goes to the caller.
        auto existing = store.oauthConnection(t.integrationId, t.organizationId);
        if (existing && *existing) {
            auto recorded = store.recordOAuthError(t.integrationId, t.organizationId, message, failed);
            if (!recorded)
                return finish(job, recorded.error());
            leaseGone(job);
            markChanged();
        }
        finish(job, external(message, field));
    }

    // The store released the lease along with a write.
    void leaseGone(const JobPtr &job) {
        job->leaseHeld = false;
        leases.remove(job->target.key());
    }

    void finish(const JobPtr &job, Result<OAuthConnection> result) {
        if (job->leaseHeld) {
            (void)store.releaseOAuthRefresh(job->target.integrationId, job->target.organizationId, owner);
            leaseGone(job);
        }
        job->refreshToken.clear();
        const QList<Callback<OAuthConnection>> callbacks = inflight.take(job->target.key());
        for (const Callback<OAuthConnection> &callback : callbacks)
            callback(result);
    }

    // --- tokenFor --------------------------------------------------------------------------

    // The connection `get` uses, or the level to mint at (client credentials) when none.
    struct Choice {
        Target target;
        std::optional<OAuthConnection> connection;
    };

    Result<std::optional<Choice>> choose(const QString &integrationRef, const QString &orgRef,
                                         const OAuthSettings &settings) {
        if (!orgRef.isEmpty()) {
            auto own = store.oauthConnection(integrationRef, orgRef);
            if (!own)
                return own.error();
            if (*own)
                return std::optional<Choice>(Choice{targetOf(**own), **own});
        }
        const bool minting = settings.flow == OAuthFlow::ClientCredentials;
        if (minting && !orgRef.isEmpty()) {
            // A per-tenant token URL means the organization needs its own token, even when a
            // default one exists: the default tenant's token is of no use to it.
            auto orgData = resolveFromStore(store, integrationRef, orgRef, false);
            if (!orgData)
                return orgData.error();
            auto orgUrl = fillUrlTemplate(settings.tokenUrl, QStringLiteral("token_url"), *orgData);
            if (!orgUrl)
                return orgUrl.error();
            auto globalData = resolveFromStore(store, integrationRef, {}, false);
            if (!globalData)
                return globalData.error();
            auto globalUrl = fillUrlTemplate(settings.tokenUrl, QStringLiteral("token_url"), *globalData);
            if (!globalUrl || *globalUrl != *orgUrl)
                return std::optional<Choice>(Choice{targetOf(*orgData), std::nullopt});
        }
        auto fallback = store.oauthConnection(integrationRef, {});
        if (!fallback)
            return fallback.error();
        if (*fallback)
            return std::optional<Choice>(Choice{targetOf(**fallback), **fallback});
        if (!minting)
            return std::optional<Choice>();
        auto t = findTarget(integrationRef, {});
        if (!t)
            return t.error();
        return std::optional<Choice>(Choice{*t, std::nullopt});
    }

    // The `oauth` block for `c`; re-reads the row once when a token has just been rotated
    // away under us by another process.
    Result<OAuthData> oauthData(OAuthConnection c, const OAuthSettings &settings, const QString &warning) {
        for (int round = 0;; ++round) {
            QStringList refs{c.accessTokenRef};
            if (!c.refreshTokenRef.isEmpty())
                refs << c.refreshTokenRef;
            auto secrets = store.readSecrets(refs);
            if (!secrets)
                return secrets.error();
            const bool complete = secrets->contains(c.accessTokenRef) &&
                                  (c.refreshTokenRef.isEmpty() || secrets->contains(c.refreshTokenRef));
            if (!complete) {
                if (round == 0) {
                    auto again = store.oauthConnection(c.integrationId, c.organizationId);
                    if (!again)
                        return again.error();
                    if (*again) {
                        c = **again;
                        continue;
                    }
                }
                const Target t = targetOf(c);
                return external(
                    Text::tr("the tokens of %1 are missing from the secret store (removed outside "
                             "Bifrost Admin?); reconnect with `%2`")
                        .arg(describe(t), connectCommand(t)));
            }
            auto data = resolveFromStore(store, c.integrationId, c.organizationId, false);
            if (!data)
                return data.error();
            auto tokenUrl = fillUrlTemplate(settings.tokenUrl, QStringLiteral("token_url"), *data);
            if (!tokenUrl)
                return tokenUrl.error();
            OAuthData out;
            out.accessToken = secrets->value(c.accessTokenRef);
            out.refreshToken = c.refreshTokenRef.isEmpty() ? QString() : secrets->value(c.refreshTokenRef);
            out.tokenType = c.tokenType;
            out.expiresAt = c.expiresAt;
            out.scopes = c.scopes;
            out.clientId = settings.clientId;
            out.tokenUrl = *tokenUrl;
            out.connection = c.isDefault() ? QStringLiteral("default") : QStringLiteral("organization");
            out.warning = warning;
            return out;
        }
    }

    // --- background refresh ----------------------------------------------------------------

    void sweep() {
        if (sweeping)
            return;
        auto connections = store.oauthConnections({});
        if (!connections)
            return;
        QHash<QString, std::optional<OAuthSettings>> settingsById;
        auto due = std::make_shared<QList<std::pair<OAuthConnection, OAuthSettings>>>();
        const QDateTime at = now();
        for (const OAuthConnection &c : std::as_const(*connections)) {
            if (!settingsById.contains(c.integrationId)) {
                auto s = store.oauthSettings(c.integrationId);
                settingsById.insert(c.integrationId, s ? *s : std::nullopt);
            }
            const std::optional<OAuthSettings> &s = settingsById[c.integrationId];
            if (!s)
                continue;
            const TokenStatus status = c.statusAt(at, s->refreshMarginSeconds);
            if (status != TokenStatus::Expiring && status != TokenStatus::Expired)
                continue;
            // Without a refresh token there is nothing to do until someone reconnects.
            if (s->flow != OAuthFlow::ClientCredentials && c.refreshTokenRef.isEmpty())
                continue;
            due->append({c, *s});
        }
        if (due->isEmpty())
            return;
        sweeping = true;
        sweepNext(due);
    }

    // One at a time: a provider is not hit with every connection at once.
    void sweepNext(const std::shared_ptr<QList<std::pair<OAuthConnection, OAuthSettings>>> &due) {
        if (due->isEmpty()) {
            sweeping = false;
            return;
        }
        const auto [c, s] = due->takeFirst();
        // Failures are recorded on the connection by refresh(); nothing to report here.
        refresh(targetOf(c), s, c, [this, due](const Result<OAuthConnection> &) { sweepNext(due); });
    }
};

// ---------------------------------------------------------------------------------------------

OAuthService::OAuthService(Store &store, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, store)) {
    d->background.setSingleShot(false);
    connect(&d->background, &QTimer::timeout, this, [this] { d->sweep(); });
}

OAuthService::~OAuthService() {
    // Nothing may call back into a half-destroyed service: stop the network first, then drop
    // running flows (their callbacks are not called), then hand back leases still held so that
    // other processes need not wait for them to lapse.
    d->background.stop();
    d->client->abortAll();
    const QList<ConnectFlow *> flows = findChildren<ConnectFlow *>(Qt::FindDirectChildrenOnly);
    for (ConnectFlow *flow : flows)
        delete flow;
    for (const Target &t : std::as_const(d->leases))
        (void)d->store.releaseOAuthRefresh(t.integrationId, t.organizationId, d->owner);
    delete d->client;
}

void OAuthService::setClock(std::function<QDateTime()> clock) {
    d->clock = std::move(clock);
}

QDateTime OAuthService::now() const {
    return d->now();
}

QPointer<ConnectFlow> OAuthService::connectAccount(const QString &integrationRef, const QString &orgRef,
                                                   const ConnectOptions &options,
                                                   Callback<OAuthConnection> done) {
    return new Flow(
        this, d->store, [this] { d->markChanged(); }, integrationRef, orgRef, options.timeout,
        std::move(done));
}

void OAuthService::refresh(const QString &integrationRef, const QString &orgRef,
                           Callback<OAuthConnection> done) {
    auto t = d->findTarget(integrationRef, orgRef);
    if (!t)
        return done(t.error());
    auto settings = d->store.oauthSettings(t->integrationId);
    if (!settings)
        return done(settings.error());
    if (!*settings)
        return done(noSettings(t->integrationName));
    auto conn = d->store.oauthConnection(t->integrationId, t->organizationId);
    if (!conn)
        return done(conn.error());
    if (!*conn && (*settings)->flow != OAuthFlow::ClientCredentials)
        return done(notConnected(*t));
    d->refresh(*t, **settings, *conn, std::move(done));
}

void OAuthService::tokenFor(const QString &integrationRef, const QString &orgRef,
                            Callback<std::optional<OAuthData>> done) {
    using Out = Result<std::optional<OAuthData>>;
    auto settingsRead = d->store.oauthSettings(integrationRef);
    if (!settingsRead)
        return done(settingsRead.error());
    if (!*settingsRead)
        return done(std::optional<OAuthData>());
    const OAuthSettings settings = **settingsRead;
    auto choice = d->choose(integrationRef, orgRef, settings);
    if (!choice)
        return done(choice.error());
    if (!*choice)
        return done(std::optional<OAuthData>());
    const Target target = (*choice)->target;
    const std::optional<OAuthConnection> current = (*choice)->connection;

    auto deliver = [this, settings, done](const OAuthConnection &c, const QString &warning) {
        auto data = d->oauthData(c, settings, warning);
        if (!data)
            return done(data.error());
        done(Out(std::optional<OAuthData>(std::move(*data))));
    };

    if (!current) {
        // Client credentials without a token yet: mint one.
        d->refresh(target, settings, std::nullopt, [deliver, done](Result<OAuthConnection> r) {
            if (!r)
                return done(r.error());
            deliver(*r, {});
        });
        return;
    }

    const QDateTime at = now();
    const TokenStatus status = current->statusAt(at, settings.refreshMarginSeconds);
    if (status == TokenStatus::Failed)
        return done(failedError(*current));
    if (status == TokenStatus::Connected || status == TokenStatus::NotConnected)
        return deliver(*current, {});

    if (settings.flow != OAuthFlow::ClientCredentials && current->refreshTokenRef.isEmpty()) {
        // Nothing to refresh with: hand out the token while it lasts.
        if (hasExpired(*current, at)) {
            return done(
                external(Text::tr("the access token of %1 expired at %2 and there is no refresh token to "
                                  "renew it; reconnect with `%3`")
                             .arg(describe(target), current->expiresAt.toString(Qt::ISODate),
                                  connectCommand(target))));
        }
        const QString warning =
            current->expiresAt.isValid()
                ? Text::tr("the access token of %1 expires at %2 and cannot be renewed (no refresh token); "
                           "reconnect "
                           "before then with `%3`")
                      .arg(describe(target), current->expiresAt.toString(Qt::ISODate), connectCommand(target))
                : QString();
        return deliver(*current, warning);
    }

    d->refresh(target, settings, current, [this, current, target, deliver, done](Result<OAuthConnection> r) {
        if (r)
            return deliver(*r, {});
        // A refresh that marked the connection failed (here or in another process) ends it.
        auto after = d->store.oauthConnection(target.integrationId, target.organizationId);
        if (after && *after && (*after)->failed)
            return done(failedError(**after));
        // A transient failure (network): the current token is still good until it expires.
        if (!hasExpired(*current, now()))
            return deliver(*current, r.error().message);
        done(r.error());
    });
}

void OAuthService::disconnect(const QString &integrationRef, const QString &orgRef,
                              Callback<DisconnectResult> done) {
    auto t = d->findTarget(integrationRef, orgRef);
    if (!t)
        return done(t.error());
    const Target target = *t;
    auto conn = d->store.oauthConnection(target.integrationId, target.organizationId);
    if (!conn)
        return done(conn.error());
    auto settings = d->store.oauthSettings(target.integrationId);
    if (!settings)
        return done(settings.error());

    auto removeLocally = [this, target, done](DisconnectResult result) {
        auto removed = d->store.removeOAuthConnection(target.integrationId, target.organizationId);
        if (!removed)
            return done(removed.error());
        d->markChanged();
        done(result);
    };

    if (!*conn || !*settings || (*settings)->revokeUrl.isEmpty())
        return removeLocally({});

    const OAuthConnection c = **conn;
    auto revokeWarning = [target](const QString &reason) {
        return Text::tr(
                   "the provider did not confirm the revocation of %1 (%2); the tokens were deleted here, "
                   "revoke the access at the provider if it must end now")
            .arg(describe(target), reason);
    };
    auto resolved = resolveFor(d->store, target, **settings, true);
    if (!resolved)
        return removeLocally({false, revokeWarning(resolved.error().message)});
    // RFC 7009 §2.1: revoking the refresh token ends the grant, its access tokens with it.
    const bool useRefresh = !c.refreshTokenRef.isEmpty();
    auto token = d->store.readSecret(useRefresh ? c.refreshTokenRef : c.accessTokenRef);
    if (!token)
        return removeLocally({false, revokeWarning(token.error().message)});
    d->client->revoke(*resolved, *token,
                      useRefresh ? QStringLiteral("refresh_token") : QStringLiteral("access_token"),
                      [removeLocally, revokeWarning](Result<bool> r) {
                          if (!r)
                              return removeLocally({false, revokeWarning(r.error().message)});
                          removeLocally({true, {}});
                      });
}

Result<QList<ConnectionStatus>> OAuthService::statuses(const QString &integrationRef, const QDateTime &now) {
    QList<Integration> integrations;
    if (integrationRef.isEmpty()) {
        auto all = d->store.integrations();
        if (!all)
            return all.error();
        integrations = *all;
    } else {
        auto one = d->store.integration(integrationRef);
        if (!one)
            return one.error();
        integrations << *one;
    }
    QList<ConnectionStatus> out;
    for (const Integration &integration : std::as_const(integrations)) {
        auto settings = d->store.oauthSettings(integration.id);
        if (!settings)
            return settings.error();
        if (!*settings)
            continue;
        auto connections = d->store.oauthConnections(integration.id);
        if (!connections)
            return connections.error();
        const bool hasDefault = std::any_of(connections->cbegin(), connections->cend(),
                                            [](const OAuthConnection &c) { return c.isDefault(); });
        if (!hasDefault) {
            ConnectionStatus s;
            s.integrationId = integration.id;
            s.integrationName = integration.name;
            out << s;
        }
        for (const OAuthConnection &c : std::as_const(*connections)) {
            ConnectionStatus s;
            s.integrationId = c.integrationId;
            s.integrationName = c.integrationName;
            s.organizationId = c.organizationId;
            s.organizationName = c.organizationName;
            s.status = c.statusAt(now, (*settings)->refreshMarginSeconds);
            s.expiresAt = c.expiresAt;
            s.lastRefreshAt = c.lastRefreshAt;
            s.lastError = c.lastError;
            out << s;
        }
    }
    return out;
}

void OAuthService::startBackgroundRefresh(std::chrono::seconds interval) {
    d->background.start(std::max(std::chrono::seconds(1), interval));
    QTimer::singleShot(0, this, [this] { d->sweep(); });
}

void OAuthService::stopBackgroundRefresh() {
    d->background.stop();
}

} // namespace bifrost::oauth
