#include "store.h"

#include "changefeed.h"
#include "migrations.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretstore.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <functional>
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

// The advisory lock every PostgreSQL write transaction takes first ("bifrost!"): one writer at a
// time per database, as SQLite's BEGIN IMMEDIATE gives, so that check-then-write code (expected
// values, name uniqueness, refresh leases) keeps its meaning under READ COMMITTED.
constexpr qint64 writerLockKey = 0x626966726f737421;

// Why a PostgreSQL connection attempt failed, from libpq's message (client side) and the server's
// (the server's in its lc_messages, English on a default cluster).
enum class PgProblem { Password, Unreachable, NoDatabase, NoRole, Other };

PgProblem classifyPgProblem(const QString &text) {
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("password is required")) ||
        text.contains(QLatin1String("authentication failed")))
        return PgProblem::Password;
    static const QRegularExpression noDatabase(QStringLiteral("database \".*\" does not exist"));
    if (noDatabase.match(text).hasMatch())
        return PgProblem::NoDatabase;
    static const QRegularExpression noRole(QStringLiteral("role \".*\" does not exist"));
    if (noRole.match(text).hasMatch())
        return PgProblem::NoRole;
    for (const char *unreachable :
         {"Connection refused", "could not connect", "timeout expired", "could not translate host name",
          "Network is unreachable", "No route to host", "Connection timed out",
          "server closed the connection"}) {
        if (text.contains(QLatin1String(unreachable)))
            return PgProblem::Unreachable;
    }
    return PgProblem::Other;
}

// libpq's multi-line message as one line.
QString oneLine(const QString &text) {
    return text.simplified();
}

// (Re)opens `db` with `password` (empty: libpq's PGPASSFILE / ~/.pgpass); the failure text in `error`.
bool tryOpenPostgres(QSqlDatabase &db, const QString &password, QString *error) {
    db.close();
    db.setPassword(password);
    if (db.open())
        return true;
    const QSqlError e = db.lastError();
    *error = oneLine(e.databaseText().isEmpty() ? e.text() : e.databaseText());
    return false;
}

// Connects to the PostgreSQL database of `location`. The password, in order: none (libpq reads
// PGPASSFILE / ~/.pgpass), the keychain entry location.passwordKey(), options.passwordPrompt.
Result<void> connectPostgres(QSqlDatabase &db, const DatabaseLocation &location,
                             const Store::OpenOptions &options) {
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setUserName(location.user);
    db.setDatabaseName(location.database);
    QStringList connectOptions{QStringLiteral("connect_timeout=10"),
                               QStringLiteral("application_name=bifrost")};
    if (!location.sslMode.isEmpty())
        connectOptions << QStringLiteral("sslmode=") + location.sslMode;
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    const QString where = QStringLiteral("%1:%2").arg(location.host).arg(location.port);
    const QString shown = location.display();

    // Anything but a refused password ends the attempts: another password would not help.
    auto fatal = [&](PgProblem problem, const QString &text) -> Error {
        switch (problem) {
        case PgProblem::Unreachable:
            return Error::external(
                Text::tr("cannot reach the PostgreSQL server at %1 (%2); check that it runs "
                         "and that the host and port in the database URL are right")
                    .arg(where, text));
        case PgProblem::NoDatabase:
            return Error::notFound(Text::tr("the PostgreSQL server at %1 has no database \"%2\"; create it "
                                            "(createdb %2) or correct the name in the database URL")
                                       .arg(where, location.database));
        case PgProblem::NoRole: {
            Error error = Error::invalid(Text::tr("the PostgreSQL server at %1 has no login role \"%2\"; "
                                                  "correct the user in the database URL or ask the server's "
                                                  "administrator for a role")
                                             .arg(where, location.user),
                                         QStringLiteral("db"));
            return error;
        }
        case PgProblem::Password:
        case PgProblem::Other:
            break;
        }
        return Error::external(Text::tr("cannot open the database %1: %2").arg(shown, text));
    };
    const Error refused = Error::invalid(
        Text::tr("the PostgreSQL server at %1 refused the login of \"%2\" (password missing or wrong); give "
                 "the password in the keychain entry \"%3\", in PGPASSFILE (~/.pgpass), or type it when "
                 "asked on a terminal")
            .arg(where, location.user, location.passwordKey()),
        QStringLiteral("db"));

    QString error;
    // libpq's password file first: it costs no D-Bus round trip, which a bifrostctl start on a
    // headless machine or in a script would otherwise pay every time; a keychain user pays one
    // refused attempt instead.
    if (tryOpenPostgres(db, QString(), &error))
        return {};
    if (const PgProblem problem = classifyPgProblem(error); problem != PgProblem::Password)
        return fatal(problem, error);
    // An unreachable or missing keychain is no answer: the prompt still may be.
    const auto keychainTimeout =
        std::min(KeychainSecretStore::defaultTimeout(), std::chrono::milliseconds(5000));
    KeychainSecretStore keychain(QStringLiteral("Bifrost Admin"), keychainTimeout);
    if (auto remembered = keychain.read(location.passwordKey()); remembered && !remembered->isEmpty()) {
        if (tryOpenPostgres(db, *remembered, &error))
            return {};
        if (const PgProblem problem = classifyPgProblem(error); problem != PgProblem::Password)
            return fatal(problem, error);
    }
    if (!options.passwordPrompt)
        return refused;
    auto typed = options.passwordPrompt(shown);
    if (!typed)
        return typed.error();
    if (typed->isEmpty())
        return refused;
    if (!tryOpenPostgres(db, *typed, &error)) {
        if (const PgProblem problem = classifyPgProblem(error); problem != PgProblem::Password)
            return fatal(problem, error);
        return refused;
    }
    // Remembered only once the server took it; a keychain that cannot keep it costs a prompt later.
    if (options.rememberPassword)
        (void)keychain.write(location.passwordKey(), *typed);
    return {};
}

