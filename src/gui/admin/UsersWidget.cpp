#include "gui/admin/UsersWidget.h"

#include "gui/admin/PasswordDialog.h"
#include "gui/admin/UserDialog.h"
#include "gui/common/ChangeFollower.h"
#include "gui/common/ErrorText.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/TextPrompt.h"
#include "gui/common/WorkerConnection.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/repositories/UserRepository.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::gui {

UsersWidget::UsersWidget(QString databasePath, core::User admin, QWidget* parent, DataChanges* changes)
    : QWidget(parent), m_path(std::move(databasePath)), m_admin(std::move(admin)),
      m_model(new QStandardItemModel(this)), m_table(new QTableView(this)), m_areaList(new QListWidget(this)),
      m_status(new QLabel(this)), m_rename(new QPushButton(tr("&Rename…"), this)),
      m_reset(new QPushButton(tr("Reset &password…"), this)), m_toggle(new QPushButton(tr("&Deactivate"), this)),
      m_renameArea(new QPushButton(tr("Rena&me area…"), this))
{
    m_model->setHorizontalHeaderLabels(
        {tr("User name"), tr("Name"), tr("Role"), tr("Area"), tr("Customers"), tr("State")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersWidget::updateButtons);

    auto* add = new QPushButton(tr("&Add user…"), this);
    connect(add, &QPushButton::clicked, this, &UsersWidget::addUser);
    connect(m_rename, &QPushButton::clicked, this, &UsersWidget::renameUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersWidget::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersWidget::toggleActive);
    auto* userButtons = new QHBoxLayout;
    for (QPushButton* button : {add, m_rename, m_reset, m_toggle})
        userButtons->addWidget(button);
    userButtons->addStretch();

    auto* usersBox = new QGroupBox(tr("Users"), this);
    auto* usersLayout = new QVBoxLayout(usersBox);
    usersLayout->addWidget(m_table, 1);
    usersLayout->addLayout(userButtons);

    auto* addArea = new QPushButton(tr("Add a&rea…"), this);
    connect(addArea, &QPushButton::clicked, this, &UsersWidget::addArea);
    connect(m_renameArea, &QPushButton::clicked, this, &UsersWidget::renameArea);
    connect(m_areaList, &QListWidget::currentRowChanged, this, &UsersWidget::updateButtons);
    auto* areasBox = new QGroupBox(tr("Areas"), this);
    auto* areasLayout = new QVBoxLayout(areasBox);
    areasLayout->addWidget(m_areaList, 1);
    areasLayout->addWidget(addArea);
    areasLayout->addWidget(m_renameArea);

    auto* columns = new QHBoxLayout;
    columns->addWidget(usersBox, 3);
    columns->addWidget(areasBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    updateButtons();
    // The customers column and the handover marks follow the customers' owners.
    if (changes)
        m_follower =
            new ChangeFollower(this, changes, {Entity::Users, Entity::Areas, Entity::Customers}, [this] { reload(); });
}

int UsersWidget::userRowCount() const
{
    return m_model->rowCount();
}

QString UsersWidget::userNameAt(int row) const
{
    return m_model->item(row, 0)->text();
}

QString UsersWidget::statusText() const
{
    return m_status->text();
}

bool UsersWidget::needsHandoverAt(int row) const
{
    return m_snapshot.users.at(static_cast<std::size_t>(row)).needsHandover;
}

void UsersWidget::selectUser(const QString& username)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (userNameAt(row) == username)
            m_table->selectRow(row);
}

void UsersWidget::reload()
{
    m_status->setText(tr("Loading…"));
    const int generation = ++m_generation;
    if (m_follower)
        m_follower->loadStarted();
    auto* watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // Each load has a thread of its own: an older one may answer last, and is not shown.
        if (generation != m_generation)
            return;
        show(watcher->result());
        emit loaded();
        if (m_follower)
            m_follower->loadFinished();
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, admin = m_admin] {
        Snapshot snapshot;
        auto db = openWorkerConnection(path);
        if (!db) {
            snapshot.error = db.error().message;
            return snapshot;
        }
        storage::Session session(**db, admin);
        auto users = services::UserAdministration::overview(session);
        auto areas = storage::UserRepository::areas(session);
        if (!users || !areas) {
            snapshot.error = users ? areas.error().message : users.error().message;
            return snapshot;
        }
        snapshot.users = std::move(users->users);
        snapshot.unassignedCustomers = users->unassignedCustomers;
        snapshot.areas = std::move(*areas);
        return snapshot;
    }));
}

