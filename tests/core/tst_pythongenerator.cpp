// The Python SDK generator on hand-built ApiModels: the output compiles (py_compile), type-checks
// (Debian's mypy), is the same bytes every time, parses and writes back payloads (unknown fields
// and enum values kept), and a generated Client talks to a real local http.server.
#include "openapi/pythongenerator.h"
#include "openapi/specreader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Runs a void helper that may fail the test, and stops the test function when it did.
#define CALL(expr)                                                                                           \
    do {                                                                                                     \
        expr;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

using namespace bifrost::openapi;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

Type prim(Type::Kind k, bool nullable = false) {
    Type t;
    t.kind = k;
    t.nullable = nullable;
    return t;
}
Type ref(Type::Kind k, int index, bool nullable = false) {
    Type t = prim(k, nullable);
    t.index = index;
    return t;
}
Type wrap(Type::Kind k, std::vector<Type> args, bool nullable = false) {
    Type t = prim(k, nullable);
    t.args = std::move(args);
    return t;
}
Property prop(std::string name, Type type, bool required = false) {
    Property p;
    p.name = std::move(name);
    p.type = std::move(type);
    p.required = required;
    return p;
}
Parameter param(std::string name, Parameter::In in, Type type, bool required = false, bool explode = true) {
    Parameter p;
    p.name = std::move(name);
    p.in = in;
    p.type = std::move(type);
    p.required = required || in == Parameter::In::Path;
    p.explode = explode;
    return p;
}
Operation op(std::string id, std::string method, std::string path) {
    Operation o;
    o.operationId = std::move(id);
    o.method = std::move(method);
    o.path = std::move(path);
    o.location = "feature.yaml#/paths";
    return o;
}
void result(Operation &o, Type t, std::string contentType = "application/json") {
    o.hasResult = true;
    o.result = std::move(t);
    o.resultContentType = std::move(contentType);
}
void body(Operation &o, RequestBody::Kind kind, Type t, std::string contentType, bool required = true) {
    o.hasBody = true;
    o.body.kind = kind;
    o.body.type = std::move(t);
    o.body.contentType = std::move(contentType);
    o.body.required = required;
}

enum E { Color, Priority, Ratio, Flag, NoneEnum, PetKind };
enum M { Pet, Owner, Cat, Dog, Labels, Scores, NoneModel, ListPetsResponse, ODataPets, Mixed, Class };

// Every feature the generator knows, with the names that break other generators.
ApiModel featureModel() {
    using K = Type::Kind;
    ApiModel api;
    api.title = "Feature \"API\"";
    api.version = "1.0";
    api.servers = {"https://api.example.com/v1"};

    auto addEnum = [&](std::string name, K base, std::vector<std::string> values, bool nullable = false) {
        Enum e;
        e.name = std::move(name);
        e.base = base;
        e.values = std::move(values);
        e.nullable = nullable;
        e.location = "feature.yaml#/components/schemas/" + e.name;
        api.enums.push_back(std::move(e));
    };
    addEnum("Color", K::String,
            {"red", "Green", "dark-blue", "", "class", "-1", "red", "RED", "日本", "a\"b\\c"});
    addEnum("Priority", K::Integer, {"1", "2", "-1", "01", "x"});
    addEnum("Ratio", K::Number, {"0.5", "1", "2.5e3"});
    addEnum("Flag", K::Boolean, {"true", "false"});
    addEnum("None", K::String, {"x"}, true);
    addEnum("PetKind", K::String, {"cat"});
    addEnum("ColorCopy", K::String,
            {"red", "Green", "dark-blue", "", "class", "-1", "red", "RED", "日本", "a\"b\\c"});

    auto addModel = [&](std::string name, std::vector<Property> props) {
        Model m;
        m.name = std::move(name);
        m.properties = std::move(props);
        m.location = "feature.yaml#/components/schemas/" + m.name;
        api.models.push_back(std::move(m));
    };
    addModel("Pet", {prop("id", prim(K::Integer), true),
                     prop("name", prim(K::String), true),
                     prop("class", prim(K::String)),
                     prop("@odata.type", prim(K::String)),
                     prop("-1", prim(K::Integer)),
                     prop("", prim(K::String)),
                     prop("type", prim(K::String), true),
                     prop("from_dict", prim(K::String)),
                     prop("to_dict", prim(K::String)),
                     prop("additional_properties", prim(K::String)),
                     prop("color", ref(K::Enum, Color)),
                     prop("owner", ref(K::Model, Owner)),
                     prop("tags", wrap(K::Array, {prim(K::String)})),
                     prop("children", wrap(K::Array, {ref(K::Model, Pet)})),
                     prop("meta", wrap(K::Map, {prim(K::Integer)})),
                     prop("shape", wrap(K::Union, {ref(K::Model, Cat), ref(K::Model, Dog)}, true)),
                     prop("anything", prim(K::Any)),
                     prop("list", wrap(K::Array, {ref(K::Enum, Priority)})),
                     prop("self", prim(K::String)),
                     prop("Name", prim(K::String)),
                     prop("naïve Größe", prim(K::String)),
                     prop("match", prim(K::Boolean))});
    api.models[Pet].description = "A pet. Docs with \"\"\"quotes\"\"\" and a back\\slash\\";
    addModel("Owner", {prop("pet", ref(K::Model, Pet)), prop("name", prim(K::String), true),
                       prop("priority", ref(K::Enum, Priority, true))});
    addModel("Cat", {prop("petType", ref(K::Enum, PetKind), true), prop("meow", prim(K::Boolean), true)});
    api.models[Cat].discriminator = "petType";
    addModel("Dog", {prop("petType", prim(K::String), true), prop("bark", prim(K::Number))});
    api.models[Dog].discriminator = "petType";
    addModel("Labels", {});
    api.models[Labels].hasAdditional = true;
    api.models[Labels].additional = prim(K::String);
    addModel("Scores", {prop("total", prim(K::Integer))});
    api.models[Scores].hasAdditional = true;
    api.models[Scores].additional = ref(K::Model, Owner);
    addModel("None", {});
    addModel("ListPetsResponse", {prop("items", wrap(K::Array, {ref(K::Model, Pet)}), true),
                                  prop("next_cursor", prim(K::String, true))});
    addModel("ODataPets",
             {prop("value", wrap(K::Array, {ref(K::Model, Pet)})), prop("@odata.nextLink", prim(K::String))});
    addModel("Mixed",
             {prop("r", ref(K::Enum, Ratio)), prop("f", ref(K::Enum, Flag)),
              prop("u", wrap(K::Union, {prim(K::String), prim(K::Integer), prim(K::Null)})),
              prop("arr", wrap(K::Array, {wrap(K::Union, {ref(K::Model, Cat), ref(K::Model, Dog)})})),
              prop("nested", wrap(K::Array, {wrap(K::Array, {ref(K::Model, Owner)})})),
              prop("dict_of_lists", wrap(K::Map, {wrap(K::Array, {ref(K::Enum, Color)})})),
              prop("none", ref(K::Enum, NoneEnum)),
              prop("blob", ref(K::Model, 999)), // a dangling index: typed Any
              prop("enum_or_pet", wrap(K::Union, {ref(K::Enum, Color), ref(K::Model, Pet),
                                                  wrap(K::Array, {ref(K::Model, Owner)})}))});
    addModel("class", {prop("def", prim(K::String), true)});

    using In = Parameter::In;
    Operation listPets = op("listPets", "get", "/pets");
    listPets.summary = "List pets";
    listPets.parameters = {param("limit", In::Query, prim(K::Integer)),
                           param("tags", In::Query, wrap(K::Array, {prim(K::String)})),
                           param("fields", In::Query, wrap(K::Array, {prim(K::String)}), false, false),
                           param("X-Request-Id", In::Header, prim(K::String)),
                           param("session", In::Cookie, prim(K::String)),
                           param("cursor", In::Query, prim(K::String))};
    result(listPets, ref(K::Model, ListPetsResponse));
    listPets.pagination.kind = Pagination::Kind::Cursor;
    listPets.pagination.itemsField = "items";
    listPets.pagination.itemType = ref(K::Model, Pet);
    listPets.pagination.cursorField = "next_cursor";
    listPets.pagination.cursorParam = "cursor";
    api.operations.push_back(listPets);

    Operation getPet = op("getPet", "get", "/pets/{petId}");
    getPet.summary = "Get a pet";
    getPet.description = "Returns \"\"\"one\"\"\" pet. A back\\slash, a tab\there and a trailing quote\"";
    getPet.parameters = {param("petId", In::Path, prim(K::String)),
                         param("class", In::Query, prim(K::String)),
                         param("from", In::Header, prim(K::String))};
    result(getPet, ref(K::Model, Pet));
    api.operations.push_back(getPet);

    Operation createPet = op("createPet", "post", "/pets");
    body(createPet, RequestBody::Kind::Json, ref(K::Model, Pet), "application/json");
    result(createPet, ref(K::Model, Pet));
    api.operations.push_back(createPet);

    Operation deletePet = op("", "delete", "/pets/{petId}");
    deletePet.deprecated = true;
    deletePet.parameters = {param("petId", In::Path, prim(K::String))};
    api.operations.push_back(deletePet);

    Operation cls = op("class", "get", "/class");
    cls.parameters = {param("type", In::Query, ref(K::Enum, Color), true),
                      param("list", In::Query, wrap(K::Array, {prim(K::Integer)})),
                      param("match", In::Query, prim(K::Boolean)),
                      param("case", In::Query, prim(K::Number)),
                      param("_", In::Query, prim(K::String)),
                      param("self", In::Query, prim(K::String))};
    result(cls, wrap(K::Array, {prim(K::String)}));
    api.operations.push_back(cls);

    Operation upload = op("uploadPhoto", "post", "/pets/{petId}/photo");
    upload.parameters = {param("petId", In::Path, prim(K::Integer))};
    body(upload, RequestBody::Kind::Multipart, prim(K::Any), "multipart/form-data");
    result(upload, prim(K::Any));
    api.operations.push_back(upload);

    Operation form = op("submitForm", "post", "/forms");
    body(form, RequestBody::Kind::Form, ref(K::Model, Labels), "application/x-www-form-urlencoded", false);
    api.operations.push_back(form);

    Operation raw = op("putRaw", "put", "/raw");
    body(raw, RequestBody::Kind::Binary, prim(K::Binary), "application/octet-stream");
    result(raw, prim(K::Binary), "application/octet-stream");
    api.operations.push_back(raw);

    Operation text = op("getText", "get", "/text");
    result(text, prim(K::String), "text/plain");
    api.operations.push_back(text);

    Operation odata = op("listOData", "get", "/odata");
    result(odata, ref(K::Model, ODataPets));
    odata.pagination.kind = Pagination::Kind::ODataNextLink;
    odata.pagination.itemsField = "value";
    odata.pagination.itemType = ref(K::Model, Pet);
    api.operations.push_back(odata);

    Operation linked = op("listLinked", "get", "/linked");
    result(linked, wrap(K::Array, {ref(K::Model, Pet)}));
    linked.pagination.kind = Pagination::Kind::LinkHeader;
    linked.pagination.itemType = ref(K::Model, Pet);
    api.operations.push_back(linked);

    api.operations.push_back(op("listPets", "get", "/pets2"));    // duplicate: list_pets_2
    api.operations.push_back(op("models", "get", "/models"));     // the package's models module
    api.operations.push_back(op("iterListPets", "get", "/iter")); // takes iter_list_pets first
    Operation sendText = op("sendText", "post", "/text");
    sendText.parameters = {param("body", In::Query, prim(K::String))};
    body(sendText, RequestBody::Kind::Text, prim(K::String), "text/plain", false);
    api.operations.push_back(sendText);

    Operation batch = op("createBatch", "post", "/batch");
    body(batch, RequestBody::Kind::Json, wrap(K::Array, {ref(K::Model, Owner)}), "application/json", false);
    result(batch, wrap(K::Map, {ref(K::Model, Owner)}));
    api.operations.push_back(batch);

    Operation shape = op("get-shape", "get", "/shape");
    result(shape, wrap(K::Union, {ref(K::Model, Cat), ref(K::Model, Dog)}));
    api.operations.push_back(shape);
    return api;
}

struct Run {
    int exitCode = -1;
    QString output;
};

Run runProcess(const QString &program, const QStringList &args, const QString &cwd, int timeoutMs = 240000) {
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setWorkingDirectory(cwd);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), cwd);
    env.remove(QStringLiteral("BIFROST_ORG"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    Run r;
    if (!p.waitForStarted(20000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.output = QStringLiteral("timed out: ") + QString::fromUtf8(p.readAll());
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

void writeFile(const QString &path, const QByteArray &content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
}

void writeFiles(const QString &dir, const std::vector<GeneratedFile> &files) {
    for (const GeneratedFile &f : files) {
        writeFile(dir + QLatin1Char('/') + f.path, f.content);
        if (QTest::currentTestFailed())
            return;
    }
}

// The runtime beside the package, as `sdk generate` writes it. While the runtime is still a
// placeholder, a typed stand-in of integrations.get (a stub for mypy and import only).
void writeRuntime(const QString &dir) {
    QDirIterator it(QStringLiteral(":/bifrost/python/bifrost"));
    bool real = false;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        if (path.endsWith(QLatin1String("integrations.py")) && content.contains("async def get("))
            real = true;
        writeFile(dir + QStringLiteral("/bifrost/") + it.fileName(), content);
    }
    if (real)
        return;
    writeFile(dir + QStringLiteral("/bifrost/__init__.py"), "");
    writeFile(dir + QStringLiteral("/bifrost/py.typed"), "");
    writeFile(
        dir + QStringLiteral("/bifrost/integrations.py"),
        "# Stand-in while the runtime is a placeholder: same signatures, no bifrostctl.\n"
        "from __future__ import annotations\n"
        "import typing\n"
        "from dataclasses import dataclass, field\n\n\n"
        "@dataclass\nclass OAuthToken:\n    access_token: str = ''\n\n"
        "    async def refresh(self) -> None:\n        pass\n\n\n"
        "@dataclass\nclass IntegrationData:\n    config: dict[str, typing.Any] = "
        "field(default_factory=dict)\n"
        "    oauth: OAuthToken | None = None\n\n\n"
        "async def get(name: str, scope: str | None = None) -> IntegrationData | None:\n    return None\n");
}

PythonOptions options(const std::string &integration, const std::string &package, SdkAuth auth) {
    PythonOptions o;
    o.integration = integration;
    o.package = package;
    o.auth = auth;
    return o;
}

QByteArray fileOf(const std::vector<GeneratedFile> &files, const QString &path) {
    for (const GeneratedFile &f : files)
        if (f.path == path)
            return f.content;
    return {};
}

} // namespace

class TestPythonGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void snakeCaseNames_data();
    void snakeCaseNames();
    void layoutAndMarker();
    void deterministic();
    void compilesAndTypeChecks();
    void roundTrip();
    void clientAgainstHttpServer();
    void largePackageImports();
    void measureSpec();

private:
    QTemporaryDir m_dir;
    bool m_haveMypy = false;
};

void TestPythonGenerator::initTestCase() {
    if (!QFile::exists(kPython))
        QSKIP("/usr/bin/python3 is not installed");
    QVERIFY(m_dir.isValid());
    // For reading the generated code after a failure.
    if (qEnvironmentVariableIsSet("BIFROST_KEEP_TEST_DIR")) {
        m_dir.setAutoRemove(false);
        qInfo("generated into %s", qPrintable(m_dir.path()));
    }
    m_haveMypy = !QStandardPaths::findExecutable(QStringLiteral("mypy")).isEmpty();
    const ApiModel api = featureModel();
    std::vector<SpecWarning> warnings;
    CALL(writeFiles(m_dir.path(),
                    generatePython(api, options("Feature API", "feature_api", SdkAuth::Bearer), &warnings)));
    // The unusable enum values are reported, and only those.
    QCOMPARE(int(warnings.size()), 1);
    QVERIFY2(QString::fromStdString(warnings[0].message).contains(QLatin1String("\"x\"")),
             warnings[0].message.c_str());
    const std::pair<SdkAuth, const char *> others[] = {{SdkAuth::None, "feature_none"},
                                                       {SdkAuth::ApiKey, "feature_api_key"},
                                                       {SdkAuth::Basic, "feature_basic"},
                                                       {SdkAuth::OAuth, "feature_oauth"}};
    for (const auto &[auth, package] : others)
        CALL(writeFiles(m_dir.path(), generatePython(api, options("Feature API", package, auth))));
    // An empty spec still makes a package.
    CALL(writeFiles(m_dir.path(), generatePython(ApiModel{}, options("Empty", "", SdkAuth::None))));
    CALL(writeRuntime(m_dir.path()));
}

void TestPythonGenerator::snakeCaseNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const char *cases[][2] = {
        {"listPetsByID", "list_pets_by_id"},
        {"Get-User.Profile", "get_user_profile"},
        {"HTTPServer", "http_server"},
        {"getV2Users", "get_v2_users"},
        {"OAuth2Token", "o_auth2_token"},
        {"already_snake_case", "already_snake_case"},
        {"__init__", "init"},
        {"@odata.type", "odata_type"},
        {"-1", "minus_1"},
        {"1st place", "1st_place"},
        {"Café Crème", "cafe_creme"},
        {"Straße", "strasse"},
        {"Łódź", "lodz"},
        {"日本", ""},
        {"", ""},
        {"   ", ""},
        {"Example API", "example_api"},
        {"get /pets/{petId}", "get_pets_pet_id"},
        {"ABC", "abc"},
        {"a1b2C3", "a1b2_c3"},
    };
    for (const auto &c : cases)
        QTest::newRow(c[0][0] ? c[0] : "(empty)") << QString::fromUtf8(c[0]) << QString::fromUtf8(c[1]);
}

