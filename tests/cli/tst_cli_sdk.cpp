// bifrostctl sdk generate / sdk runtime end to end: the real binary on a real database and the
// real keychain (scripts/with-keyring). Errors and their exit codes, schema fields added per auth
// kind and never deleted or changed, defaults set only when absent, replacing our own package but
// not a foreign folder, byte-identical output, warnings for skipped items, specs from a loopback
// URL (a real `python3 -m http.server`), and that a failed or dry run writes nothing.
//
// The generated code itself is run by tests/python/tst_sdk_e2e.py.
#include "clitest.h"

#include <QDirIterator>
#include <QRegularExpression>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

// A small spec with an apiKey scheme in a header, a server URL and one model.
const char *const petsYaml = R"(openapi: 3.0.3
info:
  title: Pets
  version: "1.0"
servers:
  - url: https://pets.example.com/api
security:
  - key: []
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Pet'
  /pets/{petId}:
    get:
      operationId: getPet
      parameters:
        - name: petId
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Pet'
components:
  securitySchemes:
    key:
      type: apiKey
      in: header
      name: X-Pets-Key
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name:
          type: string
        class:
          type: string
)";

// The same API with one schema whose reference leads nowhere: the rest must generate.
const char *const brokenSchemaYaml = R"(openapi: 3.0.3
info:
  title: Pets
  version: "1.0"
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Pet'
components:
  schemas:
    Pet:
      type: object
      properties:
        name:
          type: string
    Broken:
      $ref: '#/components/schemas/Nowhere'
    Owner:
      type: object
      properties:
        pet:
          $ref: '#/components/schemas/Pet'
)";

// A malformed JSON document: the comma after "1.0" is missing (line 3).
const char *const malformedJson =
    "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"x\", \"version\": \"1.0\"\n"
    "  \"paths\": {}\n}\n";
// A malformed YAML document: a flow sequence that is never closed (line 4).
const char *const malformedYaml =
    "openapi: 3.0.3\ninfo:\n  title: x\n  tags: [a, b\n  version: '1'\npaths: {}\n";
const char *const unsupportedVersion =
    "{\"swagger\": \"1.2\", \"info\": {\"title\": \"x\", \"version\": \"1\"}, "
    "\"paths\": {}}\n";

// Every file under `dir` with its bytes, by relative path.
QMap<QString, QByteArray> tree(const QString &dir) {
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return files;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliSdk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder"); }
    void cleanup() { env.cleanup(); }

    void unknownIntegration();
    void missingSpecFile();
    void malformedSpecs_data();
    void malformedSpecs();
    void usageErrors_data();
    void usageErrors();
    void fieldsPerAuth_data();
    void fieldsPerAuth();
    void authFromSpec();
    void existingFieldsNeverDeleted();
    void headerNameDefaultOnlyWhenAbsent();
    void replaceOwnPackageNotForeign();
    void deterministic();
    void brokenSchemaIsAWarning();
    void specFromLoopbackUrl();
    void remoteHttpRefused();
    void dryRunWritesNothing();
    void writeFailureRollsBack();
    void jsonOutput();
    void runtimeAlone();

private:
    QString spec(const char *name = "pets.yaml", const char *text = petsYaml) const {
        return env.writeFile(QString::fromLatin1(name), text);
    }
    QString out(const char *name = "out") const { return env.path(QString::fromLatin1(name)); }
    CtlResult generate(const QString &integration, const QString &specPath, const Args &extra = Args{},
                       const QString &outDir = {}) const {
        return env.run(Args{"sdk", "generate", "--integration", integration, "--spec", specPath, "--out",
                            outDir.isEmpty() ? out() : outDir} +
                       extra);
    }
    QJsonArray schema(const char *name) const { return env.json({"schema", "show", name, "--json"}).array(); }
    QJsonObject config(const char *name) const {
        return env.json({"get", name}).object().value(u"config"_s).toObject();
    }

    CliEnv env;
};

void TestCliSdk::unknownIntegration() {
    CLI_EXPECT_FAIL(generate(u"nosuch"_s, spec()), 3);
    QVERIFY(!QFileInfo::exists(out()));
}

