#include "StorageFixture.h"

#include "io/CsvTableReader.h"
#include "services/ComplaintEscalator.h"
#include "services/CustomerExport.h"
#include "services/CustomerHandover.h"
#include "services/CustomerImport.h"
#include "services/CustomerMerge.h"
#include "services/DuplicateFinder.h"
#include "services/OfficeSettings.h"
#include "services/ReviewPeriod.h"
#include "services/UserAdministration.h"
#include "services/WeeklyReview.h"

#include "storage/access/AccessScope.h"
#include "storage/queries/PersonalDataQueries.h"
#include "storage/repositories/ComplaintRepository.h"
#include "storage/repositories/CustomerRemoval.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/SurveyRepository.h"

#include <QFile>

#include <algorithm>
#include <optional>

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;

// Who looks at a card owned by rep1a (area 1), and what each customer path must answer.
enum class Actor
{
    OwnerRep,
    SameAreaRep,
    OtherAreaRep,
    AreaManager,
    OtherAreaManager,
    Admin
};

enum class Op
{
    List,
    Count,
    Search,
    Get,
    GetByCode,
    Update,
    Remove,
    Reassign,
    Handover,
    LogExport,
    Duplicates,
    Merge,
    Archive,      // CustomerRemoval (schema v17)
    DeleteAll,    // CustomerRemoval::remove: the card and everything attached
    PersonalData, // PersonalDataQueries::customer (PIPL)
    ExportCustomers,
    ExportCard,
    AddSurvey,  // SurveyRepository::create (schema v23)
    ReadSurveys // SurveyRepository::list of the card, and of everything in scope
};

// Allowed, or the error code; for list/count/search "NotFound" means the card is silently left out.
using Outcome = std::optional<ErrorCode>;
constexpr Outcome kAllowed = std::nullopt;

const char* actorName(Actor actor)
{
    switch (actor) {
    case Actor::OwnerRep:
        return "OwnerRep";
    case Actor::SameAreaRep:
        return "SameAreaRep";
    case Actor::OtherAreaRep:
        return "OtherAreaRep";
    case Actor::AreaManager:
        return "AreaManager";
    case Actor::OtherAreaManager:
        return "OtherAreaManager";
    case Actor::Admin:
        return "Admin";
    }
    return "?";
}

const char* opName(Op op)
{
    static const char* const names[] = {
        "list",         "count",           "search",     "get",        "getByCode",  "update",  "remove",
        "reassign",     "handover",        "logExport",  "duplicates", "merge",      "archive", "deleteAll",
        "personalData", "exportCustomers", "exportCard", "addSurvey",  "readSurveys"};
    return names[static_cast<int>(op)];
}

Outcome expected(Actor actor, Op op)
{
    // Exports: the office setting export.roles, by default managers and the administrator (then the scope).
    const bool managerOnly = op == Op::Remove || op == Op::Reassign || op == Op::Handover || op == Op::Merge ||
                             op == Op::Archive || op == Op::DeleteAll || op == Op::PersonalData ||
                             op == Op::ExportCustomers || op == Op::ExportCard;
    switch (actor) {
    case Actor::OwnerRep:
        return managerOnly ? Outcome(ErrorCode::AccessDenied) : kAllowed;
    case Actor::SameAreaRep:
    case Actor::OtherAreaRep:
        // Role first: a rep may never remove, reassign or hand over; otherwise the card does not exist for them.
        return managerOnly ? Outcome(ErrorCode::AccessDenied) : Outcome(ErrorCode::NotFound);
    case Actor::AreaManager:
    case Actor::Admin:
        return kAllowed;
    case Actor::OtherAreaManager:
        // The handover names rep1a, who is not in this manager's area.
        return op == Op::Handover ? Outcome(ErrorCode::AccessDenied) : Outcome(ErrorCode::NotFound);
    }
    return ErrorCode::Internal;
}

class AccessMatrixTest : public StorageFixture, public ::testing::WithParamInterface<Actor>
{
protected:
    Session& session(Actor actor)
    {
        switch (actor) {
        case Actor::OwnerRep:
            return *m_rep1aSession;
        case Actor::SameAreaRep:
            return *m_rep1bSession;
        case Actor::OtherAreaRep:
            return *m_rep2Session;
        case Actor::AreaManager:
            return *m_manager1Session;
        case Actor::OtherAreaManager:
            return *m_manager2Session;
        case Actor::Admin:
            break;
        }
        return *m_adminSession;
    }

