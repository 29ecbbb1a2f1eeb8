#include "storage/queries/CustomerListQueries.h"

#include "core/PinyinText.h"
#include "storage/access/AccessScope.h"
#include "storage/db/SqlBinding.h"
#include "storage/repositories/CustomerColumns.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace carddesk::storage {

using core::Role;

namespace {

// A search string as an FTS5 phrase: double quotes doubled, so user text is never FTS syntax.
std::string ftsPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QString(QLatin1Char('"') + quoted + QLatin1Char('"')).toStdString();
}

QString globEscape(const QString& text)
{
    QString out;
    for (QChar ch : text) {
        if (ch == QLatin1Char('*') || ch == QLatin1Char('?') || ch == QLatin1Char('['))
            out += QLatin1Char('[') + ch + QLatin1Char(']');
        else
            out += ch;
    }
    return out;
}

std::string sortExpression(CustomerQuery::SortColumn column)
{
    using S = CustomerQuery::SortColumn;
    switch (column) {
    case S::Name:
        return "c.name_pinyin";
    case S::Code:
        return "c.code";
    case S::Kind:
        return "c.kind";
    case S::Region:
        return "c.region";
    case S::Owner:
        return "u.display_name";
    case S::Status:
        return "c.status";
    case S::Key:
        return "c.is_key";
    case S::LastOrder:
        return "s.last_order_date";
    case S::Revenue12m:
        return "s.revenue_12m";
    case S::OpenComplaints:
    case S::NextFollowUp:
        return "sort_key"; // CustomerRepository::pageIds computes it for the customers that have one
    case S::Abc:
        return "s.abc";
    case S::ChurnRisk:
        return "CASE s.churn_risk WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END";
    case S::Stage:
        return "s.lifecycle_stage";
    case S::Clv:
        return "s.clv_12m";
    case S::PAlive:
        return "s.p_alive";
    }
    return "c.id";
}

struct WhereClause
{
    std::string sql;
    std::vector<std::string> texts; // bound in order
    std::vector<int64_t> ids;       // bound after the texts
};

// One way a search can match, as SQL over c with its bound texts.
struct SearchTerm
{
    std::string sql;
    std::vector<std::string> texts;
    // One arm over the whole scope in scopeArms, not one per piece of a manager's scope: a term that reads a few
    // hits by id, which a piece would rather walk along its (owner_id, name) index.
    bool wholeScope = false;
};

// The first string after every string that starts with `prefix` (binary order: UTF-8 bytes sort like code
// points), so `column >= prefix AND column < upper` is a prefix test that an index on column serves as a range.
// Empty when there is none (the last code point is the largest one).
QString prefixUpperBound(const QString& prefix)
{
    QList<uint> points = prefix.toUcs4();
    while (!points.isEmpty()) {
        uint& last = points.last();
        if (last < 0x10FFFF) {
            ++last;
            if (last >= 0xD800 && last <= 0xDFFF) // no surrogate halves in a string
                last = 0xE000;
            return QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()), points.size());
        }
        points.removeLast();
    }
    return {};
}

SearchTerm prefixRange(const char* column, const QString& prefix)
{
    const QString upper = prefixUpperBound(prefix);
    if (upper.isEmpty())
        return {std::string(column) + " >= ?", {prefix.toStdString()}};
    return {std::string("(") + column + " >= ? AND " + column + " < ?)", {prefix.toStdString(), upper.toStdString()}};
}

bool isPlainAscii(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar ch) {
        const char16_t c = ch.unicode();
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
}

// The ways a search of one or two characters matches (too short for the trigram index), each one an index range
// on the pinyin: SQLite walks it in name order and stops after a page instead of testing every customer.
//   letters and digits: the full pinyin starts with them (for a Latin name, the name itself: its pinyin is the
//     name in lower case); with two, also the pinyin initials ("bj" for 北京). One letter needs no initials term:
//     the first initial is the first letter of the pinyin.
//   anything else (汉字): the name starts with them, looked up within the range of the name's pinyin (上 →
//     "shang…"); with two characters, also anywhere in the search text, which covers contacts. Two Han
//     characters (a given name like 陈静, 上海) do not come here: PairHits finds them from the trigram index.
std::vector<SearchTerm> shortSearchTerms(const QString& search)
{
    std::vector<SearchTerm> terms;
    if (isPlainAscii(search)) {
        const QString lower = search.toLower();
        terms.push_back(prefixRange("c.name_pinyin", lower));
        if (search.size() == 2)
            terms.push_back(prefixRange("c.name_initials", lower));
        return terms;
    }
    SearchTerm name{"c.name GLOB ?", {QString(globEscape(search) + QLatin1Char('*')).toStdString()}};
    const QString pinyin = core::pinyinKeys(search).full;
    if (!pinyin.isEmpty()) {
        SearchTerm range = prefixRange("c.name_pinyin", pinyin);
        name.sql = range.sql + " AND " + name.sql;
        name.texts.insert(name.texts.begin(), range.texts.begin(), range.texts.end());
    }
    terms.push_back(name);
    if (search.size() == 2)
        terms.push_back({"c.search_text GLOB ?",
                         {QString(QLatin1Char('*') + globEscape(search) + QLatin1Char('*')).toStdString()}});
    return terms;
}

