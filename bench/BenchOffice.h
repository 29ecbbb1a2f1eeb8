#pragma once

#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/repositories/UserRepository.h"

#include <QString>

#include <cstdio>
#include <memory>

// An existing office file opened for a benchmark, with a user logged in. No start-up quick_check: it takes minutes at
// a million customers and is not what is measured. A failure is printed; ok() says whether to go on.
class BenchOffice
{
public:
    BenchOffice(const QString& path, const QString& user, const QString& password)
    {
        carddesk::storage::Database::Options options;
        options.create = false;
        options.quickCheck = false;
        auto db = carddesk::storage::Database::open(path, options);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
            return;
        }
        m_db = std::move(*db);
        auto login = carddesk::storage::UserRepository::login(*m_db, user, password);
        if (!login) {
            std::fprintf(stderr, "log-in failed: %s\n", qPrintable(login.error().toString()));
            return;
        }
        m_session = std::make_unique<carddesk::storage::Session>(*m_db, *login);
    }

    bool ok() const { return m_session != nullptr; }
    carddesk::storage::Database& db() { return *m_db; }
    carddesk::storage::Session& session() { return *m_session; }
    const carddesk::core::User& user() const { return m_session->user(); }

private:
    std::unique_ptr<carddesk::storage::Database> m_db;
    std::unique_ptr<carddesk::storage::Session> m_session;
};
