// Read-only overviews across organizations and integrations: the Organizations tab, the health
// summary, an organization's page and the overrides matrix.
#include "store.h"
#include "storeutil.h"

namespace bifrost {

ExpectedValue ExpectedValue::of(const std::optional<ConfigValue> &current) {
    if (!current)
        return {};
    return {true, current->value, current->secretRef};
}

ExpectedMapping ExpectedMapping::of(const std::optional<Mapping> &current) {
    if (!current)
        return {};
    return {true, current->entityId, current->entityName};
}

// TODO(issue 3): stubs until the store work lands.
Result<QList<OrganizationStatus>> Store::organizationStatuses(const QString &integrationRef) {
    Q_UNUSED(integrationRef)
    return Error::internal(QStringLiteral("not implemented"));
}

Result<QList<IntegrationStatus>> Store::integrationStatuses(const QString &orgRef) {
    Q_UNUSED(orgRef)
    return Error::internal(QStringLiteral("not implemented"));
}

Result<QList<ConfigValue>> Store::overridesOf(const QString &integrationRef,
                                              const QStringList &organizationIds) {
    Q_UNUSED(integrationRef)
    Q_UNUSED(organizationIds)
    return Error::internal(QStringLiteral("not implemented"));
}

Result<Integration> Store::updateIntegration(const QString &ref, const IntegrationUpdate &update) {
    Q_UNUSED(ref)
    Q_UNUSED(update)
    return Error::internal(QStringLiteral("not implemented"));
}

} // namespace bifrost
