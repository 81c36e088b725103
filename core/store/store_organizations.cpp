// Store: organizations.
#include "store.h"
#include "storeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace bifrost {

namespace {

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

Organization organizationFrom(const QSqlQuery &q) {
    return {q.value(0).toString(), q.value(1).toString(), detail::timestamp(q.value(2).toString()),
            detail::timestamp(q.value(3).toString()), q.value(4).toLongLong()};
}

Result<QString> checkedName(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(Text::tr("the organization name is empty; give a name such as \"Contoso\""),
                              QStringLiteral("name"));
    if (trimmed.size() > 200)
        return Error::invalid(Text::tr("the organization name is longer than 200 characters"),
                              QStringLiteral("name"));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Error::invalid(Text::tr("the organization name contains a control character"),
                                  QStringLiteral("name"));
    }
    return trimmed;
}

} // namespace

Result<Organization> Store::findOrganization(const QString &ref) {
    // An id match wins over a name match: SQLite runs a UNION ALL left to right. (An OR
    // with ORDER BY made SQLite build and sort a temporary result on every resolve.)
    std::optional<Organization> found;
    auto done = runNative(m_native->organization,
                          "SELECT id, name, created_at, updated_at, version FROM organizations WHERE id = ?1"
                          " UNION ALL SELECT id, name, created_at, updated_at, version FROM organizations"
                          " WHERE name_key = ?2 LIMIT 1",
                          {ref, organizationNameKey(ref)}, [&](const detail::SqliteStatement::Row &row) {
                              found = Organization{row.text(0), row.text(1), detail::timestamp(row.text(2)),
                                                   detail::timestamp(row.text(3)), row.integer(4)};
                          });
    if (!done)
        return done.error();
    if (!found)
        return Error::notFound(Text::tr("no organization named \"%1\"; see `bifrostctl org list`").arg(ref));
    return *found;
}

Result<void> Store::checkOrganizationName(const QString &name, const QString &exceptId) {
    QSqlQuery &q = query("SELECT id, name FROM organizations WHERE name_key = ?");
    q.addBindValue(organizationNameKey(name));
    if (auto done = exec(q); !done)
        return done;
    if (q.next() && q.value(0).toString() != exceptId) {
        const QString existing = q.value(1).toString();
        q.finish();
        return Error::conflict(
            Text::tr("an organization named \"%1\" already exists (names ignore case); choose another name")
                .arg(existing));
    }
    q.finish();
    return {};
}

Result<Organization> Store::addOrganization(const QString &name) {
    auto checked = checkedName(name);
    if (!checked)
        return checked.error();
    // One insert for both ways in (store_bundle.cpp): an empty id is never kept, so the
    // organization gets a new one.
    return addOrganizationKeepingId({}, *checked);
}

Result<QList<Organization>> Store::organizations() {
    QSqlQuery &q =
        query("SELECT id, name, created_at, updated_at, version FROM organizations ORDER BY name_key");
    if (auto done = exec(q); !done)
        return done.error();
    QList<Organization> list;
    while (q.next())
        list << organizationFrom(q);
    q.finish();
    return list;
}

Result<Organization> Store::organization(const QString &ref) {
    return findOrganization(ref);
}

Result<Organization> Store::renameOrganization(const QString &ref, const QString &newName) {
    auto checked = checkedName(newName);
    if (!checked)
        return checked.error();
    return transaction([&]() -> Result<Organization> {
        auto org = findOrganization(ref);
        if (!org)
            return org.error();
        if (auto free = checkOrganizationName(*checked, org->id); !free)
            return free.error();
        qint64 version = org->version;
        if (*checked != org->name) {
            auto next = rowVersion();
            if (!next)
                return next.error();
            version = *next;
        }
        QSqlQuery &q = query(
            "UPDATE organizations SET name = ?, name_key = ?, updated_at = ?, version = ? WHERE id = ?");
        q.addBindValue(*checked);
        q.addBindValue(organizationNameKey(*checked));
        q.addBindValue(detail::now());
        q.addBindValue(version);
        q.addBindValue(org->id);
        if (auto done = exec(q); !done)
            return done.error();
        if (*checked != org->name) {
            // Recorded under the new name; earlier entries keep the name they were written with.
            HistoryEntry entry;
            entry.action = QStringLiteral("organization.rename");
            entry.organizationId = org->id;
            entry.organizationName = *checked;
            entry.oldValue = org->name;
            entry.newValue = *checked;
            if (auto recorded = record(std::move(entry)); !recorded)
                return recorded.error();
        }
        return findOrganization(org->id);
    });
}

