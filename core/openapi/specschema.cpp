// Schemas into Types, Models and Enums (see specreader.h for the rules). Every result is cached
// by the schema's node, which makes a named component one Model however often it is referenced,
// keeps GitHub's thousands of references linear, and ends cycles: an object is registered (and
// cached) before its properties are read, and the properties are read later from a queue, so
// a long chain of references never deepens the recursion.
#include "specreader_p.h"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace bifrost::openapi::detail {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OpenApi)
};

// Inline nesting deeper than this (arrays of arrays of unions...) is typed Any: no real API
// needs it and it bounds the stack for hostile input. References do not count towards it.
constexpr int kMaxDepth = 64;

bool hasMember(const Node &node, std::string_view key) {
    return node.get(key) != nullptr;
}

// A schema that states a type of some kind, as opposed to a bare constraint ({"required": [...]},
// {"description": ...}) that oneOf/anyOf/allOf members often are.
bool meaningful(const Node &node) {
    if (node.isBool())
        return true;
    if (!node.isObject())
        return false;
    static constexpr std::string_view keys[] = {
        "$ref",  "type",  "properties",           "items", "enum", "const", "allOf",
        "oneOf", "anyOf", "additionalProperties", "format"};
    return std::any_of(std::begin(keys), std::end(keys),
                       [&](std::string_view k) { return hasMember(node, k); });
}

// {"type": "null"}, {"enum": [null]} or {"const": null}: nullability in a oneOf/anyOf.
bool isNullSchema(const Node &node) {
    if (!node.isObject())
        return false;
    if (const Node *t = node.get("type")) {
        if (t->isString())
            return t->scalar == "null";
        if (t->isArray())
            return !t->items.empty() && std::all_of(t->items.begin(), t->items.end(), [](const Node &n) {
                return n.isString() && n.scalar == "null";
            });
        return false;
    }
    if (const Node *e = node.get("enum"); e && e->isArray() && !e->items.empty())
        return std::all_of(e->items.begin(), e->items.end(), [](const Node &n) { return n.isNull(); });
    if (const Node *c = node.get("const"))
        return c->isNull();
    return false;
}

bool isIntegerLiteral(const std::string &text) {
    if (text.empty())
        return false;
    size_t i = text[0] == '-' ? 1 : 0;
    if (i == text.size())
        return false;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    return true;
}

Type plain(Type::Kind kind, std::string format = {}) {
    Type t;
    t.kind = kind;
    t.format = std::move(format);
    return t;
}

// The name a reference gives its target: the last token of a component pointer
// ("#/components/schemas/Pet", "defs.yaml#/definitions/Pet"), or the file's base name for a
// whole-file reference ("pet.yaml"). Other pointers keep the name of the place that refers.
std::string refHint(const std::string &ref, const std::string &fallback) {
    const auto hash = ref.find('#');
    if (hash == std::string::npos || hash + 1 >= ref.size()) {
        std::string file = ref.substr(0, hash);
        if (const auto slash = file.find_last_of("/\\"); slash != std::string::npos)
            file = file.substr(slash + 1);
        if (const auto dot = file.find('.'); dot != std::string::npos)
            file = file.substr(0, dot);
        return file.empty() ? fallback : file;
    }
    const std::string pointer = ref.substr(hash + 1);
    for (std::string_view parent : {"/schemas/", "/definitions/", "/$defs/"}) {
        const auto at = pointer.rfind(parent);
        if (at != std::string::npos && pointer.find('/', at + parent.size()) == std::string::npos) {
            std::string name = pointer.substr(at + parent.size());
            // Unescape "~1" and "~0" so the name reads like the component's key.
            std::string plainName;
            for (size_t i = 0; i < name.size(); ++i) {
                if (name[i] == '~' && i + 1 < name.size() && (name[i + 1] == '0' || name[i + 1] == '1')) {
                    plainName += name[i + 1] == '0' ? '~' : '/';
                    ++i;
                } else {
                    plainName += name[i];
                }
            }
            return plainName.empty() ? fallback : plainName;
        }
    }
    return fallback;
}

} // namespace

