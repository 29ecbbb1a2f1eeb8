#include "services/CrossSellService.h"

#include "storage/access/AccessScope.h"
#include "storage/db/Database.h"
#include "storage/repositories/SettingsRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <memory>
#include <mutex>

#include <sys/stat.h>

namespace carddesk::services {

using core::ErrorCode;
using storage::BasketQueries;
using storage::CrossSellProduct;
using storage::Session;

namespace {

// What one mining run leaves: the office's baskets (for the targets), the catalogue and the rules.
struct OfficeModel
{
    QString file; // the database file and its inode: another office at the same path is another model
    std::uint64_t inode = 0;
    std::string mark;
    analytics::AssociationSettings settings;
    QDateTime madeAt;
    double seconds = 0;
    storage::OfficeBaskets data;
    std::vector<CrossSellProduct> products; // by item (data.productIds[k])
    analytics::AssociationResult result;
};

std::mutex g_cacheMutex;
std::shared_ptr<const OfficeModel> g_cache; // the latest model only: one office per process is the usual case

std::uint64_t inodeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<std::uint64_t>(st.st_ino) : 0;
}

QJsonObject productJson(const CrossSellProduct& p)
{
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("code"), p.code}, {QStringLiteral("name"), p.name}};
}

CrossSellRule ruleOf(const OfficeModel& m, std::uint32_t index)
{
    const analytics::AssociationRule& r = m.result.rules[index];
    return {m.products[r.antecedent], m.products[r.consequent], r.bothCount, r.support, r.confidence, r.lift};
}

// A whole-office session for the aggregate: the rules are the office's whoever asks.
Session officeSession(const Session& session)
{
    core::User office = session.user();
    office.role = core::Role::Admin;
    office.areaId = 0;
    return Session(session.db(), office);
}

core::Result<std::shared_ptr<const OfficeModel>> model(Session& session, const analytics::AssociationSettings& settings)
{
    const QString file = QFileInfo(session.db().path()).absoluteFilePath();
    const std::uint64_t inode = inodeOf(file);
    auto mark = BasketQueries::mark(session);
    if (!mark)
        return mark.error();
    std::lock_guard lock(g_cacheMutex); // one mining at a time; a second caller waits for the first's rules
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (g_cache && g_cache->file == file && g_cache->inode == inode && g_cache->mark == *mark &&
        g_cache->settings.minSupport == settings.minSupport &&
        g_cache->settings.minConfidence == settings.minConfidence &&
        g_cache->madeAt.secsTo(now) < CrossSellService::kCacheMinutes * 60)
        return g_cache;

    QElapsedTimer timer;
    timer.start();
    auto made = std::make_shared<OfficeModel>();
    made->file = file;
    made->inode = inode;
    made->settings = settings;
    made->madeAt = now;
    Session office = officeSession(session);
    auto data = BasketQueries::officeBaskets(office);
    if (!data)
        return data.error();
    made->data = std::move(*data);
    made->mark = made->data.mark;
    auto catalogue = BasketQueries::products(office);
    if (!catalogue)
        return catalogue.error();
    made->products.reserve(made->data.productIds.size());
    for (qint64 id : made->data.productIds) {
        const auto it = std::lower_bound(catalogue->begin(), catalogue->end(), id,
                                         [](const CrossSellProduct& p, qint64 v) { return p.id < v; });
        made->products.push_back(it != catalogue->end() && it->id == id ? *it
                                                                        : CrossSellProduct{id, {}, {}, {}, false});
    }
    made->result = analytics::AssociationMiner::mine(made->data.baskets, settings);
    made->seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    g_cache = made;
    return std::shared_ptr<const OfficeModel>(made);
}

std::uint32_t itemOf(const OfficeModel& m, qint64 productId)
{
    const auto& ids = m.data.productIds;
    const auto it = std::lower_bound(ids.begin(), ids.end(), productId);
    return it != ids.end() && *it == productId ? static_cast<std::uint32_t>(it - ids.begin()) : UINT32_MAX;
}

} // namespace

