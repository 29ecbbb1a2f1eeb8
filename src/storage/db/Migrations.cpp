#include "storage/db/Migrations.h"

#include "analytics/ChurnAssessor.h"
#include "storage/chain/AuditSealer.h"
#include "storage/db/EnumCheckRewriter.h"
#include "storage/db/IsoDay.h"
#include "storage/db/RawStatement.h"
#include "storage/scores/ChurnReasonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <SQLiteCpp/SQLiteCpp.h>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <spdlog/spdlog.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace carddesk::storage {
namespace {

// Schema v1: the whole domain of DOMAIN.md, so later features fill tables rather than re-shape them.
// Money is REAL in currency units; dates are ISO-8601 TEXT (dates 'YYYY-MM-DD', times 'YYYY-MM-DDTHH:MM:SS').
const char* const kSchemaV1 = R"SQL(
CREATE TABLE areas (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    region TEXT NOT NULL DEFAULT '',
    manager_id INTEGER REFERENCES users(id) ON DELETE SET NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
    area_id INTEGER REFERENCES areas(id),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX users_area ON users(area_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_pinyin TEXT NOT NULL DEFAULT '',
    name_initials TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'person')),
    industry TEXT NOT NULL DEFAULT '',
    area_id INTEGER REFERENCES areas(id),
    region TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'potential' CHECK (status IN ('potential', 'current', 'lost')),
    size TEXT NOT NULL DEFAULT '',
    established TEXT,
    registered_capital REAL NOT NULL DEFAULT 0 CHECK (registered_capital >= 0),
    key_figures TEXT NOT NULL DEFAULT '',
    preferences TEXT NOT NULL DEFAULT '',
    purchase_habits TEXT NOT NULL DEFAULT '',
    preferred_payment TEXT NOT NULL DEFAULT '',
    credit_rating TEXT NOT NULL DEFAULT '',
    credit_limit REAL NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    satisfaction INTEGER NOT NULL DEFAULT 0 CHECK (satisfaction BETWEEN 0 AND 5),
    loyalty_class TEXT NOT NULL DEFAULT '' CHECK (loyalty_class IN ('', 'loyal', 'switcher', 'none')),
    owner_id INTEGER REFERENCES users(id),
    is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
    referred_by_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    manual_stage TEXT NOT NULL DEFAULT '',
    manual_stage_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_owner ON customers(owner_id);
CREATE INDEX customers_area ON customers(area_id);
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_pinyin ON customers(name_pinyin);
CREATE INDEX customers_initials ON customers(name_initials);
CREATE INDEX customers_status ON customers(status);

-- Referrals and other links between customers (关系信息).
CREATE TABLE customer_relations (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    related_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'related' CHECK (kind IN ('referred', 'related', 'parent', 'subsidiary')),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (customer_id, related_id, kind)
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contacts_customer ON contacts(customer_id);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    unit_price REAL NOT NULL DEFAULT 0 CHECK (unit_price >= 0),
    active INTEGER NOT NULL DEFAULT 1
);

-- Products held (持有产品).
CREATE TABLE customer_products (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id),
    since TEXT,
    quantity REAL NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (customer_id, product_id)
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    order_no TEXT NOT NULL DEFAULT '',
    order_date TEXT NOT NULL,
    amount REAL NOT NULL CHECK (amount >= 0),
    payment_method TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id)
);
CREATE INDEX orders_customer_date ON orders(customer_id, order_date);

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity REAL NOT NULL CHECK (quantity > 0),
    unit_price REAL NOT NULL CHECK (unit_price >= 0),
    amount REAL NOT NULL CHECK (amount >= 0)
);
CREATE INDEX order_lines_order ON order_lines(order_id);

CREATE TABLE receivables (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    invoice_no TEXT NOT NULL DEFAULT '',
    invoice_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    amount REAL NOT NULL CHECK (amount >= 0),
    paid_amount REAL NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
    CHECK (due_date >= invoice_date)
);
CREATE INDEX receivables_customer ON receivables(customer_id);
CREATE INDEX receivables_due ON receivables(due_date);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    receivable_id INTEGER NOT NULL REFERENCES receivables(id) ON DELETE CASCADE,
    paid_date TEXT NOT NULL,
    amount REAL NOT NULL CHECK (amount > 0),
    method TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payments_receivable ON payments(receivable_id);

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    user_id INTEGER REFERENCES users(id),
    channel TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'sms', 'letter', 'email', 'im', 'meeting',
                                             'hotline', 'online')),
    occurred_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    next_follow_up TEXT
);
CREATE INDEX interactions_customer ON interactions(customer_id, occurred_at);
CREATE INDEX interactions_follow_up ON interactions(next_follow_up);

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id),
    planned_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
    purpose TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    done_at TEXT
);
CREATE INDEX visits_customer ON visits(customer_id);
CREATE INDEX visits_user_date ON visits(user_id, planned_date);

CREATE TABLE complaint_categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    channel TEXT NOT NULL DEFAULT '',
    category_id INTEGER REFERENCES complaint_categories(id),
    level INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 4),
    description TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    owner_id INTEGER REFERENCES users(id),
    deadline TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'acknowledged', 'in_progress', 'resolved', 'closed', 'reopened')),
    escalation_level INTEGER NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
    escalated_at TEXT,
    satisfaction INTEGER NOT NULL DEFAULT 0 CHECK (satisfaction BETWEEN 0 AND 5),
    satisfaction_comment TEXT NOT NULL DEFAULT '',
    close_reason TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX complaints_customer ON complaints(customer_id);
CREATE INDEX complaints_status_deadline ON complaints(status, deadline);

