// `bifrostctl help --man`: the troff manual page bifrostctl(1), generated from the command table
// (commands()) and the global options (globalOptions()), so that it lists exactly what the
// program accepts. The page's own text is English only; the command summaries come from the
// table, in English when the build runs it with LANGUAGE=C (app/CMakeLists.txt).
#include "commands.h"

#include <QCoreApplication>

#include <iterator>
#include <map>

namespace bifrost::cli {

namespace {

// Text for a troff text line: backslashes, minus signs, quotes and a leading dot escaped, and
// anything outside ASCII as a groff Unicode escape, so groff reads it whatever its input encoding.
QString escaped(const QString &text) {
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\e");
            break;
        case '-':
            out += QStringLiteral("\\-");
            break;
        case '`':
            out += QStringLiteral("\\(ga");
            break;
        case '\'':
            out += QStringLiteral("\\(aq");
            break;
        default:
            if (c.unicode() < 0x80)
                out += c;
            else
                out += QStringLiteral("\\[u%1]").arg(
                    QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        }
    }
    if (out.startsWith(QLatin1Char('.')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

QString bold(const QString &text) {
    return QStringLiteral("\\fB") + escaped(text) + QStringLiteral("\\fR");
}
QString italic(const QString &text) {
    return QStringLiteral("\\fI") + escaped(text) + QStringLiteral("\\fR");
}

// A value name as the reader types it: literal words in bold ("skip|replace|merge"), a
// placeholder in italics (FILE, "sqlite:PATH").
QString valueName(const QString &name) {
    const bool literal = name != name.toUpper() && name == name.toLower();
    return literal ? bold(name) : italic(name);
}

// The usage lines' troff fonts: names in bold, placeholders in italics.
const UsageMarkup &troff() {
    static const UsageMarkup markup{bold, italic, valueName};
    return markup;
}

const std::map<QString, const char *> &globalDescriptions() {
    static const std::map<QString, const char *> descriptions = {
        {QStringLiteral("db"),
         "The database: an SQLite file (PATH or sqlite:PATH, created on first use with mode 0600) or a "
         "PostgreSQL team database (postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE]; never put a "
         "password in it). Default: BIFROST_DB, else the file named under FILES."},
        {QStringLiteral("secrets"),
         "Where an SQLite database keeps its secret values: the OS keychain (Secret Service) or an "
         "encrypted vault file next to the database. Default: BIFROST_SECRETS, else the backend the "
         "database records. A PostgreSQL database always keeps them in its team store."},
        {QStringLiteral("passphrase-stdin"),
         "The vault or team passphrase is the first line of standard input; a bundle passphrase comes "
         "next, then any --stdin value."},
        {QStringLiteral("help"),
         "Print every command with its usage and exit. After a command, print that command's usage."},
        {QStringLiteral("version"), "Print the version (bifrostctl VERSION) and exit."},
    };
    return descriptions;
}

struct Entry {
    const char *name;
    const char *text;
};

const Entry environment[] = {
    {"BIFROST_DB", "The database when --db is not given: a path, sqlite:PATH or a postgresql:// URL."},
    {"BIFROST_SECRETS", "The secret backend when --secrets is not given: keychain or vault."},
    {"BIFROST_VAULT", "The vault file. Default: the database path with the extension .vault."},
    {"BIFROST_VAULT_PASSPHRASE",
     "The vault passphrase; without it (and without --passphrase-stdin) it is asked on the terminal."},
    {"BIFROST_TEAM_PASSPHRASE",
     "Your personal team passphrase on a PostgreSQL database; without it (and without "
     "--passphrase-stdin) it is asked on the terminal."},
    {"BIFROST_NO_BROWSER", "1: oauth connect prints the authorization URL without opening a browser."},
    {"BIFROST_KEYCHAIN_TIMEOUT_MS",
     "How long a keychain call may take, in milliseconds, before it fails (default 15000)."},
    {"PGPASSFILE",
     "The libpq password file for PostgreSQL databases (default ~/.pgpass); a password that worked "
     "after a prompt is kept in the keychain instead."},
    {"XDG_DATA_HOME", "The folder of the default database (default ~/.local/share)."},
    {"LANGUAGE, LC_ALL, LC_MESSAGES, LANG", "The language of messages and help: English, or German (de)."},
};

const Entry exitStatus[] = {
    {"0", "Success."},
    {"1", "An internal error (a bug): please report it."},
    {"2", "Invalid input: a usage error, an unknown name or key format, a value the schema refuses."},
    {"3", "Not found: the integration, organization, key or file does not exist."},
    {"4", "Conflict: the name exists already, or the row changed since it was read (--if-version)."},
    {"5", "External failure: the database, the keychain, the vault, the network or an OAuth provider "
          "failed, or doctor found problems it did not fix."},
};

const Entry files[] = {
    {"~/.local/share/bifrost-admin/bifrost.db",
     "The default SQLite database (under $XDG_DATA_HOME when set), shared with bifrost-admin(1)."},
    {"~/.local/share/bifrost-admin/bifrost.vault",
     "The vault of the default database, when it keeps its secrets in a vault."},
    {"/usr/share/bash-completion/completions/bifrostctl",
     "The bash completion script, made by bifrostctl completion bash."},
};

void addEntries(QStringList &lines, const Entry *begin, const Entry *end) {
    for (const Entry *e = begin; e != end; ++e)
        lines << QStringLiteral(".TP") << bold(QString::fromLatin1(e->name))
              << escaped(QString::fromLatin1(e->text));
}

} // namespace

QString manPage() {
    const QString version = QCoreApplication::applicationVersion();
    QStringList lines{
        QStringLiteral(".\\\" bifrostctl(1), generated by `bifrostctl help --man` from its command table."),
        QStringLiteral(".TH BIFROSTCTL 1 \"\" \"bifrostctl %1\" \"User Commands\"").arg(version),
        // Option names must not be hyphenated or stretched.
        QStringLiteral(".nh"),
        QStringLiteral(".ad l"),
        QStringLiteral(".SH NAME"),
        QStringLiteral(
            "bifrostctl \\- configure Bifrost Admin integrations, organizations, secrets and OAuth "
            "from the command line"),
        QStringLiteral(".SH SYNOPSIS"),
    };
    QStringList globals;
    for (const OptionSpec &o : globalOptions()) {
        if (o.name != QLatin1String("help") && o.name != QLatin1String("version"))
            globals << QStringLiteral("[%1]").arg(optionUsage(o, troff()));
    }
    lines << bold(QStringLiteral("bifrostctl")) + QLatin1Char(' ') + globals.join(QLatin1Char(' ')) +
                 QLatin1Char(' ') + italic(QStringLiteral("COMMAND")) + QStringLiteral(" [") +
                 italic(QStringLiteral("ARGUMENT")) + QStringLiteral("...]")
          << QStringLiteral(".br") << bold(QStringLiteral("bifrostctl --help")) << QStringLiteral(".br")
          << bold(QStringLiteral("bifrostctl --version"));

    lines
        << QStringLiteral(".SH DESCRIPTION")
        << escaped(QStringLiteral(
               "bifrostctl is the command-line face of Bifrost Admin: it keeps the configuration of "
               "integrations (a schema of typed keys, default values and per-organization overrides), the "
               "mapping of organizations to external entities, secrets (in the OS keychain, an encrypted "
               "vault or a PostgreSQL team store), OAuth connections, bundles, history and generated Python "
               "SDKs, in the same database as the bifrost-admin(1) desktop application."))
        << QStringLiteral(".PP")
        << escaped(QStringLiteral(
               "Global options come before the command. Secret values are never taken from the command "
               "line: they are read from standard input (--stdin, --client-secret-stdin, "
               "--passphrase-stdin) or asked on the terminal. Errors are one line on standard error, "
               "\"bifrostctl: error: ...\", and the exit status says what kind of error it was."));

    lines << QStringLiteral(".SH OPTIONS");
    for (const OptionSpec &o : globalOptions()) {
        const auto it = globalDescriptions().find(o.name);
        lines << QStringLiteral(".TP") << optionUsage(o, troff())
              << escaped(it == globalDescriptions().end() ? QString() : QString::fromUtf8(it->second));
    }

    lines << QStringLiteral(".SH COMMANDS")
          << escaped(QStringLiteral("Every command prints its own usage with --help."));
    QString group;
    for (const CommandSpec &c : commands()) {
        if (c.words.first() != group) {
            group = c.words.first();
            lines << QStringLiteral(".SS %1").arg(escaped(group));
        }
        lines << QStringLiteral(".TP") << c.usage(troff()) << escaped(c.summary);
    }

    lines << QStringLiteral(".SH ENVIRONMENT");
    addEntries(lines, std::begin(environment), std::end(environment));
    lines << QStringLiteral(".SH EXIT STATUS");
    addEntries(lines, std::begin(exitStatus), std::end(exitStatus));
    lines << QStringLiteral(".SH FILES");
    addEntries(lines, std::begin(files), std::end(files));
    lines << QStringLiteral(".SH SEE ALSO") << QStringLiteral("\\fBbifrost\\-admin\\fR(1), \\fBbash\\fR(1)")
          << QStringLiteral(".PP")
          << escaped(
                 QStringLiteral("The task-oriented overview docs/cli.md and one reference page per command "
                                "in docs/reference/bifrostctl/ of the Bifrost Admin sources."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace bifrost::cli
