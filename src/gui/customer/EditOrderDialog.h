#pragma once

#include "services/OrderEdit.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DateField;

// Changes an order's number, payment method and notes and its invoice's number and due date through
// services::OrderEntry::edit (audited). Its date, lines and amount stay: an order entered wrong is voided and
// entered again.
class EditOrderDialog : public QDialog
{
    Q_OBJECT

public:
    EditOrderDialog(storage::Session& session, qint64 orderId, const services::OrderEdit& current,
                    QWidget* parent = nullptr);

    QLineEdit* invoiceEdit() const { return m_invoice; }
    DateField* dueDateEdit() const { return m_dueDate; }
    QString errorText() const;
    bool submit();

private:
    storage::Session& m_session;
    qint64 m_orderId;
    QLineEdit* m_orderNo;
    QLineEdit* m_method;
    QLineEdit* m_notes;
    QLineEdit* m_invoice;
    DateField* m_dueDate;
    QLabel* m_error;
};

} // namespace carddesk::gui
