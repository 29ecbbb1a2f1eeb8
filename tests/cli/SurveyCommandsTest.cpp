// carddesk-cli surveys add / list / matrix: recording with the scores checked (exit 2 and a message naming the
// option), a rep's scope, the JSON, and the matrix of a scored demo office.
#include "CliTestSupport.h"

#include "cli/CliContext.h"

#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace carddesk::cli::test {
namespace {

class SurveyCommandsTest : public CliFixture
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
        storage::Session s = session(QStringLiteral("rep1"));
        core::Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("客户 C1");
        m_customer = storage::CustomerRepository(s).create(c)->id;
        core::Contact contact;
        contact.customerId = m_customer;
        contact.name = QStringLiteral("王芳");
        m_contact = storage::ContactRepository(s).create(contact)->id;
        storage::Session other = session(QStringLiteral("rep2"));
        c.code = QStringLiteral("C2");
        c.name = QStringLiteral("客户 C2");
        const qint64 theirs = storage::CustomerRepository(other).create(c)->id;
        contact.customerId = theirs;
        contact.name = QStringLiteral("李强");
        m_theirContact = storage::ContactRepository(other).create(contact)->id;
        m_db.reset();
    }

    QStringList add(const QString& customer, const QString& product, const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("surveys"),    QStringLiteral("add"),
                           QStringLiteral("--customer"), customer,
                           QStringLiteral("--date"),     m_yesterday,
                           QStringLiteral("--product"),  product,
                           QStringLiteral("--service"),  QStringLiteral("4"),
                           QStringLiteral("--staff"),    QStringLiteral("3"),
                           QStringLiteral("--image"),    QStringLiteral("4")} +
               more;
    }

    qint64 m_customer = 0;
    qint64 m_contact = 0;
    qint64 m_theirContact = 0;
    QString m_yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
};

TEST_F(SurveyCommandsTest, AddAndListWithTheScoresAndTheContact)
{
    const QString rep = QStringLiteral("rep1");
    CliRun added = runAs(rep, add(QStringLiteral("C1"), QStringLiteral("5"),
                                  {QStringLiteral("--contact"), QString::number(m_contact), QStringLiteral("--comment"),
                                   QStringLiteral("服务很好")}));
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_GT(added.out.trimmed().toLongLong(), 0);

    CliRun listed = runAs(rep, {QStringLiteral("surveys"), QStringLiteral("list"), QStringLiteral("--customer"),
                                QStringLiteral("C1"), QStringLiteral("--json")});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows[0].toObject();
    EXPECT_EQ(row.value(QStringLiteral("product")).toInt(), 5);
    EXPECT_EQ(row.value(QStringLiteral("staff")).toInt(), 3);
    EXPECT_DOUBLE_EQ(row.value(QStringLiteral("mean")).toDouble(), 4.0);
    EXPECT_EQ(row.value(QStringLiteral("contact")).toString(), QStringLiteral("王芳"));
    EXPECT_EQ(row.value(QStringLiteral("date")).toString(), m_yesterday);
    EXPECT_EQ(row.value(QStringLiteral("comment")).toString(), QStringLiteral("服务很好"));

    CliRun table = runAs(rep, {QStringLiteral("surveys"), QStringLiteral("list")});
    ASSERT_EQ(table.code, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("服务很好")));
}

