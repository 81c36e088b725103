#pragma once

#include "arguments.h"
#include "secrets/secretstore.h"
#include "store/store.h"

#include <memory>

namespace bifrost::cli {

// What a command runs against; the store and the secret backend are opened on first use so
// that `--help` or a usage error never touch the database or the keychain.
struct Context {
    GlobalOptions global;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<Store> store;

    Result<Store *> openStore();
};

const QList<CommandSpec> &commands();
QString helpText();

} // namespace bifrost::cli
