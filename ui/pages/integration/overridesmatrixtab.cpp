#include "overridesmatrixtab.h"

#include "models/overridesmatrixmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bifrost {

OverridesMatrixTab::OverridesMatrixTab(AdminSession *session, QWidget *parent)
    : IntegrationTab(session, parent)
    , m_model(new OverridesMatrixModel(session, this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_onlyOverridden(new QCheckBox(tr("Only o&verridden"), this))
    , m_onlyMissing(new QCheckBox(tr("Only missing re&quired"), this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this)) {
    setObjectName(QStringLiteral("overridesMatrixTab"));
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("matrixSearch"));
    m_search->setAccessibleName(tr("Search organizations"));
    m_search->setPlaceholderText(tr("Organization name"));
    m_search->setClearButtonEnabled(true);
    m_onlyOverridden->setObjectName(QStringLiteral("matrixOnlyOverridden"));
    m_onlyOverridden->setToolTip(tr("Show only organizations with at least one override"));
    m_onlyMissing->setObjectName(QStringLiteral("matrixOnlyMissing"));
    m_onlyMissing->setToolTip(tr("Show only organizations with a required key that has no value"));
    m_count->setObjectName(QStringLiteral("matrixCount"));
    m_error->setObjectName(QStringLiteral("matrixError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setAccessibleName(tr("Overrides matrix"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *bar = new QHBoxLayout;
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_onlyOverridden);
    bar->addWidget(m_onlyMissing);
    bar->addWidget(m_count);
    auto *legend = new QLabel(tr("Bold on a tinted background: an override. Grey: the integration default. "
                                 "Red: required and not set. Secrets are masked."),
                              this);
    legend->setObjectName(QStringLiteral("matrixLegend"));
    legend->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(legend);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    // Each search keystroke is a model reset plus one page query: coalesce a burst into one.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text());
        updateCount();
    });
    connect(m_onlyOverridden, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setOnlyOverridden(on);
        updateCount();
    });
    connect(m_onlyMissing, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setOnlyMissingRequired(on);
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->loadError().isEmpty())
            m_error->hide();
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OverridesMatrixTab::updateCount);
    connect(m_model, &OverridesMatrixModel::errorOccurred, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT organizationActivated(index.data(OverridesMatrixModel::OrganizationIdRole).toString(),
                                     index.data(OverridesMatrixModel::KeyRole).toString());
    });
    updateCount();
}

void OverridesMatrixTab::setIntegration(const QString &integrationId) {
    m_error->hide();
    m_model->setIntegration(integrationId);
    updateCount();
}

void OverridesMatrixTab::updateCount() {
    const int matching = m_model->matchingRowCount();
    const int total = m_model->totalRowCount();
    m_count->setText(matching == total ? tr("%n organization(s)", nullptr, total)
                                       : tr("%1 of %n organization(s)", nullptr, total).arg(matching));
}

} // namespace bifrost
