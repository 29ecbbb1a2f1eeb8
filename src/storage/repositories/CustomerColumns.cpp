#include "storage/repositories/CustomerColumns.h"

#include "storage/db/SqlBinding.h"

namespace carddesk::storage {

using core::Customer;
using Type = core::CustomerColumn::Type;

void CustomerColumn::bind(SQLite::Statement& st, int i, const Customer& c) const
{
    const core::CustomerColumn& col = *column;
    switch (col.type) {
    case Type::Text:
        sqlbind::text(st, i, c.*col.text);
        return;
    case Type::Real:
        st.bind(i, c.*col.real);
        return;
    case Type::Integer:
        st.bind(i, c.*col.integer);
        return;
    case Type::Id:
        sqlbind::optionalId(st, i, c.*col.id);
        return;
    case Type::Flag:
        st.bind(i, c.*col.flag ? 1 : 0);
        return;
    case Type::Date:
        sqlbind::date(st, i, c.*col.date);
        return;
    case Type::DateTime:
        sqlbind::dateTime(st, i, c.*col.dateTime);
        return;
    }
}

void CustomerColumn::read(const SQLite::Column& v, Customer& c) const
{
    const core::CustomerColumn& col = *column;
    switch (col.type) {
    case Type::Text:
        c.*col.text = sqlbind::toQString(v);
        return;
    case Type::Real:
        c.*col.real = v.getDouble();
        return;
    case Type::Integer:
        c.*col.integer = v.getInt();
        return;
    case Type::Id:
        c.*col.id = sqlbind::toId(v);
        return;
    case Type::Flag:
        c.*col.flag = v.getInt() != 0;
        return;
    case Type::Date:
        c.*col.date = sqlbind::toDate(v);
        return;
    case Type::DateTime:
        c.*col.dateTime = sqlbind::toDateTime(v);
        return;
    }
}

const std::vector<CustomerColumn>& customerColumns()
{
    static const std::vector<CustomerColumn> columns = [] {
        std::vector<CustomerColumn> list;
        for (const core::CustomerColumn& column : core::CustomerColumns::all())
            list.push_back({&column, column.name});
        return list;
    }();
    return columns;
}

} // namespace carddesk::storage
