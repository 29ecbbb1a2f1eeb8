#include "storage/repositories/SurveyRepository.h"

#include "core/InputLimits.h"
#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;
using core::SatisfactionSurvey;

namespace {

const QString kTable = QStringLiteral("satisfaction_surveys");

const char* const kSelect =
    "SELECT s.id, s.customer_id, s.contact_id, s.surveyed_on, s.product_score, s.service_score, s.staff_score, "
    "s.image_score, s.comment, s.recorded_by, s.created_at, s.row_version, c.name, k.name, "
    "coalesce(nullif(u.display_name, ''), u.username) FROM satisfaction_surveys s "
    "JOIN customers c ON c.id = s.customer_id LEFT JOIN contacts k ON k.id = s.contact_id "
    "LEFT JOIN users u ON u.id = s.recorded_by ";

SatisfactionSurvey readSurvey(SQLite::Statement& q)
{
    SatisfactionSurvey s;
    s.id = q.getColumn(0).getInt64();
    s.customerId = q.getColumn(1).getInt64();
    s.contactId = sqlbind::toId(q.getColumn(2));
    s.surveyedOn = sqlbind::toDate(q.getColumn(3));
    s.product = q.getColumn(4).getInt();
    s.service = q.getColumn(5).getInt();
    s.staff = q.getColumn(6).getInt();
    s.image = q.getColumn(7).getInt();
    s.comment = sqlbind::toQString(q.getColumn(8));
    s.recordedBy = sqlbind::toId(q.getColumn(9));
    s.createdAt = sqlbind::toDateTime(q.getColumn(10));
    s.rowVersion = q.getColumn(11).getInt64();
    s.customerName = sqlbind::toQString(q.getColumn(12));
    s.contactName = sqlbind::toQString(q.getColumn(13));
    s.recordedByName = sqlbind::toQString(q.getColumn(14));
    return s;
}

RowAudit::Fields auditFields(const SatisfactionSurvey& s)
{
    return {{QStringLiteral("contact_id"), s.contactId > 0 ? QString::number(s.contactId) : QString()},
            {QStringLiteral("surveyed_on"), s.surveyedOn.toString(Qt::ISODate)},
            {QStringLiteral("product_score"), QString::number(s.product)},
            {QStringLiteral("service_score"), QString::number(s.service)},
            {QStringLiteral("staff_score"), QString::number(s.staff)},
            {QStringLiteral("image_score"), QString::number(s.image)},
            {QStringLiteral("comment"), s.comment}};
}

core::Error surveyNotFound(qint64 id)
{
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("satisfaction survey %1 does not exist or is not yours to see").arg(id));
}

// Inside the caller's transaction: the survey when it exists and its customer is in scope.
std::optional<SatisfactionSurvey> findInScope(Session& session, qint64 id)
{
    SQLite::Statement q(session.db().sql(), std::string(kSelect) + "WHERE s.id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep())
        return std::nullopt;
    SatisfactionSurvey s = readSurvey(q);
    if (!AccessScope::requireCustomer(session, s.customerId))
        return std::nullopt;
    return s;
}

core::Status requireOwnContact(Session& session, const SatisfactionSurvey& s)
{
    if (s.contactId <= 0)
        return {};
    SQLite::Statement contact(session.db().sql(), "SELECT 1 FROM contacts WHERE id = ? AND customer_id = ?");
    contact.bind(1, static_cast<int64_t>(s.contactId));
    contact.bind(2, static_cast<int64_t>(s.customerId));
    if (!contact.executeStep())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("contact %1 is not a contact of this customer").arg(s.contactId),
                         QStringLiteral("contact"));
    return {};
}

void bindFields(SQLite::Statement& st, const SatisfactionSurvey& s, int first)
{
    sqlbind::optionalId(st, first, s.contactId);
    sqlbind::date(st, first + 1, s.surveyedOn);
    st.bind(first + 2, s.product);
    st.bind(first + 3, s.service);
    st.bind(first + 4, s.staff);
    st.bind(first + 5, s.image);
    sqlbind::text(st, first + 6, s.comment);
}

} // namespace

core::Status SurveyRepository::validate(const SatisfactionSurvey& survey, const QDate& today)
{
    const std::pair<const char*, int> scores[] = {
        {"product", survey.product}, {"service", survey.service}, {"staff", survey.staff}, {"image", survey.image}};
    for (const auto& [aspect, score] : scores) {
        if (score < SatisfactionSurvey::MinScore || score > SatisfactionSurvey::MaxScore)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("The %1 score must be a whole number from 1 to 5, not %2.")
                                 .arg(QString::fromLatin1(aspect))
                                 .arg(score),
                             QStringLiteral("%1_score").arg(QString::fromLatin1(aspect)));
    }
    if (!survey.surveyedOn.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The survey date is required."),
                         QStringLiteral("surveyed_on"));
    if (survey.surveyedOn > today)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The survey date %1 is in the future; a survey is recorded once it was "
                                        "answered.")
                             .arg(survey.surveyedOn.toString(Qt::ISODate)),
                         QStringLiteral("surveyed_on"));
    if (survey.surveyedOn < core::InputLimits::earliestOrderDate())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("The survey date %1 is before 1900.").arg(survey.surveyedOn.toString(Qt::ISODate)),
            QStringLiteral("surveyed_on"));
    if (auto problem = core::InputLimits::textProblem(survey.comment, core::InputLimits::kLongText, true))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The comment %1").arg(*problem),
                         QStringLiteral("comment"));
    return {};
}

