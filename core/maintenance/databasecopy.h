#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bifrost {
class Store;
}

// `bifrostctl migrate --from sqlite:PATH --to postgresql://...`: copies a whole single-admin
// database into a new team database, and proves the copy.
namespace bifrost::maintenance {

// One table of the copy. `before`: rows the target held already (its own meta keys, the team
// set-up); `copied`: rows written from the source; `added`: rows the copy itself adds (the
// "database.migrate" history entry); `kept`: source rows left out on purpose (the source's
// database id, schema version and secret backend: the target keeps its own).
struct TableCount {
    QString table;
    qint64 source = 0;
    qint64 target = 0;
    qint64 before = 0;
    qint64 copied = 0;
    qint64 added = 0;
    qint64 kept = 0;

    bool matches() const { return source == copied + kept && target == before + copied + added; }
    QJsonObject toJson() const;
};

struct CopyOptions {
    bool dryRun = false;    // read and check everything, count, write nothing
    QString sourceLocation; // for the history entry: where the data came from
};

struct CopyReport {
    QList<TableCount> tables; // in copy (foreign key) order; `target` filled by compareDatabases
    int secrets = 0;          // secret values copied (or, on a dry run, found)
};

// Copies every table of `source` into `target`, ids kept, history kept as recorded, in one
// transaction on the target; PostgreSQL identity sequences are moved past the copied ids.
// Refuses (Conflict) a target that holds integrations or organizations, naming what it holds, and
// (NotFound) a table or column the target lacks. Every secret the source's rows refer to is read
// from the source's backend first: missing ones stop the copy before anything is written (NotFound,
// listing where each belongs). They are written under the target's own database id, inside the
// target's transaction (the team store commits or rolls back with the rows); a backend outside the
// database (the keychain) gets them removed again when the copy fails.
Result<CopyReport> copyDatabase(Store &source, Store &target, const CopyOptions &options);

// One (integration, organization) or one integration's global scope (`organization` empty)
// resolved on both sides.
struct ScopeComparison {
    QString integration;
    QString organization;
    QStringList differences; // JSON paths that differ ("config.token", "oauth.access_token"); no values

    bool identical() const { return differences.isEmpty(); }
};

struct Comparison {
    QList<TableCount> tables;
    QList<ScopeComparison> scopes;

    int identicalScopes() const;
    bool ok() const;
    // What differs, as one sentence for an error message (names, never values).
    QString summary() const;
    QJsonObject toJson() const;
};

// The proof of a copy: row counts per table (filled into `copy`'s tables), and `get` of every
// integration in its global scope and for every organization, resolved on both sides without
// refreshing tokens and compared as JSON: config with secret values, entity, missing required
// values, and the OAuth block as stored (client id, token URL, client secret, the tokens of the
// connection that applies).
Result<Comparison> compareDatabases(Store &source, Store &target, const CopyReport &copy);

} // namespace bifrost::maintenance
