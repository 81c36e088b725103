// The Python SDK generator: ApiModel in, package files out.
//
// models.py   the prelude (resources/python/sdk/models_prelude.py: parse helpers and a cheap
//             @dataclass stand-in, see there), one enum.Enum per Enum, one class per Model with an
//             explicit __init__, from_dict and to_dict, then one _union_N parse function per
//             distinct union type.
// client.py   class Client(_base.BaseClient) with one async method per operation (and iter_*
//             for paginated ones), then module-level functions with the same signatures that use
//             a default Client bound to the integration.
// _base.py    resources/python/sdk/_base.py verbatim.
// __init__.py the marker line and explicit re-exports.
//
// Everything is appended to std::string buffers in model order: GitHub's spec (~1,000 models,
// 1,200 operations) must take well under a second, and the output must be the same bytes for the
// same input (no hashing order, no dates).
#include "pythongenerator.h"

#include "pythonnames.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>

namespace bifrost::openapi {

using namespace detail;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OpenApi)
};

std::string resourceText(const char *path) {
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {}; // a build defect: tst_pythongenerator compiles the output and would fail
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<size_t>(bytes.size()));
}

// A Python tuple of string literals: (), ("a",), ("a", "b").
void appendTuple(std::string &out, const std::vector<std::string_view> &items) {
    out += '(';
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ", ";
        appendPyString(out, items[i]);
    }
    out += items.size() == 1 ? ",)" : ")";
}

void appendIndent(std::string &out, int n) {
    out.append(static_cast<size_t>(n), ' ');
}

const char *authName(SdkAuth auth) {
    switch (auth) {
    case SdkAuth::Bearer:
        return "bearer";
    case SdkAuth::ApiKey:
        return "api_key";
    case SdkAuth::Basic:
        return "basic";
    case SdkAuth::OAuth:
        return "oauth";
    case SdkAuth::None:
        break;
    }
    return "none";
}

// How a response body is read: parsed JSON, bytes or text.
enum class ResultKind { Json, Bytes, Text };

struct PyParam {
    const Parameter *spec = nullptr; // null for the body
    std::string name;
    std::string annotation;
    bool required = false;
};

class Generator {
public:
    Generator(const ApiModel &model, const PythonOptions &options, std::vector<SpecWarning> *warnings)
        : m_api(model)
        , m_options(options)
        , m_warnings(warnings) {}

    std::vector<GeneratedFile> run();

private:
    void warn(const std::string &location, const QString &message);
    void nameTypes();
    bool validModel(const Type &t) const {
        return t.kind == Type::Kind::Model && t.index >= 0 && size_t(t.index) < m_api.models.size();
    }
    bool validEnum(const Type &t) const {
        return t.kind == Type::Kind::Enum && t.index >= 0 && size_t(t.index) < m_api.enums.size();
    }
    Type::Kind effectiveKind(const Type &t) const;

    void collectAlternatives(const Type &t, bool client, std::vector<std::string> &parts);
    std::string annotation(const Type &t, bool client, bool optional = false);
    bool needsParse(const Type &t) const;
    bool needsSerialize(const Type &t) const;
    void parseExpr(std::string &out, const Type &t, std::string_view value, bool client);
    void unionKey(std::string &out, const Type &t) const;
    void flattenUnion(const Type &t, std::vector<const Type *> &members) const;
    std::string unionFunction(const Type &t);

    void emitEnum(std::string &out, size_t index);
    void emitModel(std::string &out, size_t index);
    void emitUnions(std::string &out);
    void emitClient(std::string &out);
    void emitInit(std::string &out);

    const ApiModel &m_api;
    const PythonOptions &m_options;
    std::vector<SpecWarning> *m_warnings;
    std::string m_package;
    std::vector<std::string> m_modelNames, m_enumNames;
    std::map<std::string, size_t> m_unionIds; // key -> index into m_unions
    std::vector<Type> m_unions;
    std::map<std::string, size_t> m_enumClasses; // base + member lines -> the first enum with them
    std::vector<std::string> m_exports;
};

void Generator::warn(const std::string &location, const QString &message) {
    if (m_warnings)
        m_warnings->push_back({location, message.toStdString()});
}

Type::Kind Generator::effectiveKind(const Type &t) const {
    if (t.kind == Type::Kind::Model && !validModel(t))
        return Type::Kind::Any;
    if (t.kind == Type::Kind::Enum && !validEnum(t))
        return Type::Kind::Any;
    if ((t.kind == Type::Kind::Array || t.kind == Type::Kind::Map) && t.args.empty())
        return Type::Kind::Any;
    if (t.kind == Type::Kind::Union && t.args.empty())
        return Type::Kind::Any;
    return t.kind;
}

