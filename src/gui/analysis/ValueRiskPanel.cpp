#include "gui/analysis/ValueRiskPanel.h"

#include "gui/common/ErrorText.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/Labels.h"
#include "gui/common/PageLoader.h"
#include "storage/access/Session.h"
#include "storage/scores/ScoreRepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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

// The score and the story told on it, read together.
struct CardScore
{
    std::optional<storage::CustomerScore> score;
    services::CardStory story;
};

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

    m_storyBox = new QWidget(this);
    m_storyBox->setObjectName(QStringLiteral("storyBox"));
    auto* storyLayout = new QVBoxLayout(m_storyBox);
    storyLayout->setContentsMargins(0, 6, 0, 0);
    m_story = valueLabel(m_storyBox, "storyLabel");
    m_story->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    storyLayout->addWidget(m_story);
    auto* buttons = new QHBoxLayout;
    m_correct = new QPushButton(m_storyBox);
    m_correct->setObjectName(QStringLiteral("correctStatusButton"));
    m_dismiss = new QPushButton(tr("Dismiss"), m_storyBox);
    m_dismiss->setObjectName(QStringLiteral("dismissCorrectionButton"));
    m_dismiss->setToolTip(tr("Keep the status as it is; this correction is not offered again while it stays."));
    buttons->addWidget(m_correct);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    storyLayout->addLayout(buttons);
    connect(m_correct, &QPushButton::clicked, this, &ValueRiskPanel::correct);
    connect(m_dismiss, &QPushButton::clicked, this, &ValueRiskPanel::dismiss);
    box->insertWidget(2, m_storyBox);
    m_storyBox->setVisible(false);
    showCustomer(0);
}

void ValueRiskPanel::showCustomer(qint64 customerId)
{
    m_hasScore = false;
    m_customerId = customerId;
    m_loader->load<CardScore>(
        [customerId](storage::Session& session) -> core::Result<CardScore> {
            CardScore read;
            if (customerId <= 0)
                return read;
            auto score = storage::ScoreRepository(session).forCustomer(customerId);
            if (!score)
                return score.error();
            read.score = std::move(*score);
            if (read.score) {
                auto story = services::StatusCorrection(session).story(customerId);
                if (!story)
                    return story.error();
                read.story = std::move(*story);
            }
            return read;
        },
        [this, customerId](core::Result<CardScore> read) {
            if (customerId != m_customerId)
                return; // another card's score is on its way
            if (!read) {
                m_empty->setText(tr("The scores cannot be read: %1").arg(ErrorText::sentence(read.error())));
                showScore(std::nullopt);
                showStory({});
                return;
            }
            showScore(read->score);
            showStory(read->story);
        });
}

void ValueRiskPanel::showStory(const services::CardStory& story)
{
    m_cardStory = story;
    const QLocale locale;
    const analytics::StoryInput& in = story.input;
    const QString days = locale.toString(in.recencyDays);
    const QString chance = locale.toString(in.pAlive.value_or(0.0) * 100.0, 'f', 0);
    const QString why = in.repeatPurchases == 0 ? tr("with a single purchase the model has little to go on")
                                                : tr("the model weighs the %1 purchases more than the silence since")
                                                      .arg(locale.toString(in.repeatPurchases + 1));
    QStringList notes;
    if (story.outdated)
        notes
            << tr("The scoring as of %1 does not know this card's latest orders, so its days without an order and its "
                  "stage are out of date. Tools → Rescore customers brings them up to date.")
                   .arg(DisplayDate::text(story.scoredAsOf));
    switch (story.story.stageNote) {
    case analytics::StageNote::LostAlthoughLikelyBuying:
        notes << tr("Lost: no order for %1 days although the chance the customer still buys is %2% (%3).")
                     .arg(days, chance, why);
        break;
    case analytics::StageNote::DeclineAlthoughLikelyBuying:
        notes << tr("In decline: no order for %1 days although the chance the customer still buys is %2% (%3).")
                     .arg(days, chance, why);
        break;
    case analytics::StageNote::ActiveAlthoughUnlikelyBuying:
        notes << tr("The stage says active although the chance the customer still buys is only %1% (last order "
                    "%2 days ago).")
                     .arg(chance, days);
        break;
    case analytics::StageNote::None:
        break;
    }
    switch (story.story.statusNote) {
    case analytics::StatusNote::PotentialButOrdered:
        notes << tr("The status says potential although the customer has ordered (last order %1 days ago).").arg(days);
        break;
    case analytics::StatusNote::CurrentWithoutOrders:
        notes << tr("The status says current customer although there is no order.");
        break;
    case analytics::StatusNote::CurrentButLost:
        notes << tr("The status says current customer although the stage is lost (no order for %1 days).").arg(days);
        break;
    case analytics::StatusNote::LostButBuying:
        notes << tr("The status says lost although the customer ordered %1 days ago.").arg(days);
        break;
    case analytics::StatusNote::None:
        break;
    }
    m_story->setText(notes.join(QLatin1Char('\n')));
    const bool offer = story.offersCorrection();
    if (offer)
        m_correct->setText(tr("Change status to “%1”").arg(Labels::status(story.offeredStatus())));
    m_correct->setVisible(offer);
    m_dismiss->setVisible(offer);
    m_storyBox->setVisible(!notes.isEmpty());
}

void ValueRiskPanel::correct()
{
    const qint64 customerId = m_customerId;
    const QString status = m_cardStory.offeredStatus();
    const qint64 rowVersion = m_cardStory.rowVersion;
    m_correct->setEnabled(false);
    m_dismiss->setEnabled(false);
    m_loader->load<core::Customer>(
        [customerId, rowVersion, status](storage::Session& session) {
            return services::StatusCorrection(session).apply(customerId, rowVersion, status);
        },
        [this, customerId, status](core::Result<core::Customer> saved) {
            m_correct->setEnabled(true);
            m_dismiss->setEnabled(true);
            if (!saved) {
                emit statusMessage(
                    saved.error().code == core::ErrorCode::Conflict
                        ? tr("The card was changed meanwhile; the status was not corrected. Look at it again.")
                        : tr("The status could not be corrected: %1").arg(ErrorText::sentence(saved.error())));
                showCustomer(customerId);
                return;
            }
            emit statusMessage(tr("Status changed to “%1”.").arg(Labels::status(status)));
            emit statusCorrected(customerId);
            showCustomer(customerId);
        });
}

void ValueRiskPanel::dismiss()
{
    const qint64 customerId = m_customerId;
    const QString status = m_cardStory.offeredStatus();
    m_correct->setEnabled(false);
    m_dismiss->setEnabled(false);
    m_loader->load<bool>(
        [customerId, status](storage::Session& session) -> core::Result<bool> {
            if (auto done = services::StatusCorrection(session).dismiss(customerId, status); !done)
                return done.error();
            return true;
        },
        [this, customerId](core::Result<bool> done) {
            m_correct->setEnabled(true);
            m_dismiss->setEnabled(true);
            emit statusMessage(
                done ? tr("The status correction was dismissed.")
                     : tr("The correction could not be dismissed: %1").arg(ErrorText::sentence(done.error())));
            showCustomer(customerId);
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
    m_asOf->setText(tr("Scored as of %1.").arg(DisplayDate::text(s.asOf)));
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

QString ValueRiskPanel::storyText() const
{
    return m_storyBox->isHidden() ? QString() : m_story->text();
}

QString ValueRiskPanel::stageText() const
{
    return m_stage->text();
}

} // namespace carddesk::gui
