#include "oauthtab.h"

#include "commands/oauthsettingscommand.h"
#include "dialogs/connectdialog.h"
#include "models/oauthconnectionmodel.h"
#include "oauth/endpoints.h"
#include "oauth/oauthservice.h"
#include "oauth/presets.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bifrost {

namespace {

constexpr auto errorStyle = "color: #b00020;";
constexpr auto warningStyle = "color: #8a5a00;";

QLabel *messageLabel(QWidget *parent, const QString &name, const char *style) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QString::fromLatin1(style));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->hide();
    return label;
}

QStringList splitScopes(const QString &text) {
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

} // namespace

OAuthTab::OAuthTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent)
    , m_error(messageLabel(this, QStringLiteral("oauthError"), errorStyle))
    , m_message(messageLabel(this, QStringLiteral("oauthMessage"), "")) {
    setObjectName(QStringLiteral("oauthTab"));

    // ---- settings
    auto *settingsBox = new QGroupBox(tr("Settings"), this);
    auto *scroll = new QScrollArea(settingsBox);
    scroll->setObjectName(QStringLiteral("oauthSettingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formPage = new QWidget(scroll);
    buildSettingsForm(formPage);
    scroll->setWidget(formPage);

    m_save = new QPushButton(tr("Save"), settingsBox);
    m_save->setObjectName(QStringLiteral("saveOAuthButton"));
    m_save->setToolTip(
        tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert = new QPushButton(tr("Re&vert"), settingsBox);
    m_revert->setObjectName(QStringLiteral("revertOAuthButton"));
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    auto *settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->addWidget(scroll, 1);
    // Outside the scroll area: a word-wrapped label's height depends on its width, which a
    // scroll area's form computed wrongly, squeezing the rows below it (Qt 6.4).
    m_presetInfo->setParent(settingsBox);
    settingsLayout->addWidget(m_presetInfo);
    settingsLayout->addLayout(saveRow);

    // ---- connections
    auto *connectionsBox = new QGroupBox(tr("Connections"), this);
    m_model = new OAuthConnectionModel(session, this);
    m_table = new QTableView(connectionsBox);
    m_table->setObjectName(QStringLiteral("connectionsTable"));
    m_table->setAccessibleName(tr("OAuth connections"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OAuthConnectionModel::NameColumn, 220);
    m_table->setColumnWidth(OAuthConnectionModel::StateColumn, 110);
    m_table->setColumnWidth(OAuthConnectionModel::ExpiresColumn, 150);
    m_table->setColumnWidth(OAuthConnectionModel::LastRefreshColumn, 140);
    m_connectionsHint = new QLabel(connectionsBox);
    m_connectionsHint->setObjectName(QStringLiteral("connectionsHint"));
    m_connectionsHint->setWordWrap(true);
    m_connect = new QPushButton(tr("Co&nnect default"), connectionsBox);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_refresh = new QPushButton(tr("&Refresh"), connectionsBox);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Get a new access token now (for client credentials: mint one)"));
    m_disconnect = new QPushButton(tr("D&isconnect…"), connectionsBox);
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    m_disconnect->setToolTip(tr("Revoke the tokens at the provider and delete them here"));
    auto *connectionButtons = new QHBoxLayout;
    connectionButtons->addWidget(m_connect);
    connectionButtons->addWidget(m_refresh);
    connectionButtons->addWidget(m_disconnect);
    connectionButtons->addStretch(1);
    auto *connectionsLayout = new QVBoxLayout(connectionsBox);
    connectionsLayout->addWidget(m_connectionsHint);
    connectionsLayout->addWidget(m_table, 1);
    connectionsLayout->addLayout(connectionButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("oauthSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(settingsBox);
    splitter->addWidget(connectionsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    setTabOrder(m_margin, m_revert);
    setTabOrder(m_revert, m_save);
    setTabOrder(m_save, m_table);
    setTabOrder(m_table, m_connect);
    setTabOrder(m_connect, m_refresh);
    setTabOrder(m_refresh, m_disconnect);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (auto saved = savePendingEdits(); !saved)
            showError(saved.error().message, saved.error().field);
    });
    connect(saveAction, &QAction::triggered, m_save, &QPushButton::click);
    connect(m_revert, &QPushButton::clicked, this, &OAuthTab::discardPendingEdits);
    connect(m_connect, &QPushButton::clicked, this, [this] { openConnect(); });
    connect(m_refresh, &QPushButton::clicked, this, &OAuthTab::refreshSelected);
    connect(m_disconnect, &QPushButton::clicked, this, [this] { disconnectSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OAuthTab::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_connect->isEnabled())
            openConnect();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
            m_table->selectRow(0);
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OAuthTab::updateButtons);

    // Another window, an undo or a preset changed the settings: follow unless the admin is editing.
    const auto settingsChanged = [this](const QString &integrationId) {
        if (m_integrationId.isEmpty() || integrationId != m_integrationId)
            return;
        if (!hasPendingEdits())
            loadSettings();
        updateButtons();
    };
    connect(session, &AdminSession::oauthChanged, this, settingsChanged);
    connect(session, &AdminSession::everythingChanged, this,
            [this, settingsChanged] { settingsChanged(m_integrationId); });
    connect(session, &AdminSession::integrationsChanged, this, [this] {
        // Deleted: the page clears the tab; renamed: nothing to do here.
        if (!m_integrationId.isEmpty() && !this->session()->store().integration(m_integrationId))
            setIntegration({});
    });
    fillForm(OAuthSettings{});
    updateButtons();
}

OAuthTab::~OAuthTab() = default;

void OAuthTab::buildSettingsForm(QWidget *page) {
    m_form = new QFormLayout(page);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Preset
    m_preset = new QComboBox(page);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->setAccessibleName(tr("Provider preset"));
    m_preset->addItem(tr("Choose a provider…"), QString());
    for (const oauth::Preset &preset : oauth::presets())
        m_preset->addItem(preset.name, preset.id);
    m_applyPreset = new QPushButton(tr("Apply &preset…"), page);
    m_applyPreset->setObjectName(QStringLiteral("applyPresetButton"));
    m_applyPreset->setToolTip(
        tr("Fill the settings from the provider's preset and add the fields it needs to "
           "the schema; nothing is removed"));
    m_presetInfo = new QLabel(page);
    m_presetInfo->setObjectName(QStringLiteral("presetDescription"));
    m_presetInfo->setWordWrap(true);
    m_presetInfo->setOpenExternalLinks(true);
    m_presetInfo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_presetInfo->hide();
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(m_applyPreset);
    auto *presetLabel = new QLabel(tr("Prese&t:"), page);
    presetLabel->setBuddy(m_preset);
    m_form->addRow(presetLabel, presetRow);

    // Flow
    m_flow = new QComboBox(page);
    m_flow->setObjectName(QStringLiteral("flowCombo"));
    m_flow->setAccessibleName(tr("Flow"));
    m_flow->addItem(tr("Authorization code (sign in with a browser)"), int(OAuthFlow::AuthorizationCode));
    m_flow->addItem(tr("Client credentials (app-only, no sign-in)"), int(OAuthFlow::ClientCredentials));
    m_flow->addItem(tr("Device code (sign in on another device)"), int(OAuthFlow::DeviceCode));
    auto *flowLabel = new QLabel(tr("Flo&w:"), page);
    flowLabel->setBuddy(m_flow);
    m_form->addRow(flowLabel, m_flow);

    // Endpoints, each with the live message from core's URL rules under it
    const auto urlRow = [this, page](const QString &label, const QString &name, const QString &setting,
                                     const QString &placeholder) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(name + QStringLiteral("Edit"));
        edit->setAccessibleName(label);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        auto *error = messageLabel(page, name + QStringLiteral("Error"), errorStyle);
        m_urlErrors.insert(edit, error);
        m_urlSettings.insert(edit, setting);
        auto *box = new QWidget(page);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(edit);
        boxLayout->addWidget(error);
        m_form->addRow(label + QLatin1Char(':'), box);
        connect(edit, &QLineEdit::textChanged, this, [this, edit] {
            validateUrl(edit);
            updateButtons();
        });
        return edit;
    };
    m_authorizeUrl =
        urlRow(tr("Authorize URL"), QStringLiteral("authorizeUrl"), QStringLiteral("authorize_url"),
               QStringLiteral("https://login.example.com/oauth2/authorize"));
    m_deviceUrl = urlRow(tr("Device authorization URL"), QStringLiteral("deviceAuthorizationUrl"),
                         QStringLiteral("device_authorization_url"),
                         QStringLiteral("https://login.example.com/oauth2/devicecode"));
    m_tokenUrl = urlRow(tr("Token URL"), QStringLiteral("tokenUrl"), QStringLiteral("token_url"),
                        QStringLiteral("https://login.example.com/oauth2/token"));
    m_revokeUrl = urlRow(tr("Revocation URL"), QStringLiteral("revokeUrl"), QStringLiteral("revoke_url"),
                         tr("optional: tokens are revoked at the provider on disconnect"));
    m_tokenUrl->setToolTip(tr("{entity_id} and {config.KEY} are filled per organization"));
    m_authorizeUrl->setToolTip(m_tokenUrl->toolTip());

    // Client
    m_clientId = new QLineEdit(page);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Client ID"));
    auto *clientIdLabel = new QLabel(tr("&Client ID:"), page);
    clientIdLabel->setBuddy(m_clientId);
    m_form->addRow(clientIdLabel, m_clientId);

    m_secretState = new QLabel(page);
    m_secretState->setObjectName(QStringLiteral("clientSecretState"));
    m_replaceSecret = new QPushButton(tr("Rep&lace…"), page);
    m_replaceSecret->setObjectName(QStringLiteral("replaceSecretButton"));
    m_replaceSecret->setAccessibleName(tr("Replace client secret"));
    m_removeSecret = new QPushButton(tr("Remove"), page);
    m_removeSecret->setObjectName(QStringLiteral("removeSecretButton"));
    m_removeSecret->setAccessibleName(tr("Remove client secret"));
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretState, 1);
    secretRow->addWidget(m_replaceSecret);
    secretRow->addWidget(m_removeSecret);
    m_form->addRow(tr("Client secret:"), secretRow);
    connect(m_replaceSecret, &QPushButton::clicked, this, &OAuthTab::replaceSecret);
    connect(m_removeSecret, &QPushButton::clicked, this, [this] {
        m_pendingSecret = QString();
        updateSecretState();
        updateButtons();
    });

    m_authMethod = new QComboBox(page);
    m_authMethod->setObjectName(QStringLiteral("authMethodCombo"));
    m_authMethod->setAccessibleName(tr("Client authentication"));
    m_authMethod->addItem(tr("Secret in the request body (client_secret_post)"), int(ClientAuthMethod::Post));
    m_authMethod->addItem(tr("HTTP Basic (client_secret_basic)"), int(ClientAuthMethod::Basic));
    m_authMethod->addItem(tr("None (public client)"), int(ClientAuthMethod::None));
    m_form->addRow(tr("Client authentication:"), m_authMethod);

    m_scopes = new QLineEdit(page);
    m_scopes->setObjectName(QStringLiteral("scopesEdit"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setPlaceholderText(tr("separated by spaces, e.g. openid offline_access api:read"));
    m_form->addRow(tr("Scopes:"), m_scopes);
    m_audience = new QLineEdit(page);
    m_audience->setObjectName(QStringLiteral("audienceEdit"));
    m_audience->setAccessibleName(tr("Audience"));
    m_audience->setPlaceholderText(tr("optional"));
    m_form->addRow(tr("Audience:"), m_audience);

    // Extra authorize parameters: a small key/value table
    m_paramsBox = new QWidget(page);
    m_params = new QTableWidget(0, 2, m_paramsBox);
    m_params->setObjectName(QStringLiteral("extraParamsTable"));
    m_params->setAccessibleName(tr("Extra authorize parameters"));
    m_params->setHorizontalHeaderLabels({tr("Parameter"), tr("Value")});
    m_params->horizontalHeader()->setStretchLastSection(true);
    m_params->verticalHeader()->hide();
    m_params->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_params->setMaximumHeight(m_params->fontMetrics().lineSpacing() * 8);
    auto *addParam = new QPushButton(tr("Add parameter"), m_paramsBox);
    addParam->setObjectName(QStringLiteral("addParamButton"));
    auto *removeParam = new QPushButton(tr("Remove parameter"), m_paramsBox);
    removeParam->setObjectName(QStringLiteral("removeParamButton"));
    auto *paramButtons = new QVBoxLayout;
    paramButtons->addWidget(addParam);
    paramButtons->addWidget(removeParam);
    paramButtons->addStretch(1);
    auto *paramsLayout = new QHBoxLayout(m_paramsBox);
    paramsLayout->setContentsMargins(0, 0, 0, 0);
    paramsLayout->addWidget(m_params, 1);
    paramsLayout->addLayout(paramButtons);
    m_form->addRow(tr("Extra authorize parameters:"), m_paramsBox);
    connect(addParam, &QPushButton::clicked, this, [this] {
        addParamRow({}, {});
        m_params->setCurrentCell(m_params->rowCount() - 1, 0);
        m_params->setFocus(Qt::OtherFocusReason);
        m_params->editItem(m_params->item(m_params->rowCount() - 1, 0));
    });
    connect(removeParam, &QPushButton::clicked, this, [this] {
        const int row = m_params->currentRow();
        if (row >= 0)
            m_params->removeRow(row);
        updateButtons();
    });
    connect(m_params, &QTableWidget::itemChanged, this, &OAuthTab::updateButtons);

    m_pkce = new QCheckBox(tr("Use PKCE (S256)"), page);
    m_pkce->setObjectName(QStringLiteral("pkceCheck"));
    m_pkce->setToolTip(tr("Switch off only for a provider that rejects PKCE"));
    m_form->addRow(QString(), m_pkce);

    // Redirect
    m_redirectHost = new QComboBox(page);
    m_redirectHost->setObjectName(QStringLiteral("redirectHostCombo"));
    m_redirectHost->setAccessibleName(tr("Redirect host"));
    m_redirectHost->addItems({QStringLiteral("127.0.0.1"), QStringLiteral("localhost")});
    m_form->addRow(tr("Redirect host:"), m_redirectHost);
    m_redirectPort = new QSpinBox(page);
    m_redirectPort->setObjectName(QStringLiteral("redirectPortSpin"));
    m_redirectPort->setAccessibleName(tr("Redirect port"));
    m_redirectPort->setRange(0, 65535);
    m_redirectPort->setSpecialValueText(tr("any free port"));
    m_redirectPort->setToolTip(tr("0: a free port for every sign-in; register the redirect URI without a "
                                  "port with providers that follow RFC 8252"));
    m_form->addRow(tr("Redirect port:"), m_redirectPort);
    m_redirectPath = new QLineEdit(page);
    m_redirectPath->setObjectName(QStringLiteral("redirectPathEdit"));
    m_redirectPath->setAccessibleName(tr("Redirect path"));
    m_form->addRow(tr("Redirect path:"), m_redirectPath);
    m_redirectUriBox = new QWidget(page);
    m_redirectUri = new QLineEdit(m_redirectUriBox);
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUri->setAccessibleName(tr("Redirect URI to register with the provider"));
    m_redirectUri->setReadOnly(true);
    auto *copyUri = new QPushButton(tr("Cop&y"), m_redirectUriBox);
    copyUri->setObjectName(QStringLiteral("copyRedirectUriButton"));
    copyUri->setToolTip(tr("Copy the redirect URI to register it at the provider"));
    auto *uriLayout = new QHBoxLayout(m_redirectUriBox);
    uriLayout->setContentsMargins(0, 0, 0, 0);
    uriLayout->addWidget(m_redirectUri, 1);
    uriLayout->addWidget(copyUri);
    m_form->addRow(tr("Redirect URI:"), m_redirectUriBox);
    connect(copyUri, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_redirectUri->text());
        showMessage(tr("Redirect URI copied: register exactly this at the provider."));
    });

    m_margin = new QSpinBox(page);
    m_margin->setObjectName(QStringLiteral("refreshMarginSpin"));
    m_margin->setAccessibleName(tr("Refresh margin in seconds"));
    m_margin->setRange(0, 86400);
    m_margin->setSuffix(tr(" s"));
    m_margin->setToolTip(tr("Tokens that expire within this many seconds are refreshed first"));
    m_form->addRow(tr("Refresh margin:"), m_margin);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updatePresetInfo();
        updateButtons();
    });
    connect(m_applyPreset, &QPushButton::clicked, this, [this] { applySelectedPreset(); });
    connect(m_flow, &QComboBox::currentIndexChanged, this, [this] {
        updateFlowRows();
        updateButtons();
    });
    for (QComboBox *combo : {m_authMethod, m_redirectHost})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateRedirectUri();
            updateButtons();
        });
    for (QLineEdit *edit : {m_clientId, m_scopes, m_audience, m_redirectPath})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateRedirectUri();
            updateButtons();
        });
    for (QSpinBox *spin : {m_redirectPort, m_margin})
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            updateRedirectUri();
            updateButtons();
        });
    connect(m_pkce, &QCheckBox::toggled, this, &OAuthTab::updateButtons);
}

