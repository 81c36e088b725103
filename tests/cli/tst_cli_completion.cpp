// bifrostctl's bash completion and man page, end to end. The completion script comes from the
// real bifrostctl (`completion bash`) and runs in a real bash: each test sets COMP_WORDS and
// COMP_CWORD as bash does on Tab, calls the completion function and reads COMPREPLY. What it must
// offer is read independently from `bifrostctl --help` (commands, subcommands, options), so a new
// command is checked without touching this suite. Names come from a real database through
// `completion names`. The man page from `help --man` must render in groff with every warning
// enabled and none given, and list every usage line of the help.
//
// BIFROST_GENERATED_DIR (set by CMake) holds the files the build made and installs: they must be
// what bifrostctl prints now.
#include "clitest.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

// One command of the help: its words and its options ("--org").
struct HelpCommand {
    QStringList words;
    QStringList options;
};

QList<HelpCommand> helpCommands(const QString &help) {
    static const QRegularExpression option(uR"(\[--([a-z][a-z0-9-]*)(?: [^\]]+)?\])"_s);
    QList<HelpCommand> commands;
    bool inCommands = false;
    for (const QString &line : help.split(u'\n')) {
        if (line == u"Commands:"_s) {
            inCommands = true;
            continue;
        }
        if (!inCommands || line.startsWith(u"   "_s) || !line.startsWith(u"  "_s)) {
            if (inCommands && line.isEmpty())
                break;
            continue;
        }
        HelpCommand c;
        for (auto it = option.globalMatch(line); it.hasNext();)
            c.options << u"--"_s + it.next().captured(1);
        for (const QString &token : line.trimmed().split(u' ', Qt::SkipEmptyParts)) {
            if (!token.at(0).isLower())
                break;
            c.words << token;
        }
        commands << c;
    }
    return commands;
}

// Whether a line of `text` is `start`, or starts with it and a space (a short tag of a troff .TP
// paragraph shares its line with the text).
bool hasLine(const QString &text, const QString &start) {
    const QStringList lines = text.split(u'\n');
    return std::any_of(lines.begin(), lines.end(),
                       [&](const QString &line) { return line == start || line.startsWith(start + u' '); });
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

} // namespace

class TestCliCompletion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder"); }
    void cleanup() { env.cleanup(); }

    void buildOutputsAreCurrent();
    void sourcingRegistersTheCompletion();
    void completesCommands();
    void completesSubcommands();
    void completesOptionsOfEveryCommand();
    void givenOptionsAreNotOfferedAgain();
    void completesFixedChoices_data();
    void completesFixedChoices();
    void completesFileNames();
    void completesNamesFromTheDatabase();
    void namesAreQuietWithoutDatabase();
    void namesNeverPrintSecrets();
    void namesRefusesUnknownKind();
    void helpForOneCommand();
    void manPageRendersWithoutWarnings();
    void manPageListsEverything();

private:
    // COMPREPLY for a command line whose last word is the one being completed, run in `dir` (the
    // test folder by default) with `environment` added.
    QStringList complete(const QStringList &words, const QString &dir = {},
                         const QHash<QString, QString> &environment = {});
    QString bifrostctl() const { return CtlRunner::program(); }
    CtlResult runBash(const QString &script, const QStringList &args, const QString &dir = {},
                      const QHash<QString, QString> &environment = {});

    CliEnv env;
    QString m_help;
    QList<HelpCommand> m_commands;
    QTemporaryDir m_scriptDir;
    QString m_script;
};

