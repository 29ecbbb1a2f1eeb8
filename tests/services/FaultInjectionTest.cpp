#include "FaultInjectionVfs.h"
#include "StorageFixture.h"

#include "services/BackupService.h"
#include "services/CustomerHandover.h"
#include "services/OrderImport.h"
#include "services/ScoringService.h"
#include "storage/db/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <SQLiteCpp/SQLiteCpp.h>

#include <functional>
#include <iostream>
#include <map>
#include <set>

namespace carddesk::storage::test {
namespace {

using services::BackupService;
using Operation = FaultInjectionVfs::Operation;
using Failure = FaultInjectionVfs::Failure;

const QDateTime kBackupTime(QDate(2026, 12, 7), QTime(10, 0, 0));

// What an operation under test did: success, or the message the user would read.
struct Outcome
{
    bool ok = false;
    QString message;
};

// One operation under test: run on an office file (the fixture's users exist in it), and the facts that tell
// whether it took place, beside the row counts of every table.
struct FaultCase
{
    std::string name;
    std::function<Outcome(const QString& officePath)> run;
    std::function<std::string(SQLite::Database& raw, const QString& officePath)> facts;
};

// Issue #17: a disk that fails the N-th write, fsync or read, for every N, during each kind of write. After each
// round: the file passes integrity_check, the office is exactly as before or exactly as after (the audit row with
// its change), a failure has a message, and nothing crashed.
class FaultInjectionTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        // A small office with history: 12 customers of rep1a with orders (for scoring and the handover), one of
        // rep1b.
        QString csv = QStringLiteral("customer_code,order_date,amount\n");
        for (int c = 1; c <= 12; ++c)
            for (int o = 0; o < 1 + c % 4; ++o)
                csv += QStringLiteral("F%1,2026-%2-%3,%4\n")
                           .arg(c, 3, 10, QLatin1Char('0'))
                           .arg(1 + (c + o * 3) % 11, 2, 10, QLatin1Char('0'))
                           .arg(1 + (c * 7 + o) % 27, 2, 10, QLatin1Char('0'))
                           .arg(100 + c * 37 + o * 11);
        m_ordersCsv = m_dir.filePath(QStringLiteral("orders.csv"));
        writeText(m_ordersCsv, csv);
        auto rows = must(services::OrderImport::read(m_ordersCsv), "read the orders");
        must(services::OrderImport::store(*m_rep1aSession, rows, true, QStringLiteral("orders.csv")), "import");
        createCustomer(*m_rep1bSession, QStringLiteral("留下的客户"));
        m_customerId = scalar("SELECT id FROM customers WHERE code = 'F001'");

        // More orders to import under faults, for new and existing codes.
        m_moreOrdersCsv = m_dir.filePath(QStringLiteral("more-orders.csv"));
        writeText(m_moreOrdersCsv, QStringLiteral("customer_code,order_date,amount\nF001,2026-11-20,880\n"
                                                  "N001,2026-11-21,120\nN002,2026-11-22,75.5\n"));

        closeDatabase();
        m_template = m_dir.filePath(QStringLiteral("template.carddesk"));
        ASSERT_TRUE(QFile::copy(m_path, m_template));
    }

