#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// Orders, receivables and payments by hand (services::OrderEntry, services::CollectionsPlan):
//   orders add --customer ID|CODE --date D --line CODE:QTY[:PRICE] ... [--due D] [--invoice NO] [--order-no NO]
//              [--payment-method M] [--notes TEXT] [--reason TEXT]      prints the order id and the receivable id
//   orders edit ID [--order-no NO] [--payment-method M] [--notes TEXT] [--invoice NO] [--due D]
//   orders void ID --reason TEXT
//   payments add --receivable ID --amount X [--date D] [--method M]     prints the payment id
//   receivables list [--overdue] [--json|--format F]                    the collections plan, most urgent first
// A rule the input breaks (a payment above what is open, an order above the credit limit without --reason) exits
// 2 like a usage error; nothing is written then.
class OrderCommands
{
public:
    static int orders(CliContext& ctx);
    static int payments(CliContext& ctx);
    static int receivables(CliContext& ctx);
};

} // namespace carddesk::cli