void TestPythonGenerator::snakeCaseNames() {
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(snakeCase(name.toStdString())), expected);
}

void TestPythonGenerator::layoutAndMarker() {
    const auto files = generatePython(featureModel(), options("Feature API", "", SdkAuth::None));
    QStringList paths;
    for (const GeneratedFile &f : files)
        paths << f.path;
    QCOMPARE(paths,
             (QStringList{QStringLiteral("feature_api/__init__.py"), QStringLiteral("feature_api/_base.py"),
                          QStringLiteral("feature_api/client.py"), QStringLiteral("feature_api/models.py"),
                          QStringLiteral("feature_api/py.typed")}));
    for (const GeneratedFile &f : files)
        if (f.path.endsWith(QLatin1String(".py")))
            QVERIFY2(f.content.startsWith("# Generated by bifrostctl sdk generate. Do not edit.\n"),
                     qPrintable(f.path));
    const QByteArray client = fileOf(files, QStringLiteral("feature_api/client.py"));
    // Names: operationId in snake case, method + path without one, duplicates, reserved words.
    for (const char *def : {"async def list_pets(", "async def list_pets_2(", "async def delete_pets_pet_id(",
                            "async def class_(", "async def models_(", "async def iter_list_pets(",
                            "async def iter_list_pets_2(", "async def get_shape("})
        QVERIFY2(client.contains(def), def);
    QVERIFY(client.contains("_AUTH = \"none\""));
}

