// Value validation and schema field checks (ARCHITECTURE.md §2 and §3, "Writes").

#include "coretestutil.h"
#include "model/schemafield.h"
#include "validate/valuevalidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <limits>

using namespace bifrost;

Q_DECLARE_METATYPE(bifrost::FieldType)
Q_DECLARE_METATYPE(bifrost::TextMode)
Q_DECLARE_METATYPE(bifrost::SchemaField)

namespace {

SchemaField makeField(FieldType type, const QString &key = QStringLiteral("value")) {
    SchemaField f;
    f.key = key;
    f.type = type;
    return f;
}

ValueContext defaultCtx(const QString &key = QStringLiteral("value")) {
    return {QStringLiteral("crm"), key, {}};
}

// The message prefix every value error starts with.
QString prefix(const ValueContext &ctx) {
    const QString level = ctx.organization.isEmpty()
                              ? QStringLiteral("default")
                              : QStringLiteral("override for organization \"%1\"").arg(ctx.organization);
    return QStringLiteral("integration \"%1\", key \"%2\" (%3): ").arg(ctx.integration, ctx.key, level);
}

bool isJsonInteger(const QJsonValue &v) {
    return v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong;
}

QJsonValue parsed(const QString &text) {
    QString error;
    const auto v = parseJsonText(text, &error);
    return v ? *v : QJsonValue(QJsonValue::Undefined);
}

} // namespace

class TestValueValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void intFromJson_data();
    void intFromJson();
    void intFromText_data();
    void intFromText();
    void intMinMax_data();
    void intMinMax();

    void boolFromJson_data();
    void boolFromJson();
    void boolFromText_data();
    void boolFromText();

    void jsonAcceptsAnyValue_data();
    void jsonAcceptsAnyValue();
    void jsonTextErrors_data();
    void jsonTextErrors();
    void parseJsonTextScalars_data();
    void parseJsonTextScalars();

    void stringAndSecretAcceptAnyText_data();
    void stringAndSecretAcceptAnyText();
    void stringRejectsNonText();
    void patternFullMatch_data();
    void patternFullMatch();

    void options_data();
    void options();

    void messagesNameIntegrationKeyAndLevel_data();
    void messagesNameIntegrationKeyAndLevel();
    void secretValuesNeverQuoted_data();
    void secretValuesNeverQuoted();

    void textConversions();

    void schemaFieldKeys_data();
    void schemaFieldKeys();
    void schemaFieldChecks_data();
    void schemaFieldChecks();
    void schemaFieldOptionsCanonical();
};

// --- int ------------------------------------------------------------------------------------

void TestValueValidator::intFromJson_data() {
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("json integer") << QJsonValue(42) << true << qint64(42);
    QTest::newRow("json zero") << QJsonValue(0) << true << qint64(0);
    QTest::newRow("json negative") << QJsonValue(-7) << true << qint64(-7);
    QTest::newRow("json int64 max") << QJsonValue(max) << true << max;
    QTest::newRow("json int64 min") << QJsonValue(min) << true << min;
    QTest::newRow("parsed json integer")
        << parsed(QStringLiteral("1234567890123")) << true << qint64(1234567890123);
    QTest::newRow("parsed int64 max") << parsed(QStringLiteral("9223372036854775807")) << true << max;
    QTest::newRow("decimal string") << QJsonValue(QStringLiteral("42")) << true << qint64(42);
    QTest::newRow("negative decimal string") << QJsonValue(QStringLiteral("-15")) << true << qint64(-15);
    QTest::newRow("decimal string int64 max")
        << QJsonValue(QStringLiteral("9223372036854775807")) << true << max;

    QTest::newRow("12abc") << QJsonValue(QStringLiteral("12abc")) << false << qint64(0);
    QTest::newRow("empty string") << QJsonValue(QStringLiteral("")) << false << qint64(0);
    QTest::newRow("decimal fraction string") << QJsonValue(QStringLiteral("1.5")) << false << qint64(0);
    QTest::newRow("hex string") << QJsonValue(QStringLiteral("0x10")) << false << qint64(0);
    QTest::newRow("exponent string") << QJsonValue(QStringLiteral("1e3")) << false << qint64(0);
    QTest::newRow("json 1.5") << QJsonValue(1.5) << false << qint64(0);
    QTest::newRow("parsed json 1.5") << parsed(QStringLiteral("1.5")) << false << qint64(0);
    QTest::newRow("overflow string") << QJsonValue(QStringLiteral("9223372036854775808")) << false
                                     << qint64(0);
    QTest::newRow("negative overflow string")
        << QJsonValue(QStringLiteral("-9223372036854775809")) << false << qint64(0);
    QTest::newRow("parsed json overflow")
        << parsed(QStringLiteral("9223372036854775808")) << false << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << qint64(0);
    QTest::newRow("array") << QJsonValue(QJsonArray{1}) << false << qint64(0);
    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("n"), 1}}) << false << qint64(0);
}

