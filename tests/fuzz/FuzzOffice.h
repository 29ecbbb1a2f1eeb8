#pragma once

#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace carddesk::fuzz {

// The office the fuzz targets that need one read from (an import's plan, a search): made once per process in a
// temporary folder, with a manager, a rep and a few customers, and never written to by a target, so every input
// meets the same office. Also gives the targets that read files a scratch file in that folder.
class FuzzOffice
{
public:
    static FuzzOffice& instance();

    storage::Session& manager() { return *m_manager; }
    storage::Session& rep() { return *m_rep; }
    // `bytes` written to `name` in the office's folder; its path.
    QString scratchFile(const QString& name, const QByteArray& bytes);

private:
    FuzzOffice();

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::Session> m_manager;
    std::unique_ptr<storage::Session> m_rep;
};

} // namespace carddesk::fuzz