void Generator::nameTypes() {
    // Models and enums share models.py's namespace; components come first in the model, so they
    // keep their names and inline ones get the _2 suffixes.
    NameScope scope;
    m_modelNames.reserve(m_api.models.size());
    for (const Model &m : m_api.models)
        m_modelNames.push_back(scope.unique(pythonName(m.name, Case::Pascal, "Model")));
    m_enumNames.reserve(m_api.enums.size());
    for (const Enum &e : m_api.enums)
        m_enumNames.push_back(scope.unique(pythonName(e.name, Case::Pascal, "Enum")));
}

const char *enumRawType(Type::Kind base) {
    switch (base) {
    case Type::Kind::Integer:
        return "int";
    case Type::Kind::Number:
        return "float";
    case Type::Kind::Boolean:
        return "bool";
    default:
        return "str";
    }
}

void Generator::collectAlternatives(const Type &t, bool client, std::vector<std::string> &parts) {
    const char *prefix = client ? "_m." : "";
    switch (effectiveKind(t)) {
    case Type::Kind::Any:
        parts.emplace_back("_t.Any");
        break;
    case Type::Kind::String:
        parts.emplace_back("str");
        break;
    case Type::Kind::Integer:
        parts.emplace_back("int");
        break;
    case Type::Kind::Number:
        parts.emplace_back("float");
        break;
    case Type::Kind::Boolean:
        parts.emplace_back("bool");
        break;
    case Type::Kind::Null:
        parts.emplace_back("None");
        break;
    case Type::Kind::Binary:
        parts.emplace_back("bytes");
        break;
    case Type::Kind::Array:
        parts.push_back("list[" + annotation(t.args[0], client) + "]");
        break;
    case Type::Kind::Map:
        parts.push_back("dict[str, " + annotation(t.args[0], client) + "]");
        break;
    case Type::Kind::Model:
        parts.push_back(prefix + m_modelNames[size_t(t.index)]);
        break;
    case Type::Kind::Enum:
        // A value the spec does not list is kept as it came (servers add values).
        parts.push_back(prefix + m_enumNames[size_t(t.index)]);
        parts.emplace_back(enumRawType(m_api.enums[size_t(t.index)].base));
        if (m_api.enums[size_t(t.index)].nullable)
            parts.emplace_back("None");
        break;
    case Type::Kind::Union:
        for (const Type &a : t.args)
            collectAlternatives(a, client, parts);
        break;
    }
    if (t.nullable)
        parts.emplace_back("None");
}

std::string Generator::annotation(const Type &t, bool client, bool optional) {
    std::vector<std::string> parts;
    collectAlternatives(t, client, parts);
    if (optional)
        parts.emplace_back("None");
    std::string out;
    std::vector<std::string_view> seen;
    for (const std::string &p : parts) {
        if (p == "_t.Any")
            return p;
        if (std::find(seen.begin(), seen.end(), p) != seen.end())
            continue;
        seen.push_back(p);
    }
    // None last reads best: `Pet | None`.
    bool hasNone = false;
    for (const std::string_view p : seen) {
        if (p == "None") {
            hasNone = true;
            continue;
        }
        if (!out.empty())
            out += " | ";
        out += p;
    }
    if (hasNone)
        out += out.empty() ? "None" : " | None";
    return out;
}

bool Generator::needsParse(const Type &t) const {
    switch (effectiveKind(t)) {
    case Type::Kind::Model:
    case Type::Kind::Enum:
        return true;
    case Type::Kind::Array:
    case Type::Kind::Map:
        return needsParse(t.args[0]);
    case Type::Kind::Union:
        return std::any_of(t.args.begin(), t.args.end(), [this](const Type &a) { return needsParse(a); });
    default:
        return false;
    }
}

bool Generator::needsSerialize(const Type &t) const {
    // Any may hold models a caller put there; the other plain types are JSON already.
    return effectiveKind(t) == Type::Kind::Any || needsParse(t);
}

void Generator::parseExpr(std::string &out, const Type &t, std::string_view value, bool client) {
    if (!needsParse(t)) {
        out += value;
        return;
    }
    const std::string prefix = client ? "_m." : "";
    switch (effectiveKind(t)) {
    case Type::Kind::Model:
        out += prefix + "_obj(" + prefix + m_modelNames[size_t(t.index)] + ".from_dict, ";
        break;
    case Type::Kind::Enum:
        out += prefix + "_enum_or_raw(" + prefix + m_enumNames[size_t(t.index)] + ", ";
        break;
    case Type::Kind::Array:
    case Type::Kind::Map: {
        const Type &arg = t.args[0];
        const char *kind = effectiveKind(t) == Type::Kind::Array ? "_list" : "_map";
        if (effectiveKind(arg) == Type::Kind::Model) {
            out += prefix + kind + "_obj(" + prefix + m_modelNames[size_t(arg.index)] + ".from_dict, ";
        } else if (effectiveKind(arg) == Type::Kind::Enum) {
            out += prefix + kind + "_enum(" + prefix + m_enumNames[size_t(arg.index)] + ", ";
        } else {
            out += prefix + kind + "(lambda _v: ";
            parseExpr(out, arg, "_v", client);
            out += ", ";
        }
        break;
    }
    case Type::Kind::Union:
        out += prefix + unionFunction(t) + "(";
        break;
    default:
        break;
    }
    out += value;
    out += ')';
}

