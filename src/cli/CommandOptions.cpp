#include "cli/CommandOptions.h"

namespace carddesk::cli {

CommandOptions::CommandOptions(CliContext& ctx, const QString& synopsis, const QList<QCommandLineOption>& options)
    : m_ctx(ctx), m_synopsis(synopsis)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(options);
    m_parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                          QStringLiteral("Show this command's options.")));
}

bool CommandOptions::parse()
{
    if (!m_parser.parse(QStringList{QStringLiteral("carddesk-cli")} + m_ctx.args)) {
        m_ctx.exitCode = m_ctx.usage(m_parser.errorText() + QStringLiteral(" (usage: carddesk-cli ") + m_synopsis +
                                     QLatin1Char(')'));
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_ctx.out << "Usage: carddesk-cli --db FILE [--user NAME --password-file FILE] " << m_synopsis << "\n\n"
                  << m_parser.helpText().section(QLatin1Char('\n'), 2);
        m_helpShown = true;
        m_ctx.exitCode = ExitOk;
    }
    return true;
}

bool CommandOptions::require(const QString& name)
{
    if (m_parser.isSet(name) && !m_parser.value(name).isEmpty())
        return true;
    m_ctx.exitCode = m_ctx.usage(QStringLiteral("missing --%1 (usage: carddesk-cli %2)").arg(name, m_synopsis));
    return false;
}

bool CommandOptions::integer(const QString& name, qint64 min, qint64 max, qint64* result)
{
    bool ok = false;
    const qint64 value = m_parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        m_ctx.exitCode = m_ctx.usage(QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
                                         .arg(name)
                                         .arg(min)
                                         .arg(max)
                                         .arg(m_parser.value(name)));
        return false;
    }
    *result = value;
    return true;
}

bool CommandOptions::format(OutputTable::Format* format)
{
    if (OutputTable::parseFormat(m_parser.value(QStringLiteral("format")), format))
        return true;
    m_ctx.exitCode = m_ctx.usage(
        QStringLiteral("--format must be table, csv or json, not '%1'").arg(m_parser.value(QStringLiteral("format"))));
    return false;
}

bool CommandOptions::date(const QString& name, bool required, QDate* date)
{
    if (!m_parser.isSet(name))
        return required ? require(name) : true;
    *date = QDate::fromString(m_parser.value(name), Qt::ISODate);
    if (!date->isValid()) {
        m_ctx.exitCode =
            m_ctx.usage(QStringLiteral("--%1 must be a date YYYY-MM-DD, not '%2'").arg(name, m_parser.value(name)));
        return false;
    }
    return true;
}

bool CommandOptions::language(QString* language)
{
    *language = m_parser.value(QStringLiteral("lang"));
    if (!m_parser.isSet(QStringLiteral("lang")) || *language == QLatin1String("en") ||
        *language == QLatin1String("zh_CN"))
        return true;
    m_ctx.exitCode = m_ctx.usage(QStringLiteral("--lang must be en or zh_CN, not '%1'").arg(*language));
    return false;
}

} // namespace carddesk::cli
