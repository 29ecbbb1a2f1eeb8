#pragma once

#include "gui/common/DataChanges.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace carddesk::gui {

// Makes a page read again when a DataChanges announcement touches one of the entities it shows: at once when it is
// the shown page, when next shown when it is hidden (it only marks itself stale meanwhile), and once after the
// running load when changes come while one runs (a burst of commits costs one read). A page never loaded ignores
// changes: it reads when first shown. The page tells it when a load starts and when its answer is in.
class ChangeFollower : public QObject
{
    Q_OBJECT

public:
    ChangeFollower(QWidget* page, DataChanges* changes, QList<Entity> shown, std::function<void()> reload);

    void loadStarted();
    void loadFinished();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void changed(Entity entity);
    bool pageShown() const;

    QPointer<QWidget> m_page;
    QList<Entity> m_shown;
    std::function<void()> m_reload;
    bool m_loadedOnce = false;
    bool m_loading = false;
    bool m_stale = false;
    bool m_changedWhileLoading = false;
};

} // namespace carddesk::gui
