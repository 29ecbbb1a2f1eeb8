#include "gui/office/WelcomeDialog.h"

#include "gui/shell/OfficeFile.h"
#include "gui/shell/Settings.h"
#include "io/DemoOfficeGenerator.h"
#include "services/OfficeSetup.h"
#include "storage/db/Database.h"
#include "storage/repositories/UserRepository.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <spdlog/spdlog.h>

namespace carddesk::gui {

using Problem = services::OfficeSetup::Problem;

namespace {

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

WelcomeDialog::WelcomeDialog(const QString& notice, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to CardDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/carddesk.png")));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildStartPage());
    m_pages->addWidget(buildNewOfficePage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(720, 560);
    showNotice(notice);
    fillRecentList();
    connect(this, &WelcomeDialog::demoProgress, m_demoProgress, &QProgressBar::setValue);
    connect(&m_demo, &QFutureWatcher<QString>::finished, this, &WelcomeDialog::demoFinished);
}

WelcomeDialog::~WelcomeDialog()
{
    // The demo's worker emits demoProgress on this object: it must end before the object does.
    m_demo.waitForFinished();
}

QWidget* WelcomeDialog::buildStartPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Welcome to CardDesk")));
    layout->addWidget(hint(tr("CardDesk keeps the customer cards of one sales office in one file on this computer. "
                              "Create the office's file, open one you already have, or look around in a demo "
                              "office first.")));
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_notice);

    auto addChoice = [&](QPushButton*& button, const QString& name, const QString& text, const QString& explanation) {
        button = new QPushButton(text);
        button->setObjectName(name);
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        auto* row = new QHBoxLayout;
        row->addWidget(button, 2);
        row->addWidget(hint(explanation), 3);
        layout->addLayout(row);
    };
    addChoice(m_newButton, QStringLiteral("newOfficeButton"), tr("New office…"),
              tr("Name the office and its areas and create its first administrator."));
    addChoice(m_openButton, QStringLiteral("openOfficeButton"), tr("Open an office file…"),
              tr("An office file made before, on this computer or copied from another."));
    addChoice(m_demoButton, QStringLiteral("demoButton"), tr("Try the demo office"),
              tr("2,000 invented customers with two years of orders. Log in as admin with the password "
                 "admin1234."));
    m_demoProgress = new QProgressBar;
    m_demoProgress->setObjectName(QStringLiteral("demoProgress"));
    m_demoProgress->setRange(0, 100);
    m_demoProgress->setFormat(tr("Making the demo office… %p%"));
    m_demoProgress->hide();
    layout->addWidget(m_demoProgress);

    layout->addSpacing(16);
    auto* recentTitle = new QLabel(tr("Recent offices"));
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    layout->addWidget(recentTitle);
    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("recentList"));
    layout->addWidget(m_recent, 1);
    m_noRecent = hint(tr("No office has been opened on this computer yet."));
    layout->addWidget(m_noRecent);
    // Takes the room of an empty (hidden) list, so the choices stay together at the top.
    m_recentSpacer = new QWidget;
    layout->addWidget(m_recentSpacer, 1);

    connect(m_newButton, &QPushButton::clicked, this, &WelcomeDialog::showNewOfficePage);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomeDialog::chooseFile);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomeDialog::startDemo);
    connect(m_recent, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { openOffice(item->data(Qt::UserRole).toString()); });
    return page;
}

