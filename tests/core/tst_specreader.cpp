// The spec reader: Swagger 2.0, OpenAPI 3.0 and 3.1 into one ApiModel. Small specs written here
// for each rule (through the real JSON and YAML parsers), external references through loadSpec on
// temporary files, and the corpus: every @readme/oas-examples spec and GitHub's REST spec.
#include "openapi/specreader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace bifrost;
using namespace bifrost::openapi;

// Declared before the test specs: moc does not follow the raw string literals below.
class TestSpecReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versions_data();
    void versions();
    void fatalErrors_data();
    void fatalErrors();
    void openapi31WithoutPaths();
    void petStoreInEveryVersion_data();
    void petStoreInEveryVersion();
    void componentOrderAndAliases();
    void circularReferences();
    void allOfMerged();
    void unions_data();
    void unions();
    void nullability();
    void additionalProperties();
    void enumEdgeCases();
    void binaryAndConst();
    void inlineNames();
    void parametersMerged();
    void swagger2Bodies();
    void requestBodies3();
    void results();
    void security();
    void servers();
    void pagination();
    void paginationNoFalsePositives();
    void warningsWithLocations();
    void externalReferences();
    void yamlSpec();
    void corpusOasExamples();
    void corpusGitHub();
};

#define REQUIRE_OK(result)                                                                                   \
    do {                                                                                                     \
        const auto &r_ = (result);                                                                           \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                    \
    } while (false)

