#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::core {

struct Product
{
    qint64 id = 0;
    QString code;
    QString name;
    QString category;
    QString unit;
    double unitPrice = 0;
    bool active = true;
};

} // namespace carddesk::core
