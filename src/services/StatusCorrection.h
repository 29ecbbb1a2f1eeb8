#pragma once

#include "analytics/StoryAssessor.h"
#include "core/Customer.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QString>

namespace carddesk::services {

// A card's story (analytics::StoryAssessor on the latest score and the status the rep keeps) and what the card
// offers: the notes, and a status correction the rep applies with one click or dismisses.
struct CardStory
{
    bool scored = false;   // no score yet: nothing to tell
    qint64 rowVersion = 0; // the card's, when the story was read (apply() refuses a card changed since)
    analytics::StoryInput input;
    analytics::Story story;
    bool dismissed = false; // the rep turned this very offer down while the card kept this status
    // Orders were entered or voided since the scoring: its last order is not the card's any more, so the scoring's
    // story (days without an order, the stage) is not told and no correction is offered until the next scoring.
    bool outdated = false;
    QDate scoredAsOf;
    QString stageNote; // English sentences (the CLI's); empty when there is no note
    QString statusNote;

    bool offersCorrection() const { return story.correction.has_value() && !dismissed; }
    QString offeredStatus() const; // "potential", "current", "lost" or empty
};

class StatusCorrection
{
public:
    explicit StatusCorrection(storage::Session& session) : m_session(session) {}

    core::Result<CardStory> story(qint64 customerId);

    // Sets the offered status as an ordinary card edit (CustomerRepository::update: audited, row_version checked).
    // InvalidArgument when the card's story offers no such correction (any more); Conflict when the card changed
    // since `rowVersion`. Returns the card as stored.
    core::Result<core::Customer> apply(qint64 customerId, qint64 rowVersion, const QString& status);

    // The rep dismisses the offer (an audit row; the same offer is not made again while the status stays).
    core::Status dismiss(qint64 customerId, const QString& offered);

private:
    storage::Session& m_session;
};

} // namespace carddesk::services
