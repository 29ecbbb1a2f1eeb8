#pragma once

#include <QDialog>

class QListWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class StorageWorker;

// The admin's editor of the complaint categories: add, rename, and (de)activate with the check box.
// Categories are never deleted (old complaints keep theirs). Every change is saved at once.
class ComplaintCategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    // Given the window's StorageWorker, the list is read on it (the changes are short writes on the session).
    explicit ComplaintCategoriesDialog(storage::Session& session, QWidget* parent = nullptr,
                                       StorageWorker* worker = nullptr);
    bool isLoading() const;

    QListWidget* list() const { return m_list; }
    bool addCategory(const QString& name);
    bool renameCategory(qint64 categoryId, const QString& name);
    bool setActive(qint64 categoryId, bool active);

private:
    void reload();

    storage::Session& m_session;
    QListWidget* m_list;
    bool m_loading = false; // the list is being filled: its check boxes' changes are not the user's
    PageLoader* m_loader;
};

} // namespace carddesk::gui
