#include "gui/customer/SurveysTab.h"

#include "gui/common/ErrorText.h"
#include "gui/common/MessageBox.h"
#include "gui/common/RecordTableModel.h"
#include "gui/customer/CardTables.h"
#include "gui/customer/SurveyDialog.h"
#include "storage/access/Session.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/SurveyRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

namespace carddesk::gui {

using namespace CardTables;

SurveysTab::SurveysTab(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : CardTab(session, worker, parent),
      m_model(new RecordTableModel({tr("Date"), tr("Answered by"), tr("Product"), tr("Service"), tr("Staff"),
                                    tr("Image"), tr("Mean"), tr("Comment"), tr("Recorded by")},
                                   this)),
      m_view(makeTable(m_model, this)), m_complaints(noteLabel(QString(), this))
{
    m_view->setObjectName(QStringLiteral("surveysTable"));
    m_complaints->setObjectName(QStringLiteral("complaintSatisfactionLabel"));
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Record survey…"), this);
    add->setObjectName(QStringLiteral("addSurveyButton"));
    auto* edit = new QPushButton(tr("Edit…"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    remove->setObjectName(QStringLiteral("deleteSurveyButton"));
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    body()->addLayout(buttons);
    body()->addWidget(m_view, 1);
    body()->addWidget(m_complaints);
    connect(add, &QPushButton::clicked, this, [this] { editSurvey(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editSurvey(m_view->currentIndex().row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { editSurvey(index.row()); });
    connect(remove, &QPushButton::clicked, this, [this] { removeSurvey(m_view->currentIndex().row()); });
}

void SurveysTab::read(qint64 customerId)
{
    fetch<SurveysTabData>(
        [customerId](storage::Session& session) -> core::Result<SurveysTabData> {
            SurveysTabData data;
            storage::SurveyRepository surveys(session);
            auto list = surveys.list(customerId);
            if (!list)
                return list.error();
            data.surveys = std::move(*list);
            auto complaints = surveys.complaintSatisfaction(customerId);
            if (!complaints)
                return complaints.error();
            data.complaintSatisfaction = std::move(*complaints);
            auto contacts = storage::ContactRepository(session).listForCustomer(customerId);
            if (!contacts)
                return contacts.error();
            data.contacts = std::move(*contacts);
            return data;
        },
        [this](core::Result<SurveysTabData> data) {
            if (!data) {
                emit statusMessage(
                    tr("The satisfaction surveys cannot be read: %1").arg(ErrorText::sentence(data.error())));
                return;
            }
            fill(std::move(*data));
        });
}

void SurveysTab::clear()
{
    fill({});
    emit titleChanged(tr("Satisfaction"));
}

QString SurveysTab::complaintText() const
{
    return m_complaints->text();
}

void SurveysTab::fill(SurveysTabData data)
{
    m_data = std::move(data);
    const QLocale locale;
    std::vector<RecordTableModel::Row> rows;
    for (const core::SatisfactionSurvey& s : m_data.surveys)
        rows.push_back({s.id,
                        {dateText(s.surveyedOn), s.contactName, QString::number(s.product), QString::number(s.service),
                         QString::number(s.staff), QString::number(s.image), locale.toString(s.mean(), 'f', 2),
                         s.comment, s.recordedByName},
                        s.mean() < 3.0 ? QColor(0xc0, 0x39, 0x2b) : QColor(),
                        false});
    m_model->setRows(std::move(rows));
    fitColumns(m_view);
    const std::vector<int>& rated = m_data.complaintSatisfaction;
    if (rated.empty()) {
        m_complaints->setText(tr("No closed complaint with the customer's satisfaction."));
    } else {
        const double mean = std::accumulate(rated.begin(), rated.end(), 0.0) / static_cast<double>(rated.size());
        m_complaints->setText(tr("Satisfaction after %n closed complaint(s): mean %1 of 5 (latest %2).", nullptr,
                                 static_cast<int>(rated.size()))
                                  .arg(locale.toString(mean, 'f', 1))
                                  .arg(rated.back()));
    }
    emit titleChanged(tr("Satisfaction (%1)").arg(m_data.surveys.size()));
}

void SurveysTab::editSurvey(int row)
{
    if (customerId() <= 0)
        return;
    core::SatisfactionSurvey survey;
    survey.customerId = customerId();
    if (row >= 0) {
        if (row >= static_cast<int>(m_data.surveys.size()))
            return;
        survey = m_data.surveys[static_cast<size_t>(row)];
    }
    SurveyDialog dialog(session(), survey, m_data.contacts, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit surveysChanged(customerId());
        emit statusMessage(tr("Satisfaction survey saved."));
    }
}

void SurveysTab::removeSurvey(int row)
{
    if (row < 0 || row >= static_cast<int>(m_data.surveys.size()))
        return;
    const core::SatisfactionSurvey survey = m_data.surveys[static_cast<size_t>(row)];
    if (MessageBox::question(this, tr("Delete survey"),
                             tr("Delete the satisfaction survey of %1?").arg(dateText(survey.surveyedOn)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto status = storage::SurveyRepository(session()).remove(survey.id);
    if (!status) {
        MessageBox::warning(this, tr("Delete survey"),
                            tr("The survey was not deleted: %1").arg(ErrorText::sentence(status.error())));
        return;
    }
    emit surveysChanged(customerId());
    emit statusMessage(tr("Satisfaction survey deleted."));
}

} // namespace carddesk::gui
