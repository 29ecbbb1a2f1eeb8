#pragma once

#include "core/HeldProduct.h"
#include "core/Product.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::storage {

// The office's product catalogue and the products each customer holds (持有产品). The catalogue is office
// data every user may read; only managers and admins add to it. Products held are card data, scoped to the
// customer like every other child table, audited in the transaction of the change.
class ProductRepository
{
public:
    explicit ProductRepository(Session& session) : m_session(session) {}

    // Ordered by code; inactive products only when asked for.
    core::Result<std::vector<core::Product>> list(bool includeInactive = false);

    // Managers and admins. Code and name are required, the code unique, the price not negative.
    core::Result<core::Product> create(core::Product product);

    core::Result<std::vector<core::HeldProduct>> listHeld(qint64 customerId);

    // Adds the product to the customer's holdings or changes how many and since when. Quantity ≥ 0.
    core::Result<core::HeldProduct> setHeld(qint64 customerId, qint64 productId, const QDate& since, double quantity,
                                            const QString& notes);

    core::Status removeHeld(qint64 customerId, qint64 productId);

private:
    Session& m_session;
};

} // namespace carddesk::storage
