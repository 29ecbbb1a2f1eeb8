#pragma once

#include "core/Result.h"
#include "services/VisitSheet.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class StorageWorker;

// The window's visit sheet and printed card (issue 14): reads what they carry on the window's StorageWorker (never
// on the GUI thread), then prints it through a print preview (QPrintPreviewDialog, as the weekly review does) or
// saves it as a PDF (written, renamed into place and logged off the GUI thread). A print is recorded in the access
// log once the preview's Print is pressed, a PDF when its file is in place; either way one entry per customer.
// A day without visits says so and writes nothing. Without a worker (tests) it reads on the session at once.
class VisitSheetOutput : public QObject
{
    Q_OBJECT

public:
    VisitSheetOutput(storage::Session& session, StorageWorker* worker, QWidget* parent);

    // The visits of `username` (empty: the session's own) from `from` to `to`.
    void printSheet(const QDate& from, const QDate& to, const QString& username);
    void saveSheet(const QDate& from, const QDate& to, const QString& username);
    void printCard(qint64 customerId);
    void saveCard(qint64 customerId, const QString& code);

    // Tests: a print goes to this PDF file as if Print had been pressed in the preview; empty: the preview shows.
    static void setTestPrintFile(const QString& path);

signals:
    // A sheet or card went out (`ok`) or could not (the reason was shown); `message` suits the status bar.
    void finished(bool ok, const QString& message);

private:
    using Work = std::function<core::Result<services::VisitSheetData>(storage::Session&)>;
    void print(Work work);
    void save(Work work, const QString& suggestedName, const QString& title);
    void showPreview(const services::VisitSheetData& data);
    void fail(const QString& title, const core::Error& error);

    storage::Session& m_session;
    StorageWorker* m_worker;
    QWidget* m_parent;
};

} // namespace carddesk::gui