// A PostgreSQL error as a Store error: lock waits and lost connections say what to do.
Error postgresError(const QString &where, const QString &sqlState, const QString &text) {
    // lock_not_available (lock_timeout), deadlock_detected, serialization_failure
    if (sqlState == QLatin1String("55P03") || sqlState == QLatin1String("40P01") ||
        sqlState == QLatin1String("40001"))
        return Error::external(
            Text::tr("the database %1 stayed locked by another program for too long (%2); try again")
                .arg(where, text));
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P")))
        return Error::external(
            Text::tr("lost the connection to the database %1 (%2); check the server and try again")
                .arg(where, text));
    if (sqlState == QLatin1String("42501"))
        return Error::external(
            Text::tr("the database %1 refused this to your PostgreSQL role (%2); ask an owner of the team "
                     "for the role it needs")
                .arg(where, text));
    return Error::external(Text::tr("database error in %1: %2").arg(where, text));
}

// Applies `change` to the parts of `sql` outside quotes ('...', "...", $tag$...$tag$) and comments.
QString outsideQuotes(const QString &sql, const std::function<QString(const QString &)> &change) {
    QString out;
    QString plain;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    auto flush = [&] {
        out += change(plain);
        plain.clear();
    };
    static const QRegularExpression dollarTag(QStringLiteral("\\G\\$[A-Za-z_0-9]*\\$"));
    while (i < n) {
        const QChar c = sql.at(i);
        qsizetype end = -1;
        if (c == u'\'' || c == u'"') {
            end = sql.indexOf(c, i + 1);
            end = end < 0 ? n : end + 1;
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            end = sql.indexOf(u'\n', i);
            end = end < 0 ? n : end;
        } else if (c == u'$') {
            const auto tag = dollarTag.match(sql, i);
            if (tag.hasMatch()) {
                end = sql.indexOf(tag.captured(0), i + tag.capturedLength());
                end = end < 0 ? n : end + tag.capturedLength();
            }
        }
        if (end < 0) {
            plain += c;
            ++i;
            continue;
        }
        flush();
        out += sql.mid(i, end - i);
        i = end;
    }
    flush();
    return out;
}

// `?N` placeholders (the SQLite native statements') as plain `?`; PostgreSQL has no `?N`.
QString positionalSql(const char *sql) {
    return outsideQuotes(QString::fromUtf8(sql), [](const QString &plain) {
        static const QRegularExpression numbered(QStringLiteral("\\?[0-9]+"));
        QString text = plain;
        return text.replace(numbered, QStringLiteral("?"));
    });
}

