#include "services/CustomerImport.h"

#include "core/CompanyNameKey.h"

#include "core/CsvField.h"
#include "core/CustomerCode.h"
#include "core/CustomerColumns.h"
#include "core/CustomerJson.h"
#include "core/CustomerMatchKey.h"
#include "core/CustomerValidator.h"
#include "core/RegularFile.h"
#include "io/CsvTableReader.h"
#include "io/ImportValueText.h"
#include "io/XlsxTableReader.h"
#include "services/CustomerHandover.h"
#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/db/SearchIndexPause.h"
#include "storage/queries/ImportMatchQueries.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/ImportCardWriter.h"
#include "storage/repositories/UserRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <map>
#include <optional>

namespace carddesk::services {

using core::ErrorCode;
using io::CustomerFileColumn;
using io::CustomerFileColumns;
using Source = CustomerFileColumn::Source;
using Action = CustomerImport::PlannedCustomer::Action;

namespace {

const QString kImportAction = QStringLiteral("import-customers");

QString columnName(int column, const QString& header)
{
    return header.isEmpty() ? io::ImportTable::columnLetters(column)
                            : QStringLiteral("%1 (%2)").arg(io::ImportTable::columnLetters(column), header);
}

// The file column (0-based) of each CardDesk column the mapping feeds.
using ColumnIndex = std::map<const CustomerFileColumn*, int>;

const CustomerFileColumn* cardColumn(core::CustomerField field)
{
    for (const CustomerFileColumn& column : CustomerFileColumns::all()) {
        if (column.source == Source::Card && column.field == field)
            return &column;
    }
    return nullptr;
}

const CustomerFileColumn* columnBySource(Source source)
{
    for (const CustomerFileColumn& column : CustomerFileColumns::all()) {
        if (column.source == source)
            return &column;
    }
    return nullptr;
}

// The file column a validator's field name stands for (customer fields are stored column names; contact fields
// their own names).
const CustomerFileColumn* columnForField(const QString& field, bool contact)
{
    if (contact) {
        static const std::pair<const char*, Source> contactFields[] = {{"name", Source::ContactName},
                                                                       {"title", Source::ContactTitle},
                                                                       {"phone", Source::ContactPhone},
                                                                       {"mobile", Source::ContactMobile},
                                                                       {"email", Source::ContactEmail},
                                                                       {"birthday", Source::ContactBirthday},
                                                                       {"notes", Source::ContactNotes},
                                                                       {"is_primary", Source::ContactPrimary},
                                                                       {"do_not_contact", Source::ContactDoNotContact}};
        for (const auto& [name, source] : contactFields) {
            if (field == QLatin1String(name))
                return columnBySource(source);
        }
        return nullptr;
    }
    const core::CustomerColumn* stored = core::CustomerColumns::find(field);
    return stored ? cardColumn(stored->field) : nullptr;
}

// The fields an import may change (all but the hand-set lifecycle stage) as the audit trail writes them, to put
// back on undo.
bool importWrites(const core::CustomerColumn& column)
{
    return column.field != core::CustomerField::ManualStage && column.field != core::CustomerField::ManualStageAt;
}

QString beforeJson(const core::Customer& customer)
{
    QJsonObject fields;
    for (const core::CustomerColumn& column : core::CustomerColumns::all()) {
        if (importWrites(column))
            fields.insert(column.columnName(), column.auditText(customer));
    }
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

void restoreFields(core::Customer& customer, const QString& json)
{
    const QJsonObject fields = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const core::CustomerColumn& column : core::CustomerColumns::all()) {
        if (importWrites(column) && fields.contains(column.columnName()))
            column.setValue(customer, fields.value(column.columnName()).toString());
    }
}

// Cards given to another rep, by (rep they leave, rep they go to).
using OwnerChanges = std::map<std::pair<qint64, qint64>, std::vector<qint64>>;

void noteOwnerChange(OwnerChanges& changes, qint64 customerId, qint64 from, qint64 to)
{
    if (from > 0 && to > 0 && from != to)
        changes[{from, to}].push_back(customerId);
}

// A card given to another rep takes along the open complaints and planned visits the rep it leaves holds for it, as
// a reassignment does: left behind, they show in nobody's day. Once per pair of reps, after the cards are written.
void moveOpenWork(storage::Session& session, const OwnerChanges& changes)
{
    for (const auto& [owners, customerIds] : changes)
        CustomerHandover::moveOpenWork(session, customerIds, owners.first, owners.second);
}

core::Error withRow(const QString& fileName, qint64 row, const core::Error& error)
{
    core::Error placed = error;
    placed.message = QStringLiteral("%1, row %2: %3").arg(fileName).arg(row).arg(error.message);
    placed.row = row;
    return placed;
}

// Reads the rows of one plan: the table, the mapping and the office's names and customers it resolves against.
class Planner
{
public:
    Planner(storage::Session& session, const io::ImportTable& table, const CustomerImport::Mapping& mapping,
            CustomerImport::Plan& plan)
        : m_session(session), m_table(table), m_plan(plan)
    {
        for (int i = 0; i < static_cast<int>(mapping.columns.size()); ++i) {
            if (mapping.columns[static_cast<std::size_t>(i)])
                m_index[mapping.columns[static_cast<std::size_t>(i)]] = i;
        }
        m_csv = table.format == QLatin1String("csv");
    }