CREATE TABLE complaint_history (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    from_status TEXT,
    to_status TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_history_complaint ON complaint_history(complaint_id);

CREATE TABLE lifecycle_history (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    from_stage TEXT,
    to_stage TEXT NOT NULL CHECK (to_stage IN ('potential', 'exploration', 'formation', 'stability', 'decline',
                                               'lost', 'won_back')),
    changed_on TEXT NOT NULL,
    rule TEXT NOT NULL DEFAULT '',
    manual INTEGER NOT NULL DEFAULT 0,
    user_id INTEGER REFERENCES users(id),
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lifecycle_history_customer ON lifecycle_history(customer_id, changed_on);

-- One row per customer from the latest scoring run (analytics); lists sort and filter on it.
CREATE TABLE scores (
    customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
    as_of TEXT NOT NULL,
    x INTEGER NOT NULL DEFAULT 0,
    t_x REAL NOT NULL DEFAULT 0,
    t_cal REAL NOT NULL DEFAULT 0,
    monetary_mean REAL NOT NULL DEFAULT 0,
    revenue REAL NOT NULL DEFAULT 0,
    revenue_12m REAL NOT NULL DEFAULT 0,
    last_order_date TEXT,
    p_alive REAL,
    expected_purchases_4w REAL,
    expected_purchases_13w REAL,
    expected_purchases_26w REAL,
    expected_purchases_52w REAL,
    expected_order_value REAL,
    clv_12m REAL,
    abc TEXT NOT NULL DEFAULT '' CHECK (abc IN ('', 'A', 'B', 'C')),
    rfm_r INTEGER NOT NULL DEFAULT 0,
    rfm_f INTEGER NOT NULL DEFAULT 0,
    rfm_m INTEGER NOT NULL DEFAULT 0,
    rfm_segment TEXT NOT NULL DEFAULT '',
    churn_risk TEXT NOT NULL DEFAULT '' CHECK (churn_risk IN ('', 'low', 'medium', 'high')),
    churn_reasons TEXT NOT NULL DEFAULT '',
    lifecycle_stage TEXT NOT NULL DEFAULT '',
    lifecycle_rule TEXT NOT NULL DEFAULT '',
    advice TEXT NOT NULL DEFAULT ''
);
-- No indexes on abc / risk / stage: a filter on a five-valued column reads most pages anyway, and every
-- index would be rewritten for a million rows on each scoring run.

CREATE TABLE score_runs (
    id INTEGER PRIMARY KEY,
    as_of TEXT NOT NULL,
    run_at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    customers INTEGER NOT NULL DEFAULT 0,
    seconds REAL NOT NULL DEFAULT 0,
    parameters TEXT NOT NULL DEFAULT '{}'
);

-- Append-only trails, written in the same transaction as the action they record.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER,
    customer_id INTEGER,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_customer ON audit_log(customer_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    customer_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('open', 'export', 'print', 'login', 'login_failed')),
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX access_log_customer ON access_log(customer_id, at);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;

INSERT INTO complaint_categories (name) VALUES
    ('product_quality'), ('delivery'), ('service_attitude'), ('billing'), ('other');
INSERT INTO settings (key, value) VALUES
    ('abc.cutoff_a', '0.80'), ('abc.cutoff_b', '0.95'),
    ('complaint.deadline_days.1', '7'), ('complaint.deadline_days.2', '5'),
    ('complaint.deadline_days.3', '3'), ('complaint.deadline_days.4', '1'),
    ('card.stale_days', '180');
)SQL";

// Schema v2: substring search over names, pinyin, initials, contacts, phones and emails. The trigram tokenizer
// answers any query of three or more characters from the index; shorter ones use the name/pinyin indexes.
// With trusted_schema=OFF SQLite refuses FTS5 inside triggers ("unsafe use of virtual table"), so the triggers
// only queue the changed customers in customers_fts_pending (an ordinary table), and Database::write applies the
// queue to customers_fts just before it commits. indexed_text is what customers_fts holds for the row (NULL:
// nothing); INSERT OR IGNORE keeps the first one, which is what the index had when the transaction began.
const char* const kSchemaV2 = R"SQL(
CREATE VIRTUAL TABLE customers_fts USING fts5(search_text, content='customers', content_rowid='id',
                                              tokenize='trigram');
INSERT INTO customers_fts(customers_fts) VALUES ('rebuild');
CREATE TABLE customers_fts_pending (
    id INTEGER PRIMARY KEY,
    indexed_text TEXT
);
CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
    INSERT OR IGNORE INTO customers_fts_pending (id, indexed_text) VALUES (new.id, NULL);
END;
CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
    INSERT OR IGNORE INTO customers_fts_pending (id, indexed_text) VALUES (old.id, old.search_text);
END;
CREATE TRIGGER customers_fts_au AFTER UPDATE OF search_text ON customers BEGIN
    INSERT OR IGNORE INTO customers_fts_pending (id, indexed_text) VALUES (old.id, old.search_text);
END;
)SQL";

// Schema v3: complaints past their deadline go to the area manager, and this many days later to the admin
// (ComplaintEscalator). OR IGNORE keeps a value an office set by hand before upgrading.
const char* const kSchemaV3 = R"SQL(
INSERT OR IGNORE INTO settings (key, value) VALUES ('complaint.admin_escalation_days', '3');
)SQL";

// Schema v4: the churn reasons as codes with their numbers (JSON array), so each face can phrase them in its own
// language; churn_reasons keeps the English sentences for the CLI and exports. Empty until the next scoring run.
const char* const kSchemaV4 = R"SQL(
ALTER TABLE scores ADD COLUMN churn_reason_codes TEXT NOT NULL DEFAULT '';
)SQL";

// Schema v5: a rep's list (their own customers by name, the default view) walks one index in order and stops after
// a page, instead of sorting all of the rep's customers; it replaces the owner-only index it starts with.
const char* const kSchemaV5 = R"SQL(
CREATE INDEX customers_owner_pinyin ON customers(owner_id, name_pinyin);
DROP INDEX customers_owner;
)SQL";

// Schema v6: a narrow scores table. Each scoring run rewrites one row per customer (a million in a large office),
// so a row keeps only what lists sort and filter by and what cannot be recomputed from the run's parameters:
// x, t_x and T in days and the mean repeat value (expected purchases, expected order value follow from them and
// the BG/NBD and Gamma-Gamma parameters in score_runs), the ABC/RFM classes (population ranks), the risk level,
// the stage with its rule and start, the advice, and the churn reasons as a compact binary list
// (storage::ChurnReasonCodec). RFM segment, stage rule and advice are stored as their analytics enum values.
// No foreign keys: the table is derived and written in bulk (a parent lookup per row costs a third of the write);
// a trigger removes a deleted customer's score. Rows convert in place (finishSchemaV6 turns the reasons' JSON into
// the blob).
const char* const kSchemaV6 = R"SQL(
CREATE TABLE scores_v6 (
    customer_id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    x INTEGER NOT NULL DEFAULT 0,
    tx_days INTEGER NOT NULL DEFAULT 0,
    t_days INTEGER NOT NULL DEFAULT 0,
    monetary_mean REAL NOT NULL DEFAULT 0,
    revenue REAL NOT NULL DEFAULT 0,
    revenue_12m REAL NOT NULL DEFAULT 0,
    last_order_date TEXT,
    p_alive REAL,
    clv_12m REAL,
    abc TEXT NOT NULL DEFAULT '' CHECK (abc IN ('', 'A', 'B', 'C')),
    rfm INTEGER NOT NULL DEFAULT 0,
    rfm_segment INTEGER NOT NULL DEFAULT 0,
    churn_risk TEXT NOT NULL DEFAULT '' CHECK (churn_risk IN ('', 'low', 'medium', 'high')),
    churn_reasons BLOB,
    lifecycle_stage TEXT NOT NULL DEFAULT '',
    lifecycle_rule INTEGER NOT NULL DEFAULT 0,
    stage_since TEXT,
    advice INTEGER NOT NULL DEFAULT 0
);
INSERT INTO scores_v6 (customer_id, run_id, x, tx_days, t_days, monetary_mean, revenue, revenue_12m,
                       last_order_date, p_alive, clv_12m, abc, rfm, rfm_segment, churn_risk, lifecycle_stage,
                       lifecycle_rule, stage_since, advice)
