#include "secretmigration.h"

#include "secrets/secretstore.h"
#include "store/store.h"

#include <QCoreApplication>

namespace bifrost::maintenance {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Doctor)
};

// Removes what a failed move wrote to the target; the source was never touched.
void undo(SecretStore &target, const QStringList &written) {
    for (const QString &key : written)
        (void)target.remove(key);
}

} // namespace

Result<MigrationReport> migrateSecrets(Store &store, SecretStore &target) {
    SecretStore *source = store.secrets();
    if (!source)
        return Error::internal(QStringLiteral("secrets migrate needs the current secret store"));
    MigrationReport report;
    report.from = source->backendName();
    report.to = target.backendName();
    if (report.from == report.to)
        return Error::invalid(
            Text::tr("the secrets of this database are already in the %1 (%2); nothing to move")
                .arg(report.to, source->description()),
            QStringLiteral("to"));

    // The whole move holds the database's write lock: no other process can add, change or remove
    // a secret meanwhile, so what is copied is exactly what the rows refer to.
    QStringList sourceKeys;
    auto moved = store.transaction([&]() -> Result<int> {
        auto uses = store.secretUses();
        if (!uses)
            return uses.error();
        QStringList keys;
        for (const Store::SecretUse &use : std::as_const(*uses)) {
            const QString key = store.secretKeyFor(use.ref);
            if (!keys.contains(key))
                keys << key;
        }
        QHash<QString, QString> values;
        if (!keys.isEmpty()) {
            auto read = source->readMany(keys);
            if (!read)
                return read.error();
            values = std::move(*read);
        }
        for (const Store::SecretUse &use : std::as_const(*uses)) {
            if (!values.contains(store.secretKeyFor(use.ref)))
                return Error::notFound(
                    Text::tr("the secret of %1 is missing from %2, so nothing was moved; set it again or "
                             "see `bifrostctl doctor`")
                        .arg(use.where, source->description()));
        }

        QStringList written;
        for (const QString &key : std::as_const(keys)) {
            if (auto done = target.write(key, values.value(key)); !done) {
                undo(target, written);
                return Error{done.error().code,
                             Text::tr("moving the secrets to %1 failed, and nothing was moved: %2")
                                 .arg(target.description(), done.error().message),
                             done.error().field};
            }
            written << key;
        }
        // Read back before anything depends on the copy: a backend that accepted a write but
        // does not return the value must not cost the source.
        if (!keys.isEmpty()) {
            auto back = target.readMany(keys);
            bool same = bool(back);
            for (const QString &key : std::as_const(keys)) {
                if (!same)
                    break;
                same = back->contains(key) && back->value(key) == values.value(key);
            }
            if (!same) {
                undo(target, written);
                return Error::external(
                    Text::tr("%1 did not return the secrets written to it, so nothing was moved%2")
                        .arg(target.description(),
                             back ? QString() : QStringLiteral(": ") + back.error().message));
            }
        }
        if (auto recorded = store.recordSecretMigration(report.from, report.to, int(keys.size()));
            !recorded) {
            undo(target, written);
            return recorded.error();
        }
        sourceKeys = keys;
        return int(keys.size());
    });
    if (!moved) {
        // A failed commit after the copy: the rows still say the source, so the copy goes.
        if (!sourceKeys.isEmpty())
            undo(target, sourceKeys);
        return moved.error();
    }
    report.moved = *moved;
    store.setSecretStore(&target);
    // Only now, with the database pointing at the target, is the source copy redundant. An entry
    // that cannot be removed is left behind, unreferenced and harmless.
    for (const QString &key : std::as_const(sourceKeys))
        (void)source->remove(key);
    return report;
}

} // namespace bifrost::maintenance
