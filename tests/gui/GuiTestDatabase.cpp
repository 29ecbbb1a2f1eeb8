#include "GuiTestDatabase.h"

#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <gtest/gtest.h>

using namespace carddesk;

namespace {
template <typename T> T require(core::Result<T> result)
{
    if (!result.ok()) {
        ADD_FAILURE() << result.error().toString().toStdString();
        std::abort();
    }
    return std::move(result).value();
}
} // namespace

GuiTestDatabase::GuiTestDatabase()
{
    m_db = require(storage::Database::open(path()));
    const QString password = QString::fromLatin1(Password);
    core::User admin = require(storage::UserRepository::createFirstAdmin(*m_db, QStringLiteral("admin"), password,
                                                                         QStringLiteral("Administrator")));
    m_admin = std::make_unique<storage::Session>(*m_db, admin);
    core::Area area;
    area.name = QStringLiteral("华东区");
    area.region = QStringLiteral("East");
    areaId = require(storage::UserRepository::createArea(*m_admin, area)).id;

    auto makeUser = [&](const QString& name, const QString& display, core::Role role) {
        core::User user;
        user.username = name;
        user.displayName = display;
        user.role = role;
        user.areaId = areaId;
        return require(storage::UserRepository::create(*m_admin, user, password));
    };
    m_manager = std::make_unique<storage::Session>(
        *m_db, makeUser(QStringLiteral("wang"), QStringLiteral("王经理"), core::Role::Manager));
    m_rep1 = std::make_unique<storage::Session>(
        *m_db, makeUser(QStringLiteral("zhang"), QStringLiteral("张伟"), core::Role::Rep));
    m_rep2 = std::make_unique<storage::Session>(
        *m_db, makeUser(QStringLiteral("li"), QStringLiteral("李娜"), core::Role::Rep));

    huaLianId = addCustomer(*m_rep1, QStringLiteral("上海华联商贸有限公司"), QStringLiteral("current"), true).id;
    addCustomer(*m_rep1, QStringLiteral("北京京东方贸易公司"), QStringLiteral("potential"));
    addCustomer(*m_rep1, QStringLiteral("杭州西湖茶叶有限公司"), QStringLiteral("lost"));
    addCustomer(*m_rep2, QStringLiteral("深圳南山电子有限公司"));
    addCustomer(*m_rep2, QStringLiteral("苏州园林设计院"), QStringLiteral("potential"));

    storage::ContactRepository contacts(*m_rep1);
    core::Contact contact;
    contact.customerId = huaLianId;
    contact.name = QStringLiteral("陈静");
    contact.title = QStringLiteral("采购经理");
    contact.mobile = QStringLiteral("138 0013 8000");
    contact.email = QStringLiteral("chen.jing@hualian.example.com");
    contact.isPrimary = true;
    require(contacts.create(contact));
}

core::Customer GuiTestDatabase::addCustomer(storage::Session& owner, const QString& name, const QString& status,
                                            bool isKey)
{
    storage::CustomerRepository repository(owner);
    core::Customer customer;
    customer.name = name;
    customer.status = status;
    customer.isKey = isKey;
    customer.areaId = areaId;
    customer.region = QStringLiteral("上海");
    customer.phone = QStringLiteral("021-6234 5678");
    customer.industry = QStringLiteral("零售");
    return require(repository.create(customer));
}
