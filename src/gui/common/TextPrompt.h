#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace carddesk::gui {

// Asks for one line or a short note (a transition note, a reason), modal. Like MessageBox, tests answer it in
// advance: setNextAnswer("text") makes the next ask() return that text, setNextCancel() makes it return nullopt.
class TextPrompt
{
public:
    // nullopt when the user cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& label,
                                      const QString& text = {});

    static void setNextAnswer(const QString& text);
    static void setNextCancel();
    // The label of the last prompt (answered in advance or not), for tests.
    static QString lastLabel();
};

} // namespace carddesk::gui