void TestPythonGenerator::deterministic() {
    const ApiModel api = featureModel();
    const auto a = generatePython(api, options("Feature API", "feature_api", SdkAuth::OAuth));
    const auto b = generatePython(api, options("Feature API", "feature_api", SdkAuth::OAuth));
    QCOMPARE(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].path, b[i].path);
        QVERIFY2(a[i].content == b[i].content, qPrintable(a[i].path));
    }
}

void TestPythonGenerator::compilesAndTypeChecks() {
    QStringList files;
    QDirIterator it(m_dir.path(), {QStringLiteral("*.py")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QVERIFY(files.size() >= 20);
    Run compiled = runProcess(
        kPython, QStringList{QStringLiteral("-m"), QStringLiteral("py_compile")} + files, m_dir.path());
    QVERIFY2(compiled.exitCode == 0, qPrintable(compiled.output));
    if (!m_haveMypy)
        QSKIP("mypy is not installed");
    QStringList args{QStringLiteral("--cache-dir"), m_dir.path() + QStringLiteral("/.mypy_cache"),
                     QStringLiteral("--warn-unused-ignores"), QStringLiteral("--no-implicit-optional")};
    for (const char *package :
         {"feature_api", "feature_none", "feature_api_key", "feature_basic", "feature_oauth", "empty"})
        args << QStringLiteral("-p") << QString::fromLatin1(package);
    Run mypy = runProcess(QStringLiteral("mypy"), args, m_dir.path());
    QVERIFY2(mypy.exitCode == 0, qPrintable(mypy.output));
}

void TestPythonGenerator::roundTrip() {
    const QByteArray script = R"PY(
import dataclasses, enum, inspect, json
import feature_api as api
from feature_api import models as m

data = {
    "id": 1, "name": "Rex", "class": "dog", "@odata.type": "#pet", "-1": -1, "": "empty", "type": "t",
    "from_dict": "f", "to_dict": "t2", "additional_properties": "ap", "color": "purple",
    "owner": {"pet": {"id": 2, "name": "Tom", "type": "cat"}, "name": "Ann", "priority": 2},
    "tags": ["a"], "children": [{"id": 3, "name": "Kid", "type": "x", "unknown_child": True}],
    "meta": {"a": 1}, "shape": {"petType": "cat", "meow": True}, "anything": {"x": [1]},
    "list": [1, 99], "self": "me", "Name": "N2", "naïve Größe": "g", "match": False,
    "extra_unknown": {"deep": [1, {"x": None}]},
}
p = m.Pet.from_dict(data)
assert (p.id_, p.name, p.class_, p.odata_type, p.minus_1, p.value, p.type_) == (1, "Rex", "dog", "#pet", -1, "empty", "t")
assert (p.from_dict_, p.to_dict_, p.additional_properties, p.self_, p.name_2, p.naive_grosse, p.match_) == ("f", "t2", "ap", "me", "N2", "g", False)
assert p.additional_properties_2 == {"extra_unknown": {"deep": [1, {"x": None}]}}, p.additional_properties_2
assert p.color == "purple"  # not in the enum: kept as it came
assert isinstance(p.owner, m.Owner) and isinstance(p.owner.pet, m.Pet) and p.owner.pet.name == "Tom"
assert p.owner.priority is m.Priority.N_2
assert p.list_ == [m.Priority.N_1, 99]
assert isinstance(p.children[0], m.Pet) and p.children[0].additional_properties_2 == {"unknown_child": True}
assert isinstance(p.shape, m.Cat) and p.shape.pet_type is m.PetKind.CAT
assert p.to_dict() == data, json.dumps(p.to_dict())
assert m.Pet.from_dict(p.to_dict()) == p and p != m.Pet.from_dict(dict(data, id=5))

# dataclass semantics: required fields first, fields(), replace(), asdict(), repr.
names = [f.name for f in dataclasses.fields(m.Pet)]
assert names[:3] == ["id_", "name", "type_"] and names[-1] == "additional_properties_2", names
assert dataclasses.is_dataclass(p) and dataclasses.replace(p, name="Max").name == "Max"
assert dataclasses.asdict(p)["owner"]["name"] == "Ann"
assert repr(m.Cat(m.PetKind.CAT, True)).startswith("Cat(pet_type=<PetKind.CAT: 'cat'>, meow=True")
assert m.Pet(1, "a", "t").to_dict() == {"id": 1, "name": "a", "type": "t"}

# Enums: safe member names, each base, duplicates, values kept.
assert [e.name for e in m.Color] == ["RED", "GREEN", "DARK_BLUE", "EMPTY", "CLASS", "MINUS_1", "RED_2", "VALUE", "A_B_C"], [e.name for e in m.Color]
assert m.Color.EMPTY.value == "" and m.Color.A_B_C.value == 'a"b\\c' and m.Color.MINUS_1.value == "-1"
assert [(e.name, e.value) for e in m.Priority] == [("N_1", 1), ("N_2", 2), ("MINUS_1", -1)]
assert [(e.name, e.value) for e in m.Ratio] == [("N_0_5", 0.5), ("N_1", 1.0), ("N_2_5E3", 2500.0)]
assert [(e.name, e.value) for e in m.Flag] == [("TRUE", True), ("FALSE", False)]
assert m.ColorCopy is m.Color  # the same values: an alias, one Enum class less to create
assert m.None_.__name__ == "None_" and m.None__2.X.value == "x" and m.Class.__name__ == "Class"

# Maps, unions, nested lists, dangling types.
labels = m.Labels.from_dict({"a": "b"})
assert labels.additional_properties == {"a": "b"} and labels.to_dict() == {"a": "b"}
scores = m.Scores.from_dict({"total": 3, "x": {"name": "A"}})
assert scores.total == 3 and isinstance(scores.additional_properties["x"], m.Owner)
assert scores.to_dict() == {"total": 3, "x": {"name": "A"}}
mixed_data = {"r": 0.5, "f": True, "u": 7, "arr": [{"petType": "dog", "bark": 1.5}, {"petType": "cat", "meow": False}],
              "nested": [[{"name": "A"}], []], "dict_of_lists": {"k": ["red", "nope"]}, "none": "x", "blob": {"q": 1},
              "enum_or_pet": [{"name": "O"}]}
mixed = m.Mixed.from_dict(mixed_data)
assert mixed.r is m.Ratio.N_0_5 and mixed.f is m.Flag.TRUE and mixed.u == 7
assert isinstance(mixed.arr[0], m.Dog) and isinstance(mixed.arr[1], m.Cat)
assert isinstance(mixed.nested[0][0], m.Owner) and mixed.dict_of_lists == {"k": [m.Color.RED, "nope"]}
assert mixed.none is m.None__2.X and mixed.blob == {"q": 1} and isinstance(mixed.enum_or_pet[0], m.Owner)
assert mixed.to_dict() == mixed_data
assert m.Mixed.from_dict({"enum_or_pet": "green"}).enum_or_pet == "green"
assert m.Mixed.from_dict({"enum_or_pet": "Green"}).enum_or_pet is m.Color.GREEN
assert isinstance(m.Mixed.from_dict({"enum_or_pet": {"id": 1, "name": "x", "type": "y"}}).enum_or_pet, m.Pet)
# Union without discriminator match: required fields decide.
assert isinstance(m.Mixed.from_dict({"arr": [{"petType": "?", "meow": True}]}).arr[0], m.Cat)

# Client signatures: required positional, optional keyword-only, reserved names with "_".
sig = inspect.signature(api.Client.get_pet)
assert list(sig.parameters) == ["self", "pet_id", "class_", "from_"], list(sig.parameters)
assert sig.parameters["class_"].kind is inspect.Parameter.KEYWORD_ONLY
assert list(inspect.signature(api.class_).parameters) == ["type_", "list_", "match_", "case_", "param", "self_"]
assert list(inspect.signature(api.send_text).parameters) == ["body_2", "body"]
assert list(inspect.signature(api.create_pet).parameters) == ["body"]
assert api.__all__ == sorted(api.__all__) and "iter_list_pets_2" in api.__all__ and "models" in api.__all__
assert "\\" in api.Client.get_pet.__doc__ and '"""one"""' in api.Client.get_pet.__doc__
assert inspect.iscoroutinefunction(api.list_pets) and inspect.isasyncgenfunction(api.iter_list_pets_2)
print("ok")
)PY";
    writeFile(m_dir.path() + QStringLiteral("/roundtrip.py"), script);
    const Run r = runProcess(kPython, {QStringLiteral("roundtrip.py")}, m_dir.path());
    QVERIFY2(r.exitCode == 0 && r.output.trimmed() == QLatin1String("ok"), qPrintable(r.output));
}

void TestPythonGenerator::clientAgainstHttpServer() {
    // A real http.server on loopback; the handler records what it saw.
    const QByteArray script = R"PY(
import asyncio, http.server, json, threading
import feature_api as api
from feature_api import models as m

seen = []
state = {"text_calls": 0}

class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, payload, ctype="application/json", headers=()):
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        seen.append(("GET", self.path, dict(self.headers)))
        if self.path.startswith("/pets/a%2Fb%20c"):
            return self.reply(200, {"id": 1, "name": "Rex", "type": "dog", "color": "red", "new_field": 1})
        if self.path.startswith("/pets"):
            if "cursor=c2" in self.path:
                return self.reply(200, {"items": [{"id": 2, "name": "B", "type": "t"}], "next_cursor": None})
            return self.reply(200, {"items": [{"id": 1, "name": "A", "type": "t"}], "next_cursor": "c2"})
        if self.path == "/text":
            state["text_calls"] += 1
            if state["text_calls"] == 1:
                return self.reply(503, {"error": "busy"}, headers=[("Retry-After", "0")])
            return self.reply(200, b"plain text", "text/plain")
        if self.path.startswith("/linked"):
            if "page=2" in self.path:
                return self.reply(200, [{"id": 4, "name": "D", "type": "t"}])
            return self.reply(200, [{"id": 3, "name": "C", "type": "t"}],
                              headers=[("Link", '</linked?page=2>; rel="next", </linked?page=9>; rel="last"')])
        if self.path.startswith("/odata"):
            if "skip=1" in self.path:
                return self.reply(200, {"value": [{"id": 6, "name": "F", "type": "t"}]})
            port = self.server.server_address[1]
            return self.reply(200, {"value": [{"id": 5, "name": "E", "type": "t"}],
                                    "@odata.nextLink": f"http://127.0.0.1:{port}/odata?skip=1"})
        return self.reply(404, {"message": "no such thing"})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        seen.append(("POST", self.path, dict(self.headers), raw))
        if self.path == "/pets":
            return self.reply(201, json.loads(raw))
        return self.reply(200, {"got": raw.decode("latin-1")})

    def do_DELETE(self):
        seen.append(("DELETE", self.path, dict(self.headers)))
        return self.reply(404, {"message": "pet not found"})

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

async def main():
    async with api.Client(base_url=base, headers={"X-Test": "1"}) as c:
        c.retry_wait = 0.01
        pet = await c.get_pet("a/b c", class_="x y", from_="me@example.com")
        assert isinstance(pet, m.Pet) and pet.color is m.Color.RED and pet.additional_properties_2 == {"new_field": 1}
        method, path, headers = seen[-1]
        assert path == "/pets/a%2Fb%20c?class=x+y", path
        assert headers["from"] == "me@example.com" and headers["X-Test"] == "1"

        page = await c.list_pets(limit=5, tags=["a", "b"], fields=["x", "y"], x_request_id="r1", session="s1")
        assert isinstance(page, m.ListPetsResponse) and page.next_cursor == "c2" and page.items[0].name == "A"
        method, path, headers = seen[-1]
        assert path == "/pets?limit=5&tags=a&tags=b&fields=x%2Cy", path
        assert headers["X-Request-Id"] == "r1" and headers["Cookie"] == "session=s1"

        names = [p.name async for p in c.iter_list_pets_2(limit=5)]
        assert names == ["A", "B"], names
        assert "cursor=c2" in seen[-1][1]
        assert [p.name async for p in c.iter_list_linked()] == ["C", "D"]
        assert [p.name async for p in c.iter_list_o_data()] == ["E", "F"]

        created = await c.create_pet(m.Pet(7, "New", "t", color=m.Color.GREEN))
        assert created == m.Pet(7, "New", "t", color=m.Color.GREEN)
        assert json.loads(seen[-1][3]) == {"id": 7, "name": "New", "type": "t", "color": "Green"}
        await c.create_pet({"id": 8, "name": "Raw", "type": "t"})
        assert json.loads(seen[-1][3])["name"] == "Raw"

        assert await c.get_text() == "plain text" and state["text_calls"] == 2  # 503 retried

        try:
            await c.delete_pets_pet_id("missing")
            raise AssertionError("no error")
        except api.SDKError as e:
            assert e.status == 404 and e.body == {"message": "pet not found"} and e.method == "DELETE"
            assert str(e) == 'DELETE /pets/missing returned 404: {"message": "pet not found"}', str(e)
            assert "X-Test" not in str(e)

        await c.submit_form(body=m.Labels(additional_properties={"k": "v w"}))
        assert seen[-1][3] == b"k=v+w" and seen[-1][2]["Content-Type"] == "application/x-www-form-urlencoded"
        await c.upload_photo(5, {"file": ("a.txt", b"hello", "text/plain"), "note": "n"})
        assert b'filename="a.txt"' in seen[-1][3] and b"hello" in seen[-1][3] and seen[-1][1] == "/pets/5/photo"

asyncio.run(main())

# One client used from two event loops one after the other (a new httpx client per loop).
shared = api.Client(base_url=base)
assert asyncio.run(shared.get_text()) == "plain text"
assert asyncio.run(shared.get_text()) == "plain text"
print("ok")
)PY";
    writeFile(m_dir.path() + QStringLiteral("/serve.py"), script);
    const Run r = runProcess(kPython, {QStringLiteral("serve.py")}, m_dir.path());
    QVERIFY2(r.exitCode == 0 && r.output.trimmed() == QLatin1String("ok"), qPrintable(r.output));
}

