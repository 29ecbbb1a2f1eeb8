#pragma once

#include <QElapsedTimer>
#include <QTest>

#include <functional>

// Processes events until condition() holds or timeoutMs pass; use under ASSERT_TRUE (a QTRY_ macro outside
// QTest::qExec returns silently on failure).
inline bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}
