#include "navigationmodel.h"

#include "session/adminsession.h"
#include "store/store.h"

namespace bifrost {

// Items keep their section in internalId (section + 1); sections have 0, which makes parent()
// a constant-time lookup without storing parent pointers.
namespace {

constexpr quintptr sectionTag = 0;

quintptr childTag(int section) {
    return quintptr(section) + 1;
}

} // namespace

NavigationModel::NavigationModel(AdminSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session) {
    connect(session, &AdminSession::integrationsChanged, this, &NavigationModel::reload);
    connect(session, &AdminSession::organizationsChanged, this, &NavigationModel::reload);
    connect(session, &AdminSession::everythingChanged, this, &NavigationModel::reload);
    reload();
}

void NavigationModel::reload() {
    beginResetModel();
    m_items[IntegrationsSection].clear();
    m_items[OrganizationsSection].clear();
    m_lastError.clear();
    Store &store = m_session->store();
    if (auto integrations = store.integrations()) {
        m_items[IntegrationsSection].reserve(integrations->size());
        for (const Integration &i : std::as_const(*integrations))
            m_items[IntegrationsSection].append({i.id, i.name});
    } else {
        m_lastError = integrations.error().message;
    }
    if (auto organizations = store.organizations()) {
        m_items[OrganizationsSection].reserve(organizations->size());
        for (const Organization &o : std::as_const(*organizations))
            m_items[OrganizationsSection].append({o.id, o.name});
    } else if (m_lastError.isEmpty()) {
        m_lastError = organizations.error().message;
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
}

QModelIndex NavigationModel::sectionIndex(Section section) const {
    return createIndex(int(section), 0, sectionTag);
}

QModelIndex NavigationModel::indexOf(Kind kind, const QString &id) const {
    if (kind == Kind::Section || id.isEmpty())
        return {};
    const int section = kind == Kind::Integration ? IntegrationsSection : OrganizationsSection;
    const QList<Item> &items = m_items[section];
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).id == id)
            return createIndex(row, 0, childTag(section));
    }
    return {};
}

NavigationModel::Kind NavigationModel::kindOf(const QModelIndex &index) {
    return Kind(index.data(KindRole).toInt());
}

QString NavigationModel::idOf(const QModelIndex &index) {
    return index.data(IdRole).toString();
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, sectionTag);
    return createIndex(row, column, childTag(parent.row()));
}

QModelIndex NavigationModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == sectionTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, sectionTag);
}

int NavigationModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return 2;
    if (parent.column() != 0 || parent.internalId() != sectionTag)
        return 0;
    return int(m_items[parent.row()].size());
}

int NavigationModel::columnCount(const QModelIndex &parent) const {
    Q_UNUSED(parent)
    return 1;
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == sectionTag) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return index.row() == IntegrationsSection ? tr("Integrations") : tr("Organizations");
        case KindRole:
            return int(Kind::Section);
        case SearchRole:
            return QString();
        default:
            return {};
        }
    }
    const int section = int(index.internalId() - 1);
    const Item &item = m_items[section].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case SearchRole:
        return item.name;
    case IdRole:
        return item.id;
    case KindRole:
        return int(section == IntegrationsSection ? Kind::Integration : Kind::Organization);
    default:
        return {};
    }
}

Qt::ItemFlags NavigationModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Sections are headings: they cannot be the current page.
    if (index.internalId() == sectionTag)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> NavigationModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(KindRole, "kind");
    names.insert(SearchRole, "searchText");
    return names;
}

} // namespace bifrost
