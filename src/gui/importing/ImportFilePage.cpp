#include "gui/importing/ImportFilePage.h"

#include "gui/common/ErrorText.h"
#include "gui/common/FileDialog.h"
#include "gui/importing/ImportCustomersWizard.h"
#include "gui/importing/ImportProblemText.h"
#include "services/CustomerImport.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::gui {

namespace {

bool isWorkbook(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

// Why a file cannot be read, in the user's language; the reader's English details stay below it.
QString readError(const core::Error& error, bool workbook)
{
    if (error.code == core::ErrorCode::InvalidArgument)
        return workbook ? ImportFilePage::tr("This file cannot be read as an Excel workbook: it is not an .xlsx "
                                             "file, or it is damaged (cut short or changed).")
                        : ImportFilePage::tr("This file cannot be read as a CSV table: it is not text (a workbook "
                                             "named .csv, an old .xls, a PDF…), it is damaged, or it is not in the "
                                             "encoding chosen.");
    return ErrorText::sentence(error);
}

} // namespace

ImportFilePage::ImportFilePage(ImportCustomersWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Choose…"), this)), m_encodingLabel(new QLabel(tr("Encoding:"), this)),
      m_encoding(new QComboBox(this)), m_detected(new QLabel(this)), m_sheetLabel(new QLabel(tr("Sheet:"), this)),
      m_sheet(new QComboBox(this)), m_busy(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_error(new QLabel(this)), m_details(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("An Excel workbook (.xlsx) or a CSV file with one row per contact and a header row, such as "
                   "CardDesk's own export."));
    m_file->setReadOnly(true);
    m_file->setMinimumWidth(380);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_encoding->addItem(tr("As detected"), QString());
    for (const char* name : {"UTF-8", "GBK", "GB18030", "UTF-16LE", "UTF-16BE", "Big5"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_summary->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_details->setWordWrap(true);
    m_details->setEnabled(false);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detected->setEnabled(false);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_detected, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(m_encodingLabel, encodingRow);
    form->addRow(m_sheetLabel, m_sheet);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_details);
    layout->addStretch(1);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_encodingLabel, m_encoding, m_detected, m_sheetLabel, m_sheet})
        widget->hide();

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            read();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            read();
    });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ImportFilePage::readEnded);
}

ImportFilePage::~ImportFilePage()
{
    // A read still going holds only the path and its own result: it ends by itself, and nothing waits for it.
    m_watcher.disconnect(this);
}

bool ImportFilePage::isComplete() const
{
    return !m_watcher.isRunning() && m_wizard->table() != nullptr;
}

void ImportFilePage::chooseFile()
{
    const QString folder = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(m_path).absolutePath();
    const QString chosen = FileDialog::openFileName(
        this, tr("Import customers"), folder,
        tr("Customer files (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setFile(chosen);
}

void ImportFilePage::setFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_filling = true;
    m_encoding->setCurrentIndex(0);
    m_sheet->clear();
    m_filling = false;
    read();
}

void ImportFilePage::read()
{
    if (m_path.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        // The read going on ends first; the newest choice is read then.
        connect(
            &m_watcher, &QFutureWatcher<void>::finished, this, [this] { read(); }, Qt::SingleShotConnection);
        return;
    }
    m_wizard->setTable(nullptr);
    services::CustomerImport::ReadOptions options;
    options.encoding = m_encoding->currentData().toString();
    options.sheet = m_sheet->currentIndex() >= 0 ? m_sheet->currentText() : QString();
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    m_error->clear();
    m_details->clear();
    m_busy->show();
    emit completeChanged();
    m_outcome = std::make_shared<Outcome>();
    m_watcher.setFuture(QtConcurrent::run([path = m_path, options, outcome = m_outcome] {
        auto table = services::CustomerImport::readFile(path, options);
        if (table)
            outcome->table = std::make_shared<io::ImportTable>(std::move(*table));
        else
            outcome->error = table.error();
    }));
    emit completeChanged();
}

void ImportFilePage::readEnded()
{
    m_busy->hide();
    const bool workbook = isWorkbook(m_path);
    m_filling = true;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_encodingLabel, m_encoding, m_detected})
        widget->setVisible(!workbook);
    m_sheetLabel->setVisible(workbook);
    m_sheet->setVisible(workbook);
    if (m_outcome->error) {
        // A workbook that could not be opened has no sheets to offer.
        m_sheetLabel->setVisible(workbook && m_sheet->count() > 0);
        m_sheet->setVisible(workbook && m_sheet->count() > 0);
        m_summary->clear();
        m_error->setText(readError(*m_outcome->error, workbook));
        m_details->setText(tr("Details: %1").arg(ImportProblemText::fileProblem(m_outcome->error->message)));
        m_detected->clear();
        m_filling = false;
        emit completeChanged();
        emit fileRead(false);
        return;
    }
    const io::ImportTable& table = *m_outcome->table;
    if (workbook) {
        if (m_sheet->count() == 0)
            m_sheet->addItems(table.sheetNames);
        m_sheet->setCurrentIndex(table.sheetNames.indexOf(table.sheetName));
    } else {
        m_detected->setText(tr("detected: %1").arg(table.detectedEncoding));
    }
    m_filling = false;
    // Sentences and parts joined as the language writes them (no spaces between Chinese sentences).
    const auto sentences = [](const QString& first, const QString& second) {
        return tr("%1 %2", "two sentences one after the other").arg(first, second);
    };
    QString text = tr("%1, %2", "rows read, columns")
                       .arg(tr("%n row(s) read", nullptr, static_cast<int>(table.rowCount())),
                            tr("%n column(s); the headers are in row %1.", nullptr, table.columnCount())
                                .arg(table.headerFileRow()));
    if (!workbook)
        text = sentences(text, tr("Read as %1.").arg(table.encoding));
    if (table.emptyRowsSkipped > 0)
        text = sentences(text, tr("%n empty row(s) skipped.", nullptr, static_cast<int>(table.emptyRowsSkipped)));
    m_summary->setText(text);
    if (table.rowCount() == 0)
        m_error->setText(tr("The file has headers but no rows to import."));
    m_wizard->setTable(m_outcome->table);
    emit completeChanged();
    emit fileRead(true);
}

} // namespace carddesk::gui
