// Mapping import from CSV: the parser (quoting, line endings, header detection, errors with line
// numbers), the preview's classification, and the apply, which writes everything or nothing. The
// Store runs on a real SQLite file; the import touches no secrets.

#include "coretestutil.h"
#include "mapping/mappingimport.h"
#include "secrets/keychainsecretstore.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bifrost;
using namespace Qt::StringLiterals;
using coretest::RawDb;

namespace {

QStringList organizationsIn(const QList<MappingRow> &rows) {
    QStringList names;
    for (const MappingRow &r : rows)
        names << r.organization;
    return names;
}

} // namespace

class TestMappingImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void parseQuoting();
    void parseLineEndingsAndBom();
    void parseLineNumbersAfterMultilineField();
    void parseHeaderInAnyOrder();
    void parseWithoutHeader();
    void parseSkipsBlankLines();
    void parseErrors_data();
    void parseErrors();
    void previewClassifies();
    void previewFindsOrganizationsByNameOrId();
    void previewRefusesDuplicates_data();
    void previewRefusesDuplicates();
    void previewUnknownIntegration();
    void previewWritesNothing();
    void applyWritesCreatesAndUpdates();
    void applyKeepsNamesWithoutNameColumn();
    void applyUnknownOrganizationChangesNothing();
    void applyCreatesOrganizations();
    void applyIsAtomic();

private:
    Result<QList<MappingRow>> rows(const QString &csv) { return parseMappingCsv(csv); }
    QList<MappingRow> rowsOk(const QString &csv) {
        auto parsed = parseMappingCsv(csv);
        if (!parsed) {
            qWarning("%s", qPrintable(parsed.error().message));
            return {};
        }
        return *parsed;
    }
    // Integration "halo" and organizations Contoso (mapped to 1 / Contoso Ltd), Fabrikam (mapped to
    // 2 / Fabrikam Inc) and Northwind (no mapping).
    void populate();
    std::optional<Mapping> mappingOf(const QString &org) {
        auto list = m_store->mappings(u"halo"_s);
        if (!list)
            return std::nullopt;
        for (const Mapping &m : *list) {
            if (m.organization.name == org)
                return m;
        }
        return std::nullopt;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    KeychainSecretStore m_keychain{QStringLiteral("Bifrost Admin tests")};
    std::unique_ptr<Store> m_store;
};

void TestMappingImport::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Store::open(m_dir->filePath(u"bifrost.db"_s), &m_keychain);
    REQUIRE_OK(opened);
    m_store = std::move(opened).value();
}

void TestMappingImport::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestMappingImport::populate() {
    REQUIRE_OK(m_store->createIntegration({u"halo"_s, {}, {}, u"Client ID"_s}));
    for (const QString &name : {u"Contoso"_s, u"Fabrikam"_s, u"Northwind"_s})
        REQUIRE_OK(m_store->addOrganization(name));
    REQUIRE_OK(m_store->setMapping(u"halo"_s, u"Contoso"_s, u"1"_s, u"Contoso Ltd"_s));
    REQUIRE_OK(m_store->setMapping(u"halo"_s, u"Fabrikam"_s, u"2"_s, u"Fabrikam Inc"_s));
}

// --- parsing ----------------------------------------------------------------------------------

void TestMappingImport::parseQuoting() {
    const QString csv = u"Contoso,1,\"Contoso, Ltd\"\n"
                        u"\"Fabrikam \"\"East\"\"\",2,\"Fabrikam\nSecond line\"\n"
                        u"Northwind, \"3\" ,\"\"\n"
                        u"Tailspin,4,plain \"quote\" inside\n"_s;
    auto parsed = rows(csv);
    REQUIRE_OK(parsed);
    QCOMPARE(parsed->size(), 4);
    QCOMPARE(parsed->at(0).entityName, u"Contoso, Ltd"_s);
    QCOMPARE(parsed->at(1).organization, u"Fabrikam \"East\""_s);
    QCOMPARE(parsed->at(1).entityName, u"Fabrikam\nSecond line"_s);
    // Whitespace around a quoted field, as typed by hand, is not part of it.
    QCOMPARE(parsed->at(2).entityId, u"3"_s);
    QCOMPARE(parsed->at(2).entityName, QString());
    QVERIFY(parsed->at(2).hasEntityName);
    QCOMPARE(parsed->at(3).entityName, u"plain \"quote\" inside"_s);
}