QWidget* WelcomeDialog::buildNewOfficePage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("New office")));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto edit = [&](QLineEdit*& field, const QString& name, const QString& label, const QString& placeholder) {
        field = new QLineEdit;
        field->setObjectName(name);
        field->setPlaceholderText(placeholder);
        form->addRow(label, field);
    };
    edit(m_officeName, QStringLiteral("officeNameEdit"), tr("Office &name:"), tr("e.g. 上海销售办事处"));
    edit(m_areas, QStringLiteral("areasEdit"), tr("&Areas:"), tr("separated by commas, e.g. 华东区, 华北区"));
    edit(m_adminName, QStringLiteral("adminNameEdit"), tr("Administrator's &user name:"), tr("e.g. admin"));
    edit(m_displayName, QStringLiteral("displayNameEdit"), tr("Administrator's full na&me:"), tr("optional"));
    edit(m_password, QStringLiteral("passwordEdit"), tr("&Password:"),
         tr("at least %1 characters, not the user name").arg(services::OfficeSetup::MinimumPasswordLength));
    m_password->setEchoMode(QLineEdit::Password);
    edit(m_repeatPassword, QStringLiteral("repeatPasswordEdit"), tr("&Repeat the password:"), QString());
    m_repeatPassword->setEchoMode(QLineEdit::Password);

    m_folder = new QLineEdit(QDir::toNativeSeparators(defaultFolder()));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    auto* browse = new QPushButton(tr("Choose…"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    // A row with a layout gets no buddy from addRow: the label needs one for its & shortcut.
    auto* folderLabel = new QLabel(tr("&Folder for the file:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_targetPath = hint(QString());
    m_targetPath->setObjectName(QStringLiteral("targetPathLabel"));
    form->addRow(QString(), m_targetPath);
    layout->addLayout(form);
    layout->addWidget(hint(tr("Keep the file on this computer's own disk: a network drive is refused, because "
                              "several computers writing to one file there can damage it. After the first log-in the "
                              "administrator adds the other users.")));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* back = new QPushButton(tr("Back"));
    auto* create = new QPushButton(tr("Create office"));
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(create);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, &WelcomeDialog::chooseFolder);
    connect(back, &QPushButton::clicked, this, &WelcomeDialog::showStartPage);
    connect(create, &QPushButton::clicked, this, &WelcomeDialog::createOffice);
    connect(m_officeName, &QLineEdit::textChanged, this, &WelcomeDialog::updateTargetPath);
    connect(m_folder, &QLineEdit::textChanged, this, &WelcomeDialog::updateTargetPath);
    updateTargetPath();
    return page;
}

int WelcomeDialog::currentPage() const
{
    return m_pages->currentIndex();
}

QString WelcomeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString WelcomeDialog::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void WelcomeDialog::showStartPage()
{
    m_pages->setCurrentIndex(StartPage);
}

void WelcomeDialog::showNewOfficePage()
{
    m_pages->setCurrentIndex(NewOfficePage);
    m_officeName->setFocus();
}

void WelcomeDialog::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void WelcomeDialog::fillRecentList()
{
    m_recent->clear();
    for (const QString& path : Settings::recentOffices()) {
        const QFileInfo info(path);
        if (!info.isFile())
            continue; // moved or deleted since: nothing to open
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())), m_recent);
        item->setData(Qt::UserRole, info.absoluteFilePath());
        item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    m_recent->setVisible(m_recent->count() > 0);
    m_noRecent->setVisible(m_recent->count() == 0);
    m_recentSpacer->setVisible(m_recent->count() == 0);
}

void WelcomeDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the office file"),
                                                             QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void WelcomeDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open an office file"), defaultFolder(),
                                                      tr("CardDesk offices (*.db *.carddesk);;All files (*)"));
    if (!path.isEmpty())
        openOffice(path);
}

void WelcomeDialog::updateTargetPath()
{
    services::OfficeSetup::Request request;
    request.officeName = m_officeName->text();
    request.folder = QDir::fromNativeSeparators(m_folder->text());
    const QString target = services::OfficeSetup::targetPath(request);
    m_targetPath->setText(target.isEmpty() || request.officeName.trimmed().isEmpty()
                              ? QString()
                              : tr("The office will be saved as %1").arg(QDir::toNativeSeparators(target)));
}

void WelcomeDialog::showError(const QString& text, QWidget* field)
{
    m_error->setText(text);
    m_error->show();
    if (field)
        field->setFocus();
}

