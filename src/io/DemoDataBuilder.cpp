#include "io/DemoDataBuilder.h"

#include "core/LunarCalendar.h"
#include "core/Money.h"

#include <QTime>

#include <algorithm>
#include <cmath>

namespace carddesk::io {

using core::Contact;
using core::Customer;
using core::LunarCalendar;
using storage::BulkBatch;
using storage::BulkCustomer;

namespace {

constexpr int kHistoryDays = 730; // two years of trade history, ending today

struct Word
{
    const char* han;
    const char* pinyin;
};

// Characters for two-character brand names (华联, 恒通...), with pinyin for web and e-mail domains.
const Word kBrandChars[] = {
    {"华", "hua"},  {"联", "lian"}, {"恒", "heng"},  {"盛", "sheng"}, {"鑫", "xin"},   {"达", "da"},    {"宏", "hong"},
    {"远", "yuan"}, {"通", "tong"}, {"泰", "tai"},   {"金", "jin"},   {"瑞", "rui"},   {"新", "xin"},   {"海", "hai"},
    {"天", "tian"}, {"龙", "long"}, {"信", "xin"},   {"诚", "cheng"}, {"东", "dong"},  {"方", "fang"},  {"永", "yong"},
    {"安", "an"},   {"嘉", "jia"},  {"利", "li"},    {"中", "zhong"}, {"汇", "hui"},   {"德", "de"},    {"丰", "feng"},
    {"康", "kang"}, {"明", "ming"}, {"广", "guang"}, {"兴", "xing"},  {"光", "guang"}, {"源", "yuan"},  {"博", "bo"},
    {"凯", "kai"},  {"顺", "shun"}, {"和", "he"},    {"美", "mei"},   {"佳", "jia"},   {"正", "zheng"}, {"力", "li"},
    {"辉", "hui"},  {"隆", "long"}, {"宇", "yu"},    {"昌", "chang"}, {"腾", "teng"},  {"富", "fu"},
};

// The most common surnames and given-name characters.
const Word kSurnames[] = {
    {"王", "wang"},  {"李", "li"},  {"张", "zhang"}, {"刘", "liu"},  {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"},
    {"赵", "zhao"},  {"吴", "wu"},  {"周", "zhou"},  {"徐", "xu"},   {"孙", "sun"},  {"马", "ma"},   {"朱", "zhu"},
    {"胡", "hu"},    {"郭", "guo"}, {"何", "he"},    {"高", "gao"},  {"林", "lin"},  {"罗", "luo"},  {"郑", "zheng"},
    {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"},  {"唐", "tang"}, {"许", "xu"},   {"韩", "han"},  {"冯", "feng"},
    {"邓", "deng"},  {"曹", "cao"}, {"彭", "peng"},  {"曾", "zeng"}, {"肖", "xiao"}, {"田", "tian"}, {"董", "dong"},
    {"袁", "yuan"},  {"潘", "pan"}, {"蒋", "jiang"}, {"蔡", "cai"},  {"余", "yu"},   {"杜", "du"},   {"叶", "ye"},
    {"程", "cheng"}, {"苏", "su"},  {"魏", "wei"},   {"吕", "lv"},   {"丁", "ding"}, {"沈", "shen"},
};
const Word kGivenChars[] = {
    {"伟", "wei"},  {"芳", "fang"},  {"娜", "na"},   {"秀", "xiu"},  {"英", "ying"}, {"敏", "min"},  {"静", "jing"},
    {"丽", "li"},   {"强", "qiang"}, {"磊", "lei"},  {"军", "jun"},  {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},
    {"杰", "jie"},  {"娟", "juan"},  {"涛", "tao"},  {"明", "ming"}, {"超", "chao"}, {"霞", "xia"},  {"平", "ping"},
    {"刚", "gang"}, {"桂", "gui"},   {"建", "jian"}, {"国", "guo"},  {"玲", "ling"}, {"红", "hong"}, {"飞", "fei"},
    {"鹏", "peng"}, {"辉", "hui"},   {"斌", "bin"},  {"宇", "yu"},   {"浩", "hao"},  {"凯", "kai"},  {"健", "jian"},
    {"俊", "jun"},  {"帆", "fan"},   {"晨", "chen"}, {"欣", "xin"},  {"悦", "yue"},  {"婷", "ting"}, {"雪", "xue"},
    {"琳", "lin"},  {"宁", "ning"},  {"文", "wen"},  {"志", "zhi"},  {"春", "chun"}, {"梅", "mei"},
};

// Business words of company names and the industry they put the customer in.
const Word kTrades[] = {
    {"商贸", "批发零售"},     {"科技", "信息技术"},     {"电子", "电子制造"},     {"机械", "机械制造"},
    {"贸易", "批发零售"},     {"实业", "综合"},         {"物流", "交通物流"},     {"食品", "食品饮料"},
    {"医药", "医药健康"},     {"建材", "建筑建材"},     {"化工", "化工"},         {"纺织", "纺织服装"},
    {"信息技术", "信息技术"}, {"网络科技", "信息技术"}, {"电气", "电气设备"},     {"汽车配件", "汽车"},
    {"家具", "家居"},         {"印刷", "印刷包装"},     {"环保科技", "环保"},     {"餐饮管理", "餐饮服务"},
    {"包装材料", "印刷包装"}, {"五金", "批发零售"},     {"教育咨询", "教育培训"}, {"装饰工程", "建筑建材"},
};

struct CitySpec
{
    const char* name;
    const char* phoneCode;
    std::vector<const char*> districts;
};

struct AreaSpecSource
{
    const char* name;
    const char* region;
    std::vector<CitySpec> cities;
};

const std::vector<AreaSpecSource>& areaSources()
{
    static const std::vector<AreaSpecSource> areas = {
        {"华东区",
         "华东",
         {{"上海", "021", {"浦东新区", "徐汇区", "闵行区", "静安区", "杨浦区"}},
          {"杭州", "0571", {"西湖区", "滨江区", "余杭区"}},
          {"南京", "025", {"鼓楼区", "江宁区", "玄武区"}},
          {"苏州", "0512", {"工业园区", "吴中区", "姑苏区"}},
          {"宁波", "0574", {"鄞州区", "海曙区", "北仑区"}}}},
        {"华北区",
         "华北",
         {{"北京", "010", {"朝阳区", "海淀区", "丰台区", "东城区"}},
          {"天津", "022", {"和平区", "南开区", "滨海新区"}},
          {"石家庄", "0311", {"长安区", "桥西区"}},
          {"济南", "0531", {"历下区", "槐荫区"}},
          {"青岛", "0532", {"市南区", "黄岛区", "崂山区"}}}},
        {"华南区",
         "华南",
         {{"广州", "020", {"天河区", "越秀区", "番禺区", "白云区"}},
          {"深圳", "0755", {"南山区", "福田区", "宝安区", "龙岗区"}},
          {"东莞", "0769", {"南城街道", "长安镇", "虎门镇"}},
          {"佛山", "0757", {"禅城区", "南海区", "顺德区"}},
          {"厦门", "0592", {"思明区", "湖里区"}}}},
    };
    return areas;
}

struct ProductSpec
{
    const char* name;
    const char* category;
    const char* unit;
    double price;
    int quantityLow;
    int quantityHigh;
};

// An office equipment and supplies dealer's catalogue.
const ProductSpec kProducts[] = {
    {"激光打印机", "办公设备", "台", 2380, 1, 4},
    {"彩色喷墨打印机", "办公设备", "台", 1290, 1, 3},
    {"多功能复印机", "办公设备", "台", 18600, 1, 2},
    {"碎纸机", "办公设备", "台", 860, 1, 3},
    {"投影仪", "办公设备", "台", 4200, 1, 3},
    {"扫描仪", "办公设备", "台", 2150, 1, 2},
    {"考勤机", "办公设备", "台", 680, 1, 3},
    {"电话交换机", "办公设备", "套", 9800, 1, 1},
    {"硒鼓", "耗材", "支", 420, 2, 30},
    {"墨盒", "耗材", "套", 260, 2, 30},
    {"A4复印纸", "耗材", "箱", 128, 5, 80},
    {"碳带", "耗材", "卷", 45, 5, 60},
    {"装订耗材", "耗材", "盒", 60, 2, 20},
    {"标签纸", "耗材", "卷", 35, 5, 50},
    {"办公桌", "办公家具", "张", 1450, 1, 20},
    {"人体工学椅", "办公家具", "把", 980, 1, 30},
    {"文件柜", "办公家具", "组", 1180, 1, 10},
    {"会议桌", "办公家具", "张", 5600, 1, 2},
    {"屏风工位", "办公家具", "位", 1650, 2, 40},
    {"保险柜", "办公家具", "台", 2300, 1, 2},
    {"财务软件年费", "软件服务", "套", 6800, 1, 1},
    {"进销存软件年费", "软件服务", "套", 4800, 1, 1},
    {"云存储服务年费", "软件服务", "套", 3600, 1, 3},
    {"网络安全服务年费", "软件服务", "套", 8800, 1, 1},
    {"打印机维保年费", "维保服务", "台", 600, 1, 10},
    {"复印机维保年费", "维保服务", "台", 2400, 1, 3},
    {"网络布线", "维保服务", "项", 3500, 1, 2},
    {"上门安装", "维保服务", "次", 200, 1, 5},
    {"设备租赁月费", "维保服务", "台", 450, 1, 12},
    {"培训服务", "维保服务", "次", 1500, 1, 2},
};
constexpr int kProductCount = static_cast<int>(std::size(kProducts));

// What goes with what in this catalogue (indexes into kProducts): a printer's toner and its maintenance, a desk's
// chair, a copier's paper. A customer's favourites are drawn along these, so the demo's baskets carry real
// co-purchase structure for the cross-sell rules to find (and not the lift of 1 of products drawn at random).
const std::vector<int> kCompanions[] = {
    {8, 24, 10},  {9, 10, 24},  {25, 10, 12}, {16, 19}, {17, 27}, {22, 0},  {27, 21}, {26, 27}, {0, 10},      {1, 10},
    {12, 0},      {13, 21},     {10, 2},      {11, 21}, {15, 18}, {14, 18}, {19, 3},  {4, 15},  {14, 15, 26}, {16, 20},
    {29, 23, 19}, {11, 13, 29}, {23, 5},      {26, 22}, {0, 8},   {2, 10},  {7, 23},  {7, 4},   {2, 25},      {20, 21},
};
static_assert(std::size(kCompanions) == std::size(kProducts));

// A favourite drawn as `draw` (uniform over the catalogue): below `along` it is a companion of `anchor`, else the
// drawn product itself. One draw either way, so the rest of the office's random stream is as it was.
int companionOr(int anchor, int draw, int along)
{
    const std::vector<int>& companions = kCompanions[anchor];
    return draw < along ? companions[static_cast<std::size_t>(draw) % companions.size()] : draw;
}

const char* const kTitlesFirst[] = {"采购经理", "总经理", "行政主管", "办公室主任"};
const char* const kTitlesOther[] = {"财务经理", "采购专员", "技术总监", "副总经理", "行政专员", "IT主管", "董事长"};
const char* const kStreets[] = {"人民路", "建设路",   "中山路",   "解放路", "和平路",   "长江路", "新华路",
                                "科技路", "创业大道", "世纪大道", "滨江路", "工业园路", "金融街", "文化路"};
const char* const kSources[] = {"visit", "referral",   "exhibition",  "phone",
                                "web",   "competitor", "advertising", "other"};
const std::vector<int> kSourceWeights = {20, 20, 12, 15, 18, 5, 7, 3};
// Free text as an office types it (not a code list): shown as stored on the card and in the orders.
const char* const kPayments[] = {"银行转账", "承兑汇票", "现金", "微信支付", "支付宝", "支票"};
const std::vector<int> kPaymentWeights = {55, 10, 10, 10, 10, 5};
const char* const kRatings[] = {"AAA", "AA", "A", "B", "C"};
const std::vector<int> kRatingWeights = {8, 20, 35, 25, 12};
const double kLimitLow[] = {500000, 200000, 50000, 10000, 0};
const double kLimitHigh[] = {1000000, 500000, 200000, 50000, 10000};
const char* const kSizes[] = {"micro", "small", "medium", "large"};
const std::vector<int> kSizeWeights = {25, 40, 25, 10};
const double kSizeFactor[] = {0.6, 1.0, 2.0, 4.0};
const double kCapitalLow[] = {100000, 1000000, 5000000, 50000000};
const double kCapitalHigh[] = {1000000, 5000000, 50000000, 500000000};
const char* const kPreferences[] = {"偏好上午联系", "需提前预约拜访", "关注价格优惠",          "重视售后服务",
                                    "偏好微信沟通", "年底集中采购",   "要求开具增值税专用发票"};
const char* const kLostReasons[] = {"价格因素转向竞争对手", "采购负责人更换", "公司业务收缩", "对售后响应不满意",
                                    "改为集团统一采购"};
const char* const kHabitsRegular[] = {"每月采购办公耗材", "按季度集中采购", "每两周补货一次"};
const char* const kHabitsOther[] = {"不定期采购，节前集中下单", "项目制采购", "新办公室装修时采购"};

// Interaction channels with their weights and what a rep would write.
const char* const kChannels[] = {"phone", "visit", "email", "im", "sms", "meeting", "letter", "hotline", "online"};
const std::vector<int> kChannelWeights = {35, 15, 12, 15, 5, 5, 2, 6, 5};
const std::vector<std::vector<const char*>> kSummaries = {
    {"电话沟通新品报价", "电话回访设备使用情况", "电话催收应收账款", "确认下月采购计划"},
    {"上门拜访，了解采购计划", "拜访客户，介绍新款复印机", "现场查看设备运行情况"},
    {"发送产品目录和报价单", "邮件确认合同条款", "发送满意度调查问卷"},
    {"微信发送产品资料", "微信沟通送货时间", "微信节日问候"},
    {"短信通知到货", "短信节日问候"},
    {"参加客户季度供应商会议", "邀请客户参加新品发布会"},
    {"寄送新年贺卡和产品手册"},
    {"客户来电咨询维保服务", "客户来电咨询发票"},
    {"在线客服解答耗材型号问题", "在线咨询软件续费"},
};

const char* const kVisitPurposes[] = {"季度回访", "新品推介", "催收货款", "设备巡检", "续签维保合同", "了解采购计划"};
const char* const kVisitResults[] = {"客户有意向追加采购", "已收回部分货款", "设备运行正常", "客户对服务满意",
                                     "需再次跟进报价"};

const char* const kStatuses[] = {"new", "acknowledged", "in_progress", "resolved", "closed", "reopened"};
const std::vector<int> kStatusWeights = {10, 10, 12, 20, 40, 8};
const int kDeadlineDays[] = {7, 5, 3, 1}; // the complaint.deadline_days.N settings of schema v1
const char* const kComplaintChannels[] = {"phone", "hotline", "email", "visit", "online", "letter"};
const std::vector<std::vector<const char*>> kComplaintTexts = {
    {"打印机卡纸频繁，要求上门检修", "硒鼓漏粉，影响打印质量", "新椅子扶手断裂"},
    {"到货延迟三天，影响客户使用", "送货时包装破损", "少发两箱复印纸"},
    {"客服电话长时间无人接听", "上门安装人员迟到且态度生硬"},
    {"发票金额与合同不符", "重复收取维保费用"},
    {"希望增加周末服务时段", "对合同续签条款有异议"},
};
const char* const kStepNotes[] = {"客户来电投诉，已登记",     "已联系客户确认问题",     "安排技术人员处理",
                                  "问题已处理，等待客户确认", "客户确认满意，关闭投诉", "客户反馈问题未解决，重新打开"};

struct City
{
    QString name;
    QString phoneCode;
    QStringList districts;
};

// The word lists as QStrings, made once.
struct Vocabulary
{
    std::vector<std::pair<QString, QString>> brands, surnames, given, trades;
    std::vector<std::vector<City>> areaCities;

    Vocabulary()
    {
        auto load = [](auto& out, const auto& words) {
            for (const Word& w : words)
                out.emplace_back(QString::fromUtf8(w.han), QString::fromLatin1(w.pinyin));
        };
        load(brands, kBrandChars);
        load(surnames, kSurnames);
        load(given, kGivenChars);
        for (const Word& w : kTrades)
            trades.emplace_back(QString::fromUtf8(w.han), QString::fromUtf8(w.pinyin));
        for (const AreaSpecSource& area : areaSources()) {
            std::vector<City> cities;
            for (const CitySpec& spec : area.cities) {
                City city{QString::fromUtf8(spec.name), QString::fromLatin1(spec.phoneCode), {}};
                for (const char* d : spec.districts)
                    city.districts << QString::fromUtf8(d);
                cities.push_back(city);
            }
            areaCities.push_back(cities);
        }
    }
};

const Vocabulary& vocabulary()
{
    static const Vocabulary v;
    return v;
}

double round2(double value)
{
    return core::roundedToCents(value);
}

QString digits(uint64_t value, int width)
{
    char buffer[24];
    buffer[width] = '\0';
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return QString::fromLatin1(buffer, width);
}

QString compactDate(const QDate& date)
{
    return digits(static_cast<uint64_t>(date.year() * 10000 + date.month() * 100 + date.day()), 8);
}

} // namespace

const std::vector<DemoAreaSpec>& DemoDataBuilder::areaSpecs()
{
    static const std::vector<DemoAreaSpec> specs = [] {
        std::vector<DemoAreaSpec> out;
        for (const AreaSpecSource& area : areaSources()) {
            DemoAreaSpec spec{QString::fromUtf8(area.name), QString::fromUtf8(area.region), {}};
            for (const CitySpec& city : area.cities)
                spec.cities << QString::fromUtf8(city.name);
            out.push_back(spec);
        }
        return out;
    }();
    return specs;
}

DemoDataBuilder::DemoDataBuilder(Setup setup)
    : m_setup(std::move(setup)), m_rng(m_setup.seed), m_todayJulian(m_setup.today.toJulianDay()),
      m_next(m_setup.firstIds)
{
    for (const DemoStaff& staff : m_setup.staff)
        m_areaWeights.push_back(static_cast<int>(staff.repIds.size()));
    qint64 productId = m_next.product;
    for (int i = 0; i < kProductCount; ++i) {
        const ProductSpec& spec = kProducts[i];
        core::Product p;
        p.id = productId++;
        p.code = QStringLiteral("P") + digits(static_cast<uint64_t>(i + 1), 3);
        p.name = QString::fromUtf8(spec.name);
        p.category = QString::fromUtf8(spec.category);
        p.unit = QString::fromUtf8(spec.unit);
        p.unitPrice = spec.price;
        m_products.push_back(p);
    }
    m_next.product = productId;
}

int DemoDataBuilder::below(int n)
{
    // Lemire's multiply-shift: the same numbers on every standard library, unlike std::uniform_int_distribution.
    __extension__ using Wide = unsigned __int128;
    return static_cast<int>((static_cast<Wide>(next()) * static_cast<uint64_t>(n)) >> 64);
}

int DemoDataBuilder::between(int lo, int hi)
{
    return lo + below(hi - lo + 1);
}

double DemoDataBuilder::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

int DemoDataBuilder::weighted(const std::vector<int>& weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int pick = below(total);
    for (size_t i = 0; i < weights.size(); ++i) {
        if (pick < weights[i])
            return static_cast<int>(i);
        pick -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
}

QDate DemoDataBuilder::dayDate(int day) const
{
    return QDate::fromJulianDay(m_todayJulian - kHistoryDays + day);
}

QDateTime DemoDataBuilder::stamp(int day, int minuteOfDay) const
{
    // Office hours 09:00-18:00 Beijing time are 01:00-10:00 UTC; nothing today is later than 09:00 Beijing.
    if (day >= kHistoryDays)
        minuteOfDay = std::min(minuteOfDay, 60);
    return QDateTime(dayDate(day), QTime(minuteOfDay / 60, minuteOfDay % 60), Qt::UTC);
}

bool DemoDataBuilder::nextBatch(BulkBatch& batch, qint64 maxCustomers)
{
    // Cleared here, on the producer's thread, so the writer never pays for freeing rows; capacity is kept.
    batch.customers.clear();
    batch.contacts.clear();
    batch.orders.clear();
    batch.orderLines.clear();
    batch.receivables.clear();
    batch.payments.clear();
    batch.interactions.clear();
    batch.visits.clear();
    batch.complaints.clear();
    batch.complaintSteps.clear();
    const qint64 count = std::min(maxCustomers, m_setup.customers - m_made);
    if (count <= 0)
        return false;
    batch.customers.reserve(static_cast<size_t>(count));
    for (qint64 i = 0; i < count; ++i)
        makeCustomer(batch);
    return true;
}

std::vector<int> DemoDataBuilder::orderDays(Rhythm rhythm)
{
    std::vector<int> days;
    auto exponential = [this](double mean) { return -std::log(1.0 - unit()) * mean; };
    // A run of orders ending on `lastDay`, with the gaps given, dropping what would fall before the history.
    auto placeBackwards = [&days](const std::vector<int>& gaps, int lastDay) {
        std::vector<int> run{lastDay};
        for (auto it = gaps.rbegin(); it != gaps.rend(); ++it) {
            const int day = run.back() - *it;
            if (day < 0)
                break;
            run.push_back(day);
        }
        days.insert(days.end(), run.rbegin(), run.rend());
    };
    switch (rhythm) {
    case Rhythm::Potential:
        break;
    case Rhythm::OneOff:
        days.push_back(between(0, kHistoryDays));
        break;
    case Rhythm::Occasional: {
        const int n = between(2, 3);
        for (int i = 0; i < n; ++i)
            days.push_back(between(0, kHistoryDays));
        std::sort(days.begin(), days.end());
        break;
    }
    case Rhythm::Regular: {
        // Poisson-ish: exponential gaps around a customer's own rhythm of 2-8 weeks.
        const double mean = between(14, 56);
        for (int day = between(150, 600); day <= kHistoryDays;
             day += std::max(static_cast<int>(mean / 4), static_cast<int>(std::lround(exponential(mean)))))
            days.push_back(day);
        break;
    }
    case Rhythm::Drifting: {
        // Gaps grow by 30-70% each time; the last order is 6 weeks to 5 months old.
        std::vector<int> gaps;
        double gap = between(14, 35);
        const int n = between(4, 7);
        for (int i = 1; i < n; ++i) {
            gaps.push_back(static_cast<int>(gap * (0.8 + 0.4 * unit())));
            gap *= 1.3 + 0.4 * unit();
        }
        placeBackwards(gaps, kHistoryDays - between(45, 150));
        break;
    }
    case Rhythm::Lost: {
        // Bought for a while, then nothing for more than six months.
        std::vector<int> gaps;
        const double mean = between(20, 60);
        const int n = between(2, 5);
        for (int i = 1; i < n; ++i)
            gaps.push_back(std::max(7, static_cast<int>(exponential(mean))));
        placeBackwards(gaps, kHistoryDays - between(190, 600));
        break;
    }
    case Rhythm::WonBack: {
        // Bought, stayed away for more than six months, then came back in the last five months.
        const int comeback = kHistoryDays - between(10, 150);
        const int away = between(200, 320);
        std::vector<int> gaps;
        const int before = between(2, 4);
        for (int i = 1; i < before; ++i)
            gaps.push_back(std::max(7, static_cast<int>(exponential(35))));
        placeBackwards(gaps, comeback - away);
        const int after = between(1, 4);
        for (int i = 0, day = comeback; i < after && day <= kHistoryDays; ++i) {
            days.push_back(day);
            day += std::max(7, static_cast<int>(exponential(35)));
        }
        break;
    }
    }
    return days;
}

void DemoDataBuilder::makeCustomer(BulkBatch& batch)
{
    const Vocabulary& v = vocabulary();
    const bool example = m_made == 0; // 上海华联商贸有限公司, the name the pinyin search examples use
    ++m_made;

    BulkCustomer bc;
    Customer& c = bc.card;
    c.id = m_next.customer++;
    c.code = QStringLiteral("C") + digits(static_cast<uint64_t>(c.id), 7);

    const int area = example ? 0 : weighted(m_areaWeights);
    const DemoStaff& staff = m_setup.staff[static_cast<size_t>(area)];
    const std::vector<City>& cities = v.areaCities[static_cast<size_t>(area)];
    const City& city = cities[example ? 0 : static_cast<size_t>(below(static_cast<int>(cities.size())))];
    c.areaId = staff.areaId;
    c.region = city.name;

    static const std::vector<int> rhythmWeights = {150, 272, 221, 85, 85, 136, 51};
    const auto rhythm = example ? Rhythm::Regular : static_cast<Rhythm>(weighted(rhythmWeights));
    const bool buying = rhythm != Rhythm::Potential;
    // A few fresh leads wait in the area's pool for a manager to hand them out.
    if (!buying && chance(0.03))
        c.ownerId = 0;
    else
        c.ownerId = staff.repIds[static_cast<size_t>(below(static_cast<int>(staff.repIds.size())))];

    c.kind = example || chance(0.85) ? QStringLiteral("company") : QStringLiteral("person");
    const bool company = c.kind == QLatin1String("company");
    const QString district = city.districts.at(below(static_cast<int>(city.districts.size())));
    const QString street = QString::fromUtf8(kStreets[below(static_cast<int>(std::size(kStreets)))]);
    QString domain;
    if (company) {
        const int b1 = example ? 0 : below(static_cast<int>(v.brands.size()));
        int b2 = example ? 1 : below(static_cast<int>(v.brands.size()) - 1);
        if (!example && b2 >= b1)
            ++b2;
        const auto& trade = v.trades[example ? 0 : static_cast<size_t>(below(static_cast<int>(v.trades.size())))];
        const bool listed = !example && chance(0.15);
        c.name = city.name + v.brands[static_cast<size_t>(b1)].first + v.brands[static_cast<size_t>(b2)].first +
                 trade.first + (listed ? QStringLiteral("股份有限公司") : QStringLiteral("有限公司"));
        c.industry = trade.second;
        static const char* const tlds[] = {".com.cn", ".com", ".cn"};
        // Two brand syllables repeat across cities and trades: the card's number keeps each company's domain its own
        // (shared ones made the duplicate finder pair unrelated companies by e-mail).
        domain = v.brands[static_cast<size_t>(b1)].second + v.brands[static_cast<size_t>(b2)].second +
                 (example ? QString() : QString::number(c.id, 36)) + QString::fromLatin1(tlds[example ? 0 : below(3)]);
        static const char* const mailboxes[] = {"info@", "sales@", "service@", "office@"};
        c.email = QString::fromLatin1(mailboxes[below(4)]) + domain;
        if (chance(0.4))
            c.website = QStringLiteral("www.") + domain;
        c.address = city.name + QStringLiteral("市") + district + street + QString::number(between(1, 999)) +
                    QStringLiteral("号");
        if (chance(0.5))
            c.address += QString::number(between(1, 30)) + QStringLiteral("楼");
        c.phone = city.phoneCode + QLatin1Char('-') + QString::number(between(2, 8)) +
                  digits(static_cast<uint64_t>(below(10000000)), 7);
        const int size = weighted(kSizeWeights);
        c.size = QString::fromLatin1(kSizes[size]);
        c.established = QDate(between(1990, 2022), between(1, 12), between(1, 28));
        c.registeredCapital =
            std::round((kCapitalLow[size] + unit() * (kCapitalHigh[size] - kCapitalLow[size])) / 10000.0) * 10000.0;
    } else {
        const auto& surname = v.surnames[static_cast<size_t>(below(static_cast<int>(v.surnames.size())))];
        const auto& g1 = v.given[static_cast<size_t>(below(static_cast<int>(v.given.size())))];
        c.name = surname.first + g1.first;
        QString pinyin = surname.second + g1.second;
        if (chance(0.7)) {
            const auto& g2 = v.given[static_cast<size_t>(below(static_cast<int>(v.given.size())))];
            c.name += g2.first;
            pinyin += g2.second;
        }
        c.industry = QStringLiteral("个人");
        static const char* const mails[] = {"@163.com", "@qq.com", "@126.com", "@sina.com"};
        c.email = pinyin + QString::number(between(1, 99)) + QString::fromLatin1(mails[below(4)]);
        c.phone =
            QLatin1Char('1') + QString::number(between(3, 9)) + digits(static_cast<uint64_t>(below(1000000000)), 9);
        c.address = city.name + QStringLiteral("市") + district + street + QString::number(between(1, 300)) +
                    QStringLiteral("弄") + QString::number(between(1, 60)) + QStringLiteral("号") +
                    QString::number(between(101, 2802)) + QStringLiteral("室");
    }
    c.source = QString::fromLatin1(kSources[weighted(kSourceWeights)]);
    if (c.source == QLatin1String("referral") && c.id > m_setup.firstIds.customer)
        c.referredById = m_setup.firstIds.customer + below(static_cast<int>(c.id - m_setup.firstIds.customer));

    const std::vector<int> days = orderDays(rhythm);
    const int lastDay = days.empty() ? -1 : days.back();
    const int firstDay = days.empty() ? between(0, kHistoryDays) : days.front() - between(7, 90);

    // Status, evaluation and relationship follow from how the customer buys.
    c.status = QStringLiteral("current");
    if (!buying)
        c.status = QStringLiteral("potential");
    else if ((rhythm == Rhythm::Lost && chance(0.7)) ||
             (rhythm == Rhythm::OneOff && lastDay < kHistoryDays - 365 && chance(0.3)))
        c.status = QStringLiteral("lost");
    const bool lost = c.status == QLatin1String("lost");
    if (buying || chance(0.5)) {
        const int rating = weighted(kRatingWeights);
        c.creditRating = QString::fromLatin1(kRatings[rating]);
        const double limit = kLimitLow[rating] + unit() * (kLimitHigh[rating] - kLimitLow[rating]);
        c.creditLimit = std::round(limit / (company ? 1000.0 : 10000.0)) * 1000.0;
    }
    c.satisfaction = !buying ? 0 : lost ? between(1, 3) : between(3, 5);
    switch (rhythm) {
    case Rhythm::Potential:
        break;
    case Rhythm::Regular:
        c.loyaltyClass = chance(0.8) ? QStringLiteral("loyal") : QStringLiteral("none");
        break;
    case Rhythm::WonBack:
        c.loyaltyClass = chance(0.5) ? QStringLiteral("loyal") : QStringLiteral("switcher");
        break;
    case Rhythm::Drifting:
    case Rhythm::Lost:
        c.loyaltyClass = QStringLiteral("switcher");
        break;
    case Rhythm::Occasional:
    case Rhythm::OneOff:
        c.loyaltyClass = chance(0.5) ? QStringLiteral("switcher") : QStringLiteral("none");
        break;
    }
    const double keyChance = rhythm == Rhythm::Regular                                 ? 0.3
                             : rhythm == Rhythm::WonBack || rhythm == Rhythm::Drifting ? 0.06
                                                                                       : 0.025;
    c.isKey = example || (buying && company && chance(keyChance));
    c.preferredPayment = QString::fromUtf8(kPayments[weighted(kPaymentWeights)]);
    if (rhythm == Rhythm::Regular)
        c.purchaseHabits = QString::fromUtf8(kHabitsRegular[below(3)]);
    else if (buying && chance(0.5))
        c.purchaseHabits = QString::fromUtf8(kHabitsOther[below(3)]);
    if (chance(0.3))
        c.preferences = QString::fromUtf8(kPreferences[below(static_cast<int>(std::size(kPreferences)))]);
    if (lost)
        c.notes = QStringLiteral("流失原因：") +
                  QString::fromUtf8(kLostReasons[below(static_cast<int>(std::size(kLostReasons)))]);
    c.createdAt = stamp(std::max(firstDay, -kHistoryDays), between(60, 540));
    c.updatedAt = stamp(std::max({firstDay, lastDay, 0}), between(60, 540));
    if (c.updatedAt < c.createdAt)
        c.updatedAt = c.createdAt;
    if (c.isKey)
        ++m_stats.key;
    if (!buying)
        ++m_stats.potential;
    if (lost)
        ++m_stats.lost;

    // Contacts: one to three at a company; a person is their own contact.
    const size_t firstContact = batch.contacts.size();
    if (company) {
        const int n = 1 + weighted({45, 35, 20});
        for (int i = 0; i < n; ++i) {
            Contact k;
            k.id = m_next.contact++;
            k.customerId = c.id;
            const auto& surname = v.surnames[static_cast<size_t>(below(static_cast<int>(v.surnames.size())))];
            const auto& g1 = v.given[static_cast<size_t>(below(static_cast<int>(v.given.size())))];
            k.name = surname.first + g1.first;
            QString pinyin = surname.second + g1.second;
            if (chance(0.6)) {
                const auto& g2 = v.given[static_cast<size_t>(below(static_cast<int>(v.given.size())))];
                k.name += g2.first;
                pinyin += g2.second;
            }
            k.title = i == 0 ? QString::fromUtf8(kTitlesFirst[below(4)])
                             : QString::fromUtf8(kTitlesOther[below(static_cast<int>(std::size(kTitlesOther)))]);
            k.mobile =
                QLatin1Char('1') + QString::number(between(3, 9)) + digits(static_cast<uint64_t>(below(1000000000)), 9);
            if (chance(0.5))
                k.phone = c.phone + QStringLiteral(" 转 ") + QString::number(between(801, 899));
            k.email = pinyin + QLatin1Char('@') + domain;
            if (chance(0.7))
                k.birthday = QDate(between(1965, 1998), between(1, 12), between(1, 28));
            // One birthday in five is kept by the lunar calendar (农历生日), as many are; chosen by the day drawn, so
            // the random sequence, and every other demo value, stays as it was.
            if (k.birthday.isValid() && k.birthday.day() % 5 == 0)
                k.birthdayLunar = LunarCalendar::fromGregorian(k.birthday);
            k.isPrimary = i == 0;
            batch.contacts.push_back(k);
        }
        if (example)
            c.keyFigures = QStringLiteral("法定代表人：") + batch.contacts[firstContact].name;
        else if (chance(0.5))
            c.keyFigures = QStringLiteral("法定代表人：") + batch.contacts[firstContact].name;
    }
    std::vector<const Contact*> contacts;
    for (size_t i = firstContact; i < batch.contacts.size(); ++i)
        contacts.push_back(&batch.contacts[i]);
    storage::BulkLoader::prepareSearchKeys(bc, contacts);

    const qint64 managerId = staff.managerId;
    const qint64 creator = c.ownerId > 0 ? c.ownerId : managerId;
    const bool riskyPayer = lost || c.creditRating == QLatin1String("C");
    makeOrders(batch, c, days, creator, riskyPayer);
    makeInteractions(batch, c, firstContact, std::max(firstDay, 0), static_cast<int>(days.size()));
    makeVisits(batch, c, buying);
    // The first six buying customers file one complaint in each status, so every status shows even in a small
    // office; after that about one buying customer in thirty complains.
    if (buying && (m_complaintsMade < 6 || chance(0.03)))
        makeComplaint(batch, c, firstContact, managerId, m_complaintsMade < 6 ? m_complaintsMade : -1);
    batch.customers.push_back(std::move(bc));
}

void DemoDataBuilder::makeOrders(BulkBatch& batch, const Customer& c, const std::vector<int>& days, qint64 creatorId,
                                 bool riskyPayer)
{
    if (days.empty())
        return;
    // Each customer keeps coming back for a few favourite products, at their own discount.
    int favourites[3];
    favourites[0] = below(kProductCount);
    favourites[1] = companionOr(favourites[0], below(kProductCount), kProductCount * 7 / 10);
    favourites[2] = companionOr(favourites[1], below(kProductCount), kProductCount * 6 / 10);
    const double discount = c.isKey ? 0.88 + 0.04 * unit() : 0.95 + 0.05 * unit();
    const int sizeIndex =
        static_cast<int>(std::find(std::begin(kSizes), std::end(kSizes), c.size.toStdString()) - std::begin(kSizes));
    const double sizeFactor = (sizeIndex < 4 ? kSizeFactor[sizeIndex] : 0.5) * (c.isKey ? 1.5 : 1.0);
    const bool longTerms = c.creditRating == QLatin1String("AAA") || c.creditRating == QLatin1String("AA");
    for (int day : days) {
        storage::BulkOrder bo;
        core::Order& o = bo.order;
        o.id = m_next.order++;
        o.customerId = c.id;
        o.orderDate = dayDate(day);
        o.orderNo =
            QStringLiteral("SO") + compactDate(o.orderDate) + QLatin1Char('-') + digits(static_cast<uint64_t>(o.id), 7);
        o.paymentMethod = chance(0.85) ? c.preferredPayment : QString::fromUtf8(kPayments[weighted(kPaymentWeights)]);
        bo.createdBy = creatorId;
        const int lines = 1 + weighted({55, 30, 15});
        int used[3] = {-1, -1, -1};
        double total = 0;
        for (int i = 0; i < lines; ++i) {
            int product = chance(0.7) ? favourites[below(3)] : below(kProductCount);
            while (std::find(std::begin(used), std::end(used), product) != std::end(used))
                product = (product + 1) % kProductCount;
            used[i] = product;
            const ProductSpec& spec = kProducts[product];
            storage::BulkOrderLine line;
            line.orderId = o.id;
            line.line.id = m_next.orderLine++;
            line.line.productId = m_products[static_cast<size_t>(product)].id;
            line.line.quantity = std::max(1.0, std::round(between(spec.quantityLow, spec.quantityHigh) * sizeFactor));
            line.line.unitPrice = round2(spec.price * discount);
            line.line.amount = round2(line.line.quantity * line.line.unitPrice);
            total += line.line.amount;
            batch.orderLines.push_back(line);
        }
        o.amount = round2(total);
        m_stats.orderAmount += o.amount;
        batch.orders.push_back(bo);

        // Cash is paid on delivery; everything else is invoiced with 30 or 60 days to pay.
        if (o.paymentMethod == QLatin1String("cash") || chance(0.05))
            continue;
        core::Receivable r;
        r.id = m_next.receivable++;
        r.customerId = c.id;
        r.orderId = o.id;
        r.invoiceNo = QStringLiteral("INV") + compactDate(o.orderDate) + QLatin1Char('-') +
                      digits(static_cast<uint64_t>(r.id), 7);
        r.invoiceDate = o.orderDate;
        const int termDays = longTerms ? 60 : 30;
        r.dueDate = dayDate(day + termDays);
        r.amount = o.amount;
        int paidDay = -1;
        if (day + termDays < kHistoryDays) {
            if (!chance(riskyPayer ? 0.25 : 0.03))
                paidDay = day + between(3, termDays + 10);
        } else if (chance(0.35)) {
            paidDay = between(day, kHistoryDays);
        }
        double paid = 0;
        if (paidDay >= 0 && paidDay <= kHistoryDays) {
            paid = r.amount;
        } else if (day + 5 <= kHistoryDays && chance(0.15)) {
            paid = round2(r.amount * (0.3 + 0.4 * unit()));
            paidDay = between(day + 1, std::min(kHistoryDays, day + termDays));
        }
        if (paid > 0) {
            storage::BulkPayment p;
            p.id = m_next.payment++;
            p.receivableId = r.id;
            p.paidDate = dayDate(paidDay);
            p.amount = paid;
            p.method = o.paymentMethod;
            batch.payments.push_back(p);
        }
        r.paidAmount = paid;
        if (r.isOverdue(m_setup.today))
            ++m_stats.overdueReceivables;
        batch.receivables.push_back(r);
    }
}

qint64 DemoDataBuilder::pickContact(const BulkBatch& batch, size_t firstContact)
{
    const size_t n = batch.contacts.size() - firstContact;
    if (n == 0)
        return 0;
    return batch.contacts[firstContact + static_cast<size_t>(below(static_cast<int>(n)))].id;
}

void DemoDataBuilder::makeInteractions(BulkBatch& batch, const Customer& c, size_t firstContact, int firstDay,
                                       int orderCount)
{
    const int n = 1 + below(3) + std::min(orderCount, 8) / 3;
    const qint64 managerId = m_setup.staff.empty() ? 0 : [&] {
        for (const DemoStaff& s : m_setup.staff) {
            if (s.areaId == c.areaId)
                return s.managerId;
        }
        return qint64(0);
    }();
    for (int i = 0; i < n; ++i) {
        core::Interaction it;
        it.id = m_next.interaction++;
        it.customerId = c.id;
        it.contactId = pickContact(batch, firstContact);
        it.userId = c.ownerId > 0 && !chance(0.1) ? c.ownerId : managerId;
        const int channel = weighted(kChannelWeights);
        it.channel = QString::fromLatin1(kChannels[channel]);
        const auto& texts = kSummaries[static_cast<size_t>(channel)];
        it.summary = QString::fromUtf8(texts[static_cast<size_t>(below(static_cast<int>(texts.size())))]);
        const int day = between(std::min(firstDay, kHistoryDays), kHistoryDays);
        it.occurredAt = stamp(day, between(60, 600));
        if (i == n - 1 && chance(0.35))
            it.nextFollowUp = dayDate(day + between(3, 30));
        batch.interactions.push_back(it);
    }
}

void DemoDataBuilder::makeVisits(BulkBatch& batch, const Customer& c, bool buying)
{
    if (c.ownerId == 0)
        return;
    auto add = [&](int day, const QString& status) {
        core::Visit visit;
        visit.id = m_next.visit++;
        visit.customerId = c.id;
        visit.userId = c.ownerId;
        visit.plannedDate = dayDate(day);
        visit.status = status;
        visit.purpose = QString::fromUtf8(kVisitPurposes[below(static_cast<int>(std::size(kVisitPurposes)))]);
        if (status == QLatin1String("done")) {
            visit.result = QString::fromUtf8(kVisitResults[below(static_cast<int>(std::size(kVisitResults)))]);
            visit.doneAt = stamp(day, between(60, 540));
        }
        batch.visits.push_back(visit);
    };
    if (buying && chance(0.2)) {
        const int n = between(1, 2);
        for (int i = 0; i < n; ++i)
            add(between(0, kHistoryDays - 1), QStringLiteral("done"));
    }
    if (chance(0.05)) // this week's and the coming weeks' plan
        add(kHistoryDays + between(0, 28), QStringLiteral("planned"));
    if (chance(0.01)) // planned, not made, not cancelled: overdue
        add(kHistoryDays - between(1, 20), QStringLiteral("planned"));
    if (chance(0.01))
        add(between(0, kHistoryDays - 1), QStringLiteral("cancelled"));
}

void DemoDataBuilder::makeComplaint(BulkBatch& batch, const Customer& c, size_t firstContact, qint64 managerId,
                                    int forcedStatus)
{
    ++m_complaintsMade;
    const int status = forcedStatus >= 0 ? forcedStatus : weighted(kStatusWeights);
    const bool open = status == 0 || status == 1 || status == 2 || status == 5;
    core::Complaint k;
    k.id = m_next.complaint++;
    k.customerId = c.id;
    k.contactId = pickContact(batch, firstContact);
    k.channel = QString::fromLatin1(kComplaintChannels[below(static_cast<int>(std::size(kComplaintChannels)))]);
    const int category =
        m_setup.complaintCategoryIds.empty() ? -1 : below(static_cast<int>(m_setup.complaintCategoryIds.size()));
    k.categoryId = category >= 0 ? m_setup.complaintCategoryIds[static_cast<size_t>(category)] : 0;
    const auto& texts = kComplaintTexts[static_cast<size_t>(std::clamp(category, 0, 4))];
    k.description = QString::fromUtf8(texts[static_cast<size_t>(below(static_cast<int>(texts.size())))]);
    k.level = 1 + weighted({40, 30, 20, 10});
    // Open complaints are recent (many past their deadline); settled ones are spread over the history.
    const int receivedDay = open ? kHistoryDays - between(0, 20) : between(0, kHistoryDays - 10);
    k.receivedAt = stamp(receivedDay, between(60, 540));
    k.deadline = k.receivedAt.addDays(kDeadlineDays[k.level - 1]);
    k.ownerId = c.ownerId > 0 ? c.ownerId : managerId;
    k.status = QString::fromLatin1(kStatuses[status]);
    const QDateTime now = stamp(kHistoryDays, 60);
    if (open && k.level >= 3 && k.deadline < now) {
        k.escalationLevel = k.level == 4 && k.deadline.addDays(2) < now ? 2 : 1;
        k.escalatedAt = std::min(k.deadline.addSecs(3600), now);
    }
    if (status == 3 || status == 4) {
        k.satisfaction = 1 + weighted({5, 10, 20, 35, 30});
        if (k.satisfaction >= 4)
            k.satisfactionComment = QStringLiteral("处理及时，满意");
        else if (k.satisfaction <= 2)
            k.satisfactionComment = QStringLiteral("处理太慢");
    }
    if (status == 4)
        k.closeReason = QStringLiteral("问题已解决，客户确认");

    // The steps the complaint went through to reach its status.
    static const std::vector<std::vector<int>> paths = {{0},          {0, 1},          {0, 1, 2},
                                                        {0, 1, 2, 3}, {0, 1, 2, 3, 4}, {0, 1, 2, 3, 5}};
    const std::vector<int>& path = paths[static_cast<size_t>(status)];
    QDateTime at = k.receivedAt;
    for (size_t i = 0; i < path.size(); ++i) {
        storage::BulkComplaintStep step;
        step.id = m_next.complaintStep++;
        step.complaintId = k.id;
        if (i > 0)
            step.fromStatus = QString::fromLatin1(kStatuses[path[i - 1]]);
        step.toStatus = QString::fromLatin1(kStatuses[path[i]]);
        step.userId = path[i] == 4 ? managerId : k.ownerId;
        step.at = at;
        step.note = QString::fromUtf8(kStepNotes[path[i]]);
        batch.complaintSteps.push_back(step);
        at = std::min(at.addSecs(60LL * between(30, 2880)), std::max(now, at));
    }
    batch.complaints.push_back(k);
}

} // namespace carddesk::io
