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

// Parses a pasted entity list: CSV `entity_id,entity_name` (optional header) or tab-separated
// lines as copied from a spreadsheet. Errors name the line.
Result<QList<ExternalEntity>> parseEntityList(const QString &text);

// For each organization, the best entity: exact when the names are equal after normalising case,
// accents, punctuation and legal suffixes (Ltd, Inc, GmbH, LLC...), else fuzzy when the
// similarity reaches `threshold`. Each entity is matched at most once, best score first.
QList<NameMatch> matchOrganizations(const QList<Organization> &organizations,
                                    const QList<ExternalEntity> &entities, double threshold = 0.8);

} // namespace bifrost