bool WelcomeDialog::createOffice()
{
    services::OfficeSetup::Request request;
    request.officeName = m_officeName->text();
    const QString areas = m_areas->text().trimmed();
    if (!areas.isEmpty()) {
        // Chinese input methods type the full-width comma.
        request.areas = QString(areas).replace(QChar(0xFF0C), QLatin1Char(',')).split(QLatin1Char(','));
    }
    request.adminName = m_adminName->text().trimmed();
    request.adminDisplayName = m_displayName->text();
    request.password = m_password->text();
    request.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString target = QDir::toNativeSeparators(services::OfficeSetup::targetPath(request));

    if (auto problem = services::OfficeSetup::check(request)) {
        switch (*problem) {
        case Problem::OfficeNameMissing:
            showError(tr("Give the office a name."), m_officeName);
            break;
        case Problem::AreaNameMissing:
            showError(tr("An area name is empty: remove the extra comma."), m_areas);
            break;
        case Problem::AreaNameRepeated:
            showError(tr("An area is listed twice."), m_areas);
            break;
        case Problem::AdminNameMissing:
            showError(tr("Enter the administrator's user name."), m_adminName);
            break;
        case Problem::PasswordTooShort:
            showError(
                tr("The password needs at least %1 characters.").arg(services::OfficeSetup::MinimumPasswordLength),
                m_password);
            break;
        case Problem::PasswordIsUserName:
            showError(tr("The password must not be the user name."), m_password);
            break;
        case Problem::FolderMissing:
            showError(tr("The folder %1 does not exist: choose a folder for the office file.")
                          .arg(m_folder->text().trimmed()),
                      m_folder);
            break;
        case Problem::NetworkFolder:
            showError(tr("%1 is on a network drive. Several computers writing to one file there can damage it: "
                         "choose a folder on this computer's own disk.")
                          .arg(m_folder->text().trimmed()),
                      m_folder);
            break;
        case Problem::FolderNotWritable:
            showError(tr("You may not write to the folder %1: choose another one.").arg(m_folder->text().trimmed()),
                      m_folder);
            break;
        case Problem::FileExists:
            showError(tr("%1 already exists. Choose another office name or folder, or open that file from the "
                         "start page.")
                          .arg(target),
                      m_officeName);
            break;
        }
        return false;
    }
    if (m_repeatPassword->text() != m_password->text()) {
        showError(tr("The two passwords differ: type the same password twice."), m_repeatPassword);
        return false;
    }
    auto created = services::OfficeSetup::create(request);
    if (!created) {
        showError(tr("The office could not be created: %1").arg(created.error().message), nullptr);
        return false;
    }
    m_error->hide();
    m_officePath = *created;
    m_userName = request.adminName;
    Settings::addRecentOffice(m_officePath);
    accept();
    return true;
}

bool WelcomeDialog::openOffice(const QString& path)
{
    // Opened once here so that a file that is no office is reported on this page, not after the window closes.
    auto db = OfficeFile::open(path);
    if (!db) {
        showNotice(db.error().message);
        return false;
    }
    if (storage::UserRepository::userCount(**db) == 0) {
        showNotice(tr("The office file %1 has no users yet, so nobody can log in. Create a new office instead.")
                       .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_officePath = QFileInfo(path).absoluteFilePath();
    Settings::addRecentOffice(m_officePath);
    accept();
    return true;
}

QString WelcomeDialog::demoOfficePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-office.db");
}

void WelcomeDialog::startDemo()
{
    if (m_demo.isRunning())
        return;
    const QString path = demoOfficePath();
    m_userName = QStringLiteral("admin");
    if (QFileInfo(path).isFile()) {
        openOffice(path);
        return;
    }
    m_newButton->setEnabled(false);
    m_openButton->setEnabled(false);
    m_demoButton->setEnabled(false);
    m_recent->setEnabled(false);
    m_demoProgress->setValue(0);
    m_demoProgress->show();
    const int customers = m_demoCustomers;
    // A few seconds of writing: on a worker thread with its own connection, into a temporary name renamed at
    // the end, so that a demo interrupted halfway is never opened.
    m_demo.setFuture(QtConcurrent::run([this, path, customers]() -> QString {
        const QString building = path + QStringLiteral(".creating");
        removeDatabaseFiles(building);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        {
            storage::Database::Options options;
            options.quickCheck = false;
            auto db = storage::Database::open(building, options);
            if (!db) {
                error = db.error().message;
            } else {
                io::DemoOptions demo;
                demo.customers = customers;
                demo.progress = [this](int percent) { emit demoProgress(percent); };
                auto summary = io::DemoOfficeGenerator::generate(**db, demo, nullptr);
                if (!summary)
                    error = summary.error().message;
            }
        }
        if (error.isEmpty() && !QFile::rename(building, path))
            error = QStringLiteral("cannot rename %1 to %2").arg(building, path);
        if (!error.isEmpty())
            removeDatabaseFiles(building);
        return error;
    }));
}

void WelcomeDialog::demoFinished()
{
    m_demoProgress->hide();
    m_newButton->setEnabled(true);
    m_openButton->setEnabled(true);
    m_demoButton->setEnabled(true);
    m_recent->setEnabled(true);
    const QString error = m_demo.result();
    if (!error.isEmpty()) {
        spdlog::error("demo office: {}", error.toStdString());
        showNotice(tr("The demo office could not be made: %1").arg(error));
        return;
    }
    openOffice(demoOfficePath());
}

} // namespace carddesk::gui