// ---- loading and the form

void OAuthTab::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
    m_pendingSecret.reset();
    m_error->hide();
    m_message->hide();
    m_busy.clear();
    m_model->setIntegration(integrationId);
    loadSettings();
}

void OAuthTab::loadSettings() {
    m_loaded.reset();
    if (m_integrationId.isEmpty()) {
        fillForm(OAuthSettings{});
        updateButtons();
        return;
    }
    auto settings = session()->store().oauthSettings(m_integrationId);
    if (!settings) {
        fillForm(OAuthSettings{});
        showError(settings.error().message);
        updateButtons();
        return;
    }
    m_loaded = *settings;
    fillForm(m_loaded.value_or(OAuthSettings{}));
    updateButtons();
}

void OAuthTab::fillForm(const OAuthSettings &s) {
    m_flow->setCurrentIndex(m_flow->findData(int(s.flow)));
    m_authorizeUrl->setText(s.authorizeUrl);
    m_tokenUrl->setText(s.tokenUrl);
    m_revokeUrl->setText(s.revokeUrl);
    m_deviceUrl->setText(s.deviceAuthorizationUrl);
    m_clientId->setText(s.clientId);
    m_scopes->setText(s.scopes.join(QLatin1Char(' ')));
    m_audience->setText(s.audience);
    m_params->setRowCount(0);
    for (const auto &[key, value] : s.extraParams)
        addParamRow(key, value);
    m_authMethod->setCurrentIndex(m_authMethod->findData(int(s.authMethod)));
    m_pkce->setChecked(s.pkce);
    const int host = m_redirectHost->findText(s.redirectHost);
    if (host < 0)
        m_redirectHost->addItem(s.redirectHost); // stored by a newer version: shown, not lost
    m_redirectHost->setCurrentIndex(m_redirectHost->findText(s.redirectHost));
    m_redirectPort->setValue(s.redirectPort);
    m_redirectPath->setText(s.redirectPath);
    m_margin->setValue(s.refreshMarginSeconds);
    if (!s.preset.isEmpty()) {
        if (const int preset = m_preset->findData(s.preset); preset >= 0)
            m_preset->setCurrentIndex(preset);
    }
    for (auto it = m_urlErrors.cbegin(); it != m_urlErrors.cend(); ++it)
        validateUrl(it.key());
    updateFlowRows();
    updateRedirectUri();
    updateSecretState();
}

