#include "pythonnames.h"

#include <algorithm>
#include <array>

namespace bifrost::openapi::detail {

namespace {

// U+00C0..U+00FF as ASCII; "" for × and ÷ (separators).
constexpr std::array<const char *, 64> kLatin1 = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I",  "I",
    "D", "N", "O", "O", "O", "O", "O",  "",  "O", "U", "U", "U", "U", "Y", "TH", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",
};
// U+0100..U+017F (Latin Extended-A), one base letter each.
constexpr std::string_view kLatinExtA = "AaAaAa"       // Ā ă Ą
                                        "CcCcCcCc"     // Ć Ĉ Ċ Č
                                        "DdDd"         // Ď Đ
                                        "EeEeEeEeEe"   // Ē Ĕ Ė Ę Ě
                                        "GgGgGgGg"     // Ĝ Ğ Ġ Ģ
                                        "HhHh"         // Ĥ Ħ
                                        "IiIiIiIiIi"   // Ĩ Ī Ĭ Į İ
                                        "Ii"           // Ĳ
                                        "Jj"           // Ĵ
                                        "Kkk"          // Ķ ĸ
                                        "LlLlLlLlLl"   // Ĺ Ļ Ľ Ŀ Ł
                                        "NnNnNnnNn"    // Ń Ņ Ň ŉ Ŋ
                                        "OoOoOo"       // Ō Ŏ Ő
                                        "Oo"           // Œ
                                        "RrRrRr"       // Ŕ Ŗ Ř
                                        "SsSsSsSs"     // Ś Ŝ Ş Š
                                        "TtTtTt"       // Ţ Ť Ŧ
                                        "UuUuUuUuUuUu" // Ũ Ū Ŭ Ů Ű Ų
                                        "Ww"           // Ŵ
                                        "YyY"          // Ŷ Ÿ
                                        "ZzZzZz"       // Ź Ż Ž
                                        "s";           // ſ
static_assert(kLatinExtA.size() == 128);

// Decodes one UTF-8 sequence at `i`; returns the code point (or -1 for an invalid byte) and
// advances `i`.
long decodeUtf8(std::string_view s, size_t &i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int len = 0;
    long cp = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        ++i;
        return -1;
    }
    if (i + static_cast<size_t>(len) > s.size()) {
        ++i;
        return -1;
    }
    for (int k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
        if ((cc & 0xC0) != 0x80) {
            ++i;
            return -1;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms and surrogates are invalid (Python refuses them in source files).
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return -1;
    }
    i += static_cast<size_t>(len);
    return cp;
}

bool isLower(char c) {
    return c >= 'a' && c <= 'z';
}
bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAlnum(char c) {
    return isLower(c) || isUpper(c) || isDigit(c);
}
char toLower(char c) {
    return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
char toUpper(char c) {
    return isLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

// Sorted, for binary search. Keywords, soft keywords, builtins (Python 3.11), mypy's special
// names, and the modules and names the generated files import or bind (`from __future__ import
// annotations` binds `annotations`).
constexpr std::array<std::string_view, 200> kReserved = {
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "False",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "None",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "True",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "_",
    "abs",
    "aiter",
    "all",
    "and",
    "anext",
    "annotations",
    "any",
    "as",
    "ascii",
    "assert",
    "async",
    "asyncio",
    "await",
    "bifrost",
    "bin",
    "bool",
    "break",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "case",
    "chr",
    "class",
    "classmethod",
    "cls",
    "compile",
    "complex",
    "continue",
    "copyright",
    "credits",
    "dataclass",
    "dataclasses",
    "datetime",
    "def",
    "del",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "elif",
    "else",
    "enum",
    "enumerate",
    "eval",
    "except",
    "exec",
    "exit",
    "field",
    "filter",
    "finally",
    "float",
    "for",
    "format",
    "from",
    "frozenset",
    "getattr",
    "global",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "httpx",
    "id",
    "if",
    "import",
    "in",
    "input",
    "int",
    "is",
    "isinstance",
    "issubclass",
    "iter",
    "json",
    "lambda",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "match",
    "max",
    "memoryview",
    "min",
    "next",
    "nonlocal",
    "not",
    "object",
    "oct",
    "open",
    "or",
    "ord",
    "pass",
    "pow",
    "print",
    "property",
    "quit",
    "raise",
    "range",
    "re",
    "repr",
    "return",
    "reveal_locals",
    "reveal_type",
    "reversed",
    "round",
    "self",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "try",
    "tuple",
    "type",
    "typing",
    "vars",
    "while",
    "with",
    "yield",
    "zip",
};

} // namespace

bool isReservedPythonName(std::string_view name) {
    return std::binary_search(kReserved.begin(), kReserved.end(), name);
}

std::vector<std::string> nameWords(std::string_view name) {
    // First the name as ASCII letters, digits and separators (' ').
    std::string ascii;
    ascii.reserve(name.size());
    size_t i = 0;
    if (name.size() >= 2 && name[0] == '-' && isDigit(name[1])) {
        ascii += "minus ";
        i = 1;
    }
    while (i < name.size()) {
        const long cp = decodeUtf8(name, i);
        if (cp >= 0 && cp < 0x80) {
            const char c = static_cast<char>(cp);
            ascii += isAlnum(c) ? c : ' ';
        } else if (cp >= 0xC0 && cp <= 0xFF) {
            const char *t = kLatin1[static_cast<size_t>(cp - 0xC0)];
            ascii += *t ? t : " ";
        } else if (cp >= 0x100 && cp <= 0x17F) {
            ascii += kLatinExtA[static_cast<size_t>(cp - 0x100)];
        } else {
            ascii += ' ';
        }
    }
    std::vector<std::string> words;
    std::string word;
    const auto flush = [&] {
        if (!word.empty())
            words.push_back(std::move(word));
        word.clear();
    };
    for (size_t k = 0; k < ascii.size(); ++k) {
        const char c = ascii[k];
        if (c == ' ') {
            flush();
            continue;
        }
        if (!word.empty() && isUpper(c)) {
            const char prev = ascii[k - 1];
            const bool nextLower = k + 1 < ascii.size() && isLower(ascii[k + 1]);
            // aB and 2B start a word; in an acronym, the last capital before a lower-case letter
            // starts the next one (HTTPServer -> HTTP Server).
            if (isLower(prev) || isDigit(prev) || (isUpper(prev) && nextLower))
                flush();
        }
        word += toLower(c);
    }
    flush();
    return words;
}

std::string pythonName(std::string_view name, Case style, std::string_view fallback) {
    const std::vector<std::string> words = nameWords(name);
    std::string out;
    for (const std::string &w : words) {
        if (style == Case::Pascal) {
            out += toUpper(w[0]);
            out.append(w, 1);
            continue;
        }
        if (!out.empty())
            out += '_';
        if (style == Case::Upper) {
            for (const char c : w)
                out += toUpper(c);
        } else {
            out += w;
        }
    }
    if (out.empty())
        return std::string(fallback);
    if (isDigit(out[0]))
        out.insert(0, style == Case::Snake ? "n_" : style == Case::Upper ? "N_" : "N");
    if (isReservedPythonName(out))
        out += '_';
    return out;
}

NameScope::NameScope(std::initializer_list<std::string_view> taken) {
    for (const std::string_view t : taken)
        m_taken.emplace(t);
}

void NameScope::reserve(std::string_view name) {
    m_taken.emplace(name);
}

std::string NameScope::unique(std::string base) {
    if (m_taken.insert(base).second)
        return base;
    for (int n = 2;; ++n) {
        std::string candidate = base + '_' + std::to_string(n);
        if (m_taken.insert(candidate).second)
            return candidate;
    }
}

void appendPyString(std::string &out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    size_t i = 0;
    while (i < text.size()) {
        const long cp = decodeUtf8(text, i);
        if (cp < 0) {
            out += "\\ufffd";
        } else if (cp == '\\' || cp == '"') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp >= 0x20 && cp < 0x7F) {
            out += static_cast<char>(cp);
        } else if (cp < 0x100) {
            out += "\\x";
            out += hex[(cp >> 4) & 0xF];
            out += hex[cp & 0xF];
        } else if (cp < 0x10000) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hex[(cp >> shift) & 0xF];
        } else {
            out += "\\U";
            for (int shift = 28; shift >= 0; shift -= 4)
                out += hex[(cp >> shift) & 0xF];
        }
    }
    out += '"';
}

