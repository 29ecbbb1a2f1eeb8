// Customer import at scale: bench_import OFFICE N [--xlsx ROWS]
// OFFICE is an existing office file (make one with bench_demo or `carddesk-cli demo`); it is imported into as the
// administrator. Writes a GBK CSV of N customers with 1.5 contacts each on average (every other customer with two
// contacts), of which half carry the code of a stored customer (C0000001, C0000003, ... : matched and updated) and
// half a new code; then times each step of services::CustomerImport (read, map, plan, commit) and prints the peak
// resident memory. With --xlsx ROWS, also an .xlsx of ROWS one-contact customers (written by libxlsxwriter),
// read and planned (a dry run).
#include "services/CustomerImport.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/repositories/UserRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <unicode/ucnv.h>
#include <xlsxwriter.h>

using namespace carddesk;
using services::CustomerImport;

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QByteArray toGbk(const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open("GBK", &status);
    QByteArray out(text.size() * 2 + 16, '\0');
    const int32_t n =
        ucnv_fromUChars(converter, out.data(), static_cast<int32_t>(out.size()),
                        reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()), &status);
    ucnv_close(converter);
    out.truncate(n);
    return out;
}

void step(const char* name, QElapsedTimer& timer)
{
    std::printf("%-8s %8.2f s   peak RSS %ld MB\n", name, static_cast<double>(timer.nsecsElapsed()) / 1e9, peakRssMb());
    std::fflush(stdout);
    timer.restart();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || !QFileInfo(args[1]).isFile()) {
        std::fprintf(stderr, "usage: bench_import OFFICE N [--xlsx ROWS]\n");
        return 2;
    }
    const qint64 n = args[2].toLongLong();
    const qint64 xlsxRows = args.indexOf(QStringLiteral("--xlsx")) > 0
                                ? args.value(args.indexOf(QStringLiteral("--xlsx")) + 1).toLongLong()
                                : 0;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("customers.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return 1;
        QString chunk = QStringLiteral("编号,客户名称,地区,电话,注册资本,成立日期,联系人,联系人手机\r\n");
        for (qint64 i = 0; i < n; ++i) {
            // Odd stored codes match (updated); the rest are new.
            const QString code = i % 2 == 0 ? QStringLiteral("C%1").arg(i + 1, 7, 10, QLatin1Char('0'))
                                            : QStringLiteral("N%1").arg(i, 7, 10, QLatin1Char('0'));
            chunk += QStringLiteral("%1,导入测试客户%2有限公司,杭州,0571-8%3,\"1,%4,000\",2020年3月5日,王%5,138%6\r\n")
                         .arg(code)
                         .arg(i)
                         .arg(i % 10000000, 7, 10, QLatin1Char('0'))
                         .arg(i % 1000, 3, 10, QLatin1Char('0'))
                         .arg(i)
                         .arg(i % 100000000, 8, 10, QLatin1Char('0'));
            if (i % 2 == 0)
                chunk += QStringLiteral("%1,,,,,,李%2,139%3\r\n")
                             .arg(code)
                             .arg(i)
                             .arg(i % 100000000, 8, 10, QLatin1Char('0'));
            if (chunk.size() > (1 << 20)) {
                csv.write(toGbk(chunk));
                chunk.clear();
            }
        }
        csv.write(toGbk(chunk));
        std::printf("GBK CSV of %lld customers: %.1f MB\n", static_cast<long long>(n), csv.size() / 1048576.0);
    }
    auto db = storage::Database::open(args[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    auto admin = storage::UserRepository::findById(**db, 1);
    if (!admin)
        return 1;
    storage::Session session(**db, *admin);

    QElapsedTimer timer;
    timer.start();
    QElapsedTimer total;
    total.start();
    auto table = CustomerImport::readFile(csvPath, {});
    if (!table) {
        std::fprintf(stderr, "%s\n", qPrintable(table.error().toString()));
        return 1;
    }
    step("read", timer);
    auto mapping = CustomerImport::mapColumns(*table);
    step("map", timer);
    auto plan = CustomerImport::plan(session, *table, *mapping, CustomerImport::Match::Update);
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error().toString()));
        return 1;
    }
    step("plan", timer);
    std::printf("         create %lld, update %lld, contacts %lld, rows in error %lld\n",
                static_cast<long long>(plan->count(CustomerImport::PlannedCustomer::Action::Create)),
                static_cast<long long>(plan->count(CustomerImport::PlannedCustomer::Action::Update)),
                static_cast<long long>(plan->contactsToAdd()), static_cast<long long>(plan->rowsInError));
    auto done = CustomerImport::commit(session, *plan, CustomerImport::Choice::GoodRows);
    if (!done) {
        std::fprintf(stderr, "%s\n", qPrintable(done.error().toString()));
        return 1;
    }
    step("commit", timer);
    std::printf("total    %8.2f s   batch %lld\n", static_cast<double>(total.nsecsElapsed()) / 1e9,
                static_cast<long long>(done->batchId));

    if (xlsxRows > 0) {
        const QString xlsxPath = dir.filePath(QStringLiteral("customers.xlsx"));
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE;
        lxw_workbook* book = workbook_new_opt(xlsxPath.toLocal8Bit().constData(), &options);
        lxw_worksheet* sheet = workbook_add_worksheet(book, "客户");
        lxw_format* date = workbook_add_format(book);
        format_set_num_format_index(date, 14);
        const char* headers[] = {"编号", "客户名称", "地区", "电话", "注册资本", "成立日期", "联系人", "联系人手机"};
        for (int c = 0; c < 8; ++c)
            worksheet_write_string(sheet, 0, c, headers[c], nullptr);
        for (qint64 i = 0; i < xlsxRows; ++i) {
            const auto r = static_cast<lxw_row_t>(i + 1);
            worksheet_write_string(sheet, r, 0, qPrintable(QStringLiteral("X%1").arg(i, 7, 10, QLatin1Char('0'))),
                                   nullptr);
            worksheet_write_string(sheet, r, 1, QStringLiteral("表格客户%1").arg(i).toUtf8().constData(), nullptr);
            worksheet_write_string(sheet, r, 2, "上海", nullptr);
            worksheet_write_string(sheet, r, 3, qPrintable(QStringLiteral("021-6%1").arg(i, 7, 10, QLatin1Char('0'))),
                                   nullptr);
            worksheet_write_number(sheet, r, 4, 1000000 + static_cast<double>(i), nullptr);
            worksheet_write_number(sheet, r, 5, 43900, date);
            worksheet_write_string(sheet, r, 6, QStringLiteral("张%1").arg(i).toUtf8().constData(), nullptr);
            worksheet_write_string(sheet, r, 7, qPrintable(QStringLiteral("137%1").arg(i, 8, 10, QLatin1Char('0'))),
                                   nullptr);
        }
        workbook_close(book);
        std::printf(".xlsx of %lld rows: %.1f MB\n", static_cast<long long>(xlsxRows),
                    QFileInfo(xlsxPath).size() / 1048576.0);
        timer.restart();
        auto sheetTable = CustomerImport::readFile(xlsxPath, {});
        if (!sheetTable) {
            std::fprintf(stderr, "%s\n", qPrintable(sheetTable.error().toString()));
            return 1;
        }
        step("xlsx read", timer);
        auto sheetPlan = CustomerImport::plan(session, *sheetTable, *CustomerImport::mapColumns(*sheetTable),
                                              CustomerImport::Match::Update);
        step("xlsx plan", timer);
        auto sheetDone = CustomerImport::commit(session, *sheetPlan, CustomerImport::Choice::GoodRows);
        if (!sheetDone) {
            std::fprintf(stderr, "%s\n", qPrintable(sheetDone.error().toString()));
            return 1;
        }
        step("xlsx commit", timer);
    }
    return 0;
}
