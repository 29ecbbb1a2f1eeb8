#include "gui/customer/SurveyDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/DisplayDate.h"
#include "gui/common/ErrorText.h"
#include "storage/access/Session.h"
#include "storage/repositories/SurveyRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace carddesk::gui {

namespace {
const char* const kAspectFields[] = {"product_score", "service_score", "staff_score", "image_score"};
} // namespace

SurveyDialog::SurveyDialog(storage::Session& session, const core::SatisfactionSurvey& survey,
                           const std::vector<core::Contact>& contacts, QWidget* parent)
    : QDialog(parent), m_session(session), m_survey(survey), m_date(new DateField(this)),
      m_contact(new QComboBox(this)), m_comment(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("surveyDialog"));
    setWindowTitle(survey.id > 0 ? tr("Edit satisfaction survey") : tr("Record satisfaction survey"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("surveyDateField"));
    m_date->setDate(survey.id > 0 ? survey.surveyedOn : QDate::currentDate());
    form->addRow(tr("Survey date:"), m_date);

    m_contact->setObjectName(QStringLiteral("surveyContactCombo"));
    m_contact->addItem(tr("(no particular contact)"), 0);
    for (const core::Contact& c : contacts)
        m_contact->addItem(c.title.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.title), c.id);
    if (survey.contactId > 0) {
        int index = m_contact->findData(survey.contactId);
        if (index < 0) {
            // Not among the contacts read (removed meanwhile): kept visible, the save says what is wrong.
            m_contact->addItem(survey.contactName.isEmpty() ? tr("Contact %1").arg(survey.contactId)
                                                            : survey.contactName,
                               survey.contactId);
            index = m_contact->count() - 1;
        }
        m_contact->setCurrentIndex(index);
    }
    form->addRow(tr("Answered by:"), m_contact);

    const QString labels[] = {tr("Product:"), tr("Service:"), tr("Staff:"), tr("Image:")};
    const int values[] = {survey.product, survey.service, survey.staff, survey.image};
    for (int a = 0; a < 4; ++a) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("surveyScore%1").arg(a));
        edit->setMaxLength(3);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 16);
        edit->setPlaceholderText(QStringLiteral("1–5"));
        if (values[a] > 0)
            edit->setText(QString::number(values[a]));
        m_scores[static_cast<std::size_t>(a)] = edit;
        form->addRow(labels[a], edit);
    }
    auto* scale = new QLabel(tr("1 very dissatisfied · 3 neutral · 5 very satisfied"), this);
    scale->setStyleSheet(QStringLiteral("color: palette(mid);"));
    scale->setWordWrap(true);
    form->addRow(QString(), scale);
    m_comment->setObjectName(QStringLiteral("surveyCommentEdit"));
    m_comment->setText(survey.comment);
    m_comment->setPlaceholderText(tr("What the customer said"));
    form->addRow(tr("Comment:"), m_comment);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("surveyErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520); // the scale line on one line in English
    // The product score is what a new survey types first; an edit starts at the date.
    if (survey.id > 0)
        m_date->setFocus();
    else
        m_scores[0]->setFocus();
}

QString SurveyDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SurveyDialog::showError(const QString& text, QWidget* field)
{
    m_error->setText(text);
    m_error->show();
    if (field)
        field->setFocus();
}

QString SurveyDialog::savedErrorText(const core::Error& error) const
{
    const QString field = error.field;
    if (field == QLatin1String("contact"))
        return tr("The contact is not one of this customer's contacts; choose one of the list.");
    if (field == QLatin1String("surveyed_on"))
        return tr("The survey date must be a day up to today.");
    if (field.endsWith(QLatin1String("_score")))
        return tr("Each score must be a whole number from 1 to 5.");
    if (field == QLatin1String("comment"))
        return tr("The comment cannot be stored: %1").arg(ErrorText::sentence(error));
    if (error.code == core::ErrorCode::Conflict)
        return tr("Someone changed this survey meanwhile. Close the dialog and open the survey again.");
    return tr("The survey was not saved: %1").arg(ErrorText::sentence(error));
}

void SurveyDialog::submit()
{
    const QDate date = m_date->date();
    if (!date.isValid()) {
        showError(m_date->isEmpty()
                      ? tr("Type the day of the survey, e.g. %1.").arg(QDate::currentDate().toString(Qt::ISODate))
                      : tr("“%1” is not a date; type the day of the survey, e.g. %2.")
                            .arg(m_date->text(), QDate::currentDate().toString(Qt::ISODate)),
                  m_date);
        return;
    }
    if (date > QDate::currentDate()) {
        showError(tr("The survey date %1 is in the future; record a survey once the customer has answered it.")
                      .arg(DisplayDate::text(date)),
                  m_date);
        return;
    }
    const QString aspectErrors[] = {
        tr("Type the product score as a whole number from 1 (very dissatisfied) to 5 (very satisfied)."),
        tr("Type the service score as a whole number from 1 (very dissatisfied) to 5 (very satisfied)."),
        tr("Type the staff score as a whole number from 1 (very dissatisfied) to 5 (very satisfied)."),
        tr("Type the image score as a whole number from 1 (very dissatisfied) to 5 (very satisfied).")};
    int scores[4] = {};
    for (int a = 0; a < 4; ++a) {
        bool ok = false;
        const int value = m_scores[static_cast<std::size_t>(a)]->text().trimmed().toInt(&ok);
        if (!ok || value < core::SatisfactionSurvey::MinScore || value > core::SatisfactionSurvey::MaxScore) {
            showError(aspectErrors[a], m_scores[static_cast<std::size_t>(a)]);
            return;
        }
        scores[a] = value;
    }
    core::SatisfactionSurvey survey = m_survey;
    survey.surveyedOn = date;
    survey.contactId = m_contact->currentData().toLongLong();
    survey.product = scores[0];
    survey.service = scores[1];
    survey.staff = scores[2];
    survey.image = scores[3];
    survey.comment = m_comment->text();
    core::Result<core::SatisfactionSurvey> saved = [&]() -> core::Result<core::SatisfactionSurvey> {
        if (m_saver)
            return m_saver(survey);
        storage::SurveyRepository repository(m_session);
        return survey.id > 0 ? repository.update(survey) : repository.create(survey);
    }();
    if (!saved) {
        QWidget* field = nullptr;
        if (saved.error().field == QLatin1String("contact"))
            field = m_contact;
        else if (saved.error().field == QLatin1String("surveyed_on"))
            field = m_date;
        for (int a = 0; a < 4; ++a)
            if (saved.error().field == QLatin1String(kAspectFields[a]))
                field = m_scores[static_cast<std::size_t>(a)];
        showError(savedErrorText(saved.error()), field);
        return;
    }
    m_survey = *saved;
    accept();
}

} // namespace carddesk::gui
