// bifrostctl oauth ...: settings, presets, connect (authorization code through the loopback
// listener, device code, client credentials), refresh, status and disconnect, and the `oauth`
// block of `get`. Every use case runs through oauth::OAuthService, the same calls as the app's
// OAuth tab; this file only parses, waits and prints.
#include "commands.h"
#include "commandutil.h"
#include "oauth/endpoints.h"
#include "oauth/oauthservice.h"
#include "oauth/presets.h"
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace bifrost::cli {

namespace {

// A warning does not fail the command: one line on stderr, like an error line.
void warn(const QString &message) {
    QString line = QStringLiteral("bifrostctl: warning: ") + message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString isoUtc(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &t) {
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// "in 59 min", "3 h ago": what an admin reads at a glance next to the exact time.
QString relativeTo(const QDateTime &now, const QDateTime &t) {
    const qint64 seconds = now.secsTo(t);
    const qint64 magnitude = std::abs(seconds);
    QString amount;
    if (magnitude < 120)
        amount = Text::tr("%n s", nullptr, int(magnitude));
    else if (magnitude < qint64(2) * 3600)
        amount = Text::tr("%n min", nullptr, int(magnitude / 60));
    else if (magnitude < qint64(2) * 86400)
        amount = Text::tr("%n h", nullptr, int(magnitude / 3600));
    else
        amount = Text::tr("%n d", nullptr, int(magnitude / 86400));
    return seconds >= 0 ? Text::tr("in %1").arg(amount) : Text::tr("%1 ago").arg(amount);
}

QString expiryText(const QDateTime &now, const QDateTime &expiresAt) {
    if (!expiresAt.isValid())
        return Text::tr("unknown (the provider sent no expires_in)");
    return QStringLiteral("%1 (%2)").arg(isoUtc(expiresAt), relativeTo(now, expiresAt));
}

QString statusText(TokenStatus status) {
    switch (status) {
    case TokenStatus::NotConnected:
        return Text::tr("not connected");
    case TokenStatus::Connected:
        return Text::tr("connected");
    case TokenStatus::Expiring:
        return Text::tr("expiring");
    case TokenStatus::Expired:
        return Text::tr("expired");
    case TokenStatus::Failed:
        return Text::tr("failed");
    }
    return {};
}

// `"HaloPSA" (default connection)` or `"HaloPSA" for organization "Contoso"`.
QString connectionLabel(const QString &integration, const QString &organization) {
    if (organization.isEmpty())
        return Text::tr("\"%1\" (default connection)").arg(integration);
    return Text::tr("\"%1\" for organization \"%2\"").arg(integration, organization);
}

QString scopesText(const QStringList &scopes) {
    return scopes.isEmpty() ? Text::tr("(none)") : scopes.join(QLatin1Char(' '));
}

// `--org ""` (an unset shell variable) must not silently mean the default connection.
bool blankOrg(const Parsed &p) {
    return p.has(QStringLiteral("org")) && p.value(QStringLiteral("org")).trimmed().isEmpty();
}

int blankOrgError() {
    return usageError(
        Text::tr("--org needs an organization name or id; leave --org out for the default connection"));
}

std::optional<int> parseInt(const QString &text, int min, int max) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

QJsonObject statusJson(const oauth::ConnectionStatus &s) {
    const QString connection = s.organizationId.isEmpty() ? QStringLiteral("default") : s.organizationId;
    const QString connectionName =
        s.organizationId.isEmpty() ? QStringLiteral("default") : s.organizationName;
    // "id" and "name" as on every --json list (docs/cli.md): one connection of one integration.
    return {{QStringLiteral("id"), QString(s.integrationId + QLatin1Char('/') + connection)},
            {QStringLiteral("name"), QString(s.integrationName + QStringLiteral(" / ") + connectionName)},
            {QStringLiteral("integration_id"), s.integrationId},
            {QStringLiteral("integration"), s.integrationName},
            {QStringLiteral("connection"),
             s.organizationId.isEmpty() ? QStringLiteral("default") : QStringLiteral("organization")},
            {QStringLiteral("organization_id"), textOrNull(s.organizationId)},
            {QStringLiteral("organization"), textOrNull(s.organizationName)},
            {QStringLiteral("status"), tokenStatusName(s.status)},
            {QStringLiteral("expires_at"), isoOrNull(s.expiresAt)},
            {QStringLiteral("last_refresh_at"), isoOrNull(s.lastRefreshAt)},
            {QStringLiteral("last_error"), textOrNull(s.lastError)}};
}

QStringList statusRow(const oauth::ConnectionStatus &s, const QDateTime &now, bool withIntegration) {
    QStringList row;
    if (withIntegration)
        row << s.integrationName;
    row << (s.organizationId.isEmpty() ? Text::tr("(default)") : s.organizationName) << statusText(s.status)
        << (s.status == TokenStatus::NotConnected ? QStringLiteral("-") : expiryText(now, s.expiresAt))
        << (s.lastRefreshAt.isValid() ? isoUtc(s.lastRefreshAt) : QStringLiteral("-"))
        << (s.lastError.isEmpty() ? QStringLiteral("-") : s.lastError);
    return row;
}

void printStatusTable(const QList<oauth::ConnectionStatus> &statuses, const QDateTime &now,
                      bool withIntegration) {
    QStringList headers;
    if (withIntegration)
        headers << Text::tr("INTEGRATION");
    headers << Text::tr("CONNECTION") << Text::tr("STATUS") << Text::tr("EXPIRES") << Text::tr("LAST REFRESH")
            << Text::tr("LAST ERROR");
    QList<QStringList> rows;
    for (const oauth::ConnectionStatus &s : statuses)
        rows << statusRow(s, now, withIntegration);
    printTable(headers, rows);
}

// The organization's display name for messages (the ref as given when it cannot be read).
QString organizationName(Store &store, const QString &orgRef) {
    if (orgRef.isEmpty())
        return {};
    auto org = store.organization(orgRef);
    return org ? org->name : orgRef;
}

// --- presets --------------------------------------------------------------------------------

int oauthPresets(Context &, const Parsed &p) {
    const QList<oauth::Preset> list = oauth::presets();
    if (p.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const oauth::Preset &preset : list) {
            QStringList keys;
            for (const SchemaField &f : preset.fields)
                keys << f.key;
            array.append(QJsonObject{
                {QStringLiteral("id"), preset.id},
                {QStringLiteral("name"), preset.name},
                {QStringLiteral("description"), preset.description},
                {QStringLiteral("docs_url"), preset.docsUrl},
                {QStringLiteral("flow"), preset.settings ? QJsonValue(oauthFlowName(preset.settings->flow))
                                                         : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("fields"), QJsonArray::fromStringList(keys)}});
        }
        printJson(array);
        return 0;
    }
    QList<QStringList> rows;
    for (const oauth::Preset &preset : list)
        rows << QStringList{preset.id, preset.name,
                            preset.settings ? oauthFlowName(preset.settings->flow) : Text::tr("(API key)")};
    printTable({Text::tr("ID"), Text::tr("NAME"), Text::tr("FLOW")}, rows);
    return 0;
}

// --- set ------------------------------------------------------------------------------------

// The explicit options of `oauth set` applied over `s`. Only the options given change anything,
// so that `oauth set NAME --scopes "a b"` keeps the rest. Usage errors come back as
// InvalidInput; URL rules and the other checks are core's (Store::setOAuthSettings).
Result<void> applySetOptions(const Parsed &p, OAuthSettings &s) {
    auto text = [&](const char *name, QString &target) {
        if (p.has(QLatin1String(name)))
            target = p.value(QLatin1String(name)).trimmed();
    };
    if (p.has(QStringLiteral("flow"))) {
        const QString name = p.value(QStringLiteral("flow"));
        const auto flow = parseOAuthFlow(name);
        if (!flow)
            return Error::invalid(Text::tr("unknown flow \"%1\" for --flow; use authorization_code, "
                                           "client_credentials or device_code")
                                      .arg(name),
                                  QStringLiteral("flow"));
        s.flow = *flow;
    }
    text("authorize-url", s.authorizeUrl);
    text("token-url", s.tokenUrl);
    text("revoke-url", s.revokeUrl);
    text("device-authorization-url", s.deviceAuthorizationUrl);
    text("client-id", s.clientId);
    text("audience", s.audience);
    if (p.has(QStringLiteral("scopes")))
        s.scopes = p.value(QStringLiteral("scopes"))
                       .split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    if (p.has(QStringLiteral("auth-method"))) {
        const QString name = p.value(QStringLiteral("auth-method"));
        const auto method = parseClientAuthMethod(name);
        if (!method)
            return Error::invalid(
                Text::tr("unknown client authentication \"%1\" for --auth-method; use post, basic or none")
                    .arg(name),
                QStringLiteral("auth-method"));
        s.authMethod = *method;
    }
    if (p.has(QStringLiteral("clear-params")))
        s.extraParams.clear();
    if (p.has(QStringLiteral("param"))) {
        // The given parameters replace the stored list: it is one setting, like --scopes.
        s.extraParams.clear();
        for (const QString &param : p.options.value(QStringLiteral("param"))) {
            const qsizetype eq = param.indexOf(QLatin1Char('='));
            const QString key = eq < 0 ? QString() : param.left(eq).trimmed();
            if (key.isEmpty())
                return Error::invalid(
                    Text::tr("--param \"%1\" is not KEY=VALUE; give each extra authorization parameter as "
                             "--param KEY=VALUE, e.g. --param prompt=consent")
                        .arg(param),
                    QStringLiteral("param"));
            s.extraParams.append({key, param.mid(eq + 1)});
        }
    }
    text("redirect-host", s.redirectHost);
    text("redirect-path", s.redirectPath);
    if (p.has(QStringLiteral("redirect-port"))) {
        const QString value = p.value(QStringLiteral("redirect-port"));
        bool ok = false;
        s.redirectPort = value.trimmed().toInt(&ok);
        if (!ok)
            return Error::invalid(
                Text::tr("--redirect-port \"%1\" is not a port number; give 1 to 65535, or 0 for a port "
                         "chosen at each connect")
                    .arg(value),
                QStringLiteral("redirect-port"));
    }
    if (p.has(QStringLiteral("no-pkce")) && p.has(QStringLiteral("pkce")))
        return Error::invalid(Text::tr("--pkce and --no-pkce exclude each other"), QStringLiteral("pkce"));
    if (p.has(QStringLiteral("no-pkce")))
        s.pkce = false;
    if (p.has(QStringLiteral("pkce")))
        s.pkce = true;
    if (p.has(QStringLiteral("refresh-margin"))) {
        const QString value = p.value(QStringLiteral("refresh-margin"));
        bool ok = false;
        s.refreshMarginSeconds = value.trimmed().toInt(&ok);
        if (!ok)
            return Error::invalid(
                Text::tr("--refresh-margin \"%1\" is not a number of seconds, e.g. 300").arg(value),
                QStringLiteral("refresh-margin"));
    }
    return {};
}

const QStringList &settingOptions() {
    static const QStringList names{QStringLiteral("flow"),
                                   QStringLiteral("authorize-url"),
                                   QStringLiteral("token-url"),
                                   QStringLiteral("revoke-url"),
                                   QStringLiteral("device-authorization-url"),
                                   QStringLiteral("client-id"),
                                   QStringLiteral("scopes"),
                                   QStringLiteral("audience"),
                                   QStringLiteral("auth-method"),
                                   QStringLiteral("param"),
                                   QStringLiteral("clear-params"),
                                   QStringLiteral("redirect-host"),
                                   QStringLiteral("redirect-port"),
                                   QStringLiteral("redirect-path"),
                                   QStringLiteral("no-pkce"),
                                   QStringLiteral("pkce"),
                                   QStringLiteral("refresh-margin")};
    return names;
}

int oauthSet(Context &ctx, const Parsed &p) {
    const QString name = p.positionals.at(0);
    bool explicitSettings = false;
    for (const QString &option : settingOptions())
        explicitSettings = explicitSettings || p.has(option);
    const bool secretFromStdin = p.has(QStringLiteral("client-secret-stdin"));
    const bool clearSecret = p.has(QStringLiteral("clear-client-secret"));
    if (secretFromStdin && clearSecret)
        return usageError(Text::tr("--client-secret-stdin and --clear-client-secret exclude each other"));
    std::optional<oauth::Preset> preset;
    if (p.has(QStringLiteral("preset"))) {
        const QString id = p.value(QStringLiteral("preset"));
        preset = oauth::findPreset(id);
        if (!preset)
            return fail(Error::notFound(
                Text::tr("unknown preset \"%1\"; `bifrostctl oauth presets` lists them").arg(id)));
    }
    if (!explicitSettings && !preset && !secretFromStdin && !clearSecret)
        return usageError(Text::tr("oauth set needs at least one setting; usage: bifrostctl oauth set NAME "
                                   "--flow FLOW --token-url URL --client-id ID ..."));
    OAuthSettings probe;
    if (auto parsed = applySetOptions(p, probe); !parsed)
        return fail(parsed.error());

    // Read the secret before touching the database: a failed read changes nothing.
    std::optional<QString> secret;
    if (secretFromStdin) {
        auto in = readStdin();
        OR_FAIL(in);
        if (in->isEmpty())
            return usageError(Text::tr("--client-secret-stdin read an empty client secret; pipe the secret "
                                       "in, e.g. `secret-tool lookup ... | bifrostctl oauth set %1 "
                                       "--client-secret-stdin`, or remove it with --clear-client-secret")
                                  .arg(name));
        secret = *in;
    } else if (clearSecret) {
        secret = QString();
    }

    auto store = ctx.openStore();
    OR_FAIL(store);
    Store &s = **store;
    QStringList addedFields;
    auto written = s.transaction([&]() -> Result<std::optional<OAuthSettings>> {
        if (preset) {
            auto added = oauth::applyPreset(s, name, *preset);
            if (!added)
                return added.error();
            addedFields = *added;
        }
        auto current = s.oauthSettings(name);
        if (!current)
            return current.error();
        if (!*current && !preset) {
            QStringList missing;
            for (const char *option : {"flow", "token-url", "client-id"}) {
                if (!p.has(QLatin1String(option)))
                    missing << QStringLiteral("--") + QLatin1String(option);
            }
            if (!missing.isEmpty())
                return Error::invalid(
                    Text::tr("integration \"%1\" has no OAuth settings yet: give %2 (or start from a preset "
                             "with --preset ID)")
                        .arg(name, missing.join(QStringLiteral(", "))));
        }
        if (!explicitSettings && !secret)
            return *current; // the preset alone (none at all for an API-key preset)
        OAuthSettings settings = current->value_or(OAuthSettings{});
        if (auto applied = applySetOptions(p, settings); !applied)
            return applied.error();
        // After a preset the settings may still lack what only the user can give (client id,
        // secret, a tenant's URL): saved as a draft, as the preset itself is; no flow runs until
        // they are complete. Without a preset they must be complete now.
        auto saved = s.setOAuthSettings(name, settings, secret,
                                        preset ? Store::OAuthCheck::Draft : Store::OAuthCheck::Complete);
        if (!saved)
            return saved.error();
        return std::optional<OAuthSettings>(*saved);
    });
    OR_FAIL(written);
    if (preset)
        printLine(Text::tr("Applied preset \"%1\" to \"%2\"%3")
                      .arg(preset->name, name,
                           addedFields.isEmpty() ? QString()
                                                 : Text::tr("; added schema fields: %1")
                                                       .arg(addedFields.join(QStringLiteral(", ")))));
    if (*written) {
        const OAuthSettings &saved = **written;
        printLine(
            Text::tr("Saved the OAuth settings of \"%1\" (%2 flow)").arg(name, oauthFlowName(saved.flow)));
        if (saved.flow == OAuthFlow::AuthorizationCode)
            printLine(
                Text::tr("Register this redirect URI with the provider: %1").arg(saved.redirectUriPattern()));
    }
    if (preset && !preset->description.isEmpty())
        printLine(preset->description);
    if (preset && *written && (*written)->clientId.isEmpty())
        printLine(
            Text::tr(
                "Next: give the client id (and secret) that the provider assigned: `bifrostctl oauth set "
                "%1 --client-id ID [--client-secret-stdin]`")
                .arg(name));
    return 0;
}

// --- show -----------------------------------------------------------------------------------

QString redirectNote(const OAuthSettings &s) {
    if (s.redirectPort == 0)
        return Text::tr("any port: the listener takes a free port at each connect, RFC 8252 §7.3");
    return Text::tr("fixed port %1").arg(s.redirectPort);
}

int oauthShow(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    const QString name = p.positionals.at(0);
    auto integration = (*store)->integration(name);
    OR_FAIL(integration);
    auto settings = (*store)->oauthSettings(integration->id);
    OR_FAIL(settings);
    if (!*settings)
        return fail(Error::notFound(
            Text::tr(
                "integration \"%1\" has no OAuth settings; set them with `bifrostctl oauth set %1 --flow "
                "... --token-url ... --client-id ...` or a preset (`bifrostctl oauth presets`)")
                .arg(integration->name)));
    const OAuthSettings &s = **settings;
    oauth::OAuthService service(**store);
    const QDateTime now = service.now();
    auto statuses = service.statuses(integration->id, now);
    OR_FAIL(statuses);

    if (p.has(QStringLiteral("json"))) {
        QJsonArray params, connections;
        for (const auto &[key, value] : s.extraParams)
            params.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
        for (const oauth::ConnectionStatus &c : *statuses)
            connections.append(statusJson(c));
        printJson(QJsonObject{{QStringLiteral("integration_id"), integration->id},
                              {QStringLiteral("integration"), integration->name},
                              {QStringLiteral("flow"), oauthFlowName(s.flow)},
                              {QStringLiteral("authorize_url"), s.authorizeUrl},
                              {QStringLiteral("token_url"), s.tokenUrl},
                              {QStringLiteral("revoke_url"), s.revokeUrl},
                              {QStringLiteral("device_authorization_url"), s.deviceAuthorizationUrl},
                              {QStringLiteral("client_id"), s.clientId},
                              {QStringLiteral("client_secret_configured"), s.hasClientSecret},
                              {QStringLiteral("scopes"), QJsonArray::fromStringList(s.scopes)},
                              {QStringLiteral("audience"), s.audience},
                              {QStringLiteral("params"), params},
                              {QStringLiteral("auth_method"), clientAuthMethodName(s.authMethod)},
                              {QStringLiteral("pkce"), s.pkce},
                              {QStringLiteral("redirect_host"), s.redirectHost},
                              {QStringLiteral("redirect_port"), s.redirectPort},
                              {QStringLiteral("redirect_path"), s.redirectPath},
                              {QStringLiteral("redirect_uri"), s.redirectUriPattern()},
                              {QStringLiteral("refresh_margin"), s.refreshMarginSeconds},
                              {QStringLiteral("preset"), textOrNull(s.preset)},
                              {QStringLiteral("updated_at"), isoOrNull(s.updatedAt)},
                              {QStringLiteral("connections"), connections}});
        return 0;
    }
    auto orNone = [](const QString &text) { return text.isEmpty() ? Text::tr("(none)") : text; };
    QStringList params;
    for (const auto &[key, value] : s.extraParams)
        params << key + QLatin1Char('=') + value;
    QList<QStringList> rows{
        {Text::tr("Integration:"), integration->name},
        {Text::tr("Flow:"), oauthFlowName(s.flow)},
        {Text::tr("Authorize URL:"), orNone(s.authorizeUrl)},
        {Text::tr("Token URL:"), orNone(s.tokenUrl)},
        {Text::tr("Revocation URL:"), orNone(s.revokeUrl)},
        {Text::tr("Device authorization URL:"), orNone(s.deviceAuthorizationUrl)},
        {Text::tr("Client ID:"), orNone(s.clientId)},
        {Text::tr("Client secret:"), s.hasClientSecret ? Text::tr("configured") : Text::tr("not set")},
        {Text::tr("Client authentication:"), clientAuthMethodName(s.authMethod)},
        {Text::tr("Scopes:"), scopesText(s.scopes)},
        {Text::tr("Audience:"), orNone(s.audience)},
        {Text::tr("Extra parameters:"),
         params.isEmpty() ? Text::tr("(none)") : params.join(QStringLiteral(" "))},
        {Text::tr("PKCE:"), s.pkce ? Text::tr("S256") : Text::tr("off")},
        {Text::tr("Redirect URI:"), QStringLiteral("%1 (%2)").arg(s.redirectUriPattern(), redirectNote(s))},
        {Text::tr("Refresh margin:"), Text::tr("%n s", nullptr, s.refreshMarginSeconds)},
        {Text::tr("Preset:"), orNone(s.preset)}};
    // Aligned like a table without a header: the first column padded to its widest label.
    qsizetype width = 0;
    for (const QStringList &row : std::as_const(rows))
        width = std::max(width, row.at(0).size());
    for (const QStringList &row : std::as_const(rows))
        printLine(row.at(0).leftJustified(width + 1) + row.at(1));
    printLine(QString());
    printStatusTable(*statuses, now, false);
    return 0;
}

// --- connect --------------------------------------------------------------------------------

// Ctrl-C and SIGTERM while `oauth connect` waits. The handler only writes the signal number to a
// pipe (async-signal-safe); a QSocketNotifier reads it on the event loop and cancels the flow,
// which then ends the normal way: listener closed, nothing stored, exit 5.
class InterruptWatcher {
public:
    InterruptWatcher() {
        if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
            s_pipe[0] = s_pipe[1] = -1;
            return;
        }
        struct sigaction action = {};
        action.sa_handler = &InterruptWatcher::onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        m_notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            unsigned char signal = 0;
            while (::read(s_pipe[0], &signal, 1) == 1)
                m_signal = signal;
            if (m_onInterrupt)
                m_onInterrupt();
        });
    }
    ~InterruptWatcher() {
        if (s_pipe[0] < 0)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
        s_pipe[0] = s_pipe[1] = -1;
    }
    InterruptWatcher(const InterruptWatcher &) = delete;
    InterruptWatcher &operator=(const InterruptWatcher &) = delete;

    void onInterrupt(std::function<void()> handler) { m_onInterrupt = std::move(handler); }
    int signal() const { return m_signal; }

private:
    static void onSignal(int signal) {
        const int saved = errno;
        const unsigned char byte = static_cast<unsigned char>(signal);
        [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
        errno = saved;
    }

    static inline int s_pipe[2] = {-1, -1};
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::function<void()> m_onInterrupt;
    int m_signal = 0;
};

bool browserWanted(const Parsed &p) {
    return !p.has(QStringLiteral("no-browser")) && qEnvironmentVariable("BIFROST_NO_BROWSER") != u"1";
}

// xdg-open with the URL as one argument: no shell ever sees it.
void openBrowser(const QString &url) {
    if (!QProcess::startDetached(QStringLiteral("xdg-open"), {url}))
        warn(Text::tr("could not start xdg-open to open a browser; open the URL above yourself"));
}

int oauthConnect(Context &ctx, const Parsed &p) {
    if (blankOrg(p))
        return blankOrgError();
    const QString name = p.positionals.at(0);
    const QString org = p.value(QStringLiteral("org"));
    oauth::OAuthService::ConnectOptions options;
    if (p.has(QStringLiteral("timeout"))) {
        const auto seconds = parseInt(p.value(QStringLiteral("timeout")), 1, 24 * 3600);
        if (!seconds)
            return usageError(Text::tr("--timeout \"%1\" is not a number of seconds from 1 to 86400")
                                  .arg(p.value(QStringLiteral("timeout"))));
        options.timeout = std::chrono::seconds(*seconds);
    }
    const bool browser = browserWanted(p);
    auto store = ctx.openStore();
    OR_FAIL(store);
    oauth::OAuthService service(**store);

    InterruptWatcher interrupts; // before any URL is printed: a Ctrl-C right after it is caught
    QPointer<oauth::ConnectFlow> flow;
    interrupts.onInterrupt([&flow] {
        if (flow)
            flow->cancel();
    });
    auto connected =
        oauth::waitFor<OAuthConnection>([&](oauth::OAuthService::Callback<OAuthConnection> done) {
            flow = service.connectAccount(name, org, options, std::move(done));
            if (!flow)
                return;
            QObject::connect(
                flow, &oauth::ConnectFlow::authorizationUrl, flow,
                [&, seconds = options.timeout.count()](const QUrl &url, const QString &redirectUri) {
                    const QString text = url.toString(QUrl::FullyEncoded);
                    printLine(Text::tr("Open this URL to authorize: %1").arg(text));
                    printLine(Text::tr("Waiting for the redirect to %1 (times out in %n s; Ctrl-C "
                                       "cancels)",
                                       nullptr, int(seconds))
                                  .arg(redirectUri));
                    if (browser)
                        openBrowser(text);
                });
            QObject::connect(
                flow, &oauth::ConnectFlow::deviceCode, flow,
                [&](const QString &verificationUri, const QString &userCode, const QString &complete) {
                    printLine(Text::tr("Open this URL on any device: %1").arg(verificationUri));
                    printLine(Text::tr("Enter this code there: %1").arg(userCode));
                    if (!complete.isEmpty())
                        printLine(Text::tr("Or open this URL, which includes the code: %1").arg(complete));
                    printLine(Text::tr("Waiting for the authorization (Ctrl-C cancels)"));
                    if (browser)
                        openBrowser(complete.isEmpty() ? verificationUri : complete);
                });
        });
    if (interrupts.signal() != 0)
        return fail(Error::external(
            Text::tr("interrupted (%1): the connection of \"%2\" was cancelled and nothing was stored")
                .arg(interrupts.signal() == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"),
                     name)));
    OR_FAIL(connected);
    const OAuthConnection &c = *connected;
    printLine(
        Text::tr("Connected %1: scopes %2; expires %3")
            .arg(connectionLabel(c.integrationName.isEmpty() ? name : c.integrationName, c.organizationName),
                 scopesText(c.scopes), expiryText(service.now(), c.expiresAt)));
    return 0;
}

// --- refresh --------------------------------------------------------------------------------

Result<OAuthConnection> refreshOne(oauth::OAuthService &service, const QString &integration,
                                   const QString &org) {
    return oauth::waitFor<OAuthConnection>([&](oauth::OAuthService::Callback<OAuthConnection> done) {
        service.refresh(integration, org, std::move(done));
    });
}

void printRefreshed(const oauth::OAuthService &service, const OAuthConnection &c,
                    const QString &fallbackName) {
    printLine(Text::tr("Refreshed %1: expires %2")
                  .arg(connectionLabel(c.integrationName.isEmpty() ? fallbackName : c.integrationName,
                                       c.organizationName),
                       expiryText(service.now(), c.expiresAt)));
}

int oauthRefresh(Context &ctx, const Parsed &p) {
    if (blankOrg(p))
        return blankOrgError();
    const bool all = p.has(QStringLiteral("all"));
    const QString name = p.positionals.value(0);
    if (all && p.has(QStringLiteral("org")))
        return usageError(Text::tr("--all and --org exclude each other"));
    if (!all && name.isEmpty())
        return usageError(Text::tr("name the integration to refresh, or give --all; usage: bifrostctl oauth "
                                   "refresh NAME [--org ORG] | --all"));
    auto store = ctx.openStore();
    OR_FAIL(store);
    oauth::OAuthService service(**store);
    if (!all) {
        auto refreshed = refreshOne(service, name, p.value(QStringLiteral("org")));
        OR_FAIL(refreshed);
        printRefreshed(service, *refreshed, name);
        return 0;
    }
    // Every stored connection (of NAME, or of every integration); one failure does not stop the
    // others, and the exit code says whether any failed.
    auto connections = (*store)->oauthConnections(name);
    OR_FAIL(connections);
    int failed = 0;
    for (const OAuthConnection &c : std::as_const(*connections)) {
        auto refreshed = refreshOne(service, c.integrationId, c.organizationId);
        if (refreshed) {
            printRefreshed(service, *refreshed, c.integrationName);
            continue;
        }
        ++failed;
        warn(Text::tr("could not refresh %1: %2")
                 .arg(connectionLabel(c.integrationName, c.organizationName), refreshed.error().message));
    }
    if (connections->isEmpty())
        printLine(Text::tr("No OAuth connections to refresh."));
    if (failed > 0)
        return fail(
            Error::external(Text::tr("%1 of %n connection(s) could not be refreshed; `bifrostctl oauth "
                                     "status` shows why",
                                     nullptr, int(connections->size()))
                                .arg(failed)));
    return 0;
}

// --- status ---------------------------------------------------------------------------------

int oauthStatus(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    const QString name = p.positionals.value(0);
    oauth::OAuthService service(**store);
    const QDateTime now = service.now();
    auto statuses = service.statuses(name, now);
    OR_FAIL(statuses);
    if (p.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const oauth::ConnectionStatus &s : std::as_const(*statuses))
            array.append(statusJson(s));
        printJson(array);
        return 0;
    }
    if (statuses->isEmpty()) {
        printLine(name.isEmpty() ? Text::tr("No integration has OAuth settings.")
                                 : Text::tr("\"%1\" has no OAuth settings.").arg(name));
        return 0;
    }
    printStatusTable(*statuses, now, true);
    return 0;
}