void TestMappingImport::parseLineEndingsAndBom() {
    const QString crlf = u"\uFEFForganization,entity_id,entity_name\r\nContoso,1,Contoso Ltd\r\n"
                         u"Fabrikam,2,\"Two\r\nlines\"\r\n"_s;
    auto parsed = rows(crlf);
    REQUIRE_OK(parsed);
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(0).organization, u"Contoso"_s);
    QCOMPARE(parsed->at(0).entityName, u"Contoso Ltd"_s);
    QCOMPARE(parsed->at(1).entityName, u"Two\nlines"_s);
    // No line break after the last row.
    auto last = rows(u"Contoso,1,Contoso Ltd\nFabrikam,2,Fabrikam Inc"_s);
    REQUIRE_OK(last);
    QCOMPARE(last->size(), 2);
    QCOMPARE(last->at(1).entityName, u"Fabrikam Inc"_s);
}

void TestMappingImport::parseLineNumbersAfterMultilineField() {
    auto parsed = rows(u"organization,entity_id,entity_name\n"
                       u"Contoso,1,\"a\nb\nc\"\n"
                       u"\n"
                       u"Fabrikam,2,x\n"_s);
    REQUIRE_OK(parsed);
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(0).line, 2);
    QCOMPARE(parsed->at(1).line, 6);
    auto broken = rows(u"Contoso,1,\"a\nb\"\nFabrikam\n"_s);
    REQUIRE_ERROR(broken, ErrorCode::InvalidInput);
    QVERIFY2(broken.error().message.startsWith(u"line 3:"_s), qPrintable(broken.error().message));
}

void TestMappingImport::parseHeaderInAnyOrder() {
    auto parsed = rows(u"Entity_Name, ORGANIZATION ,entity id\nContoso Ltd,Contoso,1\n"_s);
    REQUIRE_OK(parsed);
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->at(0).organization, u"Contoso"_s);
    QCOMPARE(parsed->at(0).entityId, u"1"_s);
    QCOMPARE(parsed->at(0).entityName, u"Contoso Ltd"_s);
    QCOMPARE(parsed->at(0).line, 2);

    // Without the entity_name column, names are not part of the import.
    auto twoColumns = rows(u"entity_id,organization\n1,Contoso\n"_s);
    REQUIRE_OK(twoColumns);
    QCOMPARE(twoColumns->size(), 1);
    QCOMPARE(twoColumns->at(0).organization, u"Contoso"_s);
    QVERIFY(!twoColumns->at(0).hasEntityName);
}

void TestMappingImport::parseWithoutHeader() {
    // An organization that happens to be called "Organization" is data, not a header.
    auto parsed = rows(u"Organization,1,Org Inc\nContoso,2\n"_s);
    REQUIRE_OK(parsed);
    QCOMPARE(organizationsIn(*parsed), (QStringList{u"Organization"_s, u"Contoso"_s}));
    QVERIFY(parsed->at(0).hasEntityName);
    QVERIFY(!parsed->at(1).hasEntityName);
    QCOMPARE(parsed->at(0).line, 1);
    // Spreadsheets pad rows with empty cells.
    auto padded = rows(u"Contoso,2,Contoso Ltd,,\n"_s);
    REQUIRE_OK(padded);
    QCOMPARE(padded->at(0).entityName, u"Contoso Ltd"_s);
}

