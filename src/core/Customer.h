#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::core {

// The archive card (客户资料卡): every section of DOMAIN.md that lives in one row.
// Contacts, products held, orders, receivables and history are rows of their own tables.
struct Customer
{
    qint64 id = 0;
    QString code; // office customer number, unique
    // Basic information (基本资料)
    QString name;
    QString kind = QStringLiteral("company"); // company | person
    QString industry;
    qint64 areaId = 0;
    QString region;
    QString address;
    QString phone;
    QString email;
    QString website;
    QString source;                               // visit, referral, exhibition, phone, web, competitor, other
    QString status = QStringLiteral("potential"); // potential | current | lost
    // Detailed information (详细资料)
    QString size; // micro, small, medium, large
    QDate established;
    double registeredCapital = 0;
    QString keyFigures;
    QString preferences;
    // Trade habits
    QString purchaseHabits;
    QString preferredPayment;
    // Evaluation (评价信息)
    QString creditRating; // AAA, AA, A, B, C
    double creditLimit = 0;
    int satisfaction = 0; // 1-5, 0 = unknown
    QString loyaltyClass; // loyal | switcher | none | empty
    // Relationship (关系信息)
    qint64 ownerId = 0; // the assigned rep (专人负责)
    bool isKey = false; // 重点客户
    qint64 referredById = 0;
    QString notes;
    // Lifecycle: the stage set by hand, if any; the inferred stage lives in scores
    QString manualStage;
    QDateTime manualStageAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;
};

} // namespace carddesk::core
