// `team ...`: the admins of a shared PostgreSQL database, their roles and the team data key, and
// the team secret backend that every PostgreSQL database uses (core/team/team.h).
//
// Personal passphrases never come from argv. With the global --passphrase-stdin, the first line
// of stdin is the caller's own team passphrase (the new one when this command sets the team
// up); the second line is the new passphrase of `team passphrase`, or the initial passphrase of
// the admin that `team add` / `team role` gives a key; the rest is any --stdin value. Without
// it, the caller's passphrase comes from BIFROST_TEAM_PASSPHRASE or the terminal, and a new
// admin's initial passphrase from the first line of stdin (or the terminal when stdin is one).
#include "commands.h"
#include "commandutil.h"
#include "passphrase.h"
#include "secrets/crypto.h"

#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace bifrost::cli {

namespace {

// Apart from passphraseProvider() because lupdate takes a definition that starts with `team::`
// for a member of an unknown class and files the Text::tr strings in its body under the context
// "Text", which the program never looks up; so no Text::tr in a function returning team::...
// (scripts/check-translations fails on lupdate's warning about it).
Result<QString> askTeamPassphrase(const Context &ctx, const QString &prompt, bool creating) {
    const bool change = creating && ctx.changingTeamPassphrase;
    if (ctx.global.passphraseStdin) {
        if (change)
            return readStdinLine(Text::tr("the new team passphrase (the second line)"));
        return vaultPassphraseLine();
    }
    const QString fromEnv = qEnvironmentVariable("BIFROST_TEAM_PASSPHRASE");
    if (!fromEnv.isEmpty() && !change)
        return fromEnv;
    if (!terminalAvailable())
        return Error::invalid(
            change ? Text::tr("a new team passphrase is needed and there is no terminal to ask for it; "
                              "pipe the current and the new one as two lines with --passphrase-stdin")
                   : Text::tr("the team passphrase is needed and there is no terminal to ask for it; "
                              "pipe it as the first line of standard input with the global "
                              "--passphrase-stdin, or set BIFROST_TEAM_PASSPHRASE"),
            QStringLiteral("passphrase"));
    return promptPassphrase(prompt, creating);
}

team::PassphraseProvider passphraseProvider(Context &ctx) {
    Context *context = &ctx;
    return [context](const QString &prompt, bool creating) {
        return askTeamPassphrase(*context, prompt, creating);
    };
}

// The team of the database, which must be a PostgreSQL one.
Result<team::Team *> teamOf(Context &ctx) {
    auto store = ctx.openStore();
    if (!store)
        return store.error();
    if (!ctx.team)
        return Error::invalid(Text::tr("team mode needs a PostgreSQL database; move with bifrostctl migrate"),
                              QStringLiteral("db"));
    return ctx.team.get();
}

// The initial passphrase of `admin`: the next line of stdin, or the terminal when stdin is one.
Result<QString> initialPassphrase(Context &ctx, const QString &admin) {
    QString passphrase;
    if (!ctx.global.passphraseStdin && ::isatty(STDIN_FILENO) && terminalAvailable()) {
        auto typed = promptPassphrase(Text::tr("Initial team passphrase for %1: ").arg(admin), true);
        if (!typed)
            return typed.error();
        passphrase = *typed;
    } else {
        auto line = readStdinLine(Text::tr("the initial passphrase of %1").arg(admin));
        if (!line)
            return line.error();
        passphrase = *line;
    }
    if (auto strong = checkNewPassphrase(passphrase, QStringLiteral("passphrase")); !strong) {
        crypto::wipe(passphrase);
        return strong.error();
    }
    return passphrase;
}

Result<team::Role> roleOption(const QString &text) {
    if (text.isEmpty())
        return Error::invalid(Text::tr("team add needs --role owner, --role editor or --role viewer"),
                              QStringLiteral("role"));
    return team::parseRole(text);
}

// Checked before asking for any passphrase; the core (and the database) check it again.
Result<void> ownerOnly(team::Team &team) {
    auto initialized = team.initialized();
    if (!initialized)
        return initialized.error();
    if (!*initialized)
        return {}; // the first command sets the team up, with the caller as owner
    auto role = team.myRole();
    if (!role)
        return role.error();
    if (*role != team::Role::Owner)
        return Error::invalid(Text::tr("only team owners can change the team, and you are %1; ask an owner")
                                  .arg(team::roleName(*role)),
                              QStringLiteral("role"));
    return {};
}

int teamInit(Context &ctx, const Parsed &) {
    auto team = teamOf(ctx);
    OR_FAIL(team);
    auto done = (*team)->initialize();
    OR_FAIL(done);
    auto role = (*team)->myRole();
    OR_FAIL(role);
    printLine(Text::tr("Set up the team of %1; you are its owner.").arg((*ctx.store).location().display()));
    return 0;
}

int teamList(Context &ctx, const Parsed &p) {
    auto team = teamOf(ctx);
    OR_FAIL(team);
    auto members = (*team)->members();
    OR_FAIL(members);
    if (p.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const team::Member &m : std::as_const(*members))
            array.append(QJsonObject{{QStringLiteral("admin"), m.admin},
                                     {QStringLiteral("role"), team::roleName(m.role)},
                                     {QStringLiteral("holds_key"), m.holdsKey},
                                     {QStringLiteral("added_at"), m.addedAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("added_by"), m.addedBy}});
        printJson(array);
        return 0;
    }
    QList<QStringList> rows;
    for (const team::Member &m : std::as_const(*members))
        rows << QStringList{m.admin, team::roleName(m.role), m.holdsKey ? Text::tr("yes") : Text::tr("no"),
                            m.addedAt.toString(Qt::ISODate), m.addedBy};
    printTable(
        {Text::tr("ADMIN"), Text::tr("ROLE"), Text::tr("KEY"), Text::tr("ADDED"), Text::tr("ADDED BY")},
        rows);
    return 0;
}

