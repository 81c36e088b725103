#pragma once

// Shared by the bifrostctl suites: a temporary database per test function, helpers for set-up
// steps, a snapshot of every row of the database (to prove that a failed command changed
// nothing), and checks of the secret rules (never in SQLite, never printed unless revealed).
//
// The database is testdb::fresh() (testdatabase.h): an SQLite file in the test's folder, or, in a
// suite's `_pg` variant (BIFROST_TEST_ENGINE=postgresql), a new database on the throwaway cluster
// of scripts/with-postgres, where secrets live in the team store (team_secrets), unlocked with
// BIFROST_TEAM_PASSPHRASE.
//
// Nothing here prints a secret: every value made with newSecret() is masked in the messages the
// helpers print, and tests compare secrets with QVERIFY2, never with QCOMPARE.
//
// moc scans the suites, expanding the test macros, and misreads raw string literals: inside a
// macro argument, keep R"(...)" on one line, and write JSON with unbalanced brackets, braces or
// quotes, or with backslashes, as an ordinary literal (moc then fails with "missing ')' in macro
// usage").

#include "ctlrunner.h"
#include "secrets/keychainsecretstore.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

namespace clitest {

// One command-line argument, from a literal or a QString (the build forbids implicit casts from
// const char *), so that commands read as {"config", "set", name, "k", "v"}.
struct Arg {
    QString text;
    Arg(const char *s)
        : text(QString::fromUtf8(s)) {}
    Arg(QString s)
        : text(std::move(s)) {}
};

class Args {
public:
    Args(std::initializer_list<Arg> args) {
        for (const Arg &a : args)
            m_list << a.text;
    }
    Args(QStringList list)
        : m_list(std::move(list)) {}
    operator QStringList() const { return m_list; }
    const QStringList &list() const { return m_list; }
    Args operator+(const Args &more) const { return Args(m_list + more.m_list); }

private:
    QStringList m_list;
};

inline QStringList cmd(const Args &args) {
    return args.list();
}

inline QJsonObject obj(const char *json) {
    return QJsonDocument::fromJson(json).object();
}
inline QJsonArray arr(const char *json) {
    return QJsonDocument::fromJson(json).array();
}

// Values the suite must never print.
inline QList<QByteArray> &sensitive() {
    static QList<QByteArray> values;
    return values;
}

// A fresh, unique secret value (so that a search for it in files and output is meaningful),
// registered for masking.
inline QString newSecret(const char *hint = "secret") {
    const QString value =
        QStringLiteral("%1-%2").arg(QLatin1String(hint), QUuid::createUuid().toString(QUuid::WithoutBraces));
    sensitive() << value.toUtf8();
    return value;
}

inline QByteArray redact(QByteArray text) {
    for (const QByteArray &s : std::as_const(sensitive()))
        text.replace(s, "<redacted secret>");
    return text;
}

inline QByteArray describe(const Args &args) {
    return redact(QStringLiteral("bifrostctl %1").arg(args.list().join(QLatin1Char(' '))).toUtf8());
}

// The error contract: exactly one line, "bifrostctl: error: <message>\n".
inline bool isOneErrorLine(const QByteArray &err) {
    const QByteArray prefix = "bifrostctl: error: ";
    return err.startsWith(prefix) && err.size() > prefix.size() + 1 && err.endsWith('\n') &&
           err.count('\n') == 1;
}

// The first line where two texts differ, for a readable failure message.
inline QByteArray firstDifference(const QByteArray &a, const QByteArray &b) {
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        const QByteArray x = la.value(i), y = lb.value(i);
        if (x != y)
            return redact("line " + QByteArray::number(i + 1) + ": before `" + x + "`, after `" + y + '`');
    }
    return {};
}

