#pragma once

#include "core/Result.h"

#include <QDate>

namespace carddesk::storage {
class Database;
}

namespace carddesk::io {

// The demo office's satisfaction surveys (满意度调查), written after its orders and complaints inside the demo's
// transaction. About a third of the buying customers answered one survey in the last year (a few answered two);
// the scores lean on what the office's own data says — higher for customers who buy often and recently, pulled
// towards a closed complaint's satisfaction — with enough spread that every cell of the satisfaction-loyalty
// matrix has customers (satisfied customers who still drift away, dissatisfied ones who keep buying). The same
// seed and `today` give the same surveys.
class DemoSurveyMaker
{
public:
    // Returns the number of surveys written; `userId` is the demo's admin (the audit row's author).
    static core::Result<qint64> make(storage::Database& db, quint64 seed, const QDate& today, qint64 userId);
};

} // namespace carddesk::io
