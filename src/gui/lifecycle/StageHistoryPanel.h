#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class StorageWorker;

// The card's "Stage history" tab: every lifecycle transition of the customer (inferred with its rule, or set by
// hand with the reason and the user), newest first, and "Set stage…" to set the stage by hand. Given the window's
// StorageWorker the history is read there (without: at once).
class StageHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StageHistoryPanel(storage::Session& session, QWidget* parent = nullptr, StorageWorker* worker = nullptr);

    void setCustomer(qint64 customerId, const QString& customerName);
    void reload();
    // Stores the stage set by hand; false with a message (a conflict says so plainly) when it was refused.
    bool setStage(const QString& stage, const QString& reason);

    QTreeWidget* history() const { return m_history; }
    QPushButton* setStageButton() const { return m_setStage; }
    QString currentStage() const { return m_currentStage; }
    PageLoader* loader() const { return m_loader; }

signals:
    // The stage was set by hand: customers.row_version moved on, the card should re-read itself.
    void stageSet(qint64 customerId);
    void statusMessage(const QString& message);

private:
    void askStage();

    storage::Session& m_session;
    PageLoader* m_loader;
    qint64 m_customerId = 0;
    QString m_customerName;
    QString m_currentStage;
    QLabel* m_current;
    QTreeWidget* m_history;
    QPushButton* m_setStage;
};

} // namespace carddesk::gui