namespace {

const QString kSource = QStringLiteral("/virtual/spec.json");

SpecSet specSet(Result<Node> parsed, const QString &source) {
    SpecSet set;
    set.mainSource = source;
    auto doc = std::make_shared<Document>();
    doc->source = source;
    if (parsed.ok())
        doc->root = std::move(parsed.value());
    set.documents.emplace(source, std::move(doc));
    return set;
}

// Parses JSON text and reads it; a parse failure fails the test through the empty document.
Result<ReadSpec> readJson(std::string_view json) {
    auto parsed = parseJson(json, kSource);
    if (!parsed.ok())
        return parsed.error();
    return readSpec(specSet(std::move(parsed), kSource));
}

Result<ReadSpec> readYaml(std::string_view yaml) {
    const QString source = QStringLiteral("/virtual/spec.yaml");
    auto parsed = parseYaml(yaml, source);
    if (!parsed.ok())
        return parsed.error();
    return readSpec(specSet(std::move(parsed), source));
}

// A compact text for a type, so one QCOMPARE shows the whole shape on a mismatch:
// "Array[Model Pet]", "Map[Any]", "Union[String|Integer]?", "Enum Status".
std::string describe(const ApiModel &m, const Type &t) {
    std::string s;
    switch (t.kind) {
    case Type::Kind::Any:
        s = "Any";
        break;
    case Type::Kind::String:
        s = "String";
        break;
    case Type::Kind::Integer:
        s = "Integer";
        break;
    case Type::Kind::Number:
        s = "Number";
        break;
    case Type::Kind::Boolean:
        s = "Boolean";
        break;
    case Type::Kind::Null:
        s = "Null";
        break;
    case Type::Kind::Binary:
        s = "Binary";
        break;
    case Type::Kind::Array:
        s = "Array[" + (t.args.empty() ? std::string("?") : describe(m, t.args[0])) + "]";
        break;
    case Type::Kind::Map:
        s = "Map[" + (t.args.empty() ? std::string("?") : describe(m, t.args[0])) + "]";
        break;
    case Type::Kind::Model:
        s = "Model " + (t.index >= 0 && size_t(t.index) < m.models.size() ? m.models[size_t(t.index)].name
                                                                          : std::string("<bad index>"));
        break;
    case Type::Kind::Enum:
        s = "Enum " + (t.index >= 0 && size_t(t.index) < m.enums.size() ? m.enums[size_t(t.index)].name
                                                                        : std::string("<bad index>"));
        break;
    case Type::Kind::Union:
        s = "Union[";
        for (size_t i = 0; i < t.args.size(); ++i)
            s += (i ? "|" : "") + describe(m, t.args[i]);
        s += "]";
        break;
    }
    return t.nullable ? s + "?" : s;
}

QString q(const std::string &s) {
    return QString::fromStdString(s);
}

const Model *model(const ApiModel &m, std::string_view name) {
    for (const Model &x : m.models) {
        if (x.name == name)
            return &x;
    }
    return nullptr;
}

const Enum *enumNamed(const ApiModel &m, std::string_view name) {
    for (const Enum &x : m.enums) {
        if (x.name == name)
            return &x;
    }
    return nullptr;
}

const Property *prop(const Model *m, std::string_view name) {
    if (!m)
        return nullptr;
    for (const Property &p : m->properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

// "name:Type" for every property, in order, "!" after the name of a required one.
QString props(const ApiModel &api, const Model *m) {
    if (!m)
        return QStringLiteral("<no model>");
    QStringList out;
    for (const Property &p : m->properties)
        out << q(p.name + (p.required ? "!" : "") + ":" + describe(api, p.type));
    return out.join(QLatin1Char(' '));
}

QString propType(const ApiModel &api, const Model *m, std::string_view name) {
    const Property *p = prop(m, name);
    return p ? q(describe(api, p->type)) : QStringLiteral("<no property>");
}

const Operation *op(const ApiModel &m, std::string_view id) {
    for (const Operation &o : m.operations) {
        if (o.operationId == id)
            return &o;
    }
    return nullptr;
}

QStringList modelNames(const ApiModel &m) {
    QStringList out;
    for (const Model &x : m.models)
        out << q(x.name);
    return out;
}

QString warnings(const ReadSpec &r) {
    QStringList out;
    for (const SpecWarning &w : r.warnings)
        out << q(w.location + ": " + w.message);
    return out.join(QLatin1Char('\n'));
}

// Every index in every type points into the model: what the generator relies on.
bool indicesValid(const ApiModel &m, const Type &t) {
    if (t.kind == Type::Kind::Model && (t.index < 0 || size_t(t.index) >= m.models.size()))
        return false;
    if (t.kind == Type::Kind::Enum && (t.index < 0 || size_t(t.index) >= m.enums.size()))
        return false;
    if ((t.kind == Type::Kind::Array || t.kind == Type::Kind::Map) && t.args.size() != 1)
        return false;
    if (t.kind == Type::Kind::Union && t.args.size() < 2)
        return false;
    return std::all_of(t.args.begin(), t.args.end(), [&](const Type &a) { return indicesValid(m, a); });
}

bool allIndicesValid(const ApiModel &m) {
    for (const Model &x : m.models) {
        for (const Property &p : x.properties) {
            if (!indicesValid(m, p.type))
                return false;
        }
        if (x.hasAdditional && !indicesValid(m, x.additional))
            return false;
    }
    for (const Operation &o : m.operations) {
        for (const Parameter &p : o.parameters) {
            if (!indicesValid(m, p.type))
                return false;
        }
        if ((o.hasBody && !indicesValid(m, o.body.type)) || (o.hasResult && !indicesValid(m, o.result)))
            return false;
        if (o.pagination.kind != Pagination::Kind::None && !indicesValid(m, o.pagination.itemType))
            return false;
    }
    return true;
}

QString corpusDir() {
    return QStringLiteral(BIFROST_SOURCE_DIR "/tests/node_modules");
}

// One pet store in three dialects: the same API must read the same way.
const char *kPets20 = R"json({
  "swagger": "2.0",
  "info": {"title": "Pets", "version": "1.0"},
  "host": "api.example.com", "basePath": "/v1", "schemes": ["https", "http"],
  "consumes": ["application/json"], "produces": ["application/json"],
  "paths": {
    "/pets": {
      "get": {"operationId": "listPets",
        "parameters": [{"name": "limit", "in": "query", "type": "integer", "format": "int32"}],
        "responses": {"200": {"description": "ok", "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}}}}},
      "post": {"operationId": "createPet",
        "parameters": [{"name": "pet", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Pet"}}],
        "responses": {"201": {"description": "made", "schema": {"$ref": "#/definitions/Pet"}}}}
    },
    "/pets/{petId}": {
      "get": {"operationId": "showPet",
        "parameters": [{"name": "petId", "in": "path", "required": true, "type": "string"}],
        "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}},
                      "default": {"description": "err", "schema": {"$ref": "#/definitions/Error"}}}}
    }
  },
  "definitions": {
    "Pet": {"type": "object", "required": ["id", "name"],
      "properties": {"id": {"type": "integer", "format": "int64"}, "name": {"type": "string"},
                     "tag": {"type": "string", "x-nullable": true},
                     "status": {"type": "string", "enum": ["available", "sold"]}}},
    "Error": {"type": "object", "properties": {"code": {"type": "integer"}, "message": {"type": "string"}}}
  }
})json";

const char *kPets30 = R"json({
  "openapi": "3.0.3",
  "info": {"title": "Pets", "version": "1.0"},
  "servers": [{"url": "https://api.example.com/v1"}],
  "paths": {
    "/pets": {
      "get": {"operationId": "listPets",
        "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}},
      "post": {"operationId": "createPet",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
        "responses": {"201": {"description": "made", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}}
    },
    "/pets/{petId}": {
      "get": {"operationId": "showPet",
        "parameters": [{"name": "petId", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                      "default": {"description": "err", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}
    }
  },
  "components": {"schemas": {
    "Pet": {"type": "object", "required": ["id", "name"],
      "properties": {"id": {"type": "integer", "format": "int64"}, "name": {"type": "string"},
                     "tag": {"type": "string", "nullable": true},
                     "status": {"type": "string", "enum": ["available", "sold"]}}},
    "Error": {"type": "object", "properties": {"code": {"type": "integer"}, "message": {"type": "string"}}}
  }}
})json";

const char *kPets31 = R"json({
  "openapi": "3.1.0",
  "info": {"title": "Pets", "version": "1.0"},
  "servers": [{"url": "https://api.example.com/v1"}],
  "paths": {
    "/pets": {
      "get": {"operationId": "listPets",
        "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}},
      "post": {"operationId": "createPet",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
        "responses": {"201": {"description": "made", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}}
    },
    "/pets/{petId}": {
      "get": {"operationId": "showPet",
        "parameters": [{"name": "petId", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                      "default": {"description": "err", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}
    }
  },
  "components": {"schemas": {
    "Pet": {"type": "object", "required": ["id", "name"],
      "properties": {"id": {"type": "integer", "format": "int64"}, "name": {"type": "string"},
                     "tag": {"type": ["string", "null"]},
                     "status": {"type": "string", "enum": ["available", "sold"]}}},
    "Error": {"type": "object", "properties": {"code": {"type": "integer"}, "message": {"type": "string"}}}
  }}
})json";

// A 3.x document around `components` and `paths` members, in either 3.0 or 3.1.
std::string spec3(std::string_view version, std::string_view paths, std::string_view components = "{}") {
    return R"({"openapi": ")" + std::string(version) +
           R"(", "info": {"title": "T", "version": "1"}, "paths": )" + std::string(paths) +
           R"(, "components": )" + std::string(components) + "}";
}

std::string schemas3(std::string_view version, std::string_view schemas) {
    return spec3(version, "{}", R"({"schemas": )" + std::string(schemas) + "}");
}

std::string spec2(std::string_view paths, std::string_view definitions = "{}", std::string_view extra = "") {
    return R"({"swagger": "2.0", "info": {"title": "T", "version": "1"}, )" + std::string(extra) +
           R"("paths": )" + std::string(paths) + R"(, "definitions": )" + std::string(definitions) + "}";
}

} // namespace

void TestSpecReader::versions_data() {
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("version");
    QTest::newRow("swagger 2.0") << QStringLiteral(R"("swagger": "2.0")") << QStringLiteral("2.0");
    QTest::newRow("openapi 3.0.0") << QStringLiteral(R"("openapi": "3.0.0")") << QStringLiteral("3.0.0");
    QTest::newRow("openapi 3.0.3") << QStringLiteral(R"("openapi": "3.0.3")") << QStringLiteral("3.0.3");
    QTest::newRow("openapi 3.1.0") << QStringLiteral(R"("openapi": "3.1.0")") << QStringLiteral("3.1.0");
    QTest::newRow("openapi 3.1.1") << QStringLiteral(R"("openapi": "3.1.1")") << QStringLiteral("3.1.1");
}

void TestSpecReader::versions() {
    QFETCH(QString, header);
    QFETCH(QString, version);
    const std::string json =
        "{" + header.toStdString() + R"(, "info": {"title": "T", "version": "7"}, "paths": {}})";
    const auto r = readJson(json);
    REQUIRE_OK(r);
    QCOMPARE(q(r->model.specVersion), version);
    QCOMPARE(q(r->model.title), QStringLiteral("T"));
    QCOMPARE(q(r->model.version), QStringLiteral("7"));
    QVERIFY(r->warnings.empty());
}

void TestSpecReader::fatalErrors_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected"); // a regular expression the message must match
    QTest::newRow("swagger 1.2") << QStringLiteral(R"({"swagger": "1.2", "paths": {}})")
                                 << QStringLiteral(
                                        R"(spec\.json:1:\d+: .*"1\.2".*Swagger 2\.0, OpenAPI 3\.0)");
    QTest::newRow("openapi 4") << QStringLiteral(R"({"openapi": "4.0.0", "paths": {}})")
                               << QStringLiteral(R"(spec\.json:1:\d+: .*"4\.0\.0".*OpenAPI 3\.1)");
    QTest::newRow("openapi 3.10") << QStringLiteral(R"({"openapi": "3.10.0", "paths": {}})")
                                  << QStringLiteral(R"(unsupported OpenAPI version "3\.10\.0")");
    QTest::newRow("no version") << QStringLiteral(R"({"info": {}, "paths": {}})")
                                << QStringLiteral(R"(spec\.json:1:1: not an OpenAPI or Swagger document)");
    QTest::newRow("array") << QStringLiteral(R"([1, 2])")
                           << QStringLiteral(R"(spec\.json:1:1: not an OpenAPI)");
    QTest::newRow("no paths 3.0") << QStringLiteral(R"({"openapi": "3.0.1", "info": {}})")
                                  << QStringLiteral(R"(spec\.json:1:1: .*no "paths")");
    QTest::newRow("no paths 2.0") << QStringLiteral(R"({"swagger": "2.0"})")
                                  << QStringLiteral(R"(no "paths")");
    QTest::newRow("paths not object") << QStringLiteral("{\"swagger\": \"2.0\",\n \"paths\": [1]}")
                                      << QStringLiteral(R"(spec\.json:2:\d+: "paths" must be an object)");
}

void TestSpecReader::fatalErrors() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const auto r = readJson(json.toStdString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(QRegularExpression(expected)), qPrintable(r.error().message));
}

void TestSpecReader::openapi31WithoutPaths() {
    const auto r = readJson(R"({"openapi": "3.1.0", "info": {"title": "W", "version": "1"},
        "webhooks": {"x": {"post": {"responses": {"200": {"description": "ok"}}}}}})");
    REQUIRE_OK(r);
    QVERIFY(r->model.operations.empty());
}

void TestSpecReader::petStoreInEveryVersion_data() {
    QTest::addColumn<QString>("version");
    QTest::newRow("2.0") << QStringLiteral("2.0");
    QTest::newRow("3.0") << QStringLiteral("3.0");
    QTest::newRow("3.1") << QStringLiteral("3.1");
}

void TestSpecReader::petStoreInEveryVersion() {
    QFETCH(QString, version);
    const char *text = version == QLatin1String("2.0")   ? kPets20
                       : version == QLatin1String("3.0") ? kPets30
                                                         : kPets31;
    const auto r = readJson(text);
    REQUIRE_OK(r);
    QVERIFY2(r->warnings.empty(), qPrintable(warnings(*r)));
    const ApiModel &m = r->model;
    QCOMPARE(modelNames(m), (QStringList{QStringLiteral("Pet"), QStringLiteral("Error")}));
    QCOMPARE(props(m, model(m, "Pet")),
             QStringLiteral("id!:Integer name!:String tag:String? status:Enum PetStatus"));
    QCOMPARE(prop(model(m, "Pet"), "id")->type.format, std::string("int64"));
    QCOMPARE(m.enums.size(), size_t(1));
    QCOMPARE(m.enums[0].values, (std::vector<std::string>{"available", "sold"}));
    QCOMPARE(m.servers, std::vector<std::string>{"https://api.example.com/v1"});

    QCOMPARE(m.operations.size(), size_t(3));
    QCOMPARE(q(m.operations[0].operationId + " " + m.operations[0].method), QStringLiteral("listPets get"));
    QCOMPARE(q(m.operations[1].operationId + " " + m.operations[1].method), QStringLiteral("createPet post"));
    QCOMPARE(q(m.operations[2].operationId + " " + m.operations[2].path),
             QStringLiteral("showPet /pets/{petId}"));
    const Operation *list = op(m, "listPets");
    QCOMPARE(q(describe(m, list->result)), QStringLiteral("Array[Model Pet]"));
    QCOMPARE(q(list->resultContentType), QStringLiteral("application/json"));
    QCOMPARE(list->parameters.size(), size_t(1));
    QCOMPARE(q(describe(m, list->parameters[0].type)), QStringLiteral("Integer"));
    QVERIFY(!list->parameters[0].required);
    QVERIFY(!list->hasBody);
    QCOMPARE(list->pagination.kind, Pagination::Kind::None);
    const Operation *create = op(m, "createPet");
    QVERIFY(create->hasBody);
    QCOMPARE(create->body.kind, RequestBody::Kind::Json);
    QCOMPARE(q(create->body.contentType), QStringLiteral("application/json"));
    QVERIFY(create->body.required);
    QCOMPARE(q(describe(m, create->body.type)), QStringLiteral("Model Pet"));
    QCOMPARE(q(describe(m, create->result)), QStringLiteral("Model Pet"));
    const Operation *show = op(m, "showPet");
    QCOMPARE(show->parameters[0].in, Parameter::In::Path);
    QVERIFY(show->parameters[0].required);
    QCOMPARE(q(describe(m, show->result)), QStringLiteral("Model Pet"));
    QVERIFY(allIndicesValid(m));
}

void TestSpecReader::componentOrderAndAliases() {
    // Zebra is referenced before it is defined and before Apple: components still come in spec
    // order, each once; inline models come after them; aliases resolve to their type.
    const auto r = readJson(schemas3("3.0.3", R"({
        "Zoo": {"type": "object", "properties": {
            "zebra": {"$ref": "#/components/schemas/Zebra"},
            "keeper": {"type": "object", "properties": {"name": {"type": "string"}}},
            "tags": {"$ref": "#/components/schemas/Tags"},
            "code": {"$ref": "#/components/schemas/Code"},
            "zebras": {"$ref": "#/components/schemas/Zebras"},
            "again": {"$ref": "#/components/schemas/Zebra"}}},
        "Tags": {"type": "array", "items": {"type": "string"}},
        "Code": {"type": "string", "format": "uuid"},
        "Zebras": {"type": "array", "items": {"$ref": "#/components/schemas/Zebra"}},
        "Zebra": {"type": "object", "properties": {"stripes": {"type": "integer"}, "b": {"type": "string"}, "a": {"type": "string"}}},
        "Apple": {"properties": {"z": {"type": "string"}}}
    })"));
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    QCOMPARE(modelNames(m), (QStringList{QStringLiteral("Zoo"), QStringLiteral("Zebra"),
                                         QStringLiteral("Apple"), QStringLiteral("ZooKeeper")}));
    QCOMPARE(props(m, model(m, "Zoo")),
             QStringLiteral("zebra:Model Zebra keeper:Model ZooKeeper tags:Array[String] code:String "
                            "zebras:Array[Model Zebra] again:Model Zebra"));
    QCOMPARE(prop(model(m, "Zoo"), "code")->type.format, std::string("uuid"));
    QCOMPARE(props(m, model(m, "Zebra")), QStringLiteral("stripes:Integer b:String a:String")); // spec order
    QVERIFY(allIndicesValid(m));
}

void TestSpecReader::circularReferences() {
    for (const char *version : {"3.0.3", "3.1.0"}) {
        const auto r = readJson(schemas3(version, R"({
            "Node": {"type": "object", "properties": {
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                "parent": {"$ref": "#/components/schemas/Node"}}},
            "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
            "Loop": {"type": "array", "items": {"$ref": "#/components/schemas/Loop"}},
            "R1": {"$ref": "#/components/schemas/R2"},
            "R2": {"$ref": "#/components/schemas/R1"},
            "Holder": {"type": "object", "properties": {"loop": {"$ref": "#/components/schemas/Loop"},
                                                        "r": {"$ref": "#/components/schemas/R1"}}},
            "Tree": {"oneOf": [{"$ref": "#/components/schemas/Leaf"}, {"$ref": "#/components/schemas/Branch"}]},
            "Leaf": {"type": "object", "properties": {"value": {"type": "string"}}},
            "Branch": {"type": "object", "properties": {"kids": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}}
        })"));
        REQUIRE_OK(r);
        const ApiModel &m = r->model;
        QCOMPARE(props(m, model(m, "Node")), QStringLiteral("children:Array[Model Node] parent:Model Node"));
        QCOMPARE(props(m, model(m, "A")), QStringLiteral("b:Model B"));
        QCOMPARE(props(m, model(m, "B")), QStringLiteral("a:Model A"));
        // A cycle that no object breaks keeps the inner level as parsed JSON.
        QCOMPARE(propType(m, model(m, "Holder"), "loop"), QStringLiteral("Array[Any]"));
        QCOMPARE(propType(m, model(m, "Holder"), "r"), QStringLiteral("Any"));
        QCOMPARE(propType(m, model(m, "Branch"), "kids"),
                 QStringLiteral("Array[Union[Model Leaf|Model Branch]]"));
        QCOMPARE(modelNames(m),
                 (QStringList{QStringLiteral("Node"), QStringLiteral("A"), QStringLiteral("B"),
                              QStringLiteral("Holder"), QStringLiteral("Leaf"), QStringLiteral("Branch")}));
        QVERIFY(allIndicesValid(m));
    }
    // Swagger 2.0 definitions the same way.
    const auto r = readJson(spec2("{}", R"({"Person": {"type": "object", "properties": {
        "friends": {"type": "array", "items": {"$ref": "#/definitions/Person"}}}}})"));
    REQUIRE_OK(r);
    QCOMPARE(props(r->model, model(r->model, "Person")), QStringLiteral("friends:Array[Model Person]"));
}

void TestSpecReader::allOfMerged() {
    const auto r = readJson(schemas3("3.0.3", R"({
        "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "kind": {"type": "string"}},
                 "discriminator": {"propertyName": "kind"}},
        "Dog": {"allOf": [{"$ref": "#/components/schemas/Base"},
                          {"type": "object", "required": ["bark"], "properties": {"bark": {"type": "boolean"}, "kind": {"type": "string", "enum": ["dog"]}}}]},
        "Puppy": {"allOf": [{"$ref": "#/components/schemas/Dog"}, {"properties": {"age": {"type": "integer"}}}], "required": ["age"]},
        "Described": {"allOf": [{"$ref": "#/components/schemas/Base"}], "description": "only decorates Base"},
        "Owner": {"type": "object", "properties": {
            "pet": {"allOf": [{"$ref": "#/components/schemas/Dog"}], "nullable": true},
            "id": {"allOf": [{"$ref": "#/components/schemas/Id"}, {"description": "the owner"}]}}},
        "Id": {"type": "string", "format": "uuid"},
        "Diamond": {"allOf": [{"$ref": "#/components/schemas/Dog"}, {"$ref": "#/components/schemas/Base"}]},
        "SelfMerge": {"allOf": [{"$ref": "#/components/schemas/SelfMerge"}, {"properties": {"x": {"type": "string"}}}]}
    })"));
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    QCOMPARE(props(m, model(m, "Dog")), QStringLiteral("id!:String kind:Enum DogKind bark!:Boolean"));
    QCOMPARE(model(m, "Dog")->discriminator, std::string("kind"));
    QCOMPARE(props(m, model(m, "Puppy")),
             QStringLiteral("id!:String kind:Enum DogKind bark!:Boolean age!:Integer"));
    QVERIFY(!model(m, "Described")); // the allOf of one reference is that reference
    QCOMPARE(propType(m, model(m, "Owner"), "pet"), QStringLiteral("Model Dog?"));
    QCOMPARE(propType(m, model(m, "Owner"), "id"), QStringLiteral("String"));
    QCOMPARE(props(m, model(m, "Diamond")), QStringLiteral("id!:String kind:Enum DogKind bark!:Boolean"));
    QCOMPARE(props(m, model(m, "SelfMerge")), QStringLiteral("x:String"));
    QVERIFY(allIndicesValid(m));

    // Swagger 2.0 allOf the same way.
    const auto r2 = readJson(spec2("{}", R"({
        "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
        "Cat": {"allOf": [{"$ref": "#/definitions/Base"}, {"type": "object", "required": ["id"], "properties": {"lives": {"type": "integer"}}}]}})"));
    REQUIRE_OK(r2);
    QCOMPARE(props(r2->model, model(r2->model, "Cat")), QStringLiteral("id!:String lives:Integer"));
}

void TestSpecReader::unions_data() {
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("expected");
    const QString v30 = QStringLiteral("3.0.3"), v31 = QStringLiteral("3.1.0");
    QTest::newRow("oneOf refs")
        << v30
        << QStringLiteral(
               R"({"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]})")
        << QStringLiteral("Union[Model Cat|Model Dog]");
    QTest::newRow("anyOf scalars") << v30
                                   << QStringLiteral(
                                          R"({"anyOf": [{"type": "string"}, {"type": "integer"}]})")
                                   << QStringLiteral("Union[String|Integer]");
    QTest::newRow("single member collapses")
        << v30 << QStringLiteral(R"({"oneOf": [{"$ref": "#/components/schemas/Cat"}]})")
        << QStringLiteral("Model Cat");
    QTest::newRow("member plus null 3.1")
        << v31 << QStringLiteral(R"({"anyOf": [{"$ref": "#/components/schemas/Cat"}, {"type": "null"}]})")
        << QStringLiteral("Model Cat?");
    QTest::newRow("member plus nullable enum")
        << v30 << QStringLiteral(R"({"oneOf": [{"type": "string"}, {"enum": [null]}]})")
        << QStringLiteral("String?");
    QTest::newRow("duplicates dropped")
        << v30
        << QStringLiteral(
               R"({"oneOf": [{"type": "string"}, {"type": "string", "format": "date"}, {"type": "integer"}]})")
        << QStringLiteral("Union[String|Integer]");
    QTest::newRow("constraints only")
        << v30
        << QStringLiteral(
               R"({"type": "object", "properties": {"a": {"type": "string"}}, "anyOf": [{"required": ["a"]}, {"required": ["b"]}]})")
        << QStringLiteral("Model UOwnerValue");
    QTest::newRow("any member") << v30 << QStringLiteral(R"({"oneOf": [{"type": "string"}, {}]})")
                                << QStringLiteral("String");
    QTest::newRow("true member") << v31 << QStringLiteral(R"({"oneOf": [{"type": "string"}, true]})")
                                 << QStringLiteral("Any");
    QTest::newRow("type list nullable")
        << v31 << QStringLiteral(R"({"type": ["string", "null"]})") << QStringLiteral("String?");
    QTest::newRow("type list union") << v31 << QStringLiteral(R"({"type": ["string", "integer", "null"]})")
                                     << QStringLiteral("Union[String|Integer]?");
    QTest::newRow("nested unions flatten")
        << v30
        << QStringLiteral(
               R"({"oneOf": [{"anyOf": [{"type": "string"}, {"type": "boolean"}]}, {"type": "number"}]})")
        << QStringLiteral("Union[String|Boolean|Number]");
    QTest::newRow("inline object member")
        << v30
        << QStringLiteral(
               R"({"oneOf": [{"type": "object", "properties": {"x": {"type": "string"}}}, {"type": "string"}]})")
        << QStringLiteral("Union[Model UOwnerValueOption1|String]");
}

void TestSpecReader::unions() {
    QFETCH(QString, version);
    QFETCH(QString, schema);
    QFETCH(QString, expected);
    const std::string schemas = R"({"Cat": {"type": "object", "properties": {"meow": {"type": "string"}}},
        "Dog": {"type": "object", "properties": {"bark": {"type": "string"}}},
        "U": {"type": "object", "properties": {"owner": {"type": "object", "properties": {"value": )" +
                                schema.toStdString() + "}}}}}";
    const auto r = readJson(schemas3(version.toStdString(), schemas));
    REQUIRE_OK(r);
    QCOMPARE(propType(r->model, model(r->model, "UOwner"), "value"), expected);
    QVERIFY2(r->warnings.empty(), qPrintable(warnings(*r)));
    QVERIFY(allIndicesValid(r->model));
}

void TestSpecReader::nullability() {
    const auto r30 = readJson(schemas3("3.0.3", R"({"N": {"type": "object", "properties": {
        "a": {"type": "string", "nullable": true}, "b": {"$ref": "#/components/schemas/M", "nullable": true},
        "c": {"type": "array", "items": {"type": "integer", "nullable": true}}, "d": {"type": "string"}}},
        "M": {"type": "object", "properties": {"x": {"type": "string"}}}})"));
    REQUIRE_OK(r30);
    QCOMPARE(props(r30->model, model(r30->model, "N")),
             QStringLiteral("a:String? b:Model M? c:Array[Integer?] d:String"));
    // The referenced model itself is not nullable everywhere.
    QCOMPARE(props(r30->model, model(r30->model, "M")), QStringLiteral("x:String"));

    const auto r20 = readJson(spec2("{}", R"({"N": {"type": "object", "properties": {
        "a": {"type": "string", "x-nullable": true}, "b": {"type": "integer"}}}})"));
    REQUIRE_OK(r20);
    QCOMPARE(props(r20->model, model(r20->model, "N")), QStringLiteral("a:String? b:Integer"));

    const auto r31 = readJson(schemas3("3.1.0", R"({"N": {"type": "object", "properties": {
        "a": {"type": ["string", "null"]}, "b": {"type": ["object", "null"], "properties": {"y": {"type": "number"}}},
        "c": {"type": "null"}, "d": {"type": ["array", "null"], "items": {"type": "string"}}}}})"));
    REQUIRE_OK(r31);
    QCOMPARE(props(r31->model, model(r31->model, "N")),
             QStringLiteral("a:String? b:Model NB? c:Any? d:Array[String]?"));
}

