#include "storage/queries/DuplicateQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/Database.h"
#include "storage/db/RawStatement.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <set>

namespace carddesk::storage {

void DuplicateQueries::forEachCard(Session& session, const std::function<void(const CardFields&)>& fn)
{
    RawStatement st(session.db().sql(), "SELECT c.id, c.name, c.kind = 'person', c.phone, c.email FROM customers c "
                                        "WHERE " +
                                            AccessScope::customerFilter(session, "c"));
    CardFields row;
    while (st.step()) {
        row.id = st.int64(0);
        row.name = st.text(1);
        row.person = st.int64(2) != 0;
        row.phone = st.text(3);
        row.email = st.text(4);
        fn(row);
    }
}

void DuplicateQueries::forEachContact(Session& session, const std::function<void(const ContactFields&)>& fn)
{
    const std::string scope = AccessScope::customerFilter(session, "c");
    const std::string sql = AccessScope::coversWholeOffice(session)
                                ? "SELECT k.customer_id, k.phone, k.mobile, k.email FROM contacts k"
                                : "SELECT k.customer_id, k.phone, k.mobile, k.email FROM contacts k "
                                  "JOIN customers c ON c.id = k.customer_id WHERE " +
                                      scope;
    RawStatement st(session.db().sql(), sql);
    ContactFields row;
    while (st.step()) {
        row.customerId = st.int64(0);
        row.phone = st.text(1);
        row.mobile = st.text(2);
        row.email = st.text(3);
        fn(row);
    }
}

std::vector<DuplicateQueries::CardSummary> DuplicateQueries::summaries(Session& session, const std::vector<qint64>& ids)
{
    auto& db = session.db().sql();
    const std::string scope = AccessScope::customerFilter(session, "c");
    SQLite::Statement card(db, "SELECT c.id, c.code, c.name, c.kind = 'person', c.phone, c.email FROM customers c "
                               "WHERE c.id = ? AND " +
                                   scope);
    SQLite::Statement contacts(db, "SELECT phone, mobile, email FROM contacts WHERE customer_id = ? ORDER BY id");
    std::vector<CardSummary> out;
    for (qint64 id : ids) {
        card.bind(1, static_cast<int64_t>(id));
        if (card.executeStep()) {
            CardSummary s;
            s.id = card.getColumn(0).getInt64();
            s.code = sqlbind::toQString(card.getColumn(1));
            s.name = sqlbind::toQString(card.getColumn(2));
            s.person = card.getColumn(3).getInt() != 0;
            s.phones << sqlbind::toQString(card.getColumn(4));
            s.emails << sqlbind::toQString(card.getColumn(5));
            contacts.bind(1, static_cast<int64_t>(id));
            while (contacts.executeStep()) {
                s.phones << sqlbind::toQString(contacts.getColumn(0)) << sqlbind::toQString(contacts.getColumn(1));
                s.emails << sqlbind::toQString(contacts.getColumn(2));
            }
            contacts.reset();
            s.phones.removeAll(QString());
            s.emails.removeAll(QString());
            out.push_back(std::move(s));
        }
        card.reset();
    }
    return out;
}

std::vector<qint64> DuplicateQueries::candidates(Session& session, const QString& namePrefix, const QString& digits,
                                                 int limit)
{
    auto& db = session.db().sql();
    const std::string scope = AccessScope::customerFilter(session, "c");
    std::set<qint64> found;
    if (!namePrefix.isEmpty()) {
        // A range on the name index: every name that begins with the prefix.
        SQLite::Statement st(db, "SELECT c.id FROM customers c WHERE c.name >= ?1 AND c.name < ?1 || char(1114111) "
                                 "AND " +
                                     scope + " LIMIT ?2");
        sqlbind::text(st, 1, namePrefix);
        st.bind(2, limit);
        while (st.executeStep())
            found.insert(st.getColumn(0).getInt64());
    }
    if (digits.size() >= 7) {
        // The trigram index finds the digits inside any phone of the card or its contacts, as written.
        SQLite::Statement st(db, "SELECT c.id FROM customers_fts f JOIN customers c ON c.id = f.rowid "
                                 "WHERE customers_fts MATCH ?1 AND " +
                                     scope + " LIMIT ?2");
        sqlbind::text(st, 1, QStringLiteral("\"%1\"").arg(digits));
        st.bind(2, limit);
        while (st.executeStep())
            found.insert(st.getColumn(0).getInt64());
    }
    return {found.begin(), found.end()};
}

} // namespace carddesk::storage
