#include "storage/OrderImporter.h"

#include "analytics/DayNumber.h"
#include "core/PinyinText.h"
#include "storage/AccessScope.h"
#include "storage/AuditTrail.h"
#include "storage/CustomerRepository.h"
#include "storage/SearchIndexPause.h"

#include <QElapsedTimer>

#include <SQLiteCpp/SQLiteCpp.h>
#include <spdlog/spdlog.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <numeric>
#include <unordered_map>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {
void isoDate(std::int32_t day, char (&buffer)[11])
{
    const analytics::CivilDate date = analytics::civilDate(day);
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year), date.month, date.day);
}
} // namespace

core::Result<OrderImportSummary> OrderImporter::import(Session& session, std::span<const std::string> customerCodes,
                                                       std::span<const std::int32_t> days,
                                                       std::span<const double> amounts,
                                                       std::span<const std::int64_t> fileRows, bool createCustomers,
                                                       const QString& sourceName)
{
    if (customerCodes.size() != days.size() || days.size() != amounts.size() || amounts.size() != fileRows.size())
        return makeError(ErrorCode::Internal, QStringLiteral("order columns of different lengths"));
    OrderImportSummary summary;
    QElapsedTimer timer;
    timer.start();
    qint64 resolvedNs = 0;
    qint64 indexedNs = 0;
    qint64 insertedNs = 0;
    auto status = session.db().write([&]() -> core::Status {
        auto& db = session.db().sql();
        std::unordered_map<std::string, int64_t> ids;
        const std::string scope = AccessScope::customerFilter(session, "c");
        const bool wholeOffice = scope == "1";
        {
            SQLite::Statement q(db, "SELECT c.code, c.id FROM customers c WHERE " + scope);
            while (q.executeStep())
                ids.emplace(q.getColumn(0).getString(), q.getColumn(1).getInt64());
        }
        SQLite::Statement exists(db, "SELECT 1 FROM customers WHERE code = ?");
        std::optional<SQLite::Statement> insertCustomer;
        const QString now = Database::nowIso();
        const std::string nowText = now.toStdString();
        const core::User& user = session.user();
        std::optional<SearchIndexPause> searchPause;
        const qint64 firstNewId = db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM customers").getInt64();
        // Pass 1: resolve every code (creating cards when asked) before any order is written.
        std::vector<int64_t> customerOf(customerCodes.size());
        for (std::size_t i = 0; i < customerCodes.size(); ++i) {
            const std::string& code = customerCodes[i];
            auto it = ids.find(code);
            if (it == ids.end()) {
                // For a whole-office scope the map already holds every code; otherwise the code may exist outside it.
                bool existsElsewhere = false;
                if (!wholeOffice) {
                    exists.bind(1, code);
                    existsElsewhere = exists.executeStep();
                    exists.reset();
                }
                if (existsElsewhere || !createCustomers)
                    return makeError(ErrorCode::InvalidArgument,
                                     QStringLiteral("%1, row %2, customer_code: no customer '%3'%4")
                                         .arg(sourceName)
                                         .arg(fileRows[i])
                                         .arg(QString::fromStdString(code),
                                              existsElsewhere ? QStringLiteral(" in your scope")
                                                              : QStringLiteral(" (use --create-customers to add it)")),
                                     QStringLiteral("customer_code"), fileRows[i]);
                if (!insertCustomer) {
                    searchPause.emplace(session.db());
                    insertCustomer.emplace(db, "INSERT INTO customers (code, name, name_pinyin, name_initials, "
                                               "search_text, status, owner_id, area_id, created_at, updated_at) "
                                               "VALUES (?, ?, ?, ?, ?, 'current', ?, ?, ?, ?)");
                }
                core::Customer card;
                card.code = QString::fromStdString(code);
                card.name = card.code;
                const core::PinyinKeys keys = core::pinyinKeys(card.name);
                insertCustomer->bind(1, code);
                insertCustomer->bind(2, code);
                insertCustomer->bind(3, keys.full.toStdString());
                insertCustomer->bind(4, keys.initials.toStdString());
                insertCustomer->bind(5, CustomerRepository::buildSearchText(card, {}).toStdString());
                if (user.role == core::Role::Rep)
                    insertCustomer->bind(6, static_cast<int64_t>(user.id));
                else
                    insertCustomer->bind(6);
                if (user.areaId > 0)
                    insertCustomer->bind(7, static_cast<int64_t>(user.areaId));
                else
                    insertCustomer->bind(7);
                insertCustomer->bind(8, nowText);
                insertCustomer->bind(9, nowText);
                insertCustomer->exec();
                insertCustomer->reset();
                it = ids.emplace(code, db.getLastInsertRowid()).first;
                ++summary.customersCreated;
            }
            customerOf[i] = it->second;
        }
        resolvedNs = timer.nsecsElapsed();
        if (searchPause)
            searchPause->resume(firstNewId);
        indexedNs = timer.nsecsElapsed();
        // Pass 2: orders in (customer, date) order, so the covering index grows at its end instead of at random.
        std::vector<std::uint32_t> order(customerCodes.size());
        std::iota(order.begin(), order.end(), 0U);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return customerOf[a] != customerOf[b] ? customerOf[a] < customerOf[b] : days[a] < days[b];
        });
        // Many rows per statement: the per-statement work of SQLite's VM is paid once per batch.
        constexpr std::size_t kBatch = 64;
        std::string batchSql = "INSERT INTO orders (customer_id, order_date, amount, created_by) VALUES ";
        for (std::size_t k = 0; k < kBatch; ++k)
            batchSql += k == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)";
        SQLite::Statement insertBatch(db, batchSql);
        SQLite::Statement insertOne(db, "INSERT INTO orders (customer_id, order_date, amount, created_by) "
                                        "VALUES (?, ?, ?, ?)");
        std::vector<std::array<char, 11>> dates(kBatch);
        const int64_t userId = user.id;
        std::size_t next = 0;
        while (next < order.size()) {
            const bool full = order.size() - next >= kBatch;
            SQLite::Statement& st = full ? insertBatch : insertOne;
            const std::size_t count = full ? kBatch : 1;
            for (std::size_t k = 0; k < count; ++k) {
                const std::uint32_t i = order[next + k];
                isoDate(days[i], *reinterpret_cast<char(*)[11]>(dates[k].data()));
                const int base = static_cast<int>(k) * 4;
                st.bind(base + 1, customerOf[i]);
                st.bindNoCopy(base + 2, dates[k].data());
                st.bind(base + 3, amounts[i]);
                st.bind(base + 4, userId);
            }
            st.exec();
            st.reset();
            next += count;
            summary.ordersImported += static_cast<qint64>(count);
        }
        insertedNs = timer.nsecsElapsed();
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
    spdlog::debug("import of {} orders: resolve codes and create {} customers {:.3f} s, search index {:.3f} s, "
                  "orders {:.3f} s, commit {:.3f} s",
                  summary.ordersImported, summary.customersCreated, resolvedNs / 1e9, (indexedNs - resolvedNs) / 1e9,
                  (insertedNs - indexedNs) / 1e9, (timer.nsecsElapsed() - insertedNs) / 1e9);
    return summary;
}

} // namespace carddesk::storage