    core::Status loadOffice()
    {
        // The whole office in scope: a code not found in it is free, with no look-up per row.
        m_wholeOffice = storage::AccessScope::coversWholeOffice(m_session);
        auto areas = storage::UserRepository::areas(m_session);
        if (!areas)
            return areas.error();
        for (const core::Area& area : *areas)
            m_areas.insert(area.name.trimmed().toCaseFolded(), area.id);
        auto users = storage::UserRepository::list(m_session);
        if (!users)
            return users.error();
        QHash<QString, int> displayNames;
        for (const core::User& user : *users) {
            m_users.insert(user.username.toCaseFolded(), user.id);
            displayNames[user.displayName.trimmed()] += 1;
        }
        for (const core::User& user : *users) {
            if (!user.displayName.trimmed().isEmpty() && displayNames.value(user.displayName.trimmed()) == 1)
                m_users.insert(user.displayName.trimmed().toCaseFolded(), user.id);
        }
        auto candidates = storage::ImportMatchQueries::customersInScope(m_session);
        if (!candidates)
            return candidates.error();
        m_candidates = std::move(*candidates);
        for (std::size_t i = 0; i < m_candidates.size(); ++i) {
            const auto& candidate = m_candidates[i];
            m_byCode.insert(candidate.code, i);
            for (const QString& phone : candidate.phones) {
                const QString key = core::CustomerMatchKey::phone(phone);
                if (!key.isEmpty() && !m_byPhone.contains(key))
                    m_byPhone.insert(key, i);
            }
            const QString name = core::CustomerMatchKey::name(candidate.name);
            if (!m_byName.contains(name))
                m_byName.insert(name, i);
        }
        for (const io::ImportTable::CellProblem& problem : m_table.cellProblems)
            m_cellProblems[problem.fileRow].push_back(problem);
        return {};
    }

    void run()
    {
        // Rows with one code are one customer (the first holds the card); rows without a code one each.
        const CustomerFileColumn* codeColumn = cardColumn(core::CustomerField::Code);
        std::vector<std::vector<qsizetype>> groups;
        QHash<QString, std::size_t> groupOfCode;
        for (qsizetype r = 0; r < m_table.rowCount(); ++r) {
            const QString code = text(r, codeColumn);
            std::optional<QString> normalised;
            if (!code.isEmpty()) {
                if (auto valid = core::CustomerCode::normalized(code))
                    normalised = *valid;
            }
            if (normalised && groupOfCode.contains(*normalised)) {
                groups[groupOfCode.value(*normalised)].push_back(r);
                continue;
            }
            if (normalised)
                groupOfCode.insert(*normalised, groups.size());
            groups.push_back({r});
        }
        for (auto it = groupOfCode.cbegin(); it != groupOfCode.cend(); ++it)
            m_fileCodes.insert(it.key());
        for (const auto& group : groups)
            planCustomer(group);
        m_plan.rowsRead = m_table.rowCount();
        for (const auto& customer : m_plan.customers) {
            if (customer.inError)
                m_plan.rowsInError += static_cast<qint64>(customer.fileRows.size());
        }
        std::stable_sort(m_plan.problems.begin(), m_plan.problems.end(),
                         [](const auto& a, const auto& b) { return a.row < b.row; });
    }

private:
    // A mapped cell's text: trimmed, the CSV formula guard taken off; empty when the column is not mapped.
    QString text(qsizetype row, const CustomerFileColumn* column) const
    {
        const auto it = m_index.find(column);
        if (it == m_index.end())
            return {};
        const QStringView cell = m_table.cell(row, it->second);
        QString value = m_csv ? io::ImportValueText::withoutFormulaGuard(cell.trimmed()) : cell.trimmed().toString();
        return value;
    }

    void problem(qsizetype row, const CustomerFileColumn* column, const QString& message,
                 const core::Error* rule = nullptr)
    {
        CustomerImport::Problem p;
        p.row = m_table.fileRow(row);
        const auto it = column ? m_index.find(column) : m_index.end();
        if (it != m_index.end()) {
            p.column = it->second + 1;
            p.header = m_table.header(it->second);
        } else if (column) {
            p.header = column->englishHeader();
        }
        p.message = message;
        if (rule)
            p.rule = *rule;
        m_plan.problems.push_back(p);
        m_groupInError = true;
    }

    // Reads a card's columns of one row into the card; problems for values that do not read.
    void readCard(qsizetype row, core::Customer& card)
    {
        for (const CustomerFileColumn& column : CustomerFileColumns::all()) {
            if (column.source != Source::Card || column.field == core::CustomerField::Code)
                continue;
            const QString value = text(row, &column);
            if (value.isEmpty())
                continue;
            const core::CustomerColumn& stored = core::CustomerColumns::of(column.field);
            if (CustomerFileColumns::isEnumerated(column)) {
                const auto code = CustomerFileColumns::valueFromText(column, value);
                if (!code) {
                    problem(row, &column,
                            QStringLiteral("'%1' is not a value of %2 (%3)")
                                .arg(value.left(40), column.englishHeader(), column.chineseHeader()));
                    continue;
                }
                if (stored.type == core::CustomerColumn::Type::Flag)
                    stored.setValue(card, *code == QLatin1String("1"));
                else
                    stored.setValue(card, *code);
                continue;
            }
            switch (stored.type) {
            case core::CustomerColumn::Type::Real:
            case core::CustomerColumn::Type::Integer: {
                QString why;
                const auto number = io::ImportValueText::number(value, &why);
                if (!number) {
                    problem(row, &column, why);
                } else if (stored.type == core::CustomerColumn::Type::Integer && number->contains(u'.')) {
                    problem(row, &column, QStringLiteral("'%1' is not a whole number").arg(value.left(40)));
                } else {
                    stored.setValue(card, number->toDouble());
                }
                break;
            }
            case core::CustomerColumn::Type::Date: {
                QString why;
                const QDate date = io::ImportValueText::date(value, &why);
                if (!date.isValid())
                    problem(row, &column, why);
                else
                    stored.setValue(card, date);
                break;
            }
            default:
                stored.setValue(card, value);
                break;
            }
        }
    }

