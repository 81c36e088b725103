#pragma once

#include "integrationdata.h"
#include "store/store.h"

namespace bifrost {

class Store;

// Merges defaults, overrides and the mapping into IntegrationData (ARCHITECTURE.md §3). Pure:
// it reads only its input, so its cost is independent of the database.
IntegrationData resolve(const ResolveInput &input);

// Loads and resolves (integration, organization) from the store; an empty `orgRef` is global
// scope. With `revealSecrets`, secret values are read from the secret store in one batch.
Result<IntegrationData> resolveFromStore(Store &store, const QString &integrationRef, const QString &orgRef,
                                         bool revealSecrets);

} // namespace bifrost
