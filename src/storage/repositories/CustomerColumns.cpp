#include "storage/repositories/CustomerColumns.h"

#include "storage/db/SqlBinding.h"

namespace carddesk::storage {

using core::Customer;

#define CD_TEXT(col, member)                                                                                           \
    CustomerColumn                                                                                                     \
    {                                                                                                                  \
        col, [](const Customer& c) { return c.member; },                                                               \
            [](SQLite::Statement& st, int i, const Customer& c) { sqlbind::text(st, i, c.member); },                   \
            [](const SQLite::Column& v, Customer& c) { c.member = sqlbind::toQString(v); }                             \
    }
#define CD_REAL(col, member)                                                                                           \
    CustomerColumn                                                                                                     \
    {                                                                                                                  \
        col, [](const Customer& c) { return QString::number(c.member, 'f', 2); },                                      \
            [](SQLite::Statement& st, int i, const Customer& c) { st.bind(i, c.member); },                             \
            [](const SQLite::Column& v, Customer& c) { c.member = v.getDouble(); }                                     \
    }
#define CD_INT(col, member)                                                                                            \
    CustomerColumn                                                                                                     \
    {                                                                                                                  \
        col, [](const Customer& c) { return QString::number(c.member); },                                              \
            [](SQLite::Statement& st, int i, const Customer& c) { st.bind(i, static_cast<int>(c.member)); },           \
            [](const SQLite::Column& v, Customer& c) { c.member = v.getInt(); }                                        \
    }
#define CD_ID(col, member)                                                                                             \
    CustomerColumn                                                                                                     \
    {                                                                                                                  \
        col, [](const Customer& c) { return c.member > 0 ? QString::number(c.member) : QString(); },                   \
            [](SQLite::Statement& st, int i, const Customer& c) { sqlbind::optionalId(st, i, c.member); },             \
            [](const SQLite::Column& v, Customer& c) { c.member = sqlbind::toId(v); }                                  \
    }

const std::vector<CustomerColumn>& customerColumns()
{
    static const std::vector<CustomerColumn> columns = {
        CD_TEXT("code", code),
        CD_TEXT("name", name),
        CD_TEXT("kind", kind),
        CD_TEXT("industry", industry),
        CD_ID("area_id", areaId),
        CD_TEXT("region", region),
        CD_TEXT("address", address),
        CD_TEXT("phone", phone),
        CD_TEXT("email", email),
        CD_TEXT("website", website),
        CD_TEXT("source", source),
        CD_TEXT("status", status),
        CD_TEXT("size", size),
        CustomerColumn{"established", [](const Customer& c) { return c.established.toString(Qt::ISODate); },
                       [](SQLite::Statement& st, int i, const Customer& c) { sqlbind::date(st, i, c.established); },
                       [](const SQLite::Column& v, Customer& c) { c.established = sqlbind::toDate(v); }},
        CD_REAL("registered_capital", registeredCapital),
        CD_TEXT("key_figures", keyFigures),
        CD_TEXT("preferences", preferences),
        CD_TEXT("purchase_habits", purchaseHabits),
        CD_TEXT("preferred_payment", preferredPayment),
        CD_TEXT("credit_rating", creditRating),
        CD_REAL("credit_limit", creditLimit),
        CD_INT("satisfaction", satisfaction),
        CD_TEXT("loyalty_class", loyaltyClass),
        CD_ID("owner_id", ownerId),
        CustomerColumn{"is_key", [](const Customer& c) { return c.isKey ? QStringLiteral("1") : QStringLiteral("0"); },
                       [](SQLite::Statement& st, int i, const Customer& c) { st.bind(i, c.isKey ? 1 : 0); },
                       [](const SQLite::Column& v, Customer& c) { c.isKey = v.getInt() != 0; }},
        CD_ID("referred_by_id", referredById),
        CD_TEXT("notes", notes),
        CD_TEXT("manual_stage", manualStage),
        CustomerColumn{
            "manual_stage_at", [](const Customer& c) { return c.manualStageAt.toUTC().toString(Qt::ISODate); },
            [](SQLite::Statement& st, int i, const Customer& c) { sqlbind::dateTime(st, i, c.manualStageAt); },
            [](const SQLite::Column& v, Customer& c) { c.manualStageAt = sqlbind::toDateTime(v); }},
    };
    return columns;
}

#undef CD_TEXT
#undef CD_REAL
#undef CD_INT
#undef CD_ID

} // namespace carddesk::storage
