#include "StorageFixture.h"

#include "core/CustomerColumns.h"
#include "services/CustomerExport.h"
#include "services/CustomerImport.h"
#include "storage/repositories/ContactRepository.h"

#include <gtest/gtest.h>

#include <map>

namespace carddesk::storage::test {
namespace {

using services::CustomerExport;
using services::CustomerImport;

// Issue 16's "done when": an office's customers exported to a file and imported into a new office come back with
// every field equal - the card (area and rep by name, the referrer by code) and its contacts.
class CustomerRoundTripTest : public StorageFixture
{
protected:
    // A card with every field the file carries filled in, including text a spreadsheet would take for a formula.
    core::Customer fullCard(const QString& name, qint64 referredBy)
    {
        core::Customer c;
        c.name = name;
        c.kind = QStringLiteral("company");
        c.industry = QStringLiteral("食品, 饮料");
        c.region = QStringLiteral("杭州市");
        c.address = QStringLiteral("杭州市西湖区文三路 88 号 2 楼");
        c.phone = QStringLiteral("0571-88886666");
        c.email = QStringLiteral("info@chengyuan.com.cn");
        c.website = QStringLiteral("www.chengyuan.com.cn");
        c.source = QStringLiteral("referral");
        c.status = QStringLiteral("current");
        c.size = QStringLiteral("medium");
        c.established = QDate(2003, 2, 28);
        c.registeredCapital = 5000000.5;
        c.keyFigures = QStringLiteral("法定代表人：王诚");
        c.preferences = QStringLiteral("=SUM(A1:A3) \"quoted\"");
        c.purchaseHabits = QStringLiteral("-每月初下单");
        c.preferredPayment = QStringLiteral("@月结 30 天");
        c.creditRating = QStringLiteral("AA");
        c.creditLimit = 200000;
        c.satisfaction = 4;
        c.loyaltyClass = QStringLiteral("loyal");
        c.isKey = true;
        c.referredById = referredBy;
        c.notes = QStringLiteral("+86 热线; 老客户");
        CustomerRepository repo(*m_rep1aSession);
        return must(repo.create(c), "create a full card");
    }

    void addContact(qint64 customerId, const QString& name, bool primary)
    {
        core::Contact k;
        k.customerId = customerId;
        k.name = name;
        k.title = QStringLiteral("采购经理");
        k.phone = QStringLiteral("0571-88886666 转 801");
        k.mobile = QStringLiteral("13812345678");
        k.email = QStringLiteral("wang@chengyuan.com.cn");
        k.birthday = QDate(1980, 12, 24);
        k.isPrimary = primary;
        k.doNotContact = !primary; // asked not to be contacted: the wish must survive a move to another office
        k.notes = QStringLiteral("=HYPERLINK(\"x\")");
        ContactRepository contacts(*m_rep1aSession);
        must(contacts.create(k), "add a contact");
    }

    // A second office with the same areas and users (by name) and no customers.
    void openNewOffice()
    {
        m_newPath = m_dir.filePath(QStringLiteral("new-office.carddesk"));
        m_newDb = must(Database::open(m_newPath), "open the new office");
        m_newAdmin = must(UserRepository::createFirstAdmin(*m_newDb, QStringLiteral("admin"), QLatin1String(kPassword)),
                          "create the new office's admin");
        m_newSession = std::make_unique<Session>(*m_newDb, m_newAdmin);
        for (const QString& name : {QStringLiteral("华东区"), QStringLiteral("华南区")}) {
            core::Area a;
            a.name = name;
            const core::Area created = must(UserRepository::createArea(*m_newSession, a), "create an area");
            if (name == QStringLiteral("华东区"))
                m_newArea1 = created.id;
        }
        core::User rep;
        rep.username = QStringLiteral("rep1a");
        rep.role = core::Role::Rep;
        rep.areaId = m_newArea1;
        m_newRep = must(UserRepository::create(*m_newSession, rep, QLatin1String(kPassword)), "create rep1a");
    }

