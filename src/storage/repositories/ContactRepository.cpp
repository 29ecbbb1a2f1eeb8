#include "storage/repositories/ContactRepository.h"

#include "core/CustomerValidator.h"
#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"
#include "storage/repositories/CustomerRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>

namespace carddesk::storage {

using core::Contact;
using core::ErrorCode;
using core::makeError;

namespace {

const QString kTable = QStringLiteral("contacts");
const char* const kColumns =
    "id, customer_id, name, title, phone, mobile, email, birthday, is_primary, notes, row_version, do_not_contact, "
    "birthday_lunar";

Contact readContact(SQLite::Statement& q)
{
    Contact c;
    c.id = q.getColumn(0).getInt64();
    c.customerId = q.getColumn(1).getInt64();
    c.name = sqlbind::toQString(q.getColumn(2));
    c.title = sqlbind::toQString(q.getColumn(3));
    c.phone = sqlbind::toQString(q.getColumn(4));
    c.mobile = sqlbind::toQString(q.getColumn(5));
    c.email = sqlbind::toQString(q.getColumn(6));
    c.birthday = sqlbind::toDate(q.getColumn(7));
    c.isPrimary = q.getColumn(8).getInt() != 0;
    c.notes = sqlbind::toQString(q.getColumn(9));
    c.rowVersion = q.getColumn(10).getInt64();
    c.doNotContact = q.getColumn(11).getInt() != 0;
    c.birthdayLunar = core::LunarDate::fromCode(q.getColumn(12).getInt());
    return c;
}

RowAudit::Fields auditFields(const Contact& c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("mobile"), c.mobile},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("birthday"), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString()},
            {QStringLiteral("birthday_lunar"),
             c.birthdayLunar.isSet() ? QString::number(c.birthdayLunar.code()) : QString()},
            {QStringLiteral("is_primary"), c.isPrimary ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("do_not_contact"), c.doNotContact ? QStringLiteral("1") : QStringLiteral("0")}};
}

Contact normalized(Contact c)
{
    c.name = c.name.trimmed();
    c.title = c.title.trimmed();
    c.phone = c.phone.trimmed();
    c.mobile = c.mobile.trimmed();
    c.email = c.email.trimmed();
    return c;
}

core::Status firstValidationError(const Contact& contact)
{
    const auto errors = core::CustomerValidator::validate(contact);
    if (!errors.empty())
        return errors.front();
    return {};
}

std::optional<Contact> findContact(Database& db, qint64 id)
{
    SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM contacts WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep())
        return std::nullopt;
    return readContact(q);
}

core::Error contactNotFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("contact %1 does not exist or is not yours to see").arg(id));
}

// Only one primary contact per customer: clearing the others is a change of theirs, so it is audited too.
void clearOtherPrimaries(Session& session, qint64 customerId, qint64 keepId)
{
    auto& db = session.db().sql();
    SQLite::Statement others(db, "SELECT id FROM contacts WHERE customer_id = ? AND is_primary = 1 AND id <> ?");
    others.bind(1, static_cast<int64_t>(customerId));
    others.bind(2, static_cast<int64_t>(keepId));
    std::vector<qint64> ids;
    while (others.executeStep())
        ids.push_back(others.getColumn(0).getInt64());
    for (qint64 id : ids) {
        SQLite::Statement st(db, "UPDATE contacts SET is_primary = 0, row_version = row_version + 1 WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        st.exec();
        RowAudit::updated(session, kTable, id, customerId, {{QStringLiteral("is_primary"), QStringLiteral("1")}},
                          {{QStringLiteral("is_primary"), QStringLiteral("0")}});
    }
}

void bindFields(SQLite::Statement& st, const Contact& c)
{
    sqlbind::text(st, 1, c.name);
    sqlbind::text(st, 2, c.title);
    sqlbind::text(st, 3, c.phone);
    sqlbind::text(st, 4, c.mobile);
    sqlbind::text(st, 5, c.email);
    sqlbind::date(st, 6, c.birthday);
    st.bind(7, c.isPrimary ? 1 : 0);
    sqlbind::text(st, 8, c.notes);
    st.bind(9, c.doNotContact ? 1 : 0);
    if (c.birthdayLunar.isSet())
        st.bind(10, c.birthdayLunar.code());
    else
        st.bind(10);
}

} // namespace

