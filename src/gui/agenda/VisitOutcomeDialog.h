#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DateField;

// Completes a planned visit in one step (issue 14): its result, the next step and a follow-up date; stored by
// services::VisitPlanning as the visit done plus a `visit` interaction.
class VisitOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    VisitOutcomeDialog(storage::Session& session, qint64 visitId, const QString& customerName,
                       QWidget* parent = nullptr);

    QPlainTextEdit* resultEdit() const { return m_result; }
    QLineEdit* nextStepEdit() const { return m_nextStep; }
    DateField* followUpEdit() const { return m_followUp; }
    QString errorText() const;
    // Validates and stores; on success the dialog is accepted.
    bool submit();

private:
    void showError(const QString& text, QWidget* field);

    storage::Session& m_session;
    qint64 m_visitId;
    QPlainTextEdit* m_result;
    QLineEdit* m_nextStep;
    DateField* m_followUp;
    QLabel* m_error;
};

} // namespace carddesk::gui
