// One QApplication for the whole run (as Mixxx does with gtest), on the offscreen platform.
#include "storage/access/PasswordHasher.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings and data under ~/.qttest, never the user's own
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CardDeskTest"));
    QApplication::setApplicationName(QStringLiteral("carddesk-test"));
    carddesk::storage::PasswordHasher::setCost(carddesk::storage::PasswordHasher::Cost::Minimum);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
