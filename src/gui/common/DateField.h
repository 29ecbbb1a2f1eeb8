#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace carddesk::gui {

// A date typed as text or picked from a calendar, which may also be left empty ("not set"). Typed: 2026-12-05,
// 2026/12/5, 20261205; within the current year 12/5, 12-5 or 1205; relative +7 (a week from today), -1, 0. QDateEdit
// cannot be empty: its "not set" is a minimum date whose text swallows the typed digits and whose calendar opens at
// that date (January 1900 for a birthday).
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    // The typed date; invalid when the field is empty or its text is not a date.
    QDate date() const;
    void setDate(const QDate& date);
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    // Empty or a date: what a form may save.
    bool isAcceptable() const { return isEmpty() || date().isValid(); }
    // The page the calendar opens at while the field is empty.
    void setEmptyPage(const QDate& date) { m_emptyPage = date; }

    QCalendarWidget* calendar() const { return m_calendar; }
    void openCalendar();

    // The formats a user may type, ISO first; `today` anchors the short and relative ones.
    static QDate parse(const QString& text, const QDate& today = QDate::currentDate());

signals:
    void dateChanged(const QDate& date);

private:
    QCalendarWidget* m_calendar;
    QDate m_emptyPage;
};

} // namespace carddesk::gui
