#include "storage/db/Database.h"

#include "StorageFixture.h"
#include "core/Customer.h"
#include "storage/access/PasswordHasher.h"
#include "storage/access/Session.h"
#include "storage/db/BaselineSchema.h"
#include "storage/db/Migrations.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"
#include "storage/scores/ScoreRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <stdexcept>

namespace carddesk::storage {
namespace {

using core::ErrorCode;

class DatabaseTest : public test::DatabaseFileTest
{
protected:
    static qint64 rows(Database& db, const char* table)
    {
        return db.sql().execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64();
    }

    static void expectConnectionRules(Database& db)
    {
        auto& sql = db.sql();
        EXPECT_EQ(sql.execAndGet("PRAGMA journal_mode").getString(), "wal");
        EXPECT_EQ(sql.execAndGet("PRAGMA synchronous").getInt(), 2); // FULL
        EXPECT_EQ(sql.execAndGet("PRAGMA foreign_keys").getInt(), 1);
        EXPECT_EQ(sql.execAndGet("PRAGMA trusted_schema").getInt(), 0);
        EXPECT_GT(sql.execAndGet("PRAGMA busy_timeout").getInt(), 0);
        EXPECT_EQ(db.schemaVersion(), latestSchemaVersion());
    }
};

TEST_F(DatabaseTest, NewFileGetsEveryConnectionRuleAndTheLatestSchema)
{
    EXPECT_FALSE(QFile::exists(m_path));
    auto db = openOrFail();
    EXPECT_TRUE(QFile::exists(m_path));
    expectConnectionRules(*db);
    EXPECT_GE(latestSchemaVersion(), 2);
    // Seed rows of schema v1 are there.
    EXPECT_EQ(rows(*db, "complaint_categories"), 5);
}

// Every schema object as "type name table: SQL" with runs of white space as one space and identifiers unquoted
// (ALTER TABLE ... RENAME writes the new name in quotes), sorted; then the seeded rows.
QStringList normalisedSchema(Database& db)
{
    QStringList lines;
    SQLite::Statement q(db.sql(), "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master");
    while (q.executeStep()) {
        QString sql = QString::fromStdString(q.getColumn(3).getString());
        sql.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        sql.remove(QLatin1Char('"'));
        lines << QStringLiteral("%1 %2 %3: %4")
                     .arg(QString::fromStdString(q.getColumn(0).getString()),
                          QString::fromStdString(q.getColumn(1).getString()),
                          QString::fromStdString(q.getColumn(2).getString()), sql.trimmed());
    }
    lines.sort();
    for (const char* seeded : {"SELECT key || '=' || value FROM settings ORDER BY key",
                               "SELECT id || '=' || name || '=' || active FROM complaint_categories ORDER BY id"}) {
        SQLite::Statement rows(db.sql(), seeded);
        while (rows.executeStep())
            lines << QString::fromStdString(rows.getColumn(0).getString());
    }
    lines << QStringLiteral("user_version %1").arg(db.schemaVersion());
    return lines;
}

TEST_F(DatabaseTest, AFileThatLostItsVersionIsRecognisedByItsTables)
{
    // Issue #17, finding 8: `sqlite3 office.db .dump | sqlite3 new.db` copies everything but user_version, and every
    // command then failed with "table areas already exists".
    {
        auto db = openOrFail();
        db->sql().exec("INSERT INTO areas (name) VALUES ('华东区')");
    }
    {
        SQLite::Database raw(QFile::encodeName(m_path).toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 0");
    }
    auto reopened = Database::open(m_path);
    ASSERT_TRUE(reopened) << reopened.error().toString().toStdString();
    EXPECT_EQ((*reopened)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(rows(**reopened, "areas"), 1);
    reopened->reset();

    // Tables that are not CardDesk's current ones, without a version: a clear refusal, nothing changed.
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    {
        SQLite::Database raw(QFile::encodeName(other).toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE areas (id INTEGER PRIMARY KEY, name TEXT)");
    }
    auto refused = Database::open(other);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("no schema version")))
        << refused.error().message.toStdString();
    SQLite::Database check(QFile::encodeName(other).toStdString(), SQLite::OPEN_READONLY);
    EXPECT_EQ(check.execAndGet("PRAGMA user_version").getInt(), 0);
    EXPECT_EQ(check.execAndGet("SELECT count(*) FROM sqlite_master").getInt(), 1);
}

TEST_F(DatabaseTest, ANewFileIsMadeFromTheBaselineWithTheSchemaAnOldFileIsMigratedTo)
{
    // An old file: made at v1 and brought up by every migration.
    const QString oldPath = m_dir.filePath(QStringLiteral("old.carddesk"));
    {
        Database::Options options;
        options.targetVersion = 1;
        auto v1 = Database::open(oldPath, options);
        ASSERT_TRUE(v1) << v1.error().toString().toStdString();
        ASSERT_EQ((*v1)->schemaVersion(), 1);
    }
    auto migrated = Database::open(oldPath);
    ASSERT_TRUE(migrated) << migrated.error().toString().toStdString();
    ASSERT_EQ((*migrated)->schemaVersion(), latestSchemaVersion());

    auto made = openOrFail();
    const QStringList fromBaseline = normalisedSchema(*made);
    EXPECT_EQ(fromBaseline, normalisedSchema(**migrated));
    EXPECT_GE(fromBaseline.size(), 80);
    // The new file took the baseline's own text (a migration would have left "scores" quoted by its rename).
    EXPECT_EQ(made->sql().execAndGet("SELECT substr(sql, 1, 20) FROM sqlite_master WHERE name = 'scores'").getString(),
              "CREATE TABLE scores ");
    // And the baseline alone, on an empty connection, makes that same schema.
    SQLite::Database raw(":memory:", SQLite::OPEN_READWRITE);
    raw.exec(BaselineSchema::sql());
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM sqlite_master").getInt(),
              made->sql().execAndGet("SELECT count(*) FROM sqlite_master").getInt());
}

TEST_F(DatabaseTest, ReopenKeepsDataAndAppliesTheRulesAgain)
{
    {
        auto db = openOrFail();
        auto admin = UserRepository::createFirstAdmin(*db, QStringLiteral("boss"), QStringLiteral("password123"));
        ASSERT_TRUE(admin) << admin.error().toString().toStdString();
    }
    auto db = openOrFail();
    expectConnectionRules(*db);
    EXPECT_EQ(UserRepository::userCount(*db), 1);
    auto login = UserRepository::login(*db, QStringLiteral("boss"), QStringLiteral("password123"));
    ASSERT_TRUE(login) << login.error().toString().toStdString();
    EXPECT_EQ(login->role, core::Role::Admin);
}

TEST_F(DatabaseTest, MissingFileWithoutCreateIsNotFound)
{
    Database::Options options;
    options.create = false;
    auto db = Database::open(m_path, options);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(m_path));
}

TEST_F(DatabaseTest, AFileThatIsNotADatabaseIsReportedAsCorrupt)
{
    QFile file(m_path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray junk("Name,Phone\n上海华联商贸有限公司,021-62345678\n");
    junk = junk.repeated(200);
    file.write(junk);
    file.close();

    auto db = Database::open(m_path);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::Corrupt) << db.error().toString().toStdString();
    EXPECT_TRUE(db.error().message.contains(m_path));
    // The file is left as it was.
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), junk);
}

