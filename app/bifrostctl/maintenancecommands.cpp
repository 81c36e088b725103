// `secrets migrate` and `doctor`: moving a database's secrets between backends, and checking
// that the database and its secrets are in order.
#include "commands.h"
#include "commandutil.h"
#include "maintenance/doctor.h"
#include "maintenance/secretmigration.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/vaultsecretstore.h"

namespace bifrost::cli {

namespace {

// "the keychain" / "the encrypted vault /path/bifrost.vault", as the sentences below use them.
QString backendPhrase(const SecretStore &secrets) {
    if (const auto *vault = dynamic_cast<const VaultSecretStore *>(&secrets))
        return Text::tr("the encrypted vault %1").arg(vault->path());
    return Text::tr("the keychain");
}

int secretsMigrate(Context &ctx, const Parsed &p) {
    const QString to = p.value(QStringLiteral("to"));
    if (to != QLatin1String("vault") && to != QLatin1String("keychain"))
        return usageError(Text::tr("secrets migrate needs --to vault or --to keychain"));
    auto store = ctx.openStore();
    OR_FAIL(store);
    // A team database's secrets belong in the database, sealed with the team key (teamcommands.cpp).
    if ((*store)->isPostgres())
        return fail(
            Error::invalid(Text::tr("a PostgreSQL database keeps its secrets in the database, encrypted "
                                    "with the team key; secrets migrate is for SQLite databases"),
                           QStringLiteral("to")));
    SecretStore *source = (*store)->secrets();
    if (source->backendName() == to)
        return fail(Error::invalid(Text::tr("the secrets of this database are already in %1; nothing to move")
                                       .arg(backendPhrase(*source)),
                                   QStringLiteral("to")));
    auto target = ctx.makeSecretStore(to, (*store)->path());
    OR_FAIL(target);
    // Reach the target before anything moves: an unreachable keychain or a wrong or too short
    // passphrase stops here, with the same messages as any other command.
    if (auto *keychain = dynamic_cast<KeychainSecretStore *>(target->get())) {
        auto probed = keychain->probe();
        OR_FAIL(probed);
    } else if (auto *vault = dynamic_cast<VaultSecretStore *>(target->get())) {
        auto unlocked = vault->unlock();
        OR_FAIL(unlocked);
    }
    const QString from = backendPhrase(*source);
    auto report = maintenance::migrateSecrets(**store, **target);
    OR_FAIL(report);
    // The store now uses the target; the old backend object may go.
    ctx.secrets = std::move(*target);
    printLine(Text::tr("Moved %n secret(s) from %1 to %2.", nullptr, report->moved)
                  .arg(from, backendPhrase(*ctx.secrets)));
    return 0;
}

QString findingLabel(const maintenance::Finding &f) {
    using Severity = maintenance::Finding::Severity;
    if (f.fixed)
        return Text::tr("FIXED");
    switch (f.severity) {
    case Severity::Ok:
        return Text::tr("OK");
    case Severity::Warning:
        return Text::tr("WARN");
    case Severity::Problem:
        return Text::tr("PROBLEM");
    }
    return {};
}

int doctor(Context &ctx, const Parsed &p) {
    auto store = ctx.openStore();
    OR_FAIL(store);
    const bool fix = p.has(QStringLiteral("fix"));
    auto report = maintenance::runDoctor(**store, fix);
    OR_FAIL(report);
    int fixed = 0;
    int fixable = 0;
    for (const maintenance::Finding &f : std::as_const(report->findings)) {
        fixed += f.fixed ? 1 : 0;
        fixable += f.fixable && !f.fixed && f.severity == maintenance::Finding::Severity::Problem ? 1 : 0;
    }
    if (p.has(QStringLiteral("json"))) {
        printJson(report->toJson());
    } else {
        QStringList labels;
        qsizetype width = 0;
        for (const maintenance::Finding &f : std::as_const(report->findings)) {
            labels << findingLabel(f);
            width = std::max(width, labels.last().size());
        }
        for (qsizetype i = 0; i < report->findings.size(); ++i)
            printLine(labels.at(i).leftJustified(width + 1) + report->findings.at(i).message);
        printLine(QString());
        if (report->healthy())
            printLine(fixed > 0 ? Text::tr("Fixed %n finding(s); no problems remain.", nullptr, fixed)
                                : Text::tr("No problems found."));
        else
            printLine(fixable > 0
                          ? Text::tr("%n problem(s) found; `bifrostctl doctor --fix` repairs %1 of them.",
                                     nullptr, report->problems())
                                .arg(fixable)
                          : Text::tr("%n problem(s) found.", nullptr, report->problems()));
    }
    if (report->healthy())
        return 0;
    return fail(Error::external(Text::tr("doctor found %n problem(s) it did not fix; see the report above",
                                         nullptr, report->problems())));
}

} // namespace

const QList<CommandSpec> &maintenanceCommands() {
    static const QList<CommandSpec> list = {
        {words("secrets", "migrate"),
         {},
         {valued("to", "vault|keychain")},
         Text::tr("Move every secret of this database to the other backend (the vault file sits next to the "
                  "database); the source keeps them until the move is complete."),
         secretsMigrate},
        {words("doctor"),
         {},
         {flag("fix"), flag("json")},
         Text::tr(
             "Check the database and its secrets (integrity, missing and orphaned secrets); --fix removes "
             "orphaned secrets and stale OAuth leases. Exit 5 while problems remain."),
         doctor},
    };
    return list;
}

} // namespace bifrost::cli