void Generator::unionKey(std::string &out, const Type &t) const {
    switch (effectiveKind(t)) {
    case Type::Kind::Model:
        out += 'M' + std::to_string(t.index);
        break;
    case Type::Kind::Enum:
        out += 'E' + std::to_string(t.index);
        break;
    case Type::Kind::Array:
    case Type::Kind::Map:
        out += effectiveKind(t) == Type::Kind::Array ? "A(" : "D(";
        unionKey(out, t.args[0]);
        out += ')';
        break;
    case Type::Kind::Union:
        out += "U(";
        for (const Type &a : t.args) {
            unionKey(out, a);
            out += ',';
        }
        out += ')';
        break;
    default:
        out += std::to_string(int(effectiveKind(t)));
        break;
    }
}

void Generator::flattenUnion(const Type &t, std::vector<const Type *> &members) const {
    for (const Type &a : t.args) {
        if (effectiveKind(a) == Type::Kind::Union)
            flattenUnion(a, members);
        else
            members.push_back(&a);
    }
}

std::string Generator::unionFunction(const Type &t) {
    std::string key;
    unionKey(key, t);
    auto it = m_unionIds.find(key);
    if (it == m_unionIds.end()) {
        it = m_unionIds.emplace(key, m_unions.size()).first;
        m_unions.push_back(t);
    }
    return "_union_" + std::to_string(it->second + 1);
}

void Generator::emitEnum(std::string &out, size_t index) {
    const Enum &e = m_api.enums[index];
    std::string body; // the member lines
    NameScope members;
    std::vector<std::string> literals;
    for (const std::string &value : e.values) {
        std::string literal;
        switch (e.base) {
        case Type::Kind::Integer: {
            long long n = 0;
            const char *end = value.data() + value.size();
            const auto r = std::from_chars(value.data() + (!value.empty() && value[0] == '+'), end, n);
            if (r.ec == std::errc() && r.ptr == end) {
                literal = std::to_string(n);
            } else {
                double d = 0; // "1.0" or "1e3" in an integer enum: keep it when it is whole
                const auto rd = std::from_chars(value.data(), end, d);
                if (rd.ec == std::errc() && rd.ptr == end && std::isfinite(d) && d == std::floor(d) &&
                    std::fabs(d) < 9e15)
                    literal = std::to_string(static_cast<long long>(d));
            }
            break;
        }
        case Type::Kind::Number: {
            double d = 0;
            const char *end = value.data() + value.size();
            const auto r = std::from_chars(value.data() + (!value.empty() && value[0] == '+'), end, d);
            if (r.ec == std::errc() && r.ptr == end && std::isfinite(d)) {
                char buf[64];
                const auto w = std::to_chars(buf, buf + sizeof buf, d);
                literal.assign(buf, w.ptr);
                if (literal.find_first_of(".e") == std::string::npos)
                    literal += ".0";
            }
            break;
        }
        case Type::Kind::Boolean:
            if (value == "true")
                literal = "True";
            else if (value == "false")
                literal = "False";
            break;
        default:
            appendPyString(literal, value);
            break;
        }
        if (literal.empty()) {
            warn(e.location,
                 Text::tr("enum %1: the value \"%2\" is not a valid %3; left out of the enum (it is "
                          "still accepted as a raw value)")
                     .arg(QString::fromStdString(e.name), QString::fromStdString(value),
                          QString::fromLatin1(enumRawType(e.base))));
            continue;
        }
        if (std::find(literals.begin(), literals.end(), literal) != literals.end())
            continue; // a repeated value would only make an alias
        literals.push_back(literal);
        const std::string member =
            members.unique(value.empty() ? std::string("EMPTY") : pythonName(value, Case::Upper, "VALUE"));
        body += "    ";
        body += member;
        body += " = ";
        body += literal;
        body += '\n';
    }
    // Specs repeat the same inline enum many times (GitHub: 3,003 enums, 531 distinct), and an
    // Enum class costs ~0.1 ms at import: a repeat becomes an alias of the first one.
    std::string key = enumRawType(e.base);
    key += '\n';
    key += body;
    const auto [it, inserted] = m_enumClasses.emplace(std::move(key), index);
    if (!inserted) {
        out += "\n\n" + m_enumNames[index] + " = " + m_enumNames[it->second] + "\n";
        return;
    }
    out += "\n\nclass ";
    out += m_enumNames[index];
    out += "(_enum.Enum):\n";
    const size_t docStart = out.size();
    appendDocstring(out, e.description.empty() ? e.name : e.description, 4);
    if (out.size() == docStart)
        out += "    \"\"\"An enumeration.\"\"\"\n";
    out += body;
}

