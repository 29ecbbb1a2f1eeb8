#include "gui/customer/MailingDialog.h"

#include "gui/common/ErrorText.h"
#include "gui/common/FileDialog.h"
#include "report/LabelSheet.h"
#include "report/MailingExport.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::gui {

namespace {

struct MailingOutcome
{
    report::MailingResult result;
    std::optional<core::Error> error;
};

} // namespace

MailingDialog::MailingDialog(QString databasePath, core::User user, storage::CustomerQuery filter,
                             const QString& filterText, QWidget* parent)
    : QDialog(parent), m_path(std::move(databasePath)), m_user(std::move(user)), m_filter(std::move(filter))
{
    setWindowTitle(tr("Mailing list"));
    auto* layout = new QVBoxLayout(this);
    auto* who = new QLabel(tr("For the customers the list shows: %1").arg(filterText), this);
    who->setWordWrap(true);
    layout->addWidget(who);
    auto* form = new QFormLayout;
    m_labels = new QRadioButton(tr("Address labels (PDF)"), this);
    m_list = new QRadioButton(tr("Mailing list (Excel)"), this);
    m_labels->setChecked(true);
    auto* kinds = new QVBoxLayout;
    kinds->addWidget(m_labels);
    kinds->addWidget(m_list);
    form->addRow(tr("Make:"), kinds);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("labelSheet"));
    for (const report::LabelSheet& sheet : report::LabelSheet::all())
        m_sheet->addItem(tr("A4, %1 × %2 labels of %3 × %4 mm")
                             .arg(sheet.columns)
                             .arg(sheet.rows)
                             .arg(QLocale().toString(sheet.labelWidth))
                             .arg(QLocale().toString(sheet.labelHeight)),
                         sheet.id);
    form->addRow(tr("Label sheet:"), m_sheet);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("mailingFile"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    layout->addLayout(form);
    auto* note = new QLabel(tr("One label or row per customer, addressed to its primary contact. Contacts who asked "
                               "not to be contacted are left out. The mailing is recorded in the access log."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("mailingResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    connect(m_create, &QPushButton::clicked, this, &MailingDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &MailingDialog::chooseFile);
    connect(m_labels, &QRadioButton::toggled, this, &MailingDialog::updateKind);
    updateKind();
    setMinimumWidth(520);
}

bool MailingDialog::labels() const
{
    return m_labels->isChecked();
}

void MailingDialog::updateKind()
{
    m_sheet->setEnabled(labels());
    const QString suffix = labels() ? QStringLiteral(".pdf") : QStringLiteral(".xlsx");
    QString name = m_file->text();
    if (name.isEmpty())
        name = QDir::home().filePath(labels() ? tr("address-labels") : tr("mailing-list")) + suffix;
    else
        name = QFileInfo(name).dir().filePath(QFileInfo(name).completeBaseName() + suffix);
    m_file->setText(QDir::toNativeSeparators(name));
}

void MailingDialog::chooseFile()
{
    const QString chosen = FileDialog::saveFileName(
        this, tr("Save as"), m_file->text(), labels() ? tr("PDF files (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

void MailingDialog::start()
{
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    const auto sheet = report::LabelSheet::byId(m_sheet->currentData().toString());
    const bool asLabels = labels();
    m_create->setEnabled(false);
    m_result->setText(tr("Writing…"));
    auto* watcher = new QFutureWatcher<MailingOutcome>(this);
    connect(watcher, &QFutureWatcher<MailingOutcome>::finished, this, [this, watcher, file, asLabels] {
        const MailingOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_create->setEnabled(true);
        if (outcome.error) {
            m_result->setText(tr("Nothing was written: %1").arg(ErrorText::sentence(*outcome.error)));
            emit finished(false);
            return;
        }
        const report::MailingResult& r = outcome.result;
        m_result->setText(
            (asLabels ? tr("%n label(s) on %1 sheet(s) written to %2.", nullptr, r.written).arg(r.pages)
                      : tr("%n row(s) written to %1.", nullptr, r.written))
                .arg(QDir::toNativeSeparators(file)) +
            QLatin1Char(' ') +
            tr("%n customer(s) left out: their contact asked not to be contacted.", nullptr, r.skippedDoNotContact));
        emit finished(true);
    });
    const QString path = m_path;
    const core::User user = m_user;
    const storage::CustomerQuery filter = m_filter;
    watcher->setFuture(QtConcurrent::run([path, user, filter, file, sheet, asLabels]() {
        MailingOutcome outcome;
        storage::Database::Options options;
        options.create = false;
        options.migrate = false;
        options.quickCheck = false;
        auto db = storage::Database::open(path, options);
        if (!db) {
            outcome.error = db.error();
            return outcome;
        }
        storage::Session session(**db, user);
        auto result = asLabels ? report::MailingExport::labels(session, filter, *sheet, file)
                               : report::MailingExport::list(session, filter, file);
        if (result)
            outcome.result = *result;
        else
            outcome.error = result.error();
        return outcome;
    }));
}

} // namespace carddesk::gui
