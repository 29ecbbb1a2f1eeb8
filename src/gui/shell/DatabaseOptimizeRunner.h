#pragma once

#include "core/User.h"
#include "services/OfficeMaintenance.h"

#include <QObject>
#include <QString>

namespace carddesk::gui {

// Tools → Optimize database (administrator), off the GUI thread on a connection of its own: first how much of the
// file is free, then, if the administrator agrees, the optimization itself (a VACUUM can take as long as copying
// the file). Signals arrive on the GUI thread; `error` is a sentence in the user's language, empty on success.
class DatabaseOptimizeRunner : public QObject
{
    Q_OBJECT

public:
    DatabaseOptimizeRunner(QString databasePath, core::User admin, QObject* parent = nullptr);

    void measure();
    void optimize(bool vacuum);

signals:
    void measured(const carddesk::storage::FileSpace& space, const QString& error);
    void optimized(const carddesk::services::OptimizeOutcome& outcome, const QString& error);

private:
    QString m_path;
    core::User m_admin;
};

} // namespace carddesk::gui
