#pragma once

#include "core/Customer.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QTemporaryDir>

#include <memory>

// A small office in a temporary database: an admin, one area with a manager and two reps, a few customers
// (Chinese names, for the pinyin search) with contacts, all created through the repositories.
class GuiTestDatabase
{
public:
    static constexpr const char* Password = "secret-password";

    GuiTestDatabase();

    carddesk::storage::Database& db() { return *m_db; }
    carddesk::storage::Session& admin() { return *m_admin; }
    carddesk::storage::Session& manager() { return *m_manager; }
    carddesk::storage::Session& rep1() { return *m_rep1; }
    carddesk::storage::Session& rep2() { return *m_rep2; }
    QString path() const { return m_dir.filePath(QStringLiteral("office.db")); }

    // The customer 上海华联商贸有限公司 of rep1.
    qint64 huaLianId = 0;
    qint64 areaId = 0;

    carddesk::core::Customer addCustomer(carddesk::storage::Session& owner, const QString& name,
                                         const QString& status = QStringLiteral("current"), bool isKey = false);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<carddesk::storage::Database> m_db;
    std::unique_ptr<carddesk::storage::Session> m_admin;
    std::unique_ptr<carddesk::storage::Session> m_manager;
    std::unique_ptr<carddesk::storage::Session> m_rep1;
    std::unique_ptr<carddesk::storage::Session> m_rep2;
};
