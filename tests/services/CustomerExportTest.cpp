#include "StorageFixture.h"

#include "services/ComplaintExport.h"
#include "services/CustomerExport.h"
#include "services/OfficeSettings.h"
#include "storage/repositories/ComplaintRepository.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <sys/stat.h>

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;
using io::TableFileWriter;
using services::ComplaintExport;
using services::CustomerExport;
using services::ExportRequest;

class CustomerExportTest : public StorageFixture
{
protected:
    ExportRequest request(const QString& name, TableFileWriter::Format format = TableFileWriter::Format::Csv,
                          bool chinese = false)
    {
        ExportRequest r;
        r.format = format;
        r.chinese = chinese;
        r.path = m_dir.filePath(name);
        return r;
    }

    core::Contact addContact(Session& session, qint64 customerId, const QString& name, bool primary,
                             const QString& mobile = {})
    {
        core::Contact contact;
        contact.customerId = customerId;
        contact.name = name;
        contact.isPrimary = primary;
        contact.mobile = mobile;
        return must(ContactRepository(session).create(contact), "create a contact");
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    // The CSV's lines without the BOM, split at CRLF (a quoted line break inside a field stays in its line).
    static QStringList lines(const QByteArray& bytes)
    {
        QString text = QString::fromUtf8(bytes.mid(3));
        QStringList result = text.split(QStringLiteral("\r\n"));
        if (!result.isEmpty() && result.back().isEmpty())
            result.removeLast();
        return result;
    }

    // The XML of a sheet of an .xlsx, as unzip gives it.
    static QString sheetXml(const QString& path, int sheet = 1)
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)});
        unzip.waitForFinished(60000);
        return QString::fromUtf8(unzip.readAllStandardOutput());
    }

    qint64 exportsLogged() { return scalar("SELECT count(*) FROM access_log WHERE action = 'export'"); }

    QString lastExportDetail()
    {
        return QString::fromStdString(
            m_db->sql()
                .execAndGet("SELECT detail FROM access_log WHERE action = 'export' ORDER BY id DESC LIMIT 1")
                .getString());
    }

    void allowRoles(const QString& roles)
    {
        ASSERT_TRUE(services::OfficeSettings::save(*m_adminSession, {{"export.roles", roles}}));
    }

    // Files left in the test's folder other than the office itself (a half file, a temporary one).
    QStringList strayFiles(const QStringList& expected)
    {
        QStringList stray;
        const QStringList all = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString& name : all) {
            if (!name.startsWith(QLatin1String("office.carddesk")) && !expected.contains(name))
                stray << name;
        }
        return stray;
    }
};

TEST_F(CustomerExportTest, CsvHasABomCrlfQuotingAndNeutralisedFormulas)
{
    core::Customer customer = createCustomer(*m_rep1aSession, QStringLiteral("=HYPERLINK(\"http://x\")"));
    customer.notes = QStringLiteral("line one\nline \"two\", end");
    customer.address = QStringLiteral("@SUM(A1)");
    customer.creditLimit = 50000;
    customer.isKey = true;
    customer = must(CustomerRepository(*m_rep1aSession).update(customer), "update");
    addContact(*m_rep1aSession, customer.id, QStringLiteral("+cmd"), true, QStringLiteral("13812345678"));

    auto outcome = CustomerExport::customers(*m_manager1Session, CustomerQuery{}, request(QStringLiteral("c.csv")));
    ASSERT_TRUE(outcome) << outcome.error().toString().toStdString();
    EXPECT_EQ(outcome->rows, 1);
    EXPECT_EQ(outcome->records, 1);

    const QByteArray bytes = read(m_dir.filePath(QStringLiteral("c.csv")));
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "a BOM, so Excel reads UTF-8";
    EXPECT_TRUE(bytes.contains("\r\n"));
    EXPECT_FALSE(QString::fromUtf8(bytes).remove(QStringLiteral("\r\n")).contains(QLatin1Char('\r')));
    const QStringList rows = lines(bytes);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows[0].startsWith(QLatin1String("code,name,kind,industry,area,")));
    // The formula-like texts carry a leading apostrophe; the text with quotes and a comma is quoted (RFC 4180), its
    // line break kept inside the quotes.
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")\","))) << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",'@SUM(A1),"))) << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",\"line one\nline \"\"two\"\", end\",")));
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",'+cmd,"))) << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",13812345678,")));
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",50000,")));
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",rep1a,yes,")));
}

