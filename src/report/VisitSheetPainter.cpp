#include "report/VisitSheetPainter.h"

#include "report/WeeklyReportTables.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace carddesk::report {

namespace {

constexpr double kPoints = PagedDocument::kTextPoints;
const QColor kRule(0x9a, 0x99, 0x96);
const QColor kNoteLine(0xc0, 0xbf, 0xbc);

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString customerStatus(const QString& code)
{
    if (code == QLatin1String("potential"))
        return VisitSheetPainter::tr("Potential");
    if (code == QLatin1String("current"))
        return VisitSheetPainter::tr("Current");
    if (code == QLatin1String("lost"))
        return VisitSheetPainter::tr("Lost");
    return code;
}

QString complaintStatus(const QString& code)
{
    if (code == QLatin1String("new"))
        return VisitSheetPainter::tr("New");
    if (code == QLatin1String("acknowledged"))
        return VisitSheetPainter::tr("Acknowledged");
    if (code == QLatin1String("in_progress"))
        return VisitSheetPainter::tr("In progress");
    if (code == QLatin1String("reopened"))
        return VisitSheetPainter::tr("Reopened");
    return code;
}

QString churnRisk(const QString& code)
{
    if (code == QLatin1String("low"))
        return VisitSheetPainter::tr("Low");
    if (code == QLatin1String("medium"))
        return VisitSheetPainter::tr("Medium");
    if (code == QLatin1String("high"))
        return VisitSheetPainter::tr("High");
    return orDash(code);
}

QString stage(const QString& code)
{
    if (code == QLatin1String("potential"))
        return VisitSheetPainter::tr("Potential", "lifecycle stage");
    if (code == QLatin1String("exploration"))
        return VisitSheetPainter::tr("Exploration");
    if (code == QLatin1String("formation"))
        return VisitSheetPainter::tr("Formation");
    if (code == QLatin1String("stability"))
        return VisitSheetPainter::tr("Stability");
    if (code == QLatin1String("decline"))
        return VisitSheetPainter::tr("Decline");
    if (code == QLatin1String("lost"))
        return VisitSheetPainter::tr("Lost", "lifecycle stage");
    if (code == QLatin1String("won_back"))
        return VisitSheetPainter::tr("Won back");
    return orDash(code);
}

ReportCell text(const QString& value)
{
    return ReportCell::fromText(orDash(value));
}

} // namespace

VisitSheetPainter::VisitSheetPainter(const services::VisitSheetData& data, QDateTime generatedAt, QLocale locale)
    : m_data(data), m_generatedAt(std::move(generatedAt)), m_locale(std::move(locale)), m_doc(m_locale)
{
}

QString VisitSheetPainter::title() const
{
    return m_data.isCard() ? tr("Customer card") : tr("Visit sheet");
}

QString VisitSheetPainter::day(const QDate& date) const
{
    return date.isValid() ? m_locale.toString(date, QStringLiteral("yyyy-MM-dd ddd")) : QStringLiteral("—");
}

QString VisitSheetPainter::money(double value) const
{
    return m_locale.toString(value, 'f', 2);
}

QString VisitSheetPainter::coverage() const
{
    if (m_data.isCard()) {
        const storage::VisitSheetCard& card = m_data.cards.front();
        return tr("%1 %2").arg(card.code, card.name);
    }
    const QString days =
        m_data.from == m_data.to ? day(m_data.from) : tr("%1 to %2").arg(day(m_data.from), day(m_data.to));
    return tr("Visits of %1 · %2").arg(m_data.visitorName, days);
}

bool VisitSheetPainter::paint(QPagedPaintDevice& device)
{
    const PagedDocument::Header header{m_data.officeName.isEmpty() ? tr("CardDesk") : m_data.officeName, title(),
                                       coverage(), WeeklyReportTables::generatedText(m_generatedAt, m_locale)};
    return m_doc.paint(device, header, [this] { layout(); });
}

void VisitSheetPainter::layout()
{
    if (m_data.isCard()) {
        customer(m_data.cards.front(), 0);
        return;
    }
    m_doc.heading(title(), 15);
    m_doc.paragraph(coverage() + QStringLiteral(" · ") +
                    tr("%n customer(s)", nullptr, static_cast<int>(m_data.customerIds().size())));
    m_doc.advance(m_doc.mm(2));
    route();
    int number = 0;
    for (const storage::VisitSheetCard& card : m_data.cards) {
        // Each customer from the top of a page (a rep takes the page of the customer they are at); the first one
        // under a short route, so the first page is not a near-empty list.
        if (number == 0 && m_doc.remaining() > m_doc.bodyHeight() / 2)
            m_doc.advance(m_doc.mm(8));
        else
            m_doc.newPage();
        customer(card, ++number);
    }
}

