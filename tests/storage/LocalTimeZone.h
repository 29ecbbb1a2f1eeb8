#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace carddesk::test {

// The process's local time zone while the guard lives: TZ, as the C library, Qt's local time and SQLite's
// 'localtime' read it (tzset makes the change take).
class LocalTimeZone
{
public:
    explicit LocalTimeZone(const char* zone) : m_old(qgetenv("TZ")), m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalTimeZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    LocalTimeZone(const LocalTimeZone&) = delete;
    LocalTimeZone& operator=(const LocalTimeZone&) = delete;

private:
    QByteArray m_old;
    bool m_had;
};

} // namespace carddesk::test
