#include "report/ReportLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace carddesk::report {

QString ReportLanguage::install(const QString& language)
{
    QString chosen = language.trimmed();
    if (chosen.isEmpty())
        chosen = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const bool english = chosen.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) != 0 &&
                         chosen.compare(QLatin1String("zh"), Qt::CaseInsensitive) != 0;
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                : QLocale(QLocale::Chinese, QLocale::China));
    // Kept for the process's life: a translator must outlive its installation. English: only the plural forms
    // ("1 customer", "2 customers" for "%n customer(s)"). A later call for the other language swaps the file.
    static QTranslator* translator = nullptr;
    static bool englishLoaded = false;
    if (QCoreApplication::instance() && (!translator || englishLoaded != english)) {
        if (!translator)
            translator = new QTranslator(QCoreApplication::instance());
        else
            QCoreApplication::removeTranslator(translator);
        if (translator->load(english ? QStringLiteral(":/i18n/carddesk_en.qm")
                                     : QStringLiteral(":/i18n/carddesk_zh_CN.qm")))
            QCoreApplication::installTranslator(translator);
        englishLoaded = english;
    }
    return english ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

} // namespace carddesk::report
