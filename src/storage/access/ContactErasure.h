#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QStringList>

namespace carddesk::storage {

// What one erasure did, for the CLI's answer and the GUI's message.
struct ErasureReport
{
    qint64 contactId = 0;
    qint64 customerId = 0;
    int auditValuesBlanked = 0;   // audit rows of the contact whose values became '(erased)'
    int interactionsUnlinked = 0; // interactions and complaints that named the contact keep their text, not the link
    int complaintsUnlinked = 0;
    int surveysUnlinked = 0; // satisfaction surveys the person answered: scores and comment kept, not the link
    // Free text of the same customer that still names the person (their name, a phone number or the e-mail):
    // "table id field", e.g. "customers 12 key_figures". Not rewritten - a business record - but listed, so the
    // administrator can edit them.
    QStringList mentionsLeft;
    bool walEmptied = false; // the WAL checkpoint could complete (no reader held an older snapshot)
    bool vacuumed = false;
};

// Erasing a person (PIPL, 删除个人信息): the contact leaves the live tables, the customer's search text and its
// full-text index, the audit trail keeps that the erasure happened (who, when, which contact id) with every value
// of the contact's own audit rows blanked to '(erased)' - the one exception the audit log's trigger allows (schema
// v17) - and the write runs with PRAGMA secure_delete, so the freed bytes are zeros. Afterwards the full-text index
// is merged (its old segments held the person's trigrams), and the WAL checkpointed and truncated. Administrator
// only. Limits (docs/SECURITY.md): backups made before still hold the person; free text that mentions them (an
// interaction's summary, a complaint) is not rewritten; bytes of earlier versions of a page may survive in other
// pages' free space until a VACUUM (`vacuum`).
class ContactErasure
{
public:
    explicit ContactErasure(Session& session) : m_session(session) {}

    // NotFound for a contact that does not exist; AccessDenied for anyone but an administrator (checked first).
    core::Result<ErasureReport> erase(qint64 contactId, bool vacuum = false);

private:
    Session& m_session;
};

} // namespace carddesk::storage
