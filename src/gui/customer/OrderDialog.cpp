#include "gui/customer/OrderDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/ErrorText.h"
#include "gui/common/TextPrompt.h"
#include "gui/customer/CardTables.h"
#include "gui/customer/PaymentDialog.h"
#include "services/OrderEntry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace carddesk::gui {

namespace {

constexpr int kDefaultTermDays = 30;

} // namespace

OrderDialog::OrderDialog(storage::Session& session, qint64 customerId, const QString& customerName,
                         std::vector<core::Product> products, QWidget* parent)
    : QDialog(parent), m_session(session), m_customerId(customerId), m_products(std::move(products)),
      m_orderDate(new DateField(this)), m_orderNo(new QLineEdit(this)), m_product(new QComboBox(this)),
      m_quantity(new QLineEdit(this)), m_price(new QLineEdit(this)), m_addLine(new QPushButton(tr("&Add line"), this)),
      m_lines(new QTableWidget(0, 4, this)), m_removeLine(new QPushButton(tr("&Remove line"), this)),
      m_total(new QLabel(this)), m_invoice(new QLineEdit(this)), m_dueDate(new DateField(this)),
      m_notes(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("New order"));
    m_orderDate->setDate(QDate::currentDate());
    m_orderDate->setPlaceholderText(tr("yyyy-mm-dd, 12/9 or -1"));
    m_dueDate->setPlaceholderText(tr("%n day(s) after the order date", nullptr, kDefaultTermDays));
    for (const core::Product& p : m_products)
        m_product->addItem(tr("%1 — %2 (%3)").arg(p.code, p.name, CardTables::money(p.unitPrice)), p.id);
    m_quantity->setPlaceholderText(tr("e.g. 10"));
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Unit price"), tr("Amount")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->setMinimumHeight(120);
    m_total->setObjectName(QStringLiteral("orderTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_error->setObjectName(QStringLiteral("orderError"));
    m_error->setStyleSheet(QStringLiteral("color: #b01e14"));
    m_error->setWordWrap(true);
    m_error->hide();
    // Add line and Remove line must not take Enter from Save.
    m_addLine->setAutoDefault(false);
    m_removeLine->setAutoDefault(false);

    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Customer:"), new QLabel(customerName, this));
    form->addRow(tr("Order &date:"), m_orderDate);
    form->addRow(tr("Order &no.:"), m_orderNo);
    form->addRow(tr("&Product:"), m_product);
    auto* lineRow = new QHBoxLayout;
    lineRow->addWidget(m_quantity, 1);
    auto* priceLabel = new QLabel(tr("&Unit price:"), this);
    priceLabel->setBuddy(m_price);
    lineRow->addWidget(priceLabel);
    lineRow->addWidget(m_price, 1);
    lineRow->addWidget(m_addLine);
    // A row holding a layout gets no buddy from addRow: without one the label would show the & itself.
    auto* quantityLabel = new QLabel(tr("&Quantity:"), this);
    quantityLabel->setBuddy(m_quantity);
    form->addRow(quantityLabel, lineRow);
    outer->addLayout(form);
    outer->addWidget(m_lines, 1);
    auto* totals = new QHBoxLayout;
    totals->addWidget(m_removeLine);
    totals->addStretch(1);
    totals->addWidget(m_total);
    outer->addLayout(totals);
    auto* invoiceForm = new QFormLayout;
    invoiceForm->addRow(tr("&Invoice no.:"), m_invoice);
    invoiceForm->addRow(tr("Du&e date:"), m_dueDate);
    invoiceForm->addRow(tr("No&tes:"), m_notes);
    outer->addLayout(invoiceForm);
    outer->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    outer->addWidget(buttons);

    connect(m_product, &QComboBox::currentIndexChanged, this, &OrderDialog::productChosen);
    connect(m_addLine, &QPushButton::clicked, this, &OrderDialog::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, &OrderDialog::removeLine);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_orderDate, m_orderNo);
    setTabOrder(m_orderNo, m_product);
    setTabOrder(m_product, m_quantity);
    setTabOrder(m_quantity, m_price);
    setTabOrder(m_price, m_addLine);
    setTabOrder(m_addLine, m_lines);
    setTabOrder(m_lines, m_removeLine);
    setTabOrder(m_removeLine, m_invoice);
    setTabOrder(m_invoice, m_dueDate);
    setTabOrder(m_dueDate, m_notes);
    setTabOrder(m_notes, buttons);
    productChosen(m_product->currentIndex());
    showLines();
    if (m_products.empty())
        showError(tr("The product list is empty: a manager adds products before orders can be entered."), nullptr);
    m_product->setFocus();
    resize(620, 560);
}

QString OrderDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString OrderDialog::totalText() const
{
    return m_total->text();
}

void OrderDialog::productChosen(int index)
{
    if (index < 0 || index >= static_cast<int>(m_products.size()))
        return;
    m_price->setText(QLocale().toString(m_products[static_cast<std::size_t>(index)].unitPrice, 'f', 2));
}

void OrderDialog::showError(const QString& text, QWidget* field)
{
    m_error->setText(text);
    m_error->show();
    if (field)
        field->setFocus();
}

