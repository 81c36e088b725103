#pragma once

#include "model/oauth.h"
#include "oauth/oauthservice.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QTimer;

namespace bifrost {

class AdminSession;

// The connections of one integration as the OAuth tab lists them: the default connection first,
// then every organization, with its own connection's state or "default" when it uses the
// integration's. Loads with one statuses() call and one organizations() call. While live (the
// tab is visible) a 1 s timer moves the expiry countdowns ("expires in 4 min") and reloads when
// a connection crosses into expiring or expired; hidden, it costs nothing.
class OAuthConnectionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ExpiresColumn, LastRefreshColumn, LastErrorColumn, ColumnCount };
    enum Role {
        OrganizationIdRole = Qt::UserRole + 1, // empty for the default connection
        IsDefaultRole,                         // bool: the default connection's row
        HasConnectionRole,                     // bool: this row has tokens of its own
        StatusRole,                            // int(TokenStatus) of the row's own connection
    };

    explicit OAuthConnectionModel(AdminSession *session, QObject *parent = nullptr);

    // Loads the integration (by id); an empty id empties the model.
    void setIntegration(const QString &integrationId);
    QString integrationId() const { return m_integrationId; }
    void reload();
    QString loadError() const { return m_loadError; }
    // False when the integration has no OAuth settings yet.
    bool hasSettings() const { return m_hasSettings; }

    // Countdowns tick every second while live.
    void setLive(bool live);
    bool isLive() const;

    int rowOf(const QString &organizationId) const { return m_rowById.value(organizationId, -1); }
    QString organizationId(int row) const { return m_rows.at(row).organizationId; }
    QString displayName(int row) const { return m_rows.at(row).name; }
    bool hasConnection(int row) const { return m_rows.at(row).status.has_value(); }

    // "expires in 4 min", "expired 2 h ago", "unknown": the Expires column's words.
    static QString expiryText(const QDateTime &expiresAt, const QDateTime &now);
    // "connected", "expiring", "expired", "failed", "not connected".
    static QString statusText(TokenStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString organizationId; // empty: the default connection
        QString name;
        std::optional<oauth::ConnectionStatus> status; // the row's own connection, if it has one
    };

    void tick();
    void setRows(QList<Row> rows);

    AdminSession *m_session;
    QString m_integrationId;
    QString m_loadError;
    bool m_hasSettings = false;
    int m_marginSeconds = 300;
    QDateTime m_now;        // the time the displayed texts refer to
    QDateTime m_nextChange; // the next time a state changes with the clock alone
    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QTimer *m_timer;
};

} // namespace bifrost
