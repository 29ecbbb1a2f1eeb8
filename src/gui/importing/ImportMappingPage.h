#pragma once

#include "services/CustomerImport.h"

#include <QHash>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QTableWidget;

namespace carddesk::gui {

class ImportCustomersWizard;

// The import's second page: one row per header of the file with the CardDesk column it feeds (or "do not
// import") and its first values. Filled by services::CustomerImport::mapColumns with the choices remembered for
// the same headers (Settings::importColumnMapping); two headers for one column are refused here. Also what happens
// to customers already in the office: update, skip or create.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 5;

    explicit ImportMappingPage(ImportCustomersWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget* table() const { return m_table; }
    // The combo of the file's column `column` (0-based).
    QComboBox* columnChoice(int column) const;
    // The CardDesk column key chosen for file column `column`, "" for "do not import".
    QString chosenKey(int column) const;
    void setChosenKey(int column, const QString& key);
    QLabel* message() const { return m_message; }
    services::CustomerImport::Match match() const;
    void setMatch(services::CustomerImport::Match match);

private:
    void check();
    QHash<QString, QString> explicitMap() const;

    ImportCustomersWizard* m_wizard;
    QTableWidget* m_table;
    QLabel* m_message;
    QButtonGroup* m_match;
    bool m_valid = false;
};

} // namespace carddesk::gui
