#include "gui/shell/Settings.h"

#include <QSettings>

namespace carddesk::gui {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kListHeader = QStringLiteral("customerList/header");
const QString kLastUser = QStringLiteral("login/lastUser");
const QString kLanguage = QStringLiteral("ui/language");
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

QByteArray Settings::customerListHeader()
{
    return QSettings().value(kListHeader).toByteArray();
}

void Settings::setCustomerListHeader(const QByteArray& value)
{
    QSettings().setValue(kListHeader, value);
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

} // namespace carddesk::gui