    static void writeText(const QString& path, const QString& text)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write " + path.toStdString());
        file.write(text.toUtf8());
    }

    // Runs `c` once without faults (counting what it does), then once per N for every write, sync and read it
    // made, with a transient and a persistent fault. Returns the distinct failure messages.
    std::set<QString> runEveryFault(const FaultCase& c, const QString& sourceFile)
    {
        FaultInjectionVfs vfs;
        const QString reference = freshCopy(sourceFile, "reference");
        const std::string before = stateOf(c, reference);
        vfs.count();
        const Outcome clean = c.run(reference);
        vfs.disarm();
        EXPECT_TRUE(clean.ok) << c.name << " failed with no fault: " << clean.message.toStdString();
        const std::map<Operation, int> counts = {{Operation::Write, vfs.counted(Operation::Write)},
                                                 {Operation::Sync, vfs.counted(Operation::Sync)},
                                                 {Operation::Read, vfs.counted(Operation::Read)}};
        const std::string after = stateOf(c, reference);
        EXPECT_NE(before, after) << c.name << " changed nothing: the rounds would prove nothing";
        EXPECT_GT(counts.at(Operation::Write), 0) << c.name;

        std::set<QString> messages;
        int round = 0;
        for (const auto& [operation, total] : counts) {
            for (int n = 1; n <= total; ++n) {
                for (const bool persistent : {false, true}) {
                    const Failure failure =
                        (n % 2 == 0 && operation != Operation::Read) ? Failure::DiskFull : Failure::IoError;
                    const QString path = freshCopy(sourceFile, "round" + std::to_string(++round));
                    vfs.arm(operation, n, failure, persistent);
                    const Outcome outcome = c.run(path);
                    const bool fired = vfs.fired();
                    vfs.disarm();
                    SCOPED_TRACE(c.name + ": " + nameOf(operation) + " " + std::to_string(n) + " of " +
                                 std::to_string(total) + (persistent ? ", persistent" : ", once"));
                    EXPECT_TRUE(fired || outcome.ok) << "failed with no fault: " << outcome.message.toStdString();
                    const std::string state = stateOf(c, path);
                    if (outcome.ok) {
                        EXPECT_EQ(state, after) << "reported success, but the office is not as after";
                    } else {
                        // Every message says nothing was saved: so it must be.
                        EXPECT_EQ(state, before) << "not as before the failure; against before:\n"
                                                 << difference(before, state) << "against after:\n"
                                                 << difference(after, state);
                        // A clear message names the disk and never dumps SQLite's page list.
                        EXPECT_TRUE(outcome.message.contains(QLatin1String("disk"))) << outcome.message.toStdString();
                        EXPECT_FALSE(outcome.message.contains(QLatin1String("error code=")))
                            << outcome.message.toStdString();
                        messages.insert(shapeOf(outcome.message));
                    }
                }
            }
        }
        m_rounds += round;
        std::cout << "  " << c.name << ": " << round << " rounds (" << counts.at(Operation::Write) << " writes, "
                  << counts.at(Operation::Sync) << " syncs, " << counts.at(Operation::Read) << " reads), "
                  << messages.size() << " kinds of message\n";
        return messages;
    }

    QString freshCopy(const QString& source, const std::string& name)
    {
        const QString folder = m_dir.filePath(QString::fromStdString(name));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/office.carddesk");
        if (!QFile::copy(source, path))
            throw std::runtime_error("cannot copy the template");
        return path;
    }

    // The office after an operation, read with the real disk: integrity, every table's row count and the case's
    // facts. SQLite's recovery of the WAL runs here, as at the next start after a failure.
    static std::string stateOf(const FaultCase& c, const QString& path)
    {
        SQLite::Database raw(QFile::encodeName(path).toStdString(), SQLite::OPEN_READWRITE, 1000, "unix");
        std::string state = "integrity " + raw.execAndGet("PRAGMA integrity_check").getString() + "\n";
        std::vector<std::string> tables;
        SQLite::Statement names(raw, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                     "'sqlite_%' AND name NOT LIKE 'customers_fts_%' ORDER BY name");
        while (names.executeStep())
            tables.push_back(names.getColumn(0).getString());
        for (const std::string& table : tables)
            state += table + " " + raw.execAndGet("SELECT count(*) FROM \"" + table + "\"").getString() + "\n";
        return state + c.facts(raw, path);
    }

    // A message with its paths and numbers taken out: the distinct kinds of message a user can meet.
    static QString shapeOf(QString message)
    {
        message.replace(QRegularExpression(QStringLiteral("/[^ :;,()]+")), QStringLiteral("FILE"));
        message.replace(QRegularExpression(QStringLiteral("\\d+")), QStringLiteral("N"));
        return message.simplified();
    }

    // The lines of `actual` that `expected` does not have.
    static std::string difference(const std::string& expected, const std::string& actual)
    {
        const QStringList want = QString::fromStdString(expected).split(QLatin1Char('\n'));
        std::string lines;
        for (const QString& line : QString::fromStdString(actual).split(QLatin1Char('\n')))
            if (!want.contains(line))
                lines += "  " + line.toStdString() + "\n";
        return lines;
    }

    static std::string nameOf(Operation operation)
    {
        switch (operation) {
        case Operation::Write:
            return "write";
        case Operation::Sync:
            return "sync";
        case Operation::Read:
            return "read";
        }
        return {};
    }

    // Opens the office for one operation, as the application does (the fixture's connection is closed).
    static std::unique_ptr<Database> openOffice(const QString& path, Outcome& outcome)
    {
        Database::Options options;
        options.create = false;
        auto db = Database::open(path, options);
        if (!db) {
            outcome = {false, db.error().message};
            return nullptr;
        }
        return std::move(db).value();
    }

    static std::string filesBeside(const QString& officePath, const QStringList& filters = {})
    {
        std::string files;
        const QDir folder = QFileInfo(officePath).dir();
        for (const QString& name : folder.entryList(filters, QDir::Files, QDir::Name))
            if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
                files += name.toStdString() + "\n";
        return files;
    }

    QString m_template;
    QString m_ordersCsv;
    QString m_moreOrdersCsv;
    qint64 m_customerId = 0;
    int m_rounds = 0;
};