void TestCliSdk::missingSpecFile() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const QByteArray before = env.snapshot();
    const CtlResult r = generate(u"pets"_s, env.path(u"no-such-spec.yaml"_s));
    CLI_EXPECT_FAIL(r, 3);
    QVERIFY2(r.err.contains("no-such-spec.yaml"), r.err.constData());
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    QVERIFY(!QFileInfo::exists(out()));
}

void TestCliSdk::malformedSpecs_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where"); // file:line: (a column follows)
    QTest::newRow("json") << u"broken.json"_s << QByteArray(malformedJson) << u"broken.json:4:"_s;
    QTest::newRow("yaml") << u"broken.yaml"_s << QByteArray(malformedYaml) << u"broken.yaml:"_s;
}

void TestCliSdk::malformedSpecs() {
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const QByteArray before = env.snapshot();
    const CtlResult r = generate(u"pets"_s, env.writeFile(file, text));
    CLI_EXPECT_FAIL(r, 2);
    // file:line:column
    const QRegularExpression located(QRegularExpression::escape(where) + u"\\d*:?\\d+"_s);
    QVERIFY2(r.errText().contains(located), r.err.constData());
    QVERIFY2(r.errText().contains(QRegularExpression(QRegularExpression::escape(file) + u":\\d+:\\d+"_s)),
             r.err.constData());
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    QVERIFY(!QFileInfo::exists(out()));
}

void TestCliSdk::usageErrors_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("auth") << QStringList{u"--auth"_s, u"token"_s} << u"--auth"_s;
    QTest::newRow("package digit") << QStringList{u"--package"_s, u"1pets"_s} << u"1pets"_s;
    QTest::newRow("package keyword") << QStringList{u"--package"_s, u"class"_s} << u"class"_s;
    QTest::newRow("package runtime") << QStringList{u"--package"_s, u"bifrost"_s} << u"bifrost"_s;
    QTest::newRow("package dash") << QStringList{u"--package"_s, u"my-pets"_s} << u"my-pets"_s;
    QTest::newRow("unsupported version") << QStringList{u"--spec"_s, u"UNSUPPORTED"_s} << u"1.2"_s;
}

void TestCliSdk::usageErrors() {
    QFETCH(QStringList, extra);
    QFETCH(QString, mentions);
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const QString unsupported = env.writeFile(u"old.json"_s, unsupportedVersion);
    extra.replaceInStrings(u"UNSUPPORTED"_s, unsupported);
    const QByteArray before = env.snapshot();
    // The version row brings its own --spec.
    QStringList args{u"sdk"_s, u"generate"_s, u"--integration"_s, u"pets"_s, u"--out"_s, out()};
    if (!extra.contains(u"--spec"_s))
        args << u"--spec"_s << spec();
    const CtlResult r = env.run(Args(args + extra));
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(mentions), r.err.constData());
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    QVERIFY(!QFileInfo::exists(out()));
}

void TestCliSdk::fieldsPerAuth_data() {
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QStringList>("fields"); // key:type, in schema order
    QTest::newRow("none") << u"none"_s << QStringList{u"base_url:string"_s};
    QTest::newRow("oauth") << u"oauth"_s << QStringList{u"base_url:string"_s};
    QTest::newRow("bearer") << u"bearer"_s << QStringList{u"base_url:string"_s, u"token:secret"_s};
    QTest::newRow("api_key") << u"api_key"_s
                             << QStringList{u"base_url:string"_s, u"header_name:string"_s,
                                            u"api_key:secret"_s};
    QTest::newRow("basic") << u"basic"_s
                           << QStringList{u"base_url:string"_s, u"username:string"_s, u"password:secret"_s};
}

