#include "cli/OrderCommands.h"

#include "cli/CommandOptions.h"
#include "cli/Money.h"
#include "cli/OutputTable.h"
#include "services/CollectionsPlan.h"
#include "services/OrderEntry.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/ProductRepository.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace carddesk::cli {

namespace {

// Bad input is exit 2 whether the parser or a rule of the service found it.
int failInput(CliContext& ctx, const core::Error& error)
{
    const int code = ctx.fail(error);
    return error.code == core::ErrorCode::InvalidArgument ? int(ExitUsage) : code;
}

bool oneId(CliContext& ctx, const CommandOptions& options, const QString& command, qint64* id)
{
    bool ok = false;
    if (options.positional().size() == 1)
        *id = options.positional().first().toLongLong(&ok);
    if (!ok || *id <= 0) {
        ctx.exitCode = ctx.usage(QStringLiteral("%1 needs one id").arg(command));
        return false;
    }
    return true;
}

// A positive finite number in C notation (the CLI's input is locale-free).
bool amountValue(const QString& text, double* value)
{
    bool ok = false;
    *value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(*value);
}

QString priorityCode(core::CollectionPriority priority)
{
    switch (priority) {
    case core::CollectionPriority::High:
        return QStringLiteral("high");
    case core::CollectionPriority::Medium:
        return QStringLiteral("medium");
    case core::CollectionPriority::Low:
        break;
    }
    return QStringLiteral("low");
}

int addOrder(CliContext& ctx)
{
    const QString synopsis =
        QStringLiteral("orders add --customer ID|CODE --date YYYY-MM-DD --line CODE:QTY[:PRICE] ... [--due YYYY-MM-DD] "
                       "[--invoice NO] [--order-no NO] [--payment-method M] [--notes TEXT] [--reason TEXT]");
    CommandOptions options(
        ctx, synopsis,
        {CommandOptions::withValue(QStringLiteral("customer"), QStringLiteral("The customer's id or code."),
                                   QStringLiteral("ID")),
         CommandOptions::withValue(QStringLiteral("date"), QStringLiteral("The order date."), QStringLiteral("DATE")),
         CommandOptions::withValue(QStringLiteral("line"),
                                   QStringLiteral("A line: product code, quantity and optionally the unit price "
                                                  "(default the catalogue's). Repeat for more lines."),
                                   QStringLiteral("CODE:QTY[:PRICE]")),
         CommandOptions::withValue(QStringLiteral("due"),
                                   QStringLiteral("When the invoice falls due (default 30 days after the order)."),
                                   QStringLiteral("DATE")),
         CommandOptions::withValue(QStringLiteral("invoice"), QStringLiteral("The invoice number."),
                                   QStringLiteral("NO")),
         CommandOptions::withValue(QStringLiteral("order-no"), QStringLiteral("The order number."),
                                   QStringLiteral("NO")),
         CommandOptions::withValue(QStringLiteral("payment-method"), QStringLiteral("How the customer pays."),
                                   QStringLiteral("M")),
         CommandOptions::withValue(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT")),
         CommandOptions::withValue(QStringLiteral("reason"),
                                   QStringLiteral("Why the order goes ahead above the credit limit or with overdue "
                                                  "receivables (audited)."),
                                   QStringLiteral("TEXT"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    services::OrderDraft draft;
    if (!options.require(QStringLiteral("customer")) || !options.date(QStringLiteral("date"), true, &draft.orderDate) ||
        !options.date(QStringLiteral("due"), false, &draft.dueDate))
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("orders add takes no arguments, only options"));
    const QStringList lines = options.values(QStringLiteral("line"));
    if (lines.isEmpty())
        return ctx.usage(QStringLiteral("orders add needs at least one --line CODE:QTY[:PRICE]"));
    struct Typed
    {
        QString code;
        double quantity = 0;
        double price = 0;
        bool hasPrice = false; // otherwise the catalogue's
    };
    std::vector<Typed> typed;
    for (const QString& line : lines) {
        const QStringList parts = line.split(QLatin1Char(':'));
        Typed t;
        if (parts.size() < 2 || parts.size() > 3 || parts[0].trimmed().isEmpty() ||
            !amountValue(parts[1], &t.quantity) || (parts.size() == 3 && !amountValue(parts[2], &t.price)))
            return ctx.usage(QStringLiteral("--line %1 is not CODE:QTY[:PRICE]").arg(line));
        t.code = parts[0].trimmed();
        t.hasPrice = parts.size() == 3;
        typed.push_back(t);
    }
    draft.invoiceNo = options.value(QStringLiteral("invoice"));
    draft.orderNo = options.value(QStringLiteral("order-no"));
    draft.paymentMethod = options.value(QStringLiteral("payment-method"));
    draft.notes = options.value(QStringLiteral("notes"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto customer = ctx.customerByKey(options.value(QStringLiteral("customer")));
    if (!customer)
        return ctx.fail(customer.error());
    draft.customerId = customer->id;
    auto products = storage::ProductRepository(*ctx.session).list();
    if (!products)
        return ctx.fail(products.error());
    for (const Typed& t : typed) {
        auto found = std::find_if(products->begin(), products->end(), [&t](const core::Product& p) {
            return p.code.compare(t.code, Qt::CaseInsensitive) == 0;
        });
        if (found == products->end())
            return ctx.usage(QStringLiteral("no active product with the code %1").arg(t.code));
        core::OrderLine line;
        line.productId = found->id;
        line.quantity = t.quantity;
        line.unitPrice = t.hasPrice ? t.price : found->unitPrice;
        draft.lines.push_back(line);
    }
    auto recorded = services::OrderEntry(*ctx.session).record(draft, options.value(QStringLiteral("reason")));
    if (!recorded) {
        if (recorded.error().field == QLatin1String("credit_reason"))
            ctx.err << "carddesk-cli: give --reason TEXT to record it anyway (the reason is audited)" << Qt::endl;
        return failInput(ctx, recorded.error());
    }
    ctx.out << "order " << recorded->order.order.id << " amount "
            << QString::number(money(recorded->order.order.amount), 'f', 2);
    if (recorded->receivable.id > 0)
        ctx.out << " receivable " << recorded->receivable.id << " due "
                << recorded->receivable.dueDate.toString(Qt::ISODate);
    ctx.out << '\n';
    return ExitOk;
}

int voidOrder(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("orders void ID --reason TEXT"),
        {CommandOptions::withValue(QStringLiteral("reason"), QStringLiteral("Why the order is voided (audited)."),
                                   QStringLiteral("TEXT"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    qint64 id = 0;
    if (!oneId(ctx, options, QStringLiteral("orders void"), &id) || !options.require(QStringLiteral("reason")))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    if (auto voided = services::OrderEntry(*ctx.session).voidOrder(id, options.value(QStringLiteral("reason")));
        !voided)
        return failInput(ctx, voided.error());
    ctx.out << "order " << id << " voided\n";
    return ExitOk;
}

int editOrder(CliContext& ctx)
{
    CommandOptions options(
        ctx,
        QStringLiteral("orders edit ID [--order-no NO] [--payment-method M] [--notes TEXT] [--invoice NO] "
                       "[--due YYYY-MM-DD]"),
        {CommandOptions::withValue(QStringLiteral("order-no"), QStringLiteral("The order number."),
                                   QStringLiteral("NO")),
         CommandOptions::withValue(QStringLiteral("payment-method"), QStringLiteral("How the customer pays."),
                                   QStringLiteral("M")),
         CommandOptions::withValue(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT")),
         CommandOptions::withValue(QStringLiteral("invoice"), QStringLiteral("The invoice number."),
                                   QStringLiteral("NO")),
         CommandOptions::withValue(QStringLiteral("due"), QStringLiteral("When the invoice falls due."),
                                   QStringLiteral("DATE"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    qint64 id = 0;
    QDate due;
    if (!oneId(ctx, options, QStringLiteral("orders edit"), &id) || !options.date(QStringLiteral("due"), false, &due))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    services::OrderEntry entry(*ctx.session);
    auto changes = entry.editable(id);
    if (!changes)
        return ctx.fail(changes.error());
    // Options not given keep their value.
    const auto take = [&options](const char* name, QString* value) {
        if (options.isSet(QLatin1String(name)))
            *value = options.value(QLatin1String(name));
    };
    take("order-no", &changes->orderNo);
    take("payment-method", &changes->paymentMethod);
    take("notes", &changes->notes);
    take("invoice", &changes->invoiceNo);
    if (due.isValid())
        changes->dueDate = due;
    auto edited = entry.edit(id, *changes);
    if (!edited)
        return failInput(ctx, edited.error());
    ctx.out << "order " << id << " changed\n";
    return ExitOk;
}

int addPayment(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("payments add --receivable ID --amount X [--date YYYY-MM-DD] [--method M]"),
        {CommandOptions::withValue(QStringLiteral("receivable"), QStringLiteral("The receivable paid against."),
                                   QStringLiteral("ID")),
         CommandOptions::withValue(QStringLiteral("amount"),
                                   QStringLiteral("How much was paid (at most what is open)."), QStringLiteral("X")),
         CommandOptions::withValue(QStringLiteral("date"), QStringLiteral("When it was paid (default today)."),
                                   QStringLiteral("DATE")),
         CommandOptions::withValue(QStringLiteral("method"), QStringLiteral("transfer, cash, cheque, …"),
                                   QStringLiteral("M"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    qint64 receivable = 0;
    core::Payment payment;
    if (!options.integer(QStringLiteral("receivable"), 1, std::numeric_limits<qint64>::max(), &receivable) ||
        !options.require(QStringLiteral("amount")) || !options.date(QStringLiteral("date"), false, &payment.paidDate))
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("payments add takes no arguments, only options"));
    if (!amountValue(options.value(QStringLiteral("amount")), &payment.amount))
        return ctx.usage(QStringLiteral("--amount %1 is not a number").arg(options.value(QStringLiteral("amount"))));
    if (!payment.paidDate.isValid())
        payment.paidDate = QDate::currentDate();
    payment.method = options.value(QStringLiteral("method"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto paid = services::CollectionsPlan(*ctx.session).recordPayment(receivable, payment);
    if (!paid)
        return failInput(ctx, paid.error());
    ctx.out << paid->id << '\n';
    return ExitOk;
}

int listReceivables(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("receivables list [--overdue] [--json] [--format table|csv|json]"),
        {CommandOptions::flag(QStringLiteral("overdue"), QStringLiteral("Only receivables past their due date.")),
         CommandOptions::flag(QStringLiteral("json"), QStringLiteral("A JSON array instead of a table.")),
         CommandOptions::formatOption()});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    OutputTable::Format format = OutputTable::Format::Table;
    if (!options.format(&format))
        return ctx.exitCode;
    if (options.isSet(QStringLiteral("json")))
        format = OutputTable::Format::Json;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("receivables list takes no arguments, only options"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto rows = services::CollectionsPlan(*ctx.session).list(options.isSet(QStringLiteral("overdue")));
    if (!rows)
        return ctx.fail(rows.error());
    OutputTable table({QStringLiteral("id"), QStringLiteral("priority"), QStringLiteral("due_date"),
                       QStringLiteral("days_overdue"), QStringLiteral("open"), QStringLiteral("amount"),
                       QStringLiteral("paid"), QStringLiteral("invoice_no"), QStringLiteral("customer_id"),
                       QStringLiteral("customer_code"), QStringLiteral("customer_name"),
                       QStringLiteral("credit_rating"), QStringLiteral("credit_limit"), QStringLiteral("owner")});
    for (const core::CollectionItem& row : *rows) {
        const core::Receivable& r = row.receivable;
        table.addRow({r.id, priorityCode(row.priority), r.dueDate.toString(Qt::ISODate), row.daysOverdue,
                      money(row.openAmount), money(r.amount), money(r.paidAmount), r.invoiceNo, r.customerId,
                      row.customerCode, row.customerName, row.creditRating, money(row.creditLimit), row.ownerName});
    }
    table.print(ctx.out, format);
    return ExitOk;
}

} // namespace

int OrderCommands::orders(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("orders needs add, edit or void"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("add"))
        return addOrder(ctx);
    if (sub == QLatin1String("void"))
        return voidOrder(ctx);
    if (sub == QLatin1String("edit"))
        return editOrder(ctx);
    return ctx.usage(QStringLiteral("unknown orders command '%1'").arg(sub));
}

int OrderCommands::payments(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("payments needs add"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("add"))
        return addPayment(ctx);
    return ctx.usage(QStringLiteral("unknown payments command '%1'").arg(sub));
}

int OrderCommands::receivables(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("receivables needs list"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("list"))
        return listReceivables(ctx);
    return ctx.usage(QStringLiteral("unknown receivables command '%1'").arg(sub));
}

} // namespace carddesk::cli
