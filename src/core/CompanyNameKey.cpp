#include "core/CompanyNameKey.h"

#include <QStringList>

namespace carddesk::core {

namespace {

// Longest first, so 有限责任公司 goes before 有限公司 and 公司.
const QStringList& chineseForms()
{
    static const QStringList forms{QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"),
                                   QStringLiteral("集团有限公司"), QStringLiteral("有限公司"),
                                   QStringLiteral("分公司"),       QStringLiteral("股份"),
                                   QStringLiteral("集团"),         QStringLiteral("公司")};
    return forms;
}

// Whole Latin words at the end of a name ("ABC Trading Co., Ltd."), never inside a word ("Coco").
bool isLatinForm(const QString& word)
{
    static const QStringList forms{QStringLiteral("co"),          QStringLiteral("ltd"), QStringLiteral("limited"),
                                   QStringLiteral("company"),     QStringLiteral("inc"), QStringLiteral("corp"),
                                   QStringLiteral("corporation"), QStringLiteral("llc"), QStringLiteral("gmbh")};
    return forms.contains(word);
}

} // namespace

QString CompanyNameKey::of(const QString& name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC).toLower();
    QStringList words;
    QString word;
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber()) {
            word += ch;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    const QString whole = words.join(QString());
    while (words.size() > 1 && isLatinForm(words.last()))
        words.removeLast();
    QString key = words.join(QString());
    for (const QString& form : chineseForms())
        key.remove(form);
    return key.isEmpty() ? whole : key;
}

} // namespace carddesk::core
