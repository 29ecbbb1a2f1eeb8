#include "cli/FoundationCommands.h"

#include "cli/DataCommands.h"

#include "cli/CommandOptions.h"
#include "cli/OutputTable.h"
#include "cli/UserCommands.h"
#include "core/CustomerJson.h"
#include "io/DemoOfficeGenerator.h"
#include "services/CustomerHandover.h"
#include "services/OfficeMaintenance.h"
#include "services/OfficeSetup.h"
#include "services/StatusCorrection.h"
#include "services/UserAdministration.h"
#include "storage/access/AccessScope.h"
#include "storage/chain/AuditChainCheck.h"
#include "storage/db/DamageReport.h"
#include "storage/db/FileSpace.h"
#include "storage/db/PrivateFile.h"
#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QFileInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace carddesk::cli {

using core::ErrorCode;
using core::makeError;

namespace {

QString areaName(const std::vector<core::Area>& areas, qint64 id)
{
    for (const core::Area& area : areas)
        if (area.id == id)
            return area.name;
    return {};
}

} // namespace

int FoundationCommands::init(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("init --admin NAME --password-file FILE [--office NAME] [--areas A,B,...]"),
        {CommandOptions::withValue(QStringLiteral("admin"), QStringLiteral("The first admin's user name."),
                                   QStringLiteral("NAME")),
         CommandOptions::withValue(QStringLiteral("password-file"), QStringLiteral("The admin's password."),
                                   QStringLiteral("FILE")),
         CommandOptions::withValue(QStringLiteral("display-name"), QStringLiteral("The admin's full name."),
                                   QStringLiteral("TEXT")),
         CommandOptions::withValue(QStringLiteral("office"),
                                   QStringLiteral("The office's name (default: the file's name)."),
                                   QStringLiteral("NAME")),
         CommandOptions::withValue(QStringLiteral("areas"), QStringLiteral("The office's areas, separated by commas."),
                                   QStringLiteral("A,B,..."))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    QString passwordFile = options.value(QStringLiteral("password-file"));
    if (passwordFile.isEmpty())
        passwordFile = ctx.passwordFile;
    if (!options.require(QStringLiteral("admin")))
        return ctx.exitCode;
    if (passwordFile.isEmpty())
        return ctx.usage(QStringLiteral("init needs --password-file FILE with the new admin's password"));
    QString error;
    auto password = readPasswordFile(passwordFile, &error);
    if (!password)
        return ctx.fail(makeError(ErrorCode::InvalidArgument, error, QStringLiteral("password-file")));

    // The same use case as the welcome window's "New office": rules, areas and an all-or-nothing file.
    services::OfficeSetup::Request request;
    request.filePath = ctx.dbPath;
    request.officeName = options.isSet(QStringLiteral("office")) ? options.value(QStringLiteral("office"))
                                                                 : QFileInfo(ctx.dbPath).completeBaseName();
    if (options.isSet(QStringLiteral("areas")))
        request.areas = options.value(QStringLiteral("areas")).split(QLatin1Char(','));
    request.adminName = options.value(QStringLiteral("admin"));
    request.adminDisplayName = options.value(QStringLiteral("display-name"));
    request.password = *password;
    auto created = services::OfficeSetup::create(request);
    if (!created)
        return ctx.fail(created.error());
    ctx.out << "created " << ctx.dbPath << " with admin " << request.adminName.trimmed() << '\n';
    return ExitOk;
}

int FoundationCommands::demo(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("demo --customers N [--seed S]"),
        {CommandOptions::withValue(QStringLiteral("customers"), QStringLiteral("How many customers."),
                                   QStringLiteral("N")),
         CommandOptions::withValue(QStringLiteral("seed"), QStringLiteral("Random seed (same seed, same office)."),
                                   QStringLiteral("S")),
         CommandOptions::withValue(QStringLiteral("today"), QStringLiteral("Date the history ends (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    io::DemoOptions demo;
    qint64 customers = 0;
    if (!options.require(QStringLiteral("customers")) ||
        !options.integer(QStringLiteral("customers"), 1, 10'000'000, &customers))
        return ctx.exitCode;
    demo.customers = customers;
    if (options.isSet(QStringLiteral("seed"))) {
        qint64 seed = 0;
        if (!options.integer(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed))
            return ctx.exitCode;
        demo.seed = static_cast<quint64>(seed);
    }
    if (options.isSet(QStringLiteral("today"))) {
        demo.today = QDate::fromString(options.value(QStringLiteral("today")), Qt::ISODate);
        if (!demo.today.isValid())
            return ctx.usage(QStringLiteral("--today must be a date YYYY-MM-DD"));
    }
    if (!ctx.openDatabase(true))
        return ctx.exitCode;
    const bool hasUsers = storage::UserRepository::userCount(*ctx.db) > 0;
    if (hasUsers && !ctx.login())
        return ctx.exitCode;
    auto summary = io::DemoOfficeGenerator::generate(*ctx.db, demo, hasUsers ? &*ctx.session : nullptr);
    if (!summary)
        return ctx.fail(summary.error());
    const io::DemoSummary& d = *summary;
    ctx.out << QStringLiteral("demo office in %1: %2 customers (%3 potential, %4 lost, %5 key), %6 contacts, %7 orders "
                              "(%8 lines), %9 receivables (%10 overdue), %11 interactions, %12 visits, %13 complaints, "
                              "%14 satisfaction surveys; %15 s\n")
                   .arg(ctx.dbPath)
                   .arg(d.customers)
                   .arg(d.potentialCustomers)
                   .arg(d.lostCustomers)
                   .arg(d.keyCustomers)
                   .arg(d.contacts)
                   .arg(d.orders)
                   .arg(d.orderLines)
                   .arg(d.receivables)
                   .arg(d.overdueReceivables)
                   .arg(d.interactions)
                   .arg(d.visits)
                   .arg(d.complaints)
                   .arg(d.surveys)
                   .arg(d.seconds, 0, 'f', 1);
    if (!d.users.empty()) {
        OutputTable table(
            {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("area"), QStringLiteral("password")});
        for (const io::DemoUser& user : d.users)
            table.addRow({user.username, core::roleName(user.role), user.area, user.password});
        table.print(ctx.out, OutputTable::Format::Table);
    }
    return ExitOk;
}

int FoundationCommands::users(CliContext& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub != QLatin1String("add") && sub != QLatin1String("list"))
        return UserCommands::users(ctx, sub);
    if (sub == QLatin1String("list")) {
        CommandOptions options(ctx, QStringLiteral("users list [--format table|csv|json]"),
                               {CommandOptions::formatOption()});
        OutputTable::Format format;
        if (!options.parse() || options.helpShown() || !options.format(&format))
            return ctx.exitCode;
        if (!ctx.openDatabase(false) || !ctx.login())
            return ctx.exitCode;
        auto users = storage::UserRepository::list(*ctx.session);
        if (!users)
            return ctx.fail(users.error());
        auto areas = storage::UserRepository::areas(*ctx.session);
        OutputTable table({QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("display_name"),
                           QStringLiteral("role"), QStringLiteral("area"), QStringLiteral("active")});
        for (const core::User& user : *users)
            table.addRow({user.id, user.username, user.displayName, core::roleName(user.role),
                          areas ? areaName(*areas, user.areaId) : QString(), user.active});
        table.print(ctx.out, format);
        return ExitOk;
    }
    CommandOptions options(
        ctx, QStringLiteral("users add NAME --role rep|manager|admin [--area AREA] --new-password-file FILE"),
        {CommandOptions::withValue(QStringLiteral("role"), QStringLiteral("rep, manager or admin."),
                                   QStringLiteral("ROLE")),
         CommandOptions::withValue(QStringLiteral("area"), QStringLiteral("Area name or id (reps and managers)."),
                                   QStringLiteral("AREA")),
         CommandOptions::withValue(QStringLiteral("display-name"), QStringLiteral("Full name."),
                                   QStringLiteral("TEXT")),
         CommandOptions::withValue(QStringLiteral("new-password-file"), QStringLiteral("The new user's password."),
                                   QStringLiteral("FILE"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (options.positional().size() != 1)
        return ctx.usage(QStringLiteral("users add needs exactly one user name"));
    if (!options.require(QStringLiteral("role")) || !options.require(QStringLiteral("new-password-file")))
        return ctx.exitCode;
    const auto role = core::roleFromName(options.value(QStringLiteral("role")));
    if (!role)
        return ctx.usage(QStringLiteral("--role must be rep, manager or admin, not '%1'")
                             .arg(options.value(QStringLiteral("role"))));
    QString error;
    auto password = readPasswordFile(options.value(QStringLiteral("new-password-file")), &error);
    if (!password)
        return ctx.fail(makeError(ErrorCode::InvalidArgument, error, QStringLiteral("new-password-file")));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    core::User user;
    user.username = options.positional().first();
    user.displayName = options.value(QStringLiteral("display-name"));
    user.role = *role;
    if (options.isSet(QStringLiteral("area"))) {
        const QString wanted = options.value(QStringLiteral("area"));
        auto areas = storage::UserRepository::areas(*ctx.session);
        if (!areas)
            return ctx.fail(areas.error());
        for (const core::Area& area : *areas)
            if (area.name == wanted || QString::number(area.id) == wanted)
                user.areaId = area.id;
        if (user.areaId == 0)
            return ctx.fail(makeError(ErrorCode::InvalidArgument,
                                      QStringLiteral("no area named '%1' (see 'areas list')").arg(wanted),
                                      QStringLiteral("area")));
    }
    auto created = services::UserAdministration::addUser(*ctx.session, user, *password);
    if (!created)
        return ctx.fail(created.error());
    ctx.out << "added user " << created->username << " (" << core::roleName(created->role) << ", id " << created->id
            << ")\n";
    return ExitOk;
}

int FoundationCommands::areas(CliContext& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("rename"))
        return UserCommands::renameArea(ctx);
    if (sub != QLatin1String("add") && sub != QLatin1String("list"))
        return ctx.usage(QStringLiteral("areas needs 'add', 'list' or 'rename'"));
    CommandOptions options(
        ctx, QStringLiteral("areas add NAME [--region TEXT] | areas list [--format FORMAT]"),
        {CommandOptions::withValue(QStringLiteral("region"), QStringLiteral("Wider region."), QStringLiteral("TEXT")),
         CommandOptions::formatOption()});
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    if (sub == QLatin1String("add")) {
        if (options.positional().size() != 1)
            return ctx.usage(QStringLiteral("areas add needs exactly one area name"));
        core::Area area;
        area.name = options.positional().first();
        area.region = options.value(QStringLiteral("region"));
        auto created = storage::UserRepository::createArea(*ctx.session, area);
        if (!created)
            return ctx.fail(created.error());
        ctx.out << "added area " << created->name << " (id " << created->id << ")\n";
        return ExitOk;
    }
    auto areas = storage::UserRepository::areas(*ctx.session);
    if (!areas)
        return ctx.fail(areas.error());
    OutputTable table({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("region")});
    for (const core::Area& area : *areas)
        table.addRow({area.id, area.name, area.region});
    table.print(ctx.out, format);
    return ExitOk;
}

int FoundationCommands::customers(CliContext& ctx)
{
    if (!ctx.args.isEmpty() && DataCommands::handlesCustomers(ctx.args.first()))
        return DataCommands::customers(ctx);
    if (ctx.args.isEmpty() || ctx.args.first() != QLatin1String("list"))
        return ctx.usage(QStringLiteral("customers needs 'list', 'archive', 'unarchive', 'delete' or 'export-data'"));
    ctx.args.removeFirst();
    CommandOptions options(
        ctx, QStringLiteral("customers list [--search TEXT] [--status S] [--limit N] [--format table|csv|json]"),
        {CommandOptions::withValue(QStringLiteral("search"),
                                   QStringLiteral("Name, pinyin, initials, contact, phone or e-mail."),
                                   QStringLiteral("TEXT")),
         CommandOptions::withValue(QStringLiteral("status"), QStringLiteral("potential, current or lost."),
                                   QStringLiteral("S")),
         CommandOptions::withValue(QStringLiteral("limit"), QStringLiteral("At most N rows (default 1000, 0 for all)."),
                                   QStringLiteral("N")),
         CommandOptions::formatOption()});
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    qint64 limit = 1000;
    if (options.isSet(QStringLiteral("limit")) &&
        !options.integer(QStringLiteral("limit"), 0, std::numeric_limits<int>::max(), &limit))
        return ctx.exitCode;
    const QString status = options.value(QStringLiteral("status"));
    if (!status.isEmpty() && status != QLatin1String("potential") && status != QLatin1String("current") &&
        status != QLatin1String("lost"))
        return ctx.usage(QStringLiteral("--status must be potential, current or lost, not '%1'").arg(status));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    storage::CustomerListQueries customers(*ctx.session);
    storage::CustomerQuery query;
    query.search = options.value(QStringLiteral("search"));
    query.status = status;
    query.sort = storage::CustomerQuery::SortColumn::Code;
    query.limit = limit == 0 ? std::numeric_limits<int>::max() : static_cast<int>(limit);
    auto rows = customers.list(query);
    if (!rows)
        return ctx.fail(rows.error());
    OutputTable table({QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
                       QStringLiteral("region"), QStringLiteral("owner"), QStringLiteral("status"),
                       QStringLiteral("key")});
    std::vector<qint64> ids;
    for (const storage::CustomerListRow& row : *rows) {
        table.addRow({row.id, row.code, row.name, row.kind, row.region, row.ownerName, row.status, row.isKey});
        ids.push_back(row.id);
    }
    // A csv or json listing leaves the program as a file: that is an export, and exports are logged.
    if (format != OutputTable::Format::Table && !ids.empty()) {
        if (auto logged = storage::CustomerRepository(*ctx.session)
                              .logExport(ids, QStringLiteral("customers list --format ") +
                                                  options.value(QStringLiteral("format")));
            !logged)
            return ctx.fail(logged.error());
    }
    table.print(ctx.out, format);
    return ExitOk;
}

int FoundationCommands::customer(CliContext& ctx)
{
    if (ctx.args.isEmpty() || ctx.args.first() != QLatin1String("show"))
        return ctx.usage(QStringLiteral("customer needs 'show ID'"));
    ctx.args.removeFirst();
    CommandOptions options(ctx, QStringLiteral("customer show ID|CODE [--format json|table]"),
                           {CommandOptions::formatOption(QStringLiteral("json"))});
    OutputTable::Format format;
    if (!options.parse() || options.helpShown() || !options.format(&format))
        return ctx.exitCode;
    if (options.positional().size() != 1)
        return ctx.usage(QStringLiteral("customer show needs one customer id or code"));
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    auto card = ctx.customerByKey(options.positional().first());
    if (!card)
        return ctx.fail(card.error());
    QJsonObject json = core::CustomerJson::toJson(*card);
    // The card's story, as the card tells it: notes where stage, probability and status disagree, and the status
    // correction offered (docs/ANALYTICS_ENGINE.md, "Consistent stories").
    auto story = services::StatusCorrection(*ctx.session).story(card->id);
    if (!story)
        return ctx.fail(story.error());
    QJsonObject told;
    if (story->outdated) {
        told[QStringLiteral("outdated")] = true;
        told[QStringLiteral("scored_as_of")] = story->scoredAsOf.toString(Qt::ISODate);
    } else if (story->scored) {
        told[QStringLiteral("p_alive_band")] = QString::fromLatin1(analytics::pAliveBandName(story->story.band));
        told[QStringLiteral("stage_note")] = story->stageNote;
        told[QStringLiteral("status_note")] = story->statusNote;
        told[QStringLiteral("offered_status")] = story->offeredStatus();
        told[QStringLiteral("offer_dismissed")] = story->dismissed;
        told[QStringLiteral("outdated")] = false;
    }
    if (format == OutputTable::Format::Json) {
        if (story->scored)
            json[QStringLiteral("story")] = told; // outdated: orders entered or voided since the scoring, no note
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        OutputTable table({QStringLiteral("field"), QStringLiteral("value")});
        for (auto it = json.begin(); it != json.end(); ++it)
            table.addRow({it.key(), it.value().toVariant()});
        for (auto it = told.begin(); it != told.end(); ++it)
            table.addRow({QVariant(QStringLiteral("story.") + it.key()), it.value().toVariant()});
        table.print(ctx.out, format);
    }
    return ExitOk;
}

int FoundationCommands::handover(CliContext& ctx)
{
    CommandOptions options(
        ctx, QStringLiteral("handover --from USER --to USER [--customers ID,ID,...]"),
        {CommandOptions::withValue(QStringLiteral("from"), QStringLiteral("The rep who hands over."),
                                   QStringLiteral("USER")),
         CommandOptions::withValue(QStringLiteral("to"), QStringLiteral("The rep who takes over."),
                                   QStringLiteral("USER")),
         CommandOptions::withValue(QStringLiteral("customers"), QStringLiteral("Only these customer ids."),
                                   QStringLiteral("IDS"))});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    if (!options.require(QStringLiteral("from")) || !options.require(QStringLiteral("to")))
        return ctx.exitCode;
    std::vector<qint64> ids;
    if (options.isSet(QStringLiteral("customers"))) {
        for (const QString& part :
             options.value(QStringLiteral("customers")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return ctx.usage(
                    QStringLiteral("--customers must be customer ids separated by commas; '%1' is not one").arg(part));
            ids.push_back(id);
        }
    }
    if (!ctx.openDatabase(false) || !ctx.login())
        return ctx.exitCode;
    // Checked before the names: a rep sees only themselves, so "no user named ..." would hide the real refusal.
    if (auto allowed =
            storage::AccessScope::requireRole(*ctx.session, core::Role::Manager, QStringLiteral("a handover"));
        !allowed)
        return ctx.fail(allowed.error());
    auto from = storage::UserRepository::findByName(*ctx.session, options.value(QStringLiteral("from")));
    if (!from)
        return ctx.fail(from.error());
    auto to = storage::UserRepository::findByName(*ctx.session, options.value(QStringLiteral("to")));
    if (!to)
        return ctx.fail(to.error());
    auto moved = services::CustomerHandover::handover(*ctx.session, from->id, to->id, ids);
    if (!moved)
        return ctx.fail(moved.error());
    ctx.out << "handed over " << *moved << " customers from " << from->username << " to " << to->username << '\n';
    return ExitOk;
}

int FoundationCommands::check(CliContext& ctx)
{
    CommandOptions options(ctx, QStringLiteral("check"), {});
    if (!options.parse() || options.helpShown())
        return ctx.exitCode;
    // Read-only: check writes nothing (no access-log row, no WAL switch, no upgrade), so it works on read-only
    // media and on a damaged file, and never makes the damage worse. It must not send the reader back to itself.
    auto reportDamage = [&ctx](const QString& what, const QStringList& objects, bool onlyIndexes) {
        ctx.err << "damaged: " << ctx.dbPath << ": " << what << '\n';
        if (!objects.isEmpty())
            ctx.err << "damaged parts: " << objects.join(QStringLiteral(", ")) << '\n';
        ctx.err << storage::DamageReport::whatToDo(ctx.dbPath, onlyIndexes) << '\n';
        ctx.err.flush();
        return ExitFailure;
    };
    core::Error error;
    if (!ctx.openDatabaseReadOnly(&error)) {
        if (error.code == core::ErrorCode::Corrupt)
            return reportDamage(storage::DamageReport::withoutAdvice(error.message), {}, false);
        return ctx.exitCode != ExitOk ? ctx.exitCode : ctx.fail(error);
    }
    if (!ctx.loginWithoutRecord(&error)) {
        if (ctx.exitCode != ExitOk)
            return ctx.exitCode;
        if (error.code != core::ErrorCode::Corrupt)
            return ctx.fail(error);
        // The users' pages are damaged: no log-in can be verified, but the damage report holds no customer data
        // and is what the administrator needs, so it is given.
        ctx.err << "warning: the log-in cannot be verified because the users table is damaged; checking the file "
                   "anyway\n";
    }
    auto problems = ctx.db->check();
    if (!problems) {
        // The whole-file check stopped at a bad page: each table is checked on its own to name them all.
        if (problems.error().code == core::ErrorCode::Corrupt)
            return reportDamage(storage::DamageReport::withoutAdvice(problems.error().message),
                                storage::DamageReport::damagedTables(ctx.db->sql()), false);
        return ctx.fail(problems.error());
    }
    // Not damage, but a warning: a file other accounts can read is the whole office in their hands.
    if (const QString warning = storage::PrivateFile::warningFor(ctx.dbPath); !warning.isEmpty())
        ctx.err << "warning: " << warning << '\n';
    if (!problems->isEmpty()) {
        for (const QString& problem : *problems)
            ctx.err << "problem: " << problem << '\n';
        QStringList integrity;
        for (const QString& problem : *problems)
            if (problem.startsWith(QLatin1String("integrity: ")))
                integrity << problem;
        if (!integrity.isEmpty()) {
            QStringList objects = storage::DamageReport::damagedObjects(ctx.db->sql(), integrity);
            if (objects.isEmpty())
                objects = storage::DamageReport::damagedTables(ctx.db->sql());
            const bool onlyIndexes =
                !objects.isEmpty() && std::all_of(objects.begin(), objects.end(), [](const QString& name) {
                    return name.startsWith(QLatin1String("index "));
                });
            return reportDamage(QStringLiteral("%1 problems found by the integrity check").arg(integrity.size()),
                                objects, onlyIndexes);
        }
        ctx.err.flush();
        return ExitFailure;
    }
    ctx.out << "ok: integrity, foreign keys and schema version " << ctx.db->schemaVersion() << '\n';
    if (auto space = storage::FileSpace::of(*ctx.db)) {
        ctx.out << QStringLiteral("file: %1 MB, %2% free pages")
                       .arg(static_cast<double>(space->bytes()) / 1e6, 0, 'f', 1)
                       .arg(space->freeShare() * 100.0, 0, 'f', 1)
                << '\n';
        if (services::OfficeMaintenance::worthVacuuming(*space))
            ctx.out << "much of the file is free: an administrator can give it back to the disk with "
                       "carddesk-cli optimize\n";
    }
    // The heads are worth writing down: a chain someone re-computed after a change is caught only by comparing them.
    if (auto heads = storage::AuditChainCheck::heads(*ctx.db))
        for (const QString& head : *heads)
            ctx.out << head << '\n';
    return ExitOk;
}

} // namespace carddesk::cli