// Two Han characters (汉字, outside the surrogates): a search the list answers from the trigram index's terms
// (PairHits). They have no case, so the index (which folds case) holds them exactly as typed.
bool isHanPair(const QString& search)
{
    return search.size() == 2 && std::all_of(search.begin(), search.end(), [](QChar ch) {
               return !ch.isSurrogate() && ch.unicode() >= 0x2E80 && ch.script() == QChar::Script_Han;
           });
}

// Instances of a Han pair inside the texts (not at their start) from which it is broad: tested on each text of the
// walk instead of collected (850 k rows for 有限 cost 250 ms to collect, the walk finds a page at once).
constexpr int64_t PairCollectBelow = 200000;

// For a search of two Han characters, how it matches: the name starts with them (an index range on the pinyin,
// like the other short searches), or they are further inside the search text. The trigram index cannot answer
// two characters, and testing every text of a scope costs seconds when they are rare or only at the start of names
// (上海: 1.5 s for a manager). But an occurrence followed by any character lies in an indexed trigram that starts
// with the pair, and the index's terms are sorted: the fts5vocab table's term range gives those trigrams with
// their rows and offsets, cheaply. The customers with an occurrence past the start go to temp.pair_hits (kept for
// the count that follows the page, while the database is unchanged). An occurrence at the very end of a text (a contact
// with only a name ends it) has no such trigram: the partial index customers_search_tail (schema v9) finds those. When
// the pair is broad inside the texts it is not collected but tested on each text the walk reads. Either way the
// customers found are exactly those whose search text contains the pair, as `instr(search_text, pair) > 0` finds them.
class PairHits
{
public:
    PairHits(SQLite::Database& db, const QString& search) : m_search(search)
    {
        if (!isHanPair(search))
            return;
        m_active = true;
        const std::string pair = search.toStdString();
        const std::string upper = prefixUpperBound(search).toStdString();
        // Temporary objects of this connection only; the vocabulary table reads the index, never the content.
        db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.customers_fts_terms USING fts5vocab(main, customers_fts, "
                "'instance')");
        db.exec("CREATE TEMP TABLE IF NOT EXISTS pair_hits (id INTEGER PRIMARY KEY)");
        db.exec("CREATE TEMP TABLE IF NOT EXISTS pair_hits_of (pair TEXT, data_version INTEGER, changes INTEGER, "
                "hits INTEGER, broad INTEGER)");
        // A keystroke asks for the page and then for the count: the hits collected for the page serve the count
        // while nothing has changed the database since, on this connection (its change counter) or on any other
        // (data_version).
        const int64_t dataVersion = db.execAndGet("PRAGMA data_version").getInt64();
        {
            SQLite::Statement cached(db, "SELECT hits, broad FROM pair_hits_of WHERE pair = ? AND data_version = ? "
                                         "AND changes = ?");
            cached.bind(1, pair);
            cached.bind(2, static_cast<int64_t>(dataVersion));
            cached.bind(3, static_cast<int64_t>(sqlite3_total_changes64(db.getHandle())));
            if (cached.executeStep()) {
                m_count = cached.getColumn(0).getInt64();
                m_broad = cached.getColumn(1).getInt() != 0;
                return;
            }
        }
        db.exec("DELETE FROM temp.pair_hits");
        const std::string inside = "FROM temp.customers_fts_terms WHERE term >= ? AND term < ? AND offset > 0";
        SQLite::Statement probe(db, "SELECT count(*) FROM (SELECT 1 " + inside + " LIMIT ?)");
        probe.bind(1, pair);
        probe.bind(2, upper);
        probe.bind(3, PairCollectBelow);
        probe.executeStep();
        m_broad = probe.getColumn(0).getInt64() >= PairCollectBelow;
        probe.reset();
        if (!m_broad) {
            SQLite::Statement collect(db, "INSERT OR IGNORE INTO temp.pair_hits SELECT doc " + inside);
            collect.bind(1, pair);
            collect.bind(2, upper);
            m_count = collect.exec();
            SQLite::Statement tail(db, "INSERT OR IGNORE INTO temp.pair_hits SELECT id FROM customers WHERE "
                                       "substr(search_text, -2) = ? AND unicode(substr(search_text, -1)) >= 11904");
            tail.bind(1, pair);
            m_count += tail.exec();
            // With the table's size known SQLite reads the few hits by id; unanalysed, it takes it for a million
            // rows and may rather walk the scope's customers.
            db.exec("ANALYZE temp.pair_hits");
        }
        db.exec("DELETE FROM temp.pair_hits_of");
        SQLite::Statement remember(db, "INSERT INTO temp.pair_hits_of VALUES (?, ?, ?, ?, ?)");
        remember.bind(1, pair);
        remember.bind(2, static_cast<int64_t>(dataVersion));
        remember.bind(4, static_cast<int64_t>(m_count));
        remember.bind(5, m_broad ? 1 : 0);
        // The counter after this object's own writes to its temporary tables, this one included.
        remember.bind(3, static_cast<int64_t>(sqlite3_total_changes64(db.getHandle()) + 1));
        remember.exec();
    }
    PairHits(const PairHits&) = delete;
    PairHits& operator=(const PairHits&) = delete;

