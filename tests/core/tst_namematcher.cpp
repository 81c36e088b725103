// Matching organizations to a pasted list of external entities: parsing the list, the name
// normalisation, exact and fuzzy matches, the one-entity-once assignment and its determinism, and
// a 2,000 x 2,000 run. Pure logic: no database.

#include "coretestutil.h"
#include "mapping/namematcher.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace bifrost;
using namespace Qt::StringLiterals;

namespace {

QList<Organization> orgs(const QStringList &names) {
    QList<Organization> list;
    int n = 0;
    for (const QString &name : names)
        list.append({QStringLiteral("org-%1").arg(++n), name, {}, {}});
    return list;
}

QList<ExternalEntity> entities(const QStringList &names) {
    QList<ExternalEntity> list;
    int n = 0;
    for (const QString &name : names)
        list.append({QStringLiteral("E%1").arg(++n), name});
    return list;
}

// organization name -> "entity id/kind", for compact comparisons.
QHash<QString, QString> summary(const QList<NameMatch> &matches) {
    QHash<QString, QString> s;
    for (const NameMatch &m : matches)
        s.insert(m.organization.name,
                 m.entity ? m.entity->id + QLatin1Char('/') + matchKindName(m.kind) : QStringLiteral("-"));
    return s;
}

const NameMatch *matchOf(const QList<NameMatch> &matches, const QString &organization) {
    for (const NameMatch &m : matches) {
        if (m.organization.name == organization)
            return &m;
    }
    return nullptr;
}

} // namespace

class TestNameMatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseCsvWithAndWithoutHeader();
    void parseSpreadsheetPaste();
    void parseErrorsNameTheLine_data();
    void parseErrorsNameTheLine();
    void normalization_data();
    void normalization();
    void exactIgnoresCaseAccentsPunctuationAndSuffixes();
    void fuzzyCatchesTyposAndReorderedWords();
    void differentCustomersDoNotMatch_data();
    void differentCustomersDoNotMatch();
    void thresholdDecides();
    void eachEntityIsUsedOnce();
    void exactWinsOverFuzzy();
    void bestScoreWins();
    void resultIsIndependentOfInputOrder();
    void resultKeepsOrganizationOrder();
    void twoThousandByTwoThousand();
};

void TestNameMatcher::parseCsvWithAndWithoutHeader() {
    auto plain = parseEntityList(u"42,Contoso Ltd\r\n\r\n43,\"Fabrikam, Inc.\"\n"_s);
    REQUIRE_OK(plain);
    QCOMPARE(plain->size(), 2);
    QCOMPARE(plain->at(0).id, u"42"_s);
    QCOMPARE(plain->at(0).name, u"Contoso Ltd"_s);
    QCOMPARE(plain->at(1).name, u"Fabrikam, Inc."_s);

    // A header in either order and either spelling; columns are found by it.
    auto reversed = parseEntityList(u"\uFEFFEntity_Name,Entity_ID\nContoso Ltd,42\n"_s);
    REQUIRE_OK(reversed);
    QCOMPARE(reversed->size(), 1);
    QCOMPARE(reversed->at(0).id, u"42"_s);
    QCOMPARE(reversed->at(0).name, u"Contoso Ltd"_s);

    auto short_ = parseEntityList(u"id,name\n 7 , Northwind \n"_s);
    REQUIRE_OK(short_);
    QCOMPARE(short_->size(), 1);
    QCOMPARE(short_->at(0).id, u"7"_s);
    QCOMPARE(short_->at(0).name, u"Northwind"_s);

    auto empty = parseEntityList(QString());
    REQUIRE_OK(empty);
    QVERIFY(empty->isEmpty());
}

void TestNameMatcher::parseSpreadsheetPaste() {
    // What a spreadsheet puts on the clipboard: tabs between cells, extra columns, a cell with a
    // comma (no quoting needed), a padded row.
    const QString paste = u"Country\tName\tID\n"
                          u"UK\tContoso, Ltd\t42\n"
                          u"US\tFabrikam\t43\t\t\n"_s;
    auto list = parseEntityList(paste);
    REQUIRE_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, u"42"_s);
    QCOMPARE(list->at(0).name, u"Contoso, Ltd"_s);
    QCOMPARE(list->at(1).id, u"43"_s);

    auto headerless = parseEntityList(u"42\tContoso\n43\tFabrikam\n"_s);
    REQUIRE_OK(headerless);
    QCOMPARE(headerless->size(), 2);
    QCOMPARE(headerless->at(1).name, u"Fabrikam"_s);
}

