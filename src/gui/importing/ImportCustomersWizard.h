#pragma once

#include "core/User.h"
#include "io/ImportTable.h"
#include "services/CustomerImport.h"

#include <QWizard>

#include <memory>

namespace carddesk::gui {

class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class ImportResultPage;

// File → Import customers… (managers and the administrator, as services::CustomerImport allows): the file (its
// encoding or sheet), the mapping of its headers to CardDesk's columns (remembered by header), the check (the
// service's dry run, off the GUI thread) with the rows in error, and the import itself (off the GUI thread, one
// batch that Imports… can undo). Reading, checking and importing each run on a connection of their own.
class ImportCustomersWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        CheckPageId,
        ResultPageId
    };

    ImportCustomersWizard(QString officePath, core::User user, QWidget* parent = nullptr);
    ~ImportCustomersWizard() override;

    const QString& officePath() const { return m_officePath; }
    const core::User& user() const { return m_user; }

    ImportFilePage* filePage() const { return m_filePage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportCheckPage* checkPage() const { return m_checkPage; }
    ImportResultPage* resultPage() const { return m_resultPage; }

    // What the pages hand on: the table read, the mapping chosen, the plan checked.
    std::shared_ptr<const io::ImportTable> table() const { return m_table; }
    void setTable(std::shared_ptr<const io::ImportTable> table) { m_table = std::move(table); }
    const services::CustomerImport::Mapping& mapping() const { return m_mapping; }
    services::CustomerImport::Match match() const { return m_match; }
    void setMapping(services::CustomerImport::Mapping mapping, services::CustomerImport::Match match);
    std::shared_ptr<const services::CustomerImport::Plan> plan() const { return m_plan; }
    void setPlan(std::shared_ptr<const services::CustomerImport::Plan> plan) { m_plan = std::move(plan); }

    // Whether a page is reading, checking or importing: closing waits until it is done.
    bool isBusy() const;

signals:
    // The import was written as batch `batchId`: pages showing customers reload.
    void imported(qint64 batchId);

protected:
    void reject() override;

private:
    QString m_officePath;
    core::User m_user;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportCheckPage* m_checkPage;
    ImportResultPage* m_resultPage;
    std::shared_ptr<const io::ImportTable> m_table;
    services::CustomerImport::Mapping m_mapping;
    services::CustomerImport::Match m_match = services::CustomerImport::Match::Update;
    std::shared_ptr<const services::CustomerImport::Plan> m_plan;
};

} // namespace carddesk::gui