void TestCliCompletion::initTestCase() {
    QVERIFY2(!QStandardPaths::findExecutable(u"bash"_s).isEmpty(), "bash is not installed");
    CtlRunner runner(QString{});
    const CtlResult help = runner.runRaw({u"--help"_s});
    CLI_EXPECT_OK(help);
    m_help = help.outText();
    m_commands = helpCommands(m_help);
    QVERIFY2(m_commands.size() > 40, "the help lists too few commands; did its format change?");
    const CtlResult script = runner.runRaw({u"completion"_s, u"bash"_s});
    CLI_EXPECT_OK(script);
    QVERIFY(m_scriptDir.isValid());
    m_script = m_scriptDir.filePath(u"bifrostctl.bash"_s);
    QFile f(m_script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(script.out);
}

CtlResult TestCliCompletion::runBash(const QString &script, const QStringList &args, const QString &dir,
                                     const QHash<QString, QString> &environment) {
    QProcess p;
    QProcessEnvironment e = env.ctl().environment();
    e.remove(u"BIFROST_DB"_s);
    // `bifrostctl` on a command line is the one under test, as an installed one would be.
    e.insert(u"PATH"_s, QFileInfo(bifrostctl()).absolutePath() + u':' + e.value(u"PATH"_s));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setWorkingDirectory(dir.isEmpty() ? env.dirPath() : dir);
    p.start(u"bash"_s, QStringList{u"--norc"_s, u"--noprofile"_s, u"-c"_s, script, u"bash"_s} + args);
    return finishProcess(p, 30000);
}

QStringList TestCliCompletion::complete(const QStringList &words, const QString &dir,
                                        const QHash<QString, QString> &environment) {
    // $1: the script; the rest: COMP_WORDS, the cursor at the end of the last one.
    const QString driver = uR"(set -u
source "$1"; shift
COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
_bifrostctl
for reply in "${COMPREPLY[@]}"; do printf '%s\n' "$reply"; done)"_s;
    const CtlResult r = runBash(driver, QStringList{m_script} + words, dir, environment);
    if (r.exitCode != 0 || !r.err.isEmpty())
        qWarning("completing `%s` exited %d: %s", qPrintable(words.join(u' ')), r.exitCode,
                 r.err.constData());
    return r.outText().split(u'\n', Qt::SkipEmptyParts);
}

void TestCliCompletion::buildOutputsAreCurrent() {
    const QString dir = qEnvironmentVariable("BIFROST_GENERATED_DIR");
    QVERIFY2(!dir.isEmpty(), "BIFROST_GENERATED_DIR is not set");
    QFile completion(dir + u"/bifrostctl.bash-completion"_s);
    QVERIFY2(completion.open(QIODevice::ReadOnly), qPrintable(completion.fileName()));
    QFile script(m_script);
    QVERIFY(script.open(QIODevice::ReadOnly));
    QVERIFY2(completion.readAll() == script.readAll(),
             "the built completion script differs from `completion bash`");

    QFile page(dir + u"/bifrostctl.1"_s);
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    QVERIFY2(QFileInfo::exists(dir + u"/bifrostctl.1.gz"_s), "no compressed man page");
    CtlRunner english(QString{});
    english.environment().insert(u"LANGUAGE"_s, u"C"_s);
    english.environment().insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    const CtlResult man = english.runRaw({u"help"_s, u"--man"_s});
    CLI_EXPECT_OK(man);
    QVERIFY2(page.readAll() == man.out, "the built man page differs from `help --man`");
}

void TestCliCompletion::sourcingRegistersTheCompletion() {
    // Exactly as the documentation says, in a shell without any bash-completion package.
    const CtlResult r =
        runBash(uR"(source <("$1" completion bash) && complete -p bifrostctl)"_s, {bifrostctl()});
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText().trimmed(), u"complete -F _bifrostctl bifrostctl"_s);
    // The script is valid bash as a whole, not only the parts the tests reach.
    const CtlResult syntax = runBash(uR"(bash -n "$1")"_s, {m_script});
    CLI_EXPECT_OK(syntax);
}

