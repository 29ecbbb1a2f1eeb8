#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::core {

struct Area
{
    qint64 id = 0;
    QString name;   // e.g. 华东区
    QString region; // wider region the area belongs to
    qint64 managerId = 0;
};

} // namespace carddesk::core
