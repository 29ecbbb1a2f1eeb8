#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>

namespace carddesk::storage {

// The manager's mark that a rep's period was reviewed, with a comment (001 ①: check every rep's cards weekly).
// Managers mark the reps of their area, the administrator any rep; reps cannot mark. Marking a period again
// replaces the comment. Every mark is written to the audit trail in the same transaction.
class WeeklyReviewNotes
{
public:
    explicit WeeklyReviewNotes(Session& session) : m_session(session) {}

    // The note's id. InvalidArgument for an empty or over-long comment or a bad period; AccessDenied for a rep
    // or a rep outside the reviewer's area; NotFound for a user who is not a rep.
    // `replaced` (when given) receives the comment a mark made again replaces, or stays empty.
    core::Result<qint64> mark(qint64 repId, const QDate& from, const QDate& to, const QString& comment,
                              QString* replaced = nullptr);

    static constexpr int kMaxCommentLength = 2000;

private:
    Session& m_session;
};

} // namespace carddesk::storage
