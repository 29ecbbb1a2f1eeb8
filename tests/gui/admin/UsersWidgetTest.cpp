#include "GuiTestDatabase.h"
#include "WaitFor.h"

#include "gui/admin/UsersWidget.h"
#include "gui/common/MessageBox.h"
#include "gui/common/TextPrompt.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/Translations.h"
#include "services/UserAdministration.h"
#include "storage/db/Database.h"

#include <QSignalSpy>

#include <SQLiteCpp/SQLiteCpp.h>

#include <gtest/gtest.h>

using namespace carddesk;

namespace {

int rowOf(const gui::UsersWidget& page, const QString& username)
{
    for (int row = 0; row < page.userRowCount(); ++row)
        if (page.userNameAt(row) == username)
            return row;
    return -1;
}

} // namespace

// The administrator's users page: loads off the GUI thread, deactivates a rep whose customers then need a handover,
// reactivates, renames an area; a manager's session is refused.
TEST(UsersWidget, DeactivatingARepMarksTheirCustomersForAHandover)
{
    GuiTestDatabase office;
    gui::UsersWidget page(office.path(), office.admin().user());
    QSignalSpy loaded(&page, &gui::UsersWidget::loaded);
    page.reload();
    ASSERT_TRUE(loaded.wait(10000));
    const QString rep = office.rep1().user().username;
    const int row = rowOf(page, rep);
    ASSERT_GE(row, 0);
    EXPECT_FALSE(page.needsHandoverAt(row));

    QSignalSpy changed(&page, &gui::UsersWidget::changed);
    page.selectUser(rep);
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page.toggleActive();
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_TRUE(changed.at(0).at(0).toString().isEmpty()) << changed.at(0).at(0).toString().toStdString();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_TRUE(page.needsHandoverAt(rowOf(page, rep)));

    page.selectUser(rep);
    page.toggleActive(); // reactivates without asking
    ASSERT_TRUE(changed.wait(10000));
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_FALSE(page.needsHandoverAt(rowOf(page, rep)));
}

// Customers no one owns are in no user's count: the page says how many there are and where to find them (the list's
// "(no rep)" filter). It used to say nothing: 10 of the demo office's 2,000 customers were nowhere on it.
TEST(UsersWidget, SaysHowManyCustomersHaveNoRep)
{
    ASSERT_EQ(gui::Translations::install(QStringLiteral("en")), QStringLiteral("en")); // "2 customers", not "(s)"
    GuiTestDatabase office;
    const core::Customer first = office.addCustomer(office.rep1(), QStringLiteral("无主商贸有限公司"));
    const core::Customer second = office.addCustomer(office.rep2(), QStringLiteral("无主机械有限公司"));
    office.db().sql().exec("UPDATE customers SET owner_id = NULL WHERE id IN (" + std::to_string(first.id) + ", " +
                           std::to_string(second.id) + ")");
    gui::UsersWidget page(office.path(), office.admin().user());
    QSignalSpy loaded(&page, &gui::UsersWidget::loaded);
    page.reload();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_TRUE(page.statusText().contains(QLatin1String("2 customers have no rep")))
        << page.statusText().toStdString();
    EXPECT_TRUE(page.statusText().contains(QLatin1String("(no rep)")));
    gui::Translations::uninstall();
}

TEST(UsersWidget, ABadNameIsExplainedAndNothingChanges)
{
    GuiTestDatabase office;
    gui::UsersWidget page(office.path(), office.admin().user());
    QSignalSpy loaded(&page, &gui::UsersWidget::loaded);
    page.reload();
    ASSERT_TRUE(loaded.wait(10000));
    page.selectUser(office.rep1().user().username);
    QSignalSpy changed(&page, &gui::UsersWidget::changed);
    gui::TextPrompt::setNextAnswer(QStringLiteral("   "));
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    page.renameUser();
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(changed.at(0).at(0).toString(),
              gui::UsersWidget::errorText(
                  core::makeError(core::ErrorCode::InvalidArgument, {}, QStringLiteral("display_name"))));
}

TEST(UsersWidget, AManagerSeesARefusalNotTheUsers)
{
    GuiTestDatabase office;
    gui::UsersWidget page(office.path(), office.manager().user());
    QSignalSpy loaded(&page, &gui::UsersWidget::loaded);
    page.reload();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(page.userRowCount(), 0);
}

TEST(UsersWidget, InTheWindowItFollowsAUserAddedThroughAnotherConnection)
{
    GuiTestDatabase office;
    gui::MainWindow window(office.admin());
    window.showView(gui::MainWindow::UsersView);
    gui::UsersWidget* page = window.users();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(waitFor([&] { return page->userRowCount() > 0; }, 5000));
    const int before = page->userRowCount();

    // Another administrator's window adds a rep.
    auto other = storage::Database::open(office.path());
    ASSERT_TRUE(other.ok());
    storage::Session session(**other, office.admin().user());
    core::User rep;
    rep.username = QStringLiteral("rep.new");
    rep.displayName = QStringLiteral("王芳");
    rep.role = core::Role::Rep;
    rep.areaId = office.areaId;
    ASSERT_TRUE(services::UserAdministration::addUser(session, rep, QStringLiteral("long-enough-password")).ok());
    ASSERT_TRUE(waitFor([&] { return page->userRowCount() == before + 1; }, 5000));
}