void TestSpecReader::additionalProperties() {
    for (const char *version : {"3.0.3", "3.1.0"}) {
        const auto r = readJson(schemas3(version, R"({
            "Labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "Anything": {"type": "object", "additionalProperties": true},
            "Empty": {"type": "object"},
            "Mixed": {"type": "object", "properties": {"id": {"type": "string"}}, "additionalProperties": {"type": "integer"}},
            "Open": {"type": "object", "properties": {"id": {"type": "string"}}, "additionalProperties": true},
            "Closed": {"type": "object", "properties": {"id": {"type": "string"}}, "additionalProperties": false},
            "Holder": {"type": "object", "properties": {
                "labels": {"$ref": "#/components/schemas/Labels"},
                "anything": {"$ref": "#/components/schemas/Anything"},
                "empty": {"$ref": "#/components/schemas/Empty"},
                "byName": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Mixed"}},
                "nested": {"additionalProperties": {"type": "object", "properties": {"n": {"type": "integer"}}}}}}
        })"));
        REQUIRE_OK(r);
        const ApiModel &m = r->model;
        QCOMPARE(modelNames(m),
                 (QStringList{QStringLiteral("Mixed"), QStringLiteral("Open"), QStringLiteral("Closed"),
                              QStringLiteral("Holder"), QStringLiteral("HolderNestedValue")}));
        QCOMPARE(props(m, model(m, "Holder")),
                 QStringLiteral("labels:Map[String] anything:Map[Any] empty:Map[Any] byName:Map[Model Mixed] "
                                "nested:Map[Model HolderNestedValue]"));
        QVERIFY(model(m, "Mixed")->hasAdditional);
        QCOMPARE(q(describe(m, model(m, "Mixed")->additional)), QStringLiteral("Integer"));
        QVERIFY(!model(m, "Open")->hasAdditional);
        QVERIFY(!model(m, "Closed")->hasAdditional);
        QVERIFY(allIndicesValid(m));
    }
}

