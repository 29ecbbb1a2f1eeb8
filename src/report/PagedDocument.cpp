#include "report/PagedDocument.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace carddesk::report {

namespace {
const QColor kRule(0x9a, 0x99, 0x96);
const QColor kHeaderFill(0xe8, 0xec, 0xf2);
const QColor kTotalFill(0xf4, 0xf4, 0xf2);
} // namespace

QFont PagedDocument::font(double pointSize, bool bold)
{
    QFont f;
    // WenQuanYi Micro Hei first: Noto Sans CJK maps the Kangxi radicals (U+2F00…) to the same glyphs as common
    // ideographs (户, 页, 长 …), and Qt's PDF text map then names the radical, so copied or searched text (and
    // pdftotext) would read ⼾ for 户. Micro Hei has no radicals; Noto Sans CJK is the fallback.
    f.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

bool PagedDocument::paint(QPagedPaintDevice& device, const Header& header, const std::function<void()>& content)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    m_header = header;
    m_device = &device;
    m_painter = &painter;
    m_width = device.width();
    for (bool draw : {false, true}) {
        m_draw = draw;
        m_page = 0;
        m_continuation.clear();
        beginPage();
        content();
        finishPage();
        m_pageCount = m_page;
    }
    painter.end();
    m_painter = nullptr;
    m_device = nullptr;
    return true;
}

double PagedDocument::mm(double millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

double PagedDocument::textHeight(const QFont& f, double width, const QString& text) const
{
    const QFontMetricsF metrics(f, m_device);
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, std::max(width, 1.0), 1e6), Qt::TextWordWrap, text).height();
}

void PagedDocument::beginPage()
{
    ++m_page;
    const QFont strong = font(10, true);
    const QFont small = font(7.5);
    const double line = QFontMetricsF(strong, m_device).height();
    const double smallLine = QFontMetricsF(small, m_device).height();
    if (m_draw) {
        QPainter& p = *m_painter;
        p.setPen(Qt::black);
        p.setFont(strong);
        p.drawText(QRectF(0, 0, m_width * 0.6, line), Qt::AlignLeft | Qt::AlignVCenter, m_header.left);
        p.drawText(QRectF(m_width * 0.4, 0, m_width * 0.6, line), Qt::AlignRight | Qt::AlignVCenter, m_header.right);
        p.setFont(small);
        p.drawText(QRectF(0, line, m_width * 0.65, smallLine), Qt::AlignLeft | Qt::AlignVCenter, m_header.subLeft);
        p.drawText(QRectF(m_width * 0.35, line, m_width * 0.65, smallLine), Qt::AlignRight | Qt::AlignVCenter,
                   m_header.subRight);
        p.setPen(QPen(kRule, mm(0.3)));
        p.drawLine(QPointF(0, line + smallLine + mm(1)), QPointF(m_width, line + smallLine + mm(1)));
    }
    m_bodyTop = line + smallLine + mm(4);
    const double footer = QFontMetricsF(small, m_device).height() + mm(2);
    m_bodyBottom = m_device->height() - footer;
    m_y = m_bodyTop;
    if (!m_continuation.isEmpty()) {
        const QFont f = font(kTextPoints + 1.5, true);
        const double h = textHeight(f, m_width, m_continuation);
        if (m_draw) {
            m_painter->setFont(f);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, m_continuation);
        }
        // The page's body starts under it: a block that needs a page of its own does not take one more.
        m_bodyTop += h + mm(2);
        m_y = m_bodyTop;
    }
}

void PagedDocument::finishPage()
{
    if (!m_draw)
        return;
    QPainter& p = *m_painter;
    const QFont small = font(7.5);
    const double h = QFontMetricsF(small, m_device).height();
    p.setFont(small);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, m_device->height() - h, m_width, h), Qt::AlignHCenter | Qt::AlignBottom,
               tr("Page %1 of %2").arg(m_page).arg(m_pageCount));
}

void PagedDocument::newPage()
{
    finishPage();
    if (m_draw)
        m_device->newPage();
    beginPage();
}

void PagedDocument::ensureRoom(double height)
{
    if (m_y + height > m_bodyBottom && m_y > m_bodyTop)
        newPage();
}

void PagedDocument::heading(const QString& text, double pointSize)
{
    const QFont f = font(pointSize, true);
    const double h = textHeight(f, m_width, text);
    ensureRoom(h + mm(8));
    if (m_draw) {
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
    }
    m_y += h + mm(1.5);
}

void PagedDocument::paragraph(const QString& text, double pointSize)
{
    const QFont f = font(pointSize);
    const double h = textHeight(f, m_width, text);
    // A text of many lines that does not fit where it starts runs on over the pages, a line at a time, rather than
    // going down past the page's foot.
    if (h > remaining() && text.contains(QLatin1Char('\n'))) {
        QString chunk;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            const QString longer = chunk.isNull() ? line : chunk + QLatin1Char('\n') + line;
            if (!chunk.isNull() && textHeight(f, m_width, longer) > remaining()) {
                drawText(chunk, f);
                newPage();
                chunk = line;
            } else {
                chunk = longer;
            }
        }
        paragraph(chunk, pointSize);
        return;
    }
    ensureRoom(h);
    drawText(text, f);
    m_y += mm(1);
}

