#include "storage/db/CheckFindings.h"

#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>

namespace carddesk::storage {
namespace {

constexpr int kShown = 3;

// The findings without SQLite's "*** in database main ***" heading.
QStringList findingsOf(const std::string& result)
{
    QStringList findings;
    for (const QString& line : QString::fromStdString(result).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("***")))
            findings << line.trimmed();
    return findings;
}

const QRegularExpression& unreadablePage()
{
    static const QRegularExpression pattern(
        QStringLiteral("^Page (\\d+): unable to get the page\\. error code=(\\d+)$"));
    return pattern;
}

} // namespace

bool CheckFindings::areReadFailures(const std::string& result)
{
    const QStringList findings = findingsOf(result);
    if (findings.isEmpty())
        return false;
    for (const QString& finding : findings) {
        const auto match = unreadablePage().match(finding);
        if (!match.hasMatch() || (match.captured(2).toInt() & 0xff) != SQLITE_IOERR)
            return false;
    }
    return true;
}

QString CheckFindings::summary(const std::string& result)
{
    const QStringList findings = findingsOf(result);
    const qsizetype more = findings.size() - kShown;
    if (areReadFailures(result)) {
        QStringList pages;
        for (qsizetype i = 0; i < findings.size() && i < kShown; ++i)
            pages << unreadablePage().match(findings.at(i)).captured(1);
        QString text = (findings.size() == 1 ? QStringLiteral("page ") : QStringLiteral("pages ")) +
                       pages.join(QStringLiteral(", "));
        if (more > 0)
            text += QStringLiteral(" and %1 more").arg(more);
        return text + QStringLiteral(" could not be read");
    }
    QString text = findings.mid(0, kShown).join(QStringLiteral("; "));
    if (more > 0)
        text += QStringLiteral("; and %1 more").arg(more);
    return text;
}

} // namespace carddesk::storage
