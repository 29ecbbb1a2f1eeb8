#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class CustomerCardWidget;
class CustomerListWidget;
class HandoverWidget;

// The shell: navigation on the left (only pages this user can use), the customer list, the open card, the
// handover page for managers; menus, shortcuts, status bar; window state kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View
    {
        CustomersView,
        CardView,
        HandoverView
    };

    explicit MainWindow(storage::Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    CustomerListWidget* customerList() const { return m_list; }
    CustomerCardWidget* card() const { return m_card; }
    HandoverWidget* handover() const { return m_handover; }

    void showView(View view);
    View currentView() const;
    // Opens a card (asking first about unsaved changes of the one open).
    bool openCustomer(qint64 customerId);
    void newCustomer();
    bool logInteraction();
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateActions();
    void updateTitle();
    void showStatus(const QString& message);

    storage::Session& m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    CustomerListWidget* m_list;
    CustomerCardWidget* m_card;
    HandoverWidget* m_handover = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_closeCardAction = nullptr;
    QAction* m_logInteractionAction = nullptr;
    QAction* m_cardViewAction = nullptr;
};

} // namespace carddesk::gui