std::string pascal(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool upper = true;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        const bool ascii = u < 0x80;
        if (ascii && !std::isalnum(u)) {
            upper = true;
            continue;
        }
        out += (upper && ascii) ? static_cast<char>(std::toupper(u)) : c;
        upper = false;
    }
    return out;
}

bool sameType(const Type &a, const Type &b) {
    if (a.kind != b.kind || a.index != b.index || a.nullable != b.nullable || a.args.size() != b.args.size())
        return false;
    for (size_t i = 0; i < a.args.size(); ++i) {
        if (!sameType(a.args[i], b.args[i]))
            return false;
    }
    return true;
}

// allOf members (and references) collected into one property list.
struct Reader::Merge {
    struct Prop {
        std::string name;
        const Document *doc = nullptr;
        const Node *node = nullptr;
    };
    std::vector<Prop> props;
    std::vector<std::string> required;
    At additional; // additionalProperties given as a schema
    bool objectish = false;
    std::string discriminator;
    std::unordered_set<const Node *> visited;
};

void Reader::readComponents() {
    const Node &root = set.main().root;
    const Node *schemas = nullptr;
    if (version == SpecVersion::Swagger2) {
        schemas = root.get("definitions");
    } else if (const Node *components = root.get("components"); components && components->isObject()) {
        schemas = components->get("schemas");
    }
    if (!schemas)
        return;
    const Document *doc = &set.main();
    if (!schemas->isObject()) {
        warn(doc, *schemas, Text::tr("the schemas must be an object keyed by name; ignored"));
        return;
    }
    int position = 0;
    for (const auto &[name, node] : schemas->members)
        m_components.emplace(&node, Component{position++, name});
    for (const auto &[name, node] : schemas->members) {
        (void)readSchema(doc, node, name);
        drainModels();
    }
}

Type Reader::readSchema(const Document *doc, const Node &node, const std::string &hint, int depth) {
    if (const auto it = m_types.find(&node); it != m_types.end())
        return it->second;
    if (node.isBool()) // JSON Schema's true / false: anything
        return {};
    if (!node.isObject()) {
        warn(doc, node, Text::tr("a schema must be an object; typed as Any"));
        return {};
    }
    if (depth > kMaxDepth) {
        warn(doc, node, Text::tr("schema nested more than %1 levels deep; typed as Any").arg(kMaxDepth));
        return {};
    }
    // A cycle that no object breaks (an array alias of itself, a union that contains itself):
    // Python cannot name it without the alias, so the inner occurrence stays parsed JSON.
    if (!m_inProgress.insert(&node).second)
        return {};
    Type type = readUncached(doc, node, hint, depth);
    m_inProgress.erase(&node);
    m_types[&node] = type;
    return type;
}