// GitHub-sized: 2,000 models, 300 enums, 1,200 operations. Generation and import must work at
// this size (the timings are printed, not asserted: scripts/bench-* and docs/PERFORMANCE.md).
namespace {
ApiModel largeModel() {
    using K = Type::Kind;
    ApiModel api;
    api.title = "Large";
    for (int e = 0; e < 300; ++e) {
        Enum en;
        en.name = "state-" + std::to_string(e);
        en.values = {"open", "closed", "all", "in-progress"};
        api.enums.push_back(std::move(en));
    }
    for (int i = 0; i < 2000; ++i) {
        Model m;
        m.name = "resource_" + std::to_string(i);
        m.description = "Resource number " + std::to_string(i) + ".";
        m.properties = {
            prop("id", prim(K::Integer), true),
            prop("node_id", prim(K::String), true),
            prop("name", prim(K::String, true), true),
            prop("html_url", prim(K::String)),
            prop("created_at", prim(K::String)),
            prop("state", ref(K::Enum, i % 300)),
            prop("owner", ref(K::Model, (i * 7 + 1) % 2000)),
            prop("labels", wrap(K::Array, {ref(K::Model, (i * 13 + 5) % 2000)})),
            prop("counts", wrap(K::Map, {prim(K::Integer)})),
            prop("either", wrap(K::Union, {ref(K::Model, (i + 1) % 2000), ref(K::Model, (i + 2) % 2000)})),
            prop("private", prim(K::Boolean)),
            prop("score", prim(K::Number))};
        api.models.push_back(std::move(m));
    }
    for (int o = 0; o < 1200; ++o) {
        Operation op;
        op.operationId = "resources/list-for-thing-" + std::to_string(o);
        op.method = o % 3 == 0 ? "post" : "get";
        op.path = "/things/{owner}/{repo}/items/" + std::to_string(o);
        op.summary = "List items of thing " + std::to_string(o);
        op.description = "A longer description with `code`, \"quotes\" and a [link](https://example.com).";
        op.parameters = {param("owner", Parameter::In::Path, prim(K::String)),
                         param("repo", Parameter::In::Path, prim(K::String)),
                         param("per_page", Parameter::In::Query, prim(K::Integer)),
                         param("page", Parameter::In::Query, prim(K::Integer)),
                         param("state", Parameter::In::Query, ref(K::Enum, o % 300))};
        if (o % 3 == 0)
            body(op, RequestBody::Kind::Json, ref(K::Model, o % 2000), "application/json");
        result(op, wrap(K::Array, {ref(K::Model, (o * 3) % 2000)}));
        if (o % 2) {
            op.pagination.kind = Pagination::Kind::LinkHeader;
            op.pagination.itemType = ref(K::Model, (o * 3) % 2000);
        }
        api.operations.push_back(std::move(op));
    }
    return api;
}
} // namespace

