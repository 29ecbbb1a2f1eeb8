#pragma once

#include "core/Payment.h"
#include "core/Receivable.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DateField;

// Records a payment (partial or full) against one receivable through services::CollectionsPlan. The amount starts
// at what is open, so Enter records the full payment; the date is typed or picked (today by default).
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(storage::Session& session, const core::Receivable& receivable, const QString& customerName,
                  QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return m_amount; }
    DateField* dateEdit() const { return m_date; }
    QComboBox* methodBox() const { return m_method; }
    QString errorText() const;

    bool submit();
    const core::Payment& payment() const { return m_saved; }

    // A typed amount in the user's locale (1,234.5 or 1234,5 in a German one) or in C notation; nothing when it is
    // not a number.
    static std::optional<double> parseAmount(const QString& text);

private:
    void showError(const QString& text, QWidget* field);

    storage::Session& m_session;
    core::Receivable m_receivable;
    QLineEdit* m_amount;
    DateField* m_date;
    QComboBox* m_method;
    QLabel* m_error;
    core::Payment m_saved;
};

} // namespace carddesk::gui