SELECT s.customer_id, s.run_id, s.x, CAST(round(s.t_x * 7) AS INTEGER), CAST(round(s.t_cal * 7) AS INTEGER),
       s.monetary_mean, s.revenue, s.revenue_12m, s.last_order_date, s.p_alive, s.clv_12m, s.abc,
       s.rfm_r * 100 + s.rfm_f * 10 + s.rfm_m,
       CASE s.rfm_segment WHEN 'Hibernating' THEN 1 WHEN 'At Risk' THEN 2 WHEN 'Can''t Lose Them' THEN 3
            WHEN 'About to Sleep' THEN 4 WHEN 'Need Attention' THEN 5 WHEN 'Loyal' THEN 6 WHEN 'Promising' THEN 7
            WHEN 'New' THEN 8 WHEN 'Potential Loyalist' THEN 9 WHEN 'Champions' THEN 10 ELSE 0 END,
       s.churn_risk, s.lifecycle_stage,
       CASE s.lifecycle_rule WHEN 'potential.no_orders' THEN 0 WHEN 'manual.kept' THEN 1 WHEN 'lost.p_alive' THEN 2
            WHEN 'lost.no_order' THEN 3 WHEN 'wonback.returned' THEN 4 WHEN 'decline.p_alive' THEN 5
            WHEN 'decline.gap' THEN 6 WHEN 'decline.spend_down' THEN 7 WHEN 'wonback.recent' THEN 8
            WHEN 'exploration.new' THEN 9 WHEN 'exploration.few_repeats' THEN 10 WHEN 'formation.growing' THEN 11
            WHEN 'stability.steady' THEN 12 WHEN 'formation.building' THEN 13 ELSE 255 END,
       (SELECT max(substr(h.changed_on, 1, 10)) FROM lifecycle_history h
         WHERE h.customer_id = s.customer_id AND h.manual = 0),
       CASE s.advice WHEN 'fight for' THEN 1 WHEN 'case by case' THEN 2 WHEN 'let go' THEN 3 ELSE 0 END
FROM scores s;
)SQL";

// The rest of v6 in C++: the reasons' JSON codes (v4) become ChurnReasonCodec blobs, then the new table replaces
// the old one.
void finishSchemaV6(SQLite::Database& db)
{
    {
        SQLite::Statement read(db, "SELECT customer_id, churn_reason_codes FROM scores WHERE churn_reason_codes <> ''");
        SQLite::Statement write(db, "UPDATE scores_v6 SET churn_reasons = ? WHERE customer_id = ?");
        std::vector<analytics::ChurnReason> reasons;
        while (read.executeStep()) {
            reasons.clear();
            const QJsonArray array =
                QJsonDocument::fromJson(QByteArray::fromStdString(read.getColumn(1).getString())).array();
            for (const QJsonValue& value : array) {
                const QJsonObject object = value.toObject();
                const std::string id = object.value(QStringLiteral("code")).toString().toStdString();
                for (int code = 0; code <= static_cast<int>(analytics::ChurnReasonCode::OverdueReceivables); ++code) {
                    if (analytics::churnReasonId(static_cast<analytics::ChurnReasonCode>(code)) != id)
                        continue;
                    analytics::ChurnReason reason;
                    reason.code = static_cast<analytics::ChurnReasonCode>(code);
                    reason.days = object.value(QStringLiteral("days")).toInt();
                    reason.usualIntervalDays = object.value(QStringLiteral("usual_interval_days")).toInt();
                    reason.count = object.value(QStringLiteral("count")).toInt();
                    reason.percent = object.value(QStringLiteral("percent")).toDouble();
                    reason.amount = object.value(QStringLiteral("amount")).toDouble();
                    reasons.push_back(reason);
                }
            }
            if (reasons.empty())
                continue;
            const std::string bytes = ChurnReasonCodec::encode(reasons);
            write.bind(1, bytes.data(), static_cast<int>(bytes.size()));
            write.bind(2, read.getColumn(0).getInt64());
            write.exec();
            write.reset();
        }
    }
    db.exec("DROP TABLE scores");
    db.exec("ALTER TABLE scores_v6 RENAME TO scores");
    db.exec("CREATE TRIGGER customers_delete_scores AFTER DELETE ON customers BEGIN "
            "DELETE FROM scores WHERE customer_id = old.id; END");
}

// Schema v7: the customer list's searches of one or two letters and its sort by region walk indexes in the list's
// order (CustomerRepository): the pinyin initials with the pinyin, within a rep and office-wide (replacing the
// initials-only index), and the region within a rep and office-wide. Indexes only; IF NOT EXISTS so that a
// database whose indexes were built by hand for a measurement migrates too.
const char* const kSchemaV7 = R"SQL(
CREATE INDEX IF NOT EXISTS customers_owner_initials ON customers(owner_id, name_initials, name_pinyin);
CREATE INDEX IF NOT EXISTS customers_initials_pinyin ON customers(name_initials, name_pinyin);
DROP INDEX IF EXISTS customers_initials;
CREATE INDEX IF NOT EXISTS customers_owner_region ON customers(owner_id, region);
CREATE INDEX IF NOT EXISTS customers_region ON customers(region);
)SQL";

// Schema v9: the customer list's search of two 汉字 finds them inside the texts from the trigram index's terms
// (CustomerRepository, PairHits); an occurrence at the very end of a text has no trigram of its own, so this
// index keys the texts that end in a CJK character (U+2E80 on) by their last two characters. Partial: most texts
// end in a phone number or an e-mail address, and those are not in it.
const char* const kSchemaV9 = R"SQL(
CREATE INDEX IF NOT EXISTS customers_search_tail ON customers(substr(search_text, -2))
    WHERE unicode(substr(search_text, -1)) >= 11904;
)SQL";

