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

std::string customerSelectColumns()
{
    std::string sql = "c.id";
    for (const CustomerColumn& column : customerColumns())
        sql += std::string(", c.") + column.name;
    sql += ", c.created_at, c.updated_at, c.row_version";
    return sql;
}

Customer readCustomerColumns(SQLite::Statement& q)
{
    Customer c;
    c.id = q.getColumn(0).getInt64();
    int index = 1;
    for (const CustomerColumn& column : customerColumns())
        column.read(q.getColumn(index++), c);
    c.createdAt = sqlbind::toDateTime(q.getColumn(index++));
    c.updatedAt = sqlbind::toDateTime(q.getColumn(index++));
    c.rowVersion = q.getColumn(index).getInt64();
    return c;
}

} // namespace carddesk::storage
