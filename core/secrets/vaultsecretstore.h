#pragma once

#include "crypto.h"
#include "secretstore.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace bifrost {

struct VaultFile; // one parsed vault file (vaultsecretstore.cpp)

// Secrets in one encrypted file, for machines without a keychain (servers, containers, SSH).
//
// File layout, version 1 (integers big-endian; offsets in bytes):
//    0  magic "BIFROSTVAULT" (12)       50  GCM nonce (12)
//   12  format version, u16 (= 1)       62  length of the sealed part, u32
//   14  scrypt log2N, r, p (u8 each),   66  SHA-256 of bytes 0..65, first 16 bytes
//       a zero byte                     82  AES-256-GCM(JSON {"entries": {key: value}}) || tag
//   18  scrypt salt (16)
//   34  passphrase check (16, crypto::DerivedKey::check)
// The header (bytes 0..81) is the GCM additional data, so a changed byte anywhere fails
// authentication. Errors, in the order they are checked: not a vault (magic), newer or unknown
// version, truncated (shorter than the header or its length field says), damaged header (the
// unkeyed checksum: a changed salt would otherwise look like a wrong passphrase), then the
// passphrase check (wrong passphrase: InvalidInput, field "passphrase"), then the tag (damaged or
// changed: External). All External errors name the file; nothing is returned from a file that
// failed any of them.
//
// Every change is read-modify-write under an exclusive lock (flock on PATH.lock), so several
// processes can share one vault: it re-reads the file, applies the change, writes PATH.tmp
// (0600), fsyncs it, renames it over PATH and fsyncs the folder. Until the rename the old file is
// complete and untouched: a crash or a full disk loses at most the change being written. Reads
// take no lock (a rename never exposes a partial file). A rewrite keeps the salt and parameters
// (new nonce), so other processes keep their derived keys.
// Fault injection for tests only: BIFROST_VAULT_FAULT=kill-before-rename makes the process
// SIGKILL itself after the fsync of PATH.tmp, before the rename.
//
// The passphrase is asked for once, on first use, through the provider: `creating` is true when
// no vault file exists yet (the provider should ask twice); a new vault needs at least
// minimumPassphraseLength characters. Reading, listing or removing with no vault file asks for
// nothing (there are no secrets yet); the first write creates the file. The derived key is kept
// for the life of this object (scrypt runs once per process) and derived again only when the
// file's salt or parameters changed; the passphrase is wiped at once.
class VaultSecretStore final : public SecretStore {
public:
    using PassphraseProvider = std::function<Result<QString>(bool creating)>;

    VaultSecretStore(QString path, PassphraseProvider provider,
                     crypto::ScryptParams paramsForNewVault = crypto::ScryptParams());
    ~VaultSecretStore() override;

    // Next to the database: /dir/bifrost.db -> /dir/bifrost.vault. BIFROST_VAULT wins.
    static QString defaultPathFor(const QString &databasePath);
    // Minimum passphrase length for a new vault or bundle; shorter ones are refused with a
    // message that says so.
    static constexpr int minimumPassphraseLength = 8;

    QString backendName() const override { return QStringLiteral("vault"); }
    QString description() const override; // "encrypted vault PATH"
    QString path() const { return m_path; }
    bool exists() const;

    // Asks for the passphrase (once) and opens or creates the file; called by every other call.
    Result<void> unlock();

    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &value) override;
    Result<void> remove(const QString &key) override;
    Result<QHash<QString, QString>> readMany(const QStringList &keys) override;
    Result<QStringList> keys(const QString &prefix) override;

private:
    Result<QString> askPassphrase(bool creating);
    Result<void> keyFor(const VaultFile &file, QString *passphrase = nullptr);
    void adopt(crypto::DerivedKey key, const crypto::ScryptParams &params, const QByteArray &salt);
    Result<QJsonObject> decrypt(const VaultFile &file);
    Result<QJsonObject> load(bool *missing);
    Result<void> save(const QJsonObject &entries);
    Result<void> change(const std::function<bool(QJsonObject &)> &apply);

    QString m_path;
    PassphraseProvider m_provider;
    crypto::ScryptParams m_newParams;
    // The unlocked key and the header it belongs to (salt, params): a file rewritten by another
    // process with the same salt reuses the key; a changed salt asks again.
    struct Unlocked;
    std::unique_ptr<Unlocked> m_unlocked;
};

} // namespace bifrost