    bool active() const { return m_active; }

    // The name starts with the pair; or it is further inside: tested on each text read when broad, else one of
    // the collected hits (the list walks its name index over them from FtsWalkFrom on, like a broad trigram search).
    std::vector<SearchTerm> terms(int64_t walkFrom) const
    {
        SearchTerm name = prefixRange("c.name_pinyin", core::pinyinKeys(m_search).full);
        name.sql += " AND c.name GLOB ?";
        name.texts.push_back(QString(m_search + QLatin1Char('*')).toStdString());
        if (m_broad)
            return {name, {"instr(c.search_text, ?) > 0", {m_search.toStdString()}}};
        if (m_count >= walkFrom)
            return {name, {"+c.id IN (SELECT id FROM temp.pair_hits)", {}}};
        return {name, {"c.id IN (SELECT id FROM temp.pair_hits)", {}, true}};
    }

private:
    QString m_search;
    bool m_active = false;
    bool m_broad = false;
    int64_t m_count = 0;
};

// From this many trigram hits in the office on, the list walks its name index instead of sorting the hits.
constexpr int64_t FtsWalkFrom = 2000;

// The search of `query` as terms ORed together; none for an empty search. A Han pair's come from `pair`.
std::vector<SearchTerm> searchTerms(const CustomerQuery& query, const PairHits& pair)
{
    const QString search = query.search.trimmed();
    if (search.isEmpty())
        return {};
    if (search.size() >= 3)
        return {{"c.id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)", {ftsPhrase(search)}}};
    if (pair.active())
        return pair.terms(FtsWalkFrom);
    return shortSearchTerms(search);
}

// The terms a short search splits into for scopeArms; none for a trigram search (it has its own plan).
std::vector<SearchTerm> shortTerms(const CustomerQuery& query, const PairHits& pair)
{
    return query.search.trimmed().size() >= 3 ? std::vector<SearchTerm>{} : searchTerms(query, pair);
}

// The filters of `query` with `terms` as its search (ORed; none: no search).
WhereClause buildWhere(const Session& session, const CustomerQuery& query, const std::vector<SearchTerm>& terms)
{
    WhereClause where;
    where.sql = AccessScope::customerFilter(session, "c");
    if (!terms.empty()) {
        where.sql += " AND (";
        for (size_t i = 0; i < terms.size(); ++i) {
            where.sql += (i ? " OR (" : "(") + terms[i].sql + ")";
            where.texts.insert(where.texts.end(), terms[i].texts.begin(), terms[i].texts.end());
        }
        where.sql += ")";
    }
    if (!query.status.isEmpty()) {
        where.sql += " AND c.status = ?";
        where.texts.push_back(query.status.toStdString());
    }
    if (!query.abc.isEmpty()) {
        where.sql += " AND s.abc = ?";
        where.texts.push_back(query.abc.toStdString());
    }
    if (!query.churnRisk.isEmpty()) {
        where.sql += " AND s.churn_risk = ?";
        where.texts.push_back(query.churnRisk.toStdString());
    }
    if (!query.stage.isEmpty()) {
        where.sql += " AND s.lifecycle_stage = ?";
        where.texts.push_back(query.stage.toStdString());
    }
    if (query.keyOnly)
        where.sql += " AND c.is_key = 1";
    if (query.archived == CustomerQuery::Archived::Hidden)
        where.sql += " AND c.archived_at IS NULL";
    else if (query.archived == CustomerQuery::Archived::Only)
        where.sql += " AND c.archived_at IS NOT NULL";
    if (query.areaId > 0) {
        where.sql += " AND c.area_id = ?";
        where.ids.push_back(query.areaId);
    }
    if (query.ownerId > 0) {
        where.sql += " AND c.owner_id = ?";
        where.ids.push_back(query.ownerId);
    } else if (query.ownerId == CustomerQuery::kNoOwner) {
        where.sql += " AND c.owner_id IS NULL";
    }
    return where;
}

WhereClause buildWhere(const Session& session, const CustomerQuery& query, const PairHits& pair)
{
    return buildWhere(session, query, searchTerms(query, pair));
}

void bindWhere(SQLite::Statement& st, const WhereClause& where, int& index)
{
    for (const std::string& text : where.texts)
        st.bind(index++, text);
    for (int64_t id : where.ids)
        st.bind(index++, id);
}

