#include "bulkeditdialog.h"

#include "commands/configeditcommand.h"
#include "session/adminsession.h"
#include "validate/valuevalidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bifrost {

BulkEditDialog::BulkEditDialog(AdminSession *session, const Integration &integration,
                               QList<Organization> organizations, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_integration(integration)
    , m_organizations(std::move(organizations))
    , m_mode(mode)
    , m_key(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_choice(new QComboBox(this))
    , m_valueLabel(new QLabel(tr("&Value:"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("bulkEditDialog"));
    const int count = int(m_organizations.size());
    setWindowTitle(mode == Mode::Set
                       ? tr("Set a value for %n organization(s)", nullptr, count)
                       : tr("Reset a key to its default for %n organization(s)", nullptr, count));

    auto *intro = new QLabel(
        mode == Mode::Set
            ? tr("The value becomes an override for each of the %n selected organization(s).", nullptr, count)
            : tr("The override is removed for each of the %n selected organization(s); they "
                 "inherit the integration default again.",
                 nullptr, count),
        this);
    intro->setWordWrap(true);

    m_key->setObjectName(QStringLiteral("bulkKey"));
    m_key->setAccessibleName(tr("Key"));
    for (const SchemaField &field : std::as_const(m_integration.schema)) {
        const QString text = field.displayName() == field.key
                                 ? field.key
                                 : QStringLiteral("%1 (%2)").arg(field.displayName(), field.key);
        m_key->addItem(text, field.key);
    }
    m_value->setObjectName(QStringLiteral("bulkValue"));
    m_value->setAccessibleName(tr("Value"));
    m_choice->setObjectName(QStringLiteral("bulkChoice"));
    m_choice->setAccessibleName(tr("Value"));
    m_error->setObjectName(QStringLiteral("bulkError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Set ? tr("&Set") : tr("&Reset"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bulkOk"));

    auto *form = new QFormLayout;
    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);
    auto *valueRow = new QVBoxLayout;
    valueRow->addWidget(m_value);
    valueRow->addWidget(m_choice);
    form->addRow(m_valueLabel, valueRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);
    connect(m_key, &QComboBox::currentIndexChanged, this, &BulkEditDialog::onKeyChanged);
    // Validation shows once the admin has typed, not before.
    connect(m_value, &QLineEdit::textEdited, this, [this] { checkValue(true); });
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] { m_error->hide(); });
    onKeyChanged();
    if (m_integration.schema.isEmpty()) {
        m_error->setText(tr("This integration has no keys yet. Add fields in the Schema tab first."));
        m_error->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

const SchemaField *BulkEditDialog::currentField() const {
    return m_integration.field(m_key->currentData().toString());
}

void BulkEditDialog::onKeyChanged() {
    const SchemaField *field = currentField();
    m_error->hide();
    const bool set = m_mode == Mode::Set && field;
    const bool choice = set && (field->type == FieldType::Bool || !field->options.isEmpty());
    m_valueLabel->setVisible(set);
    m_value->setVisible(set && !choice);
    m_choice->setVisible(choice);
    m_valueLabel->setBuddy(choice ? static_cast<QWidget *>(m_choice) : m_value);
    if (!set)
        return;
    m_value->clear();
    m_value->setEchoMode(field->isSecret() ? QLineEdit::Password : QLineEdit::Normal);
    m_value->setPlaceholderText(field->placeholder);
    m_value->setToolTip(field->description);
    m_choice->clear();
    if (field->type == FieldType::Bool) {
        m_choice->addItem(tr("True"), QStringLiteral("true"));
        m_choice->addItem(tr("False"), QStringLiteral("false"));
    } else {
        for (const QJsonValue &option : std::as_const(field->options))
            m_choice->addItem(valueAsText(option), valueAsText(option));
    }
}

QString BulkEditDialog::valueText() const {
    return m_choice->count() > 0 ? m_choice->currentData().toString() : m_value->text();
}

bool BulkEditDialog::checkValue(bool showError) {
    const SchemaField *field = currentField();
    if (!field)
        return false;
    const ValueContext ctx{m_integration.name, field->key, QString()};
    auto parsed = parseTextValue(*field, valueText(), ctx);
    if (!parsed) {
        if (showError) {
            m_error->setText(parsed.error().message);
            m_error->show();
        }
        return false;
    }
    m_error->hide();
    return true;
}

void BulkEditDialog::accept() {
    const SchemaField *field = currentField();
    if (!field || m_organizations.isEmpty())
        return;
    if (m_mode == Mode::Set && !checkValue(true))
        return;
    QList<ConfigEditCommand::LevelEdit> edits;
    edits.reserve(m_organizations.size());
    for (const Organization &org : std::as_const(m_organizations)) {
        edits.append({org.id,
                      {m_mode == Mode::Set ? ConfigChange::setText(field->key, valueText())
                                           : ConfigChange::unset(field->key)}});
    }
    const int count = int(m_organizations.size());
    const QString text =
        m_mode == Mode::Set
            ? tr("Set %1 for %n organization(s)", nullptr, count).arg(field->key)
            : tr("Reset %1 to default for %n organization(s)", nullptr, count).arg(field->key);
    auto done = m_session->execute(
        std::make_unique<ConfigEditCommand>(m_session, m_integration.id, std::move(edits), text));
    if (!done) {
        // The admin's input stays so that they can correct it.
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace bifrost