void TestNameMatcher::parseErrorsNameTheLine_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one column") << u"42,Contoso\n\nFabrikam\n"_s << u"line 3: expected two"_s;
    QTest::newRow("three columns") << u"42,Contoso,UK\n"_s << u"line 1: expected two"_s;
    QTest::newRow("empty id") << u"42,Contoso\n,Fabrikam\n"_s << u"line 2: the entity id is empty"_s;
    QTest::newRow("empty name") << u"id,name\n42,\n"_s << u"line 2: the entity name is empty"_s;
    QTest::newRow("duplicate id") << u"42,Contoso\n43,Fabrikam\n42,Northwind\n"_s
                                  << u"lines 1 and 3 both have entity id \"42\""_s;
    QTest::newRow("unclosed quote") << u"42,Contoso\n43,\"Fabrikam\n"_s << u"line 2: a quoted field"_s;
    QTest::newRow("broken header") << u"entity_id,company\n42,Contoso\n"_s << u"line 1 looks like a header"_s;
    QTest::newRow("tabs") << u"42\tContoso\n43\n"_s << u"line 2: expected two tab-separated columns"_s;
}

void TestNameMatcher::parseErrorsNameTheLine() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    auto list = parseEntityList(text);
    REQUIRE_ERROR(list, ErrorCode::InvalidInput);
    QVERIFY2(list.error().message.contains(expected), qPrintable(list.error().message));
}

void TestNameMatcher::normalization_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("suffix and article") << u"The Contoso Company, Inc."_s << u"contoso"_s;
    QTest::newRow("german legal form") << u"Fabrikam GmbH & Co. KG"_s << u"fabrikam"_s;
    QTest::newRow("accents") << u"Zürich Café Société"_s << u"zurich cafe societe"_s;
    QTest::newRow("decomposed accents") << u"Zu\u0308rich"_s << u"zurich"_s;
    QTest::newRow("full width") << u"ＣＯＮＴＯＳＯ"_s << u"contoso"_s;
    QTest::newRow("ampersand") << u"Procter & Gamble"_s << u"procter and gamble"_s;
    QTest::newRow("apostrophe and dots") << u"O'Brien's J.P. Services L.L.C."_s << u"obriens jp services"_s;
    QTest::newRow("punctuation and spaces")
        << u"  Adventure-Works /  Cycles  "_s << u"adventure works cycles"_s;
    QTest::newRow("suffix inside is kept") << u"Co-operative Bank"_s << u"co operative bank"_s;
    QTest::newRow("only a suffix") << u"Ltd."_s << u"ltd"_s;
    QTest::newRow("digits kept") << u"Store 12 Ltd"_s << u"store 12"_s;
}

void TestNameMatcher::normalization() {
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(normalizedName(name), expected);
}

void TestNameMatcher::exactIgnoresCaseAccentsPunctuationAndSuffixes() {
    const auto matches = matchOrganizations(
        orgs({u"Contoso"_s, u"Zürich Insurance"_s, u"Fabrikam, Inc."_s, u"The Adventure Works"_s}),
        entities({u"ADVENTURE-WORKS LLC"_s, u"Fabrikam Incorporated"_s, u"zurich insurance ag"_s,
                  u"Contoso Ltd."_s}));
    const auto s = summary(matches);
    QCOMPARE(s.value(u"Contoso"_s), u"E4/exact"_s);
    QCOMPARE(s.value(u"Zürich Insurance"_s), u"E3/exact"_s);
    QCOMPARE(s.value(u"Fabrikam, Inc."_s), u"E2/exact"_s);
    QCOMPARE(s.value(u"The Adventure Works"_s), u"E1/exact"_s);
    for (const NameMatch &m : matches)
        QCOMPARE(m.score, 1.0);
}

