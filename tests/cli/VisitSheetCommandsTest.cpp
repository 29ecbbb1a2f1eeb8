#include "../report/PdfText.h"
#include "CliTestSupport.h"

#include "cli/CliContext.h"

#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRepository.h"

#include <QDir>
#include <QProcess>

namespace carddesk::cli::test {
namespace {

// The real executable: it starts a QGuiApplication for --pdf (this test program has no application object).
CliRun runSheetExecutable(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CARDDESK_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << "carddesk-cli did not finish";
    CliRun run;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

using carddesk::test::pdfFileText;

// rep1 visits 华东精密机械 (with contact 王建国) and 杭州绿源食品 on day 1, 宁波远航物流 on day 2; rep2 visits their
// own 苏州星海电子 on day 1.
class VisitSheetCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_EQ(
            runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("east")})
                .code,
            0);
        addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("east"));
        addUser(QStringLiteral("rep2"), QStringLiteral("rep"), QStringLiteral("east"));
        addUser(QStringLiteral("boss"), QStringLiteral("manager"), QStringLiteral("east"));
        addCustomer(QStringLiteral("rep1"), QStringLiteral("HD001"), QStringLiteral("华东精密机械有限公司"));
        addCustomer(QStringLiteral("rep1"), QStringLiteral("HZ002"), QStringLiteral("杭州绿源食品有限公司"));
        addCustomer(QStringLiteral("rep1"), QStringLiteral("NB003"), QStringLiteral("宁波远航物流有限公司"));
        addCustomer(QStringLiteral("rep2"), QStringLiteral("SZ004"), QStringLiteral("苏州星海电子有限公司"));
        {
            storage::Session s = session(QStringLiteral("rep1"));
            core::Contact contact;
            contact.customerId = m_ids.value(QStringLiteral("HD001"));
            contact.name = QStringLiteral("王建国");
            contact.title = QStringLiteral("采购经理");
            contact.mobile = QStringLiteral("13800138000");
            ASSERT_TRUE(storage::ContactRepository(s).create(contact));
        }
        m_db.reset();
        plan(QStringLiteral("rep1"), QStringLiteral("HD001"), m_day1, QStringLiteral("送新样品"));
        plan(QStringLiteral("rep1"), QStringLiteral("HZ002"), m_day1, QStringLiteral("催收货款"));
        plan(QStringLiteral("rep1"), QStringLiteral("NB003"), m_day2, QStringLiteral("续签合同"));
        plan(QStringLiteral("rep2"), QStringLiteral("SZ004"), m_day1, QStringLiteral("处理投诉"));
        m_out = m_dir.filePath(QStringLiteral("out"));
        ASSERT_TRUE(QDir().mkpath(m_out));
    }

    void addCustomer(const QString& rep, const QString& code, const QString& name)
    {
        storage::Session s = session(rep);
        core::Customer c;
        c.code = code;
        c.name = name;
        auto created = storage::CustomerRepository(s).create(c);
        ASSERT_TRUE(created);
        m_ids.insert(code, created->id);
    }

    void plan(const QString& rep, const QString& code, const QString& day, const QString& purpose)
    {
        const CliRun run = runAs(rep, {QStringLiteral("visits"), QStringLiteral("plan"), QStringLiteral("--customer"),
                                       code, QStringLiteral("--date"), day, QStringLiteral("--purpose"), purpose});
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
    }

    CliRun sheet(const QString& user, const QStringList& options)
    {
        return runSheetExecutable(as(user) + QStringList{QStringLiteral("visits"), QStringLiteral("sheet")} + options);
    }

    QStringList filesInOut() const { return QDir(m_out).entryList(QDir::Files | QDir::NoDotAndDotDot); }

    QHash<QString, qint64> m_ids;
    QString m_day1 = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    QString m_day2 = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    QString m_out;
};