    void roundTrip(io::TableFileWriter::Format format, bool chinese, const QString& fileName)
    {
        const core::Customer first = fullCard(QStringLiteral("杭州诚远食品有限公司"), 0);
        const core::Customer second = fullCard(QStringLiteral("宁波海曙贸易有限公司"), first.id);
        addContact(first.id, QStringLiteral("王诚"), true);
        addContact(first.id, QStringLiteral("李四"), false);
        addContact(second.id, QStringLiteral("张三"), true);
        createCustomer(*m_rep1aSession, QStringLiteral("没有联系人的客户"));

        services::ExportRequest request;
        request.format = format;
        request.chinese = chinese;
        request.path = m_dir.filePath(fileName);
        auto exported = CustomerExport::customers(*m_adminSession, CustomerQuery{}, request);
        ASSERT_TRUE(exported) << exported.error().toString().toStdString();
        ASSERT_EQ(exported->records, 3);

        openNewOffice();
        auto table = CustomerImport::readFile(request.path, {});
        ASSERT_TRUE(table) << table.error().toString().toStdString();
        auto mapping = CustomerImport::mapColumns(*table, {});
        ASSERT_TRUE(mapping) << mapping.error().toString().toStdString();
        auto plan = CustomerImport::plan(*m_newSession, *table, *mapping, CustomerImport::Match::Update);
        ASSERT_TRUE(plan) << plan.error().toString().toStdString();
        for (const auto& problem : plan->problems)
            ADD_FAILURE() << plan->problemText(problem).toStdString();
        ASSERT_TRUE(plan->problems.empty());
        auto committed = CustomerImport::commit(*m_newSession, *plan, CustomerImport::Choice::AllOrNothing);
        ASSERT_TRUE(committed) << committed.error().toString().toStdString();

        expectEqualOffices();
    }

    void expectEqualOffices()
    {
        CustomerRepository oldCards(*m_adminSession);
        CustomerRepository newCards(*m_newSession);
        ContactRepository oldContacts(*m_adminSession);
        ContactRepository newContacts(*m_newSession);
        ASSERT_EQ(m_newDb->sql().execAndGet("SELECT count(*) FROM customers").getInt64(),
                  scalar("SELECT count(*) FROM customers"));
        SQLite::Statement codes(m_db->sql(), "SELECT code FROM customers ORDER BY code");
        int compared = 0;
        while (codes.executeStep()) {
            const QString code = QString::fromStdString(codes.getColumn(0).getString());
            auto was = oldCards.getByCode(code, false);
            auto now = newCards.getByCode(code, false);
            ASSERT_TRUE(was && now) << code.toStdString();
            for (const core::CustomerColumn& column : core::CustomerColumns::all()) {
                using F = core::CustomerField;
                if (column.field == F::AreaId || column.field == F::OwnerId || column.field == F::ReferredById ||
                    column.field == F::ManualStage || column.field == F::ManualStageAt)
                    continue;
                EXPECT_EQ(column.auditText(*now), column.auditText(*was)) << code.toStdString() << " " << column.name;
            }
            EXPECT_EQ(now->areaId, m_newArea1) << code.toStdString();
            EXPECT_EQ(now->ownerId, m_newRep.id) << code.toStdString();
            if (was->referredById != 0) {
                auto referrer = oldCards.get(was->referredById, false);
                auto newReferrer = newCards.get(now->referredById, false);
                ASSERT_TRUE(referrer && newReferrer);
                EXPECT_EQ(newReferrer->code, referrer->code);
            } else {
                EXPECT_EQ(now->referredById, 0);
            }
            auto before = oldContacts.listForCustomer(was->id);
            auto after = newContacts.listForCustomer(now->id);
            ASSERT_TRUE(before && after);
            std::map<QString, core::Contact> byName;
            for (const core::Contact& k : *after)
                byName[k.name] = k;
            ASSERT_EQ(after->size(), before->size()) << code.toStdString();
            for (const core::Contact& k : *before) {
                ASSERT_TRUE(byName.count(k.name)) << k.name.toStdString();
                const core::Contact& n = byName[k.name];
                EXPECT_EQ(n.title, k.title);
                EXPECT_EQ(n.phone, k.phone);
                EXPECT_EQ(n.mobile, k.mobile);
                EXPECT_EQ(n.email, k.email);
                EXPECT_EQ(n.birthday, k.birthday);
                EXPECT_EQ(n.isPrimary, k.isPrimary) << k.name.toStdString();
                EXPECT_EQ(n.doNotContact, k.doNotContact) << k.name.toStdString();
                EXPECT_EQ(n.notes, k.notes);
            }
            ++compared;
        }
        EXPECT_EQ(compared, 3);
    }

    QString m_newPath;
    std::unique_ptr<Database> m_newDb;
    core::User m_newAdmin;
    core::User m_newRep;
    qint64 m_newArea1 = 0;
    std::unique_ptr<Session> m_newSession;
};

TEST_F(CustomerRoundTripTest, XlsxWithChineseHeadersComesBackFieldForField)
{
    roundTrip(io::TableFileWriter::Format::Xlsx, true, QStringLiteral("customers.xlsx"));
}

TEST_F(CustomerRoundTripTest, CsvWithEnglishHeadersComesBackFieldForField)
{
    roundTrip(io::TableFileWriter::Format::Csv, false, QStringLiteral("customers.csv"));
}

} // namespace
} // namespace carddesk::storage::test
