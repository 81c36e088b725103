#pragma once

// Team mode (PostgreSQL): who may do what, and the team data key that encrypts shared secrets.
//
// Keys: one random 256-bit data key per key version seals every secret value (AES-256-GCM, the
// row's key as additional data) in the table team_secrets. Each admin with a key has an X25519
// key pair (table team_keys): the private half sealed (AES-256-GCM) under a key derived from their
// personal passphrase (scrypt, crypto::deriveKey), the data key wrapped to the public half
// (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM), so that an owner can rewrap a new data key for
// every holder without knowing their passphrases. After the first unlock the derived personal key
// is kept in the OS keychain (entry "team/<database id>/<admin>"), so the passphrase is asked for
// once per machine. A viewer never holds a wrapped key. Rotating
// makes a new data key, re-encrypts every secret and rewraps it for every remaining admin with
// a key, in one transaction: an admin removed before the rotation cannot decrypt what is written
// after it.
//
// Roles are PostgreSQL roles, so the database enforces them whatever client connects:
//   owner   everything, including team membership and key rotation
//   editor  reads and writes integrations, organizations, values, mappings, OAuth; no membership
//   viewer  reads everything except secret ciphertexts and wrapped keys; writes nothing

#include "common/result.h"
#include "secrets/crypto.h"
#include "secrets/secretstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace bifrost {

class Store;

namespace team {

enum class Role { Owner, Editor, Viewer };
QString roleName(Role role); // "owner", "editor", "viewer"
Result<Role> parseRole(const QString &text);

struct Member {
    QString admin; // the PostgreSQL login role
    Role role = Role::Viewer;
    bool holdsKey = false; // a wrapped data key of the current key version
    QDateTime addedAt;
    QString addedBy;
};

// Asks for a personal passphrase: `prompt` says whose and why; `creating` asks twice and
// checks the length (VaultSecretStore::minimumPassphraseLength). The CLI reads
// --passphrase-stdin, BIFROST_TEAM_PASSPHRASE or the terminal; the app shows a dialog.
using PassphraseProvider = std::function<Result<QString>(const QString &prompt, bool creating)>;

// Team operations on one PostgreSQL Store (InvalidInput "team mode needs a PostgreSQL database"
// on SQLite). Every write is one Store transaction and records history.
class Team {
public:
    Team(Store &store, PassphraseProvider passphrase);
    ~Team();

    // Whether the team has been set up (it has an owner with a key).
    Result<bool> initialized();
    // Sets up a new team database: the connected admin becomes its owner, a data key is made
    // and wrapped with the passphrase (asked, creating). Done by the first command that needs
    // the key; Conflict when already set up.
    Result<void> initialize();
    Result<QList<Member>> members();
    // The connected admin's role (NotFound when not a member).
    Result<Role> myRole();

    // Owner only. Adds an existing PostgreSQL login role: grants the role's group, and (editor,
    // owner) wraps the data key under `initialPassphrase`, which the new admin changes with
    // changePassphrase on first use.
    Result<void> addMember(const QString &admin, Role role, const QString &initialPassphrase);
    Result<void> setRole(const QString &admin, Role role, const QString &initialPassphrase);
    // Owner only; the last owner cannot be removed. Revokes the group and deletes the wrapped key.
    // Removing does not rotate: rotate afterwards so that the removed admin cannot read what is
    // written next (the CLI and the app offer it together).
    Result<void> removeMember(const QString &admin);
    // Owner only: new data key, every secret re-encrypted, rewrapped for every key holder; one
    // transaction. Returns the number of secrets re-encrypted.
    Result<int> rotateKey();
    // Rewraps the connected admin's data key under a new passphrase (old one asked unless the
    // keychain holds the derived key).
    Result<void> changePassphrase();

    // The data key of the current version, unlocked once per process (keychain, else the
    // passphrase); a first command on an uninitialized team database initializes it.
    Result<const crypto::DerivedKey *> dataKey();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Secrets of a team database, stored in its table team_secrets through the Store's own
// connection, so a secret written inside a Store transaction commits or rolls back with it.
// Reading or writing unlocks the data key through `team` on first use; a viewer gets
// InvalidInput ("viewers cannot read secret values; ask an owner for the editor role").
std::unique_ptr<SecretStore> makeTeamSecretStore(Store &store, Team &team);

} // namespace team
} // namespace bifrost
