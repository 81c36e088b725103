#pragma once

#include "common/result.h"
#include "model/organization.h"

#include <QList>
#include <QString>

#include <optional>

namespace bifrost {

// An entity in the external system (a tenant, a company) as pasted by the admin.
struct ExternalEntity {
    QString id;
    QString name;
};

enum class MatchKind { Exact, Fuzzy, None };

struct NameMatch {
    Organization organization;
    std::optional<ExternalEntity> entity;
    MatchKind kind = MatchKind::None;
    double score = 0; // 1.0 for exact
};

// A stable machine name for JSON output: "exact", "fuzzy", "none".
QString matchKindName(MatchKind kind);

// Parses a pasted entity list: CSV `entity_id,entity_name` (optional header) or tab-separated
// lines as copied from a spreadsheet. Errors name the line.
Result<QList<ExternalEntity>> parseEntityList(const QString &text);

// The form in which names are compared: case folded, accents stripped, '&' read as "and",
// punctuation as spaces, a leading "the" and trailing legal forms (Ltd, Inc, GmbH, LLC...)
// dropped. "The Contoso Company, Inc." and "contoso" are the same name.
QString normalizedName(const QString &name);

// The similarity of two names in [0, 1] as matchOrganizations scores a fuzzy match: 1 when their
// normalised forms are equal.
double nameSimilarity(const QString &a, const QString &b);

// For each organization, the best entity: exact when the names are equal after normalising case,
// accents, punctuation and legal suffixes (Ltd, Inc, GmbH, LLC...), else fuzzy when the
// similarity reaches `threshold`. Each entity is matched at most once, exact matches first, then
// best score first; ties go by organization name, then entity name and id, so the result does
// not depend on the order of the input. Returned in the order of `organizations`.
QList<NameMatch> matchOrganizations(const QList<Organization> &organizations,
                                    const QList<ExternalEntity> &entities, double threshold = 0.8);

} // namespace bifrost
