#include "doctor.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/vaultsecretstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace bifrost::maintenance {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Doctor)
};

Finding finding(const char *check, Finding::Severity severity, QString message, bool fixable = false) {
    Finding f;
    f.check = QLatin1String(check);
    f.severity = severity;
    f.message = std::move(message);
    f.fixable = fixable;
    return f;
}

QString severityName(Finding::Severity s) {
    switch (s) {
    case Finding::Severity::Ok:
        return QStringLiteral("ok");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Problem:
        return QStringLiteral("problem");
    }
    return {};
}

// A shell word for a name that may hold spaces (organization names).
QString shellWord(const QString &s) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.@/:-]+$"));
    if (plain.match(s).hasMatch())
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// The command that puts a missing secret back: a lost value cannot be recovered, only set again.
QString restoreCommand(const Store::SecretUse &use) {
    const QString org = use.organizationName.isEmpty()
                            ? QString()
                            : QStringLiteral(" --org ") + shellWord(use.organizationName);
    switch (use.kind) {
    case Store::SecretUse::Kind::Config:
        return QStringLiteral("bifrostctl config set %1 %2 --stdin%3").arg(use.integrationName, use.key, org);
    case Store::SecretUse::Kind::ClientSecret:
        return QStringLiteral("bifrostctl oauth set %1 --client-secret-stdin").arg(use.integrationName);
    case Store::SecretUse::Kind::AccessToken:
    case Store::SecretUse::Kind::RefreshToken:
        return QStringLiteral("bifrostctl oauth connect %1%2").arg(use.integrationName, org);
    }
    return {};
}

// Does the backend answer? A keychain by a real probe, a vault by unlocking it (which asks for the
// passphrase). A vault file that does not exist yet is fine while nothing refers to a secret.
Result<QString> checkBackend(SecretStore &secrets, bool anyUse) {
    if (auto *keychain = dynamic_cast<KeychainSecretStore *>(&secrets)) {
        if (auto probed = keychain->probe(); !probed)
            return probed.error();
        return Text::tr("The OS keychain answers (write, read and delete of a probe entry).");
    }
    if (auto *vault = dynamic_cast<VaultSecretStore *>(&secrets)) {
        if (!vault->exists()) {
            if (anyUse)
                return Error::external(
                    Text::tr("the vault file %1 does not exist, yet the database refers to secrets in it; "
                             "restore the file from a backup, or set the secrets again")
                        .arg(vault->path()));
            return Text::tr("The vault %1 does not exist yet; it is created with the first secret.")
                .arg(vault->path());
        }
        if (auto unlocked = vault->unlock(); !unlocked)
            return unlocked.error();
        return Text::tr("The vault %1 opens with the passphrase.").arg(vault->path());
    }
    return Text::tr("Secrets are kept in %1.").arg(secrets.description());
}

} // namespace

bool DoctorReport::healthy() const {
    return problems() == 0;
}

int DoctorReport::problems() const {
    int n = 0;
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Problem && !f.fixed)
            ++n;
    }
    return n;
}

QJsonObject DoctorReport::toJson() const {
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(QJsonObject{{QStringLiteral("check"), f.check},
                                {QStringLiteral("severity"), severityName(f.severity)},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("fixable"), f.fixable},
                                {QStringLiteral("fixed"), f.fixed}});
    return {{QStringLiteral("healthy"), healthy()},
            {QStringLiteral("problems"), problems()},
            {QStringLiteral("findings"), list}};
}

