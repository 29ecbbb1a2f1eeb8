#include "storage/scores/ScoresTable.h"

#include "analytics/AbcClassifier.h"
#include "analytics/ChurnAssessor.h"
#include "analytics/LifecycleClassifier.h"
#include "storage/db/IsoDay.h"
#include "storage/scores/ScoreBlockStore.h"
#include "storage/scores/ScoreBlockView.h"
#include "storage/scores/ScoreRepository.h"

#include <sqlite3.h>

#include <array>
#include <cmath>
#include <cstring>
#include <exception>
#include <iterator>
#include <limits>
#include <memory>
#include <string>

namespace carddesk::storage {

namespace {

enum Column
{
    CustomerId,
    RunId,
    X,
    TxDays,
    TDays,
    MonetaryMean,
    Revenue,
    Revenue12m,
    LastOrderDate,
    PAlive,
    Clv12m,
    Abc,
    Rfm,
    RfmSegment,
    ChurnRisk,
    ChurnReasons,
    LifecycleStage,
    LifecycleRule,
    StageSince,
    Advice,
    StageRecorded,
    StageStartRuleId, // the rule that began the stage (ScoreEntry::stageStartRule) as text; ignored on INSERT
};

// The columns of the schema-v9 table, in its order (as Column), then two of schema v10.
struct ColumnDeclaration
{
    const char* name;
    const char* type;
};
constexpr ColumnDeclaration kColumns[] = {
    {"customer_id", "INTEGER"},
    {"run_id", "INTEGER"},
    {"x", "INTEGER"},
    {"tx_days", "INTEGER"},
    {"t_days", "INTEGER"},
    {"monetary_mean", "REAL"},
    {"revenue", "REAL"},
    {"revenue_12m", "REAL"},
    {"last_order_date", "TEXT"},
    {"p_alive", "REAL"},
    {"clv_12m", "REAL"},
    {"abc", "TEXT"},
    {"rfm", "INTEGER"},
    {"rfm_segment", "INTEGER"},
    {"churn_risk", "TEXT"},
    {"churn_reasons", "BLOB"},
    {"lifecycle_stage", "TEXT"},
    {"lifecycle_rule", "INTEGER"},
    {"stage_since", "TEXT"},
    {"advice", "INTEGER"},
    {"stage_recorded", "INTEGER"},
    {"stage_start_rule_id", "TEXT"},
};
static_assert(std::size(kColumns) == StageStartRuleId + 1, "a declaration per Column");

std::string declaration()
{
    std::string sql = "CREATE TABLE x(";
    for (const ColumnDeclaration& column : kColumns)
        sql += std::string(&column == kColumns ? "" : ", ") + column.name + " " + column.type;
    return sql + ")";
}

constexpr int kEqualsCustomer = 1; // idxNum of a lookup by customer_id

// The texts of the enumeration columns, indexed by the stored value.
struct Names
{
    std::array<std::string, 4> abc;
    std::array<std::string, 4> risk;
    std::array<std::string, 8> stage; // ScoreRepository::stageName

    Names()
    {
        for (std::size_t k = 0; k < abc.size(); ++k) {
            abc[k] = std::string(analytics::abcClassName(static_cast<analytics::AbcClass>(k)));
            risk[k] = std::string(analytics::churnLevelName(static_cast<analytics::ChurnLevel>(k)));
        }
        for (std::size_t k = 1; k < stage.size(); ++k)
            stage[k] = ScoreRepository::stageName(static_cast<analytics::LifecycleStage>(k)).toStdString();
    }

