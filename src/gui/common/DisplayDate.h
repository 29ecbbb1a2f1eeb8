#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::gui {

// How the window writes a day and a moment, in both languages: 2026-12-07 and 2026-12-07 14:30 (local time), as the
// lists, the card and the printed documents do. The locale's short formats mixed 2026/12/7 (zh_CN) and 12/7/26
// (en_US, a two-digit year) with the tables' ISO days on one screen.
class DisplayDate
{
public:
    static QString text(const QDate& day)
    {
        return day.isValid() ? day.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    }
    static QString text(const QDateTime& at)
    {
        return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
};

} // namespace carddesk::gui
