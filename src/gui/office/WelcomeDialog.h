#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QString>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace carddesk::gui {

// The first window when CardDesk has no office to open (first start, or the office's file is gone): create a new
// office, open an existing office file, or try the demo office; the offices opened before are listed and one
// click opens one. Accepted once an office file is chosen: officePath() is it and userName() the user to offer
// in the log-in dialog. The office itself is made by services::OfficeSetup (the CLI's `init` uses it too).
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page
    {
        StartPage,
        NewOfficePage
    };

    // notice: why the window shows (e.g. the remembered office's file is missing); empty on a first start.
    explicit WelcomeDialog(const QString& notice = {}, QWidget* parent = nullptr);
    ~WelcomeDialog() override;

    QString officePath() const { return m_officePath; }
    QString userName() const { return m_userName; }
    int currentPage() const;
    QString errorText() const; // the new-office form's inline message
    QString noticeText() const;

    void showStartPage();
    void showNewOfficePage();
    // Checks the new-office form and creates the office; false (with errorText()) when something is wrong.
    bool createOffice();
    // Opens an existing office file (checked first); false with the reason shown on the start page.
    bool openOffice(const QString& path);
    // Generates the demo office in the user's data folder off the GUI thread (or opens it when it exists).
    void startDemo();
    bool demoRunning() const { return m_demo.isRunning(); }
    static QString demoOfficePath();
    // Demo size; tests use a small one.
    void setDemoCustomers(int customers) { m_demoCustomers = customers; }

signals:
    void demoProgress(int percent);

private:
    QWidget* buildStartPage();
    QWidget* buildNewOfficePage();
    void fillRecentList();
    void chooseFolder();
    void chooseFile();
    void updateTargetPath();
    void showError(const QString& text, QWidget* field);
    void showNotice(const QString& text);
    void demoFinished();

    QStackedWidget* m_pages = nullptr;
    QLabel* m_notice = nullptr;
    QListWidget* m_recent = nullptr;
    QLabel* m_noRecent = nullptr;
    QWidget* m_recentSpacer = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_demoButton = nullptr;
    QProgressBar* m_demoProgress = nullptr;

    QLineEdit* m_officeName = nullptr;
    QLineEdit* m_areas = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeatPassword = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_targetPath = nullptr;
    QLabel* m_error = nullptr;

    QString m_officePath;
    QString m_userName;
    int m_demoCustomers = 2000;
    QFutureWatcher<QString> m_demo; // the demo's error message; empty on success
};

} // namespace carddesk::gui
