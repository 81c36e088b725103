#include "namematcher.h"

#include "mappingimport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <functional>
#include <numeric>
#include <vector>

namespace bifrost {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NameMatcher)
};

// Legal forms that say nothing about which company it is: "Contoso Ltd" in the PSA and
// "Contoso Limited" in Microsoft 365 are the same customer.
const QSet<QString> &legalSuffixes() {
    static const QSet<QString> suffixes = [] {
        QSet<QString> s;
        for (const char *word :
             {"ltd", "limited", "inc", "incorporated", "llc",  "llp",         "lp",      "gmbh",
              "ag",  "kg",      "ug",  "co",           "corp", "corporation", "company", "plc",
              "bv",  "nv",      "sa",  "sas",          "sarl", "srl",         "spa",     "pty",
              "pte", "pvt",     "ab",  "as",           "aps",  "oy",          "ltda",    "kk"})
            s.insert(QLatin1String(word));
        return s;
    }();
    return suffixes;
}

QStringList nameTokens(const QString &name) {
    // Fold case before decomposing: folding can produce characters that decompose further
    // (U+0130 folds to i + combining dot above).
    const QString decomposed = name.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue; // the accent of a decomposed letter
        if (c == QLatin1Char('&'))
            plain += QLatin1String(" and ");
        // "O'Brien" and "J.P." read as words, not as "o brien" and "j p".
        else if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('.'))
            continue;
        else if (c.isLetterOrNumber())
            plain += c;
        else
            plain += QLatin1Char(' ');
    }
    const QStringList tokens = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList kept = tokens;
    bool droppedSuffix = false;
    while (!kept.isEmpty()) {
        if (legalSuffixes().contains(kept.constLast())) {
            kept.removeLast();
            droppedSuffix = true;
        } else if (droppedSuffix && kept.constLast() == QLatin1String("and")) {
            kept.removeLast(); // the "&" of "GmbH & Co. KG"
        } else {
            break;
        }
    }
    if (kept.size() > 1 && kept.constFirst() == QLatin1String("the"))
        kept.removeFirst();
    // A company called "The Company" keeps its name rather than becoming no name at all.
    return kept.isEmpty() ? tokens : kept;
}

bool hasDigit(QStringView s) {
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

// Characters fall into 64 buckets (distinct ones for a-z, 0-9 and space; the rest share).
int bucketOf(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'a' && u <= u'z')
        return u - u'a';
    if (u >= u'0' && u <= u'9')
        return 26 + (u - u'0');
    if (u == u' ')
        return 36;
    return 37 + int(u % 27);
}

// A character histogram as bit planes: bit b of level k is set when bucket b occurs more than k
// times. The surplus of a over b in a bucket, max(0, count_a - count_b), is the number of levels
// where a has the bit and b does not, so a few popcounts give the character-bag bound (exact for
// counts up to `histogramLevels`, a lower bound beyond).
constexpr int histogramLevels = 3;
using Histogram = std::array<quint64, histogramLevels>;

int surplus(const Histogram &a, const Histogram &b) {
    int n = 0;
    for (int k = 0; k < histogramLevels; ++k)
        n += std::popcount(a[size_t(k)] & ~b[size_t(k)]);
    return n;
}

// A name prepared once for all its comparisons.
struct Prepared {
    QString normalized;
    QString sorted; // the tokens in alphabetical order, for names whose words come in another order
    QStringList tokens;
    int tokenChars = 0;
    Histogram histogram{};
};

Prepared prepare(const QString &name) {
    Prepared p;
    p.tokens = nameTokens(name);
    p.normalized = p.tokens.join(QLatin1Char(' '));
    QStringList sortedTokens = p.tokens;
    std::sort(sortedTokens.begin(), sortedTokens.end());
    p.sorted = sortedTokens.join(QLatin1Char(' '));
    for (const QString &t : std::as_const(p.tokens))
        p.tokenChars += int(t.size());
    std::array<int, 64> counts{};
    for (const QChar c : std::as_const(p.normalized))
        ++counts[size_t(bucketOf(c))];
    for (size_t bucket = 0; bucket < counts.size(); ++bucket) {
        for (int k = 0; k < std::min(counts[bucket], histogramLevels); ++k)
            p.histogram[size_t(k)] |= quint64(1) << bucket;
    }
    return p;
}