    // Someone the actor could legitimately give customers to (so only the card's scope decides).
    qint64 receiver(Actor actor) const
    {
        return actor == Actor::OtherAreaManager || actor == Actor::OtherAreaRep ? m_rep2.id : m_rep1b.id;
    }

    core::Status run(Actor actor, Op op, const core::Customer& target)
    {
        CustomerRepository repo(session(actor));
        CustomerQuery query;
        auto hidden = [&] {
            return core::Status(core::makeError(ErrorCode::NotFound, QStringLiteral("not in the result")));
        };
        switch (op) {
        case Op::List: {
            auto rows = CustomerListQueries(session(actor)).list(query);
            if (!rows)
                return rows.error();
            for (const auto& row : *rows) {
                if (row.id == target.id)
                    return {};
            }
            return hidden();
        }
        case Op::Count: {
            query.ownerId = m_rep1a.id;
            auto n = CustomerListQueries(session(actor)).count(query);
            if (!n)
                return n.error();
            return *n == scalar("SELECT count(*) FROM customers WHERE owner_id = " + std::to_string(m_rep1a.id))
                       ? core::Status()
                       : (*n == 0 ? hidden() : core::makeError(ErrorCode::Internal, QStringLiteral("partial count")));
        }
        case Op::Search: {
            query.search = target.name;
            auto rows = CustomerListQueries(session(actor)).list(query);
            if (!rows)
                return rows.error();
            return rows->size() == 1 && rows->front().id == target.id ? core::Status() : hidden();
        }
        case Op::Get: {
            auto card = repo.get(target.id);
            return card ? core::Status() : core::Status(card.error());
        }
        case Op::GetByCode: {
            auto card = repo.getByCode(target.code);
            return card ? core::Status() : core::Status(card.error());
        }
        case Op::Update: {
            core::Customer edited = target;
            edited.notes = QStringLiteral("edited by %1").arg(QLatin1String(actorName(actor)));
            auto saved = repo.update(edited);
            return saved ? core::Status() : core::Status(saved.error());
        }
        case Op::Remove:
            return repo.remove(target.id);
        case Op::Reassign:
            return services::CustomerHandover::reassign(session(actor), target.id, receiver(actor));
        case Op::Handover: {
            auto moved = services::CustomerHandover::handover(session(actor), m_rep1a.id, receiver(actor), {target.id});
            if (!moved)
                return moved.error();
            return *moved == 1 ? core::Status()
                               : core::makeError(ErrorCode::Internal, QStringLiteral("moved %1").arg(*moved));
        }
        case Op::LogExport:
            return repo.logExport({target.id}, QStringLiteral("matrix.csv"));
        case Op::Duplicates: {
            // A second card of the same name: the pair is found exactly when the actor sees the card.
            const core::Customer twin = createCustomer(*m_rep1aSession, target.name);
            auto found = services::DuplicateFinder::find(session(actor));
            if (!found)
                return found.error();
            for (const auto& pair : found->pairs) {
                if (pair.first.id == target.id && pair.second.id == twin.id)
                    return {};
            }
            return hidden();
        }
        case Op::Merge: {
            const core::Customer twin = createCustomer(*m_rep1aSession, target.name);
            auto merged = services::CustomerMerge::merge(session(actor), target.id, twin.id);
            const bool twinGone = scalar("SELECT count(*) FROM customers WHERE id = " + std::to_string(twin.id)) == 0;
            if (merged.ok() != twinGone)
                return core::makeError(ErrorCode::Internal, QStringLiteral("the merge and the card disagree"));
            return merged ? core::Status() : core::Status(merged.error());
        }
        case Op::Archive:
            return CustomerRemoval(session(actor)).archive(target.id);
        case Op::DeleteAll: {
            auto gone = CustomerRemoval(session(actor)).remove(target.id);
            return gone ? core::Status() : core::Status(gone.error());
        }
        case Op::PersonalData: {
            auto data = PersonalDataQueries(session(actor)).customer(target.id);
            return data ? core::Status() : core::Status(data.error());
        }
        case Op::AddSurvey: {
            core::SatisfactionSurvey survey;
            survey.customerId = target.id;
            survey.surveyedOn = QDate::currentDate();
            survey.product = survey.service = survey.staff = survey.image = 4;
            auto saved = SurveyRepository(session(actor)).create(survey);
            return saved ? core::Status() : core::Status(saved.error());
        }
        case Op::ReadSurveys: {
            // Recorded by the owner; the actor reads the card's surveys, and finds them among all in scope or not.
            core::SatisfactionSurvey survey;
            survey.customerId = target.id;
            survey.surveyedOn = QDate::currentDate();
            survey.product = survey.service = survey.staff = survey.image = 3;
            const qint64 id = must(SurveyRepository(*m_rep1aSession).create(survey), "the owner's survey").id;
            auto all = SurveyRepository(session(actor)).list();
            if (!all)
                return all.error();
            const bool listed = std::any_of(all->begin(), all->end(), [id](const auto& s) { return s.id == id; });
            auto card = SurveyRepository(session(actor)).list(target.id);
            if (!card)
                return listed ? core::makeError(ErrorCode::Internal, QStringLiteral("listed but not readable"))
                              : core::Status(card.error());
            return listed && card->size() == 1 ? core::Status()
                                               : core::makeError(ErrorCode::Internal, QStringLiteral("not listed"));
        }
        case Op::ExportCustomers:
        case Op::ExportCard: {
            services::ExportRequest request;
            request.format = io::TableFileWriter::Format::Csv;
            request.path = m_dir.filePath(QStringLiteral("matrix-export.csv"));
            QFile::remove(request.path);
            auto written = op == Op::ExportCard ? services::CustomerExport::card(session(actor), target.id, request)
                                                : services::CustomerExport::customers(session(actor), query, request);
            if (!written)
                return written.error();
            QFile file(request.path);
            if (!file.open(QIODevice::ReadOnly))
                return core::makeError(ErrorCode::Internal, QStringLiteral("no file"));
            return file.readAll().contains(target.code.toUtf8()) ? core::Status() : hidden();
        }
        }
        return core::makeError(ErrorCode::Internal, QStringLiteral("unknown op"));
    }

