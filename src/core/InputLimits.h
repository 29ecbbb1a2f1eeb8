#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace carddesk::core {

// The sizes and ranges every value typed or imported into an office must keep (docs/CLI.md, "Input limits").
// They are far above any real card or order and stop absurd input (a 10 MB name, an order of 1e308, an order in
// the year 2200) before it reaches the file or the analytics.
class InputLimits
{
public:
    static constexpr qsizetype kCodeLength = 32; // customer codes
    static constexpr qsizetype kShortText = 200; // name, industry, region, phone, e-mail, website, …
    static constexpr qsizetype kAddress = 500;   // address
    static constexpr qsizetype kLongText = 4000; // key figures, preferences, purchase habits
    static constexpr qsizetype kNotes = 20000;   // notes
    static constexpr double kMaxAmount = 1e12;   // an order, a credit limit, registered capital

    static QDate earliestOrderDate() { return QDate(1900, 1, 1); }
    // Orders may be booked ahead (a delivery date), at most a year.
    static QDate latestOrderDate() { return QDate::currentDate().addYears(1); }

    // Finite and within 0 .. kMaxAmount.
    static bool isSaneAmount(double amount);

    // Why `text` cannot be stored in a field of at most `maxLength` characters, or nothing when it can: control
    // characters (terminal escapes, NUL, …), invisible format characters (zero-width space, bidi overrides) and
    // lone surrogates are refused; a line break and a tab only when `multiLine`.
    static std::optional<QString> textProblem(const QString& text, qsizetype maxLength, bool multiLine);

    // `text` with anything invisible shown as \uXXXX and cut at 40 characters: safe to print in a message.
    static QString visible(QStringView text);
};

} // namespace carddesk::core
