#pragma once

#include "storage/scores/ScoreRepository.h"

#include <QGroupBox>

#include <optional>

class QLabel;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class StorageWorker;

// The card's "value and risk" section: the customer's latest score (ABC, CLV, P(alive), RFM segment, stage,
// churn risk with its reasons, win-back advice) in the user's language. Read-only; rescoring refreshes it. Given
// the window's StorageWorker the score is read there (without: at once).
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

private:
    void showScore(const std::optional<storage::CustomerScore>& score);

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
};

} // namespace carddesk::gui