void TestValueValidator::intFromJson() {
    QFETCH(QJsonValue, input);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const auto result = validateValue(makeField(FieldType::Int), input, defaultCtx());
    QCOMPARE(result.ok(), valid);
    if (valid) {
        QVERIFY2(isJsonInteger(*result), "the canonical form of an int is a JSON integer");
        QCOMPARE(result->toInteger(), expected);
    } else {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().message.contains(QStringLiteral("whole number")),
                 qPrintable(result.error().message));
    }
}

void TestValueValidator::intFromText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("42") << QStringLiteral("42") << true << qint64(42);
    QTest::newRow("-3") << QStringLiteral("-3") << true << qint64(-3);
    QTest::newRow("0") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("int64 max") << QStringLiteral("9223372036854775807") << true
                               << std::numeric_limits<qint64>::max();
    QTest::newRow("int64 min") << QStringLiteral("-9223372036854775808") << true
                               << std::numeric_limits<qint64>::min();
    QTest::newRow("12abc") << QStringLiteral("12abc") << false << qint64(0);
    QTest::newRow("abc") << QStringLiteral("abc") << false << qint64(0);
    QTest::newRow("1.5") << QStringLiteral("1.5") << false << qint64(0);
    QTest::newRow("1.0") << QStringLiteral("1.0") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("overflow") << QStringLiteral("9223372036854775808") << false << qint64(0);
    QTest::newRow("negative overflow") << QStringLiteral("-9223372036854775809") << false << qint64(0);
    QTest::newRow("hex") << QStringLiteral("0x1F") << false << qint64(0);
    QTest::newRow("quoted json string") << QStringLiteral("\"42\"") << false << qint64(0);
}

void TestValueValidator::intFromText() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    for (TextMode mode : {TextMode::Cli, TextMode::Strict}) {
        const auto result = parseTextValue(makeField(FieldType::Int), text, defaultCtx(), mode);
        QCOMPARE(result.ok(), valid);
        if (valid) {
            QVERIFY(isJsonInteger(*result));
            QCOMPARE(result->toInteger(), expected);
        } else {
            QCOMPARE(result.error().code, ErrorCode::InvalidInput);
            QVERIFY2(result.error().message.contains(QLatin1Char('"') + text + QLatin1Char('"')),
                     qPrintable(result.error().message));
        }
    }
}

void TestValueValidator::intMinMax_data() {
    QTest::addColumn<QVariant>("min");
    QTest::addColumn<QVariant>("max");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("problem"); // empty: valid

    const QVariant none;
    const QVariant one = qint64(1);
    const QVariant hundred = qint64(100);
    QTest::newRow("below min") << one << hundred << qint64(0) << QStringLiteral("below the minimum 1");
    QTest::newRow("at min") << one << hundred << qint64(1) << QString();
    QTest::newRow("inside") << one << hundred << qint64(50) << QString();
    QTest::newRow("at max") << one << hundred << qint64(100) << QString();
    QTest::newRow("above max") << one << hundred << qint64(101) << QStringLiteral("above the maximum 100");
    QTest::newRow("min only, far above") << one << none << qint64(1'000'000'000'000) << QString();
    QTest::newRow("min only, below") << one << none << qint64(-5) << QStringLiteral("below the minimum 1");
    QTest::newRow("max only, far below") << none << hundred << qint64(-1'000'000'000'000) << QString();
    QTest::newRow("max only, above") << none << hundred << qint64(1000)
                                     << QStringLiteral("above the maximum 100");
    QTest::newRow("negative range") << QVariant(qint64(-10)) << QVariant(qint64(-5)) << qint64(-4)
                                    << QStringLiteral("above the maximum -5");
}

