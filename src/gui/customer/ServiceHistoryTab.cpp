#include "gui/customer/ServiceHistoryTab.h"

#include "gui/common/ErrorText.h"
#include "gui/common/FieldLabels.h"
#include "gui/common/Labels.h"
#include "gui/common/RecordTableModel.h"
#include "gui/complaints/ComplaintLabels.h"
#include "gui/customer/CardTables.h"
#include "storage/access/Session.h"
#include "storage/queries/ServiceHistory.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace carddesk::gui {

using namespace CardTables;

ServiceHistoryTab::ServiceHistoryTab(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : CardTab(session, worker, parent),
      m_model(new RecordTableModel({tr("When"), tr("Kind"), tr("What"), tr("Detail"), tr("By")}, this)),
      m_view(makeTable(m_model, this))
{
    m_model->setObjectName(QStringLiteral("timelineModel"));
    auto* buttons = new QHBoxLayout;
    auto* log = new QPushButton(tr("Log interaction…"), this);
    log->setToolTip(tr("Ctrl+L"));
    connect(log, &QPushButton::clicked, this, &ServiceHistoryTab::logInteractionRequested);
    buttons->addWidget(log);
    auto* plan = new QPushButton(tr("Plan visit…"), this);
    plan->setObjectName(QStringLiteral("planVisitButton"));
    connect(plan, &QPushButton::clicked, this, &ServiceHistoryTab::planVisitRequested);
    buttons->addWidget(plan);
    buttons->addStretch();
    body()->addLayout(buttons);
    body()->addWidget(m_view, 1);
}

QString ServiceHistoryTab::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("interaction"))
        return tr("Interaction");
    if (kind == QLatin1String("visit"))
        return tr("Visit");
    if (kind == QLatin1String("complaint"))
        return tr("Complaint");
    if (kind == QLatin1String("complaint_status"))
        return tr("Complaint status");
    if (kind == QLatin1String("order"))
        return tr("Order");
    if (kind == QLatin1String("survey"))
        return tr("Satisfaction survey");
    if (kind == QLatin1String("card_change"))
        return tr("Card change");
    return kind;
}

void ServiceHistoryTab::read(qint64 customerId)
{
    fetch<std::vector<core::TimelineEntry>>(
        [customerId](storage::Session& session) { return storage::ServiceHistory(session).timeline(customerId); },
        [this](core::Result<std::vector<core::TimelineEntry>> entries) {
            if (!entries) {
                emit statusMessage(
                    tr("The service history cannot be read: %1").arg(ErrorText::sentence(entries.error())));
                return;
            }
            fill(*entries);
        });
}

void ServiceHistoryTab::clear()
{
    fill({});
}

void ServiceHistoryTab::fill(const std::vector<core::TimelineEntry>& entries)
{
    std::vector<RecordTableModel::Row> rows;
    for (const core::TimelineEntry& e : entries) {
        QString what = e.title;
        if (e.kind == QLatin1String("interaction"))
            what = Labels::channel(e.title);
        else if (e.kind == QLatin1String("visit"))
            what = Labels::visitStatus(e.title);
        else if (e.kind == QLatin1String("complaint"))
            what = ComplaintLabels::category(e.title);
        else if (e.kind == QLatin1String("complaint_status"))
            what = ComplaintLabels::status(e.title.section(QStringLiteral(" → "), 0, 0)) + QStringLiteral(" → ") +
                   ComplaintLabels::status(e.title.section(QStringLiteral(" → "), 1, 1));
        else if (e.kind == QLatin1String("survey")) {
            const QStringList scores = e.title.split(QLatin1Char(' '));
            if (scores.size() == 4)
                what = tr("Product %1, service %2, staff %3, image %4").arg(scores[0], scores[1], scores[2], scores[3]);
        } else if (e.kind == QLatin1String("card_change"))
            what = FieldLabels::field(e.title.section(QLatin1Char('.'), 0, 0), e.title.section(QLatin1Char('.'), 1));
        QString detail = e.detail;
        bool isAmount = false;
        const double amount = e.detail.toDouble(&isAmount);
        if (e.kind == QLatin1String("order") && isAmount)
            detail = money(amount); // an order's detail is its amount: written as the orders tab writes it
        rows.push_back({e.sourceId,
                        {dateTimeText(e.when), kindLabel(e.kind), what, detail, e.userName},
                        e.kind == QLatin1String("complaint") ? QColor(0xc0, 0x39, 0x2b) : QColor(),
                        e.kind == QLatin1String("interaction")});
    }
    m_model->setRows(std::move(rows));
    fitColumns(m_view);
}

} // namespace carddesk::gui
