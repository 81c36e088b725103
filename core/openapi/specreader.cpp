// Swagger 2.0 / OpenAPI 3.0 / 3.1 into one ApiModel: the document, operations, request bodies,
// results, security and servers, and the pagination patterns the generator turns into iterators.
// Schemas are read in specschema.cpp.
#include "specreader.h"

#include "specreader_p.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace bifrost::openapi {

namespace detail {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OpenApi)
};

constexpr std::array<std::string_view, 8> kMethods = {"get",     "put",  "post",  "delete",
                                                      "options", "head", "patch", "trace"};

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Media type without parameters, lower case: "application/json; charset=utf-8" -> "application/json".
std::string baseMediaType(std::string_view type) {
    std::string out = lower(type.substr(0, type.find(';')));
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back())))
        out.pop_back();
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.front())))
        out.erase(out.begin());
    return out;
}

bool isJsonMedia(std::string_view type) {
    const std::string base = baseMediaType(type);
    return base == "application/json" || base == "text/json" ||
           (base.size() > 5 && base.compare(base.size() - 5, 5, "+json") == 0);
}

// Preference among the media types of a body or a response: JSON first, then form, multipart,
// raw bytes, text; anything else is sent or received as bytes.
int mediaRank(std::string_view type, RequestBody::Kind &kind) {
    const std::string base = baseMediaType(type);
    if (isJsonMedia(type)) {
        kind = RequestBody::Kind::Json;
        return 0;
    }
    if (base == "application/x-www-form-urlencoded") {
        kind = RequestBody::Kind::Form;
        return 1;
    }
    if (base.rfind("multipart/", 0) == 0) {
        kind = RequestBody::Kind::Multipart;
        return 2;
    }
    if (base == "application/octet-stream") {
        kind = RequestBody::Kind::Binary;
        return 3;
    }
    if (base.rfind("text/", 0) == 0) {
        kind = RequestBody::Kind::Text;
        return 4;
    }
    kind = RequestBody::Kind::Binary;
    return 5;
}

struct Media {
    std::string type;
    const Node *node = nullptr; // the media type object (may be empty)
    RequestBody::Kind kind = RequestBody::Kind::Json;
};

std::optional<Media> chooseMedia(const Node &content) {
    std::optional<Media> best;
    int bestRank = 99;
    for (const auto &[type, media] : content.members) {
        RequestBody::Kind kind;
        const int rank = mediaRank(type, kind);
        if (rank < bestRank) {
            bestRank = rank;
            best = Media{type, &media, kind};
        }
    }
    return best;
}

// Swagger 2.0 "consumes" / "produces": the operation's list, else the document's.
std::vector<std::string> mediaList(const Node &op, const Node &root, std::string_view key) {
    const Node *list = op.get(key);
    if (!list || !list->isArray())
        list = root.get(key);
    std::vector<std::string> out;
    if (list && list->isArray()) {
        for (const Node &n : list->items) {
            if (n.isString())
                out.push_back(n.scalar);
        }
    }
    return out;
}

std::string firstJson(const std::vector<std::string> &types, std::string_view fallback) {
    for (const std::string &t : types) {
        if (isJsonMedia(t))
            return t;
    }
    return std::string(fallback);
}

void addUnique(std::vector<std::string> &list, const std::string &value) {
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

// Names of the schemes in a security requirement list ([{"oauth": [...]}, {"key": []}]).
std::vector<std::string> securityNames(const Node &list) {
    std::vector<std::string> names;
    for (const Node &req : list.items) {
        if (!req.isObject())
            continue;
        for (const auto &[name, scopes] : req.members) {
            (void)scopes;
            addUnique(names, name);
        }
    }
    return names;
}

} // namespace

Reader::Reader(const SpecSet &specSet, SpecVersion specVersion)
    : set(specSet)
    , version(specVersion) {}

std::string Reader::where(const Document *doc, const Node &node) {
    return locate(*doc, node).toStdString();
}

void Reader::warn(const Document *doc, const Node &node, const QString &message) {
    out.warnings.push_back({where(doc, node), message.toStdString()});
}

