#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace carddesk::gui {

// The customer's satisfaction (1..5) with the resolution of a complaint and their comment.
class SatisfactionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SatisfactionDialog(QWidget* parent = nullptr);

    int score() const;
    QString comment() const;

private:
    QSpinBox* m_score;
    QLineEdit* m_comment;
};

} // namespace carddesk::gui
