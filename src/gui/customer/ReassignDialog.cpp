#include "gui/customer/ReassignDialog.h"

#include "gui/common/Labels.h"
#include "gui/common/PageLoader.h"
#include "storage/repositories/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace carddesk::gui {

namespace {
qint64 g_nextUserId = -1;
}

ReassignDialog::ReassignDialog(storage::Session& session, qint64 currentOwnerId, QWidget* parent, StorageWorker* worker)
    : QDialog(parent), m_users(new QComboBox(this))
{
    setWindowTitle(tr("Reassign customer"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The customer, with its open complaints and planned visits, moves to the rep you "
                                "choose. The history of the card stays as it is."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("New rep:"), m_users);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false); // until the users are in
    m_loader = new PageLoader(session, worker, this, m_users);
    m_loader->load<std::vector<core::User>>(
        [](storage::Session& s) { return storage::UserRepository::list(s); },
        [this, ok, currentOwnerId](core::Result<std::vector<core::User>> users) {
            if (users) {
                for (const core::User& user : *users) {
                    if (!user.active || user.id == currentOwnerId || user.role == core::Role::Admin)
                        continue;
                    m_users->addItem(
                        QStringLiteral("%1 (%2)").arg(user.displayName, Labels::role(core::roleName(user.role))),
                        user.id);
                }
            }
            ok->setEnabled(m_users->count() > 0);
        });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool ReassignDialog::ask()
{
    if (g_nextUserId >= 0) {
        m_selected = g_nextUserId;
        g_nextUserId = -1;
        return m_selected > 0;
    }
    if (exec() != QDialog::Accepted || m_users->currentIndex() < 0)
        return false;
    m_selected = m_users->currentData().toLongLong();
    return true;
}

void ReassignDialog::setNextUserId(qint64 userId)
{
    g_nextUserId = userId;
}

bool ReassignDialog::isLoading() const
{
    return m_loader->isLoading();
}

} // namespace carddesk::gui
