#include "store.h"

#include "migrations.h"
#include "secrets/secretstore.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bifrost {

namespace {

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// Creates the file with owner-only permissions before SQLite sees it: SQLite would otherwise
// create it with the umask's, and its -wal and -shm files copy the main file's mode.
Result<void> createPrivateFile(const QString &path) {
    const QFileInfo info(path);
    // Only a folder we create is made private; an existing one is the user's to manage.
    const QDir parent = info.absoluteDir();
    if (!parent.exists() && QDir().mkpath(parent.absolutePath()))
        QFile::setPermissions(parent.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!parent.exists())
        return Error::external(
            Text::tr("cannot create the folder %1 for the database; check that the location is "
                     "writable or choose another with --db")
                .arg(info.absolutePath()));
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error::external(
            Text::tr("cannot create the database %1: %2; check the path and its permissions")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    return {};
}

// SQLITE_BUSY and SQLITE_LOCKED: another connection holds a lock we need.
bool isBusy(const QSqlError &error) {
    return error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6");
}

} // namespace

QString AffectedValue::describe() const {
    const QString level = organizationId.isEmpty() ? Text::tr("default")
                                                   : Text::tr("organization \"%1\"").arg(organizationName);
    return Text::tr("%1 (%2): %3").arg(key, level, reason);
}

Store::Store(QString path, QString connectionName, SecretStore *secrets)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_secrets(secrets) {}

Store::~Store() {
    // Statements must be finalized before the connection closes, or SQLite refuses to close it.
    if (m_native)
        m_native->finalizeAll();
    m_queries.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Store::schemaVersion() {
    return int(detail::migrationSteps().size());
}

QString Store::defaultPath() {
    QString fromEnv = qEnvironmentVariable("BIFROST_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/bifrost-admin/bifrost.db");
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, SecretStore *secrets) {
    if (path.isEmpty())
        return Error::invalid(Text::tr("no database path given"), QStringLiteral("db"));
    if (auto created = createPrivateFile(path); !created)
        return created.error();

    const QString connectionName =
        QStringLiteral("bifrost-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Store> store(new Store(QFileInfo(path).absoluteFilePath(), connectionName, secrets));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    store->m_db.setDatabaseName(store->m_path);
    // Writers wait for each other instead of failing at once with "database is locked".
    store->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!store->m_db.open())
        return Error::external(
            Text::tr("cannot open the database %1: %2").arg(path, store->m_db.lastError().text()));
    const QVariant handle = store->m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !*static_cast<sqlite3 *const *>(handle.constData()))
        return Error::internal(
            Text::tr("the Qt SQLite driver gives no native handle; this build cannot open %1").arg(path));
    store->m_native = std::make_unique<detail::NativeStatements>();
    store->m_native->db = *static_cast<sqlite3 *const *>(handle.constData());

    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
          // Deleted content is overwritten, so a value that moved into the
          // secret store leaves no plain copy in free pages.
          "PRAGMA secure_delete = ON",
          // Reads map the file instead of copying pages through read(): a resolve of a large
          // database costs a third less (docs/PERFORMANCE.md).
          "PRAGMA mmap_size = 268435456",
          // Up to 64 MiB of pages, allocated only as they are read: SQLite's 2 MB default keeps
          // only a sliver of a large MSP's database, and the app resolves all of it repeatedly.
          "PRAGMA cache_size = -65536"}) {
        QSqlQuery q(store->m_db);
        // Switching a new file to WAL needs a moment of exclusive access, and SQLite answers
        // SQLITE_BUSY at once, without its busy handler, to a second process doing the same
        // (two first commands on a new database): wait for it as the busy timeout would.
        QDeadlineTimer patience(10000);
        bool done = q.exec(QString::fromLatin1(pragma));
        while (!done && isBusy(q.lastError()) && !patience.hasExpired()) {
            QThread::msleep(20);
            done = q.exec(QString::fromLatin1(pragma));
        }
        if (!done)
            return Error::external(
                Text::tr("cannot open the database %1: %2").arg(path, store->sqlError(q).message));
    }
    if (auto migrated = store->migrate(); !migrated)
        return migrated.error();

    QSqlQuery &q = store->query("SELECT value FROM meta WHERE key = 'database_id'");
    if (auto done = store->exec(q); !done)
        return done.error();
    if (!q.next())
        return Error::internal(Text::tr("the database %1 has no id").arg(path));
    store->m_databaseId = q.value(0).toString();
    q.finish();
    // The history's "who": the OS user, else $USER (a container without a passwd entry).
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name && *pw->pw_name)
        store->m_actor = QString::fromLocal8Bit(pw->pw_name);
    else
        store->m_actor = qEnvironmentVariable("USER");
    if (store->m_actor.isEmpty())
        store->m_actor = QStringLiteral("unknown");
    return store;
}

