#include "gui/common/DataChanges.h"

namespace carddesk::gui {

DataChanges::DataChanges(QObject* parent) : QObject(parent) {}

void DataChanges::announce(Entity entity, const QList<qint64>& ids)
{
    emit changed(entity, ids);
}

bool DataChanges::touches(Entity changed, Entity shown)
{
    return changed == shown || changed == Entity::Everything || shown == Entity::Everything;
}

} // namespace carddesk::gui
