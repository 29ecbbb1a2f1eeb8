#include "CliTestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <sys/stat.h>

namespace carddesk::cli::test {
namespace {

// The real executable: exit codes as a shell sees them, results alone on stdout, messages on stderr.
class CliProcessTest : public CliFixture
{
protected:
    struct ProcessRun
    {
        int code = -1;
        QString out;
        QString err;
    };

    static ProcessRun runProcess(const QStringList& arguments, const QByteArray& input = {},
                                 const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(CARDDESK_CLI_PATH));
        process.setArguments(arguments);
        process.start();
        EXPECT_TRUE(process.waitForStarted(10000)) << process.errorString().toStdString();
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(20000)) << "carddesk-cli did not finish";
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        ProcessRun run;
        run.code = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    ProcessRun runProcessAs(const QString& user, const QStringList& command) const
    {
        return runProcess(as(user) + command);
    }
};

TEST_F(CliProcessTest, HelpAndVersionGoToStdout)
{
    const ProcessRun help = runProcess({QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_EQ(help.out, CliApplication::helpText());
    EXPECT_TRUE(help.err.isEmpty()) << help.err.toStdString();

    const ProcessRun version = runProcess({QStringLiteral("--version")});
    EXPECT_EQ(version.code, 0);
    EXPECT_EQ(version.out, QStringLiteral("carddesk-cli 0.1.0\n"));
}

TEST_F(CliProcessTest, ImportOrdersPrintsJustTheNumber)
{
    const QString csv = m_dir.filePath(QStringLiteral("orders.csv"));
    writeFile(csv, "customer_code,order_date,amount\nC1,2024-01-01,10\nC2,2024-01-02,0\nC1,2024-02-01,5.5\n");
    const ProcessRun run = runProcessAs(QStringLiteral("admin"),
                                        {QStringLiteral("import-orders"), csv, QStringLiteral("--create-customers")});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("3\n"));
    EXPECT_EQ(run.err, QStringLiteral("created 2 customers\n"));

    const ProcessRun score =
        runProcessAs(QStringLiteral("admin"), {QStringLiteral("score"), QStringLiteral("--as-of"),
                                               QStringLiteral("2024-06-30"), QStringLiteral("--json")});
    EXPECT_EQ(score.code, 0) << score.err.toStdString();
    EXPECT_EQ(score.out.count(QLatin1Char('\n')), 1);
    const QJsonObject json = parseObject(score.out);
    EXPECT_EQ(json.value(QStringLiteral("customers")).toInteger(), 2);
}

TEST_F(CliProcessTest, DebugLoggingGoesToStderrAndLeavesTheJsonOnStdoutValid)
{
    // Finding 8 of issue #17: with SPDLOG_LEVEL=debug the library's log lines were printed into the JSON.
    const QString csv = m_dir.filePath(QStringLiteral("orders.csv"));
    writeFile(csv, "customer_code,order_date,amount\nC1,2024-01-01,10\nC2,2024-01-02,4\nC1,2024-02-01,5.5\n");
    ASSERT_EQ(runProcessAs(QStringLiteral("admin"),
                           {QStringLiteral("import-orders"), csv, QStringLiteral("--create-customers")})
                  .code,
              0);
    QProcessEnvironment debug = QProcessEnvironment::systemEnvironment();
    debug.insert(QStringLiteral("SPDLOG_LEVEL"), QStringLiteral("debug"));
    const ProcessRun score =
        runProcess(as(QStringLiteral("admin")) + QStringList{QStringLiteral("score"), QStringLiteral("--as-of"),
                                                             QStringLiteral("2024-06-30"), QStringLiteral("--json")},
                   {}, debug);
    ASSERT_EQ(score.code, 0) << score.err.toStdString();
    EXPECT_FALSE(score.err.isEmpty()) << "debug logging should say something (on stderr)";
    EXPECT_EQ(score.out.count(QLatin1Char('\n')), 1) << score.out.toStdString();
    const QJsonObject json = parseObject(score.out);
    EXPECT_EQ(json.value(QStringLiteral("customers")).toInteger(), 2);
}

TEST_F(CliProcessTest, ACopyMadeWithSqlite3DumpOpens)
{
    // Issue #17, finding 8: `.dump | sqlite3 new.db` loses user_version; the copy is recognised by its tables.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        GTEST_SKIP() << "no sqlite3 shell";
    addUser(QStringLiteral("second_admin"), QStringLiteral("admin"));
    QProcess dump;
    dump.start(sqlite3, {m_dbPath, QStringLiteral(".dump")});
    ASSERT_TRUE(dump.waitForFinished(20000));
    const QByteArray script = dump.readAllStandardOutput();
    ASSERT_FALSE(script.contains("user_version"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
    QProcess load;
    load.start(sqlite3, {copy});
    ASSERT_TRUE(load.waitForStarted(10000));
    load.write(script);
    load.closeWriteChannel();
    ASSERT_TRUE(load.waitForFinished(20000));
    ASSERT_EQ(load.exitCode(), 0) << load.readAllStandardError().toStdString();

    const QStringList login{QStringLiteral("--db"),
                            copy,
                            QStringLiteral("--user"),
                            QStringLiteral("admin"),
                            QStringLiteral("--password-file"),
                            m_passwordFile};
    const ProcessRun users = runProcess(login + QStringList{QStringLiteral("users"), QStringLiteral("list"),
                                                            QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(users.code, 0) << users.err.toStdString();
    EXPECT_TRUE(users.out.contains(QLatin1String("second_admin"))) << users.out.toStdString();
    const ProcessRun check = runProcess(login + QStringList{QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.startsWith(QLatin1String("ok:"))) << check.out.toStdString();
}

TEST_F(CliProcessTest, ABadRowFailsWithExitOneAndTheRowOnStderr)
{
    const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
    writeFile(csv, "customer_code,order_date,amount\nC1,2024-01-01,10\nC2,2024-13-01,3\n");
    const ProcessRun run = runProcessAs(QStringLiteral("admin"),
                                        {QStringLiteral("import-orders"), csv, QStringLiteral("--create-customers")});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("row 3"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("2024-13-01"))) << run.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 0);
}

TEST_F(CliProcessTest, UsageAndAccessErrorsHaveTheirExitCodes)
{
    const ProcessRun unknown = runProcessAs(QStringLiteral("admin"), {QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.contains(QLatin1String("unknown command 'frobnicate'")));

    const ProcessRun noDb = runProcess({QStringLiteral("--user"), QStringLiteral("admin"),
                                        QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("check")});
    EXPECT_EQ(noDb.code, 2);
    EXPECT_TRUE(noDb.out.isEmpty());
    EXPECT_TRUE(noDb.err.contains(QLatin1String("--db PATH is required")));

    const QString wrongFile = m_dir.filePath(QStringLiteral("wrong.txt"));
    writeFile(wrongFile, "not-the-password\n");
    const ProcessRun wrong =
        runProcess({QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), QStringLiteral("admin"),
                    QStringLiteral("--password-file"), wrongFile, QStringLiteral("check")});
    EXPECT_EQ(wrong.code, 3);
    EXPECT_TRUE(wrong.out.isEmpty());
    EXPECT_TRUE(wrong.err.contains(QLatin1String("wrong user name or password")));

    ASSERT_EQ(
        runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("East")}).code,
        0);
    addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("East"));
    const ProcessRun denied =
        runProcessAs(QStringLiteral("rep1"),
                     {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"),
                      QStringLiteral("rep"), QStringLiteral("--new-password-file"), m_passwordFile});
    EXPECT_EQ(denied.code, 3);
    EXPECT_TRUE(denied.out.isEmpty());
    EXPECT_TRUE(denied.err.contains(QLatin1String("needs the admin role")));
}

TEST_F(CliProcessTest, ChineseTextReachesStdoutAsUtf8)
{
    const QString csv = m_dir.filePath(QStringLiteral("orders.csv"));
    writeFile(csv, QStringLiteral("customer_code,order_date,amount\n华联-01,2024-01-01,10\n").toUtf8());
    const ProcessRun import = runProcessAs(
        QStringLiteral("admin"), {QStringLiteral("import-orders"), csv, QStringLiteral("--create-customers")});
    ASSERT_EQ(import.code, 0) << import.err.toStdString();
    const ProcessRun list = runProcessAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("list"),
                                                                   QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    const QList<QStringList> rows = parseCsv(list.out);
    ASSERT_EQ(rows.size(), 2) << list.out.toStdString();
    EXPECT_EQ(rows[1][1], QStringLiteral("华联-01"));
    EXPECT_EQ(rows[1][2], QStringLiteral("华联-01"));
    EXPECT_TRUE(list.err.isEmpty()) << list.err.toStdString();
}

TEST_F(CliProcessTest, PasswordFromStandardInput)
{
    const ProcessRun run =
        runProcess({QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), QStringLiteral("admin"),
                    QStringLiteral("--password-file"), QStringLiteral("-"), QStringLiteral("check")},
                   QByteArray(kPassword) + '\n');
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QLatin1String("ok: "))) << run.out.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST_F(CliProcessTest, NamedPipesGivenAsInputAreRefusedAtOnceNotWaitedFor)
{
    // Opening a named pipe waits for a writer; none comes, so every command hung until killed.
    auto pipe = [this](const QString& name) {
        const QString path = m_dir.filePath(name);
        EXPECT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        return path;
    };
    const QString orders = pipe(QStringLiteral("orders.csv"));
    const QString customers = pipe(QStringLiteral("customers.csv"));
    const QString workbook = pipe(QStringLiteral("customers.xlsx"));
    const QString mapping = pipe(QStringLiteral("mapping.json"));
    const QString backup = pipe(QStringLiteral("office-20261206-120000.db"));
    const QString plainCsv = m_dir.filePath(QStringLiteral("plain.csv"));
    writeFile(plainCsv, "name\nA\n");
    const QList<QStringList> commands = {
        {QStringLiteral("import-orders"), orders},
        {QStringLiteral("import-customers"), customers},
        {QStringLiteral("import-customers"), workbook},
        {QStringLiteral("import-customers"), plainCsv, QStringLiteral("--mapping"), mapping},
        {QStringLiteral("restore"), backup},
    };
    for (const QStringList& command : commands) {
        const ProcessRun run = runProcessAs(QStringLiteral("admin"), command);
        EXPECT_EQ(run.code, 1) << command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("is a named pipe, not a file")))
            << command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
    }
    const QString office = pipe(QStringLiteral("pipe.carddesk"));
    const ProcessRun check =
        runProcess({QStringLiteral("--db"), office, QStringLiteral("--user"), QStringLiteral("admin"),
                    QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("check")});
    EXPECT_NE(check.code, 0);
    EXPECT_TRUE(check.err.contains(QStringLiteral("pipe.carddesk is a named pipe, not a file")))
        << check.err.toStdString();
}

} // namespace
} // namespace carddesk::cli::test
