#include "gui/customer/ChangeHistoryTab.h"

#include "gui/common/FieldLabels.h"
#include "gui/common/RecordTableModel.h"
#include "gui/customer/CardTables.h"
#include "storage/access/AuditRepository.h"
#include "storage/access/Session.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace carddesk::gui {

using namespace CardTables;

ChangeHistoryTab::ChangeHistoryTab(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : CardTab(session, worker, parent),
      m_model(new RecordTableModel({tr("When"), tr("By"), tr("Field"), tr("Old value"), tr("New value")}, this)),
      m_view(makeTable(m_model, this)), m_empty(noteLabel(QString(), this))
{
    m_empty->setObjectName(QStringLiteral("changeHistoryEmpty"));
    body()->addWidget(m_empty);
    body()->addWidget(m_view, 1);
}

void ChangeHistoryTab::read(qint64 customerId)
{
    fetch<std::vector<core::AuditEntry>>(
        [customerId](storage::Session& session) {
            return storage::AuditRepository(session).changesForCustomer(customerId);
        },
        [this](core::Result<std::vector<core::AuditEntry>> entries) {
            // A refusal is the storage's rule on who reads the audit trail, not a failure to report.
            emit availableChanged(entries.ok());
            fill(entries ? *entries : std::vector<core::AuditEntry>{});
        });
}

void ChangeHistoryTab::clear()
{
    fill({});
}

void ChangeHistoryTab::fill(const std::vector<core::AuditEntry>& entries)
{
    std::vector<RecordTableModel::Row> rows;
    for (const core::AuditEntry& e : entries) {
        rows.push_back({e.id,
                        {dateTimeText(e.at), e.userName, FieldLabels::field(e.tableName, e.field),
                         FieldLabels::value(e.tableName, e.field, e.oldValue),
                         FieldLabels::value(e.tableName, e.field, e.newValue)},
                        QColor(),
                        false});
    }
    // An empty table alone looked like a page that failed to load.
    m_empty->setText(rows.empty() ? tr("No change recorded for this card yet: every change made in CardDesk to its "
                                       "fields, contacts and records will be listed here, with who made it.")
                                  : QString());
    m_empty->setVisible(rows.empty());
    m_model->setRows(std::move(rows));
    fitColumns(m_view);
}

} // namespace carddesk::gui
