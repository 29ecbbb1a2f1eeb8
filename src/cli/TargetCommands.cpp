#include "cli/TargetCommands.h"

#include "cli/CommandOptions.h"
#include "cli/OutputTable.h"
#include "storage/queries/WeeklyReviewQueries.h"
#include "storage/repositories/SalesTargetRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QDate>

#include <map>

namespace carddesk::cli {

namespace {

const char* const kSynopsis = "targets set (--user REP | --area NAME) --year YYYY --month M[,M...|all] --sales AMOUNT "
                              "--collections AMOUNT | targets list [--year YYYY] [--format table|csv|json]";

// An amount option: a number from 0 to SalesTargetRepository::kMaxAmount.
bool amount(CliContext& ctx, CommandOptions& options, const QString& name, double* value)
{
    if (!options.require(name))
        return false;
    bool ok = false;
    *value = options.value(name).trimmed().toDouble(&ok);
    if (!ok || *value < 0 || *value > storage::SalesTargetRepository::kMaxAmount) {
        ctx.exitCode = ctx.usage(QStringLiteral("--%1 must be an amount from 0 to %2, not '%3'")
                                     .arg(name)
                                     .arg(storage::SalesTargetRepository::kMaxAmount, 0, 'f', 0)
                                     .arg(options.value(name)));
        return false;
    }
    return true;
}

} // namespace

int TargetCommands::targets(CliContext& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub != QLatin1String("set") && sub != QLatin1String("list"))
        return ctx.usage(QStringLiteral("targets needs set or list"));
    CommandOptions options(
        ctx, QString::fromLatin1(kSynopsis),
        {CommandOptions::withValue(QStringLiteral("user"), QStringLiteral("The rep."), QStringLiteral("REP")),
         CommandOptions::withValue(QStringLiteral("area"), QStringLiteral("The area (administrator)."),
                                   QStringLiteral("NAME")),
         CommandOptions::withValue(QStringLiteral("year"), QStringLiteral("The year (default: this year)."),
                                   QStringLiteral("YYYY")),
         CommandOptions::withValue(QStringLiteral("month"), QStringLiteral("Months 1-12, comma-separated, or all."),
                                   QStringLiteral("M")),
         CommandOptions::withValue(QStringLiteral("sales"), QStringLiteral("The monthly sales target."),
                                   QStringLiteral("AMOUNT")),
         CommandOptions::withValue(QStringLiteral("collections"), QStringLiteral("The monthly collection target."),
                                   QStringLiteral("AMOUNT")),
         CommandOptions::formatOption()});
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    if (!options.positional().isEmpty())
        return ctx.usage(QStringLiteral("targets %1 takes no arguments, only options").arg(sub));
    qint64 year = QDate::currentDate().year();
    if (options.isSet(QStringLiteral("year")) && !options.integer(QStringLiteral("year"), 2000, 2100, &year))
        return ctx.exitCode;

    if (sub == QLatin1String("list")) {
        if (!ctx.openDatabase(false) || !ctx.login())
            return ctx.exitCode;
        auto targets = storage::SalesTargetRepository(*ctx.session).forYear(static_cast<int>(year));
        if (!targets)
            return ctx.fail(targets.error());
        std::map<qint64, QString> repNames;
        if (auto reps = storage::WeeklyReviewQueries(*ctx.session).reps(0))
            for (const storage::ReviewRep& rep : *reps)
                repNames[rep.id] = rep.username;
        std::map<qint64, QString> areaNames;
        if (auto areas = storage::UserRepository::areas(*ctx.session))
            for (const core::Area& area : *areas)
                areaNames[area.id] = area.name;
        OutputTable table({QStringLiteral("user"), QStringLiteral("area"), QStringLiteral("year"),
                           QStringLiteral("month"), QStringLiteral("sales"), QStringLiteral("collections")});
        for (const core::SalesTarget& t : *targets)
            table.addRow({t.repId > 0 ? QVariant(repNames[t.repId]) : QVariant(QString()),
                          t.areaId > 0 ? QVariant(areaNames[t.areaId]) : QVariant(QString()), t.year, t.month, t.sales,
                          t.collections});
        table.print(ctx.out, format);
        return ExitOk;
    }

    if (options.isSet(QStringLiteral("user")) == options.isSet(QStringLiteral("area")))
        return ctx.usage(QStringLiteral("targets set needs --user REP or --area NAME (one of them)"));
    if (!options.require(QStringLiteral("month")))
        return ctx.exitCode;
    QList<int> months;
    const QString monthText = options.value(QStringLiteral("month")).trimmed();
    if (monthText.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        for (int m = 1; m <= 12; ++m)
            months << m;
    } else {
        for (const QString& part : monthText.split(QLatin1Char(','))) {
            bool ok = false;
            const int m = part.trimmed().toInt(&ok);
            if (!ok || m < 1 || m > 12)
                return ctx.usage(
                    QStringLiteral("--month takes months 1 to 12 (comma-separated) or all, not '%1'").arg(monthText));
            months << m;
        }
    }
    double sales = 0;
    double collections = 0;
    if (!amount(ctx, options, QStringLiteral("sales"), &sales) ||
        !amount(ctx, options, QStringLiteral("collections"), &collections))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    qint64 repId = 0;
    qint64 areaId = 0;
    if (options.isSet(QStringLiteral("user"))) {
        // Only reps the caller reviews: another's rep and a missing name get the same answer.
        const QString wanted = options.value(QStringLiteral("user")).trimmed();
        if (auto reps = storage::WeeklyReviewQueries(*ctx.session).reps(0))
            for (const storage::ReviewRep& rep : *reps)
                if (rep.username.compare(wanted, Qt::CaseInsensitive) == 0)
                    repId = rep.id;
        if (repId == 0 && ctx.session->user().role != core::Role::Rep)
            return ctx.fail(core::makeError(core::ErrorCode::NotFound,
                                            QStringLiteral("'%1' is not a rep you review").arg(wanted),
                                            QStringLiteral("user")));
    } else {
        auto area = storage::WeeklyReviewQueries(*ctx.session).areaByName(options.value(QStringLiteral("area")));
        if (!area)
            return ctx.fail(area.error());
        areaId = *area;
    }
    std::vector<core::SalesTarget> targets;
    for (int m : months) {
        core::SalesTarget t;
        t.repId = repId;
        t.areaId = areaId;
        t.year = static_cast<int>(year);
        t.month = m;
        t.sales = sales;
        t.collections = collections;
        targets.push_back(t);
    }
    if (repId == 0 && areaId == 0)
        targets.front().repId = ctx.session->userId(); // a rep asking: refused by the repository as a rep
    if (auto saved = storage::SalesTargetRepository(*ctx.session).set(targets); !saved)
        return ctx.fail(saved.error());
    ctx.out << "set " << targets.size() << " monthly targets for " << year << '\n';
    return ExitOk;
}

} // namespace carddesk::cli