// A list row's open complaints and open follow-up, as correlated subqueries over c.
std::string openComplaintsExpression()
{
    return "(SELECT count(*) FROM complaints k WHERE k.customer_id = c.id AND k.status NOT IN ('resolved', "
           "'closed'))";
}

// The open follow-up is the latest interaction's date, overdue or not (as followUpsDue and the agenda count it):
// a follow-up due yesterday must stay in sight until someone calls, and a later interaction answers it.
std::string nextFollowUpExpression()
{
    return "(SELECT i.next_follow_up FROM interactions i WHERE i.customer_id = c.id ORDER BY i.occurred_at DESC, "
           "i.id DESC LIMIT 1)";
}

// Interactions `i` no later interaction of the same customer follows.
const char* const kLatestInteraction =
    "NOT EXISTS (SELECT 1 FROM interactions later WHERE later.customer_id = i.customer_id AND (later.occurred_at > "
    "i.occurred_at OR (later.occurred_at = i.occurred_at AND later.id > i.id)))";

bool sortsOnScores(CustomerQuery::SortColumn column)
{
    using S = CustomerQuery::SortColumn;
    return column == S::LastOrder || column == S::Revenue12m || column == S::Abc || column == S::ChurnRisk ||
           column == S::Stage || column == S::Clv || column == S::PAlive;
}

bool needsScores(const CustomerQuery& query)
{
    return !query.abc.isEmpty() || !query.churnRisk.isEmpty() || !query.stage.isEmpty();
}

// Sorts that an index on (owner_id, key) serves in order: customers_owner_pinyin and customers_owner_region.
bool sortsByOwnerIndex(CustomerQuery::SortColumn column)
{
    return column == CustomerQuery::SortColumn::Name || column == CustomerQuery::SortColumn::Region;
}

// Disjoint pieces whose union is a manager's scope: one per user of the area, and the area's unassigned
// customers. Each piece walks an (owner_id, key) index in order, and a merge of the pieces stops after a page; the
// whole scope as one OR is a multi-index OR over 400 k rows and a sort. Every piece is still ANDed with the full
// AccessScope filter, so a piece can only narrow the scope, never widen it. Empty for other roles.
std::vector<std::string> managerScopeParts(const Session& session)
{
    std::vector<std::string> parts;
    if (!session.isManager() || session.user().areaId <= 0)
        return parts;
    const std::string area = std::to_string(session.user().areaId);
    SQLite::Statement users(session.db().sql(), "SELECT id FROM users WHERE area_id = " + area + " ORDER BY id");
    while (users.executeStep())
        parts.push_back("c.owner_id = " + std::to_string(users.getColumn(0).getInt64()));
    parts.push_back("c.owner_id IS NULL AND c.area_id = " + area);
    return parts;
}

// The query as a compound SELECT of `columns`: the pieces of a manager's scope times the ways the search
// matches (`terms`), each an index range or walk of its own, all disjoint. Empty sql when the query is one piece
// with at most one term and not `always`: then the plain statement is as good.
struct ScopeArms
{
    std::string sql;
    std::vector<WhereClause> wheres; // bound in order, one per arm
};

ScopeArms scopeArms(const Session& session, const CustomerQuery& query, const std::string& columns,
                    const std::string& joins, const std::vector<SearchTerm>& terms, bool always = false)
{
    ScopeArms arms;
    std::vector<std::string> parts = managerScopeParts(session);
    if (parts.size() <= 1 && terms.size() <= 1 && !always)
        return arms;
    if (parts.empty())
        parts.push_back({});
    // Term t leaves out what the terms before it match, so the arms are disjoint and UNION ALL streams: a UNION
    // would collect every match in a temporary table before the first row (and before a count's LIMIT).
    std::vector<SearchTerm> disjoint;
    for (size_t t = 0; t < terms.size(); ++t) {
        SearchTerm term = terms[t];
        if (t > 0) {
            term.sql = "(" + term.sql + ") AND NOT (";
            for (size_t before = 0; before < t; ++before) {
                term.sql += (before ? " OR (" : "(") + terms[before].sql + ")";
                term.texts.insert(term.texts.end(), terms[before].texts.begin(), terms[before].texts.end());
            }
            term.sql += ")";
        }
        disjoint.push_back(std::move(term));
    }
    for (const std::string& part : parts) {
        for (size_t t = 0; t < std::max<size_t>(disjoint.size(), 1); ++t) {
            const bool wholeScope = !disjoint.empty() && disjoint[t].wholeScope;
            if (wholeScope && &part != &parts.front())
                continue;
            WhereClause arm =
                disjoint.empty() ? buildWhere(session, query, {}) : buildWhere(session, query, {disjoint[t]});
            if (!part.empty() && !wholeScope)
                arm.sql += " AND " + part;
            arms.sql += std::string(arms.sql.empty() ? "" : " UNION ALL ") + "SELECT " + columns +
                        " FROM customers c " + joins + "WHERE " + arm.sql;
            arms.wheres.push_back(std::move(arm));
        }
    }
    return arms;
}

