#include "services/OfficeSetup.h"

#include "storage/access/PasswordHasher.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/repositories/SettingsRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <functional>

#include <gtest/gtest.h>

using namespace carddesk;
using services::OfficeSetup;
using Problem = services::OfficeSetup::Problem;

namespace {

class OfficeSetupTest : public ::testing::Test
{
protected:
    void SetUp() override { storage::PasswordHasher::setCost(storage::PasswordHasher::Cost::Minimum); }

    OfficeSetup::Request request() const
    {
        OfficeSetup::Request r;
        r.officeName = QStringLiteral("上海办事处");
        r.areas = {QStringLiteral("华东区"), QStringLiteral("华北区")};
        r.adminName = QStringLiteral("boss");
        r.adminDisplayName = QStringLiteral("王经理");
        r.password = QStringLiteral("good-password");
        r.folder = m_dir.path();
        return r;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(OfficeSetupTest, CreatesTheOfficeWithItsNameAreasAndAdmin)
{
    auto created = OfficeSetup::create(request());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(*created, m_dir.filePath(QStringLiteral("上海办事处.db")));
    // Only the finished file is left: no temporary name, no WAL.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("上海办事处.db")});

    auto db = storage::Database::open(*created);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(storage::SettingsRepository::value(**db, OfficeSetup::OfficeNameKey), QStringLiteral("上海办事处"));
    auto admin = storage::UserRepository::login(**db, QStringLiteral("boss"), QStringLiteral("good-password"));
    ASSERT_TRUE(admin.ok());
    EXPECT_EQ(admin->role, core::Role::Admin);
    EXPECT_EQ(admin->displayName, QStringLiteral("王经理"));
    storage::Session session(**db, *admin);
    auto areas = storage::UserRepository::areas(session);
    ASSERT_TRUE(areas.ok());
    QStringList names;
    for (const core::Area& area : *areas)
        names << area.name;
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("华东区"), QStringLiteral("华北区")}));
}

TEST_F(OfficeSetupTest, EachRuleIsCheckedAndNothingIsCreated)
{
    struct Case
    {
        std::function<void(OfficeSetup::Request&)> change;
        Problem problem;
    };
    const Case cases[] = {
        {[](auto& r) { r.officeName = QStringLiteral("  "); }, Problem::OfficeNameMissing},
        {[](auto& r) { r.areas << QString(); }, Problem::AreaNameMissing},
        {[](auto& r) { r.areas << QStringLiteral(" 华东区 "); }, Problem::AreaNameRepeated},
        {[](auto& r) { r.adminName.clear(); }, Problem::AdminNameMissing},
        {[](auto& r) { r.password = QStringLiteral("1234567"); }, Problem::PasswordTooShort},
        {[](auto& r) { r.adminName = r.password = QStringLiteral("administrator"); }, Problem::PasswordIsUserName},
        {[](auto& r) { r.password = QStringLiteral("BOSSBOSS"), r.adminName = QStringLiteral("bossboss"); },
         Problem::PasswordIsUserName},
        {[this](auto& r) { r.folder = m_dir.filePath(QStringLiteral("nowhere")); }, Problem::FolderMissing},
        {[](auto& r) { r.folder = QStringLiteral("//fileserver/share/crm"); }, Problem::NetworkFolder},
        {[](auto& r) { r.folder = QStringLiteral("smb://fileserver/share"); }, Problem::NetworkFolder},
    };
    for (const Case& c : cases) {
        OfficeSetup::Request r = request();
        c.change(r);
        const auto problem = OfficeSetup::check(r);
        ASSERT_TRUE(problem.has_value());
        EXPECT_EQ(*problem, c.problem);
        auto created = OfficeSetup::create(r);
        ASSERT_FALSE(created.ok());
        EXPECT_EQ(created.error().field, OfficeSetup::fieldOf(c.problem));
        EXPECT_FALSE(created.error().message.isEmpty());
    }
    EXPECT_TRUE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    EXPECT_FALSE(OfficeSetup::check(request()).has_value());
}

TEST_F(OfficeSetupTest, NeverOverwritesAnExistingFile)
{
    const QString path = m_dir.filePath(QStringLiteral("上海办事处.db"));
    QFile existing(path);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("someone else's file");
    existing.close();
    EXPECT_EQ(OfficeSetup::check(request()), Problem::FileExists);
    auto created = OfficeSetup::create(request());
    ASSERT_FALSE(created.ok());
    EXPECT_TRUE(created.error().message.contains(QLatin1String("already exists")));
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), QByteArray("someone else's file"));
}

TEST_F(OfficeSetupTest, AnOfficeNameIsAFileNameWithoutSlashes)
{
    OfficeSetup::Request r = request();
    r.officeName = QStringLiteral("../Nord/Süd");
    EXPECT_EQ(OfficeSetup::targetPath(r), m_dir.filePath(QStringLiteral("-Nord-Süd.db")));
    r.filePath = m_dir.filePath(QStringLiteral("given.carddesk"));
    EXPECT_EQ(OfficeSetup::targetPath(r), r.filePath);
}
