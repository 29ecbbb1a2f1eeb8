#include "gui/common/ValidationText.h"

#include "gui/common/ErrorText.h"

namespace carddesk::gui {

QString ValidationText::specific(const core::Error& error)
{
    const QString& field = error.field;
    if (field == QLatin1String("name")) {
        if (error.message.contains(QLatin1String("longer")))
            return tr("Name is longer than 200 characters.");
        return tr("Name is required.");
    }
    // The field's name leads, so a contact's phone and mobile side by side say which one is wrong.
    if (field == QLatin1String("phone"))
        return tr("Phone: not a valid number. Use a mobile of 11 digits (138 0013 8000), a landline with its area "
                  "code (0571-8888 8888, extension after 转), or + and the country code.");
    if (field == QLatin1String("mobile"))
        return tr("Mobile: not a valid number. Use a mobile of 11 digits (138 0013 8000), a landline with its "
                  "area code (0571-8888 8888, extension after 转), or + and the country code.");
    if (field == QLatin1String("email"))
        return tr("Not an e-mail address like name@example.com.");
    if (field == QLatin1String("credit_limit"))
        return tr("Credit limit cannot be negative.");
    if (field == QLatin1String("registered_capital"))
        return tr("Registered capital cannot be negative.");
    if (field == QLatin1String("satisfaction"))
        return tr("Satisfaction is a score from 1 to 5.");
    if (field == QLatin1String("kind"))
        return tr("Kind must be company or person.");
    if (field == QLatin1String("status"))
        return tr("Status must be potential, current or lost.");
    // Visits (services::VisitPlanning): the rule broken, in words, not the field.
    if (field == QLatin1String("planned_date") && error.message.contains(QLatin1String("past")))
        return tr("A visit cannot be planned in the past; choose today or a later day.");
    if (field == QLatin1String("visit_status")) {
        if (error.message.contains(QLatin1String(" is cancelled")))
            return tr("This visit was cancelled; a cancelled visit cannot be completed or cancelled again. Plan a "
                      "new visit instead.");
        return tr("This visit is done already; it cannot be completed or cancelled again.");
    }
    if (field == QLatin1String("reason"))
        return tr("Give a reason for cancelling the visit.");
    if (field == QLatin1String("snooze_reason"))
        return tr("The reason may hold no control characters and at most 4,000 characters.");
    if (field == QLatin1String("user") && error.message.contains(QLatin1String("is not this customer's rep")))
        return tr("That rep does not have this customer and would not see the visit; plan it for the customer's "
                  "rep, or reassign the customer first.");
    if (field == QLatin1String("loyalty_class"))
        return tr("Choose a loyalty class from the list.");
    if (field == QLatin1String("credit_rating"))
        return tr("Choose a credit rating from the list.");
    // Orders, receivables and payments (services::OrderEntry, services::CollectionsPlan).
    if (field == QLatin1String("payments"))
        return tr("Payments stand against this order's invoice, so it cannot be voided.");
    if (field == QLatin1String("void_reason"))
        return tr("A reason for voiding the order is required.");
    if (field == QLatin1String("credit_reason"))
        return tr("The order exceeds the credit limit or the customer has overdue receivables: a reason is "
                  "required.");
    if (field == QLatin1String("lines"))
        return tr("An order needs at least one line.");
    if (field == QLatin1String("quantity") && error.message.contains(QLatin1String("more than 0")))
        return tr("The quantity must be more than 0.");
    if (field == QLatin1String("unit_price"))
        return tr("The unit price cannot be negative.");
    if (field == QLatin1String("due_date") && error.message.contains(QLatin1String("order date")))
        return tr("The due date cannot be before the order date.");
    if (field == QLatin1String("order_date") && error.message.contains(QLatin1String("future")))
        return tr("The order date is in the future; record an order on the day it is made.");
    if (field == QLatin1String("paid_date") && error.message.contains(QLatin1String("before the invoice")))
        return tr("The payment date is before the invoice date; a payment stands against an invoice already "
                  "made.");
    if (field == QLatin1String("paid_date") && error.message.contains(QLatin1String("future")))
        return tr("The payment date is in the future; record a payment when it has arrived.");
    if (field == QLatin1String("amount") && error.message.contains(QLatin1String("open amount")))
        return tr("The payment is more than what is still open (another payment may have been recorded "
                  "meanwhile).");
    if (field == QLatin1String("invoice_no") && error.message.contains(QLatin1String("no invoice")))
        return tr("This order has no invoice whose number or due date could be changed.");
    if (field == QLatin1String("invoice_no") && error.message.contains(QLatin1String("invoices;")))
        return tr("This order has several invoices (from the ERP import); change them where they were made.");
    if (field == QLatin1String("amount") && error.message.contains(QLatin1String("paid in full")))
        return tr("The invoice is already paid in full; nothing is open.");
    if (field == QLatin1String("amount") && error.message.contains(QLatin1String("more than 0")))
        return tr("A payment must be more than 0.");
    return {};
}

QString ValidationText::message(const core::Error& error)
{
    const QString text = specific(error);
    return text.isEmpty() ? ErrorText::sentence(error) : text;
}

} // namespace carddesk::gui