void TestValueValidator::intMinMax() {
    QFETCH(QVariant, min);
    QFETCH(QVariant, max);
    QFETCH(qint64, value);
    QFETCH(QString, problem);

    SchemaField field = makeField(FieldType::Int, QStringLiteral("timeout"));
    if (min.isValid())
        field.min = min.toLongLong();
    if (max.isValid())
        field.max = max.toLongLong();
    const ValueContext ctx = defaultCtx(QStringLiteral("timeout"));

    // The bounds apply whichever way the value arrives.
    const QList<Result<QJsonValue>> results{
        validateValue(field, QJsonValue(value), ctx),
        validateValue(field, QJsonValue(QString::number(value)), ctx),
        parseTextValue(field, QString::number(value), ctx, TextMode::Cli),
        parseTextValue(field, QString::number(value), ctx, TextMode::Strict),
    };
    for (const auto &result : results) {
        if (problem.isEmpty()) {
            REQUIRE_OK(result);
            QCOMPARE(result->toInteger(), value);
        } else {
            REQUIRE_ERROR(result, ErrorCode::InvalidInput);
            QVERIFY2(result.error().message.startsWith(prefix(ctx)), qPrintable(result.error().message));
            QVERIFY2(result.error().message.contains(problem), qPrintable(result.error().message));
            QCOMPARE(result.error().field, QStringLiteral("timeout"));
        }
    }
}

// --- bool -----------------------------------------------------------------------------------

void TestValueValidator::boolFromJson_data() {
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("expected");

    QTest::newRow("true") << QJsonValue(true) << true << true;
    QTest::newRow("false") << QJsonValue(false) << true << false;
    QTest::newRow("parsed true") << parsed(QStringLiteral("true")) << true << true;
    QTest::newRow("string true") << QJsonValue(QStringLiteral("true")) << false << false;
    QTest::newRow("string yes") << QJsonValue(QStringLiteral("yes")) << false << false;
    QTest::newRow("1") << QJsonValue(1) << false << false;
    QTest::newRow("0") << QJsonValue(0) << false << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << false;
    QTest::newRow("array") << QJsonValue(QJsonArray{true}) << false << false;
}

void TestValueValidator::boolFromJson() {
    QFETCH(QJsonValue, input);
    QFETCH(bool, valid);
    QFETCH(bool, expected);

    const auto result = validateValue(makeField(FieldType::Bool), input, defaultCtx());
    QCOMPARE(result.ok(), valid);
    if (valid) {
        QVERIFY(result->isBool());
        QCOMPARE(result->toBool(), expected);
    } else {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().message.contains(QStringLiteral("not a boolean")),
                 qPrintable(result.error().message));
    }
}

void TestValueValidator::boolFromText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextMode>("mode");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("expected");

    const struct {
        const char *text;
        bool value;
    } cliAccepted[] = {
        {"true", true},   {"TRUE", true}, {"True", true}, {"tRuE", true},   {"yes", true},
        {"YES", true},    {"Yes", true},  {"1", true},    {"false", false}, {"FALSE", false},
        {"False", false}, {"no", false},  {"NO", false},  {"No", false},    {"0", false},
    };
    for (const auto &c : cliAccepted) {
        QTest::addRow("cli %s", c.text) << QString::fromLatin1(c.text) << TextMode::Cli << true << c.value;
        const QString lower = QString::fromLatin1(c.text).toLower();
        const bool strictOk = lower == QLatin1String("true") || lower == QLatin1String("false");
        QTest::addRow("strict %s", c.text)
            << QString::fromLatin1(c.text) << TextMode::Strict << strictOk << c.value;
    }
    for (const char *text : {"y", "n", "on", "off", "2", "-1", "", "truee", "yess", "t"}) {
        QTest::addRow("cli rejects '%s'", text)
            << QString::fromLatin1(text) << TextMode::Cli << false << false;
        QTest::addRow("strict rejects '%s'", text)
            << QString::fromLatin1(text) << TextMode::Strict << false << false;
    }
}

void TestValueValidator::boolFromText() {
    QFETCH(QString, text);
    QFETCH(TextMode, mode);
    QFETCH(bool, valid);
    QFETCH(bool, expected);

    const auto result = parseTextValue(makeField(FieldType::Bool), text, defaultCtx(), mode);
    QCOMPARE(result.ok(), valid);
    if (valid) {
        QVERIFY(result->isBool());
        QCOMPARE(result->toBool(), expected);
        return;
    }
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("not a boolean")), qPrintable(message));
    // The hint lists exactly what the mode accepts.
    const QString hint = mode == TextMode::Cli ? QStringLiteral("; give true, false, yes, no, 1 or 0")
                                               : QStringLiteral("; give true or false");
    QVERIFY2(message.endsWith(hint), qPrintable(message));
}

// --- json -----------------------------------------------------------------------------------