Type Reader::readUncached(const Document *doc, const Node &node, const std::string &hint, int depth) {
    bool nullable = node.flag("nullable") || node.flag("x-nullable");
    auto done = [&nullable](Type t) {
        if (nullable)
            t.nullable = true;
        return t;
    };

    if (const Node *ref = node.get("$ref")) {
        if (!ref->isString()) {
            warn(doc, *ref, Text::tr("$ref must be a string; typed as Any"));
            return done({});
        }
        const At target = follow(doc, node, ref->scalar, Text::tr("typed as Any"));
        if (!target)
            return done({});
        return done(readSchema(target.doc, *target.node, refHint(ref->scalar, hint), depth + 1));
    }

    std::vector<std::string> types;
    if (const Node *t = node.get("type")) {
        auto add = [&](const Node &n) {
            if (!n.isString())
                return;
            if (n.scalar == "null")
                nullable = true;
            else if (std::find(types.begin(), types.end(), n.scalar) == types.end())
                types.push_back(n.scalar);
        };
        if (t->isArray()) {
            for (const Node &item : t->items)
                add(item);
        } else {
            add(*t);
        }
    }
    const bool structured = std::any_of(types.begin(), types.end(),
                                        [](const std::string &t) { return t == "object" || t == "array"; });

    if (const Node *value = node.get("const"))
        return done(readConst(doc, node, *value, hint));

    if (const Node *values = node.get("enum"); values && values->isArray() && !structured) {
        bool onlyNull = !values->items.empty() && std::all_of(values->items.begin(), values->items.end(),
                                                              [](const Node &n) { return n.isNull(); });
        if (onlyNull) {
            nullable = true;
        } else if (auto t = readEnum(doc, node, *values, types, hint)) {
            return done(*t);
        }
    }

    if (const Node *allOf = node.get("allOf"); allOf && allOf->isArray() && !allOf->items.empty()) {
        // The common idiom {"allOf": [{"$ref": ...}], "description": ...} only decorates one
        // schema: it is that schema, not a copy of it.
        const auto members = std::count_if(allOf->items.begin(), allOf->items.end(),
                                           [](const Node &m) { return meaningful(m); });
        const Node *props = node.get("properties");
        const bool ownProps = props && props->isObject() && !props->members.empty();
        if (members == 1 && !ownProps && types.empty()) {
            for (const Node &m : allOf->items) {
                if (meaningful(m))
                    return done(readSchema(doc, m, hint, depth + 1));
            }
        }
        Merge merge;
        collect(doc, node, merge, 0);
        if (!merge.props.empty()) {
            Type t = plain(Type::Kind::Model);
            t.index = newModel(doc, node, hint, true);
            return done(t);
        }
        if (merge.additional) {
            Type t = plain(Type::Kind::Map);
            t.args.push_back(
                readSchema(merge.additional.doc, *merge.additional.node, pascal(hint) + "Value", depth + 1));
            return done(t);
        }
        if (merge.objectish) {
            Type t = plain(Type::Kind::Map);
            t.args.emplace_back();
            return done(t);
        }
        if (types.empty()) {
            for (const Node &m : allOf->items) {
                if (meaningful(m))
                    return done(readSchema(doc, m, hint, depth + 1));
            }
        }
    }

    for (std::string_view key : {"oneOf", "anyOf"}) {
        if (const Node *members = node.get(key); members && members->isArray() && !members->items.empty()) {
            if (auto t = readUnion(doc, node, *members, hint, depth)) {
                return done(*t);
            }
        }
    }

    if (types.size() > 1) {
        Type u = plain(Type::Kind::Union);
        for (const std::string &name : types) {
            Type alt = readTyped(doc, node, name, hint, depth);
            if (alt.kind == Type::Kind::Any)
                return done({});
            if (std::none_of(u.args.begin(), u.args.end(), [&](const Type &t) { return sameType(t, alt); }))
                u.args.push_back(std::move(alt));
        }
        return done(u.args.size() == 1 ? u.args.front() : u);
    }
    if (types.size() == 1)
        return done(readTyped(doc, node, types.front(), hint, depth));

    // No "type": infer from what the schema has.
    if (hasMember(node, "properties") || hasMember(node, "additionalProperties"))
        return done(readObject(doc, node, hint, depth));
    if (hasMember(node, "items"))
        return done(readTyped(doc, node, "array", hint, depth));
    if (node.str("format") == "binary")
        return done(plain(Type::Kind::Binary, "binary"));
    return done({});
}

Type Reader::readTyped(const Document *doc, const Node &node, const std::string &typeName,
                       const std::string &hint, int depth) {
    const std::string format = node.str("format");
    if (typeName == "string")
        return format == "binary" ? plain(Type::Kind::Binary, format) : plain(Type::Kind::String, format);
    if (typeName == "integer")
        return plain(Type::Kind::Integer, format);
    if (typeName == "number")
        return plain(Type::Kind::Number, format);
    if (typeName == "boolean")
        return plain(Type::Kind::Boolean, format);
    if (typeName == "file") // Swagger 2.0 uploads and downloads
        return plain(Type::Kind::Binary, "binary");
    if (typeName == "null")
        return plain(Type::Kind::Null);
    if (typeName == "object")
        return readObject(doc, node, hint, depth);
    if (typeName == "array") {
        Type t = plain(Type::Kind::Array);
        const Node *items = node.get("items");
        if (items && (items->isObject() || items->isBool()))
            t.args.push_back(readSchema(doc, *items, pascal(hint) + "Item", depth + 1));
        else
            t.args.emplace_back(); // no items, or a 2019 tuple list: elements stay parsed JSON
        return t;
    }
    warn(doc, node, Text::tr("unknown type \"%1\"; typed as Any").arg(QString::fromStdString(typeName)));
    return {};
}

