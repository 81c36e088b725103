// bifrostctl end to end: no secret value ever leaks. A database gets known, distinctive secrets
// (config secrets at the default and override level, an OAuth client secret, and later a new
// config secret, a new client secret, a bundle passphrase and, with the vault, its passphrase);
// then EVERY command that `bifrostctl --help` lists runs with plausible arguments, on the keychain
// and on the vault. No secret may appear on any stderr, on any stdout (except the config values
// that `get` and `config list --reveal` reveal by design, and only there), in the history, in the
// SQLite files (main, -wal, -shm), in the vault file or in any other file the commands leave in
// the folder (the exported bundle included).
//
// As tst_cli_noleak_pg the database is a team database on PostgreSQL: one backend, the team store,
// whose personal passphrase is one more secret (given the same way as the vault's: the environment
// for the set-up, then the first stdin line with --passphrase-stdin), and every row of every table
// is searched instead of the SQLite files.
//
// The command list comes from the help text, so a new command is swept without touching this
// suite; the table in plan() only gives some commands better arguments than the generic ones.
// Commands that need the network (OAuth) fail here, which is fine: their errors are checked too.
#include "clitest.h"

#include <QRegularExpression>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

// One command as the help lists it: "config set NAME KEY [VALUE] [--org ORG] [--stdin]".
struct HelpCommand {
    QStringList words;
    QStringList positionals;         // optional ones end with '?'
    QHash<QString, QString> options; // name -> value name (empty for a flag)
    QString key() const { return words.join(u' '); }
};

QList<HelpCommand> parseHelp(const QString &help) {
    QList<HelpCommand> commands;
    static const QRegularExpression option(uR"(\[--([a-z][a-z0-9-]*)(?: ([^\]]+))?\])"_s);
    bool inCommands = false;
    for (const QString &line : help.split(u'\n')) {
        if (line == u"Commands:"_s) {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        if (line.isEmpty())
            break;
        if (!line.startsWith(u"  "_s) || line.startsWith(u"   "_s))
            continue; // a summary line
        HelpCommand c;
        QString rest = line.trimmed();
        for (auto it = option.globalMatch(rest); it.hasNext();) {
            const auto m = it.next();
            c.options.insert(m.captured(1), m.captured(2));
        }
        rest.remove(option);
        for (const QString &token : rest.split(u' ', Qt::SkipEmptyParts)) {
            if (token.startsWith(u'['))
                c.positionals << token.mid(1, token.size() - 2) + u'?';
            else if (token.at(0).isLower())
                c.words << token;
            else
                c.positionals << token;
        }
        commands << c;
    }
    return commands;
}

// One run of a command: its arguments, its stdin after the vault passphrase line, and whether its
// stdout may show config secret values (get, config list --reveal).
struct Run {
    QStringList args;
    QByteArray input;
    bool reveals = false;
};

} // namespace

class TestCliNoLeak : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { env.cleanup(); }

    void everyCommand_data();
    void everyCommand();

private:
    QList<Run> plan(const HelpCommand &c);
    QList<Run> generic(const HelpCommand &c);
    // Every secret value a stream or file must not hold; `configOnly`: the config values, which
    // `get` and `config list --reveal` may print.
    QStringList allSecrets() const { return m_configSecrets + m_otherSecrets; }
    bool check(const QString &what, const QByteArray &bytes, const QStringList &secrets);

    CliEnv env;
    QStringList m_configSecrets;
    QStringList m_otherSecrets;
    QString m_bundlePassphrase;
    QString m_bundle;
    QString m_backend;
    QString m_otherBackend;
    QStringList m_leaks;
};

void TestCliNoLeak::initTestCase() {
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "no D-Bus session: run the suite through scripts/with-keyring");
}

void TestCliNoLeak::init() {
    QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder");
    env.clearSecretEnvironment();
    // OAuth flows must never open a browser or wait long for a provider.
    env.ctl().environment().insert(u"BIFROST_NO_BROWSER"_s, u"1"_s);
    env.ctl().environment().insert(u"BIFROST_KEYCHAIN_TIMEOUT_MS"_s, u"10000"_s);
    m_configSecrets.clear();
    m_otherSecrets.clear();
    m_leaks.clear();
}

