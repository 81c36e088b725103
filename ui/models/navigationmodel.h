#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace bifrost {

class AdminSession;

// The navigation tree of the main window: two sections, Integrations and Organizations, each
// listing its items by name with their ids in IdRole. It reloads itself when the session
// announces that integrations or organizations changed; the main window filters it through a
// recursive QSortFilterProxyModel on SearchRole, which is empty for the sections so that a
// search shows only the sections that hold a match.
class NavigationModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Section { IntegrationsSection = 0, OrganizationsSection = 1 };
    enum class Kind { Section, Integration, Organization };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the integration or organization id
        KindRole,                  // int: Kind
        SearchRole,                // QString: the name for items, empty for sections
    };

    explicit NavigationModel(AdminSession *session, QObject *parent = nullptr);

    // Reads both lists again; on failure the lists are empty and lastError() says why.
    void reload();
    QString lastError() const { return m_lastError; }

    QModelIndex sectionIndex(Section section) const;
    // The item with this kind and id, or an invalid index.
    QModelIndex indexOf(Kind kind, const QString &id) const;
    static Kind kindOf(const QModelIndex &index);
    static QString idOf(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Item {
        QString id;
        QString name;
    };

    AdminSession *m_session;
    QList<Item> m_items[2]; // by Section
    QString m_lastError;
};

} // namespace bifrost
