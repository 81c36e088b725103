#include "organizationpage.h"

#include "commands/organizationcommands.h"
#include "models/integrationstatusmodel.h"
#include "session/adminsession.h"
#include "store/store.h"
#include "widgets/historyview.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bifrost {

OrganizationPage::OrganizationPage(AdminSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_renameButton(new QPushButton(tr("&Rename…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new IntegrationStatusModel(session, this))
    , m_history(new HistoryView(session, this)) {
    setObjectName(QStringLiteral("organizationPage"));
    m_title->setObjectName(QStringLiteral("organizationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_renameButton->setObjectName(QStringLiteral("renameOrganization"));
    m_renameButton->setToolTip(tr("Give this organization another name"));
    m_deleteButton->setObjectName(QStringLiteral("deleteOrganization"));
    m_deleteButton->setToolTip(tr("Delete this organization with its mappings and overrides"));
    m_error->setObjectName(QStringLiteral("organizationError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;"));
    m_error->hide();

    m_table->setObjectName(QStringLiteral("integrationStatusTable"));
    m_table->setAccessibleName(tr("Integrations of this organization"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);

    auto *hint = new QLabel(tr("Every integration with this organization's mapping, overrides and missing "
                               "required values. Press Enter or double-click a row to open the integration."),
                            this);
    hint->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_renameButton);
    header->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    // The integrations above, the organization's history below; the admin sizes the two.
    auto *historySection = new QWidget(this);
    auto *historyTitle = new QLabel(tr("History"), historySection);
    QFont sectionFont = historyTitle->font();
    sectionFont.setBold(true);
    historyTitle->setFont(sectionFont);
    auto *historyLayout = new QVBoxLayout(historySection);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_history, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("organizationSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(historySection);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_history->setObjectName(QStringLiteral("organizationHistory"));
    setTabOrder(m_renameButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_table);
    setTabOrder(m_table, m_history->filterEdit());

    connect(m_renameButton, &QPushButton::clicked, this, &OrganizationPage::rename);
    connect(m_deleteButton, &QPushButton::clicked, this, &OrganizationPage::remove);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(IntegrationStatusModel::IntegrationIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT integrationActivated(id);
    });
    connect(m_model, &IntegrationStatusModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        if (!m_model->loadError().isEmpty())
            showError(m_model->loadError());
    });
    connect(session, &AdminSession::organizationsChanged, this, &OrganizationPage::reloadHeader);
    connect(session, &AdminSession::everythingChanged, this, &OrganizationPage::reloadHeader);
    setOrganization({});
}

void OrganizationPage::setOrganization(const QString &organizationId) {
    m_organizationId = organizationId;
    showError({});
    reloadHeader();
    m_model->setOrganization(organizationId);
    if (organizationId.isEmpty())
        m_history->clearFilter();
    else
        m_history->setFilter(QString(), organizationId);
}

void OrganizationPage::reloadHeader() {
    m_organizationName.clear();
    if (!m_organizationId.isEmpty()) {
        if (auto org = m_session->store().organization(m_organizationId))
            m_organizationName = org->name;
        else
            showError(org.error().message);
    }
    m_title->setText(m_organizationName);
    m_renameButton->setEnabled(!m_organizationName.isEmpty());
    m_deleteButton->setEnabled(!m_organizationName.isEmpty());
}

// The focus goes back to the window when a dialog closes (see MainWindow::returnFocusAfter).
void OrganizationPage::activateWindowUnlessModal() {
    if (!QApplication::activeModalWidget())
        window()->activateWindow();
}

void OrganizationPage::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void OrganizationPage::rename() {
    if (!m_organizationName.isEmpty())
        openRenameDialog(m_organizationName, {});
}

void OrganizationPage::openRenameDialog(const QString &text, const QString &error) {
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("renameOrganizationDialog"));
    dialog->setWindowTitle(tr("Rename Organization"));
    QString label = tr("New name for \"%1\":").arg(m_organizationName);
    if (!error.isEmpty())
        label = error + QStringLiteral("\n\n") + label;
    dialog->setLabelText(label);
    dialog->setTextValue(text);
    // The label changes with the error message; the name of the field does not.
    if (auto *edit = dialog->findChild<QLineEdit *>())
        edit->setAccessibleName(tr("New organization name"));
    dialog->setOkButtonText(tr("&Rename"));
    const QString organizationId = m_organizationId;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, organizationId](const QString &name) {
        if (organizationId != m_organizationId)
            return;
        auto done =
            m_session->execute(std::make_unique<RenameOrganizationCommand>(m_session, organizationId, name));
        if (!done)
            openRenameDialog(name, done.error().message);
    });
    connect(dialog, &QDialog::finished, this, &OrganizationPage::activateWindowUnlessModal);
    dialog->open();
}

QStringList OrganizationPage::deletionConsequences() const {
    QStringList lines;
    for (const IntegrationStatus &status : m_model->statuses()) {
        QStringList parts;
        if (status.mapping) {
            if (status.mapping->entityName.isEmpty())
                parts << tr("the mapping to entity %1").arg(status.mapping->entityId);
            else
                parts << tr("the mapping to entity %1 (%2)")
                             .arg(status.mapping->entityId, status.mapping->entityName);
        }
        if (status.overrideCount > 0)
            parts << tr("%n override(s)", nullptr, status.overrideCount);
        if (!parts.isEmpty())
            lines << tr("%1: %2").arg(status.integration.name, parts.join(tr(" and ")));
    }
    return lines;
}

void OrganizationPage::remove() {
    if (m_organizationName.isEmpty())
        return;
    QString details;
    if (!m_model->loadError().isEmpty()) {
        details = tr("Its mappings and overrides in every integration go with it (they could not be "
                     "listed: %1).")
                      .arg(m_model->loadError());
    } else if (const QStringList lines = deletionConsequences(); lines.isEmpty()) {
        details = tr("No integration has a mapping or an override for it.");
    } else {
        details = tr("These go with it:") + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• "));
    }
    details += QStringLiteral("\n\n") + tr("This cannot be undone.");

    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Organization"),
                                tr("Delete the organization \"%1\"?").arg(m_organizationName),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("deleteOrganizationDialog"));
    box->setInformativeText(details);
    QPushButton *confirm = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    const QString organizationId = m_organizationId;
    connect(confirm, &QPushButton::clicked, this, [this, organizationId] {
        // Not a command: the mappings and overrides that go with it cannot be restored.
        if (auto removed = m_session->store().removeOrganization(organizationId, true); !removed) {
            showError(removed.error().message);
            return;
        }
        if (organizationId == m_organizationId)
            setOrganization({});
        m_session->announceEverythingChanged();
        Q_EMIT organizationRemoved(organizationId);
    });
    connect(box, &QDialog::finished, this, &OrganizationPage::activateWindowUnlessModal);
    box->open();
}

} // namespace bifrost
