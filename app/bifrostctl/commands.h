#pragma once

#include "arguments.h"
#include "resolve/integrationdata.h"
#include "secrets/secretstore.h"
#include "store/store.h"
#include "team/team.h"

#include <memory>

namespace bifrost::cli {

// What a command runs against; the store and the secret backend are opened on first use so
// that `--help` or a usage error never touch the database or the keychain.
struct Context {
    GlobalOptions global;
    // PostgreSQL (team mode): the team whose key seals `secrets`; declared before them so that it
    // outlives the secret store that refers to it.
    std::unique_ptr<team::Team> team;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<Store> store;

    // `team passphrase`: the next new passphrase is a change (stdin: the second line).
    bool changingTeamPassphrase = false;

    Result<Store *> openStore();
    // A backend object for `backend` ("keychain" or "vault"; the vault next to the database, its
    // passphrase from BIFROST_VAULT_PASSPHRASE, --passphrase-stdin or the terminal, on first use).
    Result<std::unique_ptr<SecretStore>> makeSecretStore(const QString &backend,
                                                         const QString &databasePath) const;
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

// bundlecommands.cpp: export, import.
const QList<CommandSpec> &bundleCommands();
// historycommands.cpp: history.
const QList<CommandSpec> &historyCommands();
// maintenancecommands.cpp: secrets migrate, doctor.
const QList<CommandSpec> &maintenanceCommands();
// migratecommands.cpp: migrate (SQLite to a PostgreSQL team database).
const QList<CommandSpec> &migrateCommands();
// teamcommands.cpp: team init/list/add/remove/role/rotate/passphrase, and the team secret
// backend every PostgreSQL database uses (called by Context::openStore).
const QList<CommandSpec> &teamCommands();
Result<void> useTeamSecrets(Context &ctx, Store &store);
// sdkcommands.cpp: sdk generate, sdk runtime.
const QList<CommandSpec> &sdkCommands();
// completion.cpp: completion bash, completion names, help (and help --man, manpage.cpp).
const QList<CommandSpec> &completionCommands();
// The bash completion script and the troff man page, generated from commands(); English only.
QString bashCompletionScript();
QString manPage();

} // namespace bifrost::cli
