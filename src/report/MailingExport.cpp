#include "report/MailingExport.h"

#include "services/ExportPolicy.h"

#include "report/WeeklyReportPainter.h"
#include "report/WeeklyReportXlsx.h"
#include "storage/access/ReportAccessLog.h"

#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace carddesk::report {

namespace {

core::Error cannotWrite(const QString& path, const QString& reason, const QString& field)
{
    return core::makeError(core::ErrorCode::InvalidArgument,
                           QStringLiteral("Cannot write the mailing to '%1': %2").arg(path, reason), field);
}

core::Status checkTarget(const QString& path, const QString& field)
{
    if (path.trimmed().isEmpty())
        return cannotWrite(path, QStringLiteral("no file name given"), field);
    const QFileInfo target(path);
    if (target.isDir())
        return cannotWrite(path, QStringLiteral("it is a folder"), field);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return cannotWrite(path, QStringLiteral("the folder does not exist"), field);
    if (!folder.isWritable())
        return cannotWrite(path, QStringLiteral("the folder may not be written to"), field);
    return {};
}

// Writes `bytes` (or what `paint` draws) under a temporary name, then renames it in the transaction that records the
// mailing in the access log: a failed mailing leaves neither a file nor an entry.
core::Status save(storage::Session& session, const QString& path, const QString& field, const QString& detail,
                  const std::function<core::Status(QIODevice&)>& fill)
{
    if (auto ok = checkTarget(path, field); !ok)
        return ok;
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString(), field);
    if (auto filled = fill(file); !filled) {
        file.cancelWriting();
        return filled;
    }
    return storage::ReportAccessLog::record(session, storage::ReportAccessLog::Action::Export, detail,
                                            [&]() -> core::Status {
                                                if (!file.commit())
                                                    return cannotWrite(path, file.errorString(), field);
                                                return {};
                                            });
}

// The label's lines, top to bottom, as a Chinese envelope reads: address, company, person.
QStringList labelLines(const storage::MailingRow& row)
{
    QStringList lines;
    if (!row.address.isEmpty())
        lines << row.address;
    lines << row.customerName;
    if (!row.contactName.isEmpty())
        lines << (row.title.isEmpty() ? MailingExport::tr("Attn. %1").arg(row.contactName)
                                      : MailingExport::tr("Attn. %1, %2").arg(row.contactName, row.title));
    return lines;
}

MailingResult resultOf(const storage::MailingList& list)
{
    MailingResult result;
    result.written = static_cast<int>(list.rows.size());
    result.skippedDoNotContact = list.skippedDoNotContact;
    result.withoutContact = list.withoutContact;
    return result;
}

} // namespace

QString MailingExport::describe(const storage::CustomerQuery& filter)
{
    QStringList parts;
    if (!filter.search.trimmed().isEmpty())
        parts << QStringLiteral("search '%1'").arg(filter.search.trimmed());
    if (!filter.status.isEmpty())
        parts << QStringLiteral("status %1").arg(filter.status);
    if (filter.ownerId > 0)
        parts << QStringLiteral("rep #%1").arg(filter.ownerId);
    if (filter.areaId > 0)
        parts << QStringLiteral("area #%1").arg(filter.areaId);
    if (filter.keyOnly)
        parts << QStringLiteral("key customers");
    if (!filter.abc.isEmpty())
        parts << QStringLiteral("ABC %1").arg(filter.abc);
    if (!filter.churnRisk.isEmpty())
        parts << QStringLiteral("churn risk %1").arg(filter.churnRisk);
    if (!filter.stage.isEmpty())
        parts << QStringLiteral("stage %1").arg(filter.stage);
    return parts.isEmpty() ? QStringLiteral("all customers") : parts.join(QStringLiteral(", "));
}

core::Status MailingExport::paintLabels(const storage::MailingList& list, const LabelSheet& sheet, QIODevice& device)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return core::makeError(core::ErrorCode::Internal, QStringLiteral("PDF output needs a QGuiApplication."));
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("CardDesk"));
    writer.setTitle(tr("Address labels"));
    QPainter painter;
    if (!painter.begin(&writer))
        return core::makeError(core::ErrorCode::InvalidArgument,
                               QStringLiteral("The PDF cannot be written: %1").arg(device.errorString()),
                               QStringLiteral("pdf"));
    const double dotsPerMm = writer.resolution() / 25.4;
    auto mm = [&](double v) { return v * dotsPerMm; };
    const double padding = 4; // mm inside each label: printers do not hit a label's edge exactly
    int index = 0;
    for (const storage::MailingRow& row : list.rows) {
        if (index > 0 && index % sheet.perPage() == 0)
            writer.newPage();
        const int onPage = index % sheet.perPage();
        const int column = onPage % sheet.columns;
        const int line = onPage / sheet.columns;
        const QRectF box(mm(sheet.left + column * sheet.columnPitch + padding),
                         mm(sheet.top + line * sheet.rowPitch + padding), mm(sheet.labelWidth - 2 * padding),
                         mm(sheet.labelHeight - 2 * padding));
        const QString text = labelLines(row).join(QLatin1Char('\n'));
        // The largest size from 11 pt down to 6 pt at which the address fits the label.
        double points = 11;
        QFont font = WeeklyReportPainter::font(points);
        for (; points > 6; points -= 0.5) {
            font = WeeklyReportPainter::font(points);
            const QRectF needed = QFontMetricsF(font, &writer)
                                      .boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, text);
            if (needed.height() <= box.height() && needed.width() <= box.width())
                break;
        }
        painter.setFont(font);
        painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, text);
        ++index;
    }
    painter.end();
    return {};
}

