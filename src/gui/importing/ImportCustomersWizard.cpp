#include "gui/importing/ImportCustomersWizard.h"

#include "gui/importing/ImportCheckPage.h"
#include "gui/importing/ImportFilePage.h"
#include "gui/importing/ImportMappingPage.h"
#include "gui/importing/ImportResultPage.h"

namespace carddesk::gui {

ImportCustomersWizard::ImportCustomersWizard(QString officePath, core::User user, QWidget* parent)
    : QWizard(parent), m_officePath(std::move(officePath)), m_user(std::move(user)),
      m_filePage(new ImportFilePage(this)), m_mappingPage(new ImportMappingPage(this)),
      m_checkPage(new ImportCheckPage(this)), m_resultPage(new ImportResultPage(this))
{
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CheckPageId, m_checkPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(FilePageId);
    resize(900, 640);
}

ImportCustomersWizard::~ImportCustomersWizard() = default;

void ImportCustomersWizard::setMapping(services::CustomerImport::Mapping mapping, services::CustomerImport::Match match)
{
    m_mapping = std::move(mapping);
    m_match = match;
}

bool ImportCustomersWizard::isBusy() const
{
    return m_filePage->isReading() || m_checkPage->isChecking() || m_resultPage->isImporting();
}

void ImportCustomersWizard::reject()
{
    // An import being written is not cut off; Cancel or Escape meanwhile does nothing.
    if (m_resultPage->isImporting())
        return;
    QWizard::reject();
}

} // namespace carddesk::gui
