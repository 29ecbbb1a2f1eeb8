#include "report/ReportCell.h"

#include "core/Money.h"

#include <cmath>

namespace carddesk::report {

ReportCell ReportCell::fromText(const QString& text)
{
    ReportCell cell;
    cell.kind = Kind::Text;
    cell.text = text;
    return cell;
}

ReportCell ReportCell::count(double value)
{
    ReportCell cell;
    cell.kind = Kind::Count;
    cell.number = value;
    return cell;
}

ReportCell ReportCell::money(double value)
{
    ReportCell cell;
    cell.kind = Kind::Money;
    cell.number = core::roundedToCents(value);
    return cell;
}

ReportCell ReportCell::share(double value)
{
    ReportCell cell;
    if (value >= 0) {
        cell.kind = Kind::Share;
        cell.number = value;
    }
    return cell;
}

ReportCell ReportCell::decimal(double value)
{
    ReportCell cell;
    if (value >= 0) {
        cell.kind = Kind::Decimal;
        cell.number = value;
    }
    return cell;
}

QString ReportCell::display(const QLocale& locale) const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return text;
    case Kind::Count:
        // Averages of counts over 8 periods are fractional; a whole number prints without decimals.
        return std::abs(number - std::round(number)) < 1e-9
                   ? locale.toString(static_cast<qlonglong>(std::round(number)))
                   : locale.toString(number, 'f', 1);
    case Kind::Money:
        return locale.toString(number, 'f', 2);
    case Kind::Share:
        return locale.toString(std::round(number * 100.0), 'f', 0) + locale.percent();
    case Kind::Decimal:
        return locale.toString(number, 'f', 1);
    }
    return {};
}

} // namespace carddesk::report