    // What a refused operation must not have done; what an allowed one must have done.
    void expectEffect(Actor actor, Op op, const core::Customer& target, bool allowed)
    {
        const std::string id = std::to_string(target.id);
        const qint64 exists = scalar("SELECT count(*) FROM customers WHERE id = " + id);
        const qint64 owner = exists ? scalar("SELECT coalesce(owner_id, 0) FROM customers WHERE id = " + id) : 0;
        const qint64 version = exists ? scalar("SELECT row_version FROM customers WHERE id = " + id) : 0;
        const qint64 exports =
            scalar("SELECT count(*) FROM access_log WHERE action = 'export' AND customer_id = " + id);
        const qint64 opens = scalar("SELECT count(*) FROM access_log WHERE action = 'open' AND customer_id = " + id);
        const bool opening = op == Op::Get || op == Op::GetByCode;
        EXPECT_EQ(exists, allowed && (op == Op::Remove || op == Op::DeleteAll) ? 0 : 1);
        if (exists) {
            const bool moves = allowed && (op == Op::Reassign || op == Op::Handover);
            EXPECT_EQ(owner, moves ? receiver(actor) : m_rep1a.id);
            EXPECT_EQ(version, allowed && (moves || op == Op::Update || op == Op::Archive) ? 2 : 1);
            EXPECT_EQ(scalar("SELECT archived_at IS NOT NULL FROM customers WHERE id = " + id),
                      allowed && op == Op::Archive ? 1 : 0);
        }
        // A card's export names the card in the access log; a list's names its filter and count instead.
        EXPECT_EQ(exports, allowed && (op == Op::LogExport || op == Op::ExportCard) ? 1 : 0);
        EXPECT_EQ(opens, allowed && opening ? 1 : 0);
        EXPECT_EQ(scalar("SELECT count(*) FROM satisfaction_surveys WHERE customer_id = " + id),
                  exists && ((allowed && op == Op::AddSurvey) || op == Op::ReadSurveys) ? 1 : 0);
    }
};

TEST_P(AccessMatrixTest, EveryCustomerPathIsScopedToTheRole)
{
    const Actor actor = GetParam();
    for (int i = 0; i <= static_cast<int>(Op::ReadSurveys); ++i) {
        const Op op = static_cast<Op>(i);
        SCOPED_TRACE(std::string(actorName(actor)) + " " + opName(op));
        // A fresh card per operation, so one allowed change cannot hide another.
        const core::Customer target = createCustomer(*m_rep1aSession, QStringLiteral("矩阵客户%1号").arg(i));
        const Outcome want = expected(actor, op);
        const core::Status got = run(actor, op, target);
        if (!want) {
            EXPECT_TRUE(got) << got.error().toString().toStdString();
        } else {
            ASSERT_FALSE(got);
            EXPECT_EQ(core::errorCodeName(got.error().code).toStdString(), core::errorCodeName(*want).toStdString())
                << got.error().toString().toStdString();
        }
        expectEffect(actor, op, target, got.ok());
    }
}

