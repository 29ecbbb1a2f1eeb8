#include "StorageFixture.h"

#include "storage/access/AuditRepository.h"
#include "storage/queries/ServiceHistory.h"
#include "storage/repositories/ComplaintRepository.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/InteractionRepository.h"
#include "storage/repositories/LifecycleRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/ProductRepository.h"
#include "storage/repositories/ReceivableRepository.h"
#include "storage/repositories/VisitRepository.h"

#include <functional>

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;

// Every method of every child-table repository, called by users outside the customer's scope: each answers
// NotFound (never AccessDenied, which would tell them the id exists) and writes nothing.
class ChildTableAccessTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_customer = createCustomer(*m_rep1aSession);
        Session& owner = *m_rep1aSession;

        core::Product product;
        product.code = QStringLiteral("P-001");
        product.name = QStringLiteral("办公椅");
        m_productId = must(ProductRepository(*m_adminSession).create(product), "create a product").id;
        must(ProductRepository(owner).setHeld(m_customer.id, m_productId, QDate(2023, 1, 1), 2, {}), "hold a product");

        core::Contact contact;
        contact.customerId = m_customer.id;
        contact.name = QStringLiteral("王伟");
        m_contact = must(ContactRepository(owner).create(contact), "create a contact");

        core::Order order;
        order.customerId = m_customer.id;
        order.orderDate = QDate(2024, 3, 1);
        order.amount = 100;
        m_orderId = must(OrderRepository(owner).create(order), "create an order").order.id;

        core::Receivable receivable;
        receivable.customerId = m_customer.id;
        receivable.invoiceDate = QDate(2024, 3, 1);
        receivable.dueDate = QDate(2024, 3, 31);
        receivable.amount = 100;
        m_receivableId = must(ReceivableRepository(owner).create(receivable), "create a receivable").id;

        core::Visit visit;
        visit.customerId = m_customer.id;
        visit.plannedDate = QDate(2024, 3, 4);
        m_visitId = must(VisitRepository(owner).plan(visit), "plan a visit").id;

        core::Complaint complaint;
        complaint.customerId = m_customer.id;
        complaint.description = QStringLiteral("送货延迟");
        m_complaintId = must(ComplaintRepository(owner).create(complaint), "create a complaint").id;
    }

    // Each call returns the error code it got, or nothing when it succeeded.
    std::vector<std::pair<std::string, std::function<std::optional<ErrorCode>(Session&)>>> calls()
    {
        auto code = [](const auto& result) -> std::optional<ErrorCode> {
            if (result)
                return std::nullopt;
            return result.error().code;
        };
        const qint64 c = m_customer.id;
        std::vector<std::pair<std::string, std::function<std::optional<ErrorCode>(Session&)>>> all;
        all.emplace_back("contacts.list", [=](Session& s) { return code(ContactRepository(s).listForCustomer(c)); });
        all.emplace_back("contacts.create", [=](Session& s) {
            core::Contact x;
            x.customerId = c;
            x.name = QStringLiteral("李娜");
            return code(ContactRepository(s).create(x));
        });
        all.emplace_back("contacts.update", [=, this](Session& s) {
            core::Contact x = m_contact;
            x.title = QStringLiteral("经理");
            return code(ContactRepository(s).update(x));
        });
        all.emplace_back("contacts.remove",
                         [=, this](Session& s) { return code(ContactRepository(s).remove(m_contact.id)); });
        all.emplace_back("products.listHeld", [=](Session& s) { return code(ProductRepository(s).listHeld(c)); });
        all.emplace_back("products.setHeld", [=, this](Session& s) {
            return code(ProductRepository(s).setHeld(c, m_productId, {}, 9, {}));
        });
        all.emplace_back("products.removeHeld",
                         [=, this](Session& s) { return code(ProductRepository(s).removeHeld(c, m_productId)); });
        all.emplace_back("orders.list", [=](Session& s) { return code(OrderRepository(s).listForCustomer(c)); });
        all.emplace_back("orders.create", [=](Session& s) {
            core::Order x;
            x.customerId = c;
            x.orderDate = QDate(2024, 4, 1);
            return code(OrderRepository(s).create(x));
        });
        all.emplace_back("orders.voidOrder", [=, this](Session& s) {
            return code(OrderRepository(s).voidOrder(m_orderId, QStringLiteral("entered twice")));
        });
        all.emplace_back("receivables.list",
                         [=](Session& s) { return code(ReceivableRepository(s).listForCustomer(c)); });
        all.emplace_back("receivables.create", [=](Session& s) {
            core::Receivable x;
            x.customerId = c;
            x.invoiceDate = x.dueDate = QDate(2024, 4, 1);
            x.amount = 1;
            return code(ReceivableRepository(s).create(x));
        });
        all.emplace_back("receivables.addPayment", [=, this](Session& s) {
            core::Payment p;
            p.amount = 10;
            p.paidDate = QDate(2024, 4, 1);
            return code(ReceivableRepository(s).addPayment(m_receivableId, p));
        });
        all.emplace_back("receivables.payments",
                         [=, this](Session& s) { return code(ReceivableRepository(s).payments(m_receivableId)); });
        all.emplace_back("interactions.list",
                         [=](Session& s) { return code(InteractionRepository(s).listForCustomer(c)); });
        all.emplace_back("interactions.create", [=](Session& s) {
            core::Interaction x;
            x.customerId = c;
            x.channel = QStringLiteral("phone");
            x.occurredAt = QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC);
            x.summary = QStringLiteral("x");
            return code(InteractionRepository(s).create(x));
        });
        all.emplace_back("visits.list", [=](Session& s) { return code(VisitRepository(s).listForCustomer(c)); });
        all.emplace_back("visits.plan", [=](Session& s) {
            core::Visit x;
            x.customerId = c;
            x.plannedDate = QDate(2024, 4, 1);
            return code(VisitRepository(s).plan(x));
        });
        all.emplace_back("visits.markDone", [=, this](Session& s) {
            return code(VisitRepository(s).markDone(m_visitId, QStringLiteral("ok")));
        });
        all.emplace_back("visits.cancel", [=, this](Session& s) { return code(VisitRepository(s).cancel(m_visitId)); });
        all.emplace_back("complaints.create", [=](Session& s) {
            core::Complaint x;
            x.customerId = c;
            x.description = QStringLiteral("x");
            return code(ComplaintRepository(s).create(x));
        });
        all.emplace_back("complaints.list",
                         [=](Session& s) { return code(ComplaintRepository(s).listForCustomer(c)); });
        all.emplace_back("complaints.get",
                         [=, this](Session& s) { return code(ComplaintRepository(s).get(m_complaintId)); });
        all.emplace_back("complaints.history",
                         [=, this](Session& s) { return code(ComplaintRepository(s).history(m_complaintId)); });
        all.emplace_back("complaints.transition", [=, this](Session& s) {
            return code(ComplaintRepository(s).transition(m_complaintId, QStringLiteral("acknowledged")));
        });
        all.emplace_back("complaints.recordSatisfaction", [=, this](Session& s) {
            return code(ComplaintRepository(s).recordSatisfaction(m_complaintId, 5));
        });
        all.emplace_back("lifecycle.history", [=](Session& s) { return code(LifecycleRepository(s).history(c)); });
        all.emplace_back("lifecycle.setManualStage", [=](Session& s) {
            return code(LifecycleRepository(s).setManualStage(c, QStringLiteral("lost"), QStringLiteral("x")));
        });
        all.emplace_back("serviceHistory.timeline", [=](Session& s) { return code(ServiceHistory(s).timeline(c)); });
        all.emplace_back("audit.changesForCustomer",
                         [=](Session& s) { return code(AuditRepository(s).changesForCustomer(c)); });
        return all;
    }

    core::Customer m_customer;
    core::Contact m_contact;
    qint64 m_productId = 0;
    qint64 m_orderId = 0;
    qint64 m_receivableId = 0;
    qint64 m_visitId = 0;
    qint64 m_complaintId = 0;
};

