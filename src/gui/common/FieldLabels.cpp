#include "gui/common/FieldLabels.h"

#include "core/CustomerColumns.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/Labels.h"

#include <QDateTime>
#include <QLocale>

namespace carddesk::gui {

QString FieldLabels::customer(core::CustomerField field)
{
    using F = core::CustomerField;
    switch (field) {
    case F::Code:
        return tr("Code");
    case F::Name:
        return tr("Name");
    case F::Kind:
        return tr("Kind");
    case F::Industry:
        return tr("Industry");
    case F::AreaId:
        return tr("Area");
    case F::Region:
        return tr("Region");
    case F::Address:
        return tr("Address");
    case F::Phone:
        return tr("Phone");
    case F::Email:
        return tr("E-mail");
    case F::Website:
        return tr("Website");
    case F::Source:
        return tr("Source");
    case F::Status:
        return tr("Status");
    case F::Size:
        return tr("Size");
    case F::Established:
        return tr("Established");
    case F::RegisteredCapital:
        return tr("Registered capital");
    case F::KeyFigures:
        return tr("Key figures");
    case F::Preferences:
        return tr("Preferences");
    case F::PurchaseHabits:
        return tr("Purchase habits");
    case F::PreferredPayment:
        return tr("Preferred payment");
    case F::CreditRating:
        return tr("Credit rating");
    case F::CreditLimit:
        return tr("Credit limit");
    case F::Satisfaction:
        return tr("Satisfaction");
    case F::LoyaltyClass:
        return tr("Loyalty class");
    case F::OwnerId:
        return tr("Assigned rep");
    case F::IsKey:
        return tr("Key customer");
    case F::ReferredById:
        return tr("Referred by");
    case F::Notes:
        return tr("Notes");
    case F::ManualStage:
        return tr("Lifecycle stage");
    case F::ManualStageAt:
        return tr("Stage set on");
    }
    return {};
}

QString FieldLabels::table(const QString& t)
{
    if (t == QLatin1String("contacts"))
        return tr("Contact");
    if (t == QLatin1String("interactions"))
        return tr("Interaction");
    if (t == QLatin1String("visits"))
        return tr("Visit");
    if (t == QLatin1String("complaints"))
        return tr("Complaint");
    if (t == QLatin1String("satisfaction_surveys"))
        return tr("Satisfaction survey");
    if (t == QLatin1String("complaint_history"))
        return tr("Complaint step");
    if (t == QLatin1String("orders") || t == QLatin1String("order_lines"))
        return tr("Order");
    if (t == QLatin1String("receivables"))
        return tr("Receivable");
    if (t == QLatin1String("payments"))
        return tr("Payment");
    if (t == QLatin1String("lifecycle_history"))
        return tr("Lifecycle stage");
    return {};
}

QString FieldLabels::column(const QString& f)
{
    static const struct
    {
        const char* name;
        const char* label;
    } kColumns[] = {
        {"name", QT_TR_NOOP("Name")},
        {"title", QT_TR_NOOP("Title")},
        {"phone", QT_TR_NOOP("Phone")},
        {"mobile", QT_TR_NOOP("Mobile")},
        {"email", QT_TR_NOOP("E-mail")},
        {"birthday", QT_TR_NOOP("Birthday")},
        {"is_primary", QT_TR_NOOP("Primary contact")},
        {"notes", QT_TR_NOOP("Notes")},
        {"contact_id", QT_TR_NOOP("Contact")},
        {"user_id", QT_TR_NOOP("Sales rep")},
        {"owner_id", QT_TR_NOOP("Handled by")},
        {"channel", QT_TR_NOOP("Channel")},
        {"occurred_at", QT_TR_NOOP("When")},
        {"summary", QT_TR_NOOP("Summary")},
        {"next_follow_up", QT_TR_NOOP("Next follow-up")},
        {"planned_date", QT_TR_NOOP("Planned date")},
        {"status", QT_TR_NOOP("Status")},
        {"status_offer", QT_TR_NOOP("Status correction dismissed")},
        {"purpose", QT_TR_NOOP("Purpose")},
        {"result", QT_TR_NOOP("Result")},
        {"done_at", QT_TR_NOOP("Done at")},
        {"category_id", QT_TR_NOOP("Category")},
        {"category", QT_TR_NOOP("Category")},
        {"level", QT_TR_NOOP("Level")},
        {"description", QT_TR_NOOP("Description")},
        {"received_at", QT_TR_NOOP("Received at")},
        {"deadline", QT_TR_NOOP("Deadline")},
        {"satisfaction", QT_TR_NOOP("Satisfaction")},
        {"satisfaction_comment", QT_TR_NOOP("Satisfaction comment")},
        {"surveyed_on", QT_TR_NOOP("Survey date")},
        {"product_score", QT_TR_NOOP("Product")},
        {"service_score", QT_TR_NOOP("Service")},
        {"staff_score", QT_TR_NOOP("Staff")},
        {"image_score", QT_TR_NOOP("Image")},
        {"comment", QT_TR_NOOP("Comment")},
        {"close_reason", QT_TR_NOOP("Reason for closing")},
        {"complaint_id", QT_TR_NOOP("Complaint")},
        {"from_status", QT_TR_NOOP("From status")},
        {"to_status", QT_TR_NOOP("To status")},
        {"note", QT_TR_NOOP("Note")},
        {"from_stage", QT_TR_NOOP("From stage")},
        {"to_stage", QT_TR_NOOP("To stage")},
        {"stage", QT_TR_NOOP("Lifecycle stage")},
        {"reason", QT_TR_NOOP("Reason")},
        {"amount", QT_TR_NOOP("Amount")},
        {"paid_amount", QT_TR_NOOP("Paid amount")},
        {"quantity", QT_TR_NOOP("Quantity")},
        {"unit_price", QT_TR_NOOP("Unit price")},
        {"order", QT_TR_NOOP("Order")},
        {"order_date", QT_TR_NOOP("Order date")},
        {"invoice_date", QT_TR_NOOP("Invoice date")},
        {"due_date", QT_TR_NOOP("Due date")},
        {"paid_date", QT_TR_NOOP("Payment date")},
        {"customer_id", QT_TR_NOOP("Customer")},
        {"code", QT_TR_NOOP("Code")},
        {"area", QT_TR_NOOP("Area")},
        {"owner", QT_TR_NOOP("Assigned rep")},
        {"user", QT_TR_NOOP("User")},
        {"username", QT_TR_NOOP("User name")},
        {"password", QT_TR_NOOP("Password")},
        {"from", QT_TR_NOOP("From date")},
        {"to", QT_TR_NOOP("To date")},
        {"until", QT_TR_NOOP("Until")},
        {"as_of", QT_TR_NOOP("Reference date")},
        {"months", QT_TR_NOOP("Months")},
        {"done", QT_TR_NOOP("Done")},
        {"order_no", QT_TR_NOOP("Order no.")},
        {"invoice_no", QT_TR_NOOP("Invoice no.")},
        {"payment_method", QT_TR_NOOP("Payment method")},
        {"method", QT_TR_NOOP("Payment method")},
        {"product", QT_TR_NOOP("Product")},
        {"receivable_id", QT_TR_NOOP("Receivable")},
        {"lines", QT_TR_NOOP("Order lines")},
        {"void_reason", QT_TR_NOOP("Reason for voiding")},
        {"credit_reason", QT_TR_NOOP("Reason for exceeding credit")},
    };
    for (const auto& c : kColumns) {
        if (f == QLatin1String(c.name))
            return tr(c.label);
    }
    return {};
}

QString FieldLabels::field(const QString& t, const QString& f)
{
    if (t == QLatin1String("customers")) {
        if (const core::CustomerColumn* c = core::CustomerColumns::find(f))
            return customer(c->field);
    }
    QString name = column(f);
    if (name.isEmpty())
        name = f;
    const QString record = table(t);
    return record.isEmpty() ? name : tr("%1: %2", "record: field").arg(record, name);
}

QString FieldLabels::value(const QString& t, const QString& f, const QString& text)
{
    if (text.isEmpty())
        return text;
    const bool customers = t == QLatin1String("customers");
    if (customers && (f == QLatin1String("status") || f == QLatin1String("status_offer")))
        return Labels::status(text);
    if (customers && f == QLatin1String("kind"))
        return Labels::kind(text);
    if (customers && f == QLatin1String("source"))
        return Labels::source(text);
    if (customers && f == QLatin1String("size"))
        return Labels::size(text);
    if (customers && f == QLatin1String("loyalty_class"))
        return Labels::loyalty(text);
    if (f == QLatin1String("manual_stage") || f == QLatin1String("from_stage") || f == QLatin1String("to_stage"))
        return Labels::stage(text);
    if (f == QLatin1String("channel"))
        return Labels::channel(text);
    if (f == QLatin1String("is_key") || f == QLatin1String("is_primary"))
        return text == QLatin1String("1") ? tr("Yes") : tr("No");
    if (t == QLatin1String("complaints") && f == QLatin1String("level"))
        return Labels::complaintLevel(text.toInt());
    if ((t == QLatin1String("complaints") && f == QLatin1String("status")) || f == QLatin1String("from_status") ||
        f == QLatin1String("to_status"))
        return Labels::complaintStatus(text);
    if (t == QLatin1String("visits") && f == QLatin1String("status"))
        return Labels::visitStatus(text);
    if (f == QLatin1String("role"))
        return Labels::role(text);
    const QLocale locale;
    // Money as the card shows it, with the thousands grouped (the merge dialog showed 37740000.00).
    if (f == QLatin1String("registered_capital") || f == QLatin1String("credit_limit") ||
        f == QLatin1String("amount") || f == QLatin1String("paid_amount")) {
        bool number = false;
        const double amount = text.toDouble(&number);
        if (number)
            return locale.toString(amount, 'f', 2);
    }
    if (text.size() == 10 && text.at(4) == QLatin1Char('-')) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            return DisplayDate::text(day);
    }
    if (text.size() > 10 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T')) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (at.isValid())
            return DisplayDate::text(at.toLocalTime());
    }
    return text;
}

QString FieldLabels::errorField(const QString& f)
{
    if (const core::CustomerColumn* c = core::CustomerColumns::find(f))
        return customer(c->field);
    const QString name = column(f);
    return name.isEmpty() ? f : name;
}

} // namespace carddesk::gui
