#pragma once

#include "core/User.h"
#include "storage/db/Database.h"

namespace carddesk::storage {

// A logged-in user on an open database. Every repository takes one, and scopes every query to what this
// user's role may see (deny by default). The Database must outlive the Session.
class Session
{
public:
    Session(Database& db, core::User user) : m_db(&db), m_user(std::move(user)) {}

    Database& db() const { return *m_db; }
    const core::User& user() const { return m_user; }
    qint64 userId() const { return m_user.id; }
    bool isAdmin() const { return m_user.role == core::Role::Admin; }
    bool isManager() const { return m_user.role == core::Role::Manager; }

private:
    Database* m_db;
    core::User m_user;
};

} // namespace carddesk::storage
