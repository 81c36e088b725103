// The spec document layer without I/O: parseJson and parseYaml into Node (kinds, order,
// positions, errors with line:column, limits), JSON pointers, locate and SpecSet::follow.

#include "openapi/specdocument.h"

#include <QTest>

#include <string>

using namespace bifrost;
using namespace bifrost::openapi;

namespace {

const QString kSource = QStringLiteral("/specs/test.json");

// What a failed parse returns, so the comparisons that follow fail visibly.
Node parseFailed() {
    Node node;
    node.kind = Node::Kind::String;
    node.line = -1;
    node.column = -1;
    node.scalar = "PARSE FAILED";
    return node;
}

Node json(std::string_view text) {
    auto parsed = parseJson(text, kSource);
    if (!parsed) {
        qWarning("%s", qPrintable(parsed.error().message));
        return parseFailed();
    }
    return std::move(parsed.value());
}

Node yaml(std::string_view text) {
    auto parsed = parseYaml(text, QStringLiteral("/specs/test.yaml"));
    if (!parsed) {
        qWarning("%s", qPrintable(parsed.error().message));
        return parseFailed();
    }
    return std::move(parsed.value());
}

QString q(const std::string &s) {
    return QString::fromStdString(s);
}

// The member names, comma separated: one readable string to compare.
QString keys(const Node &node) {
    QStringList out;
    for (const auto &member : node.members)
        out << q(member.first);
    return out.join(QLatin1Char(','));
}

} // namespace

