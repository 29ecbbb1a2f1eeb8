#include "gui/importing/ImportMappingPage.h"

#include "gui/importing/ImportCustomersWizard.h"
#include "gui/shell/Settings.h"
#include "io/CustomerFileColumns.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace carddesk::gui {

using services::CustomerImport;

namespace {

enum Column
{
    HeaderColumn,
    TargetColumn,
    PreviewColumn
};

QString headerKey(const QString& header)
{
    return header.trimmed().toCaseFolded();
}

// A CardDesk column as the combo shows it: its header in the interface's language, the other one after it.
QString columnText(const io::CustomerFileColumn& column)
{
    return QLocale().language() == QLocale::Chinese
               ? QStringLiteral("%1 (%2)").arg(column.chineseHeader(), column.englishHeader())
               : QStringLiteral("%1 (%2)").arg(column.englishHeader(), column.chineseHeader());
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportCustomersWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_table(new QTableWidget(0, 3, this)), m_message(new QLabel(this)),
      m_match(new QButtonGroup(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Which CardDesk column each column of the file fills. Your choices are remembered for files "
                   "with the same headers."));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("CardDesk column"), tr("First values")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PreviewColumn, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* matchBox = new QGroupBox(tr("Customers already in the office (found by code, phone or name)"), this);
    auto* update = new QRadioButton(tr("&Update them: the file's non-empty values, new contacts added"), matchBox);
    auto* skip = new QRadioButton(tr("&Skip them"), matchBox);
    auto* create = new QRadioButton(tr("C&reate a new card for every row's customer"), matchBox);
    m_match->addButton(update, static_cast<int>(CustomerImport::Match::Update));
    m_match->addButton(skip, static_cast<int>(CustomerImport::Match::Skip));
    m_match->addButton(create, static_cast<int>(CustomerImport::Match::Create));
    update->setChecked(true);
    auto* matchLayout = new QVBoxLayout(matchBox);
    matchLayout->addWidget(update);
    matchLayout->addWidget(skip);
    matchLayout->addWidget(create);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(matchBox);
}

QComboBox* ImportMappingPage::columnChoice(int column) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(column, TargetColumn));
}

QString ImportMappingPage::chosenKey(int column) const
{
    QComboBox* combo = columnChoice(column);
    return combo ? combo->currentData().toString() : QString();
}

void ImportMappingPage::setChosenKey(int column, const QString& key)
{
    if (QComboBox* combo = columnChoice(column))
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
}

CustomerImport::Match ImportMappingPage::match() const
{
    return static_cast<CustomerImport::Match>(m_match->checkedId());
}

void ImportMappingPage::setMatch(CustomerImport::Match match)
{
    m_match->button(static_cast<int>(match))->setChecked(true);
}

void ImportMappingPage::initializePage()
{
    const auto table = m_wizard->table();
    m_table->setRowCount(0);
    if (!table)
        return;
    // The service maps what it recognises, with the user's remembered choices for the same headers first.
    const QHash<QString, QString> remembered = Settings::importColumnMapping();
    QHash<QString, QString> known;
    for (int i = 0; i < table->columnCount(); ++i) {
        const QString key = headerKey(table->header(i));
        if (remembered.contains(key))
            known.insert(key, remembered.value(key));
    }
    std::vector<const io::CustomerFileColumn*> initial(static_cast<std::size_t>(table->columnCount()), nullptr);
    if (auto mapped = CustomerImport::mapColumns(*table, known)) {
        initial = mapped->columns;
    } else {
        // Two headers for one column (or no name/code column): each header as the service would name it, and the
        // page says what is wrong.
        for (int i = 0; i < table->columnCount(); ++i) {
            const QString key = headerKey(table->header(i));
            initial[static_cast<std::size_t>(i)] = known.contains(key)
                                                       ? io::CustomerFileColumns::findByHeader(known.value(key))
                                                       : io::CustomerFileColumns::findByHeader(table->header(i));
        }
    }

    m_table->setRowCount(table->columnCount());
    const int previewRows = static_cast<int>(std::min<qsizetype>(PreviewRows, table->rowCount()));
    for (int i = 0; i < table->columnCount(); ++i) {
        const QString header = table->header(i);
        auto* headerItem = new QTableWidgetItem(
            header.isEmpty() ? tr("(column %1, no header)").arg(io::ImportTable::columnLetters(i + 1)) : header);
        m_table->setItem(i, HeaderColumn, headerItem);
        auto* combo = new QComboBox(m_table);
        combo->addItem(tr("(do not import)"), QString());
        for (const io::CustomerFileColumn& column : io::CustomerFileColumns::all())
            combo->addItem(columnText(column), column.englishHeader());
        if (const io::CustomerFileColumn* column = initial[static_cast<std::size_t>(i)])
            combo->setCurrentIndex(std::max(0, combo->findData(column->englishHeader())));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::check);
        m_table->setCellWidget(i, TargetColumn, combo);
        QStringList values;
        bool anyValue = false;
        for (int r = 0; r < previewRows; ++r) {
            values << table->cell(r, i).toString().simplified();
            anyValue = anyValue || !values.last().isEmpty();
        }
        if (!anyValue)
            values.clear();
        auto* preview = new QTableWidgetItem(values.join(QStringLiteral("  |  ")));
        preview->setToolTip(values.join(QLatin1Char('\n')));
        m_table->setItem(i, PreviewColumn, preview);
    }
    check();
}

void ImportMappingPage::check()
{
    const auto table = m_wizard->table();
    QString problem;
    std::map<QString, int> firstUse;
    bool nameOrCode = false;
    for (int i = 0; table && i < m_table->rowCount(); ++i) {
        const QString key = chosenKey(i);
        if (key.isEmpty())
            continue;
        if (key == QLatin1String("name") || key == QLatin1String("code"))
            nameOrCode = true;
        if (const auto it = firstUse.find(key); it != firstUse.end()) {
            if (problem.isEmpty())
                problem = tr("“%1” and “%2” both fill the column %3: choose another column for one of them, or "
                             "“(do not import)”.")
                              .arg(m_table->item(it->second, HeaderColumn)->text(),
                                   m_table->item(i, HeaderColumn)->text(), columnChoice(i)->currentText());
            continue;
        }
        firstUse[key] = i;
    }
    if (problem.isEmpty() && table && !nameOrCode)
        problem = tr("No column fills the customer's name or code: match one of the file's columns to "
                     "“name” or “code”.");
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_valid = table && problem.isEmpty();
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_valid;
}

QHash<QString, QString> ImportMappingPage::explicitMap() const
{
    QHash<QString, QString> map;
    const auto table = m_wizard->table();
    for (int i = 0; table && i < m_table->rowCount(); ++i)
        map.insert(headerKey(table->header(i)), chosenKey(i));
    return map;
}

bool ImportMappingPage::validatePage()
{
    const auto table = m_wizard->table();
    if (!table)
        return false;
    const QHash<QString, QString> chosen = explicitMap();
    auto mapping = CustomerImport::mapColumns(*table, chosen);
    if (!mapping) {
        m_message->setText(tr("These columns cannot be imported as chosen; check that no two headers fill the same "
                              "column and that one fills the name or the code."));
        m_message->show();
        return false;
    }
    // Remembered for the next file with these headers (other headers' choices stay).
    QHash<QString, QString> remembered = Settings::importColumnMapping();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (!it.key().isEmpty())
            remembered.insert(it.key(), it.value());
    }
    Settings::setImportColumnMapping(remembered);
    m_wizard->setMapping(std::move(*mapping), match());
    return true;
}

} // namespace carddesk::gui
