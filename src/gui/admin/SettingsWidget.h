#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QWidget>

#include <map>
#include <string>

class QLabel;
class QLineEdit;
class QPushButton;

namespace carddesk::gui {

// The office's settings (administrator): complaint deadlines, escalation, ABC, rescoring, backups — one field per
// services::OfficeSettings key, with its range. Saved together (all checked first; a wrong value is named under the
// form and nothing is written), off the GUI thread, audited; the use cases read them the next time they run.
class SettingsWidget : public QWidget
{
    Q_OBJECT

public:
    SettingsWidget(QString databasePath, core::User admin, QWidget* parent = nullptr);

    void reload();
    void save();
    // For tests: the editor of a key, and the message under the form.
    QWidget* editorFor(const std::string& key) const;
    void setValue(const std::string& key, const QString& value);
    QString message() const;

    // The label of a key in the user's language.
    static QString labelFor(const std::string& key);

signals:
    void loaded();
    void saved(const QString& error);

private:
    void show(const std::map<std::string, QString>& values);
    QString valueOf(const std::string& key) const;

    QString m_path;
    core::User m_admin;
    std::map<std::string, QWidget*> m_editors;
    std::map<std::string, QString> m_loaded;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace carddesk::gui
