// Times the desktop face on a big office: bench_gui DB [--password-file F] [--users rep01,manager.east,admin]
// For each user a fresh child process (so peak RSS is per role) opens DB, logs in, builds the MainWindow exactly as
// src/app/main.cpp does after log-in (restoreSettings, show, rescoreIfStale on the next turn of the event loop) on
// the offscreen platform, and measures: log-in → first page of the customer list painted; search keystrokes; sorts
// by column; 20 random cards opened; peak RSS. A keystroke is timed from the end of the deliberate search debounce
// (CustomerListWidget::SearchDelayMs, not counted) to the list repainted: applyFilters() runs at once after the key.
// Passwords: the file's first line for the admin, the demo password "demo1234" for the others unless given as
// USER:PASSWORD in --users. With CARDDESK_BENCH_OVERVIEW_ONLY=1 in the environment, each child only times
// ScoreRepository::overview (what the analysis page reads) and prints its peak RSS, without a window.
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "gui/shell/MainWindow.h"
#include "storage/access/AccessScope.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/UserRepository.h"
#include "storage/scores/ScoreRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace carddesk;

namespace {

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double currentRssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Counts paints of a widget, so a measurement can end when the result is on screen, not only in the model.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget* widget) : QObject(widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Processes events until `done` or a minute has passed; false on timeout.
bool waitFor(const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 60000)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        // Not a busy loop: a spinning GUI thread would take a core from the storage worker it waits for.
        QThread::msleep(1);
    }
    return true;
}