TEST_F(CustomerExportTest, ChineseHeadersAndLabels)
{
    const core::Customer customer = createCustomer(*m_rep1aSession, QStringLiteral("杭州诚远食品有限公司"));
    addContact(*m_rep1aSession, customer.id, QStringLiteral("王经理"), true);

    auto outcome = CustomerExport::customers(*m_adminSession, CustomerQuery{},
                                             request(QStringLiteral("zh.csv"), TableFileWriter::Format::Csv, true));
    ASSERT_TRUE(outcome) << outcome.error().toString().toStdString();
    const QStringList rows = lines(read(m_dir.filePath(QStringLiteral("zh.csv"))));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows[0].startsWith(QStringLiteral("编号,客户名称,类型,行业,区域,"))) << rows[0].toStdString();
    EXPECT_TRUE(rows[0].contains(QStringLiteral("联系人手机")));
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",杭州诚远食品有限公司,企业,")));
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",潜在客户,")));
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",王经理,"))) << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",是,")));
    EXPECT_TRUE(lastExportDetail().contains(QLatin1String("lang=zh_CN")));
}

TEST_F(CustomerExportTest, OneRowPerContactPrimaryFirstCardOnTheFirstRow)
{
    const core::Customer one = createCustomer(*m_rep1aSession, QStringLiteral("甲公司"));
    addContact(*m_rep1aSession, one.id, QStringLiteral("张三"), false);
    addContact(*m_rep1aSession, one.id, QStringLiteral("李四"), true);
    createCustomer(*m_rep1aSession, QStringLiteral("乙公司")); // no contact: one row with empty contact columns

    auto outcome = CustomerExport::customers(*m_adminSession, CustomerQuery{}, request(QStringLiteral("m.csv")));
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->rows, 3);
    EXPECT_EQ(outcome->records, 2);
    const QStringList rows = lines(read(m_dir.filePath(QStringLiteral("m.csv"))));
    ASSERT_EQ(rows.size(), 4);
    const QStringList first = rows[1].split(QLatin1Char(','));
    const QStringList second = rows[2].split(QLatin1Char(','));
    EXPECT_EQ(first[0], one.code);
    EXPECT_EQ(second[0], one.code) << "every row of a customer names its code";
    EXPECT_EQ(first[1], QStringLiteral("甲公司"));
    EXPECT_EQ(second[1], QString()) << "the card is on the first row only";
    EXPECT_TRUE(rows[1].contains(QStringLiteral("李四"))) << "the primary contact first";
    EXPECT_TRUE(rows[2].contains(QStringLiteral("张三")));
    EXPECT_TRUE(rows[3].contains(QStringLiteral("乙公司")));
}

TEST_F(CustomerExportTest, XlsxHasTheRowsAsStringsABoldFrozenHeaderAndNoFormulas)
{
    const core::Customer customer = createCustomer(*m_rep1aSession, QStringLiteral("=1+1"));
    addContact(*m_rep1aSession, customer.id, QStringLiteral("王经理"), true, QStringLiteral("013812345678"));
    createCustomer(*m_rep2Session, QStringLiteral("华南客户"));

    const QString path = m_dir.filePath(QStringLiteral("c.xlsx"));
    auto outcome = CustomerExport::customers(*m_adminSession, CustomerQuery{},
                                             request(QStringLiteral("c.xlsx"), TableFileWriter::Format::Xlsx));
    ASSERT_TRUE(outcome) << outcome.error().toString().toStdString();
    EXPECT_EQ(outcome->rows, 2);
    const QString xml = sheetXml(path);
    ASSERT_FALSE(xml.isEmpty()) << "the sheet can be read back";
    EXPECT_EQ(xml.count(QStringLiteral("<row ")), 3); // header and two customers
    EXPECT_TRUE(xml.contains(QStringLiteral("<pane ySplit=\"1\""))) << "the header row stays in view";
    EXPECT_TRUE(xml.contains(QStringLiteral("<t>=1+1</t>"))) << "a string as it is, no apostrophe";
    EXPECT_FALSE(xml.contains(QStringLiteral("<f>"))) << "never a formula";
    EXPECT_TRUE(xml.contains(QStringLiteral("<t>013812345678</t>"))) << "a phone keeps its leading zero";
    EXPECT_TRUE(xml.contains(QStringLiteral("<t>华南客户</t>")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<t>contact_mobile</t>")));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/styles.xml")});
    unzip.waitForFinished(60000);
    EXPECT_TRUE(unzip.readAllStandardOutput().contains("<b/>")) << "a bold header";
}