// How many customers of the whole office a trigram search hits, counting no further than `limit`.
int64_t ftsHits(SQLite::Database& db, const QString& search, int64_t limit)
{
    SQLite::Statement q(db,
                        "SELECT count(*) FROM (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT ?)");
    q.bind(1, ftsPhrase(search));
    q.bind(2, limit);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

} // namespace

core::Result<std::vector<CustomerListRow>> CustomerListQueries::list(const CustomerQuery& query)
{
    std::vector<CustomerListRow> rows;
    auto status = m_session.db().read([&]() -> core::Status {
        // First the ids of the page, then the columns of those rows only: the correlated counts and joins of a
        // list row cost per row, and SQLite computes them for every row it sorts, not only for the page. NOT INDEXED:
        // the rows are found by id; a manager's scope would otherwise be planned as a multi-index OR over 400 k rows.
        const std::vector<int64_t> ids = pageIds(query);
        if (ids.empty())
            return {};
        std::string idList;
        for (int64_t id : ids)
            idList += (idList.empty() ? "" : ",") + std::to_string(id);
        SQLite::Statement q(
            m_session.db().sql(),
            "SELECT c.id, c.code, c.name, c.kind, c.region, a.name, c.owner_id, u.display_name, c.status, c.is_key, "
            "s.last_order_date, s.revenue_12m, " +
                openComplaintsExpression() + ", " + nextFollowUpExpression() +
                ", s.abc, s.churn_risk, s.lifecycle_stage, s.clv_12m, s.p_alive "
                "FROM customers c NOT INDEXED LEFT JOIN areas a ON a.id = c.area_id LEFT JOIN users u ON u.id = "
                "c.owner_id "
                "LEFT JOIN scores s ON s.customer_id = c.id WHERE c.id IN (" +
                idList + ") AND " + AccessScope::customerFilter(m_session, "c"));
        std::unordered_map<int64_t, CustomerListRow> byId;
        while (q.executeStep()) {
            CustomerListRow row;
            row.id = q.getColumn(0).getInt64();
            row.code = sqlbind::toQString(q.getColumn(1));
            row.name = sqlbind::toQString(q.getColumn(2));
            row.kind = sqlbind::toQString(q.getColumn(3));
            row.region = sqlbind::toQString(q.getColumn(4));
            row.areaName = sqlbind::toQString(q.getColumn(5));
            row.ownerId = sqlbind::toId(q.getColumn(6));
            row.ownerName = sqlbind::toQString(q.getColumn(7));
            row.status = sqlbind::toQString(q.getColumn(8));
            row.isKey = q.getColumn(9).getInt() != 0;
            row.lastOrderDate = sqlbind::toDate(q.getColumn(10));
            row.revenue12m = q.getColumn(11).getDouble();
            row.openComplaints = q.getColumn(12).getInt();
            row.nextFollowUp = sqlbind::toDate(q.getColumn(13));
            row.abc = sqlbind::toQString(q.getColumn(14));
            row.churnRisk = sqlbind::toQString(q.getColumn(15));
            row.stage = sqlbind::toQString(q.getColumn(16));
            row.clv = q.getColumn(17).getDouble();
            row.pAlive = q.getColumn(18).isNull() ? -1.0 : q.getColumn(18).getDouble();
            const int64_t id = row.id;
            byId.emplace(id, std::move(row));
        }
        rows.reserve(ids.size());
        for (int64_t id : ids) {
            auto found = byId.find(id);
            if (found != byId.end())
                rows.push_back(std::move(found->second));
        }
        return {};
    });
    if (!status)
        return status.error();
    return rows;
}

