#pragma once

#include "model/oauth.h"
#include "pages/integrationtab.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace bifrost {

class ConnectDialog;
class OAuthConnectionModel;

// How one integration obtains OAuth tokens, and its connections.
//
// Settings: a form over OAuthSettings (presets, flow, endpoint URLs checked as they are typed
// with core's rules, client id, a client secret that is only ever replaced or removed, never
// loaded into a widget, scopes, extra authorize parameters, client authentication, PKCE and the
// loopback redirect, whose exact URI is shown for copying). Save (Ctrl+S) runs one undoable
// OAuthSettingsCommand that expects the settings the form loaded; Apply preset runs an
// ApplyPresetCommand after listing the fields it adds.
//
// Connections: the default connection and every organization (OAuthConnectionModel) with
// Connect (a ConnectDialog over OAuthService::connectAccount), Refresh and Disconnect. These
// calls are asynchronous; the tab stays usable while they run and announces their outcome
// through AdminSession::oauthChanged.
class OAuthTab final : public IntegrationTab {
    Q_OBJECT
public:
    explicit OAuthTab(AdminSession *session, QWidget *parent = nullptr);
    ~OAuthTab() override;

    void setIntegration(const QString &integrationId) override;
    QString integrationId() const { return m_integrationId; }

    bool hasPendingEdits() const override;
    Result<void> savePendingEdits() override;
    void discardPendingEdits() override;

    // The settings as the form shows them (the client secret aside).
    OAuthSettings formSettings() const;

    // Selects a connection's row (empty: the default connection).
    void selectConnection(const QString &organizationId);
    // The organization id of the selected row (empty: the default), nullopt when none.
    std::optional<QString> selectedConnection() const;

    // The actions on the selected connection, as the buttons run them. openConnect returns the
    // dialog it opened (window-modal; it deletes itself when closed), or null.
    ConnectDialog *openConnect();
    void refreshSelected();
    // Asks first; the confirmation opens window-modal and returns at once.
    QMessageBox *disconnectSelected();
    // Asks first, listing the fields the preset adds.
    QMessageBox *applySelectedPreset();

    OAuthConnectionModel *model() const { return m_model; }
    QTableView *connectionsTable() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildSettingsForm(QWidget *page);
    void loadSettings();
    void fillForm(const OAuthSettings &settings);
    void updateFlowRows();
    void updateRedirectUri();
    void updateSecretState();
    void updateButtons();
    void updatePresetInfo();
    void validateUrl(QLineEdit *edit);
    void showError(const QString &message, const QString &field = {});
    void showMessage(const QString &message, bool warning = false);
    void replaceSecret();
    void addParamRow(const QString &key, const QString &value);
    QString rowName(const QString &organizationId) const;
    void setBusy(const QString &organizationId, bool busy);

    QString m_integrationId;
    std::optional<OAuthSettings> m_loaded;  // what the form loaded: the save's expectation
    std::optional<QString> m_pendingSecret; // a replacement (empty: removal) not saved yet
    QSet<QString> m_busy;                   // connections with a refresh or disconnect in flight

    QLabel *m_error;
    QLabel *m_message;
    QFormLayout *m_form = nullptr;
    QComboBox *m_preset = nullptr;
    QPushButton *m_applyPreset = nullptr;
    QLabel *m_presetInfo = nullptr;
    QComboBox *m_flow = nullptr;
    QLineEdit *m_authorizeUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_revokeUrl = nullptr;
    QLineEdit *m_deviceUrl = nullptr;
    QHash<QLineEdit *, QLabel *> m_urlErrors;  // the live message under each URL
    QHash<QLineEdit *, QString> m_urlSettings; // the setting name each URL edit holds
    QLineEdit *m_clientId = nullptr;
    QLabel *m_secretState = nullptr;
    QPushButton *m_replaceSecret = nullptr;
    QPushButton *m_removeSecret = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLineEdit *m_audience = nullptr;
    QTableWidget *m_params = nullptr;
    QWidget *m_paramsBox = nullptr;
    QComboBox *m_authMethod = nullptr;
    QCheckBox *m_pkce = nullptr;
    QComboBox *m_redirectHost = nullptr;
    QSpinBox *m_redirectPort = nullptr;
    QLineEdit *m_redirectPath = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QWidget *m_redirectUriBox = nullptr;
    QSpinBox *m_margin = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;

    OAuthConnectionModel *m_model;
    QTableView *m_table;
    QLabel *m_connectionsHint;
    QPushButton *m_connect;
    QPushButton *m_refresh;
    QPushButton *m_disconnect;
};

} // namespace bifrost
