#include "gui/shell/Settings.h"

#include <QFileInfo>
#include <QSettings>

namespace carddesk::gui {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kListHeader = QStringLiteral("customerList/header");
const QString kImportMapping = QStringLiteral("import/columnMapping");
const QString kLastUser = QStringLiteral("login/lastUser");
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecentOffices = QStringLiteral("offices/recent");
} // namespace

QByteArray Settings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& value)
{
    QSettings().setValue(kGeometry, value);
}

QByteArray Settings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& value)
{
    QSettings().setValue(kState, value);
}

QStringList Settings::hiddenReviewColumnGroups()
{
    return QSettings().value(QStringLiteral("weeklyReview/hiddenGroups")).toStringList();
}

void Settings::setHiddenReviewColumnGroups(const QStringList& keys)
{
    QSettings().setValue(QStringLiteral("weeklyReview/hiddenGroups"), keys);
}

QByteArray Settings::customerListHeader()
{
    return QSettings().value(kListHeader).toByteArray();
}

void Settings::setCustomerListHeader(const QByteArray& value)
{
    QSettings().setValue(kListHeader, value);
}

QHash<QString, QString> Settings::importColumnMapping()
{
    // One map value: headers may hold '/' and other characters QSettings reads as key syntax.
    QHash<QString, QString> mapping;
    const QVariantMap stored = QSettings().value(kImportMapping).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void Settings::setImportColumnMapping(const QHash<QString, QString>& mapping)
{
    QVariantMap stored;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        stored.insert(it.key(), it.value());
    QSettings().setValue(kImportMapping, stored);
}

QString Settings::lastUser()
{
    return QSettings().value(kLastUser).toString();
}

void Settings::setLastUser(const QString& value)
{
    QSettings().setValue(kLastUser, value);
}

QString Settings::language()
{
    return QSettings().value(kLanguage).toString();
}

void Settings::setLanguage(const QString& value)
{
    QSettings().setValue(kLanguage, value);
}

QStringList Settings::recentOffices()
{
    return QSettings().value(kRecentOffices).toStringList();
}

void Settings::addRecentOffice(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentOffices();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > RecentOfficeCount)
        list.removeLast();
    QSettings().setValue(kRecentOffices, list);
}

} // namespace carddesk::gui