    template <std::size_t N> static int find(const std::array<std::string, N>& names, std::string_view text)
    {
        for (std::size_t k = 0; k < N; ++k)
            if (names[k] == text)
                return static_cast<int>(k);
        return -1;
    }
};

const Names& names()
{
    static const Names all;
    return all;
}

struct Table : sqlite3_vtab
{
    sqlite3* db = nullptr;
    std::unique_ptr<ScoreBlockStore> store; // for INSERT / UPDATE / DELETE
};

struct Cursor : sqlite3_vtab_cursor
{
    std::unique_ptr<RawStatement> scan;   // every block, in id order
    std::unique_ptr<RawStatement> lookup; // one block
    ScoreBlockView view;                  // the current block
    bool viewFromLookup = false;          // the view holds the block a look-up read (absent: empty)
    std::size_t at = 0;
    ScoreEntry current; // entry `at` of the view, decoded
    bool single = false;
    bool eof = true;
    std::array<char, 10> dayText{};
};

// An integer, or a real without a fraction (12.0), as an INTEGER column takes it.
bool isWholeNumber(sqlite3_value* value)
{
    const int type = sqlite3_value_numeric_type(value);
    return type == SQLITE_INTEGER ||
           (type == SQLITE_FLOAT && std::floor(sqlite3_value_double(value)) == sqlite3_value_double(value));
}

int fail(sqlite3_vtab* table, int code, const std::string& message)
{
    sqlite3_free(table->zErrMsg);
    table->zErrMsg = sqlite3_mprintf("%s", message.c_str());
    return code;
}

// Runs `body`, turning an exception (a damaged block, an SQLite error) into an error code and message.
template <typename Body> int guarded(sqlite3_vtab* table, Body&& body)
{
    try {
        return body();
    } catch (const std::exception& e) {
        return fail(table, SQLITE_ERROR, e.what());
    }
}

int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** out, char**)
{
    static const std::string kDeclaration = declaration();
    const int rc = sqlite3_declare_vtab(db, kDeclaration.c_str());
    if (rc != SQLITE_OK)
        return rc;
    // Used by the customers_delete_scores trigger (trusted_schema is off), and INSERT OR REPLACE is honoured.
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    sqlite3_vtab_config(db, SQLITE_VTAB_CONSTRAINT_SUPPORT, 1);
    auto* table = new Table();
    table->db = db;
    *out = table;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab* vtab)
{
    delete static_cast<Table*>(vtab);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    for (int k = 0; k < info->nConstraint; ++k) {
        const auto& c = info->aConstraint[k];
        if (c.usable && c.op == SQLITE_INDEX_CONSTRAINT_EQ && (c.iColumn == CustomerId || c.iColumn == -1)) {
            info->idxNum = kEqualsCustomer;
            info->aConstraintUsage[k].argvIndex = 1;
            info->aConstraintUsage[k].omit = 1;
            info->estimatedCost = 10;
            info->estimatedRows = 1;
            info->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
            return SQLITE_OK;
        }
    }
    // A scan returns the rows in customer id order.
    if (info->nOrderBy == 1 && (info->aOrderBy[0].iColumn == CustomerId || info->aOrderBy[0].iColumn == -1) &&
        !info->aOrderBy[0].desc)
        info->orderByConsumed = 1;
    info->idxNum = 0;
    info->estimatedCost = 1e6;
    info->estimatedRows = 1'000'000;
    return SQLITE_OK;
}

int openCursor(sqlite3_vtab*, sqlite3_vtab_cursor** out)
{
    *out = new Cursor();
    return SQLITE_OK;
}

int closeCursor(sqlite3_vtab_cursor* cursor)
{
    delete static_cast<Cursor*>(cursor);
    return SQLITE_OK;
}

sqlite3* dbOf(sqlite3_vtab_cursor* cursor)
{
    return static_cast<Table*>(cursor->pVtab)->db;
}

[[noreturn]] void unreadable(std::int64_t block)
{
    throw std::runtime_error(ScoreBlock::unreadable(block));
}

// Moves a scan to the next stored block with entries; eof when there is none.
void nextBlock(Cursor* c)
{
    c->viewFromLookup = false;
    c->at = 0;
    do {
        if (!c->scan->step()) {
            c->view.clear();
            c->eof = true;
            return;
        }
        const std::int64_t block = c->scan->int64(0);
        if (!c->view.assign(block, c->scan->blob(1), c->scan->bytes(1)))
            unreadable(block);
    } while (c->view.size() == 0);
    c->view.entry(0, c->current);
    c->eof = false;
}

int filter(sqlite3_vtab_cursor* cursor, int idxNum, const char*, int argc, sqlite3_value** argv)
{
    auto* c = static_cast<Cursor*>(cursor);
    return guarded(cursor->pVtab, [&] {
        if (idxNum == kEqualsCustomer && argc == 1) {
            c->single = true;
            c->eof = true;
            if (!isWholeNumber(argv[0]))
                return SQLITE_OK; // as an INTEGER PRIMARY KEY: 1.5 or 'x' matches nothing
            const std::int64_t id = sqlite3_value_int64(argv[0]);
            const std::int64_t block = ScoreBlock::blockOf(id);
            // Joins in id order look up forty customers in a row from one block: it is read once.
            if (!c->viewFromLookup || c->view.block() != block) {
                if (!c->lookup)
                    c->lookup =
                        std::make_unique<RawStatement>(dbOf(cursor), "SELECT data FROM score_blocks WHERE id = ?");
                c->lookup->bind(1, block);
                bool ok = true;
                if (c->lookup->step())
                    ok = c->view.assign(block, c->lookup->blob(0), c->lookup->bytes(0));
                else
                    c->view.clear(block); // no block stored: none of its customers has a score
                c->lookup->reset();
                if (!ok)
                    unreadable(block);
                c->viewFromLookup = true;
            }
            c->at = c->view.find(id);
            if (c->at < c->view.size()) {
                c->view.entry(c->at, c->current);
                c->eof = false;
            }
            return SQLITE_OK;
        }
        c->single = false;
        if (!c->scan)
            c->scan = std::make_unique<RawStatement>(dbOf(cursor), "SELECT id, data FROM score_blocks ORDER BY id");
        else
            c->scan->reset();
        nextBlock(c);
        return SQLITE_OK;
    });
}

int next(sqlite3_vtab_cursor* cursor)
{
    auto* c = static_cast<Cursor*>(cursor);
    if (c->single) {
        c->eof = true;
        return SQLITE_OK;
    }
    if (++c->at < c->view.size()) {
        c->view.entry(c->at, c->current);
        return SQLITE_OK;
    }
    return guarded(cursor->pVtab, [&] {
        nextBlock(c);
        return SQLITE_OK;
    });
}

int eof(sqlite3_vtab_cursor* cursor)
{
    return static_cast<Cursor*>(cursor)->eof ? 1 : 0;
}

void resultText(sqlite3_context* context, const std::string& text)
{
    sqlite3_result_text(context, text.c_str(), static_cast<int>(text.size()), SQLITE_STATIC);
}

template <std::size_t N> void resultName(sqlite3_context* context, const std::array<std::string, N>& names, int value)
{
    resultText(context,
               value >= 0 && static_cast<std::size_t>(value) < N ? names[static_cast<std::size_t>(value)] : names[0]);
}

void resultDay(sqlite3_context* context, std::int32_t day, std::array<char, 10>& buffer)
{
    if (day == ScoreEntry::kNoDay) {
        sqlite3_result_null(context);
        return;
    }
    const std::string_view text = isoDayText(day, buffer);
    sqlite3_result_text(context, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void resultOptional(sqlite3_context* context, double value)
{
    if (std::isnan(value))
        sqlite3_result_null(context);
    else
        sqlite3_result_double(context, value);
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int index)
{
    auto* c = static_cast<Cursor*>(cursor);
    const ScoreEntry& e = c->current;
    switch (index) {
    case CustomerId:
        sqlite3_result_int64(context, e.customerId);
        break;
    case RunId:
        sqlite3_result_int64(context, e.runId);
        break;
    case X:
        sqlite3_result_int(context, e.x);
        break;
    case TxDays:
        sqlite3_result_int(context, e.txDays);
        break;
    case TDays:
        sqlite3_result_int(context, e.tDays);
        break;
    case MonetaryMean:
        sqlite3_result_double(context, e.monetaryMean);
        break;
    case Revenue:
        sqlite3_result_double(context, e.revenue);
        break;
    case Revenue12m:
        sqlite3_result_double(context, e.revenue12m);
        break;
    case LastOrderDate:
        resultDay(context, e.lastOrderDay, c->dayText);
        break;
    case PAlive:
        resultOptional(context, e.pAlive);
        break;
    case Clv12m:
        resultOptional(context, e.clv12m);
        break;
    case Abc:
        resultName(context, names().abc, e.abc);
        break;
    case Rfm:
        sqlite3_result_int(context, e.rfm);
        break;
    case RfmSegment:
        sqlite3_result_int(context, e.rfmSegment);
        break;
    case ChurnRisk:
        resultName(context, names().risk, e.churnRisk);
        break;
    case ChurnReasons:
        if (e.churnReasons.empty())
            sqlite3_result_null(context);
        else
            sqlite3_result_blob(context, e.churnReasons.data(), static_cast<int>(e.churnReasons.size()),
                                SQLITE_TRANSIENT);
        break;
    case LifecycleStage:
        resultName(context, names().stage, e.stage);
        break;
    case LifecycleRule:
        sqlite3_result_int(context, e.stageRule);
        break;
    case StageSince:
        resultDay(context, e.stageSinceDay, c->dayText);
        break;
    case Advice:
        sqlite3_result_int(context, e.advice);
        break;
    case StageRecorded:
        sqlite3_result_int(context, e.stageRecorded);
        break;
    case StageStartRuleId: {
        const std::string_view id = analytics::lifecycleRuleId(static_cast<analytics::LifecycleRule>(e.stageStartRule));
        sqlite3_result_text(context, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
        break;
    }
    default:
        sqlite3_result_null(context);
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* out)
{
    auto* c = static_cast<Cursor*>(cursor);
    *out = c->current.customerId;
    return SQLITE_OK;
}

} // namespace

std::string ScoresTable::entryFrom(sqlite3_value** values, ScoreEntry& e)
{
    auto isNull = [&](int k) { return sqlite3_value_type(values[k]) == SQLITE_NULL; };
    auto text = [&](int k) {
        const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(values[k]));
        return data ? std::string(data, static_cast<std::size_t>(sqlite3_value_bytes(values[k]))) : std::string();
    };
    auto real = [&](int k) { return sqlite3_value_double(values[k]); };
    std::string problem;
    // An integer column: NULL is 0; anything else must be a whole number within the stored width.
    auto integer = [&](int k, std::int64_t low, std::int64_t high) -> std::int64_t {
        if (isNull(k))
            return 0;
        const std::int64_t value = sqlite3_value_int64(values[k]);
        if (!isWholeNumber(values[k]) || value < low || value > high) {
            if (problem.empty())
                problem = std::string("scores.") + kColumns[k].name + " must be a whole number from " +
                          std::to_string(low) + " to " + std::to_string(high);
            return 0;
        }
        return value;
    };
    // A date column: NULL, or text beginning YYYY-MM-DD.
    auto day = [&](int k) {
        if (isNull(k))
            return ScoreEntry::kNoDay;
        const std::string value = text(k);
        const bool shaped = startsWithIsoDay(value);
        if (!shaped && problem.empty())
            problem = std::string("scores.") + kColumns[k].name + " must be a date (YYYY-MM-DD), not '" + value + "'";
        return shaped ? isoDayNumber(value) : ScoreEntry::kNoDay;
    };
    constexpr std::int64_t kInt32 = std::numeric_limits<std::int32_t>::max();
    if (isNull(CustomerId))
        return "scores.customer_id must be an integer";
    e.customerId =
        integer(CustomerId, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max());
    if (isNull(RunId))
        return "NOT NULL constraint failed: scores.run_id";
    e.runId = integer(RunId, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max());
    e.x = static_cast<std::int32_t>(integer(X, 0, kInt32));
    e.txDays = static_cast<std::int32_t>(integer(TxDays, -kInt32, kInt32));
    e.tDays = static_cast<std::int32_t>(integer(TDays, -kInt32, kInt32));
    e.monetaryMean = real(MonetaryMean);
    e.revenue = real(Revenue);
    e.revenue12m = real(Revenue12m);
    e.lastOrderDay = day(LastOrderDate);
    e.pAlive = isNull(PAlive) ? std::nan("") : real(PAlive);
    e.clv12m = isNull(Clv12m) ? std::nan("") : real(Clv12m);
    const int abc = Names::find(names().abc, text(Abc));
    if (abc < 0)
        return "CHECK constraint failed: abc";
    e.abc = static_cast<std::uint8_t>(abc);
    e.rfm = static_cast<std::uint16_t>(integer(Rfm, 0, 999));
    e.rfmSegment = static_cast<std::uint8_t>(integer(RfmSegment, 0, 255));
    const int risk = Names::find(names().risk, text(ChurnRisk));
    if (risk < 0)
        return "CHECK constraint failed: churn_risk";
    e.churnRisk = static_cast<std::uint8_t>(risk);
    if (!isNull(ChurnReasons)) {
        const auto* data = static_cast<const char*>(sqlite3_value_blob(values[ChurnReasons]));
        e.churnReasons.assign(data ? data : "", static_cast<std::size_t>(sqlite3_value_bytes(values[ChurnReasons])));
    }
    const int stage = Names::find(names().stage, text(LifecycleStage));
    if (stage < 0)
        return "CHECK constraint failed: lifecycle_stage";
    e.stage = static_cast<std::uint8_t>(stage);
    e.stageRule = static_cast<std::uint8_t>(integer(LifecycleRule, 0, 255));
    e.stageStartRule = e.stageRule;
    e.stageSinceDay = day(StageSince);
    e.advice = static_cast<std::uint8_t>(integer(Advice, 0, 255));
    e.stageRecorded = isNull(StageRecorded) || integer(StageRecorded, std::numeric_limits<std::int64_t>::min(),
                                                       std::numeric_limits<std::int64_t>::max()) != 0
                          ? 1
                          : 0;
    return problem;
}

namespace {

int update(sqlite3_vtab* vtab, int argc, sqlite3_value** argv, sqlite3_int64* newRowid)
{
    auto* table = static_cast<Table*>(vtab);
    return guarded(vtab, [&] {
        if (!table->store)
            table->store = std::make_unique<ScoreBlockStore>(table->db);
        const bool hasOld = sqlite3_value_type(argv[0]) != SQLITE_NULL;
        if (argc == 1) {
            table->store->erase(sqlite3_value_int64(argv[0]));
            return SQLITE_OK;
        }
        ScoreEntry entry;
        if (const std::string problem = ScoresTable::entryFrom(argv + 2, entry); !problem.empty())
            return fail(vtab, SQLITE_CONSTRAINT, problem);
        // The rowid is the customer_id: an INSERT naming both, or an UPDATE setting the rowid itself, must agree.
        const bool rowidGiven = hasOld ? sqlite3_value_int64(argv[1]) != sqlite3_value_int64(argv[0])
                                       : sqlite3_value_type(argv[1]) != SQLITE_NULL;
        if (rowidGiven && sqlite3_value_int64(argv[1]) != entry.customerId)
            return fail(vtab, SQLITE_CONSTRAINT, "scores: the rowid is the customer_id");
        const bool replace = sqlite3_vtab_on_conflict(table->db) == SQLITE_REPLACE;
        if (hasOld && sqlite3_value_int64(argv[0]) == entry.customerId) {
            table->store->put(entry, true);
        } else {
            if (!table->store->put(entry, replace))
                return fail(vtab, SQLITE_CONSTRAINT, "UNIQUE constraint failed: scores.customer_id");
            if (hasOld)
                table->store->erase(sqlite3_value_int64(argv[0]));
        }
        *newRowid = entry.customerId;
        return SQLITE_OK;
    });
}

sqlite3_module makeModule()
{
    sqlite3_module module{};
    module.iVersion = 1;
    module.xCreate = nullptr; // eponymous only: the table exists on every connection that registers it
    module.xConnect = connect;
    module.xBestIndex = bestIndex;
    module.xDisconnect = disconnect;
    module.xDestroy = disconnect;
    module.xOpen = openCursor;
    module.xClose = closeCursor;
    module.xFilter = filter;
    module.xNext = next;
    module.xEof = eof;
    module.xColumn = column;
    module.xRowid = rowid;
    module.xUpdate = update;
    return module;
}

} // namespace

int ScoresTable::registerOn(sqlite3* db)
{
    static const sqlite3_module module = makeModule();
    return sqlite3_create_module_v2(db, "scores", &module, nullptr, nullptr);
}

} // namespace carddesk::storage
