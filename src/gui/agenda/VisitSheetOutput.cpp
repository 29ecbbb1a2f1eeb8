#include "gui/agenda/VisitSheetOutput.h"

#include "gui/common/ErrorText.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StorageWorker.h"
#include "report/VisitSheetExport.h"
#include "report/VisitSheetPainter.h"
#include "storage/access/Session.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QWidget>

namespace carddesk::gui {

namespace {

QString s_testPrintFile;

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

} // namespace

VisitSheetOutput::VisitSheetOutput(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : QObject(parent), m_session(session), m_worker(worker), m_parent(parent)
{
}

void VisitSheetOutput::setTestPrintFile(const QString& path)
{
    s_testPrintFile = path;
}

void VisitSheetOutput::printSheet(const QDate& from, const QDate& to, const QString& username)
{
    print([from, to, username](storage::Session& session) {
        return services::VisitSheet(session).visits(from, to, username);
    });
}

void VisitSheetOutput::saveSheet(const QDate& from, const QDate& to, const QString& username)
{
    const QString days = from == to ? from.toString(Qt::ISODate)
                                    : from.toString(Qt::ISODate) + QLatin1Char('_') + to.toString(Qt::ISODate);
    save([from, to,
          username](storage::Session& session) { return services::VisitSheet(session).visits(from, to, username); },
         QStringLiteral("visit-sheet-%1.pdf").arg(days), tr("Visit sheet as PDF"));
}

void VisitSheetOutput::printCard(qint64 customerId)
{
    print([customerId](storage::Session& session) { return services::VisitSheet(session).card(customerId); });
}

void VisitSheetOutput::saveCard(qint64 customerId, const QString& code)
{
    save([customerId](storage::Session& session) { return services::VisitSheet(session).card(customerId); },
         QStringLiteral("card-%1.pdf").arg(code), tr("Card as PDF"));
}

void VisitSheetOutput::fail(const QString& title, const core::Error& error)
{
    // The export's own messages are translated already (no visits, a folder that cannot be written); the
    // service's (a date, whose day) are not.
    const bool worded = error.field == QLatin1String("pdf") || error.field == QLatin1String("visits");
    const QString text = worded ? error.message : ErrorText::sentence(error);
    MessageBox::warning(m_parent, title, text);
    emit finished(false, text);
}

void VisitSheetOutput::print(Work work)
{
    auto done = [this](core::Result<services::VisitSheetData> data) {
        if (!data) {
            fail(tr("Print"), data.error());
            return;
        }
        if (data->cards.empty()) {
            fail(tr("Print visit sheet"),
                 core::makeError(core::ErrorCode::InvalidArgument,
                                 report::VisitSheetExport::noVisits(data->from, data->to), QStringLiteral("visits")));
            return;
        }
        showPreview(*data);
    };
    if (!m_worker) {
        done(work(m_session));
        return;
    }
    m_worker->run<services::VisitSheetData>(this, std::move(work), std::move(done));
}

void VisitSheetOutput::showPreview(const services::VisitSheetData& data)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    const QDateTime now = QDateTime::currentDateTime();
    bool accepted = false;
    if (!s_testPrintFile.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(s_testPrintFile);
        accepted = report::VisitSheetPainter(data, now).paint(printer);
    } else {
        QPrintPreviewDialog preview(&printer, m_parent);
        preview.setWindowTitle(data.isCard() ? tr("Print card") : tr("Print visit sheet"));
        // Drawn on the GUI thread: the preview paints on demand, and the sheet is already in memory.
        connect(&preview, &QPrintPreviewDialog::paintRequested, this,
                [&data, now](QPrinter* target) { report::VisitSheetPainter(data, now).paint(*target); });
        accepted = preview.exec() == QDialog::Accepted;
    }
    if (!accepted)
        return;
    const QString printerName = printer.outputFormat() == QPrinter::PdfFormat
                                    ? QStringLiteral("pdf:") + QFileInfo(printer.outputFileName()).fileName()
                                    : printer.printerName();
    // One short write on the GUI thread, like every write of the window (ARCHITECTURE.md).
    if (auto logged = report::VisitSheetExport::recordPrint(m_session, data, printerName); !logged) {
        fail(tr("Print"), logged.error());
        return;
    }
    emit finished(true, data.isCard() ? tr("The card was sent to the printer; the print is in the access log.")
                                      : tr("The visit sheet (%n customer(s)) was sent to the printer; the print is in "
                                           "the access log.",
                                           nullptr, static_cast<int>(data.customerIds().size())));
}

void VisitSheetOutput::save(Work work, const QString& suggestedName, const QString& title)
{
    QString path = FileDialog::saveFileName(m_parent, title, QDir(documentsFolder()).filePath(suggestedName),
                                            tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    // Read, drawn, written and logged on the worker: a week's sheet is many pages.
    Work job = [work = std::move(work), path](storage::Session& session) -> core::Result<services::VisitSheetData> {
        auto data = work(session);
        if (!data)
            return data.error();
        if (auto written = report::VisitSheetExport::writePdf(session, *data, path); !written)
            return written.error();
        return data;
    };
    auto done = [this, path, title](core::Result<services::VisitSheetData> data) {
        if (!data) {
            fail(title, data.error());
            return;
        }
        const QString file = QDir::toNativeSeparators(path);
        emit finished(true, data->isCard()
                                ? tr("The card was saved as %1; the export is in the access log.").arg(file)
                                : tr("The visit sheet (%n customer(s)) was saved as %1; the export is in the access "
                                     "log.",
                                     nullptr, static_cast<int>(data->customerIds().size()))
                                      .arg(file));
    };
    if (!m_worker) {
        done(job(m_session));
        return;
    }
    m_worker->run<services::VisitSheetData>(this, std::move(job), std::move(done));
}

} // namespace carddesk::gui
