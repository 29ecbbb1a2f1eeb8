#include "io/DemoOfficeGenerator.h"

#include "io/DemoDataBuilder.h"
#include "io/DemoSurveyMaker.h"
#include "storage/access/AccessScope.h"
#include "storage/db/BulkLoader.h"
#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/UserRepository.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace carddesk::io {

using core::ErrorCode;
using core::makeError;
using core::Role;

namespace {

constexpr qint64 kBatchCustomers = 2000;
constexpr size_t kQueuedBatches = 3;
constexpr qint64 kMaxCustomers = 10'000'000;

// Batches made on a producer thread and written on the database's thread: with two cores, generating the next
// batch costs nothing while SQLite writes this one. The producer is the only user of the random generator, so
// the rows do not depend on the timing.
class BatchPipeline
{
public:
    explicit BatchPipeline(DemoDataBuilder& builder) : m_thread([this, &builder] { produce(builder); }) {}

    ~BatchPipeline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // The next batch, or false when the producer has made them all.
    bool take(storage::BulkBatch& batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return false;
        batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return true;
    }

    // Hands a written batch back for reuse: the producer frees its rows and refills it.
    void giveBack(storage::BulkBatch&& batch)
    {
        std::lock_guard lock(m_mutex);
        if (m_free.size() < kQueuedBatches)
            m_free.push_back(std::move(batch));
    }

private:
    void produce(DemoDataBuilder& builder)
    {
        for (;;) {
            storage::BulkBatch batch;
            {
                std::lock_guard lock(m_mutex);
                if (!m_free.empty()) {
                    batch = std::move(m_free.front());
                    m_free.pop_front();
                }
            }
            const bool more = builder.nextBatch(batch, kBatchCustomers);
            std::unique_lock lock(m_mutex);
            if (!more || m_stop) {
                m_done = true;
                m_changed.notify_all();
                return;
            }
            m_changed.wait(lock, [this] { return m_ready.size() < kQueuedBatches || m_stop; });
            if (m_stop) {
                m_done = true;
                return;
            }
            m_ready.push_back(std::move(batch));
            m_changed.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<storage::BulkBatch> m_ready;
    std::deque<storage::BulkBatch> m_free;
    bool m_done = false;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

struct StaffSpec
{
    const char* username;
    const char* displayName;
    Role role;
    int area; // index into DemoDataBuilder::areaSpecs(); -1 for the admin
};

const StaffSpec kStaff[] = {
    {"admin", "系统管理员", Role::Admin, -1},
    {"manager.east", "陈静", Role::Manager, 0},
    {"manager.north", "王强", Role::Manager, 1},
    {"manager.south", "林芳", Role::Manager, 2},
    {"rep01", "张伟", Role::Rep, 0},
    {"rep02", "李娜", Role::Rep, 0},
    {"rep03", "刘洋", Role::Rep, 0},
    {"rep04", "赵敏", Role::Rep, 0},
    {"rep05", "杨磊", Role::Rep, 1},
    {"rep06", "孙丽", Role::Rep, 1},
    {"rep07", "周杰", Role::Rep, 1},
    {"rep08", "黄婷", Role::Rep, 2},
    {"rep09", "吴浩", Role::Rep, 2},
    {"rep10", "郑欣", Role::Rep, 2},
};

} // namespace

std::vector<DemoUser> DemoOfficeGenerator::demoUsers()
{
    std::vector<DemoUser> users;
    const auto& areas = DemoDataBuilder::areaSpecs();
    for (const StaffSpec& spec : kStaff) {
        DemoUser user;
        user.username = QString::fromLatin1(spec.username);
        user.displayName = QString::fromUtf8(spec.displayName);
        user.role = spec.role;
        user.area = spec.area >= 0 ? areas[static_cast<size_t>(spec.area)].name : QString();
        user.password = spec.role == Role::Admin ? adminPassword() : userPassword();
        users.push_back(user);
    }
    return users;
}

core::Result<DemoSummary> DemoOfficeGenerator::generate(storage::Database& db, const DemoOptions& options,
                                                        const storage::Session* admin)
{
    if (options.customers < 0 || options.customers > kMaxCustomers)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the demo office takes 0 to %1 customers").arg(kMaxCustomers),
                         QStringLiteral("customers"));
    if (!options.today.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the demo office needs a valid date for today"),
                         QStringLiteral("today"));
    if (admin) {
        if (&admin->db() != &db)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the admin's session is on another database"));
        if (auto ok = storage::AccessScope::requireRole(*admin, Role::Admin, QStringLiteral("generating demo data"));
            !ok)
            return ok.error();
    }

    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    qint64 rowsDoneMs = 0; // when everything was written, before COMMIT
    if (options.progress)
        options.progress(0);
    auto status = db.write([&]() -> core::Status {
        // Checked inside the transaction: another instance cannot slip customers or users in meanwhile.
        std::optional<storage::Session> session;
        const std::vector<DemoUser> users = demoUsers();
        if (admin) {
            session.emplace(db, admin->user());
            auto customers = storage::CustomerListQueries(*session).count(storage::CustomerQuery{});
            if (!customers)
                return customers.error();
            if (*customers > 0)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("this database already has %1 customers; demo data goes only into "
                                                "an empty database (use a new file)")
                                     .arg(*customers));
        } else {
            if (storage::UserRepository::userCount(db) > 0)
                return makeError(ErrorCode::AccessDenied,
                                 QStringLiteral("this database already has users; log in as its admin to fill it "
                                                "with demo data"));
            const DemoUser& first = users.front();
            auto created =
                storage::UserRepository::createFirstAdmin(db, first.username, first.password, first.displayName);
            if (!created)
                return created.error();
            session.emplace(db, *created);
            summary.users.push_back(first);
        }

        // Areas: reuse one the admin already made under the same name.
        auto existing = storage::UserRepository::areas(*session);
        if (!existing)
            return existing.error();
        const auto& specs = DemoDataBuilder::areaSpecs();
        std::vector<DemoStaff> staff(specs.size());
        for (size_t i = 0; i < specs.size(); ++i) {
            for (const core::Area& area : *existing) {
                if (area.name == specs[i].name)
                    staff[i].areaId = area.id;
            }
            if (staff[i].areaId == 0) {
                core::Area area;
                area.name = specs[i].name;
                area.region = specs[i].region;
                auto made = storage::UserRepository::createArea(*session, area);
                if (!made)
                    return made.error();
                staff[i].areaId = made->id;
                ++summary.areas;
            }
        }
        for (size_t i = 1; i < users.size(); ++i) {
            const StaffSpec& spec = kStaff[i];
            core::User user;
            user.username = users[i].username;
            user.displayName = users[i].displayName;
            user.role = spec.role;
            user.areaId = staff[static_cast<size_t>(spec.area)].areaId;
            auto made = storage::UserRepository::create(*session, user, users[i].password);
            if (!made)
                return made.error();
            if (spec.role == Role::Manager)
                staff[static_cast<size_t>(spec.area)].managerId = made->id;
            else
                staff[static_cast<size_t>(spec.area)].repIds.push_back(made->id);
            summary.users.push_back(users[i]);
        }

        storage::BulkLoader::Options loadOptions;
        loadOptions.deferSearchIndex = options.deferSearchIndex;
        storage::BulkLoader loader(db, session->userId(), loadOptions);
        if (auto ok = loader.begin(); !ok)
            return ok;
        for (const DemoStaff& area : staff) {
            if (auto ok = loader.setAreaManager(area.areaId, area.managerId); !ok)
                return ok;
        }
        DemoDataBuilder::Setup setup;
        setup.seed = options.seed;
        setup.today = options.today;
        setup.customers = options.customers;
        setup.staff = staff;
        setup.firstIds = loader.nextIds();
        setup.complaintCategoryIds = loader.complaintCategoryIds();
        DemoDataBuilder builder(setup);
        if (auto ok = loader.insertProducts(builder.products()); !ok)
            return ok;
        {
            BatchPipeline pipeline(builder);
            storage::BulkBatch batch;
            int lastPercent = 0;
            while (pipeline.take(batch)) {
                if (auto ok = loader.insert(batch); !ok)
                    return ok;
                pipeline.giveBack(std::move(batch));
                const int percent =
                    options.customers > 0 ? static_cast<int>(loader.counts().customers * 95 / options.customers) : 95;
                if (options.progress && percent != lastPercent)
                    options.progress(percent);
                lastPercent = percent;
            }
        }
        if (auto ok = loader.finish(QStringLiteral("demo data generated:")); !ok)
            return ok;
        auto surveys = DemoSurveyMaker::make(db, options.seed, options.today, session->userId());
        if (!surveys)
            return surveys.error();
        summary.surveys = *surveys;

        const storage::BulkCounts& counts = loader.counts();
        const DemoDataBuilder::Stats& stats = builder.stats();
        summary.products = counts.products;
        summary.customers = counts.customers;
        summary.potentialCustomers = stats.potential;
        summary.lostCustomers = stats.lost;
        summary.keyCustomers = stats.key;
        summary.contacts = counts.contacts;
        summary.orders = counts.orders;
        summary.orderLines = counts.orderLines;
        summary.orderAmount = stats.orderAmount;
        summary.receivables = counts.receivables;
        summary.overdueReceivables = stats.overdueReceivables;
        summary.payments = counts.payments;
        summary.interactions = counts.interactions;
        summary.visits = counts.visits;
        summary.complaints = counts.complaints;
        summary.complaintSteps = counts.complaintSteps;
        rowsDoneMs = timer.elapsed();
        return {};
    });
    if (!status)
        return status.error();
    spdlog::info("demo office: COMMIT and WAL checkpoint in {} ms", timer.elapsed() - rowsDoneMs);
    if (options.progress)
        options.progress(100);
    summary.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return summary;
}

} // namespace carddesk::io