void Generator::emitModel(std::string &out, size_t index) {
    const Model &m = m_api.models[index];
    const std::string &cls = m_modelNames[index];
    struct Field {
        const Property *prop;
        std::string name, annotation;
        bool optional;
    };
    NameScope names{"from_dict", "to_dict"};
    std::vector<Field> fields;
    fields.reserve(m.properties.size());
    for (const Property &p : m.properties) {
        std::string base = pythonName(p.name, Case::Snake, "value");
        if (base == "from_dict" || base == "to_dict")
            base += '_'; // the methods of every model
        fields.push_back({&p, names.unique(std::move(base)), {}, !p.required});
    }
    // Required fields first (dataclass order), each group in spec order.
    std::stable_partition(fields.begin(), fields.end(), [](const Field &f) { return !f.optional; });
    for (Field &f : fields)
        f.annotation = annotation(f.prop->type, false, f.optional);
    const std::string extra = names.unique("additional_properties");
    const std::string extraValue = m.hasAdditional ? annotation(m.additional, false) : std::string("_t.Any");
    const std::string extraType = "dict[str, " + extraValue + "]";

    out += "\n\n@_dataclass\nclass ";
    out += cls;
    out += ":\n";
    const size_t docStart = out.size();
    appendDocstring(out, m.description.empty() ? m.name : m.description, 4);
    if (out.size() == docStart)
        out += "    \"\"\"A model.\"\"\"\n";
    out += '\n';
    for (const Field &f : fields) {
        out += "    ";
        out += f.name;
        out += ": ";
        out += f.annotation;
        out += f.optional ? " = None\n" : "\n";
    }
    out += "    ";
    out += extra;
    out += ": ";
    out += extraType;
    out += " = _dc.field(default_factory=dict)\n";

    // __init__
    out += "\n    def __init__(\n        self,\n";
    for (const Field &f : fields) {
        out += "        ";
        out += f.name;
        out += ": ";
        out += f.annotation;
        out += f.optional ? " = None,\n" : ",\n";
    }
    out += "        ";
    out += extra;
    out += ": ";
    out += extraType;
    out += " | None = None,\n    ) -> None:\n";
    for (const Field &f : fields) {
        out += "        self.";
        out += f.name;
        out += " = ";
        out += f.name;
        out += '\n';
    }
    out += "        self." + extra + " = {} if " + extra + " is None else " + extra + "\n";

    // from_dict
    out += "\n    @classmethod\n    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> ";
    out += cls;
    out += ":\n        _d = dict(data)\n        return cls(\n";
    std::string pop;
    for (const Field &f : fields) {
        out += "            ";
        out += f.name;
        out += '=';
        pop.assign("_d.pop(");
        appendPyString(pop, f.prop->name);
        pop += ", None)";
        parseExpr(out, f.prop->type, pop, false);
        out += ",\n";
    }
    out += "            ";
    out += extra;
    out += '=';
    if (m.hasAdditional)
        parseExpr(out, Type{Type::Kind::Map, -1, {m.additional}, false, {}}, "_d", false);
    else
        out += "_d";
    out += ",\n        )\n";

    // to_dict: unset optional fields are left out; unknown fields go back as they came.
    out += "\n    def to_dict(self) -> dict[str, _t.Any]:\n        _o: dict[str, _t.Any] = {}\n";
    for (const Field &f : fields) {
        const bool ser = needsSerialize(f.prop->type);
        int indent = 8;
        if (f.optional) {
            out += "        if self." + f.name + " is not None:\n";
            indent = 12;
        }
        appendIndent(out, indent);
        out += "_o[";
        appendPyString(out, f.prop->name);
        out += ser ? "] = _ser(self." : "] = self.";
        out += f.name;
        out += ser ? ")\n" : "\n";
    }
    out += "        for _k, _v in self." + extra + ".items():\n            _o.setdefault(_k, _ser(_v))\n";
    out += "        return _o\n";
}

