#pragma once

#include <QDialog>

class QListWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

// The admin's editor of the complaint categories: add, rename, and (de)activate with the check box.
// Categories are never deleted (old complaints keep theirs). Every change is saved at once.
class ComplaintCategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ComplaintCategoriesDialog(storage::Session& session, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    bool addCategory(const QString& name);
    bool renameCategory(qint64 categoryId, const QString& name);
    bool setActive(qint64 categoryId, bool active);

private:
    void reload();

    storage::Session& m_session;
    QListWidget* m_list;
    bool m_loading = false;
};

} // namespace carddesk::gui
