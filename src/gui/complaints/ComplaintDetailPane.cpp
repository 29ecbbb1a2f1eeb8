#include "gui/complaints/ComplaintDetailPane.h"

#include "gui/common/ErrorText.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "gui/common/TextPrompt.h"
#include "gui/complaints/ComplaintLabels.h"
#include "gui/complaints/SatisfactionDialog.h"
#include "storage/repositories/ComplaintRepository.h"
#include "storage/repositories/ContactRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace carddesk::gui {

namespace {

// What the pane shows of one complaint, read in one go.
struct ComplaintDetails
{
    core::Complaint complaint;
    QString contact;
    std::vector<core::ComplaintHistoryEntry> history;
};

} // namespace

ComplaintDetailPane::ComplaintDetailPane(storage::Session& session, QWidget* parent, StorageWorker* worker)
    : QWidget(parent), m_session(session), m_loader(new PageLoader(session, worker, this)), m_title(new QLabel(this)),
      m_fields(new QLabel(this)), m_description(new QLabel(this)), m_timeline(new QTreeWidget(this)),
      m_actions(new QHBoxLayout), m_satisfactionButton(new QPushButton(tr("Record satisfaction…"), this))
{
    setObjectName(QStringLiteral("complaintDetail"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_fields->setTextFormat(Qt::RichText);
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setFrameShape(QFrame::StyledPanel);
    m_description->setMargin(4);
    m_timeline->setObjectName(QStringLiteral("complaintTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Note")});
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    m_satisfactionButton->setObjectName(QStringLiteral("satisfactionButton"));
    connect(m_satisfactionButton, &QPushButton::clicked, this, &ComplaintDetailPane::askSatisfaction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addWidget(m_description);
    m_actions->addStretch(1);
    m_actions->addWidget(m_satisfactionButton);
    layout->addLayout(m_actions);
    auto* historyLabel = new QLabel(tr("History"), this);
    historyLabel->setFont(titleFont);
    layout->addWidget(historyLabel);
    layout->addWidget(m_timeline, 1);
    clear();
}

void ComplaintDetailPane::clear()
{
    m_row = storage::ComplaintListRow();
    m_title->setText(tr("No complaint selected"));
    m_fields->clear();
    m_description->hide();
    m_timeline->clear();
    for (QPushButton* button : m_actionButtons)
        delete button;
    m_actionButtons.clear();
    m_satisfactionButton->hide();
}

void ComplaintDetailPane::showComplaint(const storage::ComplaintListRow& row)
{
    m_row = row;
    reload();
}

void ComplaintDetailPane::reload()
{
    const qint64 id = m_row.complaint.id;
    m_loader->load<ComplaintDetails>(
        [id](storage::Session& session) -> core::Result<ComplaintDetails> {
            storage::ComplaintRepository repository(session);
            auto fresh = repository.get(id);
            if (!fresh)
                return fresh.error();
            ComplaintDetails details{*fresh, QString(), {}};
            if (details.complaint.contactId > 0) {
                if (auto list = storage::ContactRepository(session).listForCustomer(details.complaint.customerId)) {
                    for (const core::Contact& each : *list) {
                        if (each.id == details.complaint.contactId)
                            details.contact = each.name;
                    }
                }
            }
            if (auto history = repository.history(id))
                details.history = std::move(*history);
            return details;
        },
        [this, id](core::Result<ComplaintDetails> details) {
            if (id != m_row.complaint.id)
                return; // the pane moved on to another complaint (or none) meanwhile
            if (!details) {
                clear();
                m_title->setText(
                    tr("Complaint %1 cannot be read: %2").arg(id).arg(ErrorText::sentence(details.error())));
                return;
            }
            m_row.complaint = details->complaint;
            // The list's overdue flag is for its asOf; after a move it follows the status.
            if (m_row.complaint.status == QLatin1String("resolved") ||
                m_row.complaint.status == QLatin1String("closed"))
                m_row.overdue = false;
            fill(details->contact, details->history);
        });
}

void ComplaintDetailPane::fill(const QString& contact, const std::vector<core::ComplaintHistoryEntry>& history)
{
    const core::Complaint& c = m_row.complaint;
    m_title->setText(tr("Complaint #%1 — %2").arg(c.id).arg(m_row.customerName));

    auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:10px; color:palette(mid)'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<table>");
    html += line(tr("Status:"), QStringLiteral("<b>%1</b>").arg(ComplaintLabels::status(c.status).toHtmlEscaped()));
    html += line(tr("Category:"), ComplaintLabels::category(m_row.categoryName).toHtmlEscaped());
    html += line(tr("Level:"), ComplaintLabels::level(c.level).toHtmlEscaped());
    html +=
        line(tr("Channel:"), (c.channel.isEmpty() ? tr("(not given)") : Labels::channel(c.channel)).toHtmlEscaped());
    if (!contact.isEmpty())
        html += line(tr("Contact:"), contact.toHtmlEscaped());
    html += line(tr("Received:"), DisplayDate::text(c.receivedAt.toLocalTime()).toHtmlEscaped());
    QString deadline = DisplayDate::text(c.deadline.toLocalTime()).toHtmlEscaped();
    if (m_row.overdue)
        deadline += QStringLiteral(" <span style='color:#b01e14'><b>%1</b></span>").arg(tr("overdue").toHtmlEscaped());
    html += line(tr("Deadline:"), deadline);
    html += line(tr("Owner:"), m_row.ownerName.toHtmlEscaped());
    if (c.escalationLevel > 0)
        html += line(tr("Escalation:"), QStringLiteral("<span style='color:#b01e14'>▲ %1</span>")
                                            .arg(ComplaintLabels::escalation(c.escalationLevel).toHtmlEscaped()));
    if (c.satisfaction > 0) {
        QString text = tr("%1 of 5").arg(c.satisfaction);
        if (!c.satisfactionComment.isEmpty())
            text += QStringLiteral(" — ") + c.satisfactionComment;
        html += line(tr("Satisfaction:"), text.toHtmlEscaped());
    }
    if (!c.closeReason.isEmpty())
        html += line(tr("Closed without satisfaction:"), c.closeReason.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_fields->setText(html);
    m_description->setText(c.description);
    m_description->setVisible(!c.description.isEmpty());

    m_timeline->clear();
    for (const core::ComplaintHistoryEntry& entry : history) {
        QString step = ComplaintLabels::status(entry.toStatus);
        if (!entry.fromStatus.isEmpty() && entry.fromStatus != entry.toStatus)
            step = ComplaintLabels::status(entry.fromStatus) + QStringLiteral(" → ") + step;
        // Steps of no user are the office's own jobs (the escalation rules the application applies).
        const QString who = entry.userId > 0 ? entry.userName : tr("CardDesk (automatic)");
        auto* item =
            new QTreeWidgetItem(m_timeline, {DisplayDate::text(entry.at.toLocalTime()), who, step, entry.note});
        item->setToolTip(3, entry.note);
    }

    for (QPushButton* button : m_actionButtons)
        delete button;
    m_actionButtons.clear();
    int insertAt = 0;
    for (const QString& status : storage::ComplaintRepository::statuses()) {
        if (!storage::ComplaintRepository::canTransition(c.status, status))
            continue;
        auto* button = new QPushButton(ComplaintLabels::action(status), this);
        button->setObjectName(QStringLiteral("action_") + status);
        connect(button, &QPushButton::clicked, this, [this, status] { transitionTo(status); });
        m_actions->insertWidget(insertAt++, button);
        m_actionButtons.push_back(button);
    }
    const bool resolved = c.status == QLatin1String("resolved") || c.status == QLatin1String("closed");
    m_satisfactionButton->setVisible(resolved && c.satisfaction == 0);
}

QStringList ComplaintDetailPane::offeredTransitions() const
{
    QStringList statuses;
    for (QPushButton* button : m_actionButtons)
        statuses << button->objectName().mid(7);
    return statuses;
}

QPushButton* ComplaintDetailPane::actionButton(const QString& status) const
{
    for (QPushButton* button : m_actionButtons) {
        if (button->objectName() == QStringLiteral("action_") + status)
            return button;
    }
    return nullptr;
}

bool ComplaintDetailPane::transitionTo(const QString& status)
{
    const core::Complaint& c = m_row.complaint;
    if (c.id <= 0)
        return false;
    const QString title = tr("Complaint #%1: %2").arg(c.id).arg(ComplaintLabels::status(status));
    std::optional<QString> note;
    if (status == QLatin1String("closed") && c.satisfaction == 0) {
        note = TextPrompt::ask(this, title,
                               tr("The customer's satisfaction is not recorded. Closing without it needs a reason:"));
        if (note && note->trimmed().isEmpty()) {
            showError(title, tr("The complaint stays open: a reason is required to close it without the customer's "
                                "satisfaction."));
            return false;
        }
    } else {
        note = TextPrompt::ask(this, title, tr("Note (optional):"));
    }
    if (!note)
        return false;
    storage::ComplaintRepository repository(m_session);
    auto moved = repository.transition(c.id, status, *note);
    if (!moved) {
        showError(title, tr("The complaint could not be moved: %1").arg(ErrorText::sentence(moved.error())));
        reload();
        return false;
    }
    reload();
    emit statusMessage(tr("Complaint #%1 is now %2.").arg(c.id).arg(ComplaintLabels::status(status)));
    emit changed(m_row.complaint.id);
    return true;
}

bool ComplaintDetailPane::recordSatisfaction(int score, const QString& comment)
{
    storage::ComplaintRepository repository(m_session);
    auto recorded = repository.recordSatisfaction(m_row.complaint.id, score, comment);
    if (!recorded) {
        showError(tr("Customer satisfaction"),
                  tr("The satisfaction could not be recorded: %1").arg(ErrorText::sentence(recorded.error())));
        return false;
    }
    reload();
    emit statusMessage(tr("Satisfaction recorded."));
    emit changed(m_row.complaint.id);
    return true;
}

void ComplaintDetailPane::askSatisfaction()
{
    SatisfactionDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        recordSatisfaction(dialog.score(), dialog.comment());
}

void ComplaintDetailPane::showError(const QString& title, const QString& message)
{
    MessageBox::warning(this, title, message);
}

} // namespace carddesk::gui