Result<void> Store::migrate() {
    const auto &steps = detail::migrationSteps();
    auto readVersion = [this]() -> Result<int> {
        QSqlQuery &q = query("PRAGMA user_version");
        if (auto done = exec(q); !done)
            return done.error();
        const int version = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return version;
    };
    auto version = readVersion();
    if (!version)
        return version.error();
    if (*version == steps.size())
        return {};
    // Re-read inside the write transaction: another process may have migrated meanwhile.
    return transaction([&]() -> Result<void> {
        auto current = readVersion();
        if (!current)
            return current.error();
        if (*current > steps.size())
            return Error::conflict(
                Text::tr("the database %1 is at schema version %2, newer than this program "
                         "understands (%3); use a newer Bifrost Admin")
                    .arg(m_path)
                    .arg(*current)
                    .arg(steps.size()));
        for (int v = *current; v < steps.size(); ++v) {
            for (const QString &sql : steps.at(v)) {
                QSqlQuery q(m_db);
                if (!q.exec(sql))
                    return Error::internal(
                        Text::tr("migration to version %1 failed: %2").arg(v + 1).arg(q.lastError().text()));
            }
            if (v == 0) {
                QSqlQuery &q = query("INSERT INTO meta (key, value) VALUES ('database_id', ?)");
                q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                if (auto done = exec(q); !done)
                    return done;
            }
        }
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(steps.size())))
            return sqlError(q);
        return {};
    });
}

QSqlQuery &Store::query(const char *sql) {
    // Statements are prepared once per connection: a resolve then costs no SQL compilation.
    for (auto &[text, q] : m_queries) {
        if (text == sql) {
            q->finish();
            return *q;
        }
    }
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    q->prepare(QString::fromUtf8(sql));
    m_queries.emplace_back(sql, std::move(q));
    return *m_queries.back().second;
}

Result<void> Store::exec(QSqlQuery &q) {
    if (!q.exec())
        return sqlError(q);
    return {};
}