bool TestCliNoLeak::check(const QString &what, const QByteArray &bytes, const QStringList &secrets) {
    for (const QString &s : secrets) {
        const QByteArray utf16(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
        if (bytes.contains(s.toUtf8()) || bytes.contains(utf16) || bytes.contains(s.toUtf8().toBase64()) ||
            bytes.contains(s.toUtf8().toHex())) {
            // The value itself is never printed: only which one, by its position.
            m_leaks << u"%1 holds secret #%2"_s.arg(what).arg(allSecrets().indexOf(s));
            return false;
        }
    }
    return true;
}

QList<Run> TestCliNoLeak::generic(const HelpCommand &c) {
    Run run;
    run.args = c.words;
    for (const QString &p : c.positionals) {
        const bool optional = p.endsWith(u'?');
        const QString name = optional ? p.chopped(1) : p;
        if (name == u"NAME"_s)
            run.args << (c.words.first() == u"oauth"_s ? u"ninja"_s : u"halo"_s);
        else if (optional)
            continue;
        else if (name == u"ORG"_s)
            run.args << u"Acme"_s;
        else if (name == u"KEY"_s)
            run.args << u"token"_s;
        else if (name == u"FILE"_s)
            run.args << m_bundle;
        else
            run.args << u"x"_s;
    }
    if (c.options.contains(u"json"_s))
        run.args << u"--json"_s;
    if (c.options.contains(u"org"_s))
        run.args << u"--org"_s << u"Acme"_s;
    if (c.options.contains(u"passphrase-stdin"_s)) {
        run.args << u"--passphrase-stdin"_s;
        run.input += m_bundlePassphrase.toUtf8() + '\n';
    }
    if (c.options.contains(u"stdin"_s)) {
        run.args << u"--stdin"_s;
        const QString value = newSecret("generic-stdin");
        m_configSecrets << value;
        run.input += value.toUtf8();
    }
    return {run};
}

QList<Run> TestCliNoLeak::plan(const HelpCommand &c) {
    const QString k = c.key();
    const QString schema = env.writeFile(u"schema.json"_s, haloSchema);
    auto args = [](std::initializer_list<QString> list) { return QStringList(list); };
    if (k == u"org add"_s)
        return {{args({u"org"_s, u"add"_s, u"Umbrella"_s}), {}}};
    if (k == u"org rename"_s)
        return {{args({u"org"_s, u"rename"_s, u"Umbrella"_s, u"Umbrella Two"_s}), {}}};
    if (k == u"org remove"_s)
        return {{args({u"org"_s, u"remove"_s, u"Globex"_s, u"--force"_s}), {}}};
    if (k == u"integration create"_s)
        return {{args({u"integration"_s, u"create"_s, u"fresh"_s, u"--description"_s, u"d"_s}), {}}};
    if (k == u"integration rename"_s)
        return {{args({u"integration"_s, u"rename"_s, u"fresh"_s, u"fresh2"_s}), {}}};
    if (k == u"integration delete"_s)
        return {{args({u"integration"_s, u"delete"_s, u"fresh2"_s, u"--force"_s}), {}},
                // Deleting an integration deletes its secrets: that path must not leak either.
                {args({u"integration"_s, u"delete"_s, u"halo"_s, u"--force"_s}), {}}};
    if (k == u"integration update"_s)
        return {{args({u"integration"_s, u"update"_s, u"halo"_s, u"--description"_s, u"updated"_s}), {}}};
    if (k == u"schema set"_s)
        return {{args({u"schema"_s, u"set"_s, u"halo"_s, u"--file"_s, schema}), {}}};
    if (k == u"config set"_s) {
        const QString value = newSecret("config-set");
        m_configSecrets << value;
        return {{args({u"config"_s, u"set"_s, u"halo"_s, u"token"_s, u"--stdin"_s, u"--org"_s, u"Initech"_s}),
                 value.toUtf8()},
                {args({u"config"_s, u"set"_s, u"halo"_s, u"note"_s, u"plain"_s, u"--org"_s, u"Acme"_s}), {}}};
    }
    if (k == u"config unset"_s)
        return {{args({u"config"_s, u"unset"_s, u"halo"_s, u"token"_s, u"--org"_s, u"Acme"_s}), {}}};
    if (k == u"config list"_s)
        return {{args({u"config"_s, u"list"_s, u"halo"_s}), {}},
                {args({u"config"_s, u"list"_s, u"halo"_s, u"--org"_s, u"Acme"_s, u"--json"_s}), {}},
                {args({u"config"_s, u"list"_s, u"halo"_s, u"--org"_s, u"Acme"_s, u"--reveal"_s}), {}, true}};
    if (k == u"mapping import"_s) {
        const QString csv =
            env.writeFile(u"mappings.csv"_s, "organization,entity_id,entity_name\nAcme,E-1,Acme\n");
        return {{args({u"mapping"_s, u"import"_s, u"halo"_s, u"--file"_s, csv, u"--dry-run"_s}), {}}};
    }
    if (k == u"mapping match"_s) {
        const QString entities = env.writeFile(u"entities.csv"_s, "id,name\nE-9,Acme Inc\n");
        return {{args({u"mapping"_s, u"match"_s, u"halo"_s, u"--entities"_s, entities}), {}}};
    }
    if (k == u"get"_s)
        return {{args({u"get"_s, u"halo"_s}), {}, true},
                {args({u"get"_s, u"halo"_s, u"--org"_s, u"Acme"_s, u"--explain"_s}), {}, true},
                {args({u"get"_s, u"ninja"_s}), {}, true}};
    if (k == u"oauth set"_s) {
        const QString value = newSecret("client-secret-new");
        m_otherSecrets << value;
        return {{args({u"oauth"_s, u"set"_s, u"ninja"_s, u"--client-secret-stdin"_s}), value.toUtf8()}};
    }
    if (k == u"oauth connect"_s)
        return {
            {args({u"oauth"_s, u"connect"_s, u"ninja"_s, u"--no-browser"_s, u"--timeout"_s, u"5"_s}), {}}};
    if (k == u"export"_s)
        return {
            {args({u"export"_s, u"--out"_s, m_bundle, u"--passphrase-stdin"_s, u"--force"_s}),
             m_bundlePassphrase.toUtf8() + '\n'},
            {args({u"export"_s, u"--out"_s, env.path(u"plain.bundle"_s), u"--no-secrets"_s, u"--force"_s}),
             {}}};
    if (k == u"import"_s)
        return {{args({u"import"_s, m_bundle, u"--dry-run"_s, u"--on-conflict"_s, u"merge"_s,
                       u"--passphrase-stdin"_s}),
                 m_bundlePassphrase.toUtf8() + '\n'},
                {args({u"import"_s, m_bundle, u"--on-conflict"_s, u"replace"_s, u"--passphrase-stdin"_s,
                       u"--json"_s}),
                 m_bundlePassphrase.toUtf8() + '\n'}};
    if (k == u"secrets migrate"_s)
        return {{args({u"secrets"_s, u"migrate"_s, u"--to"_s, m_otherBackend}), {}},
                {args({u"secrets"_s, u"migrate"_s, u"--to"_s, m_backend}), {}}};
    if (k == u"doctor"_s)
        return {{args({u"doctor"_s}), {}},
                {args({u"doctor"_s, u"--json"_s}), {}},
                {args({u"doctor"_s, u"--fix"_s}), {}}};
    if (k == u"history"_s)
        return {{args({u"history"_s}), {}},
                {args({u"history"_s, u"halo"_s, u"--org"_s, u"Acme"_s, u"--json"_s}), {}}};
    return generic(c);
}

void TestCliNoLeak::everyCommand_data() {
    QTest::addColumn<QString>("backend");
    if (onPostgres()) {
        QTest::newRow("team") << u"team"_s;
        return;
    }
    QTest::newRow("keychain") << u"keychain"_s;
    QTest::newRow("vault") << u"vault"_s;
}

void TestCliNoLeak::everyCommand() {
    QFETCH(QString, backend);
    m_backend = backend;
    m_otherBackend = backend == u"vault"_s ? u"keychain"_s : u"vault"_s;
    const bool vault = backend == u"vault"_s;
    const bool team = backend == u"team"_s;
    // The vault's passphrase, or on a team database the admin's personal passphrase.
    const QString vaultPassphrase = newSecret(team ? "team-passphrase" : "vault-passphrase");
    const QString passphraseVariable = team ? u"BIFROST_TEAM_PASSPHRASE"_s : u"BIFROST_VAULT_PASSPHRASE"_s;
    m_otherSecrets << vaultPassphrase;
    m_bundlePassphrase = newSecret("bundle-passphrase");
    m_otherSecrets << m_bundlePassphrase;
    m_bundle = env.path(u"sweep.bundle"_s);

    // Set-up: the vault passphrase from the environment; the sweep then gives it on stdin.
    env.ctl().environment().insert(passphraseVariable, vaultPassphrase);
    QVERIFY(team ? env.ok({"org", "list"}) : env.ok({"--secrets", Arg(backend), "org", "list"}));
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    m_configSecrets << data.token << data.acmeToken;
    const QString clientSecret = newSecret("client-secret");
    m_otherSecrets << clientSecret;
    QVERIFY(env.ok({"oauth", "set", "ninja", "--flow", "client_credentials", "--token-url",
                    "http://127.0.0.1:9/token", "--client-id", "noleak-client", "--client-secret-stdin"},
                   clientSecret.toUtf8()));
    env.ctl().environment().remove(passphraseVariable);
    // Every command of the sweep reads the vault passphrase as the first stdin line (also on the
    // keychain, where the line is read and not used), then any bundle passphrase, then a value.
    const QByteArray firstLine = vaultPassphrase.toUtf8() + '\n';
    const QStringList global{u"--passphrase-stdin"_s};

    const CtlResult help = env.run({"--help"});
    CLI_EXPECT_OK(help);
    QVERIFY(check(u"--help"_s, help.out, allSecrets()));
    const QList<HelpCommand> commands = parseHelp(help.outText());
    QVERIFY2(commands.size() >= 35, "the help lists fewer commands than it should; is the parser broken?");

    // Changes that take data away go last: the secret backend moves there and back while the
    // secrets still exist, and deleting the integrations (and their secrets) comes at the very end.
    const QStringList late{u"config unset"_s,       u"mapping remove"_s,    u"oauth disconnect"_s,
                           u"org rename"_s,         u"org remove"_s,        u"secrets migrate"_s,
                           u"integration rename"_s, u"integration delete"_s};
    QList<HelpCommand> ordered;
    for (const HelpCommand &c : commands) {
        if (!late.contains(c.key()))
            ordered << c;
    }
    for (const QString &k : late) {
        for (const HelpCommand &c : commands) {
            if (c.key() == k)
                ordered << c;
        }
    }

    QStringList swept;
    bool sawSecret = false;
    for (const HelpCommand &c : std::as_const(ordered)) {
        const QList<Run> runs = plan(c);
        for (const Run &run : runs) {
            const CtlResult r = env.run(Args(global + run.args), firstLine + run.input);
            const QString what = u"`bifrostctl %1` (exit %2)"_s.arg(run.args.join(u' ')).arg(r.exitCode);
            if (r.exitCode == -1)
                m_leaks << what + u" did not finish"_s;
            check(what + u" stderr"_s, r.err, allSecrets());
            check(what + u" stdout"_s, r.out, run.reveals ? m_otherSecrets : allSecrets());
            if (run.reveals && r.exitCode == 0 && r.out.contains(data.token.toUtf8()))
                sawSecret = true;
            // Without --reveal, the same listing masks.
            if (c.key() == u"config list"_s && !run.reveals)
                check(what + u" stdout"_s, r.out, allSecrets());
        }
        swept << c.key();
    }
    QVERIFY2(sawSecret, "get never returned the secret: the sweep ran against an empty secret store");
    QCOMPARE(swept.size(), commands.size());

    const CtlResult history =
        env.run(Args(global + QStringList{u"history"_s, u"--json"_s, u"--limit"_s, u"10000"_s}), firstLine);
    CLI_EXPECT_OK(history);
    QVERIFY(history.json().isArray());
    QVERIFY2(history.json().array().size() > 10, "the history recorded next to nothing");
    check(u"history --json"_s, history.out, allSecrets());

    // Every file the commands left: the SQLite files, the vault, its lock, the bundles.
    const QDir dir(env.dirPath());
    int files = 0;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(info.absoluteFilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        check(u"the file %1"_s.arg(info.fileName()), f.readAll(), allSecrets());
        ++files;
    }
    // Three SQLite files, or (PostgreSQL) the bundles; there every row of every table instead.
    QVERIFY(files >= (team ? 1 : 3));
    if (team)
        check(u"the database"_s, testdb::contents(env.dbPath()), allSecrets());
    if (vault)
        QVERIFY(QFileInfo::exists(env.path(u"bifrost.vault"_s)));
    QVERIFY(QFileInfo::exists(m_bundle));
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCliNoLeak)
#include "tst_cli_noleak.moc"
