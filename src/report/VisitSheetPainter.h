#pragma once

#include "report/PagedDocument.h"
#include "services/VisitSheet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <utility>
#include <vector>

class QPagedPaintDevice;

namespace carddesk::report {

// Draws a visit sheet (拜访单) or one printed card on any paged device, so the PDF and the printout are the same
// drawing: for a sheet, the day's route (one line per visit) and then each customer from the top of a page of
// their own — the visit and its purpose, the card's key fields, contacts, the last interactions, open complaints,
// receivables, value and risk, and ruled space for notes; a card alone is the same without the visit and the
// notes. Long names and many contacts wrap and continue on the next page (PagedDocument). Any thread.
class VisitSheetPainter
{
    Q_DECLARE_TR_FUNCTIONS(VisitSheetPainter)

public:
    VisitSheetPainter(const services::VisitSheetData& data, QDateTime generatedAt, QLocale locale = QLocale());

    // False when the painter cannot begin on `device`.
    bool paint(QPagedPaintDevice& device);
    int pageCount() const { return m_doc.pageCount(); }

    // "Visit sheet" / "Customer card": the document's title (also the PDF's).
    QString title() const;
    // The days it covers and whose visits they are, in the reader's language.
    QString coverage() const;

private:
    void layout();
    void route();
    void customer(const storage::VisitSheetCard& card, int number);
    // Label and value pairs, two to a row; a value wraps beside its label.
    void fields(const std::vector<std::pair<QString, QString>>& items);
    void section(const QString& title);
    void notes();
    QString day(const QDate& date) const;
    QString money(double value) const;

    const services::VisitSheetData& m_data;
    QDateTime m_generatedAt;
    QLocale m_locale;
    PagedDocument m_doc;
};

} // namespace carddesk::report