void TestCliSdk::fieldsPerAuth() {
    QFETCH(QString, auth);
    QFETCH(QStringList, fields);
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const CtlResult r = generate(u"pets"_s, spec(), {"--auth", auth});
    CLI_EXPECT_OK(r);
    QStringList got;
    for (const QJsonValue &f : schema("pets"))
        got << f[u"key"_s].toString() + u':' + f[u"type"_s].toString();
    QCOMPARE(got, fields);
    // Required: base_url and the credentials; header_name is optional.
    for (const QJsonValue &f : schema("pets"))
        QCOMPARE(f[u"required"_s].toBool(), f[u"key"_s].toString() != u"header_name"_s);
    // The summary names what was added and how to set it.
    QVERIFY2(r.outText().contains(u"base_url (string, required)"_s), r.out.constData());
    QVERIFY2(r.outText().contains(u"bifrostctl config set pets base_url URL"_s), r.out.constData());
    for (const QString &f : fields) {
        if (f.endsWith(u":secret"_s))
            QVERIFY2(
                r.outText().contains(u"bifrostctl config set pets %1 --stdin"_s.arg(f.section(u':', 0, 0))),
                r.out.constData());
    }
    QVERIFY2(r.outText().contains(u"Auth: "_s + auth), r.out.constData());
    // The base_url default comes from the spec's server.
    QCOMPARE(config("pets").value(u"base_url"_s).toString(), u"https://pets.example.com/api"_s);
    // The package and the runtime beside it.
    for (const char *file : {"__init__.py", "pets/__init__.py", "pets/models.py", "pets/client.py",
                             "pets/py.typed", "bifrost/__init__.py"})
        QVERIFY2(QFileInfo::exists(QDir(out()).filePath(QLatin1String(file))), file);
    QVERIFY(readAll(QDir(out()).filePath(u"pets/__init__.py"_s))
                .startsWith("# Generated by bifrostctl sdk generate. Do not edit.\n"));
    // A second generation adds nothing more.
    const CtlResult again = generate(u"pets"_s, spec(), {"--auth", auth});
    CLI_EXPECT_OK(again);
    QCOMPARE(schema("pets").size(), fields.size());
    QVERIFY2(again.outText().contains(u"has every field"_s), again.out.constData());
}

void TestCliSdk::authFromSpec() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const CtlResult r = generate(u"pets"_s, spec());
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().contains(u"Auth: api_key"_s), r.out.constData());
    QVERIFY2(r.outText().contains(u"X-Pets-Key"_s), r.out.constData()); // the reason names the scheme
    // header_name's default is the spec's header.
    QCOMPARE(config("pets").value(u"header_name"_s).toString(), u"X-Pets-Key"_s);
}

void TestCliSdk::existingFieldsNeverDeleted() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const char *const fields = R"([{"key": "region", "type": "string", "options": ["eu", "us"]},
        {"key": "token", "type": "string"}, {"key": "secret_key", "type": "secret", "required": true},
        {"key": "base_url", "type": "string", "required": false, "pattern": "https://.+"}])";
    QVERIFY(env.setSchema("pets", fields));
    QVERIFY(env.ok({"org", "add", "Acme"}));
    QVERIFY(env.ok({"config", "set", "pets", "region", "eu"}));
    QVERIFY(env.ok({"config", "set", "pets", "region", "us", "--org", "Acme"}));
    QVERIFY(env.ok({"config", "set", "pets", "token", "plain-token-value"}));
    const QString secret = newSecret("pets-secret");
    QVERIFY(env.setSecret("pets", "secret_key", secret));
    const QByteArray before = env.snapshot(true);

    // bearer needs `token` as a secret: a conflict that names the field, and nothing changes.
    const CtlResult conflict = generate(u"pets"_s, spec(), {"--auth", "bearer"});
    CLI_EXPECT_FAIL(conflict, 4);
    QVERIFY2(conflict.err.contains("\"token\"") && conflict.err.contains("string") &&
                 conflict.err.contains("secret"),
             conflict.err.constData());
    QVERIFY2(conflict.err.contains("schema set") && conflict.err.contains("--auth"),
             conflict.err.constData());
    QVERIFY2(env.snapshot(true) == before, "a refused generation changed the database");
    QVERIFY(!QFileInfo::exists(out()));

    // api_key: the three existing fields and their values stay, the missing ones are appended,
    // the existing base_url (another description, not required, a pattern) is kept as it is.
    CLI_EXPECT_OK(generate(u"pets"_s, spec(), {"--auth", "api_key"}));
    QStringList keys;
    for (const QJsonValue &f : schema("pets"))
        keys << f[u"key"_s].toString();
    QCOMPARE(keys, (QStringList{u"region"_s, u"token"_s, u"secret_key"_s, u"base_url"_s, u"header_name"_s,
                                u"api_key"_s}));
    const QJsonArray stored = schema("pets");
    QCOMPARE(stored.at(3)[u"pattern"_s].toString(), u"https://.+"_s);
    QCOMPARE(stored.at(3)[u"required"_s].toBool(), false);
    QCOMPARE(stored.at(0)[u"options"_s].toArray().size(), 2);
    const QJsonObject values = env.json({"get", "pets", "--org", "Acme"}).object()[u"config"_s].toObject();
    QCOMPARE(values[u"region"_s].toString(), u"us"_s);
    QCOMPARE(values[u"token"_s].toString(), u"plain-token-value"_s);
    QVERIFY2(values[u"secret_key"_s].toString() == secret, "the secret value was lost");
    QCOMPARE(config("pets")[u"region"_s].toString(), u"eu"_s);
    // The base_url default from the spec satisfies the kept pattern, so it is set.
    QCOMPARE(config("pets")[u"base_url"_s].toString(), u"https://pets.example.com/api"_s);
}

