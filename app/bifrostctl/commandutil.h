#pragma once

// What every command file of bifrostctl (commands.cpp, oauthcommands.cpp) writes its commands
// with: the translation context, the early return on an error and the option builders of the
// command tables. Internal to bifrostctl.

#include "arguments.h"
#include "output.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QStringList>

namespace bifrost::cli {

// Every bifrostctl message shares the context "bifrostctl": the catalogues are keyed on it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bifrostctl)
};

// A command body: returns the exit code. `OR_FAIL` keeps the happy path flat.
#define OR_FAIL(result)                                                                                      \
    if (!(result))                                                                                           \
    return fail((result).error())

inline OptionSpec flag(const char *name) {
    return {QLatin1String(name), {}, false};
}
inline OptionSpec valued(const char *name, const char *valueName) {
    return {QLatin1String(name), QLatin1String(valueName), false};
}
inline OptionSpec repeated(const char *name, const char *valueName) {
    return {QLatin1String(name), QLatin1String(valueName), true};
}

// A command's words: `org add`, `oauth set`.
inline QStringList words(const char *a, const char *b = nullptr) {
    QStringList w{QLatin1String(a)};
    if (b)
        w << QLatin1String(b);
    return w;
}

} // namespace bifrost::cli