Result<void> Store::removeOrganization(const QString &ref, bool force) {
    return transaction([&]() -> Result<void> {
        auto org = findOrganization(ref);
        if (!org)
            return org.error();
        if (!force) {
            QSqlQuery &q = query(
                "SELECT i.name,"
                " (SELECT count(*) FROM mappings m WHERE m.integration_id = i.id AND m.organization_id = ?),"
                " (SELECT count(*) FROM config_values v WHERE v.integration_id = i.id AND v.organization_id "
                "= ?),"
                " (SELECT count(*) FROM oauth_connections c WHERE c.integration_id = i.id"
                "  AND c.organization_id = ?)"
                " FROM integrations i ORDER BY i.name");
            q.addBindValue(org->id);
            q.addBindValue(org->id);
            q.addBindValue(org->id);
            if (auto done = exec(q); !done)
                return done;
            QStringList uses;
            while (q.next()) {
                const int mapped = q.value(1).toInt();
                const int overrides = q.value(2).toInt();
                const int connected = q.value(3).toInt();
                if (mapped == 0 && overrides == 0 && connected == 0)
                    continue;
                QStringList what;
                if (mapped)
                    what << Text::tr("mapping");
                if (overrides)
                    what << Text::tr("%n override(s)", nullptr, overrides);
                if (connected)
                    what << Text::tr("OAuth connection");
                uses << QStringLiteral("%1 (%2)").arg(q.value(0).toString(), what.join(QStringLiteral(", ")));
            }
            q.finish();
            if (!uses.isEmpty())
                return Error::conflict(
                    Text::tr("organization \"%1\" is still used by %2; use --force to remove it with "
                             "its mappings, overrides and OAuth connections")
                        .arg(org->name, uses.join(QStringLiteral("; "))));
        }
        if (auto refs = collectSecretRefs(
                "SELECT secret_ref FROM config_values WHERE organization_id = ? AND secret_ref IS NOT NULL",
                org->id);
            !refs)
            return refs;
        // The organization's OAuth connections: rows by cascade, token entries after commit.
        if (auto refs =
                collectSecretRefs("SELECT access_token_ref FROM oauth_connections WHERE organization_id = ?"
                                  " UNION ALL SELECT refresh_token_ref FROM oauth_connections"
                                  " WHERE organization_id = ? AND refresh_token_ref IS NOT NULL",
                                  org->id, org->id);
            !refs)
            return refs;
        QSqlQuery &lease = query("DELETE FROM oauth_refresh_leases WHERE organization_key = ?");
        lease.addBindValue(org->id);
        if (auto done = exec(lease); !done)
            return done;
        QSqlQuery &counts = query("SELECT (SELECT count(*) FROM mappings WHERE organization_id = ?),"
                                  " (SELECT count(*) FROM config_values WHERE organization_id = ?)");
        counts.addBindValue(org->id);
        counts.addBindValue(org->id);
        if (auto done = exec(counts); !done)
            return done;
        counts.next();
        const int mappingCount = counts.value(0).toInt();
        const int overrideCount = counts.value(1).toInt();
        counts.finish();
        HistoryEntry entry;
        entry.action = QStringLiteral("organization.remove");
        entry.organizationId = org->id;
        entry.organizationName = org->name;
        entry.oldValue = org->name;
        if (mappingCount > 0 || overrideCount > 0)
            entry.detail = Text::tr("removed with %1 and %2")
                               .arg(Text::tr("%n mapping(s)", nullptr, mappingCount),
                                    Text::tr("%n override(s)", nullptr, overrideCount));
        if (auto recorded = record(std::move(entry)); !recorded)
            return recorded;
        QSqlQuery &del = query("DELETE FROM organizations WHERE id = ?");
        del.addBindValue(org->id);
        return exec(del);
    });
}

} // namespace bifrost