void TestValueValidator::jsonAcceptsAnyValue_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("object") << QStringLiteral("{\"a\": {\"b\": [1, 2]}}")
                            << QJsonValue(
                                   QJsonObject{{QStringLiteral("a"),
                                                QJsonObject{{QStringLiteral("b"), QJsonArray{1, 2}}}}});
    QTest::newRow("array") << QStringLiteral("[1, \"two\", null]")
                           << QJsonValue(QJsonArray{1, QStringLiteral("two"), QJsonValue::Null});
    QTest::newRow("empty object") << QStringLiteral("{}") << QJsonValue(QJsonObject{});
    QTest::newRow("bare string") << QStringLiteral("\"text\"") << QJsonValue(QStringLiteral("text"));
    QTest::newRow("bare integer") << QStringLiteral("42") << QJsonValue(42);
    QTest::newRow("bare decimal") << QStringLiteral("3.5") << QJsonValue(3.5);
    QTest::newRow("bare true") << QStringLiteral("true") << QJsonValue(true);
    QTest::newRow("bare false") << QStringLiteral("false") << QJsonValue(false);
    QTest::newRow("bare null") << QStringLiteral("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("surrounding whitespace")
        << QStringLiteral("\n  [true]  \n") << QJsonValue(QJsonArray{true});
    QTest::newRow("unicode") << QStringLiteral("\"Ärzte ✓\"") << QJsonValue(QStringLiteral("Ärzte ✓"));
}

void TestValueValidator::jsonAcceptsAnyValue() {
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);

    const SchemaField field = makeField(FieldType::Json);
    for (TextMode mode : {TextMode::Cli, TextMode::Strict}) {
        const auto fromText = parseTextValue(field, text, defaultCtx(), mode);
        REQUIRE_OK(fromText);
        COMPARE_JSON(*fromText, expected);
    }
    const auto fromJson = validateValue(field, expected, defaultCtx());
    REQUIRE_OK(fromJson);
    COMPARE_JSON(*fromJson, expected);
}

void TestValueValidator::jsonTextErrors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // of the offending character (or the end of the text)

    QTest::newRow("trailing comma on line 2") << QStringLiteral("{\"a\":\n 1,}") << 2 << 4;
    QTest::newRow("unterminated object") << QStringLiteral("{") << 1 << 2;
    QTest::newRow("empty") << QString() << 1 << 1;
    QTest::newRow("whitespace only") << QStringLiteral("   ") << 1 << 1;
    QTest::newRow("two values") << QStringLiteral("1, 2") << 1 << 2;
    QTest::newRow("bare word") << QStringLiteral("hello") << 1 << 1;
    QTest::newRow("single quotes") << QStringLiteral("{'a': 1}") << 1 << 2;
    QTest::newRow("error on line 3") << QStringLiteral("{\n  \"a\": 1,\n  \"b\": }\n}") << 3 << 8;
    QTest::newRow("broken literal before a line break")
        << QStringLiteral("{\n  \"a\": 1,\n  \"b\": tru\n}") << 3 << 11;
    QTest::newRow("columns count characters, not bytes")
        << QStringLiteral("[\"Ärzte ✓\",\n \"日本\" \"x\"]") << 2 << 7;
    QTest::newRow("missing colon on line 4") << QStringLiteral("[\n  1,\n  2,\n  {\"k\" 3}\n]") << 4 << 8;
    QTest::newRow("closing bracket injection") << QStringLiteral("1],[2") << 1 << 2;
}

void TestValueValidator::jsonTextErrors() {
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);

    QString where;
    const auto value = parseJsonText(text, &where);
    QVERIFY2(!value, "invalid JSON was accepted");
    static const QRegularExpression re(QStringLiteral("^line (\\d+), column (\\d+): \\S"));
    const QRegularExpressionMatch m = re.match(where);
    QVERIFY2(m.hasMatch(), qPrintable(where));
    QCOMPARE(m.captured(1).toInt(), line);
    // Qt's parser reports most errors just after the character it choked on.
    const int reported = m.captured(2).toInt();
    QVERIFY2(reported == column || reported == column + 1, qPrintable(where));

    // The validator reports the same position, prefixed with where the value was going.
    const ValueContext ctx{QStringLiteral("crm"), QStringLiteral("payload"), QStringLiteral("Contoso")};
    const auto result = parseTextValue(makeField(FieldType::Json, QStringLiteral("payload")), text, ctx);
    REQUIRE_ERROR(result, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.startsWith(prefix(ctx)), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("invalid JSON at ") + where),
             qPrintable(result.error().message));
}

void TestValueValidator::parseJsonTextScalars_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("integer") << QStringLiteral("7") << QJsonValue(7);
    QTest::newRow("negative") << QStringLiteral("-7") << QJsonValue(-7);
    QTest::newRow("string") << QStringLiteral("\"x\"") << QJsonValue(QStringLiteral("x"));
    QTest::newRow("null") << QStringLiteral("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("nested") << QStringLiteral("[[[]]]") << QJsonValue(QJsonArray{QJsonArray{QJsonArray{}}});
}

