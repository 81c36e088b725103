#include "pkce.h"

#include <QtGlobal>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace bifrost::oauth {

namespace {

QByteArray base64Url(const QByteArray &raw) {
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray randomToken(int bytes) {
    Q_ASSERT(bytes > 0);
    QByteArray raw(bytes, Qt::Uninitialized);
    // RAND_bytes only fails when the CSPRNG cannot be seeded. Carrying on with predictable
    // bytes would make state and verifier guessable, so that is fatal.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure random source");
    return base64Url(raw);
}

QByteArray s256Challenge(const QByteArray &verifier) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(verifier.constData(), size_t(verifier.size()), digest, &length, EVP_sha256(), nullptr) !=
        1)
        qFatal("OpenSSL EVP_Digest(SHA-256) failed");
    return base64Url(QByteArray(reinterpret_cast<const char *>(digest), int(length)));
}

Pkce makePkce() {
    Pkce p;
    p.verifier = randomToken(32); // 43 characters, within RFC 7636 §4.1's 43..128
    p.challenge = s256Challenge(p.verifier);
    return p;
}

} // namespace bifrost::oauth