void TestCliCompletion::completesCommands() {
    QStringList firstWords;
    for (const HelpCommand &c : std::as_const(m_commands)) {
        if (!firstWords.contains(c.words.first()))
            firstWords << c.words.first();
    }
    QCOMPARE(sorted(complete({u"bifrostctl"_s, QString()})), sorted(firstWords));
    QCOMPARE(complete({u"bifrostctl"_s, u"con"_s}), QStringList{u"config"_s});
    QCOMPARE(sorted(complete({u"bifrostctl"_s, u"co"_s})), (QStringList{u"completion"_s, u"config"_s}));
    QVERIFY(firstWords.contains(u"completion"_s));
    QVERIFY(firstWords.contains(u"help"_s));
    // After global options, with the value split off by '=' as bash does.
    QCOMPARE(complete({u"bifrostctl"_s, u"--db"_s, u"x.db"_s, u"--secrets"_s, u"vault"_s, u"mig"_s}),
             QStringList{u"migrate"_s});
    QCOMPARE(complete({u"bifrostctl"_s, u"--db"_s, u"="_s, u"x.db"_s, u"ge"_s}), QStringList{u"get"_s});
    QCOMPARE(sorted(complete({u"bifrostctl"_s, u"--"_s})),
             sorted({u"--db"_s, u"--secrets"_s, u"--passphrase-stdin"_s, u"--help"_s, u"--version"_s}));
    QCOMPARE(sorted(complete({u"bifrostctl"_s, u"--secrets"_s, QString()})),
             sorted({u"keychain"_s, u"vault"_s}));
}

void TestCliCompletion::completesSubcommands() {
    QHash<QString, QStringList> groups;
    for (const HelpCommand &c : std::as_const(m_commands)) {
        if (c.words.size() > 1)
            groups[c.words.first()] << c.words.at(1);
    }
    QVERIFY(groups.contains(u"org"_s) && groups.contains(u"completion"_s));
    for (auto it = groups.begin(); it != groups.end(); ++it)
        QCOMPARE(sorted(complete({u"bifrostctl"_s, it.key(), QString()})), sorted(it.value()));
    QCOMPARE(complete({u"bifrostctl"_s, u"oauth"_s, u"dis"_s}), QStringList{u"disconnect"_s});
    QCOMPARE(complete({u"bifrostctl"_s, u"--db"_s, u"x.db"_s, u"completion"_s, u"b"_s}),
             QStringList{u"bash"_s});
}

void TestCliCompletion::completesOptionsOfEveryCommand() {
    for (const HelpCommand &c : std::as_const(m_commands)) {
        const QStringList words = QStringList{u"bifrostctl"_s} + c.words + QStringList{u"--"_s};
        QStringList expected = c.options;
        expected << u"--help"_s;
        QCOMPARE(sorted(complete(words)), sorted(expected));
    }
    QCOMPARE(complete({u"bifrostctl"_s, u"oauth"_s, u"set"_s, u"halo"_s, u"--client-s"_s}),
             QStringList{u"--client-secret-stdin"_s});
}

void TestCliCompletion::givenOptionsAreNotOfferedAgain() {
    // --org may be repeated (one level each), --stdin not.
    const QStringList offered = complete({u"bifrostctl"_s, u"config"_s, u"set"_s, u"halo"_s, u"k"_s,
                                          u"--org"_s, u"Acme"_s, u"--stdin"_s, u"--"_s});
    QVERIFY2(offered.contains(u"--org"_s), qPrintable(offered.join(u' ')));
    QVERIFY2(!offered.contains(u"--stdin"_s), qPrintable(offered.join(u' ')));
    QVERIFY2(offered.contains(u"--if-version"_s), qPrintable(offered.join(u' ')));
}

