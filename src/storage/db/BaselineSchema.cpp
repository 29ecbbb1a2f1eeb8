#include "storage/db/BaselineSchema.h"

#include <QRegularExpression>
#include <QStringList>

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

namespace {

// Every schema object as "type name table: SQL", runs of white space as one space and without identifier quotes,
// sorted.
QStringList schemaObjects(SQLite::Database& db)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList objects;
    SQLite::Statement q(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master");
    while (q.executeStep()) {
        QString sql = QString::fromStdString(q.getColumn(3).getString());
        sql.replace(space, QStringLiteral(" "));
        sql.remove(QLatin1Char('"'));
        objects << QStringLiteral("%1 %2 %3: %4")
                       .arg(QString::fromStdString(q.getColumn(0).getString()),
                            QString::fromStdString(q.getColumn(1).getString()),
                            QString::fromStdString(q.getColumn(2).getString()), sql.trimmed());
    }
    objects.sort();
    return objects;
}

// The latest schema (v27: after v20, issue 14's care reminders, v22's sealed trails, v23's satisfaction surveys, v24's
// indexes for the rep's day, v26's imported orders files and v27's imported orders), as the migrations leave it
// (tables with their indexes, then the triggers; the FTS5 table makes its own shadow tables). Money is REAL in
// currency units; dates are ISO-8601 TEXT ('YYYY-MM-DD', times 'YYYY-MM-DDTHH:MM:SS'). Why each part is as it is: the
// migration that made it (Migrations.cpp, docs/SCHEMA.md).
const char* const kSchema = R"SQL(
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
    role TEXT NOT NULL CHECK (role = 'rep' OR role = 'manager' OR role = 'admin'),
    area_id INTEGER REFERENCES areas(id),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR active = 1),
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
, must_change_password INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_password = 0 OR must_change_password = 1));
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
    kind TEXT NOT NULL DEFAULT 'company' CHECK (kind = 'company' OR kind = 'person'),
    industry TEXT NOT NULL DEFAULT '',
    area_id INTEGER REFERENCES areas(id),
    region TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'potential' CHECK (status = 'potential' OR status = 'current' OR status = 'lost'),
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
    loyalty_class TEXT NOT NULL DEFAULT '' CHECK (loyalty_class = '' OR loyalty_class = 'loyal' OR loyalty_class = 'switcher' OR loyalty_class = 'none'),
    owner_id INTEGER REFERENCES users(id),
    is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key = 0 OR is_key = 1),
    referred_by_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    manual_stage TEXT NOT NULL DEFAULT '',
    manual_stage_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
, archived_at TEXT);
CREATE INDEX customers_area ON customers(area_id);
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_pinyin ON customers(name_pinyin);
CREATE INDEX customers_status ON customers(status);
CREATE INDEX customers_owner_pinyin ON customers(owner_id, name_pinyin);
CREATE INDEX customers_owner_initials ON customers(owner_id, name_initials, name_pinyin);
CREATE INDEX customers_initials_pinyin ON customers(name_initials, name_pinyin);
CREATE INDEX customers_owner_region ON customers(owner_id, region);
CREATE INDEX customers_owner_day ON customers(owner_id, archived_at, code, name, status, is_key, established);
CREATE INDEX customers_owner_key ON customers(owner_id) WHERE is_key = 1;
CREATE INDEX customers_created ON customers(created_at);
CREATE INDEX customers_region ON customers(region);
CREATE INDEX customers_search_tail ON customers(substr(search_text, -2))
    WHERE unicode(substr(search_text, -1)) >= 11904;
CREATE INDEX customers_manual_stage ON customers(manual_stage, manual_stage_at)
    WHERE manual_stage <> '';
CREATE INDEX customers_archived ON customers(archived_at) WHERE archived_at IS NOT NULL;
CREATE INDEX customers_referred_by ON customers(referred_by_id) WHERE referred_by_id IS NOT NULL;
CREATE TABLE customer_relations (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    related_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'related' CHECK (kind = 'referred' OR kind = 'related' OR kind = 'parent' OR kind = 'subsidiary'),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (customer_id, related_id, kind)
);
CREATE INDEX customer_relations_related ON customer_relations(related_id);
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
, do_not_contact INTEGER NOT NULL DEFAULT 0
    CHECK (do_not_contact = 0 OR do_not_contact = 1), birthday_lunar INTEGER
    CHECK (birthday_lunar IS NULL OR (birthday_lunar % 100 BETWEEN 1 AND 30 AND birthday_lunar / 100 % 100 BETWEEN 1 AND 12 AND birthday_lunar < 20000)));
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
, imported INTEGER NOT NULL DEFAULT 0 CHECK (imported = 0 OR imported = 1));
CREATE INDEX orders_customer_date ON orders(customer_id, order_date);
CREATE INDEX orders_date ON orders(order_date);
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
CREATE INDEX receivables_open ON receivables(due_date) WHERE paid_amount < amount;
CREATE INDEX receivables_open_customer ON receivables(customer_id, due_date) WHERE paid_amount < amount;
CREATE INDEX receivables_order ON receivables(order_id) WHERE order_id IS NOT NULL;
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    receivable_id INTEGER NOT NULL REFERENCES receivables(id) ON DELETE CASCADE,
    paid_date TEXT NOT NULL,
    amount REAL NOT NULL CHECK (amount > 0),
    method TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payments_receivable ON payments(receivable_id);
