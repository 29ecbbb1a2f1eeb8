#include "StorageFixture.h"

#include "services/UserAdministration.h"
#include "storage/access/PasswordHasher.h"
#include "storage/repositories/UserRepository.h"

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;
using services::UserAdministration;

class UserAdministrationTest : public StorageFixture
{
};

TEST_F(UserAdministrationTest, PasswordsNeedEightCharactersAndMustNotBeTheUserName)
{
    EXPECT_EQ(UserAdministration::checkPassword(QStringLiteral("rep1a"), QStringLiteral("short")).error().field,
              QStringLiteral("password"));
    auto same = UserAdministration::checkPassword(QStringLiteral("zhang.wei"), QStringLiteral("Zhang.Wei"));
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(UserAdministration::checkPassword(QStringLiteral("zhang.wei"), QStringLiteral("spring-orders")).ok());

    core::User user;
    user.username = QStringLiteral("li.na");
    user.role = core::Role::Rep;
    user.areaId = m_area1.id;
    EXPECT_FALSE(UserAdministration::addUser(*m_adminSession, user, QStringLiteral("li.na")));
    EXPECT_EQ(scalar("SELECT count(*) FROM users WHERE username = 'li.na'"), 0);
    auto added = UserAdministration::addUser(*m_adminSession, user, QStringLiteral("a-good-password"));
    ASSERT_TRUE(added) << added.error().toString().toStdString();
    EXPECT_TRUE(UserRepository::login(db(), QStringLiteral("li.na"), QStringLiteral("a-good-password")));
}

TEST_F(UserAdministrationTest, ADeactivatedRepKeepsTheirCustomersWhichNeedAHandover)
{
    const auto first = createCustomer(*m_rep1aSession);
    createCustomer(*m_rep1aSession);
    auto left = UserAdministration::deactivate(*m_adminSession, m_rep1a.id);
    ASSERT_TRUE(left) << left.error().toString().toStdString();
    EXPECT_EQ(*left, 2);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE owner_id = " + std::to_string(m_rep1a.id)), 2);
    EXPECT_FALSE(UserRepository::login(db(), QStringLiteral("rep1a"), QLatin1String(kPassword)));

    auto overview = UserAdministration::overview(*m_adminSession);
    ASSERT_TRUE(overview);
    int needing = 0;
    for (const auto& row : overview->users) {
        if (row.user.id == m_rep1a.id) {
            EXPECT_TRUE(row.needsHandover);
            EXPECT_EQ(row.customers, 2);
            EXPECT_EQ(row.areaName, m_area1.name);
        }
        needing += row.needsHandover ? 1 : 0;
    }
    EXPECT_EQ(needing, 1);

    ASSERT_TRUE(UserAdministration::reactivate(*m_adminSession, m_rep1a.id).ok());
    EXPECT_TRUE(UserRepository::login(db(), QStringLiteral("rep1a"), QLatin1String(kPassword)));
    EXPECT_EQ(scalar("SELECT owner_id FROM customers WHERE id = " + std::to_string(first.id)), m_rep1a.id);
}

TEST_F(UserAdministrationTest, OnlyTheAdministratorAdministers)
{
    EXPECT_EQ(UserAdministration::deactivate(*m_manager1Session, m_rep1a.id).error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(UserAdministration::rename(*m_rep1aSession, m_rep1a.id, QStringLiteral("x")).error().code,
              ErrorCode::AccessDenied);
    EXPECT_EQ(UserAdministration::overview(*m_manager1Session).error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(UserAdministration::renameArea(*m_manager1Session, m_area1.id, QStringLiteral("东区")).error().code,
              ErrorCode::AccessDenied);
    EXPECT_EQ(scalar("SELECT count(*) FROM users WHERE active = 0"), 0);
}

TEST_F(UserAdministrationTest, RenamesAreAuditedAndAreaNamesStayUnique)
{
    ASSERT_TRUE(UserAdministration::rename(*m_adminSession, m_rep1a.id, QStringLiteral("张伟")).ok());
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'users' AND field = 'display_name' AND "
                     "new_value = '张伟'"),
              1);
    EXPECT_EQ(UserAdministration::rename(*m_adminSession, m_rep1a.id, QStringLiteral("  ")).error().field,
              QStringLiteral("display_name"));
    auto taken = UserAdministration::renameArea(*m_adminSession, m_area1.id, m_area2.name);
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().field, QStringLiteral("name"));
    ASSERT_TRUE(UserAdministration::renameArea(*m_adminSession, m_area1.id, QStringLiteral("华东一区")).ok());
    EXPECT_EQ(scalar("SELECT count(*) FROM areas WHERE name = '华东一区'"), 1);
}

