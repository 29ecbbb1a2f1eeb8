#include "CliTestSupport.h"

#include "cli/CliContext.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace carddesk::cli::test {
namespace {

QString helperOutput(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString() << " did not finish";
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << ": " << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The real executable: it starts a QGuiApplication for a PDF (this test program has no application object).
CliRun runProgram(const QStringList& arguments)
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

int occurrences(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return static_cast<int>(file.readAll().count(text.toUtf8()));
}

class DataCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        for (const char* area : {"east", "south"})
            ASSERT_EQ(
                runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QLatin1String(area)})
                    .code,
                0);
        addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("east"));
        addUser(QStringLiteral("boss1"), QStringLiteral("manager"), QStringLiteral("east"));
        addUser(QStringLiteral("boss2"), QStringLiteral("manager"), QStringLiteral("south"));
        storage::Session rep = session(QStringLiteral("rep1"));
        m_customer =
            addCustomer(rep, QStringLiteral("宁波海曙贸易有限公司"), QStringLiteral("宁波市海曙区中山西路 100 号"));
        m_contact = addContact(rep, m_customer, QStringLiteral("陈静"), QStringLiteral("13800001111"), false);
        m_refused = addCustomer(rep, QStringLiteral("不要来信公司"), QStringLiteral("杭州市西湖区文三路 1 号"));
        addContact(rep, m_refused, QStringLiteral("张三"), QStringLiteral("13900002222"), true);
        const std::string id = std::to_string(m_customer);
        db().sql().exec("INSERT INTO orders (customer_id, order_date, amount) VALUES (" + id + ", '2026-01-05', 100)");
        m_db.reset();
        m_out = m_dir.filePath(QStringLiteral("out"));
        ASSERT_TRUE(QDir().mkpath(m_out));
    }

    qint64 addCustomer(storage::Session& rep, const QString& name, const QString& address)
    {
        core::Customer c;
        c.name = name;
        c.address = address;
        auto created = storage::CustomerRepository(rep).create(c);
        if (!created)
            throw std::runtime_error(created.error().toString().toStdString());
        return created->id;
    }

    qint64 addContact(storage::Session& rep, qint64 customer, const QString& name, const QString& mobile,
                      bool doNotContact)
    {
        core::Contact c;
        c.customerId = customer;
        c.name = name;
        c.title = QStringLiteral("经理");
        c.mobile = mobile;
        c.isPrimary = true;
        c.doNotContact = doNotContact;
        auto created = storage::ContactRepository(rep).create(c);
        if (!created)
            throw std::runtime_error(created.error().toString().toStdString());
        return created->id;
    }

    QStringList words(std::initializer_list<const char*> list, const QStringList& tail = {}) const
    {
        QStringList result;
        for (const char* w : list)
            result << QString::fromUtf8(w);
        return result + tail;
    }

    qint64 m_customer = 0;
    qint64 m_contact = 0;
    qint64 m_refused = 0;
    QString m_out;
};