Type Reader::readObject(const Document *doc, const Node &node, const std::string &hint, int depth) {
    const Node *props = node.get("properties");
    if (props && props->isObject() && !props->members.empty()) {
        Type t = plain(Type::Kind::Model);
        t.index = newModel(doc, node, hint, false);
        return t;
    }
    Type t = plain(Type::Kind::Map);
    const Node *additional = node.get("additionalProperties");
    if (additional && additional->isObject() && !additional->members.empty())
        t.args.push_back(readSchema(doc, *additional, pascal(hint) + "Value", depth + 1));
    else
        t.args.emplace_back(); // true, {}, missing: any values
    return t;
}

std::optional<Type> Reader::readUnion(const Document *doc, const Node &node, const Node &members,
                                      const std::string &hint, int depth) {
    (void)node;
    Type u = plain(Type::Kind::Union);
    bool nullable = false;
    bool any = false;
    int n = 0;
    for (const Node &member : members.items) {
        ++n;
        if (isNullSchema(member)) {
            nullable = true;
            continue;
        }
        if (!meaningful(member))
            continue;
        Type alt = readSchema(doc, member, pascal(hint) + "Option" + std::to_string(n), depth + 1);
        nullable = nullable || alt.nullable;
        alt.nullable = false;
        if (alt.kind == Type::Kind::Any) {
            any = true;
            continue;
        }
        std::vector<Type> flat;
        if (alt.kind == Type::Kind::Union)
            flat = std::move(alt.args);
        else
            flat.push_back(std::move(alt));
        for (Type &f : flat) {
            if (std::none_of(u.args.begin(), u.args.end(), [&](const Type &t) { return sameType(t, f); }))
                u.args.push_back(std::move(f));
        }
    }
    if (any) { // one alternative is "anything": the union is too
        Type t;
        t.nullable = nullable;
        return t;
    }
    if (u.args.empty()) {
        if (!nullable)
            return std::nullopt; // bare constraints only: the schema's own type decides
        Type t;
        t.nullable = true;
        return t;
    }
    Type result = u.args.size() == 1 ? std::move(u.args.front()) : std::move(u);
    result.nullable = nullable;
    return result;
}

std::optional<Type> Reader::readEnum(const Document *doc, const Node &node, const Node &values,
                                     const std::vector<std::string> &types, const std::string &hint) {
    Enum e;
    bool strings = false, numbers = false, bools = false, integers = true;
    for (const Node &v : values.items) {
        switch (v.kind) {
        case Node::Kind::Null:
            e.nullable = true;
            continue;
        case Node::Kind::String:
            strings = true;
            break;
        case Node::Kind::Number:
            numbers = true;
            integers = integers && isIntegerLiteral(v.scalar);
            break;
        case Node::Kind::Bool:
            bools = true;
            break;
        default: // objects and arrays cannot be enum members in any language we generate
            continue;
        }
        if (std::find(e.values.begin(), e.values.end(), v.scalar) == e.values.end())
            e.values.push_back(v.scalar);
    }
    if (e.values.empty())
        return std::nullopt;
    const int kinds = int(strings) + int(numbers) + int(bools);
    const std::string declared = types.size() == 1 ? types.front() : std::string();
    if (kinds > 1 || strings || declared == "string")
        e.base = Type::Kind::String;
    else if (bools)
        e.base = Type::Kind::Boolean;
    else if (integers && declared != "number")
        e.base = Type::Kind::Integer;
    else
        e.base = Type::Kind::Number;
    e.description = node.str("description");
    Type t = plain(Type::Kind::Enum);
    t.index = newEnum(doc, node, hint, std::move(e));
    return t;
}