    // A row's contact, or nullopt when its contact columns are all empty.
    std::optional<core::Contact> readContact(qsizetype row)
    {
        core::Contact contact;
        bool any = false;
        for (const CustomerFileColumn& column : CustomerFileColumns::all()) {
            const QString value = text(row, &column);
            if (value.isEmpty())
                continue;
            switch (column.source) {
            case Source::ContactName:
                contact.name = value;
                break;
            case Source::ContactTitle:
                contact.title = value;
                break;
            case Source::ContactPhone:
                contact.phone = value;
                break;
            case Source::ContactMobile:
                contact.mobile = value;
                break;
            case Source::ContactEmail:
                contact.email = value;
                break;
            case Source::ContactNotes:
                contact.notes = value;
                break;
            case Source::ContactBirthday: {
                QString why;
                contact.birthday = io::ImportValueText::date(value, &why);
                if (!contact.birthday.isValid())
                    problem(row, &column, why);
                break;
            }
            case Source::ContactPrimary: {
                const auto flag = CustomerFileColumns::valueFromText(column, value);
                if (!flag)
                    problem(row, &column, QStringLiteral("'%1' is not yes or no (是/否)").arg(value.left(40)));
                else
                    contact.isPrimary = *flag == QLatin1String("1");
                break;
            }
            case Source::ContactDoNotContact: {
                const auto flag = CustomerFileColumns::valueFromText(column, value);
                if (!flag)
                    problem(row, &column, QStringLiteral("'%1' is not yes or no (是/否)").arg(value.left(40)));
                else
                    contact.doNotContact = *flag == QLatin1String("1");
                break;
            }
            default:
                continue;
            }
            any = true;
        }
        if (!any)
            return std::nullopt;
        for (const core::Error& error : core::CustomerValidator::validate(contact))
            problem(row, columnForField(error.field, true), error.message, &error);
        return contact;
    }

    std::optional<std::size_t> findMatch(const QString& code, const QStringList& phones, const QString& name,
                                         QString* by) const
    {
        if (!code.isEmpty()) {
            if (const auto it = m_byCode.constFind(code); it != m_byCode.cend()) {
                *by = QStringLiteral("code");
                return it.value();
            }
            // A code the office does not have is a new customer: matched by its phone it would overwrite another
            // customer's card with this row's name (a walkthrough renamed C0000003 so, and ZZ0001 never came in).
            return std::nullopt;
        }
        for (const QString& phone : phones) {
            const QString key = core::CustomerMatchKey::phone(phone);
            if (const auto it = m_byPhone.constFind(key); !key.isEmpty() && it != m_byPhone.cend()) {
                *by = QStringLiteral("phone");
                return it.value();
            }
        }
        if (!name.isEmpty()) {
            if (const auto it = m_byName.constFind(core::CustomerMatchKey::name(name)); it != m_byName.cend()) {
                *by = QStringLiteral("name");
                return it.value();
            }
        }
        return std::nullopt;
    }

