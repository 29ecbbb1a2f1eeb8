#pragma once

#include "storage/queries/ComplaintQueries.h"

#include <QString>
#include <QStringList>

#include <span>

namespace carddesk::io {

// The columns of an exported complaint list, one row per complaint, headers and values in English (stored codes)
// or Chinese (the labels the complaints page shows). Times are local yyyy-MM-dd HH:mm, ages in days with one
// decimal.
class ComplaintFileColumns
{
public:
    struct Column
    {
        const char* key;
        const char* chinese;
        double width;
        bool number;
    };

    static std::span<const Column> all();
    // The cells of one complaint, in column order.
    static QStringList cells(const storage::ComplaintListRow& row, bool chinese);
};

} // namespace carddesk::io
