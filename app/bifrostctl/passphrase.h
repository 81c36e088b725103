#pragma once

#include "common/result.h"

#include <QString>

// Passphrases for the vault and for bundles. Never from argv. In order of preference:
// the environment (BIFROST_VAULT_PASSPHRASE, vault only), stdin (--passphrase-stdin), an
// interactive prompt on the terminal without echo (asked twice when creating).
//
// stdin is shared and read in a fixed order: first the vault passphrase line (global
// --passphrase-stdin), then the bundle passphrase line (export/import --passphrase-stdin), then
// the rest is the value of a --stdin option (readStdin() in commands.h).
namespace bifrost::cli {

// With the global --passphrase-stdin, the first line of stdin is the vault passphrase whoever reads
// stdin first (parseGlobal reserves it): every reader below takes it out of the way first.
void reserveVaultPassphraseLine();
// The reserved line (read now if nobody has read stdin yet); InvalidInput when stdin was empty.
Result<QString> vaultPassphraseLine();

// One line of stdin, without its newline; InvalidInput when stdin ends first. `what` names the
// line in that message ("the bundle passphrase").
Result<QString> readStdinLine(const QString &what);
// The rest of stdin, without one trailing newline: what readStdin() in commands.h returns.
Result<QString> readStdinRest();

// Whether /dev/tty can be opened, i.e. promptPassphrase can ask.
bool terminalAvailable();

// Asks on the terminal (/dev/tty) with echo off; `confirm`: asks twice and compares.
// InvalidInput when there is no terminal, with a message naming --passphrase-stdin (and
// BIFROST_VAULT_PASSPHRASE for the vault).
Result<QString> promptPassphrase(const QString &prompt, bool confirm);

// A new passphrase must have VaultSecretStore::minimumPassphraseLength characters.
Result<void> checkNewPassphrase(const QString &passphrase, const QString &field);

} // namespace bifrost::cli