    void planCustomer(const std::vector<qsizetype>& rows)
    {
        m_groupInError = false;
        CustomerImport::PlannedCustomer planned;
        const qsizetype first = rows.front();
        for (qsizetype r : rows)
            planned.fileRows.push_back(m_table.fileRow(r));
        // What the reader could not read in a used column (merged cells, formulas without a result, #N/A).
        for (qsizetype r : rows) {
            const auto it = m_cellProblems.constFind(m_table.fileRow(r));
            if (it == m_cellProblems.cend())
                continue;
            for (const io::ImportTable::CellProblem& cell : it.value()) {
                for (const auto& [column, index] : m_index) {
                    if (index + 1 == cell.column)
                        problem(r, column, cell.message);
                }
            }
        }

        const CustomerFileColumn* codeColumn = cardColumn(core::CustomerField::Code);
        const CustomerFileColumn* nameColumn = cardColumn(core::CustomerField::Name);
        const CustomerFileColumn* phoneColumn = cardColumn(core::CustomerField::Phone);
        QString code = text(first, codeColumn);
        if (!code.isEmpty()) {
            auto valid = core::CustomerCode::normalized(code);
            if (!valid) {
                problem(first, codeColumn, valid.error().message);
                code.clear();
            } else {
                code = *valid;
            }
        }
        core::Customer fileCard;
        readCard(first, fileCard);
        // Later rows of a customer hold its further contacts; a card value they repeat must be the first row's.
        for (std::size_t k = 1; k < rows.size(); ++k) {
            for (const CustomerFileColumn& column : CustomerFileColumns::all()) {
                if (column.source == Source::ContactName || column.source == Source::ContactTitle ||
                    column.source == Source::ContactPhone || column.source == Source::ContactMobile ||
                    column.source == Source::ContactEmail || column.source == Source::ContactBirthday ||
                    column.source == Source::ContactPrimary || column.source == Source::ContactNotes ||
                    column.source == Source::ContactDoNotContact)
                    continue;
                const QString later = text(rows[k], &column);
                if (!later.isEmpty() && later != text(first, &column))
                    problem(rows[k], &column,
                            QStringLiteral("'%1' differs from row %2, the first row of this customer, which holds "
                                           "the card; leave it empty or make them equal")
                                .arg(later.left(40))
                                .arg(m_table.fileRow(first)));
            }
        }
        std::vector<core::Contact> contacts;
        QStringList phones;
        if (!fileCard.phone.isEmpty())
            phones.append(fileCard.phone);
        for (qsizetype r : rows) {
            if (auto contact = readContact(r)) {
                phones << contact->mobile << contact->phone;
                contacts.push_back(std::move(*contact));
            }
        }
        const QString name = text(first, nameColumn);

        QString matchedBy;
        const auto match = findMatch(code, phones, name, &matchedBy);
        if (!match && !code.isEmpty()) {
            QString ignored;
            if (const auto samePhone = findMatch(QString(), phones, QString(), &ignored))
                m_plan.warnings.append(
                    QStringLiteral("%1, row %2: the new customer %3 has the phone of %4 %5; is it the same customer?")
                        .arg(m_table.fileName)
                        .arg(m_table.fileRow(first))
                        .arg(code, m_candidates[*samePhone].code, m_candidates[*samePhone].name));
            else if (const auto sameName = findMatch(QString(), {}, name, &ignored))
                m_plan.warnings.append(
                    QStringLiteral("%1, row %2: the new customer %3 has the name of %4 %5; is it the same customer?")
                        .arg(m_table.fileName)
                        .arg(m_table.fileRow(first))
                        .arg(code, m_candidates[*sameName].code, m_candidates[*sameName].name));
        }
        core::Customer card;
        if (match) {
            const storage::ImportMatchCandidate& candidate = m_candidates[*match];
            planned.matchedBy = matchedBy;
            // Found by phone alone, a row naming another company is not that customer: a shared switchboard, or a
            // number passed on. Updating would rename the stored card without a word.
            // Skipping it would leave the new company out as silently. Such a row is not that customer, so it does
            // not take the customer's place for a later row that is.
            const bool anotherCompany = matchedBy == u"phone" && m_plan.match != CustomerImport::Match::Create &&
                                        !name.isEmpty() &&
                                        core::CompanyNameKey::of(name) != core::CompanyNameKey::of(candidate.name);
            if (anotherCompany)
                problem(first, nameColumn,
                        QStringLiteral("the phone is that of %1 %2, but the name here is %3: put the code %1 in the "
                                       "row to change that customer, or give this one its own phone or code")
                            .arg(candidate.code, candidate.name, name));
            else if (const auto used = m_matched.constFind(candidate.id); used != m_matched.cend()) {
                problem(first,
                        matchedBy == u"code"    ? codeColumn
                        : matchedBy == u"phone" ? phoneColumn
                                                : nameColumn,
                        QStringLiteral("this row and row %1 are the same customer %2 (same %3): put its contacts under "
                                       "one code")
                            .arg(used.value())
                            .arg(candidate.code, matchedBy));
            }
            if (!anotherCompany)
                m_matched.insert(candidate.id, m_table.fileRow(first));
            if (m_plan.match == CustomerImport::Match::Skip) {
                planned.action = Action::Skip;
            } else if (m_plan.match == CustomerImport::Match::Create) {
                planned.action = Action::Create;
                if (matchedBy == u"code")
                    problem(first, codeColumn,
                            QStringLiteral("the code %1 is in use by %2; to create new cards leave the code empty "
                                           "(one is given) or use another")
                                .arg(code, candidate.name));
            } else {
                planned.action = Action::Update;
                storage::CustomerRepository repo(m_session);
                auto stored = repo.get(candidate.id, false);
                if (!stored) {
                    problem(first, codeColumn, stored.error().message);
                } else {
                    card = *stored;
                    planned.before = *stored;
                }
            }
        } else if (!code.isEmpty() && !m_wholeOffice && storage::ImportMatchQueries::codeTaken(m_session, code)) {
            // Codes are unique in the office: taken outside the user's scope, it cannot be created either.
            problem(first, codeColumn,
                    QStringLiteral("the code %1 cannot be used: customer codes are unique in the office and this one "
                                   "is taken outside your scope")
                        .arg(code));
        }
        if (planned.action != Action::Update || !match) {
            card = core::Customer();
            card.code = code;
        }
        // The file's values over the stored card (update) or the defaults (create): empty cells change nothing.
        if (planned.action != Action::Skip) {
            const core::Customer base = card;
            for (const core::CustomerColumn& column : core::CustomerColumns::all()) {
                const CustomerFileColumn* fileColumn = cardColumn(column.field);
                if (!fileColumn || column.field == core::CustomerField::Code || text(first, fileColumn).isEmpty())
                    continue;
                column.setValue(card, column.value(fileCard));
            }
            resolveNames(first, card);
            if (planned.action == Action::Create)
                card.id = 0;
            for (const core::Error& error : core::CustomerValidator::validate(card))
                problem(first, columnForField(error.field, false), error.message, &error);
            // Contacts already on a matched card (same name and phone) are not added twice.
            if (planned.action == Action::Update && card.id > 0) {
                storage::ContactRepository contactRepo(m_session);
                auto existing = contactRepo.listForCustomer(card.id);
                QSet<QString> known;
                if (existing) {
                    for (const core::Contact& contact : *existing)
                        known.insert(contactKey(contact));
                }
                std::erase_if(contacts, [&](const core::Contact& c) { return known.contains(contactKey(c)); });
                if (contacts.empty() && core::CustomerJson::toJson(card) == core::CustomerJson::toJson(base))
                    planned.action = Action::Unchanged;
            }
            planned.contacts = std::move(contacts);
        }
        planned.card = card;
        planned.referredByCode = m_pendingReferrer;
        m_pendingReferrer.clear();
        planned.inError = m_groupInError;
        m_plan.customers.push_back(std::move(planned));
    }

