#include "overviewtab.h"

#include "commands/integrationcommands.h"
#include "oauth/oauthservice.h"
#include "session/adminsession.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bifrost {

OverviewTab::OverviewTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent)
    , m_name(new QLabel(this))
    , m_renameButton(new QPushButton(tr("Re&name…"), this))
    , m_description(new QPlainTextEdit(this))
    , m_defaultEntityId(new QLineEdit(this))
    , m_entityIdLabel(new QLineEdit(this))
    , m_applyButton(new QPushButton(tr("&Apply"), this))
    , m_revertButton(new QPushButton(tr("Re&vert"), this))
    , m_error(new QLabel(this))
    , m_healthSummary(new QLabel(this))
    , m_missing(new QTableWidget(this)) {
    setObjectName(QStringLiteral("overviewTab"));

    m_name->setObjectName(QStringLiteral("integrationName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    m_name->setFont(nameFont);
    m_renameButton->setObjectName(QStringLiteral("renameButton"));
    m_renameButton->setToolTip(tr("Rename the integration; workflows that use the old name must be updated"));

    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 6);
    m_defaultEntityId->setObjectName(QStringLiteral("defaultEntityIdEdit"));
    m_defaultEntityId->setAccessibleName(tr("Default entity id"));
    m_defaultEntityId->setToolTip(
        tr("The entity id workflows use for an organization that has no mapping of its own"));
    m_entityIdLabel->setObjectName(QStringLiteral("entityIdLabelEdit"));
    m_entityIdLabel->setAccessibleName(tr("Entity id label"));
    m_entityIdLabel->setToolTip(tr("What the external system calls its entity ids, e.g. \"Client ID\""));

    m_applyButton->setObjectName(QStringLiteral("applyOverviewButton"));
    m_revertButton->setObjectName(QStringLiteral("revertOverviewButton"));
    auto *applyAction = new QAction(this);
    applyAction->setShortcut(QKeySequence::Save);
    applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(applyAction);
    m_applyButton->setToolTip(
        tr("Apply (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_healthSummary->setObjectName(QStringLiteral("healthSummary"));
    m_healthSummary->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("missingRequiredTable"));
    m_missing->setAccessibleName(tr("Organizations with missing required values"));
    m_missing->setColumnCount(3);
    m_missing->setHorizontalHeaderLabels(
        {tr("Organization"), tr("Missing required values"), tr("Entity id")});
    m_missing->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_missing->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_missing->setSelectionMode(QAbstractItemView::SingleSelection);
    m_missing->setTabKeyNavigation(false);
    m_missing->verticalHeader()->hide();
    m_missing->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_missing->setToolTip(tr("Click an organization (or press Enter) to open it"));

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_renameButton);

    auto *form = new QFormLayout;
    auto *descriptionLabel = new QLabel(tr("Descr&iption:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    auto *entityLabel = new QLabel(tr("Default &entity id:"), this);
    entityLabel->setBuddy(m_defaultEntityId);
    form->addRow(entityLabel, m_defaultEntityId);
    auto *labelLabel = new QLabel(tr("Entity id &label:"), this);
    labelLabel->setBuddy(m_entityIdLabel);
    form->addRow(labelLabel, m_entityIdLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_applyButton);

    auto *healthTitle = new QLabel(tr("<b>Health</b>"), this);
    auto *missingLabel = new QLabel(tr("Organi&zations missing required values:"), this);
    missingLabel->setBuddy(m_missing);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(healthTitle);
    layout->addWidget(m_healthSummary);
    layout->addWidget(missingLabel);
    layout->addWidget(m_missing, 1);

    setTabOrder(m_renameButton, m_description);
    setTabOrder(m_description, m_defaultEntityId);
    setTabOrder(m_defaultEntityId, m_entityIdLabel);
    setTabOrder(m_entityIdLabel, m_revertButton);
    setTabOrder(m_revertButton, m_applyButton);
    setTabOrder(m_applyButton, m_missing);

    connect(m_renameButton, &QPushButton::clicked, this, &OverviewTab::rename);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        if (auto saved = savePendingEdits(); !saved)
            showError(saved.error().message);
    });
    connect(applyAction, &QAction::triggered, m_applyButton, &QPushButton::click);
    connect(m_revertButton, &QPushButton::clicked, this, &OverviewTab::discardPendingEdits);
    connect(m_description, &QPlainTextEdit::textChanged, this, &OverviewTab::updateButtons);
    connect(m_defaultEntityId, &QLineEdit::textChanged, this, &OverviewTab::updateButtons);
    connect(m_entityIdLabel, &QLineEdit::textChanged, this, &OverviewTab::updateButtons);
    const auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT organizationActivated(index.siblingAtColumn(0).data(Qt::UserRole).toString());
    };
    connect(m_missing, &QTableWidget::clicked, this, activate);
    connect(m_missing, &QTableWidget::activated, this, [activate](const QModelIndex &index) {
        // A click already activated it; this is for Enter (and not for the second click of a double click).
        if (QApplication::mouseButtons() == Qt::NoButton)
            activate(index);
    });

    const auto settingsChanged = [this](const QString &integrationId) {
        if (m_integrationId.isEmpty() || integrationId != m_integrationId)
            return;
        auto integration = this->session()->store().integration(m_integrationId);
        if (!integration) {
            reload();
            return;
        }
        m_name->setText(integration->name);
        if (!hasPendingEdits())
            loadSettings(*integration);
        markHealthStale(); // a schema change changes which keys are required
    };
    connect(session, &AdminSession::integrationChanged, this, settingsChanged);
    connect(session, &AdminSession::integrationsChanged, this,
            [this, settingsChanged] { settingsChanged(m_integrationId); });
    connect(session, &AdminSession::everythingChanged, this,
            [this, settingsChanged] { settingsChanged(m_integrationId); });
    const auto valuesChanged = [this](const QString &integrationId) {
        if (integrationId == m_integrationId)
            markHealthStale();
    };
    connect(session, &AdminSession::configChanged, this, valuesChanged);
    connect(session, &AdminSession::mappingsChanged, this, valuesChanged);
    connect(session, &AdminSession::organizationsChanged, this, &OverviewTab::markHealthStale);
    connect(session, &AdminSession::oauthChanged, this, [this](const QString &integrationId) {
        if (integrationId.isEmpty() || integrationId == m_integrationId)
            markHealthStale();
    });
    updateButtons();
}