TEST_F(DataCommandsTest, DeleteWithoutYesNamesWhatWouldGoAndChangesNothing)
{
    const QString id = QString::number(m_customer);
    const CliRun preview = runAs(QStringLiteral("boss1"), words({"customers", "delete"}, {id}));
    ASSERT_EQ(preview.code, ExitOk) << preview.err.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("would delete"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("contacts 1"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("orders 1"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.err.contains(QStringLiteral("--yes")));
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE id = " + id.toStdString()), 1);
    m_db.reset();
    // A rep may not; another area's manager does not find it; the area's manager deletes it all.
    EXPECT_EQ(runAs(QStringLiteral("rep1"), words({"customers", "delete"}, {id, QStringLiteral("--yes")})).code,
              ExitDenied);
    EXPECT_EQ(runAs(QStringLiteral("boss2"), words({"customers", "delete"}, {id, QStringLiteral("--yes")})).code,
              ExitFailure);
    const CliRun gone = runAs(QStringLiteral("boss1"), words({"customers", "delete"}, {id, "--yes", "--json"}));
    ASSERT_EQ(gone.code, ExitOk) << gone.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(gone.out.toUtf8()).object();
    EXPECT_TRUE(json.value("deleted").toBool());
    EXPECT_EQ(json.value("attached").toObject().value("orders").toInt(), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE id = " + id.toStdString()), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 0);
}

TEST_F(DataCommandsTest, ArchivedCustomersLeaveTheListing)
{
    const QString id = QString::number(m_customer);
    ASSERT_EQ(runAs(QStringLiteral("admin"), words({"customers", "archive"}, {id})).code, ExitOk);
    const CliRun list = runAs(QStringLiteral("admin"), words({"customers", "list", "--format", "csv"}));
    EXPECT_FALSE(list.out.contains(QStringLiteral("宁波海曙"))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("不要来信公司")));
    EXPECT_EQ(runAs(QStringLiteral("admin"), words({"customers", "archive"}, {id})).code, ExitFailure);
    ASSERT_EQ(runAs(QStringLiteral("boss1"), words({"customers", "unarchive"}, {id})).code, ExitOk);
    EXPECT_TRUE(runAs(QStringLiteral("admin"), words({"customers", "list"})).out.contains(QStringLiteral("宁波海曙")));
}

TEST_F(DataCommandsTest, EraseLeavesNoTraceOfThePhoneInTheFiles)
{
    ASSERT_GT(occurrences(m_dbPath, QStringLiteral("13800001111")) +
                  occurrences(m_dbPath + QStringLiteral("-wal"), QStringLiteral("13800001111")),
              0);
    const CliRun run = runAs(QStringLiteral("admin"),
                             words({"contact", "erase"}, {QString::number(m_contact), QStringLiteral("--json")}));
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value("contact_id").toInteger(), m_contact);
    EXPECT_TRUE(json.value("wal_emptied").toBool());
    EXPECT_TRUE(run.err.contains(QStringLiteral("backups")));
    EXPECT_EQ(occurrences(m_dbPath, QStringLiteral("13800001111")), 0);
    EXPECT_EQ(occurrences(m_dbPath, QStringLiteral("陈静")), 0);
    EXPECT_EQ(occurrences(m_dbPath + QStringLiteral("-wal"), QStringLiteral("13800001111")), 0);
    // A manager may not erase, even in their area.
    EXPECT_EQ(runAs(QStringLiteral("boss1"), words({"contact", "erase", "2"})).code, ExitDenied);
}

TEST_F(DataCommandsTest, APersonsDataAsJsonIsLoggedAsAnExport)
{
    const QString file = QDir(m_out).filePath(QStringLiteral("chen.json"));
    const CliRun run =
        runAs(QStringLiteral("boss1"),
              words({"contact", "export-data"}, {QString::number(m_contact), QStringLiteral("--out"), file}));
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    QFile json(file);
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(json.readAll()).object();
    EXPECT_EQ(data.value("contact").toObject().value("mobile").toString(), QStringLiteral("13800001111"));
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action = 'export' AND customer_id = " +
                     std::to_string(m_customer) + " AND detail LIKE 'personal data of contact%'"),
              1);
    m_db.reset();
    const QString refused = QDir(m_out).filePath(QStringLiteral("refused.json"));
    EXPECT_EQ(runAs(QStringLiteral("rep1"), words({"customers", "export-data"},
                                                  {QString::number(m_customer), QStringLiteral("--out"), refused}))
                  .code,
              ExitDenied);
    EXPECT_FALSE(QFile::exists(refused));
}

TEST_F(DataCommandsTest, APersonsDataAsPdfIsReadable)
{
    const QString pdf = QDir(m_out).filePath(QStringLiteral("customer.pdf"));
    const CliRun run =
        runProgram(as(QStringLiteral("admin")) +
                   words({"customers", "export-data"}, {QString::number(m_customer), QStringLiteral("--out"), pdf,
                                                        QStringLiteral("--format"), QStringLiteral("pdf")}));
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    const QString text = helperOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("宁波海曙贸易有限公司"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("13800001111"))) << text.toStdString();
}

TEST_F(DataCommandsTest, MailingListLeavesOutWhoAskedNotToBeContacted)
{
    const QString xlsx = QDir(m_out).filePath(QStringLiteral("mailing.xlsx"));
    // A workbook of contacts and phones is an export: by default a rep may not take one (it bypassed export.roles).
    const CliRun refused = runAs(QStringLiteral("rep1"), words({"mailing", "list", "--json", "--out"}, {xlsx}));
    EXPECT_EQ(refused.code, ExitDenied) << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(xlsx));
    ASSERT_EQ(runAs(QStringLiteral("admin"), words({"settings", "set", "export.roles", "rep,manager,admin"}, {})).code,
              ExitOk);
    const CliRun run = runAs(QStringLiteral("rep1"), words({"mailing", "list", "--json", "--out"}, {xlsx}));
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value("written").toInt(), 1);
    EXPECT_EQ(json.value("skipped_do_not_contact").toInt(), 1);
    const QString sheet =
        helperOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    EXPECT_TRUE(sheet.contains(QStringLiteral("陈静"))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("宁波市海曙区中山西路 100 号")));
    EXPECT_FALSE(sheet.contains(QStringLiteral("张三")));
    EXPECT_EQ(
        scalar("SELECT count(*) FROM access_log WHERE action = 'export' AND detail LIKE 'mailing list xlsx%1 rows, "
               "1 skipped%'"),
        1);
}

TEST_F(DataCommandsTest, AddressLabelsOnASheet)
{
    const QString pdf = QDir(m_out).filePath(QStringLiteral("labels.pdf"));
    const CliRun bad = runAs(QStringLiteral("rep1"), words({"mailing", "labels", "--sheet", "a5-1x1", "--out"}, {pdf}));
    EXPECT_EQ(bad.code, ExitUsage);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("a4-3x8")));
    const CliRun run = runProgram(as(QStringLiteral("rep1")) +
                                  words({"mailing", "labels", "--sheet", "a4-2x7", "--json", "--out"}, {pdf}));
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out.toUtf8()).object().value("pages").toInt(), 1);
    const QString text = helperOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("宁波市海曙区中山西路 100 号"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("陈静"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("张三")));
}

} // namespace
} // namespace carddesk::cli::test
