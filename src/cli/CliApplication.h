#pragma once

#include <QStringList>
#include <QTextStream>

namespace carddesk::cli {

// carddesk-cli: parses the global options (--db, --user, --password-file), picks the command and runs it.
// Runs in-process so tests can call it with their own streams; main() only wires stdin/stdout/stderr.
class CliApplication
{
public:
    CliApplication(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    // arguments without the program name; returns the process exit code.
    int run(const QStringList& arguments);

    static QString helpText();

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace carddesk::cli
