#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace carddesk::gui {

// Every QSettings key of the GUI in one place, with its default. Tests point QSettings at a temporary folder.
class Settings
{
public:
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& value);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& value);
    static QByteArray customerListHeader();
    static void setCustomerListHeader(const QByteArray& value);
    // The weekly review's column groups the user hid (WeeklyReviewModel::groupKey values).
    static QStringList hiddenReviewColumnGroups();
    static void setHiddenReviewColumnGroups(const QStringList& keys);
    // The customer import's column choices by file header (trimmed, case-folded) -> CardDesk column key, "" for
    // "do not import": the next file with the same headers maps itself.
    static QHash<QString, QString> importColumnMapping();
    static void setImportColumnMapping(const QHash<QString, QString>& mapping);
    static QString lastUser();
    static void setLastUser(const QString& value);
    static QString language(); // empty: the system locale
    static void setLanguage(const QString& value);
    // Office files opened or created, newest first (at most RecentOfficeCount, absolute paths).
    static QStringList recentOffices();
    static void addRecentOffice(const QString& path);
    static constexpr int RecentOfficeCount = 8;
};

} // namespace carddesk::gui
