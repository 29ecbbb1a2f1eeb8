#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

#include <array>
#include <functional>
#include <vector>

namespace carddesk::storage {

class Database;

// A buying customer of the demo office, as its survey answers are drawn from (io::DemoSurveyMaker).
struct DemoSurveyCustomer
{
    qint64 customerId = 0;
    qint64 ownerId = 0;   // 0: no rep
    qint64 contactId = 0; // the first contact, 0: none
    int purchaseDays = 0; // distinct order days
    QDate lastOrder;
    double complaintSatisfaction = 0; // mean satisfaction of its closed complaints, 0: none asked
};

// One survey to write.
struct DemoSurveyRow
{
    QDate on;
    std::array<int, 4> scores{}; // product, service, staff, image: 1..5
    QString comment;
};

// The demo generator's satisfaction surveys, the reads and writes of them: every buying customer in id order (one
// pass over the orders' covering index) is handed to `draw`, which fills the surveys it answered; they are written
// as the customer's, recorded by its rep, with one audit row for the lot. Inside the caller's transaction.
class DemoSurveyRows
{
public:
    using Draw = std::function<void(const DemoSurveyCustomer&, std::vector<DemoSurveyRow>&)>;
    // The number of surveys written.
    static core::Result<qint64> write(Database& db, const Draw& draw, qint64 userId);
};

} // namespace carddesk::storage