// Schema v10: scoring reads the hand-set stages of a few cards out of a million through this
// partial index instead of reading every card.
const char* const kSchemaV10 = R"SQL(
CREATE INDEX IF NOT EXISTS customers_manual_stage ON customers(manual_stage, manual_stage_at)
    WHERE manual_stage <> '';
)SQL";

// Schema v12: `scores` is a plain table again (the blocks of v10 and the virtual table over them are gone), so the
// file is an ordinary SQLite file: the customers_delete_scores trigger works in any SQLite tool. Narrow rows of
// integer codes: the class, risk and stage as their analytics enum values (abc_code, risk_code, stage_code,
// CHECKed), with the texts readers filter and sort on (abc, churn_risk, lifecycle_stage, stage_start_rule_id) as
// VIRTUAL generated columns, which take no space and are computed only when read. No foreign keys: the table is
// derived, written in bulk, and the trigger removes a deleted customer's row even where foreign keys are off.
const char* const kSchemaV12 = R"SQL(
DROP TRIGGER IF EXISTS customers_delete_scores;
CREATE TABLE scores_v12 (
    customer_id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    x INTEGER NOT NULL DEFAULT 0,
    tx_days INTEGER NOT NULL DEFAULT 0,
    t_days INTEGER NOT NULL DEFAULT 0,
    monetary_mean REAL NOT NULL DEFAULT 0,
    revenue REAL NOT NULL DEFAULT 0,
    revenue_12m REAL NOT NULL DEFAULT 0,
    last_order_date TEXT,
    p_alive REAL,
    clv_12m REAL,
    abc_code INTEGER NOT NULL DEFAULT 0 CHECK (abc_code BETWEEN 0 AND 3),
    rfm INTEGER NOT NULL DEFAULT 0,
    rfm_segment INTEGER NOT NULL DEFAULT 0,
    risk_code INTEGER NOT NULL DEFAULT 0 CHECK (risk_code BETWEEN 0 AND 3),
    churn_reasons BLOB,
    stage_code INTEGER NOT NULL DEFAULT 0 CHECK (stage_code BETWEEN 0 AND 7),
    lifecycle_rule INTEGER NOT NULL DEFAULT 0,
    stage_since TEXT,
    advice INTEGER NOT NULL DEFAULT 0,
    stage_recorded INTEGER NOT NULL DEFAULT 1 CHECK (stage_recorded BETWEEN 0 AND 1),
    stage_start_rule INTEGER NOT NULL DEFAULT 0,
    abc TEXT GENERATED ALWAYS AS (CASE abc_code WHEN 1 THEN 'A' WHEN 2 THEN 'B' WHEN 3 THEN 'C' ELSE '' END) VIRTUAL,
    churn_risk TEXT GENERATED ALWAYS AS
        (CASE risk_code WHEN 1 THEN 'low' WHEN 2 THEN 'medium' WHEN 3 THEN 'high' ELSE '' END) VIRTUAL,
    lifecycle_stage TEXT GENERATED ALWAYS AS
        (CASE stage_code WHEN 1 THEN 'potential' WHEN 2 THEN 'exploration' WHEN 3 THEN 'formation'
         WHEN 4 THEN 'stability' WHEN 5 THEN 'decline' WHEN 6 THEN 'lost' WHEN 7 THEN 'won_back' ELSE '' END) VIRTUAL,
    stage_start_rule_id TEXT GENERATED ALWAYS AS
        (CASE stage_start_rule WHEN 0 THEN 'potential.no_orders' WHEN 1 THEN 'manual.kept'
         WHEN 2 THEN 'lost.p_alive' WHEN 3 THEN 'lost.no_order' WHEN 4 THEN 'wonback.returned'
         WHEN 5 THEN 'decline.p_alive' WHEN 6 THEN 'decline.gap' WHEN 7 THEN 'decline.spend_down'
         WHEN 8 THEN 'wonback.recent' WHEN 9 THEN 'exploration.new' WHEN 10 THEN 'exploration.few_repeats'
         WHEN 11 THEN 'formation.growing' WHEN 12 THEN 'stability.steady' WHEN 13 THEN 'formation.building'
         ELSE '' END) VIRTUAL
);
)SQL";

// Whether the schema has an object of this type and name.
bool hasObject(SQLite::Database& db, const char* type, const char* name)
{
    SQLite::Statement q(db, "SELECT count(*) FROM sqlite_master WHERE type = ? AND name = ?");
    q.bind(1, type);
    q.bind(2, name);
    return q.executeStep() && q.getColumn(0).getInt() > 0;
}

// The rows of a schema-v6..v9 `scores` table (a file that was at v9 when it met this version: step 10 left its
// table as it was) into the v12 table. A stage or date the old table held that no run wrote (it checked only abc
// and churn_risk) is dropped rather than stopping the file from opening; the stages' starts are in
// lifecycle_history already (stage_recorded 1), begun by the rule that keeps them there today.
void copyScoresV9(SQLite::Database& db)
{
    db.exec(R"SQL(
INSERT INTO scores_v12 (customer_id, run_id, x, tx_days, t_days, monetary_mean, revenue, revenue_12m, last_order_date,
                        p_alive, clv_12m, abc_code, rfm, rfm_segment, risk_code, churn_reasons, stage_code,
                        lifecycle_rule, stage_since, advice, stage_recorded, stage_start_rule)
SELECT customer_id, run_id, x, tx_days, t_days, monetary_mean, revenue, revenue_12m,
       CASE WHEN last_order_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
            THEN substr(last_order_date, 1, 10) END,
       p_alive, clv_12m,
       CASE abc WHEN 'A' THEN 1 WHEN 'B' THEN 2 WHEN 'C' THEN 3 ELSE 0 END, rfm, rfm_segment,
       CASE churn_risk WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 ELSE 0 END,
       CASE WHEN length(churn_reasons) > 0 THEN CAST(churn_reasons AS BLOB) END,
       CASE lifecycle_stage WHEN 'potential' THEN 1 WHEN 'exploration' THEN 2 WHEN 'formation' THEN 3
            WHEN 'stability' THEN 4 WHEN 'decline' THEN 5 WHEN 'lost' THEN 6 WHEN 'won_back' THEN 7 ELSE 0 END,
       lifecycle_rule,
       CASE WHEN stage_since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(stage_since, 1, 10) END,
       advice, 1, lifecycle_rule
FROM scores ORDER BY customer_id;
)SQL");
    db.exec("DROP TABLE scores");
}