void OAuthTab::addParamRow(const QString &key, const QString &value) {
    const int row = m_params->rowCount();
    m_params->insertRow(row);
    m_params->setItem(row, 0, new QTableWidgetItem(key));
    m_params->setItem(row, 1, new QTableWidgetItem(value));
}

OAuthSettings OAuthTab::formSettings() const {
    OAuthSettings s = m_loaded.value_or(OAuthSettings{});
    s.integrationId = m_integrationId;
    s.flow = OAuthFlow(m_flow->currentData().toInt());
    s.authorizeUrl = m_authorizeUrl->text().trimmed();
    s.tokenUrl = m_tokenUrl->text().trimmed();
    s.revokeUrl = m_revokeUrl->text().trimmed();
    s.deviceAuthorizationUrl = m_deviceUrl->text().trimmed();
    s.clientId = m_clientId->text().trimmed();
    s.scopes = splitScopes(m_scopes->text());
    s.audience = m_audience->text().trimmed();
    s.extraParams.clear();
    for (int row = 0; row < m_params->rowCount(); ++row) {
        const QString key = m_params->item(row, 0) ? m_params->item(row, 0)->text().trimmed() : QString();
        const QString value = m_params->item(row, 1) ? m_params->item(row, 1)->text() : QString();
        if (!key.isEmpty() || !value.isEmpty())
            s.extraParams.append({key, value});
    }
    s.authMethod = ClientAuthMethod(m_authMethod->currentData().toInt());
    s.pkce = m_pkce->isChecked();
    s.redirectHost = m_redirectHost->currentText();
    s.redirectPort = m_redirectPort->value();
    s.redirectPath = m_redirectPath->text().trimmed();
    s.refreshMarginSeconds = m_margin->value();
    if (m_pendingSecret)
        s.hasClientSecret = !m_pendingSecret->isEmpty();
    return s;
}

