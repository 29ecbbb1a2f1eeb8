#pragma once

#include "core/Customer.h"
#include "core/User.h"

#include <QDialog>

#include <vector>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;

namespace carddesk::gui {

// Two cards side by side, the kept one on the left: for every field where they differ, a choice of which value the
// kept card ends with (the kept card's by default). Contacts, orders, receivables, interactions, visits,
// complaints and history move to the kept card; the other card is removed. Reading both cards and the merge itself
// run off the GUI thread on a connection of their own. The merge can be undone (carddesk-cli merges undo).
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(QString officePath, core::User user, qint64 keptId, qint64 otherId, QWidget* parent = nullptr);

    // Columns whose value is taken from the other card (what the radio buttons say now).
    QStringList takenFields() const;
    // Chooses the other card's value for a field (tests).
    void takeFromOther(const QString& column);
    qint64 mergeId() const { return m_mergeId; }

signals:
    void loaded();
    void mergeDone(bool merged);

private:
    void load();
    void showCards(const core::Customer& kept, const core::Customer& other);
    void swapCards();
    void runMerge();
    void setBusy(bool busy, const QString& text);

    QString m_officePath;
    core::User m_user;
    qint64 m_keptId;
    qint64 m_otherId;
    qint64 m_mergeId = 0;
    QWidget* m_fields;
    QGridLayout* m_grid;
    QLabel* m_status;
    QPushButton* m_swap;
    QPushButton* m_mergeButton;
    std::vector<std::pair<QString, QButtonGroup*>> m_choices;
};

} // namespace carddesk::gui