// Schema v11 (weekly review): a manager's note that a rep's period was reviewed (DOMAIN.md, the manager's week).
// One row per rep and period; marking it again replaces the comment (the audit trail keeps the old one).
const char* const kSchemaV11 = R"SQL(
CREATE TABLE weekly_reviews (
    id INTEGER PRIMARY KEY,
    rep_id INTEGER NOT NULL REFERENCES users(id),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    reviewer_id INTEGER REFERENCES users(id),
    comment TEXT NOT NULL DEFAULT '',
    reviewed_at TEXT NOT NULL,
    CHECK (period_to >= period_from),
    UNIQUE (rep_id, period_from, period_to)
);
)SQL";

// Schema v13 (administration): a password an administrator set (a new user's or a reset one) must be replaced by
// the user's own at the next log-in; the window and the CLI ask for it before anything else.
const char* const kSchemaV13 = R"SQL(
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_password = 0 OR must_change_password = 1);
)SQL";

// Schema v14 (the manager's week): monthly sales and collection targets per rep or per area, the yearly plan that
// the weekly review's attainment compares with. One row per rep (or area) and month.
const char* const kSchemaV14 = R"SQL(
CREATE TABLE sales_targets (
    id INTEGER PRIMARY KEY,
    rep_id INTEGER REFERENCES users(id),
    area_id INTEGER REFERENCES areas(id),
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    sales REAL NOT NULL DEFAULT 0 CHECK (sales >= 0),
    collections REAL NOT NULL DEFAULT 0 CHECK (collections >= 0),
    set_by INTEGER REFERENCES users(id),
    set_at TEXT NOT NULL,
    CHECK ((rep_id IS NULL) <> (area_id IS NULL))
);
CREATE UNIQUE INDEX sales_targets_rep ON sales_targets(rep_id, year, month) WHERE rep_id IS NOT NULL;
CREATE UNIQUE INDEX sales_targets_area ON sales_targets(area_id, year, month) WHERE area_id IS NOT NULL;
)SQL";

// Schema v15 (the manager's week at a million customers): the weekly review reads by period — payments by the day
// they were paid, orders by their date, interactions by who recorded them when, cards by their creation. Without
// these each figure scanned its whole table (seconds each at 1 M customers, docs/PERFORMANCE.md). Not
// customers(owner_id, created_at): the planner took that one for the customer list (a sort by name 12 ms -> 1.4 s).
const char* const kSchemaV15 = R"SQL(
CREATE INDEX payments_paid ON payments(paid_date);
CREATE INDEX orders_date ON orders(order_date);
CREATE INDEX interactions_user_time ON interactions(user_id, occurred_at);
CREATE INDEX customers_created ON customers(created_at);
)SQL";

// v16: customer imports as batches that can be undone (services/CustomerImport). A batch row names each card or
// contact the import inserted or updated, its row_version right after the import (undo is refused once it moved)
// and, for an update, the card's fields before it (JSON) so undo can put them back. No foreign key to customers or
// contacts: a card deleted since must leave the row, which then says "changed since".
const char* const kSchemaV16 = R"SQL(
CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    file_name TEXT NOT NULL,
    customers_created INTEGER NOT NULL DEFAULT 0,
    customers_updated INTEGER NOT NULL DEFAULT 0,
    contacts_added INTEGER NOT NULL DEFAULT 0,
    rows_skipped INTEGER NOT NULL DEFAULT 0,
    rows_in_error INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT,
    undone_by INTEGER REFERENCES users(id)
);
CREATE TABLE import_batch_rows (
    batch_id INTEGER NOT NULL REFERENCES import_batches(id),
    table_name TEXT NOT NULL CHECK (table_name = 'customers' OR table_name = 'contacts'),
    row_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action = 'insert' OR action = 'update'),
    row_version INTEGER NOT NULL,
    before_json TEXT,
    PRIMARY KEY (batch_id, table_name, row_id)
) WITHOUT ROWID;
CREATE INDEX import_batch_rows_customer ON import_batch_rows(customer_id);
)SQL";

// Schema v17 (data in and out): archived customers (hidden from the lists, kept for the reports), contacts who
// asked not to be contacted (left out of mailing lists), and the one exception to the append-only audit log: the
// values of a row whose erasure (PIPL) is itself in the log may be blanked to '(erased)' - nothing else of the row,
// and no row of the erasure itself. ContactErasure writes the 'erase' row first, then blanks the values.
const char* const kSchemaV17 = R"SQL(
ALTER TABLE customers ADD COLUMN archived_at TEXT;
CREATE INDEX customers_archived ON customers(archived_at) WHERE archived_at IS NOT NULL;
ALTER TABLE contacts ADD COLUMN do_not_contact INTEGER NOT NULL DEFAULT 0
    CHECK (do_not_contact = 0 OR do_not_contact = 1);
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (new.id = old.id AND new.at = old.at AND new.user_id IS old.user_id AND new.action = old.action
          AND new.table_name = old.table_name AND new.row_id IS old.row_id AND new.customer_id IS old.customer_id
          AND new.field = old.field AND old.action <> 'erase'
          AND (new.old_value IS old.old_value OR new.old_value = '(erased)')
          AND (new.new_value IS old.new_value OR new.new_value = '(erased)')
          AND EXISTS (SELECT 1 FROM audit_log e WHERE e.customer_id IS old.customer_id AND e.action = 'erase'
                      AND e.table_name = old.table_name AND e.row_id = old.row_id))
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)SQL";

// Schema v18 (duplicates and merge): one row per merge of two cards, holding what the undo needs: the removed
// card's row and the kept card's changed fields as they were (JSON), the ids of the rows moved from one to the
// other per table, and the kept card's row_version right after the merge (an undo needs it unchanged). No foreign
// key to customers: the row must outlive both cards' ids.
const char* const kSchemaV18 = R"SQL(
CREATE TABLE customer_merges (
    id INTEGER PRIMARY KEY,
    kept_id INTEGER NOT NULL,
    removed_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    merged_at TEXT NOT NULL,
    removed_card TEXT NOT NULL,
    kept_before TEXT NOT NULL,
    moved TEXT NOT NULL,
    kept_version INTEGER NOT NULL,
    undone_at TEXT,
    undone_by INTEGER REFERENCES users(id)
);
CREATE INDEX customer_merges_kept ON customer_merges(kept_id);
)SQL";

// Schema v19 (weekly review at a million customers): the receivables not fully paid, by due date. The overdue
// figure at a period's end reads these plus the few paid after that end, instead of every receivable ever due.
// (`paid_amount < amount`, not `+ 0.005`: SQLite matches a partial index's condition by its text, and its
// planner did not match the sum.)
const char* const kSchemaV19 = R"SQL(
CREATE INDEX receivables_open ON receivables(due_date) WHERE paid_amount < amount;
)SQL";