bool OAuthTab::hasPendingEdits() const {
    if (m_integrationId.isEmpty())
        return false;
    if (m_pendingSecret)
        return true;
    OAuthSettings loaded = m_loaded.value_or(OAuthSettings{});
    loaded.integrationId = m_integrationId;
    return !sameOAuthSettings(formSettings(), loaded);
}

Result<void> OAuthTab::savePendingEdits() {
    if (!hasPendingEdits())
        return {};
    const OAuthSettings settings = formSettings();
    for (const auto &[key, value] : settings.extraParams) {
        if (key.isEmpty())
            return Error::invalid(
                tr("An extra authorize parameter has a value but no name: enter its name or "
                   "remove the row."),
                QStringLiteral("param"));
    }
    auto executed = session()->execute(std::make_unique<OAuthSettingsCommand>(
        session(), m_integrationId, settings, m_pendingSecret, m_loaded));
    if (!executed) {
        if (executed.error().code != ErrorCode::Conflict)
            return executed;
        // Expect what is stored now, so that a second Save is a deliberate overwrite.
        if (auto current = session()->store().oauthSettings(m_integrationId))
            m_loaded = *current;
        updateSecretState();
        updateButtons();
        return Error::conflict(executed.error().message + QLatin1Char(' ') +
                               tr("Your edits are kept: Save again to replace the stored settings with them, "
                                  "or Revert to load them."));
    }
    m_pendingSecret.reset();
    m_error->hide();
    for (QLabel *label : std::as_const(m_urlErrors))
        label->hide();
    loadSettings();
    showMessage(tr("OAuth settings saved."));
    return {};
}

