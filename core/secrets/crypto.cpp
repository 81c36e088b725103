#include "crypto.h"

#include <QCoreApplication>

#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

namespace bifrost::crypto {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char *bytesOf(const QByteArray &data) {
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytesOf(QByteArray &data) {
    return reinterpret_cast<unsigned char *>(data.data());
}

Error keyError() {
    return Error::internal(Text::tr("the encryption key is not set; unlock the vault or bundle first"));
}

// GCM accepts other IV sizes, but every format here writes 12 random bytes; anything else is a
// caller bug or a damaged file, and refusing it keeps the nonce handling in one shape.
Result<void> checkKeyAndNonce(const DerivedKey &key, const QByteArray &nonce) {
    if (!key.isValid())
        return keyError();
    if (nonce.size() != nonceSize)
        return Error::invalid(Text::tr("the nonce must be %1 bytes, not %2").arg(nonceSize).arg(nonce.size()),
                              QStringLiteral("nonce"));
    return {};
}

Error cipherFailure() {
    return Error::internal(Text::tr("the encryption library (OpenSSL) failed; check the installation"));
}

} // namespace

Result<void> ScryptParams::check() const {
    if (log2N < 10 || log2N > 22)
        return Error::invalid(
            Text::tr("the scrypt cost log2(N) must be between 10 and 22, not %1; the file may be damaged")
                .arg(log2N),
            QStringLiteral("scrypt"));
    if (r < 1 || r > 32)
        return Error::invalid(
            Text::tr("the scrypt block size r must be between 1 and 32, not %1; the file may be damaged")
                .arg(r),
            QStringLiteral("scrypt"));
    if (p < 1 || p > 16)
        return Error::invalid(
            Text::tr("the scrypt parallelism p must be between 1 and 16, not %1; the file may be damaged")
                .arg(p),
            QStringLiteral("scrypt"));
    return {};
}

Result<QByteArray> randomBytes(int count) {
    if (count < 0)
        return Error::internal(Text::tr("cannot generate a negative number of random bytes"));
    QByteArray bytes(count, '\0');
    if (count > 0 && RAND_bytes(bytesOf(bytes), count) != 1)
        return Error::internal(
            Text::tr("the system random number generator failed; check that /dev/urandom is available"));
    return bytes;
}

DerivedKey::~DerivedKey() {
    wipe(m_key);
}

DerivedKey::DerivedKey(DerivedKey &&other) noexcept
    : m_key(std::move(other.m_key)) {
    other.m_key = QByteArray();
}

DerivedKey &DerivedKey::operator=(DerivedKey &&other) noexcept {
    if (this != &other) {
        wipe(m_key);
        m_key = std::move(other.m_key);
        other.m_key = QByteArray();
    }
    return *this;
}

DerivedKey DerivedKey::fromBytes(const QByteArray &key) {
    DerivedKey derived;
    if (key.size() == keySize)
        derived.m_key = QByteArray(key.constData(), key.size()); // a private copy, wiped with the key
    return derived;
}

QByteArray DerivedKey::check() const {
    if (!isValid())
        return {};
    static const QByteArray label("bifrost passphrase check");
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha256(), m_key.constData(), int(m_key.size()), bytesOf(label), size_t(label.size()), mac,
              &macLength) ||
        macLength < unsigned(checkSize))
        return {};
    return QByteArray(reinterpret_cast<const char *>(mac), checkSize);
}

Result<DerivedKey> deriveKey(const QString &passphrase, const QByteArray &salt, const ScryptParams &params) {
    if (auto ok = params.check(); !ok)
        return ok.error();
    if (salt.isEmpty())
        return Error::invalid(Text::tr("the scrypt salt is empty"), QStringLiteral("salt"));
    QByteArray secret = passphrase.toUtf8();
    DerivedKey key;
    key.m_key = QByteArray(keySize, '\0');
    const uint64_t n = uint64_t(1) << params.log2N;
    // scrypt needs 128 * r * N bytes for V plus 128 * r * p for B; OpenSSL's default cap
    // (32 MiB) is below our default cost, so the cap is the actual need plus slack.
    const uint64_t maxMem = 128 * uint64_t(params.r) * (n + uint64_t(params.p) + 2) + (uint64_t(1) << 20);
    const int ok =
        EVP_PBE_scrypt(secret.constData(), size_t(secret.size()), bytesOf(salt), size_t(salt.size()), n,
                       uint64_t(params.r), uint64_t(params.p), maxMem, bytesOf(key.m_key), size_t(keySize));
    wipe(secret);
    if (ok != 1)
        return Error::internal(
            Text::tr("cannot derive the key from the passphrase (scrypt failed, possibly out of memory)"));
    return key;
}

Result<QByteArray> seal(const DerivedKey &key, const QByteArray &nonce, const QByteArray &plaintext,
                        const QByteArray &aad) {
    if (auto ok = checkKeyAndNonce(key, nonce); !ok)
        return ok.error();
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return cipherFailure();
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(key.bytes()), bytesOf(nonce)) != 1)
        return cipherFailure();
    int length = 0;
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytesOf(aad), int(aad.size())) != 1)
        return cipherFailure();
    QByteArray out(plaintext.size() + tagSize, '\0');
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), bytesOf(out), &length, bytesOf(plaintext), int(plaintext.size())) !=
            1)
            return cipherFailure();
        written = length;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), bytesOf(out) + written, &length) != 1)
        return cipherFailure();
    written += length;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagSize, bytesOf(out) + written) != 1)
        return cipherFailure();
    out.resize(written + tagSize);
    return out;
}

Result<QByteArray> open(const DerivedKey &key, const QByteArray &nonce, const QByteArray &sealed,
                        const QByteArray &aad) {
    if (auto ok = checkKeyAndNonce(key, nonce); !ok)
        return ok.error();
    const auto authFailure = [] {
        return Error::invalid(
            Text::tr("the data failed authentication: wrong key, or it was changed or damaged"),
            QStringLiteral("authentication"));
    };
    if (sealed.size() < tagSize)
        return authFailure();
    const qsizetype cipherLength = sealed.size() - tagSize;
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return cipherFailure();
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(key.bytes()), bytesOf(nonce)) != 1)
        return cipherFailure();
    int length = 0;
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytesOf(aad), int(aad.size())) != 1)
        return cipherFailure();
    QByteArray out(cipherLength, '\0');
    int written = 0;
    if (cipherLength > 0) {
        if (EVP_DecryptUpdate(ctx.get(), bytesOf(out), &length, bytesOf(sealed), int(cipherLength)) != 1)
            return cipherFailure();
        written = length;
    }
    // The tag buffer is const for us; OpenSSL only reads it for SET_TAG.
    QByteArray tag = sealed.right(tagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagSize, bytesOf(tag)) != 1)
        return cipherFailure();
    if (EVP_DecryptFinal_ex(ctx.get(), bytesOf(out) + written, &length) != 1) {
        // Plaintext that failed authentication must not survive in memory either.
        wipe(out);
        return authFailure();
    }
    written += length;
    out.resize(written);
    return out;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b) {
    // The length is not secret (fixed-size checks and tags); the content comparison is.
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

void wipe(QByteArray &bytes) {
    // Only the buffer this QByteArray owns: detaching a shared one first would copy the secret
    // and wipe the copy, so a shared buffer is left to its other owners.
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes = QByteArray();
    else if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text) {
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace bifrost::crypto