void TestCliCompletion::completesFixedChoices_data() {
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QStringList &words, const QStringList &expected) {
        QTest::newRow(name) << (QStringList{u"bifrostctl"_s} + words) << expected;
    };
    row("--flow", {u"oauth"_s, u"set"_s, u"halo"_s, u"--flow"_s, QString()},
        {u"authorization_code"_s, u"client_credentials"_s, u"device_code"_s});
    row("--flow prefix", {u"oauth"_s, u"set"_s, u"halo"_s, u"--flow"_s, u"cl"_s}, {u"client_credentials"_s});
    row("--flow=, split", {u"oauth"_s, u"set"_s, u"halo"_s, u"--flow"_s, u"="_s, u"de"_s},
        {u"device_code"_s});
    row("--flow= at the =", {u"oauth"_s, u"set"_s, u"halo"_s, u"--flow"_s, u"="_s},
        {u"authorization_code"_s, u"client_credentials"_s, u"device_code"_s});
    row("--flow=, one word", {u"oauth"_s, u"set"_s, u"halo"_s, u"--flow=au"_s},
        {u"--flow=authorization_code"_s});
    row("--auth-method", {u"oauth"_s, u"set"_s, u"halo"_s, u"--auth-method"_s, QString()},
        {u"basic"_s, u"none"_s, u"post"_s});
    row("--redirect-host", {u"oauth"_s, u"set"_s, u"halo"_s, u"--redirect-host"_s, u"l"_s}, {u"localhost"_s});
    row("--on-conflict", {u"import"_s, u"b.bundle"_s, u"--on-conflict"_s, QString()},
        {u"merge"_s, u"replace"_s, u"skip"_s});
    row("--role", {u"team"_s, u"add"_s, u"alice"_s, u"--role"_s, QString()},
        {u"editor"_s, u"owner"_s, u"viewer"_s});
    row("team role ROLE", {u"team"_s, u"role"_s, u"alice"_s, u"v"_s}, {u"viewer"_s});
    row("secrets migrate --to", {u"secrets"_s, u"migrate"_s, u"--to"_s, QString()},
        {u"keychain"_s, u"vault"_s});
    row("--auth", {u"sdk"_s, u"generate"_s, u"--auth"_s, u"b"_s}, {u"basic"_s, u"bearer"_s});
    row("completion names KIND", {u"completion"_s, u"names"_s, QString()},
        {u"integrations"_s, u"organizations"_s});
    row("help COMMAND", {u"help"_s, u"tea"_s}, {u"team"_s});
    // A value that cannot be guessed offers nothing, and a flag takes no value.
    row("--description", {u"integration"_s, u"create"_s, u"x"_s, u"--description"_s, QString()}, {});
    row("new name", {u"org"_s, u"add"_s, QString()}, {});
}

void TestCliCompletion::completesFixedChoices() {
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    QCOMPARE(sorted(complete(words)), sorted(expected));
}

void TestCliCompletion::completesFileNames() {
    QVERIFY(!env.writeFile(u"schema.json"_s, "[]").isEmpty());
    QVERIFY(!env.writeFile(u"second schema.json"_s, "[]").isEmpty());
    QVERIFY(!env.writeFile(u"map.csv"_s, "").isEmpty());
    QVERIFY(QDir(env.dirPath()).mkdir(u"out"_s));
    QCOMPARE(complete({u"bifrostctl"_s, u"schema"_s, u"set"_s, u"halo"_s, u"--file"_s, u"sch"_s}),
             QStringList{u"schema.json"_s});
    QCOMPARE(complete({u"bifrostctl"_s, u"schema"_s, u"set"_s, u"halo"_s, u"--file"_s, u"second\\ s"_s}),
             QStringList{u"second schema.json"_s});
    QCOMPARE(complete({u"bifrostctl"_s, u"mapping"_s, u"import"_s, u"halo"_s, u"--file"_s, u"m"_s}),
             QStringList{u"map.csv"_s});
    QCOMPARE(complete({u"bifrostctl"_s, u"import"_s, u"ma"_s}), QStringList{u"map.csv"_s});
    QCOMPARE(complete({u"bifrostctl"_s, u"--db"_s, u"sc"_s}), QStringList{u"schema.json"_s});
    QCOMPARE(complete({u"bifrostctl"_s, u"export"_s, u"--out"_s, u"o"_s}), QStringList{u"out"_s});
    // DIR offers folders only.
    QCOMPARE(complete({u"bifrostctl"_s, u"sdk"_s, u"runtime"_s, u"--out"_s, QString()}),
             QStringList{u"out"_s});
}

