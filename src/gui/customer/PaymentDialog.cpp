#include "gui/customer/PaymentDialog.h"

#include "core/Money.h"
#include "gui/common/DateField.h"
#include "gui/common/ErrorText.h"
#include "gui/customer/CardTables.h"
#include "services/CollectionsPlan.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace carddesk::gui {

PaymentDialog::PaymentDialog(storage::Session& session, const core::Receivable& receivable, const QString& customerName,
                             QWidget* parent)
    : QDialog(parent), m_session(session), m_receivable(receivable), m_amount(new QLineEdit(this)),
      m_date(new DateField(this)), m_method(new QComboBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Record payment"));
    const double open = receivable.openAmount();
    m_amount->setText(QLocale().toString(open, 'f', 2));
    m_amount->selectAll();
    m_date->setDate(QDate::currentDate());
    m_date->setPlaceholderText(tr("yyyy-mm-dd, 12/9 or -1"));
    // Stored as codes; the labels are the user's language.
    m_method->addItem(tr("Bank transfer"), QStringLiteral("transfer"));
    m_method->addItem(tr("Cash"), QStringLiteral("cash"));
    m_method->addItem(tr("Cheque"), QStringLiteral("cheque"));
    m_method->addItem(tr("Card"), QStringLiteral("card"));
    m_method->addItem(tr("Other"), QStringLiteral("other"));
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_error->setStyleSheet(QStringLiteral("color: #b01e14"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout(this);
    form->addRow(tr("Customer:"), new QLabel(customerName, this));
    const QString invoice = receivable.invoiceNo.isEmpty() ? tr("(no number)") : receivable.invoiceNo;
    form->addRow(tr("Invoice:"),
                 new QLabel(tr("%1, due %2").arg(invoice, CardTables::dateText(receivable.dueDate)), this));
    form->addRow(tr("Amount invoiced:"), new QLabel(CardTables::money(receivable.amount), this));
    auto* openLabel = new QLabel(CardTables::money(open), this);
    openLabel->setObjectName(QStringLiteral("openAmount"));
    QFont bold = openLabel->font();
    bold.setBold(true);
    openLabel->setFont(bold);
    form->addRow(tr("Open:"), openLabel);
    form->addRow(tr("&Amount paid:"), m_amount);
    form->addRow(tr("&Date paid:"), m_date);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_amount, m_date);
    setTabOrder(m_date, m_method);
    setTabOrder(m_method, buttons);
    m_amount->setFocus();
    resize(460, sizeHint().height());
}

QString PaymentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::optional<double> PaymentDialog::parseAmount(const QString& text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

void PaymentDialog::showError(const QString& text, QWidget* field)
{
    m_error->setText(text);
    m_error->show();
    if (field)
        field->setFocus();
}

bool PaymentDialog::submit()
{
    std::optional<double> amount = parseAmount(m_amount->text());
    if (!amount) {
        showError(tr("The amount is not a number."), m_amount);
        return false;
    }
    // In cents, as the receivable keeps them.
    *amount = core::roundedToCents(*amount);
    const double open = m_receivable.openAmount();
    if (*amount <= 0) {
        showError(tr("A payment must be more than 0."), m_amount);
        return false;
    }
    if (*amount > open + core::kHalfCent) {
        showError(tr("A payment of %1 is more than the %2 still open.")
                      .arg(CardTables::money(*amount), CardTables::money(open)),
                  m_amount);
        return false;
    }
    if (!m_date->date().isValid()) {
        showError(tr("The date is not a date; type it as 2026-12-09, 12/9 or -1."), m_date);
        return false;
    }
    core::Payment payment;
    payment.amount = *amount;
    payment.paidDate = m_date->date();
    payment.method = m_method->currentData().toString();
    // The service's rules again (what is open now, the scope, the date), for the dialog as for the CLI.
    auto saved = services::CollectionsPlan(m_session).recordPayment(m_receivable.id, payment);
    if (!saved) {
        showError(tr("The payment could not be recorded: %1").arg(ErrorText::sentence(saved.error())), nullptr);
        return false;
    }
    m_saved = *saved;
    accept();
    return true;
}

} // namespace carddesk::gui