Result<DoctorReport> runDoctor(Store &store, bool fix) {
    using Severity = Finding::Severity;
    DoctorReport report;
    auto add = [&report](Finding f) { report.findings << std::move(f); };

    // The database file itself.
    auto integrity = store.integrityProblems();
    if (!integrity)
        return integrity.error();
    if (integrity->isEmpty())
        add(finding("integrity", Severity::Ok,
                    store.isPostgres()
                        ? Text::tr("The PostgreSQL database %1 has every table readable and its constraints "
                                   "validated; the server enforces its references.")
                              .arg(store.path())
                        : Text::tr("The database file %1 is intact and its references are consistent.")
                              .arg(store.path())));
    for (const QString &problem : std::as_const(*integrity))
        add(finding("integrity", Severity::Problem,
                    Text::tr("%1. Restore the database from a backup, or export what still reads "
                             "(`bifrostctl export`) into a new one.")
                        .arg(problem)));

    SecretStore *secrets = store.secrets();
    if (!secrets)
        return Error::internal(QStringLiteral("doctor needs a secret store"));

    // Which rows refer to secrets. A database too damaged to read them ends the secret checks.
    auto uses = store.secretUses();
    if (!uses) {
        add(finding("secret_references", Severity::Problem,
                    Text::tr("The secret references cannot be read (%1); the secret checks were skipped.")
                        .arg(uses.error().message)));
        return report;
    }

    // A PostgreSQL database always keeps team secrets (core/team): the keychain/vault record
    // does not apply there.
    const QString recorded = store.secretBackend();
    if (!store.isPostgres() && recorded != secrets->backendName()) {
        add(finding("secret_backend", Severity::Problem,
                    Text::tr("The database records its secrets in the %1 backend, but %2 was opened; "
                             "use --secrets %1.")
                        .arg(recorded, secrets->description())));
        return report;
    }
    auto backend = checkBackend(*secrets, !uses->isEmpty());
    if (!backend) {
        // A wrong or missing vault passphrase is the user's to correct, as in any other command.
        if (backend.error().code == ErrorCode::InvalidInput)
            return backend.error();
        add(finding("secret_backend", Severity::Problem, backend.error().message));
        add(finding("missing_secret", Severity::Warning,
                    Text::tr("The secrets were not checked: the secret backend did not answer.")));
        return report;
    }
    add(finding("secret_backend", Severity::Ok, *backend));
    if (auto *vault = dynamic_cast<VaultSecretStore *>(secrets); vault && !vault->exists())
        return report; // nothing refers to a secret and there is no file to hold orphans

    // Missing entries and orphans, under the database's write lock: a command that is storing a
    // secret right now writes its entry before its row commits, and must not look orphaned.
    auto checked = store.transaction([&]() -> Result<void> {
        auto current = store.secretUses();
        if (!current)
            return current.error();
        QStringList keys;
        QSet<QString> referenced;
        for (const Store::SecretUse &use : std::as_const(*current)) {
            keys << store.secretKeyFor(use.ref);
            referenced.insert(store.secretKeyFor(use.ref));
        }
        auto present = keys.isEmpty() ? Result<QHash<QString, QString>>(QHash<QString, QString>{})
                                      : secrets->readMany(keys);
        if (!present)
            return present.error();
        int missing = 0;
        for (const Store::SecretUse &use : std::as_const(*current)) {
            if (present->contains(store.secretKeyFor(use.ref)))
                continue;
            ++missing;
            add(finding("missing_secret", Severity::Problem,
                        Text::tr("The secret of %1 is missing from %2; set it again with `%3`.")
                            .arg(use.where, secrets->description(), restoreCommand(use))));
        }
        if (missing == 0)
            add(finding(
                "missing_secret", Severity::Ok,
                Text::tr("Every secret reference (%n) has its entry.", nullptr, int(current->size()))));

        auto listed = secrets->keys(store.secretKeyPrefix());
        if (!listed) {
            add(finding("orphan_secret", Severity::Warning,
                        Text::tr("Orphaned secrets were not looked for: %1").arg(listed.error().message)));
            return {};
        }
        QStringList orphans;
        for (const QString &key : std::as_const(*listed)) {
            if (!referenced.contains(key))
                orphans << key;
        }
        orphans.sort();
        for (const QString &key : std::as_const(orphans)) {
            Finding f =
                finding("orphan_secret", Severity::Problem,
                        Text::tr("The entry %1 in %2 belongs to this database but no setting refers to "
                                 "it; `bifrostctl doctor --fix` removes it.")
                            .arg(key, secrets->description()),
                        true);
            if (fix) {
                if (auto removed = secrets->remove(key); removed) {
                    f.fixed = true;
                    f.message = Text::tr("Removed the entry %1 from %2: no setting referred to it.")
                                    .arg(key, secrets->description());
                } else {
                    f.message +=
                        QLatin1Char(' ') + Text::tr("Removing it failed: %1").arg(removed.error().message);
                }
            }
            add(f);
        }
        if (orphans.isEmpty())
            add(finding("orphan_secret", Severity::Ok,
                        Text::tr("No orphaned entries of this database in %1.").arg(secrets->description())));
        return {};
    });
    if (!checked)
        add(finding("missing_secret", Severity::Problem,
                    Text::tr("The secrets could not be checked: %1").arg(checked.error().message)));

    // Refresh leases left by a process that died mid-refresh. They expire on their own, so they
    // never block a refresh; --fix only tidies them away.
    auto leases = store.expiredOAuthLeases(QDateTime::currentDateTimeUtc(), fix);
    if (!leases) {
        add(finding("oauth_lease", Severity::Warning,
                    Text::tr("The OAuth refresh leases could not be read: %1").arg(leases.error().message)));
    } else if (leases->isEmpty()) {
        add(finding("oauth_lease", Severity::Ok, Text::tr("No stale OAuth refresh leases.")));
    } else {
        for (const QString &lease : std::as_const(*leases)) {
            Finding f = finding(
                "oauth_lease", Severity::Warning,
                fix ? Text::tr("Removed the expired OAuth refresh lease of %1.").arg(lease)
                    : Text::tr("The OAuth refresh lease of %1 has expired (a refresh that did not finish); "
                               "it is harmless, and `bifrostctl doctor --fix` removes it.")
                          .arg(lease),
                true);
            f.fixed = fix;
            add(f);
        }
    }
    return report;
}

} // namespace bifrost::maintenance
