#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QEventLoop>
#include <QMap>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <memory>
#include <vector>

namespace bifrost {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

Error unreachable(const QString &action, const QString &detail) {
    return Error::external(
        Text::tr("cannot %1: the OS keychain is not reachable (%2). Start and unlock a keychain "
                 "service for this session (on Linux a Secret Service provider such as "
                 "gnome-keyring) and try again, or keep secrets in an encrypted vault file instead: "
                 "--secrets vault (or BIFROST_SECRETS=vault); settings that are not secrets keep "
                 "working without either")
            .arg(action, detail));
}

Error jobError(const QKeychain::Job &job, const QString &action) {
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::external(
            Text::tr("cannot %1: access to the OS keychain was denied (%2); unlock the keychain "
                     "and allow Bifrost Admin to use it")
                .arg(action, job.errorString()));
    default:
        return unreachable(action, job.errorString());
    }
}

// Runs jobs until all finish or the timeout passes. On success the caller owns the jobs. On
// timeout the jobs are detached: a finished one is deleted now, a pending one deletes itself when
// the backend finally answers, so no job is ever destroyed while QtKeychain still works on it.
bool runJobs(const QList<QKeychain::Job *> &jobs, std::chrono::milliseconds timeout) {
    QEventLoop loop;
    QSet<QKeychain::Job *> pending(jobs.cbegin(), jobs.cend());
    for (QKeychain::Job *job : jobs) {
        job->setAutoDelete(false);
        QObject::connect(job, &QKeychain::Job::finished, &loop, [&loop, &pending](QKeychain::Job *done) {
            pending.remove(done);
            if (pending.isEmpty())
                loop.quit();
        });
    }
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeout);
    for (QKeychain::Job *job : jobs)
        job->start();
    if (!pending.isEmpty())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (pending.isEmpty())
        return true;
    for (QKeychain::Job *job : jobs) {
        job->disconnect(&loop);
        if (pending.contains(job))
            job->setAutoDelete(true);
        else
            delete job;
    }
    return false;
}

template <typename Job>
using JobPtr = std::unique_ptr<Job>;

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout) {}

std::chrono::milliseconds KeychainSecretStore::defaultTimeout() {
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("BIFROST_KEYCHAIN_TIMEOUT_MS", &ok);
    return std::chrono::milliseconds(ok && ms > 0 ? ms : 15000);
}

QString KeychainSecretStore::description() const {
    return Text::tr("OS keychain (service \"%1\")").arg(m_service);
}

Result<QString> KeychainSecretStore::read(const QString &key) {
    return readOne(key,
                   Text::tr("the secret %1 is missing from the OS keychain; set the value again").arg(key));
}

Result<QHash<QString, QString>> KeychainSecretStore::readMany(const QStringList &keys) {
    QList<QKeychain::Job *> raw;
    for (const QString &key : keys) {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(key);
        raw << job;
    }
    const QString action = Text::tr("read a secret");
    if (!runJobs(raw, m_timeout))
        return unreachable(action, Text::tr("no answer within %1 ms").arg(m_timeout.count()));
    std::vector<JobPtr<QKeychain::ReadPasswordJob>> jobs;
    for (QKeychain::Job *job : raw)
        jobs.emplace_back(static_cast<QKeychain::ReadPasswordJob *>(job));
    QHash<QString, QString> values;
    for (size_t i = 0; i < jobs.size(); ++i) {
        const auto &job = jobs[i];
        const QString &key = keys.at(qsizetype(i));
        if (job->error() == QKeychain::EntryNotFound)
            continue;
        if (job->error() != QKeychain::NoError)
            return jobError(*job, action);
        values.insert(key, job->textData());
    }
    return values;
}

Result<void> KeychainSecretStore::write(const QString &key, const QString &value) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    const QString action = Text::tr("store a secret");
    if (!runJobs({job}, m_timeout))
        return unreachable(action, Text::tr("no answer within %1 ms").arg(m_timeout.count()));
    const JobPtr<QKeychain::Job> guard(job);
    if (guard->error() != QKeychain::NoError)
        return jobError(*guard, action);
    return {};
}

