#include "services/StatusCorrection.h"

#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/StatusOfferRepository.h"
#include "storage/scores/ScoreRepository.h"

#include <algorithm>

namespace carddesk::services {

QString CardStory::offeredStatus() const
{
    return story.correction ? QString::fromLatin1(analytics::cardStatusName(*story.correction)) : QString();
}

core::Result<CardStory> StatusCorrection::story(qint64 customerId)
{
    auto card = storage::CustomerRepository(m_session).get(customerId, false);
    if (!card)
        return card.error();
    auto score = storage::ScoreRepository(m_session).forCustomer(customerId);
    if (!score)
        return score.error();
    CardStory result;
    result.rowVersion = card->rowVersion;
    if (!*score)
        return result;
    const storage::CustomerScore& s = **score;
    result.scored = true;
    result.scoredAsOf = s.asOf;
    // Orders dated after today are not the scoring's to know (it reads orders up to its day), nor a rescoring's.
    auto lastOrder =
        storage::OrderRepository(m_session).lastOrderDate(customerId, std::max(QDate::currentDate(), s.asOf));
    if (!lastOrder)
        return lastOrder.error();
    if (*lastOrder != s.lastOrderDate) {
        result.outdated = true;
        return result;
    }
    analytics::StoryInput& in = result.input;
    in.stage = storage::ScoreRepository::stageFromName(s.stage);
    if (in.stage == analytics::LifecycleStage::None)
        in.stage = analytics::LifecycleStage::Potential;
    in.pAlive = s.pAlive;
    in.status = analytics::cardStatusFromName(card->status.toStdString()).value_or(analytics::CardStatus::Potential);
    in.recencyDays = s.lastOrderDate.isValid() ? static_cast<std::int32_t>(s.lastOrderDate.daysTo(s.asOf)) : 0;
    in.repeatPurchases = s.x;
    result.story = analytics::StoryAssessor::assess(in);
    result.stageNote = QString::fromStdString(analytics::StoryAssessor::describe(result.story.stageNote, in));
    result.statusNote = QString::fromStdString(analytics::StoryAssessor::describe(result.story.statusNote, in));
    if (result.story.correction) {
        auto dismissed =
            storage::StatusOfferRepository(m_session).dismissed(customerId, card->status, result.offeredStatus());
        if (!dismissed)
            return dismissed.error();
        result.dismissed = *dismissed;
    }
    return result;
}

core::Result<core::Customer> StatusCorrection::apply(qint64 customerId, qint64 rowVersion, const QString& status)
{
    auto story = this->story(customerId);
    if (!story)
        return story.error();
    if (!story->story.correction || story->offeredStatus() != status)
        return core::makeError(core::ErrorCode::InvalidArgument,
                               QStringLiteral("The card offers no change of status to '%1' (any more).").arg(status),
                               QStringLiteral("status"));
    auto card = storage::CustomerRepository(m_session).get(customerId, false);
    if (!card)
        return card.error();
    if (card->rowVersion != rowVersion)
        return core::makeError(core::ErrorCode::Conflict,
                               QStringLiteral("The card was changed meanwhile; look at it again before correcting."),
                               QStringLiteral("status"));
    core::Customer corrected = *card;
    corrected.status = status;
    return storage::CustomerRepository(m_session).update(corrected);
}

core::Status StatusCorrection::dismiss(qint64 customerId, const QString& offered)
{
    auto story = this->story(customerId);
    if (!story)
        return story.error();
    if (!story->story.correction || story->offeredStatus() != offered)
        return core::makeError(core::ErrorCode::InvalidArgument,
                               QStringLiteral("The card offers no change of status to '%1' (any more).").arg(offered),
                               QStringLiteral("status"));
    return storage::StatusOfferRepository(m_session).dismiss(
        customerId, QString::fromLatin1(analytics::cardStatusName(story->input.status)), offered);
}

} // namespace carddesk::services
