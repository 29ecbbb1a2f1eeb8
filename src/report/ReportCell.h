#pragma once

#include <QLocale>
#include <QString>

namespace carddesk::report {

// One cell of a report table: its kind says how the PDF prints it and what the spreadsheet stores (numbers stay
// numbers, text stays text).
struct ReportCell
{
    enum class Kind
    {
        Empty,
        Text,
        Count,   // a whole number
        Money,   // two decimals
        Share,   // 0..1, shown as a percentage
        Decimal, // one decimal (averages)
    };

    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    bool emphasised = false; // totals and rep names

    static ReportCell fromText(const QString& text);
    static ReportCell count(double value);
    static ReportCell money(double value);
    // Negative: not defined (no current customers, nothing scored) and left empty.
    static ReportCell share(double value);
    static ReportCell decimal(double value);

    bool isNumber() const { return kind != Kind::Empty && kind != Kind::Text; }
    // The cell as printed, in `locale`'s digits and separators.
    QString display(const QLocale& locale) const;
};

} // namespace carddesk::report