void TestCliSdk::headerNameDefaultOnlyWhenAbsent() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    QVERIFY(env.setSchema(
        "pets", R"([{"key": "header_name", "type": "string"}, {"key": "base_url", "type": "string"}])"));
    QVERIFY(env.ok({"config", "set", "pets", "header_name", "X-Custom"}));
    QVERIFY(env.ok({"config", "set", "pets", "base_url", "http://127.0.0.1:9/mine"}));
    const CtlResult r = generate(u"pets"_s, spec(), {"--auth", "api_key"});
    CLI_EXPECT_OK(r);
    QCOMPARE(config("pets")[u"header_name"_s].toString(), u"X-Custom"_s);
    QCOMPARE(config("pets")[u"base_url"_s].toString(), u"http://127.0.0.1:9/mine"_s);
    QVERIFY2(!r.outText().contains(u"Set default"_s), r.out.constData());

    // A fresh integration: both defaults are set and reported.
    QVERIFY(env.ok({"integration", "create", "fresh"}));
    const CtlResult fresh = generate(u"fresh"_s, spec(), {"--auth", "api_key"}, out("out2"));
    CLI_EXPECT_OK(fresh);
    QCOMPARE(config("fresh")[u"header_name"_s].toString(), u"X-Pets-Key"_s);
    QVERIFY2(fresh.outText().contains(u"header_name = X-Pets-Key"_s), fresh.out.constData());
    QVERIFY2(fresh.outText().contains(u"base_url = https://pets.example.com/api"_s), fresh.out.constData());
}

void TestCliSdk::replaceOwnPackageNotForeign() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    CLI_EXPECT_OK(generate(u"pets"_s, spec()));
    const QString init = QDir(out()).filePath(u"__init__.py"_s);
    // DIR/__init__.py is written once: a user's edit survives regeneration.
    QFile edit(init);
    QVERIFY(edit.open(QIODevice::Append));
    edit.write("# my edit\n");
    edit.close();
    // A stale file in our package disappears on regeneration (the folder is replaced whole).
    QVERIFY(!env.writeFile(u"out/pets/stale.py"_s, "x = 1\n").isEmpty());
    CLI_EXPECT_OK(generate(u"pets"_s, spec()));
    QVERIFY(readAll(init).endsWith("# my edit\n"));
    QVERIFY(!QFileInfo::exists(env.path(u"out/pets/stale.py"_s)));
    QVERIFY(QFileInfo::exists(env.path(u"out/pets/models.py"_s)));
    // No temporary siblings are left behind.
    QCOMPARE(QDir(out()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{u"__init__.py"_s, u"bifrost"_s, u"pets"_s}));

    // A folder we did not generate is refused, and left as it was.
    QVERIFY(QDir().mkpath(env.path(u"out/mine"_s)));
    QVERIFY(!env.writeFile(u"out/mine/__init__.py"_s, "# hand written\n").isEmpty());
    const QByteArray before = env.snapshot();
    const CtlResult refused = generate(u"pets"_s, spec(), {"--package", "mine"});
    CLI_EXPECT_FAIL(refused, 4);
    QVERIFY2(refused.err.contains("--force") && refused.err.contains("mine"), refused.err.constData());
    QCOMPARE(readAll(env.path(u"out/mine/__init__.py"_s)), QByteArray("# hand written\n"));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    // A plain file of that name too.
    QVERIFY(!env.writeFile(u"out/other"_s, "data").isEmpty());
    CLI_EXPECT_FAIL(generate(u"pets"_s, spec(), {"--package", "other"}), 4);
    // --force replaces it.
    CLI_EXPECT_OK(generate(u"pets"_s, spec(), {"--package", "mine", "--force"}));
    QVERIFY(readAll(env.path(u"out/mine/__init__.py"_s)).startsWith("# Generated by bifrostctl"));
}

