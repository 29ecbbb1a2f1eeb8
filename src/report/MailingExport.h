#pragma once

#include "core/Result.h"
#include "report/LabelSheet.h"
#include "storage/access/Session.h"
#include "storage/queries/CustomerQuery.h"
#include "storage/queries/MailingQueries.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace carddesk::report {

// What a mailing wrote, for the CLI's answer and the dialog's message.
struct MailingResult
{
    int written = 0;             // labels or rows
    int skippedDoNotContact = 0; // left out: the primary contact asked not to be contacted
    int withoutContact = 0;      // addressed to the company alone
    int pages = 0;               // labels: sheets
};

// Mailing lists (寄发广告信函, seed 001 ②) from the customer list's filter: address labels as a PDF laid out on a
// label sheet, or the list of addressees as an .xlsx (customer, contact, title, address, phone). Any user, over the
// customers they may see; every mailing is recorded in the access log (action 'export', the kind, the filter and
// the counts) in the same transaction as the file's rename, like the weekly report. Needs a QGuiApplication for the
// PDF (fonts).
class MailingExport
{
    Q_DECLARE_TR_FUNCTIONS(MailingExport)

public:
    static core::Result<MailingResult> labels(storage::Session& session, const storage::CustomerQuery& filter,
                                              const LabelSheet& sheet, const QString& path);
    static core::Result<MailingResult> list(storage::Session& session, const storage::CustomerQuery& filter,
                                            const QString& path);

    // The drawing and the workbook alone (tests, previews).
    static core::Status paintLabels(const storage::MailingList& list, const LabelSheet& sheet, QIODevice& device);
    static core::Result<QByteArray> workbook(const storage::MailingList& list);

    // The filter in words for the access log (English, like every log detail).
    static QString describe(const storage::CustomerQuery& filter);
};

} // namespace carddesk::report
