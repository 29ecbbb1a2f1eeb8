#include "gui/complaints/ComplaintCategoriesDialog.h"

#include "gui/common/ErrorText.h"

#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "gui/common/TextPrompt.h"
#include "gui/complaints/ComplaintLabels.h"
#include "storage/repositories/ComplaintCategoryRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace carddesk::gui {

ComplaintCategoriesDialog::ComplaintCategoriesDialog(storage::Session& session, QWidget* parent, StorageWorker* worker)
    : QDialog(parent), m_session(session), m_list(new QListWidget(this)),
      m_loader(new PageLoader(session, worker, this, m_list))
{
    setWindowTitle(tr("Complaint categories"));
    auto* add = new QPushButton(tr("Add…"), this);
    auto* rename = new QPushButton(tr("Rename…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(rename);
    side->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    m_list->setToolTip(tr("Unticked categories are no longer offered for new complaints."));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, [this] {
        if (auto name = TextPrompt::ask(this, tr("Add category"), tr("Name of the new category:")))
            addCategory(*name);
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_list->currentItem();
        if (!item)
            return;
        if (auto name = TextPrompt::ask(this, tr("Rename category"), tr("New name:"), item->text()))
            renameCategory(item->data(Qt::UserRole).toLongLong(), *name);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_loading)
            setActive(item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked);
    });
    reload();
    resize(420, 320);
}

void ComplaintCategoriesDialog::reload()
{
    m_loader->load<std::vector<core::ComplaintCategory>>(
        [](storage::Session& session) { return storage::ComplaintCategoryRepository(session).list(); },
        [this](core::Result<std::vector<core::ComplaintCategory>> categories) {
            m_loading = true;
            m_list->clear();
            if (categories) {
                for (const core::ComplaintCategory& category : *categories) {
                    auto* item = new QListWidgetItem(ComplaintLabels::category(category.name), m_list);
                    item->setData(Qt::UserRole, category.id);
                    item->setToolTip(category.name);
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(category.active ? Qt::Checked : Qt::Unchecked);
                }
            }
            m_loading = false;
        });
}

bool ComplaintCategoriesDialog::isLoading() const
{
    return m_loader->isLoading();
}

bool ComplaintCategoriesDialog::addCategory(const QString& name)
{
    storage::ComplaintCategoryRepository repository(m_session);
    auto added = repository.add(name.trimmed());
    if (!added) {
        MessageBox::warning(this, tr("Add category"),
                            tr("The category could not be added: %1").arg(ErrorText::sentence(added.error())));
        return false;
    }
    reload();
    return true;
}

bool ComplaintCategoriesDialog::renameCategory(qint64 categoryId, const QString& name)
{
    storage::ComplaintCategoryRepository repository(m_session);
    auto renamed = repository.rename(categoryId, name.trimmed());
    if (!renamed) {
        MessageBox::warning(this, tr("Rename category"),
                            tr("The category could not be renamed: %1").arg(ErrorText::sentence(renamed.error())));
        return false;
    }
    reload();
    return true;
}

bool ComplaintCategoriesDialog::setActive(qint64 categoryId, bool active)
{
    storage::ComplaintCategoryRepository repository(m_session);
    auto changed = repository.setActive(categoryId, active);
    if (!changed) {
        MessageBox::warning(this, tr("Complaint categories"),
                            tr("The category could not be changed: %1").arg(ErrorText::sentence(changed.error())));
        reload();
        return false;
    }
    return true;
}

} // namespace carddesk::gui