QJsonObject CrossSellRule::toJson() const
{
    return {{QStringLiteral("antecedent"), productJson(antecedent)},
            {QStringLiteral("consequent"), productJson(consequent)},
            {QStringLiteral("customers_both"), customersBoth},
            {QStringLiteral("support"), support},
            {QStringLiteral("confidence"), confidence},
            {QStringLiteral("lift"), lift}};
}

QJsonObject CrossSellRules::toJson() const
{
    QJsonArray list;
    for (const CrossSellRule& r : rules)
        list.append(r.toJson());
    return {{QStringLiteral("baskets"), baskets},
            {QStringLiteral("products"), products},
            {QStringLiteral("frequent_products"), frequentProducts},
            {QStringLiteral("min_support"), settings.minSupport},
            {QStringLiteral("min_confidence"), settings.minConfidence},
            {QStringLiteral("min_count"), minCount},
            {QStringLiteral("rules_total"), rulesTotal},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("cached"), cached},
            {QStringLiteral("rules"), list}};
}

QJsonObject CrossSellSuggestions::toJson() const
{
    QJsonArray list;
    for (const CrossSellSuggestion& s : suggestions) {
        QJsonObject o = s.rule.toJson();
        list.append(QJsonObject{{QStringLiteral("product"), o.value(QStringLiteral("consequent"))},
                                {QStringLiteral("because_of"), o.value(QStringLiteral("antecedent"))},
                                {QStringLiteral("customers_both"), s.rule.customersBoth},
                                {QStringLiteral("support"), s.rule.support},
                                {QStringLiteral("confidence"), s.rule.confidence},
                                {QStringLiteral("lift"), s.rule.lift}});
    }
    return {{QStringLiteral("customer_id"), customerId},
            {QStringLiteral("baskets"), baskets},
            {QStringLiteral("suggestions"), list}};
}

QJsonObject CrossSellTargets::toJson() const
{
    QJsonArray list;
    for (const CrossSellTarget& t : customers) {
        list.append(QJsonObject{{QStringLiteral("id"), t.customer.id},
                                {QStringLiteral("code"), t.customer.code},
                                {QStringLiteral("name"), t.customer.name},
                                {QStringLiteral("owner"), t.customer.ownerName},
                                {QStringLiteral("because_of"), productJson(t.rule.antecedent)},
                                {QStringLiteral("customers_both"), t.rule.customersBoth},
                                {QStringLiteral("support"), t.rule.support},
                                {QStringLiteral("confidence"), t.rule.confidence},
                                {QStringLiteral("lift"), t.rule.lift}});
    }
    return {{QStringLiteral("product"), productJson(product)},
            {QStringLiteral("total"), total},
            {QStringLiteral("customers"), list}};
}

analytics::AssociationSettings CrossSellService::settings(storage::Database& db)
{
    analytics::AssociationSettings settings;
    for (const auto& [key, text] : storage::SettingsRepository::all(db)) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            continue;
        if (key == "crosssell.min_support" && value > 0 && value <= 1)
            settings.minSupport = value;
        else if (key == "crosssell.min_confidence" && value >= 0 && value <= 1)
            settings.minConfidence = value;
    }
    return settings;
}

core::Result<CrossSellRules> CrossSellService::rules(Session& session,
                                                     const std::optional<analytics::AssociationSettings>& override,
                                                     std::size_t top)
{
    const analytics::AssociationSettings chosen = override ? *override : settings(session.db());
    if (!(chosen.minSupport > 0 && chosen.minSupport <= 1))
        return core::makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("The minimum support must be above 0 and at most 1 (got %1).").arg(chosen.minSupport),
            QStringLiteral("min_support"));
    if (!(chosen.minConfidence >= 0 && chosen.minConfidence <= 1))
        return core::makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("The minimum confidence must be between 0 and 1 (got %1).").arg(chosen.minConfidence),
            QStringLiteral("min_confidence"));
    const auto before = QDateTime::currentDateTimeUtc();
    auto m = model(session, chosen);
    if (!m)
        return m.error();
    const OfficeModel& office = **m;
    CrossSellRules out;
    out.settings = chosen;
    out.baskets = static_cast<qint64>(office.result.baskets);
    out.products = static_cast<qint64>(office.data.productIds.size());
    out.frequentProducts = static_cast<qint64>(office.result.frequentItems);
    out.minCount = office.result.minCount;
    out.rulesTotal = static_cast<qint64>(office.result.rules.size());
    out.cached = office.madeAt < before;
    out.seconds = out.cached ? 0.0 : office.seconds;
    const std::size_t n = top == 0 ? office.result.rules.size() : std::min(top, office.result.rules.size());
    for (std::uint32_t k = 0; k < n; ++k)
        out.rules.push_back(ruleOf(office, k));
    return out;
}

