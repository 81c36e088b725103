#pragma once

#include "common/result.h"
#include "model/oauth.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace bifrost {

class AdminSession;
namespace oauth {
class ConnectFlow;
}

// Runs one connect (OAuthService::connectAccount) without blocking the window:
//
//   dialog ──connectAccount──▶ service ──▶ flow
//          ◀──authorizationUrl───────────┘      shown with Copy and Open browser; the browser
//                                               opens by itself unless BIFROST_NO_BROWSER=1
//          ◀──deviceCode─────────────────┘      user code and verification URI instead
//   (the admin signs in; the loopback listener or the device poll receives the grant)
//          ◀──done(connection | error)───┘      success: accept(); failure: core's message
//
// A countdown shows the time left before the flow times out; Cancel (or closing the dialog)
// calls flow->cancel(), which stores nothing. Client credentials finish without a browser.
class ConnectDialog final : public QDialog {
    Q_OBJECT
public:
    // `organizationId` empty: the default connection. `title` names the connection.
    ConnectDialog(AdminSession *session, const QString &integrationId, const QString &organizationId,
                  const QString &title, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Starts the flow; call once, after connecting to the signals.
    void start();

    QUrl authorizationUrl() const { return m_url; }
    bool isRunning() const { return m_running; }
    // The error of a failed flow (the dialog then stays open with it).
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    // The flow ended (connected, failed or cancelled); the connection's integration changed.
    void finishedFlow(bool connected);

public Q_SLOTS:
    void reject() override;

private:
    void showAuthorizationUrl(const QUrl &url, const QString &redirectUri);
    void showDeviceCode(const QString &verificationUri, const QString &userCode, const QString &complete);
    void openBrowser();
    void updateCountdown();
    void finish(const Result<OAuthConnection> &result);

    AdminSession *m_session;
    QString m_integrationId;
    QString m_organizationId;
    QPointer<oauth::ConnectFlow> m_flow;
    QUrl m_url; // what Open browser opens
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;

    QLabel *m_intro;
    QLabel *m_urlLabel;
    QLineEdit *m_urlEdit;
    QPushButton *m_copyButton;
    QPushButton *m_openButton;
    QLabel *m_userCodeLabel;
    QLineEdit *m_userCode;
    QLabel *m_redirectLabel;
    QLabel *m_countdown;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cancelButton;
    QTimer *m_timer;
};

} // namespace bifrost
