#pragma once

#include "arguments.h"
#include "resolve/integrationdata.h"
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

// Shared by the command files.
// Reads a secret or a long value from stdin, without one trailing newline.
Result<QString> readStdin();

// oauthcommands.cpp: the `oauth ...` commands, and the `oauth` block of `get` (filled through
// OAuthService::tokenFor; a warning on stderr when the integration has OAuth settings but no
// connection applies).
const QList<CommandSpec> &oauthCommands();
Result<void> addOAuthBlock(Store &store, IntegrationData &data);

} // namespace bifrost::cli