TEST_F(UserAdministrationTest, ChangingOnesOwnPasswordNeedsTheCurrentOne)
{
    auto wrong = UserAdministration::changeOwnPassword(*m_rep1aSession, QStringLiteral("not-my-password"),
                                                       QStringLiteral("a-new-password"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().field, QStringLiteral("current_password"));
    ASSERT_TRUE(UserAdministration::changeOwnPassword(*m_rep1aSession, QLatin1String(kPassword),
                                                      QStringLiteral("a-new-password"))
                    .ok());
    EXPECT_FALSE(UserRepository::login(db(), QStringLiteral("rep1a"), QLatin1String(kPassword)));
    EXPECT_TRUE(UserRepository::login(db(), QStringLiteral("rep1a"), QStringLiteral("a-new-password")));
}

TEST_F(UserAdministrationTest, APasswordTheAdministratorResetMustBeReplacedAtTheNextLogIn)
{
    // Changing one's own password never asks for another change.
    ASSERT_TRUE(
        UserAdministration::changeOwnPassword(*m_rep1aSession, QLatin1String(kPassword), QStringLiteral("my-first-own"))
            .ok());
    auto own = UserRepository::login(db(), QStringLiteral("rep1a"), QStringLiteral("my-first-own"));
    ASSERT_TRUE(own);
    EXPECT_FALSE(own->mustChangePassword);
    EXPECT_EQ(UserAdministration::replaceResetPassword(*m_rep1aSession, QStringLiteral("another-own")).error().code,
              ErrorCode::AccessDenied);

    ASSERT_TRUE(UserAdministration::resetPassword(*m_adminSession, m_rep1a.id, QStringLiteral("temporary-123")).ok());
    auto reset = UserRepository::login(db(), QStringLiteral("rep1a"), QStringLiteral("temporary-123"));
    ASSERT_TRUE(reset);
    EXPECT_TRUE(reset->mustChangePassword);
    Session afterReset(db(), *reset);
    auto same = UserAdministration::replaceResetPassword(afterReset, QStringLiteral("temporary-123"));
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().field, QStringLiteral("password"));
    EXPECT_FALSE(UserAdministration::replaceResetPassword(afterReset, QStringLiteral("rep1a")));
    ASSERT_TRUE(UserAdministration::replaceResetPassword(afterReset, QStringLiteral("chosen-by-me")).ok());
    auto chosen = UserRepository::login(db(), QStringLiteral("rep1a"), QStringLiteral("chosen-by-me"));
    ASSERT_TRUE(chosen);
    EXPECT_FALSE(chosen->mustChangePassword);
    EXPECT_FALSE(UserRepository::login(db(), QStringLiteral("rep1a"), QStringLiteral("temporary-123")));
}

TEST_F(UserAdministrationTest, RepeatedFailedLogInsSlowDown)
{
    EXPECT_EQ(UserRepository::throttleSeconds(4), 0);
    EXPECT_EQ(UserRepository::throttleSeconds(5), 30);
    EXPECT_EQ(UserRepository::throttleSeconds(6), 60);
    EXPECT_EQ(UserRepository::throttleSeconds(50), 15 * 60);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(UserRepository::login(db(), QStringLiteral("rep1b"), QStringLiteral("guess-guess")).error().code,
                  ErrorCode::AccessDenied);
    // Four failures: the right password still works.
    EXPECT_TRUE(UserRepository::login(db(), QStringLiteral("rep1b"), QLatin1String(kPassword)));
    EXPECT_FALSE(UserRepository::login(db(), QStringLiteral("rep1b"), QStringLiteral("guess-guess")));
    // The fifth failure within the hour: even the right password waits now, and the refusal is logged.
    auto refused = UserRepository::login(db(), QStringLiteral("rep1b"), QLatin1String(kPassword));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Busy);
    EXPECT_EQ(refused.error().field, QStringLiteral("password"));
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action = 'login_failed' AND detail LIKE '%refused%'"), 1);
    // Another user name is not slowed down.
    EXPECT_TRUE(UserRepository::login(db(), QStringLiteral("rep1a"), QLatin1String(kPassword)));
}

