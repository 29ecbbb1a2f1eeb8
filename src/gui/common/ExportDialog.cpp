#include "gui/common/ExportDialog.h"

#include "gui/common/ErrorText.h"
#include "gui/common/FileDialog.h"
#include "gui/common/WorkerConnection.h"
#include "services/ComplaintExport.h"
#include "services/CustomerExport.h"
#include "storage/access/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

namespace carddesk::gui {

using io::TableFileWriter;

struct ExportDialog::Result
{
    std::optional<core::Error> error;
    services::ExportOutcome outcome;
};

ExportDialog::ExportDialog(QString databasePath, core::User user, What what, QWidget* parent)
    : QDialog(parent), m_path(std::move(databasePath)), m_user(std::move(user)), m_what(what),
      m_format(new QComboBox(this)), m_language(new QComboBox(this)), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Choose…"), this)), m_message(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_export(new QPushButton(tr("&Export"), this)), m_close(new QPushButton(tr("Close"), this)),
      m_timer(new QTimer(this)), m_rows(std::make_shared<std::atomic<qint64>>(0)),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    switch (what) {
    case What::Customers:
        setWindowTitle(tr("Export customers"));
        break;
    case What::Complaints:
        setWindowTitle(tr("Export complaints"));
        break;
    case What::Card:
        setWindowTitle(tr("Export card"));
        break;
    }
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV, UTF-8 (.csv)"), QStringLiteral("csv"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    // The interface's language by default: Translations sets the default locale to match it.
    m_language->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 1 : 0);
    m_file->setMinimumWidth(380);

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    switch (what) {
    case What::Customers:
        intro->setText(tr("The customers the list shows (its search and filters), one row per contact, in the "
                          "format the customer import reads."));
        break;
    case What::Complaints:
        intro->setText(tr("The complaints the page shows (its filters), one row per complaint."));
        break;
    case What::Card:
        intro->setText(tr("This customer's card and its contacts, in the format the customer import reads."));
        break;
    }
    auto* note = new QLabel(tr("Every export is recorded in the access log with your name, the filter and the "
                               "number of rows."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Headers in:"), m_language);
    form->addRow(tr("File:"), fileRow);

    m_progress->setRange(0, 0); // busy: the number of rows is not known beforehand
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_export->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_timer, &QTimer::timeout, this, &ExportDialog::showProgress);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ExportDialog::exportEnded);

    const QString base = what == What::Complaints ? tr("complaints")
                         : what == What::Card     ? tr("card")
                                                  : tr("customers");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setFileName(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                    .filePath(QStringLiteral("%1-%2.xlsx").arg(base, QDate::currentDate().toString(Qt::ISODate))));
}

ExportDialog::~ExportDialog()
{
    // The worker holds its own connection and copies of what it needs; it is asked to stop and waited for, so no
    // half file outlives the dialog.
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ExportDialog::setFileName(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::formatChanged()
{
    // The file's suffix follows the format.
    const QString suffix = m_format->currentData().toString();
    QString name = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QFileInfo info(name);
    if (name.isEmpty())
        return;
    if (info.suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ||
        info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        name = name.left(name.size() - info.suffix().size()) + suffix;
    else
        name += QLatin1Char('.') + suffix;
    setFileName(name);
}

void ExportDialog::chooseFile()
{
    const bool xlsx = m_format->currentData().toString() == QLatin1String("xlsx");
    const QString chosen =
        FileDialog::saveFileName(this, windowTitle(), QDir::fromNativeSeparators(m_file->text().trimmed()),
                                 xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        setFileName(chosen);
}

bool ExportDialog::start()
{
    if (m_watcher.isRunning())
        return false;
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (file.isEmpty()) {
        m_message->setText(tr("Choose the file to write."));
        return false;
    }
    services::ExportRequest request;
    request.format = m_format->currentData().toString() == QLatin1String("csv") ? TableFileWriter::Format::Csv
                                                                                : TableFileWriter::Format::Xlsx;
    request.chinese = m_language->currentData().toString() == QLatin1String("zh_CN");
    request.path = file;
    m_rows->store(0);
    m_cancel->store(false);
    request.progress = [rows = m_rows, cancel = m_cancel](qint64 written) {
        rows->store(written);
        return !cancel->load();
    };
    m_result = std::make_shared<Result>();
    setRunning(true);
    m_message->setText(tr("Exporting…"));
    m_watcher.setFuture(QtConcurrent::run([path = m_path, user = m_user, what = m_what, query = m_customerQuery,
                                           filter = m_complaintFilter, id = m_customerId, request, result = m_result] {
        auto db = openWorkerConnection(path);
        if (!db) {
            result->error = db.error();
            return;
        }
        storage::Session session(**db, user);
        core::Result<services::ExportOutcome> outcome =
            what == What::Complaints ? services::ComplaintExport::complaints(session, filter, request)
            : what == What::Card     ? services::CustomerExport::card(session, id, request)
                                     : services::CustomerExport::customers(session, query, request);
        if (outcome)
            result->outcome = *outcome;
        else
            result->error = outcome.error();
    }));
    return true;
}

void ExportDialog::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_cancel->store(true);
    m_message->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    // Escape or Cancel while exporting stops the export; the dialog stays to say so.
    if (m_watcher.isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::showProgress()
{
    m_message->setText(tr("Exporting… %n row(s) written", nullptr, static_cast<int>(m_rows->load())));
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget* input : std::initializer_list<QWidget*>{m_format, m_language, m_file, m_browse, m_export})
        input->setEnabled(!running);
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    m_progress->setVisible(running);
    if (running)
        m_timer->start(200);
    else
        m_timer->stop();
}

void ExportDialog::exportEnded()
{
    setRunning(false);
    bool done = false;
    if (m_result->error) {
        m_message->setText(tr("Nothing was exported: %1").arg(ErrorText::sentence(*m_result->error)));
    } else if (m_result->outcome.cancelled) {
        m_message->setText(tr("The export was cancelled; no file was written."));
    } else {
        done = true;
        m_message->setText(tr("%n row(s) exported to %1.", nullptr, static_cast<int>(m_result->outcome.rows))
                               .arg(QDir::toNativeSeparators(m_file->text().trimmed())));
    }
    emit finished(done);
}

} // namespace carddesk::gui
