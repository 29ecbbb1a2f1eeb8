#include "gui/analysis/ValueRiskPanel.h"

#include "gui/common/ErrorText.h"

#include "gui/common/Labels.h"
#include "gui/common/PageLoader.h"
#include "storage/access/Session.h"
#include "storage/scores/ScoreRepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace carddesk::gui {

namespace {
QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString riskColor(const QString& code)
{
    if (code == QLatin1String("high"))
        return QStringLiteral("#c0392b");
    if (code == QLatin1String("medium"))
        return QStringLiteral("#b36b00");
    return QStringLiteral("#2e7d32");
}
} // namespace

ValueRiskPanel::ValueRiskPanel(storage::Session& session, QWidget* parent, StorageWorker* worker)
    : QGroupBox(tr("Value and risk"), parent), m_session(session), m_loader(new PageLoader(session, worker, this)),
      m_empty(new QLabel(this)), m_details(new QWidget(this))
{
    setObjectName(QStringLiteral("valueRiskPanel"));
    auto* box = new QVBoxLayout(this);
    m_empty->setObjectName(QStringLiteral("notScoredLabel"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Not scored yet. Use Tools → Rescore customers to compute value and churn risk."));
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    box->addWidget(m_empty);
    box->addWidget(m_details);
    box->addStretch();

    auto* form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_abc = valueLabel(m_details, "abcLabel");
    m_clv = valueLabel(m_details, "clvLabel");
    m_pAlive = valueLabel(m_details, "pAliveLabel");
    m_rfm = valueLabel(m_details, "rfmLabel");
    m_stage = valueLabel(m_details, "stageLabel");
    m_risk = valueLabel(m_details, "riskLabel");
    m_reasons = valueLabel(m_details, "reasonsLabel");
    m_advice = valueLabel(m_details, "adviceLabel");
    m_asOf = valueLabel(m_details, "asOfLabel");
    m_asOf->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(tr("ABC class:"), m_abc);
    form->addRow(tr("Value (CLV 12 m):"), m_clv);
    form->addRow(tr("Still buying:"), m_pAlive);
    form->addRow(tr("RFM segment:"), m_rfm);
    form->addRow(tr("Lifecycle stage:"), m_stage);
    form->addRow(tr("Churn risk:"), m_risk);
    form->addRow(tr("Reasons:"), m_reasons);
    form->addRow(tr("Advice:"), m_advice);
    form->addRow(QString(), m_asOf);
    showCustomer(0);
}

void ValueRiskPanel::showCustomer(qint64 customerId)
{
    m_hasScore = false;
    m_loader->load<std::optional<storage::CustomerScore>>(
        [customerId](storage::Session& session) -> core::Result<std::optional<storage::CustomerScore>> {
            if (customerId <= 0)
                return std::optional<storage::CustomerScore>();
            return storage::ScoreRepository(session).forCustomer(customerId);
        },
        [this](core::Result<std::optional<storage::CustomerScore>> score) {
            if (!score) {
                m_empty->setText(tr("The scores cannot be read: %1").arg(ErrorText::sentence(score.error())));
                showScore(std::nullopt);
                return;
            }
            showScore(*score);
        });
}

void ValueRiskPanel::showScore(const std::optional<storage::CustomerScore>& score)
{
    m_hasScore = false;
    if (!score) {
        m_empty->setVisible(true);
        m_details->setVisible(false);
        return;
    }
    m_hasScore = true;
    m_empty->setVisible(false);
    m_details->setVisible(true);
    const QLocale locale;
    const QString none = tr("—");
    const storage::CustomerScore& s = *score;
    m_abc->setText(s.abc.isEmpty() ? tr("not classified (no orders)") : Labels::abc(s.abc));
    if (s.clv12m)
        m_clv->setText(
            tr("%1 (%2 per order)")
                .arg(locale.toString(*s.clv12m, 'f', 0), locale.toString(s.expectedOrderValue.value_or(0.0), 'f', 0)));
    else
        m_clv->setText(none);
    if (s.pAlive)
        m_pAlive->setText(tr("%1% likely, %2 orders expected in 26 weeks")
                              .arg(locale.toString(*s.pAlive * 100.0, 'f', 0),
                                   locale.toString(s.expectedPurchases26w.value_or(0.0), 'f', 1)));
    else
        m_pAlive->setText(none);
    m_rfm->setText(s.rfmSegment.isEmpty()
                       ? none
                       : QStringLiteral("%1 (R F M = %2)").arg(Labels::rfmSegment(s.rfmSegment), s.rfmScore));
    m_stage->setText(s.stage.isEmpty() ? none : Labels::stage(s.stage));
    if (s.churnRisk.isEmpty()) {
        m_risk->setText(none);
    } else {
        m_risk->setText(QStringLiteral("<b style=\"color:%1\">%2</b>")
                            .arg(riskColor(s.churnRisk), Labels::churnRisk(s.churnRisk).toHtmlEscaped()));
    }
    QStringList reasons;
    for (const analytics::ChurnReason& reason : s.reasons)
        reasons << Labels::churnReason(reason);
    // Rows scored before the reason codes were stored have the English sentences only.
    if (reasons.isEmpty() && !s.reasonsText.isEmpty())
        reasons = s.reasonsText.split(QStringLiteral("; "));
    m_reasons->setText(reasons.isEmpty() ? tr("none") : QStringLiteral("• ") + reasons.join(QStringLiteral("\n• ")));
    m_advice->setText(s.advice.isEmpty() ? none : QStringLiteral("<b>%1</b>").arg(Labels::advice(s.advice)));
    m_asOf->setText(tr("Scored as of %1.").arg(locale.toString(s.asOf, QLocale::ShortFormat)));
}

QString ValueRiskPanel::riskText() const
{
    return m_risk->text();
}

QString ValueRiskPanel::reasonsText() const
{
    return m_reasons->text();
}

QString ValueRiskPanel::adviceText() const
{
    return m_advice->text();
}

QString ValueRiskPanel::stageText() const
{
    return m_stage->text();
}

} // namespace carddesk::gui