bool OrderDialog::addLine()
{
    const int index = m_product->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_products.size())) {
        showError(tr("Choose a product."), m_product);
        return false;
    }
    const std::optional<double> quantity = PaymentDialog::parseAmount(m_quantity->text());
    if (!quantity || *quantity <= 0) {
        showError(tr("The quantity must be a number more than 0."), m_quantity);
        return false;
    }
    const std::optional<double> price = PaymentDialog::parseAmount(m_price->text());
    if (!price || *price < 0) {
        showError(tr("The unit price must be a number, 0 or more."), m_price);
        return false;
    }
    const core::Product& product = m_products[static_cast<std::size_t>(index)];
    m_entered.push_back({product.id, product.code + QStringLiteral(" ") + product.name, *quantity, *price});
    m_quantity->clear();
    m_error->hide();
    showLines();
    m_product->setFocus();
    return true;
}

void OrderDialog::removeLine()
{
    const int row = m_lines->currentRow();
    if (row < 0 || row >= static_cast<int>(m_entered.size()))
        return;
    m_entered.erase(m_entered.begin() + row);
    showLines();
}

double OrderDialog::total() const
{
    double sum = 0;
    for (const Line& line : m_entered)
        sum += line.quantity * line.unitPrice;
    return sum;
}

void OrderDialog::showLines()
{
    m_lines->setRowCount(static_cast<int>(m_entered.size()));
    for (int row = 0; row < static_cast<int>(m_entered.size()); ++row) {
        const Line& line = m_entered[static_cast<std::size_t>(row)];
        const QStringList cells{line.product, QLocale().toString(line.quantity), CardTables::money(line.unitPrice),
                                CardTables::money(line.quantity * line.unitPrice)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(row, column, item);
        }
    }
    m_removeLine->setEnabled(!m_entered.empty());
    m_total->setText(tr("Total: %1").arg(CardTables::money(total())));
}

bool OrderDialog::submit()
{
    // A quantity typed but not yet added is the order's last line: product, quantity, Enter saves.
    if (!m_quantity->text().trimmed().isEmpty() && !addLine())
        return false;
    if (m_entered.empty()) {
        showError(tr("An order needs at least one line: choose a product and type the quantity."), m_quantity);
        return false;
    }
    if (!m_orderDate->date().isValid()) {
        showError(tr("The order date is not a date; type it as 2026-12-09, 12/9 or -1."), m_orderDate);
        return false;
    }
    if (!m_dueDate->isAcceptable()) {
        showError(tr("The due date is not a date; type it as 2026-12-09, 12/9 or +30."), m_dueDate);
        return false;
    }
    services::OrderDraft draft;
    draft.customerId = m_customerId;
    draft.orderDate = m_orderDate->date();
    draft.orderNo = m_orderNo->text().trimmed();
    draft.invoiceNo = m_invoice->text().trimmed();
    draft.dueDate = m_dueDate->date();
    draft.notes = m_notes->text().trimmed();
    for (const Line& line : m_entered) {
        core::OrderLine l;
        l.productId = line.productId;
        l.quantity = line.quantity;
        l.unitPrice = line.unitPrice;
        draft.lines.push_back(l);
    }
    services::OrderEntry entry(m_session);
    // The credit rules warn first; the service checks them again under the write lock.
    QString reason;
    auto check = entry.creditCheck(m_customerId, draft.amount());
    if (!check) {
        showError(tr("The order could not be saved: %1").arg(ErrorText::sentence(check.error())), nullptr);
        return false;
    }
    if (check->needsReason()) {
        QStringList warnings;
        if (check->exceedsLimit())
            warnings << tr("This order of %1 takes the open receivables from %2 to %3, above the credit limit of %4 "
                           "(credit rating %5).")
                            .arg(CardTables::money(check->orderAmount), CardTables::money(check->openAmount),
                                 CardTables::money(check->openAmount + check->orderAmount),
                                 CardTables::money(check->creditLimit),
                                 check->creditRating.isEmpty() ? tr("not set") : check->creditRating);
        if (check->hasOverdue())
            warnings << tr("The customer has %n overdue receivable(s) of %1 in all.", nullptr, check->overdueCount)
                            .arg(CardTables::money(check->overdueAmount));
        warnings << tr("To enter the order anyway, give the reason (it is kept in the change history):");
        const std::optional<QString> answer =
            TextPrompt::ask(this, tr("Credit warning"), warnings.join(QStringLiteral("\n\n")));
        if (!answer)
            return false; // nothing written
        reason = answer->trimmed();
        if (reason.isEmpty()) {
            showError(tr("The order was not saved: a reason is required to exceed the credit limit or to sell "
                         "with overdue receivables."),
                      nullptr);
            return false;
        }
    }
    auto recorded = entry.record(draft, reason);
    if (!recorded) {
        showError(tr("The order could not be saved: %1").arg(ErrorText::sentence(recorded.error())), nullptr);
        return false;
    }
    m_recorded = *recorded;
    accept();
    return true;
}

} // namespace carddesk::gui
