#pragma once

#include "analytics/BgNbdModel.h"
#include "analytics/ModifiedBgNbdModel.h"
#include "analytics/ParetoNbdModel.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace carddesk::analytics {

enum class PurchaseModelKind
{
    BgNbd,
    ModifiedBgNbd,
    ParetoNbd
};

// What a scoring run uses: one of the three, or the one with the best backtest on the office's own history.
enum class PurchaseModelChoice
{
    Auto,
    BgNbd,
    ModifiedBgNbd,
    ParetoNbd
};

std::string_view purchaseModelId(PurchaseModelKind kind);           // "bgnbd", "mbgnbd", "paretonbd"
std::string_view purchaseModelName(PurchaseModelKind kind);         // "BG/NBD", "MBG/NBD", "Pareto/NBD"
std::string_view purchaseModelChoiceId(PurchaseModelChoice choice); // "auto" or the model's id
std::optional<PurchaseModelChoice> parsePurchaseModelChoice(std::string_view id);
std::optional<PurchaseModelKind> parsePurchaseModelKind(std::string_view id);

// One fitted purchase model of any kind, for code that only needs its predictions: P(alive) and E[Y(t)].
// The parameters are (r, alpha, a, b) for the BG/NBD family and (r, alpha, s, beta) for Pareto/NBD.
class PurchaseModel
{
public:
    PurchaseModel() = default;
    PurchaseModel(PurchaseModelKind kind, const std::array<double, 4>& params) : m_kind(kind), m_params(params) {}

    PurchaseModelKind kind() const { return m_kind; }
    const std::array<double, 4>& params() const { return m_params; }

    double probabilityAlive(int x, double tx, double T) const;
    double expectedIfAlive(double t, int x, double T) const; // E[Y(t)] / P(alive): no t_x in any of the three
    double expectedPurchases(double t, int x, double tx, double T) const;

    // For every customer of a day-based summary (CustomerSummary's x, txDays, TDays; 0 where include[i] == 0):
    // P(alive) with the logs looked up per day and, for Pareto/NBD, the 2F1 tail computed once per distinct
    // (x, day), spread over `threads`.
    std::vector<double> probabilityAliveByDays(std::span<const std::int32_t> x, std::span<const std::int32_t> txDays,
                                               std::span<const std::int32_t> TDays,
                                               std::span<const std::uint8_t> include, int threads) const;
    // E[Y(t)] / P(alive) per customer, computed once per distinct (x, T days).
    std::vector<double> expectedIfAliveByDays(double t, std::span<const std::int32_t> x,
                                              std::span<const std::int32_t> TDays,
                                              std::span<const std::uint8_t> include, int threads) const;

private:
    PurchaseModelKind m_kind = PurchaseModelKind::BgNbd;
    std::array<double, 4> m_params{};
};

} // namespace carddesk::analytics
