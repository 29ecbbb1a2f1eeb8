#include "storage/queries/BasketQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/Database.h"
#include "storage/db/RawStatement.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <iterator>
#include <limits>

namespace carddesk::storage {

namespace {

// Dense numbers for ids: a direct table when the ids are compact (the usual case: rowids), else a binary search.
class DenseIndex
{
public:
    explicit DenseIndex(const std::vector<qint64>& ids) : m_ids(ids)
    {
        if (!ids.empty() && ids.front() >= 0 && ids.back() <= static_cast<qint64>(ids.size()) * 4 + 1024) {
            m_table.assign(static_cast<std::size_t>(ids.back()) + 1, kNone);
            for (std::size_t i = 0; i < ids.size(); ++i)
                m_table[static_cast<std::size_t>(ids[i])] = static_cast<std::uint32_t>(i);
        }
    }
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

    std::uint32_t operator()(qint64 id) const
    {
        if (!m_table.empty())
            return id >= 0 && static_cast<std::size_t>(id) < m_table.size() ? m_table[static_cast<std::size_t>(id)]
                                                                            : kNone;
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        return it != m_ids.end() && *it == id ? static_cast<std::uint32_t>(it - m_ids.begin()) : kNone;
    }

private:
    const std::vector<qint64>& m_ids;
    std::vector<std::uint32_t> m_table;
};

std::vector<qint64> readIds(SQLite::Database& db, const std::string& sql)
{
    RawStatement st(db, sql);
    std::vector<qint64> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

const char* const kMarkSql =
    "SELECT (SELECT count(*) FROM order_lines), (SELECT coalesce(max(id), 0) FROM order_lines), "
    "(SELECT count(*) FROM customer_products), (SELECT coalesce(max(rowid), 0) FROM customer_products), "
    "(SELECT count(*) FROM customers), (SELECT coalesce(max(id), 0) FROM customers), "
    "(SELECT count(*) FROM products), (SELECT coalesce(max(id), 0) FROM products), "
    "(SELECT coalesce(max(id), 0) FROM orders)";

std::string readMark(SQLite::Database& db)
{
    RawStatement st(db, kMarkSql);
    std::string mark;
    if (st.step()) {
        for (int c = 0; c < 9; ++c)
            mark += std::to_string(st.int64(c)) + ';';
    }
    return mark;
}

} // namespace

core::Result<OfficeBaskets> BasketQueries::officeBaskets(Session& session)
{
    OfficeBaskets out;
    auto status = session.db().read([&]() -> core::Status {
        auto& db = session.db().sql();
        out.mark = readMark(db);
        // Ids without ORDER BY: SQLite then reads them from a narrow covering index instead of walking the whole
        // customers table (0.2 s instead of 2.7 s at a million customers); sorted here.
        out.customerIds = readIds(db, "SELECT id FROM customers");
        std::sort(out.customerIds.begin(), out.customerIds.end());
        out.productIds = readIds(db, "SELECT id FROM products");
        std::sort(out.productIds.begin(), out.productIds.end());
        const DenseIndex customer(out.customerIds);
        const DenseIndex product(out.productIds);
        std::vector<std::uint64_t> keys;
        {
            RawStatement st(db, "SELECT customer_id, product_id FROM customer_products");
            while (st.step()) {
                const std::uint32_t c = customer(st.int64(0));
                const std::uint32_t p = product(st.int64(1));
                if (c != DenseIndex::kNone && p != DenseIndex::kNone)
                    keys.push_back(analytics::Baskets::key(c, p));
            }
        }
        // Each order's customer from the covering index orders_customer_date, then the lines in table order: two
        // sequential reads instead of a rowid look-up into orders for each of millions of lines.
        std::vector<qint64> orderIds;
        std::vector<std::uint32_t> orderCustomer;
        {
            RawStatement st(db, "SELECT id, customer_id FROM orders");
            std::vector<std::pair<qint64, std::uint32_t>> pairs;
            while (st.step())
                pairs.emplace_back(st.int64(0), customer(st.int64(1)));
            std::sort(pairs.begin(), pairs.end());
            orderIds.reserve(pairs.size());
            orderCustomer.reserve(pairs.size());
            for (const auto& [id, c] : pairs) {
                orderIds.push_back(id);
                orderCustomer.push_back(c);
            }
        }
        const DenseIndex order(orderIds);
        {
            RawStatement st(db, "SELECT order_id, product_id FROM order_lines");
            while (st.step()) {
                const std::uint32_t o = order(st.int64(0));
                if (o == DenseIndex::kNone)
                    continue;
                const std::uint32_t c = orderCustomer[o];
                const std::uint32_t p = product(st.int64(1));
                if (c != DenseIndex::kNone && p != DenseIndex::kNone)
                    keys.push_back(analytics::Baskets::key(c, p));
            }
        }
        out.baskets = analytics::Baskets::fromPairs(out.customerIds.size(),
                                                    static_cast<std::uint32_t>(out.productIds.size()), std::move(keys));
        return core::Status::success();
    });
    if (!status)
        return status.error();
    return out;
}

core::Result<std::string> BasketQueries::mark(Session& session)
{
    std::string mark;
    auto status = session.db().read([&]() -> core::Status {
        mark = readMark(session.db().sql());
        return core::Status::success();
    });
    if (!status)
        return status.error();
    return mark;
}

core::Result<std::vector<qint64>> BasketQueries::customerProducts(Session& session, qint64 customerId)
{
    std::vector<qint64> ids;
    auto status = session.db().read([&]() -> core::Status {
        if (auto allowed = AccessScope::requireCustomer(session, customerId); !allowed)
            return allowed;
        SQLite::Statement st(session.db().sql(),
                             "SELECT product_id FROM customer_products WHERE customer_id = ?1 "
                             "UNION SELECT l.product_id FROM orders o JOIN order_lines l ON l.order_id = o.id "
                             "WHERE o.customer_id = ?1 ORDER BY 1");
        st.bind(1, static_cast<int64_t>(customerId));
        while (st.executeStep())
            ids.push_back(st.getColumn(0).getInt64());
        return core::Status::success();
    });
    if (!status)
        return status.error();
    return ids;
}

core::Result<std::vector<qint64>> BasketQueries::scopedCustomerIds(Session& session)
{
    std::vector<qint64> ids;
    auto status = session.db().read([&]() -> core::Status {
        auto& db = session.db().sql();
        // The scope's ids from an index (the whole office: the narrowest covering index), less the archived ones
        // (a partial index): no walk of the wide customers table.
        ids = AccessScope::coversWholeOffice(session)
                  ? readIds(db, "SELECT id FROM customers")
                  : readIds(db, "SELECT c.id FROM customers c WHERE " + AccessScope::customerFilter(session, "c"));
        std::vector<qint64> archived = readIds(db, "SELECT id FROM customers WHERE archived_at IS NOT NULL");
        std::sort(ids.begin(), ids.end());
        std::sort(archived.begin(), archived.end());
        std::vector<qint64> live;
        live.reserve(ids.size());
        std::set_difference(ids.begin(), ids.end(), archived.begin(), archived.end(), std::back_inserter(live));
        ids = std::move(live);
        return core::Status::success();
    });
    if (!status)
        return status.error();
    return ids;
}

core::Result<std::vector<CrossSellProduct>> BasketQueries::products(Session& session)
{
    std::vector<CrossSellProduct> out;
    auto status = session.db().read([&]() -> core::Status {
        SQLite::Statement st(session.db().sql(), "SELECT id, code, name, category, active FROM products ORDER BY id");
        while (st.executeStep()) {
            out.push_back({st.getColumn(0).getInt64(), QString::fromStdString(st.getColumn(1).getString()),
                           QString::fromStdString(st.getColumn(2).getString()),
                           QString::fromStdString(st.getColumn(3).getString()), st.getColumn(4).getInt() != 0});
        }
        return core::Status::success();
    });
    if (!status)
        return status.error();
    return out;
}

core::Result<std::vector<CrossSellCustomer>> BasketQueries::customers(Session& session, const std::vector<qint64>& ids)
{
    std::vector<CrossSellCustomer> out;
    auto status = session.db().read([&]() -> core::Status {
        SQLite::Statement st(session.db().sql(),
                             "SELECT c.id, c.code, c.name, coalesce(nullif(u.display_name, ''), u.username, '') "
                             "FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ? AND " +
                                 AccessScope::customerFilter(session, "c"));
        for (qint64 id : ids) {
            st.bind(1, static_cast<int64_t>(id));
            if (st.executeStep()) {
                out.push_back({st.getColumn(0).getInt64(), QString::fromStdString(st.getColumn(1).getString()),
                               QString::fromStdString(st.getColumn(2).getString()),
                               QString::fromStdString(st.getColumn(3).getString())});
            }
            st.reset();
        }
        return core::Status::success();
    });
    if (!status)
        return status.error();
    return out;
}

} // namespace carddesk::storage
