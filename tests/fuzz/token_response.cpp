// What the TokenClient makes of a token or device-authorization endpoint's answer: the HTTP
// status, the Content-Type (JSON or GitHub's form encoding) and a hostile body, through
// readTokenAnswer / readDeviceAuthorizationAnswer (the network-free half of TokenClient).
// Input layout: byte 0 picks the endpoint and the Content-Type, bytes 1-2 the status
// (100..599), the rest is the body.

#include "fuzzutil.h"
#include "oauth/tokenclient.h"

#include <QUrl>

using namespace bifrost::oauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::quietOnce();
    if (size < 3)
        return 0;
    const bool device = data[0] & 1;
    const QString contentType = (data[0] & 2)
                                    ? QStringLiteral("application/x-www-form-urlencoded; charset=utf-8")
                                    : QStringLiteral("application/json");
    const int status = 100 + (int(data[1]) << 8 | int(data[2])) % 500;
    const QByteArray body = fuzz::bytes(data + 3, size - 3);
    const QUrl url(QStringLiteral("https://auth.example.com/oauth/token?tenant=fuzz"));
    // A value the request sent: never to appear in an error message, even if echoed back.
    const QString secret = QStringLiteral("s3cret-code-F00D");
    const QStringList secrets{secret};

    if (device) {
        const auto answer = readDeviceAuthorizationAnswer(status, body, contentType, url, secrets);
        fuzz::note("device", answer ? QStringLiteral("ok") : answer.error().message);
        if (answer) {
            FUZZ_CHECK(!answer->deviceCode.isEmpty() && !answer->userCode.isEmpty());
            FUZZ_CHECK(answer->interval > 0 && answer->interval <= 300);
            FUZZ_CHECK(answer->expiresIn >= 0 && answer->expiresIn <= 86400);
        } else {
            FUZZ_CHECK(!answer.error().message.contains(secret));
        }
        return 0;
    }
    const auto answer = readTokenAnswer(status, body, contentType, url, secrets);
    fuzz::note("token", answer ? QStringLiteral("ok") : answer.error().message);
    if (answer) {
        FUZZ_CHECK(status >= 200 && status < 300);
        FUZZ_CHECK(!answer->accessToken.isEmpty() && !answer->tokenType.isEmpty());
        FUZZ_CHECK(!answer->expiresIn || *answer->expiresIn >= 0);
    } else {
        FUZZ_CHECK(!answer.error().message.isEmpty() && !answer.error().field.isEmpty());
        FUZZ_CHECK(!answer.error().message.contains(secret));
    }
    return 0;
}
