#pragma once

#include "common/result.h"

namespace bifrost {

class Store;

// Fills an empty database with a HaloPSA-like and a Microsoft Graph-like integration, a few
// organizations with mappings and overrides, so a newcomer sees a real screen at once. One
// transaction; refused (Conflict) when the database already holds integrations or organizations.
Result<void> loadExampleData(Store &store);

} // namespace bifrost
