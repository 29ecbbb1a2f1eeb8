#include "gui/lifecycle/StageHistoryPanel.h"

#include "gui/common/ErrorText.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "gui/lifecycle/LifecycleLabels.h"
#include "gui/lifecycle/StageDialog.h"
#include "storage/repositories/LifecycleRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace carddesk::gui {

StageHistoryPanel::StageHistoryPanel(storage::Session& session, QWidget* parent, StorageWorker* worker)
    : QWidget(parent), m_session(session), m_loader(new PageLoader(session, worker, this)), m_current(new QLabel(this)),
      m_history(new QTreeWidget(this)), m_setStage(new QPushButton(tr("Set stage…"), this))
{
    setObjectName(QStringLiteral("stageHistory"));
    m_setStage->setObjectName(QStringLiteral("setStageButton"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Date"), tr("From"), tr("To"), tr("Why"), tr("By")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto* top = new QHBoxLayout;
    top->addWidget(m_current, 1);
    top->addWidget(m_setStage);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_history, 1);
    connect(m_setStage, &QPushButton::clicked, this, &StageHistoryPanel::askStage);
}

void StageHistoryPanel::setCustomer(qint64 customerId, const QString& customerName)
{
    m_customerId = customerId;
    m_customerName = customerName;
    reload();
}

void StageHistoryPanel::reload()
{
    m_history->clear();
    m_currentStage.clear();
    m_setStage->setEnabled(m_customerId > 0);
    if (m_customerId <= 0) {
        m_current->clear();
        return;
    }
    const qint64 customerId = m_customerId;
    m_loader->load<std::vector<core::LifecycleEntry>>(
        [customerId](storage::Session& session) { return storage::LifecycleRepository(session).history(customerId); },
        [this, customerId](core::Result<std::vector<core::LifecycleEntry>> history) {
            if (customerId != m_customerId)
                return; // another customer's history is on its way
            if (!history) {
                m_current->setText(
                    tr("The stage history cannot be read: %1").arg(ErrorText::sentence(history.error())));
                return;
            }
            for (const core::LifecycleEntry& entry : *history) {
                const QString why =
                    entry.manual ? tr("Set by hand: %1").arg(entry.reason) : LifecycleLabels::rule(entry.rule);
                auto* item = new QTreeWidgetItem(
                    m_history, {DisplayDate::text(entry.changedOn),
                                entry.fromStage.isEmpty() ? QString() : Labels::stage(entry.fromStage),
                                Labels::stage(entry.toStage), why,
                                entry.manual     ? entry.userName
                                : entry.replayed ? tr("order history") // before the first scoring: replayed
                                                 : tr("scoring")});
                item->setToolTip(3, entry.manual ? entry.reason : entry.rule);
            }
            if (!history->empty())
                m_currentStage = history->front().toStage;
            m_current->setText(m_currentStage.isEmpty() ? tr("No stage yet: the customer has no order.")
                               : !history->empty() && history->front().replayed
                                   ? tr("Current stage: <b>%1</b> (from the order history; not scored yet)")
                                         .arg(Labels::stage(m_currentStage))
                                   : tr("Current stage: <b>%1</b>").arg(Labels::stage(m_currentStage)));
        });
}

bool StageHistoryPanel::setStage(const QString& stage, const QString& reason)
{
    storage::LifecycleRepository repository(m_session);
    auto set = repository.setManualStage(m_customerId, stage, reason);
    if (!set) {
        const QString message =
            set.error().code == core::ErrorCode::Conflict
                ? tr("The card was changed by someone else at the same moment; the stage was not set. "
                     "Open the card again and retry.")
                : tr("The stage could not be set: %1").arg(ErrorText::sentence(set.error()));
        MessageBox::warning(this, tr("Set stage"), message);
        return false;
    }
    reload();
    emit statusMessage(tr("Stage set to %1.").arg(Labels::stage(stage)));
    emit stageSet(m_customerId);
    return true;
}

void StageHistoryPanel::askStage()
{
    StageDialog dialog(m_customerName, m_currentStage, this);
    if (dialog.exec() == QDialog::Accepted)
        setStage(dialog.stage(), dialog.reason());
}

} // namespace carddesk::gui