TEST_F(DatabaseTest, ADatabaseFromANewerCardDeskIsRefused)
{
    {
        auto db = openOrFail();
        db->sql().exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1));
    }
    auto db = Database::open(m_path);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer"))) << db.error().message.toStdString();
    // Refusing did not touch the schema version.
    SQLite::Database raw(m_path.toStdString(), SQLite::OPEN_READONLY);
    EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), latestSchemaVersion() + 1);
}

TEST_F(DatabaseTest, MigratingFromVersionOneKeepsCustomersAndIndexesThemForSearch)
{
    qint64 firstId = 0;
    {
        Database::Options options;
        options.targetVersion = 1;
        auto db = openOrFail(options);
        EXPECT_EQ(db->schemaVersion(), 1);
        EXPECT_EQ(db->sql().execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'customers_fts'").getInt(), 0);
        auto admin = UserRepository::createFirstAdmin(*db, QStringLiteral("admin"), QStringLiteral("password123"));
        ASSERT_TRUE(admin);
        Session session(*db, *admin);
        CustomerRepository repo(session);
        for (const char* name : {"上海华联商贸有限公司", "北京东方贸易公司", "Acme Trading"}) {
            core::Customer customer;
            customer.name = QString::fromUtf8(name);
            auto created = repo.create(customer);
            ASSERT_TRUE(created) << created.error().toString().toStdString();
            if (firstId == 0)
                firstId = created->id;
        }
    }
    auto db = openOrFail();
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(rows(*db, "customers"), 3);
    auto check = db->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->isEmpty()) << check->join(QLatin1Char('\n')).toStdString();

    auto admin = UserRepository::login(*db, QStringLiteral("admin"), QStringLiteral("password123"));
    ASSERT_TRUE(admin);
    Session session(*db, *admin);
    CustomerListQueries repo(session);
    for (const char* text : {"shanghai", "shhl", "华联商"}) {
        CustomerQuery query;
        query.search = QString::fromUtf8(text);
        auto found = repo.list(query);
        ASSERT_TRUE(found) << found.error().toString().toStdString();
        ASSERT_EQ(found->size(), 1u) << text;
        EXPECT_EQ(found->front().id, firstId) << text;
    }
    CustomerQuery acme;
    acme.search = QStringLiteral("TRADING"); // trigram matching ignores case
    auto found = repo.list(acme);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ(found->front().name, QStringLiteral("Acme Trading"));
}

