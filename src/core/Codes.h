#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace carddesk::core {

// The one mapping between a domain enum and the code the database stores for it. Each enum specialises
// CodeList next to its declaration with `entries`: every value in its natural order, with its stored code.
// Storage writes and reads codes through codeOf/fromCode; the GUI labels the enum values, never the codes.
template <typename E> struct CodeList;

template <typename E> QString codeOf(E value)
{
    for (const auto& [v, code] : CodeList<E>::entries) {
        if (v == value)
            return QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
    }
    return {};
}

// std::nullopt for a code the list does not know (an older or newer file, a typo in an import).
template <typename E> std::optional<E> fromCode(QStringView code)
{
    for (const auto& [v, c] : CodeList<E>::entries) {
        if (code == QLatin1String(c.data(), static_cast<qsizetype>(c.size())))
            return v;
    }
    return std::nullopt;
}

// Every value in its natural order (the order of the list).
template <typename E> constexpr auto valuesOf()
{
    std::array<E, CodeList<E>::entries.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = CodeList<E>::entries[i].first;
    return values;
}

// Every stored code in the natural order, for CHECK-like validation and combo boxes.
template <typename E> QStringList codesOf()
{
    QStringList codes;
    for (const auto& [v, code] : CodeList<E>::entries)
        codes << QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
    return codes;
}

template <typename E, std::size_t N> using CodeEntries = std::array<std::pair<E, std::string_view>, N>;

} // namespace carddesk::core