std::vector<int64_t> CustomerListQueries::pageIds(const CustomerQuery& query)
{
    using S = CustomerQuery::SortColumn;
    const PairHits pairHits(m_session.db().sql(), query.search.trimmed());
    const WhereClause where = buildWhere(m_session, query, pairHits);
    const char* direction = query.ascending ? " ASC" : " DESC";
    const bool scores = needsScores(query) || sortsOnScores(query.sort);
    const std::string from = std::string("FROM customers c ") +
                             (query.sort == S::Owner ? "LEFT JOIN users u ON u.id = c.owner_id " : "") +
                             (scores ? "LEFT JOIN scores s ON s.customer_id = c.id " : "") + "WHERE " + where.sql;
    auto run = [&](const std::string& sql, int limit, int offset) {
        SQLite::Statement q(m_session.db().sql(), sql + " LIMIT ? OFFSET ?");
        int index = 1;
        bindWhere(q, where, index);
        q.bind(index++, limit);
        q.bind(index, offset);
        std::vector<int64_t> ids;
        while (q.executeStep())
            ids.push_back(q.getColumn(0).getInt64());
        return ids;
    };
    if (sortsByOwnerIndex(query.sort)) {
        const std::string joins = scores ? "LEFT JOIN scores s ON s.customer_id = c.id " : "";
        const QString search = query.search.trimmed();
        std::vector<SearchTerm> terms = shortTerms(query, pairHits);
        bool walk = false;
        if (search.size() >= 3 && ftsHits(m_session.db().sql(), search, FtsWalkFrom) >= FtsWalkFrom) {
            // A broad trigram search (tens of thousands of hits): the hits go to a temporary table once, and the
            // list walks its index in order, keeping the customers that are hits, until the page is full.
            // Looking up and sorting every hit instead costs hundreds of milliseconds for a manager.
            auto& db = m_session.db().sql();
            db.exec("CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)");
            db.exec("DELETE FROM temp.search_hits");
            SQLite::Statement hits(db, "INSERT INTO temp.search_hits SELECT rowid FROM customers_fts "
                                       "WHERE customers_fts MATCH ?");
            hits.bind(1, ftsPhrase(search));
            hits.exec();
            // The unary + keeps SQLite from driving the query by the hits (a lookup and sort of each).
            terms = {{"+c.id IN (SELECT id FROM temp.search_hits)", {}}};
            walk = true;
        }
        const ScopeArms arms =
            search.size() >= 3 && !walk
                ? ScopeArms{}
                : scopeArms(m_session, query, "c.id, " + sortExpression(query.sort), joins, terms, walk);
        if (!arms.sql.empty()) {
            // SQLite merges the arms in key order, each a coroutine walking its index: the page costs about its
            // own rows, where the same filter as one OR is a multi-index OR and a sort of every match.
            SQLite::Statement q(m_session.db().sql(),
                                arms.sql + " ORDER BY 2" + direction + ", 1" + direction + " LIMIT ? OFFSET ?");
            int index = 1;
            for (const WhereClause& arm : arms.wheres)
                bindWhere(q, arm, index);
            q.bind(index++, query.limit);
            q.bind(index, query.offset);
            std::vector<int64_t> ids;
            while (q.executeStep())
                ids.push_back(q.getColumn(0).getInt64());
            q.reset();
            if (walk)
                m_session.db().sql().exec("DELETE FROM temp.search_hits");
            return ids;
        }
    }
    // Parts of the list in display order, each one statement with its own LIMIT/OFFSET and count; the window's
    // offset runs through them in turn.
    struct Part
    {
        std::function<std::vector<int64_t>(int limit, int offset)> rows;
        std::function<int64_t()> count;
    };
    auto concat = [&](const std::vector<Part>& parts) {
        std::vector<int64_t> ids;
        int64_t offset = query.offset;
        int64_t wanted = query.limit;
        for (const Part& part : parts) {
            if (wanted <= 0)
                break;
            const std::vector<int64_t> got = part.rows(static_cast<int>(wanted), static_cast<int>(offset));
            if (static_cast<int64_t>(got.size()) < wanted)
                // Rows came: the window started inside this part. None: it starts past it, by what is left over.
                offset = got.empty() ? std::max<int64_t>(0, offset - part.count()) : 0;
            wanted -= static_cast<int64_t>(got.size());
            ids.insert(ids.end(), got.begin(), got.end());
        }
        return ids;
    };
    auto partCount = [&](const std::string& fromPart) {
        SQLite::Statement q(m_session.db().sql(), "SELECT count(*) " + fromPart);
        int index = 1;
        bindWhere(q, where, index);
        q.executeStep();
        return q.getColumn(0).getInt64();
    };

    if (query.sort == S::Owner && query.search.trimmed().isEmpty()) {
        // By rep, without a search (a search keeps the single statement: few matches, sorted at once): the customers of
        // each rep in turn, reps in display-name order (namesakes together, by id), the unassigned ones (no name: NULL)
        // first when ascending and last when descending: the same order as ORDER BY u.display_name, c.id. Each part is
        // an index range on owner_id and a sort of that rep's customers only; as one statement every customer of the
        // scope was joined and sorted (0.4 s for a manager). Foreign keys keep owner_id pointing at a user, so a
        // customer's name is NULL only without one. Only the users whose customers the scope can hold are asked for;
        // the scope filter stays in every part.
        std::string users = "1";
        if (m_session.user().role == Role::Rep)
            users = "id = " + std::to_string(m_session.userId());
        else if (m_session.isManager())
            users = "area_id = " + std::to_string(m_session.user().areaId);
        std::vector<std::string> owners;
        SQLite::Statement names(m_session.db().sql(), "SELECT group_concat(id) FROM users WHERE " + users +
                                                          " GROUP BY display_name ORDER BY display_name" + direction);
        while (names.executeStep())
            owners.push_back("c.owner_id IN (" + names.getColumn(0).getString() + ")");
        names.reset();
        owners.insert(query.ascending ? owners.begin() : owners.end(), "c.owner_id IS NULL");
        std::vector<Part> parts;
        for (const std::string& owner : owners) {
            const std::string fromPart = std::string("FROM customers c ") +
                                         (scores ? "LEFT JOIN scores s ON s.customer_id = c.id " : "") + "WHERE " +
                                         where.sql + " AND " + owner;
            parts.push_back({[&run, fromPart, direction](int limit, int offset) {
                                 return run("SELECT c.id " + fromPart + " ORDER BY c.id" + direction, limit, offset);
                             },
                             [&partCount, fromPart] { return partCount(fromPart); }});
        }
        return concat(parts);
    }
    if (query.sort != S::OpenComplaints && query.sort != S::NextFollowUp)
        return run("SELECT c.id " + from + " ORDER BY " + sortExpression(query.sort) + direction + ", c.id" + direction,
                   query.limit, query.offset);

    // Open complaints and follow-ups belong to few customers (tens of thousands in a million). Their key is
    // computed for those only; every other customer has the smallest key (0 or NULL), so they come first by id
    // when ascending and last when descending: the same order as ORDER BY key, c.id over all rows.
    const bool complaints = query.sort == S::OpenComplaints;
    const std::string keyed =
        complaints ? "c.id IN (SELECT customer_id FROM complaints WHERE status NOT IN ('resolved', 'closed'))"
                   : std::string("c.id IN (SELECT customer_id FROM interactions i WHERE i.next_follow_up IS NOT NULL "
                                 "AND ") +
                         kLatestInteraction + ")";
    auto fromKeyed = [&](bool withKey) { return from + (withKey ? " AND " : " AND NOT ") + keyed; };
    // The customers without a key, by id. Unfiltered (no search, no filter that keeps few customers), a walk of the
    // table in rowid order that stops after the page: a manager's scope as an index OR is 400 k rows to sort by id.
    const bool broad = query.search.trimmed().isEmpty() && query.ownerId == 0 && !query.keyOnly &&
                       query.status.isEmpty() && !needsScores(query);
    std::string plainFrom = fromKeyed(false);
    if (broad)
        plainFrom.replace(0, std::string("FROM customers c ").size(), "FROM customers c NOT INDEXED ");
    // The keys straight from the few complaints or follow-ups (grouped by customer), then their customers by id:
    // a key per customer from its own rows reads every interaction of every customer with a follow-up. INDEXED BY:
    // SQLite would rather group along interactions_customer, a scan of every interaction (0.9 s instead of 50 ms).
    const std::string keys =
        complaints
            ? "SELECT customer_id, count(*) AS sort_key FROM complaints WHERE status NOT IN ('resolved', "
              "'closed') GROUP BY customer_id"
            : std::string("SELECT i.customer_id, min(i.next_follow_up) AS sort_key FROM interactions i INDEXED BY "
                          "interactions_follow_up WHERE i.next_follow_up IS NOT NULL AND ") +
                  kLatestInteraction + " GROUP BY i.customer_id";
    const std::string keyedFrom = "FROM (" + keys + ") k CROSS JOIN customers c ON c.id = k.customer_id " +
                                  (scores ? "LEFT JOIN scores s ON s.customer_id = c.id " : "") + "WHERE " + where.sql;
    const Part keyedPart{[&](int limit, int offset) {
                             return run("SELECT c.id, k.sort_key " + keyedFrom + " ORDER BY k.sort_key" + direction +
                                            ", c.id" + direction,
                                        limit, offset);
                         },
                         [&] { return partCount(fromKeyed(true)); }};
    const Part plainPart{[&](int limit, int offset) {
                             return run("SELECT c.id " + plainFrom + " ORDER BY c.id" + direction, limit, offset);
                         },
                         [&] { return partCount(fromKeyed(false)); }};
    return query.ascending ? concat({plainPart, keyedPart}) : concat({keyedPart, plainPart});
}

