#include "configformview.h"

#include "delegates/configvaluedelegate.h"
#include "model/schemafield.h"
#include "models/configformmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyleOptionViewItem>
#include <QToolButton>
#include <QVBoxLayout>

namespace bifrost {

namespace {

constexpr qsizetype kMaxStatusLength = 80;

QString shortened(const QString &text) {
    QString oneLine = text;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return oneLine.size() > kMaxStatusLength ? oneLine.left(kMaxStatusLength) + QStringLiteral("…") : oneLine;
}

void setGreyed(QLabel *label, bool greyed) {
    label->setProperty("inherited", greyed);
    if (!greyed) {
        label->setPalette(QPalette()); // back to the inherited palette
        return;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

void setBold(QWidget *widget, bool bold) {
    QFont font = widget->font();
    if (font.bold() == bold)
        return;
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

ConfigFormView::ConfigFormView(AdminSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new ConfigFormModel(session, this))
    , m_delegate(new ConfigValueDelegate(this))
    , m_banner(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_applyButton(new QPushButton(tr("&Apply"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
    , m_applyAction(new QAction(tr("Apply"), this)) {
    setObjectName(QStringLiteral("configForm"));

    m_banner->setObjectName(QStringLiteral("formError"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->setAccessibleName(tr("Error"));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel#formError { background: #fdecea; color: #8a1c1c;"
                       " border: 1px solid #e6b8b8; border-radius: 3px; padding: 6px; }"));
    m_banner->hide();

    m_empty->setObjectName(QStringLiteral("formEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("This integration has no fields yet. Add them on the Schema tab."));
    m_empty->hide();

    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setToolTip(
        tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Drop the changes that are not saved yet"));
    // Ctrl+S belongs to the form that has the focus: the Defaults tab and an organization's
    // override form can both exist in one window.
    m_applyAction->setShortcut(QKeySequence::Save);
    m_applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_applyAction);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_applyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_applyButton, &QPushButton::clicked, this, [this] { (void)apply(); });
    connect(m_applyAction, &QAction::triggered, this, [this] { (void)apply(); });
    connect(m_revertButton, &QPushButton::clicked, this, &ConfigFormView::discard);
    connect(m_delegate, &ConfigValueDelegate::commitData, this, &ConfigFormView::commitEditor);
    connect(m_model, &ConfigFormModel::modelReset, this, &ConfigFormView::rebuild);
    connect(m_model, &ConfigFormModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                updateRows(topLeft.row(), bottomRight.row(), false);
            });
    connect(m_model, &ConfigFormModel::lastErrorChanged, this, &ConfigFormView::showError);
    // A colleague's change reloads the form while the admin may be typing: the text in the
    // editor becomes a pending edit now, expecting the value they saw, so that saving it later
    // meets the conflict check instead of silently replacing the new value. Not an "edit" yet
    // for the error line: they have not left the field.
    connect(m_model, &ConfigFormModel::aboutToReload, this, [this] {
        const QWidget *focus = QApplication::focusWidget();
        if (!m_uncommitted || !focus)
            return;
        for (const RowWidgets &row : std::as_const(m_rows)) {
            if (row.index.isValid() && (focus == row.editor || row.editor->isAncestorOf(focus))) {
                m_delegate->setModelData(row.editor, m_model, row.index);
                break;
            }
        }
    });
    connect(m_model, &ConfigFormModel::pendingEditsChanged, this, [this](bool pending) {
        updateActions();
        Q_EMIT pendingEditsChanged(pending);
    });
    rebuild();
}

void ConfigFormView::setLevel(const QString &integrationId, const QString &organizationId) {
    m_edited.clear();
    m_uncommitted = false;
    (void)m_model->setLevel(integrationId, organizationId);
    // The same level again keeps its rows: its editors still show what was dropped.
    updateRows(0, int(m_rows.size()) - 1, true);
    updateActions();
}

bool ConfigFormView::hasPendingEdits() const {
    return m_model->hasPendingEdits() || m_uncommitted;
}

QWidget *ConfigFormView::editorFor(const QString &key) const {
    for (const RowWidgets &row : m_rows) {
        if (row.key == key)
            return row.editor;
    }
    return nullptr;
}

void ConfigFormView::rebuild() {
    m_rebuilding = true;
    m_rows.clear();
    setFocusProxy(nullptr);
    if (m_formWidget) {
        // A focused editor about to go would commit on focus out into a model that has moved on.
        if (m_formWidget->isAncestorOf(QApplication::focusWidget()))
            m_scroll->setFocus();
        delete m_scroll->takeWidget();
    }
    m_formWidget = new QWidget;
    m_formWidget->setObjectName(QStringLiteral("formFields"));
    m_form = new QFormLayout(m_formWidget);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    // In the scroll area before the tab order is set: setTabOrder needs both ends in one window.
    m_scroll->setWidget(m_formWidget);

    const bool orgLevel = m_model->isOrganizationLevel();
    // The fields come right after the scroll area, which has the focus when a tab is opened
    // before its form is built: without this they would sit at the end of the window's chain.
    QWidget *previous = m_scroll;
    auto chain = [&previous](QWidget *next) {
        if (!next)
            return;
        if (previous)
            QWidget::setTabOrder(previous, next);
        previous = next;
    };
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, ConfigFormModel::ValueColumn);
        const SchemaField field = m_model->field(r);
        RowWidgets row;
        row.index = index;
        row.key = field.key;

        auto *cell = new QWidget(m_formWidget);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        auto *line = new QHBoxLayout;
        line->setContentsMargins(0, 0, 0, 0);
        cellLayout->addLayout(line);

        row.editor = m_delegate->createEditor(cell, QStyleOptionViewItem(), index);
        row.editor->installEventFilter(this);
        line->addWidget(row.editor, 1);
        if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
            connect(edit, &QLineEdit::textEdited, this, [this] {
                m_uncommitted = true;
                updateActions();
            });
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(row.editor)) {
            connect(plain, &QPlainTextEdit::textChanged, this, [this] {
                m_uncommitted = true;
                updateActions();
            });
        }

        const QString name = field.displayName();
        if (field.isSecret()) {
            row.reveal = new QToolButton(cell);
            row.reveal->setObjectName(QStringLiteral("reveal_") + field.key);
            row.reveal->setText(tr("Reveal"));
            row.reveal->setToolTip(tr("Read the stored secret and show it here"));
            row.reveal->setAccessibleName(tr("Reveal %1").arg(name));
            row.reveal->setFocusPolicy(Qt::StrongFocus);
            line->addWidget(row.reveal);
            connect(row.reveal, &QToolButton::clicked, this, [this, key = field.key] {
                const int at = m_model->rowOfKey(key);
                if (at < 0)
                    return;
                if (auto revealed = m_model->reveal(at); !revealed)
                    showError(revealed.error().message);
                else if (QWidget *editor = editorFor(key))
                    m_delegate->setEditorData(editor, m_model->index(at, ConfigFormModel::ValueColumn));
            });
            row.replace = new QToolButton(cell);
            row.replace->setObjectName(QStringLiteral("replace_") + field.key);
            row.replace->setText(tr("Replace…"));
            row.replace->setToolTip(tr("Type a new secret in place of the stored one"));
            row.replace->setAccessibleName(tr("Replace %1").arg(name));
            row.replace->setFocusPolicy(Qt::StrongFocus);
            line->addWidget(row.replace);
            connect(row.replace, &QToolButton::clicked, this, [this, key = field.key] {
                auto *edit = qobject_cast<QLineEdit *>(editorFor(key));
                if (!edit)
                    return;
                edit->clear();
                edit->setEchoMode(QLineEdit::Password);
                edit->setFocus(Qt::OtherFocusReason);
            });
            if (!orgLevel) {
                row.clear = new QToolButton(cell);
                row.clear->setObjectName(QStringLiteral("clear_") + field.key);
                row.clear->setText(tr("Clear"));
                row.clear->setToolTip(tr("Remove the stored secret when the form is applied"));
                row.clear->setAccessibleName(tr("Clear %1").arg(name));
                row.clear->setFocusPolicy(Qt::StrongFocus);
                line->addWidget(row.clear);
                connect(row.clear, &QToolButton::clicked, this, [this, key = field.key] {
                    const int at = m_model->rowOfKey(key);
                    if (at < 0)
                        return;
                    markEdited(at);
                    m_model->setData(m_model->index(at, ConfigFormModel::ValueColumn), QVariant());
                    updateRows(at, at, true);
                });
            }
        }
        if (orgLevel) {
            row.reset = new QToolButton(cell);
            row.reset->setObjectName(QStringLiteral("reset_") + field.key);
            row.reset->setText(tr("Reset to default"));
            row.reset->setToolTip(tr("Remove this organization's override so that it uses the default"));
            row.reset->setAccessibleName(tr("Reset %1 to default").arg(name));
            row.reset->setFocusPolicy(Qt::StrongFocus);
            line->addWidget(row.reset);
            connect(row.reset, &QToolButton::clicked, this, [this, key = field.key] {
                const int at = m_model->rowOfKey(key);
                if (at < 0)
                    return;
                markEdited(at);
                m_model->resetToDefault(at);
                updateRows(at, at, true);
            });
        }

        row.status = new QLabel(cell);
        row.status->setObjectName(QStringLiteral("status_") + field.key);
        row.status->setWordWrap(true);
        cellLayout->addWidget(row.status);

        row.error = new QLabel(cell);
        row.error->setObjectName(QStringLiteral("error_") + field.key);
        row.error->setWordWrap(true);
        row.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.error->setAccessibleName(tr("Problem with %1").arg(name));
        {
            QPalette palette = row.error->palette();
            palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
            row.error->setPalette(palette);
        }
        row.error->hide();
        cellLayout->addWidget(row.error);

        QString labelText = name;
        labelText.replace(QLatin1Char('&'), QStringLiteral("&&"));
        row.label = new QLabel(field.required ? labelText + QStringLiteral(" *") : labelText, m_formWidget);
        row.label->setObjectName(QStringLiteral("label_") + field.key);
        row.label->setToolTip(field.description);
        row.label->setBuddy(row.editor);
        if (field.required) {
            setBold(row.label, true);
            row.editor->setAccessibleDescription(
                field.description.isEmpty() ? tr("Required") : tr("Required. %1").arg(field.description));
        }
        m_form->addRow(row.label, cell);

        chain(row.editor);
        chain(row.reveal);
        chain(row.replace);
        chain(row.clear);
        chain(row.reset);
        m_rows << row;
    }
    chain(m_revertButton);
    chain(m_applyButton);
    // Focusing the form (a page's tab order, a mnemonic) lands in its first field.
    if (!m_rows.isEmpty())
        setFocusProxy(m_rows.first().editor);
    m_empty->setVisible(m_model->rowCount() == 0 && !m_model->integrationId().isEmpty() &&
                        m_model->lastError().isEmpty());
    m_rebuilding = false;
    updateRows(0, int(m_rows.size()) - 1, true);
    updateActions();
}

void ConfigFormView::updateRows(int first, int last, bool forceEditors) {
    if (m_rebuilding)
        return;
    for (int r = std::max(0, first); r <= last && r < m_rows.size(); ++r)
        updateRow(m_rows.at(r), forceEditors);
}

void ConfigFormView::updateRow(const RowWidgets &row, bool forceEditor) {
    if (!row.index.isValid())
        return;
    const QModelIndex index = row.index;
    // The editor the admin is typing in keeps their text; a change underneath shows once they
    // leave it (or after apply and revert, which force it). Focused with nothing typed, it follows
    // the model at once (e.g. Ctrl+Z right after Apply).
    const QWidget *focus = QApplication::focusWidget();
    const bool typingHere = focus && (focus == row.editor || row.editor->isAncestorOf(focus)) &&
                            (m_uncommitted || index.data(ConfigFormModel::IsPendingRole).toBool());
    if (forceEditor || !typingHere)
        m_delegate->setEditorData(row.editor, index);

    const bool orgLevel = m_model->isOrganizationLevel();
    const bool isOverride = index.data(ConfigFormModel::IsOverrideRole).toBool();
    const bool pending = index.data(ConfigFormModel::IsPendingRole).toBool();
    const QVariant inherited = index.data(ConfigFormModel::InheritedValueRole);
    const SchemaField field = m_model->field(index.row());
    setBold(row.editor, orgLevel && isOverride);

    QString status;
    bool greyed = false;
    if (orgLevel) {
        if (isOverride) {
            status = inherited.isValid()
                         ? tr("Overrides the default: %1").arg(shortened(inherited.toString()))
                         : tr("Override; no default is set");
        } else {
            greyed = true;
            status = inherited.isValid() ? tr("Inherited default: %1").arg(shortened(inherited.toString()))
                                         : tr("Not set, and no default is set");
        }
    } else if (field.isSecret()) {
        status = index.data(ConfigFormModel::IsSecretConfiguredRole).toBool() ? tr("Secret configured")
                                                                              : tr("No secret set");
    }
    if (pending) {
        const QString note = index.data(ConfigFormModel::IsPendingUnsetRole).toBool()
                                 ? tr("Will be removed when applied")
                                 : tr("Changed, not saved yet");
        status = status.isEmpty() ? note : status + QStringLiteral(" · ") + note;
    }
    const bool underneath = index.data(ConfigFormModel::ChangedUnderneathRole).toBool();
    if (underneath) {
        const QString stored = index.data(ConfigFormModel::StoredValueRole).toString();
        const QString note =
            stored.isEmpty()
                ? tr("Removed elsewhere since you started editing; Apply reports the conflict first")
                : tr("Changed elsewhere to %1 since you started editing; Apply reports the conflict first")
                      .arg(shortened(stored));
        status = status.isEmpty() ? note : status + QStringLiteral(" · ") + note;
    }
    row.status->setProperty("changedUnderneath", underneath);
    row.status->setText(status);
    row.status->setVisible(!status.isEmpty());
    setGreyed(row.status, greyed);

    const QString error = index.data(ConfigFormModel::ErrorRole).toString();
    const bool showError = !error.isEmpty() && m_edited.contains(row.key);
    row.error->setText(showError ? error : QString());
    row.error->setVisible(showError);
    row.editor->setToolTip(showError ? error : QString());

    if (row.reset)
        row.reset->setEnabled(isOverride);
    if (row.reveal) {
        const bool hasSecret = index.data(ConfigFormModel::IsSecretConfiguredRole).toBool() ||
                               index.data(ConfigFormModel::HasInheritedRole).toBool();
        row.reveal->setEnabled(hasSecret && !index.data(ConfigFormModel::IsRevealedRole).toBool() &&
                               !index.data(ConfigFormModel::IsPendingUnsetRole).toBool());
    }
    if (row.replace) {
        row.replace->setEnabled(index.data(ConfigFormModel::IsSecretConfiguredRole).toBool() ||
                                index.data(ConfigFormModel::HasInheritedRole).toBool());
    }
    if (row.clear)
        row.clear->setEnabled(index.data(ConfigFormModel::IsSecretConfiguredRole).toBool());
}

int ConfigFormView::rowOfEditor(const QObject *editor) const {
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).editor == editor)
            return r;
    }
    return -1;
}

void ConfigFormView::markEdited(int row) {
    if (row >= 0 && row < m_rows.size())
        m_edited.insert(m_rows.at(row).key);
}

void ConfigFormView::commitEditor(QWidget *editor) {
    if (m_rebuilding)
        return;
    const int row = rowOfEditor(editor);
    if (row < 0 || !m_rows.at(row).index.isValid())
        return;
    const QModelIndex index = m_rows.at(row).index;
    const bool wasPending = index.data(ConfigFormModel::IsPendingRole).toBool();
    m_delegate->setModelData(editor, m_model, index);
    m_uncommitted = false;
    updateActions();
    // Visiting a field without changing it is not an edit: its error (none yet) stays hidden.
    if (wasPending || index.data(ConfigFormModel::IsPendingRole).toBool()) {
        markEdited(row);
        updateRow(m_rows.at(row), false);
    }
}

void ConfigFormView::commitAll() {
    for (const RowWidgets &row : std::as_const(m_rows))
        commitEditor(row.editor);
    m_uncommitted = false;
}

Result<void> ConfigFormView::apply() {
    commitAll();
    auto applied = m_model->apply();
    if (applied) {
        m_edited.clear();
        updateRows(0, int(m_rows.size()) - 1, true);
    } else {
        // Every field that stops the save says so, whether or not the admin has left it yet.
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows.at(r).index.data(ConfigFormModel::IsPendingRole).toBool())
                markEdited(r);
        }
        updateRows(0, int(m_rows.size()) - 1, false);
    }
    updateActions();
    return applied;
}

void ConfigFormView::discard() {
    m_uncommitted = false;
    m_edited.clear();
    m_model->discard();
    updateRows(0, int(m_rows.size()) - 1, true);
    updateActions();
}

void ConfigFormView::updateActions() {
    const bool pending = hasPendingEdits();
    m_applyButton->setEnabled(pending);
    m_revertButton->setEnabled(pending);
}

void ConfigFormView::showError(const QString &message) {
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

bool ConfigFormView::eventFilter(QObject *watched, QEvent *event) {
    if (!m_rebuilding && event->type() == QEvent::ShortcutOverride && rowOfEditor(watched) >= 0) {
        // With nothing typed and not applied, Ctrl+Z in a field undoes the last change in the app
        // (e.g. the Apply just made); the text editor's own history is of edits already saved.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) && !hasPendingEdits()) {
            event->ignore(); // not overridden: the window's Undo/Redo shortcut fires
            return true;
        }
    }
    if (!m_rebuilding && (event->type() == QEvent::FocusOut || event->type() == QEvent::FocusIn)) {
        if (auto *editor = qobject_cast<QWidget *>(watched); editor && rowOfEditor(editor) >= 0) {
            if (event->type() == QEvent::FocusOut) {
                // A combo box opening its popup has not been left.
                if (!(qobject_cast<QComboBox *>(editor) && QApplication::focusWidget() &&
                      editor->isAncestorOf(QApplication::focusWidget())))
                    commitEditor(editor);
            } else {
                m_scroll->ensureWidgetVisible(editor);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bifrost