// Schema v20 (a file sound after any tool): what the foreign keys' ON DELETE clauses do, as triggers, so that a
// delete in a tool with foreign keys off (the sqlite3 shell's default, DB Browser's when switched off) leaves no
// rows naming the deleted one. With foreign keys on SQLite runs the clauses before AFTER triggers, so these find
// nothing left to do. The indexes let both find the naming rows without a scan of their table per deleted row.
const char* const kSchemaV20 = R"SQL(
CREATE INDEX customers_referred_by ON customers(referred_by_id) WHERE referred_by_id IS NOT NULL;
CREATE INDEX customer_relations_related ON customer_relations(related_id);
CREATE INDEX receivables_order ON receivables(order_id) WHERE order_id IS NOT NULL;
CREATE INDEX interactions_contact ON interactions(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX complaints_contact ON complaints(contact_id) WHERE contact_id IS NOT NULL;
CREATE TRIGGER customers_delete_rows AFTER DELETE ON customers BEGIN
    DELETE FROM customer_relations WHERE customer_id = old.id;
    DELETE FROM customer_relations WHERE related_id = old.id;
    DELETE FROM customer_products WHERE customer_id = old.id;
    DELETE FROM lifecycle_history WHERE customer_id = old.id;
    DELETE FROM visits WHERE customer_id = old.id;
    DELETE FROM interactions WHERE customer_id = old.id;
    DELETE FROM complaints WHERE customer_id = old.id;
    DELETE FROM contacts WHERE customer_id = old.id;
    DELETE FROM receivables WHERE customer_id = old.id;
    DELETE FROM orders WHERE customer_id = old.id;
    UPDATE customers SET referred_by_id = NULL WHERE referred_by_id = old.id;
END;
CREATE TRIGGER contacts_delete_rows AFTER DELETE ON contacts BEGIN
    UPDATE interactions SET contact_id = NULL WHERE contact_id = old.id;
    UPDATE complaints SET contact_id = NULL WHERE contact_id = old.id;
END;
CREATE TRIGGER orders_delete_rows AFTER DELETE ON orders BEGIN
    DELETE FROM order_lines WHERE order_id = old.id;
    UPDATE receivables SET order_id = NULL WHERE order_id = old.id;
END;
CREATE TRIGGER receivables_delete_rows AFTER DELETE ON receivables BEGIN
    DELETE FROM payments WHERE receivable_id = old.id;
END;
CREATE TRIGGER complaints_delete_rows AFTER DELETE ON complaints BEGIN
    DELETE FROM complaint_history WHERE complaint_id = old.id;
END;
)SQL";

// Care reminders (issue 14): a contact's lunar birthday (农历生日) as one integer — MMDD, plus 10000 for a leap month —
// beside the Gregorian `birthday` (kept as the date of birth when known); and what was done about a reminder, one row
// per customer, contact (0: the customer itself), occasion and due day, so acting on or snoozing a reminder holds for
// that year's occasion only. Deleting a customer or a contact takes its rows with it, in any tool.
const char* const kSchemaV21 = R"SQL(
ALTER TABLE contacts ADD COLUMN birthday_lunar INTEGER
    CHECK (birthday_lunar IS NULL OR (birthday_lunar % 100 BETWEEN 1 AND 30 AND birthday_lunar / 100 % 100 BETWEEN 1 AND 12 AND birthday_lunar < 20000));
CREATE TABLE care_reminders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL DEFAULT 0,
    occasion TEXT NOT NULL,
    due TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action = 'done' OR action = 'snoozed'),
    snoozed_until TEXT,
    reason TEXT NOT NULL DEFAULT '',
    interaction_id INTEGER,
    user_id INTEGER REFERENCES users(id),
    at TEXT NOT NULL,
    UNIQUE (customer_id, contact_id, occasion, due)
);
CREATE INDEX care_reminders_contact ON care_reminders(contact_id);
CREATE TRIGGER customers_delete_care_reminders AFTER DELETE ON customers BEGIN
    DELETE FROM care_reminders WHERE customer_id = old.id;
END;
CREATE TRIGGER contacts_delete_care_reminders AFTER DELETE ON contacts BEGIN
    DELETE FROM care_reminders WHERE contact_id = old.id;
END;
)SQL";

// Schema v22 (issue #17, finding 1): the trails tamper-evident. audit_log and access_log rows carry a seal (SHA-256
// chained to the row before, storage/chain/AuditSeal); an audit row's values enter through an HMAC under a key of
// the row's own (value_key), so that an erasure can blank the values, keep the HMAC (value_mac) and drop the key.
// audit_chain holds each chain's head (its last row and seal: rows deleted from the end show). The users' role,
// area, active flag and password are covered by 'user_state' snapshot rows (partial index to find a user's last).
// The update guards let CardDesk seal a row once (NULL to a seal, nothing else changed) and keep the erasure's
// exception; finishSchemaV22 seals every existing row, so the chain vouches for the trail from this step on.
const char* const kSchemaV22 = R"SQL(
ALTER TABLE audit_log ADD COLUMN seal BLOB;
ALTER TABLE audit_log ADD COLUMN value_key BLOB;
ALTER TABLE audit_log ADD COLUMN value_mac BLOB;
ALTER TABLE access_log ADD COLUMN seal BLOB;
CREATE TABLE audit_chain (
    log TEXT PRIMARY KEY,
    last_id INTEGER NOT NULL,
    seal BLOB NOT NULL
);
INSERT INTO audit_chain (log, last_id, seal) VALUES ('audit_log', 0, zeroblob(32)), ('access_log', 0, zeroblob(32));
CREATE INDEX audit_log_user_state ON audit_log(row_id) WHERE action = 'user_state';
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (new.id = old.id AND new.at = old.at AND new.user_id IS old.user_id AND new.action = old.action
          AND new.table_name = old.table_name AND new.row_id IS old.row_id AND new.customer_id IS old.customer_id
          AND new.field = old.field
          AND ((old.seal IS NULL AND new.seal IS NOT NULL AND old.value_key IS NULL
                AND new.old_value IS old.old_value AND new.new_value IS old.new_value
                AND new.value_mac IS old.value_mac)
               OR (new.seal IS old.seal AND old.action <> 'erase'
                   AND (new.old_value IS old.old_value OR new.old_value = '(erased)')
                   AND (new.new_value IS old.new_value OR new.new_value = '(erased)')
                   AND (new.value_key IS old.value_key OR new.value_key IS NULL)
                   AND (new.value_mac IS old.value_mac OR old.value_mac IS NULL)
                   AND EXISTS (SELECT 1 FROM audit_log e WHERE e.customer_id IS old.customer_id
                               AND e.action = 'erase' AND e.table_name = old.table_name
                               AND e.row_id = old.row_id))))
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
DROP TRIGGER access_log_no_update;
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
WHEN NOT (new.id = old.id AND new.at = old.at AND new.user_id IS old.user_id AND new.customer_id IS old.customer_id
          AND new.action = old.action AND new.detail = old.detail AND old.seal IS NULL AND new.seal IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
)SQL";