void TestMappingImport::parseSkipsBlankLines() {
    auto parsed = rows(u"\n\norganization,entity_id\n\n  \nContoso,1\n,,\n\nFabrikam,2\n\n"_s);
    REQUIRE_OK(parsed);
    QCOMPARE(organizationsIn(*parsed), (QStringList{u"Contoso"_s, u"Fabrikam"_s}));
    QCOMPARE(parsed->at(0).line, 6);
    QCOMPARE(parsed->at(1).line, 9);
    auto empty = rows(u"\n\n"_s);
    REQUIRE_OK(empty);
    QVERIFY(empty->isEmpty());
}

void TestMappingImport::parseErrors_data() {
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one column") << u"Contoso,1\n\nFabrikam\n"_s << u"line 3: expected 2 or 3 columns"_s;
    QTest::newRow("four columns") << u"Contoso,1,a,b\n"_s << u"line 1: expected 2 or 3 columns"_s;
    QTest::newRow("header count") << u"organization,entity_id,entity_name\nContoso,1\n"_s
                                  << u"line 2: expected 3 columns as in the header row, found 2"_s;
    QTest::newRow("empty organization") << u"Contoso,1\n ,2,x\n"_s << u"line 2: the organization is empty"_s;
    QTest::newRow("unclosed quote") << u"Contoso,1\nFabrikam,\"2\n\n"_s
                                    << u"line 2: a quoted field is not closed"_s;
    QTest::newRow("text after quote")
        << u"Contoso,\"1\"x,a\n"_s << u"line 1: text follows the closing quote"_s;
    QTest::newRow("semicolons") << u"Contoso;1;Contoso Ltd\n"_s << u"not semicolons"_s;
    QTest::newRow("comma hint") << u"Contoso,1,Contoso, Ltd,x\n"_s << u"double quotes"_s;
    QTest::newRow("broken header") << u"organization,entity_id,entity_id\nContoso,1,2\n"_s
                                   << u"line 1 looks like a header row"_s;
    QTest::newRow("unknown column") << u"organization,entity_id,notes\n"_s
                                    << u"line 1 looks like a header row"_s;
}