TEST_F(DatabaseTest, WriteRollsBackWhenTheWorkReturnsAnError)
{
    auto db = openOrFail();
    const qint64 before = rows(*db, "settings");
    auto status = db->write([&]() -> core::Status {
        db->sql().exec("INSERT INTO settings (key, value) VALUES ('test.a', '1')");
        db->sql().exec("UPDATE settings SET value = 'changed' WHERE key = 'card.stale_days'");
        return core::makeError(ErrorCode::InvalidArgument, QStringLiteral("changed my mind"), QStringLiteral("x"));
    });
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(status.error().field, QStringLiteral("x"));
    EXPECT_EQ(rows(*db, "settings"), before);
    EXPECT_EQ(db->sql().execAndGet("SELECT value FROM settings WHERE key = 'card.stale_days'").getString(), "90");
    // The connection is usable afterwards: not stuck inside a transaction.
    EXPECT_TRUE(sqlite3_get_autocommit(db->sql().getHandle()));
    auto ok = db->write([&]() -> core::Status {
        db->sql().exec("INSERT INTO settings (key, value) VALUES ('test.b', '2')");
        return {};
    });
    EXPECT_TRUE(ok);
    EXPECT_EQ(rows(*db, "settings"), before + 1);
}

TEST_F(DatabaseTest, WriteRollsBackWhenTheWorkThrows)
{
    auto db = openOrFail();
    const qint64 before = rows(*db, "settings");
    auto thrown = db->write([&]() -> core::Status {
        db->sql().exec("INSERT INTO settings (key, value) VALUES ('test.a', '1')");
        throw std::runtime_error("something broke");
    });
    ASSERT_FALSE(thrown);
    EXPECT_EQ(thrown.error().code, ErrorCode::Internal);
    EXPECT_EQ(rows(*db, "settings"), before);

    // A constraint failure in the second statement undoes the first one.
    auto constraint = db->write([&]() -> core::Status {
        db->sql().exec("INSERT INTO settings (key, value) VALUES ('test.b', '1')");
        db->sql().exec("INSERT INTO settings (key, value) VALUES ('test.b', '2')");
        return {};
    });
    ASSERT_FALSE(constraint);
    EXPECT_EQ(constraint.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(rows(*db, "settings"), before);
    EXPECT_TRUE(sqlite3_get_autocommit(db->sql().getHandle()));
}

TEST_F(DatabaseTest, NestedWritesJoinTheOuterTransaction)
{
    auto db = openOrFail();
    const qint64 before = rows(*db, "settings");
    auto status = db->write([&]() -> core::Status {
        auto inner = db->write([&]() -> core::Status {
            db->sql().exec("INSERT INTO settings (key, value) VALUES ('test.inner', '1')");
            return {};
        });
        EXPECT_TRUE(inner);
        return core::makeError(ErrorCode::Conflict, QStringLiteral("outer fails"));
    });
    EXPECT_FALSE(status);
    EXPECT_EQ(rows(*db, "settings"), before);
}

TEST_F(DatabaseTest, CheckIsEmptyOnAHealthyDatabaseAndReportsBrokenForeignKeys)
{
    auto db = openOrFail();
    auto healthy = db->check();
    ASSERT_TRUE(healthy);
    EXPECT_TRUE(healthy->isEmpty()) << healthy->join(QLatin1Char('\n')).toStdString();

    // A dangling reference slipped in with the foreign keys off (as an old tool might do).
    db->sql().exec("PRAGMA foreign_keys = OFF");
    db->sql().exec("INSERT INTO users (username, role, area_id, password_hash, created_at) "
                   "VALUES ('ghost', 'rep', 999, 'x', '2024-01-01T00:00:00Z')");
    db->sql().exec("PRAGMA foreign_keys = ON");
    auto broken = db->check();
    ASSERT_TRUE(broken);
    ASSERT_EQ(broken->size(), 2) << broken->join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(broken->front().contains(QStringLiteral("users"))) << broken->front().toStdString();
    // Since schema v22 a user written outside CardDesk is also reported (docs/SECURITY.md, "Tamper-evident trails").
    EXPECT_TRUE(broken->back().contains(QStringLiteral("user ghost"))) << broken->back().toStdString();
}

// The FTS index follows every change of customers.search_text, also from plain SQL (importers, bulk tools), and
// stays equal to its content table: FTS5's integrity-check with rank 1 compares the two.
TEST_F(DatabaseTest, SearchIndexFollowsPlainSqlWritesToCustomers)
{
    auto db = openOrFail();
    auto& sql = db->sql();
    auto matches = [&](const char* text) {
        SQLite::Statement q(sql, "SELECT group_concat(rowid) FROM customers_fts WHERE customers_fts MATCH ?");
        q.bind(1, std::string("\"") + text + "\"");
        q.executeStep();
        return q.getColumn(0).isNull() ? std::string() : q.getColumn(0).getString();
    };
    auto indexIsConsistent = [&] {
        sql.exec("INSERT INTO customers_fts (customers_fts, rank) VALUES ('integrity-check', 1)");
        return true;
    };
    auto write = [&](const std::string& statement) {
        auto status = db->write([&]() -> core::Status {
            sql.exec(statement);
            return {};
        });
        ASSERT_TRUE(status) << status.error().toString().toStdString();
    };
    write("INSERT INTO customers (id, code, name, search_text, created_at, updated_at) VALUES "
          "(1, 'A1', 'alpha', 'alpha apple', 'x', 'x'), (2, 'B2', 'beta', 'beta banana', 'x', 'x')");
    EXPECT_EQ(matches("apple"), "1");
    EXPECT_EQ(matches("banana"), "2");
    EXPECT_TRUE(indexIsConsistent());

    // Several changes of one row in one transaction, then a delete and a re-insert under the same id.
    auto status = db->write([&]() -> core::Status {
        sql.exec("UPDATE customers SET search_text = 'alpha cherry' WHERE id = 1");
        sql.exec("UPDATE customers SET search_text = 'alpha durian' WHERE id = 1");
        sql.exec("DELETE FROM customers WHERE id = 2");
        sql.exec("INSERT INTO customers (id, code, name, search_text, created_at, updated_at) "
                 "VALUES (2, 'B3', 'gamma', 'gamma grape', 'x', 'x')");
        return {};
    });
    ASSERT_TRUE(status) << status.error().toString().toStdString();
    EXPECT_EQ(matches("apple"), "");
    EXPECT_EQ(matches("cherry"), "");
    EXPECT_EQ(matches("durian"), "1");
    EXPECT_EQ(matches("banana"), "");
    EXPECT_EQ(matches("grape"), "2");
    EXPECT_TRUE(indexIsConsistent());

    // A rolled-back change leaves the index as it was, and nothing queued.
    auto rolledBack = db->write([&]() -> core::Status {
        sql.exec("UPDATE customers SET search_text = 'alpha elderberry' WHERE id = 1");
        return core::makeError(ErrorCode::Conflict, QStringLiteral("no"));
    });
    EXPECT_FALSE(rolledBack);
    EXPECT_EQ(matches("elderberry"), "");
    EXPECT_EQ(matches("durian"), "1");
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM customers_fts_pending").getInt(), 0);

    write("DELETE FROM customers");
    EXPECT_EQ(matches("durian"), "");
    EXPECT_EQ(matches("grape"), "");
    EXPECT_TRUE(indexIsConsistent());
}

TEST_F(DatabaseTest, NetworkPathsAreRefused)
{
    for (const char* path : {"//server/share/x.db", "\\\\server\\share\\x.db", "smb://server/share/x.db"}) {
        const QString p = QString::fromLatin1(path);
        auto local = Database::checkLocalPath(p);
        ASSERT_FALSE(local) << path;
        EXPECT_EQ(local.error().code, ErrorCode::InvalidArgument);
        auto db = Database::open(p);
        ASSERT_FALSE(db) << path;
        EXPECT_EQ(db.error().code, ErrorCode::InvalidArgument);
        EXPECT_TRUE(db.error().message.contains(QStringLiteral("local disk")));
    }
    EXPECT_TRUE(Database::checkLocalPath(m_path));
}

TEST_F(DatabaseTest, EmptyPathIsAnError)
{
    auto db = Database::open(QString());
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::InvalidArgument);
}

