#include "GuiTestDatabase.h"

#include "gui/admin/SettingsWidget.h"
#include "services/OfficeSettings.h"

#include <QCheckBox>
#include <QSignalSpy>

#include <SQLiteCpp/SQLiteCpp.h>

#include <gtest/gtest.h>

using namespace carddesk;

TEST(SettingsWidget, ShowsTheCurrentValuesAndSavesAChange)
{
    GuiTestDatabase office;
    gui::SettingsWidget page(office.path(), office.admin().user());
    QSignalSpy loaded(&page, &gui::SettingsWidget::loaded);
    page.reload();
    ASSERT_TRUE(loaded.wait(10000));
    for (const auto& spec : services::OfficeSettings::specs())
        EXPECT_NE(page.editorFor(spec.key), nullptr) << spec.key;
    page.setValue("complaint.deadline_days.1", QStringLiteral("12"));
    QSignalSpy saved(&page, &gui::SettingsWidget::saved);
    page.save();
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_TRUE(saved.at(0).at(0).toString().isEmpty()) << saved.at(0).at(0).toString().toStdString();
    EXPECT_EQ(services::OfficeSettings::value(office.db(), "complaint.deadline_days.1"), QStringLiteral("12"));
    // Only the value changed is written: one audit row, not one per field shown.
    EXPECT_EQ(office.db().sql().execAndGet("SELECT count(*) FROM audit_log WHERE table_name = 'settings'").getInt(), 1);
}

TEST(SettingsWidget, TheExportRolesAreTickedAndSaved)
{
    GuiTestDatabase office;
    gui::SettingsWidget page(office.path(), office.admin().user());
    QSignalSpy loaded(&page, &gui::SettingsWidget::loaded);
    page.reload();
    ASSERT_TRUE(loaded.wait(10000));
    QStringList ticked;
    for (auto* check : page.editorFor("export.roles")->findChildren<QCheckBox*>())
        if (check->isChecked())
            ticked << check->property("role").toString();
    EXPECT_EQ(ticked, (QStringList{QStringLiteral("manager"), QStringLiteral("admin")})) << "the default";
    page.setValue("export.roles", QStringLiteral("rep,admin"));
    QSignalSpy saved(&page, &gui::SettingsWidget::saved);
    page.save();
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_TRUE(saved.at(0).at(0).toString().isEmpty()) << saved.at(0).at(0).toString().toStdString();
    EXPECT_EQ(services::OfficeSettings::value(office.db(), "export.roles"), QStringLiteral("rep,admin"));
}

// A yes/no setting is a check box (it was a 0/1 spin box "(1 = yes, 0 = no)").
TEST(SettingsWidget, EncryptedBackupsAreACheckBoxSavedAsOneOrZero)
{
    GuiTestDatabase office;
    gui::SettingsWidget page(office.path(), office.admin().user());
    QSignalSpy loaded(&page, &gui::SettingsWidget::loaded);
    page.reload();
    ASSERT_TRUE(loaded.wait(10000));
    auto* encrypt = qobject_cast<QCheckBox*>(page.editorFor("backup.encrypt"));
    ASSERT_NE(encrypt, nullptr);
    EXPECT_FALSE(encrypt->isChecked()) << "the default";
    encrypt->setChecked(true);
    QSignalSpy saved(&page, &gui::SettingsWidget::saved);
    page.save();
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_TRUE(saved.at(0).at(0).toString().isEmpty()) << saved.at(0).at(0).toString().toStdString();
    EXPECT_EQ(services::OfficeSettings::value(office.db(), "backup.encrypt"), QStringLiteral("1"));
    page.reload();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_TRUE(encrypt->isChecked());
}

TEST(SettingsWidget, CrossedAbcSharesAreExplainedAndNothingIsSaved)
{
    GuiTestDatabase office;
    gui::SettingsWidget page(office.path(), office.admin().user());
    QSignalSpy loaded(&page, &gui::SettingsWidget::loaded);
    page.reload();
    ASSERT_TRUE(loaded.wait(10000));
    page.setValue("abc.cutoff_a", QStringLiteral("0.9"));
    page.setValue("abc.cutoff_b", QStringLiteral("0.5"));
    page.setValue("backup.keep_daily", QStringLiteral("3"));
    QSignalSpy saved(&page, &gui::SettingsWidget::saved);
    page.save();
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_TRUE(saved.at(0).at(0).toString().contains(QStringLiteral("B class")));
    EXPECT_EQ(services::OfficeSettings::value(office.db(), "backup.keep_daily"), QStringLiteral("7"));
    EXPECT_DOUBLE_EQ(services::OfficeSettings::value(office.db(), "abc.cutoff_a").toDouble(), 0.8);
    EXPECT_EQ(office.db().sql().execAndGet("SELECT count(*) FROM audit_log WHERE table_name = 'settings'").getInt(), 0);
}
