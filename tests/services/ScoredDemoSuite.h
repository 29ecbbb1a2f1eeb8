#pragma once

#include "io/DemoOfficeGenerator.h"
#include "services/ScoringService.h"
#include "storage/access/PasswordHasher.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/repositories/UserRepository.h"

#include <QDate>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <stdexcept>

namespace carddesk::services::test {

// A demo office of `Customers` customers, generated and scored as of today once per test suite and shared by its
// tests, which read it (the rules of the agenda and the visit suggestions are checked against it).
template <int Customers> class ScoredDemoSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        storage::PasswordHasher::setCost(storage::PasswordHasher::Cost::Minimum);
        s_dir = new QTemporaryDir;
        auto db = storage::Database::open(s_dir->filePath(QStringLiteral("office.db")));
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        s_db = std::move(db).value().release();
        io::DemoOptions options;
        options.customers = Customers;
        options.today = QDate::currentDate();
        auto summary = io::DemoOfficeGenerator::generate(*s_db, options, nullptr);
        ASSERT_TRUE(summary) << summary.error().toString().toStdString();
        storage::Session admin = session(QStringLiteral("admin"), "admin1234");
        auto scored = ScoringService::score(admin, QDate::currentDate());
        ASSERT_TRUE(scored) << scored.error().toString().toStdString();
    }

    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_dir;
    }

    // The user's session; the demo's reps and managers have the password demo1234.
    static storage::Session session(const QString& user, const char* password = "demo1234")
    {
        auto logged = storage::UserRepository::login(*s_db, user, QString::fromLatin1(password));
        if (!logged)
            throw std::runtime_error(logged.error().toString().toStdString());
        return storage::Session(*s_db, *logged);
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline storage::Database* s_db = nullptr;
};

} // namespace carddesk::services::test
