#pragma once

#include <QLabel>

#include <functional>

class QTimer;

namespace carddesk::gui {

// The "Loading…" note that floats over a page or a table while the storage worker answers. It shows only after
// DelayMs, so a quick answer does not flicker, and keeps its place when the host is resized.
class BusyNote : public QLabel
{
    Q_OBJECT

public:
    static constexpr int DelayMs = 200;
    // Where the note goes in its host (the host's and the note's sizes); by default centred a third of the way down,
    // over the page's content and clear of its filter bar.
    using Placement = std::function<QPoint(const QSize& host, const QSize& note)>;

    explicit BusyNote(QWidget* host, Placement placement = {});

    // A read went out: the note shows after DelayMs unless finished() comes first.
    void started();
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QWidget* m_host;
    Placement m_placement;
    QTimer* m_delay;
};

} // namespace carddesk::gui
