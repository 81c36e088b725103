#include "newintegrationdialog.h"

#include "commands/integrationcommands.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bifrost {

NewIntegrationDialog::NewIntegrationDialog(AdminSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_entityIdLabel(new QLineEdit(this))
    , m_defaultEntityId(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("newIntegrationDialog"));
    setWindowTitle(tr("New Integration"));

    m_name->setObjectName(QStringLiteral("integrationName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. HaloPSA"));
    m_name->setToolTip(tr("Workflows look the integration up by this name."));
    m_description->setObjectName(QStringLiteral("integrationDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_entityIdLabel->setObjectName(QStringLiteral("entityIdLabel"));
    m_entityIdLabel->setAccessibleName(tr("Entity ID label"));
    m_entityIdLabel->setPlaceholderText(tr("e.g. Client ID or Tenant ID"));
    m_entityIdLabel->setToolTip(tr("What the external system calls the id of a customer."));
    m_defaultEntityId->setObjectName(QStringLiteral("defaultEntityId"));
    m_defaultEntityId->setAccessibleName(tr("Default entity ID"));
    m_defaultEntityId->setToolTip(tr("The entity id used when an organization has no mapping."));
    m_error->setObjectName(QStringLiteral("nameError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_create = m_buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createIntegration"));
    m_create->setDefault(true);
    m_create->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Entity ID &label:"), m_entityIdLabel);
    form->addRow(tr("Default &entity ID:"), m_defaultEntityId);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewIntegrationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewIntegrationDialog::reject);
    // Validation shows after the admin has typed, never on an untouched field.
    connect(m_name, &QLineEdit::textEdited, this, &NewIntegrationDialog::validateName);
    setMinimumWidth(420);
}

QString NewIntegrationDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewIntegrationDialog::validateName() {
    const auto valid = Store::validateIntegrationName(m_name->text());
    m_error->setText(valid ? QString() : valid.error().message);
    m_error->setVisible(!valid);
    m_create->setEnabled(bool(valid));
}

void NewIntegrationDialog::accept() {
    validateName();
    if (!m_error->isHidden())
        return;
    IntegrationFields fields;
    fields.name = m_name->text();
    fields.description = m_description->text().trimmed();
    fields.entityIdLabel = m_entityIdLabel->text().trimmed();
    fields.defaultEntityId = m_defaultEntityId->text().trimmed();
    auto command = std::make_unique<CreateIntegrationCommand>(m_session, fields);
    CreateIntegrationCommand *created = command.get();
    if (auto done = m_session->execute(std::move(command)); !done) {
        m_error->setText(done.error().message);
        m_error->show();
        m_name->setFocus();
        return;
    }
    m_createdId = created->createdId(); // still alive: the undo stack owns it now
    QDialog::accept();
}

} // namespace bifrost
