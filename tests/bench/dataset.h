#pragma once

// The shape and the names of the benchmark dataset, shared by the generator, the benchmark and
// the smoke test, so that `scripts/bench` and the documented commands name the same things.

#include <QString>

namespace bifrost::bench {

struct DatasetShape {
    int organizations = 2000;
    int integrations = 50;
    int fields = 20;             // per integration, the secret field included
    int overrides = 5;           // per (integration, organization)
    int secretIntegrations = 50; // the first N integrations have a secret field with a keychain default
};

// Zero-padded so that names sort in creation order: org-0001, integration-01.
inline QString organizationName(int index) {
    return QStringLiteral("org-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

inline QString integrationName(int index) {
    return QStringLiteral("integration-%1").arg(index + 1, 2, 10, QLatin1Char('0'));
}

// The key of the secret field (position 0 of the integrations that have one).
inline QString secretKey() {
    return QStringLiteral("api_token");
}

// The secret's default value, so that a check can see it came back from the keychain.
inline QString secretValue(int integrationIndex) {
    return QStringLiteral("bench-secret-%1").arg(integrationIndex + 1);
}

} // namespace bifrost::bench

#include "secrets/keychainsecretstore.h"
#include "store/store.h"
#include "team/team.h"

#include <memory>

namespace bifrost::bench {

// A store on the benchmark database with the secret backend bifrostctl would use there: the
// keychain for an SQLite file, the team store for PostgreSQL (its passphrase from
// BIFROST_TEAM_PASSPHRASE; the first open sets the team up, as the first bifrostctl command would).
struct BenchStore {
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<Store> store;
    std::unique_ptr<team::Team> team;

    Result<void> open(const QString &location) {
        secrets = std::make_unique<KeychainSecretStore>();
        auto opened = Store::open(location, secrets.get());
        if (!opened)
            return opened.error();
        store = std::move(*opened);
        if (!store->isPostgres())
            return {};
        team = std::make_unique<team::Team>(*store, [](const QString &, bool) -> Result<QString> {
            const QString passphrase = qEnvironmentVariable("BIFROST_TEAM_PASSPHRASE");
            if (passphrase.isEmpty())
                return Error::invalid(QStringLiteral("set BIFROST_TEAM_PASSPHRASE for a PostgreSQL dataset"));
            return passphrase;
        });
        auto key = team->dataKey();
        if (!key)
            return key.error();
        secrets = team::makeTeamSecretStore(*store, *team);
        store->setSecretStore(secrets.get());
        return {};
    }
};

} // namespace bifrost::bench
