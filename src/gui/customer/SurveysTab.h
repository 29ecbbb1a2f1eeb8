#pragma once

#include "core/Contact.h"
#include "core/SatisfactionSurvey.h"
#include "gui/customer/CardTab.h"

#include <vector>

class QLabel;
class QTableView;

namespace carddesk::gui {

class RecordTableModel;

// What one read of the tab brings: the surveys, the contacts to choose from, the complaints' satisfaction.
struct SurveysTabData
{
    std::vector<core::SatisfactionSurvey> surveys;
    std::vector<core::Contact> contacts;
    std::vector<int> complaintSatisfaction;
};

// The card's satisfaction (满意度): the customer's satisfaction surveys, newest first, recorded, edited and deleted
// here, and beside them the satisfaction asked after the customer's closed complaints.
class SurveysTab : public CardTab
{
    Q_OBJECT

public:
    SurveysTab(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    RecordTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    const std::vector<core::SatisfactionSurvey>& surveys() const { return m_data.surveys; }
    QString complaintText() const;

    void editSurvey(int row); // -1: record a new survey
    void removeSurvey(int row);

signals:
    // A survey was recorded, changed or deleted (written on the session).
    void surveysChanged(qint64 customerId);

protected:
    void read(qint64 customerId) override;
    void clear() override;

private:
    void fill(SurveysTabData data);

    RecordTableModel* m_model;
    QTableView* m_view;
    QLabel* m_complaints;
    SurveysTabData m_data;
};

} // namespace carddesk::gui