void OAuthTab::discardPendingEdits() {
    m_pendingSecret.reset();
    m_error->hide();
    loadSettings();
}

void OAuthTab::updateFlowRows() {
    const auto flow = OAuthFlow(m_flow->currentData().toInt());
    const bool code = flow == OAuthFlow::AuthorizationCode;
    m_form->setRowVisible(m_authorizeUrl->parentWidget(), code);
    m_form->setRowVisible(m_deviceUrl->parentWidget(), flow == OAuthFlow::DeviceCode);
    for (QWidget *w : {static_cast<QWidget *>(m_paramsBox), static_cast<QWidget *>(m_pkce),
                       static_cast<QWidget *>(m_redirectHost), static_cast<QWidget *>(m_redirectPort),
                       static_cast<QWidget *>(m_redirectPath), static_cast<QWidget *>(m_redirectUriBox)})
        m_form->setRowVisible(w, code);
}

void OAuthTab::updateRedirectUri() {
    OAuthSettings s;
    s.redirectHost = m_redirectHost->currentText();
    s.redirectPort = m_redirectPort->value();
    s.redirectPath = m_redirectPath->text().trimmed();
    m_redirectUri->setText(s.redirectUriPattern());
    m_redirectUri->setCursorPosition(0);
}

void OAuthTab::updateSecretState() {
    const bool stored = m_loaded && m_loaded->hasClientSecret;
    if (m_pendingSecret && !m_pendingSecret->isEmpty())
        m_secretState->setText(stored ? tr("replaced when you save") : tr("set when you save"));
    else if (m_pendingSecret)
        m_secretState->setText(tr("removed when you save"));
    else
        m_secretState->setText(stored ? tr("configured") : tr("not set"));
    m_removeSecret->setEnabled(!m_integrationId.isEmpty() &&
                               (stored || (m_pendingSecret && !m_pendingSecret->isEmpty())));
}