TEST_F(UserAdministrationTest, EveryRefusedLogInVerifiesOnePasswordWhetherTheNameExistsOrNot)
{
    // Finding 5 of issue #17: unknown and inactive users were refused without hashing, so fast refusals told
    // which names exist. Each refusal must verify exactly one password (a dummy hash when there is no user).
    ASSERT_TRUE(UserRepository::setActive(*m_adminSession, m_rep1b.id, false));
    struct Attempt
    {
        const char* name;
        const char* password;
    };
    for (const Attempt& attempt : {Attempt{"rep1a", "wrong-password"}, Attempt{"nobody-here", "wrong-password"},
                                   Attempt{"rep1b", kPassword}, Attempt{"rep1b", "wrong-password"}}) {
        SCOPED_TRACE(attempt.name);
        const quint64 before = PasswordHasher::verifications();
        auto refused =
            UserRepository::login(db(), QString::fromUtf8(attempt.name), QString::fromUtf8(attempt.password));
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::AccessDenied);
        EXPECT_EQ(refused.error().message, QStringLiteral("wrong user name or password"));
        EXPECT_EQ(PasswordHasher::verifications(), before + 1);
    }
    // The dummy hash never lets anybody in, whatever is typed.
    EXPECT_FALSE(PasswordHasher::verifyDummy(QString()));
    EXPECT_FALSE(PasswordHasher::verifyDummy(QStringLiteral("password")));
}

TEST_F(UserAdministrationTest, TheAccessLogKeepsOnlyUserNamesThatExist)
{
    // Finding 5 of issue #17: a password typed into the name field was kept in clear in the access log.
    const QString typedPassword = QStringLiteral("Secret-Pa55word!");
    EXPECT_FALSE(UserRepository::login(db(), typedPassword, QStringLiteral("rep1a")));
    EXPECT_FALSE(UserRepository::login(db(), QStringLiteral("rep1a"), QStringLiteral("wrong-password")));
    EXPECT_FALSE(UserRepository::login(db(), QStringLiteral("REP1A"), QStringLiteral("wrong-password")));
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE detail LIKE '%Secret%' OR detail LIKE '%Pa55%'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action = 'login_failed' AND user_id IS NULL AND "
                     "detail LIKE 'user name: (unknown user)%'"),
              1);
    // Known names are kept as stored, whatever case was typed.
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action = 'login_failed' AND user_id = " +
                     std::to_string(m_rep1a.id) + " AND detail = 'user name: rep1a'"),
              2);
}

TEST_F(UserAdministrationTest, UnknownNamesAreStillSlowedDownOneByOne)
{
    // The throttle counts failures per typed name; without the name, unknown names count by a short tag, so a
    // burst of wrong names neither slows down a real user nor shows which names are real.
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(UserRepository::login(db(), QStringLiteral("ghost"), QStringLiteral("guess-guess")).error().code,
                  ErrorCode::AccessDenied);
    EXPECT_EQ(UserRepository::login(db(), QStringLiteral("ghost"), QStringLiteral("guess-guess")).error().code,
              ErrorCode::Busy);
    EXPECT_EQ(UserRepository::login(db(), QStringLiteral("phantom"), QStringLiteral("guess-guess")).error().code,
              ErrorCode::AccessDenied);
    EXPECT_TRUE(UserRepository::login(db(), QStringLiteral("rep1a"), QLatin1String(kPassword)));
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE detail LIKE '%ghost%' OR detail LIKE '%phantom%'"), 0);
}

} // namespace
} // namespace carddesk::storage::test
