// `bifrostctl completion bash`, `completion names` and `help`: the bash completion script is
// generated from the same command table that parses the command line (commands()), so a new
// command or option completes without anyone touching the script. The script is English only.
#include "commands.h"
#include "commandutil.h"
#include "completionhints.h"
#include "store/databaselocation.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace bifrost::cli {

namespace {

bool isChoiceWord(const QString &word) {
    static const QRegularExpression literal(QStringLiteral("^[a-z0-9_.]+$"));
    return literal.match(word).hasMatch();
}

// "skip|replace|merge" -> its words; placeholders such as "FILE|URL" are not choices.
QStringList choicesOf(const QString &valueName) {
    const QStringList words = valueName.split(QLatin1Char('|'));
    if (words.size() < 2 || !std::all_of(words.begin(), words.end(), isChoiceWord))
        return {};
    return words;
}

// Everything after a single quote is taken literally by bash, even a backslash.
QString shellQuote(const QString &text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString hintText(const ValueHint &hint) {
    QString text;
    switch (hint.kind) {
    case ValueKind::Flag:
        return QStringLiteral("flag");
    case ValueKind::None:
        return QStringLiteral("none");
    case ValueKind::Choice:
        text = QStringLiteral("choice");
        break;
    case ValueKind::File:
        return QStringLiteral("file");
    case ValueKind::Dir:
        return QStringLiteral("dir");
    case ValueKind::Integration:
        return QStringLiteral("integration");
    case ValueKind::Organization:
        return QStringLiteral("organization");
    }
    for (const QString &choice : hint.choices)
        text += QLatin1Char(' ') + choice;
    return text;
}

// The first word of every command, in table order: what `bifrostctl <TAB>` and `help <TAB>` offer.
QStringList firstWords() {
    QStringList words;
    for (const CommandSpec &c : commands()) {
        if (!words.contains(c.words.first()))
            words << c.words.first();
    }
    return words;
}

// The shell functions that carry the table: first words, subcommands, options, option values and
// positional arguments of every command.
QString tableFunctions() {
    const QList<CommandSpec> &table = commands();
    std::map<QString, QStringList> subcommands;
    for (const CommandSpec &c : table) {
        if (c.words.size() > 1)
            subcommands[c.words.first()] << c.words.mid(1).join(QLatin1Char(' '));
    }

    QStringList lines;
    lines << QStringLiteral("# The first word of every command.")
          << QStringLiteral("_bifrostctl_commands() {")
          << QStringLiteral("    echo %1").arg(shellQuote(firstWords().join(QLatin1Char(' '))))
          << QStringLiteral("}") << QString();

    lines << QStringLiteral("# The second words after a first word $1 (nothing: $1 is a whole command).")
          << QStringLiteral("_bifrostctl_subcommands() {") << QStringLiteral("    case $1 in");
    for (const auto &[first, rest] : subcommands)
        lines << QStringLiteral("    %1) echo %2 ;;")
                     .arg(shellQuote(first), shellQuote(rest.join(QLatin1Char(' '))));
    lines << QStringLiteral("    esac") << QStringLiteral("}") << QString();

    // Options: "--name", with a trailing '*' when it may be given more than once.
    const auto optionList = [](const QList<OptionSpec> &options) {
        QStringList names;
        for (const OptionSpec &o : options)
            names << QStringLiteral("--") + o.name + (o.repeatable ? QStringLiteral("*") : QString());
        return names.join(QLatin1Char(' '));
    };
    lines << QStringLiteral(
                 "# The options of command $1 (empty: the global options); '*' marks a repeatable one.")
          << QStringLiteral("_bifrostctl_options() {") << QStringLiteral("    case $1 in")
          << QStringLiteral("    '') echo %1 ;;").arg(shellQuote(optionList(globalOptions())));
    for (const CommandSpec &c : table)
        lines << QStringLiteral("    %1) echo %2 ;;")
                     .arg(shellQuote(c.words.join(QLatin1Char(' '))), shellQuote(optionList(c.options)));
    lines << QStringLiteral("    esac") << QStringLiteral("}") << QString();

    lines << QStringLiteral(
                 "# Option $2 of command $1: \"REPEATABLE KIND [CHOICE...]\", KIND one of flag, none,")
          << QStringLiteral("# choice, file, dir, integration, organization.")
          << QStringLiteral("_bifrostctl_option() {") << QStringLiteral("    case \"$1|$2\" in");
    for (const OptionSpec &o : globalOptions())
        lines << QStringLiteral("    %1) echo %2 ;;")
                     .arg(shellQuote(QStringLiteral("|--") + o.name),
                          shellQuote(QStringLiteral("0 ") + hintText(globalOptionHint(o))));
    for (const CommandSpec &c : table) {
        for (const OptionSpec &o : c.options)
            lines << QStringLiteral("    %1) echo %2 ;;")
                         .arg(shellQuote(c.words.join(QLatin1Char(' ')) + QStringLiteral("|--") + o.name),
                              shellQuote((o.repeatable ? QStringLiteral("1 ") : QStringLiteral("0 ")) +
                                         hintText(optionHint(c, o))));
    }
    lines << QStringLiteral("    esac") << QStringLiteral("}") << QString();

    lines << QStringLiteral("# Positional argument $2 (from 0) of command $1: \"KIND [CHOICE...]\".")
          << QStringLiteral("_bifrostctl_positional() {") << QStringLiteral("    case \"$1|$2\" in");
    for (const CommandSpec &c : table) {
        for (qsizetype i = 0; i < c.positionals.size(); ++i)
            lines << QStringLiteral("    %1) echo %2 ;;")
                         .arg(shellQuote(c.words.join(QLatin1Char(' ')) + QLatin1Char('|') +
                                         QString::number(i)),
                              shellQuote(hintText(positionalHint(c, c.positionals.at(i)))));
    }
    lines << QStringLiteral("    esac") << QStringLiteral("}");
    return lines.join(QLatin1Char('\n'));
}

// The part of the script that does not depend on the table.
const char *const scriptBody = R"bash(
# Sets the variable named $2 to word $1 as the shell will read it: without its opening quote and
# backslash escapes, a leading ~/ expanded.
_bifrostctl_dequote() {
    local word=$1 out="" i c
    if [[ $word == \'* ]]; then
        out=${word#\'}
        out=${out%\'}
    else
        if [[ $word == \"* ]]; then
            word=${word#\"}
            word=${word%\"}
        fi
        for ((i = 0; i < ${#word}; i++)); do
            c=${word:i:1}
            if [[ $c == \\ ]]; then
                i=$((i + 1))
                c=${word:i:1}
            fi
            out+=$c
        done
    fi
    [[ $out == \~/* ]] && out=$HOME/${out:2}
    printf -v "$2" '%s' "$out"
}

# Prints the names of $1 (integrations or organizations), one a line, from the database $3 (empty:
# BIFROST_DB or the default) through bifrostctl $2; nothing when there is no database, or when
# bifrostctl fails or takes more than 3 seconds.
_bifrostctl_names() {
    local -a database=() limit=()
    [[ -n $3 ]] && database=(--db "$3")
    type -P timeout >/dev/null 2>&1 && limit=(timeout 3)
    "${limit[@]}" "$2" "${database[@]}" completion names "$1" </dev/null 2>/dev/null
}

# Fills COMPREPLY with the values that start with $1 of kind $4 (choices after it); $2 is the
# bifrostctl to ask for names, $3 the database the command line names.
_bifrostctl_values() {
    local cur exe=$2 db=$3 kind=$4 name
    _bifrostctl_dequote "$1" cur
    shift 4
    case $kind in
    choice)
        mapfile -t COMPREPLY < <(compgen -W "$*" -- "$cur")
        ;;
    file)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        ;;
    dir)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        ;;
    integration | organization)
        # Readline quotes the names (spaces, quotes) as it quotes file names.
        compopt -o filenames 2>/dev/null
        while IFS= read -r name; do
            [[ $name == "$cur"* ]] && COMPREPLY+=("$name")
        done < <(_bifrostctl_names "${kind}s" "$exe" "$db")
        ;;
    esac
}

# Fills COMPREPLY with the options of command $1 that start with $2, leaving out the ones
# already given (the words after $2) unless they are repeatable.
_bifrostctl_offer_options() {
    local command=$1 cur=$2 option name used
    shift 2
    local -a offer=() options=()
    read -r -a options <<<"$(_bifrostctl_options "$command")"
    [[ -n $command ]] && options+=(--help)
    for option in "${options[@]}"; do
        name=${option%\*}
        if [[ $option != *\* ]]; then
            for used in "$@"; do
                [[ $used == "$name" ]] && continue 2
            done
        fi
        [[ $name == "$cur"* ]] && offer+=("$name")
    done
    COMPREPLY=("${offer[@]}")
}

_bifrostctl() {
    local cur=${COMP_WORDS[COMP_CWORD]} exe db="" group="" command="" ended=0 npos=0 i=1 v
    local word name value kind
    local -a used=() spec=()
    COMPREPLY=()
    _bifrostctl_dequote "${COMP_WORDS[0]}" exe
    while ((i < COMP_CWORD)); do
        word=${COMP_WORDS[i]}
        if ((!ended)) && [[ $word == --?* ]]; then
            name=${word%%=*} value=""
            used+=("$name")
            read -r -a spec <<<"$(_bifrostctl_option "$command" "$name")"
            kind=${spec[1]-}
            if [[ $word == *=* ]]; then
                value=${word#*=}
            elif [[ -n $kind && $kind != flag ]]; then
                # The value: the next word, or the one after a lone "=" (bash splits --db=PATH).
                v=$((i + 1))
                [[ ${COMP_WORDS[v]} == "=" ]] && v=$((v + 1))
                if ((v >= COMP_CWORD)); then
                    [[ $cur == "=" ]] && cur=""
                    _bifrostctl_values "$cur" "$exe" "$db" "$kind" "${spec[@]:2}"
                    return 0
                fi
                value=${COMP_WORDS[v]}
                i=$v
            fi
            [[ -z $command && -z $group && $name == --db ]] && _bifrostctl_dequote "$value" db
        elif [[ -z $command && -n $group ]]; then
            command="$group $word"
        elif [[ -z $command ]]; then
            if [[ -n $(_bifrostctl_subcommands "$word") ]]; then
                group=$word
            else
                command=$word
            fi
        elif ((!ended)) && [[ $word == -- ]]; then
            ended=1
        else
            npos=$((npos + 1))
        fi
        i=$((i + 1))
    done

    if ((!ended)) && [[ $cur == --?*=* ]]; then
        # --option=VALUE as one word (no '=' in COMP_WORDBREAKS)
        name=${cur%%=*}
        read -r -a spec <<<"$(_bifrostctl_option "$command" "$name")"
        _bifrostctl_values "${cur#*=}" "$exe" "$db" "${spec[1]-}" "${spec[@]:2}"
        ((${#COMPREPLY[@]})) && COMPREPLY=("${COMPREPLY[@]/#/$name=}")
    elif [[ -z $command && -n $group ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_bifrostctl_subcommands "$group")" -- "$cur")
    elif [[ -z $command && $cur == -* ]]; then
        _bifrostctl_offer_options "" "$cur" "${used[@]}"
    elif [[ -z $command ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_bifrostctl_commands)" -- "$cur")
    elif ((!ended)) && [[ $cur == -* ]]; then
        _bifrostctl_offer_options "$command" "$cur" "${used[@]}"
    else
        read -r -a spec <<<"$(_bifrostctl_positional "$command" "$npos")"
        _bifrostctl_values "$cur" "$exe" "$db" "${spec[0]-}" "${spec[@]:1}"
    fi
    return 0
}

complete -F _bifrostctl bifrostctl
)bash";

int completionBash(Context &, const Parsed &) {
    printLine(bashCompletionScript());
    return 0;
}

// Never prompts and never creates a database: it runs on every Tab, with the terminal in use.
int completionNames(Context &ctx, const Parsed &p) {
    const QString kind = p.positionals.at(0);
    if (kind != QLatin1String("integrations") && kind != QLatin1String("organizations"))
        return usageError(
            Text::tr("unknown kind \"%1\" for `completion names`; use integrations or organizations")
                .arg(kind));
    const QString location = ctx.global.db.isEmpty() ? Store::defaultPath() : ctx.global.db;
    auto parsed = DatabaseLocation::parse(location);
    OR_FAIL(parsed);
    if (!parsed->isPostgres() && !QFileInfo::exists(parsed->path))
        return 0;
    // No secret store: names are all it reads.
    auto store = Store::open(location, nullptr);
    OR_FAIL(store);
    QStringList names;
    if (kind == QLatin1String("integrations")) {
        auto integrations = (*store)->integrations();
        OR_FAIL(integrations);
        for (const Integration &i : *integrations)
            names << i.name;
    } else {
        auto organizations = (*store)->organizations();
        OR_FAIL(organizations);
        for (const Organization &o : *organizations)
            names << o.name;
    }
    for (const QString &name : std::as_const(names)) {
        // One name a line: a name with a line break could not be told from two.
        if (!name.contains(QLatin1Char('\n')) && !name.contains(QLatin1Char('\r')))
            printLine(name);
    }
    return 0;
}

int help(Context &, const Parsed &p) {
    if (p.has(QStringLiteral("man"))) {
        if (!p.positionals.isEmpty())
            return usageError(Text::tr("`help --man` prints the whole manual page; leave out the command"));
        printLine(manPage());
        return 0;
    }
    if (p.positionals.isEmpty()) {
        printLine(helpText());
        return 0;
    }
    const QString first = p.positionals.first();
    QStringList lines;
    for (const CommandSpec &c : commands()) {
        if (c.words.first() == first)
            lines << c.usage() << QStringLiteral("    ") + c.summary;
    }
    if (lines.isEmpty())
        return usageError(
            Text::tr("unknown command \"%1\"; `bifrostctl --help` lists every command").arg(first));
    printLine(lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace

ValueHint globalOptionHint(const OptionSpec &option) {
    if (option.valueName.isEmpty())
        return {ValueKind::Flag, {}};
    if (option.name == QLatin1String("db"))
        return {ValueKind::File, {}};
    if (const QStringList choices = choicesOf(option.valueName); !choices.isEmpty())
        return {ValueKind::Choice, choices};
    return {ValueKind::None, {}};
}

ValueHint optionHint(const CommandSpec &, const OptionSpec &option) {
    const QString &value = option.valueName;
    if (value.isEmpty())
        return {ValueKind::Flag, {}};
    if (option.name == QLatin1String("integration"))
        return {ValueKind::Integration, {}};
    if (value == QLatin1String("ORG"))
        return {ValueKind::Organization, {}};
    if (const QStringList choices = choicesOf(value); !choices.isEmpty())
        return {ValueKind::Choice, choices};
    if (value == QLatin1String("DIR"))
        return {ValueKind::Dir, {}};
    if (value.startsWith(QLatin1String("FILE")) || value.endsWith(QLatin1String(".json")) ||
        value.endsWith(QLatin1String(".csv")))
        return {ValueKind::File, {}};
    return {ValueKind::None, {}};
}

ValueHint positionalHint(const CommandSpec &command, const QString &positional) {
    const QString name = positional.endsWith(QLatin1Char('?')) ? positional.chopped(1) : positional;
    const QString first = command.words.first();
    const QString second = command.words.value(1);
    if (name == QLatin1String("ORG"))
        return {ValueKind::Organization, {}};
    if (name == QLatin1String("NAME") || name == QLatin1String("OLD")) {
        // `org add NAME`, `integration create NAME`: a new name, nothing to offer.
        if (second == QLatin1String("add") || second == QLatin1String("create"))
            return {ValueKind::None, {}};
        return {first == QLatin1String("org") ? ValueKind::Organization : ValueKind::Integration, {}};
    }
    if (name == QLatin1String("FILE"))
        return {ValueKind::File, {}};
    if (name == QLatin1String("KIND") && first == QLatin1String("completion"))
        return {ValueKind::Choice, {QStringLiteral("integrations"), QStringLiteral("organizations")}};
    if (name == QLatin1String("COMMAND"))
        return {ValueKind::Choice, firstWords()};
    // `team role ADMIN ROLE`: the roles that `--role` of another command lists.
    if (name == QLatin1String("ROLE")) {
        for (const CommandSpec &c : commands()) {
            for (const OptionSpec &o : c.options) {
                if (o.name == QLatin1String("role"))
                    return {ValueKind::Choice, choicesOf(o.valueName)};
            }
        }
    }
    return {ValueKind::None, {}};
}

QString bashCompletionScript() {
    QString script =
        QStringLiteral(
            "# bash completion for bifrostctl %1.\n"
            "# Generated by `bifrostctl completion bash` from bifrostctl's own command table: do not\n"
            "# edit, run the command again. Load it into the current shell with\n"
            "#     source <(bifrostctl completion bash)\n"
            "# or install it as /usr/share/bash-completion/completions/bifrostctl (the package does).\n"
            "# Integration and organization names come from `bifrostctl completion names` on the\n"
            "# database the command line names (--db, else BIFROST_DB, else the default).\n\n")
            .arg(QCoreApplication::applicationVersion());
    return script + tableFunctions() + QLatin1Char('\n') + QString::fromUtf8(scriptBody).trimmed();
}

const QList<CommandSpec> &completionCommands() {
    static const QList<CommandSpec> list = {
        {words("completion", "bash"),
         {},
         {},
         Text::tr("Print the bash completion script, generated from this command table: `source <(bifrostctl "
                  "completion bash)` loads it into the current shell (the package installs it for every "
                  "shell)."),
         completionBash},
        {words("completion", "names"),
         {QStringLiteral("KIND")},
         {},
         Text::tr(
             "Print the names of the integrations or organizations (KIND: integrations or organizations), "
             "one per line, for shell completion; prints nothing when the database does not exist, "
             "never a secret, and never asks for a password."),
         completionNames},
        {words("help"),
         {QStringLiteral("COMMAND?")},
         {flag("man")},
         Text::tr("Print this help, or the usage of the commands that start with COMMAND; --man prints the "
                  "manual page (troff) made from the same command table."),
         help},
    };
    return list;
}

} // namespace bifrost::cli
