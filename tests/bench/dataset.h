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
