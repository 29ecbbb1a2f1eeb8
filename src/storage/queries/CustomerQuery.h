#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace carddesk::storage {

// One page of the customer list: filters, search, sort and window, all applied in SQL.
struct CustomerQuery
{
    enum class SortColumn
    {
        Name,
        Code,
        Kind,
        Region,
        Owner,
        Status,
        Key,
        LastOrder,
        Revenue12m,
        OpenComplaints,
        NextFollowUp,
        Abc,
        ChurnRisk,
        Stage,
        Clv,
        PAlive
    };

    QString search; // name, pinyin (full or initials), contact names, phones, e-mail
    QString status; // potential | current | lost | empty for all
    qint64 areaId = 0;
    qint64 ownerId = 0; // 0: every owner; kNoOwner: the cards without a rep
    static constexpr qint64 kNoOwner = -1;
    bool keyOnly = false;
    QString abc;       // A | B | C
    QString churnRisk; // low | medium | high
    QString stage;     // lifecycle stage
    // Archived cards (schema v17) are out of the list unless asked for: the list's "Show archived" shows them alone.
    enum class Archived
    {
        Hidden,
        Only,
        Included
    };
    Archived archived = Archived::Hidden;
    SortColumn sort = SortColumn::Name;
    bool ascending = true;
    int offset = 0;
    int limit = 200;
};

// What the list shows at a glance; computed columns come from the latest scores.
struct CustomerListRow
{
    qint64 id = 0;
    QString code;
    QString name;
    QString kind;
    QString region;
    QString areaName;
    qint64 ownerId = 0;
    QString ownerName;
    QString status;
    bool isKey = false;
    QDate lastOrderDate;
    double revenue12m = 0;
    int openComplaints = 0;
    QDate nextFollowUp;
    QString abc;
    QString churnRisk;
    QString stage;
    double clv = 0;
    double pAlive = -1; // -1: not scored
};

} // namespace carddesk::storage
