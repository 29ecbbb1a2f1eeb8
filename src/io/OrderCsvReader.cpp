#include "io/OrderCsvReader.h"

#include "analytics/DayNumber.h"
#include "core/CustomerCode.h"
#include "core/InputLimits.h"
#include "core/RegularFile.h"
#include "io/TextFileDecoder.h"

#include <QCryptographicHash>
#include <QFile>

#include <charconv>
#include <cmath>
#include <future>
#include <string_view>

namespace carddesk::io {

using core::ErrorCode;

namespace {

core::Error rowError(const QString& file, std::int64_t row, const QString& field, const QString& message)
{
    core::Error error{ErrorCode::InvalidArgument,
                      QStringLiteral("%1, row %2, %3: %4").arg(file).arg(row).arg(field, message), field, row};
    return error;
}

// Splits one CSV record; handles quoted fields with doubled quotes. Returns false on a broken quote.
bool splitRecord(std::string_view line, std::vector<std::string>& fields)
{
    fields.clear();
    std::string current;
    bool quoted = false;
    bool wasQuoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    current += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += ch;
            }
        } else if (ch == '"' && current.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (ch == ',') {
            fields.push_back(std::move(current));
            current.clear();
            wasQuoted = false;
        } else {
            current += ch;
        }
    }
    if (quoted)
        return false;
    fields.push_back(std::move(current));
    return true;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool parseIsoDate(std::string_view text, std::int32_t* day)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    int parts[3] = {0, 0, 0};
    const std::pair<int, int> ranges[3] = {{0, 4}, {5, 2}, {8, 2}};
    for (int i = 0; i < 3; ++i) {
        const auto [start, len] = ranges[i];
        for (int k = start; k < start + len; ++k) {
            const char ch = text[static_cast<std::size_t>(k)];
            if (ch < '0' || ch > '9')
                return false;
            parts[i] = parts[i] * 10 + (ch - '0');
        }
    }
    const int year = parts[0];
    const int month = parts[1];
    const int dayOfMonth = parts[2];
    if (year < 1 || month < 1 || month > 12 || dayOfMonth < 1)
        return false;
    static const int daysIn[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int maxDay = daysIn[month - 1] + (month == 2 && leap ? 1 : 0);
    if (dayOfMonth > maxDay)
        return false;
    *day = analytics::dayNumber(year, static_cast<unsigned>(month), static_cast<unsigned>(dayOfMonth));
    return true;
}

// Codes already in their stored form (printable ASCII, no lower case, short): most files, checked cheaply. The
// rest go through core::CustomerCode (NFKC, upper case, refusals).
bool isStoredCodeForm(std::string_view code)
{
    if (code.size() > static_cast<std::size_t>(core::InputLimits::kCodeLength))
        return false;
    for (const char ch : code) {
        if (ch < 0x21 || ch > 0x7E || (ch >= 'a' && ch <= 'z'))
            return false;
    }
    return true;
}

std::int32_t dayNumberOf(const QDate& date)
{
    return analytics::dayNumber(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace

core::Result<OrderCsvRows> OrderCsvReader::read(const QString& path)
{
    if (auto regular = core::requireRegularFile(path); !regular)
        return regular.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

core::Result<OrderCsvRows> OrderCsvReader::parse(const QByteArray& data, const QString& fileName)
{
    // A workbook, an image or a file saved in GBK or UTF-16 is named as what it is: its bytes printed as a header
    // or a code were mojibake and control characters in the terminal.
    if (const QString kind = TextFileDecoder::binaryKind(data); !kind.isEmpty()) {
        // The customer import reads a workbook under its .xlsx name; this reader does not.
        const bool workbook = data.startsWith("PK\x03\x04");
        return core::makeError(
            ErrorCode::InvalidArgument,
            workbook ? QStringLiteral("%1 is a zip archive (an .xlsx workbook?), not a CSV file of orders: orders are "
                                      "imported from CSV; in Excel, Save As \"CSV UTF-8\"")
                           .arg(fileName)
                     : QStringLiteral("%1 is %2, not a CSV file of orders").arg(fileName, kind),
            QStringLiteral("file"));
    }
    // Said with the first row that fails for it (the header, or a code that is not UTF-8); looked for only then.
    auto encodingHint = [&data]() -> QString {
        const QString encoding = TextFileDecoder::detect(data);
        if (encoding == u"UTF-8")
            return QString();
        return QStringLiteral(" (the file looks like %1, not UTF-8: save it again as UTF-8; in Excel, Save As \"CSV "
                              "UTF-8\")")
            .arg(encoding);
    };
    // The file's SHA-256 (the same file imported twice is recognised by it) on the other core while the rows are
    // read: 0.3-0.6 s for a 90 MB file of 3.5 M orders, about half the reading.
    auto digest = std::async(std::launch::async, [&data] {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    });
    std::string_view text(data.constData(), static_cast<std::size_t>(data.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    OrderCsvRows rows;
    rows.customerCode.reserve(static_cast<std::size_t>(data.size() / 24));
    rows.day.reserve(rows.customerCode.capacity());
    rows.amount.reserve(rows.customerCode.capacity());
    rows.line.reserve(rows.customerCode.capacity());
    std::vector<std::string> fields;
    const QDate earliest = core::InputLimits::earliestOrderDate();
    const QDate latest = core::InputLimits::latestOrderDate();
    const std::int32_t earliestDay = dayNumberOf(earliest);
    const std::int32_t latestDay = dayNumberOf(latest);
    std::int64_t lineNo = 0;
    bool headerSeen = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!headerSeen) {
            if (trim(line) != "customer_code,order_date,amount")
                return core::makeError(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("%1, row 1: the header must be 'customer_code,order_date,amount', "
                                   "found '%2'")
                            .arg(fileName,
                                 core::InputLimits::visible(QString::fromUtf8(
                                     line.data(), static_cast<qsizetype>(std::min<std::size_t>(line.size(), 80))))) +
                        encodingHint(),
                    QStringLiteral("header"), 1);
            headerSeen = true;
            continue;
        }
        if (trim(line).empty())
            continue; // blank lines (e.g. the last newline) are not rows
        // Most records have no quotes: their fields are views into the file, nothing is copied.
        std::string_view parts[3];
        std::size_t fieldCount = 0;
        if (line.find('"') == std::string_view::npos) {
            std::size_t start = 0;
            while (true) {
                const std::size_t comma = line.find(',', start);
                const std::size_t stop = comma == std::string_view::npos ? line.size() : comma;
                if (fieldCount < 3)
                    parts[fieldCount] = line.substr(start, stop - start);
                ++fieldCount;
                if (comma == std::string_view::npos)
                    break;
                start = comma + 1;
            }
        } else {
            if (!splitRecord(line, fields))
                return rowError(fileName, lineNo, QStringLiteral("record"),
                                QStringLiteral("unterminated quoted field"));
            fieldCount = fields.size();
            for (std::size_t k = 0; k < std::min<std::size_t>(fieldCount, 3); ++k)
                parts[k] = fields[k];
        }
        if (fieldCount != 3)
            return rowError(
                fileName, lineNo, QStringLiteral("record"),
                QStringLiteral("expected 3 fields (customer_code,order_date,amount), found %1").arg(fieldCount));
        std::string_view code = trim(parts[0]);
        if (code.empty())
            return rowError(fileName, lineNo, QStringLiteral("customer_code"), QStringLiteral("is empty"));
        std::string normalizedCode;
        if (!isStoredCodeForm(code)) {
            auto normalized = core::CustomerCode::fromUtf8(code);
            if (!normalized)
                return rowError(fileName, lineNo, QStringLiteral("customer_code"),
                                normalized.error().message + encodingHint());
            normalizedCode = normalized->toStdString();
            code = normalizedCode;
        }
        std::int32_t day = 0;
        const std::string_view dateText = trim(parts[1]);
        if (!parseIsoDate(dateText, &day))
            return rowError(fileName, lineNo, QStringLiteral("order_date"),
                            QStringLiteral("'%1' is not a date YYYY-MM-DD")
                                .arg(core::InputLimits::visible(
                                    QString::fromUtf8(dateText.data(), static_cast<qsizetype>(dateText.size())))));
        if (day < earliestDay || day > latestDay)
            return rowError(fileName, lineNo, QStringLiteral("order_date"),
                            QStringLiteral("%1 is outside %2 .. %3 (orders are dated at most a year ahead)")
                                .arg(QString::fromUtf8(dateText.data(), static_cast<qsizetype>(dateText.size())),
                                     earliest.toString(Qt::ISODate), latest.toString(Qt::ISODate)));
        const std::string_view amountText = trim(parts[2]);
        double amount = 0;
        const auto [ptr, ec] = std::from_chars(amountText.data(), amountText.data() + amountText.size(), amount);
        if (amountText.empty() || ec != std::errc() || ptr != amountText.data() + amountText.size() ||
            !std::isfinite(amount))
            return rowError(fileName, lineNo, QStringLiteral("amount"),
                            QStringLiteral("'%1' is not a number")
                                .arg(core::InputLimits::visible(
                                    QString::fromUtf8(amountText.data(), static_cast<qsizetype>(amountText.size())))));
        if (amount < 0)
            return rowError(fileName, lineNo, QStringLiteral("amount"),
                            QStringLiteral("%1 is negative; amounts must be 0 or more").arg(amount));
        if (amount > core::InputLimits::kMaxAmount)
            return rowError(fileName, lineNo, QStringLiteral("amount"),
                            QStringLiteral("%1 is more than %2, the largest amount an order may have")
                                .arg(amount)
                                .arg(core::InputLimits::kMaxAmount));
        rows.customerCode.emplace_back(code);
        rows.day.push_back(day);
        rows.amount.push_back(amount);
        rows.line.push_back(lineNo);
    }
    if (!headerSeen)
        return core::makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 is empty; expected the header customer_code,order_date,amount").arg(fileName),
            QStringLiteral("header"), 1);
    rows.sha256 = digest.get();
    return rows;
}

} // namespace carddesk::io