// The Levenshtein distance of a and b when it is at most maxDistance, else maxDistance + 1.
// Only the diagonal band |i - j| <= maxDistance can hold such a path (Ukkonen), so a pair costs
// O(length x maxDistance), and a row whose best cell is already over the limit stops it.
int boundedLevenshtein(QStringView a, QStringView b, int maxDistance, std::vector<int> &row) {
    const int la = int(a.size()), lb = int(b.size());
    if (std::abs(la - lb) > maxDistance)
        return maxDistance + 1;
    if (la == 0 || lb == 0)
        return std::max(la, lb);
    const int beyond = maxDistance + 1;
    row.assign(size_t(lb) + 1, beyond);
    for (int j = 0; j <= std::min(lb, maxDistance); ++j)
        row[size_t(j)] = j;
    for (int i = 1; i <= la; ++i) {
        const int from = std::max(1, i - maxDistance);
        const int to = std::min(lb, i + maxDistance);
        int diagonal = row[size_t(from - 1)]; // row i-1, column from-1
        row[size_t(from - 1)] = from - 1 == 0 && i <= maxDistance ? i : beyond;
        int best = row[size_t(from - 1)];
        for (int j = from; j <= to; ++j) {
            const int above = row[size_t(j)];
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({diagonal + cost, above + 1, row[size_t(j - 1)] + 1});
            value = std::min(value, beyond);
            diagonal = above;
            row[size_t(j)] = value;
            best = std::min(best, value);
        }
        if (to < lb)
            row[size_t(to + 1)] = beyond; // outside the band on the next row
        if (best > maxDistance)
            return beyond;
    }
    return std::min(row[size_t(lb)], beyond);
}

double ratio(int distance, qsizetype la, qsizetype lb) {
    const qsizetype longest = std::max(la, lb);
    return longest == 0 ? 1.0 : 1.0 - double(distance) / double(longest);
}

// Two words agree when they are equal or one is a typo of the other; words with digits must be
// equal, since "Store 12" and "Store 13" are different customers.
bool tokensAgree(const QString &a, const QString &b, std::vector<int> &row) {
    if (a == b)
        return true;
    if (hasDigit(a) || hasDigit(b))
        return false;
    const qsizetype longest = std::max(a.size(), b.size());
    const int allowed = int(std::floor(0.25 * double(longest) + 1e-9));
    return boundedLevenshtein(a, b, allowed, row) <= allowed;
}

// The share of characters, over both names, that lie in words agreeing with a word of the other.
double tokenScore(const Prepared &a, const Prepared &b, std::vector<int> &row) {
    const int total = a.tokenChars + b.tokenChars;
    if (total == 0)
        return 0;
    int agreeing = 0;
    auto count = [&](const Prepared &from, const Prepared &to) {
        for (const QString &t : from.tokens) {
            if (std::any_of(to.tokens.cbegin(), to.tokens.cend(),
                            [&](const QString &u) { return tokensAgree(t, u, row); }))
                agreeing += int(t.size());
        }
    };
    count(a, b);
    count(b, a);
    return double(agreeing) / double(total);
}

// The fuzzy score of two names with different normalised forms, or -1 when it is certainly below
// `threshold` (checked with cheap bounds first: 2,000 x 2,000 names are 4 million pairs).
//
// Why this measure: a character ratio (1 - Levenshtein distance / longer length, on the names as
// written or with their words sorted, a reordering costing one edit) grades typos ("Contosso")
// and catches reordered words ("Traders Northwind"), but rates "Contoso East" against "Contoso
// West" at 0.83 although they are different customers. A word measure (the share of characters,
// over both names, in words that agree with a word of the other name: equal, or one edit per four
// letters, digits exact) sees that difference but cannot grade a typo. Token-set overlap alone
// would score any typo in a one-word name as 0. A fuzzy match must convince both measures, so the
// score is the lower of the two.
double fuzzyScore(const Prepared &a, const Prepared &b, double threshold, std::vector<int> &row) {
    const qsizetype la = a.normalized.size(), lb = b.normalized.size();
    const qsizetype longest = std::max(la, lb);
    if (longest == 0 || la == 0 || lb == 0)
        return -1;
    // The largest distance that still reaches the threshold.
    const int allowed = int(std::floor((1.0 - threshold) * double(longest) + 1e-9));
    if (allowed < 0)
        return -1;
    if (std::abs(la - lb) > allowed)
        return -1;
    // Each edit removes at most one surplus character from each side.
    if (surplus(a.histogram, b.histogram) > allowed || surplus(b.histogram, a.histogram) > allowed)
        return -1;
    int distance = boundedLevenshtein(a.normalized, b.normalized, allowed, row);
    if (distance > 0 && (a.tokens.size() > 1 || b.tokens.size() > 1)) {
        // Reordering the words counts as one edit, so that only equal names score 1.
        const int limit = std::min(allowed, distance - 1) - 1;
        if (limit >= 0)
            distance = std::min(distance, boundedLevenshtein(a.sorted, b.sorted, limit, row) + 1);
    }
    if (distance > allowed)
        return -1;
    const double score = std::min(ratio(distance, la, lb), tokenScore(a, b, row));
    return score >= threshold ? score : -1;
}