void OAuthTab::replaceSecret() {
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("replaceSecretDialog"));
    dialog.setWindowTitle(tr("Replace client secret"));
    auto *note = new QLabel(tr("The new secret is stored in the keychain when you save the settings. The "
                               "current one is never shown."),
                            &dialog);
    note->setWordWrap(true);
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("newSecretEdit"));
    edit->setAccessibleName(tr("New client secret"));
    edit->setEchoMode(QLineEdit::Password);
    auto *label = new QLabel(tr("&New client secret:"), &dialog);
    label->setBuddy(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(edit, &QLineEdit::textChanged, &dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || edit->text().isEmpty())
        return;
    m_pendingSecret = edit->text();
    edit->clear();
    updateSecretState();
    updateButtons();
}

void OAuthTab::updatePresetInfo() {
    const QString id = m_preset->currentData().toString();
    const auto preset = id.isEmpty() ? std::nullopt : oauth::findPreset(id);
    if (!preset) {
        m_presetInfo->hide();
        return;
    }
    QString text = preset->description.toHtmlEscaped();
    if (!preset->docsUrl.isEmpty())
        text += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(preset->docsUrl.toHtmlEscaped(), tr("Provider docs"));
    m_presetInfo->setText(text);
    m_presetInfo->show();
}

void OAuthTab::validateUrl(QLineEdit *edit) {
    QLabel *label = m_urlErrors.value(edit);
    if (!label)
        return;
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        label->hide();
        return;
    }
    // The same rule and words as `bifrostctl oauth set` and the store.
    auto checked = oauth::checkEndpointUrl(text, m_urlSettings.value(edit));
    label->setText(checked ? QString() : checked.error().message);
    label->setVisible(!checked);
}

