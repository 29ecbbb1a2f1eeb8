#include "gui/admin/SettingsWidget.h"

#include "gui/common/CareLabels.h"
#include "gui/common/ErrorText.h"
#include "gui/common/WorkerConnection.h"
#include "services/OfficeSettings.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace carddesk::gui {

namespace {

using services::OfficeSettings;
using services::SettingSpec;

struct Group
{
    const char* title;
    std::vector<std::string> keys;
};

} // namespace

QString SettingsWidget::labelFor(const std::string& key)
{
    if (key.rfind("complaint.deadline_days.", 0) == 0)
        return tr("Deadline of a level %1 complaint (days):").arg(QString::fromStdString(key.substr(key.size() - 1)));
    if (key == "complaint.admin_escalation_days")
        return tr("Days past the deadline before it goes to the administrator:");
    if (key == "abc.cutoff_a")
        return tr("A class: the customers making this share of revenue:");
    if (key == "abc.cutoff_b")
        return tr("B class up to this share of revenue:");
    if (key == "abc.window_months")
        return tr("Revenue window for ABC (months, 0 = all history):");
    if (key == "scoring.rescore_after_hours")
        return tr("Rescore at start when the scores are older than (hours):");
    if (key == "crosssell.min_support")
        return tr("Cross-selling: least share of customers holding both products:");
    if (key == "crosssell.min_confidence")
        return tr("Cross-selling: least share of holders of the first who also hold the second:");
    if (key == "analytics.equity_horizon_months")
        return tr("Customer equity: months valued ahead:");
    if (key == "analytics.equity_discount_monthly")
        return tr("Customer equity: discount rate per month (0.01 = 1%):");
    if (key == "backup.folder")
        return tr("Backup folder (empty: “backups” beside the office file):");
    if (key == "backup.keep_daily")
        return tr("Daily backups kept:");
    if (key == "backup.keep_weekly")
        return tr("Weekly backups kept:");
    if (key == "backup.encrypt")
        return tr("Encrypt backups with a passphrase:");
    if (key == "report.week_start")
        return tr("Weeks in reports begin on:");
    if (key == "card.stale_days")
        return tr("Cards not changed for this long count as not touched (days):");
    if (key == "report.pdf_folder")
        return tr("Weekly report PDFs saved in (empty: none):");
    if (key == "export.roles")
        return tr("May export data to files (Excel, CSV):");
    if (key == "care.rules")
        return tr("Remind of:");
    if (key == "care.birthday_lead_days")
        return tr("Birthdays, days ahead:");
    if (key == "care.anniversary_lead_days")
        return tr("Founding anniversaries, days ahead:");
    if (key == "care.holiday_lead_days")
        return tr("Holiday greetings, days ahead:");
    if (key == "care.holidays")
        return tr("Holidays greeted:");
    if (key == "care.no_contact_days")
        return tr("Key customers not contacted for (days):");
    return QString::fromStdString(key);
}