// The longest time the GUI thread did not get round to a 5 ms timer: how long the window froze. The timer's own
// slack is under a few ms; anything above that is the thread busy (a query on it, a model reset, a paint).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    // Also counts the gap up to now, for a stall still under way when the measurement ends.
    double longestMs()
    {
        tick();
        return static_cast<double>(m_longest) / 1e6;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

StallMeter* stallMeter = nullptr;
double lastStallMs = 0;

// Work done (and ready(), if given: the answer of an asynchronous load is in), then the widget repainted: the time
// a user waits. lastStallMs gets the longest GUI-thread stall meanwhile.
double timeUntilPainted(QWidget* widget, PaintCounter* counter, const std::function<void()>& work,
                        const std::function<bool()>& ready = {})
{
    QElapsedTimer timer;
    timer.start();
    if (stallMeter)
        stallMeter->reset();
    const int before = counter->paints;
    work();
    if (ready)
        waitFor(ready);
    const int afterReady = ready ? counter->paints : before;
    widget->update();
    waitFor([&] { return counter->paints > afterReady; });
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (stallMeter)
        lastStallMs = stallMeter->longestMs();
    return ms;
}

struct Series
{
    QString name;
    std::vector<double> ms;
    double targetMs = 0; // 0: no target
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void printSeries(const Series& s)
{
    const double worst = s.ms.empty() ? 0 : *std::max_element(s.ms.begin(), s.ms.end());
    QString verdict = QStringLiteral("—");
    if (s.targetMs > 0)
        verdict = worst <= s.targetMs ? QStringLiteral("met") : QStringLiteral("MISSED");
    std::printf("| %-44s | %3zu | %9.1f | %9.1f | %6s | %-6s |\n", qPrintable(s.name), s.ms.size(), median(s.ms), worst,
                s.targetMs > 0 ? qPrintable(QString::number(s.targetMs, 'f', 0)) : "", qPrintable(verdict));
}

int runChild(const QString& dbPath, const QString& userName, const QString& password)
{
    QElapsedTimer timer;
    timer.start();
    auto db = storage::Database::open(dbPath);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    const double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    auto login = storage::UserRepository::login(**db, userName, password);
    if (!login) {
        std::fprintf(stderr, "log-in of %s failed: %s\n", qPrintable(userName), qPrintable(login.error().toString()));
        return 1;
    }
    const double loginMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const double rssBeforeWindow = currentRssMiB();
    if (qEnvironmentVariableIsSet("CARDDESK_BENCH_OVERVIEW_ONLY")) {
        // What the analysis page's data alone costs, without any window: time and memory of one overview().
        storage::Session session(**db, *login);
        storage::ScoreRepository scores(session);
        QElapsedTimer t;
        t.start();
        auto overview = scores.overview();
        std::printf("%s: ScoreRepository::overview %.0f ms (%s); RSS before %.0f MiB, peak %.0f MiB\n",
                    qPrintable(userName), t.nsecsElapsed() / 1e6, overview ? "ok" : "failed", rssBeforeWindow,
                    peakRssMiB());
        return 0;
    }

    // From here on, exactly what main.cpp does after a successful log-in.
    QElapsedTimer startup;
    startup.start();
    storage::Session session(**db, *login);
    gui::MainWindow window(session);
    const double constructMs = static_cast<double>(startup.nsecsElapsed()) / 1e6;
    window.restoreSettings();
    gui::CustomerListWidget* list = window.customerList();
    QTableView* view = list->view();
    auto* listPaints = new PaintCounter(view->viewport());
    window.show();
    bool rescoring = false;
    QObject::connect(&window, &gui::MainWindow::rescoreChecked, &window, [&](bool started) { rescoring = started; });
    QTimer::singleShot(0, &window, [&] { window.rescoreIfStale(); });
    waitFor([&] { return list->model()->rowCount() > 0 && !list->model()->isLoading() && listPaints->paints > 0; });
    const double firstPageMs = static_cast<double>(startup.nsecsElapsed()) / 1e6;
    const double rssAfterStart = currentRssMiB();
    const qint64 total = list->model()->totalCount();

    std::vector<Series> results;
    results.push_back({QStringLiteral("log-in → first page painted"), {firstPageMs}, 1500});

    // Search keystrokes: pinyin prefix of a common surname, a company word in Chinese, a phone fragment, a city at the
    // start of names, a contact's given name.
    Series keys{QStringLiteral("search keystroke (debounce excluded)"), {}, 100};
    Series shortKeys{QStringLiteral("  of which 1–2 characters"), {}, 100};
    Series longKeys{QStringLiteral("  of which 3+ characters (FTS)"), {}, 100};
    Series pairKeys{QStringLiteral("  of which two 汉字"), {}, 100};
    QLineEdit* search = list->searchField();
    search->setFocus();
    const QStringList words = {QStringLiteral("zhang"), QStringLiteral("科技有限"), QStringLiteral("1391"),
                               QStringLiteral("上海华联"), QStringLiteral("陈静")};
    QStringList typed;
    for (const QString& word : words) {
        search->clear();
        list->applyFilters();
        waitFor([&] { return true; });
        for (QChar ch : word) {
            // As a key press with its text (an IME commit for 汉字): QTest::keyClick knows ASCII keys only.
            QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            const double ms = timeUntilPainted(
                view->viewport(), listPaints, [&] { list->applyFilters(); },
                [&] { return !list->model()->isLoading(); });
            keys.ms.push_back(ms);
            (search->text().size() < 3 ? shortKeys : longKeys).ms.push_back(ms);
            if (search->text().size() == 2 && search->text().at(0).unicode() >= 0x2E80)
                pairKeys.ms.push_back(ms);
            typed << QStringLiteral("%1→%2 rows (%3 ms)")
                         .arg(search->text())
                         .arg(list->model()->totalCount())
                         .arg(ms, 0, 'f', 0);
        }
    }
    results.push_back(keys);
    results.push_back(shortKeys);
    results.push_back(longKeys);
    results.push_back(pairKeys);
    Series clearSearch{QStringLiteral("search cleared (whole list back)"), {}, 100};
    clearSearch.ms.push_back(timeUntilPainted(
        view->viewport(), listPaints,
        [&] {
            search->clear();
            list->applyFilters();
        },
        [&] { return !list->model()->isLoading(); }));
    results.push_back(clearSearch);

    // Sorts over the whole (unfiltered) list, each column both ways.
    using C = gui::CustomerListModel;
    const std::vector<std::pair<int, QString>> sorts = {{C::Name, QStringLiteral("name")},
                                                        {C::Revenue12m, QStringLiteral("revenue 12 m")},
                                                        {C::LastOrder, QStringLiteral("last order")},
                                                        {C::OpenComplaints, QStringLiteral("open complaints")},
                                                        {C::NextFollowUp, QStringLiteral("next follow-up")},
                                                        {C::Abc, QStringLiteral("ABC")},
                                                        {C::ChurnRisk, QStringLiteral("risk")},
                                                        {C::Owner, QStringLiteral("rep")},
                                                        {C::Region, QStringLiteral("region")}};
    StallMeter stalls;
    stallMeter = &stalls;
    const auto listReady = [&] { return !list->model()->isLoading(); };
    Series sortStalls{QStringLiteral("longest GUI-thread stall during a sort"), {}, 100};
    Series scoreSortStalls{QStringLiteral("  of which by ABC or risk (score columns)"), {}, 100};
    for (const auto& [column, label] : sorts) {
        Series s{QStringLiteral("sort by %1 (desc, asc)").arg(label), {}, 100};
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            s.ms.push_back(timeUntilPainted(
                view->viewport(), listPaints,
                [&, column = column] { view->horizontalHeader()->setSortIndicator(column, order); }, listReady));
            sortStalls.ms.push_back(lastStallMs);
            if (column == C::Abc || column == C::ChurnRisk)
                scoreSortStalls.ms.push_back(lastStallMs);
        }
        results.push_back(s);
    }
    results.push_back(sortStalls);
    results.push_back(scoreSortStalls);
    stallMeter = nullptr;
    view->horizontalHeader()->setSortIndicator(C::Name, Qt::AscendingOrder);
    waitFor([&] { return !list->model()->isLoading(); });

    // Twenty random cards the user may open.
    std::vector<qint64> ids;
    {
        SQLite::Statement q((*db)->sql(), "SELECT c.id FROM customers c WHERE " +
                                              storage::AccessScope::customerFilter(session, "c") +
                                              " ORDER BY random() LIMIT 20");
        while (q.executeStep())
            ids.push_back(q.getColumn(0).getInt64());
    }
    Series cards{QStringLiteral("open a card (filled and painted)"), {}, 100};
    gui::CustomerCardWidget* card = window.card();
    auto* cardPaints = new PaintCounter(card);
    for (qint64 id : ids) {
        // The card and its tabs are read on the worker: filled is when none of them is loading any more.
        cards.ms.push_back(timeUntilPainted(
            card, cardPaints,
            [&] {
                if (!window.openCustomer(id))
                    std::fprintf(stderr, "card %lld cannot be opened\n", static_cast<long long>(id));
            },
            [&] { return !card->isLoading(); }));
        window.showView(gui::MainWindow::CustomersView);
        waitFor([] { return true; });
    }
    results.push_back(cards);

    // The storage calls behind the start-up, once more each (warm cache), to say where the time goes.
    std::vector<std::pair<QString, double>> parts;
    {
        storage::CustomerListQueries customers(session);
        storage::CustomerQuery query;
        QElapsedTimer t;
        t.start();
        auto count = customers.count(query);
        parts.push_back({QStringLiteral("CustomerListQueries::count (no filter)"), t.nsecsElapsed() / 1e6});
        t.restart();
        auto page = customers.list(query);
        parts.push_back({QStringLiteral("CustomerListQueries::list (first page)"), t.nsecsElapsed() / 1e6});
        storage::ScoreRepository scores(session);
        t.restart();
        auto overview = scores.overview();
        parts.push_back({QStringLiteral("ScoreRepository::overview (analysis page)"), t.nsecsElapsed() / 1e6});
        t.restart();
        auto run = scores.latestRun();
        parts.push_back({QStringLiteral("ScoreRepository::latestRun"), t.nsecsElapsed() / 1e6});
        (void)count;
        (void)page;
        (void)overview;
        (void)run;
    }

    std::printf("\n### %s (%s): %lld customers in scope; load average %s\n\n", qPrintable(userName),
                qPrintable(core::roleName(login->role)), static_cast<long long>(total), qPrintable(loadAverage()));
    std::printf("Before log-in: Database::open (quick_check) %.0f ms; log-in (Argon2id) %.0f ms. MainWindow "
                "constructor %.0f ms. Rescoring started: %s.\n\n",
                openMs, loginMs, constructMs, rescoring ? "yes (stale scores)" : "no");
    std::printf("| %-44s | %3s | %9s | %9s | %6s | %-6s |\n", "operation", "n", "median ms", "worst ms", "target", "");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", std::string(46, '-').c_str(),
                "----:", "----------:", "----------:", "-------:", "--------");
    for (const Series& s : results)
        printSeries(s);
    const double peak = peakRssMiB();
    std::printf("| %-44s | %3s | %9.0f | %9s | %6s | %-6s |\n", "peak RSS (MiB)", "", peak, "", "300",
                peak <= 300 ? "met" : "MISSED");
    std::printf("\nRSS before the MainWindow: %.0f MiB; after the first page: %.0f MiB.\n", rssBeforeWindow,
                rssAfterStart);
    std::printf("\nKeystrokes: %s\n", qPrintable(typed.join(QStringLiteral("; "))));
    std::printf("\nStorage calls behind the start-up (warm):\n");
    for (const auto& [name, ms] : parts)
        std::printf("  %-46s %8.1f ms\n", qPrintable(name), ms);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // window settings under ~/.qttest, never the user's own
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CardDeskBench"));
    QApplication::setApplicationName(QStringLiteral("carddesk-bench"));
    const QStringList args = QApplication::arguments();
    // The child reads its password from the environment, never from its command line (visible to ps).
    if (args.size() >= 4 && args[2] == QLatin1String("--child"))
        return runChild(args[1], args[3], qEnvironmentVariable("CARDDESK_BENCH_PASSWORD"));

    QString dbPath;
    QString passwordFile;
    QStringList users = {QStringLiteral("rep01"), QStringLiteral("manager.east"), QStringLiteral("admin")};
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--password-file") && i + 1 < args.size())
            passwordFile = args[++i];
        else if (args[i] == QLatin1String("--users") && i + 1 < args.size())
            users = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
        else
            dbPath = args[i];
    }
    if (dbPath.isEmpty()) {
        std::fprintf(stderr, "usage: bench_gui DB [--password-file F] [--users rep01,manager.east,admin]\n");
        return 2;
    }
    QString adminPassword = QStringLiteral("admin1234");
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(passwordFile));
            return 2;
        }
        adminPassword = QString::fromUtf8(file.readLine()).trimmed();
    }
    int failures = 0;
    for (const QString& spec : users) {
        QString user = spec.section(QLatin1Char(':'), 0, 0);
        QString password = spec.section(QLatin1Char(':'), 1);
        if (password.isEmpty())
            password = user == QLatin1String("admin") ? adminPassword : QStringLiteral("demo1234");
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CARDDESK_BENCH_PASSWORD"), password);
        child.setProcessEnvironment(environment);
        child.start(QApplication::applicationFilePath(), {dbPath, QStringLiteral("--child"), user});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            ++failures;
    }
    return failures == 0 ? 0 : 1;
}
