#include "gui/importing/ImportCheckPage.h"

#include "gui/common/ErrorText.h"
#include "gui/common/FileDialog.h"
#include "gui/common/WorkerConnection.h"
#include "gui/importing/ImportCustomersWizard.h"
#include "gui/importing/ImportProblemText.h"
#include "storage/access/Session.h"

#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::gui {

using services::CustomerImport;
using Action = CustomerImport::PlannedCustomer::Action;

ImportCheckPage::ImportCheckPage(ImportCustomersWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_busy(new QProgressBar(this)), m_status(new QLabel(this)),
      m_counts(new QLabel(this)), m_warnings(new QLabel(this)), m_problems(new QTableWidget(0, 4, this)),
      m_save(new QPushButton(tr("Save problems…"), this)), m_choiceLabel(new QLabel(this)),
      m_goodRows(new QRadioButton(this)), m_nothing(new QRadioButton(this)), m_choice(new QButtonGroup(this))
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is checked with the card's own rules before anything is written."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setWordWrap(true);
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_warnings->setWordWrap(true);
    m_warnings->setEnabled(false);
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Column"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    // Long reasons wrap: each row as high as its text at the columns' widths.
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_choiceLabel->setWordWrap(true);
    m_choice->addButton(m_goodRows, static_cast<int>(CustomerImport::Choice::GoodRows));
    m_choice->addButton(m_nothing, static_cast<int>(CustomerImport::Choice::AllOrNothing));
    m_nothing->setChecked(true);

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_choiceLabel, 1);
    saveRow->addWidget(m_save, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_counts);
    layout->addWidget(m_warnings);
    layout->addWidget(m_problems, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_goodRows);
    layout->addWidget(m_nothing);

    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ImportCheckPage::checkEnded);
    connect(m_choice, &QButtonGroup::idToggled, this, &ImportCheckPage::completeChanged);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const auto plan = m_wizard->plan();
        if (!plan)
            return;
        const QFileInfo source(plan->fileName);
        const QString suggested =
            QDir(source.absolutePath()).filePath(tr("%1-problems.csv").arg(source.completeBaseName()));
        const QString path = FileDialog::saveFileName(this, tr("Save problems"), suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !saveProblems(path))
            m_status->setText(tr("The problems could not be saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
}

ImportCheckPage::~ImportCheckPage()
{
    // A dry run still going holds only copies (the table, the mapping) and its own connection: it ends by itself,
    // and nothing waits for it.
    m_watcher.disconnect(this);
}

CustomerImport::Choice ImportCheckPage::choice() const
{
    return static_cast<CustomerImport::Choice>(m_choice->checkedId());
}

bool ImportCheckPage::saveProblems(const QString& path)
{
    const auto plan = m_wizard->plan();
    if (!plan)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(CustomerImport::problemsCsv(*plan));
    if (!file.commit())
        return false;
    m_status->setText(tr("The problems were saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ImportCheckPage::initializePage()
{
    m_wizard->setPlan(nullptr);
    m_problems->setRowCount(0);
    m_counts->clear();
    m_warnings->clear();
    m_warnings->hide();
    m_choiceLabel->clear();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_problems, m_save, m_choiceLabel, m_goodRows, m_nothing})
        widget->hide();
    const auto table = m_wizard->table();
    if (!table)
        return;
    m_busy->show();
    m_status->setText(tr("Checking %n row(s)…", nullptr, static_cast<int>(table->rowCount())));
    m_outcome = std::make_shared<Outcome>();
    m_watcher.setFuture(
        QtConcurrent::run([path = m_wizard->officePath(), user = m_wizard->user(), table, mapping = m_wizard->mapping(),
                           match = m_wizard->match(), outcome = m_outcome] {
            auto db = openWorkerConnection(path);
            if (!db) {
                outcome->error = db.error();
                return;
            }
            storage::Session session(**db, user);
            auto plan = CustomerImport::plan(session, *table, mapping, match);
            if (plan)
                outcome->plan = std::make_shared<CustomerImport::Plan>(std::move(*plan));
            else
                outcome->error = plan.error();
        }));
    emit completeChanged();
}

void ImportCheckPage::cleanupPage()
{
    // Back to the mapping: a dry run still going is not waited for; its result is dropped when it ends.
    m_wizard->setPlan(nullptr);
    QWizardPage::cleanupPage();
}

void ImportCheckPage::checkEnded()
{
    m_busy->hide();
    if (m_wizard->currentPage() != this)
        return; // left with Back while it ran
    if (m_outcome->error) {
        m_status->setText(tr("The file could not be checked: %1").arg(ErrorText::sentence(*m_outcome->error)));
        emit completeChanged();
        emit checked(false);
        return;
    }
    const auto plan = m_outcome->plan;
    m_wizard->setPlan(plan);
    m_status->setText(tr("%n row(s) checked in %1.", nullptr, static_cast<int>(plan->rowsRead))
                          .arg(QFileInfo(plan->fileName).fileName()));
    const auto line = [](const QString& label, qint64 n) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;<b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped())
            .arg(n);
    };
    m_counts->setText(QStringLiteral("<table>") + line(tr("Customers to create"), plan->count(Action::Create)) +
                      line(tr("Customers to update"), plan->count(Action::Update)) +
                      line(tr("Customers unchanged"), plan->count(Action::Unchanged)) +
                      line(tr("Customers skipped"), plan->count(Action::Skip)) +
                      line(tr("Contacts to add"), plan->contactsToAdd()) +
                      line(tr("Rows in error"), plan->rowsInError) + QStringLiteral("</table>"));
    if (!plan->warnings.isEmpty()) {
        QStringList shown;
        for (const QString& note : plan->warnings.mid(0, 3))
            shown << ImportProblemText::warning(note);
        if (plan->warnings.size() > 3)
            shown << tr("… and %n more", nullptr, static_cast<int>(plan->warnings.size() - 3));
        shown.prepend(tr("Noticed while reading the file (nothing is refused for these):"));
        m_warnings->setText(shown.join(QLatin1Char('\n')));
        m_warnings->show();
    }
    const QString fileName = QFileInfo(plan->fileName).fileName();
    m_problems->setRowCount(static_cast<int>(plan->problems.size()));
    for (int i = 0; i < static_cast<int>(plan->problems.size()); ++i) {
        const CustomerImport::Problem& problem = plan->problems[static_cast<std::size_t>(i)];
        const QString column =
            problem.column > 0
                ? (problem.header.isEmpty()
                       ? io::ImportTable::columnLetters(problem.column)
                       : QStringLiteral("%1 (%2)").arg(io::ImportTable::columnLetters(problem.column), problem.header))
                : tr("%1 (missing)").arg(problem.header);
        auto* row = new QTableWidgetItem(QString::number(problem.row));
        row->setData(Qt::UserRole, problem.row);
        m_problems->setItem(i, 0, new QTableWidgetItem(fileName));
        m_problems->setItem(i, 1, row);
        m_problems->setItem(i, 2, new QTableWidgetItem(column));
        const QString sentence = ImportProblemText::sentence(problem);
        auto* why = new QTableWidgetItem(sentence);
        // The English original stays at hand (it is what the log and the saved problem list say).
        why->setToolTip(sentence == problem.message ? sentence
                                                    : QStringLiteral("%1\n\n%2").arg(sentence, problem.message));
        m_problems->setItem(i, 3, why);
    }
    const bool errors = plan->rowsInError > 0;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_problems, m_save, m_choiceLabel, m_goodRows, m_nothing})
        widget->setVisible(errors);
    if (errors) {
        m_choiceLabel->setText(tr("%n row(s) are in error. Correct the file and choose it again, or import the "
                                  "rows without errors:",
                                  nullptr, static_cast<int>(plan->rowsInError)));
        m_goodRows->setText(tr("Import the &good rows (a customer with an error in any of its rows stays out)"));
        m_nothing->setText(tr("Import &nothing"));
        m_nothing->setChecked(true);
    }
    emit completeChanged();
    emit checked(true);
}

bool ImportCheckPage::isComplete() const
{
    const auto plan = m_wizard->plan();
    if (m_watcher.isRunning() || !plan)
        return false;
    return plan->rowsInError == 0 || choice() == CustomerImport::Choice::GoodRows;
}

} // namespace carddesk::gui
