#include "FuzzOffice.h"

#include "core/Area.h"
#include "core/Customer.h"
#include "storage/access/PasswordHasher.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace carddesk::fuzz {
namespace {

template <typename T> T must(core::Result<T> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "fuzz office: cannot %s: %s\n", what, qPrintable(result.error().toString()));
        std::abort();
    }
    return std::move(result).value();
}

} // namespace

FuzzOffice& FuzzOffice::instance()
{
    static FuzzOffice office;
    return office;
}

FuzzOffice::FuzzOffice()
{
    storage::PasswordHasher::setCost(storage::PasswordHasher::Cost::Minimum);
    m_db = must(storage::Database::open(m_dir.filePath(QStringLiteral("office.carddesk"))), "open the office");
    const QString password = QStringLiteral("fuzz-password");
    auto admin = must(storage::UserRepository::createFirstAdmin(*m_db, QStringLiteral("admin"), password), "admin");
    storage::Session adminSession(*m_db, admin);
    core::Area area;
    area.name = QStringLiteral("华东区");
    area = must(storage::UserRepository::createArea(adminSession, area), "create an area");
    auto user = [&](const QString& name, core::Role role) {
        core::User u;
        u.username = name;
        u.role = role;
        u.areaId = area.id;
        return must(storage::UserRepository::create(adminSession, u, password), "create a user");
    };
    m_manager = std::make_unique<storage::Session>(*m_db, user(QStringLiteral("manager"), core::Role::Manager));
    m_rep = std::make_unique<storage::Session>(*m_db, user(QStringLiteral("rep"), core::Role::Rep));
    const char* const names[] = {"杭州诚远食品有限公司", "上海华联超市", "Zhang Wei Trading", "北京科技有限公司"};
    const char* const phones[] = {"13812345678", "021-64381234", "+86 139 1234 5678", ""};
    for (int i = 0; i < 4; ++i) {
        core::Customer customer;
        customer.name = QString::fromUtf8(names[i]);
        customer.phone = QString::fromUtf8(phones[i]);
        must(storage::CustomerRepository(*m_rep).create(customer), "create a customer");
    }
}

QString FuzzOffice::scratchFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz office: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

} // namespace carddesk::fuzz
