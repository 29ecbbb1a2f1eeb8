#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <string>

namespace carddesk::storage {

// Times are stored in UTC ('YYYY-MM-DDTHH:MM:SSZ'), but the office's days are its local ones: a call logged on
// Monday at 07:00 in Beijing is 23:00 UTC on Sunday. The instant `day` begins at local midnight, in the stored form,
// so that `t >= localDayStartUtc(from) AND t < localDayStartUtc(to + 1)` is "on a local day from `from` to `to`".
inline std::string localDayStartUtc(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate).toStdString();
}

} // namespace carddesk::storage
