#pragma once

// Internal to core/openapi: turns the events of a YAML parser (libyaml, libfyaml or yaml-cpp:
// they all speak the same start/end/scalar/alias language) into our Node tree. Everything YAML
// means beyond the syntax happens here, the same for every library, so the benchmark in
// tests/bench/bench_yaml_parsers.cpp compares the libraries and nothing else:
//   - the YAML 1.2 core schema for plain scalars (null, bool, int, float; quoted is a string),
//   - aliases expanded into copies, with a cap on the nodes an expansion may create (a "billion
//     laughs" document would otherwise take all memory),
//   - merge keys "<<" (a mapping or a list of mappings; explicit keys win, earlier sources win),
//   - duplicate keys: the last wins, like parseJson.

#include "specdocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bifrost::openapi::detail {

class YamlBuilder {
public:
    struct Text {
        Q_DECLARE_TR_FUNCTIONS(OpenApi)
    };
    enum class Style { Plain, Quoted };
    static constexpr int kMaxDepth = 1000;

    YamlBuilder(const QString &source, size_t maxNodes)
        : m_source(source)
        , m_maxNodes(maxNodes) {}

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }

    // Records an error at line:column (1-based); the libraries' own errors come through here too.
    bool fail(int line, int column, const QString &what) {
        if (m_failed)
            return false;
        m_failed = true;
        m_error = Error::invalid(Text::tr("%1:%2:%3: %4. Fix the YAML at that position.")
                                     .arg(m_source)
                                     .arg(line)
                                     .arg(column)
                                     .arg(what));
        return false;
    }

    bool startCollection(bool mapping, std::string_view anchor, int line, int column) {
        if (m_failed)
            return false;
        if (int(m_stack.size()) >= kMaxDepth)
            return fail(line, column, Text::tr("the document nests deeper than %1 levels").arg(kMaxDepth));
        if (!m_stack.empty() && m_stack.back().mapping && !m_stack.back().haveKey)
            return fail(line, column, Text::tr("a mapping or list as a mapping key is not supported"));
        Node *node = slot(line, column);
        if (!node)
            return false;
        node->kind = mapping ? Node::Kind::Object : Node::Kind::Array;
        Frame frame;
        frame.node = node;
        frame.mapping = mapping;
        frame.anchor.assign(anchor);
        frame.countAtStart = m_count;
        m_stack.push_back(std::move(frame));
        return true;
    }

    bool endCollection() {
        if (m_failed)
            return false;
        Frame &frame = m_stack.back();
        if (frame.mapping)
            finishMapping(frame);
        if (!frame.anchor.empty())
            m_anchors[frame.anchor] = Anchored{*frame.node, m_count - frame.countAtStart + 1};
        m_stack.pop_back();
        return true;
    }

    // `tag` as written ("!!str", "tag:yaml.org,2002:str") or empty.
    bool scalar(std::string_view value, Style style, std::string_view tag, std::string_view anchor, int line,
                int column) {
        if (m_failed)
            return false;
        if (!m_stack.empty() && m_stack.back().mapping && !m_stack.back().haveKey) {
            Frame &frame = m_stack.back();
            frame.key.assign(value);
            frame.keyIsMerge = style == Style::Plain && tag.empty() && value == "<<";
            frame.haveKey = true;
            if (!anchor.empty()) {
                Node keyNode;
                keyNode.kind = Node::Kind::String;
                keyNode.scalar.assign(value);
                keyNode.line = line;
                keyNode.column = column;
                m_anchors[std::string(anchor)] = Anchored{std::move(keyNode), 1};
            }
            return true;
        }
        Node *node = slot(line, column);
        if (!node)
            return false;
        typeScalar(*node, value, style, tag);
        if (!anchor.empty())
            m_anchors[std::string(anchor)] = Anchored{*node, 1};
        return true;
    }

    bool alias(std::string_view anchor, int line, int column) {
        if (m_failed)
            return false;
        const auto it = m_anchors.find(std::string(anchor));
        if (it == m_anchors.end()) {
            return fail(
                line, column,
                Text::tr("the alias *%1 names no anchor defined before it (or an anchor that contains it)")
                    .arg(QString::fromUtf8(anchor.data(), qsizetype(anchor.size()))));
        }
        if (!m_stack.empty() && m_stack.back().mapping && !m_stack.back().haveKey) {
            Frame &frame = m_stack.back();
            if (it->second.node.isObject() || it->second.node.isArray())
                return fail(line, column,
                            Text::tr("an alias to a mapping or list as a mapping key is not supported"));
            frame.key = it->second.node.scalar;
            frame.keyIsMerge = false;
            frame.haveKey = true;
            return true;
        }
        // The copy counts like the nodes it stands for: that is what an alias bomb multiplies.
        if (m_count + it->second.count > m_maxNodes)
            return failTooBig(line, column);
        m_count += it->second.count - 1; // slot() counts one
        Node *node = slot(line, column);
        if (!node)
            return false;
        const int keepLine = node->line;
        const int keepColumn = node->column;
        *node = it->second.node;
        // The alias's own position: a message about it should point at the alias.
        node->line = keepLine;
        node->column = keepColumn;
        return true;
    }

    Result<Node> finish() {
        if (m_failed)
            return m_error;
        if (!m_haveRoot) {
            Node empty;
            empty.line = 1;
            empty.column = 1;
            return empty;
        }
        return std::move(m_root);
    }

