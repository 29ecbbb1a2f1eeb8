#include "report/WeeklyReportXlsx.h"

#include "core/CsvField.h"
#include "core/Money.h"

#include "report/WeeklyReportTables.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>
#include <set>
#include <vector>

namespace carddesk::report {

namespace {

// Excel's rules for sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook.
QString sheetName(const QString& title, std::set<QString>& used)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral(" "));
    name = name.trimmed().left(31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; used.count(unique.toLower()); ++n) {
        const QString suffix = QStringLiteral(" %1").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    used.insert(unique.toLower());
    return unique;
}

struct Formats
{
    lxw_format* bold = nullptr;
    lxw_format* header = nullptr;
    lxw_format* count = nullptr;
    lxw_format* money = nullptr;
    lxw_format* share = nullptr;
    lxw_format* decimal = nullptr;
};

lxw_format* numberFormat(const Formats& formats, ReportCell::Kind kind)
{
    switch (kind) {
    case ReportCell::Kind::Money:
        return formats.money;
    case ReportCell::Kind::Share:
        return formats.share;
    case ReportCell::Kind::Decimal:
        return formats.decimal;
    default:
        return formats.count;
    }
}

// The value a number cell stores: money in cents, shares and averages to 4 decimals (what a spreadsheet's own
// arithmetic would keep of them), counts as they are.
double storedNumber(const ReportCell& cell)
{
    switch (cell.kind) {
    case ReportCell::Kind::Money:
        return core::roundedToCents(cell.number);
    case ReportCell::Kind::Share:
    case ReportCell::Kind::Decimal:
        return std::round(cell.number * 10000.0) / 10000.0;
    default:
        return cell.number;
    }
}

void writeText(lxw_worksheet* sheet, int row, int column, const QString& text, lxw_format* format)
{
    const QByteArray utf8 = WeeklyReportXlsx::neutralised(text).toUtf8();
    worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), utf8.constData(),
                           format);
}

void writeTable(lxw_worksheet* sheet, const ReportTable& table, const Formats& formats)
{
    for (int c = 0; c < table.headers.size(); ++c)
        writeText(sheet, 0, c, QString(table.headers[c]).replace(QLatin1Char('\n'), QLatin1Char(' ')), formats.header);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<int>(r) + 1;
        const std::vector<ReportCell>& cells = table.rows[r];
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const ReportCell& cell = cells[c];
            const auto column = static_cast<int>(c);
            if (cell.isNumber())
                worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                       storedNumber(cell), numberFormat(formats, cell.kind));
            else if (cell.kind == ReportCell::Kind::Text)
                writeText(sheet, row, column, cell.text,
                          cell.emphasised && table.hasTotalRow && r + 1 == table.rows.size() ? formats.bold : nullptr);
        }
    }
    worksheet_set_column(sheet, 0, 0, 22, nullptr);
    if (table.headers.size() > 1)
        worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(table.headers.size() - 1), 16, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
}

} // namespace

QString WeeklyReportXlsx::neutralised(const QString& text)
{
    // A phone number (+8613800002222, +86 138 0013 8000, +86 (21) 5888-0001) runs nothing: an apostrophe would show
    // in its string cell and spoil it for a mail merge or a text message. A phone with a "-" must have a space too,
    // which a spreadsheet cannot read as a formula; "+12-3" or "+8613800138000-1" would turn into their result when
    // edited, so they are guarded. Anchored at the very end ("$" also matches before a final line break). Everything
    // else as in a CSV cell (core::CsvField: plain numbers stay, other texts a spreadsheet would run are guarded).
    static const QRegularExpression phone(QRegularExpression::anchoredPattern(
        QStringLiteral("\\+[0-9]{6,15}|\\+[0-9]{1,4}( (\\([0-9]{1,5}\\)|[0-9]{1,8}(-[0-9]{1,8})?))+")));
    if (phone.match(text).hasMatch())
        return text;
    return core::CsvField::neutralised(text);
}

core::Result<QByteArray> WeeklyReportXlsx::build(const services::WeeklyReport& report, const QDateTime& generatedAt,
                                                 const QLocale& locale)
{
    // libxlsxwriter writes a file (and its own temporary files): both go to a private folder, and the caller puts
    // the bytes in place atomically.
    QTemporaryDir folder;
    if (!folder.isValid())
        return core::makeError(core::ErrorCode::Io,
                               QStringLiteral("No temporary folder for the workbook: %1").arg(folder.errorString()));
    const QByteArray path = QFile::encodeName(folder.filePath(QStringLiteral("report.xlsx")));
    QByteArray tmpdir = QFile::encodeName(folder.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    lxw_workbook* workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook)
        return core::makeError(core::ErrorCode::Io, QStringLiteral("The workbook cannot be created."));

    Formats formats;
    formats.bold = workbook_add_format(workbook);
    format_set_bold(formats.bold);
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_text_wrap(formats.header);
    format_set_bg_color(formats.header, 0xE8ECF2);
    formats.count = workbook_add_format(workbook);
    format_set_num_format(formats.count, "0");
    formats.money = workbook_add_format(workbook);
    format_set_num_format(formats.money, "#,##0.00");
    formats.share = workbook_add_format(workbook);
    format_set_num_format(formats.share, "0%");
    formats.decimal = workbook_add_format(workbook);
    format_set_num_format(formats.decimal, "0.0");

    std::set<QString> used;
    auto addSheet = [&](const QString& title) {
        const QByteArray name = sheetName(title, used).toUtf8();
        return workbook_add_worksheet(workbook, name.constData());
    };

    // The first sheet says what the workbook is.
    lxw_worksheet* about = addSheet(WeeklyReportTables::title(report));
    if (about) {
        // An office without a name has no "Office" row (the PDF's header says "CardDesk" instead).
        std::vector<std::pair<QString, QString>> lines;
        if (!report.officeName.trimmed().isEmpty())
            lines.emplace_back(WeeklyReportTables::tr("Office"), report.officeName);
        lines.insert(
            lines.end(),
            {
                {WeeklyReportTables::tr("Scope"), WeeklyReportTables::scope(report)},
                {WeeklyReportTables::tr("Period"), report.period.label()},
                {WeeklyReportTables::tr("From"), report.period.from().toString(Qt::ISODate)},
                {WeeklyReportTables::tr("To"), report.period.to().toString(Qt::ISODate)},
                {WeeklyReportTables::tr("Counted to"), report.period.lastDay().toString(Qt::ISODate)},
                {WeeklyReportTables::tr("Generated"), locale.toString(generatedAt, QStringLiteral("yyyy-MM-dd HH:mm"))},
            });
        int row = 0;
        for (const auto& [label, value] : lines) {
            writeText(about, row, 0, label, formats.bold);
            writeText(about, row, 1, value, nullptr);
            ++row;
        }
        worksheet_set_column(about, 0, 0, 14, nullptr);
        worksheet_set_column(about, 1, 1, 36, nullptr);
    }
    std::vector<ReportTable> tables = WeeklyReportTables::summary(report);
    tables.push_back(WeeklyReportTables::allRepFigures(report));
    for (const ReportTable& table : tables)
        if (lxw_worksheet* sheet = addSheet(table.title))
            writeTable(sheet, table, formats);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return core::makeError(
            core::ErrorCode::Io,
            QStringLiteral("The workbook cannot be written: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return core::makeError(core::ErrorCode::Io,
                               QStringLiteral("The workbook cannot be read back: %1").arg(file.errorString()));
    return file.readAll();
}

} // namespace carddesk::report