Result<void> KeychainSecretStore::remove(const QString &key) {
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const QString action = Text::tr("delete a secret");
    if (!runJobs({job}, m_timeout))
        return unreachable(action, Text::tr("no answer within %1 ms").arg(m_timeout.count()));
    const JobPtr<QKeychain::Job> guard(job);
    if (guard->error() != QKeychain::NoError && guard->error() != QKeychain::EntryNotFound)
        return jobError(*guard, action);
    return {};
}

Result<QStringList> KeychainSecretStore::keys(const QString &prefix) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QString action = Text::tr("list the secrets");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return unreachable(action, Text::tr("no D-Bus session bus: %1").arg(bus.lastError().message()));
    using Attributes = QMap<QString, QString>;
    static const bool registered = [] {
        qDBusRegisterMetaType<Attributes>();
        return true;
    }();
    Q_UNUSED(registered)
    const int timeoutMs = int(m_timeout.count());
    const QString serviceName = QStringLiteral("org.freedesktop.secrets");
    // QtKeychain's libsecret backend stores every entry under its "org.qt.keychain" schema with
    // the entry key in "user" and our service name in "server" (checked against gnome-keyring:
    // tst_vault::keychainKeysListsWrittenEntries).
    QDBusMessage search = QDBusMessage::createMethodCall(
        serviceName, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    const Attributes query{{QStringLiteral("server"), m_service},
                           {QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain")}};
    search << QVariant::fromValue(query);
    const QDBusMessage found = bus.call(search, QDBus::Block, timeoutMs);
    if (found.type() != QDBusMessage::ReplyMessage || found.arguments().size() != 2)
        return unreachable(action, found.type() == QDBusMessage::ErrorMessage
                                       ? found.errorMessage()
                                       : Text::tr("unexpected answer from the Secret Service"));
    // Attributes are readable on locked items too, so both lists count.
    QList<QDBusObjectPath> items = qdbus_cast<QList<QDBusObjectPath>>(found.arguments().at(0));
    items << qdbus_cast<QList<QDBusObjectPath>>(found.arguments().at(1));
    QSet<QString> keys;
    for (const QDBusObjectPath &item : std::as_const(items)) {
        QDBusMessage get = QDBusMessage::createMethodCall(serviceName, item.path(),
                                                          QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Attributes");
        const QDBusMessage reply = bus.call(get, QDBus::Block, timeoutMs);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            // An item deleted between the search and this call is simply gone. GLib before 2.76
            // (gnome-keyring on Debian 12) answers UnknownMethod, "Object does not exist at path".
            if (reply.errorName() == QStringLiteral("org.freedesktop.DBus.Error.UnknownObject") ||
                reply.errorName() == QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod") ||
                reply.errorName() == QStringLiteral("org.freedesktop.Secret.Error.NoSuchObject"))
                continue;
            return unreachable(action, reply.errorMessage());
        }
        const QVariant value = reply.arguments().at(0).value<QDBusVariant>().variant();
        const Attributes attributes = qdbus_cast<Attributes>(value.value<QDBusArgument>());
        if (attributes.value(QStringLiteral("server")) != m_service)
            continue;
        const QString key = attributes.value(QStringLiteral("user"));
        if (!key.isEmpty() && key.startsWith(prefix))
            keys.insert(key);
    }
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    return sorted;
#else
    Q_UNUSED(prefix)
    return Error::external(
        Text::tr("cannot list the secrets: listing OS keychain entries is only available "
                 "through the Secret Service (Linux); keep secrets in an encrypted vault file "
                 "instead (--secrets vault) to list them"));
#endif
}

Result<void> KeychainSecretStore::probe(std::chrono::milliseconds timeout) {
    // A unique key, so concurrent probes (several processes starting at once) never race on one
    // entry; the value is random too, so a stale answer cannot pass for a round trip.
    const QString key = QStringLiteral("bifrost-probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore store(m_service, timeout);
    if (auto written = store.write(key, value); !written)
        return written.error();
    auto readBack = store.read(key);
    auto removed = store.remove(key);
    if (!readBack)
        return readBack.error();
    if (*readBack != value)
        return unreachable(Text::tr("store a secret"),
                           Text::tr("the keychain did not return the value just stored in it"));
    if (!removed)
        return removed.error();
    return {};
}

} // namespace bifrost