void OverviewTab::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
    reload();
}

void OverviewTab::reload() {
    m_error->hide();
    if (m_integrationId.isEmpty()) {
        loadSettings({});
        m_healthSummary->clear();
        m_missing->setRowCount(0);
        return;
    }
    auto integration = session()->store().integration(m_integrationId);
    if (!integration) {
        loadSettings({});
        showError(integration.error().message);
        return;
    }
    loadSettings(*integration);
    markHealthStale();
}

void OverviewTab::loadSettings(const Integration &integration) {
    m_loaded = integration;
    m_name->setText(integration.name);
    m_description->setPlainText(integration.description);
    m_defaultEntityId->setText(integration.defaultEntityId);
    m_entityIdLabel->setText(integration.entityIdLabel);
    const bool loaded = !integration.id.isEmpty();
    m_renameButton->setEnabled(loaded);
    m_description->setEnabled(loaded);
    m_defaultEntityId->setEnabled(loaded);
    m_entityIdLabel->setEnabled(loaded);
    updateButtons();
}

IntegrationUpdate OverviewTab::edits() const {
    IntegrationUpdate update;
    if (m_loaded.id.isEmpty())
        return update;
    if (m_description->toPlainText() != m_loaded.description)
        update.description = m_description->toPlainText();
    if (m_defaultEntityId->text() != m_loaded.defaultEntityId)
        update.defaultEntityId = m_defaultEntityId->text();
    if (m_entityIdLabel->text() != m_loaded.entityIdLabel)
        update.entityIdLabel = m_entityIdLabel->text();
    return update;
}

bool OverviewTab::hasPendingEdits() const {
    const IntegrationUpdate update = edits();
    return update.description || update.defaultEntityId || update.entityIdLabel;
}

void OverviewTab::discardPendingEdits() {
    reload();
}

Result<void> OverviewTab::savePendingEdits() {
    if (!hasPendingEdits())
        return {};
    const IntegrationUpdate update = edits();
    IntegrationUpdate expected;
    if (update.description)
        expected.description = m_loaded.description;
    if (update.defaultEntityId)
        expected.defaultEntityId = m_loaded.defaultEntityId;
    if (update.entityIdLabel)
        expected.entityIdLabel = m_loaded.entityIdLabel;
    auto executed = session()->execute(
        std::make_unique<UpdateIntegrationCommand>(session(), m_integrationId, update, expected));
    if (!executed) {
        if (executed.error().code != ErrorCode::Conflict)
            return executed;
        // Base the edits on what is stored now, so that a second Apply is a deliberate overwrite.
        if (auto current = session()->store().integration(m_integrationId)) {
            m_loaded = *current;
            m_name->setText(current->name);
        }
        updateButtons();
        return Error::conflict(executed.error().message + QLatin1Char(' ') +
                               tr("Your text is kept: Apply again to replace the stored settings with it, or "
                                  "Revert to load them."));
    }
    m_error->hide();
    reload();
    return {};
}