INSTANTIATE_TEST_SUITE_P(Roles, AccessMatrixTest,
                         ::testing::Values(Actor::OwnerRep, Actor::SameAreaRep, Actor::OtherAreaRep, Actor::AreaManager,
                                           Actor::OtherAreaManager, Actor::Admin),
                         [](const ::testing::TestParamInfo<Actor>& info) { return actorName(info.param); });

// The office jobs and the administration (issue #17, finding 2): who may run what beyond their own cards.
enum class OfficeOp
{
    Escalate,
    EscalationQueue,
    SaveSettings,
    AddUser,
    ResetOthersPassword,
    DeactivateUser,
    AddArea,
    RenameArea,
    MarkArea1RepReviewed,
    ImportCustomers, // issue 16: a manager into their own area, the administrator anywhere
    ListImports
};

const char* officeOpName(OfficeOp op)
{
    static const char* const names[] = {"escalate",        "escalationQueue",     "saveSettings",
                                        "addUser",         "resetOthersPassword", "deactivateUser",
                                        "addArea",         "renameArea",          "markArea1RepReviewed",
                                        "importCustomers", "listImports"};
    return names[static_cast<int>(op)];
}

Outcome expectedOffice(Actor actor, OfficeOp op)
{
    const bool rep = actor == Actor::OwnerRep || actor == Actor::SameAreaRep || actor == Actor::OtherAreaRep;
    const bool manager = actor == Actor::AreaManager || actor == Actor::OtherAreaManager;
    switch (op) {
    case OfficeOp::Escalate:
    case OfficeOp::EscalationQueue:
        return rep ? Outcome(ErrorCode::AccessDenied) : kAllowed;
    case OfficeOp::MarkArea1RepReviewed:
        return rep || actor == Actor::OtherAreaManager ? Outcome(ErrorCode::AccessDenied) : kAllowed;
    case OfficeOp::ImportCustomers:
    case OfficeOp::ListImports:
        return rep ? Outcome(ErrorCode::AccessDenied) : kAllowed;
    default:
        return rep || manager ? Outcome(ErrorCode::AccessDenied) : kAllowed;
    }
}

class OfficeJobMatrixTest : public AccessMatrixTest
{
protected:
    core::Status runOffice(Actor actor, OfficeOp op)
    {
        Session& s = session(actor);
        switch (op) {
        case OfficeOp::Escalate: {
            auto counts = services::ComplaintEscalator::run(s, QDateTime::currentDateTimeUtc());
            return counts ? core::Status() : core::Status(counts.error());
        }
        case OfficeOp::EscalationQueue: {
            auto queue = services::ComplaintEscalator::escalationQueue(s);
            return queue ? core::Status() : core::Status(queue.error());
        }
        case OfficeOp::SaveSettings:
            return services::OfficeSettings::save(s, {{"backup.keep_daily", QStringLiteral("9")}});
        case OfficeOp::AddUser: {
            core::User user;
            user.username = QStringLiteral("new_%1").arg(QLatin1String(actorName(actor)));
            user.role = core::Role::Rep;
            user.areaId = m_area1.id;
            auto added = services::UserAdministration::addUser(s, user, QStringLiteral("a-long-password"));
            return added ? core::Status() : core::Status(added.error());
        }
        case OfficeOp::ResetOthersPassword:
            return services::UserAdministration::resetPassword(s, m_rep2.id, QStringLiteral("another-password"));
        case OfficeOp::DeactivateUser: {
            auto left = services::UserAdministration::deactivate(s, m_rep2.id);
            return left ? core::Status() : core::Status(left.error());
        }
        case OfficeOp::AddArea: {
            core::Area area;
            area.name = QStringLiteral("area of %1").arg(QLatin1String(actorName(actor)));
            auto added = services::UserAdministration::addArea(s, area);
            return added ? core::Status() : core::Status(added.error());
        }
        case OfficeOp::RenameArea:
            return services::UserAdministration::renameArea(s, m_area2.id,
                                                            QStringLiteral("renamed by %1").arg(actorName(actor)));
        case OfficeOp::MarkArea1RepReviewed: {
            auto period = services::WeeklyReview::period(QStringLiteral("2026-W10"), QDate(2026, 3, 20));
            if (!period)
                return period.error();
            auto marked = services::WeeklyReview(s).markReviewed(m_rep1a.id, *period, QStringLiteral("ok"));
            return marked ? core::Status() : core::Status(marked.error());
        }
        case OfficeOp::ImportCustomers: {
            auto table = io::CsvTableReader::parse(
                QStringLiteral("name\nimported by %1\n").arg(QLatin1String(actorName(actor))).toUtf8(),
                QStringLiteral("matrix.csv"), {});
            if (!table)
                return table.error();
            auto mapping = services::CustomerImport::mapColumns(*table);
            if (!mapping)
                return mapping.error();
            auto plan = services::CustomerImport::plan(s, *table, *mapping, services::CustomerImport::Match::Update);
            if (!plan)
                return plan.error();
            auto done = services::CustomerImport::commit(s, *plan, services::CustomerImport::Choice::AllOrNothing);
            return done ? core::Status() : core::Status(done.error());
        }
        case OfficeOp::ListImports: {
            auto batches = services::CustomerImport::batches(s);
            return batches ? core::Status() : core::Status(batches.error());
        }
        }
        return core::makeError(ErrorCode::Internal, QStringLiteral("unknown op"));
    }
};

