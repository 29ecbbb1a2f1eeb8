#pragma once

namespace carddesk::core {

// The columns of the customers table a card is stored in, in their stored order (see CustomerColumns for
// each one's name and type). The GUI labels these values; storage binds them; the bulk loader binds them.
enum class CustomerField
{
    Code,
    Name,
    Kind,
    Industry,
    AreaId,
    Region,
    Address,
    Phone,
    Email,
    Website,
    Source,
    Status,
    Size,
    Established,
    RegisteredCapital,
    KeyFigures,
    Preferences,
    PurchaseHabits,
    PreferredPayment,
    CreditRating,
    CreditLimit,
    Satisfaction,
    LoyaltyClass,
    OwnerId,
    IsKey,
    ReferredById,
    Notes,
    ManualStage,
    ManualStageAt,
};

} // namespace carddesk::core
