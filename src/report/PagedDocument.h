#pragma once

#include "report/ReportTable.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace carddesk::report {

// The page machinery the printed documents share (the weekly report, the visit sheet and the printed card): a
// running header and "Page n of m" on every page, text that wraps, tables that wrap their cells and repeat their
// header on the next page, and page breaks that keep a block together when it fits. The content is laid out
// twice, first only to count the pages, then drawn, so it must lay out the same both times. QPainter on a
// QPdfWriter or a QPrinter: any thread.
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    struct Header
    {
        QString left;     // bold: the office
        QString right;    // bold: the document's title
        QString subLeft;  // small: what it covers
        QString subRight; // small: when it was made
    };
    static constexpr double kTextPoints = 8.5;
    static constexpr double kTablePoints = 7.5;

    explicit PagedDocument(QLocale locale = QLocale()) : m_locale(std::move(locale)) {}

    // Lays `content` out twice on `device` (see above); false when the painter cannot begin on it (its file cannot
    // be written).
    bool paint(QPagedPaintDevice& device, const Header& header, const std::function<void()>& content);
    int pageCount() const { return m_pageCount; }

    // The text font, with Chinese glyphs (fonts-wqy-microhei, else fonts-noto-cjk), embedded in a PDF.
    static QFont font(double pointSize, bool bold = false);

    // For the content while it is laid out.
    QPainter& painter() { return *m_painter; }
    QPagedPaintDevice& device() { return *m_device; }
    const QLocale& locale() const { return m_locale; }
    bool drawing() const { return m_draw; } // false in the counting pass: measure, do not paint
    double mm(double millimetres) const;
    double width() const { return m_width; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    double bodyHeight() const { return m_bodyBottom - m_bodyTop; }
    double remaining() const { return m_bodyBottom - m_y; } // room left on the page
    double textHeight(const QFont& font, double width, const QString& text) const;

    void newPage();
    // A line at the top of every page begun from now on, under the running header, until set again (empty: none):
    // whose part of the document runs on to the page ("上海精密机械 (C0000101) (continued)").
    void setContinuation(const QString& text) { m_continuation = text; }
    // A new page unless `height` fits below the current position (or the page is still empty).
    void ensureRoom(double height);
    void heading(const QString& text, double pointSize);
    // Wrapped; one longer than the room left runs on to the next page at a line break.
    void paragraph(const QString& text, double pointSize = kTextPoints);
    // `minimumRows` rows stay on the page of the table's header.
    void table(const ReportTable& table, int minimumRows);
    double tableHeight(const ReportTable& table, int rows);

private:
    void beginPage();
    void finishPage();
    void drawText(const QString& text, const QFont& font);       // at the current position, which it moves down
    std::vector<double> columns(const ReportTable& table) const; // the columns' left edges and the right edge
    double rowHeight(const std::vector<ReportCell>& row, const std::vector<double>& x) const;
    double tableHeader(const ReportTable& table, const std::vector<double>& x, bool draw);

    QLocale m_locale;
    Header m_header;
    QString m_continuation;
    QPagedPaintDevice* m_device = nullptr;
    QPainter* m_painter = nullptr;
    bool m_draw = false;
    int m_page = 0;
    int m_pageCount = 0;
    double m_width = 0;
    double m_bodyTop = 0;
    double m_bodyBottom = 0;
    double m_y = 0;
};

} // namespace carddesk::report
