#include "gui/shell/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace carddesk::gui {

namespace {
std::vector<std::unique_ptr<QTranslator>> g_translators;
}

void Translations::uninstall()
{
    for (auto& translator : g_translators)
        QCoreApplication::removeTranslator(translator.get());
    g_translators.clear();
}

QString Translations::install(const QString& language)
{
    uninstall();
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (chosen != QLatin1String("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The sources are English: this file only gives "%n user(s)" its two forms, 1 user and 2 users.
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(QStringLiteral(":/i18n/carddesk_en.qm"))) {
            QCoreApplication::installTranslator(plurals.get());
            g_translators.push_back(std::move(plurals));
        }
        return QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/carddesk_zh_CN.qm"))) {
        QCoreApplication::installTranslator(own.get());
        g_translators.push_back(std::move(own));
    }
    // Qt's own strings (standard buttons, context menus).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_translators.push_back(std::move(qt));
    } else {
        // Debian's qt6-translations-l10n is missing: CardDesk's own strings are Chinese, Qt's buttons are not.
        spdlog::warn("Qt's translation qtbase_zh_CN.qm not found in {}",
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath).toStdString());
    }
    return QStringLiteral("zh_CN");
}

} // namespace carddesk::gui
