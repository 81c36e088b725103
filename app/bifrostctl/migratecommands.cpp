// `migrate`: copies a single-admin SQLite database, secrets included and ids kept, into a new team
// database on PostgreSQL, and proves the copy (counts per table, `get` of every scope on both).
#include "commands.h"
#include "commandutil.h"
#include "maintenance/databasecopy.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace bifrost::cli {

namespace {

// Counts as a table: the target's count says what it held before and what the copy added, so
// that "source = target" reads right for the tables where the target keeps rows of its own.
void printCounts(const QList<maintenance::TableCount> &tables, bool dryRun) {
    QList<QStringList> rows;
    for (const maintenance::TableCount &t : tables) {
        QStringList notes;
        if (t.kept > 0)
            notes << Text::tr("%n kept: the target keeps its own database id and settings", nullptr,
                              int(t.kept));
        if (t.before > 0)
            notes << Text::tr(
                "%n row(s) not from the source (the target's own settings, team set-up, sealed secrets)",
                nullptr, int(t.before));
        if (t.added > 0)
            notes << Text::tr("+%n: this migration's history entry", nullptr, int(t.added));
        if (!dryRun && !t.matches())
            notes << Text::tr("MISMATCH");
        rows << QStringList{t.table, QString::number(t.source),
                            dryRun ? QStringLiteral("-") : QString::number(t.target),
                            notes.join(QStringLiteral("; "))};
    }
    printTable({Text::tr("TABLE"), Text::tr("SOURCE"), Text::tr("TARGET"), Text::tr("NOTE")}, rows);
}

int migrate(Context &ctx, const Parsed &p) {
    const QString from = p.value(QStringLiteral("from"));
    const QString to = p.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return usageError(
            Text::tr("migrate needs --from sqlite:PATH and --to postgresql://USER@HOST:PORT/DBNAME"));
    auto source = DatabaseLocation::parse(from);
    OR_FAIL(source);
    if (source->isPostgres())
        return fail(
            Error::invalid(Text::tr("--from must be an SQLite database (sqlite:PATH); %1 is a PostgreSQL "
                                    "database")
                               .arg(source->display()),
                           QStringLiteral("from")));
    // Opening creates a missing file: a mistyped path must not become an empty source.
    if (!QFileInfo(source->path).isFile())
        return fail(Error::notFound(
            Text::tr("the source database %1 does not exist; give the path of the SQLite file with --from")
                .arg(source->path)));
    auto target = DatabaseLocation::parse(to);
    OR_FAIL(target);
    if (!target->isPostgres())
        return fail(Error::invalid(
            Text::tr("--to must be a PostgreSQL database (postgresql://USER@HOST:PORT/DBNAME); got \"%1\"")
                .arg(to),
            QStringLiteral("to")));

    // Each side opens as any command would: the source with the secret backend it records (the
    // vault passphrase asked as elsewhere), the target with the team's secret store.
    Context sourceCtx;
    sourceCtx.global = ctx.global;
    sourceCtx.global.db = from;
    auto sourceStore = sourceCtx.openStore();
    OR_FAIL(sourceStore);
    Context targetCtx;
    targetCtx.global = ctx.global;
    targetCtx.global.db = to;
    targetCtx.global.secrets.clear();
    auto targetStore = targetCtx.openStore();
    OR_FAIL(targetStore);

    const bool dryRun = p.has(QStringLiteral("dry-run"));
    const bool json = p.has(QStringLiteral("json"));
    maintenance::CopyOptions options;
    options.dryRun = dryRun;
    options.sourceLocation = source->display();
    auto copy = maintenance::copyDatabase(**sourceStore, **targetStore, options);
    OR_FAIL(copy);

    if (dryRun) {
        qint64 rows = 0;
        for (const maintenance::TableCount &t : std::as_const(copy->tables))
            rows += t.source;
        if (json) {
            QJsonArray tables;
            for (const maintenance::TableCount &t : std::as_const(copy->tables))
                tables.append(
                    QJsonObject{{QStringLiteral("table"), t.table}, {QStringLiteral("source"), t.source}});
            printJson(QJsonObject{{QStringLiteral("dry_run"), true},
                                  {QStringLiteral("from"), source->display()},
                                  {QStringLiteral("to"), target->display()},
                                  {QStringLiteral("tables"), tables},
                                  {QStringLiteral("secrets"), copy->secrets}});
            return 0;
        }
        printCounts(copy->tables, true);
        printLine(QString());
        printLine(
            Text::tr("Dry run, nothing written: %1 is empty and would receive %2 row(s) in %3 table(s) and "
                     "%n secret(s).",
                     nullptr, copy->secrets)
                .arg(target->display())
                .arg(rows)
                .arg(copy->tables.size()));
        return 0;
    }

    auto proof = maintenance::compareDatabases(**sourceStore, **targetStore, *copy);
    OR_FAIL(proof);
    const int compared = int(proof->scopes.size());
    if (json) {
        QJsonObject o = proof->toJson();
        o.insert(QStringLiteral("dry_run"), false);
        o.insert(QStringLiteral("from"), source->display());
        o.insert(QStringLiteral("to"), target->display());
        o.insert(QStringLiteral("secrets"), copy->secrets);
        printJson(o);
    } else {
        printLine(Text::tr("Copied %1 and %n secret(s) from %2 to %3.", nullptr, copy->secrets)
                      .arg(Text::tr("%n table(s)", nullptr, int(copy->tables.size())), source->display(),
                           target->display()));
        printLine(QString());
        printCounts(proof->tables, false);
        printLine(QString());
        printLine(Text::tr("get comparison: %1 of %2 identical (every integration's global scope and every "
                           "organization).")
                      .arg(proof->identicalScopes())
                      .arg(compared));
        for (const maintenance::ScopeComparison &s : std::as_const(proof->scopes)) {
            if (!s.identical())
                printLine(Text::tr("  %1 (%2) differs in: %3")
                              .arg(s.integration,
                                   s.organization.isEmpty() ? Text::tr("global") : s.organization,
                                   s.differences.join(QStringLiteral(", "))));
        }
    }
    if (proof->ok())
        return 0;
    return fail(
        Error::external(Text::tr("the copy in %1 is committed but differs from the source: %2; drop that "
                                 "database, create it again and rerun migrate")
                            .arg(target->display(), proof->summary())));
}

} // namespace

const QList<CommandSpec> &migrateCommands() {
    static const QList<CommandSpec> list = {
        {words("migrate"),
         {},
         {valued("from", "sqlite:PATH"), valued("to", "postgresql://USER@HOST:PORT/DBNAME"), flag("dry-run"),
          flag("json")},
         Text::tr(
             "Copy a whole SQLite database, secrets included and ids kept, into a new, empty team database "
             "on "
             "PostgreSQL in one transaction, then prove it: counts per table and `get` of every integration "
             "and organization on both sides (exit 5 on a difference). --dry-run checks and counts only."),
         migrate},
    };
    return list;
}

} // namespace bifrost::cli