void Generator::emitUnions(std::string &out) {
    // m_unions may grow while we emit (a union inside a union member's array): index loop.
    for (size_t u = 0; u < m_unions.size(); ++u) {
        const Type t = m_unions[u];
        std::vector<const Type *> members;
        flattenUnion(t, members);
        out += "\n\ndef _union_" + std::to_string(u + 1) + "(value: _t.Any) -> _t.Any:\n";
        std::string models, enums;
        const Type *mapMember = nullptr;
        const Type *listMember = nullptr;
        for (const Type *mt : members) {
            switch (effectiveKind(*mt)) {
            case Type::Kind::Model: {
                const Model &model = m_api.models[size_t(mt->index)];
                std::vector<std::string_view> required, all, values;
                for (const Property &p : model.properties) {
                    if (p.required)
                        required.push_back(p.name);
                    all.push_back(p.name);
                }
                if (!model.discriminator.empty()) {
                    values.push_back(model.name);
                    // A discriminator property typed as a one-value enum names its value.
                    for (const Property &p : model.properties)
                        if (p.name == model.discriminator && validEnum(p.type) &&
                            m_api.enums[size_t(p.type.index)].values.size() == 1)
                            values.push_back(m_api.enums[size_t(p.type.index)].values[0]);
                }
                models += "            (" + m_modelNames[size_t(mt->index)] + ".from_dict, ";
                appendTuple(models, required);
                models += ", ";
                appendTuple(models, all);
                models += ", ";
                appendPyString(models, model.discriminator);
                models += ", ";
                appendTuple(models, values);
                models += "),\n";
                break;
            }
            case Type::Kind::Enum:
                enums += m_enumNames[size_t(mt->index)] + ", ";
                break;
            case Type::Kind::Map:
                if (!mapMember)
                    mapMember = mt;
                break;
            case Type::Kind::Array:
                if (!listMember)
                    listMember = mt;
                break;
            default:
                break;
            }
        }
        if (!models.empty()) {
            out += "    if isinstance(value, dict):\n        return _pick(value, (\n";
            out += models;
            out += "        ))\n";
        } else if (mapMember && needsParse(*mapMember)) {
            out += "    if isinstance(value, dict):\n        return ";
            parseExpr(out, *mapMember, "value", false);
            out += '\n';
        }
        if (listMember && needsParse(*listMember)) {
            out += "    if isinstance(value, list):\n        return ";
            parseExpr(out, *listMember, "value", false);
            out += '\n';
        }
        if (!enums.empty()) {
            enums.pop_back(); // "A, B," : the trailing comma keeps a single one a tuple
            out += "    return _first_enum((" + enums + "), value)\n";
        } else {
            out += "    return value\n";
        }
    }
}

ResultKind resultKind(const Operation &op, Type::Kind kind) {
    const std::string &ct = op.resultContentType;
    if (kind == Type::Kind::Binary)
        return ResultKind::Bytes;
    if (ct.empty() || ct.find("json") != std::string::npos)
        return ResultKind::Json;
    if (ct.rfind("text/", 0) == 0 || kind == Type::Kind::String)
        return ResultKind::Text;
    if (ct.find("xml") != std::string::npos)
        return ResultKind::Text;
    return ResultKind::Bytes;
}

void appendDocText(std::string &doc, const Operation &op) {
    doc = op.summary;
    if (!op.description.empty() && op.description != op.summary) {
        if (!doc.empty())
            doc += "\n\n";
        doc += op.description;
    }
    if (op.deprecated)
        doc += doc.empty() ? "Deprecated." : "\n\nDeprecated.";
    if (doc.empty())
        doc = op.method + ' ' + op.path;
}

// Fills `scope` with the operation names so that later names (the iter_ helpers) avoid them.
std::vector<std::string> operationFunctionNames(const ApiModel &model, NameScope &scope) {
    std::vector<std::string> names;
    names.reserve(model.operations.size());
    for (const Operation &op : model.operations) {
        std::string base = pythonName(op.operationId, Case::Snake, "");
        if (base.empty())
            base = pythonName(op.method + ' ' + op.path, Case::Snake, "operation");
        // Names the package binds or Client inherits.
        if (base == "models" || base == "client" || base == "aclose" || base == "retry_wait")
            base += '_';
        names.push_back(scope.unique(base));
    }
    return names;
}