void TestSpecReader::enumEdgeCases() {
    const auto r = readJson(schemas3("3.0.3", R"({
        "Dupes": {"type": "string", "enum": ["a", "b", "a", "b", "c"]},
        "Keywords": {"type": "string", "enum": ["class", "from", "None", "True", "-1", "", "1st", "a-b", "A_B", "a b"]},
        "Ints": {"type": "integer", "enum": [-1, 0, 1, 1, 200]},
        "Numbers": {"type": "number", "enum": [1.5, 2, -0.25]},
        "Bools": {"type": "boolean", "enum": [true, false, true]},
        "WithNull": {"type": "string", "nullable": true, "enum": ["x", null]},
        "NumbersAsStrings": {"type": "string", "enum": [1, "1", 2]},
        "Untyped": {"enum": [3, 4]},
        "Mixed": {"enum": ["a", 1, true]},
        "OnlyNull": {"enum": [null]},
        "Empty": {"type": "string", "enum": []},
        "Holder": {"type": "object", "properties": {
            "state": {"type": "string", "enum": ["on", "off"]},
            "list": {"type": "array", "items": {"type": "string", "enum": ["x", "y"]}},
            "dupes": {"$ref": "#/components/schemas/Dupes"},
            "onlyNull": {"$ref": "#/components/schemas/OnlyNull"},
            "empty": {"$ref": "#/components/schemas/Empty"}}}
    })"));
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    QCOMPARE(enumNamed(m, "Dupes")->values, (std::vector<std::string>{"a", "b", "c"}));
    QCOMPARE(
        enumNamed(m, "Keywords")->values,
        (std::vector<std::string>{"class", "from", "None", "True", "-1", "", "1st", "a-b", "A_B", "a b"}));
    QCOMPARE(enumNamed(m, "Ints")->base, Type::Kind::Integer);
    QCOMPARE(enumNamed(m, "Ints")->values, (std::vector<std::string>{"-1", "0", "1", "200"}));
    QCOMPARE(enumNamed(m, "Numbers")->base, Type::Kind::Number);
    QCOMPARE(enumNamed(m, "Numbers")->values, (std::vector<std::string>{"1.5", "2", "-0.25"}));
    QCOMPARE(enumNamed(m, "Bools")->base, Type::Kind::Boolean);
    QCOMPARE(enumNamed(m, "Bools")->values, (std::vector<std::string>{"true", "false"}));
    QVERIFY(enumNamed(m, "WithNull")->nullable);
    QCOMPARE(enumNamed(m, "WithNull")->values, std::vector<std::string>{"x"});
    QCOMPARE(enumNamed(m, "NumbersAsStrings")->base, Type::Kind::String);
    QCOMPARE(enumNamed(m, "NumbersAsStrings")->values, (std::vector<std::string>{"1", "2"}));
    QCOMPARE(enumNamed(m, "Untyped")->base, Type::Kind::Integer);
    QCOMPARE(enumNamed(m, "Mixed")->base, Type::Kind::String);
    QVERIFY(!enumNamed(m, "OnlyNull"));
    QVERIFY(!enumNamed(m, "Empty"));
    // Component enums first in spec order, then inline ones named after where they occur.
    QStringList names;
    for (const Enum &e : m.enums)
        names << q(e.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Dupes"), QStringLiteral("Keywords"), QStringLiteral("Ints"),
                                 QStringLiteral("Numbers"), QStringLiteral("Bools"),
                                 QStringLiteral("WithNull"), QStringLiteral("NumbersAsStrings"),
                                 QStringLiteral("Untyped"), QStringLiteral("Mixed"),
                                 QStringLiteral("HolderState"), QStringLiteral("HolderListItem")}));
    QCOMPARE(props(m, model(m, "Holder")),
             QStringLiteral(
                 "state:Enum HolderState list:Array[Enum HolderListItem] dupes:Enum Dupes onlyNull:Any? "
                 "empty:String"));
    QVERIFY(allIndicesValid(m));
}

