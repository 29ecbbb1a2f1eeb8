#include "StorageFixture.h"

#include "storage/access/AuditTrail.h"
#include "storage/access/ContactErasure.h"
#include "storage/chain/AuditChainCheck.h"
#include "storage/db/Migrations.h"
#include "storage/repositories/ContactRepository.h"

#include <QFile>

#include <sys/wait.h>
#include <unistd.h>

namespace carddesk::storage::test {

namespace {

// Another tool on the same file (the sqlite3 shell): a plain connection, no CardDesk rules, no sealing.
class OutsideTool
{
public:
    explicit OutsideTool(const QString& path)
        : m_db(QFile::encodeName(path).toStdString(), SQLite::OPEN_READWRITE, 5000)
    {
    }
    void exec(const std::string& sql) { m_db.exec(sql); }
    std::string text(const std::string& sql) { return m_db.execAndGet(sql).getString(); }
    long long number(const std::string& sql) { return m_db.execAndGet(sql).getInt64(); }

    // Runs `sql` on audit_log past its guards, and puts them back exactly as they were: what someone who knows
    // the schema does to leave no trace but the row.
    void pastTheGuards(const std::string& sql)
    {
        const std::string update = text("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'");
        const std::string remove = text("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_delete'");
        exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
        exec(sql);
        exec(update);
        exec(remove);
    }

private:
    SQLite::Database m_db;
};

} // namespace

class AuditChainTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        // Some history: cards, contacts, edits, log-ins, a deactivated user, a password reset.
        for (int i = 0; i < 5; ++i)
            m_customers.push_back(createCustomer(*m_rep1aSession));
        ContactRepository contacts(*m_rep1aSession);
        core::Contact c;
        c.customerId = m_customers.front().id;
        c.name = QStringLiteral("欧阳明远");
        c.phone = QStringLiteral("13912345678");
        m_contact = must(contacts.create(c), "create a contact");
        m_contact.phone = QStringLiteral("13987654321");
        m_contact = must(contacts.update(m_contact), "edit the contact");
        must(UserRepository::login(*m_db, QStringLiteral("rep1b"), QLatin1String(kPassword)), "log in");
        if (!UserRepository::setActive(*m_adminSession, m_rep2.id, false))
            throw std::runtime_error("cannot deactivate rep2");
        if (!UserRepository::setPassword(*m_adminSession, m_rep1b.id, QStringLiteral("another-pass-1")))
            throw std::runtime_error("cannot reset a password");
    }

    QStringList tampering()
    {
        auto found = AuditChainCheck::run(*m_db);
        EXPECT_TRUE(found) << found.error().toString().toStdString();
        return found ? *found : QStringList{QStringLiteral("(check failed)")};
    }

    qint64 lastAuditId() { return scalar("SELECT max(id) FROM audit_log"); }

    std::vector<core::Customer> m_customers;
    core::Contact m_contact;
};

TEST_F(AuditChainTest, AnOfficeWrittenOnlyByCardDeskChecksClean)
{
    EXPECT_GT(scalar("SELECT count(*) FROM audit_log"), 10);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE seal IS NULL"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE seal IS NULL"), 0);
    // Every user has a snapshot; rep2's last one says inactive.
    EXPECT_EQ(scalar("SELECT count(DISTINCT row_id) FROM audit_log WHERE action = 'user_state'"),
              scalar("SELECT count(*) FROM users"));
    EXPECT_EQ(QString::fromStdString(
                  db().sql()
                      .execAndGet("SELECT new_value FROM audit_log WHERE action = 'user_state' AND row_id = " +
                                  std::to_string(m_rep2.id) + " ORDER BY id DESC LIMIT 1")
                      .getString())
                  .contains(QLatin1String("active=0")),
              true);
    EXPECT_EQ(tampering(), QStringList());
    auto all = m_db->check();
    ASSERT_TRUE(all);
    EXPECT_EQ(*all, QStringList());
}