TEST_F(VisitSheetCommandsTest, TheSheetHoldsTheDaysCustomersTheirContactAndPurposeAndNoOther)
{
    const QString pdf = QDir(m_out).filePath(QStringLiteral("day.pdf"));
    const CliRun run = sheet(QStringLiteral("rep1"), {QStringLiteral("--date"), m_day1, QStringLiteral("--pdf"), pdf,
                                                      QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    const QString text = pdfFileText(pdf);
    for (const QString& expected :
         {QStringLiteral("华东精密机械有限公司"), QStringLiteral("HD001"), QStringLiteral("王建国"),
          QStringLiteral("13800138000"), QStringLiteral("送新样品"), QStringLiteral("杭州绿源食品有限公司"),
          QStringLiteral("HZ002"), QStringLiteral("催收货款"), QStringLiteral("Visit sheet")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();
    // Not the customer of the next day, not another rep's customer of the same day.
    for (const QString& absent : {QStringLiteral("宁波远航物流"), QStringLiteral("NB003"), QStringLiteral("续签合同"),
                                  QStringLiteral("苏州星海电子"), QStringLiteral("SZ004")})
        EXPECT_FALSE(text.contains(absent)) << absent.toStdString();
    EXPECT_EQ(filesInOut(), QStringList{QStringLiteral("day.pdf")}); // no temporary file beside it

    // Who took which cards: one export entry per customer on the sheet, by rep1.
    const qint64 rep1 = scalar("SELECT id FROM users WHERE username = 'rep1'");
    SQLite::Statement q(db().sql(), "SELECT user_id, customer_id, detail FROM access_log WHERE action = 'export' "
                                    "ORDER BY customer_id");
    std::vector<qint64> customers;
    while (q.executeStep()) {
        EXPECT_EQ(q.getColumn(0).getInt64(), rep1);
        customers.push_back(q.getColumn(1).getInt64());
        EXPECT_TRUE(QString::fromStdString(q.getColumn(2).getString()).startsWith(QStringLiteral("visit sheet ")));
    }
    EXPECT_EQ(customers,
              (std::vector<qint64>{m_ids.value(QStringLiteral("HD001")), m_ids.value(QStringLiteral("HZ002"))}));
}

TEST_F(VisitSheetCommandsTest, AWeekInChineseAndAManagerPickingARep)
{
    const QString pdf = QDir(m_out).filePath(QStringLiteral("week.pdf"));
    const CliRun run =
        sheet(QStringLiteral("boss"), {QStringLiteral("--date"), m_day1, QStringLiteral("--to"), m_day2,
                                       QStringLiteral("--user"), QStringLiteral("rep1"), QStringLiteral("--pdf"), pdf,
                                       QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QString text = pdfFileText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("拜访单"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("续签合同")));
    EXPECT_TRUE(text.contains(QStringLiteral("华东精密机械有限公司")));
    EXPECT_FALSE(text.contains(QStringLiteral("SZ004")));
    EXPECT_FALSE(text.contains(QStringLiteral("Visit sheet")));
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action = 'export' AND user_id = "
                     "(SELECT id FROM users WHERE username = 'boss')"),
              3);
    // A rep may not pick another rep's visits.
    EXPECT_EQ(sheet(QStringLiteral("rep2"),
                    {QStringLiteral("--date"), m_day1, QStringLiteral("--user"), QStringLiteral("rep1"),
                     QStringLiteral("--pdf"), QDir(m_out).filePath(QStringLiteral("x.pdf"))})
                  .code,
              ExitDenied);
    EXPECT_EQ(filesInOut(), QStringList{QStringLiteral("week.pdf")});
}

TEST_F(VisitSheetCommandsTest, BadInputSaysWhatIsWrongExitsTwoAndLeavesNothing)
{
    const QString pdf = QDir(m_out).filePath(QStringLiteral("s.pdf"));
    const QString empty = QDate::currentDate().addDays(5).toString(Qt::ISODate);
    // A day without visits: no empty PDF.
    CliRun run = sheet(QStringLiteral("rep1"), {QStringLiteral("--date"), empty, QStringLiteral("--pdf"), pdf,
                                                QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(run.code, ExitUsage);
    EXPECT_TRUE(run.err.contains(QStringLiteral("No visits are planned on %1").arg(empty))) << run.err.toStdString();
    run = sheet(QStringLiteral("rep1"), {QStringLiteral("--date"), empty, QStringLiteral("--pdf"), pdf,
                                         QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    EXPECT_EQ(run.code, ExitUsage);
    EXPECT_TRUE(run.err.contains(QStringLiteral("没有计划拜访"))) << run.err.toStdString();
    // Not a date, in both languages.
    run = sheet(QStringLiteral("rep1"), {QStringLiteral("--date"), QStringLiteral("2026-13-45"),
                                         QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(run.code, ExitUsage);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'2026-13-45' is not a date"))) << run.err.toStdString();
    run = sheet(QStringLiteral("rep1"), {QStringLiteral("--date"), QStringLiteral("明天"), QStringLiteral("--pdf"), pdf,
                                         QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    EXPECT_EQ(run.code, ExitUsage);
    EXPECT_TRUE(run.err.contains(QStringLiteral("“明天”不是日期"))) << run.err.toStdString();
    // A folder that does not exist, and one that may not be written to.
    run = sheet(QStringLiteral("rep1"),
                {QStringLiteral("--date"), m_day1, QStringLiteral("--pdf"),
                 m_dir.filePath(QStringLiteral("missing/s.pdf")), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(run.code, ExitUsage);
    EXPECT_TRUE(run.err.contains(QStringLiteral("The PDF cannot be saved as"))) << run.err.toStdString();
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (!QFileInfo(locked).isWritable()) { // root writes anywhere
        run = sheet(QStringLiteral("rep1"), {QStringLiteral("--date"), m_day1, QStringLiteral("--pdf"),
                                             QDir(locked).filePath(QStringLiteral("s.pdf")), QStringLiteral("--lang"),
                                             QStringLiteral("zh_CN")});
        EXPECT_EQ(run.code, ExitUsage);
        EXPECT_TRUE(run.err.contains(QStringLiteral("无法保存"))) << run.err.toStdString();
        EXPECT_TRUE(QDir(locked).isEmpty());
    }
    // A folder nobody may create files in, root included (/proc).
    run = sheet(QStringLiteral("rep1"),
                {QStringLiteral("--date"), m_day1, QStringLiteral("--pdf"), QStringLiteral("/proc/visit-sheet.pdf"),
                 QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    EXPECT_EQ(run.code, ExitUsage);
    EXPECT_TRUE(run.err.contains(QStringLiteral("无法保存"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/proc/visit-sheet.pdf")));
    // A range longer than a week.
    run = sheet(QStringLiteral("rep1"),
                {QStringLiteral("--date"), m_day1, QStringLiteral("--to"),
                 QDate::currentDate().addDays(20).toString(Qt::ISODate), QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(run.code, ExitUsage);
    EXPECT_TRUE(filesInOut().isEmpty()) << filesInOut().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action = 'export'"), 0);
}

} // namespace
} // namespace carddesk::cli::test
