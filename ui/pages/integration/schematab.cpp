#include "schematab.h"

#include "commands/schemacommand.h"
#include "delegates/schemafielddelegate.h"
#include "dialogs/schemachangedialog.h"
#include "models/schemamodel.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bifrost {

namespace {

QAction *makeAction(QWidget *owner, const QString &text, const QKeySequence &shortcut, const QString &name) {
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    action->setIconText(text); // set explicitly, the tool button keeps the mnemonic
    action->setShortcut(shortcut);
    // Several tabs bind the same keys (Ctrl+S, Del): each only while focus is inside it.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(text.simplified().remove(QLatin1Char('&')) + QStringLiteral(" (") +
                           shortcut.toString(QKeySequence::NativeText) + QLatin1Char(')'));
    owner->addAction(action);
    return action;
}

QToolButton *buttonFor(QAction *action, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    return button;
}

} // namespace

SchemaTab::SchemaTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent)
    , m_model(new SchemaModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("schemaTab"));

    // Not Ctrl+Shift+N: the main window uses it for New organization.
    m_addAction =
        makeAction(this, tr("&Add field"), QKeySequence(Qt::Key_Insert), QStringLiteral("addFieldAction"));
    m_addAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    m_removeAction = makeAction(this, tr("&Remove field"), QKeySequence(Qt::Key_Delete),
                                QStringLiteral("removeFieldAction"));
    m_upAction =
        makeAction(this, tr("Move &up"), QKeySequence(Qt::ALT | Qt::Key_Up), QStringLiteral("moveUpAction"));
    m_downAction = makeAction(this, tr("Move do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down),
                              QStringLiteral("moveDownAction"));
    m_revertAction = makeAction(this, tr("Re&vert"), QKeySequence(), QStringLiteral("revertSchemaAction"));
    m_applyAction = makeAction(this, tr("A&pply"), QKeySequence::Save, QStringLiteral("applySchemaAction"));

    m_view->setObjectName(QStringLiteral("schemaTable"));
    m_view->setAccessibleName(tr("Schema fields"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SchemaFieldDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(SchemaModel::DescriptionColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SchemaModel::RequiredColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionsMovable(false);

    m_status->setObjectName(QStringLiteral("schemaStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(buttonFor(m_addAction, this));
    bar->addWidget(buttonFor(m_removeAction, this));
    bar->addWidget(buttonFor(m_upAction, this));
    bar->addWidget(buttonFor(m_downAction, this));
    bar->addStretch(1);
    bar->addWidget(buttonFor(m_revertAction, this));
    bar->addWidget(buttonFor(m_applyAction, this));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_addAction, &QAction::triggered, this, &SchemaTab::addField);
    connect(m_removeAction, &QAction::triggered, this, &SchemaTab::removeFields);
    connect(m_upAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_downAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_revertAction, &QAction::triggered, this, &SchemaTab::discardPendingEdits);
    connect(m_applyAction, &QAction::triggered, this, &SchemaTab::apply);
    connect(m_model, &SchemaModel::changed, this, &SchemaTab::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchemaTab::updateActions);

    connect(session, &AdminSession::integrationChanged, this, &SchemaTab::onIntegrationChanged);
    connect(session, &AdminSession::integrationsChanged, this, [this] {
        // A rename or a deletion: the schema itself is untouched, so edits stay as they are.
        if (m_integrationId.isEmpty() || m_applying)
            return;
        if (!m_model->isDirty())
            reload();
        else if (auto integration = this->session()->store().integration(m_integrationId))
            m_integrationName = integration->name;
    });
    connect(session, &AdminSession::everythingChanged, this,
            [this] { onIntegrationChanged(m_integrationId); });
    updateActions();
}

SchemaTab::~SchemaTab() {
    // ~QWidget closes the window, and an open cell editor then commits into the model: this
    // tab must no longer react by then.
    m_model->disconnect(this);
    m_view->selectionModel()->disconnect(this);
}

void SchemaTab::setIntegration(const QString &integrationId) {
    m_integrationId = integrationId;
    reload();
}

bool SchemaTab::hasPendingEdits() const {
    return !m_integrationId.isEmpty() && m_model->isDirty();
}

void SchemaTab::discardPendingEdits() {
    reload();
}

void SchemaTab::reload() {
    m_staleUnderneath = false;
    showMessage({}, false);
    if (m_integrationId.isEmpty()) {
        m_integrationName.clear();
        m_model->setSchema({});
        updateActions();
        return;
    }
    auto integration = session()->store().integration(m_integrationId);
    if (!integration) {
        m_integrationName.clear();
        m_model->setSchema({});
        showMessage(integration.error().message, true);
        updateActions();
        return;
    }
    m_integrationName = integration->name;
    m_model->setSchema(integration->schema, integration->name);
    updateActions();
}

void SchemaTab::onIntegrationChanged(const QString &integrationId) {
    if (m_applying || m_integrationId.isEmpty() || integrationId != m_integrationId)
        return;
    if (!m_model->isDirty()) {
        reload();
        return;
    }
    // Never replace what the admin is typing; Apply will be refused if the schema really changed.
    m_staleUnderneath = true;
    showMessage(tr("The stored schema of this integration has changed (an undo, or another window). Your "
                   "edits are kept; choose Revert to load the stored schema instead."),
                false);
}

void SchemaTab::updateActions() {
    const bool loaded = !m_integrationId.isEmpty() && !m_integrationName.isEmpty();
    const QModelIndex current = m_view->currentIndex();
    const int rows = m_model->rowCount();
    m_addAction->setEnabled(loaded);
    m_removeAction->setEnabled(loaded && current.isValid());
    m_upAction->setEnabled(loaded && current.isValid() && current.row() > 0);
    m_downAction->setEnabled(loaded && current.isValid() && current.row() < rows - 1);
    const bool dirty = loaded && m_model->isDirty();
    m_applyAction->setEnabled(dirty);
    m_revertAction->setEnabled(dirty || m_staleUnderneath);
    if (m_model->hasErrors())
        showMessage(m_model->firstError(), true);
    else if (m_status->property("validation").toBool())
        showMessage({}, false);
}

void SchemaTab::showMessage(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setProperty("validation", error && text == m_model->firstError() && !text.isEmpty());
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

// Not QAbstractItemView::setCurrentIndex: it extends the selection while Shift is held, as it
// is for the Ctrl+Shift+A that got here.
void SchemaTab::selectOnly(const QModelIndex &index) {
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void SchemaTab::addField() {
    if (!m_addAction->isEnabled())
        return;
    const int row = m_model->addField();
    const QModelIndex key = m_model->index(row, SchemaModel::KeyColumn);
    m_view->setFocus();
    selectOnly(key);
    m_view->edit(key);
}

void SchemaTab::removeFields() {
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << i.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    const int column = std::max(0, m_view->currentIndex().column());
    for (int r : std::as_const(rows))
        m_model->removeRows(r, 1);
    if (m_model->rowCount() > 0) {
        const int next = std::min(rows.last(), m_model->rowCount() - 1);
        selectOnly(m_model->index(next, column));
    }
    updateActions();
}

void SchemaTab::moveCurrent(int delta) {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // moveRows takes the row it goes before: one past the next row when moving down.
    if (!m_model->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target))
        return;
    const QModelIndex moved = m_model->index(target, current.column());
    selectOnly(moved);
    updateActions();
}

void SchemaTab::apply() {
    if (!hasPendingEdits())
        return;
    if (auto saved = savePendingEdits(); !saved)
        showMessage(saved.error().message, true);
}

Result<void> SchemaTab::savePendingEdits() {
    if (!hasPendingEdits())
        return {};
    // Commit the cell being typed in, so that Ctrl+S applies what is on screen.
    if (QWidget *editor = m_view->indexWidget(m_view->currentIndex()))
        Q_EMIT m_view->itemDelegate()->commitData(editor);
    if (m_model->hasErrors()) {
        QModelIndex where;
        const QString message = m_model->firstError(&where);
        if (where.isValid())
            selectOnly(where);
        return Error::invalid(message);
    }
    const Schema wanted = m_model->schema();
    const Schema expected = m_model->loadedSchema();
    Store &store = session()->store();
    const auto conflict = [&](const Error &error) -> Error {
        if (error.code != ErrorCode::Conflict)
            return error;
        // Base the working copy on what is stored now: a second Apply is then a deliberate choice.
        if (auto current = store.integration(m_integrationId))
            m_model->rebase(current->schema);
        m_staleUnderneath = true;
        updateActions();
        return Error::conflict(error.message + QLatin1Char(' ') +
                               tr("Your edits are kept: Apply again to replace the stored schema with them, "
                                  "or Revert to load it."));
    };
    auto preview = store.setSchema(m_integrationId, wanted, SchemaWrite::Preview, expected);
    if (!preview)
        return conflict(preview.error());
    const bool force = !preview->dropped.isEmpty();
    if (force) {
        SchemaChangeDialog dialog(m_integrationName, *preview, this);
        if (dialog.exec() != QDialog::Accepted)
            return Error::conflict(tr("The schema change was not applied; the stored values it would remove "
                                      "are kept. Change the schema so that it keeps them, or apply again and "
                                      "confirm their removal."));
    }
    auto command = std::make_unique<SchemaCommand>(session(), m_integrationId, wanted, force, expected);
    if (force)
        command->setConfirmedDrops(preview->dropped);
    m_applying = true; // the command's announcement reaches this tab while the model still holds the edits
    auto executed = session()->execute(std::move(command));
    m_applying = false;
    if (!executed)
        return conflict(executed.error());
    reload();
    return {};
}

} // namespace bifrost