void TestSpecReader::binaryAndConst() {
    const auto r = readJson(schemas3("3.1.0", R"({"F": {"type": "object", "properties": {
        "data": {"type": "string", "format": "binary"}, "b64": {"type": "string", "format": "byte"},
        "kind": {"const": "file"}, "version": {"const": 2}, "nothing": {"const": null},
        "untypedBinary": {"format": "binary"}}}})"));
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    QCOMPARE(props(m, model(m, "F")),
             QStringLiteral("data:Binary b64:String kind:Enum FKind version:Enum FVersion "
                            "nothing:Any? untypedBinary:Binary"));
    QCOMPARE(enumNamed(m, "FKind")->values, std::vector<std::string>{"file"});
    QCOMPARE(enumNamed(m, "FVersion")->base, Type::Kind::Integer);

    const auto r2 =
        readJson(spec2(R"({"/up": {"post": {"operationId": "up", "consumes": ["multipart/form-data"],
        "parameters": [{"name": "file", "in": "formData", "type": "file", "required": true}],
        "responses": {"200": {"description": "ok", "schema": {"type": "file"}}}}}})",
                       "{}", R"("produces": ["application/json", "application/pdf"], )"));
    REQUIRE_OK(r2);
    const Operation *up = op(r2->model, "up");
    QCOMPARE(q(describe(r2->model, up->result)), QStringLiteral("Binary"));
    QCOMPARE(q(up->resultContentType), QStringLiteral("application/pdf"));
}

void TestSpecReader::inlineNames() {
    const auto r = readJson(spec3("3.0.3", R"({
        "/things": {"post": {"operationId": "create-thing",
            "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
                "name": {"type": "string"}, "mode": {"type": "string", "enum": ["a", "b"]}}}}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object",
                "properties": {"id": {"type": "string"}, "owner": {"type": "object", "properties": {"x": {"type": "string"}}}}}}}}}}},
        "/things/{id}": {"get": {
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                           {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array",
                "items": {"type": "object", "properties": {"k": {"type": "string"}}}}}}}}}}
    })"));
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    QCOMPARE(
        modelNames(m),
        (QStringList{QStringLiteral("CreateThingBody"), QStringLiteral("CreateThingResponse"),
                     QStringLiteral("CreateThingResponseOwner"), QStringLiteral("GetThingsIdResponseItem")}));
    QStringList enums;
    for (const Enum &e : m.enums)
        enums << q(e.name);
    QCOMPARE(enums, (QStringList{QStringLiteral("CreateThingBodyMode"), QStringLiteral("GetThingsIdSort")}));
    QVERIFY(op(m, "")->location.find("spec.json:") != std::string::npos);
    QCOMPARE(q(model(m, "CreateThingBody")->location).section(QLatin1Char(':'), 0, 0), kSource);
}

void TestSpecReader::parametersMerged() {
    const auto check = [](const Result<ReadSpec> &r) {
        REQUIRE_OK(r);
        const ApiModel &m = r->model;
        const Operation *o = op(m, "getItem");
        QVERIFY(o);
        QStringList ps;
        for (const Parameter &p : o->parameters)
            ps << q(p.name + "@" + std::to_string(int(p.in)) + (p.required ? "!" : "") + ":" +
                    describe(m, p.type) + (p.type.kind == Type::Kind::Array && !p.explode ? " csv" : ""));
        // id from the path level (replaced by the operation's), trace header from a $ref, the
        // operation's own filter, a path-level query param kept.
        QCOMPARE(ps.join(QLatin1Char(' ')),
                 QStringLiteral("id@0!:Integer trace@2:String verbose@1:Boolean filter@1:Array[String] csv"));
        QVERIFY2(r->warnings.size() == 1, qPrintable(warnings(*r)));
        QVERIFY(r->warnings[0].message.find("parameter") != std::string::npos);
    };
    check(readJson(spec3(
        "3.0.3", R"({"/items/{id}": {
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                       {"$ref": "#/components/parameters/Trace"},
                       {"name": "verbose", "in": "query", "schema": {"type": "boolean"}}],
        "get": {"operationId": "getItem", "parameters": [
            {"name": "id", "in": "path", "schema": {"type": "integer"}},
            {"name": "filter", "in": "query", "explode": false, "schema": {"type": "array", "items": {"type": "string"}}},
            {"in": "query"}],
          "responses": {"204": {"description": "none"}}}}})",
        R"({"parameters": {"Trace": {"name": "trace", "in": "header", "schema": {"type": "string"}}}})")));
    check(readJson(
        spec2(R"({"/items/{id}": {
        "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"},
                       {"$ref": "#/parameters/Trace"},
                       {"name": "verbose", "in": "query", "type": "boolean"}],
        "get": {"operationId": "getItem", "parameters": [
            {"name": "id", "in": "path", "required": true, "type": "integer"},
            {"name": "filter", "in": "query", "type": "array", "items": {"type": "string"}},
            {"in": "query"}],
          "responses": {"204": {"description": "none"}}}}})",
              "{}", R"("parameters": {"Trace": {"name": "trace", "in": "header", "type": "string"}}, )")));
    // A shared parameter's inline enum is named after the component.
    const auto r = readJson(spec3(
        "3.0.3",
        R"({"/a": {"get": {"operationId": "a", "parameters": [{"$ref": "#/components/parameters/sort-order"},
        {"name": "Authorization", "in": "header", "schema": {"type": "string"}}, {"name": "accept", "in": "header", "schema": {"type": "string"}}],
        "responses": {"204": {"description": "x"}}}}, "/b": {"get": {"operationId": "b", "parameters": [{"$ref": "#/components/parameters/sort-order"}],
        "responses": {"204": {"description": "x"}}}}})",
        R"({"parameters": {"sort-order": {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}}}})"));
    REQUIRE_OK(r);
    QCOMPARE(r->model.enums.size(), size_t(1));
    QCOMPARE(q(r->model.enums[0].name), QStringLiteral("SortOrder"));
    QCOMPARE(op(r->model, "a")->parameters.size(),
             size_t(1)); // OpenAPI 3 ignores Accept/Authorization headers
    QCOMPARE(q(describe(r->model, op(r->model, "b")->parameters[0].type)), QStringLiteral("Enum SortOrder"));
}

void TestSpecReader::swagger2Bodies() {
    const auto r = readJson(spec2(R"({
        "/form": {"post": {"operationId": "form", "consumes": ["application/x-www-form-urlencoded"],
            "parameters": [{"name": "user", "in": "formData", "type": "string", "required": true},
                           {"name": "age", "in": "formData", "type": "integer"}],
            "responses": {"204": {"description": "ok"}}}},
        "/upload": {"post": {"operationId": "upload",
            "parameters": [{"name": "note", "in": "formData", "type": "string"},
                           {"name": "file", "in": "formData", "type": "file"}],
            "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}},
        "/raw": {"put": {"operationId": "raw", "consumes": ["application/xml", "application/vnd.api+json"],
            "parameters": [{"name": "body", "in": "body", "schema": {"type": "object", "properties": {"a": {"type": "string"}}}}],
            "responses": {"200": {"description": "ok"}}}}
    })"));
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    const Operation *form = op(m, "form");
    QVERIFY(form->hasBody);
    QCOMPARE(form->body.kind, RequestBody::Kind::Form);
    QCOMPARE(q(form->body.contentType), QStringLiteral("application/x-www-form-urlencoded"));
    QVERIFY(form->body.required);
    QCOMPARE(q(describe(m, form->body.type)), QStringLiteral("Model FormBody"));
    QCOMPARE(props(m, model(m, "FormBody")), QStringLiteral("user!:String age:Integer"));
    QVERIFY(form->parameters.empty());
    QVERIFY(!form->hasResult);
    const Operation *upload = op(m, "upload");
    QCOMPARE(upload->body.kind, RequestBody::Kind::Multipart);
    QCOMPARE(q(upload->body.contentType), QStringLiteral("multipart/form-data"));
    QCOMPARE(props(m, model(m, "UploadBody")), QStringLiteral("note:String file:Binary"));
    QCOMPARE(q(describe(m, upload->result)), QStringLiteral("String"));
    const Operation *raw = op(m, "raw");
    QCOMPARE(raw->body.kind, RequestBody::Kind::Json);
    QCOMPARE(q(raw->body.contentType), QStringLiteral("application/vnd.api+json"));
    QCOMPARE(q(describe(m, raw->body.type)), QStringLiteral("Model RawBody"));
    QVERIFY(!raw->hasResult);
    QVERIFY(allIndicesValid(m));
}

void TestSpecReader::requestBodies3() {
    for (const char *version : {"3.0.3", "3.1.0"}) {
        const auto r = readJson(
            spec3(version, R"({
            "/a": {"post": {"operationId": "jsonFirst", "requestBody": {"content": {
                "application/xml": {"schema": {"type": "string"}},
                "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Thing"}},
                "application/merge-patch+json; charset=utf-8": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
              "responses": {"200": {"description": "ok"}}}},
            "/b": {"post": {"operationId": "formOverMultipart", "requestBody": {"content": {
                "multipart/form-data": {"schema": {"$ref": "#/components/schemas/Thing"}},
                "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
              "responses": {"200": {"description": "ok"}}}},
            "/c": {"post": {"operationId": "octets", "requestBody": {"$ref": "#/components/requestBodies/Bytes"},
              "responses": {"200": {"description": "ok"}}}},
            "/d": {"post": {"operationId": "text", "requestBody": {"content": {"text/plain": {}, "image/png": {}}},
              "responses": {"200": {"description": "ok"}}}},
            "/e": {"post": {"operationId": "multipart", "requestBody": {"content": {"multipart/form-data": {"schema": {
                "type": "object", "properties": {"file": {"type": "string", "format": "binary"}, "name": {"type": "string"}}}}}},
              "responses": {"200": {"description": "ok"}}}},
            "/f": {"post": {"operationId": "broken", "requestBody": {"$ref": "#/components/requestBodies/Missing"},
              "responses": {"200": {"description": "ok"}}}}
        })",
                  R"({"schemas": {"Thing": {"type": "object", "properties": {"a": {"type": "string"}}}},
                "requestBodies": {"Bytes": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}})"));
        REQUIRE_OK(r);
        const ApiModel &m = r->model;
        const Operation *a = op(m, "jsonFirst");
        QCOMPARE(a->body.kind, RequestBody::Kind::Json);
        QCOMPARE(q(a->body.contentType), QStringLiteral("application/merge-patch+json; charset=utf-8"));
        QCOMPARE(q(describe(m, a->body.type)), QStringLiteral("Model Thing"));
        QCOMPARE(op(m, "formOverMultipart")->body.kind, RequestBody::Kind::Form);
        const Operation *c = op(m, "octets");
        QCOMPARE(c->body.kind, RequestBody::Kind::Binary);
        QVERIFY(c->body.required);
        QCOMPARE(q(describe(m, c->body.type)), QStringLiteral("Binary"));
        QCOMPARE(op(m, "text")->body.kind, RequestBody::Kind::Text);
        QCOMPARE(q(describe(m, op(m, "text")->body.type)), QStringLiteral("String"));
        const Operation *e = op(m, "multipart");
        QCOMPARE(e->body.kind, RequestBody::Kind::Multipart);
        QCOMPARE(props(m, model(m, "MultipartBody")), QStringLiteral("file:Binary name:String"));
        QVERIFY(!op(m, "broken")->hasBody);
        QCOMPARE(r->warnings.size(), size_t(1));
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^/virtual/spec\.json:\d+:\d+$)"))
                     .match(q(r->warnings[0].location))
                     .hasMatch(),
                 r->warnings[0].location.c_str());
        QVERIFY2(r->warnings[0].message.find("request body skipped") != std::string::npos,
                 r->warnings[0].message.c_str());
    }
}