TEST_F(CustomerExportTest, APipeOrDeviceAsTheTargetIsRefusedAndLeftAsItWas)
{
    // The export is renamed onto its target: onto /dev/null (as root) or a named pipe that rename replaced the
    // device or pipe with a regular file holding the export.
    createCustomer(*m_adminSession, QStringLiteral("管道客户"));
    const QString pipe = m_dir.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    ExportRequest target = request(QStringLiteral("pipe.csv"));
    auto outcome = CustomerExport::customers(*m_adminSession, CustomerQuery{}, target);
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(outcome.error().field, QStringLiteral("file"));
    EXPECT_TRUE(outcome.error().message.contains(QStringLiteral("pipe.csv is a named pipe, not a file")))
        << outcome.error().message.toStdString();
    struct stat status
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(pipe).constData(), &status), 0);
    EXPECT_TRUE(S_ISFIFO(status.st_mode));
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral(".pipe.csv.*")}, QDir::Files | QDir::Hidden), QStringList());
    EXPECT_EQ(exportsLogged(), 0);
}

TEST_F(CustomerExportTest, ARepExportsOnlyTheirOwnCustomersWhenRepsMayExport)
{
    allowRoles(QStringLiteral("rep,manager,admin"));
    const core::Customer mine = createCustomer(*m_rep1aSession, QStringLiteral("我的客户"));
    const core::Customer colleague = createCustomer(*m_rep1bSession, QStringLiteral("同事的客户"));
    const core::Customer south = createCustomer(*m_rep2Session, QStringLiteral("华南的客户"));

    auto outcome = CustomerExport::customers(*m_rep1aSession, CustomerQuery{}, request(QStringLiteral("rep.csv")));
    ASSERT_TRUE(outcome) << outcome.error().toString().toStdString();
    EXPECT_EQ(outcome->records, 1);
    const QString text = QString::fromUtf8(read(m_dir.filePath(QStringLiteral("rep.csv"))));
    EXPECT_TRUE(text.contains(mine.code));
    EXPECT_FALSE(text.contains(colleague.code));
    EXPECT_FALSE(text.contains(south.code));

    // The manager of area 1: both reps of the area, not the south.
    auto managers = CustomerExport::customers(*m_manager1Session, CustomerQuery{}, request(QStringLiteral("m.csv")));
    ASSERT_TRUE(managers);
    EXPECT_EQ(managers->records, 2);
    // Another rep's card is not there for this rep.
    auto card = CustomerExport::card(*m_rep1aSession, colleague.id, request(QStringLiteral("card.csv")));
    ASSERT_FALSE(card);
    EXPECT_EQ(card.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("card.csv"))));
}

TEST_F(CustomerExportTest, TheFilterOfTheListApplies)
{
    createCustomer(*m_rep1aSession, QStringLiteral("杭州甲食品"));
    createCustomer(*m_rep1aSession, QStringLiteral("宁波乙机械"));
    CustomerQuery query;
    query.search = QStringLiteral("食品");
    query.ownerId = m_rep1a.id;
    auto outcome = CustomerExport::customers(*m_adminSession, query, request(QStringLiteral("f.csv")));
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->records, 1);
    const QString text = QString::fromUtf8(read(m_dir.filePath(QStringLiteral("f.csv"))));
    EXPECT_TRUE(text.contains(QStringLiteral("杭州甲食品")));
    EXPECT_FALSE(text.contains(QStringLiteral("宁波乙机械")));
}

