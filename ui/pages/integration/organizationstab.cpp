#include "organizationstab.h"

#include "commands/mappingcommand.h"
#include "dialogs/automatchdialog.h"
#include "dialogs/csvimportdialog.h"
#include "models/organizationfilterproxymodel.h"
#include "models/organizationstatusmodel.h"
#include "session/adminsession.h"
#include "widgets/configformview.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bifrost {

OrganizationsTab::OrganizationsTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent)
    , m_model(new OrganizationStatusModel(session, this))
    , m_proxy(new OrganizationFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_onlyMissing(new QCheckBox(tr("Only missing re&quired"), this))
    , m_onlyUnmapped(new QCheckBox(tr("Only u&nmapped"), this))
    , m_bulkSet(new QPushButton(tr("Set &value…"), this))
    , m_bulkReset(new QPushButton(tr("&Reset to default…"), this))
    , m_importCsv(new QPushButton(tr("&Import CSV…"), this))
    , m_autoMatch(new QPushButton(tr("&Auto-match…"), this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_title(new QLabel(this))
    , m_entityId(new QLineEdit(this))
    , m_entityName(new QLineEdit(this))
    , m_applyMapping(new QPushButton(tr("A&pply mapping"), this))
    , m_revertMapping(new QPushButton(tr("Re&vert"), this))
    , m_form(new ConfigFormView(session, this)) {
    setObjectName(QStringLiteral("organizationsTab"));
    m_proxy->setSourceModel(m_model);

    // Filter bar
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("organizationSearch"));
    m_search->setAccessibleName(tr("Search organizations"));
    m_search->setPlaceholderText(tr("Organization, entity ID or entity name"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this); // Down moves into the results
    m_onlyMissing->setObjectName(QStringLiteral("onlyMissingRequired"));
    m_onlyUnmapped->setObjectName(QStringLiteral("onlyUnmapped"));
    m_count->setObjectName(QStringLiteral("organizationCount"));
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(searchLabel);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_onlyMissing);
    filterBar->addWidget(m_onlyUnmapped);
    filterBar->addWidget(m_count);

    // Bulk actions
    m_bulkSet->setObjectName(QStringLiteral("bulkSetButton"));
    m_bulkSet->setToolTip(tr("Set one key to the same value for every selected organization"));
    m_bulkReset->setObjectName(QStringLiteral("bulkResetButton"));
    m_bulkReset->setToolTip(tr("Remove one key's override for every selected organization"));
    m_importCsv->setObjectName(QStringLiteral("importCsvButton"));
    m_importCsv->setToolTip(tr("Create or update mappings from CSV: organization,entity_id,entity_name"));
    m_autoMatch->setObjectName(QStringLiteral("autoMatchButton"));
    m_autoMatch->setToolTip(tr("Map organizations to a pasted list of external entities by name"));
    auto *actionBar = new QHBoxLayout;
    actionBar->addWidget(m_bulkSet);
    actionBar->addWidget(m_bulkReset);
    actionBar->addStretch();
    actionBar->addWidget(m_importCsv);
    actionBar->addWidget(m_autoMatch);

    m_error->setObjectName(QStringLiteral("organizationsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    // Table
    m_table->setObjectName(QStringLiteral("organizationsTable"));
    m_table->setAccessibleName(tr("Organizations"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrganizationStatusModel::OrganizationColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    // Rows are selected whole: Tab leaves the table for the editors instead of walking its cells.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: a filter keystroke over 2,000 rows must not measure every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OrganizationStatusModel::OrganizationColumn, 220);
    m_table->setColumnWidth(OrganizationStatusModel::EntityIdColumn, 120);
    m_table->setColumnWidth(OrganizationStatusModel::EntityNameColumn, 200);
    m_table->setColumnWidth(OrganizationStatusModel::OverridesColumn, 80);
    m_table->setColumnWidth(OrganizationStatusModel::MissingColumn, 200);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto addTableAction = [this](QPushButton *button) {
        auto *action = new QAction(button->text(), m_table);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_table->addAction(action);
    };
    addTableAction(m_bulkSet);
    addTableAction(m_bulkReset);

    // Detail panel: a hint, or the mapping and overrides of the one selected organization
    m_detail->setObjectName(QStringLiteral("organizationDetail"));
    m_hint->setObjectName(QStringLiteral("organizationHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_detail->addWidget(m_hint);

    auto *editor = new QWidget(m_detail);
    m_title->setObjectName(QStringLiteral("organizationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    auto *mappingBox = new QGroupBox(tr("Mapping"), editor);
    m_entityId->setObjectName(QStringLiteral("mappingEntityId"));
    m_entityName->setObjectName(QStringLiteral("mappingEntityName"));
    m_entityName->setAccessibleName(tr("Entity name"));
    m_applyMapping->setObjectName(QStringLiteral("applyMapping"));
    m_revertMapping->setObjectName(QStringLiteral("revertMapping"));
    auto *entityIdLabel = new QLabel(mappingBox);
    entityIdLabel->setObjectName(QStringLiteral("mappingEntityIdLabel"));
    entityIdLabel->setBuddy(m_entityId);
    auto *entityNameLabel = new QLabel(tr("Entity na&me:"), mappingBox);
    entityNameLabel->setBuddy(m_entityName);
    auto *mappingForm = new QFormLayout(mappingBox);
    mappingForm->addRow(entityIdLabel, m_entityId);
    mappingForm->addRow(entityNameLabel, m_entityName);
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addStretch();
    mappingButtons->addWidget(m_revertMapping);
    mappingButtons->addWidget(m_applyMapping);
    mappingForm->addRow(mappingButtons);

    auto *overridesBox = new QGroupBox(tr("Overrides"), editor);
    m_form->setObjectName(QStringLiteral("overridesForm"));
    // The form has its own Apply and Revert (Ctrl+S) for the overrides.
    auto *overridesLayout = new QVBoxLayout(overridesBox);
    overridesLayout->addWidget(m_form, 1);

    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_title);
    editorLayout->addWidget(mappingBox);
    editorLayout->addWidget(overridesBox, 1);
    m_detail->addWidget(editor);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("organizationsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3); // the override form needs the room more than the table
    splitter->setSizes({400, 600});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addLayout(actionBar);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    setTabOrder(m_search, m_onlyMissing);
    setTabOrder(m_onlyMissing, m_onlyUnmapped);
    setTabOrder(m_onlyUnmapped, m_bulkSet);
    setTabOrder(m_bulkSet, m_bulkReset);
    setTabOrder(m_bulkReset, m_importCsv);
    setTabOrder(m_importCsv, m_autoMatch);
    setTabOrder(m_autoMatch, m_table);
    setTabOrder(m_table, m_entityId);
    setTabOrder(m_entityId, m_entityName);
    setTabOrder(m_entityName, m_revertMapping);
    setTabOrder(m_revertMapping, m_applyMapping);
    setTabOrder(m_applyMapping, m_form);

    // Filtering
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_onlyMissing, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyMissingRequired(on);
        updateCount();
    });
    connect(m_onlyUnmapped, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyUnmapped(on);
        updateCount();
    });

    // Bulk
    connect(m_bulkSet, &QPushButton::clicked, this, [this] { openBulkEdit(BulkEditDialog::Mode::Set); });
    connect(m_bulkReset, &QPushButton::clicked, this, [this] { openBulkEdit(BulkEditDialog::Mode::Reset); });
    connect(m_importCsv, &QPushButton::clicked, this, &OrganizationsTab::openCsvImport);
    connect(m_autoMatch, &QPushButton::clicked, this, &OrganizationsTab::openAutoMatch);

    // Selection and reloads
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganizationsTab::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelection = selectedOrganizationIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Organizations were added or removed: select again what still exists.
        QItemSelection selection;
        for (const QString &id : std::as_const(m_keepSelection)) {
            const int row = m_model->rowOf(id);
            if (row < 0)
                continue;
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                selection.select(index, index);
        }
        m_restoring = true;
        m_table->selectionModel()->select(selection,
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_restoring = false;
        if (!m_shownId.isEmpty() && m_model->rowOf(m_shownId) < 0) {
            m_shownId.clear(); // the organization is gone, and its pending edits with it
            showOrganization({});
        }
        refreshMappingEditor(false);
        updateCount();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { refreshMappingEditor(false); });
    connect(m_model, &QAbstractItemModel::headerDataChanged, this,
            [entityIdLabel, this] { entityIdLabel->setText(m_model->entityIdLabel() + QLatin1Char(':')); });
    connect(m_model, &OrganizationStatusModel::errorOccurred, this, &OrganizationsTab::showError);
    entityIdLabel->setText(m_model->entityIdLabel() + QLatin1Char(':'));
    connect(m_model, &QAbstractItemModel::modelReset, this, [entityIdLabel, this] {
        entityIdLabel->setText(m_model->entityIdLabel() + QLatin1Char(':'));
        m_entityId->setAccessibleName(m_model->entityIdLabel());
    });
    m_entityId->setAccessibleName(m_model->entityIdLabel());

    // Mapping editor and overrides form
    connect(m_entityId, &QLineEdit::textEdited, this, &OrganizationsTab::updateActions);
    connect(m_entityName, &QLineEdit::textEdited, this, &OrganizationsTab::updateActions);
    connect(m_entityId, &QLineEdit::returnPressed, m_applyMapping, &QPushButton::click);
    connect(m_entityName, &QLineEdit::returnPressed, m_applyMapping, &QPushButton::click);
    connect(m_applyMapping, &QPushButton::clicked, this, [this] {
        if (auto done = applyMapping(); !done)
            showError(done.error().message);
    });
    connect(m_revertMapping, &QPushButton::clicked, this, [this] { refreshMappingEditor(true); });
    connect(m_form, &ConfigFormView::pendingEditsChanged, this, &OrganizationsTab::updateActions);

    showOrganization({});
    updateActions();
    updateCount();
}

OrganizationsTab::~OrganizationsTab() = default;

void OrganizationsTab::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
    m_error->hide();
    m_shownId.clear();
    m_model->setIntegration(integrationId);
    if (!m_model->loadError().isEmpty())
        showError(m_model->loadError());
    m_table->clearSelection();
    showOrganization({});
    updateCount();
    updateActions();
}

void OrganizationsTab::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QStringList OrganizationsTab::selectedOrganizationIds() const {
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids << index.data(OrganizationStatusModel::OrganizationIdRole).toString();
    return ids;
}

QList<Organization> OrganizationsTab::selectedOrganizations() const {
    QList<Organization> orgs;
    for (const QString &id : selectedOrganizationIds()) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            orgs << m_model->status(row).organization;
    }
    return orgs;
}

void OrganizationsTab::selectOrganization(const QString &organizationId) {
    const int row = m_model->rowOf(organizationId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: show everything rather than select something invisible.
        m_search->clear();
        m_onlyMissing->setChecked(false);
        m_onlyUnmapped->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool OrganizationsTab::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        // From the search straight into the results, as in the navigation: the first match is
        // selected (and opened) unless the selection is already among them.
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
            m_table->selectionModel()->setCurrentIndex(
                m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        return true;
    }
    return IntegrationTab::eventFilter(watched, event);
}

void OrganizationsTab::onSelectionChanged() {
    updateActions();
    if (m_restoring)
        return;
    const QStringList ids = selectedOrganizationIds();
    // An empty selection (a filter hid the rows) leaves the panel as it is, so typing in the
    // search field never throws away an edit in progress.
    if (ids.isEmpty())
        return;
    const QString next = ids.size() == 1 ? ids.first() : QString();
    if (next == m_shownId) {
        if (next.isEmpty())
            showOrganization({}); // the hint names the number selected
        return;
    }
    if (!confirmLeave()) {
        // The admin chose to stay with the unsaved edits: select their organization again.
        const int row = m_model->rowOf(m_shownId);
        const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        m_restoring = true;
        if (index.isValid())
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
        m_restoring = false;
        updateActions();
        return;
    }
    showOrganization(next);
}

void OrganizationsTab::showOrganization(const QString &organizationId) {
    m_shownId = organizationId;
    const int row = organizationId.isEmpty() ? -1 : m_model->rowOf(organizationId);
    if (row < 0) {
        m_shownId.clear();
        const qsizetype selected = m_table->selectionModel()->selectedRows().size();
        m_hint->setText(
            selected > 1 ? tr("%n organizations selected. Use Set value… or Reset to default… to change one "
                              "key for all of them.",
                              nullptr, int(selected))
                         : tr("Select an organization to edit its mapping and overrides."));
        m_detail->setCurrentWidget(m_hint);
        m_form->setLevel(QString()); // empty, and nothing pending from a previous organization
        updateActions();
        return;
    }
    const OrganizationStatus &s = m_model->status(row);
    m_title->setText(s.organization.name);
    refreshMappingEditor(true);
    m_form->setLevel(m_integrationId, organizationId);
    m_detail->setCurrentIndex(1);
    updateActions();
}

void OrganizationsTab::refreshMappingEditor(bool force) {
    const int row = m_shownId.isEmpty() ? -1 : m_model->rowOf(m_shownId);
    if (row < 0)
        return;
    // An edit in progress stays; applying it later is refused if the mapping changed meanwhile.
    if (!force && mappingDirty())
        return;
    const OrganizationStatus &s = m_model->status(row);
    m_title->setText(s.organization.name);
    m_loadedMapping = s.mapping;
    m_entityId->setText(s.mapping ? s.mapping->entityId : QString());
    m_entityName->setText(s.mapping ? s.mapping->entityName : QString());
    updateActions();
}

bool OrganizationsTab::mappingDirty() const {
    if (m_shownId.isEmpty())
        return false;
    const QString id = m_loadedMapping ? m_loadedMapping->entityId : QString();
    const QString name = m_loadedMapping ? m_loadedMapping->entityName : QString();
    return m_entityId->text().trimmed() != id || m_entityName->text().trimmed() != name;
}

Result<void> OrganizationsTab::applyMapping() {
    if (!mappingDirty())
        return {};
    const int row = m_model->rowOf(m_shownId);
    if (row < 0)
        return Error::notFound(tr("The organization no longer exists."));
    const QString name = m_model->status(row).organization.name;
    MappingCommand::Edit edit;
    edit.organizationId = m_shownId;
    edit.entityId = m_entityId->text().trimmed();
    edit.entityName = m_entityName->text().trimmed();
    // Emptying both fields removes the mapping; the overrides stay.
    edit.remove = edit.entityId.isEmpty() && edit.entityName.isEmpty();
    edit.expected = ExpectedMapping::of(m_loadedMapping);
    const QString text = edit.remove ? tr("Remove mapping of %1").arg(name) : tr("Map %1").arg(name);
    if (auto done = session()->execute(std::make_unique<MappingCommand>(
            session(), m_integrationId, QList<MappingCommand::Edit>{edit}, text));
        !done)
        return done;
    m_error->hide();
    refreshMappingEditor(true);
    return {};
}

Result<void> OrganizationsTab::applyOverrides() {
    if (!m_form->hasPendingEdits())
        return {};
    if (auto done = m_form->apply(); !done)
        return done;
    m_error->hide();
    updateActions();
    return {};
}

bool OrganizationsTab::hasPendingEdits() const {
    return mappingDirty() || (!m_shownId.isEmpty() && m_form->hasPendingEdits());
}

Result<void> OrganizationsTab::savePendingEdits() {
    if (auto done = applyMapping(); !done) {
        showError(done.error().message);
        return done;
    }
    if (auto done = applyOverrides(); !done) {
        showError(done.error().message);
        return done;
    }
    return {};
}

void OrganizationsTab::discardPendingEdits() {
    refreshMappingEditor(true);
    m_form->discard();
    updateActions();
}

void OrganizationsTab::updateActions() {
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    const bool ready = !m_integrationId.isEmpty() && m_model->loadError().isEmpty();
    m_bulkSet->setEnabled(ready && selected > 0);
    m_bulkReset->setEnabled(ready && selected > 0);
    for (QAction *action : m_table->actions())
        action->setEnabled(ready && selected > 0);
    m_importCsv->setEnabled(ready);
    m_autoMatch->setEnabled(ready && m_model->rowCount() > 0);
    const bool dirty = mappingDirty();
    m_applyMapping->setEnabled(dirty);
    m_revertMapping->setEnabled(dirty);
}

void OrganizationsTab::updateCount() {
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n organization(s)", nullptr, total)
                                    : tr("%1 of %n organization(s)", nullptr, total).arg(shown));
}

BulkEditDialog *OrganizationsTab::openBulkEdit(BulkEditDialog::Mode mode) {
    const QList<Organization> orgs = selectedOrganizations();
    if (orgs.isEmpty() || m_integrationId.isEmpty())
        return nullptr;
    auto integration = session()->store().integration(m_integrationId);
    if (!integration) {
        showError(integration.error().message);
        return nullptr;
    }
    auto *dialog = new BulkEditDialog(session(), *integration, orgs, mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CsvImportDialog *OrganizationsTab::openCsvImport() {
    if (m_integrationId.isEmpty())
        return nullptr;
    auto *dialog = new CsvImportDialog(session(), m_integrationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AutoMatchDialog *OrganizationsTab::openAutoMatch() {
    if (m_integrationId.isEmpty())
        return nullptr;
    auto *dialog = new AutoMatchDialog(session(), m_integrationId, m_model->statuses(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace bifrost
