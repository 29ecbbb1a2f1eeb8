#include "gui/common/StorageWorker.h"

#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QTimer>

#include <atomic>
#include <optional>

namespace carddesk::gui {

namespace {
std::atomic<int> testDelayMs{0};
}

// Lives on the worker thread: the connection, the session and the poll timer are only touched there.
class StorageWorker::Context : public QObject
{
public:
    Context(QString path, core::User user) : m_path(std::move(path)), m_user(std::move(user)) {}

    void runJob(const Job& job)
    {
        if (const int delay = testDelayMs.load(); delay > 0)
            QThread::msleep(static_cast<unsigned long>(delay));
        if (!ensureOpen()) {
            job(nullptr, &*m_openError);
            return;
        }
        job(m_session.get(), nullptr);
    }

    void setPollInterval(int ms, StorageWorker* owner)
    {
        if (!m_timer) {
            m_timer = new QTimer(this);
            connect(m_timer, &QTimer::timeout, this, [this, owner] { poll(owner); });
        }
        if (ms <= 0) {
            m_timer->stop();
            return;
        }
        if (ensureOpen()) {
            if (auto version = m_db->dataVersion())
                m_version = *version;
        }
        m_timer->start(ms);
    }

private:
    bool ensureOpen()
    {
        if (m_session)
            return true;
        // The window's own connection already checked and migrated the file.
        storage::Database::Options options;
        options.create = false;
        options.migrate = false;
        options.quickCheck = false;
        auto db = storage::Database::open(m_path, options);
        if (!db) {
            m_openError = db.error();
            return false;
        }
        m_openError.reset();
        m_db = std::move(*db);
        m_session = std::make_unique<storage::Session>(*m_db, m_user);
        return true;
    }

    void poll(StorageWorker* owner)
    {
        if (!ensureOpen())
            return;
        auto version = m_db->dataVersion();
        if (!version || *version == m_version)
            return;
        m_version = *version;
        QMetaObject::invokeMethod(owner, &StorageWorker::databaseChanged, Qt::QueuedConnection);
    }

    QString m_path;
    core::User m_user;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::Session> m_session;
    std::optional<core::Error> m_openError;
    QTimer* m_timer = nullptr;
    qint64 m_version = -1;
};

StorageWorker::StorageWorker(QString databasePath, core::User user, QObject* parent)
    : QObject(parent), m_context(new Context(std::move(databasePath), std::move(user)))
{
    m_thread.setObjectName(QStringLiteral("carddesk-storage"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    setPollInterval(DefaultPollMs);
}

StorageWorker::~StorageWorker()
{
    // The context (its timer, its connection) is deleted on its own thread, after the jobs already queued.
    QMetaObject::invokeMethod(
        m_context, [context = m_context] { delete context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StorageWorker::post(Job job)
{
    QMetaObject::invokeMethod(
        m_context, [context = m_context, job = std::move(job)] { context->runJob(job); }, Qt::QueuedConnection);
}

void StorageWorker::setPollInterval(int ms)
{
    QMetaObject::invokeMethod(
        m_context, [context = m_context, ms, this] { context->setPollInterval(ms, this); }, Qt::QueuedConnection);
}

void StorageWorker::setTestDelay(int ms)
{
    testDelayMs.store(ms);
}

} // namespace carddesk::gui
