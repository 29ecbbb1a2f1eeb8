#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace carddesk::storage {

// What hangs off one customer card: what a deletion takes with it, counted per kind for the confirmation.
struct CustomerAttachments
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QDateTime archivedAt; // invalid: not archived
    int contacts = 0;
    int interactions = 0;
    int visits = 0;
    int complaints = 0;
    int surveys = 0; // satisfaction surveys
    int orders = 0;
    int receivables = 0;
    int payments = 0;
    int lifecycleChanges = 0;
    int relations = 0; // links to other cards (referred by, parent, subsidiary...)
    int products = 0;  // products the customer uses
    int scores = 0;

    // (kind, count) in the order the confirmation names them; kinds are the tables' English names.
    std::vector<std::pair<QString, int>> counts() const;
};

// Archiving (归档: out of the lists, kept for the reports) and deleting a customer with everything attached.
// Managers (their area's customers) and the administrator; a rep is refused before anything is looked up, and a
// card outside the scope is NotFound. Every change is audited in its own transaction.
class CustomerRemoval
{
public:
    explicit CustomerRemoval(Session& session) : m_session(session) {}

    // What a deletion would take (nothing changes).
    core::Result<CustomerAttachments> attachments(qint64 customerId);

    // archived_at set to now (InvalidArgument when already archived); unarchive clears it.
    core::Status archive(qint64 customerId);
    core::Status unarchive(qint64 customerId);

    // Deletes the card and everything attached in one transaction; the audit keeps the card's code and name and
    // the counts of what went. Returns what went.
    core::Result<CustomerAttachments> remove(qint64 customerId);

    // For the card: when it was archived (nullopt: not archived, or not in the scope).
    std::optional<QDateTime> archivedAt(qint64 customerId);

private:
    core::Status requireManager(const QString& action);

    Session& m_session;
};

} // namespace carddesk::storage
