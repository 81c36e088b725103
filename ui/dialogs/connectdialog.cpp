#include "connectdialog.h"

#include "oauth/oauthservice.h"
#include "session/adminsession.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace bifrost {

namespace {

// Tests and headless runs set BIFROST_NO_BROWSER=1, as for bifrostctl.
bool browserAllowed() {
    return qEnvironmentVariable("BIFROST_NO_BROWSER") != u"1";
}

QLabel *errorLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->hide();
    return label;
}

} // namespace

ConnectDialog::ConnectDialog(AdminSession *session, const QString &integrationId,
                             const QString &organizationId, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_integrationId(integrationId)
    , m_organizationId(organizationId)
    , m_intro(new QLabel(this))
    , m_urlLabel(new QLabel(tr("Authori&zation URL:"), this))
    , m_urlEdit(new QLineEdit(this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_openButton(new QPushButton(tr("&Open browser"), this))
    , m_userCodeLabel(new QLabel(tr("&User code:"), this))
    , m_userCode(new QLineEdit(this))
    , m_redirectLabel(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_errorLabel(errorLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_cancelButton(m_buttons->addButton(QDialogButtonBox::Cancel))
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect %1").arg(title));

    m_intro->setObjectName(QStringLiteral("connectIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Starting the connection for %1…").arg(title));

    m_urlEdit->setObjectName(QStringLiteral("authorizationUrlEdit"));
    m_urlEdit->setAccessibleName(tr("Authorization URL"));
    m_urlEdit->setReadOnly(true);
    m_urlLabel->setBuddy(m_urlEdit);
    m_copyButton->setObjectName(QStringLiteral("copyAuthorizationUrlButton"));
    m_copyButton->setAutoDefault(false);
    m_openButton->setObjectName(QStringLiteral("openBrowserButton"));
    m_openButton->setAutoDefault(false);
    m_userCode->setObjectName(QStringLiteral("userCodeEdit"));
    m_userCode->setAccessibleName(tr("User code"));
    m_userCode->setReadOnly(true);
    QFont big = m_userCode->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_userCode->setFont(big);
    m_userCodeLabel->setBuddy(m_userCode);
    m_redirectLabel->setObjectName(QStringLiteral("redirectNote"));
    m_redirectLabel->setWordWrap(true);
    m_redirectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_countdown->setObjectName(QStringLiteral("connectCountdown"));
    m_errorLabel->setObjectName(QStringLiteral("connectError"));
    m_cancelButton->setObjectName(QStringLiteral("cancelConnectButton"));

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_copyButton);
    urlRow->addWidget(m_openButton);
    auto *form = new QFormLayout;
    form->addRow(m_urlLabel, urlRow);
    form->addRow(m_userCodeLabel, m_userCode);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_redirectLabel);
    layout->addWidget(m_countdown);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    for (QWidget *w : {static_cast<QWidget *>(m_urlLabel), static_cast<QWidget *>(m_urlEdit),
                       static_cast<QWidget *>(m_copyButton), static_cast<QWidget *>(m_openButton),
                       static_cast<QWidget *>(m_userCodeLabel), static_cast<QWidget *>(m_userCode),
                       static_cast<QWidget *>(m_redirectLabel)})
        w->hide();
    resize(620, sizeHint().height());

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ConnectDialog::updateCountdown);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_urlEdit->text()); });
    connect(m_openButton, &QPushButton::clicked, this, &ConnectDialog::openBrowser);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
}

ConnectDialog::~ConnectDialog() {
    // Closed with the window while waiting: the flow must not outlive the admin's intent.
    if (m_running) {
        m_running = false;
        if (m_flow)
            m_flow->cancel();
    }
}

