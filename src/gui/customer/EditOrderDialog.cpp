#include "gui/customer/EditOrderDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/ErrorText.h"
#include "services/OrderEntry.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace carddesk::gui {

EditOrderDialog::EditOrderDialog(storage::Session& session, qint64 orderId, const services::OrderEdit& current,
                                 QWidget* parent)
    : QDialog(parent), m_session(session), m_orderId(orderId), m_orderNo(new QLineEdit(current.orderNo, this)),
      m_method(new QLineEdit(current.paymentMethod, this)), m_notes(new QLineEdit(current.notes, this)),
      m_invoice(new QLineEdit(current.invoiceNo, this)), m_dueDate(new DateField(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Edit order"));
    m_dueDate->setDate(current.dueDate);
    // An order without an invoice (amount 0) has no due date to change.
    m_dueDate->setEnabled(current.dueDate.isValid());
    m_invoice->setEnabled(current.dueDate.isValid());
    m_error->setStyleSheet(QStringLiteral("color: #b01e14"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* form = new QFormLayout(this);
    form->addRow(tr("Order &no.:"), m_orderNo);
    form->addRow(tr("&Payment method:"), m_method);
    form->addRow(tr("No&tes:"), m_notes);
    form->addRow(tr("&Invoice no.:"), m_invoice);
    form->addRow(tr("D&ue date:"), m_dueDate);
    form->addRow(
        new QLabel(tr("The date, lines and amount stay; to change them, void the order and enter it again."), this));
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditOrderDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString EditOrderDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool EditOrderDialog::submit()
{
    if (m_dueDate->isEnabled() && !m_dueDate->date().isValid()) {
        m_error->setText(tr("The due date is not a date; type it as 2026-12-09, 12/9 or +30."));
        m_error->show();
        m_dueDate->setFocus();
        return false;
    }
    services::OrderEdit changes;
    changes.orderNo = m_orderNo->text();
    changes.paymentMethod = m_method->text();
    changes.notes = m_notes->text();
    changes.invoiceNo = m_invoice->text();
    changes.dueDate = m_dueDate->isEnabled() ? m_dueDate->date() : QDate();
    auto edited = services::OrderEntry(m_session).edit(m_orderId, changes);
    if (!edited) {
        m_error->setText(tr("The order could not be changed: %1").arg(ErrorText::sentence(edited.error())));
        m_error->show();
        return false;
    }
    accept();
    return true;
}

} // namespace carddesk::gui
