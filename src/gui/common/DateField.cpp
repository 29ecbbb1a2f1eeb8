#include "gui/common/DateField.h"

#include <QAction>
#include <QCalendarWidget>
#include <QRegularExpression>
#include <QStyle>

namespace carddesk::gui {

DateField::DateField(QWidget* parent)
    : QLineEdit(parent), m_calendar(new QCalendarWidget(this)), m_emptyPage(QDate::currentDate())
{
    setPlaceholderText(tr("yyyy-mm-dd"));
    setClearButtonEnabled(true);
    // A popup window that stays a child of the field, so it closes with the dialog.
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->setGridVisible(true);
    m_calendar->hide();
    QAction* pick = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Pick a date"));
    connect(pick, &QAction::triggered, this, &DateField::openCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate picked) {
        setDate(picked);
        m_calendar->close();
        setFocus();
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate picked) {
        setDate(picked);
        m_calendar->close();
        setFocus();
    });
    connect(this, &QLineEdit::textChanged, this, [this] { emit dateChanged(date()); });
}

QDate DateField::date() const
{
    return parse(text());
}

void DateField::setDate(const QDate& date)
{
    setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

void DateField::openCalendar()
{
    const QDate shown = date().isValid() ? date() : m_emptyPage;
    if (date().isValid())
        m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

QDate DateField::parse(const QString& text, const QDate& today)
{
    const QString trimmed = text.trimmed();
    // +7, -1, 0: days from today
    static const QRegularExpression relative(QStringLiteral("^([+-]?)(\\d{1,4})$"));
    if (const auto m = relative.match(trimmed); m.hasMatch() && (!m.captured(1).isEmpty() || trimmed == u"0"))
        return today.addDays(m.captured(1) == u"-" ? -m.captured(2).toInt() : m.captured(2).toInt());
    // 12/5, 12-5: this year
    static const QRegularExpression monthDay(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})$"));
    if (const auto m = monthDay.match(trimmed); m.hasMatch())
        return QDate(today.year(), m.captured(1).toInt(), m.captured(2).toInt());
    // 1205: this year
    static const QRegularExpression compactMonthDay(QStringLiteral("^(\\d{2})(\\d{2})$"));
    if (const auto m = compactMonthDay.match(trimmed); m.hasMatch())
        return QDate(today.year(), m.captured(1).toInt(), m.captured(2).toInt());
    // 2026-12-05, 2026/12/5, 2026.12.5
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    if (const auto m = separated.match(trimmed); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // 20261205
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(trimmed); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

} // namespace carddesk::gui