void TestSpecReader::results() {
    const auto r = readJson(spec3(
        "3.0.3", R"({
        "/a": {"get": {"operationId": "lowest", "responses": {
            "202": {"description": "x", "content": {"application/json": {"schema": {"type": "integer"}}}},
            "201": {"description": "x", "content": {"application/json": {"schema": {"type": "string"}}}},
            "200": {"description": "no content"},
            "default": {"description": "x", "content": {"application/json": {"schema": {"type": "boolean"}}}}}}},
        "/b": {"get": {"operationId": "range", "responses": {
            "2XX": {"description": "x", "content": {"application/json": {"schema": {"type": "number"}}}}}}},
        "/c": {"get": {"operationId": "defaultOnly", "responses": {
            "default": {"description": "x", "content": {"application/json": {"schema": {"type": "boolean"}}}}}}},
        "/d": {"delete": {"operationId": "noContent", "responses": {
            "204": {"description": "gone"},
            "default": {"description": "x", "content": {"application/json": {"schema": {"type": "boolean"}}}}}}},
        "/e": {"get": {"operationId": "refResponse", "responses": {"200": {"$ref": "#/components/responses/Ok"}}}},
        "/f": {"get": {"operationId": "textResult", "responses": {"200": {"description": "x", "content": {
            "text/csv": {"schema": {"type": "string"}}, "application/pdf": {}}}}}},
        "/g": {"get": {"operationId": "jsonAmongMany", "responses": {"200": {"description": "x", "content": {
            "application/xml": {"schema": {"type": "string"}},
            "application/problem+json": {"schema": {"type": "integer"}}}}}}},
        "/h": {"get": {"operationId": "noSchema", "responses": {"200": {"description": "x", "content": {"application/json": {}}}}}}
    })",
        R"({"responses": {"Ok": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}})"));
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    QCOMPARE(q(describe(m, op(m, "lowest")->result)), QStringLiteral("String"));
    QCOMPARE(q(describe(m, op(m, "range")->result)), QStringLiteral("Number"));
    QCOMPARE(q(describe(m, op(m, "defaultOnly")->result)), QStringLiteral("Boolean"));
    QVERIFY(!op(m, "noContent")->hasResult);
    QCOMPARE(q(describe(m, op(m, "refResponse")->result)), QStringLiteral("Array[String]"));
    QCOMPARE(q(describe(m, op(m, "textResult")->result)), QStringLiteral("String"));
    QCOMPARE(q(op(m, "textResult")->resultContentType), QStringLiteral("text/csv"));
    QCOMPARE(q(describe(m, op(m, "jsonAmongMany")->result)), QStringLiteral("Integer"));
    QCOMPARE(q(op(m, "jsonAmongMany")->resultContentType), QStringLiteral("application/problem+json"));
    QVERIFY(op(m, "noSchema")->hasResult);
    QCOMPARE(q(describe(m, op(m, "noSchema")->result)), QStringLiteral("Any"));

    // 2.0: a response $ref and produces.
    const auto r2 = readJson(
        spec2(R"({"/x": {"get": {"operationId": "x", "produces": ["text/plain", "application/json"],
        "responses": {"200": {"$ref": "#/responses/Fine"}}}}})",
              "{}", R"("responses": {"Fine": {"description": "ok", "schema": {"type": "integer"}}}, )"));
    REQUIRE_OK(r2);
    QCOMPARE(q(describe(r2->model, op(r2->model, "x")->result)), QStringLiteral("Integer"));
    QCOMPARE(q(op(r2->model, "x")->resultContentType), QStringLiteral("application/json"));
}

void TestSpecReader::security() {
    const auto r = readJson(spec3("3.0.3", R"({"/a": {
        "get": {"operationId": "inherits", "responses": {"204": {"description": "x"}}},
        "post": {"operationId": "own", "security": [{"key": []}, {"oauth": ["write"]}], "responses": {"204": {"description": "x"}}},
        "delete": {"operationId": "open", "security": [], "responses": {"204": {"description": "x"}}}}})",
                                  R"({"securitySchemes": {
        "bearer": {"type": "http", "scheme": "Bearer"},
        "basic": {"type": "http", "scheme": "basic"},
        "digest": {"type": "http", "scheme": "digest"},
        "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
        "oauth": {"type": "oauth2", "flows": {
            "implicit": {"authorizationUrl": "https://a.example/auth", "scopes": {"write": "w", "read": "r"}},
            "clientCredentials": {"tokenUrl": "https://a.example/token", "scopes": {"admin": "a", "read": "r"}}}},
        "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://a.example/.well-known/openid-configuration"}}})")
                                .insert(1, R"("security": [{"bearer": []}, {"basic": [], "bearer": []}], )"));
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    QCOMPARE(m.securitySchemes.size(), size_t(6));
    QCOMPARE(m.securitySchemes[0].kind, SecurityScheme::Kind::HttpBearer);
    QCOMPARE(m.securitySchemes[1].kind, SecurityScheme::Kind::HttpBasic);
    QCOMPARE(m.securitySchemes[2].kind, SecurityScheme::Kind::Other);
    QCOMPARE(m.securitySchemes[3].kind, SecurityScheme::Kind::ApiKey);
    QCOMPARE(q(m.securitySchemes[3].in + " " + m.securitySchemes[3].paramName),
             QStringLiteral("header X-Key"));
    const SecurityScheme &oauth = m.securitySchemes[4];
    QCOMPARE(oauth.kind, SecurityScheme::Kind::OAuth2);
    QCOMPARE(q(oauth.authorizationUrl), QStringLiteral("https://a.example/auth"));
    QCOMPARE(q(oauth.tokenUrl), QStringLiteral("https://a.example/token"));
    QCOMPARE(oauth.scopes, (std::vector<std::string>{"admin", "read", "write"}));
    QCOMPARE(m.securitySchemes[5].kind, SecurityScheme::Kind::OpenIdConnect);
    QCOMPARE(m.globalSecurity, (std::vector<std::string>{"bearer", "basic"}));
    QCOMPARE(op(m, "inherits")->security, (std::vector<std::string>{"bearer", "basic"}));
    QCOMPARE(op(m, "own")->security, (std::vector<std::string>{"key", "oauth"}));
    QVERIFY(op(m, "open")->security.empty());

    const auto r2 =
        readJson(spec2(R"({"/a": {"get": {"operationId": "a", "responses": {"204": {"description": "x"}}}}})",
                       "{}", R"("securityDefinitions": {
        "basic": {"type": "basic"},
        "key": {"type": "apiKey", "in": "query", "name": "api_key"},
        "oauth": {"type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://b.example/a", "tokenUrl": "https://b.example/t", "scopes": {"x": "", "a": ""}}},
        "security": [{"oauth": ["x"]}], )"));
    REQUIRE_OK(r2);
    const ApiModel &m2 = r2->model;
    QCOMPARE(m2.securitySchemes[0].kind, SecurityScheme::Kind::HttpBasic);
    QCOMPARE(q(m2.securitySchemes[1].in + " " + m2.securitySchemes[1].paramName),
             QStringLiteral("query api_key"));
    QCOMPARE(q(m2.securitySchemes[2].tokenUrl), QStringLiteral("https://b.example/t"));
    QCOMPARE(m2.securitySchemes[2].scopes, (std::vector<std::string>{"a", "x"}));
    QCOMPARE(op(m2, "a")->security, std::vector<std::string>{"oauth"});
}

