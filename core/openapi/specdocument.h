#pragma once

#include "common/result.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bifrost::openapi {

// One node of a parsed JSON or YAML document. Our own tree instead of QJsonValue because a
// generator needs what QJsonObject loses: members in document order (models keep the spec's
// property order) and the line and column of every node (errors point into the file).
// Strings are UTF-8; a number keeps its literal text so "1e400" or a 20-digit id survive.
struct Node {
    enum class Kind : unsigned char { Null, Bool, Number, String, Array, Object };

    Kind kind = Kind::Null;
    int line = 0;            // 1-based; 0 when unknown
    int column = 0;          // 1-based
    std::string scalar;      // String: the text; Number: the literal; Bool: "true" or "false"
    std::vector<Node> items; // Array
    std::vector<std::pair<std::string, Node>> members; // Object, in document order

    // Declared here and the destructor defined after the class: clang with libstdc++ 12 otherwise
    // instantiates the implicit destructor while std::pair<std::string, Node> is still incomplete
    // (the BIFROST_FUZZ build is clang). Still inline, so nothing changes for GCC builds.
    Node() = default;
    Node(const Node &) = default;
    Node(Node &&) noexcept = default;
    Node &operator=(const Node &) = default;
    Node &operator=(Node &&) noexcept = default;
    ~Node();

    bool isNull() const { return kind == Kind::Null; }
    bool isObject() const { return kind == Kind::Object; }
    bool isArray() const { return kind == Kind::Array; }
    bool isString() const { return kind == Kind::String; }
    bool isBool() const { return kind == Kind::Bool; }
    bool isNumber() const { return kind == Kind::Number; }

    // The member `key` of an object, or nullptr (also for a non-object). Linear: spec objects
    // are small, and the few big ones (paths, components) are walked, not searched.
    const Node *get(std::string_view key) const;
    // The text of a String member, else `fallback`.
    std::string str(std::string_view key, std::string_view fallback = {}) const;
    // A Bool member, else `fallback`.
    bool flag(std::string_view key, bool fallback = false) const;
};
inline Node::~Node() = default;

// A parsed file or URL.
struct Document {
    QString source; // absolute file path or URL, as shown in messages
    Node root;
};

// "file:line:column" for a node of `doc` (or just the file when the node has no position).
QString locate(const Document &doc, const Node &node);
// Resolves an RFC 6901 JSON pointer ("/components/schemas/Pet", "~1" and "~0" unescaped,
// percent-decoding as a URI fragment needs) from `root`; nullptr when it leads nowhere.
const Node *resolvePointer(const Node &root, std::string_view pointer);
// Escapes one reference token for a JSON pointer ("a/b" -> "a~1b").
std::string escapePointerToken(std::string_view token);

// Parses JSON text (RFC 8259; duplicate keys: the last wins, like most tools). An error
// names `source`, the line and the column and what was expected.
Result<Node> parseJson(std::string_view text, const QString &source);
// Parses one YAML document (YAML 1.2 core schema as OpenAPI uses it: plain scalars true/false,
// null/~, integers and floats become Bool/Null/Number; quoted scalars are strings; anchors and
// aliases are expanded; merge keys "<<" are applied). Errors name source, line and column.
Result<Node> parseYaml(std::string_view text, const QString &source);
// JSON when the first non-blank character is '{' or '[', else YAML.
Result<Node> parseSpecText(std::string_view text, const QString &source);

// Limits for fetching a spec; the defaults suit a real API's description.
struct LoadLimits {
    qint64 maxBytes = 128LL * 1024 * 1024; // per file or URL
    int timeoutMs = 60'000;                // per URL, for the whole transfer
    int maxRedirects = 5;
    int maxDocuments = 200; // external $ref files followed, in all
};

// The spec and every file its `$ref`s lead to, keyed by the same absolute source string that
// Document::source holds. External references are followed relative to the document that holds
// them: "other.yaml#/components/schemas/Pet", "../common/errors.json", and for a URL spec,
// relative URLs (same rules as the spec itself).
struct SpecSet {
    QString mainSource;
    std::map<QString, std::shared_ptr<const Document>> documents;

    const Document &main() const { return *documents.at(mainSource); }
    // The document that a reference found in `from` points to, and the node in it; on failure an
    // error that names the reference and where it was found.
    Result<std::pair<const Document *, const Node *>> follow(const Document &from,
                                                             const std::string &ref) const;
};

// Loads a spec from a local file (relative paths against the current directory) or a URL:
// https, or http only for loopback hosts (127.0.0.1, ::1, localhost), every redirect checked by
// the same rule. `progress` (may be empty) gets bytes read so far and the total (-1 unknown).
// Errors: InvalidInput for a malformed document (with file:line:column), a URL that breaks the
// rules or a file too large; NotFound for a missing file; External for network failures,
// timeouts, HTTP errors (naming the status) and too many redirects.
// Safe to call from a worker thread (it runs its own event loop for URLs).
Result<SpecSet> loadSpec(const QString &fileOrUrl, const LoadLimits &limits = {},
                         const std::function<void(qint64, qint64)> &progress = {});

} // namespace bifrost::openapi
