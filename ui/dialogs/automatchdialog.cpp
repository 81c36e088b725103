#include "automatchdialog.h"

#include "commands/mappingcommand.h"
#include "mapping/namematcher.h"
#include "models/automatchmodel.h"
#include "session/adminsession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bifrost {

AutoMatchDialog::AutoMatchDialog(AdminSession *session, QString integrationId,
                                 QList<OrganizationStatus> organizations, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_integrationId(std::move(integrationId))
    , m_organizations(std::move(organizations))
    , m_text(new QPlainTextEdit(this))
    , m_includeMapped(new QCheckBox(tr("&Include organizations that already have an entity ID"), this))
    , m_matchButton(new QPushButton(tr("&Match"), this))
    , m_view(new QTableView(this))
    , m_model(new AutoMatchModel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_applyButton(m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole)) {
    setObjectName(QStringLiteral("autoMatchDialog"));
    setWindowTitle(tr("Auto-match organizations"));
    resize(820, 600);

    auto *intro =
        new QLabel(tr("Paste the entities of the external system, one per line: entity_id,entity_name "
                      "(CSV, header optional) or two columns copied from a spreadsheet. Exact name "
                      "matches are accepted; review fuzzy ones and tick those that are right."),
                   this);
    intro->setWordWrap(true);
    auto *textLabel = new QLabel(tr("&Entities:"), this);
    textLabel->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("entitiesText"));
    m_text->setAccessibleName(tr("External entities"));
    m_text->setPlaceholderText(QStringLiteral("1042,ACME Limited\n1043,Globex Corporation"));
    m_text->setTabChangesFocus(true);
    m_includeMapped->setObjectName(QStringLiteral("includeMapped"));
    m_matchButton->setObjectName(QStringLiteral("matchButton"));
    m_view->setObjectName(QStringLiteral("matchTable"));
    m_view->setAccessibleName(tr("Proposed matches"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *all = new QPushButton(tr("Accept a&ll"), this);
    all->setObjectName(QStringLiteral("acceptAll"));
    auto *none = new QPushButton(tr("Accept &none"), this);
    none->setObjectName(QStringLiteral("acceptNone"));
    m_status->setObjectName(QStringLiteral("matchStatus"));
    m_status->setWordWrap(true);
    m_applyButton->setObjectName(QStringLiteral("matchApply"));
    m_applyButton->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_includeMapped);
    row->addStretch();
    row->addWidget(m_matchButton);
    auto *acceptRow = new QHBoxLayout;
    acceptRow->addWidget(all);
    acceptRow->addWidget(none);
    acceptRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addLayout(row);
    layout->addWidget(m_view, 2);
    layout->addLayout(acceptRow);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_matchButton, &QPushButton::clicked, this, &AutoMatchDialog::match);
    connect(all, &QPushButton::clicked, this, [this] { m_model->setAllAccepted(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->setAllAccepted(false); });
    connect(m_model, &AutoMatchModel::acceptedCountChanged, this, &AutoMatchDialog::updateApply);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AutoMatchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AutoMatchDialog::reject);
}

void AutoMatchDialog::showError(const QString &message) {
    m_model->setMatches({}, {});
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
}

void AutoMatchDialog::updateApply() {
    const int accepted = m_model->acceptedCount();
    m_applyButton->setEnabled(accepted > 0);
    m_applyButton->setText(accepted > 0 ? tr("&Apply %n match(es)", nullptr, accepted) : tr("&Apply"));
}

bool AutoMatchDialog::match() {
    auto entities = parseEntityList(m_text->toPlainText());
    if (!entities) {
        showError(entities.error().message);
        return false;
    }
    QList<Organization> candidates;
    QHash<QString, std::optional<Mapping>> current;
    for (const OrganizationStatus &s : std::as_const(m_organizations)) {
        const bool mapped = s.mapping && !s.mapping->entityId.isEmpty();
        if (mapped && !m_includeMapped->isChecked())
            continue;
        candidates << s.organization;
        current.insert(s.organization.id, s.mapping);
    }
    const QList<NameMatch> matches = matchOrganizations(candidates, *entities);
    m_model->setMatches(matches, current);
    m_view->resizeColumnsToContents();
    int exact = 0;
    int fuzzy = 0;
    for (const AutoMatchModel::Row &r : m_model->rows())
        ++(r.match.kind == MatchKind::Exact ? exact : fuzzy);
    const int unmatched = int(candidates.size()) - exact - fuzzy;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("%n exact", nullptr, exact) + QStringLiteral(", ") + tr("%n fuzzy", nullptr, fuzzy) +
                      QStringLiteral(", ") + tr("%n organization(s) without a match", nullptr, unmatched));
    return true;
}

void AutoMatchDialog::accept() {
    QList<MappingCommand::Edit> edits;
    for (const AutoMatchModel::Row &r : m_model->rows()) {
        if (!r.accepted)
            continue;
        MappingCommand::Edit edit;
        edit.organizationId = r.match.organization.id;
        edit.entityId = r.match.entity->id;
        edit.entityName = r.match.entity->name;
        edit.expected = ExpectedMapping::of(r.current);
        edits.append(std::move(edit));
    }
    if (edits.isEmpty())
        return;
    const int count = int(edits.size());
    auto done = m_session->execute(std::make_unique<MappingCommand>(
        m_session, m_integrationId, std::move(edits), tr("Map %n organization(s) by name", nullptr, count)));
    if (!done) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace bifrost