TEST_F(AuditChainTest, AnErasureKeepsTheChainWholeAndLeavesNoKeyToTheValues)
{
    const qint64 rowsOfContact = scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND row_id = " +
                                        std::to_string(m_contact.id));
    ASSERT_GT(rowsOfContact, 0);
    ASSERT_TRUE(ContactErasure(*m_adminSession).erase(m_contact.id));
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND row_id = " +
                     std::to_string(m_contact.id) +
                     " AND action <> 'erase' AND value_key IS NULL AND "
                     "length(value_mac) = 32"),
              rowsOfContact);
    EXPECT_EQ(tampering(), QStringList());

    // Blanking a value with another tool, as the erasure does but with no erasure recorded, is seen.
    OutsideTool tool(m_path);
    const qint64 victim = scalar("SELECT min(id) FROM audit_log WHERE table_name = 'customers' AND new_value IS NOT "
                                 "NULL");
    tool.pastTheGuards("UPDATE audit_log SET new_value = '(erased)', value_mac = zeroblob(32), value_key = NULL "
                       "WHERE id = " +
                       std::to_string(victim));
    const QStringList found = tampering();
    ASSERT_EQ(found.size(), 1) << found.join('\n').toStdString();
    EXPECT_TRUE(found.front().contains(QStringLiteral("first bad row is %1").arg(victim)))
        << found.front().toStdString();
}

TEST_F(AuditChainTest, ARoleChangedWithSqliteIsReported)
{
    // Issue #17: `sqlite3 office.db "UPDATE users SET role='admin',area_id=NULL WHERE username='rep01'"` left no
    // trace and `check` said ok.
    OutsideTool(m_path).exec("UPDATE users SET role = 'admin', area_id = NULL WHERE username = 'rep1a'");
    const QStringList found = tampering();
    ASSERT_EQ(found.size(), 1) << found.join('\n').toStdString();
    EXPECT_TRUE(found.front().contains(QLatin1String("user rep1a")));
    EXPECT_TRUE(found.front().contains(QLatin1String("role=admin area=none")));
    EXPECT_TRUE(found.front().contains(QStringLiteral("role=rep area=%1").arg(m_area1.id)))
        << found.front().toStdString();
    EXPECT_TRUE(found.front().contains(QLatin1String("changed outside CardDesk")));

    // So is a deactivated user made active again, and a password hash copied from another user.
    OutsideTool(m_path).exec("UPDATE users SET role = 'rep', area_id = " + std::to_string(m_area1.id) +
                             " WHERE username = 'rep1a'");
    EXPECT_EQ(tampering(), QStringList());
    OutsideTool(m_path).exec("UPDATE users SET active = 1 WHERE username = 'rep2'");
    EXPECT_EQ(tampering().size(), 1);
    OutsideTool(m_path).exec("UPDATE users SET active = 0 WHERE username = 'rep2'");
    OutsideTool(m_path).exec(
        "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE username = 'rep1a') "
        "WHERE username = 'admin'");
    const QStringList hash = tampering();
    ASSERT_EQ(hash.size(), 1);
    EXPECT_TRUE(hash.front().contains(QLatin1String("user admin"))) << hash.front().toStdString();
}

TEST_F(AuditChainTest, AUserAddedWithSqliteIsReported)
{
    OutsideTool(m_path).exec("INSERT INTO users (username, role, password_hash, created_at) VALUES ('mallory', "
                             "'admin', 'x', '2026-01-01T00:00:00Z')");
    const QStringList found = tampering();
    ASSERT_EQ(found.size(), 1) << found.join('\n').toStdString();
    EXPECT_TRUE(found.front().contains(QLatin1String("user mallory"))) << found.front().toStdString();
    EXPECT_TRUE(found.front().contains(QLatin1String("no snapshot")));
}