TEST_P(OfficeJobMatrixTest, OfficeJobsAndAdministrationNeedTheirRole)
{
    const Actor actor = GetParam();
    // An overdue complaint of each area, so that an allowed escalation has something to do.
    for (Session* owner : {m_rep1aSession.get(), m_rep2Session.get()}) {
        core::Complaint complaint;
        complaint.customerId = createCustomer(*owner).id;
        complaint.level = 2;
        complaint.description = QStringLiteral("矩阵投诉");
        complaint.receivedAt = QDateTime(QDate(2024, 1, 2), QTime(9, 0), Qt::UTC);
        ASSERT_TRUE(ComplaintRepository(*owner).create(complaint));
    }
    for (int i = 0; i <= static_cast<int>(OfficeOp::ListImports); ++i) {
        const OfficeOp op = static_cast<OfficeOp>(i);
        SCOPED_TRACE(std::string(actorName(actor)) + " " + officeOpName(op));
        const qint64 changesBefore = scalar("SELECT count(*) FROM audit_log");
        const Outcome want = expectedOffice(actor, op);
        const core::Status got = runOffice(actor, op);
        if (!want) {
            EXPECT_TRUE(got) << got.error().toString().toStdString();
        } else {
            ASSERT_FALSE(got);
            EXPECT_EQ(core::errorCodeName(got.error().code).toStdString(), core::errorCodeName(*want).toStdString())
                << got.error().toString().toStdString();
            EXPECT_EQ(scalar("SELECT count(*) FROM audit_log"), changesBefore) << "a refusal changes nothing";
        }
    }
    // Whoever was allowed to escalate did it in their own name; nobody's run names a rep.
    EXPECT_EQ(scalar("SELECT count(*) FROM complaint_history h JOIN users u ON u.id = h.user_id "
                     "WHERE h.note LIKE 'escalated%' AND u.role = 'rep'"),
              0);
}

INSTANTIATE_TEST_SUITE_P(Roles, OfficeJobMatrixTest,
                         ::testing::Values(Actor::OwnerRep, Actor::SameAreaRep, Actor::OtherAreaRep, Actor::AreaManager,
                                           Actor::OtherAreaManager, Actor::Admin),
                         [](const ::testing::TestParamInfo<Actor>& info) { return actorName(info.param); });

class AccessScopeTest : public StorageFixture
{
protected:
    qint64 visible(Session& session) { return *CustomerListQueries(session).count(CustomerQuery{}); }
};

TEST_F(AccessScopeTest, EachRoleSeesExactlyItsCustomers)
{
    createCustomer(*m_rep1aSession);
    createCustomer(*m_rep1aSession);
    createCustomer(*m_rep1bSession);
    createCustomer(*m_rep2Session);
    // An unassigned card of area 1, filed by its manager.
    core::Customer unassigned;
    unassigned.name = QStringLiteral("无人负责的客户");
    auto created = CustomerRepository(*m_manager1Session).create(unassigned);
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    EXPECT_EQ(created->ownerId, 0);
    EXPECT_EQ(created->areaId, m_area1.id);

    EXPECT_EQ(visible(*m_rep1aSession), 2);
    EXPECT_EQ(visible(*m_rep1bSession), 1);
    EXPECT_EQ(visible(*m_rep2Session), 1);
    EXPECT_EQ(visible(*m_manager1Session), 4);
    EXPECT_EQ(visible(*m_manager2Session), 1);
    EXPECT_EQ(visible(*m_adminSession), 5);
    EXPECT_FALSE(CustomerRepository(*m_manager2Session).get(created->id));
    EXPECT_FALSE(CustomerRepository(*m_rep1aSession).get(created->id));
}

