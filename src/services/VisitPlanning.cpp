#include "services/VisitPlanning.h"

#include "storage/repositories/InteractionRepository.h"
#include "storage/repositories/VisitRepository.h"

#include <QDateTime>

#include <optional>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;

core::Status VisitPlanning::checkDate(const QDate& date) const
{
    if (!date.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A visit needs a date."),
                         QStringLiteral("planned_date"));
    // A visit in the past is a report of one, not a plan: that is an interaction.
    if (date < m_today)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("A visit cannot be planned in the past (%1 is before today, %2).")
                             .arg(date.toString(Qt::ISODate), m_today.toString(Qt::ISODate)),
                         QStringLiteral("planned_date"));
    return {};
}

core::Result<core::Visit> VisitPlanning::plan(qint64 customerId, const QDate& date, const QString& purpose,
                                              qint64 userId)
{
    if (auto ok = checkDate(date); !ok)
        return ok.error();
    core::Visit visit;
    visit.customerId = customerId;
    visit.userId = userId;
    visit.plannedDate = date;
    visit.purpose = purpose;
    return storage::VisitRepository(m_session).plan(visit);
}

core::Result<std::vector<core::Visit>> VisitPlanning::planMany(const std::vector<qint64>& customerIds,
                                                               const QDate& date, const QString& purpose, qint64 userId)
{
    if (customerIds.empty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("No customer to visit."),
                         QStringLiteral("customer"));
    if (auto ok = checkDate(date); !ok)
        return ok.error();
    std::vector<core::Visit> planned;
    auto written = m_session.db().write([&]() -> core::Status {
        storage::VisitRepository visits(m_session);
        for (qint64 customerId : customerIds) {
            core::Visit visit;
            visit.customerId = customerId;
            visit.userId = userId;
            visit.plannedDate = date;
            visit.purpose = purpose;
            auto stored = visits.plan(visit);
            if (!stored)
                return stored.error(); // the transaction rolls back the ones before
            planned.push_back(*stored);
        }
        return {};
    });
    if (!written)
        return written.error();
    return planned;
}

core::Status VisitPlanning::requirePlanned(qint64 visitId, const QString& action)
{
    auto current = storage::VisitRepository(m_session).get(visitId);
    if (!current)
        return current.error();
    if (current->status != QLatin1String("planned"))
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("Visit %1 is %2; a %2 visit cannot be %3.").arg(visitId).arg(current->status, action),
            QStringLiteral("visit_status"));
    return {};
}

core::Result<core::Visit> VisitPlanning::complete(qint64 visitId, const VisitOutcome& outcome)
{
    if (outcome.result.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The result of the visit is required."),
                         QStringLiteral("result"));
    if (outcome.followUp.isValid() && outcome.followUp < m_today)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("The follow-up date %1 is in the past.").arg(outcome.followUp.toString(Qt::ISODate)),
            QStringLiteral("next_follow_up"));
    std::optional<core::Visit> done;
    auto written = m_session.db().write([&]() -> core::Status {
        if (auto ok = requirePlanned(visitId, QStringLiteral("completed")); !ok)
            return ok;
        auto visit = storage::VisitRepository(m_session).markDone(visitId, outcome.result);
        if (!visit)
            return visit.error();
        core::Interaction interaction;
        interaction.customerId = visit->customerId;
        interaction.channel = QStringLiteral("visit");
        interaction.occurredAt = visit->doneAt.isValid() ? visit->doneAt : QDateTime::currentDateTimeUtc();
        interaction.summary = interactionSummary(outcome);
        interaction.nextFollowUp = outcome.followUp;
        auto logged = storage::InteractionRepository(m_session).create(interaction);
        if (!logged)
            return logged.error();
        done = *visit;
        return {};
    });
    if (!written)
        return written.error();
    return *done;
}

core::Result<core::Visit> VisitPlanning::cancel(qint64 visitId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A reason is required to cancel a visit."),
                         QStringLiteral("reason"));
    std::optional<core::Visit> cancelled;
    auto written = m_session.db().write([&]() -> core::Status {
        if (auto ok = requirePlanned(visitId, QStringLiteral("cancelled")); !ok)
            return ok;
        auto visit = storage::VisitRepository(m_session).cancel(visitId, reason);
        if (!visit)
            return visit.error();
        cancelled = *visit;
        return {};
    });
    if (!written)
        return written.error();
    return *cancelled;
}

core::Result<std::vector<core::VisitPlanEntry>> VisitPlanning::list(const QDate& from, const QDate& to, qint64 userId)
{
    return storage::VisitRepository(m_session).listInRange(from, to, userId);
}

core::Result<std::vector<core::VisitPlanEntry>> VisitPlanning::overdue(const QDate& before, qint64 userId)
{
    return storage::VisitRepository(m_session).listPlannedBefore(before, userId);
}

QString VisitPlanning::interactionSummary(const VisitOutcome& outcome)
{
    const QString nextStep = outcome.nextStep.trimmed();
    return nextStep.isEmpty() ? outcome.result.trimmed() : outcome.result.trimmed() + QStringLiteral("\n→ ") + nextStep;
}

} // namespace carddesk::services
