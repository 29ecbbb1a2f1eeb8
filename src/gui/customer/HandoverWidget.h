#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

// Managers: hand over all customers of one rep to another in one step (when a rep leaves), history intact.
class HandoverWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HandoverWidget(storage::Session& session, QWidget* parent = nullptr);

    QComboBox* fromCombo() const { return m_from; }
    QComboBox* toCombo() const { return m_to; }
    // Asks for confirmation (MessageBox) and moves the customers; returns how many moved, -1 on error or cancel.
    qint64 handOver();
    void reloadUsers();

signals:
    void customersMoved(qint64 count);
    void statusMessage(const QString& message);

private:
    void updatePreview();

    storage::Session& m_session;
    QComboBox* m_from;
    QComboBox* m_to;
    QLabel* m_preview;
    QPushButton* m_button;
};

} // namespace carddesk::gui