void Generator::emitClient(std::string &out) {
    const auto &ops = m_api.operations;
    // Operation names first (they keep their natural names), then the iter_ helpers.
    NameScope scope;
    const std::vector<std::string> fnames = operationFunctionNames(m_api, scope);
    std::vector<std::string> iterNames(ops.size());
    for (size_t i = 0; i < ops.size(); ++i)
        if (ops[i].pagination.kind != Pagination::Kind::None)
            iterNames[i] = scope.unique("iter_" + fnames[i]);

    out += "# Generated by bifrostctl sdk generate. Do not edit.\n";
    out += "\"\"\"Async client: one method per operation, and the same as module-level functions that\n"
           "read base_url and credentials from the Bifrost integration on every call.\"\"\"\n";
    out += "from __future__ import annotations\n\nimport typing as _t\n\nfrom . import _base\nfrom . import "
           "models as "
           "_m\n\n";
    out += "\nclass Client(_base.BaseClient):\n";
    std::string doc = m_api.title.empty() ? std::string("The API") : m_api.title;
    if (!m_api.version.empty())
        doc += ' ' + m_api.version;
    doc += ".\n\nClient() reads base_url and credentials from the Bifrost integration \"" +
           m_options.integration +
           "\" on every request (scope: Client(scope=\"Org\")); Client(base_url=..., headers=..., auth=...) "
           "uses what it is given. Use it as an async context manager or call aclose().";
    appendDocstring(out, doc, 4);
    out += "\n    _INTEGRATION = ";
    appendPyString(out, m_options.integration);
    out += "\n    _AUTH = \"";
    out += authName(m_options.auth);
    out += "\"\n    _API_KEY_HEADER = ";
    appendPyString(out, m_options.defaultHeaderName.empty() ? std::string("X-API-Key")
                                                            : m_options.defaultHeaderName);
    out += '\n';

    std::string functions; // module-level ones, appended after the class
    functions.reserve(ops.size() * 400);
    std::vector<PyParam> params;
    std::string signature, callArgs, forward, parse;
    for (size_t i = 0; i < ops.size(); ++i) {
        const Operation &op = ops[i];
        NameScope pscope;
        params.clear();
        std::string bodyName;
        if (op.hasBody)
            bodyName = pscope.unique("body");
        for (const Parameter &p : op.parameters)
            params.push_back({&p, pscope.unique(pythonName(p.name, Case::Snake, "param")), {}, p.required});
        if (op.hasBody) {
            std::string ann;
            const RequestBody &b = op.body;
            switch (b.kind) {
            case RequestBody::Kind::Json:
                ann = annotation(b.type, true);
                if (effectiveKind(b.type) == Type::Kind::Model)
                    ann += " | dict[str, _t.Any]";
                break;
            case RequestBody::Kind::Form:
            case RequestBody::Kind::Multipart:
                ann = effectiveKind(b.type) == Type::Kind::Model
                          ? annotation(b.type, true) + " | dict[str, _t.Any]"
                          : std::string("dict[str, _t.Any]");
                break;
            case RequestBody::Kind::Binary:
                ann = "bytes";
                break;
            case RequestBody::Kind::Text:
                ann = "str";
                break;
            }
            params.push_back({nullptr, bodyName, ann, b.required});
        }
        // Required first (positional), then keyword-only optional ones; the body after the
        // required parameters.
        std::stable_partition(params.begin(), params.end(), [](const PyParam &p) { return p.required; });
        signature.clear();
        forward.clear();
        bool star = false;
        for (PyParam &p : params) {
            if (p.spec)
                p.annotation = annotation(p.spec->type, true, !p.required);
            else if (!p.required)
                p.annotation += " | None";
            if (!p.required && !star) {
                signature += ", *";
                star = true;
            }
            signature += ", " + p.name + ": " + p.annotation;
            if (!p.required)
                signature += " = None";
            forward += (forward.empty() ? "" : ", ") + p.name + '=' + p.name;
        }

        // The keyword arguments of _send / _pages.
        callArgs.clear();
        std::string path, query, headers, cookies;
        for (const PyParam &p : params) {
            if (!p.spec)
                continue;
            std::string wire;
            appendPyString(wire, p.spec->name);
            switch (p.spec->in) {
            case Parameter::In::Path:
                path += wire + ": " + p.name + ", ";
                break;
            case Parameter::In::Query:
                query += '(' + wire + ", " + p.name + (p.spec->explode ? ", True), " : ", False), ");
                break;
            case Parameter::In::Header:
                headers += '(' + wire + ", " + p.name + "), ";
                break;
            case Parameter::In::Cookie:
                cookies += '(' + wire + ", " + p.name + "), ";
                break;
            }
        }
        if (!path.empty())
            callArgs += "            path_params={" + path.substr(0, path.size() - 2) + "},\n";
        if (!query.empty())
            callArgs += "            query=(" + query.substr(0, query.size() - 1) + "),\n";
        if (!headers.empty())
            callArgs += "            headers=(" + headers.substr(0, headers.size() - 1) + "),\n";
        if (!cookies.empty())
            callArgs += "            cookies=(" + cookies.substr(0, cookies.size() - 1) + "),\n";
        std::string prelude; // statements before the call
        if (op.hasBody) {
            const bool opt = !op.body.required;
            const std::string &b = bodyName;
            std::string ct;
            appendPyString(ct, op.body.contentType);
            switch (op.body.kind) {
            case RequestBody::Kind::Json:
                callArgs += "            json=_base.to_json(" + b + ")" +
                            (opt ? " if " + b + " is not None else _base.UNSET" : std::string()) + ",\n";
                if (!op.body.contentType.empty() && op.body.contentType != "application/json")
                    callArgs += "            content_type=" + ct + ",\n";
                break;
            case RequestBody::Kind::Form:
                callArgs += "            data=_base.form(" + b + ")" +
                            (opt ? " if " + b + " is not None else None" : std::string()) + ",\n";
                break;
            case RequestBody::Kind::Multipart:
                prelude = "        _data, _files = _base.multipart(" + b + (opt ? " or {}" : "") + ")\n";
                callArgs += "            data=_data,\n            files=_files,\n";
                break;
            case RequestBody::Kind::Binary:
            case RequestBody::Kind::Text:
                callArgs += "            content=" + b + ",\n";
                if (!op.body.contentType.empty())
                    callArgs += "            content_type=" + ct + ",\n";
                break;
            }
        }
        const Type::Kind rk = op.hasResult ? effectiveKind(op.result) : Type::Kind::Null;
        const ResultKind kind = resultKind(op, rk);
        if (op.hasResult && !op.resultContentType.empty()) {
            callArgs += "            accept=";
            appendPyString(callArgs, op.resultContentType);
            callArgs += ",\n";
        }
        std::string returns = "None";
        if (op.hasResult)
            returns = kind == ResultKind::Bytes  ? std::string("bytes")
                      : kind == ResultKind::Text ? std::string("str")
                                                 : annotation(op.result, true);
        std::string wireMethod = op.method;
        for (char &c : wireMethod)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        std::string pathLiteral;
        appendPyString(pathLiteral, op.path);

        appendDocText(doc, op);
        const std::string &fname = fnames[i];
        out += "\n    async def " + fname + "(self" + signature + ") -> " + returns + ":\n";
        appendDocstring(out, doc, 8);
        out += prelude;
        out += op.hasResult ? "        _r = await self._send(\n" : "        await self._send(\n";
        out += "            \"" + wireMethod + "\",\n            " + pathLiteral + ",\n" + callArgs +
               "        )\n";
        if (op.hasResult) {
            out += "        return ";
            if (kind == ResultKind::Json)
                parseExpr(out, op.result, "_base.decode(_r)", true);
            else
                out +=
                    kind == ResultKind::Bytes ? "_base.decode(_r, \"bytes\")" : "_base.decode(_r, \"text\")";
            out += '\n';
        }
        // The module-level twin: the first paragraph of the docs is enough there.
        const std::string shortDoc = doc.substr(0, doc.find("\n\n"));
        functions += "\n\nasync def " + fname + '(' + signature.substr(signature.empty() ? 0 : 2) + ") -> " +
                     returns + ":\n";
        appendDocstring(functions, shortDoc, 4);
        functions += std::string("    ") + (op.hasResult ? "return " : "") + "await _default_client()." +
                     fname + '(' + forward + ")\n";
        m_exports.push_back(fname);

        if (iterNames[i].empty())
            continue;
        const Pagination &pg = op.pagination;
        Type item = pg.itemType;
        if (effectiveKind(item) == Type::Kind::Any && pg.itemsField.empty() &&
            effectiveKind(op.result) == Type::Kind::Array)
            item = op.result.args[0];
        const std::string itemAnn = annotation(item, true);
        const char *pkind = pg.kind == Pagination::Kind::ODataNextLink ? "odata"
                            : pg.kind == Pagination::Kind::LinkHeader  ? "link"
                                                                       : "cursor";
        const std::string &iname = iterNames[i];
        std::string idoc = "Every item of " + fname + ", page after page (";
        idoc += pg.kind == Pagination::Kind::ODataNextLink ? std::string("following @odata.nextLink")
                : pg.kind == Pagination::Kind::LinkHeader
                    ? std::string("following the Link header's rel=\"next\"")
                    : "the result's " + pg.cursorField + " sent back as the " + pg.cursorParam +
                          " query parameter";
        idoc += ").";
        out += "\n    async def " + iname + "(self" + signature + ") -> _t.AsyncIterator[" + itemAnn + "]:\n";
        appendDocstring(out, idoc, 8);
        out += prelude;
        out += "        async for _item in self._pages(\n            \"";
        out += pkind;
        out += "\",\n            ";
        appendPyString(out, pg.itemsField);
        out += ",\n            ";
        appendPyString(out, pg.cursorField);
        out += ",\n            ";
        appendPyString(out, pg.cursorParam);
        out += ",\n            \"" + wireMethod + "\",\n            " + pathLiteral + ",\n" + callArgs +
               "        ):\n            yield ";
        parseExpr(out, item, "_item", true);
        out += '\n';
        functions += "\n\nasync def " + iname + '(' + signature.substr(signature.empty() ? 0 : 2) +
                     ") -> _t.AsyncIterator[" + itemAnn + "]:\n";
        appendDocstring(functions, idoc, 4);
        functions +=
            "    async for _item in _default_client()." + iname + '(' + forward + "):\n        yield _item\n";
        m_exports.push_back(iname);
    }
    if (ops.empty())
        out += "\n    pass\n";
    out += "\n\n_DEFAULT: list[Client] = []\n\n\ndef _default_client() -> Client:\n"
           "    # Created on first use; it reads the integration on every call, so it never goes stale.\n"
           "    if not _DEFAULT:\n        _DEFAULT.append(Client())\n    return _DEFAULT[0]\n";
    out += functions;
}

