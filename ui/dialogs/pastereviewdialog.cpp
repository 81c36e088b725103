#include "pastereviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QList>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bifrost {

namespace {

// The widgets of `layout` that take focus, in layout order.
void appendFocusable(QLayout *layout, QList<QWidget *> &widgets) {
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *widget = item->widget(); widget && widget->focusPolicy() != Qt::NoFocus)
            widgets << widget;
        else if (QLayout *inner = item->layout())
            appendFocusable(inner, widgets);
    }
}

} // namespace

PasteReviewDialog::PasteReviewDialog(const Parts &parts, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(parts.intro, this))
    , m_textLabel(new QLabel(parts.textLabel, this))
    , m_text(new QPlainTextEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_applyButton(m_buttons->addButton(parts.applyText, QDialogButtonBox::AcceptRole)) {
    m_intro->setWordWrap(true);
    m_textLabel->setBuddy(m_text);
    m_text->setObjectName(parts.textObjectName);
    m_text->setAccessibleName(parts.textAccessibleName);
    m_text->setPlaceholderText(parts.textPlaceholder);
    // Tab leaves the field (pasted lists never need a tab typed by hand), so the dialog stays
    // usable from the keyboard.
    m_text->setTabChangesFocus(true);
    m_view->setObjectName(parts.viewObjectName);
    m_view->setAccessibleName(parts.viewAccessibleName);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(parts.statusObjectName);
    m_status->setWordWrap(true);
    m_applyButton->setObjectName(parts.applyObjectName);
    m_applyButton->setEnabled(false);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasteReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasteReviewDialog::reject);
}

void PasteReviewDialog::layOut(QLayout *controls, QLayout *belowView) {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_text, 1);
    layout->addLayout(controls);
    layout->addWidget(m_view, 2);
    if (belowView)
        layout->addLayout(belowView);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // The subclass creates its buttons after the base's widgets, which would put them last in
    // the tab order; Tab follows the layout instead, ending at Cancel and Apply.
    QList<QWidget *> chain{m_text};
    appendFocusable(controls, chain);
    chain << m_view;
    if (belowView)
        appendFocusable(belowView, chain);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void PasteReviewDialog::showStatus(const QString &message, bool error) {
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(message);
}

} // namespace bifrost
