#include "FuzzTargets.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <functional>
#include <vector>

namespace carddesk::fuzz {
namespace {

struct Target
{
    const char* name;
    std::function<void(Bytes)> run;
};

// Every fuzz target with its corpus folder (tests/fuzz/corpus/<name>), the same names as ./scripts/fuzz's programs.
const std::vector<Target>& targets()
{
    static const std::vector<Target> all = {
        {"order_csv", orderCsv},           {"customer_csv", customerCsv}, {"customer_xlsx", customerXlsx},
        {"import_mapping", importMapping}, {"text_input", textInput},     {"setting_value", settingValue},
        {"search_text", searchText},       {"backup_file", backupFile},   {"churn_reasons", churnReasons},
    };
    return all;
}

class CorpusReplayTest : public ::testing::TestWithParam<Target>
{
};

// The corpus libFuzzer grew (and every input that once broke an invariant, kept there) goes through its target in
// every test run: a reader that regresses on any of them stops the test (std::abort in FuzzCheck.h, or the
// sanitizers in `./scripts/test --sanitize`).
TEST_P(CorpusReplayTest, EveryInputOfTheCorpusIsReadWithoutCrashOrBrokenInvariant)
{
    const QDir folder(QStringLiteral(CARDDESK_FUZZ_CORPUS "/") + QLatin1String(GetParam().name));
    const QStringList files = folder.entryList(QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty()) << "no corpus in " << folder.path().toStdString();
    for (const QString& name : files) {
        QFile file(folder.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray bytes = file.readAll();
        SCOPED_TRACE(name.toStdString());
        GetParam().run(
            Bytes(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())));
    }
}

INSTANTIATE_TEST_SUITE_P(Fuzz, CorpusReplayTest, ::testing::ValuesIn(targets()),
                         [](const ::testing::TestParamInfo<Target>& info) { return std::string(info.param.name); });

} // namespace
} // namespace carddesk::fuzz
