#include "schemachangedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bifrost {

SchemaChangeDialog::SchemaChangeDialog(const QString &integrationName, const SchemaChangeReport &report,
                                       QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("schemaChangeDialog"));
    setWindowTitle(tr("Remove stored values?"));
    const int n = int(report.dropped.size());

    auto *intro = new QLabel(tr("This schema change to integration \"%1\" removes %n stored value(s). "
                                "They are deleted from the database when you apply it; Undo (Ctrl+Z) brings "
                                "them back until you quit the application.",
                                nullptr, n)
                                 .arg(integrationName),
                             this);
    intro->setObjectName(QStringLiteral("schemaChangeIntro"));
    intro->setWordWrap(true);

    QStringList summary;
    if (!report.removed.isEmpty())
        summary << tr("Removed fields: %1").arg(report.removed.join(QStringLiteral(", ")));
    if (!report.changed.isEmpty())
        summary << tr("Changed fields: %1").arg(report.changed.join(QStringLiteral(", ")));
    auto *changes = new QLabel(summary.join(QLatin1Char('\n')), this);
    changes->setObjectName(QStringLiteral("schemaChangeSummary"));
    changes->setWordWrap(true);
    changes->setVisible(!summary.isEmpty());

    auto *listLabel = new QLabel(tr("&Values that will be removed:"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("droppedValues"));
    m_list->setAccessibleName(tr("Values that will be removed"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const AffectedValue &a : report.dropped)
        m_list->addItem(a.describe());

    auto *buttons = new QDialogButtonBox(this);
    m_apply =
        buttons->addButton(tr("&Remove %n value(s) and apply", nullptr, n), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("removeAndApplyButton"));
    m_apply->setAutoDefault(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(changes);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 360);
    m_cancel->setFocus();
}

} // namespace bifrost
