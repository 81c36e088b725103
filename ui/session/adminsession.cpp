#include "adminsession.h"

#include "commands/storecommand.h"
#include "oauth/oauthservice.h"
#include "store/changefeed.h"
#include "store/store.h"

#include <QTimer>
#include <QUndoStack>

namespace bifrost {

namespace {

void addOnce(QStringList &list, const QString &value) {
    if (!list.contains(value))
        list << value;
}

} // namespace

AdminSession::AdminSession(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_oauth(new oauth::OAuthService(*store, this)) {
    // A background refresh does not say which integration it touched.
    connect(m_oauth, &oauth::OAuthService::connectionsChanged, this, [this] { Q_EMIT oauthChanged({}); });
    if (ChangeFeed *feed = store->changeFeed()) {
        // A fixed window from the first notice, not restarted by later ones: a steady stream of
        // changes still shows every few moments instead of never.
        m_externalTimer = new QTimer(this);
        m_externalTimer->setSingleShot(true);
        m_externalTimer->setInterval(externalChangeDelayMs);
        connect(m_externalTimer, &QTimer::timeout, this, &AdminSession::announceExternalChanges);
        connect(feed, &ChangeFeed::changed, this, &AdminSession::onExternalChange);
    }
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

void AdminSession::onExternalChange(const ChangeNotice &notice) {
    ExternalChanges &c = m_external;
    const QString &id = notice.integrationId;
    const QString &action = notice.action;
    const auto needsIntegration = [&c, &id](QStringList &list) {
        if (id.isEmpty())
            c.everything = true; // a notice we cannot place: reload what shows it, i.e. everything
        else
            addOnce(list, id);
    };
    if (action == QLatin1String("config.set") || action == QLatin1String("config.unset")) {
        needsIntegration(c.config);
    } else if (action == QLatin1String("mapping.set") || action == QLatin1String("mapping.remove")) {
        needsIntegration(c.mappings);
    } else if (action == QLatin1String("schema.change")) {
        needsIntegration(c.integration);
        needsIntegration(c.config);
    } else if (action == QLatin1String("integration.update")) {
        needsIntegration(c.integration);
    } else if (action == QLatin1String("integration.create") ||
               action == QLatin1String("integration.rename") ||
               action == QLatin1String("integration.delete")) {
        c.integrations = true;
        needsIntegration(c.integration);
    } else if (action.startsWith(QLatin1String("organization."))) {
        c.organizations = true;
    } else if (action.startsWith(QLatin1String("oauth."))) {
        needsIntegration(c.oauth);
    } else {
        // An import, a secrets migration, a team change, or an action newer than this app.
        c.everything = true;
    }
    c.any = true;
    if (!m_externalTimer->isActive())
        m_externalTimer->start();
    // Another machine's token refresh keeps the views current without a message.
    if (action == QLatin1String("oauth.refresh") || action == QLatin1String("oauth.error"))
        return;
    ++c.count;
    addOnce(c.actors, notice.actor.isEmpty() ? tr("Another admin") : notice.actor);
    if (!notice.integrationName.isEmpty())
        addOnce(c.integrationNames, notice.integrationName);
    if (!notice.integrationName.isEmpty() && !notice.organizationName.isEmpty())
        addOnce(c.places, tr("%1 (%2)").arg(notice.integrationName, notice.organizationName));
    else if (!notice.integrationName.isEmpty())
        addOnce(c.places, notice.integrationName);
    else if (!notice.organizationName.isEmpty())
        addOnce(c.places, tr("organization %1").arg(notice.organizationName));
}

void AdminSession::announceExternalChanges() {
    const ExternalChanges c = std::exchange(m_external, {});
    if (!c.any)
        return;
    if (c.everything) {
        Q_EMIT everythingChanged();
    } else {
        if (c.organizations)
            Q_EMIT organizationsChanged();
        if (c.integrations)
            Q_EMIT integrationsChanged();
        for (const QString &id : c.integration)
            Q_EMIT integrationChanged(id);
        for (const QString &id : c.config)
            Q_EMIT configChanged(id);
        for (const QString &id : c.mappings)
            Q_EMIT mappingsChanged(id);
        for (const QString &id : c.oauth)
            Q_EMIT oauthChanged(id);
    }

    if (c.count == 0)
        return;
    const QString who = c.actors.join(QStringLiteral(", "));
    QString summary;
    if (c.places.size() == 1)
        summary = c.count == 1
                      ? tr("%1 changed %2").arg(who, c.places.first())
                      : tr("%1 made %n change(s) to %2", nullptr, c.count).arg(who, c.places.first());
    else if (c.places.isEmpty())
        summary = tr("%1 made %n change(s)", nullptr, c.count).arg(who);
    else if (c.integrationNames.size() == 1 && c.places.size() > 1)
        // A bulk edit across organizations: the integration is what the admin recognises.
        summary = tr("%1 made %n change(s) to %2", nullptr, c.count).arg(who, c.integrationNames.first());
    else
        summary = tr("%1 made %n change(s) to %2 and more", nullptr, c.count).arg(who, c.places.first());
    Q_EMIT externalChangesAnnounced(summary);
}

} // namespace bifrost
