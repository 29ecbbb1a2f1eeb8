#include "storage/repositories/ImportCardWriter.h"

#include "core/CustomerCode.h"
#include "core/PinyinText.h"
#include "storage/db/SqlBinding.h"
#include "storage/repositories/CustomerColumns.h"
#include "storage/repositories/CustomerRepository.h"

#include <algorithm>

namespace carddesk::storage {

ImportCardWriter::ImportCardWriter(Session& session) : m_session(session), m_now(Database::nowIso().toStdString())
{
    auto& db = session.db().sql();
    std::string names;
    std::string marks;
    for (const CustomerColumn& column : customerColumns()) {
        names += std::string(column.name) + ", ";
        marks += "?, ";
    }
    m_card =
        std::make_unique<SQLite::Statement>(db, "INSERT INTO customers (" + names +
                                                    "name_pinyin, name_initials, search_text, created_at, updated_at) "
                                                    "VALUES (" +
                                                    marks + "?, ?, ?, ?, ?)");
    m_contact = std::make_unique<SQLite::Statement>(db, "INSERT INTO contacts (name, title, phone, mobile, email, "
                                                        "birthday, is_primary, notes, do_not_contact, customer_id) "
                                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_audit = std::make_unique<SQLite::Statement>(
        db, "INSERT INTO audit_log (at, user_id, action, table_name, row_id, customer_id, field, old_value, "
            "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_codeTaken = std::make_unique<SQLite::Statement>(db, "SELECT 1 FROM customers WHERE code = ?");
}

ImportCardWriter::~ImportCardWriter() = default;

void ImportCardWriter::audit(const char* table, qint64 rowId, qint64 customerId, const QString& field,
                             const QString& value, const char* action, const QString& oldValue)
{
    if (value.isEmpty() && oldValue.isEmpty())
        return;
    SQLite::Statement& st = *m_audit;
    st.reset();
    st.bind(1, m_now);
    st.bind(2, static_cast<int64_t>(m_session.userId()));
    st.bind(3, action);
    st.bind(4, table);
    st.bind(5, static_cast<int64_t>(rowId));
    st.bind(6, static_cast<int64_t>(customerId));
    sqlbind::text(st, 7, field);
    if (oldValue.isEmpty())
        st.bind(8);
    else
        sqlbind::text(st, 8, oldValue);
    sqlbind::text(st, 9, value);
    st.exec();
}

void ImportCardWriter::keepOnePrimary(std::vector<core::Contact>& contacts)
{
    // The last one marked, as marking each in turn would leave it.
    bool primarySeen = false;
    for (auto it = contacts.rbegin(); it != contacts.rend(); ++it) {
        it->isPrimary = it->isPrimary && !primarySeen;
        primarySeen = primarySeen || it->isPrimary;
    }
    for (core::Contact& contact : contacts) {
        contact.name = contact.name.trimmed();
        contact.title = contact.title.trimmed();
        contact.phone = contact.phone.trimmed();
        contact.mobile = contact.mobile.trimmed();
        contact.email = contact.email.trimmed();
    }
}

void ImportCardWriter::insertContacts(qint64 customerId, std::vector<core::Contact>& contacts)
{
    auto& db = m_session.db().sql();
    for (core::Contact& contact : contacts) {
        SQLite::Statement& st = *m_contact;
        st.reset();
        sqlbind::text(st, 1, contact.name);
        sqlbind::text(st, 2, contact.title);
        sqlbind::text(st, 3, contact.phone);
        sqlbind::text(st, 4, contact.mobile);
        sqlbind::text(st, 5, contact.email);
        sqlbind::date(st, 6, contact.birthday);
        st.bind(7, contact.isPrimary ? 1 : 0);
        sqlbind::text(st, 8, contact.notes);
        st.bind(9, contact.doNotContact ? 1 : 0);
        st.bind(10, static_cast<int64_t>(customerId));
        st.exec();
        contact.id = db.getLastInsertRowid();
        contact.customerId = customerId;
        contact.rowVersion = 1;
        // The fields ContactRepository audits, in its order.
        audit("contacts", contact.id, customerId, QStringLiteral("name"), contact.name);
        audit("contacts", contact.id, customerId, QStringLiteral("title"), contact.title);
        audit("contacts", contact.id, customerId, QStringLiteral("phone"), contact.phone);
        audit("contacts", contact.id, customerId, QStringLiteral("mobile"), contact.mobile);
        audit("contacts", contact.id, customerId, QStringLiteral("email"), contact.email);
        audit("contacts", contact.id, customerId, QStringLiteral("birthday"),
              contact.birthday.isValid() ? contact.birthday.toString(Qt::ISODate) : QString());
        audit("contacts", contact.id, customerId, QStringLiteral("is_primary"),
              contact.isPrimary ? QStringLiteral("1") : QStringLiteral("0"));
        audit("contacts", contact.id, customerId, QStringLiteral("notes"), contact.notes);
        audit("contacts", contact.id, customerId, QStringLiteral("do_not_contact"),
              contact.doNotContact ? QStringLiteral("1") : QStringLiteral("0"));
    }
}

void ImportCardWriter::clearPrimaries(qint64 customerId)
{
    auto& db = m_session.db().sql();
    SQLite::Statement others(db, "SELECT id FROM contacts WHERE customer_id = ? AND is_primary = 1");
    others.bind(1, static_cast<int64_t>(customerId));
    std::vector<qint64> ids;
    while (others.executeStep())
        ids.push_back(others.getColumn(0).getInt64());
    for (qint64 id : ids) {
        SQLite::Statement st(db, "UPDATE contacts SET is_primary = 0, row_version = row_version + 1 WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        st.exec();
        audit("contacts", id, customerId, QStringLiteral("is_primary"), QStringLiteral("0"), "update",
              QStringLiteral("1"));
    }
}

core::Result<qint64> ImportCardWriter::update(const core::Customer& before, const core::Customer& edited,
                                              std::vector<core::Contact>& contacts)
{
    core::Customer after = edited;
    after.name = after.name.trimmed();
    std::string sets;
    std::vector<const CustomerColumn*> changed;
    for (const CustomerColumn& column : customerColumns()) {
        if (column.text(before) != column.text(after)) {
            sets += std::string(column.name) + " = ?, ";
            changed.push_back(&column);
        }
    }
    qint64 version = before.rowVersion;
    if (!changed.empty()) {
        auto& statement = m_updates[sets];
        if (!statement)
            statement = std::make_unique<SQLite::Statement>(
                m_session.db().sql(), "UPDATE customers SET " + sets +
                                          "name_pinyin = ?, name_initials = ?, updated_at = ?, row_version = "
                                          "row_version + 1 WHERE id = ? AND row_version = ?");
        SQLite::Statement& st = *statement;
        st.reset();
        int index = 1;
        for (const CustomerColumn* column : changed)
            column->bind(st, index++, after);
        const core::PinyinKeys keys = core::pinyinKeys(after.name);
        sqlbind::text(st, index++, keys.full);
        sqlbind::text(st, index++, keys.initials);
        st.bind(index++, m_now);
        st.bind(index++, static_cast<int64_t>(before.id));
        st.bind(index, static_cast<int64_t>(before.rowVersion));
        if (st.exec() != 1)
            return core::makeError(core::ErrorCode::Conflict,
                                   QStringLiteral("customer %1 (%2) was changed by someone else since the check; "
                                                  "check the file again")
                                       .arg(before.code, before.name));
        for (const CustomerColumn* column : changed)
            audit("customers", before.id, before.id, QString::fromLatin1(column->name), column->text(after), "update",
                  column->text(before));
        ++version;
    }
    keepOnePrimary(contacts);
    if (std::any_of(contacts.begin(), contacts.end(), [](const auto& c) { return c.isPrimary; }))
        clearPrimaries(before.id);
    insertContacts(before.id, contacts);
    if (!changed.empty() || !contacts.empty())
        CustomerRepository(m_session).refreshSearchText(before.id);
    return version;
}

core::Result<core::Customer> ImportCardWriter::create(core::Customer customer, std::vector<core::Contact>& contacts)
{
    auto& db = m_session.db().sql();
    customer.name = customer.name.trimmed();
    if (!customer.code.isEmpty()) {
        auto code = core::CustomerCode::normalized(customer.code);
        if (!code)
            return code.error();
        customer.code = *code;
    }
    if (customer.areaId == 0 && m_session.user().areaId > 0)
        customer.areaId = m_session.user().areaId;
    auto taken = [&](const QString& code) {
        m_codeTaken->reset();
        sqlbind::text(*m_codeTaken, 1, code);
        return m_codeTaken->executeStep();
    };
    if (customer.code.isEmpty()) {
        // As CustomerRepository::create: max(id) + 1, counting on past codes typed by hand.
        if (m_nextCode == 0)
            m_nextCode = db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM customers").getInt64();
        for (;; ++m_nextCode) {
            customer.code = QStringLiteral("C%1").arg(m_nextCode, 7, 10, QLatin1Char('0'));
            if (!taken(customer.code))
                break;
        }
    } else if (taken(customer.code)) {
        return core::makeError(core::ErrorCode::InvalidArgument,
                               QStringLiteral("customer code %1 is already in use").arg(customer.code),
                               QStringLiteral("code"));
    }
    keepOnePrimary(contacts);
    QStringList contactTexts;
    for (const core::Contact& contact : contacts)
        contactTexts << contact.name << contact.phone << contact.mobile << contact.email;
    SQLite::Statement& card = *m_card;
    card.reset();
    int index = 1;
    for (const CustomerColumn& column : customerColumns())
        column.bind(card, index++, customer);
    const core::PinyinKeys keys = core::pinyinKeys(customer.name);
    sqlbind::text(card, index++, keys.full);
    sqlbind::text(card, index++, keys.initials);
    sqlbind::text(card, index++, CustomerRepository::buildSearchText(customer, contactTexts));
    card.bind(index++, m_now);
    card.bind(index, m_now);
    card.exec();
    customer.id = db.getLastInsertRowid();
    customer.rowVersion = 1;
    audit("customers", customer.id, customer.id, QStringLiteral("name"), customer.name);
    insertContacts(customer.id, contacts);
    return customer;
}

} // namespace carddesk::storage