void VisitSheetPainter::route()
{
    ReportTable t;
    t.title = tr("Route");
    t.headers = {tr("No."), tr("Day"), tr("Customer"), tr("Code"), tr("Address"), tr("Phone"), tr("Purpose")};
    t.widths = {4, 9, 22, 10, 23, 12, 20};
    int number = 0;
    for (const storage::VisitSheetCard& card : m_data.cards)
        t.rows.push_back({ReportCell::count(++number),
                          text(m_locale.toString(card.plannedDate, QStringLiteral("MM-dd ddd"))), text(card.name),
                          text(card.code), text(card.address), text(card.phone), text(card.purpose)});
    m_doc.heading(t.title, 11);
    m_doc.table(t, 3);
}

void VisitSheetPainter::section(const QString& title)
{
    m_doc.advance(m_doc.mm(2));
    // A section's heading never ends a page without at least a line under it.
    m_doc.ensureRoom(m_doc.textHeight(PagedDocument::font(kPoints + 1, true), m_doc.width(), title) + m_doc.mm(12));
    m_doc.heading(title, kPoints + 1);
}

void VisitSheetPainter::fields(const std::vector<std::pair<QString, QString>>& items)
{
    const double gap = m_doc.mm(6);
    const double column = (m_doc.width() - gap) / 2;
    const double labelWidth = m_doc.mm(26);
    const double valueWidth = column - labelWidth;
    const QFont bold = PagedDocument::font(kPoints, true);
    const QFont plain = PagedDocument::font(kPoints);
    for (std::size_t i = 0; i < items.size(); i += 2) {
        double h = 0;
        for (std::size_t j = i; j < std::min(i + 2, items.size()); ++j)
            h = std::max({h, m_doc.textHeight(bold, labelWidth - m_doc.mm(1.5), items[j].first),
                          m_doc.textHeight(plain, valueWidth, orDash(items[j].second))});
        m_doc.ensureRoom(h);
        if (m_doc.drawing()) {
            QPainter& p = m_doc.painter();
            p.setPen(Qt::black);
            for (std::size_t j = i; j < std::min(i + 2, items.size()); ++j) {
                const double x = double(j - i) * (column + gap);
                p.setFont(bold);
                p.drawText(QRectF(x, m_doc.y(), labelWidth - m_doc.mm(1.5), h), Qt::TextWordWrap | Qt::AlignTop,
                           items[j].first);
                p.setFont(plain);
                p.drawText(QRectF(x + labelWidth, m_doc.y(), valueWidth, h), Qt::TextWordWrap | Qt::AlignTop,
                           orDash(items[j].second));
            }
        }
        m_doc.advance(h + m_doc.mm(0.8));
    }
}

