#pragma once

#include <QList>
#include <QObject>

namespace carddesk::gui {

// What a change touched. Everything is what another connection's commit says: the data_version poll cannot tell
// what moved, so every page that listens reads again.
enum class Entity
{
    Customers,
    Contacts,
    Interactions,
    Complaints,
    Stages,
    Scores,
    Receivables,
    Visits,
    Users,
    Areas,
    Settings,
    Targets,
    ReviewNotes,
    Surveys, // satisfaction surveys (ids: the customers')
    Everything,
};

// The window's one change notification: whoever saves announces what changed (entity + ids) and every page that
// shows it listens, instead of MainWindow calling each page's refresh by hand. One object per window.
class DataChanges : public QObject
{
    Q_OBJECT

public:
    explicit DataChanges(QObject* parent = nullptr);

    // ids empty: any row of that entity may have changed.
    void announce(Entity entity, const QList<qint64>& ids = {});

    // True when a change of `changed` may affect what a page showing `shown` holds.
    static bool touches(Entity changed, Entity shown);

signals:
    void changed(carddesk::gui::Entity entity, const QList<qint64>& ids);
};

} // namespace carddesk::gui
