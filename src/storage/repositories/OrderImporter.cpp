#include "storage/repositories/OrderImporter.h"

#include "analytics/DayNumber.h"
#include "core/PinyinText.h"
#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/db/DeferredIndex.h"
#include "storage/db/IsoDay.h"
#include "storage/db/MultiRowInsert.h"
#include "storage/db/SearchIndexPause.h"
#include "storage/repositories/CardKeyMaker.h"
#include "storage/repositories/CustomerRepository.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <array>
#include <deque>
#include <limits>
#include <numeric>
#include <optional>
#include <spdlog/spdlog.h>
#include <string_view>
#include <unordered_map>

namespace carddesk::storage {

namespace {

std::size_t g_rebuildIndexFrom = 200000;

std::int64_t maxOrderId(SQLite::Database& db)
{
    // The rowid's maximum is one look-up; a count would read the whole table.
    return db.execAndGet("SELECT coalesce(max(id), 0) FROM orders").getInt64();
}

} // namespace

using core::ErrorCode;
using core::makeError;

void OrderImporter::setIndexRebuildFrom(std::size_t orders)
{
    g_rebuildIndexFrom = orders;
}

core::Result<OrderImportSummary> OrderImporter::import(Session& session, std::span<const std::string> customerCodes,
                                                       std::span<const std::int32_t> days,
                                                       std::span<const double> amounts,
                                                       std::span<const std::int64_t> fileRows, bool createCustomers,
                                                       const QString& sourceName, const OrderImportFile* file)
{
    if (customerCodes.size() != days.size() || days.size() != amounts.size() || amounts.size() != fileRows.size())
        return makeError(ErrorCode::Internal, QStringLiteral("order columns of different lengths"));
    if (customerCodes.size() > std::numeric_limits<std::uint32_t>::max())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: too many rows").arg(sourceName));
    OrderImportSummary summary;
    QElapsedTimer timer;
    timer.start();
    qint64 resolvedNs = 0;
    qint64 createdNs = 0;
    qint64 indexedNs = 0;
    qint64 insertedNs = 0;
    // Every customer id comes from the customers table under this transaction's write lock (read, or inserted
    // here) and created_by, owner and area are the session's user and area, checked first below: SQLite's
    // per-row foreign-key look-ups (a third of an import) are switched off.
    auto status = session.db().writeWithoutForeignKeyChecks([&]() -> core::Status {
        auto& db = session.db().sql();
        {
            SQLite::Statement account(db, "SELECT count(*) FROM users u WHERE u.id = ?1 AND u.active = 1 AND (?2 = 0 "
                                          "OR EXISTS (SELECT 1 FROM areas a WHERE a.id = ?2))");
            account.bind(1, static_cast<int64_t>(session.user().id));
            account.bind(2, static_cast<int64_t>(std::max<qint64>(0, session.user().areaId)));
            account.executeStep();
            if (account.getColumn(0).getInt() != 1)
                return makeError(ErrorCode::Conflict,
                                 QStringLiteral("%1: your account or its area changed since you logged in; log in "
                                                "again and repeat the import")
                                     .arg(sourceName));
        }
        if (file && !file->again) {
            SQLite::Statement before(db, "SELECT f.file_name, f.orders, f.imported_at, coalesce(u.username, ''), "
                                         "coalesce(f.user_id, 0) FROM order_import_files f LEFT JOIN users u ON u.id = "
                                         "f.user_id WHERE f.sha256 = ?");
            before.bind(1, file->sha256.toStdString());
            if (before.executeStep()) {
                // Stored in UTC, said in the office's time.
                const QString at =
                    QDateTime::fromString(QString::fromStdString(before.getColumn(2).getString()), Qt::ISODate)
                        .toLocalTime()
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                // A rep is not told another user's file name, count or name: the check is the office's.
                const bool someoneElse = before.getColumn(4).getInt64() != session.user().id;
                const QString earlier = someoneElse && session.user().role == core::Role::Rep
                                            ? QStringLiteral("on %1 by another user").arg(at)
                                            : QStringLiteral("as %1, %2 orders, on %3 by %4")
                                                  .arg(QString::fromStdString(before.getColumn(0).getString()))
                                                  .arg(before.getColumn(1).getInt64())
                                                  .arg(at, QString::fromStdString(before.getColumn(3).getString()));
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("%1 was imported already (%2): importing it again would count its "
                                                "orders twice; give --again if that is what you want")
                                     .arg(sourceName, earlier),
                                 QStringLiteral("file"));
            }
        }
        // A load twice as large as what is stored sorts the date index once at its end instead of updating it at
        // random (its keys do not come in date order): 3.55 M orders 16.5 s -> 2.9 s + 2.6 s for the index
        // (2026-12-06). Dropped first, while no statement of this transaction is pending (SQLite refuses a DROP then).
        std::optional<DeferredIndex> dateIndex;
        if (customerCodes.size() >= g_rebuildIndexFrom &&
            customerCodes.size() >= 2 * static_cast<std::size_t>(maxOrderId(db)))
            dateIndex.emplace(db, "orders_date");
        const std::string scope = AccessScope::customerFilter(session, "c");
        const bool wholeOffice = AccessScope::coversWholeOffice(session);
        // The codes the user may see. Keys are views into `known` (stable addresses) or into customerCodes.
        std::deque<std::string> known;
        std::unordered_map<std::string_view, int64_t> ids;
        ids.reserve(static_cast<std::size_t>(db.execAndGet("SELECT count(*) FROM customers").getInt64()) +
                    (createCustomers ? customerCodes.size() / 2 : 0));
        {
            SQLite::Statement q(db, "SELECT c.code, c.id FROM customers c WHERE " + scope);
            while (q.executeStep()) {
                known.emplace_back(q.getColumn(0).getString());
                ids.emplace(known.back(), q.getColumn(1).getInt64());
            }
        }
        SQLite::Statement exists(db, "SELECT 1 FROM customers WHERE code = ?");
        // Pass 1: resolve every code before anything is written. A new code gets a placeholder -(k + 1), k being its
        // place in newRows (the row of its first use), until ids are given out below.
        std::vector<int64_t> customerOf(customerCodes.size());
        std::vector<std::uint32_t> newRows;
        for (std::size_t i = 0; i < customerCodes.size(); ++i) {
            const std::string& code = customerCodes[i];
            if (i > 0 && code == customerCodes[i - 1]) {
                customerOf[i] = customerOf[i - 1]; // a customer's orders usually come together
                continue;
            }
            auto it = ids.find(code);
            if (it == ids.end()) {
                // Without --create-customers another rep's code and a missing one get the same answer, and nothing
                // is looked up outside the scope: the message must not tell a rep which codes exist. With it, a code
                // taken outside the scope cannot be created (codes are unique in the office), which the refusal
                // cannot hide; it is worded the same whatever the scope of the card that holds it.
                bool existsElsewhere = false;
                if (createCustomers && !wholeOffice) {
                    exists.bind(1, code);
                    existsElsewhere = exists.executeStep();
                    exists.reset();
                }
                if (existsElsewhere || !createCustomers)
                    return makeError(ErrorCode::InvalidArgument,
                                     QStringLiteral("%1, row %2, customer_code: no customer '%3' in your scope%4")
                                         .arg(sourceName)
                                         .arg(fileRows[i])
                                         .arg(QString::fromStdString(code),
                                              existsElsewhere
                                                  ? QStringLiteral(", and the code cannot be created: customer codes "
                                                                   "are unique in the office")
                                                  : QStringLiteral(" (--create-customers adds new codes)")),
                                     QStringLiteral("customer_code"), fileRows[i]);
                it = ids.emplace(code, -static_cast<int64_t>(newRows.size()) - 1).first;
                newRows.push_back(static_cast<std::uint32_t>(i));
            }
            customerOf[i] = it->second;
        }
        resolvedNs = timer.nsecsElapsed();
        const QString now = Database::nowIso();
        const std::string nowText = now.toStdString();
        const core::User& user = session.user();
        if (!newRows.empty()) {
            // New cards get ids in code order, so the code index (and the name and pinyin ones, name = code) grow
            // at their end instead of at random places.
            std::vector<std::uint32_t> byCode(newRows.size());
            std::iota(byCode.begin(), byCode.end(), 0U);
            auto codeOrder = [&](std::uint32_t a, std::uint32_t b) {
                return customerCodes[newRows[a]] < customerCodes[newRows[b]];
            };
            if (!std::is_sorted(byCode.begin(), byCode.end(), codeOrder))
                std::sort(byCode.begin(), byCode.end(), codeOrder);
            const qint64 firstNewId = db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM customers").getInt64();
            std::vector<int64_t> newIds(newRows.size());
            for (std::size_t r = 0; r < byCode.size(); ++r)
                newIds[byCode[r]] = firstNewId + static_cast<int64_t>(r);
            for (int64_t& id : customerOf)
                if (id < 0)
                    id = newIds[static_cast<std::size_t>(-id - 1)];

            // The search keys of the new cards are made on a second thread while this one inserts the cards.
            CardKeyMaker keyMaker(customerCodes, newRows, byCode);
            SearchIndexPause searchPause(session.db());
            // ?1 owner, ?2 area, ?3 now; then per card: id, code (also the name), pinyin, initials, search text.
            // The indexes stay: ids in code order make every key of the customers' indexes arrive in order (name =
            // code, constant status, owner and area), so each insert appends, which measured faster than dropping
            // them and sorting them again afterwards (docs/PERFORMANCE.md).
            auto p = [](int n) { return "?" + std::to_string(n); };
            MultiRowInsert cards(
                db,
                "INSERT INTO customers (id, code, name, name_pinyin, name_initials, search_text, status, owner_id, "
                "area_id, created_at, updated_at) VALUES ",
                [&p](int b) {
                    return "(" + p(b) + ", " + p(b + 1) + ", " + p(b + 1) + ", " + p(b + 2) + ", " + p(b + 3) + ", " +
                           p(b + 4) + ", 'current', ?1, ?2, ?3, ?3)";
                },
                5, 3);
            cards.bindShared([&](RawStatement& st) {
                if (user.role == core::Role::Rep)
                    st.bind(1, static_cast<std::int64_t>(user.id));
                if (user.areaId > 0)
                    st.bind(2, static_cast<std::int64_t>(user.areaId));
                st.bindStatic(3, nowText);
            });
            cards.insertRows(
                byCode.size(),
                [&](RawStatement& st, int b, std::size_t, std::size_t r) {
                    const CardKeyMaker::Keys keys = keyMaker.keys(r);
                    st.bind(b, static_cast<std::int64_t>(firstNewId + static_cast<std::int64_t>(r)));
                    st.bindStatic(b + 1, customerCodes[newRows[byCode[r]]]);
                    st.bindStatic(b + 2, keys.pinyin);
                    st.bindStatic(b + 3, keys.initials);
                    st.bindStatic(b + 4, keys.searchText);
                },
                [&keyMaker](std::size_t done) { keyMaker.release(done); });
            summary.customersCreated = static_cast<qint64>(byCode.size());
            createdNs = timer.nsecsElapsed();
            searchPause.resume(firstNewId);
        } else {
            createdNs = timer.nsecsElapsed();
        }
        indexedNs = timer.nsecsElapsed();
        // Pass 2: orders in (customer, date) order, so the covering index grows at its end instead of at random.
        // Files are often in that order already (exports sorted by customer): then no sort at all.
        std::vector<std::uint32_t> order(customerCodes.size());
        std::iota(order.begin(), order.end(), 0U);
        auto before = [&](std::uint32_t a, std::uint32_t b) {
            return customerOf[a] != customerOf[b] ? customerOf[a] < customerOf[b] : days[a] < days[b];
        };
        if (!std::is_sorted(order.begin(), order.end(), before))
            std::stable_sort(order.begin(), order.end(), before);
        {
            // Many rows per statement: the per-statement work of SQLite's VM is paid once per batch.
            // ?1 the importing user; then per order: customer, date, amount.
            MultiRowInsert ordersInsert(
                db, "INSERT INTO orders (customer_id, order_date, amount, created_by, imported) VALUES ",
                [](int b) {
                    return "(?" + std::to_string(b) + ", ?" + std::to_string(b + 1) + ", ?" + std::to_string(b + 2) +
                           ", ?1, 1)";
                },
                3, 1, 64);
            ordersInsert.bindShared([&](RawStatement& st) { st.bind(1, static_cast<std::int64_t>(user.id)); });
            std::vector<std::array<char, 10>> dates(ordersInsert.rowsPerStatement());
            ordersInsert.insert(order, [&](RawStatement& st, int b, std::size_t slot, std::uint32_t i) {
                st.bind(b, static_cast<std::int64_t>(customerOf[i]));
                st.bindStatic(b + 1, isoDayText(days[i], dates[slot]));
                st.bind(b + 2, amounts[i]);
            });
        } // its statements finalized: the index below is made with none of them pending
        if (dateIndex)
            dateIndex->restore();
        summary.ordersImported = static_cast<qint64>(order.size());
        insertedNs = timer.nsecsElapsed();
        if (file && summary.ordersImported > 0) { // a file of no orders cannot count any twice
            SQLite::Statement record(db, "INSERT OR REPLACE INTO order_import_files (sha256, file_name, orders, "
                                         "imported_at, user_id) VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', "
                                         "'now'), ?)");
            record.bind(1, file->sha256.toStdString());
            record.bind(2, sourceName.toStdString());
            record.bind(3, static_cast<int64_t>(summary.ordersImported));
            record.bind(4, static_cast<int64_t>(user.id));
            record.exec();
        }
        AuditTrail::recordChange(session.db(), user.id, QStringLiteral("import"), QStringLiteral("orders"), 0, 0,
                                 QStringLiteral("orders"), QString(),
                                 QStringLiteral("%1 orders, %2 new customers from %3")
                                     .arg(summary.ordersImported)
                                     .arg(summary.customersCreated)
                                     .arg(sourceName));
        return {};
    });
    if (!status)
        return status.error();
    spdlog::debug("import of {} orders: resolve codes {:.3f} s, create {} customers {:.3f} s, search index "
                  "{:.3f} s, orders {:.3f} s, commit {:.3f} s",
                  summary.ordersImported, resolvedNs / 1e9, summary.customersCreated, (createdNs - resolvedNs) / 1e9,
                  (indexedNs - createdNs) / 1e9, (insertedNs - indexedNs) / 1e9,
                  (timer.nsecsElapsed() - insertedNs) / 1e9);
    return summary;
}

} // namespace carddesk::storage
