#include "cli/CliApplication.h"

#include "cli/AgendaCommands.h"
#include "cli/AnalyticsCommands.h"
#include "cli/BackupCommands.h"
#include "cli/CliContext.h"
#include "cli/ComplaintCommands.h"
#include "cli/CrossSellCommands.h"
#include "cli/DataCommands.h"
#include "cli/DuplicateCommands.h"
#include "cli/EquityCommands.h"
#include "cli/ExportCommands.h"
#include "cli/FoundationCommands.h"
#include "cli/ImportCommands.h"
#include "cli/MaintenanceCommands.h"
#include "cli/OrderCommands.h"
#include "cli/ReportCommands.h"
#include "cli/SettingsCommands.h"
#include "cli/SurveyCommands.h"
#include "cli/TargetCommands.h"
#include "cli/VisitCommands.h"

#include <functional>
#include <map>

namespace carddesk::cli {

QString CliApplication::helpText()
{
    return QStringLiteral(
        "Usage: carddesk-cli --db FILE [--user NAME --password-file FILE] COMMAND [options]\n"
        "\n"
        "CardDesk's command line: the same libraries as the desktop application, headless.\n"
        "Every command except init (and demo on a new file) logs in and sees only what that user may see.\n"
        "\n"
        "Global options:\n"
        "  --db FILE              the office database file\n"
        "  --user NAME            log in as this user\n"
        "  --password-file FILE   read the password from the first line of FILE ('-' for standard input)\n"
        "  -h, --help             this text; COMMAND --help for a command's options\n"
        "  --version              the version\n"
        "\n"
        "Commands:\n"
        "  init --admin NAME --password-file FILE [--office NAME] [--areas A,B,...]\n"
        "                                           create a new, empty office database with its first admin\n"
        "  demo --customers N [--seed S]            fill a database with a realistic demo office\n"
        "  users add NAME --role rep|manager|admin [--area AREA] [--display-name TEXT] --new-password-file FILE\n"
        "  users list [--format table|csv|json]\n"
        "  users deactivate|activate NAME, users rename NAME --display-name TEXT   (admin)\n"
        "  users reset-password NAME --new-password-file FILE (admin), users passwd --new-password-file FILE\n"
        "  areas add NAME [--region TEXT] | areas list [--format ...] | areas rename NAME NEW-NAME\n"
        "  customers list [--search TEXT] [--status S] [--limit N] [--format table|csv|json]\n"
        "  customers archive|unarchive ID|CODE      (manager: own area; admin)\n"
        "  customers delete ID|CODE [--yes]         print what would go; with --yes delete it all (manager, admin)\n"
        "  customers export-data ID|CODE --out FILE [--format json|pdf]   everything about a customer\n"
        "  customer show ID|CODE [--format json|table]\n"
        "  contact export-data ID --out FILE [--format json|pdf]   everything about a person\n"
        "  contact erase ID [--vacuum]              erase a person (PIPL; admin)\n"
        "  mailing labels --sheet a4-3x8|a4-2x7|a4-3x7 --out FILE.pdf [--search TEXT] [--rep USER]\n"
        "  mailing list --out FILE.xlsx [--search TEXT] [--rep USER]   primary contacts, do-not-contact left out\n"
        "  handover --from USER --to USER [--customers ID,ID,...]\n"
        "  check                                    integrity, foreign keys, schema version, free space\n"
        "  optimize [--vacuum]                      refresh statistics; rewrite the file when >= 10% is free (admin)\n"
        "  settings list [--format ...] | settings set KEY VALUE ...   the office's settings (admin to set)\n"
        "  backup [--to FOLDER] [--passphrase-file F]   a checked copy of the office (admin; default: its backup\n"
        "                                           folder); encrypted with the passphrase in F (required when the\n"
        "                                           setting backup.encrypt is 1)\n"
        "  backups list [--in FOLDER] [--format ...] the office's backups, newest first (admin)\n"
        "  restore FILE [--passphrase-file F]       replace the office with a backup (admin; the office must be\n"
        "                                           open nowhere else; the current file is kept aside; F for an\n"
        "                                           encrypted backup)\n"
        "  import-orders FILE.csv [--create-customers] [--again]   customer_code,order_date,amount (UTF-8)\n"
        "  import-customers FILE.csv|FILE.xlsx [--mapping F.json] [--encoding E] [--sheet S]\n"
        "                   [--match update|skip|create] [--good-rows] [--dry-run] [--errors F.csv] [--json]\n"
        "                                           customers and contacts as one batch (manager, admin)\n"
        "  imports list [--format ...] | imports undo ID   customer imports; undo one while unchanged since\n"
        "  score --as-of YYYY-MM-DD [--json]        score the whole office (an office job; you see your own)\n"
        "  scores [--format csv|json|table]         the latest scores, one row per customer\n"
        "  backtest --calibration-end D --holdout-end D [--json]\n"
        "  crosssell rules [--min-support S] [--min-confidence C] [--top N] [--json]\n"
        "                                           association rules over the products customers hold and buy\n"
        "  crosssell suggest --customer ID|CODE [--json]   products to offer one customer, with the rule for each\n"
        "  crosssell targets --product ID|CODE [--limit N] [--json]   your customers to offer a product to\n"
        "  equity [--by area|rep|abc|stage] [--trend] [--months N] [--json]\n"
        "                                           customer equity of your customers, grouped; trend by month end\n"
        "  complaints list [--status S] [--overdue] [--escalated] [--level N] [--category C] [--owner USER]\n"
        "                  [--as-of D] [--format table|csv|json]\n"
        "  complaints escalate [--as-of YYYY-MM-DD]  apply the escalation rules to the whole office (manager, admin;\n"
        "                                           end of that day, not in the future; default now)\n"
        "  surveys add --customer ID|CODE --date D --product N --service N --staff N --image N [--contact ID]\n"
        "              [--comment TEXT]             record a satisfaction survey (scores 1-5); prints its id\n"
        "  surveys list [--customer ID|CODE] [--json]   satisfaction surveys, newest first\n"
        "  surveys matrix [--cell ID] [--json]      the satisfaction-loyalty matrix and each cell's customers\n"
        "  lifecycle summary [--format ...]          customers, revenue and CLV per lifecycle stage\n"
        "  lifecycle transitions --from D --to D [--to-stage S,...] [--format ...]\n"
        "  lifecycle history [--months N] [--as-of D] [--format ...]\n"
        "                                           customers per stage at each month end (default 24 months)\n"
        "  report weekly [--week YYYY-Www|--month YYYY-MM|--quarter YYYY-Qn] [--area NAME] [--json]\n"
        "                [--pdf FILE] [--xlsx FILE] [--lang en|zh_CN]\n"
        "                                           per rep: activity, sales, collections, overdue, complaints\n"
        "  report routes [--month YYYY-MM|--quarter YYYY-Qn] [--area NAME] [--json]   by rep and region\n"
        "  report review --week YYYY-Www --user REP --comment TEXT   mark a rep's week reviewed\n"
        "  targets set (--user REP|--area NAME) --year Y --month M,..|all --sales X --collections Y\n"
        "  targets list [--year Y] [--format ...]    monthly sales and collection targets (managers set their reps')\n"
        "  agenda [--date D] [--rep USER] [--json]  the day: follow-ups, visits, complaints, receivables, at risk\n"
        "  visits plan --customer ID|CODE --date D [--purpose TEXT]   plan a visit; prints its id\n"
        "  visits complete ID --result TEXT [--next-step TEXT] [--follow-up D]   done, logged as a visit\n"
        "  visits cancel ID --reason TEXT\n"
        "  visits list [--from D] [--to D] [--json]  visits in a date range (default: this day and 6 more)\n"
        "  visits suggest [--week YYYY-Www] [--days N] [--rep USER] [--json]   who to visit this week, by region\n"
        "  visits sheet --date D [--to D] [--user NAME] --pdf FILE [--lang en|zh_CN]\n"
        "                                           the visit sheet: the cards of the customers to visit, as a PDF\n"
        "  orders add --customer ID|CODE --date D --line CODE:QTY[:PRICE] ... [--due D] [--invoice NO]\n"
        "             [--order-no NO] [--payment-method M] [--notes TEXT] [--reason TEXT]   an order and its invoice\n"
        "  orders edit ID [--order-no NO] [--payment-method M] [--notes TEXT] [--invoice NO] [--due D]\n"
        "  orders void ID --reason TEXT             void an order entered by mistake (audited; not once paid)\n"
        "  payments add --receivable ID --amount X [--date D] [--method M]   a payment; prints its id\n"
        "  receivables list [--overdue] [--json]    the collections plan: open receivables, most urgent first\n"
        "  duplicates [--json] [--limit N]           likely duplicate customers (same phone, name, e-mail, pinyin)\n"
        "  duplicates merge KEEP OTHER [--take FIELD ...]   merge OTHER into KEEP (manager, admin)\n"
        "  merges list [--json] [--limit N]          merges, newest first\n"
        "  merges undo ID                            undo a merge while the kept card is unchanged since\n"
        "  export customers --format csv|xlsx --out FILE [--search T] [--status S] [--rep USER] [--area A] [--key]\n"
        "                   [--lang en|zh_CN] [--json]   the customer list as filtered, one row per contact\n"
        "  export complaints --format csv|xlsx --out FILE [the filters of complaints list] [--lang ...] [--json]\n"
        "  export card ID|CODE --format csv|xlsx --out FILE [--lang ...] [--json]\n"
        "                                           (roles in the setting export.roles; each export is logged)\n"
        "\n"
        "Exit codes: 0 success, 1 failure (the message says what and where), 2 usage error, 3 access denied.\n");
}

int CliApplication::run(const QStringList& arguments)
{
    QStringList rest;
    QString dbPath;
    QString user;
    QString passwordFile;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        auto value = [&](QString* target) -> bool {
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments[++i];
            return true;
        };
        if (rest.isEmpty() && (arg == QLatin1String("--help") || arg == QLatin1String("-h"))) {
            m_out << helpText();
            return ExitOk;
        }
        if (rest.isEmpty() && arg == QLatin1String("--version")) {
            m_out << "carddesk-cli 0.1.0\n";
            return ExitOk;
        }
        bool ok = true;
        if (arg == QLatin1String("--db"))
            ok = value(&dbPath);
        else if (arg.startsWith(QLatin1String("--db=")))
            dbPath = arg.mid(5);
        else if (arg == QLatin1String("--user") &&
                 (rest.isEmpty() ||
                  (rest.first() != QLatin1String("report") && rest.first() != QLatin1String("targets") &&
                   !(rest.size() > 1 && rest[0] == QLatin1String("visits") && rest[1] == QLatin1String("sheet")))))
            ok = value(&user); // after `report`, `targets`, `visits sheet`, --user names the rep
        else if (arg == QLatin1String("--password-file") && (rest.isEmpty() || rest.first() != QLatin1String("init")))
            ok = value(&passwordFile);
        else
            rest << arg;
        if (!ok) {
            m_err << "carddesk-cli: " << arg << " needs a value\n";
            return ExitUsage;
        }
    }
    if (rest.isEmpty()) {
        m_err << "carddesk-cli: no command given\n\n" << helpText();
        return ExitUsage;
    }
    const QString command = rest.takeFirst();
    CliContext ctx{dbPath, user, passwordFile, rest, m_out, m_err, nullptr, std::nullopt};
    if (command == QLatin1String("init")) {
        // init's --password-file is the new admin's password, not a log-in.
        ctx.args = rest;
        return FoundationCommands::init(ctx);
    }
    static const std::map<QString, std::function<int(CliContext&)>> commands = {
        {QStringLiteral("demo"), FoundationCommands::demo},
        {QStringLiteral("users"), FoundationCommands::users},
        {QStringLiteral("areas"), FoundationCommands::areas},
        {QStringLiteral("customers"), FoundationCommands::customers},
        {QStringLiteral("customer"), FoundationCommands::customer},
        {QStringLiteral("contact"), DataCommands::contact},
        {QStringLiteral("mailing"), DataCommands::mailing},
        {QStringLiteral("handover"), FoundationCommands::handover},
        {QStringLiteral("check"), FoundationCommands::check},
        {QStringLiteral("optimize"), MaintenanceCommands::optimize},
        {QStringLiteral("backup"), BackupCommands::backup},
        {QStringLiteral("backups"), BackupCommands::backups},
        {QStringLiteral("restore"), BackupCommands::restore},
        {QStringLiteral("settings"), SettingsCommands::settings},
        {QStringLiteral("import-orders"), AnalyticsCommands::importOrders},
        {QStringLiteral("import-customers"), ImportCommands::importCustomers},
        {QStringLiteral("imports"), ImportCommands::imports},
        {QStringLiteral("score"), AnalyticsCommands::score},
        {QStringLiteral("scores"), AnalyticsCommands::scores},
        {QStringLiteral("backtest"), AnalyticsCommands::backtest},
        {QStringLiteral("crosssell"), CrossSellCommands::crosssell},
        {QStringLiteral("equity"), EquityCommands::equity},
        {QStringLiteral("complaints"), ComplaintCommands::complaints},
        {QStringLiteral("lifecycle"), ComplaintCommands::lifecycle},
        {QStringLiteral("surveys"), SurveyCommands::surveys},
        {QStringLiteral("report"), ReportCommands::report},
        {QStringLiteral("targets"), TargetCommands::targets},
        {QStringLiteral("visits"), VisitCommands::visits},
        {QStringLiteral("orders"), OrderCommands::orders},
        {QStringLiteral("payments"), OrderCommands::payments},
        {QStringLiteral("receivables"), OrderCommands::receivables},
        {QStringLiteral("agenda"), AgendaCommands::agenda},
        {QStringLiteral("duplicates"), DuplicateCommands::duplicates},
        {QStringLiteral("merges"), DuplicateCommands::merges},
        {QStringLiteral("export"), ExportCommands::exportData},
    };
    auto it = commands.find(command);
    if (it == commands.end())
        return ctx.usage(QStringLiteral("unknown command '%1'").arg(command));
    return it->second(ctx);
}

} // namespace carddesk::cli