void UsersWidget::show(const Snapshot& snapshot)
{
    const QString previous = selected() ? selected()->user.username : QString();
    m_snapshot = snapshot;
    m_model->removeRows(0, m_model->rowCount());
    int needing = 0;
    for (const auto& row : m_snapshot.users) {
        QList<QStandardItem*> items;
        items << new QStandardItem(row.user.username) << new QStandardItem(row.user.displayName)
              << new QStandardItem(Labels::role(core::roleName(row.user.role))) << new QStandardItem(row.areaName);
        auto* customers = new QStandardItem(QLocale().toString(row.customers));
        customers->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << customers;
        QString state = row.user.active ? tr("Active") : tr("Inactive");
        if (row.needsHandover) {
            state = tr("Inactive: %n customer(s) need a handover", nullptr, static_cast<int>(row.customers));
            ++needing;
        }
        auto* stateItem = new QStandardItem(state);
        if (row.needsHandover)
            stateItem->setForeground(QColor(0xb0, 0x00, 0x20));
        items << stateItem;
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    m_areaList->clear();
    for (const core::Area& area : m_snapshot.areas)
        m_areaList->addItem(area.name);
    if (!m_snapshot.error.isEmpty())
        m_status->setText(tr("The users could not be read: %1").arg(m_snapshot.error));
    else if (needing > 0)
        m_status->setText(
            tr("%n inactive user(s) still own customers: hand them over on the Handover page.", nullptr, needing));
    else
        m_status->setText(tr("%n user(s).", nullptr, static_cast<int>(m_snapshot.users.size())));
    if (m_snapshot.error.isEmpty() && m_snapshot.unassignedCustomers > 0)
        m_status->setText(m_status->text() +
                          (QLocale().language() == QLocale::Chinese ? QString() : QStringLiteral(" ")) +
                          tr("%n customer(s) have no rep: choose \"(no rep)\" in the customer list's rep filter to "
                             "see them and give each one a rep from its card.",
                             nullptr, static_cast<int>(m_snapshot.unassignedCustomers)));
    if (!previous.isEmpty())
        selectUser(previous);
    updateButtons();
}

const services::UserOverview* UsersWidget::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= static_cast<int>(m_snapshot.users.size()))
        return nullptr;
    return &m_snapshot.users.at(static_cast<std::size_t>(rows.first().row()));
}

void UsersWidget::updateButtons()
{
    const auto* row = selected();
    m_rename->setEnabled(row != nullptr);
    m_reset->setEnabled(row != nullptr);
    m_toggle->setEnabled(row != nullptr && row->user.id != m_admin.id);
    m_toggle->setText(row && !row->user.active ? tr("Re&activate") : tr("&Deactivate"));
    m_renameArea->setEnabled(m_areaList->currentRow() >= 0);
}

QString UsersWidget::errorText(const core::Error& error)
{
    const QString& field = error.field;
    if (error.code == core::ErrorCode::AccessDenied)
        return tr("Only the administrator may change users and areas.");
    if (field == QLatin1String("password"))
        return tr("The password needs at least 8 characters and must not be the user name.");
    if (field == QLatin1String("username"))
        return tr("The user name must be 2 to 32 letters, digits, '.', '_' or '-', and no other user may have it.");
    if (field == QLatin1String("display_name"))
        return tr("The name needs 1 to 64 characters.");
    if (field == QLatin1String("area"))
        return tr("A rep or a manager needs an area.");
    if (field == QLatin1String("name"))
        return tr("The area needs a name that no other area has.");
    if (field == QLatin1String("current_password"))
        return tr("The current password is wrong.");
    if (error.code == core::ErrorCode::Busy)
        return tr("The office is busy with another change; try again in a moment.");
    return ErrorText::sentence(error); // the shared wording for every other code
}