SettingsWidget::SettingsWidget(QString databasePath, core::User admin, QWidget* parent)
    : QWidget(parent), m_path(std::move(databasePath)), m_admin(std::move(admin)), m_message(new QLabel(this)),
      m_save(new QPushButton(tr("&Save settings"), this)), m_revert(new QPushButton(tr("Re&vert"), this))
{
    static const std::vector<Group> groups = {
        {QT_TR_NOOP("Complaints"),
         {"complaint.deadline_days.1", "complaint.deadline_days.2", "complaint.deadline_days.3",
          "complaint.deadline_days.4", "complaint.admin_escalation_days"}},
        {QT_TR_NOOP("Analysis"),
         {"abc.cutoff_a", "abc.cutoff_b", "abc.window_months", "scoring.rescore_after_hours", "crosssell.min_support",
          "crosssell.min_confidence", "analytics.equity_horizon_months", "analytics.equity_discount_monthly"}},
        {QT_TR_NOOP("Backups"), {"backup.folder", "backup.keep_daily", "backup.keep_weekly", "backup.encrypt"}},
        {QT_TR_NOOP("Reports"), {"report.week_start", "card.stale_days", "report.pdf_folder"}},
        {QT_TR_NOOP("Data export"), {"export.roles"}},
        {QT_TR_NOOP("Care reminders"),
         {"care.rules", "care.birthday_lead_days", "care.anniversary_lead_days", "care.holiday_lead_days",
          "care.holidays", "care.no_contact_days"}},
    };
    // The groups in two columns inside a scroll area, the buttons below it: the whole form is taller than a laptop's
    // screen, and a page without a scroll bar sets the window's least height.
    auto* layout = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    QVBoxLayout* column[2] = {new QVBoxLayout, new QVBoxLayout};
    const int perColumn = static_cast<int>((std::size(groups) + 1) / 2);
    int groupIndex = 0;
    for (const Group& group : groups) {
        auto* box = new QGroupBox(tr(group.title), content);
        auto* form = new QFormLayout(box);
        // Numbers keep a number's width; only the folder row grows (it is given a wider minimum below).
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        // A label too long for its column puts its field on the next line instead of widening the page (English).
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const std::string& key : group.keys) {
            const SettingSpec* spec = OfficeSettings::spec(key);
            QWidget* editor = nullptr;
            if (spec->kind == SettingSpec::Kind::Integer && spec->minimum == 0 && spec->maximum == 1) {
                editor = new QCheckBox(box); // a yes/no setting (stored 1 or 0)
            } else if (spec->kind == SettingSpec::Kind::Integer) {
                auto* spin = new QSpinBox(box);
                spin->setRange(static_cast<int>(spec->minimum), static_cast<int>(spec->maximum));
                editor = spin;
            } else if (spec->kind == SettingSpec::Kind::Weekday) {
                auto* days = new QComboBox(box);
                const QLocale locale;
                for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
                    days->addItem(locale.dayName(day), day);
                editor = days;
            } else if (spec->kind == SettingSpec::Kind::Decimal) {
                auto* spin = new QDoubleSpinBox(box);
                spin->setDecimals(3);
                spin->setSingleStep(0.01);
                spin->setRange(spec->minimum, spec->maximum);
                editor = spin;
            } else if (spec->kind == SettingSpec::Kind::Roles) {
                // One box per role; the value is the ticked roles' codes.
                auto* roles = new QWidget(box);
                roles->setObjectName(QStringLiteral("rolesEditor"));
                auto* rolesLayout = new QHBoxLayout(roles);
                rolesLayout->setContentsMargins(0, 0, 0, 0);
                const std::pair<const char*, QString> choices[] = {
                    {"rep", tr("Reps")}, {"manager", tr("Managers")}, {"admin", tr("Administrator")}};
                for (const auto& [code, label] : choices) {
                    auto* check = new QCheckBox(label, roles);
                    check->setProperty("role", QString::fromLatin1(code));
                    rolesLayout->addWidget(check);
                }
                rolesLayout->addStretch(1);
                editor = roles;
            } else if (spec->kind == SettingSpec::Kind::Codes) {
                // One box per code, like the roles; the value is the ticked codes.
                auto* codes = new QWidget(box);
                codes->setObjectName(QStringLiteral("codesEditor"));
                auto* codesLayout = new QGridLayout(codes);
                codesLayout->setContentsMargins(0, 0, 0, 0);
                int index = 0;
                for (const std::string& choice : OfficeSettings::choices(key)) {
                    const QString code = QString::fromStdString(choice);
                    auto* check = new QCheckBox(
                        key == "care.holidays" ? CareLabels::holiday(code) : CareLabels::rule(code), codes);
                    check->setProperty("code", code);
                    codesLayout->addWidget(check, index / 2, index % 2); // two a row: the names are long in English
                    ++index;
                }
                editor = codes;
            } else {
                auto* row = new QWidget(box);
                auto* rowLayout = new QHBoxLayout(row);
                rowLayout->setContentsMargins(0, 0, 0, 0);
                auto* edit = new QLineEdit(row);
                edit->setObjectName(QStringLiteral("folderEdit"));
                auto* browse = new QPushButton(tr("Choose…"), row);
                connect(browse, &QPushButton::clicked, this, [this, edit, key] {
                    const QString folder = QFileDialog::getExistingDirectory(
                        this, key == "backup.folder" ? tr("Backup folder") : tr("Report folder"), edit->text());
                    if (!folder.isEmpty())
                        edit->setText(folder);
                });
                edit->setMinimumWidth(260);
                rowLayout->addWidget(edit, 1);
                rowLayout->addWidget(browse);
                editor = row;
            }
            // Numbers get a usable width; a row of check boxes keeps the width its names need.
            editor->setMinimumWidth(std::max(140, editor->minimumSizeHint().width()));
            m_editors[key] = editor;
            form->addRow(labelFor(key), editor);
        }
        // Down the left column, then the right, so a group's neighbours stay those of the list above.
        column[groupIndex++ / perColumn]->addWidget(box);
    }
    for (QVBoxLayout* each : column) {
        each->addStretch(1);
        columns->addLayout(each, 1);
    }
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &SettingsWidget::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { show(m_loaded); });
}

QWidget* SettingsWidget::editorFor(const std::string& key) const
{
    const auto it = m_editors.find(key);
    return it == m_editors.end() ? nullptr : it->second;
}

QString SettingsWidget::message() const
{
    return m_message->text();
}

