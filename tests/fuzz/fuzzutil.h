#pragma once

// Shared by the fuzz targets: the entry point's signature and the quiet setup every target needs.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fuzz {

// Qt's warnings for hostile input (a regular expression that does not compile, ...) would flood
// the fuzzer's output and slow it down; what a target checks is the return value, not the log.
inline void quietOnce() {
    static const bool done = [] {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtFatalMsg) {
                // A Q_ASSERT or qFatal is a finding: let it abort so the fuzzer keeps the input.
                fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
                abort();
            }
        });
        return true;
    }();
    Q_UNUSED(done);
}

// BIFROST_FUZZ_VERBOSE=1 prints why a target rejected an input (to check that a seed gets as far
// as it should); off while fuzzing, where it would only cost time.
inline void note(const char *what, const QString &message) {
    static const bool verbose = qEnvironmentVariableIntValue("BIFROST_FUZZ_VERBOSE") != 0;
    if (verbose)
        fprintf(stderr, "%s: %s\n", what, qUtf8Printable(message));
}

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A fuzz target must fail loudly on a broken invariant: abort() is what libFuzzer records (and
// what the replay run reports) as a crash with the input that caused it.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);                    \
            abort();                                                                                         \
        }                                                                                                    \
    } while (false)

} // namespace fuzz