core::Result<std::vector<SatisfactionSurvey>> SurveyRepository::list(qint64 customerId)
{
    std::vector<SatisfactionSurvey> surveys;
    auto status = m_session.db().read([&]() -> core::Status {
        std::string sql = std::string(kSelect) + "WHERE ";
        if (customerId > 0) {
            if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
                return ok;
            sql += "s.customer_id = ?";
        } else {
            sql += AccessScope::customerFilter(m_session, "c");
        }
        sql += " ORDER BY s.surveyed_on DESC, s.id DESC";
        SQLite::Statement q(m_session.db().sql(), sql);
        if (customerId > 0)
            q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep())
            surveys.push_back(readSurvey(q));
        return {};
    });
    if (!status)
        return status.error();
    return surveys;
}

core::Result<SatisfactionSurvey> SurveyRepository::find(qint64 surveyId)
{
    std::optional<SatisfactionSurvey> found;
    auto status = m_session.db().read([&]() -> core::Status {
        found = findInScope(m_session, surveyId);
        return {};
    });
    if (!status)
        return status.error();
    if (!found)
        return surveyNotFound(surveyId);
    return *found;
}

core::Result<SatisfactionSurvey> SurveyRepository::create(SatisfactionSurvey survey)
{
    survey.comment = survey.comment.trimmed();
    if (auto ok = validate(survey, QDate::currentDate()); !ok)
        return ok.error();
    survey.recordedBy = m_session.userId();
    survey.createdAt = QDateTime::currentDateTimeUtc();
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, survey.customerId); !ok)
            return ok;
        if (auto ok = requireOwnContact(m_session, survey); !ok)
            return ok;
        auto& db = m_session.db().sql();
        SQLite::Statement st(db, "INSERT INTO satisfaction_surveys (customer_id, contact_id, surveyed_on, "
                                 "product_score, service_score, staff_score, image_score, comment, recorded_by, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, static_cast<int64_t>(survey.customerId));
        bindFields(st, survey, 2);
        sqlbind::optionalId(st, 9, survey.recordedBy);
        sqlbind::dateTime(st, 10, survey.createdAt);
        st.exec();
        survey.id = db.getLastInsertRowid();
        survey.rowVersion = 1;
        RowAudit::inserted(m_session, kTable, survey.id, survey.customerId, auditFields(survey));
        return {};
    });
    if (!status)
        return status.error();
    return survey;
}

core::Result<SatisfactionSurvey> SurveyRepository::update(const SatisfactionSurvey& edited)
{
    SatisfactionSurvey survey = edited;
    survey.comment = survey.comment.trimmed();
    if (auto ok = validate(survey, QDate::currentDate()); !ok)
        return ok.error();
    auto status = m_session.db().write([&]() -> core::Status {
        const std::optional<SatisfactionSurvey> current = findInScope(m_session, survey.id);
        if (!current)
            return surveyNotFound(survey.id);
        if (survey.customerId != 0 && survey.customerId != current->customerId)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("survey %1 belongs to another customer").arg(survey.id),
                             QStringLiteral("customer_id"));
        survey.customerId = current->customerId;
        if (current->rowVersion != survey.rowVersion)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("survey %1 was changed by someone else (version %2, yours %3)")
                                 .arg(survey.id)
                                 .arg(current->rowVersion)
                                 .arg(survey.rowVersion));
        if (auto ok = requireOwnContact(m_session, survey); !ok)
            return ok;
        SQLite::Statement st(m_session.db().sql(),
                             "UPDATE satisfaction_surveys SET contact_id = ?, surveyed_on = ?, product_score = ?, "
                             "service_score = ?, staff_score = ?, image_score = ?, comment = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?");
        bindFields(st, survey, 1);
        st.bind(8, static_cast<int64_t>(survey.id));
        st.bind(9, static_cast<int64_t>(current->rowVersion));
        if (st.exec() != 1)
            return makeError(ErrorCode::Conflict, QStringLiteral("survey %1 changed while saving").arg(survey.id));
        survey.rowVersion = current->rowVersion + 1;
        survey.recordedBy = current->recordedBy;
        survey.createdAt = current->createdAt;
        survey.customerName = current->customerName;
        survey.recordedByName = current->recordedByName;
        RowAudit::updated(m_session, kTable, survey.id, survey.customerId, auditFields(*current), auditFields(survey));
        return {};
    });
    if (!status)
        return status.error();
    return survey;
}

core::Status SurveyRepository::remove(qint64 surveyId)
{
    return m_session.db().write([&]() -> core::Status {
        const std::optional<SatisfactionSurvey> current = findInScope(m_session, surveyId);
        if (!current)
            return surveyNotFound(surveyId);
        SQLite::Statement st(m_session.db().sql(), "DELETE FROM satisfaction_surveys WHERE id = ?");
        st.bind(1, static_cast<int64_t>(surveyId));
        st.exec();
        RowAudit::removed(m_session, kTable, surveyId, current->customerId, auditFields(*current));
        return {};
    });
}

core::Result<std::vector<int>> SurveyRepository::complaintSatisfaction(qint64 customerId)
{
    std::vector<int> scores;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT satisfaction FROM complaints WHERE customer_id = ? AND status = 'closed' AND "
                            "satisfaction > 0 ORDER BY received_at, id");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep())
            scores.push_back(q.getColumn(0).getInt());
        return {};
    });
    if (!status)
        return status.error();
    return scores;
}

} // namespace carddesk::storage