void TestSpecReader::servers() {
    const auto r = readJson(R"({"openapi": "3.0.0", "info": {"title": "S", "version": "1"}, "paths": {},
        "servers": [{"url": "https://{tenant}.example.com:{port}/{base}/", "variables": {
                        "tenant": {"default": "demo", "enum": ["demo", "prod"]}, "port": {"default": "8443"},
                        "base": {"default": "v2"}}},
                    {"url": "/relative/api"}, {"url": "https://{missing}.example.com"}]})");
    REQUIRE_OK(r);
    QCOMPARE(r->model.servers, (std::vector<std::string>{"https://demo.example.com:8443/v2", "/relative/api",
                                                         "https://{missing}.example.com"}));
    const auto r2 = readJson(
        spec2("{}", "{}", R"("host": "api.example.com:8080", "basePath": "/base", "schemes": ["http"], )"));
    REQUIRE_OK(r2);
    QCOMPARE(r2->model.servers, std::vector<std::string>{"http://api.example.com:8080/base"});
    const auto r3 = readJson(spec2("{}", "{}", R"("host": "api.example.com", )"));
    REQUIRE_OK(r3);
    QCOMPARE(r3->model.servers, std::vector<std::string>{"https://api.example.com"});
    const auto r4 = readJson(spec2("{}", "{}", R"("basePath": "/only", )"));
    REQUIRE_OK(r4);
    QCOMPARE(r4->model.servers, std::vector<std::string>{"/only"});
}

void TestSpecReader::pagination() {
    const auto r =
        readJson(spec3("3.0.3", R"({
        "/odata": {"get": {"operationId": "odata", "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"@odata.context": {"type": "string"}, "@odata.nextLink": {"type": "string"},
                                             "value": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}}}}}}}}},
        "/link": {"get": {"operationId": "link", "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
            "responses": {"200": {"description": "x", "headers": {"link": {"schema": {"type": "string"}}},
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}}}}}}},
        "/linkref": {"get": {"operationId": "linkRef", "responses": {"200": {"$ref": "#/components/responses/Users"}}}},
        "/counted": {"get": {"operationId": "counted", "responses": {"200": {"description": "x", "headers": {"Link": {"schema": {"type": "string"}}},
            "content": {"application/json": {"schema": {"type": "object", "properties": {"total_count": {"type": "integer"},
                "runners": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}}}}}}}}},
        "/cursor": {"get": {"operationId": "cursor",
            "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}, {"name": "page_token", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"results": {"type": "array", "items": {"type": "string"}},
                                                 "next_page_token": {"type": "string", "nullable": true}}}}}}}}},
        "/nested": {"get": {"operationId": "nested", "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/User"}},
                    "meta": {"type": "object", "properties": {"next_cursor": {"type": "string"}}}}}}}}}}},
        "/slack": {"get": {"operationId": "slack", "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"ok": {"type": "boolean"}, "members": {"type": "array", "items": {"type": "string"}},
                    "response_metadata": {"$ref": "#/components/schemas/Meta"}}}}}}}}}
    })",
                       R"({"schemas": {"User": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Meta": {"type": "object", "properties": {"next_cursor": {"type": "string"}}}},
          "headers": {"Link": {"schema": {"type": "string"}}},
          "responses": {"Users": {"description": "x", "headers": {"Link": {"$ref": "#/components/headers/Link"}},
            "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}}}}}})"));
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    const Pagination &odata = op(m, "odata")->pagination;
    QCOMPARE(odata.kind, Pagination::Kind::ODataNextLink);
    QCOMPARE(q(odata.itemsField), QStringLiteral("value"));
    QCOMPARE(q(describe(m, odata.itemType)), QStringLiteral("Model User"));
    for (const char *id : {"link", "linkRef"}) {
        const Pagination &link = op(m, id)->pagination;
        QCOMPARE(link.kind, Pagination::Kind::LinkHeader);
        QVERIFY(link.itemsField.empty());
        QCOMPARE(q(describe(m, link.itemType)), QStringLiteral("Model User"));
    }
    const Pagination &counted = op(m, "counted")->pagination;
    QCOMPARE(counted.kind, Pagination::Kind::LinkHeader);
    QCOMPARE(q(counted.itemsField), QStringLiteral("runners"));
    QCOMPARE(q(describe(m, counted.itemType)), QStringLiteral("Model User"));
    const Pagination &cursor = op(m, "cursor")->pagination;
    QCOMPARE(cursor.kind, Pagination::Kind::Cursor);
    QCOMPARE(q(cursor.itemsField + " " + cursor.cursorField + " " + cursor.cursorParam),
             QStringLiteral("results next_page_token page_token"));
    QCOMPARE(q(describe(m, cursor.itemType)), QStringLiteral("String"));
    const Pagination &nested = op(m, "nested")->pagination;
    QCOMPARE(nested.kind, Pagination::Kind::Cursor);
    QCOMPARE(q(nested.itemsField + " " + nested.cursorField + " " + nested.cursorParam),
             QStringLiteral("data meta.next_cursor cursor"));
    QCOMPARE(q(describe(m, nested.itemType)), QStringLiteral("Model User"));
    const Pagination &slack = op(m, "slack")->pagination;
    QCOMPARE(slack.kind, Pagination::Kind::Cursor);
    QCOMPARE(q(slack.itemsField + " " + slack.cursorField),
             QStringLiteral("members response_metadata.next_cursor"));
    QVERIFY(allIndicesValid(m));

    // 2.0: a Link header on an array result.
    const auto r2 =
        readJson(spec2(R"({"/x": {"get": {"operationId": "x", "responses": {"200": {"description": "ok",
        "headers": {"Link": {"type": "string"}}, "schema": {"type": "array", "items": {"type": "integer"}}}}}}})"));
    REQUIRE_OK(r2);
    QCOMPARE(op(r2->model, "x")->pagination.kind, Pagination::Kind::LinkHeader);
}

void TestSpecReader::paginationNoFalsePositives() {
    const auto r = readJson(spec3("3.0.3", R"({
        "/plain": {"get": {"operationId": "plain", "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}},
        "/noParam": {"get": {"operationId": "noParam", "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"items": {"type": "array", "items": {"type": "string"}}, "next_cursor": {"type": "string"}}}}}}}}},
        "/noField": {"get": {"operationId": "noField", "parameters": [{"name": "after", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"items": {"type": "array", "items": {"type": "string"}}, "total": {"type": "integer"}}}}}}}}},
        "/noArray": {"get": {"operationId": "noArray", "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"cursor": {"type": "string"}, "name": {"type": "string"}}}}}}}}},
        "/nextObject": {"get": {"operationId": "nextObject", "parameters": [{"name": "after", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"next": {"type": "object", "properties": {"href": {"type": "string"}}},
                                             "data": {"type": "array", "items": {"type": "string"}}}}}}}}}},
        "/linkNoArray": {"get": {"operationId": "linkNoArray", "responses": {"200": {"description": "x", "headers": {"Link": {"schema": {"type": "string"}}},
            "content": {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}}}}},
        "/linkSingle": {"get": {"operationId": "linkSingle", "responses": {"200": {"description": "x", "headers": {"Link": {"schema": {"type": "string"}}},
            "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"},
                "ips": {"type": "array", "items": {"type": "string"}}}}}}}}}},
        "/odataNoValue": {"get": {"operationId": "odataNoValue", "responses": {"200": {"description": "x", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"@odata.nextLink": {"type": "string"}, "value": {"type": "string"}}}}}}}}},
        "/errorLink": {"get": {"operationId": "errorLink", "responses": {
            "200": {"description": "x", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}},
            "default": {"description": "x", "headers": {"Link": {"schema": {"type": "string"}}}}}}}
    })"));
    REQUIRE_OK(r);
    for (const Operation &o : r->model.operations)
        QVERIFY2(o.pagination.kind == Pagination::Kind::None, o.operationId.c_str());
}

