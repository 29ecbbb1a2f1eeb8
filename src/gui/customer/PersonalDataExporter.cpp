#include "gui/customer/PersonalDataExporter.h"

#include "gui/common/ErrorText.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/common/WorkerConnection.h"
#include "storage/access/Session.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QtConcurrent>

namespace carddesk::gui {

using report::PersonalDataExport;

bool PersonalDataExporter::mayExport(const storage::Session& session)
{
    return session.isAdmin() || session.isManager();
}

bool PersonalDataExporter::run(QWidget* parent, storage::Session& session, PersonalDataExport::Subject subject,
                               qint64 id, const QString& name)
{
    const QString title =
        subject == PersonalDataExport::Subject::Contact ? tr("Export a person's data") : tr("Export a customer's data");
    QString file = FileDialog::saveFileName(parent, title, QDir::home().filePath(name + QStringLiteral(".pdf")),
                                            tr("PDF to read (*.pdf);;JSON for a program (*.json)"));
    if (file.isEmpty())
        return false;
    const bool json = QFileInfo(file).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    if (!json && QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".pdf");
    const PersonalDataExport::Format format = json ? PersonalDataExport::Format::Json : PersonalDataExport::Format::Pdf;

    // Off the GUI thread on a connection of its own: a customer with years of history makes a long PDF. The window
    // keeps painting; this action waits for it, with the busy cursor.
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    QFutureWatcher<core::Status> watcher;
    QEventLoop wait;
    QObject::connect(&watcher, &QFutureWatcher<core::Status>::finished, &wait, &QEventLoop::quit);
    watcher.setFuture(
        QtConcurrent::run([path = session.db().path(), user = session.user(), subject, id, format, file]() {
            auto db = openWorkerConnection(path);
            if (!db)
                return core::Status(db.error());
            storage::Session worker(**db, user);
            return PersonalDataExport::write(worker, subject, id, format, file);
        }));
    if (!watcher.isFinished())
        wait.exec();
    QGuiApplication::restoreOverrideCursor();
    const core::Status written = watcher.result();
    if (!written) {
        MessageBox::warning(parent, title, tr("Nothing was written: %1").arg(ErrorText::sentence(written.error())));
        return false;
    }
    MessageBox::information(parent, title,
                            tr("Everything CardDesk holds about %1 is in %2. The export is recorded in the access log.")
                                .arg(name, QDir::toNativeSeparators(file)));
    return true;
}

} // namespace carddesk::gui