TEST_F(AuditChainTest, ADroppedOrChangedGuardTriggerIsReported)
{
    OutsideTool tool(m_path);
    tool.exec("DROP TRIGGER audit_log_no_delete");
    QStringList found = tampering();
    ASSERT_EQ(found.size(), 1) << found.join('\n').toStdString();
    EXPECT_TRUE(found.front().contains(QLatin1String("audit_log_no_delete is missing")));

    // Put back with a different body: refuses nothing.
    tool.exec("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT RAISE(ABORT, "
              "'audit_log is append-only'); END");
    found = tampering();
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.front().contains(QLatin1String("audit_log_no_delete is not as CardDesk creates it")));

    // An extra trigger that would swallow CardDesk's audit rows.
    tool.exec("DROP TRIGGER audit_log_no_delete");
    tool.exec("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
              "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END");
    EXPECT_EQ(tampering(), QStringList()); // the same text, white space aside
    tool.exec("CREATE TRIGGER quiet BEFORE INSERT ON audit_log WHEN new.user_id = 3 BEGIN SELECT RAISE(IGNORE); END");
    found = tampering();
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.front().contains(QLatin1String("trigger quiet on audit_log is not CardDesk's")));
}

TEST_F(AuditChainTest, AnEditedAuditRowIsReportedAsTheFirstBadRow)
{
    const qint64 edited = lastAuditId() - 3;
    OutsideTool(m_path).pastTheGuards("UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE id = " +
                                      std::to_string(edited));
    const QStringList found = tampering();
    ASSERT_EQ(found.size(), 1) << found.join('\n').toStdString();
    EXPECT_TRUE(found.front().contains(QStringLiteral("audit_log changed outside CardDesk: the first bad row is %1 "
                                                      "(row %1 does not match its seal")
                                           .arg(edited)))
        << found.front().toStdString();
    EXPECT_TRUE(found.front().contains(QLatin1String("restore"))); // what to do
}

TEST_F(AuditChainTest, ADeletedAuditRowIsReportedAtTheRowAfterIt)
{
    const qint64 removed = lastAuditId() - 5;
    OutsideTool(m_path).pastTheGuards("DELETE FROM audit_log WHERE id = " + std::to_string(removed));
    const QStringList found = tampering();
    ASSERT_EQ(found.size(), 1) << found.join('\n').toStdString();
    EXPECT_TRUE(found.front().contains(QStringLiteral("the first bad row is %1").arg(removed + 1)))
        << found.front().toStdString();
}

TEST_F(AuditChainTest, TheLastRowsDeletedAreReported)
{
    const qint64 last = lastAuditId();
    OutsideTool(m_path).pastTheGuards("DELETE FROM audit_log WHERE id >= " + std::to_string(last - 1));
    const QStringList found = tampering();
    // The last rows were rep1b's password reset and its snapshot: the user now differs from the chain's last
    // snapshot of them, reported too.
    ASSERT_EQ(found.size(), 2) << found.join('\n').toStdString();
    EXPECT_TRUE(found.at(1).contains(QLatin1String("user rep1b"))) << found.at(1).toStdString();
    EXPECT_TRUE(found.front().contains(QStringLiteral("the first bad row is %1").arg(last - 1)))
        << found.front().toStdString();
    EXPECT_TRUE(found.front().contains(QLatin1String("deleted outside CardDesk")));
}

TEST_F(AuditChainTest, AnInsertedAuditOrAccessRowIsReported)
{
    OutsideTool tool(m_path);
    tool.exec("INSERT INTO audit_log (at, user_id, action, table_name, row_id, field, old_value, new_value) VALUES "
              "('2026-01-01T00:00:00Z', 1, 'update', 'customers', 1, 'owner_id', '4', '5')");
    const qint64 inserted = lastAuditId();
    QStringList found = tampering();
    ASSERT_EQ(found.size(), 1) << found.join('\n').toStdString();
    EXPECT_TRUE(found.front().contains(
        QStringLiteral("the first bad row is %1 (row %1 has no seal: inserted outside CardDesk)").arg(inserted)))
        << found.front().toStdString();

    // CardDesk's next write does not take the foreign row into its chain.
    createCustomer(*m_rep1aSession);
    found = tampering();
    ASSERT_EQ(found.size(), 1) << found.join('\n').toStdString();
    EXPECT_TRUE(found.front().contains(QStringLiteral("the first bad row is %1").arg(inserted)));

    tool.exec("INSERT INTO access_log (at, user_id, action, detail) VALUES ('2026-01-01T00:00:00Z', 1, 'login', '')");
    found = tampering();
    ASSERT_EQ(found.size(), 2) << found.join('\n').toStdString();
    EXPECT_TRUE(found.at(1).startsWith(QLatin1String("audit chain: access_log changed outside CardDesk")));
}

