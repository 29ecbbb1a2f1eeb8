#include "gui/visits/VisitWeekView.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/Labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace carddesk::gui {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

const QColor kOverdue(0xc0, 0x39, 0x2b);
const QColor kDone(0x2e, 0x7d, 0x32);
const QColor kCancelled(0x8a, 0x8a, 0x8a);

} // namespace

VisitWeekView::VisitWeekView(QWidget* parent)
    : QWidget(parent), m_overdueColumn(new QWidget(this)), m_overdueHeader(new QLabel(m_overdueColumn)),
      m_overdue(new QListWidget(m_overdueColumn))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const auto column = [this](QWidget* host, QLabel* header, QListWidget* list, const QString& name) {
        auto* box = new QVBoxLayout(host);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        header->setAlignment(Qt::AlignCenter);
        header->setMargin(4);
        list->setObjectName(name);
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone); // long company names wrap instead
        list->setSpacing(2);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        box->addWidget(header);
        box->addWidget(list, 1);
        connect(list, &QListWidget::itemSelectionChanged, this, [this, list] {
            if (!list->selectedItems().isEmpty())
                clearOtherSelections(list);
            emit selectionChanged();
        });
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            const size_t index = item->data(kIndexRole).toULongLong();
            if (index < m_entries.size())
                emit visitActivated(m_entries[index].visit.id);
        });
    };
    m_overdueHeader->setText(tr("Overdue"));
    m_overdueHeader->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(kOverdue.name()));
    column(m_overdueColumn, m_overdueHeader, m_overdue, QStringLiteral("overdueVisits"));
    // Each overdue visit leads with its day, a word that cannot wrap: the column keeps room for a whole date, its
    // text margins, the list's spacing and frame and a scroll bar (at 1280 px it was cut to "2026-11-2…").
    const QStyle* style = m_overdue->style();
    m_overdueColumn->setMinimumWidth(
        m_overdue->fontMetrics().horizontalAdvance(DisplayDate::text(QDate(2026, 12, 31))) +
        2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_overdue) + 1) + 2 * m_overdue->spacing() +
        2 * m_overdue->frameWidth() + style->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_overdue) + 2);
    connect(m_overdue, &QListWidget::itemPressed, this, [this] { m_currentDay = m_monday; });
    layout->addWidget(m_overdueColumn, 3);
    m_overdueColumn->hide();
    for (int day = 0; day < 7; ++day) {
        auto* host = new QWidget(this);
        auto* header = new QLabel(host);
        auto* list = new QListWidget(host);
        column(host, header, list, QStringLiteral("visitDay%1").arg(day));
        connect(list, &QListWidget::itemPressed, this, [this, day] { m_currentDay = m_monday.addDays(day); });
        m_headers.push_back(header);
        m_days.push_back(list);
        // The weekend is rarely a visiting day: its columns are narrower.
        layout->addWidget(host, day < 5 ? 3 : 2);
    }
}

