#include "report/PersonalDataExport.h"

#include "report/PagedDocument.h"
#include "report/WeeklyReportTables.h"
#include "storage/access/AuditTrail.h"
#include "storage/queries/PersonalDataQueries.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace carddesk::report {

namespace {

core::Error cannotWrite(const QString& path, const QString& reason)
{
    return core::makeError(core::ErrorCode::InvalidArgument,
                           QStringLiteral("Cannot write the person's data to '%1': %2").arg(path, reason),
                           QStringLiteral("out"));
}

QString valueText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d))
                                                                : QString::number(d, 'f', 2);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

// The sections in reading order, each with its heading in the user's language.
QList<QPair<QString, QString>> sections()
{
    return {{QStringLiteral("customer"), PersonalDataExport::tr("Customer")},
            {QStringLiteral("contact"), PersonalDataExport::tr("Contact")},
            {QStringLiteral("contacts"), PersonalDataExport::tr("Contacts")},
            {QStringLiteral("interactions"), PersonalDataExport::tr("Interactions")},
            {QStringLiteral("visits"), PersonalDataExport::tr("Visits")},
            {QStringLiteral("complaints"), PersonalDataExport::tr("Complaints")},
            {QStringLiteral("complaint_history"), PersonalDataExport::tr("Complaint history")},
            {QStringLiteral("satisfaction_surveys"), PersonalDataExport::tr("Satisfaction surveys")},
            {QStringLiteral("orders"), PersonalDataExport::tr("Orders (summary)")},
            {QStringLiteral("receivables"), PersonalDataExport::tr("Receivables (summary)")},
            {QStringLiteral("payments"), PersonalDataExport::tr("Payments (summary)")},
            {QStringLiteral("lifecycle_history"), PersonalDataExport::tr("Lifecycle history")},
            {QStringLiteral("audit"), PersonalDataExport::tr("Change history (audit trail)")},
            {QStringLiteral("access"), PersonalDataExport::tr("Openings and exports (access log)")}};
}

// One line per field of an object: "field: value".
QString objectText(const QJsonObject& object)
{
    QStringList lines;
    for (auto it = object.begin(); it != object.end(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), valueText(it.value()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

core::Status PersonalDataExport::paintPdf(const QJsonObject& data, QIODevice& device, const QDateTime& generatedAt)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return core::makeError(core::ErrorCode::Internal, QStringLiteral("PDF output needs a QGuiApplication."));
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("CardDesk"));
    writer.setTitle(tr("Personal data"));
    const bool isContact = data.value(QStringLiteral("kind")).toString() == QLatin1String("contact");
    const QJsonObject subject =
        data.value(isContact ? QStringLiteral("contact") : QStringLiteral("customer")).toObject();
    const QString title = isContact
                              ? tr("Personal data of contact %1").arg(subject.value(QStringLiteral("name")).toString())
                              : tr("Data of customer %1 %2")
                                    .arg(subject.value(QStringLiteral("code")).toString(),
                                         subject.value(QStringLiteral("name")).toString());
    // The pages of the weekly report and the visit sheet: running header, page numbers, wrapped text.
    PagedDocument doc;
    const PagedDocument::Header header{tr("CardDesk"), tr("Personal data"), title,
                                       WeeklyReportTables::generatedText(generatedAt, QLocale())};
    const bool painted = doc.paint(writer, header, [&] {
        doc.heading(title, 15);
        doc.paragraph(tr("Everything CardDesk stores about them, as of %1. Field names are those of the database "
                         "(docs/SCHEMA.md).")
                          .arg(generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                      8);
        doc.advance(doc.mm(2));
        for (const auto& [key, label] : sections()) {
            if (!data.contains(key))
                continue;
            const QJsonValue value = data.value(key);
            const int n = value.isArray() ? static_cast<int>(value.toArray().size()) : -1;
            const QString heading = n >= 0 ? tr("%1 (%2)").arg(label).arg(n) : label;
            // The heading with a few lines of what follows, never alone at the foot of a page.
            doc.ensureRoom(doc.textHeight(PagedDocument::font(11, true), doc.width(), heading) + doc.mm(25));
            doc.heading(heading, 11);
            if (value.isObject()) {
                doc.paragraph(objectText(value.toObject()), 9);
            } else if (n == 0) {
                doc.paragraph(tr("none"), 9);
            } else {
                for (const QJsonValue& row : value.toArray())
                    doc.paragraph(objectText(row.toObject()), 9);
            }
            doc.advance(doc.mm(2));
        }
    });
    if (!painted)
        return core::makeError(core::ErrorCode::InvalidArgument,
                               QStringLiteral("The PDF cannot be written: %1").arg(device.errorString()),
                               QStringLiteral("pdf"));
    return {};
}

core::Status PersonalDataExport::write(storage::Session& session, Subject subject, qint64 id, Format format,
                                       const QString& path, const QDateTime& generatedAt)
{
    if (path.trimmed().isEmpty())
        return cannotWrite(path, QStringLiteral("no file name given"));
    if (QFileInfo(path).isDir())
        return cannotWrite(path, QStringLiteral("it is a folder"));
    storage::PersonalDataQueries queries(session);
    auto data = subject == Subject::Customer ? queries.customer(id) : queries.contact(id);
    if (!data)
        return data.error();
    data->insert(QStringLiteral("generated_at"), generatedAt.toUTC().toString(Qt::ISODate));
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (format == Format::Json) {
        const QByteArray bytes = QJsonDocument(*data).toJson(QJsonDocument::Indented);
        if (file.write(bytes) != bytes.size()) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return cannotWrite(path, reason);
        }
    } else if (auto painted = paintPdf(*data, file, generatedAt); !painted) {
        file.cancelWriting();
        return painted;
    }
    const qint64 customerId =
        subject == Subject::Customer
            ? id
            : static_cast<qint64>(
                  data->value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toDouble());
    const QString detail =
        QStringLiteral("personal data of %1 %2, %3")
            .arg(subject == Subject::Customer ? QStringLiteral("customer") : QStringLiteral("contact"))
            .arg(id)
            .arg(format == Format::Json ? QStringLiteral("json") : QStringLiteral("pdf"));
    return session.db().write([&]() -> core::Status {
        storage::AuditTrail::recordAccess(session.db(), session.userId(), customerId, QStringLiteral("export"), detail);
        if (!file.commit())
            return cannotWrite(path, file.errorString());
        return {};
    });
}

} // namespace carddesk::report
