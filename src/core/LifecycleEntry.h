#pragma once

#include <QDate>
#include <QString>

namespace carddesk::core {

// One lifecycle stage transition of a customer: inferred by a scoring rule or set by hand with a reason.
struct LifecycleEntry
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString fromStage; // empty for the first stage
    QString toStage;   // potential, exploration, formation, stability, decline, lost, won_back
    QDate changedOn;
    QString rule; // the classifier rule that inferred it; empty when manual
    bool manual = false;
    qint64 userId = 0;
    QString userName;
    QString reason;
    bool replayed = false; // not stored: replayed from the orders, before the first recorded event (id 0)
};

} // namespace carddesk::core