void UsersWidget::run(Job job)
{
    m_status->setText(tr("Saving…"));
    using Outcome = std::optional<core::Error>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome)
            MessageBox::warning(this, tr("Users and areas"), errorText(*outcome));
        emit changed(outcome ? errorText(*outcome) : QString());
        reload();
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, admin = m_admin, job = std::move(job)]() -> Outcome {
        auto db = openWorkerConnection(path);
        if (!db)
            return db.error();
        storage::Session session(**db, admin);
        auto status = job(session);
        if (!status)
            return status.error();
        return std::nullopt;
    }));
}

void UsersWidget::addUser()
{
    UserDialog dialog(m_snapshot.areas, this);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const core::User user = dialog.user();
        // Checked here first so the dialog stays open with its message; the service checks again.
        if (auto ok = services::UserAdministration::checkPassword(user.username, dialog.password()); !ok) {
            dialog.showError(errorText(ok.error()));
            continue;
        }
        run([user, password = dialog.password()](storage::Session& session) -> core::Status {
            auto added = services::UserAdministration::addUser(session, user, password);
            if (!added)
                return added.error();
            return {};
        });
        return;
    }
}

void UsersWidget::renameUser()
{
    const auto* row = selected();
    if (!row)
        return;
    const auto name =
        TextPrompt::ask(this, tr("Rename user"), tr("Name of %1:").arg(row->user.username), row->user.displayName);
    if (!name)
        return;
    run([id = row->user.id, name = *name](storage::Session& session) {
        return services::UserAdministration::rename(session, id, name);
    });
}

void UsersWidget::resetPassword()
{
    const auto* row = selected();
    if (!row)
        return;
    PasswordDialog dialog(tr("Reset password"),
                          tr("A new password for %1. Tell it to them in person; at their next log-in they must "
                             "replace it with a password of their own.")
                              .arg(row->user.username),
                          false, this);
    const QString username = row->user.username;
    const qint64 id = row->user.id;
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (auto ok = services::UserAdministration::checkPassword(username, dialog.password()); !ok) {
            dialog.showError(errorText(ok.error()));
            continue;
        }
        run([id, password = dialog.password()](storage::Session& session) {
            return services::UserAdministration::resetPassword(session, id, password);
        });
        return;
    }
}

void UsersWidget::toggleActive()
{
    const auto* row = selected();
    if (!row || row->user.id == m_admin.id)
        return;
    const qint64 id = row->user.id;
    if (!row->user.active) {
        run([id](storage::Session& session) { return services::UserAdministration::reactivate(session, id); });
        return;
    }
    QString question = tr("Deactivate %1? They can no longer log in.").arg(row->user.username);
    if (row->customers > 0)
        question += QLatin1Char('\n') + tr("Their %n customer(s) stay theirs until a manager hands them over.", nullptr,
                                           static_cast<int>(row->customers));
    if (MessageBox::question(this, tr("Deactivate user"), question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    run([id](storage::Session& session) -> core::Status {
        auto left = services::UserAdministration::deactivate(session, id);
        if (!left)
            return left.error();
        return {};
    });
}

void UsersWidget::addArea()
{
    const auto name = TextPrompt::ask(this, tr("Add area"), tr("Name of the new area:"));
    if (!name)
        return;
    run([name = *name](storage::Session& session) -> core::Status {
        core::Area area;
        area.name = name;
        auto added = services::UserAdministration::addArea(session, area);
        if (!added)
            return added.error();
        return {};
    });
}

void UsersWidget::renameArea()
{
    const int row = m_areaList->currentRow();
    if (row < 0 || row >= static_cast<int>(m_snapshot.areas.size()))
        return;
    const core::Area area = m_snapshot.areas.at(static_cast<std::size_t>(row));
    const auto name = TextPrompt::ask(this, tr("Rename area"), tr("New name of %1:").arg(area.name), area.name);
    if (!name)
        return;
    run([id = area.id, name = *name](storage::Session& session) {
        return services::UserAdministration::renameArea(session, id, name);
    });
}

} // namespace carddesk::gui