// The parameter (0-based) each placeholder of `sql` takes, in order: `?N` takes N - 1, a plain
// `?` the next one. The native statements have no quotes holding a `?`.
QList<int> placeholderOrder(const char *sql) {
    QList<int> order;
    int next = 0;
    for (const char *p = sql; *p; ++p) {
        if (*p != '?')
            continue;
        if (p[1] >= '0' && p[1] <= '9') {
            int number = 0;
            while (p[1] >= '0' && p[1] <= '9')
                number = number * 10 + (*++p - '0');
            order << number - 1;
            next = number;
        } else {
            order << next++;
        }
    }
    return order;
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

ChangeFeed *Store::changeFeed() {
    if (!isPostgres() || !m_db.isOpen())
        return nullptr;
    if (m_changeFeed)
        return m_changeFeed.get();
    auto feed = std::make_unique<ChangeFeed>();
    QSqlDriver *driver = m_db.driver();
    // The driver tells its own backend's notices (SelfSource) from other sessions': this
    // Store's own changes are already announced by the command that made them.
    QObject::connect(driver, &QSqlDriver::notification, feed.get(),
                     [feed = feed.get()](const QString &name, QSqlDriver::NotificationSource source,
                                         const QVariant &payload) {
                         if (source != QSqlDriver::OtherSource || name != QLatin1String(changeChannel))
                             return;
                         // Anyone with access may NOTIFY on the channel: what is not ours is dropped.
                         if (auto notice = parseChangePayload(payload.toString()))
                             Q_EMIT feed->changed(*notice);
                     });
    if (!driver->subscribeToNotification(QLatin1String(changeChannel))) {
        qWarning("bifrost: cannot listen for changes on %s: %s", qPrintable(m_path),
                 qPrintable(driver->lastError().text()));
        return nullptr;
    }
    m_changeFeed = std::move(feed);
    return m_changeFeed.get();
}

Result<std::unique_ptr<Store>> Store::open(const QString &location, SecretStore *secrets,
                                           const OpenOptions &options) {
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error();
    const bool postgres = parsed->isPostgres();
    const QString path = postgres ? parsed->display() : parsed->path;
    if (!postgres) {
        if (auto created = createPrivateFile(path); !created)
            return created.error();
    }

    const QString connectionName =
        QStringLiteral("bifrost-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Store> store(new Store(path, connectionName, secrets));
    store->m_location = *parsed;
    store->m_native = std::make_unique<detail::NativeStatements>();
    if (postgres) {
        store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!store->m_db.isValid())
            return Error::external(
                Text::tr("Qt's PostgreSQL driver (QPSQL) is not installed, so %1 cannot be opened; install "
                         "libqt6sql6-psql")
                    .arg(path));
        if (auto connected = connectPostgres(store->m_db, *parsed, options); !connected)
            return connected.error();
        // lock_timeout: a writer waits for another's transaction as SQLite's busy timeout lets it,
        // then fails with "try again". client_min_messages: the server's NOTICEs (e.g. from the
        // migrations) would otherwise reach stderr through libpq.
        for (const char *setting : {"SET lock_timeout = '30s'", "SET client_min_messages = warning"}) {
            QSqlQuery q(store->m_db);
            if (!q.exec(QString::fromLatin1(setting)))
                return store->sqlError(q);
        }
    } else {
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
    if (postgres) {
        // The history's "who" on a shared database: the login role, which the server vouches for.
        QSqlQuery who(store->m_db);
        if (!who.exec(QStringLiteral("SELECT session_user")) || !who.next())
            return store->sqlError(who);
        store->m_actor = who.value(0).toString();
    } else if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name && *pw->pw_name) {
        // The history's "who": the OS user, else $USER (a container without a passwd entry).
        store->m_actor = QString::fromLocal8Bit(pw->pw_name);
    } else {
        store->m_actor = qEnvironmentVariable("USER");
    }
    if (store->m_actor.isEmpty())
        store->m_actor = QStringLiteral("unknown");
    return store;
}

std::optional<QString> detail::dialectStatement(const QString &sql, bool postgres) {
    QString text = sql;
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    const bool pgOnly = firstLine == QLatin1String("-- postgresql only");
    const bool sqliteOnly = firstLine == QLatin1String("-- sqlite only");
    if ((pgOnly && !postgres) || (sqliteOnly && postgres))
        return std::nullopt;
    if (pgOnly || sqliteOnly)
        text = text.section(QLatin1Char('\n'), 1);
    if (!postgres)
        return text;
    static const QRegularExpression tableDdl(QStringLiteral("^\\s*(CREATE|ALTER)\\s+TABLE\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    const bool columns = tableDdl.match(text).hasMatch();
    return outsideQuotes(text, [columns](const QString &plain) {
        static const QRegularExpression identity(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY\\b"));
        static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
        static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
        static const QRegularExpression withoutRowid(QStringLiteral("\\s+WITHOUT\\s+ROWID\\b"));
        static const QRegularExpression textType(QStringLiteral("\\bTEXT\\b(?!\\s+COLLATE)"));
        QString s = plain;
        s.replace(identity, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        s.replace(integer, QStringLiteral("BIGINT"));
        s.replace(blob, QStringLiteral("BYTEA"));
        s.replace(withoutRowid, QString());
        if (columns)
            s.replace(textType, QStringLiteral("TEXT COLLATE \"C\""));
        return s;
    });
}

Result<void> Store::migrate() {
    const auto &steps = detail::migrationSteps();
    const bool postgres = isPostgres();
    // SQLite keeps the version in PRAGMA user_version, PostgreSQL in meta 'schema_version'.
    auto readVersion = [this, postgres]() -> Result<int> {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (postgres) {
            // A new database has no meta table yet: version 0. Read from pg_tables with the
            // statement's snapshot, not through to_regclass: that consults the backend's catalog
            // cache, which can still miss a table another process created while we waited for the
            // writer lock.
            if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables"
                                       " WHERE schemaname = current_schema() AND tablename = 'meta')")))
                return sqlError(q);
            const bool hasMeta = q.next() && q.value(0).toBool();
            q.finish();
            if (!hasMeta)
                return 0;
            if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
                return sqlError(q);
        } else if (!q.exec(QStringLiteral("PRAGMA user_version"))) {
            return sqlError(q);
        }
        return q.next() ? q.value(0).toInt() : 0;
    };
    auto version = readVersion();
    if (!version)
        return version.error();
    if (*version == steps.size())
        return {};
    // Re-read inside the write transaction (which holds the writer lock on both engines): another
    // process may have migrated meanwhile, e.g. two first commands on a new database.
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
            for (const QString &statement : steps.at(v)) {
                const std::optional<QString> sql = detail::dialectStatement(statement, postgres);
                if (!sql)
                    continue;
                QSqlQuery q(m_db);
                if (!q.exec(*sql)) {
                    // On PostgreSQL the usual cause is a role that may not create tables.
                    if (postgres)
                        return Error::external(Text::tr("cannot bring the database %1 to schema version %2: "
                                                        "%3; let its owner open it once first")
                                                   .arg(m_path)
                                                   .arg(v + 1)
                                                   .arg(sqlError(q).message));
                    return Error::internal(
                        Text::tr("migration to version %1 failed: %2").arg(v + 1).arg(q.lastError().text()));
                }
            }
            if (v == 0) {
                QSqlQuery &q = query("INSERT INTO meta (key, value) VALUES ('database_id', ?)");
                q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                if (auto done = exec(q); !done)
                    return done;
            }
        }
        QSqlQuery q(m_db);
        if (postgres) {
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(QString::number(steps.size()));
            if (!q.exec())
                return sqlError(q);
        } else if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(steps.size()))) {
            return sqlError(q);
        }
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
    const bool prepared = q->prepare(isPostgres() ? positionalSql(sql) : QString::fromUtf8(sql));
    // PostgreSQL prepares on the server, which can fail for a while (a failed transaction, a lost
    // connection): such a statement is not cached, so the next use prepares it again.
    m_queries.emplace_back(prepared || !isPostgres() ? sql : nullptr, std::move(q));
    return *m_queries.back().second;
}