At Reader::follow(const Document *doc, const Node &at, const std::string &ref, const QString &whatDone) {
    auto &cache = m_refs[doc];
    auto it = cache.find(ref);
    if (it == cache.end()) {
        RefEntry entry;
        auto target = set.follow(*doc, ref);
        if (target.ok())
            entry.target = {target->first, target->second};
        else
            entry.error = target.error().message;
        // The loader's messages are whole sentences; the warning appends what was done after a
        // semicolon, so the sentence's full stop goes.
        if (entry.error.endsWith(QLatin1Char('.')))
            entry.error.chop(1);
        if (entry.target && !entry.target.node)
            entry.error = Text::tr("$ref \"%1\" leads nowhere").arg(QString::fromStdString(ref));
        it = cache.emplace(ref, std::move(entry)).first;
    }
    if (!it->second.target)
        warn(doc, at, Text::tr("%1; %2").arg(it->second.error, whatDone));
    return it->second.target;
}

At Reader::deref(At at, const QString &whatDone, std::string *lastRef) {
    for (int i = 0; i < 32; ++i) {
        if (!at || !at.node->isObject())
            return at;
        const Node *ref = at.node->get("$ref");
        if (!ref)
            return at;
        if (!ref->isString()) {
            warn(at.doc, *ref, Text::tr("$ref must be a string; %1").arg(whatDone));
            return {};
        }
        if (lastRef)
            *lastRef = ref->scalar;
        at = follow(at.doc, *at.node, ref->scalar, whatDone);
    }
    warn(at.doc, *at.node, Text::tr("more than 32 chained $refs (a cycle?); %1").arg(whatDone));
    return {};
}

// ---------------------------------------------------------------------------------------------

namespace {

class OperationReader {
public:
    OperationReader(Reader &reader)
        : r(reader)
        , root(reader.set.main().root) {}

    void readPaths(const Node &paths);
    void readSecuritySchemes();
    void readServers();

private:
    struct RawParam {
        At at;
        std::string name;
        std::string in;
        std::string ref; // "#/components/parameters/per-page" when it came through a $ref
    };

    void readOperation(const Document *doc, const Node &op, const std::string &path, std::string_view method,
                       const std::vector<RawParam> &pathParams);
    std::vector<RawParam> rawParams(const Document *doc, const Node *list);
    std::optional<Parameter> readParameter(const RawParam &p, const std::string &hint);
    void readBody3(const Document *doc, const Node &op, Operation &o, const std::string &hint);
    void readBody2(const std::vector<RawParam> &params, const Node &op, Operation &o,
                   const std::string &hint);
    void readResponses(const Document *doc, const Node &op, Operation &o, const std::string &hint);
    bool readResponse(At resp, const Node &op, Operation &o, const std::string &hint);
    void detectPagination(Operation &o, bool linkHeader);