void printMessages(const std::string& what, const std::set<QString>& messages)
{
    for (const QString& message : messages)
        std::cout << "  " << what << ": " << message.toStdString() << "\n";
}

TEST_F(FaultInjectionTest, ACardSaveIsWholeOrNotAtAll)
{
    const qint64 id = m_customerId;
    const core::User rep = m_rep1a;
    FaultCase c{"card save",
                [id, rep](const QString& path) {
                    Outcome outcome;
                    auto db = openOffice(path, outcome);
                    if (!db)
                        return outcome;
                    Session session(*db, rep);
                    CustomerRepository customers(session);
                    auto card = customers.get(id, false); // opening the card is an action of its own
                    if (!card)
                        return Outcome{false, card.error().message};
                    card->name = QStringLiteral("杭州诚远食品有限公司");
                    card->phone = QStringLiteral("0571-88001234");
                    auto saved = customers.update(*card);
                    return saved ? Outcome{true, {}} : Outcome{false, saved.error().message};
                },
                [id](SQLite::Database& raw, const QString&) {
                    SQLite::Statement row(raw, "SELECT name || '|' || coalesce(phone, '') FROM customers WHERE id = ?");
                    row.bind(1, static_cast<int64_t>(id));
                    return row.executeStep() ? row.getColumn(0).getString() : std::string("(gone)");
                }};
    const auto messages = runEveryFault(c, m_template);
    EXPECT_FALSE(messages.empty());
    printMessages(c.name, messages);
}

TEST_F(FaultInjectionTest, AHandoverMovesEveryCustomerOrNone)
{
    const core::User manager = m_manager1;
    const qint64 from = m_rep1a.id;
    const qint64 to = m_rep1b.id;
    FaultCase c{"handover",
                [=](const QString& path) {
                    Outcome outcome;
                    auto db = openOffice(path, outcome);
                    if (!db)
                        return outcome;
                    Session session(*db, manager);
                    auto moved = services::CustomerHandover::handover(session, from, to);
                    return moved ? Outcome{true, {}} : Outcome{false, moved.error().message};
                },
                [=](SQLite::Database& raw, const QString&) {
                    return "rep1a owns " +
                           raw.execAndGet("SELECT count(*) FROM customers WHERE owner_id = " + std::to_string(from))
                               .getString();
                }};
    printMessages(c.name, runEveryFault(c, m_template));
}

TEST_F(FaultInjectionTest, AnOrderImportStoresEveryRowOrNone)
{
    const core::User rep = m_rep1a;
    const QString file = m_moreOrdersCsv;
    FaultCase c{"order import",
                [=](const QString& path) {
                    auto rows = services::OrderImport::read(file);
                    if (!rows)
                        return Outcome{false, rows.error().message};
                    Outcome outcome;
                    auto db = openOffice(path, outcome);
                    if (!db)
                        return outcome;
                    Session session(*db, rep);
                    auto stored = services::OrderImport::store(session, *rows, true, QStringLiteral("more.csv"));
                    return stored ? Outcome{true, {}} : Outcome{false, stored.error().message};
                },
                [](SQLite::Database& raw, const QString&) {
                    return "order total " +
                           raw.execAndGet("SELECT printf('%.2f', total(amount)) FROM orders").getString();
                }};
    printMessages(c.name, runEveryFault(c, m_template));
}

TEST_F(FaultInjectionTest, AScoringRunIsStoredWholeOrNotAtAll)
{
    const core::User manager = m_manager1;
    FaultCase c{"scoring save",
                [=](const QString& path) {
                    Outcome outcome;
                    auto db = openOffice(path, outcome);
                    if (!db)
                        return outcome;
                    Session session(*db, manager);
                    auto report = services::ScoringService::score(session, QDate(2026, 12, 1));
                    return report ? Outcome{true, {}} : Outcome{false, report.error().message};
                },
                [](SQLite::Database& raw, const QString&) {
                    return "runs " + raw.execAndGet("SELECT count(*) FROM score_runs").getString();
                }};
    printMessages(c.name, runEveryFault(c, m_template));
}