void TestCliCompletion::completesNamesFromTheDatabase() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.ok({"integration", "create", "ninja"}));
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"org", "add", "Acme Corp"}));
    QVERIFY(env.ok({"org", "add", "Globex"}));
    const QString db = env.dbPath();
    const auto with = [&](const QStringList &words) {
        return QStringList{u"bifrostctl"_s, u"--db"_s, db} + words;
    };

    QCOMPARE(sorted(complete(with({u"get"_s, QString()}))), sorted({u"halo"_s, u"ninja"_s}));
    QCOMPARE(complete(with({u"config"_s, u"list"_s, u"n"_s})), QStringList{u"ninja"_s});
    QCOMPARE(complete(with({u"integration"_s, u"rename"_s, u"h"_s})), QStringList{u"halo"_s});
    QCOMPARE(sorted(complete(with({u"org"_s, u"show"_s, u"Ac"_s}))), sorted({u"Acme"_s, u"Acme Corp"_s}));
    QCOMPARE(complete(with({u"org"_s, u"remove"_s, u"G"_s})), QStringList{u"Globex"_s});
    QCOMPARE(complete(with({u"org"_s, u"show"_s, u"Acme\\ C"_s})), QStringList{u"Acme Corp"_s});
    QCOMPARE(complete(with({u"org"_s, u"show"_s, u"\"Acme C"_s})), QStringList{u"Acme Corp"_s});
    QCOMPARE(complete(with({u"config"_s, u"set"_s, u"halo"_s, u"url"_s, u"--org"_s, u"G"_s})),
             QStringList{u"Globex"_s});
    QCOMPARE(complete(with({u"config"_s, u"set"_s, u"halo"_s, u"url"_s, u"--org=G"_s})),
             QStringList{u"--org=Globex"_s});
    QCOMPARE(complete(with({u"export"_s, u"--integration"_s, u"h"_s})), QStringList{u"halo"_s});
    QCOMPARE(complete(with({u"history"_s, u"--org"_s, u"Gl"_s})), QStringList{u"Globex"_s});
    QCOMPARE(complete(with({u"oauth"_s, u"status"_s, u"ni"_s})), QStringList{u"ninja"_s});
    // The second positional of `config set` is a key, not an integration.
    QCOMPARE(complete(with({u"config"_s, u"set"_s, u"halo"_s, u"h"_s})), QStringList{});
    // BIFROST_DB, as bifrostctl itself reads it, when the line has no --db.
    QCOMPARE(complete({u"bifrostctl"_s, u"get"_s, u"h"_s}, {}, {{u"BIFROST_DB"_s, db}}),
             QStringList{u"halo"_s});
    // The bifrostctl on the line (here the absolute path of the build's) is the one asked.
    QCOMPARE(complete({bifrostctl(), u"--db"_s, db, u"get"_s, u"h"_s}), QStringList{u"halo"_s});
}