void TestValueValidator::parseJsonTextScalars() {
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);

    QString error = QStringLiteral("untouched");
    const auto value = parseJsonText(text, &error);
    QVERIFY(value.has_value());
    COMPARE_JSON(*value, expected);
    QCOMPARE(value->type(), expected.type());
    // Round trip through the compact writer.
    const auto again = parseJsonText(toJsonText(*value), nullptr);
    QVERIFY(again.has_value());
    QVERIFY(*again == expected);
}

// --- string and secret ----------------------------------------------------------------------

void TestValueValidator::stringAndSecretAcceptAnyText_data() {
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QString>("text");

    for (FieldType type : {FieldType::String, FieldType::Secret}) {
        const QByteArray t = fieldTypeName(type).toLatin1();
        QTest::addRow("%s empty", t.constData()) << type << QStringLiteral("");
        QTest::addRow("%s plain", t.constData()) << type << QStringLiteral("https://api.example.com");
        QTest::addRow("%s spaces kept", t.constData()) << type << QStringLiteral("  padded  ");
        QTest::addRow("%s multi-line", t.constData()) << type << QStringLiteral("line 1\nline 2\n");
        QTest::addRow("%s unicode", t.constData()) << type << QStringLiteral("Ärzte – ✓ 日本");
        QTest::addRow("%s looks like json", t.constData()) << type << QStringLiteral("{\"a\": 1}");
        QTest::addRow("%s looks like bool", t.constData()) << type << QStringLiteral("true");
    }
}

void TestValueValidator::stringAndSecretAcceptAnyText() {
    QFETCH(FieldType, type);
    QFETCH(QString, text);

    const SchemaField field = makeField(type);
    for (TextMode mode : {TextMode::Cli, TextMode::Strict}) {
        const auto fromText = parseTextValue(field, text, defaultCtx(), mode);
        REQUIRE_OK(fromText);
        QVERIFY(fromText->isString());
        QCOMPARE(fromText->toString(), text);
    }
    const auto fromJson = validateValue(field, QJsonValue(text), defaultCtx());
    REQUIRE_OK(fromJson);
    QCOMPARE(fromJson->toString(), text);
}

void TestValueValidator::stringRejectsNonText() {
    const SchemaField field = makeField(FieldType::String);
    for (const QJsonValue &v :
         {QJsonValue(42), QJsonValue(true), QJsonValue(QJsonValue::Null), QJsonValue(QJsonArray{})}) {
        const auto result = validateValue(field, v, defaultCtx());
        REQUIRE_ERROR(result, ErrorCode::InvalidInput);
        QVERIFY2(result.error().message.contains(QStringLiteral("expected text")),
                 qPrintable(result.error().message));
    }
}

void TestValueValidator::patternFullMatch_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    QTest::newRow("letters ok") << QStringLiteral("[a-z]+") << QStringLiteral("abc") << true;
    QTest::newRow("trailing digit") << QStringLiteral("[a-z]+") << QStringLiteral("abc1") << false;
    QTest::newRow("leading digit") << QStringLiteral("[a-z]+") << QStringLiteral("1abc") << false;
    QTest::newRow("three digits") << QStringLiteral("\\d{3}") << QStringLiteral("123") << true;
    QTest::newRow("four digits") << QStringLiteral("\\d{3}") << QStringLiteral("1234") << false;
    QTest::newRow("alternation, one branch") << QStringLiteral("foo|bar") << QStringLiteral("bar") << true;
    QTest::newRow("alternation, both") << QStringLiteral("foo|bar") << QStringLiteral("foobar") << false;
    QTest::newRow("alternation, prefix") << QStringLiteral("foo|bar") << QStringLiteral("food") << false;
    QTest::newRow("url") << QStringLiteral("https://.+") << QStringLiteral("https://example.com") << true;
    QTest::newRow("url with newline suffix")
        << QStringLiteral("https://.+") << QStringLiteral("https://example.com\nevil") << false;
    QTest::newRow("empty value, pattern allows it") << QStringLiteral("[a-z]*") << QString() << true;
    QTest::newRow("empty value, pattern needs text") << QStringLiteral("[a-z]+") << QString() << false;
}

void TestValueValidator::patternFullMatch() {
    QFETCH(QString, pattern);
    QFETCH(QString, value);
    QFETCH(bool, valid);

    SchemaField field = makeField(FieldType::String, QStringLiteral("code"));
    field.pattern = pattern;
    const ValueContext ctx = defaultCtx(QStringLiteral("code"));
    const QList<Result<QJsonValue>> results{validateValue(field, QJsonValue(value), ctx),
                                            parseTextValue(field, value, ctx)};
    for (const auto &result : results) {
        QCOMPARE(result.ok(), valid);
        if (!valid) {
            QCOMPARE(result.error().code, ErrorCode::InvalidInput);
            QVERIFY2(result.error().message.contains(QStringLiteral("does not match the pattern ") + pattern),
                     qPrintable(result.error().message));
        }
    }
}