void TestSpecReader::warningsWithLocations() {
    // Each broken item is skipped or typed Any with a file:line:column; the rest reads.
    const std::string json = R"({
  "openapi": "3.0.3",
  "info": {"title": "Broken", "version": "1"},
  "paths": {
    "/ok": {"get": {"operationId": "ok", "responses": {"200": {"description": "x",
      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Good"}}}}}}},
    "/junk": {"get": "not an operation", "post": {"operationId": "alsoOk", "responses": {}}},
    "/strings": "not a path item",
    "/badParams": {"get": {"operationId": "badParams", "parameters": [42, {"$ref": "#/components/parameters/Nope"},
        {"name": "x", "in": "nowhere"}], "responses": {}}}
  },
  "components": {"schemas": {
    "Good": {"type": "object", "properties": {
      "missing": {"$ref": "#/components/schemas/DoesNotExist"},
      "external": {"$ref": "no-such-file.json#/Thing"},
      "weird": 17,
      "unknownType": {"type": "color"},
      "fine": {"type": "string"}}},
    "NotASchema": "hello"
  }}
})";
    const auto r = readJson(json);
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    QStringList ids;
    for (const Operation &o : m.operations)
        ids << q(o.operationId);
    QCOMPARE(ids, (QStringList{QStringLiteral("ok"), QStringLiteral("alsoOk"), QStringLiteral("badParams")}));
    QCOMPARE(props(m, model(m, "Good")),
             QStringLiteral("missing:Any external:Any weird:Any unknownType:Any fine:String"));
    QVERIFY(op(m, "badParams")->parameters.empty());
    const QString all = warnings(*r);
    const QStringList expected = {
        QStringLiteral(R"(spec\.json:7:\d+: operation GET /junk must be an object; skipped)"),
        QStringLiteral(R"(spec\.json:8:\d+: path "/strings" must be an object; skipped)"),
        QStringLiteral(R"(spec\.json:9:\d+: a parameter must be an object; skipped)"),
        QStringLiteral(R"(spec\.json:9:\d+: .*Nope.*parameter skipped)"),
        QStringLiteral(R"(spec\.json:10:\d+: parameter "x" has an unknown "in": "nowhere"; skipped)"),
        QStringLiteral(R"(spec\.json:14:\d+: .*DoesNotExist.*typed as Any)"),
        QStringLiteral(R"(spec\.json:15:\d+: .*no-such-file\.json.*typed as Any)"),
        QStringLiteral(R"(spec\.json:16:\d+: a schema must be an object; typed as Any)"),
        QStringLiteral(R"(spec\.json:17:\d+: unknown type "color"; typed as Any)"),
        QStringLiteral(R"(spec\.json:19:\d+: a schema must be an object; typed as Any)"),
    };
    for (const QString &e : expected)
        QVERIFY2(all.contains(QRegularExpression(e)), qPrintable(e + QStringLiteral("\nin:\n") + all));
    QCOMPARE(r->warnings.size(), size_t(expected.size()));
    for (const SpecWarning &w : r->warnings)
        QVERIFY2(w.location.rfind("/virtual/spec.json:", 0) == 0, w.location.c_str());
}

void TestSpecReader::externalReferences() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &text) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("api.json"), R"json({"openapi": "3.0.3", "info": {"title": "X", "version": "1"},
      "paths": {"/pets": {"get": {"operationId": "listPets",
        "parameters": [{"$ref": "common/params.json#/Limit"}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
          "type": "array", "items": {"$ref": "common/pet.json"}}}}},
                      "default": {"$ref": "common/errors.json#/components/responses/Problem"}}}}},
      "components": {"schemas": {"Local": {"type": "object", "properties": {
          "pet": {"$ref": "common/pet.json"}, "err": {"$ref": "common/errors.json#/components/schemas/Error"}}}}}})json");
    write(QStringLiteral("common/pet.json"), R"json({"type": "object", "required": ["name"], "properties": {
      "name": {"type": "string"}, "owner": {"$ref": "errors.json#/components/schemas/Person"},
      "kind": {"$ref": "#/definitions/Kind"}},
      "definitions": {"Kind": {"type": "string", "enum": ["cat", "dog"]}}})json");
    write(QStringLiteral("common/errors.json"), R"json({"components": {
      "schemas": {"Error": {"type": "object", "properties": {"code": {"type": "integer"}}},
                  "Person": {"type": "object", "properties": {"name": {"type": "string"},
                             "pets": {"type": "array", "items": {"$ref": "pet.json"}}}}},
      "responses": {"Problem": {"description": "x", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}})json");
    write(QStringLiteral("common/params.json"),
          R"json({"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}})json");

    const auto loaded = loadSpec(dir.filePath(QStringLiteral("api.json")));
    REQUIRE_OK(loaded);
    const auto r = readSpec(*loaded);
    REQUIRE_OK(r);
    QVERIFY2(r->warnings.empty(), qPrintable(warnings(*r)));
    const ApiModel &m = r->model;
    QCOMPARE(props(m, model(m, "Local")), QStringLiteral("pet:Model pet err:Model Error"));
    QCOMPARE(props(m, model(m, "pet")), QStringLiteral("name!:String owner:Model Person kind:Enum Kind"));
    QCOMPARE(props(m, model(m, "Person")),
             QStringLiteral("name:String pets:Array[Model pet]")); // a cycle across files
    const Operation *list = op(m, "listPets");
    QCOMPARE(q(describe(m, list->result)), QStringLiteral("Array[Model pet]"));
    QCOMPARE(list->parameters.size(), size_t(1));
    QCOMPARE(q(list->parameters[0].name), QStringLiteral("limit"));
    QCOMPARE(m.models.size(), size_t(4)); // each once
    QVERIFY(model(m, "pet")->location.find("pet.json:1:1") != std::string::npos);
    QVERIFY(allIndicesValid(m));
}

void TestSpecReader::yamlSpec() {
    const auto r = readYaml(R"(openapi: 3.0.3
info:
  title: Yaml
  version: 2.5
servers:
  - url: https://api.example.com
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - name: limit
          in: query
          schema: {type: integer}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Pet'}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        kind:
          type: string
          enum: [cat, dog, 'yes', 'null']
        base: &base
          type: object
          properties:
            x: {type: integer}
        copy: *base
        broken: {$ref: '#/components/schemas/Nope'}
)");
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    QCOMPARE(q(m.version), QStringLiteral("2.5"));
    QCOMPARE(
        props(m, model(m, "Pet")),
        QStringLiteral("name!:String kind:Enum PetKind base:Model PetBase copy:Model PetCopy broken:Any"));
    QCOMPARE(enumNamed(m, "PetKind")->values, (std::vector<std::string>{"cat", "dog", "yes", "null"}));
    QCOMPARE(q(describe(m, op(m, "listPets")->result)), QStringLiteral("Array[Model Pet]"));
    QCOMPARE(r->warnings.size(), size_t(1));
    QVERIFY2(r->warnings[0].location.find("spec.yaml:38:") != std::string::npos,
             r->warnings[0].location.c_str());
}

void TestSpecReader::corpusOasExamples() {
    const QString root = corpusDir() + QStringLiteral("/@readme/oas-examples");
    if (!QDir(root).exists())
        QSKIP("tests/node_modules/@readme/oas-examples is missing (npm ci in tests/)");
    // Files that are deliberately not readable OpenAPI, by name, with the reason.
    const std::map<QString, QString> invalid = {};
    int files = 0, operations = 0, models = 0, warned = 0;
    QStringList failures;
    for (const char *version : {"2.0", "3.0", "3.1"}) {
        for (const char *format : {"json", "yaml"}) {
            QDirIterator it(root + QLatin1Char('/') + QLatin1String(version) + QLatin1Char('/') +
                                QLatin1String(format),
                            {QStringLiteral("*.json"), QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString name = QDir(root).relativeFilePath(path);
                ++files;
                const auto loaded = loadSpec(path);
                if (!loaded.ok()) {
                    if (!invalid.count(name))
                        failures << name + QStringLiteral(" (load): ") + loaded.error().message;
                    continue;
                }
                const auto r = readSpec(*loaded);
                if (r.ok() == bool(invalid.count(name))) {
                    failures << name + QStringLiteral(": ") +
                                    (r.ok() ? QStringLiteral("read, but listed as invalid")
                                            : r.error().message);
                    continue;
                }
                if (!r.ok())
                    continue;
                if (!allIndicesValid(r->model))
                    failures << name + QStringLiteral(": a type index points nowhere");
                operations += int(r->model.operations.size());
                models += int(r->model.models.size());
                warned += r->warnings.empty() ? 0 : 1;
            }
        }
    }
    qInfo("oas-examples: %d files, %d operations, %d models, %d files with warnings", files, operations,
          models, warned);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(files >= 120);
}

void TestSpecReader::corpusGitHub() {
    const QString path = corpusDir() + QStringLiteral("/@octokit/openapi/generated/api.github.com.json");
    if (!QFile::exists(path))
        QSKIP("tests/node_modules/@octokit/openapi is missing (npm ci in tests/)");
    const auto loaded = loadSpec(path);
    REQUIRE_OK(loaded);
    QElapsedTimer timer;
    timer.start();
    const auto r = readSpec(*loaded);
    const qint64 ms = timer.elapsed();
    REQUIRE_OK(r);
    const ApiModel &m = r->model;
    qInfo("GitHub: readSpec %lld ms, %zu operations, %zu models, %zu enums, %zu warnings", ms,
          m.operations.size(), m.models.size(), m.enums.size(), r->warnings.size());
    for (size_t i = 0; i < r->warnings.size() && i < 10; ++i)
        qInfo("  %s: %s", r->warnings[i].location.c_str(), r->warnings[i].message.c_str());
    QCOMPARE(m.operations.size(), size_t(1223));
    QVERIFY(allIndicesValid(m));
    QVERIFY(r->warnings.empty());
    // Spot checks: a component model, Link-header pagination on a list.
    const Model *repo = model(m, "repository");
    QVERIFY(repo);
    QVERIFY(prop(repo, "full_name") && prop(repo, "full_name")->required);
    int linkPaged = 0;
    for (const Operation &o : m.operations)
        linkPaged += o.pagination.kind == Pagination::Kind::LinkHeader ? 1 : 0;
    qInfo("GitHub: %d operations paginate with Link headers", linkPaged);
    QVERIFY(linkPaged > 180); // 142 array results and 44 counted list objects
    const Operation *runners = op(m, "actions/list-self-hosted-runners-for-org");
    QVERIFY(runners);
    QCOMPARE(q(runners->pagination.itemsField), QStringLiteral("runners"));
    QCOMPARE(op(m, "actions/get-hosted-runner-for-org")->pagination.kind, Pagination::Kind::None);
    const Operation *listForOrg = op(m, "repos/list-for-org");
    QVERIFY(listForOrg);
    QCOMPARE(listForOrg->pagination.kind, Pagination::Kind::LinkHeader);
}

QTEST_GUILESS_MAIN(TestSpecReader)
#include "tst_specreader.moc"
