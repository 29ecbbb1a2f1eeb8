#include "services/CustomerExport.h"

#include "core/CustomerColumns.h"
#include "io/CustomerFileColumns.h"
#include "services/ExportFile.h"
#include "services/ExportPolicy.h"
#include "storage/queries/CustomerListQueries.h"

#include <QDir>
#include <QFileInfo>

namespace carddesk::services {

using io::CustomerFileColumn;
using io::CustomerFileColumns;
using io::TableFileWriter;
using Source = CustomerFileColumn::Source;

namespace {

// Calls between progress reports.
constexpr qint64 kProgressEvery = 500;

// A number with '.' and no thousands separator, without trailing zeros ("50000", "0.5"); empty for 0, which the
// card shows as "not set".
QString numberText(double value)
{
    if (value == 0)
        return {};
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// The stored value of a card column as the file holds it.
QString cardText(const CustomerFileColumn& column, const core::Customer& customer, bool chinese)
{
    const core::CustomerColumn& stored = core::CustomerColumns::of(column.field);
    using Type = core::CustomerColumn::Type;
    switch (stored.type) {
    case Type::Real:
        return numberText(customer.*stored.real);
    case Type::Integer:
        return numberText(customer.*stored.integer);
    case Type::Date:
        return dateText(customer.*stored.date);
    default:
        return CustomerFileColumns::textForValue(column, stored.auditText(customer), chinese);
    }
}

QString cellText(const CustomerFileColumn& column, const storage::CustomerFileRow& row, bool chinese)
{
    // Later rows of a customer hold its code and the contact only: the card is on its first row.
    const bool card =
        row.firstOfCustomer || (column.source == Source::Card && column.field == core::CustomerField::Code);
    const core::Contact* contact = row.contact ? &*row.contact : nullptr;
    switch (column.source) {
    case Source::Card:
        return card ? cardText(column, row.customer, chinese) : QString();
    case Source::AreaName:
        return card ? row.areaName : QString();
    case Source::OwnerUsername:
        return card ? row.ownerUsername : QString();
    case Source::ReferredByCode:
        return card ? row.referredByCode : QString();
    case Source::ContactName:
        return contact ? contact->name : QString();
    case Source::ContactTitle:
        return contact ? contact->title : QString();
    case Source::ContactPhone:
        return contact ? contact->phone : QString();
    case Source::ContactMobile:
        return contact ? contact->mobile : QString();
    case Source::ContactEmail:
        return contact ? contact->email : QString();
    case Source::ContactBirthday:
        return contact ? dateText(contact->birthday) : QString();
    case Source::ContactPrimary:
        return contact ? CustomerFileColumns::textForValue(
                             column, contact->isPrimary ? QStringLiteral("1") : QStringLiteral("0"), chinese)
                       : QString();
    case Source::ContactNotes:
        return contact ? contact->notes : QString();
    case Source::ContactDoNotContact:
        return contact ? CustomerFileColumns::textForValue(
                             column, contact->doNotContact ? QStringLiteral("1") : QStringLiteral("0"), chinese)
                       : QString();
    }
    return {};
}

double widthOf(const CustomerFileColumn& column)
{
    const QString key = QString::fromLatin1(column.key);
    if (key == QLatin1String("name") || key == QLatin1String("address"))
        return 30;
    if (key.contains(QLatin1String("notes")) || key == QLatin1String("key_figures") ||
        key == QLatin1String("preferences") || key == QLatin1String("purchase_habits") ||
        key.contains(QLatin1String("email")) || key == QLatin1String("website"))
        return 24;
    if (key.contains(QLatin1String("phone")) || key.contains(QLatin1String("mobile")))
        return 16;
    return 12;
}

bool isNumber(const CustomerFileColumn& column)
{
    if (column.source != Source::Card)
        return false;
    const auto type = core::CustomerColumns::of(column.field).type;
    return type == core::CustomerColumn::Type::Real || type == core::CustomerColumn::Type::Integer;
}

using RowSource = std::function<core::Status(const std::function<bool(const storage::CustomerFileRow&)>&)>;

core::Result<ExportOutcome> exportRows(storage::Session& session, const ExportRequest& request, qint64 customerId,
                                       const QString& what, const RowSource& rows)
{
    if (auto allowed = ExportPolicy::mayExport(session); !allowed)
        return allowed.error();
    ExportFile file(request.path);
    if (auto prepared = file.prepare(); !prepared)
        return prepared.error();
    std::vector<TableFileWriter::Column> columns;
    for (const CustomerFileColumn& column : CustomerFileColumns::all())
        columns.push_back(
            {request.chinese ? column.chineseHeader() : column.englishHeader(), widthOf(column), isNumber(column)});
    auto writer = TableFileWriter::open(file.temporaryPath(), request.format, std::move(columns),
                                        request.chinese ? QStringLiteral("客户") : QStringLiteral("Customers"));
    if (!writer)
        return writer.error();
    ExportOutcome outcome;
    core::Status written;
    QStringList cells;
    const auto all = CustomerFileColumns::all();
    auto read = rows([&](const storage::CustomerFileRow& row) {
        cells.clear();
        for (const CustomerFileColumn& column : all)
            cells << cellText(column, row, request.chinese);
        if (written = (*writer)->addRow(cells); !written)
            return false;
        if (row.firstOfCustomer)
            ++outcome.records;
        ++outcome.rows;
        if (request.progress && outcome.rows % kProgressEvery == 0 && !request.progress(outcome.rows)) {
            outcome.cancelled = true;
            return false;
        }
        return true;
    });
    if (!read)
        return read.error();
    if (!written)
        return written.error();
    if (outcome.cancelled)
        return outcome; // the temporary file goes with `file`; nothing is logged
    if (auto finished = (*writer)->finish(); !finished)
        return finished.error();
    outcome.detail = QStringLiteral("%1; format=%2 lang=%3 rows=%4 customers=%5 file=%6")
                         .arg(what, TableFileWriter::formatName(request.format),
                              request.chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"))
                         .arg(outcome.rows)
                         .arg(outcome.records)
                         .arg(QDir::toNativeSeparators(QFileInfo(request.path).absoluteFilePath()));
    if (auto committed = file.commit(session, customerId, outcome.detail); !committed)
        return committed.error();
    if (request.progress)
        request.progress(outcome.rows);
    return outcome;
}

} // namespace

QString CustomerExport::describe(const storage::CustomerQuery& query)
{
    QStringList parts;
    if (!query.search.trimmed().isEmpty())
        parts << QStringLiteral("search='%1'").arg(query.search.trimmed());
    if (!query.status.isEmpty())
        parts << QStringLiteral("status=%1").arg(query.status);
    if (query.areaId > 0)
        parts << QStringLiteral("area=%1").arg(query.areaId);
    if (query.ownerId > 0)
        parts << QStringLiteral("rep=%1").arg(query.ownerId);
    else if (query.ownerId == storage::CustomerQuery::kNoOwner)
        parts << QStringLiteral("rep=none");
    if (query.keyOnly)
        parts << QStringLiteral("key");
    if (!query.abc.isEmpty())
        parts << QStringLiteral("abc=%1").arg(query.abc);
    if (!query.churnRisk.isEmpty())
        parts << QStringLiteral("churn_risk=%1").arg(query.churnRisk);
    if (!query.stage.isEmpty())
        parts << QStringLiteral("stage=%1").arg(query.stage);
    return parts.isEmpty() ? QStringLiteral("all") : parts.join(QLatin1Char(' '));
}

core::Result<ExportOutcome> CustomerExport::customers(storage::Session& session, const storage::CustomerQuery& query,
                                                      const ExportRequest& request)
{
    return exportRows(
        session, request, 0, QStringLiteral("customers; filter: %1").arg(describe(query)),
        [&](const auto& visit) { return storage::CustomerListQueries(session).forEachFileRow(query, visit); });
}

core::Result<ExportOutcome> CustomerExport::card(storage::Session& session, qint64 customerId,
                                                 const ExportRequest& request)
{
    return exportRows(
        session, request, customerId, QStringLiteral("card; customer=%1").arg(customerId),
        [&](const auto& visit) { return storage::CustomerListQueries(session).forEachFileRowOf(customerId, visit); });
}

} // namespace carddesk::services
