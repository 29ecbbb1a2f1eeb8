#pragma once

#include "core/Visit.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DateField;

// Plans one visit (拜访计划) to a customer for the session's user: date and purpose, through services::VisitPlanning.
class VisitPlanDialog : public QDialog
{
    Q_OBJECT

public:
    VisitPlanDialog(storage::Session& session, qint64 customerId, const QString& customerName,
                    QWidget* parent = nullptr);

    void setDate(const QDate& date);
    DateField* dateEdit() const { return m_date; }
    void setPurpose(const QString& purpose);
    QString errorText() const;

    bool submit();
    const core::Visit& visit() const { return m_saved; }

private:
    storage::Session& m_session;
    qint64 m_customerId;
    DateField* m_date;
    QLineEdit* m_purpose;
    QLabel* m_error;
    core::Visit m_saved;
};

} // namespace carddesk::gui