Error Store::sqlError(const QSqlQuery &q) const {
    const QSqlError e = q.lastError();
    return detail::sqliteError(m_path, e.nativeErrorCode(),
                               e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

Error detail::sqliteError(const QString &path, const QString &nativeCode, const QString &text) {
    // SQLITE_BUSY and SQLITE_LOCKED: another process held the write lock past the busy timeout.
    if (nativeCode == QLatin1String("5") || nativeCode == QLatin1String("6"))
        return Error::external(
            Text::tr("the database %1 stayed locked by another program for too long (%2); try again")
                .arg(path, text));
    return Error::external(Text::tr("database error in %1: %2").arg(path, text));
}

Result<void> Store::begin() {
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout rather
    // than deadlock when both try to upgrade a read lock.
    const QString sql = m_frames.empty() ? QStringLiteral("BEGIN IMMEDIATE")
                                         : QStringLiteral("SAVEPOINT s%1").arg(m_frames.size());
    if (!q.exec(sql))
        return sqlError(q);
    m_frames.emplace_back();
    return {};
}

Result<void> Store::commit() {
    QSqlQuery q(m_db);
    const bool outermost = m_frames.size() == 1;
    const QString sql =
        outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE s%1").arg(m_frames.size() - 1);
    if (!q.exec(sql))
        return sqlError(q);
    Frame done = std::move(m_frames.back());
    m_frames.pop_back();
    if (outermost) {
        clearCache();
        for (const QString &ref : std::as_const(done.obsoleteSecretRefs))
            dropSecret(ref);
        if (m_scrubWal) {
            // The WAL still holds the old page images until a checkpoint empties it.
            m_scrubWal = false;
            QSqlQuery checkpoint(m_db);
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
    } else {
        m_frames.back().newSecretRefs << done.newSecretRefs;
        m_frames.back().obsoleteSecretRefs << done.obsoleteSecretRefs;
    }
    return {};
}

void Store::rollback() {
    if (m_frames.empty())
        return;
    for (auto &[text, q] : m_queries)
        q->finish();
    QSqlQuery q(m_db);
    if (m_frames.size() == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        const QString name = QStringLiteral("s%1").arg(m_frames.size() - 1);
        q.exec(QStringLiteral("ROLLBACK TO ") + name);
        q.exec(QStringLiteral("RELEASE ") + name);
    }
    if (m_frames.size() == 1) {
        m_scrubWal = false;
        clearCache();
    }
    const Frame undone = std::move(m_frames.back());
    m_frames.pop_back();
    // Secrets written by the failed command are not referenced by any committed row.
    for (const QString &ref : undone.newSecretRefs)
        dropSecret(ref);
}

QString Store::secretKey(const QString &ref) const {
    return m_databaseId + QLatin1Char('/') + ref;
}

Result<QString> Store::storeSecret(const QString &value) {
    if (!m_secrets)
        return Error::external(Text::tr("no secret store is configured, so secret values cannot be saved"));
    // `secrets migrate` in another process may have moved this database's secrets since this
    // Store chose its backend; we hold the write lock now, so the record read here stays true
    // until we commit. Test doubles with other names are not real backends and are not checked.
    const QString backend = m_secrets->backendName();
    if (backend == QLatin1String("keychain") || backend == QLatin1String("vault")) {
        const QString recorded = secretBackend();
        if (recorded != backend)
            return Error::conflict(
                Text::tr("this database keeps its secrets in the %1 backend, not in the %2 this command "
                         "opened (another process may have moved them with `bifrostctl secrets "
                         "migrate`); nothing was changed: run the command again")
                    .arg(recorded, backend));
    }
    const QString ref = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto written = m_secrets->write(secretKey(ref), value); !written)
        return written.error();
    m_frames.back().newSecretRefs << ref;
    return ref;
}

void Store::dropSecret(const QString &ref) {
    // An entry left behind by a failed delete is unreachable and harmless; the command that
    // removed its row has already succeeded.
    if (m_secrets)
        (void)m_secrets->remove(secretKey(ref));
}

Result<void> Store::collectSecretRefs(const char *sql, const QString &id, const QString &id2) {
    QSqlQuery &q = query(sql);
    q.addBindValue(id);
    if (!id2.isNull())
        q.addBindValue(id2);
    if (auto done = exec(q); !done)
        return done;
    while (q.next())
        m_frames.back().obsoleteSecretRefs << q.value(0).toString();
    q.finish();
    return {};
}

Result<QString> Store::readSecret(const QString &secretRef) {
    if (!m_secrets)
        return Error::external(Text::tr("no secret store is configured, so secret values cannot be read"));
    return m_secrets->read(secretKey(secretRef));
}

Result<QHash<QString, QString>> Store::readSecrets(const QStringList &secretRefs) {
    if (secretRefs.isEmpty())
        return QHash<QString, QString>{};
    if (!m_secrets)
        return Error::external(Text::tr("no secret store is configured, so secret values cannot be read"));
    QStringList keys;
    for (const QString &ref : secretRefs)
        keys << secretKey(ref);
    auto values = m_secrets->readMany(keys);
    if (!values)
        return values.error();
    QHash<QString, QString> byRef;
    for (const QString &ref : secretRefs) {
        const auto found = values->constFind(secretKey(ref));
        if (found != values->constEnd())
            byRef.insert(ref, found.value());
    }
    return byRef;
}

} // namespace bifrost