TEST_F(FaultInjectionTest, AMigrationIsWholeOrNotAtAll)
{
    // An office one schema version behind, with the fixture's people and cards: the template migrated back is not
    // possible, so a new one is made at the older version.
    const QString older = m_dir.filePath(QStringLiteral("older.carddesk"));
    {
        Database::Options options;
        options.targetVersion = latestSchemaVersion() - 1;
        auto db = must(Database::open(older, options), "create an older office");
        must(UserRepository::createFirstAdmin(*db, QStringLiteral("admin"), QLatin1String(kPassword)), "admin");
        db->sql().exec("INSERT INTO customers (code, name, status, created_at, updated_at) VALUES "
                       "('M001', '迁移客户', 'current', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z')");
    }
    FaultCase c{"migration",
                [](const QString& path) {
                    Outcome outcome;
                    auto db = openOffice(path, outcome); // migrates to the latest version
                    return db ? Outcome{true, {}} : outcome;
                },
                [](SQLite::Database& raw, const QString&) {
                    return "version " + raw.execAndGet("PRAGMA user_version").getString() + ", tables " +
                           raw.execAndGet("SELECT count(*) FROM sqlite_schema").getString();
                }};
    printMessages(c.name, runEveryFault(c, older));
}

TEST_F(FaultInjectionTest, ABackupIsCompleteOrAbsent)
{
    FaultCase c{"backup",
                [](const QString& path) {
                    const QString folder = QFileInfo(path).dir().filePath(QStringLiteral("backups"));
                    auto made = BackupService::backup(path, folder, kBackupTime);
                    return made ? Outcome{true, {}} : Outcome{false, made.error().message};
                },
                [](SQLite::Database&, const QString& path) {
                    // Every file left in the backup folder, and whether it is a sound office.
                    const QString folder = QFileInfo(path).dir().filePath(QStringLiteral("backups"));
                    std::string files;
                    for (const QString& name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
                        files += name.toStdString() + " ";
                        try {
                            SQLite::Database copy(QFile::encodeName(folder + QLatin1Char('/') + name).toStdString(),
                                                  SQLite::OPEN_READONLY, 0, "unix");
                            files += copy.execAndGet("PRAGMA integrity_check").getString() + " customers " +
                                     copy.execAndGet("SELECT count(*) FROM customers").getString() + "\n";
                        } catch (const SQLite::Exception& e) {
                            files += std::string(e.what()) + ", " +
                                     std::to_string(QFileInfo(folder + QLatin1Char('/') + name).size()) + " bytes\n";
                        }
                    }
                    return files;
                }};
    printMessages(c.name, runEveryFault(c, m_template));
}

TEST_F(FaultInjectionTest, ARestoreReplacesTheOfficeOrLeavesItAsItWas)
{
    // The backup to restore holds one card more than the office.
    const QString source = m_dir.filePath(QStringLiteral("to-back-up.carddesk"));
    ASSERT_TRUE(QFile::copy(m_template, source));
    {
        auto db = must(Database::open(source), "open the copy");
        Session session(*db, m_rep1a);
        core::Customer customer;
        customer.name = QStringLiteral("只在备份里的客户");
        must(CustomerRepository(session).create(customer), "create a customer");
    }
    auto backup = BackupService::backup(source, m_dir.filePath(QStringLiteral("saved")), kBackupTime);
    ASSERT_TRUE(backup) << backup.error().toString().toStdString();
    const QString backupFile = *backup;
    FaultCase c{
        "restore",
        [backupFile](const QString& path) {
            auto kept = BackupService::restore(path, backupFile, QStringLiteral("admin"), kBackupTime);
            return kept ? Outcome{true, {}} : Outcome{false, kept.error().message};
        },
        [](SQLite::Database& raw, const QString& path) {
            return "backup's card " +
                   raw.execAndGet("SELECT count(*) FROM customers WHERE name = '只在备份里的客户'").getString() +
                   "\nfiles:\n" + filesBeside(path);
        }};
    printMessages(c.name, runEveryFault(c, m_template));
}

} // namespace
} // namespace carddesk::storage::test