void TestCliSdk::deterministic() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const QString example =
        QString::fromLocal8Bit(qgetenv("BIFROST_TEST_SUPPORT")) + u"/../python/specs/example-api.yaml"_s;
    const QString specPath = QFileInfo::exists(example) ? example : spec();
    CLI_EXPECT_OK(generate(u"pets"_s, specPath, {}, out("one")));
    // Another process, another day: the same bytes.
    CLI_EXPECT_OK(generate(u"pets"_s, specPath, {}, out("two")));
    const auto one = tree(out("one")), two = tree(out("two"));
    QVERIFY(one.size() > 5);
    QCOMPARE(one.keys(), two.keys());
    for (auto it = one.begin(); it != one.end(); ++it)
        QVERIFY2(it.value() == two.value(it.key()), qPrintable(it.key()));
}

void TestCliSdk::brokenSchemaIsAWarning() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const CtlResult r = generate(u"pets"_s, spec("broken-schema.yaml", brokenSchemaYaml));
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QVERIFY2(!lines.isEmpty() && !r.err.isEmpty(), "no warning on stderr");
    bool named = false;
    for (const QByteArray &line : lines) {
        QVERIFY2(line.startsWith("bifrostctl: warning: "), line.constData());
        // LOCATION: MESSAGE, the location in the spec file (line:column or a JSON pointer)
        named = named || QString::fromUtf8(line).contains(
                             QRegularExpression(u"broken-schema\\.yaml(:\\d+:\\d+|#/)\\S*: "_s));
    }
    QVERIFY2(named, r.err.constData());
    QVERIFY(QFileInfo::exists(QDir(out()).filePath(u"pets/models.py"_s)));
    QVERIFY2(readAll(QDir(out()).filePath(u"pets/models.py"_s)).contains("class Owner"),
             "the good models were not generated");
}

void TestCliSdk::specFromLoopbackUrl() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    QVERIFY(QDir().mkpath(env.path(u"www"_s)));
    QVERIFY(!env.writeFile(u"www/pets.yaml"_s, petsYaml).isEmpty());
    // A real HTTP server: Python's, on a free loopback port it chooses and prints.
    QProcess server;
    server.setWorkingDirectory(env.path(u"www"_s));
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(u"/usr/bin/python3"_s,
                 {u"-u"_s, u"-m"_s, u"http.server"_s, u"--bind"_s, u"127.0.0.1"_s, u"0"_s});
    QVERIFY(server.waitForStarted(10000));
    QByteArray banner;
    const QRegularExpression portLine(u"port (\\d+)"_s);
    QRegularExpressionMatch m;
    for (int i = 0; i < 100 && !(m = portLine.match(QString::fromUtf8(banner))).hasMatch(); ++i) {
        server.waitForReadyRead(100);
        banner += server.readAll();
    }
    QVERIFY2(m.hasMatch(), banner.constData());
    const QString url = u"http://127.0.0.1:%1/pets.yaml"_s.arg(m.captured(1));
    const CtlResult r = generate(u"pets"_s, url);
    server.kill();
    server.waitForFinished(5000);
    CLI_EXPECT_OK(r);
    QVERIFY(QFileInfo::exists(QDir(out()).filePath(u"pets/client.py"_s)));
    QCOMPARE(config("pets")[u"header_name"_s].toString(), u"X-Pets-Key"_s);
}

void TestCliSdk::remoteHttpRefused() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const QByteArray before = env.snapshot();
    // Refused by the URL rule before any connection (plain http only to loopback hosts).
    const CtlResult r = generate(u"pets"_s, u"http://example.com/openapi.yaml"_s);
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.err.contains("https"), r.err.constData());
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    QVERIFY(!QFileInfo::exists(out()));
}

