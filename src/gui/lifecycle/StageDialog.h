#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace carddesk::gui {

// Asks for the lifecycle stage a rep sets by hand and the reason (required).
class StageDialog : public QDialog
{
    Q_OBJECT

public:
    StageDialog(const QString& customerName, const QString& currentStage, QWidget* parent = nullptr);

    QString stage() const;
    QString reason() const;
    void setStage(const QString& stage);
    void setReason(const QString& reason);

private:
    void check();

    QComboBox* m_stage;
    QPlainTextEdit* m_reason;
    QLabel* m_error;
};

} // namespace carddesk::gui