struct Candidate {
    double score = 0;
    bool literal = false; // the names are equal before normalising too
    int organization = 0;
    int entity = 0;
};

// Ranks that order organizations and entities by name, then id: the tie-break that keeps the
// result independent of the input order.
std::vector<int> ranks(qsizetype count, const std::function<std::pair<QString, QString>(int)> &keyOf) {
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::vector<std::pair<QString, QString>> keys;
    keys.reserve(size_t(count));
    for (int i = 0; i < int(count); ++i)
        keys.push_back(keyOf(i));
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return keys[size_t(x)] < keys[size_t(y)]; });
    std::vector<int> rank(static_cast<size_t>(count));
    for (size_t r = 0; r < order.size(); ++r)
        rank[size_t(order[r])] = int(r);
    return rank;
}

} // namespace

QString matchKindName(MatchKind kind) {
    switch (kind) {
    case MatchKind::Exact:
        return QStringLiteral("exact");
    case MatchKind::Fuzzy:
        return QStringLiteral("fuzzy");
    case MatchKind::None:
        return QStringLiteral("none");
    }
    return {};
}

QString normalizedName(const QString &name) {
    return nameTokens(name).join(QLatin1Char(' '));
}

double nameSimilarity(const QString &a, const QString &b) {
    const Prepared pa = prepare(a), pb = prepare(b);
    if (pa.normalized.isEmpty() || pb.normalized.isEmpty())
        return 0;
    if (pa.normalized == pb.normalized)
        return 1;
    std::vector<int> row;
    return std::max(0.0, fuzzyScore(pa, pb, 0, row));
}

Result<QList<ExternalEntity>> parseEntityList(const QString &text) {
    // A paste from a spreadsheet separates cells with tabs; anything else is read as CSV.
    const QChar separator = text.contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(',');
    auto records = detail::parseDelimited(text, separator);
    if (!records)
        return records.error();
    int idColumn = 0, nameColumn = 1;
    bool header = false;
    bool first = true;
    QList<ExternalEntity> entities;
    QHash<QString, int> lineOfId;
    for (const detail::CsvRecord &record : std::as_const(*records)) {
        if (first) {
            first = false;
            int id = -1, name = -1;
            for (int i = 0; i < int(record.cells.size()); ++i) {
                const QString cell = detail::columnName(record.cells.at(i));
                if (id < 0 && (cell == QLatin1String("id") || cell == QLatin1String("entity_id")))
                    id = i;
                else if (name < 0 && (cell == QLatin1String("name") || cell == QLatin1String("entity_name")))
                    name = i;
            }
            if (id >= 0 && name >= 0) {
                header = true;
                idColumn = id;
                nameColumn = name;
                continue;
            }
            const QString firstCell = detail::columnName(record.cells.value(0));
            if (firstCell == QLatin1String("entity_id") || firstCell == QLatin1String("entity_name"))
                return Error::invalid(Text::tr("line %1 looks like a header row but is not one: name the "
                                               "columns entity_id and entity_name (or id and name)")
                                          .arg(record.line),
                                      QStringLiteral("entities"));
        }
        const int needed = std::max(idColumn, nameColumn) + 1;
        const QStringList cells = detail::withoutTrailingEmpty(record.cells, header ? needed : 2);
        if (header ? cells.size() < needed : cells.size() != 2) {
            const QString what =
                separator == QLatin1Char('\t') ? Text::tr("tab-separated") : Text::tr("comma-separated");
            return Error::invalid(Text::tr("line %1: expected two %2 columns, the entity id and the entity "
                                           "name, found %3; put a name that contains a comma in double "
                                           "quotes")
                                      .arg(QString::number(record.line), what, QString::number(cells.size())),
                                  QStringLiteral("entities"));
        }
        ExternalEntity entity{cells.at(idColumn).trimmed(), cells.at(nameColumn).trimmed()};
        if (entity.id.isEmpty() || entity.name.isEmpty())
            return Error::invalid(
                Text::tr("line %1: the entity %2 is empty; every line needs an entity id and a name")
                    .arg(QString::number(record.line),
                         entity.id.isEmpty() ? Text::tr("id") : Text::tr("name")),
                QStringLiteral("entities"));
        if (const int firstLine = lineOfId.value(entity.id); firstLine > 0)
            return Error::invalid(
                Text::tr("lines %1 and %2 both have entity id \"%3\"; each entity must be "
                         "listed once")
                    .arg(QString::number(firstLine), QString::number(record.line), entity.id),
                QStringLiteral("entities"));
        lineOfId.insert(entity.id, record.line);
        entities << entity;
    }
    return entities;
}

