// bifrostctl: `history`, the change history of the database, newest first.
#include "commands.h"
#include "commandutil.h"
#include "output.h"

#include <QJsonArray>

namespace bifrost::cli {

namespace {

constexpr int defaultLimit = 50;

// The ORGANIZATION/LEVEL cell: the organization, "default" for a default value, else empty.
QString levelCell(const HistoryEntry &e) {
    if (!e.organizationName.isEmpty())
        return e.organizationName;
    return e.level() == QLatin1String("default") ? Text::tr("default") : QString();
}

int history(Context &ctx, const Parsed &p) {
    HistoryQuery query;
    query.integrationRef = p.positionals.value(0);
    query.limit = defaultLimit;
    if (p.has(QStringLiteral("org"))) {
        query.orgRef = p.value(QStringLiteral("org")).trimmed();
        // `--org ""` (an unset shell variable) must not widen the listing to every organization.
        if (query.orgRef.isEmpty())
            return usageError(Text::tr("--org needs an organization name or id; leave --org out for every "
                                       "organization"));
    }
    if (p.has(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = p.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok)
            return usageError(
                Text::tr("--limit needs a whole number between 1 and 10000, such as --limit 100"));
    }
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto entries = (*store)->history(query);
    OR_FAIL(entries);
    if (p.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const HistoryEntry &e : *entries)
            array.append(e.toJson());
        printJson(array);
        return 0;
    }
    if (entries->isEmpty()) {
        printLine(Text::tr("No changes recorded."));
        return 0;
    }
    QList<QStringList> rows;
    for (const HistoryEntry &e : *entries)
        rows << QStringList{e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            e.actor,
                            e.action,
                            e.integrationName,
                            levelCell(e),
                            e.key,
                            e.summary()};
    printTable({Text::tr("TIME"), Text::tr("ACTOR"), Text::tr("ACTION"), Text::tr("INTEGRATION"),
                Text::tr("ORGANIZATION/LEVEL"), Text::tr("KEY"), Text::tr("CHANGE")},
               rows);
    return 0;
}

} // namespace

const QList<CommandSpec> &historyCommands() {
    static const QList<CommandSpec> list = {
        {words("history"),
         {QStringLiteral("NAME?")},
         {valued("org", "ORG"), flag("json"), valued("limit", "N")},
         Text::tr("List recorded changes, newest first: of one integration (NAME), one organization "
                  "(--org), or all; --limit N entries (default 50, at most 10000)."),
         history},
    };
    return list;
}

} // namespace bifrost::cli
