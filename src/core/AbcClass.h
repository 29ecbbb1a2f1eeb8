#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// The customer's ABC value class from the latest scoring (scores.abc); empty means not scored.
enum class AbcClass
{
    A,
    B,
    C,
};

template <> struct CodeList<AbcClass>
{
    static constexpr CodeEntries<AbcClass, 3> entries{{
        {AbcClass::A, "A"},
        {AbcClass::B, "B"},
        {AbcClass::C, "C"},
    }};
};

} // namespace carddesk::core
