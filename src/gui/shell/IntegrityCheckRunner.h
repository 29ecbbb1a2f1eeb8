#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace carddesk::gui {

// Runs SQLite's quick_check of the office database on a worker thread with its own connection, so that a large
// file (minutes of reading at a million customers) never holds up the log-in dialog or the window.
class IntegrityCheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheckRunner(QString databasePath, QObject* parent = nullptr);

    void start();

signals:
    // problems is empty when the file is sound; error is set when the check itself could not run.
    void finished(const QStringList& problems, const QString& error);

private:
    QString m_path;
};

} // namespace carddesk::gui
