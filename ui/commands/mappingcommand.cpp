#include "mappingcommand.h"

#include "session/adminsession.h"

namespace bifrost {

MappingCommand::MappingCommand(AdminSession *session, QString integrationId, QList<Edit> edits,
                               const QString &text)
    : StoreCommand(session, text)
    , m_integrationId(std::move(integrationId))
    , m_edits(std::move(edits)) {}

Result<QHash<QString, Mapping>> MappingCommand::current() {
    auto all = store().mappings(m_integrationId);
    if (!all)
        return all.error();
    QHash<QString, Mapping> byOrg;
    for (const Mapping &m : std::as_const(*all))
        byOrg.insert(m.organization.id, m);
    return byOrg;
}

Result<void> MappingCommand::apply() {
    auto before = current();
    if (!before)
        return before.error();
    auto written = store().transaction([&]() -> Result<void> {
        for (const Edit &edit : std::as_const(m_edits)) {
            if (edit.remove) {
                if (auto removed =
                        store().removeMapping(m_integrationId, edit.organizationId, false, edit.expected);
                    !removed)
                    return removed;
            } else if (auto set = store().setMapping(m_integrationId, edit.organizationId, edit.entityId,
                                                     edit.entityName, edit.expected);
                       !set) {
                return set.error();
            }
        }
        return {};
    });
    if (!written)
        return written;
    auto after = current();
    if (!after)
        return after.error();
    m_before.clear();
    m_after.clear();
    for (Edit &edit : m_edits) {
        const QString &org = edit.organizationId;
        m_before.insert(org, before->contains(org) ? std::optional(before->value(org)) : std::nullopt);
        m_after.insert(org, after->contains(org) ? std::optional(after->value(org)) : std::nullopt);
        edit.expected.reset(); // see ConfigEditCommand::apply
    }
    return {};
}

Result<void> MappingCommand::revert() {
    return store().transaction([&]() -> Result<void> {
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
            // By value, not version: see ConfigEditCommand::revert.
            ExpectedMapping wrote = ExpectedMapping::of(m_after.value(it.key()));
            wrote.version = 0;
            if (!it.value()) {
                if (!wrote.present)
                    continue;
                if (auto removed = store().removeMapping(m_integrationId, it.key(), false, wrote); !removed)
                    return removed;
            } else if (auto set = store().setMapping(m_integrationId, it.key(), it.value()->entityId,
                                                     it.value()->entityName, wrote);
                       !set) {
                return set.error();
            }
        }
        return {};
    });
}

void MappingCommand::announce() {
    Q_EMIT session().mappingsChanged(m_integrationId);
}

} // namespace bifrost
