#include "overridesmatrixmodel.h"

#include "session/adminsession.h"
#include "validate/valuevalidator.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace bifrost {

namespace {

const QString &secretMask() {
    static const QString mask = QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022");
    return mask;
}

QString shownValue(const ConfigValue &v) {
    return v.isSecret() ? secretMask() : valueAsText(v.value);
}

QStringList keysOf(const Schema &schema) {
    QStringList keys;
    keys.reserve(schema.size());
    for (const SchemaField &f : schema)
        keys << f.key;
    return keys;
}

} // namespace

OverridesMatrixModel::OverridesMatrixModel(AdminSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(session, &AdminSession::configChanged, this, &OverridesMatrixModel::onChanged);
    connect(session, &AdminSession::integrationChanged, this, &OverridesMatrixModel::onChanged);
    connect(session, &AdminSession::organizationsChanged, this, &OverridesMatrixModel::reload);
    connect(session, &AdminSession::integrationsChanged, this, &OverridesMatrixModel::reload);
    connect(session, &AdminSession::everythingChanged, this, &OverridesMatrixModel::reload);
}

void OverridesMatrixModel::setIntegration(const QString &integrationId) {
    if (integrationId != m_integrationId) {
        // A new integration starts at the top with nothing fetched.
        m_announcing = true;
        beginResetModel();
        m_integrationId = integrationId;
        m_integration = {};
        m_statuses.clear();
        m_visible.clear();
        m_fetched = 0;
        m_cache = {};
        endResetModel();
        m_announcing = false;
    }
    reload();
}

void OverridesMatrixModel::onChanged(const QString &integrationId) {
    if (!m_integrationId.isEmpty() && integrationId == m_integrationId)
        reload();
}

QString OverridesMatrixModel::organizationId(int row) const {
    if (row < 0 || row >= m_fetched)
        return {};
    return statusAt(row).organization.id;
}

QList<qsizetype> OverridesMatrixModel::matching(const QList<OrganizationStatus> &statuses) const {
    QList<qsizetype> rows;
    rows.reserve(statuses.size());
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const OrganizationStatus &s = statuses.at(i);
        if (m_onlyOverridden && s.overrideCount == 0)
            continue;
        if (m_onlyMissing && s.missingRequired.isEmpty())
            continue;
        if (!m_needle.isEmpty() && !s.organization.name.contains(m_needle, Qt::CaseInsensitive))
            continue;
        rows << i;
    }
    return rows;
}

bool OverridesMatrixModel::readOverrides(const QStringList &ids, OverrideCache &cache) {
    for (qsizetype start = 0; start < ids.size(); start += m_pageSize) {
        const QStringList page = ids.mid(start, m_pageSize);
        ++m_fetches;
        auto values = m_session->store().overridesOf(m_integrationId, page);
        if (!values) {
            m_loadError = values.error().message;
            Q_EMIT errorOccurred(m_loadError);
            return false;
        }
        for (const QString &id : page)
            cache.loaded.insert(id);
        for (ConfigValue &v : *values)
            cache.values[v.organizationId].insert(v.key, std::move(v));
    }
    return true;
}

QStringList OverridesMatrixModel::idsOf(const QList<OrganizationStatus> &statuses,
                                        const QList<qsizetype> &visible, qsizetype from, qsizetype to,
                                        const OverrideCache &skip) {
    QStringList ids;
    for (qsizetype row = from; row < to; ++row) {
        const QString &id = statuses.at(visible.at(row)).organization.id;
        if (!skip.loaded.contains(id))
            ids << id;
    }
    return ids;
}