void ConnectDialog::start() {
    if (m_running)
        return;
    m_running = true;
    m_error.clear();
    QPointer<ConnectDialog> self(this);
    auto flow = m_session->oauth().connectAccount(m_integrationId, m_organizationId, {},
                                                  [self](Result<OAuthConnection> result) {
                                                      if (self && self->m_running)
                                                          self->finish(result);
                                                  });
    if (!m_running) // finished inside the call
        return;
    m_flow = flow;
    if (!m_flow)
        return;
    connect(m_flow, &oauth::ConnectFlow::authorizationUrl, this, &ConnectDialog::showAuthorizationUrl);
    connect(m_flow, &oauth::ConnectFlow::deviceCode, this, &ConnectDialog::showDeviceCode);
    updateCountdown();
    m_timer->start();
}

void ConnectDialog::showAuthorizationUrl(const QUrl &url, const QString &redirectUri) {
    m_url = url;
    m_intro->setText(tr("Sign in at the provider and allow access in your browser. If no browser window "
                        "opened, open this URL yourself:"));
    m_urlEdit->setText(url.toString(QUrl::FullyEncoded));
    m_urlEdit->setCursorPosition(0);
    m_redirectLabel->setText(tr("Bifrost Admin receives the provider's answer on %1.").arg(redirectUri));
    for (QWidget *w : {static_cast<QWidget *>(m_urlLabel), static_cast<QWidget *>(m_urlEdit),
                       static_cast<QWidget *>(m_copyButton), static_cast<QWidget *>(m_openButton),
                       static_cast<QWidget *>(m_redirectLabel)})
        w->show();
    if (browserAllowed())
        openBrowser();
}

void ConnectDialog::showDeviceCode(const QString &verificationUri, const QString &userCode,
                                   const QString &complete) {
    m_url = QUrl(complete.isEmpty() ? verificationUri : complete);
    m_intro->setText(tr("On this or any other device, open the address below and enter the user code."));
    m_urlLabel->setText(tr("Verification &address:"));
    m_urlEdit->setAccessibleName(tr("Verification address"));
    m_urlEdit->setText(verificationUri);
    m_urlEdit->setCursorPosition(0);
    m_userCode->setText(userCode);
    for (QWidget *w : {static_cast<QWidget *>(m_urlLabel), static_cast<QWidget *>(m_urlEdit),
                       static_cast<QWidget *>(m_copyButton), static_cast<QWidget *>(m_openButton),
                       static_cast<QWidget *>(m_userCodeLabel), static_cast<QWidget *>(m_userCode)})
        w->show();
    if (browserAllowed())
        openBrowser();
}

void ConnectDialog::openBrowser() {
    if (m_url.isValid() && !QDesktopServices::openUrl(m_url))
        m_redirectLabel->setText(m_redirectLabel->text() + QLatin1Char(' ') +
                                 tr("The browser could not be started: copy the URL instead."));
}

void ConnectDialog::updateCountdown() {
    if (!m_flow || !m_running) {
        m_countdown->clear();
        return;
    }
    const int left = qMax(0, m_flow->secondsLeft());
    m_countdown->setText(
        tr("Waiting for the provider: %1 left.")
            .arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))));
}

void ConnectDialog::reject() {
    if (!m_running) {
        QDialog::reject();
        return;
    }
    // The flow ends with a "cancelled" error, which closes the dialog in finish().
    m_cancelled = true;
    m_cancelButton->setEnabled(false);
    if (m_flow) {
        m_flow->cancel();
        return;
    }
    m_running = false;
    m_timer->stop();
    Q_EMIT finishedFlow(false);
    QDialog::reject();
}

void ConnectDialog::finish(const Result<OAuthConnection> &result) {
    m_running = false;
    m_timer->stop();
    m_countdown->clear();
    m_flow.clear();
    if (result) {
        Q_EMIT finishedFlow(true);
        accept();
        return;
    }
    Q_EMIT finishedFlow(false);
    if (m_cancelled) {
        QDialog::reject();
        return;
    }
    m_error = result.error().message;
    m_errorLabel->setText(m_error);
    m_errorLabel->show();
    m_intro->setText(tr("The connection was not made; nothing was stored."));
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setEnabled(true);
    m_cancelButton->setFocus(Qt::OtherFocusReason);
}

} // namespace bifrost
