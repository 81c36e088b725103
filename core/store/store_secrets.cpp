// Store: which secret backend a database uses, which of its rows hold secret references, and the
// database checks of `doctor`. Values never pass through here: only references and where they are.
#include "store.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace bifrost {

namespace {

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

const QLatin1String backendKey("secret_backend");

bool knownBackend(const QString &backend) {
    return backend == QLatin1String("keychain") || backend == QLatin1String("vault");
}

// "HaloPSA: token (default)" / "HaloPSA: token (Contoso)".
QString placeOf(const QString &integration, const QString &what, const QString &organization,
                const QString &defaultLabel) {
    return Text::tr("%1: %2 (%3)")
        .arg(integration, what, organization.isEmpty() ? defaultLabel : organization);
}

} // namespace

QString Store::secretBackend() {
    QSqlQuery &q = query("SELECT value FROM meta WHERE key = ?");
    q.addBindValue(QString(backendKey));
    // A database that cannot even be read here fails in the command's own first query, with a
    // message about the database; the keychain is the backend of every database made before the
    // record existed.
    if (!exec(q) || !q.next())
        return QStringLiteral("keychain");
    const QString backend = q.value(0).toString();
    q.finish();
    return knownBackend(backend) ? backend : QStringLiteral("keychain");
}

Result<void> Store::setSecretBackend(const QString &backend) {
    if (!knownBackend(backend))
        return Error::invalid(Text::tr("unknown secret backend \"%1\"; use keychain or vault").arg(backend),
                              QStringLiteral("secrets"));
    return transaction([&]() -> Result<void> {
        QSqlQuery &q = query("INSERT INTO meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        q.addBindValue(QString(backendKey));
        q.addBindValue(backend);
        return exec(q);
    });
}

Result<QList<Store::SecretUse>> Store::secretUses() {
    QList<SecretUse> uses;
    // Runs one of the queries below, handing every row to `onRow`.
    auto eachRow = [&](const char *sql, auto &&onRow) -> Result<void> {
        QSqlQuery &q = query(sql);
        if (auto done = exec(q); !done)
            return done;
        while (q.next())
            onRow(q);
        q.finish();
        return {};
    };
    auto config =
        eachRow("SELECT c.secret_ref, i.name, o.name, c.key FROM config_values c"
                " JOIN integrations i ON i.id = c.integration_id"
                " LEFT JOIN organizations o ON o.id = c.organization_id"
                " WHERE c.secret_ref IS NOT NULL ORDER BY i.name, c.key, o.name_key IS NOT NULL, o.name_key",
                [&](const QSqlQuery &q) {
                    SecretUse use;
                    use.ref = q.value(0).toString();
                    use.integrationName = q.value(1).toString();
                    use.organizationName = q.value(2).toString();
                    use.key = q.value(3).toString();
                    use.kind = SecretUse::Kind::Config;
                    use.where =
                        placeOf(use.integrationName, use.key, use.organizationName, Text::tr("default"));
                    uses << use;
                });
    if (!config)
        return config.error();
    auto clientSecrets = eachRow("SELECT s.client_secret_ref, i.name FROM oauth_settings s"
                                 " JOIN integrations i ON i.id = s.integration_id"
                                 " WHERE s.client_secret_ref IS NOT NULL ORDER BY i.name",
                                 [&](const QSqlQuery &q) {
                                     SecretUse use;
                                     use.ref = q.value(0).toString();
                                     use.integrationName = q.value(1).toString();
                                     use.kind = SecretUse::Kind::ClientSecret;
                                     use.where = Text::tr("%1: OAuth client secret").arg(use.integrationName);
                                     uses << use;
                                 });
    if (!clientSecrets)
        return clientSecrets.error();
    auto tokens = eachRow("SELECT c.access_token_ref, c.refresh_token_ref, i.name, o.name"
                          " FROM oauth_connections c JOIN integrations i ON i.id = c.integration_id"
                          " LEFT JOIN organizations o ON o.id = c.organization_id"
                          " ORDER BY i.name, o.name_key IS NOT NULL, o.name_key",
                          [&](const QSqlQuery &q) {
                              SecretUse use;
                              use.integrationName = q.value(2).toString();
                              use.organizationName = q.value(3).toString();
                              const QString connection = Text::tr("default connection");
                              // Column 0 holds the access token's reference, column 1 the refresh token's.
                              const std::pair<SecretUse::Kind, QString> columns[] = {
                                  {SecretUse::Kind::AccessToken, Text::tr("access token")},
                                  {SecretUse::Kind::RefreshToken, Text::tr("refresh token")}};
                              for (int column = 0; column < 2; ++column) {
                                  if (q.value(column).isNull())
                                      continue;
                                  use.ref = q.value(column).toString();
                                  use.kind = columns[column].first;
                                  use.where = placeOf(use.integrationName, columns[column].second,
                                                      use.organizationName, connection);
                                  uses << use;
                              }
                          });
    if (!tokens)
        return tokens.error();
    return uses;
}

Result<QStringList> Store::integrityProblems() {
    QStringList problems;
    if (isPostgres()) {
        // The server enforces foreign keys in every transaction and owns the storage (checksums,
        // amcheck need a superuser and an extension), so what is left to check from here: that
        // every table of the schema is there and readable by this role, and that no constraint
        // was left unvalidated.
        for (const char *table :
             {"meta", "organizations", "integrations", "schema_fields", "config_values", "mappings",
              "oauth_settings", "oauth_connections", "oauth_refresh_leases", "history"}) {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table))))
                problems << Text::tr("the table %1 cannot be read: %2")
                                .arg(QLatin1String(table), sqlError(q).message);
        }
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint"
                " WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"))) {
            problems << Text::tr("PostgreSQL cannot list the constraints: %1").arg(sqlError(q).message);
        } else {
            while (q.next())
                problems << Text::tr("the constraint %1 of table %2 was never validated")
                                .arg(q.value(1).toString(), q.value(0).toString());
        }
        return problems;
    }
    // Runs one check, handing every row to `onRow`; when SQLite cannot run it at all, `cannot`
    // (filled in with SQLite's message) is the finding.
    auto check = [&](const QString &pragma, const QString &cannot, auto &&onRow) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(pragma)) {
            problems << cannot.arg(sqlError(q).message);
            return;
        }
        while (q.next())
            onRow(q);
    };
    // integrity_check reads every page; a page it cannot read at all makes the statement fail
    // instead of returning rows, which is itself the finding.
    check(QStringLiteral("PRAGMA integrity_check(100)"),
          Text::tr("SQLite cannot check the database file: %1"), [&](const QSqlQuery &q) {
              const QString line = q.value(0).toString();
              if (line != QLatin1String("ok"))
                  problems << Text::tr("SQLite integrity check: %1").arg(line);
          });
    check(QStringLiteral("PRAGMA foreign_key_check"), Text::tr("SQLite cannot check the foreign keys: %1"),
          [&](const QSqlQuery &q) {
              problems << Text::tr("row %1 of table %2 refers to a row of %3 that does not exist")
                              .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
          });
    return problems;
}