    Reader &r;
    const Node &root;
};

std::vector<OperationReader::RawParam> OperationReader::rawParams(const Document *doc, const Node *list) {
    std::vector<RawParam> out;
    if (!list)
        return out;
    if (!list->isArray()) {
        r.warn(doc, *list, Text::tr("parameters must be a list; ignored"));
        return out;
    }
    for (const Node &item : list->items) {
        std::string ref;
        const At at = r.deref({doc, &item}, Text::tr("parameter skipped"), &ref);
        if (!at)
            continue;
        if (!at.node->isObject()) {
            r.warn(at.doc, *at.node, Text::tr("a parameter must be an object; skipped"));
            continue;
        }
        const Node *name = at.node->get("name");
        const Node *in = at.node->get("in");
        if (!name || !name->isString() || name->scalar.empty() || !in || !in->isString()) {
            r.warn(at.doc, *at.node, Text::tr("a parameter needs a \"name\" and an \"in\"; skipped"));
            continue;
        }
        out.push_back({at, name->scalar, in->scalar, ref});
    }
    return out;
}

std::optional<Parameter> OperationReader::readParameter(const RawParam &p, const std::string &hint) {
    Parameter param;
    param.name = p.name;
    if (p.in == "path")
        param.in = Parameter::In::Path;
    else if (p.in == "query")
        param.in = Parameter::In::Query;
    else if (p.in == "header")
        param.in = Parameter::In::Header;
    else if (p.in == "cookie")
        param.in = Parameter::In::Cookie;
    else {
        r.warn(p.at.doc, *p.at.node,
               Text::tr("parameter \"%1\" has an unknown \"in\": \"%2\"; skipped")
                   .arg(QString::fromStdString(p.name), QString::fromStdString(p.in)));
        return std::nullopt;
    }
    const Node &n = *p.at.node;
    param.required = param.in == Parameter::In::Path || n.flag("required");
    param.deprecated = n.flag("deprecated");
    param.description = n.str("description");
    // A shared parameter's inline enum is named after the component, not after whichever
    // operation happens to use it first.
    const auto slash = p.ref.rfind('/');
    const std::string typeHint = slash != std::string::npos && p.ref.find("/parameters/") != std::string::npos
                                     ? pascal(p.ref.substr(slash + 1))
                                     : hint + pascal(p.name);
    if (r.version == SpecVersion::Swagger2) {
        // A 2.0 parameter carries its schema keywords itself (type, items, enum, format).
        param.type = r.readSchema(p.at.doc, n, typeHint);
        // collectionFormat matters for arrays only; csv is 2.0's default.
        param.explode = n.str("type") != "array" || n.str("collectionFormat") == "multi";
    } else {
        if (const Node *schema = n.get("schema")) {
            param.type = r.readSchema(p.at.doc, *schema, typeHint);
        } else if (const Node *content = n.get("content"); content && content->isObject()) {
            if (auto media = chooseMedia(*content); media && media->node->isObject()) {
                if (const Node *mediaSchema = media->node->get("schema"))
                    param.type = r.readSchema(p.at.doc, *mediaSchema, typeHint);
            }
        }
        const bool formStyle = param.in == Parameter::In::Query || param.in == Parameter::In::Cookie;
        const std::string style = n.str("style", formStyle ? "form" : "simple");
        param.explode = n.flag("explode", style == "form");
    }
    return param;
}

void OperationReader::readPaths(const Node &paths) {
    const Document *main = &r.set.main();
    for (const auto &[path, item] : paths.members) {
        if (path.rfind("x-", 0) == 0)
            continue;
        const At at = r.deref({main, &item}, Text::tr("path skipped"));
        if (!at)
            continue;
        if (!at.node->isObject()) {
            r.warn(at.doc, *at.node,
                   Text::tr("path \"%1\" must be an object; skipped").arg(QString::fromStdString(path)));
            continue;
        }
        const std::vector<RawParam> pathParams = rawParams(at.doc, at.node->get("parameters"));
        for (const std::string_view method : kMethods) {
            if (const Node *op = at.node->get(method))
                readOperation(at.doc, *op, path, method, pathParams);
        }
    }
}

void OperationReader::readOperation(const Document *doc, const Node &op, const std::string &path,
                                    std::string_view method, const std::vector<RawParam> &pathParams) {
    if (!op.isObject()) {
        r.warn(doc, op,
               Text::tr("operation %1 %2 must be an object; skipped")
                   .arg(QString::fromStdString(lower(method)).toUpper(), QString::fromStdString(path)));
        return;
    }
    Operation o;
    o.method = std::string(method);
    o.path = path;
    o.operationId = op.str("operationId");
    o.summary = op.str("summary");
    o.description = op.str("description");
    o.deprecated = op.flag("deprecated");
    o.location = Reader::where(doc, op);
    if (const Node *tags = op.get("tags"); tags && tags->isArray()) {
        for (const Node &t : tags->items) {
            if (t.isString())
                o.tags.push_back(t.scalar);
        }
    }
    const std::string hint = pascal(o.operationId.empty() ? o.method + " " + path : o.operationId);

    // Path-level parameters first; an operation parameter with the same name and location
    // replaces one in place.
    std::vector<RawParam> params = pathParams;
    for (RawParam &p : rawParams(doc, op.get("parameters"))) {
        auto same = std::find_if(params.begin(), params.end(),
                                 [&](const RawParam &q) { return q.name == p.name && q.in == p.in; });
        if (same != params.end())
            *same = std::move(p);
        else
            params.push_back(std::move(p));
    }
    for (const RawParam &p : params) {
        if (p.in == "body" || p.in == "formData") {
            if (r.version != SpecVersion::Swagger2)
                r.warn(p.at.doc, *p.at.node,
                       Text::tr("\"in\": \"%1\" exists only in Swagger 2.0; parameter skipped")
                           .arg(QString::fromStdString(p.in)));
            continue;
        }
        // OpenAPI 3: "Accept", "Content-Type" and "Authorization" header parameters SHALL be
        // ignored (the body, the result and the security schemes say those).
        if (r.version != SpecVersion::Swagger2 && p.in == "header") {
            const std::string name = lower(p.name);
            if (name == "accept" || name == "content-type" || name == "authorization")
                continue;
        }
        if (auto param = readParameter(p, hint))
            o.parameters.push_back(std::move(*param));
    }
    if (r.version == SpecVersion::Swagger2)
        readBody2(params, op, o, hint);
    else
        readBody3(doc, op, o, hint);

    readResponses(doc, op, o, hint);

    if (const Node *security = op.get("security"); security && security->isArray())
        o.security = securityNames(*security); // an empty list: no authentication
    else
        o.security = r.out.model.globalSecurity;

    r.out.model.operations.push_back(std::move(o));
}

void OperationReader::readBody3(const Document *doc, const Node &op, Operation &o, const std::string &hint) {
    const Node *body = op.get("requestBody");
    if (!body)
        return;
    const At at = r.deref({doc, body}, Text::tr("request body skipped"));
    if (!at)
        return;
    if (!at.node->isObject()) {
        r.warn(at.doc, *at.node, Text::tr("a request body must be an object; skipped"));
        return;
    }
    const Node *content = at.node->get("content");
    if (!content || !content->isObject() || content->members.empty()) {
        r.warn(at.doc, *at.node, Text::tr("request body without content; skipped"));
        return;
    }
    const auto media = chooseMedia(*content);
    o.hasBody = true;
    o.body.kind = media->kind;
    o.body.contentType = media->type;
    o.body.required = at.node->flag("required");
    o.body.description = at.node->str("description");
    const Node *schema = media->node->isObject() ? media->node->get("schema") : nullptr;
    switch (media->kind) {
    case RequestBody::Kind::Binary:
        o.body.type.kind = Type::Kind::Binary;
        break;
    case RequestBody::Kind::Text:
        o.body.type.kind = Type::Kind::String;
        break;
    default:
        if (schema)
            o.body.type = r.readSchema(at.doc, *schema, hint + "Body");
        break;
    }
}

void OperationReader::readBody2(const std::vector<RawParam> &params, const Node &op, Operation &o,
                                const std::string &hint) {
    const std::vector<std::string> consumes = mediaList(op, root, "consumes");
    for (const RawParam &p : params) {
        if (p.in != "body")
            continue;
        o.hasBody = true;
        o.body.kind = RequestBody::Kind::Json;
        o.body.contentType = firstJson(consumes, "application/json");
        o.body.required = p.at.node->flag("required");
        o.body.description = p.at.node->str("description");
        if (const Node *schema = p.at.node->get("schema"))
            o.body.type = r.readSchema(p.at.doc, *schema, hint + "Body");
        return;
    }
    // formData parameters: one synthesized model, sent as a form (multipart when a file is in it).
    Model form;
    bool file = false;
    bool required = false;
    for (const RawParam &p : params) {
        if (p.in != "formData")
            continue;
        Property prop;
        prop.name = p.name;
        prop.type = r.readSchema(p.at.doc, *p.at.node, hint + pascal(p.name));
        prop.required = p.at.node->flag("required");
        prop.description = p.at.node->str("description");
        file = file || prop.type.kind == Type::Kind::Binary;
        required = required || prop.required;
        if (form.location.empty())
            form.location = Reader::where(p.at.doc, *p.at.node);
        form.properties.push_back(std::move(prop));
    }
    if (form.properties.empty())
        return;
    const bool multipart = file || std::any_of(consumes.begin(), consumes.end(), [](const std::string &c) {
                               return baseMediaType(c) == "multipart/form-data";
                           });
    form.name = hint + "Body";
    o.hasBody = true;
    o.body.kind = multipart ? RequestBody::Kind::Multipart : RequestBody::Kind::Form;
    o.body.contentType = multipart ? "multipart/form-data" : "application/x-www-form-urlencoded";
    o.body.required = required;
    o.body.type.kind = Type::Kind::Model;
    o.body.type.index = r.addModel(std::move(form));
}

void OperationReader::readResponses(const Document *doc, const Node &op, Operation &o,
                                    const std::string &hint) {
    const Node *responses = op.get("responses");
    if (!responses)
        return;
    if (!responses->isObject()) {
        r.warn(doc, *responses, Text::tr("responses must be an object; the result is not typed"));
        return;
    }
    std::vector<std::pair<int, const Node *>> success;
    const Node *range = nullptr;
    const Node *fallback = nullptr;
    for (const auto &[code, resp] : responses->members) {
        if (code.size() == 3 && code[0] == '2' && std::isdigit(static_cast<unsigned char>(code[1])) &&
            std::isdigit(static_cast<unsigned char>(code[2])))
            success.emplace_back(std::stoi(code), &resp);
        else if (code == "2XX" || code == "2xx")
            range = &resp;
        else if (code == "default")
            fallback = &resp;
    }
    std::stable_sort(success.begin(), success.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<const Node *> candidates;
    for (const auto &s : success)
        candidates.push_back(s.second);
    if (range)
        candidates.push_back(range);
    const bool anySuccess = !candidates.empty();
    if (!anySuccess && fallback)
        candidates.push_back(fallback);

    bool linkHeader = false;
    bool typed = false;
    for (const Node *c : candidates) {
        const At resp = r.deref({doc, c}, Text::tr("response ignored"));
        if (!resp || !resp.node->isObject())
            continue;
        if (!typed)
            typed = readResponse(resp, op, o, hint);
        if (anySuccess) {
            if (const Node *headers = resp.node->get("headers"); headers && headers->isObject()) {
                linkHeader =
                    linkHeader || std::any_of(headers->members.begin(), headers->members.end(),
                                              [](const auto &h) { return lower(h.first) == "link"; });
            }
        }
    }
    r.drainModels(); // pagination looks into the result model's properties
    detectPagination(o, linkHeader);
}

bool OperationReader::readResponse(At resp, const Node &op, Operation &o, const std::string &hint) {
    const std::string typeHint = hint + "Response";
    if (r.version == SpecVersion::Swagger2) {
        const Node *schema = resp.node->get("schema");
        if (!schema)
            return false;
        o.hasResult = true;
        o.result = r.readSchema(resp.doc, *schema, typeHint);
        const std::vector<std::string> produces = mediaList(op, root, "produces");
        if (o.result.kind == Type::Kind::Binary) {
            o.resultContentType = "application/octet-stream";
            for (const std::string &p : produces) {
                if (!isJsonMedia(p)) {
                    o.resultContentType = p;
                    break;
                }
            }
        } else {
            o.resultContentType =
                firstJson(produces, produces.empty() ? "application/json" : produces.front());
        }
        return true;
    }
    const Node *content = resp.node->get("content");
    if (!content || !content->isObject() || content->members.empty())
        return false;
    const auto media = chooseMedia(*content);
    o.hasResult = true;
    o.resultContentType = media->type;
    const Node *schema = media->node->isObject() ? media->node->get("schema") : nullptr;
    switch (media->kind) {
    case RequestBody::Kind::Binary:
        o.result = Type{};
        o.result.kind = Type::Kind::Binary;
        break;
    case RequestBody::Kind::Text:
        o.result = Type{};
        o.result.kind = Type::Kind::String;
        break;
    default:
        o.result = schema ? r.readSchema(resp.doc, *schema, typeHint) : Type{};
        break;
    }
    return true;
}

void OperationReader::detectPagination(Operation &o, bool linkHeader) {
    if (!o.hasResult)
        return;
    const auto &models = r.out.model.models;
    const Type &result = o.result;
    if (result.kind == Type::Kind::Array && linkHeader) {
        o.pagination.kind = Pagination::Kind::LinkHeader;
        o.pagination.itemType = result.args.empty() ? Type{} : result.args.front();
        return;
    }
    if (result.kind != Type::Kind::Model)
        return;
    const Model &m = models[size_t(result.index)];
    auto find = [](const Model &model, std::string_view name) -> const Property * {
        for (const Property &p : model.properties) {
            if (p.name == name)
                return &p;
        }
        return nullptr;
    };
    // A Link header on a counted list object ({"total_count": 3, "runners": [...]}, as GitHub
    // does): the one array holds the items. A single object that happens to have an array and a
    // Link header has no count, so it gets no iterator.
    if (linkHeader) {
        const Property *items = nullptr;
        int arrays = 0;
        for (const Property &p : m.properties) {
            if (p.type.kind == Type::Kind::Array) {
                items = &p;
                ++arrays;
            }
        }
        const bool counted = std::any_of(m.properties.begin(), m.properties.end(), [](const Property &p) {
            return (p.name == "total_count" || p.name == "totalCount" || p.name == "total" ||
                    p.name == "count") &&
                   p.type.kind == Type::Kind::Integer;
        });
        if (arrays == 1 && counted) {
            o.pagination.kind = Pagination::Kind::LinkHeader;
            o.pagination.itemsField = items->name;
            o.pagination.itemType = items->type.args.empty() ? Type{} : items->type.args.front();
            return;
        }
    }
    if (find(m, "@odata.nextLink")) {
        if (const Property *value = find(m, "value"); value && value->type.kind == Type::Kind::Array) {
            o.pagination.kind = Pagination::Kind::ODataNextLink;
            o.pagination.itemsField = "value";
            o.pagination.itemType = value->type.args.empty() ? Type{} : value->type.args.front();
            return;
        }
    }

    // Cursor: all three of a cursor field in the result, a query parameter that takes it back
    // and an array of items; any one missing and it is a plain result (no false iterators).
    static constexpr std::string_view cursorFields[] = {"next_cursor",   "nextCursor", "next_page_token",
                                                        "nextPageToken", "cursor",     "next"};
    static constexpr std::string_view cursorParams[] = {"cursor",          "page_token",     "pageToken",
                                                        "next_page_token", "starting_after", "after"};
    static constexpr std::string_view nested[] = {
        "meta", "metadata", "pagination", "paging", "response_metadata", "page_info", "pageInfo", "_meta"};
    static constexpr std::string_view itemNames[] = {"data",  "items",   "results",
                                                     "value", "entries", "records"};
    auto cursorIn = [&](const Model &model) -> const Property * {
        for (const std::string_view name : cursorFields) {
            const Property *p = find(model, name);
            if (!p)
                continue;
            const bool text = p->type.kind == Type::Kind::String;
            if (text || (name != "next" && p->type.kind == Type::Kind::Integer))
                return p;
        }
        return nullptr;
    };
    std::string cursorField;
    if (const Property *p = cursorIn(m)) {
        cursorField = p->name;
    } else {
        for (const std::string_view name : nested) {
            const Property *holder = find(m, name);
            if (!holder || holder->type.kind != Type::Kind::Model)
                continue;
            if (const Property *inner = cursorIn(models[size_t(holder->type.index)])) {
                cursorField = holder->name + "." + inner->name;
                break;
            }
        }
    }
    if (cursorField.empty())
        return;
    const Parameter *param = nullptr;
    for (const std::string_view name : cursorParams) {
        for (const Parameter &p : o.parameters) {
            if (p.in == Parameter::In::Query && p.name == name) {
                param = &p;
                break;
            }
        }
        if (param)
            break;
    }
    if (!param)
        return;
    const Property *items = nullptr;
    for (const std::string_view name : itemNames) {
        if (const Property *p = find(m, name); p && p->type.kind == Type::Kind::Array) {
            items = p;
            break;
        }
    }
    if (!items) {
        for (const Property &p : m.properties) {
            if (p.type.kind == Type::Kind::Array) {
                items = &p;
                break;
            }
        }
    }
    if (!items)
        return;
    o.pagination.kind = Pagination::Kind::Cursor;
    o.pagination.itemsField = items->name;
    o.pagination.itemType = items->type.args.empty() ? Type{} : items->type.args.front();
    o.pagination.cursorField = cursorField;
    o.pagination.cursorParam = param->name;
}

void OperationReader::readSecuritySchemes() {
    const Document *main = &r.set.main();
    const Node *schemes = nullptr;
    if (r.version == SpecVersion::Swagger2) {
        schemes = root.get("securityDefinitions");
    } else if (const Node *components = root.get("components"); components && components->isObject()) {
        schemes = components->get("securitySchemes");
    }
    if (schemes && schemes->isObject()) {
        for (const auto &[name, item] : schemes->members) {
            const At at = r.deref({main, &item}, Text::tr("security scheme skipped"));
            if (!at)
                continue;
            if (!at.node->isObject()) {
                r.warn(at.doc, *at.node, Text::tr("a security scheme must be an object; skipped"));
                continue;
            }
            const Node &n = *at.node;
            SecurityScheme s;
            s.name = name;
            const std::string type = n.str("type");
            if (type == "apiKey") {
                s.kind = SecurityScheme::Kind::ApiKey;
                s.in = n.str("in");
                s.paramName = n.str("name");
            } else if (type == "basic") {
                s.kind = SecurityScheme::Kind::HttpBasic;
            } else if (type == "http") {
                const std::string scheme = lower(n.str("scheme"));
                s.kind = scheme == "bearer"  ? SecurityScheme::Kind::HttpBearer
                         : scheme == "basic" ? SecurityScheme::Kind::HttpBasic
                                             : SecurityScheme::Kind::Other;
            } else if (type == "oauth2") {
                s.kind = SecurityScheme::Kind::OAuth2;
                auto take = [&s](const Node &flow) {
                    if (s.authorizationUrl.empty())
                        s.authorizationUrl = flow.str("authorizationUrl");
                    if (s.tokenUrl.empty())
                        s.tokenUrl = flow.str("tokenUrl");
                    if (const Node *scopes = flow.get("scopes"); scopes && scopes->isObject()) {
                        for (const auto &[scope, text] : scopes->members) {
                            (void)text;
                            s.scopes.push_back(scope);
                        }
                    }
                };
                if (r.version == SpecVersion::Swagger2) {
                    take(n);
                } else if (const Node *flows = n.get("flows"); flows && flows->isObject()) {
                    for (const auto &[flowName, flow] : flows->members) {
                        (void)flowName;
                        if (flow.isObject())
                            take(flow);
                    }
                }
                std::sort(s.scopes.begin(), s.scopes.end());
                s.scopes.erase(std::unique(s.scopes.begin(), s.scopes.end()), s.scopes.end());
            } else if (type == "openIdConnect") {
                s.kind = SecurityScheme::Kind::OpenIdConnect;
            }
            r.out.model.securitySchemes.push_back(std::move(s));
        }
    }
    if (const Node *security = root.get("security"); security && security->isArray())
        r.out.model.globalSecurity = securityNames(*security);
}

void OperationReader::readServers() {
    auto &servers = r.out.model.servers;
    if (r.version == SpecVersion::Swagger2) {
        const std::string host = root.str("host");
        std::string basePath = root.str("basePath");
        if (!basePath.empty() && basePath.front() != '/')
            basePath.insert(basePath.begin(), '/');
        if (!host.empty()) {
            std::string scheme = "https";
            if (const Node *schemes = root.get("schemes");
                schemes && schemes->isArray() && !schemes->items.empty() && schemes->items.front().isString())
                scheme = schemes->items.front().scalar;
            servers.push_back(scheme + "://" + host + basePath);
        } else if (!basePath.empty()) {
            servers.push_back(basePath);
        }
    } else if (const Node *list = root.get("servers"); list && list->isArray()) {
        for (const Node &server : list->items) {
            if (!server.isObject())
                continue;
            const Node *urlNode = server.get("url");
            if (!urlNode || !urlNode->isString())
                continue;
            const Node *variables = server.get("variables");
            std::string url;
            const std::string &text = urlNode->scalar;
            for (size_t i = 0; i < text.size(); ++i) {
                const auto close = text[i] == '{' ? text.find('}', i) : std::string::npos;
                if (close == std::string::npos) {
                    url += text[i];
                    continue;
                }
                const std::string name = text.substr(i + 1, close - i - 1);
                const Node *var = variables && variables->isObject() ? variables->get(name) : nullptr;
                const Node *def = var && var->isObject() ? var->get("default") : nullptr;
                if (def && (def->isString() || def->isNumber()))
                    url += def->scalar;
                else
                    url += text.substr(i, close - i + 1);
                i = close;
            }
            addUnique(servers, url);
        }
    }
    // "https://api.example.com/" + "/pets" would give a double slash in every request.
    for (std::string &s : servers) {
        while (s.size() > 1 && s.back() == '/')
            s.pop_back();
    }
}

} // namespace

int Reader::addModel(Model model) {
    const int index = int(out.model.models.size());
    out.model.models.push_back(std::move(model));
    m_modelKeys.emplace_back(1, m_sequence++);
    return index;
}

} // namespace detail