// --- disconnect -----------------------------------------------------------------------------

int oauthDisconnect(Context &ctx, const Parsed &p) {
    if (blankOrg(p))
        return blankOrgError();
    const QString name = p.positionals.at(0);
    const QString org = p.value(QStringLiteral("org"));
    auto store = ctx.openStore();
    OR_FAIL(store);
    const QString orgName = organizationName(**store, org);
    auto existing = (*store)->oauthConnection(name, org);
    OR_FAIL(existing);
    if (!*existing) {
        printLine(Text::tr("%1 is not connected; nothing to disconnect").arg(connectionLabel(name, orgName)));
        return 0;
    }
    oauth::OAuthService service(**store);
    auto result = oauth::waitFor<oauth::OAuthService::DisconnectResult>(
        [&](oauth::OAuthService::Callback<oauth::OAuthService::DisconnectResult> done) {
            service.disconnect(name, org, std::move(done));
        });
    OR_FAIL(result);
    if (!result->warning.isEmpty())
        warn(result->warning);
    const QString label = connectionLabel(name, orgName);
    if (result->revoked)
        printLine(Text::tr("Disconnected %1: the provider revoked the tokens and they were deleted here")
                      .arg(label));
    else
        printLine(Text::tr("Disconnected %1: the tokens were deleted here").arg(label));
    return 0;
}

} // namespace