// Secret-tool prints each entry's attributes on stderr and its secret on stdout; the caller
// counts attributes and never prints the merged output.
inline int keychainEntriesFor(const QString &databaseId) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty() || databaseId.isEmpty())
        return -1;
    // The keyring is shared by the suites that ctest runs in parallel: when another suite deletes
    // an entry while secret-tool walks the search results, secret-tool stops with an error and a
    // partial listing. Only a complete listing (exit 0) counts; retries, spaced out a little more
    // each time, get one even while a suite deletes hundreds of entries (tst_bundle).
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (attempt > 0)
            QThread::msleep(50UL * ulong(qMin(attempt, 10)));
        QProcess p;
        p.start(tool, {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                       QStringLiteral("Bifrost Admin")});
        if (!p.waitForFinished(30000))
            return -1;
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            continue;
        const QByteArray needle = "attribute.user = " + databaseId.toUtf8() + '/';
        const QByteArray listing = p.readAllStandardOutput() + p.readAllStandardError();
        return int(listing.count(needle));
    }
    return -1;
}

// One query's first column, read straight from the database (the SQLite file, or the PostgreSQL
// database on a connection of its own).
inline QVariantList sqlColumn(const QString &dbPath, const QString &sql) {
    const testdb::Connection db(dbPath);
    if (!db.isOpen()) {
        qWarning("cannot open %s: %s", qPrintable(dbPath), qPrintable(db.error()));
        return {};
    }
    QSqlQuery q(db.db());
    QVariantList values;
    if (q.exec(sql)) {
        while (q.next())
            values << q.value(0);
    } else {
        qWarning("SQL failed: %s", qPrintable(sql));
    }
    return values;
}

// Whether this run is the suite's PostgreSQL variant.
inline bool onPostgres() {
    return testdb::postgres();
}

// The team passphrase of every PostgreSQL test database (the first command that needs the data
// key sets the team up with it).
inline QString teamPassphrase() {
    return QStringLiteral("correct horse battery staple, team test");
}

// A set-up step's check: true when `r` exited 0 with a quiet stderr, else a warning and false.
inline bool succeeded(const Args &args, const CtlResult &r) {
    if (r.exitCode == 0 && r.err.isEmpty())
        return true;
    qWarning("`%s` exited %d\nstdout: %s\nstderr: %s", describe(args).constData(), r.exitCode,
             redact(r.out).constData(), redact(r.err).constData());
    return false;
}

// The schema populate() gives "halo": every field type, with rules.
inline const char *const haloSchema = R"([
    {"key": "url", "type": "string", "required": true, "pattern": "https://.+"},
    {"key": "region", "type": "string", "options": ["eu", "us"]},
    {"key": "timeout", "type": "int", "min": 1, "max": 300},
    {"key": "retries", "type": "int", "options": [1, 2, 3]},
    {"key": "verbose", "type": "bool"},
    {"key": "extra", "type": "json"},
    {"key": "token", "type": "secret"},
    {"key": "note", "type": "string"}])";

// A temporary folder with a database path and a runner on it; one per test function.
class CliEnv {
public:
    // False (after a warning, or a test failure that says why) when there is no folder, no
    // bifrostctl or no usable database engine.
    bool init() {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        // SQLite: bifrost.db, so that the vault sits next to it as bifrost.vault.
        const QString location = testdb::fresh(m_dir->path(), QStringLiteral("bifrost.db"));
        if (location.isEmpty())
            return false;
        m_ctl = std::make_unique<CtlRunner>(location);
        if (testdb::postgres())
            m_ctl->environment().insert(QStringLiteral("BIFROST_TEAM_PASSPHRASE"), teamPassphrase());
        return !CtlRunner::program().isEmpty();
    }
    void cleanup() {
        m_ctl.reset();
        m_dir.reset();
    }
    // For suites that choose the secret backend, vault and passphrase of every command
    // themselves: none of them comes from the environment the suite runs in.
    void clearSecretEnvironment() {
        for (const char *name : {"BIFROST_SECRETS", "BIFROST_VAULT", "BIFROST_VAULT_PASSPHRASE",
                                 "BIFROST_VAULT_FAULT", "BIFROST_DB"})
            m_ctl->environment().remove(QString::fromLatin1(name));
    }

