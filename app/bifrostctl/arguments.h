#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace bifrost::cli {

struct Context;

struct OptionSpec {
    QString name;      // without the leading "--"
    QString valueName; // empty: a flag
    bool repeatable = false;
};

struct Parsed {
    QStringList positionals;
    QHash<QString, QStringList> options;

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name).value(0); }
};

using Handler = std::function<int(Context &, const Parsed &)>;

// How a usage line marks its parts: literal names (the command words, "--option"), positional
// placeholders, and option values. Each is the identity unless set.
struct UsageMarkup {
    std::function<QString(const QString &)> name;
    std::function<QString(const QString &)> placeholder;
    std::function<QString(const QString &)> value;
};

// One bifrostctl command: the words that name it, its positional arguments (a trailing '?'
// marks an optional one) and its options.
struct CommandSpec {
    QStringList words;
    QStringList positionals;
    QList<OptionSpec> options;
    QString summary;
    Handler handler;

    // "bifrostctl config set NAME KEY [VALUE] [--org ORG] ...", its parts marked up by `markup`
    // (plain text by default; the man page's troff fonts in manpage.cpp).
    QString usage(const UsageMarkup &markup = {}) const;
};

// "--name VALUE" (or "--name" for a flag), as a usage line shows it between brackets.
QString optionUsage(const OptionSpec &option, const UsageMarkup &markup = {});

struct GlobalOptions {
    QString db;
    QString secrets;
    bool passphraseStdin = false; // the vault passphrase is the first line of stdin
    bool help = false;
    bool version = false;
};

// The global options parseGlobal accepts, for the help, the man page and the completion script.
const QList<OptionSpec> &globalOptions();

// Splits argv into global options (before the command), the command and its arguments.
// On error returns false with `error` set to a message that says what to do.
bool parseGlobal(const QStringList &args, GlobalOptions &global, QStringList &rest, QString &error);
const CommandSpec *matchCommand(const QList<CommandSpec> &commands, const QStringList &rest, QString &error);
bool parseCommand(const CommandSpec &spec, const QStringList &args, Parsed &parsed, QString &error);

} // namespace bifrost::cli
