#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

class QIODevice;

namespace carddesk::report {

// A person's data (PIPL: 个人信息的查阅、复制) as a file: everything PersonalDataQueries finds about one contact or
// one customer, as JSON (the tables' own column names: complete and machine-readable) or as a readable PDF (the
// same sections, one line per field, Chinese font embedded). Who may: the administrator, and a manager for their
// area's customers. The export is recorded in the access log (action 'export', the customer's id) in the
// transaction that renames the finished file into place.
class PersonalDataExport
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataExport)

public:
    enum class Subject
    {
        Customer,
        Contact
    };
    enum class Format
    {
        Json,
        Pdf
    };

    static core::Status write(storage::Session& session, Subject subject, qint64 id, Format format, const QString& path,
                              const QDateTime& generatedAt = QDateTime::currentDateTime());

    // The PDF alone (tests).
    static core::Status paintPdf(const QJsonObject& data, QIODevice& device, const QDateTime& generatedAt);
};

} // namespace carddesk::report
