// The rep's day with and without care reminders: bench_agenda OFFICE [USER PASSWORD [DATE [WHOSE]]]
// OFFICE is an existing, scored office file (carddesk-cli demo, then score); the default user is rep01 (demo1234).
// WHOSE: the user whose day is read (default USER's own): a manager reading a rep's day, within the manager's scope.
// Reads the agenda (storage::AgendaQueries, what services::Agenda runs) 7 times with every care rule on, with only
// birthdays (what the agenda read before issue 14's reminders), and with none, and prints the median of each and the
// reminders' share; the lunar dates of the window alone are timed too.
#include "BenchOffice.h"
#include "core/LunarCalendar.h"
#include "services/OfficeSettings.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/queries/AgendaQueries.h"
#include "storage/repositories/UserRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace carddesk;

namespace {

double medianMs(storage::Session& session, qint64 whose, const QDate& day, const core::CareRules& rules, size_t* lines)
{
    std::vector<double> times;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto items = storage::AgendaQueries(session).items(whose, day, rules);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!items) {
            std::fprintf(stderr, "%s\n", qPrintable(items.error().toString()));
            return -1;
        }
        *lines = items->size();
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFileInfo(args[1]).isFile()) {
        std::fprintf(stderr, "usage: bench_agenda OFFICE [USER PASSWORD [DATE [WHOSE]]]\n");
        return 2;
    }
    const QString user = args.size() > 3 ? args[2] : QStringLiteral("rep01");
    const QString password = args.size() > 3 ? args[3] : QStringLiteral("demo1234");
    const QDate day = args.size() > 4 ? QDate::fromString(args[4], Qt::ISODate) : QDate::currentDate();
    BenchOffice office(args[1], user, password);
    if (!office.ok())
        return 1;
    storage::Session& session = office.session();
    qint64 whose = session.userId();
    if (args.size() > 5) {
        auto other = storage::UserRepository::findByName(session, args[5]);
        if (!other) {
            std::fprintf(stderr, "%s\n", qPrintable(other.error().toString()));
            return 1;
        }
        whose = other->id;
    }
    core::CareRules all = services::OfficeSettings::careRules(office.db());
    all.birthdays = all.anniversaries = all.holidays = all.noContact = true;
    core::CareRules birthdays = all;
    birthdays.anniversaries = birthdays.holidays = birthdays.noContact = false;
    core::CareRules none = birthdays;
    none.birthdays = false;
    size_t allLines = 0, birthdayLines = 0, noLines = 0;
    const double allMs = medianMs(session, whose, day, all, &allLines);
    const double birthdayMs = medianMs(session, whose, day, birthdays, &birthdayLines);
    const double noneMs = medianMs(session, whose, day, none, &noLines);
    QElapsedTimer timer;
    timer.start();
    size_t lunarDates = 0;
    for (int i = 0; i <= all.birthdayLeadDays; ++i)
        lunarDates += core::LunarCalendar::occasionsOn(day.addDays(i)).size();
    const double lunarMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    std::printf("%s on %s, read by %s (median of 7)\n", qPrintable(args.size() > 5 ? args[5] : user),
                qPrintable(day.toString(Qt::ISODate)), qPrintable(user));
    std::printf("  every care rule: %.1f ms, %zu lines\n", allMs, allLines);
    std::printf("  birthdays only:  %.1f ms, %zu lines\n", birthdayMs, birthdayLines);
    std::printf("  no reminders:    %.1f ms, %zu lines\n", noneMs, noLines);
    std::printf("  reminders cost %.1f ms (all) / %.1f ms (birthdays); the window's %zu lunar dates %.2f ms (first "
                "call, ICU's calendar made)\n",
                allMs - noneMs, birthdayMs - noneMs, lunarDates, lunarMs);
    return 0;
}
