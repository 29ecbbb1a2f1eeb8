#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace carddesk::gui {

// Puts a care reminder off (稍后提醒): for how many days and why (the reason is required; the Today page shows it
// when the reminder comes back).
class SnoozeDialog : public QDialog
{
    Q_OBJECT

public:
    SnoozeDialog(const QString& what, QWidget* parent = nullptr);

    QSpinBox* daysBox() const { return m_days; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QDate until() const;
    QString reason() const;
    QString errorText() const;

    // Accepts when a reason is given.
    bool submit();

private:
    QSpinBox* m_days;
    QLineEdit* m_reason;
    QLabel* m_error;
};

} // namespace carddesk::gui