TEST_F(DatabaseTest, VersionSixConvertsStoredScoresAndKeepsTheirReasons)
{
    qint64 id = 0;
    {
        Database::Options options;
        options.targetVersion = 5;
        auto db = openOrFail(options);
        auto admin = UserRepository::createFirstAdmin(*db, QStringLiteral("admin"), QStringLiteral("password123"));
        ASSERT_TRUE(admin);
        Session session(*db, *admin);
        core::Customer customer;
        customer.name = QStringLiteral("Acme Trading");
        auto created = CustomerRepository(session).create(customer);
        ASSERT_TRUE(created);
        id = created->id;
        const std::string cid = std::to_string(id);
        auto& sql = db->sql();
        sql.exec("INSERT INTO score_runs (id, as_of, run_at, parameters) VALUES (1, '2025-06-30', "
                 "'2025-06-30T12:00:00Z', '{\"bgnbd\":{\"r\":0.24,\"alpha\":4.4,\"a\":0.79,\"b\":2.4},"
                 "\"gamma_gamma\":{\"p\":6.25,\"q\":3.74,\"v\":15.44}}')");
        sql.exec("INSERT INTO scores (customer_id, run_id, as_of, x, t_x, t_cal, monetary_mean, revenue, revenue_12m, "
                 "last_order_date, p_alive, clv_12m, abc, rfm_r, rfm_f, rfm_m, rfm_segment, churn_risk, churn_reasons, "
                 "churn_reason_codes, lifecycle_stage, lifecycle_rule, advice) VALUES (" +
                 cid +
                 ", 1, '2025-06-30', 3, 10.0, 20.0, 55.5, 900, 300, '2025-03-01', 0.42, 123.4, 'B', 3, 4, 5, "
                 "'Need Attention', 'high', 'no order for 121 days, usually every 23', "
                 "'[{\"code\":\"no_order\",\"days\":121,\"usual_interval_days\":23},"
                 "{\"code\":\"open_complaints\",\"count\":2}]', 'decline', 'decline.gap', 'fight for')");
        sql.exec("INSERT INTO lifecycle_history (customer_id, to_stage, changed_on, rule) VALUES (" + cid +
                 ", 'formation', '2025-01-31', 'formation.building'), (" + cid +
                 ", 'decline', '2025-05-31', 'decline.gap')");
    }
    auto db = openOrFail();
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    auto admin = UserRepository::login(*db, QStringLiteral("admin"), QStringLiteral("password123"));
    ASSERT_TRUE(admin);
    Session session(*db, *admin);
    auto score = ScoreRepository(session).forCustomer(id);
    ASSERT_TRUE(score);
    ASSERT_TRUE(score->has_value());
    const CustomerScore& s = **score;
    EXPECT_EQ(s.asOf, QDate(2025, 6, 30));
    EXPECT_EQ(s.x, 3);
    EXPECT_EQ(s.abc, QStringLiteral("B"));
    EXPECT_EQ(s.rfmScore, QStringLiteral("345"));
    EXPECT_EQ(s.rfmSegment, QStringLiteral("Need Attention"));
    EXPECT_EQ(s.churnRisk, QStringLiteral("high"));
    EXPECT_EQ(s.stage, QStringLiteral("decline"));
    EXPECT_EQ(s.stageRule, QStringLiteral("decline.gap"));
    EXPECT_EQ(s.advice, QStringLiteral("fight for"));
    ASSERT_EQ(s.reasons.size(), 2u);
    EXPECT_EQ(s.reasons[0].code, analytics::ChurnReasonCode::NoOrderForDays);
    EXPECT_EQ(s.reasons[0].days, 121);
    EXPECT_EQ(s.reasons[0].usualIntervalDays, 23);
    EXPECT_EQ(s.reasons[1].count, 2);
    ASSERT_TRUE(s.expectedPurchases26w.has_value());
    EXPECT_GT(*s.expectedPurchases26w, 0.0);
    EXPECT_EQ(db->sql().execAndGet("SELECT tx_days || ' ' || t_days || ' ' || stage_since FROM scores").getString(),
              "70 140 2025-05-31");
    auto check = db->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->isEmpty()) << check->join(QLatin1Char('\n')).toStdString();
}

} // namespace
} // namespace carddesk::storage

TEST(DatabaseQuickCheck, ASoundFileHasNoProblems)
{
    QTemporaryDir dir;
    auto db = carddesk::storage::Database::open(dir.filePath(QStringLiteral("quick.db")));
    ASSERT_TRUE(db);
    auto problems = (*db)->quickCheck();
    ASSERT_TRUE(problems);
    EXPECT_TRUE(problems->isEmpty());
}
