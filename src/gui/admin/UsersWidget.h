#pragma once

#include "core/Area.h"
#include "core/Result.h"
#include "core/User.h"
#include "services/UserAdministration.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace carddesk::gui {

class ChangeFollower;
class DataChanges;

// Users and areas (administrator): who works in the office, their role, area and state; inactive users who still own
// customers are marked as needing a handover. Adds, renames, resets passwords, deactivates and reactivates users;
// adds and renames areas. Reads and writes run on a connection of their own, off the GUI thread. Given the window's
// DataChanges it reads again when users, areas or customers change (another window's commit included).
class UsersWidget : public QWidget
{
    Q_OBJECT

public:
    UsersWidget(QString databasePath, core::User admin, QWidget* parent = nullptr, DataChanges* changes = nullptr);

    void reload();
    int userRowCount() const;
    // The user name in a row and whether it is marked as needing a handover, for tests.
    QString userNameAt(int row) const;
    bool needsHandoverAt(int row) const;
    QString statusText() const; // the line under the table
    void selectUser(const QString& username);

    // The actions behind the buttons (tests call them with answers prepared in advance).
    void addUser();
    void renameUser();
    void resetPassword();
    void toggleActive();
    void addArea();
    void renameArea();

    // A service error as a sentence for this page.
    static QString errorText(const core::Error& error);

signals:
    void loaded();
    // A change was saved (or refused: error is set).
    void changed(const QString& error);

private:
    struct Snapshot
    {
        std::vector<services::UserOverview> users;
        qint64 unassignedCustomers = 0;
        std::vector<core::Area> areas;
        QString error;
    };
    using Job = std::function<core::Status(storage::Session&)>;

    void show(const Snapshot& snapshot);
    // Runs a change on a worker connection, then reports it and reloads.
    void run(Job job);
    const services::UserOverview* selected() const;
    void updateButtons();

    QString m_path;
    core::User m_admin;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QListWidget* m_areaList;
    QLabel* m_status;
    QPushButton* m_rename;
    QPushButton* m_reset;
    QPushButton* m_toggle;
    QPushButton* m_renameArea;
    Snapshot m_snapshot;
    ChangeFollower* m_follower = nullptr;
    int m_generation = 0; // of the newest load; older answers are dropped
};

} // namespace carddesk::gui