TEST_F(AccessScopeTest, ManagersAssignOnlyWithinTheirAreaAndNeverToAdmins)
{
    EXPECT_TRUE(AccessScope::requireAssignableOwner(*m_manager1Session, m_rep1b.id));
    auto otherArea = AccessScope::requireAssignableOwner(*m_manager1Session, m_rep2.id);
    ASSERT_FALSE(otherArea);
    EXPECT_EQ(otherArea.error().code, ErrorCode::AccessDenied);
    auto toAdmin = AccessScope::requireAssignableOwner(*m_adminSession, m_admin.id);
    ASSERT_FALSE(toAdmin);
    EXPECT_EQ(toAdmin.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(AccessScope::requireAssignableOwner(*m_adminSession, m_rep2.id));
    auto missing = AccessScope::requireAssignableOwner(*m_adminSession, 9999);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);

    // Reassigning across areas is refused and changes nothing.
    auto customer = createCustomer(*m_rep1aSession);
    auto refused = services::CustomerHandover::reassign(*m_manager1Session, customer.id, m_rep2.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(scalar("SELECT owner_id FROM customers WHERE id = " + std::to_string(customer.id)), m_rep1a.id);
}

TEST_F(AccessScopeTest, ADeactivatedUserSeesNothingEvenWithAnOpenSession)
{
    auto mine = createCustomer(*m_rep1aSession, QStringLiteral("上海华联商贸有限公司"));
    createCustomer(*m_rep1bSession);
    ASSERT_TRUE(UserRepository::setActive(*m_adminSession, m_rep1a.id, false));
    ASSERT_TRUE(UserRepository::setActive(*m_adminSession, m_manager1.id, false));

    // The sessions opened before the deactivation, and sessions built from the stored (inactive) users.
    auto storedRep = UserRepository::findById(db(), m_rep1a.id);
    ASSERT_TRUE(storedRep);
    EXPECT_FALSE(storedRep->active);
    Session freshRep(db(), *storedRep);
    for (Session* session : {m_rep1aSession.get(), &freshRep}) {
        CustomerRepository repo(*session);
        EXPECT_EQ(*CustomerListQueries(*session).count(CustomerQuery{}), 0);
        CustomerQuery search;
        search.search = QStringLiteral("shanghai");
        EXPECT_TRUE(CustomerListQueries(*session).list(search)->empty());
        EXPECT_EQ(repo.get(mine.id).error().code, ErrorCode::NotFound);
        EXPECT_EQ(repo.getByCode(mine.code).error().code, ErrorCode::NotFound);
        core::Customer edited = mine;
        edited.notes = QStringLiteral("after leaving");
        EXPECT_EQ(repo.update(edited).error().code, ErrorCode::NotFound);
        EXPECT_EQ(repo.logExport({mine.id}, QStringLiteral("x.csv")).error().code, ErrorCode::NotFound);
    }
    CustomerRepository manager(*m_manager1Session);
    EXPECT_EQ(*CustomerListQueries(*m_manager1Session).count(CustomerQuery{}), 0);
    EXPECT_EQ(services::CustomerHandover::handover(*m_manager1Session, m_rep1a.id, m_rep1b.id).error().code,
              ErrorCode::AccessDenied);
    EXPECT_EQ(manager.remove(mine.id).error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(services::CustomerHandover::reassign(*m_manager1Session, mine.id, m_rep1b.id).error().code,
              ErrorCode::AccessDenied);

    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE action IN ('open', 'export')"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE notes <> ''"), 0);
    auto login = UserRepository::login(db(), QStringLiteral("rep1a"), QLatin1String(kPassword));
    ASSERT_FALSE(login);
    EXPECT_EQ(login.error().code, ErrorCode::AccessDenied);

    // Reactivated, the same session works again.
    ASSERT_TRUE(UserRepository::setActive(*m_adminSession, m_rep1a.id, true));
    EXPECT_EQ(*CustomerListQueries(*m_rep1aSession).count(CustomerQuery{}), 1);
}

} // namespace
} // namespace carddesk::storage::test
