#pragma once

#include "core/Product.h"
#include "services/RecordedOrder.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DateField;

// A new order by hand (issue 14): lines from the product list (the amount computed), the invoice number and due
// date, through services::OrderEntry, which stores the order and its receivable in one transaction. When the
// order exceeds the customer's credit limit or meets overdue receivables the dialog says so and asks for a
// reason (audited); cancelling that question writes nothing. Keyboard first: pick a product, type the quantity
// and press Enter to save an order of one line; "Add line" (Alt+A) for more.
class OrderDialog : public QDialog
{
    Q_OBJECT

public:
    OrderDialog(storage::Session& session, qint64 customerId, const QString& customerName,
                std::vector<core::Product> products, QWidget* parent = nullptr);

    DateField* orderDateEdit() const { return m_orderDate; }
    DateField* dueDateEdit() const { return m_dueDate; }
    QComboBox* productBox() const { return m_product; }
    QLineEdit* quantityEdit() const { return m_quantity; }
    QLineEdit* priceEdit() const { return m_price; }
    QLineEdit* invoiceEdit() const { return m_invoice; }
    QTableWidget* linesTable() const { return m_lines; }
    QString totalText() const;
    QString errorText() const;

    // Adds the product, quantity and price typed above as a line; false (with the reason shown) when they are not
    // a line.
    bool addLine();
    bool submit();
    const services::RecordedOrder& recorded() const { return m_recorded; }

private:
    struct Line
    {
        qint64 productId = 0;
        QString product;
        double quantity = 0;
        double unitPrice = 0;
    };

    void productChosen(int index);
    void removeLine();
    void showLines();
    void showError(const QString& text, QWidget* field);
    double total() const;

    storage::Session& m_session;
    qint64 m_customerId;
    std::vector<core::Product> m_products;
    std::vector<Line> m_entered;
    DateField* m_orderDate;
    QLineEdit* m_orderNo;
    QComboBox* m_product;
    QLineEdit* m_quantity;
    QLineEdit* m_price;
    QPushButton* m_addLine;
    QTableWidget* m_lines;
    QPushButton* m_removeLine;
    QLabel* m_total;
    QLineEdit* m_invoice;
    DateField* m_dueDate;
    QLineEdit* m_notes;
    QLabel* m_error;
    services::RecordedOrder m_recorded;
};

} // namespace carddesk::gui