Result<void> addOAuthBlock(Store &store, IntegrationData &data) {
    auto settings = store.oauthSettings(data.integrationId);
    if (!settings)
        return settings.error();
    if (!*settings)
        return {}; // no OAuth: "oauth": null, nothing to say
    const QString org = data.organization ? data.organization->id : QString();
    oauth::OAuthService service(store);
    auto token = oauth::waitFor<std::optional<OAuthData>>(
        [&](oauth::OAuthService::Callback<std::optional<OAuthData>> done) {
            service.tokenFor(data.integrationId, org, std::move(done));
        });
    if (!token)
        return token.error();
    data.oauth = *token;
    if (data.oauth && !data.oauth->warning.isEmpty())
        warn(data.oauth->warning);
    if (!data.oauth && data.organization)
        warn(Text::tr(
                 "\"%1\" has OAuth settings but neither organization \"%2\" nor the default connection is "
                 "connected, so \"oauth\" is null; connect with `bifrostctl oauth connect %1 [--org \"%2\"]`")
                 .arg(data.name, data.organization->name));
    else if (!data.oauth)
        warn(
            Text::tr("\"%1\" has OAuth settings but its default connection is not connected, so \"oauth\" is "
                     "null; connect with `bifrostctl oauth connect %1`")
                .arg(data.name));
    return {};
}