void TestMappingImport::parseErrors() {
    QFETCH(QString, csv);
    QFETCH(QString, expected);
    auto parsed = rows(csv);
    REQUIRE_ERROR(parsed, ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

// --- preview ----------------------------------------------------------------------------------

void TestMappingImport::previewClassifies() {
    CALL(populate());
    const auto input = rowsOk(u"organization,entity_id,entity_name\n"
                              u"contoso,1,Contoso Ltd\n"    // same values, name in another case
                              u"Fabrikam,22,Fabrikam Inc\n" // another id
                              u"Northwind,3,Northwind\n"    // no mapping yet
                              u"Globex,4,Globex Corp\n"_s); // no such organization
    auto preview = previewMappingImport(*m_store, u"halo"_s, input);
    REQUIRE_OK(preview);
    QCOMPARE(preview->size(), 4);
    QCOMPARE(preview->at(0).action, ImportAction::Unchanged);
    QVERIFY(preview->at(0).current);
    QCOMPARE(preview->at(0).current->entityName, u"Contoso Ltd"_s);
    QCOMPARE(preview->at(1).action, ImportAction::Update);
    QCOMPARE(preview->at(1).current->entityId, u"2"_s);
    QCOMPARE(preview->at(2).action, ImportAction::Create);
    QVERIFY(!preview->at(2).current);
    QVERIFY(!preview->at(2).organizationId.isEmpty());
    QCOMPARE(preview->at(3).action, ImportAction::UnknownOrganization);
    QVERIFY(preview->at(3).organizationId.isEmpty());
    QCOMPARE(preview->at(3).row.line, 5);
    QCOMPARE(importActionName(preview->at(3).action), u"unknown_organization"_s);

    // A changed name alone is an update; without a name column the name does not count.
    auto renamed = previewMappingImport(*m_store, u"halo"_s, rowsOk(u"Contoso,1,Contoso Limited\n"_s));
    REQUIRE_OK(renamed);
    QCOMPARE(renamed->at(0).action, ImportAction::Update);
    auto idOnly = previewMappingImport(*m_store, u"halo"_s, rowsOk(u"organization,entity_id\nContoso,1\n"_s));
    REQUIRE_OK(idOnly);
    QCOMPARE(idOnly->at(0).action, ImportAction::Unchanged);
}

void TestMappingImport::previewFindsOrganizationsByNameOrId() {
    CALL(populate());
    auto northwind = m_store->organization(u"Northwind"_s);
    REQUIRE_OK(northwind);
    QList<MappingRow> input = rowsOk(u"x,9\n  FABRIKAM  ,2,Fabrikam Inc\n"_s);
    input[0].organization = northwind->id;
    auto preview = previewMappingImport(*m_store, u"halo"_s, input);
    REQUIRE_OK(preview);
    QCOMPARE(preview->at(0).organizationId, northwind->id);
    QCOMPARE(preview->at(0).action, ImportAction::Create);
    QCOMPARE(preview->at(1).action, ImportAction::Unchanged);
}

void TestMappingImport::previewRefusesDuplicates_data() {
    QTest::addColumn<QString>("csv");
    QTest::addColumn<bool>("byId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same name") << u"Contoso,1\nFabrikam,2\nContoso,3\n"_s << false << u"lines 1 and 3"_s;
    QTest::newRow("other case") << u"h1,h2\nContoso,1\nCONTOSO,3\n"_s << false << u"lines 2 and 3"_s;
    QTest::newRow("unknown twice") << u"Globex,1\nglobex,3\n"_s << false << u"lines 1 and 2"_s;
    QTest::newRow("name and id") << u"Contoso,1\nplaceholder,3\n"_s << true << u"lines 1 and 2"_s;
}

void TestMappingImport::previewRefusesDuplicates() {
    QFETCH(QString, csv);
    QFETCH(bool, byId);
    QFETCH(QString, expected);
    CALL(populate());
    QList<MappingRow> input = rowsOk(csv);
    QVERIFY(!input.isEmpty());
    if (byId) {
        auto contoso = m_store->organization(u"Contoso"_s);
        REQUIRE_OK(contoso);
        input[1].organization = contoso->id;
    }
    auto preview = previewMappingImport(*m_store, u"halo"_s, input);
    REQUIRE_ERROR(preview, ErrorCode::InvalidInput);
    QVERIFY2(preview.error().message.contains(expected), qPrintable(preview.error().message));
    QVERIFY2(preview.error().message.contains(u"one row per organization"_s),
             qPrintable(preview.error().message));
    auto applied = applyMappingImport(*m_store, u"halo"_s, input, true);
    REQUIRE_ERROR(applied, ErrorCode::InvalidInput);
}

void TestMappingImport::previewUnknownIntegration() {
    CALL(populate());
    auto preview = previewMappingImport(*m_store, u"nope"_s, rowsOk(u"Contoso,1\n"_s));
    REQUIRE_ERROR(preview, ErrorCode::NotFound);
    auto applied = applyMappingImport(*m_store, u"nope"_s, rowsOk(u"Contoso,1\n"_s), true);
    REQUIRE_ERROR(applied, ErrorCode::NotFound);
}

void TestMappingImport::previewWritesNothing() {
    CALL(populate());
    RawDb raw(m_store->path());
    QVERIFY(raw.isOpen());
    const QStringList before = raw.dump();
    auto preview =
        previewMappingImport(*m_store, u"halo"_s, rowsOk(u"Contoso,9,New\nNorthwind,3\nGlobex,4\n"_s));
    REQUIRE_OK(preview);
    QCOMPARE(raw.dump(), before);
}

// --- apply ------------------------------------------------------------------------------------

void TestMappingImport::applyWritesCreatesAndUpdates() {
    CALL(populate());
    const auto input = rowsOk(u"organization,entity_id,entity_name\n"
                              u"Contoso,1,Contoso Ltd\n"
                              u"Fabrikam,22,Fabrikam GmbH\n"
                              u"Northwind,,Northwind Traders\n"_s);
    auto written = applyMappingImport(*m_store, u"halo"_s, input, false);
    REQUIRE_OK(written);
    QCOMPARE(*written, 2); // Contoso is unchanged
    QCOMPARE(mappingOf(u"Fabrikam"_s)->entityId, u"22"_s);
    QCOMPARE(mappingOf(u"Fabrikam"_s)->entityName, u"Fabrikam GmbH"_s);
    // An empty entity id is a mapping still to be filled in.
    QVERIFY(mappingOf(u"Northwind"_s));
    QCOMPARE(mappingOf(u"Northwind"_s)->entityId, QString());
    QCOMPARE(mappingOf(u"Northwind"_s)->entityName, u"Northwind Traders"_s);
    // Applying again finds nothing to do.
    auto again = applyMappingImport(*m_store, u"halo"_s, input, false);
    REQUIRE_OK(again);
    QCOMPARE(*again, 0);
}

void TestMappingImport::applyKeepsNamesWithoutNameColumn() {
    CALL(populate());
    auto written = applyMappingImport(*m_store, u"halo"_s,
                                      rowsOk(u"Contoso,11\nNorthwind,3,Northwind Traders\n"_s), false);
    REQUIRE_OK(written);
    QCOMPARE(*written, 2);
    QCOMPARE(mappingOf(u"Contoso"_s)->entityId, u"11"_s);
    QCOMPARE(mappingOf(u"Contoso"_s)->entityName, u"Contoso Ltd"_s);
    QCOMPARE(mappingOf(u"Northwind"_s)->entityName, u"Northwind Traders"_s);
}

void TestMappingImport::applyUnknownOrganizationChangesNothing() {
    CALL(populate());
    RawDb raw(m_store->path());
    const QStringList before = raw.dump();
    auto applied = applyMappingImport(*m_store, u"halo"_s,
                                      rowsOk(u"Contoso,9\nGlobex,4\nNorthwind,3\nInitech,5\n"_s), false);
    REQUIRE_ERROR(applied, ErrorCode::NotFound);
    const QString message = applied.error().message;
    QVERIFY2(message.contains(u"\"Globex\" (line 2)"_s), qPrintable(message));
    QVERIFY2(message.contains(u"\"Initech\" (line 4)"_s), qPrintable(message));
    QVERIFY2(message.contains(u"--create-organizations"_s), qPrintable(message));
    QCOMPARE(raw.dump(), before);
}

void TestMappingImport::applyCreatesOrganizations() {
    CALL(populate());
    auto written =
        applyMappingImport(*m_store, u"halo"_s, rowsOk(u"Globex,4,Globex Corp\nContoso,1\n"_s), true);
    REQUIRE_OK(written);
    QCOMPARE(*written, 1);
    auto globex = m_store->organization(u"Globex"_s);
    REQUIRE_OK(globex);
    QCOMPARE(globex->name, u"Globex"_s);
    QCOMPARE(mappingOf(u"Globex"_s)->entityId, u"4"_s);
    QCOMPARE(mappingOf(u"Globex"_s)->entityName, u"Globex Corp"_s);
}

void TestMappingImport::applyIsAtomic() {
    CALL(populate());
    RawDb raw(m_store->path());
    const QStringList before = raw.dump();
    // The first rows would succeed (an update, a new organization); the last names an
    // organization that cannot be created. Nothing of it may stay.
    const QString tooLong(201, QLatin1Char('x'));
    const QString csv = u"Contoso,99,Changed\nGlobex,4\n"_s + tooLong + u",5\n"_s;
    auto applied = applyMappingImport(*m_store, u"halo"_s, rowsOk(csv), true);
    REQUIRE_ERROR(applied, ErrorCode::InvalidInput);
    QVERIFY2(applied.error().message.startsWith(u"line 3: "_s), qPrintable(applied.error().message));
    QCOMPARE(raw.dump(), before);
    QCOMPARE(mappingOf(u"Contoso"_s)->entityId, u"1"_s);
    REQUIRE_ERROR(m_store->organization(u"Globex"_s), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestMappingImport)
#include "tst_mappingimport.moc"
