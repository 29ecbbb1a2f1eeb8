#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage::sqlbind {

// Small conversions between Qt values and SQLiteCpp, so repositories read like the SQL they run.
inline void text(SQLite::Statement& st, int index, const QString& value)
{
    st.bind(index, value.toStdString());
}

inline void optionalId(SQLite::Statement& st, int index, qint64 id)
{
    if (id > 0)
        st.bind(index, static_cast<int64_t>(id));
    else
        st.bind(index);
}

inline void date(SQLite::Statement& st, int index, const QDate& value)
{
    if (value.isValid())
        st.bind(index, value.toString(Qt::ISODate).toStdString());
    else
        st.bind(index);
}

inline void dateTime(SQLite::Statement& st, int index, const QDateTime& value)
{
    if (value.isValid())
        st.bind(index, value.toUTC().toString(Qt::ISODate).toStdString());
    else
        st.bind(index);
}

inline QString toQString(const SQLite::Column& column)
{
    if (column.isNull())
        return {};
    return QString::fromUtf8(static_cast<const char*>(column.getBlob()), column.getBytes());
}

inline QDate toDate(const SQLite::Column& column)
{
    return column.isNull() ? QDate() : QDate::fromString(toQString(column).left(10), Qt::ISODate);
}

inline QDateTime toDateTime(const SQLite::Column& column)
{
    if (column.isNull())
        return {};
    QDateTime value = QDateTime::fromString(toQString(column), Qt::ISODate);
    return value;
}

inline qint64 toId(const SQLite::Column& column)
{
    return column.isNull() ? 0 : column.getInt64();
}

} // namespace carddesk::storage::sqlbind