// --- options --------------------------------------------------------------------------------

void TestValueValidator::options_data() {
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QJsonArray>("options");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");

    const QJsonArray regions{QStringLiteral("eu"), QStringLiteral("us")};
    QTest::newRow("string option") << FieldType::String << regions << QJsonValue(QStringLiteral("eu"))
                                   << true;
    QTest::newRow("string other option")
        << FieldType::String << regions << QJsonValue(QStringLiteral("us")) << true;
    QTest::newRow("string case differs")
        << FieldType::String << regions << QJsonValue(QStringLiteral("EU")) << false;
    QTest::newRow("string not listed")
        << FieldType::String << regions << QJsonValue(QStringLiteral("asia")) << false;
    QTest::newRow("string empty") << FieldType::String << regions << QJsonValue(QStringLiteral("")) << false;

    const QJsonArray sizes{10, 20};
    QTest::newRow("int option") << FieldType::Int << sizes << QJsonValue(10) << true;
    QTest::newRow("int option as decimal string")
        << FieldType::Int << sizes << QJsonValue(QStringLiteral("20")) << true;
    QTest::newRow("int not listed") << FieldType::Int << sizes << QJsonValue(30) << false;
    QTest::newRow("int not listed as string")
        << FieldType::Int << sizes << QJsonValue(QStringLiteral("30")) << false;
}

void TestValueValidator::options() {
    QFETCH(FieldType, type);
    QFETCH(QJsonArray, options);
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);

    SchemaField field = makeField(type, QStringLiteral("choice"));
    field.options = options;
    const ValueContext ctx{QStringLiteral("crm"), QStringLiteral("choice"), QStringLiteral("Contoso")};
    const auto result = validateValue(field, value, ctx);
    QCOMPARE(result.ok(), valid);
    if (valid) {
        QVERIFY(options.contains(*result));
    } else {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        const QString message = result.error().message;
        QVERIFY2(message.startsWith(prefix(ctx)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not one of the allowed values")), qPrintable(message));
        for (const QJsonValue &o : options)
            QVERIFY2(message.contains(toJsonText(o)), qPrintable(message));
    }

    // The same through text, as the CLI passes it.
    const auto fromText = parseTextValue(field, valueAsText(value), ctx);
    QCOMPARE(fromText.ok(), valid);
}

// --- messages -------------------------------------------------------------------------------

void TestValueValidator::messagesNameIntegrationKeyAndLevel_data() {
    QTest::addColumn<SchemaField>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("organization");

    SchemaField limited = makeField(FieldType::Int, QStringLiteral("timeout"));
    limited.max = 60;
    SchemaField patterned = makeField(FieldType::String, QStringLiteral("tenant"));
    patterned.pattern = QStringLiteral("[0-9]+");
    SchemaField choice = makeField(FieldType::String, QStringLiteral("region"));
    choice.options = {QStringLiteral("eu")};

    for (const QString &org : {QString(), QStringLiteral("Contoso"), QStringLiteral("Ärzte am Markt")}) {
        const QByteArray level = org.isEmpty() ? QByteArray("default") : org.toUtf8();
        QTest::addRow("int/%s", level.constData())
            << makeField(FieldType::Int, QStringLiteral("port")) << QStringLiteral("eighty") << org;
        QTest::addRow("max/%s", level.constData()) << limited << QStringLiteral("61") << org;
        QTest::addRow("bool/%s", level.constData())
            << makeField(FieldType::Bool, QStringLiteral("debug")) << QStringLiteral("maybe") << org;
        QTest::addRow("json/%s", level.constData())
            << makeField(FieldType::Json, QStringLiteral("extra")) << QStringLiteral("{") << org;
        QTest::addRow("pattern/%s", level.constData()) << patterned << QStringLiteral("abc") << org;
        QTest::addRow("options/%s", level.constData()) << choice << QStringLiteral("us") << org;
    }
}

void TestValueValidator::messagesNameIntegrationKeyAndLevel() {
    QFETCH(SchemaField, field);
    QFETCH(QString, text);
    QFETCH(QString, organization);

    const ValueContext ctx{QStringLiteral("halo-psa"), field.key, organization};
    const QString expectedPrefix =
        organization.isEmpty()
            ? QStringLiteral("integration \"halo-psa\", key \"%1\" (default): ").arg(field.key)
            : QStringLiteral("integration \"halo-psa\", key \"%1\" (override for organization \"%2\"): ")
                  .arg(field.key, organization);
    QCOMPARE(ctx.describe() + QStringLiteral(": "), expectedPrefix);

    const auto result = parseTextValue(field, text, ctx);
    REQUIRE_ERROR(result, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.startsWith(expectedPrefix), qPrintable(result.error().message));
    QCOMPARE(result.error().field, field.key);
}

void TestValueValidator::secretValuesNeverQuoted_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("secretText");

    // A secret field with options cannot come from a validated schema, but validateValue must not
    // leak the value whatever field it is handed.
    QTest::newRow("not one of the options")
        << QJsonValue(QStringLiteral("hunter2-9f3a")) << QStringLiteral("hunter2-9f3a");
    // A secret typed as a JSON number or object by mistake (SetJson) is still a secret.
    QTest::newRow("json number") << QJsonValue(qint64(987654321123)) << QStringLiteral("987654321123");
    QTest::newRow("json object") << QJsonValue(
                                        QJsonObject{{QStringLiteral("pw"), QStringLiteral("hunter2-9f3a")}})
                                 << QStringLiteral("hunter2-9f3a");
    QTest::newRow("json bool") << QJsonValue(true) << QStringLiteral("true");
}