void appendDocstring(std::string &out, std::string_view text, int indent) {
    // Clean text first: one line per entry, escaped.
    std::vector<std::string> lines(1);
    size_t i = 0;
    while (i < text.size()) {
        const size_t start = i;
        const long cp = decodeUtf8(text, i);
        if (cp < 0) {
            lines.back() += '?';
        } else if (cp == '\r') {
            if (i < text.size() && text[i] == '\n')
                ++i;
            lines.emplace_back();
        } else if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
            lines.emplace_back();
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            lines.back() += ' ';
        } else if (cp == '\\' || cp == '"') {
            lines.back() += '\\';
            lines.back() += static_cast<char>(cp);
        } else {
            lines.back().append(text.substr(start, i - start));
        }
    }
    for (std::string &l : lines) {
        while (!l.empty() && l.back() == ' ')
            l.pop_back();
        // A line ending in an escaped backslash is fine; a lone trailing backslash cannot occur.
    }
    while (!lines.empty() && lines.back().empty())
        lines.pop_back();
    size_t first = 0;
    while (first < lines.size() && lines[first].empty())
        ++first;
    if (first == lines.size())
        return;
    // The first line loses its own indentation, which the docstring convention expects.
    std::string &head = lines[first];
    head.erase(0, head.find_first_not_of(' '));
    out.append(static_cast<size_t>(indent), ' ');
    out += "\"\"\"";
    out += head;
    if (first + 1 == lines.size()) {
        out += "\"\"\"\n";
        return;
    }
    out += '\n';
    for (size_t k = first + 1; k < lines.size(); ++k) {
        if (!lines[k].empty())
            out.append(static_cast<size_t>(indent), ' ');
        out += lines[k];
        out += '\n';
    }
    out.append(static_cast<size_t>(indent), ' ');
    out += "\"\"\"\n";
}

} // namespace bifrost::openapi::detail