core::Result<std::vector<Contact>> ContactRepository::listForCustomer(qint64 customerId)
{
    std::vector<Contact> contacts;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(), std::string("SELECT ") + kColumns +
                                                      " FROM contacts WHERE customer_id = ? "
                                                      "ORDER BY is_primary DESC, name, id");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep())
            contacts.push_back(readContact(q));
        return {};
    });
    if (!status)
        return status.error();
    return contacts;
}

core::Result<Contact> ContactRepository::create(Contact contact)
{
    contact = normalized(std::move(contact));
    if (auto ok = firstValidationError(contact); !ok)
        return ok.error();
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, contact.customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        SQLite::Statement st(
            db, "INSERT INTO contacts (name, title, phone, mobile, email, birthday, is_primary, "
                "notes, do_not_contact, birthday_lunar, customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindFields(st, contact);
        st.bind(11, static_cast<int64_t>(contact.customerId));
        st.exec();
        contact.id = db.getLastInsertRowid();
        contact.rowVersion = 1;
        RowAudit::inserted(m_session, kTable, contact.id, contact.customerId, auditFields(contact));
        if (contact.isPrimary)
            clearOtherPrimaries(m_session, contact.customerId, contact.id);
        CustomerRepository(m_session).refreshSearchText(contact.customerId);
        return {};
    });
    if (!status)
        return status.error();
    return contact;
}

core::Result<Contact> ContactRepository::update(const Contact& edited)
{
    Contact contact = normalized(edited);
    if (auto ok = firstValidationError(contact); !ok)
        return ok.error();
    auto status = m_session.db().write([&]() -> core::Status {
        const std::optional<Contact> current = findContact(m_session.db(), contact.id);
        if (!current)
            return contactNotFound(contact.id);
        if (auto ok = AccessScope::requireCustomer(m_session, current->customerId); !ok)
            return contactNotFound(contact.id);
        if (contact.customerId != 0 && contact.customerId != current->customerId)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("contact %1 belongs to another customer").arg(contact.id),
                             QStringLiteral("customer_id"));
        contact.customerId = current->customerId;
        if (current->rowVersion != contact.rowVersion)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("contact %1 was changed by someone else (version %2, yours %3)")
                                 .arg(contact.id)
                                 .arg(current->rowVersion)
                                 .arg(contact.rowVersion));
        SQLite::Statement st(
            m_session.db().sql(),
            "UPDATE contacts SET name = ?, title = ?, phone = ?, mobile = ?, email = ?, birthday = ?, "
            "is_primary = ?, notes = ?, do_not_contact = ?, birthday_lunar = ?, row_version = row_version + 1 "
            "WHERE id = ? AND row_version = ?");
        bindFields(st, contact);
        st.bind(11, static_cast<int64_t>(contact.id));
        st.bind(12, static_cast<int64_t>(current->rowVersion));
        if (st.exec() != 1)
            return makeError(ErrorCode::Conflict, QStringLiteral("contact %1 changed while saving").arg(contact.id));
        contact.rowVersion = current->rowVersion + 1;
        RowAudit::updated(m_session, kTable, contact.id, contact.customerId, auditFields(*current),
                          auditFields(contact));
        if (contact.isPrimary)
            clearOtherPrimaries(m_session, contact.customerId, contact.id);
        CustomerRepository(m_session).refreshSearchText(contact.customerId);
        return {};
    });
    if (!status)
        return status.error();
    return contact;
}

core::Status ContactRepository::remove(qint64 contactId)
{
    return m_session.db().write([&]() -> core::Status {
        const std::optional<Contact> current = findContact(m_session.db(), contactId);
        if (!current)
            return contactNotFound(contactId);
        if (auto ok = AccessScope::requireCustomer(m_session, current->customerId); !ok)
            return contactNotFound(contactId);
        SQLite::Statement st(m_session.db().sql(), "DELETE FROM contacts WHERE id = ?");
        st.bind(1, static_cast<int64_t>(contactId));
        st.exec();
        RowAudit::removed(m_session, kTable, contactId, current->customerId, auditFields(*current));
        CustomerRepository(m_session).refreshSearchText(current->customerId);
        return {};
    });
}

} // namespace carddesk::storage