private:
    struct Frame {
        Node *node = nullptr;
        bool mapping = false;
        bool haveKey = false;
        bool keyIsMerge = false;
        std::string key;
        std::string anchor;
        size_t countAtStart = 0;
        std::vector<size_t> mergeIndices; // members that came from "<<"
    };
    struct Anchored {
        Node node;
        size_t count = 1;
    };

    bool failTooBig(int line, int column) {
        return fail(line, column,
                    Text::tr("expanding the aliases would create more than %1 nodes (an \"alias bomb\"); the "
                             "document is refused")
                        .arg(qulonglong(m_maxNodes)));
    }

    // The place for the next value: the root, the next list item or the value of the pending key.
    Node *slot(int line, int column) {
        if (++m_count > m_maxNodes) {
            failTooBig(line, column);
            return nullptr;
        }
        Node *node;
        if (m_stack.empty()) {
            if (m_haveRoot) {
                fail(line, column, Text::tr("a second document or value after the first is not supported"));
                return nullptr;
            }
            m_haveRoot = true;
            node = &m_root;
        } else if (!m_stack.back().mapping) {
            node = &m_stack.back().node->items.emplace_back();
        } else {
            Frame &frame = m_stack.back();
            if (frame.keyIsMerge)
                frame.mergeIndices.push_back(frame.node->members.size());
            node = &frame.node->members.emplace_back(std::move(frame.key), Node()).second;
            frame.key.clear();
            frame.haveKey = false;
            frame.keyIsMerge = false;
        }
        node->line = line;
        node->column = column;
        return node;
    }

    // Applies the merge keys and drops duplicate keys (the last value wins, at the first key's
    // place). Explicit keys beat merged ones; among merged sources the first one wins (YAML's
    // merge key rule).
    void finishMapping(Frame &frame) {
        auto &members = frame.node->members;
        if (frame.mergeIndices.empty()) {
            if (members.size() > 1 && hasDuplicate(members))
                dedupe(members);
            return;
        }
        std::unordered_set<std::string> explicitKeys;
        size_t next = 0;
        for (size_t i = 0; i < members.size(); ++i) {
            if (next < frame.mergeIndices.size() && frame.mergeIndices[next] == i) {
                ++next;
                continue;
            }
            explicitKeys.insert(members[i].first);
        }
        std::vector<std::pair<std::string, Node>> out;
        out.reserve(members.size());
        std::unordered_set<std::string> merged;
        const auto mergeFrom = [&](Node &source) {
            if (!source.isObject())
                return false;
            for (auto &[key, value] : source.members) {
                if (explicitKeys.count(key) || !merged.insert(key).second)
                    continue;
                out.emplace_back(key, std::move(value));
            }
            return true;
        };
        next = 0;
        for (size_t i = 0; i < members.size(); ++i) {
            if (next < frame.mergeIndices.size() && frame.mergeIndices[next] == i) {
                ++next;
                Node &value = members[i].second;
                bool ok = true;
                if (value.isArray()) {
                    for (Node &item : value.items)
                        ok = mergeFrom(item) && ok;
                } else {
                    ok = mergeFrom(value);
                }
                if (!ok) {
                    fail(value.line, value.column,
                         Text::tr("the value of a merge key \"<<\" must be a mapping or a "
                                  "list of mappings"));
                    return;
                }
                continue;
            }
            out.push_back(std::move(members[i]));
        }
        members = std::move(out);
        if (hasDuplicate(members))
            dedupe(members);
    }

    static bool hasDuplicate(const std::vector<std::pair<std::string, Node>> &members) {
        const size_t n = members.size();
        if (n <= 16) {
            for (size_t i = 1; i < n; ++i) {
                for (size_t j = 0; j < i; ++j) {
                    if (members[i].first == members[j].first)
                        return true;
                }
            }
            return false;
        }
        std::unordered_set<std::string_view> seen;
        seen.reserve(n);
        for (const auto &member : members) {
            if (!seen.insert(member.first).second)
                return true;
        }
        return false;
    }

    static void dedupe(std::vector<std::pair<std::string, Node>> &members) {
        std::vector<std::pair<std::string, Node>> kept;
        std::unordered_map<std::string_view, size_t> index;
        kept.reserve(members.size());
        for (auto &member : members) {
            const auto it = index.find(member.first);
            if (it != index.end()) {
                kept[it->second].second = std::move(member.second);
            } else {
                kept.push_back(std::move(member));
                index.emplace(kept.back().first, kept.size() - 1);
            }
        }
        members = std::move(kept);
    }

    static bool isDigits(std::string_view s, bool (*digit)(char)) {
        if (s.empty())
            return false;
        for (char c : s) {
            if (!digit(c))
                return false;
        }
        return true;
    }
    static bool dec(char c) { return c >= '0' && c <= '9'; }
    static bool oct(char c) { return c >= '0' && c <= '7'; }
    static bool hex(char c) { return dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    // A decimal literal without a leading '+' or superfluous zeros, so it is also valid JSON.
    static std::string cleanDecimal(std::string_view sign, std::string_view digits) {
        size_t i = 0;
        while (i + 1 < digits.size() && digits[i] == '0')
            ++i;
        const std::string_view kept = digits.substr(i);
        const bool negative = sign == "-" && kept != "0";
        // Sized once and filled by copy: GCC 12 at -O3 warns (-Wrestrict, a false positive) about
        // assigning "-" and then appending.
        std::string out(kept.size() + (negative ? 1 : 0), '-');
        std::copy(kept.begin(), kept.end(), out.begin() + (negative ? 1 : 0));
        return out;
    }

    // Radix conversion for 0o and 0x; a literal too long for 64 bits stays as written.
    static std::string radixToDecimal(std::string_view digits, int radix) {
        std::uint64_t value = 0;
        for (char c : digits) {
            const int d = dec(c) ? c - '0' : (c | 0x20) - 'a' + 10;
            if (value > (UINT64_MAX - std::uint64_t(d)) / std::uint64_t(radix))
                return {};
            value = value * std::uint64_t(radix) + std::uint64_t(d);
        }
        return std::to_string(value);
    }

    // YAML 1.2 core schema (tag resolution of plain scalars); numbers normalised so the literal is
    // also a JSON number (".5" -> "0.5", "+1" -> "1", "0x1F" -> "31"); .inf and .nan stay as
    // written, there is no JSON for them.
    static bool typeNumber(Node &node, std::string_view v) {
        std::string_view sign;
        std::string_view body = v;
        if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
            sign = body.substr(0, 1);
            body.remove_prefix(1);
        }
        if (body.empty())
            return false;
        if (isDigits(body, dec)) {
            node.scalar = cleanDecimal(sign, body);
            node.kind = Node::Kind::Number;
            return true;
        }
        if (sign.empty() && body.size() > 2 && body[0] == '0' && (body[1] == 'o' || body[1] == 'x')) {
            const std::string_view digits = body.substr(2);
            if (isDigits(digits, body[1] == 'o' ? oct : hex)) {
                std::string converted = radixToDecimal(digits, body[1] == 'o' ? 8 : 16);
                if (converted.empty())
                    return false;
                node.scalar = std::move(converted);
                node.kind = Node::Kind::Number;
                return true;
            }
            return false;
        }
        if (body == ".inf" || body == ".Inf" || body == ".INF" ||
            (sign.empty() && (body == ".nan" || body == ".NaN" || body == ".NAN"))) {
            node.scalar.assign(v);
            node.kind = Node::Kind::Number;
            return true;
        }
        // [0-9]* ( . [0-9]* )? ( [eE] [-+]? [0-9]+ )?, with at least one digit before the exponent.
        size_t i = 0;
        const size_t intStart = i;
        while (i < body.size() && dec(body[i]))
            ++i;
        const std::string_view intPart = body.substr(intStart, i - intStart);
        std::string_view fraction;
        bool haveDot = false;
        if (i < body.size() && body[i] == '.') {
            haveDot = true;
            const size_t start = ++i;
            while (i < body.size() && dec(body[i]))
                ++i;
            fraction = body.substr(start, i - start);
        }
        if (intPart.empty() && fraction.empty())
            return false;
        std::string_view exponent;
        if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
            const size_t start = i + 1;
            size_t j = start;
            if (j < body.size() && (body[j] == '+' || body[j] == '-'))
                ++j;
            if (!isDigits(body.substr(j), dec))
                return false;
            exponent = body.substr(start - 1); // with the 'e' or 'E' as written
            i = body.size();
        }
        if (i != body.size() || (!haveDot && exponent.empty()))
            return false;
        std::string out =
            cleanDecimal(sign == "-" ? sign : std::string_view(), intPart.empty() ? "0" : intPart);
        if (sign == "-" && out == "0")
            out = "-0";
        if (haveDot)
            out += '.', out.append(fraction.empty() ? std::string_view("0") : fraction);
        if (!exponent.empty())
            out.append(exponent);
        node.scalar = std::move(out);
        node.kind = Node::Kind::Number;
        return true;
    }

    static void typeScalar(Node &node, std::string_view v, Style style, std::string_view tag) {
        std::string_view shortTag = tag;
        if (shortTag.substr(0, 18) == "tag:yaml.org,2002:")
            shortTag.remove_prefix(18);
        else if (shortTag.substr(0, 2) == "!!")
            shortTag.remove_prefix(2);
        else if (!shortTag.empty() && shortTag != "?")
            shortTag = "str"; // "!" (non-specific, quoted) or a local tag: keep the text
        const bool plain = style == Style::Plain && (shortTag.empty() || shortTag == "?");
        if (plain || shortTag == "null" || shortTag == "bool" || shortTag == "int" || shortTag == "float") {
            if ((plain || shortTag == "null") &&
                (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL")) {
                node.kind = Node::Kind::Null;
                return;
            }
            if (plain || shortTag == "bool") {
                if (v == "true" || v == "True" || v == "TRUE") {
                    node.kind = Node::Kind::Bool;
                    node.scalar = "true";
                    return;
                }
                if (v == "false" || v == "False" || v == "FALSE") {
                    node.kind = Node::Kind::Bool;
                    node.scalar = "false";
                    return;
                }
            }
            if ((plain || shortTag == "int" || shortTag == "float") && !v.empty() &&
                (dec(v[0]) || v[0] == '-' || v[0] == '+' || v[0] == '.') && typeNumber(node, v))
                return;
        }
        node.kind = Node::Kind::String;
        node.scalar.assign(v);
    }

    const QString &m_source;
    size_t m_maxNodes;
    size_t m_count = 0;
    Node m_root;
    bool m_haveRoot = false;
    std::vector<Frame> m_stack;
    std::unordered_map<std::string, Anchored> m_anchors;
    Error m_error;
    bool m_failed = false;
};

} // namespace bifrost::openapi::detail