void finishSchemaV22(SQLite::Database& db)
{
    AuditSealer::sealEverything(db);
}

// Schema v23 (issue #15, seeds 000/003/004): satisfaction surveys (满意度调查) — a date, the contact asked, a score
// 1-5 for each of the four aspects (product, service, staff, image) and a comment — beside the complaint
// satisfaction already kept. The scores are integers 1-5 by CHECK (typeof: 2.5 or '4' as text are refused), the
// date an ISO day. Deleting a customer or a contact in any tool takes the surveys with it or unlinks the contact,
// as the ON DELETE clauses do (the v20 rule: same rows with foreign keys on or off).
const char* const kSchemaV23 = R"SQL(
CREATE TABLE satisfaction_surveys (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    surveyed_on TEXT NOT NULL CHECK (surveyed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    product_score INTEGER NOT NULL CHECK (typeof(product_score) = 'integer' AND product_score BETWEEN 1 AND 5),
    service_score INTEGER NOT NULL CHECK (typeof(service_score) = 'integer' AND service_score BETWEEN 1 AND 5),
    staff_score INTEGER NOT NULL CHECK (typeof(staff_score) = 'integer' AND staff_score BETWEEN 1 AND 5),
    image_score INTEGER NOT NULL CHECK (typeof(image_score) = 'integer' AND image_score BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX satisfaction_surveys_customer ON satisfaction_surveys(customer_id, surveyed_on);
CREATE INDEX satisfaction_surveys_contact ON satisfaction_surveys(contact_id) WHERE contact_id IS NOT NULL;
CREATE TRIGGER customers_delete_satisfaction_surveys AFTER DELETE ON customers BEGIN
    DELETE FROM satisfaction_surveys WHERE customer_id = old.id;
END;
CREATE TRIGGER contacts_delete_satisfaction_surveys AFTER DELETE ON contacts BEGIN
    UPDATE satisfaction_surveys SET contact_id = NULL WHERE contact_id = old.id;
END;
)SQL";

// Schema v24 (issue #14, the rep's day on a large office): every kind of the agenda starts from the rep's customers,
// and reading ~100 k wide customer rows scattered over the whole table was most of its time (a rep's rows are
// interleaved with everyone's). customers_owner_day holds what the agenda reads of a customer, by owner, so those
// reads stay in one narrow run of pages; customers_owner_key leads the key customers' "no contact" rule;
// interactions_customer gains next_follow_up so the latest interaction's follow-up is read from the index;
// receivables_open_customer finds a customer's open receivables without reading the paid ones.
// docs/PERFORMANCE.md, "Agenda, the rep's day".
const char* const kSchemaV24 = R"SQL(
CREATE INDEX customers_owner_day ON customers(owner_id, archived_at, code, name, status, is_key, established);
CREATE INDEX customers_owner_key ON customers(owner_id) WHERE is_key = 1;
DROP INDEX interactions_customer;
CREATE INDEX interactions_customer ON interactions(customer_id, occurred_at, next_follow_up);
CREATE INDEX receivables_open_customer ON receivables(customer_id, due_date) WHERE paid_amount < amount;
)SQL";

// Schema v25: card.stale_days is read at last (the weekly review's cards not touched, 动态管理). Seeded 180 since v1
// and never read by any version, while the review counted 90 days: the seeded value becomes the review's 90, so no
// office's figure changes; a value someone set by hand stays.
const char* const kSchemaV25 = R"SQL(
UPDATE settings SET value = '90' WHERE key = 'card.stale_days' AND value = '180';
)SQL";

// Schema v26: the orders files imported, by the SHA-256 of their bytes, so the same file is not imported twice by
// mistake (its orders would count twice in every sale, ABC class and report).
const char* const kSchemaV26 = R"SQL(
CREATE TABLE order_import_files (
    sha256 TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    orders INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id)
);
)SQL";

// Schema v27: an order read from an orders file (the ERP's) is marked, so it is corrected in the ERP and not voided
// here by a rep or manager (re-importing the file is refused once it was imported). Until now `import-orders` was
// the only writer of orders without lines: an order entered by hand needs one (services::OrderEntry), and the demo
// office gives each one to three.
const char* const kSchemaV27 = R"SQL(
ALTER TABLE orders ADD COLUMN imported INTEGER NOT NULL DEFAULT 0 CHECK (imported = 0 OR imported = 1);
UPDATE orders SET imported = 1 WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = orders.id);
)SQL";