void OAuthTab::updateButtons() {
    const bool loaded = !m_integrationId.isEmpty();
    const bool pending = hasPendingEdits();
    m_save->setEnabled(pending);
    m_revert->setEnabled(pending);
    m_applyPreset->setEnabled(loaded && !m_preset->currentData().toString().isEmpty());
    m_replaceSecret->setEnabled(loaded);
    for (QWidget *w : {static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_flow)})
        w->setEnabled(loaded);

    const auto selected = selectedConnection();
    const int row = selected ? m_model->rowOf(*selected) : -1;
    const bool isDefault = selected && selected->isEmpty();
    const bool hasConnection = row >= 0 && m_model->hasConnection(row);
    const bool busy = selected && m_busy.contains(*selected);
    m_connect->setText(isDefault || !selected ? tr("Co&nnect default") : tr("Co&nnect"));
    m_connect->setEnabled(loaded && m_model->hasSettings() && !pending && row >= 0 && !busy);
    m_refresh->setEnabled(hasConnection && !busy);
    m_disconnect->setEnabled(hasConnection && !busy);
    if (!loaded)
        m_connectionsHint->clear();
    else if (!m_model->loadError().isEmpty())
        m_connectionsHint->setText(m_model->loadError());
    else if (!m_model->hasSettings())
        m_connectionsHint->setText(tr("Save the settings to connect."));
    else if (pending)
        m_connectionsHint->setText(tr("Save or revert your edits to connect with them."));
    else
        m_connectionsHint->setText(
            tr("Organizations without a connection of their own use the default connection."));
}

void OAuthTab::showError(const QString &message, const QString &field) {
    m_message->hide();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // A URL the store refused also gets the message under its field.
    for (auto it = m_urlSettings.cbegin(); it != m_urlSettings.cend(); ++it) {
        if (!field.isEmpty() && it.value() == field) {
            QLabel *label = m_urlErrors.value(it.key());
            label->setText(message);
            label->show();
            it.key()->setFocus(Qt::OtherFocusReason);
        }
    }
}