CREATE INDEX payments_paid ON payments(paid_date);
CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    user_id INTEGER REFERENCES users(id),
    channel TEXT NOT NULL CHECK (channel = 'visit' OR channel = 'phone' OR channel = 'sms' OR channel = 'letter' OR channel = 'email' OR channel = 'im' OR channel = 'meeting' OR channel = 'hotline' OR channel = 'online'),
    occurred_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    next_follow_up TEXT
);
CREATE INDEX interactions_customer ON interactions(customer_id, occurred_at, next_follow_up);
CREATE INDEX interactions_follow_up ON interactions(next_follow_up);
CREATE INDEX interactions_user_time ON interactions(user_id, occurred_at);
CREATE INDEX interactions_contact ON interactions(contact_id) WHERE contact_id IS NOT NULL;
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id),
    planned_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status = 'planned' OR status = 'done' OR status = 'cancelled'),
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
        CHECK (status = 'new' OR status = 'acknowledged' OR status = 'in_progress' OR status = 'resolved' OR status = 'closed' OR status = 'reopened'),
    escalation_level INTEGER NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
    escalated_at TEXT,
    satisfaction INTEGER NOT NULL DEFAULT 0 CHECK (satisfaction BETWEEN 0 AND 5),
    satisfaction_comment TEXT NOT NULL DEFAULT '',
    close_reason TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX complaints_customer ON complaints(customer_id);
CREATE INDEX complaints_status_deadline ON complaints(status, deadline);
CREATE INDEX complaints_contact ON complaints(contact_id) WHERE contact_id IS NOT NULL;
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
    to_stage TEXT NOT NULL CHECK (to_stage = 'potential' OR to_stage = 'exploration' OR to_stage = 'formation' OR to_stage = 'stability' OR to_stage = 'decline' OR to_stage = 'lost' OR to_stage = 'won_back'),
    changed_on TEXT NOT NULL,
    rule TEXT NOT NULL DEFAULT '',
    manual INTEGER NOT NULL DEFAULT 0,
    user_id INTEGER REFERENCES users(id),
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lifecycle_history_customer ON lifecycle_history(customer_id, changed_on);
CREATE TABLE score_runs (
    id INTEGER PRIMARY KEY,
    as_of TEXT NOT NULL,
    run_at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    customers INTEGER NOT NULL DEFAULT 0,
    seconds REAL NOT NULL DEFAULT 0,
    parameters TEXT NOT NULL DEFAULT '{}'
);
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
, seal BLOB, value_key BLOB, value_mac BLOB);
CREATE INDEX audit_log_customer ON audit_log(customer_id, at);
CREATE INDEX audit_log_user_state ON audit_log(row_id) WHERE action = 'user_state';
CREATE TABLE audit_chain (
    log TEXT PRIMARY KEY,
    last_id INTEGER NOT NULL,
    seal BLOB NOT NULL
);
CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    customer_id INTEGER,
    action TEXT NOT NULL CHECK (action = 'open' OR action = 'export' OR action = 'print' OR action = 'login' OR action = 'login_failed'),
    detail TEXT NOT NULL DEFAULT ''
, seal BLOB);
CREATE INDEX access_log_customer ON access_log(customer_id, at);
CREATE VIRTUAL TABLE customers_fts USING fts5(search_text, content='customers', content_rowid='id',
                                              tokenize='trigram');
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
CREATE TABLE customers_fts_pending (
    id INTEGER PRIMARY KEY,
    indexed_text TEXT
);
CREATE TABLE scores (
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
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
WHEN NOT (new.id = old.id AND new.at = old.at AND new.user_id IS old.user_id AND new.customer_id IS old.customer_id
          AND new.action = old.action AND new.detail = old.detail AND old.seal IS NULL AND new.seal IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
    INSERT OR IGNORE INTO customers_fts_pending (id, indexed_text) VALUES (new.id, NULL);
END;
CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
    INSERT OR IGNORE INTO customers_fts_pending (id, indexed_text) VALUES (old.id, old.search_text);
END;
CREATE TRIGGER customers_fts_au AFTER UPDATE OF search_text ON customers BEGIN
    INSERT OR IGNORE INTO customers_fts_pending (id, indexed_text) VALUES (old.id, old.search_text);
END;
CREATE TRIGGER customers_delete_scores AFTER DELETE ON customers BEGIN DELETE FROM scores WHERE customer_id = old.id; END;
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
CREATE TABLE order_import_files (
    sha256 TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    orders INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id)
);
INSERT INTO complaint_categories (name) VALUES
    ('product_quality'), ('delivery'), ('service_attitude'), ('billing'), ('other');
INSERT INTO settings (key, value) VALUES
    ('abc.cutoff_a', '0.80'), ('abc.cutoff_b', '0.95'),
    ('complaint.deadline_days.1', '7'), ('complaint.deadline_days.2', '5'),
    ('complaint.deadline_days.3', '3'), ('complaint.deadline_days.4', '1'),
    ('card.stale_days', '90'), ('complaint.admin_escalation_days', '3');
INSERT INTO audit_chain (log, last_id, seal) VALUES ('audit_log', 0, zeroblob(32)), ('access_log', 0, zeroblob(32));
)SQL";

} // namespace

const char* BaselineSchema::sql()
{
    return kSchema;
}

bool BaselineSchema::matches(SQLite::Database& db)
{
    SQLite::Database baseline(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    baseline.exec(sql());
    return schemaObjects(db) == schemaObjects(baseline);
}

} // namespace carddesk::storage