QList<NameMatch> matchOrganizations(const QList<Organization> &organizations,
                                    const QList<ExternalEntity> &entities, double threshold) {
    QList<NameMatch> result;
    result.reserve(organizations.size());
    for (const Organization &o : organizations)
        result.append({o, std::nullopt, MatchKind::None, 0});

    std::vector<Prepared> orgs, ents;
    orgs.reserve(size_t(organizations.size()));
    ents.reserve(size_t(entities.size()));
    for (const Organization &o : organizations)
        orgs.push_back(prepare(o.name));
    for (const ExternalEntity &e : entities)
        ents.push_back(prepare(e.name));

    const std::vector<int> orgRank = ranks(organizations.size(), [&](int i) {
        return std::pair(organizations.at(i).name.toCaseFolded(), organizations.at(i).id);
    });
    const std::vector<int> entityRank = ranks(entities.size(), [&](int i) {
        return std::pair(entities.at(i).name.toCaseFolded(), entities.at(i).id);
    });
    auto better = [&](const Candidate &x, const Candidate &y) {
        if (x.score != y.score)
            return x.score > y.score;
        if (x.literal != y.literal)
            return x.literal;
        if (orgRank[size_t(x.organization)] != orgRank[size_t(y.organization)])
            return orgRank[size_t(x.organization)] < orgRank[size_t(y.organization)];
        return entityRank[size_t(x.entity)] < entityRank[size_t(y.entity)];
    };
    std::vector<bool> orgTaken(orgs.size(), false), entityTaken(ents.size(), false);
    auto assign = [&](std::vector<Candidate> &candidates, MatchKind kind) {
        std::sort(candidates.begin(), candidates.end(), better);
        for (const Candidate &c : candidates) {
            if (orgTaken[size_t(c.organization)] || entityTaken[size_t(c.entity)])
                continue;
            orgTaken[size_t(c.organization)] = entityTaken[size_t(c.entity)] = true;
            NameMatch &m = result[c.organization];
            m.entity = entities.at(c.entity);
            m.kind = kind;
            m.score = c.score;
        }
    };

    // Exact matches through a hash: no pair comparisons at all for the names that agree.
    QHash<QString, QList<int>> entitiesByName;
    for (int e = 0; e < int(ents.size()); ++e) {
        if (!ents[size_t(e)].normalized.isEmpty())
            entitiesByName[ents[size_t(e)].normalized].append(e);
    }
    std::vector<Candidate> exact;
    for (int o = 0; o < int(orgs.size()); ++o) {
        const auto found = entitiesByName.constFind(orgs[size_t(o)].normalized);
        if (found == entitiesByName.cend())
            continue;
        const QString literal = organizations.at(o).name.trimmed().toCaseFolded();
        for (const int e : *found)
            exact.push_back({1.0, entities.at(e).name.trimmed().toCaseFolded() == literal, o, e});
    }
    assign(exact, MatchKind::Exact);

    if (threshold > 1.0)
        return result;
    threshold = std::max(threshold, 0.0);
    // The rest: only entities whose length can reach the threshold are compared, found by
    // binary search in the entities sorted by length.
    std::vector<int> byLength;
    for (int e = 0; e < int(ents.size()); ++e) {
        if (!entityTaken[size_t(e)] && !ents[size_t(e)].normalized.isEmpty())
            byLength.push_back(e);
    }
    auto lengthOf = [&](int e) { return ents[size_t(e)].normalized.size(); };
    std::sort(byLength.begin(), byLength.end(), [&](int x, int y) { return lengthOf(x) < lengthOf(y); });
    std::vector<Candidate> fuzzy;
    std::vector<int> row;
    for (int o = 0; o < int(orgs.size()); ++o) {
        const Prepared &org = orgs[size_t(o)];
        if (orgTaken[size_t(o)] || org.normalized.isEmpty())
            continue;
        const double length = double(org.normalized.size());
        // score <= shorter / longer, so the other length lies in [t * length, length / t].
        const double lowest = threshold * length - 1e-9;
        const double highest = threshold > 0 ? length / threshold + 1e-9 : 1e18;
        auto begin = std::lower_bound(byLength.begin(), byLength.end(), lowest,
                                      [&](int e, double v) { return double(lengthOf(e)) < v; });
        for (auto it = begin; it != byLength.end() && double(lengthOf(*it)) <= highest; ++it) {
            const double score = fuzzyScore(org, ents[size_t(*it)], threshold, row);
            if (score > 0)
                fuzzy.push_back({score, false, o, *it});
        }
    }
    assign(fuzzy, MatchKind::Fuzzy);
    return result;
}

} // namespace bifrost