Type Reader::readConst(const Document *doc, const Node &node, const Node &value, const std::string &hint) {
    Enum e;
    switch (value.kind) {
    case Node::Kind::Null: {
        Type t;
        t.nullable = true;
        return t;
    }
    case Node::Kind::String:
        e.base = Type::Kind::String;
        break;
    case Node::Kind::Number:
        e.base = isIntegerLiteral(value.scalar) ? Type::Kind::Integer : Type::Kind::Number;
        break;
    case Node::Kind::Bool:
        e.base = Type::Kind::Boolean;
        break;
    default:
        return {};
    }
    e.values.push_back(value.scalar);
    e.description = node.str("description");
    Type t = plain(Type::Kind::Enum);
    t.index = newEnum(doc, node, hint, std::move(e));
    return t;
}

bool Reader::collect(const Document *doc, const Node &node, Merge &merge, int depth) {
    if (depth > kMaxDepth || !node.isObject() || !merge.visited.insert(&node).second)
        return false;
    if (const Node *ref = node.get("$ref"); ref && ref->isString()) {
        if (const At target = follow(doc, node, ref->scalar, Text::tr("ignored in the merged allOf")))
            collect(target.doc, *target.node, merge, depth + 1);
    }
    if (const Node *allOf = node.get("allOf"); allOf && allOf->isArray()) {
        for (const Node &member : allOf->items)
            collect(doc, member, merge, depth + 1);
    }
    if (const Node *t = node.get("type")) {
        if ((t->isString() && t->scalar == "object") ||
            (t->isArray() && std::any_of(t->items.begin(), t->items.end(),
                                         [](const Node &n) { return n.isString() && n.scalar == "object"; })))
            merge.objectish = true;
    }
    if (const Node *props = node.get("properties"); props && props->isObject()) {
        merge.objectish = true;
        for (const auto &[name, prop] : props->members) {
            auto it = std::find_if(merge.props.begin(), merge.props.end(),
                                   [&name = name](const Merge::Prop &p) { return p.name == name; });
            if (it != merge.props.end()) { // a later member refines it; it keeps its place
                it->doc = doc;
                it->node = &prop;
            } else {
                merge.props.push_back({name, doc, &prop});
            }
        }
    }
    if (const Node *required = node.get("required"); required && required->isArray()) {
        for (const Node &r : required->items) {
            if (r.isString() &&
                std::find(merge.required.begin(), merge.required.end(), r.scalar) == merge.required.end())
                merge.required.push_back(r.scalar);
        }
    }
    if (const Node *additional = node.get("additionalProperties");
        additional && additional->isObject() && !additional->members.empty() && !merge.additional)
        merge.additional = {doc, additional};
    if (merge.discriminator.empty()) {
        if (const Node *d = node.get("discriminator")) {
            if (d->isString())
                merge.discriminator = d->scalar;
            else if (d->isObject())
                merge.discriminator = d->str("propertyName");
        }
    }
    return true;
}

std::string Reader::nameFor(const Node &node, const std::string &hint, std::pair<int, int> &key) {
    if (const auto it = m_components.find(&node); it != m_components.end()) {
        key = {0, it->second.position};
        return it->second.name;
    }
    key = {1, m_sequence++};
    return hint.empty() ? std::string("Model") : hint;
}

int Reader::newModel(const Document *doc, const Node &node, const std::string &hint, bool allOf) {
    Model m;
    std::pair<int, int> key;
    m.name = nameFor(node, hint, key);
    m.description = node.str("description");
    m.location = where(doc, node);
    const int index = int(out.model.models.size());
    out.model.models.push_back(std::move(m));
    m_modelKeys.push_back(key);
    Type t = plain(Type::Kind::Model);
    t.index = index;
    m_types[&node] = t; // before any property is read: a reference back to it ends here
    m_pending.push_back({doc, &node, index, allOf});
    return index;
}

int Reader::newEnum(const Document *doc, const Node &node, const std::string &hint, Enum value) {
    std::pair<int, int> key;
    value.name = nameFor(node, hint, key);
    value.location = where(doc, node);
    const int index = int(out.model.enums.size());
    out.model.enums.push_back(std::move(value));
    m_enumKeys.push_back(key);
    return index;
}

void Reader::drainModels() {
    while (!m_pending.empty()) {
        const FillTask task = m_pending.front();
        m_pending.pop_front();
        fillModel(task);
    }
}

