#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace carddesk::storage {

// What a visit sheet (拜访单) prints of one customer: the card's key fields, its contacts, the last interactions,
// the open complaints, the receivables, the scores, and the visit it is on the sheet for (none when a card is
// printed on its own). Stored codes stay codes; the report layer words them in the reader's language.
struct VisitSheetCard
{
    struct Contact
    {
        QString name;
        QString title;
        QString phone;
        QString mobile;
        QString email;
        bool primary = false;
        bool doNotContact = false;
    };
    struct Interaction
    {
        QDateTime occurredAt;
        QString channel; // core::Channel code
        QString summary;
        QString userName;
    };
    struct Complaint
    {
        QDate receivedOn;
        QDate deadline;
        QString status; // core::ComplaintStatus code
        int level = 1;
        QString category;
        QString description;
    };

    // The visit (visitId 0: a card printed on its own).
    qint64 visitId = 0;
    QDate plannedDate;
    QString purpose;
    QString visitorName;

    qint64 customerId = 0;
    QString code;
    QString name;
    QString kind;   // company | person
    QString status; // potential | current | lost
    QString industry;
    QString areaName;
    QString region;
    QString address;
    QString phone;
    QString email;
    QString ownerName;
    QString creditRating;
    double creditLimit = 0;
    bool isKey = false;

    std::vector<Contact> contacts;         // the primary contact first
    std::vector<Interaction> interactions; // newest first, at most kLastInteractions
    std::vector<Complaint> openComplaints; // oldest first
    int openInvoices = 0;
    double receivableOpen = 0;    // invoiced and not yet paid
    double receivableOverdue = 0; // of which past its due date on the sheet's day
    QDate oldestOverdueDue;

    bool scored = false; // the scores below are set only when the customer has been scored
    QString abc;         // A | B | C
    QString churnRisk;   // low | medium | high
    QString lifecycleStage;
    double clv12m = -1; // -1: not computed
    double pAlive = -1;
    double revenue12m = 0;
    QDate lastOrder;

    static constexpr int kLastInteractions = 5;
};

} // namespace carddesk::storage
