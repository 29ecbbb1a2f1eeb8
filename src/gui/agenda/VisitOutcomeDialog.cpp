#include "gui/agenda/VisitOutcomeDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/ErrorText.h"
#include "services/VisitPlanning.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace carddesk::gui {

VisitOutcomeDialog::VisitOutcomeDialog(storage::Session& session, qint64 visitId, const QString& customerName,
                                       QWidget* parent)
    : QDialog(parent), m_session(session), m_visitId(visitId), m_result(new QPlainTextEdit(this)),
      m_nextStep(new QLineEdit(this)), m_followUp(new DateField(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Complete visit"));
    m_result->setTabChangesFocus(true); // Tab moves on, as in every other field of the form
    m_result->setPlaceholderText(tr("What came of the visit (required)"));
    m_result->setFixedHeight(m_result->fontMetrics().lineSpacing() * 4 + 12);
    m_nextStep->setPlaceholderText(tr("e.g. send the quotation"));
    m_followUp->setPlaceholderText(tr("yyyy-mm-dd, or empty"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* form = new QFormLayout(this);
    form->addRow(tr("Customer:"), new QLabel(customerName, this));
    form->addRow(tr("Result:"), m_result);
    form->addRow(tr("Next step:"), m_nextStep);
    form->addRow(tr("Follow up on:"), m_followUp);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Complete"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitOutcomeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString VisitOutcomeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VisitOutcomeDialog::showError(const QString& text, QWidget* field)
{
    m_error->setText(text);
    m_error->show();
    if (field)
        field->setFocus();
}

bool VisitOutcomeDialog::submit()
{
    services::VisitOutcome outcome;
    outcome.result = m_result->toPlainText().trimmed();
    outcome.nextStep = m_nextStep->text().trimmed();
    if (outcome.result.isEmpty()) {
        showError(tr("Write down what came of the visit."), m_result);
        return false;
    }
    if (!m_followUp->isAcceptable()) {
        showError(tr("The follow-up date is not a date; type it as 2026-12-05 or leave it empty."), m_followUp);
        return false;
    }
    outcome.followUp = m_followUp->date();
    auto done = services::VisitPlanning(m_session).complete(m_visitId, outcome);
    if (!done) {
        showError(tr("The visit was not completed: %1").arg(ErrorText::sentence(done.error())),
                  done.error().field == QLatin1String("next_follow_up") ? static_cast<QWidget*>(m_followUp) : nullptr);
        return false;
    }
    accept();
    return true;
}

} // namespace carddesk::gui
