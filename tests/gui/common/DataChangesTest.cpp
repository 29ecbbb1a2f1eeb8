#include "gui/common/DataChanges.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using carddesk::gui::DataChanges;
using carddesk::gui::Entity;

TEST(DataChangesTest, AnAnnouncementReachesListenersWithItsEntityAndIds)
{
    DataChanges changes;
    QSignalSpy spy(&changes, &DataChanges::changed);
    changes.announce(Entity::Complaints, {7, 9});
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<Entity>(), Entity::Complaints);
    EXPECT_EQ(spy.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{7, 9}));
}

TEST(DataChangesTest, EverythingTouchesEveryPageAndOtherEntitiesDoNot)
{
    EXPECT_TRUE(DataChanges::touches(Entity::Everything, Entity::Complaints));
    EXPECT_TRUE(DataChanges::touches(Entity::Customers, Entity::Customers));
    EXPECT_TRUE(DataChanges::touches(Entity::Users, Entity::Everything));
    EXPECT_FALSE(DataChanges::touches(Entity::Users, Entity::Complaints));
    EXPECT_FALSE(DataChanges::touches(Entity::Settings, Entity::Customers));
}
