#pragma once

#include <QString>

namespace carddesk::core {

struct ComplaintCategory
{
    qint64 id = 0;
    QString name; // a key such as product_quality; the GUI translates it
    bool active = true;
};

} // namespace carddesk::core