void Reader::fillModel(const FillTask &task) {
    Merge merge;
    if (task.allOf) {
        collect(task.doc, *task.node, merge, 0);
    } else {
        // A plain object: its own properties only (collect() would also follow a sibling $ref).
        merge.visited.insert(task.node);
        if (const Node *props = task.node->get("properties"); props && props->isObject()) {
            for (const auto &[name, prop] : props->members)
                merge.props.push_back({name, task.doc, &prop});
        }
        if (const Node *required = task.node->get("required"); required && required->isArray()) {
            for (const Node &r : required->items) {
                if (r.isString())
                    merge.required.push_back(r.scalar);
            }
        }
        if (const Node *additional = task.node->get("additionalProperties");
            additional && additional->isObject() && !additional->members.empty())
            merge.additional = {task.doc, additional};
        if (const Node *d = task.node->get("discriminator"))
            merge.discriminator = d->isString() ? d->scalar : d->str("propertyName");
    }
    const std::string prefix = pascal(out.model.models[size_t(task.index)].name);
    std::vector<Property> properties;
    properties.reserve(merge.props.size());
    for (const Merge::Prop &p : merge.props) {
        Property prop;
        prop.name = p.name;
        prop.type = readSchema(p.doc, *p.node, prefix + pascal(p.name), 1);
        prop.required =
            std::find(merge.required.begin(), merge.required.end(), p.name) != merge.required.end();
        if (p.node->isObject()) {
            prop.readOnly = p.node->flag("readOnly");
            prop.writeOnly = p.node->flag("writeOnly");
            prop.deprecated = p.node->flag("deprecated");
            prop.description = p.node->str("description");
        }
        properties.push_back(std::move(prop));
    }
    Type additional;
    if (merge.additional)
        additional = readSchema(merge.additional.doc, *merge.additional.node, prefix + "Value", 1);
    // Only now take the reference: reading the properties may have added models.
    Model &model = out.model.models[size_t(task.index)];
    model.properties = std::move(properties);
    model.hasAdditional = bool(merge.additional);
    model.additional = std::move(additional);
    model.discriminator = merge.discriminator;
}

void Reader::finish() {
    drainModels();
    auto permutation = [](const std::vector<std::pair<int, int>> &keys) {
        std::vector<int> order(keys.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
        std::vector<int> newIndex(keys.size());
        for (size_t pos = 0; pos < order.size(); ++pos)
            newIndex[size_t(order[pos])] = int(pos);
        return std::make_pair(order, newIndex);
    };
    const auto [modelOrder, modelIndex] = permutation(m_modelKeys);
    const auto [enumOrder, enumIndex] = permutation(m_enumKeys);

    // Captured by name: clang before 16 cannot capture structured bindings (the fuzz build is clang 14).
    auto remap = [&modelMap = modelIndex, &enumMap = enumIndex](auto &self, Type &t) -> void {
        if (t.kind == Type::Kind::Model && t.index >= 0)
            t.index = modelMap[size_t(t.index)];
        else if (t.kind == Type::Kind::Enum && t.index >= 0)
            t.index = enumMap[size_t(t.index)];
        for (Type &a : t.args)
            self(self, a);
    };
    auto fix = [&](Type &t) { remap(remap, t); };

    std::vector<Model> models;
    models.reserve(modelOrder.size());
    for (const int i : modelOrder)
        models.push_back(std::move(out.model.models[size_t(i)]));
    std::vector<Enum> enums;
    enums.reserve(enumOrder.size());
    for (const int i : enumOrder)
        enums.push_back(std::move(out.model.enums[size_t(i)]));
    out.model.models = std::move(models);
    out.model.enums = std::move(enums);

    for (Model &m : out.model.models) {
        for (Property &p : m.properties)
            fix(p.type);
        fix(m.additional);
    }
    for (Operation &op : out.model.operations) {
        for (Parameter &p : op.parameters)
            fix(p.type);
        fix(op.body.type);
        fix(op.result);
        fix(op.pagination.itemType);
    }
}

} // namespace bifrost::openapi::detail
