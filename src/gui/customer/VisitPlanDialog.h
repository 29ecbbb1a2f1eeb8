#pragma once

#include "core/Visit.h"

#include <QDialog>

#include <utility>
#include <vector>

class QLabel;
class QLineEdit;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DateField;

// Plans a visit (拜访计划) to one customer, or the same day's visits to several at once (a selection in the customer
// list, a region of the week's suggestions, all or none), for the session's user or a rep a manager picked: date
// and purpose, through services::VisitPlanning.
class VisitPlanDialog : public QDialog
{
    Q_OBJECT

public:
    VisitPlanDialog(storage::Session& session, qint64 customerId, const QString& customerName,
                    QWidget* parent = nullptr);
    // Several customers: ids with their names.
    VisitPlanDialog(storage::Session& session, std::vector<std::pair<qint64, QString>> customers,
                    QWidget* parent = nullptr);

    void setDate(const QDate& date);
    DateField* dateEdit() const { return m_date; }
    void setPurpose(const QString& purpose);
    // Whose visit: a rep of the manager's (0: the session's user).
    void setVisitor(qint64 userId) { m_visitor = userId; }
    QString errorText() const;

    bool submit();
    // The visit planned (the first of several).
    const core::Visit& visit() const { return m_saved; }
    int plannedCount() const { return m_plannedCount; }

private:
    void build(const QString& customerText);

    storage::Session& m_session;
    std::vector<qint64> m_customerIds;
    qint64 m_visitor = 0;
    int m_plannedCount = 0;
    DateField* m_date;
    QLineEdit* m_purpose;
    QLabel* m_error;
    core::Visit m_saved;
};

} // namespace carddesk::gui
