#include "storage/repositories/ComplaintCategoryRepository.h"

#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <functional>

#include <optional>

namespace carddesk::storage {

using core::ComplaintCategory;
using core::ErrorCode;
using core::makeError;

namespace {

const QString kTable = QStringLiteral("complaint_categories");

std::optional<ComplaintCategory> findCategory(Database& db, qint64 id)
{
    SQLite::Statement q(db.sql(), "SELECT id, name, active FROM complaint_categories WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep())
        return std::nullopt;
    ComplaintCategory category;
    category.id = q.getColumn(0).getInt64();
    category.name = sqlbind::toQString(q.getColumn(1));
    category.active = q.getColumn(2).getInt() != 0;
    return category;
}

core::Error categoryNotFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("complaint category %1 does not exist").arg(id));
}

// An empty name or one another category already has (names are keys; case alone does not make a new one).
core::Status checkName(Database& db, const QString& name, qint64 exceptId)
{
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A category needs a name."),
                         QStringLiteral("name"));
    SQLite::Statement q(db.sql(), "SELECT id, name FROM complaint_categories WHERE id <> ?");
    q.bind(1, static_cast<int64_t>(exceptId));
    while (q.executeStep())
        if (sqlbind::toQString(q.getColumn(1)).compare(name, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("There is already a category named %1.").arg(name), QStringLiteral("name"));
    return {};
}

RowAudit::Fields fields(const ComplaintCategory& category)
{
    return {{QStringLiteral("name"), category.name},
            {QStringLiteral("active"), category.active ? QStringLiteral("1") : QStringLiteral("0")}};
}

} // namespace

core::Result<std::vector<ComplaintCategory>> ComplaintCategoryRepository::list()
{
    std::vector<ComplaintCategory> categories;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireRole(m_session, core::Role::Rep, QStringLiteral("complaint categories")); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(), "SELECT id FROM complaint_categories ORDER BY id");
        while (q.executeStep())
            categories.push_back(*findCategory(m_session.db(), q.getColumn(0).getInt64()));
        return {};
    });
    if (!status)
        return status.error();
    return categories;
}

core::Result<ComplaintCategory> ComplaintCategoryRepository::add(const QString& name)
{
    ComplaintCategory category;
    category.name = name.trimmed();
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireRole(m_session, core::Role::Admin,
                                               QStringLiteral("editing complaint "
                                                              "categories"));
            !ok)
            return ok;
        if (auto ok = checkName(m_session.db(), category.name, 0); !ok)
            return ok;
        SQLite::Statement st(m_session.db().sql(), "INSERT INTO complaint_categories (name, active) VALUES (?, 1)");
        sqlbind::text(st, 1, category.name);
        st.exec();
        category.id = m_session.db().sql().getLastInsertRowid();
        RowAudit::inserted(m_session, kTable, category.id, 0, fields(category));
        return {};
    });
    if (!status)
        return status.error();
    return category;
}

core::Result<ComplaintCategory> ComplaintCategoryRepository::rename(qint64 categoryId, const QString& name)
{
    return modify(categoryId, [&](ComplaintCategory& category) -> core::Status {
        category.name = name.trimmed();
        return checkName(m_session.db(), category.name, categoryId);
    });
}

core::Result<ComplaintCategory> ComplaintCategoryRepository::setActive(qint64 categoryId, bool active)
{
    return modify(categoryId, [&](ComplaintCategory& category) -> core::Status {
        category.active = active;
        return {};
    });
}

core::Result<ComplaintCategory>
ComplaintCategoryRepository::modify(qint64 categoryId, const std::function<core::Status(ComplaintCategory&)>& change)
{
    ComplaintCategory after;
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok =
                AccessScope::requireRole(m_session, core::Role::Admin, QStringLiteral("editing complaint categories"));
            !ok)
            return ok;
        const std::optional<ComplaintCategory> before = findCategory(m_session.db(), categoryId);
        if (!before)
            return categoryNotFound(categoryId);
        after = *before;
        if (auto ok = change(after); !ok)
            return ok;
        SQLite::Statement st(m_session.db().sql(), "UPDATE complaint_categories SET name = ?, active = ? WHERE id = ?");
        sqlbind::text(st, 1, after.name);
        st.bind(2, after.active ? 1 : 0);
        st.bind(3, static_cast<int64_t>(categoryId));
        st.exec();
        RowAudit::updated(m_session, kTable, categoryId, 0, fields(*before), fields(after));
        return {};
    });
    if (!status)
        return status.error();
    return after;
}

} // namespace carddesk::storage