void TestValueValidator::secretValuesNeverQuoted() {
    QFETCH(QJsonValue, value);
    QFETCH(QString, secretText);

    SchemaField field = makeField(FieldType::Secret, QStringLiteral("api_key"));
    field.options = {QStringLiteral("alpha-option"), QStringLiteral("beta-option")};
    const ValueContext ctx{QStringLiteral("crm"), QStringLiteral("api_key"), QStringLiteral("Contoso")};
    const auto result = validateValue(field, value, ctx);
    REQUIRE_ERROR(result, ErrorCode::InvalidInput);
    const QString message = result.error().message;
    QVERIFY2(message.startsWith(prefix(ctx)), "the message must still say where the value was going");
    const QString afterPrefix = message.mid(prefix(ctx).size());
    // Not printed: the message would put the secret on the terminal.
    QVERIFY2(!afterPrefix.contains(secretText), "a secret value is quoted in a validation message");
}

void TestValueValidator::textConversions() {
    QCOMPARE(valueAsText(QJsonValue(QStringLiteral("plain"))), QStringLiteral("plain"));
    QCOMPARE(valueAsText(QJsonValue(42)), QStringLiteral("42"));
    QCOMPARE(valueAsText(QJsonValue(true)), QStringLiteral("true"));
    QCOMPARE(valueAsText(QJsonValue(QJsonArray{1, 2})), QStringLiteral("[1,2]"));
    QCOMPARE(toJsonText(QJsonValue(QStringLiteral("plain"))), QStringLiteral("\"plain\""));
    QCOMPARE(toJsonText(QJsonValue(QJsonValue::Null)), QStringLiteral("null"));
    QCOMPARE(toJsonText(QJsonValue(qint64(9007199254740993))), QStringLiteral("9007199254740993"));
}

// --- schema fields --------------------------------------------------------------------------

void TestValueValidator::schemaFieldKeys_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("base_url") << true;
    QTest::newRow("single letter") << QStringLiteral("a") << true;
    QTest::newRow("underscore start") << QStringLiteral("_private") << true;
    QTest::newRow("digits after start") << QStringLiteral("key2") << true;
    QTest::newRow("upper case") << QStringLiteral("ApiKey") << true;
    QTest::newRow("100 characters") << QString(100, QLatin1Char('k')) << true;
    QTest::newRow("101 characters") << QString(101, QLatin1Char('k')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit start") << QStringLiteral("1key") << false;
    QTest::newRow("dash") << QStringLiteral("base-url") << false;
    QTest::newRow("dot") << QStringLiteral("base.url") << false;
    QTest::newRow("space") << QStringLiteral("base url") << false;
    QTest::newRow("non-ascii") << QStringLiteral("größe") << false;
    QTest::newRow("trailing newline") << QStringLiteral("key\n") << false;
}

void TestValueValidator::schemaFieldKeys() {
    QFETCH(QString, key);
    QFETCH(bool, valid);

    const auto result = validateSchemaField(makeField(FieldType::String, key), QStringLiteral("crm"));
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().field, QStringLiteral("key"));
        QVERIFY2(result.error().message.contains(QStringLiteral("\"crm\"")),
                 qPrintable(result.error().message));
    }
}

