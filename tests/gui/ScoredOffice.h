#pragma once

#include "services/ScoringService.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

// The demo office (io::DemoOfficeGenerator, fixed seed) in a temporary database, logged in as its admin and,
// unless asked otherwise, scored as of today: the report is what the GUI's numbers are checked against.
class ScoredOffice
{
public:
    explicit ScoredOffice(bool score = true, qint64 customers = 300);

    carddesk::storage::Database& db() { return *m_db; }
    carddesk::storage::Session& admin() { return *m_admin; }
    QString path() const { return m_dir.filePath(QStringLiteral("demo.db")); }
    const carddesk::services::ScoringReport& report() const { return *m_report; }
    // Customer ids in the order the report indexes them (ascending).
    const std::vector<qint64>& ids() const { return m_ids; }
    qint64 scalar(const char* sql);
    void exec(const char* sql);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<carddesk::storage::Database> m_db;
    std::unique_ptr<carddesk::storage::Session> m_admin;
    std::optional<carddesk::services::ScoringReport> m_report;
    std::vector<qint64> m_ids;
};
