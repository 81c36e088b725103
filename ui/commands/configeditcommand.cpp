#include "configeditcommand.h"

#include "session/adminsession.h"

namespace bifrost {

ConfigEditCommand::ConfigEditCommand(AdminSession *session, QString integrationId, QList<LevelEdit> edits,
                                     const QString &text)
    : StoreCommand(session, text)
    , m_integrationId(std::move(integrationId))
    , m_edits(std::move(edits)) {}

Result<QList<ConfigEditCommand::LevelSnapshot>> ConfigEditCommand::capture(bool withSecrets) {
    QList<LevelSnapshot> levels;
    QStringList secretRefs;
    for (const LevelEdit &edit : std::as_const(m_edits)) {
        auto values = store().configValues(m_integrationId, edit.organizationId);
        if (!values)
            return values.error();
        QHash<QString, ConfigValue> byKey;
        for (const ConfigValue &v : std::as_const(*values))
            byKey.insert(v.key, v);
        LevelSnapshot snapshot;
        for (const ConfigChange &change : edit.changes) {
            Snapshot s;
            if (auto it = byKey.constFind(change.key); it != byKey.cend()) {
                s.value = *it;
                if (withSecrets && it->isSecret())
                    secretRefs << it->secretRef;
            }
            snapshot.insert(change.key, s);
        }
        levels << snapshot;
    }
    if (secretRefs.isEmpty())
        return levels;
    auto secrets = store().readSecrets(secretRefs);
    if (!secrets)
        return secrets.error();
    for (LevelSnapshot &level : levels) {
        for (Snapshot &s : level) {
            if (s.value && s.value->isSecret())
                s.secretValue = secrets->value(s.value->secretRef);
        }
    }
    return levels;
}

Result<void> ConfigEditCommand::apply() {
    // Each apply captures afresh: a redo after an undo must expect what the undo wrote.
    auto before = capture(true);
    if (!before)
        return before.error();
    auto written = store().transaction([&]() -> Result<void> {
        for (const LevelEdit &edit : std::as_const(m_edits)) {
            if (auto set = store().setConfig(m_integrationId, edit.organizationId, edit.changes); !set)
                return set;
        }
        return {};
    });
    if (!written)
        return written;
    m_before = *before;
    auto after = capture(false);
    if (!after)
        return after.error();
    m_after = *after;
    // A redo must not trip over the expectations of the first apply: the undo changed the values.
    for (LevelEdit &edit : m_edits) {
        for (ConfigChange &change : edit.changes)
            change.expected.reset();
    }
    return {};
}

Result<void> ConfigEditCommand::revert() {
    return store().transaction([&]() -> Result<void> {
        for (qsizetype i = 0; i < m_edits.size(); ++i) {
            QList<ConfigChange> back;
            for (const ConfigChange &change : std::as_const(m_edits[i].changes)) {
                const Snapshot &was = m_before[i].value(change.key);
                ConfigChange restore = !was.value ? ConfigChange::unset(change.key)
                                       : was.value->isSecret()
                                           ? ConfigChange::setJson(change.key, was.secretValue)
                                           : ConfigChange::setJson(change.key, was.value->value);
                restore.expecting(m_after[i].value(change.key).value);
                // By value, not version: undoing a later command writes back what this one
                // wrote, as a new version, and this undo must still go through then.
                restore.expected->version = 0;
                back << restore;
            }
            if (auto set = store().setConfig(m_integrationId, m_edits[i].organizationId, back); !set)
                return set;
        }
        return {};
    });
}

void ConfigEditCommand::announce() {
    Q_EMIT session().configChanged(m_integrationId);
}

} // namespace bifrost
