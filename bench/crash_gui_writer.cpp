// The desktop application's card save, driven headless for bench/crash_loop.py: opens one customer's card in
// gui::CustomerCardWidget on the offscreen platform and saves it again and again with a new industry text, printing
// "ACK <text>" only after save() has returned true. Runs until killed (kill -9 is the point).
//
//   crash_gui_writer OFFICE USER PASSWORD-FILE CUSTOMER-ID FIRST-NUMBER

#include "BenchOffice.h"

#include "gui/customer/CustomerCardWidget.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QTest>

#include <cstdio>

using namespace carddesk;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s OFFICE USER PASSWORD-FILE CUSTOMER-ID FIRST-NUMBER\n", argv[0]);
        return 2;
    }
    QFile passwordFile(QString::fromLocal8Bit(argv[3]));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[3]);
        return 2;
    }
    const QString password = QString::fromUtf8(passwordFile.readLine()).trimmed();
    BenchOffice office(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]), password);
    if (!office.ok())
        return 1;
    gui::CustomerCardWidget card(office.session());
    card.show();
    if (!card.loadCustomer(QString::fromLatin1(argv[4]).toLongLong())) {
        std::fprintf(stderr, "cannot open customer %s\n", argv[4]);
        return 1;
    }
    auto* industry = qobject_cast<QLineEdit*>(card.editor(gui::CustomerFields::Field::Industry));
    if (!industry)
        return 1;
    for (long long n = QString::fromLatin1(argv[5]).toLongLong();; ++n) {
        const QString text = QStringLiteral("crash-gui-%1").arg(n);
        // Typed as a user would, so the card's undo stack and modified state see the edit.
        industry->setFocus();
        industry->selectAll();
        QTest::keyClicks(industry, text);
        if (!card.save()) {
            std::fprintf(stderr, "save failed\n");
            return 1;
        }
        std::printf("ACK %s\n", qPrintable(text));
        std::fflush(stdout);
    }
}