Result<void> Store::runPortable(const char *sql, const QStringList &params,
                                const std::function<void(const QSqlQuery &)> &onRow) {
    QSqlQuery &q = query(sql);
    for (const int index : placeholderOrder(sql))
        q.addBindValue(index < params.size() ? QVariant(params.at(index)) : detail::nullText());
    if (auto done = exec(q); !done)
        return done;
    while (q.next())
        onRow(q);
    q.finish();
    return {};
}

Result<void> Store::exec(QSqlQuery &q) {
    if (!q.exec())
        return sqlError(q);
    return {};
}

Error Store::sqlError(const QSqlQuery &q) const {
    const QSqlError e = q.lastError();
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (isPostgres())
        return postgresError(m_path, e.nativeErrorCode(), text.simplified());
    return detail::sqliteError(m_path, e.nativeErrorCode(), text);
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
    if (m_frames.empty() && isPostgres()) {
        // READ COMMITTED, and one writer at a time (writerLockKey); reads outside a transaction
        // take no lock.
        if (!q.exec(QStringLiteral("BEGIN")))
            return sqlError(q);
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writerLockKey))) {
            const Error error = sqlError(q);
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        m_frames.emplace_back();
        return {};
    }
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
            // PostgreSQL has no WAL file of ours to scrub: its storage is the server's.
            QSqlQuery checkpoint(m_db);
            if (!isPostgres())
                checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
    } else {
        m_frames.back().newSecretRefs << done.newSecretRefs;
        m_frames.back().obsoleteSecretRefs << done.obsoleteSecretRefs;
        // The counter bump of a released savepoint is part of the outer transaction now.
        if (m_frames.back().version == 0)
            m_frames.back().version = done.version;
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