// Two processes logging at once: each write reads the chain head inside its own BEGIN IMMEDIATE transaction.
TEST_F(AuditChainTest, TwoProcessesWritingAtOnceExtendOneChain)
{
    constexpr int kWrites = 60;
    m_db.reset();
    int go[2];
    ASSERT_EQ(pipe(go), 0);
    std::vector<pid_t> children;
    for (int writer = 0; writer < 2; ++writer) {
        const pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            char byte = 0;
            if (read(go[0], &byte, 1) != 1)
                _exit(2);
            auto db = Database::open(m_path);
            if (!db)
                _exit(3);
            int failed = 0;
            for (int i = 0; i < kWrites; ++i) {
                auto status = (*db)->write([&]() -> core::Status {
                    AuditTrail::recordChange(**db, 1, QStringLiteral("update"), QStringLiteral("customers"), 1, 1,
                                             QStringLiteral("notes"), QString::number(i), QString::number(i + 1));
                    AuditTrail::recordAccess(**db, 1, 1, QStringLiteral("open"));
                    return {};
                });
                failed += status ? 0 : 1;
                usleep(500);
            }
            db->reset();
            _exit(failed == 0 ? 0 : 1);
        }
        children.push_back(pid);
    }
    const char bytes[2] = {1, 1};
    ASSERT_EQ(write(go[1], bytes, 2), 2);
    for (pid_t pid : children) {
        int status = 0;
        ASSERT_EQ(waitpid(pid, &status, 0), pid);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    m_db = must(Database::open(m_path), "open again");
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'customers' AND field = 'notes'"), 2 * kWrites);
    EXPECT_EQ(tampering(), QStringList());
}

TEST_F(DatabaseFileTest, TheMigrationToV22SealsTheRowsWrittenBefore)
{
    {
        Database::Options options;
        options.targetVersion = 21;
        auto v21 = openOrFail(options);
        ASSERT_EQ(v21->schemaVersion(), 21);
        v21->sql().exec("INSERT INTO users (username, role, password_hash, created_at) VALUES ('admin', 'admin', "
                        "'h', '2025-01-01T00:00:00Z')");
        v21->sql().exec("INSERT INTO audit_log (at, user_id, action, table_name, row_id, field, old_value, new_value) "
                        "VALUES ('2025-01-02T00:00:00Z', 1, 'update', 'customers', 7, 'name', 'a', 'b')");
        v21->sql().exec("INSERT INTO access_log (at, user_id, action) VALUES ('2025-01-02T00:00:00Z', 1, 'login')");
    }
    auto db = openOrFail();
    // Brought up to the latest version (v23 and later steps do not touch the trails).
    ASSERT_EQ(db->schemaVersion(), latestSchemaVersion());
    ASSERT_GE(latestSchemaVersion(), 22);
    EXPECT_EQ(db->sql().execAndGet("SELECT count(*) FROM audit_log WHERE seal IS NULL").getInt(), 0);
    EXPECT_EQ(db->sql().execAndGet("SELECT count(*) FROM audit_log WHERE action = 'user_state'").getInt(), 1);
    auto found = AuditChainCheck::run(*db);
    ASSERT_TRUE(found);
    EXPECT_EQ(*found, QStringList());
}

} // namespace carddesk::storage::test