void VisitWeekView::setVisits(const QDate& monday, const QDate& today, std::vector<core::VisitPlanEntry> week,
                              std::vector<core::VisitPlanEntry> overdue)
{
    const core::VisitPlanEntry* before = selected();
    const qint64 keep = before ? before->visit.id : 0;
    if (monday != m_monday)
        m_currentDay = monday;
    m_monday = monday;
    m_entries = std::move(overdue);
    const size_t overdueCount = m_entries.size();
    m_entries.insert(m_entries.end(), std::make_move_iterator(week.begin()), std::make_move_iterator(week.end()));
    const QLocale locale;
    m_todayColumn = -1;
    for (int day = 0; day < 7; ++day) {
        const QDate date = monday.addDays(day);
        QListWidget* list = m_days[size_t(day)];
        QLabel* header = m_headers[size_t(day)];
        list->clear();
        header->setText(QStringLiteral("%1\n%2").arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                                                     locale.toString(date, tr("MMM d"))));
        const bool isToday = date == today;
        if (isToday)
            m_todayColumn = day;
        // Today's column stands out: a coloured header and a tinted list.
        header->setStyleSheet(isToday ? QStringLiteral("background: #1f6fb2; color: white; font-weight: bold;"
                                                       " border-radius: 3px;")
                                      : QStringLiteral("font-weight: bold;"));
        list->setStyleSheet(isToday ? QStringLiteral("QListWidget { background: #eef5fc; border: 1px solid #1f6fb2; }")
                                    : QString());
    }
    m_overdue->clear();
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (i < overdueCount) {
            addItem(m_overdue, i, today);
            continue;
        }
        const qint64 column = monday.daysTo(m_entries[i].visit.plannedDate);
        if (column >= 0 && column < 7)
            addItem(m_days[size_t(column)], i, today);
    }
    m_overdueHeader->setText(tr("Overdue (%1)").arg(overdueCount));
    m_overdueColumn->setVisible(overdueCount > 0);
    for (int day = 0; day < 7; ++day)
        m_headers[size_t(day)]->setToolTip(tr("Visits: %1").arg(m_days[size_t(day)]->count()));
    if (keep > 0)
        selectVisit(keep);
    emit selectionChanged();
}

void VisitWeekView::addItem(QListWidget* list, size_t index, const QDate& today)
{
    const core::VisitPlanEntry& entry = m_entries[index];
    const core::Visit& v = entry.visit;
    const bool planned = v.status == QLatin1String("planned");
    const bool late = planned && v.plannedDate < today;
    QString text = entry.customerName;
    if (list == m_overdue)
        text = DisplayDate::text(v.plannedDate) + QLatin1Char('\n') + text;
    const QString detail = planned ? v.purpose : v.result;
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + detail.section(QLatin1Char('\n'), 0, 0);
    if (!planned)
        text = Labels::visitStatus(v.status) + QStringLiteral(" · ") + text;
    auto* item = new QListWidgetItem(text, list);
    item->setData(kIndexRole, qulonglong(index));
    item->setToolTip(QStringLiteral("%1 (%2)\n%3\n%4: %5")
                         .arg(entry.customerName, entry.customerCode, entry.customerAddress,
                              Labels::visitStatus(v.status),
                              late ? tr("overdue since %1").arg(DisplayDate::text(v.plannedDate))
                                   : DisplayDate::text(v.plannedDate)));
    if (late) {
        // Red, not bold: a bold "2026-11-22" did not fit the column of a 1280 px window and was cut to "2026-11-2…".
        item->setForeground(kOverdue);
    } else if (v.status == QLatin1String("done")) {
        item->setForeground(kDone);
    } else if (v.status == QLatin1String("cancelled")) {
        item->setForeground(kCancelled);
        QFont font = item->font();
        font.setStrikeOut(true);
        item->setFont(font);
    }
}

void VisitWeekView::clearOtherSelections(QListWidget* keep)
{
    for (QListWidget* list : m_days)
        if (list != keep)
            list->clearSelection();
    if (m_overdue != keep)
        m_overdue->clearSelection();
}

const core::VisitPlanEntry* VisitWeekView::selected() const
{
    std::vector<QListWidget*> lists = m_days;
    lists.push_back(m_overdue);
    for (QListWidget* list : lists) {
        const QList<QListWidgetItem*> items = list->selectedItems();
        if (items.isEmpty())
            continue;
        const size_t index = items.front()->data(kIndexRole).toULongLong();
        return index < m_entries.size() ? &m_entries[index] : nullptr;
    }
    return nullptr;
}

bool VisitWeekView::selectVisit(qint64 visitId)
{
    std::vector<QListWidget*> lists = m_days;
    lists.push_back(m_overdue);
    for (QListWidget* list : lists) {
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem* item = list->item(row);
            const size_t index = item->data(kIndexRole).toULongLong();
            if (index < m_entries.size() && m_entries[index].visit.id == visitId) {
                list->setCurrentItem(item);
                item->setSelected(true);
                return true;
            }
        }
    }
    return false;
}

} // namespace carddesk::gui
