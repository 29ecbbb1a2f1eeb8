#pragma once

#include "gui/common/StorageWorker.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <functional>

// A 20 ms timer on the GUI thread that records how many times it fired and the longest gap between two ticks:
// while a page's query sleeps on the storage worker, the ticks must go on (the GUI thread is not waiting).
class TickWatch
{
public:
    // `onTick` also runs at each tick (e.g. asking a widget to repaint, to count its paints).
    explicit TickWatch(std::function<void()> onTick = {}) : m_onTick(std::move(onTick))
    {
        m_clock.start();
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longestGap = std::max(m_longestGap, now - m_lastTick);
            m_lastTick = now;
            ++m_ticks;
            if (m_onTick)
                m_onTick();
        });
        m_timer.start();
    }

    int ticks() const { return m_ticks; }
    qint64 longestGap() const { return m_longestGap; }
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    std::function<void()> m_onTick;
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_lastTick = 0;
    qint64 m_longestGap = 0;
    int m_ticks = 0;
};

// Every job of every StorageWorker sleeps this long while the guard lives.
struct SlowStorage
{
    explicit SlowStorage(int ms) { carddesk::gui::StorageWorker::setTestDelay(ms); }
    ~SlowStorage() { end(); }
    // Back to full speed before the guard goes.
    void end() { carddesk::gui::StorageWorker::setTestDelay(0); }
};
