#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>

namespace carddesk::core {

// One satisfaction survey of a customer (满意度调查): the day it was asked, the contact who answered, a score 1-5
// for each aspect and a comment. The complaint satisfaction (asked after a complaint is resolved) is kept on the
// complaint itself.
struct SatisfactionSurvey
{
    static constexpr int MinScore = 1;
    static constexpr int MaxScore = 5;

    qint64 id = 0;
    qint64 customerId = 0;
    qint64 contactId = 0; // 0: no contact named
    QDate surveyedOn;
    int product = 0;
    int service = 0;
    int staff = 0;
    int image = 0;
    QString comment;
    qint64 recordedBy = 0;
    QDateTime createdAt;
    qint64 rowVersion = 0;

    // Read only: the names that come with a listed survey.
    QString customerName;
    QString contactName;
    QString recordedByName;

    std::array<int, 4> scores() const { return {product, service, staff, image}; }
    // The mean of the four aspects (the survey's score in the satisfaction-loyalty matrix).
    double mean() const { return (product + service + staff + image) / 4.0; }
};

} // namespace carddesk::core
