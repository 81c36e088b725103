#include "arguments.h"

#include "passphrase.h"

#include <QCoreApplication>

namespace bifrost::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(bifrostctl)
};

// Accepts "--name value" and "--name=value"; returns the option name and, when inline, its value.
std::pair<QString, std::optional<QString>> splitOption(const QString &arg) {
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {arg.mid(2), std::nullopt};
    return {arg.mid(2, eq - 2), arg.mid(eq + 1)};
}

// The value of an option: inline after '=', else the next argument (advancing `i`).
std::optional<QString> optionValue(const QStringList &args, qsizetype &i,
                                   const std::optional<QString> &inlineValue) {
    if (inlineValue)
        return inlineValue;
    if (i + 1 < args.size())
        return args.at(++i);
    return std::nullopt;
}

} // namespace

namespace {

QString marked(const std::function<QString(const QString &)> &mark, const QString &text) {
    return mark ? mark(text) : text;
}

} // namespace

QString optionUsage(const OptionSpec &option, const UsageMarkup &markup) {
    QString text = marked(markup.name, QStringLiteral("--") + option.name);
    if (!option.valueName.isEmpty())
        text += QLatin1Char(' ') + marked(markup.value, option.valueName);
    return text;
}

QString CommandSpec::usage(const UsageMarkup &markup) const {
    QStringList parts{marked(markup.name, QStringLiteral("bifrostctl ") + words.join(QLatin1Char(' ')))};
    for (const QString &p : positionals)
        parts << (p.endsWith(QLatin1Char('?'))
                      ? QStringLiteral("[%1]").arg(marked(markup.placeholder, p.chopped(1)))
                      : marked(markup.placeholder, p));
    for (const OptionSpec &o : options)
        parts << QStringLiteral("[%1]").arg(optionUsage(o, markup));
    return parts.join(QLatin1Char(' '));
}

// Kept beside parseGlobal: every option it accepts is listed here, and nothing else.
const QList<OptionSpec> &globalOptions() {
    static const QList<OptionSpec> options = {
        {QStringLiteral("db"), QStringLiteral("PATH"), false},
        {QStringLiteral("secrets"), QStringLiteral("keychain|vault"), false},
        {QStringLiteral("passphrase-stdin"), {}, false},
        {QStringLiteral("help"), {}, false},
        {QStringLiteral("version"), {}, false},
    };
    return options;
}

bool parseGlobal(const QStringList &args, GlobalOptions &global, QStringList &rest, QString &error) {
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")))
            break;
        auto [name, inlineValue] = splitOption(arg);
        if (name == QLatin1String("help")) {
            global.help = true;
            continue;
        }
        if (name == QLatin1String("version")) {
            global.version = true;
            continue;
        }
        if (name == QLatin1String("passphrase-stdin")) {
            if (inlineValue) {
                error = Text::tr("--passphrase-stdin takes no value; the passphrase is the first line of "
                                 "standard input");
                return false;
            }
            global.passphraseStdin = true;
            // Whoever reads stdin first (a --stdin value, a bundle passphrase) must find the vault
            // passphrase line already out of the way.
            reserveVaultPassphraseLine();
            continue;
        }
        if (name != QLatin1String("db") && name != QLatin1String("secrets")) {
            error = Text::tr("unknown global option --%1; global options are --db PATH, --secrets "
                             "keychain|vault and --passphrase-stdin, given before the command")
                        .arg(name);
            return false;
        }
        const auto value = optionValue(args, i, inlineValue);
        if (!value) {
            error = Text::tr("--%1 needs a value").arg(name);
            return false;
        }
        (name == QLatin1String("db") ? global.db : global.secrets) = *value;
    }
    rest = args.mid(i);
    return true;
}

const CommandSpec *matchCommand(const QList<CommandSpec> &commands, const QStringList &rest, QString &error) {
    const CommandSpec *best = nullptr;
    for (const CommandSpec &c : commands) {
        if (rest.size() >= c.words.size() && rest.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (best)
        return best;
    if (rest.isEmpty()) {
        error = Text::tr("no command given; see `bifrostctl --help`");
        return nullptr;
    }
    QStringList candidates;
    for (const CommandSpec &c : commands) {
        if (c.words.first() == rest.first())
            candidates << c.words.join(QLatin1Char(' '));
    }
    candidates.removeDuplicates();
    error = candidates.isEmpty()
                ? Text::tr("unknown command \"%1\"; see `bifrostctl --help`").arg(rest.join(QLatin1Char(' ')))
                : Text::tr("unknown command \"%1\"; did you mean: %2")
                      .arg(rest.join(QLatin1Char(' ')), candidates.join(QStringLiteral(", ")));
    return nullptr;
}

bool parseCommand(const CommandSpec &spec, const QStringList &args, Parsed &parsed, QString &error) {
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (optionsEnded || !arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            parsed.positionals << arg;
            continue;
        }
        auto [name, inlineValue] = splitOption(arg);
        const OptionSpec *option = nullptr;
        for (const OptionSpec &o : spec.options) {
            if (o.name == name)
                option = &o;
        }
        if (!option) {
            error = Text::tr("unknown option --%1 for `%2`; usage: %3")
                        .arg(name, spec.words.join(QLatin1Char(' ')), spec.usage());
            return false;
        }
        if (option->valueName.isEmpty()) {
            if (inlineValue) {
                error = Text::tr("--%1 takes no value").arg(name);
                return false;
            }
            parsed.options[name] << QString();
            continue;
        }
        const auto value = optionValue(args, i, inlineValue);
        if (!value) {
            error = Text::tr("--%1 needs a value (%2)").arg(name, option->valueName);
            return false;
        }
        if (parsed.options.contains(name) && !option->repeatable) {
            error = Text::tr("--%1 is given more than once").arg(name);
            return false;
        }
        parsed.options[name] << *value;
    }
    qsizetype required = 0;
    for (const QString &p : spec.positionals) {
        if (!p.endsWith(QLatin1Char('?')))
            ++required;
    }
    if (parsed.positionals.size() < required || parsed.positionals.size() > spec.positionals.size()) {
        error = Text::tr("wrong number of arguments; usage: %1").arg(spec.usage());
        return false;
    }
    return true;
}

} // namespace bifrost::cli
