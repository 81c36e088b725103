// The loopback listener's reading of what a local process or browser sends to the OAuth redirect
// port: loopback::checkRequest on the bytes a connection delivered (capped like the listener
// caps them) and, for a complete GET, loopback::readRedirect with this flow's path and state.
// The socket half of LoopbackListener only moves bytes; tst_loopbacklistener covers it.

#include "fuzzutil.h"
#include "oauth/loopbacklistener.h"

using namespace bifrost::oauth::loopback;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::quietOnce();
    // The listener keeps at most maxRequestBytes + 1 bytes of a connection.
    const QByteArray buffer = fuzz::bytes(data, qMin(size, size_t(maxRequestBytes + 1)));
    const QString path = QStringLiteral("/callback");
    const QByteArray state = QByteArrayLiteral("fuzz-state-0123456789abcdef");

    const RequestCheck check = checkRequest(buffer);
    if (check.verdict != RequestCheck::Verdict::Complete) {
        FUZZ_CHECK(check.target.isEmpty());
        return 0;
    }
    FUZZ_CHECK(check.target.startsWith('/'));
    const Redirect redirect = readRedirect(check.target, path, state);
    fuzz::note("redirect", QString::number(int(redirect.verdict)));
    switch (redirect.verdict) {
    case Redirect::Verdict::Code:
        FUZZ_CHECK(!redirect.code.isEmpty() && redirect.error.isEmpty());
        break;
    case Redirect::Verdict::Error:
        FUZZ_CHECK(!redirect.error.isEmpty() && redirect.code.isEmpty());
        break;
    default:
        FUZZ_CHECK(redirect.code.isEmpty() && redirect.error.isEmpty());
        break;
    }
    // Nothing is accepted without this flow's state, and a spent (empty) state accepts nothing.
    if (redirect.verdict == Redirect::Verdict::Code || redirect.verdict == Redirect::Verdict::Error) {
        FUZZ_CHECK(check.target.contains("state="));
        FUZZ_CHECK(readRedirect(check.target, path, QByteArray()).verdict == Redirect::Verdict::BadState);
    }
    return 0;
}
