#pragma once

#include "core/VisitPlanEntry.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;

namespace carddesk::gui {

// The week calendar of the Visits page: seven day columns, Monday first, each visit an item (customer and
// purpose, coloured by status), today's column highlighted; before them a column of the planned visits left over
// from earlier days, shown while there are any, so an overdue visit never drops out of sight.
class VisitWeekView : public QWidget
{
    Q_OBJECT

public:
    explicit VisitWeekView(QWidget* parent = nullptr);

    // The week from `monday`; `overdue` are planned visits of earlier days.
    void setVisits(const QDate& monday, const QDate& today, std::vector<core::VisitPlanEntry> week,
                   std::vector<core::VisitPlanEntry> overdue);

    // The selected visit, or nullptr.
    const core::VisitPlanEntry* selected() const;
    bool selectVisit(qint64 visitId);
    // The day of the column last clicked or selected in (the week's Monday when none).
    QDate currentDay() const { return m_currentDay; }

    // Column 0..6 is Monday..Sunday.
    QListWidget* dayList(int column) const { return m_days[size_t(column)]; }
    QLabel* dayHeader(int column) const { return m_headers[size_t(column)]; }
    QListWidget* overdueList() const { return m_overdue; }
    int todayColumn() const { return m_todayColumn; }

signals:
    void selectionChanged();
    void visitActivated(qint64 visitId);

private:
    void addItem(QListWidget* list, size_t index, const QDate& today);
    void clearOtherSelections(QListWidget* keep);

    std::vector<core::VisitPlanEntry> m_entries;
    std::vector<QListWidget*> m_days;
    std::vector<QLabel*> m_headers;
    QWidget* m_overdueColumn;
    QLabel* m_overdueHeader;
    QListWidget* m_overdue;
    QDate m_monday;
    QDate m_currentDay;
    int m_todayColumn = -1;
};

} // namespace carddesk::gui