// Schema v10's score blocks (a BLOB per forty customers: a version byte 2, the entry count, 81-byte records in
// ascending slot order, then the records' churn reasons) into the v12 table. A block that cannot be read (the
// readers reported it as such; the next scoring run would have rewritten it) is left out with a warning: its
// customers are scored again by the next run.
void copyScoreBlocksV10(SQLite::Database& db)
{
    constexpr std::size_t kHeader = 2, kRecord = 81, kCapacity = 40;
    RawStatement read(db, "SELECT id, data FROM score_blocks ORDER BY id");
    RawStatement write(db, "INSERT INTO scores_v12 (customer_id, run_id, x, tx_days, t_days, monetary_mean, revenue, "
                           "revenue_12m, last_order_date, p_alive, clv_12m, abc_code, rfm, rfm_segment, risk_code, "
                           "churn_reasons, stage_code, lifecycle_rule, stage_since, advice, stage_recorded, "
                           "stage_start_rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    std::size_t unreadable = 0;
    while (read.step()) {
        const std::int64_t block = read.int64(0);
        const auto* bytes = static_cast<const std::uint8_t*>(read.blob(1));
        const auto size = static_cast<std::size_t>(read.bytes(1));
        const std::size_t count = size >= kHeader ? bytes[1] : 0;
        // The layout checks of v10's reader: version, count, slots ascending, codes in range, reasons' lengths.
        bool ok = size >= kHeader && bytes[0] == 2 && count <= kCapacity && size >= kHeader + count * kRecord;
        std::size_t reasonsEnd = kHeader + count * kRecord;
        for (std::size_t k = 0; ok && k < count; ++k) {
            const std::uint8_t* r = bytes + kHeader + k * kRecord;
            std::uint16_t length = 0;
            std::memcpy(&length, r + 79, sizeof length);
            reasonsEnd += length;
            ok = r[0] < kCapacity && (k == 0 || r[0] > r[-static_cast<std::ptrdiff_t>(kRecord)]) && r[65] <= 3 &&
                 r[69] <= 3 && r[70] <= 7 && r[77] <= 1 && reasonsEnd <= size;
        }
        if (!ok || reasonsEnd != size) {
            ++unreadable;
            spdlog::warn("schema v12: score block {} cannot be read; its customers are scored again by the next run",
                         block);
            continue;
        }
        std::size_t reasonsAt = kHeader + count * kRecord;
        for (std::size_t k = 0; k < count; ++k) {
            const std::uint8_t* r = bytes + kHeader + k * kRecord;
            std::size_t at = 1;
            auto next = [&](auto value) {
                std::memcpy(&value, r + at, sizeof value);
                at += sizeof value;
                return value;
            };
            int c = 1;
            write.bind(c++, block * static_cast<std::int64_t>(kCapacity) + r[0]);
            write.bind(c++, next(std::int64_t{}));
            write.bind(c++, next(std::int32_t{}));
            write.bind(c++, next(std::int32_t{}));
            write.bind(c++, next(std::int32_t{}));
            write.bind(c++, next(double{}));
            write.bind(c++, next(double{}));
            write.bind(c++, next(double{}));
            std::array<char, 10> lastOrder{}, since{};
            if (const auto day = next(std::int32_t{}); day != std::numeric_limits<std::int32_t>::min())
                write.bindStatic(c++, isoDayText(day, lastOrder));
            else
                write.bindNull(c++);
            for (int optional = 0; optional < 2; ++optional) {
                if (const double value = next(double{}); std::isnan(value))
                    write.bindNull(c++);
                else
                    write.bind(c++, value);
            }
            write.bind(c++, static_cast<int>(next(std::uint8_t{})));  // abc
            write.bind(c++, static_cast<int>(next(std::uint16_t{}))); // rfm
            write.bind(c++, static_cast<int>(next(std::uint8_t{})));  // segment
            write.bind(c++, static_cast<int>(next(std::uint8_t{})));  // risk
            const int stage = next(std::uint8_t{});
            const int rule = next(std::uint8_t{});
            const std::int32_t stageSince = next(std::int32_t{});
            const int advice = next(std::uint8_t{});
            const int recorded = next(std::uint8_t{});
            const int startRule = next(std::uint8_t{});
            const std::uint16_t length = next(std::uint16_t{});
            if (length > 0)
                write.bindStaticBlob(c++, bytes + reasonsAt, length);
            else
                write.bindNull(c++);
            reasonsAt += length;
            write.bind(c++, stage);
            write.bind(c++, rule);
            if (stageSince != std::numeric_limits<std::int32_t>::min())
                write.bindStatic(c++, isoDayText(stageSince, since));
            else
                write.bindNull(c++);
            write.bind(c++, advice);
            write.bind(c++, recorded);
            write.bind(c++, startRule);
            write.run();
        }
    }
    if (unreadable > 0)
        spdlog::warn("schema v12: {} unreadable score blocks left out", unreadable);
    db.exec("DROP TABLE score_blocks");
}

// The rest of v12: the scores of either schema before it into the new table, which takes the name `scores`, and
// the trigger again (it now deletes from a plain table).
void finishSchemaV12(SQLite::Database& db)
{
    if (hasObject(db, "table", "score_blocks"))
        copyScoreBlocksV10(db);
    if (hasObject(db, "table", "scores"))
        copyScoresV9(db);
    db.exec("ALTER TABLE scores_v12 RENAME TO scores");
    db.exec("CREATE TRIGGER customers_delete_scores AFTER DELETE ON customers BEGIN "
            "DELETE FROM scores WHERE customer_id = old.id; END");
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        {1, "the whole CardDesk domain", kSchemaV1},
        {2, "full-text search over customers (trigram)", kSchemaV2},
        {3, "complaint escalation to the admin: complaint.admin_escalation_days", kSchemaV3},
        {4, "churn reason codes in scores: churn_reason_codes", kSchemaV4},
        {5, "customer list by rep and name: index customers_owner_pinyin", kSchemaV5},
        {6, "narrow scores table: model outputs recomputed from the run's parameters", kSchemaV6, &finishSchemaV6},
        {7, "customer list: indexes for short searches and the sort by region", kSchemaV7},
        {8, "enumeration CHECKs as OR chains: same rules, cheaper per row written", "", &EnumCheckRewriter::apply},
        {9, "customer list: index of the search texts' last two characters, for searches of two 汉字", kSchemaV9},
        // Step 10 also converted the scores into blocks behind a virtual table (retired by step 12, which converts
        // both the blocks and a v9 table it finds).
        {10, "index of hand-set stages (was: scores in blocks behind the scores virtual table)", kSchemaV10},
        {11, "weekly review notes: weekly_reviews", kSchemaV11},
        {12, "scores as a plain table of integer codes; no virtual table", kSchemaV12, &finishSchemaV12},
        {13, "a password set by an administrator is changed at the next log-in: users.must_change_password",
         kSchemaV13},
        {14, "monthly sales and collection targets per rep or area: sales_targets", kSchemaV14},
        {15, "weekly review by period: indexes payments_paid, orders_date, interactions_user_time, customers_created",
         kSchemaV15},
        {16, "customer imports as batches that can be undone: import_batches, import_batch_rows", kSchemaV16},
        {17, "archive, do-not-contact, and the audit log's one exception: values of an erased row blanked", kSchemaV17},
        {18, "duplicates and merge: customer_merges (what a merge moved, for its undo)", kSchemaV18},
        {19, "weekly review: index receivables_open (receivables not fully paid, by due date)", kSchemaV19},
        {20, "deletes in any tool leave no orphans: the ON DELETE clauses as triggers, and their indexes", kSchemaV20},
        {21, "care reminders: contacts.birthday_lunar, care_reminders", kSchemaV21},
        {22, "tamper-evident trails: audit_log and access_log rows sealed in a hash chain, users covered", kSchemaV22,
         &finishSchemaV22},
        {23, "satisfaction surveys: satisfaction_surveys (four aspects scored 1-5 per survey)", kSchemaV23},
        {24,
         "the rep's day from narrow indexes: customers_owner_day, customers_owner_key, interactions_customer with "
         "next_follow_up, receivables_open_customer",
         kSchemaV24},
        {25, "card.stale_days is read by the weekly review: the seeded, never-read 180 becomes its 90", kSchemaV25},
        {26, "orders files imported, by their SHA-256: order_import_files", kSchemaV26},
        {27, "orders read from an orders file are marked: orders.imported", kSchemaV27},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace carddesk::storage