void OverridesMatrixModel::reload() {
    m_loadError.clear();
    Integration integration;
    QHash<QString, ConfigValue> defaults;
    QList<OrganizationStatus> statuses;
    if (!m_integrationId.isEmpty()) {
        auto loaded = m_session->store().integration(m_integrationId);
        auto values = loaded ? m_session->store().configValues(m_integrationId, QString())
                             : Result<QList<ConfigValue>>(loaded.error());
        auto rows = values ? m_session->store().organizationStatuses(m_integrationId)
                           : Result<QList<OrganizationStatus>>(values.error());
        if (!rows) {
            m_loadError = rows.error().message;
            Q_EMIT errorOccurred(m_loadError);
        } else {
            integration = std::move(*loaded);
            for (ConfigValue &v : *values)
                defaults.insert(v.key, std::move(v));
            statuses = std::move(*rows);
        }
    }

    // Keep what the admin had scrolled to, so that a change does not throw the view back to the top.
    const QList<qsizetype> visible = matching(statuses);
    int want = int(qMin<qsizetype>(visible.size(), qMax(m_fetched, m_pageSize)));
    OverrideCache cache;
    if (!readOverrides(idsOf(statuses, visible, 0, want, cache), cache))
        want = 0;

    // The same cells with new values: update them in place, which keeps selection and scrolling.
    bool sameShape = want == m_fetched && keysOf(integration.schema) == keysOf(m_integration.schema);
    for (int row = 0; sameShape && row < want; ++row)
        sameShape = statuses.at(visible.at(row)).organization.id == statusAt(row).organization.id;

    if (!sameShape) {
        m_announcing = true;
        beginResetModel();
    }
    m_integration = std::move(integration);
    m_defaults = std::move(defaults);
    m_statuses = std::move(statuses);
    m_visible = visible;
    m_cache = std::move(cache);
    m_fetched = want;
    if (!sameShape) {
        endResetModel();
        m_announcing = false;
    } else if (want > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(want - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

void OverridesMatrixModel::applyFilters() {
    m_announcing = true;
    beginResetModel();
    m_visible = matching(m_statuses);
    const int want = int(qMin<qsizetype>(m_visible.size(), m_pageSize));
    m_fetched = readOverrides(idsOf(m_statuses, m_visible, 0, want, m_cache), m_cache) ? want : 0;
    endResetModel();
    m_announcing = false;
}

void OverridesMatrixModel::setOnlyOverridden(bool on) {
    if (on == m_onlyOverridden)
        return;
    m_onlyOverridden = on;
    applyFilters();
}

void OverridesMatrixModel::setOnlyMissingRequired(bool on) {
    if (on == m_onlyMissing)
        return;
    m_onlyMissing = on;
    applyFilters();
}

void OverridesMatrixModel::setSearchText(const QString &text) {
    const QString needle = text.trimmed();
    if (needle == m_needle)
        return;
    m_needle = needle;
    applyFilters();
}

int OverridesMatrixModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_fetched;
}

int OverridesMatrixModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_integration.schema.size());
}

bool OverridesMatrixModel::canFetchMore(const QModelIndex &parent) const {
    // Not while views are being told about a change: a fetch from inside that notification would
    // insert rows before every receiver has seen the change (QAbstractItemModelTester does this).
    // The view asks again at its next layout.
    return !parent.isValid() && !m_announcing && m_fetched < m_visible.size();
}

void OverridesMatrixModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    const int to = int(qMin<qsizetype>(m_visible.size(), m_fetched + m_pageSize));
    if (!readOverrides(idsOf(m_statuses, m_visible, m_fetched, to, m_cache), m_cache))
        return;
    m_announcing = true;
    beginInsertRows({}, m_fetched, to - 1);
    m_fetched = to;
    endInsertRows();
    m_announcing = false;
}

QVariant OverridesMatrixModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrganizationStatus &s = statusAt(index.row());
    const SchemaField &field = m_integration.schema.at(index.column());
    const ConfigValue *override = nullptr;
    if (auto org = m_cache.values.constFind(s.organization.id); org != m_cache.values.cend()) {
        if (auto v = org->constFind(field.key); v != org->cend())
            override = &*v;
    }
    const auto def = m_defaults.constFind(field.key);
    const ConfigValue *fallback = def != m_defaults.cend() ? &*def : nullptr;
    const bool missing = field.required && !override && !fallback;

    switch (role) {
    case Qt::DisplayRole:
        if (override)
            return shownValue(*override);
        if (fallback)
            return shownValue(*fallback);
        return missing ? tr("(missing)") : QString();
    case Qt::ToolTipRole:
        if (override)
            return tr("Override for %1").arg(s.organization.name);
        if (fallback)
            return tr("Inherited from the integration default");
        if (missing)
            return tr("Required, but neither a default nor an override for %1 is set. Set a default in the "
                      "Defaults tab or an override in the Organizations tab.")
                .arg(s.organization.name);
        return tr("Not set");
    case Qt::FontRole:
        if (override || missing) {
            QFont font;
            font.setBold(override != nullptr);
            font.setItalic(missing);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (override)
            return QBrush(QColor(0xff, 0xf1, 0xc4));
        if (missing)
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        return {};
    case Qt::ForegroundRole:
        if (missing)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (!override && fallback)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (override)
            return QBrush(QColor(Qt::black)); // readable on the tinted background in dark themes too
        return {};
    case OrganizationIdRole:
        return s.organization.id;
    case KeyRole:
        return field.key;
    case IsOverrideRole:
        return override != nullptr;
    case IsMissingRole:
        return missing;
    default:
        return {};
    }
}

QVariant OverridesMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_integration.schema.size())
            return {};
        const SchemaField &field = m_integration.schema.at(section);
        if (role == Qt::DisplayRole)
            return field.required ? field.displayName() + QStringLiteral(" *") : field.displayName();
        if (role == Qt::ToolTipRole) {
            QString tip = tr("Key %1, type %2").arg(field.key, fieldTypeName(field.type));
            if (field.required)
                tip += QLatin1Char('\n') + tr("Required");
            if (!field.description.isEmpty())
                tip += QLatin1Char('\n') + field.description;
            return tip;
        }
        if (role == KeyRole)
            return field.key;
        return {};
    }
    if (section < 0 || section >= m_fetched)
        return {};
    if (role == Qt::DisplayRole)
        return statusAt(section).organization.name;
    if (role == OrganizationIdRole)
        return statusAt(section).organization.id;
    return {};
}

} // namespace bifrost