void TestNameMatcher::fuzzyCatchesTyposAndReorderedWords() {
    const auto matches = matchOrganizations(
        orgs({u"Northwind Traders"_s, u"Contoso"_s, u"Wide World Importers"_s, u"Tailspin Toys"_s}),
        entities({u"Nortwind Traders Ltd"_s, u"Contosso"_s, u"Importers Wide World"_s, u"Tailspin Toy"_s}));
    const auto s = summary(matches);
    QCOMPARE(s.value(u"Northwind Traders"_s), u"E1/fuzzy"_s);
    QCOMPARE(s.value(u"Contoso"_s), u"E2/fuzzy"_s);
    QCOMPARE(s.value(u"Wide World Importers"_s), u"E3/fuzzy"_s);
    QCOMPARE(s.value(u"Tailspin Toys"_s), u"E4/fuzzy"_s);
    for (const NameMatch &m : matches) {
        QVERIFY2(m.score >= 0.8 && m.score < 1.0, qPrintable(m.organization.name));
        // The score is the similarity the API reports for the two names.
        QCOMPARE(m.score, nameSimilarity(m.organization.name, m.entity->name));
    }
    QCOMPARE(nameSimilarity(u"Contoso"_s, u"CONTOSO LTD"_s), 1.0);
    QVERIFY(nameSimilarity(u"Contoso"_s, u"Fabrikam"_s) < 0.3);
}

void TestNameMatcher::differentCustomersDoNotMatch_data() {
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("entity");
    QTest::newRow("another branch") << u"Contoso East"_s << u"Contoso West"_s;
    QTest::newRow("another number") << u"Store 12"_s << u"Store 13"_s;
    QTest::newRow("extra word") << u"Contoso"_s << u"Contoso Pharmaceuticals"_s;
    QTest::newRow("unrelated") << u"Fabrikam"_s << u"Northwind"_s;
}

void TestNameMatcher::differentCustomersDoNotMatch() {
    QFETCH(QString, organization);
    QFETCH(QString, entity);
    const auto matches = matchOrganizations(orgs({organization}), entities({entity}));
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0).kind, MatchKind::None);
    QVERIFY(!matches.at(0).entity);
    QVERIFY2(nameSimilarity(organization, entity) < 0.8,
             qPrintable(QString::number(nameSimilarity(organization, entity))));
}

void TestNameMatcher::thresholdDecides() {
    const QString org = u"Northwind Traders"_s, entity = u"Nrthwind Tradrs"_s;
    const double score = nameSimilarity(org, entity);
    QVERIFY2(score > 0.5 && score < 0.95, qPrintable(QString::number(score)));
    auto at = [&](double threshold) {
        return matchOrganizations(orgs({org}), entities({entity}), threshold).at(0);
    };
    QCOMPARE(at(score).kind, MatchKind::Fuzzy);
    QCOMPARE(at(score).score, score);
    QCOMPARE(at(score - 0.05).kind, MatchKind::Fuzzy);
    QCOMPARE(at(score + 0.01).kind, MatchKind::None);
    QCOMPARE(at(1.0).kind, MatchKind::None);
    // Exact matches do not depend on the threshold.
    QCOMPARE(matchOrganizations(orgs({org}), entities({u"NORTHWIND TRADERS LTD"_s}), 1.0).at(0).kind,
             MatchKind::Exact);
}

void TestNameMatcher::eachEntityIsUsedOnce() {
    // Two organizations normalise to the same name: the one whose name is literally the entity's
    // gets it, the other none (the only other entity is unrelated).
    const auto matches = matchOrganizations(orgs({u"Contoso Inc"_s, u"Contoso Ltd"_s}),
                                            entities({u"contoso ltd"_s, u"Fabrikam"_s}));
    const auto s = summary(matches);
    QCOMPARE(s.value(u"Contoso Ltd"_s), u"E1/exact"_s);
    QCOMPARE(s.value(u"Contoso Inc"_s), u"-"_s);

    // Three typos of one entity: one match only.
    const auto fuzzy = matchOrganizations(orgs({u"Fabrikamm"_s, u"Fabrikan"_s, u"Fabricam"_s}),
                                          entities({u"Fabrikam"_s}), 0.7);
    int used = 0;
    for (const NameMatch &m : fuzzy)
        used += m.entity ? 1 : 0;
    QCOMPARE(used, 1);
}