core::Result<QByteArray> MailingExport::workbook(const storage::MailingList& list)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return core::makeError(core::ErrorCode::Io,
                               QStringLiteral("No temporary folder for the workbook: %1").arg(folder.errorString()));
    const QByteArray path = QFile::encodeName(folder.filePath(QStringLiteral("mailing.xlsx")));
    QByteArray tmpdir = QFile::encodeName(folder.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows are written in order: a long list never sits in memory
    options.tmpdir = tmpdir.data();
    lxw_workbook* book = workbook_new_opt(path.constData(), &options);
    if (!book)
        return core::makeError(core::ErrorCode::Io, QStringLiteral("The workbook cannot be created."));
    const QByteArray sheetName = tr("Mailing list").left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    auto text = [&](int r, int c, const QString& value, lxw_format* format = nullptr) {
        const QByteArray utf8 = WeeklyReportXlsx::neutralised(value).toUtf8();
        worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), utf8.constData(), format);
    };
    const QStringList headers = {tr("Code"), tr("Customer"), tr("Contact"), tr("Title"), tr("Address"), tr("Phone")};
    const double widths[] = {12, 32, 14, 14, 48, 18};
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
        text(0, c, headers[c], header);
    }
    int r = 1;
    for (const storage::MailingRow& row : list.rows) {
        const QStringList cells = {row.customerCode, row.customerName, row.contactName,
                                   row.title,        row.address,      row.phone};
        for (int c = 0; c < cells.size(); ++c)
            text(r, c, cells[c]);
        ++r;
    }
    const lxw_error closed = workbook_close(book);
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

core::Result<MailingResult> MailingExport::labels(storage::Session& session, const storage::CustomerQuery& filter,
                                                  const LabelSheet& sheet, const QString& path)
{
    if (auto ok = checkTarget(path, QStringLiteral("pdf")); !ok)
        return ok.error();
    auto list = storage::MailingQueries(session).addressees(filter);
    if (!list)
        return list.error();
    MailingResult result = resultOf(*list);
    result.pages = (result.written + sheet.perPage() - 1) / sheet.perPage();
    const QString detail = QStringLiteral("mailing labels %1, %2: %3 labels, %4 skipped (do not contact)")
                               .arg(sheet.id, describe(filter))
                               .arg(result.written)
                               .arg(result.skippedDoNotContact);
    auto saved = save(session, path, QStringLiteral("pdf"), detail,
                      [&](QIODevice& device) { return paintLabels(*list, sheet, device); });
    if (!saved)
        return saved.error();
    return result;
}

core::Result<MailingResult> MailingExport::list(storage::Session& session, const storage::CustomerQuery& filter,
                                                const QString& path)
{
    // A workbook of contacts with their phones and addresses is data taken out as a file: the export permission
    // (export.roles) decides, as for every export. Labels are for printing and stay every role's.
    if (auto allowed = services::ExportPolicy::mayExport(session); !allowed)
        return allowed.error();
    if (auto ok = checkTarget(path, QStringLiteral("xlsx")); !ok)
        return ok.error();
    auto list = storage::MailingQueries(session).addressees(filter);
    if (!list)
        return list.error();
    const MailingResult result = resultOf(*list);
    const QString detail = QStringLiteral("mailing list xlsx, %1: %2 rows, %3 skipped (do not contact)")
                               .arg(describe(filter))
                               .arg(result.written)
                               .arg(result.skippedDoNotContact);
    auto saved = save(session, path, QStringLiteral("xlsx"), detail, [&](QIODevice& device) -> core::Status {
        auto bytes = workbook(*list);
        if (!bytes)
            return bytes.error();
        if (device.write(*bytes) != bytes->size())
            return cannotWrite(path, device.errorString(), QStringLiteral("xlsx"));
        return {};
    });
    if (!saved)
        return saved.error();
    return result;
}

} // namespace carddesk::report