void TestCliCompletion::namesAreQuietWithoutDatabase() {
    CLI_SQLITE_ONLY("a missing database file");
    const QString missing = env.path(u"missing/none.db"_s);
    QElapsedTimer timer;
    timer.start();
    const CtlResult r =
        env.ctl().runRaw({u"--db"_s, missing, u"completion"_s, u"names"_s, u"organizations"_s});
    const qint64 elapsed = timer.elapsed();
    CLI_EXPECT_OK(r);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(!QFileInfo::exists(missing) && !QFileInfo::exists(env.path(u"missing"_s)),
             "completion created a database");
    QVERIFY2(elapsed < 5000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    // Through the script: no names, no error text on the terminal, the file still not there.
    QCOMPARE(complete({u"bifrostctl"_s, u"--db"_s, missing, u"get"_s, QString()}), QStringList{});
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCliCompletion::namesNeverPrintSecrets() {
    CliEnv::Populated populated;
    QVERIFY(env.populate(populated));
    for (const char *kind : {"integrations", "organizations"}) {
        const CtlResult r = env.run({"completion", "names", kind});
        CLI_EXPECT_OK(r);
        QVERIFY2(!r.out.contains(populated.token.toUtf8()) && !r.out.contains(populated.acmeToken.toUtf8()),
                 "completion names printed a secret");
        QCOMPARE(sorted(r.outText().split(u'\n', Qt::SkipEmptyParts)),
                 QString::fromLatin1(kind) == u"integrations"_s
                     ? sorted({u"halo"_s, u"ninja"_s})
                     : sorted({u"Acme"_s, u"Globex"_s, u"Initech"_s}));
    }
}

void TestCliCompletion::namesRefusesUnknownKind() {
    CLI_EXPECT_FAIL(env.run({"completion", "names", "secrets"}), 2);
    CLI_EXPECT_FAIL(env.run({"completion", "names"}), 2);
    CLI_EXPECT_FAIL(env.run({"completion", "zsh"}), 2);
}

void TestCliCompletion::helpForOneCommand() {
    const CtlResult r = env.ctl().runRaw({u"help"_s, u"org"_s});
    CLI_EXPECT_OK(r);
    for (const HelpCommand &c : std::as_const(m_commands)) {
        const bool org = c.words.first() == u"org"_s;
        QCOMPARE(r.outText().contains(u"bifrostctl "_s + c.words.join(u' ') + u' '), org);
    }
    const CtlResult bare = env.ctl().runRaw({u"help"_s});
    CLI_EXPECT_OK(bare);
    QCOMPARE(bare.outText(), m_help);
    CLI_EXPECT_FAIL(env.ctl().runRaw({u"help"_s, u"nonsense"_s}), 2);
    CLI_EXPECT_FAIL(env.ctl().runRaw({u"help"_s, u"org"_s, u"--man"_s}), 2);
}

void TestCliCompletion::manPageRendersWithoutWarnings() {
    const CtlResult man = env.ctl().runRaw({u"help"_s, u"--man"_s});
    CLI_EXPECT_OK(man);
    const QString page = env.writeFile(u"bifrostctl.1"_s, man.out);
    // groff with every warning on; -z: format, print nothing but the warnings.
    const CtlResult groff = runBash(uR"(groff -man -Tutf8 -ww -z "$1")"_s, {page});
    QVERIFY2(groff.exitCode == 0 && groff.err.isEmpty(), groff.err.constData());
    // man(1) as a user runs it, with its own checks.
    const CtlResult viaMan = runBash(uR"(MANWIDTH=80 man --warnings -E UTF-8 -l "$1" 2>&1 >/dev/null)"_s,
                                     {page}, {}, {{u"MANPAGER"_s, u"cat"_s}});
    QVERIFY2(viaMan.exitCode == 0 && viaMan.out.isEmpty(), viaMan.out.constData());
}

void TestCliCompletion::manPageListsEverything() {
    const CtlResult man = env.ctl().runRaw({u"help"_s, u"--man"_s});
    CLI_EXPECT_OK(man);
    const QString page = env.writeFile(u"bifrostctl.1"_s, man.out);
    // Rendered as plain ASCII on lines long enough that no usage line wraps.
    const CtlResult rendered = runBash(uR"(groff -man -Tascii -rLL=2000n -P-cbou "$1")"_s, {page});
    CLI_EXPECT_OK(rendered);
    const QString text = rendered.outText();
    QString simplified;
    for (const QString &line : text.split(u'\n'))
        simplified += line.simplified() + u'\n';

    for (const QString &line : m_help.split(u'\n')) {
        if (line.startsWith(u"  "_s) && !line.startsWith(u"   "_s))
            QVERIFY2(hasLine(simplified, u"bifrostctl "_s + line.trimmed()), qPrintable(line.trimmed()));
    }
    for (const char *section : {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "ENVIRONMENT",
                                "EXIT STATUS", "FILES", "SEE ALSO"})
        QVERIFY2(hasLine(simplified, QLatin1String(section)), section);
    for (const char *option :
         {"--db PATH", "--secrets keychain|vault", "--passphrase-stdin", "--help", "--version"})
        QVERIFY2(hasLine(simplified, QLatin1String(option)), option);
    // Every variable the help names, and every exit code it names, has an entry.
    static const QRegularExpression variable(u"BIFROST_[A-Z_]+"_s);
    QStringList variables;
    for (auto it = variable.globalMatch(m_help); it.hasNext();)
        variables << it.next().captured();
    QVERIFY(variables.size() >= 5);
    const QString environment =
        simplified.section(u"\nENVIRONMENT\n"_s, 1).section(u"\nEXIT STATUS\n"_s, 0, 0);
    for (const QString &v : std::as_const(variables))
        QVERIFY2(hasLine(environment, v), qPrintable(v));
    const QString exits = simplified.section(u"\nEXIT STATUS\n"_s, 1).section(u"\nFILES\n"_s, 0, 0);
    for (const char *code : {"0", "2", "3", "4", "5"})
        QVERIFY2(hasLine(exits, QLatin1String(code)), code);
}

QTEST_GUILESS_MAIN(TestCliCompletion)
#include "tst_cli_completion.moc"