class TestSpecParse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ---- JSON ----
    void jsonEveryKind() {
        const Node root = json("{\"s\": \"text\", \"n\": -1.5e3, \"big\": 123456789012345678901234567890,\n"
                               "                                  \"t\": true, \"f\": false, \"z\": null, "
                               "\"a\": [1, \"two\", {}, []], \"o\": {\"k\": []}}");
        QVERIFY(root.isObject());
        QCOMPARE(keys(root), QStringLiteral("s,n,big,t,f,z,a,o"));
        QCOMPARE(q(root.str("s")), QStringLiteral("text"));
        QVERIFY(root.get("n")->isNumber());
        QCOMPARE(q(root.get("n")->scalar), QStringLiteral("-1.5e3"));
        QCOMPARE(q(root.get("big")->scalar), QStringLiteral("123456789012345678901234567890"));
        QVERIFY(root.get("t")->isBool());
        QCOMPARE(root.flag("t"), true);
        QCOMPARE(root.flag("f", true), false);
        QCOMPARE(root.flag("missing", true), true);
        QCOMPARE(root.flag("s", true), true); // not a Bool: the fallback
        QVERIFY(root.get("z")->isNull());
        const Node *a = root.get("a");
        QVERIFY(a->isArray());
        QCOMPARE(a->items.size(), size_t(4));
        QVERIFY(a->items[0].isNumber());
        QVERIFY(a->items[1].isString());
        QVERIFY(a->items[2].isObject());
        QVERIFY(a->items[3].isArray());
        QVERIFY(root.get("o")->get("k")->isArray());
        QVERIFY(root.get("nope") == nullptr);
        QVERIFY(a->get("x") == nullptr); // get on a non-object
        QCOMPARE(q(root.str("n", "fallback")), QStringLiteral("fallback"));
        // A scalar root is fine too.
        QCOMPARE(q(json(" \"just text\" ").scalar), QStringLiteral("just text"));
        QVERIFY(json("null").isNull());
    }

    void jsonNumbersKeepTheirLiteral() {
        const Node root = json("[0, -0, 0.10, 1e400, -2E-5, 1.0e+2, 9007199254740993]");
        QStringList literals;
        for (const Node &item : root.items) {
            QVERIFY(item.isNumber());
            literals << q(item.scalar);
        }
        QCOMPARE(literals.join(QLatin1Char(',')),
                 QStringLiteral("0,-0,0.10,1e400,-2E-5,1.0e+2,9007199254740993"));
    }

    void jsonEscapes() {
        const Node root = json("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"\\u00e9\\u20AC\", \"\\ud83d\\ude00\", "
                               "\"caf\\u00e9 ok\", \"\\ud800x\", \"\\udc00\"]");
        QCOMPARE(root.items[0].scalar, std::string("\"\\/\b\f\n\r\t"));
        QCOMPARE(root.items[1].scalar, std::string("\xC3\xA9\xE2\x82\xAC"));
        QCOMPARE(root.items[2].scalar, std::string("\xF0\x9F\x98\x80")); // U+1F600 from a surrogate pair
        QCOMPARE(root.items[3].scalar, std::string("caf\xC3\xA9 ok"));
        // Unpaired surrogates cannot be UTF-8: U+FFFD, and the text around them survives.
        QCOMPARE(root.items[4].scalar, std::string("\xEF\xBF\xBDx"));
        QCOMPARE(root.items[5].scalar, std::string("\xEF\xBF\xBD"));
        // Raw UTF-8 passes through untouched.
        QCOMPARE(json("\"\xE2\x9C\x93 check\"").scalar, std::string("\xE2\x9C\x93 check"));
    }

    void jsonOrderAndDuplicates() {
        const Node root = json("{\"zeta\": 1, \"alpha\": 2, \"mid\": 3, \"alpha\": 4}");
        QCOMPARE(keys(root), QStringLiteral("zeta,alpha,mid"));
        QCOMPARE(q(root.get("alpha")->scalar), QStringLiteral("4")); // the last value wins
        // Big objects take the hashed duplicate check.
        std::string text = "{";
        for (int i = 0; i < 40; ++i)
            text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",";
        text += "\"k7\": \"again\"}";
        const Node big = json(text);
        QCOMPARE(big.members.size(), size_t(40));
        QCOMPARE(q(big.members[7].first), QStringLiteral("k7"));
        QCOMPARE(q(big.get("k7")->scalar), QStringLiteral("again"));
    }

    void jsonPositions() {
        const Node root = json(
            "{\n  \"a\": 1,\n  \"b\": [true,\n        \"x\"],\n  \"\xC3\xA9\xC3\xA9\": \"v\", \"c\": 2\n}");
        QCOMPARE(root.line, 1);
        QCOMPARE(root.column, 1);
        QCOMPARE(root.get("a")->line, 2);
        QCOMPARE(root.get("a")->column, 8);
        QCOMPARE(root.get("b")->line, 3);
        QCOMPARE(root.get("b")->column, 8);
        QCOMPARE(root.get("b")->items[1].line, 4);
        QCOMPARE(root.get("b")->items[1].column, 9);
        // Columns count characters, not bytes: "éé" is two columns.
        QCOMPARE(root.get("c")->line, 5);
        QCOMPARE(root.get("c")->column, 19); // 21 if bytes were counted
        Document doc{kSource, root};
        QCOMPARE(locate(doc, *root.get("c")), QStringLiteral("/specs/test.json:5:19"));
        QCOMPARE(locate(doc, Node()), kSource);
    }

    void jsonErrors_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("position");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray("  \n") << "2:1"
                               << "empty";
        QTest::newRow("unclosed object") << QByteArray("{") << "1:2"
                                         << "member name";
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << "1:6"
                                       << "':'";
        QTest::newRow("trailing comma object") << QByteArray("{\"a\": 1,}") << "1:9"
                                               << "member name";
        QTest::newRow("trailing comma array") << QByteArray("[1,]") << "1:4"
                                              << "expected a value";
        QTest::newRow("missing comma") << QByteArray("[1 2]") << "1:4"
                                       << "',' or ']'";
        QTest::newRow("bad literal") << QByteArray("{\"a\": tru}") << "1:7"
                                     << "expected a value";
        QTest::newRow("unclosed string") << QByteArray("[\"abc") << "1:6"
                                         << "not closed";
        QTest::newRow("newline in string") << QByteArray("[\"ab\ncd\"]") << "1:5"
                                           << "end of the line";
        QTest::newRow("leading zero") << QByteArray("[01]") << "1:3"
                                      << "start with 0";
        QTest::newRow("bare dot") << QByteArray("[1.]") << "1:4"
                                  << "decimal point";
        QTest::newRow("bad escape") << QByteArray("\n\n  \"a\\xb\"") << "3:6"
                                    << "escape";
        QTest::newRow("bad unicode escape") << QByteArray("\"\\u12G4\"") << "1:6"
                                            << "hex digits";
        QTest::newRow("minus alone") << QByteArray("[-]") << "1:3"
                                     << "digit";
        QTest::newRow("text after value") << QByteArray("{}\n  x") << "2:3"
                                          << "after the end";
        QTest::newRow("single quotes") << QByteArray("{'a': 1}") << "1:2"
                                       << "double quotes";
        QTest::newRow("control character") << QByteArray("[\"a\tb\"]") << "1:4"
                                           << "escaped";
        QTest::newRow("position after utf8") << QByteArray("{\"\xC3\xA9\xC3\xA9\": ?}") << "1:8"
                                             << "expected a value";
    }
    void jsonErrors() {
        QFETCH(QByteArray, text);
        QFETCH(QString, position);
        QFETCH(QString, words);
        const auto parsed = parseJson(std::string_view(text.constData(), size_t(text.size())), kSource);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        const QString message = parsed.error().message;
        QVERIFY2(message.startsWith(kSource + QLatin1Char(':') + position + QLatin1Char(':')),
                 qPrintable(message));
        QVERIFY2(message.contains(words), qPrintable(message));
    }

    void jsonDeepNesting() {
        // 500 levels parse; 10,000 are refused with an error, not a stack overflow.
        const std::string ok = std::string(500, '[') + std::string(500, ']');
        QVERIFY(parseJson(ok, kSource).ok());
        const std::string deep = std::string(10'000, '[') + std::string(10'000, ']');
        const auto parsed = parseJson(deep, kSource);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(QLatin1String("deeper than")),
                 qPrintable(parsed.error().message));
        const std::string deepObjects = [] {
            std::string s;
            for (int i = 0; i < 10'000; ++i)
                s += "{\"a\":";
            return s;
        }();
        QVERIFY(!parseJson(deepObjects, kSource));
    }

    void specTextPicksTheParser() {
        auto fromJson = parseSpecText("\xEF\xBB\xBF \n {\"openapi\": \"3.1.0\"}", kSource);
        QVERIFY(fromJson);
        QCOMPARE(q(fromJson->str("openapi")), QStringLiteral("3.1.0"));
        auto fromYaml = parseSpecText("openapi: 3.1.0\ninfo: {title: T}\n", kSource);
        QVERIFY(fromYaml);
        QCOMPARE(q(fromYaml->str("openapi")), QStringLiteral("3.1.0"));
        QCOMPARE(q(fromYaml->get("info")->str("title")), QStringLiteral("T"));
        // JSON errors are JSON errors: a '{' document is never retried as YAML.
        const auto broken = parseSpecText("{\"a\": }", kSource);
        QVERIFY(!broken);
        QVERIFY(broken.error().message.contains(QLatin1String("JSON")));
    }

    // ---- YAML ----
    void yamlBlockAndFlow() {
        const Node root = yaml("# a comment\n"
                               "openapi: 3.0.3   # trailing comment\n"
                               "info:\n"
                               "  title: Pet Store\n"
                               "  version: \"1.0\"\n"
                               "tags: [pets, {name: store, x: [1, 2]}]\n"
                               "paths:\n"
                               "  /pets:\n"
                               "    get:\n"
                               "      parameters:\n"
                               "        - name: limit\n"
                               "          in: query\n"
                               "        - {name: offset, in: query}\n"
                               "empty:\n");
        QCOMPARE(keys(root), QStringLiteral("openapi,info,tags,paths,empty"));
        QVERIFY(root.get("openapi")->isString()); // 3.0.3 is no number
        QCOMPARE(q(root.get("info")->str("version")), QStringLiteral("1.0"));
        const Node *tags = root.get("tags");
        QVERIFY(tags->isArray());
        QCOMPARE(q(tags->items[0].scalar), QStringLiteral("pets"));
        QCOMPARE(q(tags->items[1].str("name")), QStringLiteral("store"));
        QCOMPARE(tags->items[1].get("x")->items.size(), size_t(2));
        const Node *params = root.get("paths")->get("/pets")->get("get")->get("parameters");
        QCOMPARE(params->items.size(), size_t(2));
        QCOMPARE(q(params->items[1].str("name")), QStringLiteral("offset"));
        QVERIFY(root.get("empty")->isNull());
        // Positions, 1-based.
        QCOMPARE(root.get("info")->get("title")->line, 4);
        QCOMPARE(root.get("info")->get("title")->column, 10);
        QCOMPARE(params->items[1].line, 13);
        QCOMPARE(params->items[1].column, 11);
    }

    void yamlCoreSchema_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("scalar");
        const int Null = int(Node::Kind::Null), Bool = int(Node::Kind::Bool),
                  Number = int(Node::Kind::Number), String = int(Node::Kind::String);
        QTest::newRow("true") << "true" << Bool << "true";
        QTest::newRow("True") << "True" << Bool << "true";
        QTest::newRow("FALSE") << "FALSE" << Bool << "false";
        QTest::newRow("null") << "null" << Null << "";
        QTest::newRow("tilde") << "~" << Null << "";
        QTest::newRow("int") << "42" << Number << "42";
        QTest::newRow("negative") << "-7" << Number << "-7";
        QTest::newRow("plus") << "+12" << Number << "12";
        QTest::newRow("leading zeros") << "007" << Number << "7";
        QTest::newRow("hex") << "0x1F" << Number << "31";
        QTest::newRow("octal") << "0o17" << Number << "15";
        QTest::newRow("float") << "1.5" << Number << "1.5";
        QTest::newRow("dot float") << ".5" << Number << "0.5";
        QTest::newRow("exponent") << "1e3" << Number << "1e3";
        QTest::newRow("float exponent") << "-2.5E-3" << Number << "-2.5E-3";
        QTest::newRow("inf") << "-.inf" << Number << "-.inf";
        // YAML 1.1 booleans and other look-alikes are strings in the 1.2 core schema.
        QTest::newRow("yes") << "yes" << String << "yes";
        QTest::newRow("on") << "on" << String << "on";
        QTest::newRow("version") << "1.2.3" << String << "1.2.3";
        QTest::newRow("date") << "2024-01-31" << String << "2024-01-31";
        QTest::newRow("underscore") << "1_000" << String << "1_000";
        QTest::newRow("single quoted") << "'true'" << String << "true";
        QTest::newRow("double quoted") << "\"12\"" << String << "12";
        QTest::newRow("quoted null") << "'null'" << String << "null";
        QTest::newRow("explicit str") << "!!str 12" << String << "12";
        QTest::newRow("explicit int") << "!!int \"12\"" << Number << "12";
        QTest::newRow("escapes") << "\"a\\tb\\u00e9\"" << String << "a\tb\u00e9";
        QTest::newRow("text") << "hello world" << String << "hello world";
    }
    void yamlCoreSchema() {
        QFETCH(QString, value);
        QFETCH(int, kind);
        QFETCH(QString, scalar);
        const Node root = yaml(QString(QStringLiteral("v: ") + value + QLatin1Char('\n')).toStdString());
        const Node *v = root.get("v");
        QVERIFY(v);
        QCOMPARE(int(v->kind), kind);
        QCOMPARE(q(v->scalar), scalar);
    }

    void yamlMultiLineStrings() {
        const Node root = yaml("literal: |\n  line one\n  line two\n\n"
                               "folded: >\n  folded\n  text\n\n  para\n"
                               "strip: |-\n  no newline\n"
                               "keep: |+\n  kept\n\n"
                               "plain: a plain\n  continued line\n"
                               "quoted: \"first\n  second\"\n");
        QCOMPARE(root.str("literal"), std::string("line one\nline two\n"));
        QCOMPARE(root.str("folded"), std::string("folded text\npara\n"));
        QCOMPARE(root.str("strip"), std::string("no newline"));
        QCOMPARE(root.str("keep"), std::string("kept\n\n"));
        QCOMPARE(root.str("plain"), std::string("a plain continued line"));
        QCOMPARE(root.str("quoted"), std::string("first second"));
    }

    void yamlAnchorsAliasesMerge() {
        const Node root = yaml("\n"
                               "defs:\n"
                               "  base: &base {type: object, readOnly: true}\n"
                               "  names: &names [a, b]\n"
                               "  other: &other {type: string, format: uuid, extra: 1}\n"
                               "  scalar: &s hello\n"
                               "use:\n"
                               "  copy: *base\n"
                               "  list: *names\n"
                               "  text: *s\n"
                               "  merged:\n"
                               "    <<: *base\n"
                               "    readOnly: false\n"
                               "    title: Merged\n"
                               "  multi:\n"
                               "    <<: [*other, *base]\n"
                               "    extra: 2\n"
                               "  inline:\n"
                               "    <<: {a: 1, b: 2}\n"
                               "    b: 3\n"
                               "  quotedKey:\n"
                               "    \"<<\": not a merge\n");
        const Node *use = root.get("use");
        QCOMPARE(keys(*use->get("copy")), QStringLiteral("type,readOnly"));
        QCOMPARE(use->get("copy")->flag("readOnly"), true);
        QCOMPARE(use->get("list")->items.size(), size_t(2));
        QCOMPARE(use->str("text"), std::string("hello"));
        // The alias's copy carries the alias's position.
        QCOMPARE(use->get("copy")->line, 8);
        const Node *merged = use->get("merged");
        QCOMPARE(keys(*merged), QStringLiteral("type,readOnly,title"));
        QCOMPARE(merged->flag("readOnly", true), false); // explicit keys win
        const Node *multi = use->get("multi");
        QCOMPARE(keys(*multi), QStringLiteral("type,format,readOnly,extra"));
        QCOMPARE(multi->str("type"), std::string("string")); // the first source wins
        QCOMPARE(multi->get("extra")->scalar, std::string("2"));
        QCOMPARE(keys(*use->get("inline")), QStringLiteral("a,b"));
        QCOMPARE(use->get("inline")->get("b")->scalar, std::string("3"));
        QCOMPARE(keys(*use->get("quotedKey")), QStringLiteral("<<"));
    }

    void yamlErrors_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("position");
        QTest::addColumn<QString>("words");
        QTest::newRow("unclosed flow") << QByteArray("a: [1, 2\nb: 3\n") << "2:2"
                                       << "flow sequence";
        QTest::newRow("mapping in plain") << QByteArray("a: b: c\n") << "1:5"
                                          << "mapping values";
        QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << "3:2"
                                         << "expected key";
        QTest::newRow("unclosed quote") << QByteArray("a: 'open\n") << "2:1"
                                        << "quoted scalar";
        QTest::newRow("tab indent") << QByteArray("a:\n\tb: 1\n") << "2:1"
                                    << "tab";
        QTest::newRow("unknown alias") << QByteArray("a: 1\nb: *nope\n") << "2:4"
                                       << "*nope";
        QTest::newRow("bad merge") << QByteArray("a:\n  <<: 5\n") << "2:7"
                                   << "merge key";
        QTest::newRow("complex key") << QByteArray("? [a, b]\n: 1\n") << "1:3"
                                     << "mapping key";
        QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << "3:1"
                                       << "second document";
    }
    void yamlErrors() {
        QFETCH(QByteArray, text);
        QFETCH(QString, position);
        QFETCH(QString, words);
        const QString source = QStringLiteral("/specs/bad.yaml");
        const auto parsed = parseYaml(std::string_view(text.constData(), size_t(text.size())), source);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        const QString message = parsed.error().message;
        QVERIFY2(message.startsWith(source + QLatin1Char(':') + position + QLatin1Char(':')),
                 qPrintable(message));
        QVERIFY2(message.contains(words, Qt::CaseInsensitive), qPrintable(message));
    }

    void yamlAliasBombRefused() {
        // "Billion laughs": nine levels of ten aliases each would be 10^9 nodes.
        std::string text = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int i = 1; i <= 9; ++i) {
            const std::string prev = "*l" + std::to_string(i - 1);
            text += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
            for (int j = 0; j < 10; ++j)
                text += (j ? ", " : "") + prev;
            text += "]\n";
        }
        const auto parsed = parseYaml(text, QStringLiteral("/specs/bomb.yaml"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(QLatin1String("alias bomb")),
                 qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.startsWith(QLatin1String("/specs/bomb.yaml:")),
                 qPrintable(parsed.error().message));
        // Recursive anchors cannot expand at all.
        QVERIFY(!parseYaml("a: &a [*a]\n", QStringLiteral("/specs/self.yaml")));
    }

    void yamlDeepNesting() {
        const std::string deep = std::string(10'000, '[') + std::string(10'000, ']');
        const auto parsed = parseYaml(deep, QStringLiteral("/specs/deep.yaml"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(QLatin1String("deeper than")),
                 qPrintable(parsed.error().message));
    }

    void yamlEmptyDocumentIsNull() {
        QVERIFY(yaml("# only a comment\n").isNull());
        QVERIFY(yaml("").isNull());
    }

    // ---- pointers, locate, follow ----
    void pointers() {
        const Node root =
            json("{\"a/b\": {\"m~n\": 1}, \"arr\": [10, 20], \"sp ace\": 3, \"%25\": 4, \"\": 5,\n"
                 "                                  \"paths\": {\"/pets/{id}\": {\"get\": 6}}}");
        const auto at = [&](std::string_view pointer) -> QString {
            const Node *node = resolvePointer(root, pointer);
            return node ? q(node->scalar) : QStringLiteral("<none>");
        };
        QCOMPARE(resolvePointer(root, ""), &root);
        QCOMPARE(at("/a~1b/m~0n"), QStringLiteral("1"));
        QCOMPARE(at("/arr/1"), QStringLiteral("20"));
        QCOMPARE(at("/arr/0"), QStringLiteral("10"));
        QCOMPARE(at("/arr/01"), QStringLiteral("<none>"));
        QCOMPARE(at("/arr/2"), QStringLiteral("<none>"));
        QCOMPARE(at("/arr/-"), QStringLiteral("<none>"));
        QCOMPARE(at("/sp%20ace"), QStringLiteral("3")); // percent-encoded, as in a URI fragment
        QCOMPARE(at("/sp ace"), QStringLiteral("3"));
        QCOMPARE(at("/%25"), QStringLiteral("4")); // not the key "%": the literal key "%25"
        QCOMPARE(at("/"), QStringLiteral("5"));    // the empty key
        QCOMPARE(at("/paths/~1pets~1%7Bid%7D/get"), QStringLiteral("6"));
        QCOMPARE(at("/paths/~1pets~1{id}/get"), QStringLiteral("6"));
        QCOMPARE(at("a"), QStringLiteral("<none>"));
        QCOMPARE(at("/arr/1/x"), QStringLiteral("<none>"));
        QCOMPARE(escapePointerToken("a/b~c"), std::string("a~1b~0c"));
        QCOMPARE(escapePointerToken("/pets/{id}"), std::string("~1pets~1{id}"));
        const std::string token = escapePointerToken("/pets/{id}");
        QCOMPARE(at("/paths/" + token + "/get"), QStringLiteral("6"));
    }

    void followReferences() {
        SpecSet set;
        auto main = std::make_shared<Document>();
        main->source = QStringLiteral("/specs/api/main.json");
        main->root = json("{\"components\": {\"schemas\": {\"Pet\": {\"type\": \"object\"}}}}");
        auto common = std::make_shared<Document>();
        common->source = QStringLiteral("/specs/common/errors.json");
        common->root = json("{\"Error\": {\"type\": \"string\"}}");
        set.mainSource = main->source;
        set.documents.emplace(main->source, main);
        set.documents.emplace(common->source, common);
        QCOMPARE(&set.main(), main.get());

        auto local = set.follow(*main, "#/components/schemas/Pet");
        QVERIFY(local);
        QCOMPARE(local->first, main.get());
        QCOMPARE(local->second->str("type"), std::string("object"));

        auto other = set.follow(*main, "../common/errors.json#/Error");
        QVERIFY(other);
        QCOMPARE(other->first, common.get());
        QCOMPARE(other->second->str("type"), std::string("string"));
        auto whole = set.follow(*main, "../common/./errors.json");
        QVERIFY(whole);
        QCOMPARE(whole->second, &common->root);
        // From the other document back, relative to its own folder.
        auto back = set.follow(*common, "../api/main.json#/components/schemas/Pet");
        QVERIFY(back);
        QCOMPARE(back->first, main.get());

        const auto missingDoc = set.follow(*main, "nothere.yaml#/X");
        QVERIFY(!missingDoc);
        QCOMPARE(missingDoc.error().code, ErrorCode::NotFound);
        QVERIFY2(missingDoc.error().message.contains(QLatin1String("nothere.yaml#/X")) &&
                     missingDoc.error().message.contains(main->source),
                 qPrintable(missingDoc.error().message));
        const auto missingNode = set.follow(*main, "#/components/schemas/Cat");
        QVERIFY(!missingNode);
        QVERIFY2(missingNode.error().message.contains(QLatin1String("#/components/schemas/Cat")),
                 qPrintable(missingNode.error().message));
    }

    void followUrlReferences() {
        SpecSet set;
        auto main = std::make_shared<Document>();
        main->source = QStringLiteral("https://example.com/api/v1/spec.yaml");
        main->root = yaml("a: 1\n");
        auto pet = std::make_shared<Document>();
        pet->source = QStringLiteral("https://example.com/api/schemas/pet.yaml");
        pet->root = yaml("Pet: {type: object}\n");
        set.mainSource = main->source;
        set.documents.emplace(main->source, main);
        set.documents.emplace(pet->source, pet);
        auto found = set.follow(*main, "../schemas/pet.yaml#/Pet");
        QVERIFY(found);
        QCOMPARE(found->first, pet.get());
        auto absolute = set.follow(*main, "https://example.com/api/schemas/pet.yaml#/Pet");
        QVERIFY(absolute);
        // A remote document never reaches local files.
        const auto local = set.follow(*main, "file:///etc/passwd");
        QVERIFY(!local);
    }
};

QTEST_GUILESS_MAIN(TestSpecParse)
#include "tst_spec_parse.moc"
