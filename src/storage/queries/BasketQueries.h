#pragma once

#include "analytics/Baskets.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace carddesk::storage {

// What cross-selling reads: every customer's basket — the products held (customer_products) and bought
// (order_lines of their orders) — as analytics::Baskets, basket i being customerIds[i] and item k productIds[k].
struct OfficeBaskets
{
    std::vector<qint64> customerIds; // ascending: every customer of the office
    std::vector<qint64> productIds;  // ascending: the whole catalogue
    analytics::Baskets baskets;
    // A cheap mark of what the baskets were read from (rows and largest ids of the three tables): a cache keeps
    // its rules while a new read would give the same mark.
    std::string mark;
};

// One catalogue entry as a cross-sell screen names it.
struct CrossSellProduct
{
    qint64 id = 0;
    QString code;
    QString name;
    QString category;
    bool active = true;
};

// A customer to offer a product to, as a list shows them.
struct CrossSellCustomer
{
    qint64 id = 0;
    QString code;
    QString name;
    QString ownerName;
};

class BasketQueries
{
public:
    // Every customer's basket. Rules are office-wide aggregates: the caller passes a whole-office session (the
    // scoring run's rule); nothing of a single customer leaves the service that asks.
    static core::Result<OfficeBaskets> officeBaskets(Session& officeSession);
    // The mark officeBaskets would give now (a few index look-ups).
    static core::Result<std::string> mark(Session& session);

    // One customer's products held and bought (ids ascending), in the session's scope (NotFound outside it).
    static core::Result<std::vector<qint64>> customerProducts(Session& session, qint64 customerId);

    // The ids of the session's customers that are not archived, ascending.
    static core::Result<std::vector<qint64>> scopedCustomerIds(Session& session);

    static core::Result<std::vector<CrossSellProduct>> products(Session& session);
    // Code, name and owner of these customers, in the session's scope, in the order given (missing ones left out).
    static core::Result<std::vector<CrossSellCustomer>> customers(Session& session, const std::vector<qint64>& ids);
};

} // namespace carddesk::storage
