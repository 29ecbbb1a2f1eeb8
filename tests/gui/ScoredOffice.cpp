#include "ScoredOffice.h"

#include "io/DemoOfficeGenerator.h"
#include "storage/repositories/UserRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

using namespace carddesk;

ScoredOffice::ScoredOffice(bool score, qint64 customers)
{
    auto db = storage::Database::open(path());
    if (!db.ok()) {
        ADD_FAILURE() << db.error().toString().toStdString();
        std::abort();
    }
    m_db = std::move(*db);
    io::DemoOptions options;
    options.customers = customers;
    options.seed = 7;
    options.today = QDate::currentDate();
    auto summary = io::DemoOfficeGenerator::generate(*m_db, options, nullptr);
    if (!summary.ok()) {
        ADD_FAILURE() << summary.error().toString().toStdString();
        std::abort();
    }
    auto admin =
        storage::UserRepository::login(*m_db, QStringLiteral("admin"), io::DemoOfficeGenerator::adminPassword());
    if (!admin.ok()) {
        ADD_FAILURE() << admin.error().toString().toStdString();
        std::abort();
    }
    m_admin = std::make_unique<storage::Session>(*m_db, *admin);
    SQLite::Statement q(m_db->sql(), "SELECT id FROM customers ORDER BY id");
    while (q.executeStep())
        m_ids.push_back(q.getColumn(0).getInt64());
    if (score) {
        auto report = services::ScoringService::score(*m_admin, QDate::currentDate());
        if (!report.ok()) {
            ADD_FAILURE() << report.error().toString().toStdString();
            std::abort();
        }
        m_report = std::move(*report);
    }
}

qint64 ScoredOffice::scalar(const char* sql)
{
    return m_db->sql().execAndGet(sql).getInt64();
}

void ScoredOffice::exec(const char* sql)
{
    m_db->sql().exec(sql);
}