    static QString contactKey(const core::Contact& contact)
    {
        return core::CustomerMatchKey::name(contact.name) + u'|' + core::CustomerMatchKey::phone(contact.mobile) +
               u'|' + core::CustomerMatchKey::phone(contact.phone);
    }

    // Area, rep and referrer by name; a manager's customers stay in their area and with its reps.
    void resolveNames(qsizetype row, core::Customer& card)
    {
        const CustomerFileColumn* areaColumn = columnBySource(Source::AreaName);
        const CustomerFileColumn* ownerColumn = columnBySource(Source::OwnerUsername);
        const CustomerFileColumn* referrerColumn = columnBySource(Source::ReferredByCode);
        if (const QString area = text(row, areaColumn); !area.isEmpty()) {
            const auto it = m_areas.constFind(area.toCaseFolded());
            if (it == m_areas.cend())
                problem(row, areaColumn, QStringLiteral("there is no area named '%1'").arg(area.left(40)));
            else
                card.areaId = it.value();
        }
        if (m_session.isManager() && card.areaId != 0 && card.areaId != m_session.user().areaId)
            problem(row, areaColumn, QStringLiteral("a manager imports customers into their own area only"));
        if (const QString owner = text(row, ownerColumn); !owner.isEmpty()) {
            const auto it = m_users.constFind(owner.toCaseFolded());
            if (it == m_users.cend()) {
                problem(row, ownerColumn, QStringLiteral("there is no user named '%1'").arg(owner.left(40)));
            } else if (auto ok = storage::AccessScope::requireAssignableOwner(m_session, it.value()); !ok) {
                problem(row, ownerColumn,
                        QStringLiteral("%1 cannot be given customers: %2").arg(owner.left(40), ok.error().message));
            } else {
                card.ownerId = it.value();
            }
        }
        if (QString referrer = text(row, referrerColumn); !referrer.isEmpty()) {
            auto code = core::CustomerCode::normalized(referrer);
            if (!code) {
                problem(row, referrerColumn, code.error().message);
            } else if (const auto it = m_byCode.constFind(*code); it != m_byCode.cend()) {
                card.referredById = m_candidates[it.value()].id;
            } else if (m_fileCodes.contains(*code)) {
                m_pendingReferrer = *code; // written by this import: resolved after the cards
            } else {
                problem(row, referrerColumn, QStringLiteral("there is no customer with the code %1").arg(*code));
            }
        }
    }

