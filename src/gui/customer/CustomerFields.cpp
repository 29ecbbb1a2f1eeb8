#include "gui/customer/CustomerFields.h"

#include "core/CustomerColumns.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/FieldLabels.h"
#include "gui/common/Labels.h"

#include <QLocale>

namespace carddesk::gui {

namespace {

// The editor's fields are the editable columns of core::CustomerColumns, in their stored order.
const core::CustomerColumn* columnOf(CustomerFields::Field field)
{
    static const std::vector<const core::CustomerColumn*> editable = [] {
        std::vector<const core::CustomerColumn*> list;
        for (const core::CustomerColumn& column : core::CustomerColumns::all()) {
            if (column.editable)
                list.push_back(&column);
        }
        return list;
    }();
    return field >= 0 && field < static_cast<int>(editable.size()) ? editable[static_cast<size_t>(field)] : nullptr;
}

} // namespace

QVariant CustomerFields::value(const core::Customer& c, Field field)
{
    const core::CustomerColumn* column = columnOf(field);
    return column ? column->value(c) : QVariant();
}

void CustomerFields::setValue(core::Customer& c, Field field, const QVariant& v)
{
    if (const core::CustomerColumn* column = columnOf(field))
        column->setValue(c, v);
}

QString CustomerFields::key(Field field)
{
    const core::CustomerColumn* column = columnOf(field);
    return column ? column->columnName() : QString();
}

int CustomerFields::fromKey(const QString& k)
{
    for (int f = 0; f < FieldCount; ++f) {
        if (key(static_cast<Field>(f)) == k)
            return f;
    }
    return -1;
}

QString CustomerFields::label(Field field)
{
    const core::CustomerColumn* column = columnOf(field);
    return column ? FieldLabels::customer(column->field) : QString();
}

QString CustomerFields::labelForKey(const QString& k)
{
    return FieldLabels::field(QStringLiteral("customers"), k);
}

QString CustomerFields::displayValue(Field field, const QString& text)
{
    switch (field) {
    case Kind:
        return Labels::kind(text);
    case Status:
        return Labels::status(text);
    case Source:
        return Labels::source(text);
    case Size:
        return Labels::size(text);
    case LoyaltyClass:
        return Labels::loyalty(text);
    case CreditRating:
        return Labels::creditRating(text);
    case IsKey:
        return text == QLatin1String("1") || text == QLatin1String("true") ? tr("Yes") : tr("No");
    default:
        return text;
    }
}

QString CustomerFields::displayText(const core::Customer& c, Field field)
{
    const QLocale locale;
    switch (field) {
    case Established:
        return c.established.isValid() ? DisplayDate::text(c.established) : QString();
    case RegisteredCapital:
        return locale.toString(c.registeredCapital, 'f', 0);
    case CreditLimit:
        return locale.toString(c.creditLimit, 'f', 0);
    case Satisfaction:
        return c.satisfaction > 0 ? QString::number(c.satisfaction) : tr("(not set)");
    case IsKey:
        return c.isKey ? tr("Yes") : tr("No");
    default:
        return displayValue(field, value(c, field).toString());
    }
}

} // namespace carddesk::gui
