#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// Where the customer came from (customers.source); empty means not set.
enum class CustomerSource
{
    Visit,
    Referral,
    Exhibition,
    Phone,
    Web,
    Competitor,
    Advertising,
    Other,
};

template <> struct CodeList<CustomerSource>
{
    static constexpr CodeEntries<CustomerSource, 8> entries{{
        {CustomerSource::Visit, "visit"},
        {CustomerSource::Referral, "referral"},
        {CustomerSource::Exhibition, "exhibition"},
        {CustomerSource::Phone, "phone"},
        {CustomerSource::Web, "web"},
        {CustomerSource::Competitor, "competitor"},
        {CustomerSource::Advertising, "advertising"},
        {CustomerSource::Other, "other"},
    }};
};

} // namespace carddesk::core