    storage::Session& m_session;
    const io::ImportTable& m_table;
    CustomerImport::Plan& m_plan;
    ColumnIndex m_index;
    bool m_csv = false;
    bool m_wholeOffice = false;
    QHash<QString, qint64> m_areas;
    QHash<QString, qint64> m_users;
    std::vector<storage::ImportMatchCandidate> m_candidates;
    QHash<QString, std::size_t> m_byCode;
    QHash<QString, std::size_t> m_byPhone;
    QHash<QString, std::size_t> m_byName;
    QHash<qint64, qint64> m_matched; // stored customer id -> the file row that matched it first
    QSet<QString> m_fileCodes;
    QHash<qint64, std::vector<io::ImportTable::CellProblem>> m_cellProblems;
    QString m_pendingReferrer;
    bool m_groupInError = false;
};

} // namespace

qint64 CustomerImport::Plan::count(PlannedCustomer::Action action, bool withErrors) const
{
    return std::count_if(customers.begin(), customers.end(), [&](const PlannedCustomer& customer) {
        return customer.action == action && (withErrors || !customer.inError);
    });
}

qint64 CustomerImport::Plan::contactsToAdd() const
{
    qint64 n = 0;
    for (const PlannedCustomer& customer : customers) {
        if (!customer.inError && customer.action != PlannedCustomer::Action::Skip)
            n += static_cast<qint64>(customer.contacts.size());
    }
    return n;
}

QString CustomerImport::Plan::problemText(const Problem& problem) const
{
    if (problem.column > 0)
        return QStringLiteral("%1, row %2, column %3: %4")
            .arg(fileName)
            .arg(problem.row)
            .arg(columnName(problem.column, problem.header), problem.message);
    return QStringLiteral("%1, row %2, %3 (no such column in the file): %4")
        .arg(fileName)
        .arg(problem.row)
        .arg(problem.header, problem.message);
}

QJsonObject CustomerImport::Plan::toJson() const
{
    QJsonArray problemList;
    for (const Problem& problem : problems) {
        problemList.append(
            QJsonObject{{QStringLiteral("row"), problem.row},
                        {QStringLiteral("column"), problem.column},
                        {QStringLiteral("column_letters"),
                         problem.column > 0 ? io::ImportTable::columnLetters(problem.column) : QString()},
                        {QStringLiteral("header"), problem.header},
                        {QStringLiteral("message"), problem.message}});
    }
    static const char* const matchNames[] = {"update", "skip", "create"};
    return QJsonObject{
        {QStringLiteral("file"), fileName},
        {QStringLiteral("match"), QLatin1String(matchNames[static_cast<int>(match)])},
        {QStringLiteral("rows"), rowsRead},
        {QStringLiteral("empty_rows_skipped"), emptyRowsSkipped},
        {QStringLiteral("rows_in_error"), rowsInError},
        {QStringLiteral("customers_to_create"), count(PlannedCustomer::Action::Create)},
        {QStringLiteral("customers_to_update"), count(PlannedCustomer::Action::Update)},
        {QStringLiteral("customers_unchanged"), count(PlannedCustomer::Action::Unchanged)},
        {QStringLiteral("customers_to_skip"), count(PlannedCustomer::Action::Skip)},
        {QStringLiteral("contacts_to_add"), contactsToAdd()},
        {QStringLiteral("problems"), problemList},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

core::Result<io::ImportTable> CustomerImport::readFile(const QString& path, const ReadOptions& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm") {
        io::XlsxTableReader::Options xlsx;
        xlsx.sheet = options.sheet;
        return io::XlsxTableReader::read(path, xlsx);
    }
    io::CsvTableReader::Options csv;
    csv.encoding = options.encoding;
    return io::CsvTableReader::read(path, csv);
}

core::Result<CustomerImport::Mapping> CustomerImport::mapColumns(const io::ImportTable& table,
                                                                 const QHash<QString, QString>& explicitMap)
{
    Mapping mapping;
    QHash<QString, QString> chosen; // the explicit map by trimmed, case-folded header
    for (auto it = explicitMap.cbegin(); it != explicitMap.cend(); ++it)
        chosen.insert(it.key().trimmed().toCaseFolded(), it.value().trimmed());
    std::map<const CustomerFileColumn*, int> firstUse;
    const QString headerRow = QString::number(table.headerFileRow());
    for (int i = 0; i < table.columnCount(); ++i) {
        const QString header = table.header(i);
        const QString where =
            QStringLiteral("%1, row %2, column %3").arg(table.fileName, headerRow, columnName(i + 1, header));
        const CustomerFileColumn* column = nullptr;
        const QString key = header.trimmed().toCaseFolded();
        if (chosen.contains(key)) {
            const QString target = chosen.value(key);
            if (!target.isEmpty()) {
                column = CustomerFileColumns::findByHeader(target);
                if (!column)
                    return core::makeError(ErrorCode::InvalidArgument,
                                           QStringLiteral("the mapping gives the header '%1' the column '%2', which "
                                                          "CardDesk does not have (see docs/USER_GUIDE.md for the "
                                                          "column keys)")
                                               .arg(header, target),
                                           QStringLiteral("mapping"));
            }
        } else {
            column = CustomerFileColumns::findByHeader(header);
            if (!column)
                mapping.unmapped.append(
                    header.isEmpty() ? QStringLiteral("%1: the column has no header; it is not imported").arg(where)
                                     : QStringLiteral("%1: the header names no CardDesk column; the column is "
                                                      "not imported (map it with --mapping)")
                                           .arg(where));
        }
        if (column) {
            if (const auto it = firstUse.find(column); it != firstUse.end())
                return core::makeError(
                    ErrorCode::InvalidArgument,
                    QStringLiteral(
                        "%1, row %2: the columns %3 and %4 both map to %5 (%6); remove or rename one, or map "
                        "one to nothing with --mapping")
                        .arg(table.fileName, headerRow, columnName(it->second + 1, table.header(it->second)),
                             columnName(i + 1, header), column->englishHeader(), column->chineseHeader()),
                    QStringLiteral("header"), table.headerFileRow());
            firstUse[column] = i;
        }
        mapping.columns.push_back(column);
    }
    const CustomerFileColumn* code = cardColumn(core::CustomerField::Code);
    const CustomerFileColumn* name = cardColumn(core::CustomerField::Name);
    if (!firstUse.contains(code) && !firstUse.contains(name))
        return core::makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1, row %2: no column is the customers' name (客户名称) or code (编号); "
                           "the headers are: %3")
                .arg(table.fileName, headerRow, table.headers().join(QStringLiteral(", ")).left(300)),
            QStringLiteral("header"), table.headerFileRow());
    return mapping;
}

core::Result<QHash<QString, QString>> CustomerImport::readMappingFile(const QString& path)
{
    if (auto regular = core::requireRegularFile(path); !regular)
        return regular.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return core::makeError(ErrorCode::InvalidArgument,
                               QStringLiteral("%1 is not a mapping: a JSON object {\"header\": \"column key\", ...} "
                                              "is expected (%2 at byte %3)")
                                   .arg(QFileInfo(path).fileName(), error.errorString())
                                   .arg(error.offset),
                               QStringLiteral("mapping"));
    QHash<QString, QString> mapping;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull())
            return core::makeError(ErrorCode::InvalidArgument,
                                   QStringLiteral("%1: the header '%2' must map to a column key (text) or null")
                                       .arg(QFileInfo(path).fileName(), it.key()),
                                   QStringLiteral("mapping"));
        mapping.insert(it.key(), it.value().toString());
    }
    return mapping;
}

