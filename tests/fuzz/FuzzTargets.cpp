#include "FuzzTargets.h"

#include "FuzzCheck.h"
#include "FuzzOffice.h"

#include "core/CompanyNameKey.h"
#include "core/CsvField.h"
#include "core/CustomerCode.h"
#include "core/CustomerMatchKey.h"
#include "core/InputLimits.h"
#include "core/PhoneNumber.h"
#include "io/CsvTableReader.h"
#include "io/OrderCsvReader.h"
#include "io/XlsxTableReader.h"
#include "services/CustomerImport.h"
#include "services/OfficeSettings.h"
#include "storage/db/DatabaseBackup.h"
#include "storage/db/Migrations.h"
#include "storage/queries/CustomerListQueries.h"
#include "storage/scores/ChurnReasonCodec.h"

#include <QByteArray>

#include <cmath>
#include <string_view>

namespace carddesk::fuzz {
namespace {

QByteArray bytesOf(Bytes data)
{
    return QByteArray(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size()));
}

// A refusal says what is wrong.
template <typename T> bool refusedWithAMessage(const core::Result<T>& result)
{
    if (result)
        return false;
    CARDDESK_FUZZ_REQUIRE(!result.error().message.trimmed().isEmpty());
    return true;
}

// An import table read from a file goes on to the column mapping and the plan, as `import-customers` does.
void mapAndPlan(const core::Result<io::ImportTable>& table)
{
    if (refusedWithAMessage(table))
        return;
    auto mapping = services::CustomerImport::mapColumns(*table);
    if (refusedWithAMessage(mapping))
        return;
    auto plan = services::CustomerImport::plan(FuzzOffice::instance().manager(), *table, *mapping,
                                               services::CustomerImport::Match::Update);
    refusedWithAMessage(plan);
}

} // namespace

void orderCsv(Bytes data)
{
    auto rows = io::OrderCsvReader::parse(bytesOf(data), QStringLiteral("fuzz.csv"));
    if (refusedWithAMessage(rows))
        return;
    CARDDESK_FUZZ_REQUIRE(rows->customerCode.size() == rows->size() && rows->amount.size() == rows->size() &&
                          rows->line.size() == rows->size());
    for (std::size_t i = 0; i < rows->size(); ++i) {
        CARDDESK_FUZZ_REQUIRE(!rows->customerCode[i].empty());
        CARDDESK_FUZZ_REQUIRE(std::isfinite(rows->amount[i]));
    }
}

void customerCsv(Bytes data)
{
    io::CsvTableReader::Options options;
    options.maxFileBytes = 1 << 20;
    mapAndPlan(io::CsvTableReader::parse(bytesOf(data), QStringLiteral("fuzz.csv"), options));
}

void customerXlsx(Bytes data)
{
    io::XlsxTableReader::Options options;
    options.maxFileBytes = 1 << 20;
    options.maxPartBytes = 8 << 20; // a zip bomb stops here, as in the application with its larger limit
    const QString path = FuzzOffice::instance().scratchFile(QStringLiteral("fuzz.xlsx"), bytesOf(data));
    mapAndPlan(io::XlsxTableReader::read(path, options));
}

void importMapping(Bytes data)
{
    const QString path = FuzzOffice::instance().scratchFile(QStringLiteral("mapping.json"), bytesOf(data));
    refusedWithAMessage(services::CustomerImport::readMappingFile(path));
}

void textInput(Bytes data)
{
    const std::string_view raw(reinterpret_cast<const char*>(data.data()), data.size());
    const QString text = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
    // A code that is accepted is in its one form: normalising it again changes nothing, and it is within limits.
    for (const auto& code : {core::CustomerCode::fromUtf8(raw), core::CustomerCode::normalized(text)}) {
        if (refusedWithAMessage(code))
            continue;
        CARDDESK_FUZZ_REQUIRE(!code->isEmpty() && code->size() <= core::InputLimits::kCodeLength);
        auto again = core::CustomerCode::normalized(*code);
        CARDDESK_FUZZ_REQUIRE(again && *again == *code);
    }
    if (const auto problem = core::InputLimits::textProblem(text, core::InputLimits::kShortText, false))
        CARDDESK_FUZZ_REQUIRE(!problem->isEmpty());
    (void)core::InputLimits::visible(text);
    // A number that is valid has its E.164 form (an empty field is valid too: the field is optional).
    if (core::PhoneNumber::isValid(text) && !text.trimmed().isEmpty())
        CARDDESK_FUZZ_REQUIRE(!core::PhoneNumber::e164(text).isEmpty());
    (void)core::PhoneNumber::matchKey(text);
    (void)core::CompanyNameKey::of(text);
    (void)core::CustomerMatchKey::name(text);
    (void)core::CustomerMatchKey::phone(text);
    // A cell a spreadsheet would run as a formula never leaves CardDesk as one.
    const QString cell = core::CsvField::neutralised(text);
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front())) {
        bool number = false;
        cell.toDouble(&number);
        CARDDESK_FUZZ_REQUIRE(number);
    }
    (void)core::CsvField::text(text);
}

void settingValue(Bytes data)
{
    const auto& specs = services::OfficeSettings::specs();
    if (data.empty() || specs.empty())
        return;
    const auto& spec = specs[data[0] % specs.size()];
    const QByteArray value = bytesOf(data.subspan(1));
    auto checked = services::OfficeSettings::check(spec.key, QString::fromUtf8(value));
    if (!checked)
        CARDDESK_FUZZ_REQUIRE(!checked.error().message.trimmed().isEmpty());
}

void searchText(Bytes data)
{
    storage::CustomerQuery query;
    query.search = QString::fromUtf8(bytesOf(data));
    for (storage::Session* session : {&FuzzOffice::instance().rep(), &FuzzOffice::instance().manager()}) {
        storage::CustomerListQueries customers(*session);
        auto rows = customers.list(query);
        auto count = customers.count(query);
        if (refusedWithAMessage(rows) || refusedWithAMessage(count))
            continue;
        // The list and its count agree, and a search never finds more than the office holds.
        CARDDESK_FUZZ_REQUIRE(*count == static_cast<qint64>(rows->size()));
        CARDDESK_FUZZ_REQUIRE(rows->size() <= 4);
    }
}

void backupFile(Bytes data)
{
    const QString path = FuzzOffice::instance().scratchFile(QStringLiteral("offered-backup.db"), bytesOf(data));
    refusedWithAMessage(storage::DatabaseBackup::inspect(path, storage::latestSchemaVersion(), true));
    storage::DatabaseBackup::removeWithJournals(path);
}

void churnReasons(Bytes data)
{
    const auto reasons = storage::ChurnReasonCodec::decode(data.data(), static_cast<int>(data.size()));
    (void)storage::ChurnReasonCodec::describe(reasons);
    // What was read is written back the same way and read again unchanged.
    const std::string encoded = storage::ChurnReasonCodec::encode(reasons);
    const auto again = storage::ChurnReasonCodec::decode(encoded.data(), static_cast<int>(encoded.size()));
    CARDDESK_FUZZ_REQUIRE(again.size() == reasons.size());
    for (std::size_t i = 0; i < again.size(); ++i) {
        CARDDESK_FUZZ_REQUIRE(again[i].code == reasons[i].code && again[i].days == reasons[i].days &&
                              again[i].count == reasons[i].count);
        CARDDESK_FUZZ_REQUIRE(again[i].percent == reasons[i].percent || std::isnan(reasons[i].percent));
    }
}

} // namespace carddesk::fuzz
