#include "GuiTestDatabase.h"

#include "gui/importing/ImportProblemText.h"
#include "gui/shell/Translations.h"
#include "io/CsvTableReader.h"
#include "io/XlsxTableReader.h"
#include "services/CustomerImport.h"
#include "storage/repositories/CustomerRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <SQLiteCpp/SQLiteCpp.h>

#include <gtest/gtest.h>

using namespace carddesk;
using services::CustomerImport;

namespace {

// The service's own English sentences, made by a real dry run, must come out in Chinese: a sentence is Chinese when
// it holds Han characters and no run of three English words (values quoted from the file are Chinese here too).
bool readsAsChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    static const QRegularExpression english(QStringLiteral("[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}"));
    return text.contains(han) && !text.contains(english);
}

class ImportProblemTextTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(gui::Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN")); }
    void TearDown() override { gui::Translations::install(QStringLiteral("en")); }

    CustomerImport::Plan plan(const QByteArray& csv, CustomerImport::Match match)
    {
        auto table = io::CsvTableReader::parse(csv, QStringLiteral("客户.csv"), {});
        EXPECT_TRUE(table) << table.error().message.toStdString();
        auto mapping = CustomerImport::mapColumns(*table);
        EXPECT_TRUE(mapping) << mapping.error().message.toStdString();
        auto made = CustomerImport::plan(m_office.admin(), *table, *mapping, match);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return std::move(*made);
    }

    GuiTestDatabase m_office;
};

} // namespace

TEST_F(ImportProblemTextTest, RowsThatDisagreeCodesInUseAndOwnersWhoCannotOwnAreSaidInChinese)
{
    storage::CustomerRepository customers(m_office.admin());
    const QString usedCode = customers.get(m_office.huaLianId, false)->code;
    const QByteArray csv = QStringLiteral("编号,客户名称,行业,负责业务员\n"
                                          "%1,华联新卡,商贸,zhang\n"
                                          "N0001,甲公司,制造,admin\n"
                                          "N0002,乙公司,制造,zhang\n"
                                          "N0002,乙公司,物流,zhang\n")
                               .arg(usedCode)
                               .toUtf8();
    const CustomerImport::Plan made = plan(csv, CustomerImport::Match::Create);
    ASSERT_GE(made.problems.size(), 3u);
    QStringList english;
    for (const CustomerImport::Problem& problem : made.problems) {
        const QString sentence = gui::ImportProblemText::sentence(problem);
        EXPECT_TRUE(readsAsChinese(sentence)) << problem.message.toStdString() << " -> " << sentence.toStdString();
        english << problem.message;
    }
    // The three kinds this test is about are among them (the service's wording, before translation).
    const QString all = english.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("is in use by"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("cannot be given customers"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("differs from row 4"))) << all.toStdString();
}

TEST_F(ImportProblemTextTest, TheReadersNotesAreSaidInChinese)
{
    const QByteArray csv = QStringLiteral("客户名单,\n编号,客户名称\nN0009,丙公司\n").toUtf8();
    const CustomerImport::Plan made = plan(csv, CustomerImport::Match::Update);
    ASSERT_FALSE(made.warnings.isEmpty());
    for (const QString& note : made.warnings) {
        const QString sentence = gui::ImportProblemText::warning(note);
        EXPECT_TRUE(readsAsChinese(sentence)) << note.toStdString() << " -> " << sentence.toStdString();
        EXPECT_TRUE(sentence.contains(QStringLiteral("客户.csv"))) << sentence.toStdString();
    }
}

// Why a file cannot be read, in Chinese with its file, row and column (the page showed the reader's English under a
// Chinese headline: "详细信息：客户名单-damaged.xlsx: the zip archive is damaged (Not a zip archive): …").
TEST_F(ImportProblemTextTest, AFileTheReadersRefuseIsSaidInChineseWithWhereItIs)
{
    auto unclosed = io::CsvTableReader::parse(QByteArrayLiteral("编号,客户名称\nC1,\"甲公司\nC2,乙公司\n"),
                                              QStringLiteral("客户.csv"), {});
    ASSERT_FALSE(unclosed);
    const QString quote = gui::ImportProblemText::fileProblem(unclosed.error().message);
    EXPECT_TRUE(readsAsChinese(quote)) << quote.toStdString();
    EXPECT_TRUE(quote.contains(QStringLiteral("客户.csv"))) << quote.toStdString();
    EXPECT_TRUE(quote.contains(QString::number(unclosed.error().row))) << quote.toStdString();

    auto nul = io::CsvTableReader::parse(QByteArray("code,name\nC1,a\0b\n", 17), QStringLiteral("客户.csv"), {});
    ASSERT_FALSE(nul);
    const QString nulText = gui::ImportProblemText::fileProblem(nul.error().message);
    EXPECT_TRUE(readsAsChinese(nulText)) << nulText.toStdString();
    EXPECT_TRUE(nulText.contains(QStringLiteral("客户.csv，第 2 行，第 2 列"))) << nulText.toStdString();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QByteArray& bytes :
         {QByteArrayLiteral("PK\x03\x04 cut short"), QByteArrayLiteral("%PDF-1.7\n"), QByteArray()}) {
        const QString path = dir.filePath(QStringLiteral("客户名单-damaged.xlsx"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        auto read = io::XlsxTableReader::read(path, {});
        ASSERT_FALSE(read);
        const QString text = gui::ImportProblemText::fileProblem(read.error().message);
        EXPECT_TRUE(readsAsChinese(text)) << read.error().message.toStdString() << " -> " << text.toStdString();
        EXPECT_TRUE(text.startsWith(QStringLiteral("客户名单-damaged.xlsx"))) << text.toStdString();
    }
    // A wording it does not know stays as the reader wrote it.
    EXPECT_EQ(gui::ImportProblemText::fileProblem(QStringLiteral("x.csv: something new")),
              QStringLiteral("x.csv: something new"));
}

// A row found by phone that names another company, and a new code with a stored customer's phone (issue 16's
// walkthrough: both silently overwrote that customer), are said in Chinese.
TEST_F(ImportProblemTextTest, APhoneOfAnotherCustomerIsSaidInChinese)
{
    m_office.db().sql().exec("UPDATE customers SET phone = '0571-88886666' WHERE id = " +
                             std::to_string(m_office.huaLianId));
    const CustomerImport::Plan renaming =
        plan(QStringLiteral("客户名称,电话\n别的公司,0571 88886666\n").toUtf8(), CustomerImport::Match::Update);
    ASSERT_EQ(renaming.problems.size(), 1u);
    const QString problem = gui::ImportProblemText::sentence(renaming.problems.front());
    EXPECT_TRUE(readsAsChinese(problem)) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("别的公司"))) << problem.toStdString();

    const CustomerImport::Plan created = plan(
        QStringLiteral("编号,客户名称,电话\nZZ0001,新公司,0571-88886666\n").toUtf8(), CustomerImport::Match::Update);
    ASSERT_EQ(created.warnings.size(), 1);
    const QString warning = gui::ImportProblemText::warning(created.warnings.front());
    EXPECT_TRUE(readsAsChinese(warning)) << warning.toStdString();
    EXPECT_TRUE(warning.contains(QStringLiteral("ZZ0001"))) << warning.toStdString();
}