core::Result<CustomerImport::Plan> CustomerImport::plan(storage::Session& session, const io::ImportTable& table,
                                                        const Mapping& mapping, Match match)
{
    if (auto ok = storage::AccessScope::requireRole(session, core::Role::Manager, kImportAction); !ok)
        return ok.error();
    Plan plan;
    plan.fileName = table.fileName;
    plan.match = match;
    plan.emptyRowsSkipped = table.emptyRowsSkipped;
    plan.warnings = mapping.unmapped;
    for (const QString& warning : table.warnings)
        plan.warnings.append(QStringLiteral("%1: %2").arg(table.fileName, warning));
    Planner planner(session, table, mapping, plan);
    core::Status status = session.db().read([&]() -> core::Status {
        if (auto loaded = planner.loadOffice(); !loaded)
            return loaded;
        planner.run();
        return {};
    });
    if (!status)
        return status.error();
    return plan;
}

core::Result<CustomerImport::Result> CustomerImport::commit(storage::Session& session, const Plan& plan, Choice choice)
{
    if (auto ok = storage::AccessScope::requireRole(session, core::Role::Manager, kImportAction); !ok)
        return ok.error();
    if (plan.rowsInError > 0 && choice == Choice::AllOrNothing)
        return core::makeError(ErrorCode::InvalidArgument,
                               QStringLiteral("%1: %2 of %3 rows are in error, so nothing was imported; correct them, "
                                              "or choose to import the good rows only")
                                   .arg(plan.fileName)
                                   .arg(plan.rowsInError)
                                   .arg(plan.rowsRead),
                               QStringLiteral("file"));
    Result result;
    auto status = session.db().write([&]() -> core::Status {
        storage::CustomerRepository customers(session);
        storage::ImportCardWriter writer(session);
        const qint64 batch = storage::ImportBatchStore::begin(session, plan.fileName);
        std::vector<storage::ImportBatchRow> batchRows; // written together once every card is
        storage::ImportBatch counts;
        counts.id = batch;
        counts.rowsInError = plan.rowsInError;
        QHash<QString, qint64> written; // code -> id of the cards this import wrote
        std::vector<std::pair<qint64, QString>> referrers;
        OwnerChanges ownerChanges;
        // A large import indexes its new cards for search in one pass after they are written, not one trigger
        // call per card (as the order import does). New cards take ids after the largest at the pause; nothing
        // updates one of them before resume() (the referrers come after), so the index never misses a row it is
        // asked to change.
        std::optional<storage::SearchIndexPause> searchPause;
        if (plan.count(Action::Create) >= kSearchIndexPauseAt)
            searchPause.emplace(session.db());
        for (const PlannedCustomer& planned : plan.customers) {
            if (planned.inError)
                continue;
            const qint64 row = planned.fileRows.front();
            qint64 id = planned.card.id;
            switch (planned.action) {
            case Action::Skip:
            case Action::Unchanged:
                counts.rowsSkipped += static_cast<qint64>(planned.fileRows.size());
                continue;
            case Action::Create: {
                // New cards and their contacts through the writer with statements prepared once.
                std::vector<core::Contact> newContacts = planned.contacts;
                auto made = writer.create(planned.card, newContacts);
                if (!made)
                    return withRow(plan.fileName, row, made.error());
                id = made->id;
                ++counts.customersCreated;
                batchRows.push_back(storage::ImportBatchRow{
                    QStringLiteral("customers"), id, id, QStringLiteral("insert"), made->rowVersion, {}});
                for (const core::Contact& contact : newContacts) {
                    ++counts.contactsAdded;
                    batchRows.push_back(storage::ImportBatchRow{
                        QStringLiteral("contacts"), contact.id, id, QStringLiteral("insert"), contact.rowVersion, {}});
                }
                written.insert(made->code, id);
                if (!planned.referredByCode.isEmpty())
                    referrers.emplace_back(id, planned.referredByCode);
                continue;
            }
            case Action::Update: {
                std::vector<core::Contact> added = planned.contacts;
                auto version = writer.update(planned.before, planned.card, added);
                if (!version)
                    return withRow(plan.fileName, row, version.error());
                noteOwnerChange(ownerChanges, id, planned.before.ownerId, planned.card.ownerId);
                ++counts.customersUpdated;
                batchRows.push_back(storage::ImportBatchRow{QStringLiteral("customers"), id, id,
                                                            QStringLiteral("update"), *version,
                                                            beforeJson(planned.before)});
                for (const core::Contact& contact : added) {
                    ++counts.contactsAdded;
                    batchRows.push_back(storage::ImportBatchRow{
                        QStringLiteral("contacts"), contact.id, id, QStringLiteral("insert"), contact.rowVersion, {}});
                }
                written.insert(planned.card.code, id);
                if (!planned.referredByCode.isEmpty())
                    referrers.emplace_back(id, planned.referredByCode);
                continue;
            }
            }
        }
        if (searchPause)
            searchPause->resume();
        // Referrers that are cards of this same file, now that they have ids.
        for (const auto& [id, code] : referrers) {
            if (!written.contains(code))
                continue; // its card was in error and left out: the referrer stays empty
            auto card = customers.get(id, false);
            if (!card)
                return card.error();
            card->referredById = written.value(code);
            if (auto saved = customers.update(*card); !saved)
                return saved.error();
        }
        moveOpenWork(session, ownerChanges);
        storage::ImportBatchStore::addRows(session, batch, batchRows);
        storage::ImportBatchStore::finish(session, counts);
        storage::AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("import"),
                                          QStringLiteral("import_batches"), batch, 0, QStringLiteral("file"), QString(),
                                          QStringLiteral("%1: %2 customers created, %3 updated, %4 contacts added, %5 "
                                                         "rows skipped, %6 rows in error left out")
                                              .arg(plan.fileName)
                                              .arg(counts.customersCreated)
                                              .arg(counts.customersUpdated)
                                              .arg(counts.contactsAdded)
                                              .arg(counts.rowsSkipped)
                                              .arg(counts.rowsInError));
        result.batchId = batch;
        result.counts = counts;
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

core::Result<std::vector<storage::ImportBatch>> CustomerImport::batches(storage::Session& session)
{
    if (auto ok = storage::AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("imports list")); !ok)
        return ok.error();
    return storage::ImportBatchStore::list(session);
}

core::Status CustomerImport::undo(storage::Session& session, qint64 batchId)
{
    if (auto ok = storage::AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("imports undo")); !ok)
        return ok;
    return session.db().write([&]() -> core::Status {
        auto batch = storage::ImportBatchStore::get(session, batchId);
        if (!batch)
            return batch.error();
        if (batch->undoneAt.isValid())
            return core::makeError(ErrorCode::Conflict,
                                   QStringLiteral("import %1 (%2) was undone already, on %3")
                                       .arg(batchId)
                                       .arg(batch->fileName, batch->undoneAt.toString(Qt::ISODate)));
        auto changed = storage::ImportBatchStore::firstChangedCustomer(session, batchId);
        if (!changed)
            return changed.error();
        if (!changed->isEmpty())
            return core::makeError(ErrorCode::Conflict,
                                   QStringLiteral("import %1 (%2) cannot be undone: the customer %3 changed since "
                                                  "(edited, given contacts, orders, visits or complaints, or "
                                                  "deleted); an import is undone only while its customers are as it "
                                                  "left them")
                                       .arg(batchId)
                                       .arg(batch->fileName, *changed));
        auto rows = storage::ImportBatchStore::rows(session, batchId);
        if (!rows)
            return rows.error();
        storage::CustomerRepository customers(session);
        storage::ContactRepository contacts(session);
        QSet<qint64> created;
        OwnerChanges ownerChanges;
        for (const storage::ImportBatchRow& row : *rows) {
            if (row.table == u"customers" && row.action == u"insert")
                created.insert(row.rowId);
        }
        for (const storage::ImportBatchRow& row : *rows) {
            if (row.table == u"contacts" && !created.contains(row.customerId)) {
                if (auto removed = contacts.remove(row.rowId); !removed)
                    return removed;
            }
        }
        for (const storage::ImportBatchRow& row : *rows) {
            if (row.table != u"customers" || row.action != u"update")
                continue;
            auto card = customers.get(row.rowId, false);
            if (!card)
                return card.error();
            // An import that only added contacts left the card's row (and row_version) alone: nothing to put back,
            // and no earlier import's version to re-base (that would hide a later edit from its undo).
            if (beforeJson(*card) == row.beforeJson)
                continue;
            const qint64 importedOwner = card->ownerId;
            restoreFields(*card, row.beforeJson);
            auto saved = customers.update(*card);
            if (!saved)
                return saved.error();
            // The card goes back to its rep as a reassignment would take it: with the open work the rep it leaves
            // holds for it (what the import moved, and what that rep took on since).
            noteOwnerChange(ownerChanges, card->id, importedOwner, card->ownerId);
            // The import saved the card once, from row.rowVersion - 1: as it was then, for an earlier import too.
            storage::ImportBatchStore::rebaseCustomer(session, row.rowId, row.rowVersion - 1, saved->rowVersion);
        }
        moveOpenWork(session, ownerChanges);
        for (qint64 id : created) {
            if (auto removed = customers.remove(id); !removed)
                return removed;
        }
        storage::ImportBatchStore::markUndone(session, batchId);
        storage::AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("undo"),
                                          QStringLiteral("import_batches"), batchId, 0, QStringLiteral("file"),
                                          batch->fileName,
                                          QStringLiteral("undone: %1 customers deleted, %2 restored, %3 contacts "
                                                         "removed")
                                              .arg(batch->customersCreated)
                                              .arg(batch->customersUpdated)
                                              .arg(batch->contactsAdded));
        return {};
    });
}

core::Result<QString> CustomerImport::changedCustomer(storage::Session& session, qint64 batchId)
{
    if (auto ok = storage::AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("imports undo")); !ok)
        return ok.error();
    core::Result<QString> changed = QString();
    auto status = session.db().read([&]() -> core::Status {
        changed = storage::ImportBatchStore::firstChangedCustomer(session, batchId);
        return {};
    });
    if (!status)
        return status.error();
    return changed;
}

QByteArray CustomerImport::problemsCsv(const Plan& plan)
{
    QString out = QStringLiteral("file,row,column,header,problem\r\n");
    for (const Problem& problem : plan.problems) {
        out += core::CsvField::text(plan.fileName) + u',' + QString::number(problem.row) + u',' +
               (problem.column > 0 ? io::ImportTable::columnLetters(problem.column) : QString()) + u',' +
               core::CsvField::text(problem.header) + u',' + core::CsvField::text(problem.message) +
               QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace carddesk::services
