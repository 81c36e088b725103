#include "specdocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_set>

// Our own JSON reader: QJsonDocument loses member order and positions, and converting a 13 MB
// spec through QString costs more than parsing it. One pass over the bytes, recursive descent
// straight into the destination Node, std::string for text; lines and columns counted as it
// goes (columns in characters, not bytes, so an editor jumps to the right place).

namespace bifrost::openapi {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OpenApi)
};

// Deeper nesting than any real spec; the limit keeps hostile input from exhausting the stack.
constexpr int kMaxDepth = 1000;

// Byte classes inside a string: 0 plain, 1 UTF-8 continuation byte (not a column of its own),
// 2 ends the fast scan ('"', '\\', control characters).
struct StringClasses {
    unsigned char table[256] = {};
    constexpr StringClasses() {
        for (int c = 0; c < 0x20; ++c)
            table[c] = 2;
        table[int('"')] = 2;
        table[int('\\')] = 2;
        for (int c = 0x80; c < 0xC0; ++c)
            table[c] = 1;
    }
};
constexpr StringClasses kClasses;

void appendUtf8(std::string &out, char32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

class JsonParser {
public:
    JsonParser(std::string_view text, const QString &source)
        : m_p(text.data())
        , m_end(text.data() + text.size())
        , m_lineStart(text.data())
        , m_source(source) {
        if (text.size() >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0) {
            m_p += 3;
            m_lineStart = m_p;
        }
    }

    Result<Node> run() {
        Node root;
        skipSpace();
        if (m_p == m_end)
            return fail(Text::tr("the document is empty; expected a JSON object or array"));
        if (!parseValue(root, 0))
            return std::move(m_error);
        skipSpace();
        if (m_p != m_end)
            return fail(Text::tr("unexpected %1 after the end of the JSON value").arg(found()));
        return root;
    }

private:
    int column() const { return int(m_p - m_lineStart) - m_lineAdjust + 1; }

    // Records the error at the current position; returns it so `return fail(...)` reads well.
    Error fail(const QString &what) {
        m_error = Error::invalid(Text::tr("%1:%2:%3: %4. Fix the JSON at that position.")
                                     .arg(m_source)
                                     .arg(m_line)
                                     .arg(column())
                                     .arg(what));
        return m_error;
    }
    bool failBool(const QString &what) {
        fail(what);
        return false;
    }

    QString found() const {
        if (m_p >= m_end)
            return Text::tr("end of file");
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c < 0x20 || c == 0x7F)
            return Text::tr("control character U+%1").arg(int(c), 4, 16, QLatin1Char('0'));
        if (c >= 0x80)
            return Text::tr("a non-ASCII character");
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    }

    void skipSpace() {
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == ' ' || c == '\t' || c == '\r') {
                ++m_p;
            } else if (c == '\n') {
                ++m_p;
                ++m_line;
                m_lineStart = m_p;
                m_lineAdjust = 0;
            } else {
                break;
            }
        }
    }

    bool parseValue(Node &out, int depth) {
        out.line = m_line;
        out.column = column();
        if (m_p >= m_end)
            return failBool(Text::tr("expected a value, found end of file"));
        switch (*m_p) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"':
            out.kind = Node::Kind::String;
            return parseString(out.scalar);
        case 't':
            return parseLiteral(out, "true", Node::Kind::Bool);
        case 'f':
            return parseLiteral(out, "false", Node::Kind::Bool);
        case 'n':
            return parseLiteral(out, "null", Node::Kind::Null);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber(out);
            return failBool(Text::tr("expected a value, found %1").arg(found()));
        }
    }

    bool parseLiteral(Node &out, std::string_view word, Node::Kind kind) {
        if (size_t(m_end - m_p) < word.size() || std::memcmp(m_p, word.data(), word.size()) != 0)
            return failBool(Text::tr("expected a value, found %1").arg(found()));
        out.kind = kind;
        if (kind == Node::Kind::Bool)
            out.scalar.assign(word);
        m_p += word.size();
        return true;
    }

    bool digits() {
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return false;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return true;
    }

    bool parseNumber(Node &out) {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0') {
            ++m_p;
            if (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                return failBool(Text::tr("a number must not start with 0"));
        } else if (!digits()) {
            return failBool(Text::tr("expected a digit, found %1").arg(found()));
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return failBool(Text::tr("expected a digit after the decimal point, found %1").arg(found()));
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return failBool(Text::tr("expected a digit in the exponent, found %1").arg(found()));
        }
        out.kind = Node::Kind::Number;
        out.scalar.assign(start, m_p);
        return true;
    }

    bool hex4(char32_t &value) {
        if (m_end - m_p < 4)
            return failBool(Text::tr("expected four hex digits after \\u"));
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_p[i];
            int digit;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            else {
                m_p += i;
                return failBool(Text::tr("expected four hex digits after \\u, found %1").arg(found()));
            }
            value = value * 16 + char32_t(digit);
        }
        m_p += 4;
        return true;
    }

    // m_p is on the opening quote.
    bool parseString(std::string &out) {
        ++m_p;
        const char *start = m_p;
        // Fast path: most strings have no escapes and are copied in one go.
        while (m_p < m_end) {
            const unsigned char cls = kClasses.table[static_cast<unsigned char>(*m_p)];
            if (cls == 0) {
                ++m_p;
            } else if (cls == 1) {
                ++m_lineAdjust;
                ++m_p;
            } else if (*m_p == '"') {
                out.assign(start, m_p);
                ++m_p;
                return true;
            } else {
                break;
            }
        }
        out.assign(start, m_p);
        while (true) {
            if (m_p >= m_end)
                return failBool(Text::tr("the string is not closed: expected '\"', found end of file"));
            const unsigned char c = static_cast<unsigned char>(*m_p);
            const unsigned char cls = kClasses.table[c];
            if (cls == 0) {
                out += char(c);
                ++m_p;
                continue;
            }
            if (cls == 1) {
                ++m_lineAdjust;
                out += char(c);
                ++m_p;
                continue;
            }
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20) {
                return failBool(c == '\n' ? Text::tr("the string is not closed before the end of the line")
                                          : Text::tr("%1 in a string must be escaped").arg(found()));
            }
            // A backslash.
            ++m_p;
            if (m_p >= m_end)
                return failBool(Text::tr("expected an escape character after '\\', found end of file"));
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                char32_t cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    // A high surrogate must be followed by \u and a low one: together one
                    // character outside the BMP (emoji in descriptions).
                    char32_t low = 0;
                    if (m_end - m_p >= 2 && m_p[0] == '\\' && m_p[1] == 'u') {
                        m_p += 2;
                        if (!hex4(low))
                            return false;
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        } else {
                            // Lenient like most parsers: an unpaired surrogate cannot be UTF-8, it
                            // becomes U+FFFD; the escape after it still counts.
                            appendUtf8(out, 0xFFFD);
                            cp = (low >= 0xD800 && low <= 0xDFFF) ? 0xFFFD : low;
                        }
                    } else {
                        cp = 0xFFFD;
                    }
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                --m_p;
                return failBool(Text::tr("invalid escape '\\%1' in a string").arg(QLatin1Char(e)));
            }
        }
    }

    bool parseArray(Node &out, int depth) {
        if (depth > kMaxDepth)
            return failBool(Text::tr("the document nests deeper than %1 levels").arg(kMaxDepth));
        out.kind = Node::Kind::Array;
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        while (true) {
            out.items.emplace_back();
            if (!parseValue(out.items.back(), depth))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            return failBool(Text::tr("expected ',' or ']' in the array, found %1").arg(found()));
        }
    }

    bool parseObject(Node &out, int depth) {
        if (depth > kMaxDepth)
            return failBool(Text::tr("the document nests deeper than %1 levels").arg(kMaxDepth));
        out.kind = Node::Kind::Object;
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        while (true) {
            if (m_p >= m_end || *m_p != '"')
                return failBool(Text::tr("expected a member name in double quotes, found %1").arg(found()));
            std::string key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return failBool(Text::tr("expected ':' after the member name, found %1").arg(found()));
            ++m_p;
            skipSpace();
            out.members.emplace_back(std::move(key), Node());
            if (!parseValue(out.members.back().second, depth))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                dropDuplicates(out.members);
                return true;
            }
            return failBool(Text::tr("expected ',' or '}' in the object, found %1").arg(found()));
        }
    }

    // Duplicate keys: the last value wins, at the first key's place (what JavaScript does), so
    // Node::get never sees two.
    static void dropDuplicates(std::vector<std::pair<std::string, Node>> &members) {
        const size_t n = members.size();
        if (n < 2)
            return;
        bool duplicate = false;
        if (n <= 16) {
            for (size_t i = 1; i < n && !duplicate; ++i) {
                for (size_t j = 0; j < i; ++j) {
                    if (members[i].first == members[j].first) {
                        duplicate = true;
                        break;
                    }
                }
            }
        } else {
            std::unordered_set<std::string_view> seen;
            seen.reserve(n);
            for (const auto &member : members) {
                if (!seen.insert(member.first).second) {
                    duplicate = true;
                    break;
                }
            }
        }
        if (!duplicate)
            return;
        std::vector<std::pair<std::string, Node>> kept;
        kept.reserve(n);
        for (auto &member : members) {
            auto it = std::find_if(kept.begin(), kept.end(),
                                   [&](const auto &k) { return k.first == member.first; });
            if (it == kept.end())
                kept.push_back(std::move(member));
            else
                it->second = std::move(member.second);
        }
        members = std::move(kept);
    }

    const char *m_p;
    const char *m_end;
    const char *m_lineStart;
    int m_line = 1;
    int m_lineAdjust = 0; // continuation bytes between m_lineStart and m_p
    const QString &m_source;
    Error m_error;
};

} // namespace

Result<Node> parseJson(std::string_view text, const QString &source) {
    return JsonParser(text, source).run();
}

Result<Node> parseSpecText(std::string_view text, const QString &source) {
    size_t i = 0;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        i = 3;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        ++i;
    if (i < text.size() && (text[i] == '{' || text[i] == '['))
        return parseJson(text, source);
    return parseYaml(text, source);
}

} // namespace bifrost::openapi