void TestCliSdk::dryRunWritesNothing() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const QByteArray before = env.snapshot();
    const CtlResult r = generate(u"pets"_s, spec(), {"--dry-run"});
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().contains(u"Would add schema fields: base_url (string, required)"_s),
             r.out.constData());
    QVERIFY2(r.outText().contains(u"Nothing was written"_s), r.out.constData());
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    QVERIFY(!QFileInfo::exists(out()));
    // A dry run still reports a conflict.
    QVERIFY(env.setSchema("pets", R"([{"key": "api_key", "type": "int"}])"));
    CLI_EXPECT_FAIL(generate(u"pets"_s, spec(), {"--dry-run"}), 4);
}

void TestCliSdk::writeFailureRollsBack() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const QByteArray before = env.snapshot();
    // --out below a plain file: the folder cannot be made after the schema was changed in the
    // transaction, which must then roll back.
    QVERIFY(!env.writeFile(u"plain"_s, "x").isEmpty());
    const CtlResult r = generate(u"pets"_s, spec(), {}, env.path(u"plain/sub"_s));
    QVERIFY2(r.exitCode == 4 || r.exitCode == 5, r.err.constData());
    QVERIFY(isOneErrorLine(r.err));
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    QCOMPARE(readAll(env.path(u"plain"_s)), QByteArray("x"));
}

void TestCliSdk::jsonOutput() {
    QVERIFY(env.ok({"integration", "create", "pets"}));
    const CtlResult r = generate(u"pets"_s, spec(), {"--json", "--package", "pets_api"});
    CLI_EXPECT_OK(r);
    const QJsonObject o = r.json().object();
    QCOMPARE(o[u"package"_s].toString(), u"pets_api"_s);
    QCOMPARE(o[u"auth"_s].toString(), u"api_key"_s);
    QCOMPARE(o[u"dry_run"_s].toBool(), false);
    QCOMPARE(o[u"package_dir"_s].toString(), QDir(out()).filePath(u"pets_api"_s));
    QCOMPARE(o[u"added_fields"_s].toArray(), arr(R"(["base_url", "header_name", "api_key"])"));
    QCOMPARE(o[u"operations"_s].toArray().size(), 2);
    QCOMPARE(o[u"operations"_s].toArray().at(0)[u"method"_s].toString(), u"GET"_s);
    QCOMPARE(o[u"operations"_s].toArray().at(0)[u"path"_s].toString(), u"/pets"_s);
    QCOMPARE(o[u"operations"_s].toArray().at(0)[u"function"_s].toString(), u"list_pets"_s);
    QVERIFY(o[u"usage_example"_s].toString().contains(u"from pets_api import list_pets"_s));
    QVERIFY(o[u"files"_s].toArray().contains(u"pets_api/models.py"_s));
    QVERIFY(QFileInfo::exists(QDir(out()).filePath(u"pets_api/models.py"_s)));
}

void TestCliSdk::runtimeAlone() {
    const CtlResult r = env.run({"sdk", "runtime", "--out", out()});
    CLI_EXPECT_OK(r);
    QCOMPARE(QDir(out()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"bifrost"_s});
    const auto files = tree(out());
    QVERIFY(files.contains(u"bifrost/__init__.py"_s));
    QVERIFY(files.contains(u"bifrost/integrations.py"_s));
    QVERIFY(files.contains(u"bifrost/py.typed"_s));
    // Byte for byte the runtime of the source tree, when the suite can see it.
    const QString source =
        QString::fromLocal8Bit(qgetenv("BIFROST_TEST_SUPPORT")) + u"/../../resources/python"_s;
    if (QFileInfo::exists(source + u"/bifrost/__init__.py"_s)) {
        for (auto it = files.begin(); it != files.end(); ++it)
            QVERIFY2(readAll(source + u'/' + it.key()) == it.value(), qPrintable(it.key()));
    }
    // Run again: replaced, not merged; nothing else in DIR.
    CLI_EXPECT_OK(env.run({"sdk", "runtime", "--out", out()}));
    QCOMPARE(tree(out()).keys(), files.keys());
}

QTEST_GUILESS_MAIN(TestCliSdk)
#include "tst_cli_sdk.moc"
