#pragma once

#include <QByteArray>

namespace bifrost::oauth {

// `bytes` random bytes from OpenSSL's CSPRNG, base64url without padding.
QByteArray randomToken(int bytes = 32);

// RFC 7636: a 43-character verifier (32 random bytes) and its S256 challenge.
struct Pkce {
    QByteArray verifier;
    QByteArray challenge; // BASE64URL(SHA256(verifier)), no padding
};
Pkce makePkce();
QByteArray s256Challenge(const QByteArray &verifier);

} // namespace bifrost::oauth
