#include "storage/db/BulkLoader.h"

#include "core/CustomerColumns.h"
#include "core/PinyinText.h"
#include "storage/access/AuditTrail.h"
#include "storage/db/ThreadCpuTime.h"
#include "storage/repositories/CustomerRepository.h"

#include <QElapsedTimer>

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <array>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <time.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

qint64 threadCpuMs()
{
    return static_cast<qint64>(threadCpuSeconds() * 1000.0);
}

void putDigits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

// UTF-16 to UTF-8 into a buffer that keeps its capacity: no allocation per bound text.
void appendUtf8(std::string& out, const QString& text)
{
    out.clear();
    const char16_t* p = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* end = p + text.size();
    while (p < end) {
        char32_t ch = *p++;
        if (ch >= 0xD800 && ch < 0xDC00 && p < end && *p >= 0xDC00 && *p < 0xE000)
            ch = 0x10000 + ((ch - 0xD800) << 10) + (*p++ - 0xDC00);
        else if (ch >= 0xD800 && ch < 0xE000)
            ch = 0xFFFD; // a lone surrogate, as QString::toUtf8 writes it
        if (ch < 0x80) {
            out.push_back(static_cast<char>(ch));
        } else if (ch < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (ch >> 6)));
            out.push_back(static_cast<char>(0x80 | (ch & 0x3F)));
        } else if (ch < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (ch >> 12)));
            out.push_back(static_cast<char>(0x80 | ((ch >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (ch & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (ch >> 18)));
            out.push_back(static_cast<char>(0x80 | ((ch >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((ch >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (ch & 0x3F)));
        }
    }
}

// Rows per multi-row INSERT of the big tables: one statement run stores this many rows, which saves most of the
// per-row statement overhead (VDBE start, bind and reset calls). 32 rows of the 35 customer columns stay far below
// SQLite's limit of 32766 bound parameters.
constexpr size_t kRowsPerStatement = 32;
constexpr size_t kMaxTextsPerRow = 40;

// Text buffers reused from statement to statement; a statement's values stay in them until it has run. Sized once:
// the bound texts point into these strings, so they must never move.
struct RowBuffers
{
    std::vector<std::string> texts = std::vector<std::string>(kRowsPerStatement * kMaxTextsPerRow);
};

// Binds one row's values in order. Texts are bound without a second copy (bindNoCopy) from the reused buffers;
// dates are formatted by hand because QDate::toString is slow at this volume.
class Row
{
public:
    Row(SQLite::Statement& st, RowBuffers& buffers) : m_st(st), m_buffers(buffers) {}

    Row& text(const QString& value)
    {
        std::string& keep = m_buffers.texts.at(m_used++);
        appendUtf8(keep, value);
        m_st.bindNoCopy(m_index++, keep);
        return *this;
    }
    Row& integer(qint64 value)
    {
        m_st.bind(m_index++, static_cast<int64_t>(value));
        return *this;
    }
    Row& optionalId(qint64 value)
    {
        if (value > 0)
            m_st.bind(m_index++, static_cast<int64_t>(value));
        else
            m_st.bind(m_index++);
        return *this;
    }
    // One customers column, bound by its stored type (core::CustomerColumns).
    Row& column(const core::CustomerColumn& column, const core::Customer& c)
    {
        using Type = core::CustomerColumn::Type;
        switch (column.type) {
        case Type::Text:
            return text(c.*column.text);
        case Type::Real:
            return real(c.*column.real);
        case Type::Integer:
            return integer(c.*column.integer);
        case Type::Id:
            return optionalId(c.*column.id);
        case Type::Flag:
            return integer(c.*column.flag ? 1 : 0);
        case Type::Date:
            return date(c.*column.date);
        case Type::DateTime:
            return dateTime(c.*column.dateTime);
        }
        return *this;
    }
    Row& real(double value)
    {
        m_st.bind(m_index++, value);
        return *this;
    }
    Row& date(const QDate& value)
    {
        if (!value.isValid()) {
            m_st.bind(m_index++);
            return *this;
        }
        std::string& out = m_buffers.texts.at(m_used++);
        out.resize(10);
        writeDate(out.data(), value);
        m_st.bindNoCopy(m_index++, out);
        return *this;
    }
    // UTC ISO-8601 with a trailing Z, as Database::nowIso() and sqlbind::dateTime() write it.
    Row& dateTime(const QDateTime& value)
    {
        if (!value.isValid()) {
            m_st.bind(m_index++);
            return *this;
        }
        const QDateTime utc = value.timeSpec() == Qt::UTC ? value : value.toUTC();
        std::string& text = m_buffers.texts.at(m_used++);
        text.resize(20);
        char* out = text.data();
        writeDate(out, utc.date());
        const QTime time = utc.time();
        out[10] = 'T';
        putDigits(out + 11, time.hour(), 2);
        out[13] = ':';
        putDigits(out + 14, time.minute(), 2);
        out[16] = ':';
        putDigits(out + 17, time.second(), 2);
        out[19] = 'Z';
        m_st.bindNoCopy(m_index++, text);
        return *this;
    }

    void run()
    {
        m_st.exec();
        m_st.reset();
    }

private:
    static void writeDate(char* out, const QDate& date)
    {
        int y = 0;
        int m = 0;
        int d = 0;
        date.getDate(&y, &m, &d);
        putDigits(out, y, 4);
        out[4] = '-';
        putDigits(out + 5, m, 2);
        out[7] = '-';
        putDigits(out + 8, d, 2);
    }

    SQLite::Statement& m_st;
    RowBuffers& m_buffers;
    int m_index = 1;
    int m_used = 0;
};

std::string placeholders(int count)
{
    std::string marks;
    for (int i = 0; i < count; ++i)
        marks += i == 0 ? "?" : ", ?";
    return marks;
}

std::string customerColumnList()
{
    std::string names = "id";
    for (const core::CustomerColumn& column : core::CustomerColumns::all())
        names += std::string(", ") + column.name;
    return names + ", name_pinyin, name_initials, search_text, created_at, updated_at";
}

// INSERT INTO table (columns) VALUES (?, …), (?, …) … for `rows` rows.
std::string insertSql(const char* table, const std::string& columns, size_t rows)
{
    const int count = 1 + static_cast<int>(std::count(columns.begin(), columns.end(), ','));
    const std::string row = "(" + placeholders(count) + ")";
    std::string sql = std::string("INSERT INTO ") + table + " (" + columns + ") VALUES ";
    for (size_t i = 0; i < rows; ++i)
        sql += (i == 0 ? "" : ", ") + row;
    return sql;
}

// A table's INSERT statements: one for kRowsPerStatement rows and one for the rest of a batch.
struct TableInsert
{
    TableInsert(SQLite::Database& db, const char* table, const std::string& columns)
        : many(db, insertSql(table, columns, kRowsPerStatement)), one(db, insertSql(table, columns, 1))
    {
    }
    SQLite::Statement many;
    SQLite::Statement one;
};

// Inserts `rows`, kRowsPerStatement per statement run; `bind(row, value)` binds one row's values in column order.
template <typename T, typename Bind>
void insertRows(TableInsert& insert, RowBuffers& buffers, const std::vector<T>& rows, Bind bind)
{
    size_t i = 0;
    for (; i + kRowsPerStatement <= rows.size(); i += kRowsPerStatement) {
        Row row(insert.many, buffers);
        for (size_t k = 0; k < kRowsPerStatement; ++k)
            bind(row, rows[i + k]);
        row.run();
    }
    for (; i < rows.size(); ++i) {
        Row row(insert.one, buffers);
        bind(row, rows[i]);
        row.run();
    }
}

} // namespace

// The prepared statements, made once per load and reused for every row.
class BulkLoader::Statements
{
public:
    explicit Statements(SQLite::Database& db)
        : customer(db, "customers", customerColumnList()),
          contact(db, "contacts",
                  "id, customer_id, name, title, phone, mobile, email, birthday, is_primary, notes, birthday_lunar"),
          order(db, "orders", "id, customer_id, order_no, order_date, amount, payment_method, notes, created_by"),
          orderLine(db, "order_lines", "id, order_id, product_id, quantity, unit_price, amount"),
          receivable(db, "receivables",
                     "id, customer_id, order_id, invoice_no, invoice_date, due_date, amount, paid_amount"),
          payment(db, "payments", "id, receivable_id, paid_date, amount, method"),
          interaction(db, "interactions",
                      "id, customer_id, contact_id, user_id, channel, occurred_at, summary, next_follow_up"),
          visit(db, "visits", "id, customer_id, user_id, planned_date, status, purpose, result, done_at"),
          complaint(db, "complaints",
                    "id, customer_id, contact_id, channel, category_id, level, description, received_at, owner_id, "
                    "deadline, status, escalation_level, escalated_at, satisfaction, satisfaction_comment, "
                    "close_reason"),
          complaintStep(db, "complaint_history", "id, complaint_id, from_status, to_status, user_id, at, note")
    {
    }

    TableInsert customer;
    TableInsert contact;
    TableInsert order;
    TableInsert orderLine;
    TableInsert receivable;
    TableInsert payment;
    TableInsert interaction;
    TableInsert visit;
    TableInsert complaint;
    TableInsert complaintStep;
    RowBuffers buffers;
};

BulkLoader::BulkLoader(Database& db, qint64 userId, Options options) : m_db(db), m_userId(userId), m_options(options) {}

BulkLoader::~BulkLoader()
{
    // Statements first: they must not outlive a rollback of the schema change they were prepared against.
    m_statements.reset();
    if (m_begun && m_previousCacheSize != 0) {
        try {
            m_db.sql().exec("PRAGMA cache_size = " + std::to_string(m_previousCacheSize));
        } catch (const std::exception&) {
            // The connection keeps the bigger cache until it closes; nothing is lost.
        }
    }
}

core::Status BulkLoader::begin()
{
    if (m_begun)
        return makeError(ErrorCode::Internal, QStringLiteral("bulk load already begun"));
    auto& sql = m_db.sql();
    if (sqlite3_get_autocommit(sql.getHandle()) != 0)
        return makeError(ErrorCode::Internal, QStringLiteral("a bulk load must run inside Database::write()"));
    auto next = [&](const char* table) {
        return sql.execAndGet(std::string("SELECT coalesce(max(id), 0) + 1 FROM ") + table).getInt64();
    };
    m_firstIds.product = next("products");
    m_firstIds.customer = next("customers");
    m_firstIds.contact = next("contacts");
    m_firstIds.order = next("orders");
    m_firstIds.orderLine = next("order_lines");
    m_firstIds.receivable = next("receivables");
    m_firstIds.payment = next("payments");
    m_firstIds.interaction = next("interactions");
    m_firstIds.visit = next("visits");
    m_firstIds.complaint = next("complaints");
    m_firstIds.complaintStep = next("complaint_history");

    m_previousCacheSize = sql.execAndGet("PRAGMA cache_size").getInt();
    if (m_options.cacheSizeKiB > 0)
        sql.exec("PRAGMA cache_size = -" + std::to_string(m_options.cacheSizeKiB));
    m_begun = true;

    if (m_options.deferSearchIndex)
        m_searchPause = std::make_unique<SearchIndexPause>(m_db);
    if (m_options.deferIndexes) {
        SQLite::Statement indexes(sql, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                       "AND tbl_name IN ('customers', 'contacts', 'orders', 'order_lines', "
                                       "'receivables', 'payments', 'interactions', 'visits', 'complaints', "
                                       "'complaint_history') ORDER BY name");
        while (indexes.executeStep()) {
            const std::string name = indexes.getColumn(0).getString();
            // An index led by the parent's id gets its keys in ascending order (parents are loaded in id order):
            // appending is cheaper than sorting it again later, so it stays.
            SQLite::Statement first(sql, "SELECT name FROM pragma_index_info(?) WHERE seqno = 0");
            first.bind(1, name);
            const std::string column = first.executeStep() ? first.getColumn(0).getString() : std::string();
            if (column == "customer_id" || column == "order_id" || column == "receivable_id" ||
                column == "complaint_id")
                continue;
            m_droppedIndexes.emplace_back(name, indexes.getColumn(1).getString());
        }
        indexes.reset();
        for (const auto& [name, create] : m_droppedIndexes)
            sql.exec("DROP INDEX \"" + name + "\"");
    }
    m_statements = std::make_unique<Statements>(sql);
    m_loadTimer.start();
    m_loadCpuMs = threadCpuMs();
    return {};
}

std::vector<qint64> BulkLoader::complaintCategoryIds() const
{
    std::vector<qint64> ids;
    SQLite::Statement q(m_db.sql(), "SELECT id FROM complaint_categories WHERE active = 1 ORDER BY id");
    while (q.executeStep())
        ids.push_back(q.getColumn(0).getInt64());
    return ids;
}

core::Status BulkLoader::setAreaManager(qint64 areaId, qint64 managerId)
{
    if (!m_begun || m_finished)
        return makeError(ErrorCode::Internal, QStringLiteral("bulk load not begun"));
    SQLite::Statement st(m_db.sql(), "UPDATE areas SET manager_id = ? WHERE id = ?");
    RowBuffers buffers;
    Row(st, buffers).optionalId(managerId).integer(areaId).run();
    if (m_db.sql().getChanges() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("area %1 does not exist").arg(areaId));
    AuditTrail::recordChange(m_db, m_userId, QStringLiteral("update"), QStringLiteral("areas"), areaId, 0,
                             QStringLiteral("manager_id"), QString(), QString::number(managerId));
    return {};
}

core::Status BulkLoader::insertProducts(const std::vector<core::Product>& products)
{
    if (!m_begun || m_finished)
        return makeError(ErrorCode::Internal, QStringLiteral("bulk load not begun"));
    SQLite::Statement st(m_db.sql(), "INSERT INTO products (id, code, name, category, unit, unit_price, active) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)");
    RowBuffers buffers;
    for (const core::Product& p : products) {
        Row(st, buffers)
            .optionalId(p.id)
            .text(p.code)
            .text(p.name)
            .text(p.category)
            .text(p.unit)
            .real(p.unitPrice)
            .integer(p.active ? 1 : 0)
            .run();
    }
    m_counts.products += static_cast<qint64>(products.size());
    return {};
}

core::Status BulkLoader::insert(BulkBatch& batch)
{
    if (!m_begun || m_finished)
        return makeError(ErrorCode::Internal, QStringLiteral("bulk load not begun"));
    Statements& s = *m_statements;
    const QString now = Database::nowIso();
    const QDateTime nowStamp = QDateTime::fromString(now, Qt::ISODate);

    for (BulkCustomer& bc : batch.customers) {
        if (bc.searchText.isEmpty())
            prepareSearchKeys(bc, {});
    }
    insertRows(s.customer, s.buffers, batch.customers, [&](Row& row, const BulkCustomer& bc) {
        const core::Customer& c = bc.card;
        const QDateTime created = c.createdAt.isValid() ? c.createdAt : nowStamp;
        const QDateTime updated = c.updatedAt.isValid() ? c.updatedAt : created;
        row.integer(c.id);
        for (const core::CustomerColumn& column : core::CustomerColumns::all())
            row.column(column, c);
        row.text(bc.namePinyin).text(bc.nameInitials).text(bc.searchText).dateTime(created).dateTime(updated);
    });
    insertRows(s.contact, s.buffers, batch.contacts, [](Row& row, const core::Contact& c) {
        row.integer(c.id)
            .integer(c.customerId)
            .text(c.name)
            .text(c.title)
            .text(c.phone)
            .text(c.mobile)
            .text(c.email)
            .date(c.birthday)
            .integer(c.isPrimary ? 1 : 0)
            .text(c.notes)
            .optionalId(c.birthdayLunar.code()); // 0: no lunar birthday, NULL
    });
    insertRows(s.order, s.buffers, batch.orders, [](Row& row, const BulkOrder& bo) {
        const core::Order& o = bo.order;
        row.integer(o.id)
            .integer(o.customerId)
            .text(o.orderNo)
            .date(o.orderDate)
            .real(o.amount)
            .text(o.paymentMethod)
            .text(o.notes)
            .optionalId(bo.createdBy);
    });
    insertRows(s.orderLine, s.buffers, batch.orderLines, [](Row& row, const BulkOrderLine& l) {
        row.integer(l.line.id)
            .integer(l.orderId)
            .integer(l.line.productId)
            .real(l.line.quantity)
            .real(l.line.unitPrice)
            .real(l.line.amount);
    });
    insertRows(s.receivable, s.buffers, batch.receivables, [](Row& row, const core::Receivable& r) {
        row.integer(r.id)
            .integer(r.customerId)
            .optionalId(r.orderId)
            .text(r.invoiceNo)
            .date(r.invoiceDate)
            .date(r.dueDate)
            .real(r.amount)
            .real(r.paidAmount);
    });
    insertRows(s.payment, s.buffers, batch.payments, [](Row& row, const BulkPayment& p) {
        row.integer(p.id).integer(p.receivableId).date(p.paidDate).real(p.amount).text(p.method);
    });
    insertRows(s.interaction, s.buffers, batch.interactions, [](Row& row, const core::Interaction& i) {
        row.integer(i.id)
            .integer(i.customerId)
            .optionalId(i.contactId)
            .optionalId(i.userId)
            .text(i.channel)
            .dateTime(i.occurredAt)
            .text(i.summary)
            .date(i.nextFollowUp);
    });
    insertRows(s.visit, s.buffers, batch.visits, [](Row& row, const core::Visit& v) {
        row.integer(v.id)
            .integer(v.customerId)
            .optionalId(v.userId)
            .date(v.plannedDate)
            .text(v.status)
            .text(v.purpose)
            .text(v.result)
            .dateTime(v.doneAt);
    });
    insertRows(s.complaint, s.buffers, batch.complaints, [](Row& row, const core::Complaint& c) {
        row.integer(c.id)
            .integer(c.customerId)
            .optionalId(c.contactId)
            .text(c.channel)
            .optionalId(c.categoryId)
            .integer(c.level)
            .text(c.description)
            .dateTime(c.receivedAt)
            .optionalId(c.ownerId)
            .dateTime(c.deadline)
            .text(c.status)
            .integer(c.escalationLevel)
            .dateTime(c.escalatedAt)
            .integer(c.satisfaction)
            .text(c.satisfactionComment)
            .text(c.closeReason);
    });
    insertRows(s.complaintStep, s.buffers, batch.complaintSteps, [](Row& row, const BulkComplaintStep& h) {
        row.integer(h.id).integer(h.complaintId);
        if (h.fromStatus.isEmpty())
            row.optionalId(0); // NULL: the complaint's first step
        else
            row.text(h.fromStatus);
        row.text(h.toStatus).optionalId(h.userId).dateTime(h.at).text(h.note);
    });

    m_counts.customers += static_cast<qint64>(batch.customers.size());
    m_counts.contacts += static_cast<qint64>(batch.contacts.size());
    m_counts.orders += static_cast<qint64>(batch.orders.size());
    m_counts.orderLines += static_cast<qint64>(batch.orderLines.size());
    m_counts.receivables += static_cast<qint64>(batch.receivables.size());
    m_counts.payments += static_cast<qint64>(batch.payments.size());
    m_counts.interactions += static_cast<qint64>(batch.interactions.size());
    m_counts.visits += static_cast<qint64>(batch.visits.size());
    m_counts.complaints += static_cast<qint64>(batch.complaints.size());
    m_counts.complaintSteps += static_cast<qint64>(batch.complaintSteps.size());
    return {};
}

core::Status BulkLoader::finish(const QString& auditNote)
{
    if (!m_begun || m_finished)
        return makeError(ErrorCode::Internal, QStringLiteral("bulk load not begun"));
    auto& sql = m_db.sql();
    m_statements.reset();
    const qint64 insertMs = m_loadTimer.elapsed();
    const qint64 insertCpuMs = threadCpuMs() - m_loadCpuMs;
    QElapsedTimer timer;
    timer.start();
    qint64 cpuMs = threadCpuMs();
    // Built by sorting, which beats inserting millions of keys at random places in the B-trees.
    for (const auto& [name, create] : m_droppedIndexes)
        sql.exec(create);
    m_droppedIndexes.clear();
    const qint64 indexMs = timer.restart();
    const qint64 indexCpuMs = threadCpuMs() - cpuMs;
    cpuMs = threadCpuMs();
    if (m_searchPause)
        m_searchPause->resume(m_firstIds.customer);
    m_searchPause.reset();
    spdlog::info("bulk load: {} customers; rows inserted in {} ms ({} ms CPU on this thread), indexes rebuilt in "
                 "{} ms ({} ms CPU), search index in {} ms ({} ms CPU)",
                 m_counts.customers, insertMs, insertCpuMs, indexMs, indexCpuMs, timer.elapsed(),
                 threadCpuMs() - cpuMs);
    const std::pair<const char*, qint64> tables[] = {
        {"products", m_counts.products},
        {"customers", m_counts.customers},
        {"contacts", m_counts.contacts},
        {"orders", m_counts.orders},
        {"order_lines", m_counts.orderLines},
        {"receivables", m_counts.receivables},
        {"payments", m_counts.payments},
        {"interactions", m_counts.interactions},
        {"visits", m_counts.visits},
        {"complaints", m_counts.complaints},
        {"complaint_history", m_counts.complaintSteps},
    };
    for (const auto& [table, count] : tables) {
        if (count == 0)
            continue;
        const QString name = QString::fromLatin1(table);
        AuditTrail::recordChange(m_db, m_userId, QStringLiteral("bulk_insert"), name, 0, 0, QString(), QString(),
                                 QStringLiteral("%1 %2 %3").arg(auditNote).arg(count).arg(name));
    }
    if (m_previousCacheSize != 0)
        sql.exec("PRAGMA cache_size = " + std::to_string(m_previousCacheSize));
    m_previousCacheSize = 0;
    m_finished = true;
    return {};
}

void BulkLoader::prepareSearchKeys(BulkCustomer& customer, const std::vector<const core::Contact*>& contacts)
{
    const core::PinyinKeys keys = core::pinyinKeys(customer.card.name);
    customer.namePinyin = keys.full;
    customer.nameInitials = keys.initials;
    QStringList contactTexts;
    contactTexts.reserve(static_cast<qsizetype>(contacts.size()) * 4);
    for (const core::Contact* contact : contacts)
        contactTexts << contact->name << contact->phone << contact->mobile << contact->email;
    customer.searchText = CustomerRepository::buildSearchText(customer.card, contactTexts);
}

} // namespace carddesk::storage