TEST_F(ChildTableAccessTest, OutsidersGetNotFoundOnEveryMethodAndWriteNothing)
{
    const qint64 auditBefore = scalar("SELECT count(*) FROM audit_log");
    for (Session* outsider : {m_rep1bSession.get(), m_rep2Session.get(), m_manager2Session.get()}) {
        for (auto& [name, call] : calls()) {
            const std::optional<ErrorCode> code = call(*outsider);
            ASSERT_TRUE(code.has_value()) << name << " succeeded for " << outsider->user().username.toStdString();
            EXPECT_EQ(*code, ErrorCode::NotFound) << name << " for " << outsider->user().username.toStdString();
        }
    }
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log"), auditBefore);
    EXPECT_EQ(scalar("SELECT count(*) FROM contacts"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM payments"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM visits WHERE status = 'planned'"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE status = 'new'"), 1);
}

TEST_F(ChildTableAccessTest, TheOwnerAndTheAreaManagerGetThrough)
{
    // The same calls succeed for the owner and the area manager: proof that the outsiders' NotFound comes from
    // the scope. Left out: calls the workflow refuses here (satisfaction before resolution) and one-shot changes
    // that a second caller would find already made; their own tests cover them.
    for (Session* insider : {m_rep1aSession.get(), m_manager1Session.get()}) {
        for (auto& [name, call] : calls()) {
            if (name == "complaints.recordSatisfaction" || name == "visits.markDone" || name == "visits.cancel" ||
                name == "contacts.update" || name == "contacts.remove" || name == "orders.voidOrder" ||
                name == "products.removeHeld" || name == "complaints.transition")
                continue;
            const std::optional<ErrorCode> code = call(*insider);
            EXPECT_FALSE(code.has_value()) << name << " failed for " << insider->user().username.toStdString();
        }
    }
}

} // namespace
} // namespace carddesk::storage::test
