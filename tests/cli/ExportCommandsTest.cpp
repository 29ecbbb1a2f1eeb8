#include "CliTestSupport.h"

#include "cli/CliContext.h"

#include "storage/repositories/CustomerRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace carddesk::cli::test {
namespace {

class ExportCommandsTest : public CliFixture
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
        addUser(QStringLiteral("boss1"), QStringLiteral("manager"), QStringLiteral("east"));
    }

    core::Customer createCustomer(const QString& user, const QString& name)
    {
        storage::Session s = session(user);
        core::Customer customer;
        customer.name = name;
        auto created = storage::CustomerRepository(s).create(customer);
        if (!created)
            throw std::runtime_error(created.error().toString().toStdString());
        return *created;
    }

    QString out(const QString& name) const { return m_dir.filePath(name); }

    static QString text(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    CliRun exportAs(const QString& user, QStringList args)
    {
        m_db.reset();
        return runAs(user, QStringList{QStringLiteral("export")} + args);
    }

    qint64 exportsLogged() { return scalar("SELECT count(*) FROM access_log WHERE action = 'export'"); }
};

TEST_F(ExportCommandsTest, CustomersWithTheListFiltersAsJson)
{
    const core::Customer food = createCustomer(QStringLiteral("rep1"), QStringLiteral("杭州甲食品"));
    const core::Customer tools = createCustomer(QStringLiteral("rep1"), QStringLiteral("宁波乙机械"));
    const core::Customer other = createCustomer(QStringLiteral("rep2"), QStringLiteral("温州丙食品"));
    const CliRun run =
        exportAs(QStringLiteral("boss1"),
                 {QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--out"), out(QStringLiteral("c.csv")), QStringLiteral("--search"),
                  QStringLiteral("食品"), QStringLiteral("--rep"), QStringLiteral("rep1"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("rows")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("customers")).toInt(), 1);
    const QString csv = text(out(QStringLiteral("c.csv")));
    EXPECT_TRUE(csv.contains(food.code));
    EXPECT_FALSE(csv.contains(tools.code));
    EXPECT_FALSE(csv.contains(other.code));
    EXPECT_EQ(exportsLogged(), 1);
    const QString detail = QString::fromStdString(
        db().sql().execAndGet("SELECT detail FROM access_log WHERE action = 'export'").getString());
    EXPECT_TRUE(detail.contains(QStringLiteral("search='食品'"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QLatin1String("rows=1")));
}

TEST_F(ExportCommandsTest, XlsxInChineseAndTheCountOnALine)
{
    createCustomer(QStringLiteral("rep1"), QStringLiteral("杭州甲食品"));
    const CliRun run = exportAs(QStringLiteral("admin"),
                                {QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                                 QStringLiteral("--out"), out(QStringLiteral("c.xlsx")), QStringLiteral("--lang"),
                                 QStringLiteral("zh_CN")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QLatin1String("exported 1 rows (1 customers) to "))) << run.out.toStdString();
    QFile file(out(QStringLiteral("c.xlsx")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2) == "PK");
}

TEST_F(ExportCommandsTest, ARepIsRefusedByDefaultAndThenSeesOnlyTheirOwn)
{
    const core::Customer mine = createCustomer(QStringLiteral("rep1"), QStringLiteral("我的客户"));
    const core::Customer theirs = createCustomer(QStringLiteral("rep2"), QStringLiteral("别人的客户"));
    const QStringList args{QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--out"), out(QStringLiteral("rep.csv"))};
    const CliRun refused = exportAs(QStringLiteral("rep1"), args);
    EXPECT_EQ(refused.code, ExitDenied);
    EXPECT_TRUE(refused.err.contains(QLatin1String("export.roles"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("rep.csv"))));
    EXPECT_EQ(exportsLogged(), 0);

    m_db.reset();
    ASSERT_EQ(runAs(QStringLiteral("admin"), {QStringLiteral("settings"), QStringLiteral("set"),
                                              QStringLiteral("export.roles"), QStringLiteral("rep,manager,admin")})
                  .code,
              0);
    const CliRun allowed = exportAs(QStringLiteral("rep1"), args);
    ASSERT_EQ(allowed.code, 0) << allowed.err.toStdString();
    const QString csv = text(out(QStringLiteral("rep.csv")));
    EXPECT_TRUE(csv.contains(mine.code));
    EXPECT_FALSE(csv.contains(theirs.code));
    // Another rep's card is not there for them, by code or by id.
    const CliRun card = exportAs(QStringLiteral("rep1"),
                                 {QStringLiteral("card"), theirs.code, QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--out"), out(QStringLiteral("card.csv"))});
    EXPECT_EQ(card.code, ExitFailure);
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("card.csv"))));
}

TEST_F(ExportCommandsTest, CardAndComplaints)
{
    const core::Customer customer = createCustomer(QStringLiteral("rep1"), QStringLiteral("单张客户"));
    const CliRun card = exportAs(QStringLiteral("boss1"),
                                 {QStringLiteral("card"), customer.code, QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--out"), out(QStringLiteral("card.csv"))});
    ASSERT_EQ(card.code, 0) << card.err.toStdString();
    EXPECT_TRUE(text(out(QStringLiteral("card.csv"))).contains(QStringLiteral("单张客户")));
    EXPECT_EQ(scalar("SELECT customer_id FROM access_log WHERE action = 'export'"), customer.id);

    const CliRun complaints = exportAs(QStringLiteral("boss1"),
                                       {QStringLiteral("complaints"), QStringLiteral("--format"), QStringLiteral("csv"),
                                        QStringLiteral("--out"), out(QStringLiteral("k.csv")),
                                        QStringLiteral("--status"), QStringLiteral("open"), QStringLiteral("--json")});
    ASSERT_EQ(complaints.code, 0) << complaints.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(complaints.out.toUtf8()).object().value(QStringLiteral("complaints")).toInt(), 0);
    QFile csv(out(QStringLiteral("k.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().startsWith("\xEF\xBB\xBFid,")) << "a BOM, then the English header";
    EXPECT_EQ(exportsLogged(), 2);
}

TEST_F(ExportCommandsTest, UsageErrors)
{
    const CliRun format = exportAs(QStringLiteral("admin"),
                                   {QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                    QStringLiteral("--out"), out(QStringLiteral("x.pdf"))});
    EXPECT_EQ(format.code, ExitUsage);
    EXPECT_TRUE(format.err.contains(QLatin1String("csv or xlsx")));
    const CliRun noFile = exportAs(QStringLiteral("admin"),
                                   {QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(noFile.code, ExitUsage);
    const CliRun lang =
        exportAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("--format"),
                                           QStringLiteral("csv"), QStringLiteral("--out"), out(QStringLiteral("x.csv")),
                                           QStringLiteral("--lang"), QStringLiteral("fr")});
    EXPECT_EQ(lang.code, ExitUsage);
    const CliRun what = exportAs(QStringLiteral("admin"), {QStringLiteral("orders")});
    EXPECT_EQ(what.code, ExitUsage);
    // Bug: CSV text was written over a workbook under its .xlsx name (and the other way round), without a word.
    const QString workbook = out(QStringLiteral("m.xlsx"));
    QFile kept(workbook);
    ASSERT_TRUE(kept.open(QIODevice::WriteOnly));
    kept.write("PK-the-old-workbook");
    kept.close();
    const CliRun mismatch =
        exportAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("--format"),
                                           QStringLiteral("csv"), QStringLiteral("--out"), workbook});
    EXPECT_EQ(mismatch.code, ExitUsage);
    EXPECT_TRUE(mismatch.err.contains(QLatin1String("ends in .xlsx but --format is csv")))
        << mismatch.err.toStdString();
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("PK-the-old-workbook"));
    const CliRun reverse = exportAs(QStringLiteral("admin"),
                                    {QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                                     QStringLiteral("--out"), out(QStringLiteral("list.CSV"))});
    EXPECT_EQ(reverse.code, ExitUsage);
    EXPECT_EQ(exportsLogged(), 0);
}

} // namespace
} // namespace carddesk::cli::test
