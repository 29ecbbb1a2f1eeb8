#pragma once

#include "core/Result.h"
#include "core/SatisfactionSurvey.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::storage {

// Satisfaction surveys (满意度调查) of the customers in the session's scope: a rep records, edits and reads the
// surveys of their own customers only, a manager those of the area, the admin all (a survey of a customer outside
// the scope is NotFound, as if it did not exist). Each write is one transaction with its audit rows.
class SurveyRepository
{
public:
    explicit SurveyRepository(Session& session) : m_session(session) {}

    // Why a survey cannot be stored, before the database is asked: a score outside 1-5 (field product_score,
    // service_score, staff_score or image_score), no date or a date in the future or before 1900 (surveyed_on),
    // a comment too long or with control characters (comment). `today` is the local day.
    static core::Status validate(const core::SatisfactionSurvey& survey, const QDate& today);

    // Newest first (by survey day, then id). customerId 0: every survey in scope.
    core::Result<std::vector<core::SatisfactionSurvey>> list(qint64 customerId = 0);

    core::Result<core::SatisfactionSurvey> find(qint64 surveyId);

    // Validates, checks the customer is in scope and the contact is one of that customer's (field contact),
    // stores with the session's user as recorded_by, audits. Returns the survey as stored.
    core::Result<core::SatisfactionSurvey> create(core::SatisfactionSurvey survey);

    // Saves a survey read at `survey.rowVersion` (Conflict when someone saved it in between). The customer
    // cannot change.
    core::Result<core::SatisfactionSurvey> update(const core::SatisfactionSurvey& survey);

    core::Status remove(qint64 surveyId);

    // The satisfaction (1-5) asked after the customer's closed complaints, oldest first (the card shows it beside
    // the surveys).
    core::Result<std::vector<int>> complaintSatisfaction(qint64 customerId);

private:
    Session& m_session;
};

} // namespace carddesk::storage
