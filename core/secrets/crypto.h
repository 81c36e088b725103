#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

// Passphrase-based authenticated encryption shared by the vault file and export bundles:
// scrypt turns a passphrase and a random salt into a 256-bit key, AES-256-GCM seals data with it
// (OpenSSL's EVP API). Nothing here ever logs or puts key material into an error message.
namespace bifrost::crypto {

// scrypt cost. The defaults (N = 2^17, r = 8, p = 1: 128 MiB, about 0.45 s on the reference
// machine, docs/PERFORMANCE.md) are written into every file header, so a file made with other
// parameters still opens.
struct ScryptParams {
    int log2N = 17;
    int r = 8;
    int p = 1;

    // InvalidInput when the parameters are out of the range we accept from a file (log2N 10..22,
    // r 1..32, p 1..16): a hostile header must not make us allocate gigabytes.
    Result<void> check() const;
};

inline constexpr int keySize = 32; // AES-256
inline constexpr int saltSize = 16;
inline constexpr int nonceSize = 12; // GCM's 96-bit IV
inline constexpr int tagSize = 16;
inline constexpr int checkSize = 16;

// Cryptographically random bytes (RAND_bytes); Internal error when the RNG fails.
Result<QByteArray> randomBytes(int count);

// A key derived from a passphrase. The memory is wiped when the key is destroyed.
class DerivedKey {
public:
    DerivedKey() = default;
    ~DerivedKey();
    DerivedKey(const DerivedKey &) = delete;
    DerivedKey &operator=(const DerivedKey &) = delete;
    DerivedKey(DerivedKey &&other) noexcept;
    DerivedKey &operator=(DerivedKey &&other) noexcept;

    // A key given as raw bytes (known-answer tests, keys unwrapped from elsewhere); invalid unless
    // it is keySize bytes.
    static DerivedKey fromBytes(const QByteArray &key);

    bool isValid() const { return m_key.size() == keySize; }
    const QByteArray &bytes() const { return m_key; }
    // A short value that tells a wrong passphrase apart from a damaged file without decrypting
    // anything: HMAC-SHA256(key, "bifrost passphrase check"), first checkSize bytes.
    QByteArray check() const;

private:
    friend Result<DerivedKey> deriveKey(const QString &, const QByteArray &, const ScryptParams &);
    QByteArray m_key;
};

// scrypt(passphrase as UTF-8, salt, params) -> 32 bytes. InvalidInput for bad params.
Result<DerivedKey> deriveKey(const QString &passphrase, const QByteArray &salt, const ScryptParams &params);

// AES-256-GCM. `aad` is authenticated, not encrypted (file headers). seal() returns
// ciphertext || tag; open() fails (Error::field "authentication") when the tag does not match:
// wrong key, or any changed byte in nonce, ciphertext, tag or aad.
Result<QByteArray> seal(const DerivedKey &key, const QByteArray &nonce, const QByteArray &plaintext,
                        const QByteArray &aad);
Result<QByteArray> open(const DerivedKey &key, const QByteArray &nonce, const QByteArray &sealed,
                        const QByteArray &aad);

// Constant-time comparison, for checks and tags compared outside GCM.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

// Overwrites the bytes before the buffer is released (OPENSSL_cleanse).
void wipe(QByteArray &bytes);
void wipe(QString &text);

} // namespace bifrost::crypto
