#include "gui/duplicates/DuplicatesDialog.h"

#include "gui/common/ErrorText.h"
#include "gui/common/WorkerConnection.h"
#include "gui/duplicates/MergeDialog.h"
#include "services/CustomerMerge.h"

#include "storage/access/Session.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::gui {

namespace {
struct FindOutcome
{
    services::DuplicateFinder::Result result;
    QString error;
};
} // namespace

DuplicatesDialog::DuplicatesDialog(QString officePath, core::User user, QWidget* parent)
    : QDialog(parent), m_officePath(std::move(officePath)), m_user(std::move(user)),
      m_model(new QStandardItemModel(0, 3, this)), m_table(new QTableView(this)), m_status(new QLabel(this)),
      m_merge(new QPushButton(tr("&Merge…"), this)), m_undo(new QPushButton(tr("&Undo last merge"), this))
{
    setWindowTitle(tr("Find duplicates"));
    m_model->setHorizontalHeaderLabels({tr("Card (older)"), tr("Possible duplicate"), tr("Why")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);

    auto* hint =
        new QLabel(tr("Cards with the same phone number, the same name apart from the legal form "
                      "(有限公司, 股份, 集团 …), a name that sounds the same or one syllable close, or the same e-mail "
                      "address. "
                      "Check each pair before merging."),
                   this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    m_merge->setEnabled(false);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    m_undo->hide(); // until a merge is made here
    connect(m_undo, &QPushButton::clicked, this, &DuplicatesDialog::undoLastMerge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            mergeRow(rows.first().row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_merge->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { mergeRow(index.row()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 520);
    reload();
}

QString DuplicatesDialog::reasonText(unsigned reasons)
{
    QStringList parts;
    if (reasons & services::DuplicateFinder::SamePhone)
        parts << tr("same phone");
    if (reasons & services::DuplicateFinder::SameName)
        parts << tr("same name");
    if (reasons & services::DuplicateFinder::SameEmail)
        parts << tr("same e-mail");
    if (reasons & services::DuplicateFinder::SimilarPinyin)
        parts << tr("name sounds the same");
    if (reasons & services::DuplicateFinder::ClosePinyin)
        parts << tr("pinyin close");
    return parts.join(tr(", "));
}

void DuplicatesDialog::setBusy(bool busy, const QString& text)
{
    m_status->setText(text);
    m_merge->setEnabled(!busy && m_table->selectionModel()->hasSelection());
    m_table->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void DuplicatesDialog::reload()
{
    setBusy(true, tr("Looking for duplicates… (a minute at most, also for a large office)"));
    auto* watcher = new QFutureWatcher<FindOutcome>(this);
    connect(watcher, &QFutureWatcher<FindOutcome>::finished, this, [this, watcher] {
        const FindOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.error.isEmpty()) {
            setBusy(false, outcome.error);
        } else {
            showResult(outcome.result);
        }
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run([path = m_officePath, user = m_user] {
        FindOutcome outcome;
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome.error = ErrorText::sentence(db.error());
            return outcome;
        }
        storage::Session session(**db, user);
        auto found = services::DuplicateFinder::find(session, 500);
        if (found)
            outcome.result = std::move(*found);
        else
            outcome.error = ErrorText::sentence(found.error());
        return outcome;
    }));
}

void DuplicatesDialog::showResult(const services::DuplicateFinder::Result& result)
{
    m_pairs = result.pairs;
    m_model->removeRows(0, m_model->rowCount());
    for (const auto& pair : m_pairs) {
        auto card = [](const services::DuplicateFinder::Card& c) {
            return new QStandardItem(QStringLiteral("%1  (%2)").arg(c.name, c.code));
        };
        m_model->appendRow({card(pair.first), card(pair.second), new QStandardItem(reasonText(pair.reasons))});
    }
    if (result.totalPairs == 0)
        setBusy(false, tr("No likely duplicates among %n customers.", nullptr, static_cast<int>(result.cardsRead)));
    else if (result.totalPairs > static_cast<qint64>(m_pairs.size()))
        setBusy(false, tr("The %1 strongest of %2 possible pairs among %3 customers.")
                           .arg(m_pairs.size())
                           .arg(result.totalPairs)
                           .arg(result.cardsRead));
    else
        setBusy(false, tr("%n possible pairs among %1 customers.", nullptr, static_cast<int>(result.totalPairs))
                           .arg(result.cardsRead));
    if (!m_pairs.empty())
        m_table->selectRow(0);
}

int DuplicatesDialog::rowCount() const
{
    return m_model->rowCount();
}

void DuplicatesDialog::mergeRow(int row)
{
    if (row < 0 || row >= static_cast<int>(m_pairs.size()))
        return;
    const auto& pair = m_pairs[static_cast<std::size_t>(row)];
    MergeDialog dialog(m_officePath, m_user, pair.first.id, pair.second.id, this);
    bool done = false;
    connect(&dialog, &MergeDialog::mergeDone, this, [&done](bool merged) { done = merged; });
    dialog.exec();
    if (done) {
        m_lastMerge = dialog.mergeId();
        m_undo->show();
        emit merged();
        reload();
    }
}

void DuplicatesDialog::undoLastMerge()
{
    if (m_lastMerge <= 0)
        return;
    setBusy(true, tr("Undoing the merge…"));
    m_undo->setEnabled(false);
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_undo->setEnabled(true);
        if (!error.isEmpty()) {
            setBusy(false, tr("The merge was not undone: %1").arg(error));
        } else {
            m_lastMerge = 0;
            m_undo->hide();
            emit merged(); // the list of customers changed again
            reload();
        }
        emit undone(error);
    });
    watcher->setFuture(QtConcurrent::run([path = m_officePath, user = m_user, id = m_lastMerge] {
        auto db = openWorkerConnection(path);
        if (!db)
            return ErrorText::sentence(db.error());
        storage::Session session(**db, user);
        auto status = services::CustomerMerge::undo(session, id);
        return status ? QString() : ErrorText::sentence(status.error());
    }));
}

} // namespace carddesk::gui