void OverviewTab::rename() {
    if (m_loaded.id.isEmpty())
        return;
    const QString oldName = m_loaded.name;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("renameIntegrationDialog"));
    dialog.setWindowTitle(tr("Rename integration"));
    auto *warning =
        new QLabel(tr("Workflows look integrations up by their exact name. After renaming, update "
                      "every workflow that uses \"%1\": until then they cannot find this "
                      "integration.")
                       .arg(oldName),
                   &dialog);
    warning->setObjectName(QStringLiteral("renameWarning"));
    warning->setWordWrap(true);
    auto *edit = new QLineEdit(oldName, &dialog);
    edit->setObjectName(QStringLiteral("newNameEdit"));
    edit->setAccessibleName(tr("New name"));
    edit->selectAll();
    auto *editLabel = new QLabel(tr("&New name:"), &dialog);
    editLabel->setBuddy(edit);
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("renameError"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->addButton(tr("&Rename"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("renameOkButton"));
    ok->setDefault(true);
    ok->setEnabled(false);
    connect(edit, &QLineEdit::textChanged, &dialog, [ok, oldName](const QString &text) {
        ok->setEnabled(!text.trimmed().isEmpty() && text.trimmed() != oldName);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Current name:"), new QLabel(oldName, &dialog));
    form->addRow(editLabel, edit);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog.resize(480, dialog.sizeHint().height());

    // A refused name (taken, invalid) keeps the dialog open with the store's message.
    while (dialog.exec() == QDialog::Accepted) {
        auto renamed = session()->execute(
            std::make_unique<RenameIntegrationCommand>(session(), m_integrationId, edit->text().trimmed()));
        if (renamed)
            return;
        error->setText(renamed.error().message);
        error->show();
        edit->setFocus();
    }
}

void OverviewTab::showEvent(QShowEvent *event) {
    IntegrationTab::showEvent(event);
    if (m_healthStale)
        refreshHealth();
}

void OverviewTab::markHealthStale() {
    m_healthStale = true;
    if (isVisible())
        refreshHealth();
}

void OverviewTab::refreshHealth() {
    m_healthStale = false;
    m_missing->setRowCount(0);
    if (m_integrationId.isEmpty()) {
        m_healthSummary->clear();
        return;
    }
    auto statuses = session()->store().organizationStatuses(m_integrationId);
    if (!statuses) {
        m_healthSummary->setText(
            tr("The health summary could not be read: %1").arg(statuses.error().message));
        return;
    }
    int mapped = 0;
    QList<const OrganizationStatus *> missing;
    for (const OrganizationStatus &s : std::as_const(*statuses)) {
        if (s.mapping)
            ++mapped;
        if (!s.missingRequired.isEmpty())
            missing << &s;
    }
    const QString mappedText =
        tr("%1 of %n organization(s) mapped", nullptr, int(statuses->size())).arg(mapped);
    const QString missingText = missing.isEmpty() ? tr("every organization has all required values")
                                                  : tr("%n organization(s) with missing required values",
                                                       nullptr, int(missing.size()));
    QString summary = mappedText + QStringLiteral(" · ") + missingText;
    // OAuth: one statuses() call; nothing to say for an integration without OAuth settings.
    auto connections = session()->oauth().statuses(m_integrationId, session()->oauth().now());
    if (!connections) {
        if (connections.error().code != ErrorCode::NotFound)
            summary += QLatin1Char('\n') +
                       tr("OAuth: the connections could not be read: %1").arg(connections.error().message);
    } else if (!connections->isEmpty()) {
        int connected = 0;
        int attention = 0;
        for (const oauth::ConnectionStatus &c : std::as_const(*connections)) {
            if (c.status != TokenStatus::NotConnected)
                ++connected;
            if (needsAttention(c.status))
                ++attention;
        }
        summary += QLatin1Char('\n');
        if (attention > 0)
            summary += tr("OAuth: %n connection(s) need attention (failed or expired); see the OAuth tab",
                          nullptr, attention);
        else if (connected == 0)
            summary += tr("OAuth: not connected yet; connect on the OAuth tab");
        else
            summary += tr("OAuth: %n connection(s), all working", nullptr, connected);
    }
    m_healthSummary->setText(summary);

    m_missing->setUpdatesEnabled(false);
    m_missing->setRowCount(int(missing.size()));
    for (int row = 0; row < missing.size(); ++row) {
        const OrganizationStatus &s = *missing.at(row);
        auto *name = new QTableWidgetItem(s.organization.name);
        name->setData(Qt::UserRole, s.organization.id);
        m_missing->setItem(row, 0, name);
        m_missing->setItem(row, 1, new QTableWidgetItem(s.missingRequired.join(QStringLiteral(", "))));
        m_missing->setItem(row, 2, new QTableWidgetItem(s.mapping ? s.mapping->entityId : tr("not mapped")));
    }
    m_missing->setUpdatesEnabled(true);
}

void OverviewTab::updateButtons() {
    const bool pending = hasPendingEdits();
    m_applyButton->setEnabled(pending);
    m_revertButton->setEnabled(pending);
}

void OverviewTab::showError(const QString &text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace bifrost