void SettingsWidget::setValue(const std::string& key, const QString& value)
{
    QWidget* editor = editorFor(key);
    if (auto* yes = qobject_cast<QCheckBox*>(editor))
        yes->setChecked(value.toInt() != 0);
    else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(value.toInt());
    else if (auto* days = qobject_cast<QComboBox*>(editor))
        days->setCurrentIndex(std::max(days->findData(value.toInt()), 0));
    else if (auto* decimal = qobject_cast<QDoubleSpinBox*>(editor))
        decimal->setValue(value.toDouble());
    else if (editor && editor->objectName() == QLatin1String("codesEditor")) {
        const QStringList codes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (auto* check : editor->findChildren<QCheckBox*>())
            check->setChecked(codes.contains(check->property("code").toString()));
    } else if (editor && editor->objectName() == QLatin1String("rolesEditor")) {
        const QStringList roles = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (auto* check : editor->findChildren<QCheckBox*>())
            check->setChecked(roles.contains(check->property("role").toString()));
    } else if (editor)
        editor->findChild<QLineEdit*>()->setText(value);
}

QString SettingsWidget::valueOf(const std::string& key) const
{
    QWidget* editor = editorFor(key);
    if (auto* yes = qobject_cast<QCheckBox*>(editor))
        return yes->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        return QString::number(spin->value());
    if (auto* days = qobject_cast<QComboBox*>(editor))
        return QString::number(days->currentData().toInt());
    if (auto* decimal = qobject_cast<QDoubleSpinBox*>(editor))
        return QString::number(decimal->value(), 'g', 6);
    if (editor->objectName() == QLatin1String("codesEditor")) {
        QStringList codes;
        for (auto* check : editor->findChildren<QCheckBox*>())
            if (check->isChecked())
                codes << check->property("code").toString();
        return codes.join(QLatin1Char(','));
    }
    if (editor->objectName() == QLatin1String("rolesEditor")) {
        QStringList roles;
        for (auto* check : editor->findChildren<QCheckBox*>())
            if (check->isChecked())
                roles << check->property("role").toString();
        return roles.join(QLatin1Char(','));
    }
    return editor->findChild<QLineEdit*>()->text().trimmed();
}

void SettingsWidget::show(const std::map<std::string, QString>& values)
{
    for (const auto& [key, value] : values)
        setValue(key, value);
}

void SettingsWidget::reload()
{
    m_message->setText(tr("Loading…"));
    auto* watcher = new QFutureWatcher<std::map<std::string, QString>>(this);
    connect(watcher, &QFutureWatcher<std::map<std::string, QString>>::finished, this, [this, watcher] {
        m_loaded = watcher->result();
        watcher->deleteLater();
        show(m_loaded);
        m_message->clear();
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run([path = m_path] {
        auto db = openWorkerConnection(path);
        return db ? OfficeSettings::current(**db) : std::map<std::string, QString>();
    }));
}

void SettingsWidget::save()
{
    std::map<std::string, QString> changes;
    for (const auto& [key, editor] : m_editors) {
        const QString value = valueOf(key);
        const auto it = m_loaded.find(key);
        // Numbers compare as numbers: a stored "0.80" shown as 0.8 is not a change.
        const SettingSpec::Kind kind = OfficeSettings::spec(key)->kind;
        const bool numeric =
            kind != SettingSpec::Kind::Folder && kind != SettingSpec::Kind::Roles && kind != SettingSpec::Kind::Codes;
        const bool same =
            it != m_loaded.end() &&
            (numeric ? qFuzzyCompare(1.0 + it->second.toDouble(), 1.0 + value.toDouble()) : it->second == value);
        if (!same)
            changes[key] = value;
    }
    if (changes.empty()) {
        m_message->setText(tr("Nothing to save."));
        return;
    }
    m_message->setText(tr("Saving…"));
    m_save->setEnabled(false);
    using Outcome = std::optional<core::Error>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_save->setEnabled(true);
        QString text;
        if (!outcome) {
            m_message->setText(tr("The settings were saved; they apply from now on."));
            reload();
        } else {
            const std::string key = outcome->field.toStdString();
            if (outcome->code == core::ErrorCode::AccessDenied)
                text = tr("Only the administrator may change the settings.");
            else if (key == "abc.cutoff_b")
                text = tr("The B class share must be above the A class share. Nothing was saved.");
            else if (key == "backup.folder")
                text = tr("The backup folder must be a full path to a local folder you can write to. Nothing was "
                          "saved.");
            else if (OfficeSettings::spec(key))
                text = tr("“%1” is out of range. Nothing was saved.").arg(labelFor(key));
            else
                text = ErrorText::sentence(*outcome);
            m_message->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(text.toHtmlEscaped()));
        }
        emit saved(text);
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, admin = m_admin, changes]() -> Outcome {
        auto db = openWorkerConnection(path);
        if (!db)
            return db.error();
        storage::Session session(**db, admin);
        auto status = OfficeSettings::save(session, changes);
        if (!status)
            return status.error();
        return std::nullopt;
    }));
}

} // namespace carddesk::gui
