#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace carddesk::io {

// How a customer file's cell text becomes a value, the same for .csv and .xlsx (docs/USER_GUIDE.md, "Importing
// customers"). Offices type numbers and dates in many ways; these accept the unambiguous ones and refuse the
// rest with a reason, never guessing a day for a month.
class ImportValueText
{
public:
    // Full-width ASCII (０-９, Ａ-Ｚ, ，．－) to half-width and the ideographic space to a space.
    static QString halfWidth(QStringView text);

    // The CSV formula guard taken off: ONE leading apostrophe when the next character is = + - @ tab or CR
    // (what export writes, core::CsvField); any other text unchanged.
    static QString withoutFormulaGuard(QStringView text);

    // A number as the file holds it -> "1234.5": full-width digits, thousands separators (1,234,567.8 with groups
    // of three; also 1 234 567 and 1'234'567), a leading ¥ ￥ or $ and a trailing 元. Nothing for text that is
    // not a number (then *why says so).
    static std::optional<QString> number(QStringView text, QString* why = nullptr);

    // A date as the file holds it. Accepted: 2024-03-05, 2024-3-5, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305,
    // each also in full-width digits and with a time after it (2024-03-05 08:00, 2024-03-05T08:00:00). Refused:
    // day-first or month-first forms (5/3/2024, 3/5/2024, 5.3.2024: which is the day cannot be told), two-digit
    // years, Excel serial numbers as text, impossible days (2023-02-29). Invalid QDate with *why set then.
    static QDate date(QStringView text, QString* why = nullptr);
};

} // namespace carddesk::io
