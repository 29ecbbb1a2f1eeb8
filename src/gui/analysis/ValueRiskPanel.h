#pragma once

#include "services/StatusCorrection.h"
#include "storage/scores/ScoreRepository.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class StorageWorker;

// The card's "value and risk" section: the customer's latest score (ABC, CLV, P(alive), RFM segment, stage,
// churn risk with its reasons, win-back advice) in the user's language, and the card's story: where stage,
// probability and the status kept by the rep disagree it says why, and offers the status correction (one click,
// an audited card edit) or lets the rep dismiss it. Rescoring refreshes it. Given the window's StorageWorker the
// score is read and the correction written there (without: at once).
class ValueRiskPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ValueRiskPanel(storage::Session& session, QWidget* parent = nullptr, StorageWorker* worker = nullptr);

    // Reads the score of this customer (0: none, e.g. a new card).
    void showCustomer(qint64 customerId);
    bool hasScore() const { return m_hasScore; }
    PageLoader* loader() const { return m_loader; }

    // For tests: the texts as shown.
    QString riskText() const;
    QString reasonsText() const;
    QString adviceText() const;
    QString stageText() const;
    QString storyText() const;
    QPushButton* correctButton() const { return m_correct; }
    QPushButton* dismissButton() const { return m_dismiss; }

signals:
    // The status was corrected: customers.row_version moved on, the card should re-read itself.
    void statusCorrected(qint64 customerId);
    void statusMessage(const QString& message);

private:
    void showScore(const std::optional<storage::CustomerScore>& score);
    void showStory(const services::CardStory& story);
    void correct();
    void dismiss();

    storage::Session& m_session;
    PageLoader* m_loader;
    bool m_hasScore = false;
    QLabel* m_empty;
    QWidget* m_details;
    QLabel* m_abc;
    QLabel* m_clv;
    QLabel* m_pAlive;
    QLabel* m_rfm;
    QLabel* m_stage;
    QLabel* m_risk;
    QLabel* m_reasons;
    QLabel* m_advice;
    QLabel* m_asOf;
    QWidget* m_storyBox;
    QLabel* m_story;
    QPushButton* m_correct;
    QPushButton* m_dismiss;
    qint64 m_customerId = 0;
    services::CardStory m_cardStory;
};

} // namespace carddesk::gui