void PagedDocument::drawText(const QString& text, const QFont& f)
{
    const double h = textHeight(f, m_width, text);
    if (m_draw) {
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
    }
    m_y += h;
}
double PagedDocument::tableHeader(const ReportTable& t, const std::vector<double>& x, bool draw)
{
    const QFont f = font(kTablePoints, true);
    const double pad = mm(1.2);
    double h = 0;
    for (int c = 0; c < t.headers.size(); ++c)
        h = std::max(h, textHeight(f, x[c + 1] - x[c] - 2 * pad, t.headers[c]));
    h += 2 * pad;
    if (draw && m_draw) {
        QPainter& p = *m_painter;
        p.fillRect(QRectF(0, m_y, x.back(), h), kHeaderFill);
        p.setFont(f);
        p.setPen(Qt::black);
        for (int c = 0; c < t.headers.size(); ++c)
            p.drawText(QRectF(x[c] + pad, m_y + pad, x[c + 1] - x[c] - 2 * pad, h - 2 * pad),
                       Qt::TextWordWrap | Qt::AlignVCenter | (c == 0 ? Qt::AlignLeft : Qt::AlignHCenter), t.headers[c]);
        p.setPen(QPen(kRule, mm(0.3)));
        p.drawLine(QPointF(0, m_y + h), QPointF(x.back(), m_y + h));
    }
    return h;
}

std::vector<double> PagedDocument::columns(const ReportTable& t) const
{
    // Proportional widths, but never narrower than a column's longest header word or widest cell: the missing
    // width is taken from the columns that have room to spare, so no word is clipped.
    const double pad = mm(1.2);
    const QFontMetricsF header(font(kTablePoints, true), m_device);
    const QFontMetricsF cells(font(kTablePoints, true), m_device);
    const std::size_t n = t.widths.size();
    const double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
    std::vector<double> width(n), minimum(n);
    for (std::size_t c = 0; c < n; ++c) {
        width[c] = m_width * t.widths[c] / total;
        double need = 0;
        if (c < static_cast<std::size_t>(t.headers.size()))
            for (const QString& word :
                 t.headers[static_cast<qsizetype>(c)].split(QRegularExpression(QStringLiteral("\\s+"))))
                need = std::max(need, header.horizontalAdvance(word));
        for (const std::vector<ReportCell>& row : t.rows)
            if (c < row.size() && row[c].isNumber())
                need = std::max(need, cells.horizontalAdvance(row[c].display(m_locale)));
        minimum[c] = need + 2 * pad + 1;
    }
    double missing = 0, spare = 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (width[c] < minimum[c])
            missing += minimum[c] - width[c];
        else
            spare += width[c] - minimum[c];
    }
    if (missing > 0 && spare > 0) {
        const double share = std::min(1.0, missing / spare);
        for (std::size_t c = 0; c < n; ++c)
            width[c] = width[c] < minimum[c] ? minimum[c] : width[c] - (width[c] - minimum[c]) * share;
    }
    std::vector<double> x{0};
    for (double w : width)
        x.push_back(x.back() + w);
    return x;
}

double PagedDocument::rowHeight(const std::vector<ReportCell>& row, const std::vector<double>& x) const
{
    const double pad = mm(1.2);
    const QFont plain = font(kTablePoints);
    const QFont bold = font(kTablePoints, true);
    double h = QFontMetricsF(plain, m_device).height();
    for (std::size_t c = 0; c < row.size() && c + 1 < x.size(); ++c)
        if (row[c].kind == ReportCell::Kind::Text)
            h = std::max(h, textHeight(row[c].emphasised ? bold : plain, x[c + 1] - x[c] - 2 * pad, row[c].text));
    return h + 2 * pad;
}

double PagedDocument::tableHeight(const ReportTable& t, int rows)
{
    const std::vector<double> x = columns(t);
    double h = tableHeader(t, x, false);
    for (int i = 0; i < rows && i < static_cast<int>(t.rows.size()); ++i)
        h += rowHeight(t.rows[static_cast<std::size_t>(i)], x);
    return h;
}

void PagedDocument::table(const ReportTable& t, int minimumRows)
{
    const double pad = mm(1.2);
    const std::vector<double> x = columns(t);
    const QFont plain = font(kTablePoints);
    const QFont bold = font(kTablePoints, true);
    // The header with at least a few rows, so a table never starts at the foot of a page.
    ensureRoom(tableHeight(t, minimumRows));
    m_y += tableHeader(t, x, true);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const std::vector<ReportCell>& row = t.rows[r];
        const double h = rowHeight(row, x);
        if (m_y + h > m_bodyBottom) {
            newPage();
            m_y += tableHeader(t, x, true); // the header again on the next page
        }
        const bool totalRow = t.hasTotalRow && r + 1 == t.rows.size();
        if (m_draw) {
            QPainter& p = *m_painter;
            if (totalRow)
                p.fillRect(QRectF(0, m_y, x.back(), h), kTotalFill);
            p.setPen(Qt::black);
            for (std::size_t c = 0; c < row.size() && c + 1 < x.size(); ++c) {
                p.setFont(row[c].emphasised || totalRow ? bold : plain);
                const Qt::Alignment align =
                    row[c].isNumber() ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
                p.drawText(QRectF(x[c] + pad, m_y + pad, x[c + 1] - x[c] - 2 * pad, h - 2 * pad),
                           align | Qt::TextWordWrap, row[c].display(m_locale));
            }
            p.setPen(QPen(kRule, totalRow ? mm(0.3) : mm(0.1)));
            p.drawLine(QPointF(0, m_y + h), QPointF(x.back(), m_y + h));
            if (totalRow)
                p.drawLine(QPointF(0, m_y), QPointF(x.back(), m_y));
        }
        m_y += h;
    }
}

} // namespace carddesk::report