    bool ready() const { return m_ctl != nullptr; }
    CtlRunner &ctl() { return *m_ctl; }
    QString dbPath() const { return m_ctl->dbPath(); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString dirPath() const { return m_dir->path(); }

    CtlResult run(const Args &args, const QByteArray &input = {}) const {
        return m_ctl->run(args.list(), input);
    }

    // A set-up step: true when it exits 0 with a quiet stderr, else a warning and false.
    bool ok(const Args &args, const QByteArray &input = {}) const {
        return succeeded(args, run(args, input));
    }

    // A command that prints JSON; a null document (after a warning) when it fails.
    QJsonDocument json(const Args &args) const {
        const CtlResult r = run(args);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (r.exitCode == 0 && error.error == QJsonParseError::NoError)
            return doc;
        qWarning("`%s` exited %d or printed no JSON (%s)\nstderr: %s", describe(args).constData(), r.exitCode,
                 qPrintable(error.errorString()), redact(r.err).constData());
        return {};
    }

    QString writeFile(const QString &name, const QByteArray &content) const {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        return f.fileName();
    }

    // `schema set` from JSON text, through a file as users do.
    bool setSchema(const Arg &integration, const QByteArray &json) const {
        const QString file =
            writeFile(QStringLiteral("schema-%1.json").arg(QUuid::createUuid().toString(QUuid::Id128)), json);
        return ok({"schema", "set", integration, "--file", file});
    }

    bool setSecret(const Arg &integration, const Arg &key, const QString &value,
                   const Arg &org = Arg(QString())) const {
        Args args{"config", "set", integration, key, "--stdin"};
        if (!org.text.isEmpty())
            args = args + Args{"--org", org};
        return ok(args, value.toUtf8());
    }

    // The id of an organization or integration, from the JSON lists.
    QString idOf(const char *kind, const QString &name) const {
        const QJsonArray list = json({kind, "list", "--json"}).array();
        for (const QJsonValue &v : list) {
            if (v[QLatin1String("name")].toString() == name)
                return v[QLatin1String("id")].toString();
        }
        return {};
    }
    QString orgId(const Arg &name) const { return idOf("org", name.text); }
    QString integrationId(const Arg &name) const { return idOf("integration", name.text); }

    QString databaseId() const { return databaseIdIn(testdb::Connection(dbPath())); }
    // The database's id, which starts the names of its keychain entries.
    static QString databaseIdIn(const testdb::Connection &db) {
        return db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")).toString();
    }
    int keychainEntries() const { return keychainEntriesFor(databaseId()); }
    // The stored secret values: keychain entries of this database; on PostgreSQL the rows of the
    // team store (team_secrets), where every secret of a team database lives.
    int secretEntries() const {
        if (!onPostgres())
            return keychainEntries();
        const QVariantList count = sqlColumn(dbPath(), QStringLiteral("SELECT count(*) FROM team_secrets"));
        return count.isEmpty() ? -1 : count.first().toInt();
    }

    // What a failed command must leave as it was: every row of every table, read in this process
    // (testdb::Connection::rows), which is all the CLI can show and more. With `reveal` also the
    // secret values an SQLite database keeps in the keychain, outside its tables (on PostgreSQL
    // they are rows of team_secrets): compare that one with QVERIFY, never print it. Reading
    // directly instead of through a dozen list commands keeps the suites' bifrostctl starts to
    // the commands under test (docs/PERFORMANCE.md, "The test run").
    QByteArray snapshot(bool reveal = false) const {
        if (!onPostgres()) {
            QString file = dbPath();
            if (file.startsWith(QLatin1String("sqlite:")))
                file = file.mid(7);
            // Opening would create it.
            if (!QFileInfo::exists(file))
                return "(no database file)\n";
        }
        const testdb::Connection db(dbPath());
        if (!db.isOpen())
            return "(cannot open the database: " + db.error().toUtf8() + ")\n";
        QByteArray all = db.rows().join(QLatin1Char('\n')).toUtf8() + '\n';
        if (reveal && !onPostgres())
            all += keychainSecrets(db);
        return all;
    }

    // Everything bifrostctl shows, secret values included: lists, every integration with its
    // schema, mappings and values at every level. For comparisons that rows cannot make, such as
    // before and after secrets move to another backend. Compare it with QVERIFY, never print it.
    QByteArray listing() const {
        QByteArray all;
        auto add = [&](const Args &args) {
            const CtlResult r = run(args);
            all += "$ " + describe(args) + " -> " + QByteArray::number(r.exitCode) + '\n' + r.out + r.err;
            return QJsonDocument::fromJson(r.out).array();
        };
        const QJsonArray orgs = add({"org", "list", "--json"});
        const QJsonArray integrations = add({"integration", "list", "--json"});
        for (const QJsonValue &i : integrations) {
            const QString id = i[QLatin1String("id")].toString();
            add({"integration", "show", id, "--json"});
            add({"mapping", "list", id, "--json"});
            add({"config", "list", id, "--json", "--reveal"});
            for (const QJsonValue &o : orgs)
                add({"config", "list", id, "--org", o[QLatin1String("id")].toString(), "--json", "--reveal"});
        }
        return all;
    }

    // The keychain entries the rows of `db` refer to (every *_ref column names one) and their
    // values, as sorted "key = value" lines. Read by name, not by listing the keychain: a listing
    // costs a D-Bus call per entry of every suite's database, and the shared keyring holds
    // thousands by the end of a test run.
    static QByteArray keychainSecrets(const testdb::Connection &db) {
        const QString id = databaseIdIn(db);
        if (id.isEmpty())
            return "(no database id)\n";
        QStringList keys;
        for (const QString &table : db.tables()) {
            for (const QSqlRecord &record : db.records(table)) {
                for (int i = 0; i < record.count(); ++i) {
                    if (record.fieldName(i).endsWith(QLatin1String("_ref")) && !record.isNull(i))
                        keys << id + QLatin1Char('/') + record.value(i).toString();
                }
            }
        }
        const auto values = bifrost::KeychainSecretStore().readMany(keys);
        if (!values)
            return "(cannot read the keychain: " + values.error().message.toUtf8() + ")\n";
        QStringList lines;
        for (const QString &key : std::as_const(keys))
            lines << key + (values->contains(key) ? QStringLiteral(" = ") + values->value(key)
                                                  : QStringLiteral(" missing"));
        lines.sort();
        return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    }

    // The bytes of every file SQLite keeps for the database (main file, WAL, shared memory,
    // rollback journal), to search for values that must never be there. On PostgreSQL every row
    // of every table as text (testdb::contents): team_secrets holds ciphertexts only.
    QByteArray databaseFiles() const {
        if (onPostgres())
            return testdb::contents(dbPath());
        QByteArray bytes;
        const QFileInfo db(dbPath());
        const QDir dir = db.dir();
        for (const QString &name : dir.entryList({db.fileName() + QLatin1Char('*')}, QDir::Files)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }

    // A database with two integrations, three organizations, defaults, overrides, mappings and
    // secrets at both levels: what the "changes nothing" and "never leaks" tests work on.
    struct Populated {
        QString token;     // default secret of "halo"
        QString acmeToken; // Acme's override of it
    };
    bool populate(Populated &out) const {
        out.token = newSecret("halo-token");
        out.acmeToken = newSecret("acme-token");
        return ok({"org", "add", "Acme"}) && ok({"org", "add", "Globex"}) && ok({"org", "add", "Initech"}) &&
               ok({"integration", "create", "halo", "--description", "HaloPSA tickets", "--default-entity-id",
                   "E-DEFAULT", "--entity-id-label", "Tenant ID"}) &&
               setSchema("halo", haloSchema) && ok({"integration", "create", "ninja"}) &&
               setSchema("ninja", R"([{"key": "base_url", "type": "string", "required": true}])") &&
               ok({"config", "set", "halo", "url", "https://halo.example"}) &&
               ok({"config", "set", "halo", "region", "eu"}) &&
               ok({"config", "set", "halo", "timeout", "30"}) &&
               ok({"config", "set", "halo", "verbose", "false"}) &&
               ok({"config", "set", "halo", "extra", R"({"a": [1, 2]})"}) &&
               setSecret("halo", "token", out.token) &&
               ok({"config", "set", "halo", "timeout", "45", "--org", "Acme"}) &&
               ok({"config", "set", "halo", "region", "us", "--org", "Acme"}) &&
               setSecret("halo", "token", out.acmeToken, "Acme") &&
               ok({"config", "set", "halo", "verbose", "true", "--org", "Globex"}) &&
               ok({"mapping", "set", "halo", "--org", "Acme", "--entity-id", "E-ACME", "--entity-name",
                   "Acme Ltd"}) &&
               ok({"mapping", "set", "halo", "--org", "Globex", "--entity-name", "Globex Inc"}) &&
               ok({"config", "set", "ninja", "base_url", "https://ninja.example", "--org", "Initech"});
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CtlRunner> m_ctl;
};

} // namespace clitest

// Skips the running test function on the PostgreSQL variant; `why` names what only SQLite has.
#define CLI_SQLITE_ONLY(why)                                                                                 \
    do {                                                                                                     \
        if (clitest::onPostgres())                                                                           \
            QSKIP("SQLite only: " why);                                                                      \
    } while (false)

// The command succeeded: exit 0 and nothing on stderr.
#define CLI_EXPECT_OK(result)                                                                                \
    do {                                                                                                     \
        const CtlResult &r_ = (result);                                                                      \
        if (r_.exitCode != 0 || !r_.err.isEmpty())                                                           \
            qWarning("exit %d, expected 0 with a quiet stderr\nstdout: %s\nstderr: %s", r_.exitCode,         \
                     clitest::redact(r_.out).constData(), clitest::redact(r_.err).constData());              \
        QCOMPARE(r_.exitCode, 0);                                                                            \
        QVERIFY2(r_.err.isEmpty(), "a successful command wrote to stderr");                                  \
    } while (false)

// The command failed with `code`, printed nothing on stdout and one error line on stderr.
#define CLI_EXPECT_FAIL(result, code)                                                                        \
    do {                                                                                                     \
        const CtlResult &r_ = (result);                                                                      \
        if (r_.exitCode != (code) || !r_.out.isEmpty() || !clitest::isOneErrorLine(r_.err))                  \
            qWarning("exit %d, expected %d, an empty stdout and one error line\nstdout: %s\nstderr: %s",     \
                     r_.exitCode, int(code), clitest::redact(r_.out).constData(),                            \
                     clitest::redact(r_.err).constData());                                                   \
        QCOMPARE(r_.exitCode, int(code));                                                                    \
        QVERIFY2(r_.out.isEmpty(), "a failed command printed on stdout");                                    \
        QVERIFY2(clitest::isOneErrorLine(r_.err), "stderr is not one `bifrostctl: error: ...` line");        \
    } while (false)

// A command left the database as it was.
#define CLI_EXPECT_UNCHANGED(before, after)                                                                  \
    do {                                                                                                     \
        const QByteArray b_ = (before), a_ = (after);                                                        \
        QVERIFY2(b_ == a_, clitest::firstDifference(b_, a_).constData());                                    \
    } while (false)

// Two JSON documents are equal; on failure both are printed with secrets masked.
#define CLI_EXPECT_JSON(actual, expected)                                                                    \
    do {                                                                                                     \
        const QJsonDocument a_{actual}, e_{expected};                                                        \
        if (a_ != e_)                                                                                        \
            qWarning("actual:   %s\nexpected: %s",                                                           \
                     clitest::redact(a_.toJson(QJsonDocument::Compact)).constData(),                         \
                     clitest::redact(e_.toJson(QJsonDocument::Compact)).constData());                        \
        QVERIFY2(a_ == e_, "the JSON differs from what is expected");                                        \
    } while (false)