core::Result<qint64> CustomerListQueries::count(const CustomerQuery& query, qint64 limit)
{
    try {
        const std::string joins = needsScores(query) ? "LEFT JOIN scores s ON s.customer_id = c.id " : "";
        const PairHits pairHits(m_session.db().sql(), query.search.trimmed());
        // A short search or a manager's scope: the same arms as the list, each an index range, counted together.
        const ScopeArms arms = query.search.trimmed().size() >= 3
                                   ? ScopeArms{}
                                   : scopeArms(m_session, query, "c.id", joins, shortTerms(query, pairHits));
        if (!arms.sql.empty()) {
            SQLite::Statement q(m_session.db().sql(),
                                "SELECT count(*) FROM (" + arms.sql + (limit > 0 ? " LIMIT ?)" : ")"));
            int index = 1;
            for (const WhereClause& arm : arms.wheres)
                bindWhere(q, arm, index);
            if (limit > 0)
                q.bind(index, static_cast<int64_t>(limit));
            q.executeStep();
            return static_cast<qint64>(q.getColumn(0).getInt64());
        }
        const WhereClause where = buildWhere(m_session, query, pairHits);
        const std::string from = "FROM customers c " + joins + "WHERE " + where.sql;
        // With a limit SQLite stops at the limit-th match instead of visiting every one.
        const std::string sql =
            limit > 0 ? "SELECT count(*) FROM (SELECT 1 " + from + " LIMIT ?)" : "SELECT count(*) " + from;
        SQLite::Statement q(m_session.db().sql(), sql);
        int index = 1;
        bindWhere(q, where, index);
        if (limit > 0)
            q.bind(index, static_cast<int64_t>(limit));
        q.executeStep();
        return static_cast<qint64>(q.getColumn(0).getInt64());
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Status CustomerListQueries::streamFileRows(const std::string& where,
                                                 const std::function<void(SQLite::Statement&)>& bind,
                                                 const std::string& joins,
                                                 const std::function<bool(const CustomerFileRow&)>& visit)
{
    // One statement, one row per contact: SQLite walks the customers in code order (its unique index) and each
    // one's contacts by contacts_customer, so nothing is sorted or held; the row object is reused.
    SQLite::Statement q(m_session.db().sql(),
                        "SELECT " + customerSelectColumns() +
                            ", a.name, u.username, r.code, ct.id, ct.name, ct.title, ct.phone, ct.mobile, ct.email, "
                            "ct.birthday, ct.is_primary, ct.notes, ct.do_not_contact FROM customers c " +
                            joins +
                            "LEFT JOIN areas a ON a.id = c.area_id LEFT JOIN users u ON u.id = c.owner_id "
                            "LEFT JOIN customers r ON r.id = c.referred_by_id "
                            "LEFT JOIN contacts ct ON ct.customer_id = c.id WHERE " +
                            where + " ORDER BY c.code, ct.is_primary DESC, ct.id");
    bind(q);
    const int extra = static_cast<int>(customerColumns().size()) + 4;
    CustomerFileRow row;
    qint64 current = 0;
    while (q.executeStep()) {
        const qint64 id = q.getColumn(0).getInt64();
        row.firstOfCustomer = id != current;
        if (row.firstOfCustomer) {
            current = id;
            row.customer = readCustomerColumns(q);
            row.areaName = sqlbind::toQString(q.getColumn(extra));
            row.ownerUsername = sqlbind::toQString(q.getColumn(extra + 1));
            row.referredByCode = sqlbind::toQString(q.getColumn(extra + 2));
        }
        if (q.getColumn(extra + 3).isNull()) {
            row.contact.reset();
        } else {
            core::Contact contact;
            contact.id = q.getColumn(extra + 3).getInt64();
            contact.customerId = id;
            contact.name = sqlbind::toQString(q.getColumn(extra + 4));
            contact.title = sqlbind::toQString(q.getColumn(extra + 5));
            contact.phone = sqlbind::toQString(q.getColumn(extra + 6));
            contact.mobile = sqlbind::toQString(q.getColumn(extra + 7));
            contact.email = sqlbind::toQString(q.getColumn(extra + 8));
            contact.birthday = sqlbind::toDate(q.getColumn(extra + 9));
            contact.isPrimary = q.getColumn(extra + 10).getInt() != 0;
            contact.notes = sqlbind::toQString(q.getColumn(extra + 11));
            contact.doNotContact = q.getColumn(extra + 12).getInt() != 0;
            row.contact = std::move(contact);
        }
        if (!visit(row))
            break;
    }
    return {};
}

core::Status CustomerListQueries::forEachFileRow(const CustomerQuery& query,
                                                 const std::function<bool(const CustomerFileRow&)>& visit)
{
    try {
        return m_session.db().read([&]() -> core::Status {
            // The list's own filter (scope, search, status, area, rep, key, scores), so an export holds exactly
            // what the list shows.
            const PairHits pairHits(m_session.db().sql(), query.search.trimmed());
            const WhereClause where = buildWhere(m_session, query, pairHits);
            const std::string joins = needsScores(query) ? "LEFT JOIN scores s ON s.customer_id = c.id " : "";
            return streamFileRows(
                where.sql,
                [&](SQLite::Statement& q) {
                    int index = 1;
                    bindWhere(q, where, index);
                },
                joins, visit);
        });
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Status CustomerListQueries::forEachFileRowOf(qint64 customerId,
                                                   const std::function<bool(const CustomerFileRow&)>& visit)
{
    try {
        return m_session.db().read([&]() -> core::Status {
            if (auto visible = AccessScope::requireCustomer(m_session, customerId); !visible)
                return visible;
            return streamFileRows(
                "c.id = ? AND " + AccessScope::customerFilter(m_session, "c"),
                [&](SQLite::Statement& q) { q.bind(1, static_cast<int64_t>(customerId)); }, {}, visit);
        });
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

} // namespace carddesk::storage