void VisitSheetPainter::customer(const storage::VisitSheetCard& card, int number)
{
    QString name = card.name;
    if (card.isKey)
        name += QStringLiteral(" ★ ") + tr("key customer");
    m_doc.heading(number > 0 ? tr("%1. %2").arg(number).arg(name) : name, 14);
    // A page the customer's part runs on to (a long contact list, the notes box) says whose it is.
    m_doc.setContinuation(tr("%1 (%2) (continued)").arg(card.name, card.code));
    if (card.visitId > 0) {
        m_doc.paragraph(tr("Visit on %1 by %2").arg(day(card.plannedDate), orDash(card.visitorName)), kPoints + 0.5);
        m_doc.heading(tr("Purpose: %1").arg(orDash(card.purpose)), kPoints + 1);
    }
    section(tr("Card"));
    fields({{tr("Code"), card.code},
            {tr("Status"), customerStatus(card.status)},
            {tr("Kind"), card.kind == QLatin1String("person") ? tr("Person") : tr("Company")},
            {tr("Industry"), card.industry},
            {tr("Area"), card.areaName},
            {tr("Region"), card.region},
            {tr("Address"), card.address},
            {tr("Phone"), card.phone},
            {tr("E-mail"), card.email},
            {tr("Rep"), card.ownerName},
            {tr("Credit rating"), card.creditRating},
            {tr("Credit limit"), card.creditLimit > 0 ? money(card.creditLimit) : QString()}});

    section(tr("Contacts"));
    if (card.contacts.empty()) {
        m_doc.paragraph(tr("No contacts on the card."));
    } else {
        ReportTable t;
        t.headers = {tr("Name"), tr("Title"), tr("Phone"), tr("Mobile"), tr("E-mail")};
        t.widths = {20, 16, 16, 16, 26};
        for (const storage::VisitSheetCard::Contact& c : card.contacts) {
            QString contactName = c.name;
            if (c.primary)
                contactName += QStringLiteral(" (") + tr("primary") + QLatin1Char(')');
            if (c.doNotContact)
                contactName += QStringLiteral(" · ") + tr("do not contact");
            t.rows.push_back({text(contactName), text(c.title), text(c.phone), text(c.mobile), text(c.email)});
        }
        m_doc.table(t, 2);
    }

    section(tr("Last %n interaction(s)", nullptr, storage::VisitSheetCard::kLastInteractions));
    if (card.interactions.empty()) {
        m_doc.paragraph(tr("No interactions yet."));
    } else {
        ReportTable t;
        t.headers = {tr("Date"), tr("Channel"), tr("By"), tr("Summary")};
        t.widths = {14, 12, 14, 60};
        for (const storage::VisitSheetCard::Interaction& i : card.interactions)
            t.rows.push_back({text(day(i.occurredAt.toLocalTime().date())),
                              text(WeeklyReportTables::channelName(i.channel)), text(i.userName), text(i.summary)});
        m_doc.table(t, 2);
    }

    section(tr("Open complaints"));
    if (card.openComplaints.empty()) {
        m_doc.paragraph(tr("No open complaints."));
    } else {
        ReportTable t;
        t.headers = {tr("Received"), tr("Category"), tr("Level"), tr("Status"), tr("Deadline"), tr("Description")};
        t.widths = {14, 14, 7, 12, 14, 39};
        for (const storage::VisitSheetCard::Complaint& c : card.openComplaints)
            t.rows.push_back({text(day(c.receivedOn)), text(c.category), ReportCell::count(c.level),
                              text(complaintStatus(c.status)), text(day(c.deadline)), text(c.description)});
        m_doc.table(t, 2);
    }

    section(tr("Receivables, value and risk"));
    fields(
        {{tr("Open receivables"),
          card.openInvoices > 0 ? tr("%1 (%n invoice(s))", nullptr, card.openInvoices).arg(money(card.receivableOpen))
                                : tr("none")},
         {tr("Overdue"), card.receivableOverdue > 0
                             ? tr("%1, oldest due %2").arg(money(card.receivableOverdue), day(card.oldestOverdueDue))
                             : tr("none")},
         {tr("ABC class"), card.scored ? orDash(card.abc) : tr("not scored yet")},
         {tr("Churn risk"), card.scored ? churnRisk(card.churnRisk) : tr("not scored yet")},
         {tr("Lifecycle stage"), card.scored ? stage(card.lifecycleStage) : QString()},
         {tr("Value, next 12 months"), card.clv12m >= 0 ? money(card.clv12m) : QString()},
         {tr("Still buying (probability)"),
          card.pAlive >= 0 ? m_locale.toString(card.pAlive * 100, 'f', 0) + m_locale.percent() : QString()},
         {tr("Sales, last 12 months"), card.scored ? money(card.revenue12m) : QString()},
         {tr("Last order"), card.lastOrder.isValid() ? day(card.lastOrder) : QString()}});

    if (card.visitId > 0)
        notes();
    m_doc.setContinuation(QString());
}

void VisitSheetPainter::notes()
{
    // Ruled lines to write on at the customer's: what was agreed, the next step, the follow-up date.
    const double minimum = m_doc.mm(40);
    const QString title = tr("Notes (result, next step, follow-up date)");
    // The heading goes with its lines: never alone at the foot of a page.
    m_doc.ensureRoom(m_doc.textHeight(PagedDocument::font(kPoints + 1, true), m_doc.width(), title) + m_doc.mm(6) +
                     minimum);
    section(title);
    const double line = m_doc.mm(8);
    // The rest of the page, so a customer's page is filled; at least `minimum`.
    const double room = std::max(minimum, m_doc.remaining() - m_doc.mm(2));
    const int lines = static_cast<int>(room / line);
    if (m_doc.drawing()) {
        QPainter& p = m_doc.painter();
        p.setPen(QPen(kNoteLine, m_doc.mm(0.2)));
        for (int i = 1; i <= lines; ++i)
            p.drawLine(QPointF(0, m_doc.y() + i * line), QPointF(m_doc.width(), m_doc.y() + i * line));
        p.setPen(QPen(kRule, m_doc.mm(0.3)));
        p.drawRect(QRectF(0, m_doc.y(), m_doc.width(), lines * line + m_doc.mm(2)));
    }
    m_doc.advance(lines * line + m_doc.mm(2));
}

} // namespace carddesk::report
