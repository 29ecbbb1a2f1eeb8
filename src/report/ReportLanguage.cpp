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
    if (chosen.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) != 0 &&
        chosen.compare(QLatin1String("zh"), Qt::CaseInsensitive) != 0) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // Kept for the process's life: a translator must outlive its installation.
    static QTranslator* translator = nullptr;
    if (!translator && QCoreApplication::instance()) {
        translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/carddesk_zh_CN.qm")))
            QCoreApplication::installTranslator(translator);
    }
    return QStringLiteral("zh_CN");
}

} // namespace carddesk::report
