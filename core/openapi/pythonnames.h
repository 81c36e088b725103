#pragma once

// Python identifiers and literals for the SDK generator (internal to core/openapi). One place
// decides how a spec name becomes a Python name; see pythongenerator.h for the rules.

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace bifrost::openapi::detail {

// The ASCII words of a name: camelCase and acronym boundaries split ("listPetsByID" -> list,
// pets, by, id), anything that is not a letter or digit separates, Latin-1 and Latin
// Extended-A letters are transliterated (é -> e, ß -> ss), other characters are dropped. A
// leading "-" before a digit becomes the word "minus" ("-1" -> minus, 1). Words are lower case.
std::vector<std::string> nameWords(std::string_view name);

enum class Case { Snake, Upper, Pascal };

// The words joined in `style`, made a valid identifier that is not in `reserved` (nor a keyword,
// soft keyword or builtin): a name that starts with a digit gets "n_" / "N_" / "N" in front, a
// reserved one a trailing "_", an empty one `fallback`.
std::string pythonName(std::string_view name, Case style, std::string_view fallback);

// Keywords, soft keywords, builtins, names mypy treats specially and the module names the
// generated files import (without their "_" alias).
bool isReservedPythonName(std::string_view name);

// Hands out unique names in spec order: a name already taken gets _2, _3, ...
class NameScope {
public:
    explicit NameScope(std::initializer_list<std::string_view> taken = {});
    void reserve(std::string_view name);
    std::string unique(std::string base);

private:
    std::unordered_set<std::string> m_taken; // only looked up, never iterated: order stays spec order
};

// A double-quoted Python string literal (ASCII only: everything else escaped).
void appendPyString(std::string &out, std::string_view text);
// A docstring at `indent` spaces: backslashes and quotes escaped, control characters and
// invalid UTF-8 replaced, trailing blanks dropped. Nothing when `text` is blank.
void appendDocstring(std::string &out, std::string_view text, int indent);

} // namespace bifrost::openapi::detail
