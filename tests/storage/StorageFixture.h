#pragma once

#include "core/Area.h"
#include "core/Customer.h"
#include "core/User.h"
#include "storage/access/PasswordHasher.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <memory>
#include <stdexcept>
#include <string>

namespace carddesk::storage::test {

// A temporary folder with the path of a database file not yet created, for tests of opening and migrating.
class DatabaseFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PasswordHasher::setCost(PasswordHasher::Cost::Minimum);
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("office.carddesk"));
    }

    std::unique_ptr<Database> openOrFail(const Database::Options& options = {})
    {
        auto db = Database::open(m_path, options);
        if (!db)
            throw std::runtime_error(db.error().toString().toStdString());
        return std::move(db).value();
    }

    QTemporaryDir m_dir;
    QString m_path;
};

// A fresh office database per test, in a temporary folder:
//   admin
//   area 1: manager1, rep1a, rep1b
//   area 2: manager2, rep2
// with one Session per user. Set-up failures throw, which gtest reports as a failed test.
class StorageFixture : public ::testing::Test
{
protected:
    static constexpr const char* kPassword = "password123";

    void SetUp() override
    {
        PasswordHasher::setCost(PasswordHasher::Cost::Minimum);
        if (!m_dir.isValid())
            throw std::runtime_error("cannot create a temporary folder");
        m_path = m_dir.filePath(QStringLiteral("office.carddesk"));
        m_db = must(Database::open(m_path), "open the database");

        m_admin = must(UserRepository::createFirstAdmin(*m_db, QStringLiteral("admin"), QLatin1String(kPassword)),
                       "create the first admin");
        m_adminSession = std::make_unique<Session>(*m_db, m_admin);

        m_area1 = must(UserRepository::createArea(*m_adminSession, area(QStringLiteral("华东区"))), "create area 1");
        m_area2 = must(UserRepository::createArea(*m_adminSession, area(QStringLiteral("华南区"))), "create area 2");

        m_manager1 = addUser(QStringLiteral("manager1"), core::Role::Manager, m_area1.id);
        m_manager2 = addUser(QStringLiteral("manager2"), core::Role::Manager, m_area2.id);
        m_rep1a = addUser(QStringLiteral("rep1a"), core::Role::Rep, m_area1.id);
        m_rep1b = addUser(QStringLiteral("rep1b"), core::Role::Rep, m_area1.id);
        m_rep2 = addUser(QStringLiteral("rep2"), core::Role::Rep, m_area2.id);

        m_manager1Session = std::make_unique<Session>(*m_db, m_manager1);
        m_manager2Session = std::make_unique<Session>(*m_db, m_manager2);
        m_rep1aSession = std::make_unique<Session>(*m_db, m_rep1a);
        m_rep1bSession = std::make_unique<Session>(*m_db, m_rep1b);
        m_rep2Session = std::make_unique<Session>(*m_db, m_rep2);
    }

    // Creates a customer through the rep's own session, so the rep owns it and it lies in the rep's area.
    core::Customer createCustomer(Session& repSession, const QString& name = {})
    {
        core::Customer customer;
        customer.name = name.isEmpty() ? QStringLiteral("客户 %1").arg(++m_customerSerial) : name;
        CustomerRepository repo(repSession);
        return must(repo.create(customer), "create a customer");
    }

    // The names the customer list's search finds for `text` in the session's scope; the list's count must agree.
    QStringList searchNames(Session& session, const QString& text)
    {
        CustomerListQueries customers(session);
        CustomerQuery query;
        query.search = text;
        auto rows = customers.list(query);
        if (!rows) {
            ADD_FAILURE() << "search '" << text.toStdString() << "' failed: " << rows.error().toString().toStdString();
            return {};
        }
        auto counted = customers.count(query);
        EXPECT_TRUE(counted);
        if (counted) {
            EXPECT_EQ(*counted, static_cast<qint64>(rows->size())) << text.toStdString();
        }
        QStringList names;
        for (const CustomerListRow& row : *rows)
            names << row.name;
        return names;
    }

    // Closes the fixture's connection and every session on it, as a restore or a reopening needs.
    void closeDatabase()
    {
        m_adminSession.reset();
        m_manager1Session.reset();
        m_manager2Session.reset();
        m_rep1aSession.reset();
        m_rep1bSession.reset();
        m_rep2Session.reset();
        m_db.reset();
    }

    // One value from the database, for assertions on rows the repositories do not expose.
    qint64 scalar(const std::string& sql) { return m_db->sql().execAndGet(sql).getInt64(); }

    Database& db() { return *m_db; }

    // Work of `userId` on a customer, open and done: a complaint in progress and a closed one, a visit planned and a
    // done one (what follows a customer to another rep, and what keeps who did it).
    void addOpenAndDoneWork(qint64 customerId, qint64 userId)
    {
        const std::string c = std::to_string(customerId);
        const std::string u = std::to_string(userId);
        auto& sql = m_db->sql();
        sql.exec("INSERT INTO complaints (customer_id, received_at, owner_id, deadline, status) VALUES (" + c +
                 ", '2024-05-01T09:00:00Z', " + u + ", '2024-05-08', 'in_progress')");
        sql.exec("INSERT INTO complaints (customer_id, received_at, owner_id, deadline, status) VALUES (" + c +
                 ", '2024-04-01T09:00:00Z', " + u + ", '2024-04-08', 'closed')");
        sql.exec("INSERT INTO visits (customer_id, user_id, planned_date, status) VALUES (" + c + ", " + u +
                 ", '2099-01-10', 'planned')");
        sql.exec("INSERT INTO visits (customer_id, user_id, planned_date, status, done_at) VALUES (" + c + ", " + u +
                 ", '2024-03-10', 'done', '2024-03-10T15:00:00Z')");
    }

    // A second connection to the test's file, as another window or process would have.
    core::Result<std::unique_ptr<Database>> openAgain() const
    {
        Database::Options options;
        options.create = false;
        return Database::open(m_path, options);
    }

    template <typename T> static T must(core::Result<T> result, const char* what)
    {
        if (!result)
            throw std::runtime_error(std::string("cannot ") + what + ": " + result.error().toString().toStdString());
        return std::move(result).value();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;

    core::User m_admin;
    core::Area m_area1;
    core::Area m_area2;
    core::User m_manager1;
    core::User m_manager2;
    core::User m_rep1a;
    core::User m_rep1b;
    core::User m_rep2;

    std::unique_ptr<Session> m_adminSession;
    std::unique_ptr<Session> m_manager1Session;
    std::unique_ptr<Session> m_manager2Session;
    std::unique_ptr<Session> m_rep1aSession;
    std::unique_ptr<Session> m_rep1bSession;
    std::unique_ptr<Session> m_rep2Session;

private:
    static core::Area area(const QString& name)
    {
        core::Area a;
        a.name = name;
        return a;
    }

    core::User addUser(const QString& username, core::Role role, qint64 areaId)
    {
        core::User user;
        user.username = username;
        user.role = role;
        user.areaId = areaId;
        return must(UserRepository::create(*m_adminSession, user, QLatin1String(kPassword)), "create a user");
    }

    int m_customerSerial = 0;
};

} // namespace carddesk::storage::test
