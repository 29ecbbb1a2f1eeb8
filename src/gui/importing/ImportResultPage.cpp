#include "gui/importing/ImportResultPage.h"

#include "gui/common/ErrorText.h"
#include "gui/common/WorkerConnection.h"
#include "gui/importing/ImportCheckPage.h"
#include "gui/importing/ImportCustomersWizard.h"
#include "storage/access/Session.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::gui {

using services::CustomerImport;

ImportResultPage::ImportResultPage(ImportCustomersWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_busy(new QProgressBar(this)), m_message(new QLabel(this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The customers checked are written in one step, as one import that can be undone."));
    setFinalPage(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ImportResultPage::commitEnded);
}

ImportResultPage::~ImportResultPage()
{
    // The import writes in one transaction on its own connection: it is waited for, never cut off.
    m_watcher.waitForFinished();
}

void ImportResultPage::initializePage()
{
    const auto plan = m_wizard->plan();
    if (!plan || m_watcher.isRunning())
        return;
    m_batchId = 0;
    m_busy->show();
    m_message->setText(tr("Importing %1…").arg(QFileInfo(plan->fileName).fileName()));
    m_outcome = std::make_shared<Outcome>();
    m_watcher.setFuture(QtConcurrent::run([path = m_wizard->officePath(), user = m_wizard->user(), plan,
                                           choice = m_wizard->checkPage()->choice(), outcome = m_outcome] {
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome->error = db.error();
            return;
        }
        storage::Session session(**db, user);
        auto result = CustomerImport::commit(session, *plan, choice);
        if (result)
            outcome->result = *result;
        else
            outcome->error = result.error();
    }));
    emit completeChanged();
}

bool ImportResultPage::isComplete() const
{
    return !m_watcher.isRunning();
}

void ImportResultPage::commitEnded()
{
    m_busy->hide();
    if (m_outcome->error) {
        m_message->setText(tr("Nothing was imported: %1").arg(ErrorText::sentence(*m_outcome->error)));
        emit completeChanged();
        emit importEnded(false);
        return;
    }
    m_batchId = m_outcome->result->batchId;
    m_counts = m_outcome->result->counts;
    QStringList lines;
    lines << tr("Import number %1 is done.").arg(m_batchId);
    lines << tr("Customers created: %1").arg(m_counts.customersCreated);
    lines << tr("Customers updated: %1").arg(m_counts.customersUpdated);
    lines << tr("Contacts added: %1").arg(m_counts.contactsAdded);
    lines << tr("Rows skipped (customers unchanged or skipped): %1").arg(m_counts.rowsSkipped);
    lines << tr("Rows in error, left out: %1").arg(m_counts.rowsInError);
    lines << QString();
    lines << tr("It can be undone as a whole from File → Imports… as long as its customers are not changed.");
    m_message->setText(lines.join(QLatin1Char('\n')));
    emit completeChanged();
    emit importEnded(true);
    emit m_wizard->imported(m_batchId);
}

} // namespace carddesk::gui