Result<void> Store::recordSecretMigration(const QString &from, const QString &to, int moved) {
    if (!knownBackend(to))
        return Error::invalid(Text::tr("unknown secret backend \"%1\"; use keychain or vault").arg(to),
                              QStringLiteral("to"));
    return transaction([&]() -> Result<void> {
        if (auto recorded = setSecretBackend(to); !recorded)
            return recorded;
        HistoryEntry entry;
        entry.action = QStringLiteral("secrets.migrate");
        entry.detail = Text::tr("moved %n secret(s) from the %1 backend to the %2 backend", nullptr, moved)
                           .arg(from, to);
        return record(std::move(entry));
    });
}

Result<QStringList> Store::expiredOAuthLeases(const QDateTime &now, bool remove) {
    return transaction([&]() -> Result<QStringList> {
        const QString cutoff = detail::stamp(now);
        QStringList found;
        {
            QSqlQuery &q = query("SELECT i.name, o.name, l.organization_key FROM oauth_refresh_leases l"
                                 " JOIN integrations i ON i.id = l.integration_id"
                                 " LEFT JOIN organizations o ON o.id = l.organization_key"
                                 " WHERE l.until <= ? ORDER BY i.name, o.name_key IS NOT NULL, o.name_key");
            q.addBindValue(cutoff);
            if (auto done = exec(q); !done)
                return done.error();
            while (q.next()) {
                const QString org =
                    q.value(2).toString().isEmpty() ? Text::tr("default connection") : q.value(1).toString();
                found << Text::tr("%1 (%2)").arg(q.value(0).toString(), org);
            }
            q.finish();
        }
        if (remove && !found.isEmpty()) {
            QSqlQuery &q = query("DELETE FROM oauth_refresh_leases WHERE until <= ?");
            q.addBindValue(cutoff);
            if (auto done = exec(q); !done)
                return done.error();
        }
        return found;
    });
}

} // namespace bifrost