TEST_F(CustomerExportTest, EveryExportIsLoggedWithUserFilterAndCount)
{
    createCustomer(*m_rep1aSession, QStringLiteral("杭州甲食品"));
    createCustomer(*m_rep1aSession, QStringLiteral("杭州乙食品"));
    CustomerQuery query;
    query.search = QStringLiteral("食品");
    query.status = QStringLiteral("potential");
    ASSERT_TRUE(CustomerExport::customers(*m_manager1Session, query,
                                          request(QStringLiteral("log.xlsx"), TableFileWriter::Format::Xlsx)));
    ASSERT_EQ(exportsLogged(), 1);
    EXPECT_EQ(scalar("SELECT user_id FROM access_log WHERE action = 'export'"), m_manager1.id);
    EXPECT_EQ(scalar("SELECT coalesce(customer_id, 0) FROM access_log WHERE action = 'export'"), 0);
    const QString detail = lastExportDetail();
    EXPECT_TRUE(detail.startsWith(QStringLiteral("customers; filter: search='食品' status=potential;")))
        << detail.toStdString();
    EXPECT_TRUE(detail.contains(QLatin1String("format=xlsx")));
    EXPECT_TRUE(detail.contains(QLatin1String("rows=2 customers=2")));
    EXPECT_TRUE(detail.contains(QLatin1String("log.xlsx")));

    const core::Customer card = createCustomer(*m_rep1aSession, QStringLiteral("单张"));
    ASSERT_TRUE(CustomerExport::card(*m_adminSession, card.id, request(QStringLiteral("card.csv"))));
    EXPECT_EQ(scalar("SELECT customer_id FROM access_log WHERE action = 'export' ORDER BY id DESC LIMIT 1"), card.id);
    EXPECT_TRUE(lastExportDetail().contains(QLatin1String("rows=1 customers=1")));
}

