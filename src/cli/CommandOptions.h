#pragma once

#include "cli/CliContext.h"
#include "cli/OutputTable.h"

#include <QCommandLineParser>

namespace carddesk::cli {

// A command's own options, parsed with QCommandLineParser; prints a usage error naming the bad option.
class CommandOptions
{
public:
    CommandOptions(CliContext& ctx, const QString& synopsis, const QList<QCommandLineOption>& options);

    // False (and the exit code in ctx.exitCode) on an unknown option or a missing value; true after --help too
    // (then helpShown() is true and the command should return ExitOk).
    bool parse();
    bool helpShown() const { return m_helpShown; }

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    // Every value of an option given more than once (--take a --take b).
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // A required option: prints "COMMAND needs --NAME" and returns false when missing.
    bool require(const QString& name);
    // A whole number in [min, max] or a usage error naming the option.
    bool integer(const QString& name, qint64 min, qint64 max, qint64* result);
    // --format as table, csv or json, or a usage error.
    bool format(OutputTable::Format* format);
    // --NAME YYYY-MM-DD: a usage error when malformed, or when missing and required (date stays invalid when
    // missing and optional).
    bool date(const QString& name, bool required, QDate* date);
    // --lang as en or zh_CN (empty when not given: the system's), or a usage error.
    bool language(QString* language);

    // Option declarations shared by the commands.
    static QCommandLineOption withValue(const QString& name, const QString& description, const QString& valueName)
    {
        return QCommandLineOption(name, description, valueName);
    }
    static QCommandLineOption flag(const QString& name, const QString& description)
    {
        return QCommandLineOption(name, description);
    }
    static QCommandLineOption formatOption(const QString& defaultFormat = QStringLiteral("table"))
    {
        return QCommandLineOption(QStringLiteral("format"), QStringLiteral("table, csv or json."),
                                  QStringLiteral("FORMAT"), defaultFormat);
    }

private:
    CliContext& m_ctx;
    QString m_synopsis;
    QCommandLineParser m_parser;
    bool m_helpShown = false;
};

} // namespace carddesk::cli