void OAuthTab::showMessage(const QString &message, bool warning) {
    m_message->setStyleSheet(warning ? QString::fromLatin1(warningStyle) : QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

// ---- connections

std::optional<QString> OAuthTab::selectedConnection() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(OAuthConnectionModel::OrganizationIdRole).toString();
}

void OAuthTab::selectConnection(const QString &organizationId) {
    const int row = m_model->rowOf(organizationId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

QString OAuthTab::rowName(const QString &organizationId) const {
    const int row = m_model->rowOf(organizationId);
    return row >= 0 ? m_model->displayName(row) : organizationId;
}

void OAuthTab::setBusy(const QString &organizationId, bool busy) {
    if (busy)
        m_busy.insert(organizationId);
    else
        m_busy.remove(organizationId);
    updateButtons();
}

ConnectDialog *OAuthTab::openConnect() {
    const auto selected = selectedConnection();
    if (!selected || !m_connect->isEnabled())
        return nullptr;
    const QString &organizationId = *selected;
    const QString integrationId = m_integrationId;
    const QString name = rowName(organizationId);
    m_error->hide();
    m_message->hide();
    auto *dialog = new ConnectDialog(session(), integrationId, organizationId, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::finishedFlow, this,
            [this, integrationId, organizationId, name](bool connected) {
                if (connected && integrationId == m_integrationId) {
                    showMessage(tr("%1 is connected.").arg(name));
                    selectConnection(organizationId);
                }
                Q_EMIT session()->oauthChanged(integrationId);
            });
    dialog->open();
    dialog->start();
    return dialog;
}

void OAuthTab::refreshSelected() {
    const auto selected = selectedConnection();
    if (!selected || !m_refresh->isEnabled())
        return;
    const QString &organizationId = *selected;
    const QString integrationId = m_integrationId;
    const QString name = rowName(organizationId);
    setBusy(organizationId, true);
    m_error->hide();
    showMessage(tr("Refreshing %1…").arg(name));
    QPointer<OAuthTab> self(this);
    AdminSession *s = session();
    s->oauth().refresh(integrationId, organizationId,
                       [self, s, integrationId, organizationId, name](Result<OAuthConnection> result) {
                           if (self && self->m_integrationId == integrationId) {
                               self->setBusy(organizationId, false);
                               if (result)
                                   self->showMessage(tr("%1 refreshed.").arg(name));
                               else
                                   self->showError(result.error().message);
                           }
                           Q_EMIT s->oauthChanged(integrationId);
                       });
}

QMessageBox *OAuthTab::disconnectSelected() {
    const auto selected = selectedConnection();
    if (!selected || !m_disconnect->isEnabled())
        return nullptr;
    const QString &organizationId = *selected;
    const QString integrationId = m_integrationId;
    const QString name = rowName(organizationId);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disconnect"), tr("Disconnect %1?").arg(name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("disconnectDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        organizationId.isEmpty()
            ? tr("The tokens are revoked at the provider when a revocation URL is set, then deleted here. "
                 "Organizations without a connection of their own lose access until you connect again.")
            : tr("The tokens are revoked at the provider when a revocation URL is set, then deleted here. %1 "
                 "then uses the default connection.")
                  .arg(name));
    QPushButton *yes = box->addButton(tr("D&isconnect"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDisconnectButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(yes, &QPushButton::clicked, this, [this, integrationId, organizationId, name] {
        setBusy(organizationId, true);
        m_error->hide();
        showMessage(tr("Disconnecting %1…").arg(name));
        QPointer<OAuthTab> self(this);
        AdminSession *s = session();
        s->oauth().disconnect(
            integrationId, organizationId,
            [self, s, integrationId, organizationId,
             name](Result<oauth::OAuthService::DisconnectResult> result) {
                if (self && self->m_integrationId == integrationId) {
                    self->setBusy(organizationId, false);
                    if (!result)
                        self->showError(result.error().message);
                    else if (!result->warning.isEmpty())
                        self->showMessage(tr("%1 is disconnected here, but: %2").arg(name, result->warning),
                                          true);
                    else if (result->revoked)
                        self->showMessage(
                            tr("%1 is disconnected; the provider revoked the tokens.").arg(name));
                    else
                        self->showMessage(tr("%1 is disconnected.").arg(name));
                }
                Q_EMIT s->oauthChanged(integrationId);
            });
    });
    box->open();
    return box;
}

QMessageBox *OAuthTab::applySelectedPreset() {
    const QString id = m_preset->currentData().toString();
    const auto preset = id.isEmpty() ? std::nullopt : oauth::findPreset(id);
    if (!preset || m_integrationId.isEmpty())
        return nullptr;
    auto integration = session()->store().integration(m_integrationId);
    if (!integration) {
        showError(integration.error().message);
        return nullptr;
    }
    QStringList adds;
    for (const SchemaField &field : preset->fields) {
        if (!integration->field(field.key))
            adds << field.key;
    }
    QStringList details;
    if (preset->settings)
        details << tr("It sets the OAuth settings (flow, URLs, scopes, client authentication, redirect); the "
                      "client ID and secret stay as they are.");
    else
        details << tr("This provider does not use OAuth here: the preset only adds its fields.");
    details << (adds.isEmpty()
                    ? tr("The schema already has every field it needs.")
                    : tr("It adds these fields to the schema: %1.").arg(adds.join(QStringLiteral(", "))));
    details << tr("No field is removed or changed.");
    if (hasPendingEdits())
        details << tr("Your unsaved edits to the settings are discarded.");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Apply preset"),
                                tr("Apply the preset \"%1\"?").arg(preset->name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("applyPresetDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details.join(QLatin1Char(' ')));
    QPushButton *apply = box->addButton(tr("A&pply"), QMessageBox::AcceptRole);
    apply->setObjectName(QStringLiteral("confirmApplyPresetButton"));
    box->setDefaultButton(apply);
    const QString integrationId = m_integrationId;
    connect(apply, &QPushButton::clicked, this, [this, integrationId, id] {
        if (integrationId != m_integrationId)
            return;
        auto command = std::make_unique<ApplyPresetCommand>(session(), integrationId, id);
        ApplyPresetCommand *applied = command.get();
        auto executed = session()->execute(std::move(command));
        if (!executed) {
            showError(executed.error().message);
            return;
        }
        const QStringList added = applied->addedFields();
        discardPendingEdits();
        showMessage(added.isEmpty()
                        ? tr("Preset applied.")
                        : tr("Preset applied; fields added: %1.").arg(added.join(QStringLiteral(", "))));
    });
    box->open();
    return box;
}

void OAuthTab::showEvent(QShowEvent *event) {
    IntegrationTab::showEvent(event);
    m_model->setLive(true);
}

void OAuthTab::hideEvent(QHideEvent *event) {
    IntegrationTab::hideEvent(event);
    m_model->setLive(false);
}

} // namespace bifrost
