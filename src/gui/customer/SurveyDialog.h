#pragma once

#include "core/Contact.h"
#include "core/Result.h"
#include "core/SatisfactionSurvey.h"

#include <QDialog>

#include <array>
#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DateField;

// Records or edits one satisfaction survey (满意度调查) of a customer: the day typed like every date, the contact
// who answered (one of the customer's), a score 1-5 for product, service, staff and image, a comment. Enter
// completes; a score outside 1-5, a missing or future date or a contact of another customer is named in the
// user's language beside the fields, and nothing is saved.
class SurveyDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<core::Result<core::SatisfactionSurvey>(const core::SatisfactionSurvey&)>;

    // survey.id 0: a new survey of survey.customerId. `contacts`: the customer's contacts, as the card read them.
    SurveyDialog(storage::Session& session, const core::SatisfactionSurvey& survey,
                 const std::vector<core::Contact>& contacts, QWidget* parent = nullptr);

    // Tests: save somewhere else than the session.
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    const core::SatisfactionSurvey& survey() const { return m_survey; }
    QString errorText() const;

    // For tests: the fields.
    DateField* dateField() const { return m_date; }
    QComboBox* contactCombo() const { return m_contact; }
    QLineEdit* scoreEdit(int aspect) const { return m_scores[static_cast<std::size_t>(aspect)]; }
    QLineEdit* commentEdit() const { return m_comment; }

    void submit();

private:
    void showError(const QString& text, QWidget* field);
    QString savedErrorText(const core::Error& error) const;

    storage::Session& m_session;
    core::SatisfactionSurvey m_survey;
    Saver m_saver;
    DateField* m_date;
    QComboBox* m_contact;
    std::array<QLineEdit*, 4> m_scores{};
    QLineEdit* m_comment;
    QLabel* m_error;
};

} // namespace carddesk::gui