Result<ReadSpec> readSpec(const SpecSet &spec) {
    using namespace detail;
    struct Text {
        Q_DECLARE_TR_FUNCTIONS(OpenApi)
    };
    const Document &doc = spec.main();
    const Node &root = doc.root;
    const QString supported = QStringLiteral("Swagger 2.0, OpenAPI 3.0.x, OpenAPI 3.1.x");
    if (!root.isObject())
        return Error::invalid(
            Text::tr("%1: not an OpenAPI or Swagger document (the top level must be an object "
                     "with \"openapi\" or \"swagger\"); supported: %2")
                .arg(locate(doc, root), supported));
    SpecVersion version;
    std::string versionText;
    const Node *swagger = root.get("swagger");
    const Node *openapi = root.get("openapi");
    auto scalarOf = [](const Node *n) {
        return n && (n->isString() || n->isNumber()) ? n->scalar : std::string();
    };
    auto startsWith = [](const std::string &text, std::string_view prefix) {
        return text.rfind(prefix, 0) == 0 && (text.size() == prefix.size() || text[prefix.size()] == '.');
    };
    if (openapi) {
        versionText = scalarOf(openapi);
        if (startsWith(versionText, "3.0"))
            version = SpecVersion::OpenApi30;
        else if (startsWith(versionText, "3.1"))
            version = SpecVersion::OpenApi31;
        else
            return Error::invalid(
                Text::tr("%1: unsupported OpenAPI version \"%2\"; supported: %3")
                    .arg(locate(doc, *openapi), QString::fromStdString(versionText), supported));
    } else if (swagger) {
        versionText = scalarOf(swagger);
        if (versionText == "2.0" || versionText == "2")
            version = SpecVersion::Swagger2;
        else
            return Error::invalid(
                Text::tr("%1: unsupported Swagger version \"%2\"; supported: %3")
                    .arg(locate(doc, *swagger), QString::fromStdString(versionText), supported));
    } else {
        return Error::invalid(
            Text::tr("%1: not an OpenAPI or Swagger document: it has neither \"openapi\" nor "
                     "\"swagger\" at the top level; supported: %2")
                .arg(locate(doc, root), supported));
    }
    const Node *paths = root.get("paths");
    if (paths && !paths->isObject())
        return Error::invalid(Text::tr("%1: \"paths\" must be an object keyed by path (\"/pets\": {...})")
                                  .arg(locate(doc, *paths)));
    // OpenAPI 3.1 made paths optional (a document of webhooks or components only).
    if (!paths && version != SpecVersion::OpenApi31)
        return Error::invalid(
            Text::tr("%1: the document has no \"paths\" object; add \"paths\": {} with the API's "
                     "operations")
                .arg(locate(doc, root)));

    Reader reader(spec, version);
    ApiModel &model = reader.out.model;
    model.specVersion = versionText;
    if (const Node *info = root.get("info"); info && info->isObject()) {
        model.title = info->str("title");
        model.description = info->str("description");
        model.version = scalarOf(info->get("version"));
    }
    OperationReader ops(reader);
    ops.readServers();
    ops.readSecuritySchemes();
    reader.readComponents();
    if (paths)
        ops.readPaths(*paths);
    reader.finish();
    return std::move(reader.out);
}

} // namespace bifrost::openapi