TEST_F(SurveyCommandsTest, BadScoresDatesContactsAndOtherRepsCustomersAreRefused)
{
    const QString rep = QStringLiteral("rep1");
    CliRun six = runAs(rep, add(QStringLiteral("C1"), QStringLiteral("6")));
    EXPECT_EQ(six.code, int(ExitUsage));
    EXPECT_TRUE(six.err.contains(QStringLiteral("--product"))) << six.err.toStdString();
    CliRun text = runAs(rep, add(QStringLiteral("C1"), QStringLiteral("good")));
    EXPECT_EQ(text.code, int(ExitUsage));
    QStringList future = add(QStringLiteral("C1"), QStringLiteral("4"));
    future[5] = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    CliRun ahead = runAs(rep, future);
    EXPECT_EQ(ahead.code, int(ExitUsage));
    EXPECT_TRUE(ahead.err.contains(QStringLiteral("future"))) << ahead.err.toStdString();
    CliRun contact = runAs(rep, add(QStringLiteral("C1"), QStringLiteral("4"),
                                    {QStringLiteral("--contact"), QString::number(m_theirContact)}));
    EXPECT_EQ(contact.code, int(ExitUsage));
    EXPECT_TRUE(contact.err.contains(QStringLiteral("not a contact of this customer"))) << contact.err.toStdString();
    CliRun missing = runAs(rep, {QStringLiteral("surveys"), QStringLiteral("add"), QStringLiteral("--customer"),
                                 QStringLiteral("C1"), QStringLiteral("--date"), m_yesterday});
    EXPECT_EQ(missing.code, int(ExitUsage));
    // rep1 may not record a survey of rep2's customer: not found, as if it did not exist.
    CliRun theirs = runAs(rep, add(QStringLiteral("C2"), QStringLiteral("4")));
    EXPECT_EQ(theirs.code, int(ExitFailure));
    CliRun none = runAs(rep, {QStringLiteral("surveys"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(none.code, 0);
    EXPECT_EQ(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);
    CliRun unknown = runAs(
        rep, {QStringLiteral("surveys"), QStringLiteral("matrix"), QStringLiteral("--cell"), QStringLiteral("happy")});
    EXPECT_EQ(unknown.code, int(ExitUsage));
}

TEST(SurveyCommandsDemoTest, TheDemoOfficeHasSurveysAndTheMatrixListsEachCell)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    CliRun demo = runCli(
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("600")});
    ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("satisfaction surveys"))) << demo.out.toStdString();
    const QString pw = dir.filePath(QStringLiteral("pw"));
    writeFile(pw, QByteArrayLiteral("admin1234\n"));
    const QStringList admin{QStringLiteral("--db"),
                            db,
                            QStringLiteral("--user"),
                            QStringLiteral("admin"),
                            QStringLiteral("--password-file"),
                            pw};
    ASSERT_EQ(runCli(admin + QStringList{QStringLiteral("score"), QStringLiteral("--as-of"),
                                         QDate::currentDate().toString(Qt::ISODate)})
                  .code,
              0);
    CliRun matrix =
        runCli(admin + QStringList{QStringLiteral("surveys"), QStringLiteral("matrix"), QStringLiteral("--json")});
    ASSERT_EQ(matrix.code, 0) << matrix.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(matrix.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("customers_in_scope")).toInt(), 600);
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    const QJsonObject cells = o.value(QStringLiteral("cells")).toObject();
    qint64 placed = 0;
    for (const char* id : {"satisfied_loyal", "satisfied_new", "satisfied_leaving", "dissatisfied_loyal",
                           "dissatisfied_new", "dissatisfied_leaving"}) {
        const int n = counts.value(QLatin1String(id)).toInt();
        EXPECT_EQ(cells.value(QLatin1String(id)).toArray().size(), n) << id;
        placed += n;
    }
    EXPECT_GT(placed, 0);
    EXPECT_EQ(placed + o.value(QStringLiteral("not_placed")).toInt(), o.value(QStringLiteral("rated")).toInt());
    CliRun one = runCli(admin + QStringList{QStringLiteral("surveys"), QStringLiteral("matrix"),
                                            QStringLiteral("--cell"), QStringLiteral("satisfied_loyal")});
    ASSERT_EQ(one.code, 0);
    EXPECT_EQ(one.out.count(QLatin1Char('\n')), counts.value(QStringLiteral("satisfied_loyal")).toInt() + 2)
        << one.out.toStdString(); // header and rule lines
}

} // namespace
} // namespace carddesk::cli::test
