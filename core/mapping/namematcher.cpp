#include "namematcher.h"

namespace bifrost {

// TODO(issue 3): stubs until the matching work lands.
Result<QList<ExternalEntity>> parseEntityList(const QString &text) {
    Q_UNUSED(text)
    return Error::internal(QStringLiteral("not implemented"));
}

QList<NameMatch> matchOrganizations(const QList<Organization> &organizations,
                                    const QList<ExternalEntity> &entities, double threshold) {
    Q_UNUSED(entities)
    Q_UNUSED(threshold)
    QList<NameMatch> none;
    for (const Organization &o : organizations)
        none.append({o, std::nullopt, MatchKind::None, 0});
    return none;
}

} // namespace bifrost
