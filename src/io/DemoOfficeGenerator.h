#pragma once

#include "core/Result.h"
#include "core/Role.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QDate>
#include <QString>

#include <functional>
#include <vector>

namespace carddesk::io {

struct DemoOptions
{
    qint64 customers = 2000;
    quint64 seed = 20261123;
    QDate today = QDate::currentDate();        // the last day of the two years of history
    std::function<void(int percent)> progress; // called on the caller's thread, 0..100
    // Index the new customers for search in one pass at the end instead of row by row through the FTS trigger
    // (see docs/PERFORMANCE.md for both); the result is the same.
    bool deferSearchIndex = true;
};

// A demo log-in. Every demo password is fixed and documented (README): "admin1234" for the admin, "demo1234" for
// everyone else.
struct DemoUser
{
    QString username;
    QString displayName;
    core::Role role = core::Role::Rep;
    QString area; // area name; empty for the admin
    QString password;
};

struct DemoSummary
{
    qint64 areas = 0;
    qint64 products = 0;
    qint64 customers = 0;
    qint64 potentialCustomers = 0;
    qint64 lostCustomers = 0;
    qint64 keyCustomers = 0;
    qint64 contacts = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    double orderAmount = 0; // sum of all order amounts
    qint64 receivables = 0;
    qint64 overdueReceivables = 0; // as of DemoOptions::today
    qint64 payments = 0;
    qint64 interactions = 0;
    qint64 visits = 0;
    qint64 complaints = 0;
    qint64 complaintSteps = 0;
    qint64 surveys = 0;          // satisfaction surveys
    std::vector<DemoUser> users; // the users created (without the admin when an admin ran the generator)
    double seconds = 0;
};

// Builds a realistic sales office from nothing (no network, no data files): three areas, their managers and ten
// reps, office products, and N customers with two years of orders whose rhythm depends on the customer (regular,
// occasional, one-off, drifting away, lost, won back), receivables (some overdue), interactions, visits and
// complaints in every status, and satisfaction surveys (DemoSurveyMaker). The same seed and `today` give the same
// office.
//
// admin == nullptr: `db` is a new database without users; the demo admin is created as well (no log-in needed).
// admin != nullptr: an admin's session on a database made with `init`; that admin is kept, and a database that
// already has customers is refused. Everything is written in one transaction: on any error nothing is left behind.
class DemoOfficeGenerator
{
public:
    static core::Result<DemoSummary> generate(storage::Database& db, const DemoOptions& options,
                                              const storage::Session* admin);

    static std::vector<DemoUser> demoUsers();
    static QString adminPassword() { return QStringLiteral("admin1234"); }
    static QString userPassword() { return QStringLiteral("demo1234"); }
};

} // namespace carddesk::io