const QList<CommandSpec> &oauthCommands() {
    static const QList<CommandSpec> list = {
        {words("oauth", "presets"),
         {},
         {flag("json")},
         Text::tr("List the provider presets that `oauth set --preset ID` applies."),
         oauthPresets},
        {words("oauth", "set"),
         {QStringLiteral("NAME")},
         {valued("preset", "ID"),
          valued("flow", "authorization_code|client_credentials|device_code"),
          valued("token-url", "URL"),
          valued("authorize-url", "URL"),
          valued("revoke-url", "URL"),
          valued("device-authorization-url", "URL"),
          valued("client-id", "ID"),
          flag("client-secret-stdin"),
          flag("clear-client-secret"),
          valued("scopes", "\"a b\""),
          valued("audience", "A"),
          valued("auth-method", "post|basic|none"),
          repeated("param", "KEY=VALUE"),
          flag("clear-params"),
          valued("redirect-host", "127.0.0.1|localhost"),
          valued("redirect-port", "N"),
          valued("redirect-path", "PATH"),
          flag("no-pkce"),
          flag("pkce"),
          valued("refresh-margin", "SECONDS")},
         Text::tr("Create or change an integration's OAuth settings; options left out keep their value; "
                  "--preset applies a provider preset first; the client secret only with "
                  "--client-secret-stdin."),
         oauthSet},
        {words("oauth", "show"),
         {QStringLiteral("NAME")},
         {flag("json")},
         Text::tr(
             "Show the OAuth settings (the client secret only as configured or not), the redirect URI to "
             "register and the connections."),
         oauthShow},
        {words("oauth", "connect"),
         {QStringLiteral("NAME")},
         {valued("org", "ORG"), flag("no-browser"), valued("timeout", "SECONDS")},
         Text::tr(
             "Connect the default connection, or an organization's with --org: prints the URL to open "
             "(and opens the browser), or the device code; exits 5 on denial, error, timeout or Ctrl-C."),
         oauthConnect},
        {words("oauth", "refresh"),
         {QStringLiteral("NAME?")},
         {valued("org", "ORG"), flag("all")},
         Text::tr(
             "Refresh a connection's token now (client credentials: mint a new one); --all refreshes every "
             "connection."),
         oauthRefresh},
        {words("oauth", "status"),
         {QStringLiteral("NAME?")},
         {flag("json")},
         Text::tr(
             "Every OAuth connection: connected, expiring, expired, failed or not connected, with expiry, "
             "last refresh and last error."),
         oauthStatus},
        {words("oauth", "disconnect"),
         {QStringLiteral("NAME")},
         {valued("org", "ORG")},
         Text::tr(
             "Revoke a connection's tokens at the provider (when a revocation URL is set) and delete them "
             "here, even when revocation fails."),
         oauthDisconnect},
    };
    return list;
}

} // namespace bifrost::cli
