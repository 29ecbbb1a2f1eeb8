#include "gui/customer/HandoverWidget.h"

#include "gui/common/ErrorText.h"

#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "services/CustomerHandover.h"
#include "storage/access/Session.h"
#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/UserRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace carddesk::gui {

HandoverWidget::HandoverWidget(storage::Session& session, QWidget* parent, StorageWorker* worker, DataChanges* changes)
    : QWidget(parent), m_session(session), m_changes(changes), m_loader(new PageLoader(session, worker, this)),
      m_previewLoader(new PageLoader(session, worker, this)), m_from(new QComboBox(this)), m_to(new QComboBox(this)),
      m_preview(new QLabel(this)), m_button(new QPushButton(tr("Hand over"), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* group = new QGroupBox(tr("Hand over a rep's customers"), this);
    auto* groupLayout = new QVBoxLayout(group);
    auto* intro = new QLabel(tr("When a rep leaves or changes territory, all of their customers move to another rep "
                                "in one step, with their open complaints and planned visits. Interactions, orders "
                                "and the change history keep who did them."),
                             group);
    intro->setWordWrap(true);
    groupLayout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("From rep:"), m_from);
    form->addRow(tr("To rep:"), m_to);
    groupLayout->addLayout(form);
    m_preview->setObjectName(QStringLiteral("handoverPreview"));
    groupLayout->addWidget(m_preview);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_button);
    groupLayout->addLayout(buttons);
    group->setMaximumWidth(640);
    layout->addWidget(group);
    layout->addStretch();

    connect(m_from, &QComboBox::currentIndexChanged, this, &HandoverWidget::updatePreview);
    connect(m_to, &QComboBox::currentIndexChanged, this, &HandoverWidget::updatePreview);
    connect(m_button, &QPushButton::clicked, this, &HandoverWidget::handOver);
    m_loader->followChanges(m_changes, {Entity::Users, Entity::Customers}, [this] { reloadUsers(); });
    // With the window's worker, the window reads the page when it is first shown.
    if (!worker)
        reloadUsers();
}

HandoverWidget::~HandoverWidget() = default;

void HandoverWidget::reloadUsers()
{
    m_loader->load<std::vector<core::User>>(
        [](storage::Session& session) { return storage::UserRepository::list(session); },
        [this](core::Result<std::vector<core::User>> users) {
            // The reps chosen are kept when they are still offered.
            const qint64 from = m_from->currentData().toLongLong();
            const qint64 to = m_to->currentData().toLongLong();
            const QSignalBlocker blockFrom(m_from);
            const QSignalBlocker blockTo(m_to);
            m_from->clear();
            m_to->clear();
            if (users) {
                for (const core::User& user : *users) {
                    if (user.role != core::Role::Rep)
                        continue;
                    const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
                    m_from->addItem(user.active ? name : tr("%1 (inactive)").arg(name), user.id);
                    if (user.active)
                        m_to->addItem(name, user.id);
                }
            }
            if (const int index = m_from->findData(from); index >= 0)
                m_from->setCurrentIndex(index);
            if (const int index = m_to->findData(to); index >= 0)
                m_to->setCurrentIndex(index);
            else if (m_to->count() > 1)
                m_to->setCurrentIndex(1);
            updatePreview();
        });
}

void HandoverWidget::updatePreview()
{
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    if (from <= 0 || to <= 0 || from == to) {
        m_preview->setText(tr("Choose two different reps."));
        m_button->setEnabled(false);
        return;
    }
    m_button->setEnabled(false); // until the count is in
    m_previewLoader->load<qint64>(
        [from](storage::Session& session) {
            storage::CustomerQuery query;
            query.ownerId = from;
            return storage::CustomerListQueries(session).count(query);
        },
        [this](core::Result<qint64> count) {
            const qint64 n = count ? *count : 0;
            m_preview->setText(tr("%n customer(s) of %1 will move to %2.", nullptr, static_cast<int>(n))
                                   .arg(m_from->currentText(), m_to->currentText()));
            m_button->setEnabled(n > 0);
        });
}

qint64 HandoverWidget::handOver()
{
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    if (from <= 0 || to <= 0 || from == to)
        return -1;
    const auto answer =
        MessageBox::question(this, tr("Hand over customers"),
                             tr("Move all customers of %1 to %2?").arg(m_from->currentText(), m_to->currentText()),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return -1;
    auto moved = services::CustomerHandover::handover(m_session, from, to);
    if (!moved) {
        MessageBox::warning(this, tr("Hand over customers"),
                            tr("Nothing was moved: %1").arg(ErrorText::sentence(moved.error())));
        return -1;
    }
    emit statusMessage(tr("%n customer(s) handed over.", nullptr, static_cast<int>(*moved)));
    emit customersMoved(*moved);
    if (!m_changes)
        updatePreview(); // else the announcement of the move makes the page read again
    return *moved;
}

} // namespace carddesk::gui
