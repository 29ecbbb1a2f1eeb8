#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QStringList>

#include <vector>

namespace carddesk::storage {

// A stored customer as the import matches it: its code, name and every phone on the card and its contacts.
struct ImportMatchCandidate
{
    qint64 id = 0;
    QString code;
    QString name;
    QStringList phones; // the card's phone, the contacts' phones and mobiles
};

// What the customer import reads to match a file's customers to stored ones, within the session's scope.
class ImportMatchQueries
{
public:
    static core::Result<std::vector<ImportMatchCandidate>> customersInScope(Session& session);
    // Whether a code is taken anywhere in the office (codes are unique), worded by callers the same whatever the
    // scope of the card that holds it.
    static bool codeTaken(Session& session, const QString& code);
};

} // namespace carddesk::storage
