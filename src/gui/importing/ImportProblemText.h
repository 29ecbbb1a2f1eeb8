#pragma once

#include "services/CustomerImport.h"

#include <QCoreApplication>
#include <QString>

namespace carddesk::gui {

// A row's problem from the import's dry run as a sentence in the user's language: the card's own rules through
// ValidationText, the import's usual problems (dates, numbers, yes/no, areas, reps, referrers, merged cells and
// formulas, rows that disagree, codes in use, reps who cannot own) from the service's English wording; a problem it
// does not know keeps that English text.
class ImportProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ImportProblemText)

public:
    static QString sentence(const services::CustomerImport::Problem& problem);
    // A reader's note on the file (a title row skipped, merged cells) in the user's language.
    static QString warning(const QString& note);
    // Why a reader could not read the file ("file: …" or "file, row R, column C (L): …"), in the user's language
    // with the file, row and column kept; a wording it does not know stays as the reader wrote it.
    static QString fileProblem(const QString& message);
};

} // namespace carddesk::gui
