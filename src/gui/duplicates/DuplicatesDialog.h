#pragma once

#include "core/User.h"
#include "services/DuplicateFinder.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace carddesk::gui {

// Tools → Find duplicates… (managers and the administrator): the likely duplicate pairs of the user's scope with
// their reasons, strongest first; "Merge…" opens the merge dialog for the selected pair. The search runs on a
// connection of its own off the GUI thread (seconds at a million cards); the dialog says so meanwhile.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(QString officePath, core::User user, QWidget* parent = nullptr);

    void reload();
    int rowCount() const;
    const services::DuplicateFinder::Pair& pairAt(int row) const { return m_pairs.at(static_cast<std::size_t>(row)); }
    // The merge dialog for row `row` (the screenshot opens it without a click).
    void mergeRow(int row);

    // Undoes the merge last made in this dialog (off the GUI thread); undone() follows.
    void undoLastMerge();

    static QString reasonText(unsigned reasons);

signals:
    void loaded();
    // A merge was done: pages showing customers reload.
    void merged();
    void undone(const QString& error);

private:
    void showResult(const services::DuplicateFinder::Result& result);
    void setBusy(bool busy, const QString& text);

    QString m_officePath;
    core::User m_user;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_merge;
    QPushButton* m_undo;
    qint64 m_lastMerge = 0;
    std::vector<services::DuplicateFinder::Pair> m_pairs;
};

} // namespace carddesk::gui