void TestNameMatcher::exactWinsOverFuzzy() {
    // "Contosso" is a close fuzzy candidate for "Contoso", but the exact pair is taken first and
    // "Contosso" falls back to its own exact entity.
    const auto matches =
        matchOrganizations(orgs({u"Contosso"_s, u"Contoso"_s}), entities({u"Contoso"_s, u"Contosso GmbH"_s}));
    const auto s = summary(matches);
    QCOMPARE(s.value(u"Contoso"_s), u"E1/exact"_s);
    QCOMPARE(s.value(u"Contosso"_s), u"E2/exact"_s);

    // An organization whose exact entity is gone may still take a fuzzy one.
    const auto fallback = matchOrganizations(orgs({u"Contoso Inc"_s, u"Contoso Ltd"_s}),
                                             entities({u"Contoso Ltd"_s, u"Contosso Inc"_s}));
    const auto f = summary(fallback);
    QCOMPARE(f.value(u"Contoso Ltd"_s), u"E1/exact"_s);
    QCOMPARE(f.value(u"Contoso Inc"_s), u"E2/fuzzy"_s);
}

void TestNameMatcher::bestScoreWins() {
    // Both organizations are within the threshold of the one entity; the closer one gets it,
    // whatever the input order.
    const QStringList names{u"Nrthwnd Tradrs"_s, u"Northwind Tradrs"_s};
    for (int round = 0; round < 2; ++round) {
        const QStringList ordered = round == 0 ? names : QStringList{names.at(1), names.at(0)};
        const auto matches = matchOrganizations(orgs(ordered), entities({u"Northwind Traders"_s}), 0.6);
        const NameMatch *close = matchOf(matches, u"Northwind Tradrs"_s);
        const NameMatch *far = matchOf(matches, u"Nrthwnd Tradrs"_s);
        QVERIFY(close && far);
        QCOMPARE(close->kind, MatchKind::Fuzzy);
        QCOMPARE(far->kind, MatchKind::None);
    }
}

void TestNameMatcher::resultIsIndependentOfInputOrder() {
    // Equal scores ("Contosa" and "Contosb" are one letter from "Contoso"): the tie goes by
    // organization name, so "Contosa" wins in every order.
    QList<Organization> o = orgs({u"Contosb"_s, u"Contosa"_s, u"Fabrikam"_s, u"Fabrikan Group"_s});
    QList<ExternalEntity> e = entities({u"Contoso"_s, u"Fabrikam Ltd"_s, u"Fabrikan"_s, u"Northwind"_s});
    const auto reference = summary(matchOrganizations(o, e, 0.7));
    QCOMPARE(reference.value(u"Contosa"_s), u"E1/fuzzy"_s);
    QCOMPARE(reference.value(u"Contosb"_s), u"-"_s);
    QCOMPARE(reference.value(u"Fabrikam"_s), u"E2/exact"_s);
    QRandomGenerator random(20240607);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(o.begin(), o.end(), random);
        std::shuffle(e.begin(), e.end(), random);
        QCOMPARE(summary(matchOrganizations(o, e, 0.7)), reference);
    }
}

void TestNameMatcher::resultKeepsOrganizationOrder() {
    const auto matches =
        matchOrganizations(orgs({u"Zeta"_s, u"Alpha"_s, u"Unmatched"_s}), entities({u"alpha"_s, u"ZETA"_s}));
    QCOMPARE(matches.size(), 3);
    QCOMPARE(matches.at(0).organization.name, u"Zeta"_s);
    QCOMPARE(matches.at(1).organization.name, u"Alpha"_s);
    QCOMPARE(matches.at(2).organization.name, u"Unmatched"_s);
    QCOMPARE(matches.at(2).kind, MatchKind::None);
    QCOMPARE(matches.at(2).score, 0.0);
    QVERIFY(!matches.at(2).entity);
}

