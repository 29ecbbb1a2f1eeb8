#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <string_view>
#include <vector>

namespace carddesk::storage {

// What the duplicate finder reads, in the session's scope. The office-wide reads stream their rows to a callback
// (UTF-8 views valid during the call), so a million cards are keyed without holding their texts.
class DuplicateQueries
{
public:
    struct CardFields
    {
        qint64 id = 0;
        std::string_view name;
        bool person = false;
        std::string_view phone;
        std::string_view email;
    };
    struct ContactFields
    {
        qint64 customerId = 0;
        std::string_view phone;
        std::string_view mobile;
        std::string_view email;
    };
    struct CardSummary
    {
        qint64 id = 0;
        QString code;
        QString name;
        bool person = false;
        QStringList phones; // the card's phone, then its contacts' phones and mobiles
        QStringList emails;
    };

    // Both reads run inside one read transaction of the caller (Database::read), so they see one snapshot.
    static void forEachCard(Session& session, const std::function<void(const CardFields&)>& fn);
    static void forEachContact(Session& session, const std::function<void(const ContactFields&)>& fn);

    // Cards by id with their phones and e-mails (for a short list: the pairs found, the candidates of one card).
    static std::vector<CardSummary> summaries(Session& session, const std::vector<qint64>& ids);

    // Ids of cards in scope whose name starts with `namePrefix` or whose search text holds `digits` (the FTS
    // index), at most `limit`: the candidates a new card is compared with.
    static std::vector<qint64> candidates(Session& session, const QString& namePrefix, const QString& digits,
                                          int limit);
};

} // namespace carddesk::storage