void Generator::emitInit(std::string &out) {
    out += "# Generated by bifrostctl sdk generate. Do not edit.\n";
    std::string doc = m_api.title.empty() ? m_package : m_api.title;
    if (!m_api.version.empty())
        doc += ' ' + m_api.version;
    doc += ": generated async client for the Bifrost integration \"" + m_options.integration + "\".";
    if (!m_exports.empty())
        doc += "\n\n    from " + m_package + " import " + m_exports.front() + "\n    result = await " +
               m_exports.front() + "(...)";
    appendDocstring(out, doc, 0);
    std::vector<std::string> names = m_exports;
    std::sort(names.begin(), names.end());
    out += "from . import models as models\nfrom ._base import SDKError as SDKError\nfrom .client import "
           "Client as "
           "Client\n";
    if (!names.empty()) {
        out += "from .client import (\n";
        for (const std::string &n : names)
            out += "    " + n + " as " + n + ",\n";
        out += ")\n";
    }
    names.emplace_back("Client");
    names.emplace_back("SDKError");
    names.emplace_back("models");
    std::sort(names.begin(), names.end());
    out += "\n__all__ = [\n";
    for (const std::string &n : names)
        out += "    \"" + n + "\",\n";
    out += "]\n";
}

std::vector<GeneratedFile> Generator::run() {
    m_package = m_options.package.empty() ? snakeCase(m_options.integration) : m_options.package;
    if (m_package.empty())
        m_package = "sdk";
    nameTypes();

    std::string models;
    models.reserve(4096 + m_api.models.size() * 1500 + m_api.enums.size() * 200);
    models += "# Generated by bifrostctl sdk generate. Do not edit.\n";
    std::string doc = "Models of " + (m_api.title.empty() ? m_package : m_api.title);
    if (!m_api.version.empty())
        doc += ' ' + m_api.version;
    doc += '.';
    appendDocstring(models, doc, 0);
    models += "from __future__ import annotations\n\n";
    models += resourceText(":/bifrost/python/sdk/models_prelude.py");
    for (size_t i = 0; i < m_api.enums.size(); ++i)
        emitEnum(models, i);
    for (size_t i = 0; i < m_api.models.size(); ++i)
        emitModel(models, i);

    std::string client;
    client.reserve(4096 + m_api.operations.size() * 1500);
    emitClient(client);
    emitUnions(models); // after the client: it may add unions of its own

    std::string init;
    emitInit(init);

    const QString dir = QString::fromStdString(m_package) + QLatin1Char('/');
    const auto bytes = [](const std::string &s) { return QByteArray(s.data(), qsizetype(s.size())); };
    std::vector<GeneratedFile> files;
    files.push_back({dir + QStringLiteral("__init__.py"), bytes(init)});
    files.push_back({dir + QStringLiteral("_base.py"), bytes(resourceText(":/bifrost/python/sdk/_base.py"))});
    files.push_back({dir + QStringLiteral("client.py"), bytes(client)});
    files.push_back({dir + QStringLiteral("models.py"), bytes(models)});
    files.push_back({dir + QStringLiteral("py.typed"), QByteArray()});
    return files;
}

} // namespace

std::vector<GeneratedFile> generatePython(const ApiModel &model, const PythonOptions &options,
                                          std::vector<SpecWarning> *warnings) {
    return Generator(model, options, warnings).run();
}

std::vector<std::string> operationFunctionNames(const ApiModel &model) {
    NameScope scope;
    return operationFunctionNames(model, scope);
}

std::string snakeCase(std::string_view name) {
    const std::vector<std::string> words = nameWords(name);
    std::string out;
    for (const std::string &w : words) {
        if (!out.empty())
            out += '_';
        out += w;
    }
    return out;
}

} // namespace bifrost::openapi
