#include "gui/common/TextPrompt.h"

#include <QInputDialog>

namespace carddesk::gui {

namespace {
// Set: the next ask() returns this without showing anything (the inner nullopt meaning "cancelled").
std::optional<std::optional<QString>> g_nextAnswer;
QString g_lastLabel;
} // namespace

std::optional<QString> TextPrompt::ask(QWidget* parent, const QString& title, const QString& label, const QString& text)
{
    g_lastLabel = label;
    if (g_nextAnswer) {
        const std::optional<QString> answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    bool ok = false;
    const QString value = QInputDialog::getMultiLineText(parent, title, label, text, &ok);
    if (!ok)
        return std::nullopt;
    return value.trimmed();
}

void TextPrompt::setNextAnswer(const QString& text)
{
    g_nextAnswer = std::optional<QString>(text);
}

void TextPrompt::setNextCancel()
{
    g_nextAnswer = std::optional<QString>();
}

QString TextPrompt::lastLabel()
{
    return g_lastLabel;
}

} // namespace carddesk::gui