TEST_F(CustomerExportTest, ExportRolesRefuseAndARefusalWritesNothing)
{
    createCustomer(*m_rep1aSession);
    // Default: managers and the administrator.
    auto rep = CustomerExport::customers(*m_rep1aSession, CustomerQuery{}, request(QStringLiteral("r.csv")));
    ASSERT_FALSE(rep);
    EXPECT_EQ(rep.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(rep.error().field, QStringLiteral("export"));
    allowRoles(QStringLiteral("admin"));
    auto manager = CustomerExport::customers(*m_manager1Session, CustomerQuery{}, request(QStringLiteral("m.csv")));
    ASSERT_FALSE(manager);
    EXPECT_EQ(manager.error().code, ErrorCode::AccessDenied);
    auto complaints =
        ComplaintExport::complaints(*m_manager1Session, ComplaintFilter{}, request(QStringLiteral("k.csv")));
    ASSERT_FALSE(complaints);
    EXPECT_EQ(complaints.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(exportsLogged(), 0);
    EXPECT_TRUE(strayFiles({}).isEmpty()) << strayFiles({}).join(QLatin1Char(' ')).toStdString();
    ASSERT_TRUE(CustomerExport::customers(*m_adminSession, CustomerQuery{}, request(QStringLiteral("a.csv"))));
    EXPECT_EQ(exportsLogged(), 1);
}

TEST_F(CustomerExportTest, ExportRolesSettingAcceptsRoleCodesOnly)
{
    EXPECT_TRUE(services::OfficeSettings::check("export.roles", QStringLiteral("rep, manager,admin")));
    EXPECT_TRUE(services::OfficeSettings::check("export.roles", QString()));
    EXPECT_FALSE(services::OfficeSettings::check("export.roles", QStringLiteral("manager,boss")));
    EXPECT_EQ(services::OfficeSettings::value(db(), "export.roles"), QStringLiteral("manager,admin"));
}

TEST_F(CustomerExportTest, ACancelledExportLeavesTheOldFileAndNoHalfFile)
{
    for (int i = 0; i < 1200; ++i)
        createCustomer(*m_rep1aSession);
    const QString path = m_dir.filePath(QStringLiteral("big.xlsx"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the previous export");
    }
    for (const auto format : {TableFileWriter::Format::Xlsx, TableFileWriter::Format::Csv}) {
        ExportRequest r = request(QStringLiteral("big.xlsx"), format);
        qint64 seen = 0;
        r.progress = [&](qint64 rows) {
            seen = rows;
            return rows < 1000;
        };
        auto outcome = CustomerExport::customers(*m_adminSession, CustomerQuery{}, r);
        ASSERT_TRUE(outcome);
        EXPECT_TRUE(outcome->cancelled);
        EXPECT_EQ(seen, 1000);
        EXPECT_EQ(read(path), QByteArray("the previous export"));
        EXPECT_TRUE(strayFiles({QStringLiteral("big.xlsx")}).isEmpty())
            << strayFiles({QStringLiteral("big.xlsx")}).join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_EQ(exportsLogged(), 0);

    // Completed, the file is replaced at once.
    ExportRequest done = request(QStringLiteral("big.xlsx"), TableFileWriter::Format::Xlsx);
    auto outcome = CustomerExport::customers(*m_adminSession, CustomerQuery{}, done);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->rows, 1200);
    EXPECT_TRUE(read(path).startsWith("PK"));
    EXPECT_EQ(sheetXml(path).count(QStringLiteral("<row ")), 1201);
    EXPECT_TRUE(strayFiles({QStringLiteral("big.xlsx")}).isEmpty());
}

TEST_F(CustomerExportTest, AFailedExportLogsNothing)
{
    createCustomer(*m_rep1aSession);
    ExportRequest missingFolder = request(QStringLiteral("no/such/folder/c.csv"));
    auto outcome = CustomerExport::customers(*m_adminSession, CustomerQuery{}, missingFolder);
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, ErrorCode::Io);
    ExportRequest folder = request(QString());
    folder.path = m_dir.path();
    auto onFolder = CustomerExport::customers(*m_adminSession, CustomerQuery{}, folder);
    ASSERT_FALSE(onFolder);
    EXPECT_EQ(exportsLogged(), 0);
}

TEST_F(CustomerExportTest, ComplaintListInEnglishAndChinese)
{
    const core::Customer customer = createCustomer(*m_rep1aSession, QStringLiteral("投诉客户"));
    core::Complaint complaint;
    complaint.customerId = customer.id;
    complaint.level = 3;
    complaint.channel = QStringLiteral("phone");
    complaint.description = QStringLiteral("-送货晚了, 两天");
    complaint.receivedAt = QDateTime::currentDateTimeUtc();
    must(ComplaintRepository(*m_rep1aSession).create(complaint), "create a complaint");
    createCustomer(*m_rep2Session); // and none in the south

    auto english = ComplaintExport::complaints(*m_manager1Session, ComplaintFilter{}, request(QStringLiteral("k.csv")));
    ASSERT_TRUE(english) << english.error().toString().toStdString();
    EXPECT_EQ(english->rows, 1);
    QStringList rows = lines(read(m_dir.filePath(QStringLiteral("k.csv"))));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(
        rows[0].startsWith(QLatin1String("id,customer_code,customer,received_at,channel,category,level,status")));
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",phone,"))) << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",new,")));
    EXPECT_TRUE(rows[1].contains(QStringLiteral(",\"'-送货晚了, 两天\",")));

    ComplaintFilter filter;
    filter.level = 3;
    auto chinese = ComplaintExport::complaints(*m_adminSession, filter,
                                               request(QStringLiteral("k.xlsx"), TableFileWriter::Format::Xlsx, true));
    ASSERT_TRUE(chinese);
    const QString xml = sheetXml(m_dir.filePath(QStringLiteral("k.xlsx")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<t>投诉内容</t>")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<t>新建</t>")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<t>电话</t>")));
    EXPECT_TRUE(lastExportDetail().startsWith(QLatin1String("complaints; filter: level=3;")))
        << lastExportDetail().toStdString();

    ComplaintFilter none;
    none.level = 1;
    auto empty = ComplaintExport::complaints(*m_adminSession, none, request(QStringLiteral("k2.csv")));
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->rows, 0);
    EXPECT_EQ(lines(read(m_dir.filePath(QStringLiteral("k2.csv")))).size(), 1) << "the header alone";
}

} // namespace
} // namespace carddesk::storage::test