void TestValueValidator::schemaFieldChecks_data() {
    QTest::addColumn<SchemaField>("field");
    QTest::addColumn<QString>("errorField"); // empty: valid

    auto f = [](FieldType type) { return makeField(type, QStringLiteral("k")); };

    SchemaField s = f(FieldType::String);
    QTest::newRow("plain string") << s << QString();
    s.pattern = QStringLiteral("[a-z]+");
    QTest::newRow("string with pattern") << s << QString();
    s.pattern = QStringLiteral("([a-z");
    QTest::newRow("invalid regex") << s << QStringLiteral("pattern");
    s.pattern = QStringLiteral("a{2,1}");
    QTest::newRow("invalid quantifier") << s << QStringLiteral("pattern");

    for (FieldType t : {FieldType::Int, FieldType::Bool, FieldType::Json, FieldType::Secret}) {
        SchemaField p = f(t);
        p.pattern = QStringLiteral("[0-9]+");
        QTest::addRow("pattern on %s", qPrintable(fieldTypeName(t))) << p << QStringLiteral("pattern");
    }

    SchemaField i = f(FieldType::Int);
    i.min = 1;
    i.max = 10;
    QTest::newRow("min < max") << i << QString();
    i.min = 10;
    QTest::newRow("min == max") << i << QString();
    i.min = 11;
    QTest::newRow("min > max") << i << QStringLiteral("min");
    i.min = std::nullopt;
    QTest::newRow("max only") << i << QString();
    for (FieldType t : {FieldType::String, FieldType::Bool, FieldType::Json, FieldType::Secret}) {
        SchemaField m = f(t);
        m.min = 0;
        QTest::addRow("min on %s", qPrintable(fieldTypeName(t))) << m << QStringLiteral("min");
        m.min = std::nullopt;
        m.max = 5;
        QTest::addRow("max on %s", qPrintable(fieldTypeName(t))) << m << QStringLiteral("min");
    }

    SchemaField o = f(FieldType::String);
    o.options = {QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("string options") << o << QString();
    o.options = {QStringLiteral("a"), 1};
    QTest::newRow("number among string options") << o << QStringLiteral("options");
    o.options = {true};
    QTest::newRow("bool as string option") << o << QStringLiteral("options");
    o.options = {QStringLiteral("abc")};
    o.pattern = QStringLiteral("[0-9]+");
    QTest::newRow("string option breaks pattern") << o << QStringLiteral("options");

    SchemaField n = f(FieldType::Int);
    n.options = {1, 2};
    QTest::newRow("int options") << n << QString();
    n.options = {QStringLiteral("abc")};
    QTest::newRow("text as int option") << n << QStringLiteral("options");
    n.options = {1.5};
    QTest::newRow("fraction as int option") << n << QStringLiteral("options");
    n.options = QJsonArray{QJsonValue(QJsonArray{1})};
    QTest::newRow("array as int option") << n << QStringLiteral("options");
    n.options = {500};
    n.max = 100;
    QTest::newRow("int option above max") << n << QStringLiteral("options");

    for (FieldType t : {FieldType::Bool, FieldType::Json, FieldType::Secret}) {
        SchemaField b = f(t);
        b.options = {t == FieldType::Bool ? QJsonValue(true) : QJsonValue(QStringLiteral("x"))};
        QTest::addRow("options on %s", qPrintable(fieldTypeName(t))) << b << QStringLiteral("options");
    }
}

void TestValueValidator::schemaFieldChecks() {
    QFETCH(SchemaField, field);
    QFETCH(QString, errorField);

    const auto result = validateSchemaField(field, QStringLiteral("halo-psa"));
    if (errorField.isEmpty()) {
        REQUIRE_OK(result);
        return;
    }
    REQUIRE_ERROR(result, ErrorCode::InvalidInput);
    QCOMPARE(result.error().field, errorField);
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("\"halo-psa\"")) && message.contains(QStringLiteral("\"k\"")),
             qPrintable(message));
}

void TestValueValidator::schemaFieldOptionsCanonical() {
    SchemaField field = makeField(FieldType::Int, QStringLiteral("size"));
    field.options = {QStringLiteral("10"), 20, 10};
    const auto result = validateSchemaField(field, QStringLiteral("crm"));
    REQUIRE_OK(result);
    // Decimal strings become integers and duplicates go, so option checks compare like with like.
    COMPARE_JSON(QJsonValue(result->options), QJsonValue(QJsonArray{10, 20}));
    QVERIFY(isJsonInteger(result->options.at(0)));
    QCOMPARE(result->key, field.key);
    QCOMPARE(result->type, FieldType::Int);
}

QTEST_GUILESS_MAIN(TestValueValidator)
#include "tst_valuevalidator.moc"