core::Result<CrossSellSuggestions> CrossSellService::suggest(Session& session, qint64 customerId, std::size_t limit)
{
    auto held = BasketQueries::customerProducts(session, customerId); // scope checked there
    if (!held)
        return held.error();
    auto m = model(session, settings(session.db()));
    if (!m)
        return m.error();
    const OfficeModel& office = **m;
    std::vector<std::uint32_t> basket;
    for (qint64 id : *held) {
        const std::uint32_t item = itemOf(office, id);
        if (item != UINT32_MAX)
            basket.push_back(item);
    }
    std::sort(basket.begin(), basket.end());
    CrossSellSuggestions out;
    out.customerId = customerId;
    out.baskets = static_cast<qint64>(office.result.baskets);
    for (const analytics::RuleSuggestion& s : analytics::AssociationMiner::suggest(office.result, basket)) {
        if (!office.products[s.item].active)
            continue; // a product no longer sold is not offered
        out.suggestions.push_back({ruleOf(office, s.rule)});
        if (limit > 0 && out.suggestions.size() >= limit)
            break;
    }
    return out;
}

core::Result<CrossSellTargets> CrossSellService::targets(Session& session, qint64 productId, std::size_t limit)
{
    auto m = model(session, settings(session.db()));
    if (!m)
        return m.error();
    const OfficeModel& office = **m;
    const std::uint32_t item = itemOf(office, productId);
    if (item == UINT32_MAX)
        return core::makeError(ErrorCode::NotFound, QStringLiteral("There is no product with id %1.").arg(productId),
                               QStringLiteral("product"));
    auto scoped = BasketQueries::scopedCustomerIds(session);
    if (!scoped)
        return scoped.error();
    // The caller's customers as baskets of the office's model (a customer created since has no basket yet).
    std::vector<std::size_t> candidates;
    candidates.reserve(scoped->size());
    const auto& ids = office.data.customerIds;
    auto it = ids.begin();
    for (qint64 id : *scoped) {
        it = std::lower_bound(it, ids.end(), id);
        if (it == ids.end())
            break;
        if (*it == id)
            candidates.push_back(static_cast<std::size_t>(it - ids.begin()));
    }
    const auto found = analytics::AssociationMiner::targets(office.result, office.data.baskets, item, candidates);
    CrossSellTargets out;
    out.product = office.products[item];
    out.total = static_cast<qint64>(found.size());
    const std::size_t n = limit == 0 ? found.size() : std::min(limit, found.size());
    std::vector<qint64> customerIds;
    for (std::size_t k = 0; k < n; ++k)
        customerIds.push_back(ids[found[k].basket]);
    auto customers = BasketQueries::customers(session, customerIds);
    if (!customers)
        return customers.error();
    // In the order found (best rule first); a customer gone since the model was made is left out.
    std::size_t next = 0;
    for (std::size_t k = 0; k < n && next < customers->size(); ++k) {
        if ((*customers)[next].id != customerIds[k])
            continue;
        out.customers.push_back({(*customers)[next++], ruleOf(office, found[k].rule)});
    }
    return out;
}

core::Result<CrossSellProduct> CrossSellService::product(Session& session, const QString& idOrCode)
{
    auto catalogue = BasketQueries::products(session);
    if (!catalogue)
        return catalogue.error();
    const QString key = idOrCode.trimmed();
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    for (const CrossSellProduct& p : *catalogue) {
        if (p.code == key || (isId && p.id == id))
            return p;
    }
    return core::makeError(ErrorCode::NotFound, QStringLiteral("There is no product with id or code \"%1\".").arg(key),
                           QStringLiteral("product"));
}

void CrossSellService::clearCache()
{
    std::lock_guard lock(g_cacheMutex);
    g_cache.reset();
}

} // namespace carddesk::services
