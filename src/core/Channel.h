#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// How a contact with the customer happened (interactions.channel, complaints.channel).
enum class Channel
{
    Visit,
    Phone,
    Sms,
    Letter,
    Email,
    InstantMessage,
    Meeting,
    Hotline,
    Online,
};

template <> struct CodeList<Channel>
{
    static constexpr CodeEntries<Channel, 9> entries{{
        {Channel::Visit, "visit"},
        {Channel::Phone, "phone"},
        {Channel::Sms, "sms"},
        {Channel::Letter, "letter"},
        {Channel::Email, "email"},
        {Channel::InstantMessage, "im"},
        {Channel::Meeting, "meeting"},
        {Channel::Hotline, "hotline"},
        {Channel::Online, "online"},
    }};
};

} // namespace carddesk::core