void TestNameMatcher::twoThousandByTwoThousand() {
    // 2,000 distinct three-word names; the entity list holds a third of them with another legal
    // form and case (exact), a third with a typo in a long word (fuzzy), and a third of unrelated
    // names, shuffled. Timing is reported, not asserted: machines differ.
    const QStringList first{u"Alpine"_s,   u"Bright"_s,   u"Crimson"_s,  u"Dynamic"_s,  u"Emerald"_s,
                            u"Frontier"_s, u"Granite"_s,  u"Harbor"_s,   u"Indigo"_s,   u"Jubilee"_s,
                            u"Keystone"_s, u"Lakeside"_s, u"Meridian"_s, u"Northern"_s, u"Orchard"_s,
                            u"Pinnacle"_s, u"Quantum"_s,  u"Redwood"_s,  u"Summit"_s,   u"Timber"_s};
    const QStringList second{u"Analytics"_s, u"Builders"_s,  u"Consulting"_s, u"Dental"_s,    u"Electrics"_s,
                             u"Foods"_s,     u"Graphics"_s,  u"Holdings"_s,   u"Imaging"_s,   u"Joinery"_s,
                             u"Kitchens"_s,  u"Logistics"_s, u"Medical"_s,    u"Networks"_s,  u"Optics"_s,
                             u"Plumbing"_s,  u"Quarries"_s,  u"Robotics"_s,   u"Solutions"_s, u"Textiles"_s};
    const QStringList third{u"Agency"_s,    u"Brothers"_s, u"Center"_s,  u"Depot"_s,
                            u"Exchange"_s,  u"Factory"_s,  u"Gallery"_s, u"House"_s,
                            u"Institute"_s, u"Junction"_s, u"Kingdom"_s, u"Laboratory"_s,
                            u"Market"_s,    u"Network"_s,  u"Outlet"_s,  u"Partners"_s};
    QStringList names;
    for (const QString &a : first) {
        for (const QString &b : second) {
            for (const QString &c : third)
                names << a + QLatin1Char(' ') + b + QLatin1Char(' ') + c;
        }
    }
    QRandomGenerator random(424242);
    std::shuffle(names.begin(), names.end(), random);
    const QList<Organization> organizations = orgs(names.mid(0, 2000));
    const QStringList suffixes{u" Ltd"_s, u" Inc."_s, u" GmbH"_s, u", LLC"_s};
    QList<ExternalEntity> list;
    QHash<QString, QString> expected; // organization -> entity id/kind
    for (int i = 0; i < 2000; ++i) {
        const QString id = QStringLiteral("X%1").arg(i);
        const QString &name = organizations.at(i).name;
        if (i % 3 == 0) {
            list.append({id, name.toUpper() + suffixes.at(i % 4)});
            expected.insert(name, id + u"/exact"_s);
        } else if (i % 3 == 1) {
            // One wrong letter inside the second word.
            QStringList words = name.split(QLatin1Char(' '));
            QString &w = words[1];
            w[2] = w[2] == QLatin1Char('x') ? QLatin1Char('q') : QLatin1Char('x');
            list.append({id, words.join(QLatin1Char(' '))});
            expected.insert(name, id + u"/fuzzy"_s);
        } else {
            list.append({id, names.at(2000 + i)}); // a name no organization has
        }
    }
    std::shuffle(list.begin(), list.end(), random);

    QElapsedTimer timer;
    timer.start();
    const auto matches = matchOrganizations(organizations, list);
    qInfo("2,000 x 2,000 matched in %lld ms", timer.elapsed());

    QCOMPARE(matches.size(), 2000);
    const auto s = summary(matches);
    int exact = 0, fuzzy = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(s.value(it.key()), it.value());
        (it.value().endsWith(u"exact"_s) ? exact : fuzzy) += 1;
    }
    QCOMPARE(exact, 667);
    QCOMPARE(fuzzy, 667);
    // Organizations whose entity is not in the list stay unmatched.
    for (int i = 2; i < 2000; i += 3)
        QCOMPARE(s.value(organizations.at(i).name), u"-"_s);
}

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "tst_namematcher.moc"