int teamAdd(Context &ctx, const Parsed &p) {
    auto role = roleOption(p.value(QStringLiteral("role")));
    if (!role)
        return usageError(role.error().message);
    auto team = teamOf(ctx);
    OR_FAIL(team);
    const QString admin = p.positionals.at(0);
    if (auto owner = ownerOnly(**team); !owner)
        return fail(owner.error());
    // The caller's key first (setting the team up if this is its first command), then the new
    // admin's initial passphrase: the order of the stdin lines.
    if (*role != team::Role::Viewer) {
        auto key = (*team)->dataKey();
        OR_FAIL(key);
    } else if (auto ready = (*team)->initialized(); !ready || !*ready) {
        OR_FAIL(ready);
        auto made = (*team)->initialize();
        OR_FAIL(made);
    }
    QString initial;
    if (*role != team::Role::Viewer) {
        auto typed = initialPassphrase(ctx, admin);
        OR_FAIL(typed);
        initial = *typed;
    }
    auto added = (*team)->addMember(admin, *role, initial);
    crypto::wipe(initial);
    OR_FAIL(added);
    printLine(*role == team::Role::Viewer
                  ? Text::tr("Added %1 as viewer.").arg(admin)
                  : Text::tr("Added %1 as %2. Give them the initial passphrase by another channel; they "
                             "change it with `bifrostctl team passphrase`.")
                        .arg(admin, team::roleName(*role)));
    return 0;
}

int teamRemove(Context &ctx, const Parsed &p) {
    auto team = teamOf(ctx);
    OR_FAIL(team);
    const QString admin = p.positionals.at(0);
    if (!p.has(QStringLiteral("rotate"))) {
        auto removed = (*team)->removeMember(admin);
        OR_FAIL(removed);
        printLine(
            Text::tr("Removed %1. Run `bifrostctl team rotate` so that %1 cannot read the secrets written "
                     "from now on.")
                .arg(admin));
        return 0;
    }
    // Unlocked before the transaction, so nobody waits on the writer lock while a passphrase is
    // typed; removal and rotation then commit together.
    auto key = (*team)->dataKey();
    OR_FAIL(key);
    auto rotated = ctx.store->transaction([&]() -> Result<int> {
        if (auto removed = (*team)->removeMember(admin); !removed)
            return removed.error();
        return (*team)->rotateKey();
    });
    OR_FAIL(rotated);
    printLine(Text::tr("Removed %1 and rotated the team key: %n secret(s) re-encrypted.", nullptr, *rotated)
                  .arg(admin));
    return 0;
}

