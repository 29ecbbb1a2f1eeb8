#include "gui/customer/VisitPlanDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/ErrorText.h"

#include "services/VisitPlanning.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace carddesk::gui {

VisitPlanDialog::VisitPlanDialog(storage::Session& session, qint64 customerId, const QString& customerName,
                                 QWidget* parent)
    : QDialog(parent), m_session(session), m_customerIds{customerId}, m_date(new DateField(this)),
      m_purpose(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Plan a visit"));
    build(customerName);
}

VisitPlanDialog::VisitPlanDialog(storage::Session& session, std::vector<std::pair<qint64, QString>> customers,
                                 QWidget* parent)
    : QDialog(parent), m_session(session), m_date(new DateField(this)), m_purpose(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    QStringList names;
    for (const auto& [id, name] : customers) {
        m_customerIds.push_back(id);
        names << name;
    }
    setWindowTitle(names.size() == 1 ? tr("Plan a visit") : tr("Plan visits to %1 customers").arg(names.size()));
    // A long selection is named in part: the count says how many.
    constexpr int kNamed = 6;
    QString text = names.mid(0, kNamed).join(QStringLiteral("\n"));
    if (names.size() > kNamed)
        text += QStringLiteral("\n") + tr("and %1 more").arg(names.size() - kNamed);
    build(text);
}

void VisitPlanDialog::build(const QString& customerText)
{
    // Typed (2026-12-09, 12/9, +3) or picked; three days ahead unless the user says otherwise.
    m_date->setDate(QDate::currentDate().addDays(3));
    m_date->setPlaceholderText(tr("yyyy-mm-dd, 12/9 or +3"));
    m_purpose->setText(tr("Win-back visit"));
    m_error->setStyleSheet(QStringLiteral("color: #b01e14"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* form = new QFormLayout(this);
    form->addRow(m_customerIds.size() == 1 ? tr("Customer:") : tr("Customers:"), new QLabel(customerText, this));
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitPlanDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

void VisitPlanDialog::setDate(const QDate& date)
{
    m_date->setDate(date);
}

void VisitPlanDialog::setPurpose(const QString& purpose)
{
    m_purpose->setText(purpose);
}

QString VisitPlanDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool VisitPlanDialog::submit()
{
    if (!m_date->date().isValid()) {
        m_error->setText(tr("The date is not a date; type it as 2026-12-09, 12/9 or +3."));
        m_error->show();
        m_date->setFocus();
        return false;
    }
    // The service's rules (not in the past, a customer in scope) for the dialog as for the CLI; several customers
    // are planned in one transaction, all or none.
    auto planned = services::VisitPlanning(m_session).planMany(m_customerIds, m_date->date(),
                                                               m_purpose->text().trimmed(), m_visitor);
    if (!planned) {
        m_error->setText(m_customerIds.size() == 1
                             ? tr("The visit could not be planned: %1").arg(ErrorText::sentence(planned.error()))
                             : tr("No visit was planned: %1").arg(ErrorText::sentence(planned.error())));
        m_error->show();
        return false;
    }
    m_saved = planned->front();
    m_plannedCount = int(planned->size());
    accept();
    return true;
}

} // namespace carddesk::gui
