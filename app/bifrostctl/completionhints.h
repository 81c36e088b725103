#pragma once

// What the completion script offers for an option value or a positional argument, inferred from
// the command table (value names such as ORG, FILE, "skip|replace|merge"); completion.cpp.

#include "arguments.h"

namespace bifrost::cli {

enum class ValueKind { Flag, None, Choice, File, Dir, Integration, Organization };

struct ValueHint {
    ValueKind kind = ValueKind::None;
    QStringList choices; // ValueKind::Choice
};

ValueHint globalOptionHint(const OptionSpec &option);
ValueHint optionHint(const CommandSpec &command, const OptionSpec &option);
ValueHint positionalHint(const CommandSpec &command, const QString &positional);

} // namespace bifrost::cli
