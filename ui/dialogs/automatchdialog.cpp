#include "automatchdialog.h"

#include "commands/mappingcommand.h"
#include "mapping/namematcher.h"
#include "models/automatchmodel.h"
#include "session/adminsession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

namespace bifrost {

AutoMatchDialog::AutoMatchDialog(AdminSession *session, QString integrationId,
                                 QList<OrganizationStatus> organizations, QWidget *parent)
    : PasteReviewDialog(
          {.intro = tr("Paste the entities of the external system, one per line: entity_id,entity_name "
                       "(CSV, header optional) or two columns copied from a spreadsheet. Exact name "
                       "matches are accepted; review fuzzy ones and tick those that are right."),
           .textLabel = tr("&Entities:"),
           .textObjectName = QStringLiteral("entitiesText"),
           .textAccessibleName = tr("External entities"),
           .textPlaceholder = QStringLiteral("1042,ACME Limited\n1043,Globex Corporation"),
           .viewObjectName = QStringLiteral("matchTable"),
           .viewAccessibleName = tr("Proposed matches"),
           .statusObjectName = QStringLiteral("matchStatus"),
           .applyObjectName = QStringLiteral("matchApply"),
           .applyText = tr("&Apply")},
          parent)
    , m_session(session)
    , m_integrationId(std::move(integrationId))
    , m_organizations(std::move(organizations))
    , m_includeMapped(new QCheckBox(tr("&Include organizations that already have an entity ID"), this))
    , m_matchButton(new QPushButton(tr("&Match"), this))
    , m_model(new AutoMatchModel(this)) {
    setObjectName(QStringLiteral("autoMatchDialog"));
    setWindowTitle(tr("Auto-match organizations"));
    resize(820, 600);

    m_includeMapped->setObjectName(QStringLiteral("includeMapped"));
    m_matchButton->setObjectName(QStringLiteral("matchButton"));
    view()->setModel(m_model);
    auto *all = new QPushButton(tr("Accept a&ll"), this);
    all->setObjectName(QStringLiteral("acceptAll"));
    auto *none = new QPushButton(tr("Accept &none"), this);
    none->setObjectName(QStringLiteral("acceptNone"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_includeMapped);
    row->addStretch();
    row->addWidget(m_matchButton);
    auto *acceptRow = new QHBoxLayout;
    acceptRow->addWidget(all);
    acceptRow->addWidget(none);
    acceptRow->addStretch();
    layOut(row, acceptRow);

    connect(m_matchButton, &QPushButton::clicked, this, &AutoMatchDialog::match);
    connect(all, &QPushButton::clicked, this, [this] { m_model->setAllAccepted(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->setAllAccepted(false); });
    connect(m_model, &AutoMatchModel::acceptedCountChanged, this, &AutoMatchDialog::updateApply);
}

void AutoMatchDialog::showError(const QString &message) {
    m_model->setMatches({}, {});
    showStatus(message, true);
}

void AutoMatchDialog::updateApply() {
    const int accepted = m_model->acceptedCount();
    applyButton()->setEnabled(accepted > 0);
    applyButton()->setText(accepted > 0 ? tr("&Apply %n match(es)", nullptr, accepted) : tr("&Apply"));
}

bool AutoMatchDialog::match() {
    auto entities = parseEntityList(textEdit()->toPlainText());
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
    view()->resizeColumnsToContents();
    int exact = 0;
    int fuzzy = 0;
    for (const AutoMatchModel::Row &r : m_model->rows())
        ++(r.match.kind == MatchKind::Exact ? exact : fuzzy);
    const int unmatched = int(candidates.size()) - exact - fuzzy;
    showStatus(tr("%n exact", nullptr, exact) + QStringLiteral(", ") + tr("%n fuzzy", nullptr, fuzzy) +
                   QStringLiteral(", ") + tr("%n organization(s) without a match", nullptr, unmatched),
               false);
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
        showStatus(done.error().message, true);
        return;
    }
    QDialog::accept();
}

} // namespace bifrost