int teamRole(Context &ctx, const Parsed &p) {
    auto role = team::parseRole(p.positionals.at(1));
    if (!role)
        return usageError(role.error().message);
    auto team = teamOf(ctx);
    OR_FAIL(team);
    const QString admin = p.positionals.at(0);
    if (auto owner = ownerOnly(**team); !owner)
        return fail(owner.error());
    auto members = (*team)->members();
    OR_FAIL(members);
    std::optional<team::Role> current;
    for (const team::Member &m : std::as_const(*members)) {
        if (m.admin == admin)
            current = m.role;
    }
    QString initial;
    // A viewer becoming editor or owner gets a key, under an initial passphrase.
    if (current && *current == team::Role::Viewer && *role != team::Role::Viewer) {
        auto key = (*team)->dataKey();
        OR_FAIL(key);
        auto typed = initialPassphrase(ctx, admin);
        OR_FAIL(typed);
        initial = *typed;
    }
    auto set = (*team)->setRole(admin, *role, initial);
    crypto::wipe(initial);
    OR_FAIL(set);
    printLine(
        *role == team::Role::Viewer && current && *current != team::Role::Viewer
            ? Text::tr("%1 is now viewer. Run `bifrostctl team rotate` so that %1 cannot read the secrets "
                       "written from now on.")
                  .arg(admin)
            : Text::tr("%1 is now %2.").arg(admin, team::roleName(*role)));
    return 0;
}

int teamRotate(Context &ctx, const Parsed &) {
    auto team = teamOf(ctx);
    OR_FAIL(team);
    auto rotated = (*team)->rotateKey();
    OR_FAIL(rotated);
    printLine(Text::tr("Rotated the team key: %n secret(s) re-encrypted.", nullptr, *rotated));
    return 0;
}

int teamPassphrase(Context &ctx, const Parsed &) {
    auto team = teamOf(ctx);
    OR_FAIL(team);
    ctx.changingTeamPassphrase = true;
    auto changed = (*team)->changePassphrase();
    OR_FAIL(changed);
    printLine(Text::tr("Changed your team passphrase."));
    return 0;
}

} // namespace

Result<void> useTeamSecrets(Context &ctx, Store &store) {
    if (!ctx.global.secrets.isEmpty())
        return Error::invalid(
            Text::tr("a PostgreSQL database keeps its secrets in the database, encrypted with "
                     "the team key; leave out --secrets %1")
                .arg(ctx.global.secrets),
            QStringLiteral("secrets"));
    ctx.team = std::make_unique<team::Team>(store, passphraseProvider(ctx));
    ctx.secrets = team::makeTeamSecretStore(store, *ctx.team);
    store.setSecretStore(ctx.secrets.get());
    return {};
}

const QList<CommandSpec> &teamCommands() {
    static const QList<CommandSpec> list = {
        {words("team", "init"),
         {},
         {},
         Text::tr("Set up the team of a PostgreSQL database: you become its owner (done by the first command "
                  "that needs the team key anyway). Your new passphrase: --passphrase-stdin, "
                  "BIFROST_TEAM_PASSPHRASE or the terminal."),
         teamInit},
        {words("team", "list"),
         {},
         {flag("json")},
         Text::tr("List the team's admins and their roles."),
         teamList},
        {words("team", "add"),
         {QStringLiteral("ADMIN")},
         {valued("role", "owner|editor|viewer")},
         Text::tr(
             "Add a PostgreSQL login role to the team (owners only). An editor or owner gets the team key "
             "under an initial passphrase read from stdin (after your own with --passphrase-stdin)."),
         teamAdd},
        {words("team", "remove"),
         {QStringLiteral("ADMIN")},
         {flag("rotate")},
         Text::tr("Remove an admin from the team (owners only); --rotate also rotates the key in the same "
                  "transaction, so that they cannot read what is written next."),
         teamRemove},
        {words("team", "role"),
         {QStringLiteral("ADMIN"), QStringLiteral("ROLE")},
         {},
         Text::tr("Change an admin's role (owner, editor, viewer; owners only). A viewer made editor or "
                  "owner gets "
                  "the key under an initial passphrase read from stdin."),
         teamRole},
        {words("team", "rotate"),
         {},
         {},
         Text::tr(
             "Make a new team key and re-encrypt every secret with it in one transaction (owners only)."),
         teamRotate},
        {words("team", "passphrase"),
         {},
         {},
         Text::tr("Change your team passphrase (--passphrase-stdin: the current one, then the new one)."),
         teamPassphrase},
    };
    return list;
}

} // namespace bifrost::cli