void TestPythonGenerator::largePackageImports() {
    const ApiModel api = largeModel();
    QElapsedTimer timer;
    timer.start();
    const auto files = generatePython(api, options("Large", "large_api", SdkAuth::Bearer));
    qInfo("generated 2,000 models + 1,200 operations in %lld ms", static_cast<long long>(timer.elapsed()));
    CALL(writeFiles(m_dir.path(), files));
    // Twice: the first run writes the .pyc files, the second is what a workflow pays.
    QFile::remove(m_dir.path() + QStringLiteral("/large_import.py"));
    writeFile(m_dir.path() + QStringLiteral("/large_import.py"),
              "import sys\nsys.dont_write_bytecode = False\nimport time\nt = time.perf_counter()\n"
              "import large_api\nfrom large_api import models\n"
              "print(f'{(time.perf_counter() - t) * 1000:.0f}')\n"
              "r = models.Resource0.from_dict({'id': 1, 'node_id': 'n', 'name': None, 'state': 'open',"
              " 'owner': {'id': 2, 'node_id': 'm', 'name': 'o'}, 'either': {'id': 3, 'node_id': 'x', 'name': "
              "'y'}})\n"
              "assert r.state is models.State0.OPEN and isinstance(r.owner, models.Resource1)\n");
    for (int round = 0; round < 2; ++round) {
        const Run r = runProcess(kPython, {QStringLiteral("large_import.py")}, m_dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        qInfo("import of the large package (%s): %s ms", round ? "cached .pyc" : "compiling",
              qPrintable(r.output.trimmed()));
    }
    if (!qEnvironmentVariableIsSet("BIFROST_MYPY_LARGE"))
        return; // about a minute; the feature package covers mypy in every run
    timer.restart();
    const Run mypy = runProcess(QStringLiteral("mypy"),
                                {QStringLiteral("--cache-dir"), m_dir.path() + QStringLiteral("/.mypy_large"),
                                 QStringLiteral("-p"), QStringLiteral("large_api")},
                                m_dir.path(), 900000);
    QVERIFY2(mypy.exitCode == 0, qPrintable(mypy.output.left(4000)));
    qInfo("mypy on the large package: %lld ms", static_cast<long long>(timer.elapsed()));
}

// BIFROST_BENCH_SPEC=path: load, read and generate a real spec and print the timings (the
// GitHub spec from tests/node_modules/@octokit/openapi). Skipped without it.
void TestPythonGenerator::measureSpec() {
    const QString spec = qEnvironmentVariable("BIFROST_BENCH_SPEC");
    if (spec.isEmpty())
        QSKIP("set BIFROST_BENCH_SPEC to a spec file to measure it");
    QElapsedTimer timer;
    timer.start();
    auto loaded = loadSpec(spec);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    const qint64 loadMs = timer.restart();
    auto read = readSpec(loaded.value());
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    const qint64 readMs = timer.restart();
    const ApiModel &api = read.value().model;
    const auto files = generatePython(api, options("Bench", "bench_api", SdkAuth::Bearer));
    const qint64 genMs = timer.elapsed();
    qsizetype bytes = 0;
    for (const GeneratedFile &f : files)
        bytes += f.content.size();
    qInfo("%s: %d operations, %d models, %d enums; load %lld ms, read %lld ms, generate %lld ms, %lld bytes",
          qPrintable(spec), int(api.operations.size()), int(api.models.size()), int(api.enums.size()), loadMs,
          readMs, genMs, static_cast<long long>(bytes));
    CALL(writeFiles(m_dir.path(), files));
    writeFile(m_dir.path() + QStringLiteral("/bench_import.py"),
              "import sys\nsys.dont_write_bytecode = False\nimport time\nt = time.perf_counter()\n"
              "import bench_api\nprint(f'{(time.perf_counter() - t) * 1000:.0f}')\n");
    for (int round = 0; round < 2; ++round) {
        const Run r = runProcess(kPython, {QStringLiteral("bench_import.py")}, m_dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.left(4000)));
        qInfo("import (%s): %s ms", round ? "cached .pyc" : "compiling", qPrintable(r.output.trimmed()));
    }
    if (!qEnvironmentVariableIsSet("BIFROST_MYPY_LARGE"))
        return;
    timer.restart();
    const Run mypy = runProcess(QStringLiteral("mypy"),
                                {QStringLiteral("--cache-dir"), m_dir.path() + QStringLiteral("/.mypy_bench"),
                                 QStringLiteral("-p"), QStringLiteral("bench_api")},
                                m_dir.path(), 1800000);
    QVERIFY2(mypy.exitCode == 0, qPrintable(mypy.output.left(4000)));
    qInfo("mypy: %lld ms", static_cast<long long>(timer.elapsed()));
}

QTEST_GUILESS_MAIN(TestPythonGenerator)
#include "tst_pythongenerator.moc"
