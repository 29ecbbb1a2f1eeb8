#pragma once

#include "core/Error.h"
#include "io/ImportTable.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace carddesk::gui {

class ImportCustomersWizard;

// The import's first page: the .csv or .xlsx file (through FileDialog), its encoding as detected with a choice to
// override it (CSV), the sheet (xlsx), what was read (rows, columns) or why the file cannot be read. The file is
// read off the GUI thread, again whenever the encoding or the sheet changes.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportCustomersWizard* wizard);
    ~ImportFilePage() override;

    // Reads `path` as if chosen (the encoding detected, the first sheet); fileRead() follows.
    void setFile(const QString& path);
    QString filePath() const { return m_path; }

    QComboBox* encodingChoice() const { return m_encoding; }
    QComboBox* sheetChoice() const { return m_sheet; }
    QLabel* summary() const { return m_summary; }
    QLabel* errorLabel() const { return m_error; }
    bool isReading() const { return m_watcher.isRunning(); }

    bool isComplete() const override;

signals:
    // A read ended: `ok` when the table is there, else errorLabel() says why.
    void fileRead(bool ok);

private:
    void chooseFile();
    void read();
    void readEnded();

    ImportCustomersWizard* m_wizard;
    QString m_path;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_encodingLabel;
    QComboBox* m_encoding;
    QLabel* m_detected;
    QLabel* m_sheetLabel;
    QComboBox* m_sheet;
    QProgressBar* m_busy;
    QLabel* m_summary;
    QLabel* m_error;
    QLabel* m_details;
    bool m_filling = false; // the combos are being filled from a read: no re-read
    struct Outcome
    {
        std::shared_ptr<io::ImportTable> table;
        std::optional<core::Error> error;
    };
    std::shared_ptr<Outcome> m_outcome;
    QFutureWatcher<void> m_watcher;
};

} // namespace carddesk::gui
