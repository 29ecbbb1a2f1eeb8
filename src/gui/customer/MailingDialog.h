#pragma once

#include "core/User.h"
#include "storage/queries/CustomerQuery.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace carddesk::gui {

// File → Mailing list… (寄发广告信函): address labels (PDF on a label sheet) or the mailing list (.xlsx) of the
// primary contacts of the customers the list's filter shows; contacts who asked not to be contacted are left out
// and counted. The file is written on a connection of its own, off the GUI thread (report::MailingExport), and the
// mailing recorded in the access log.
class MailingDialog : public QDialog
{
    Q_OBJECT

public:
    // `filterText`: the list's filter in words, shown so the user sees who the mailing is for.
    MailingDialog(QString databasePath, core::User user, storage::CustomerQuery filter, const QString& filterText,
                  QWidget* parent = nullptr);

    QComboBox* sheetChoice() const { return m_sheet; }
    QLineEdit* fileField() const { return m_file; }
    QLabel* resultLabel() const { return m_result; }
    // Writes the file with the choices made (the Create button); `finished` when done.
    void start();

signals:
    void finished(bool ok);

private:
    bool labels() const;
    void chooseFile();
    void updateKind();

    QString m_path;
    core::User m_user;
    storage::CustomerQuery m_filter;
    QRadioButton* m_labels = nullptr;
    QRadioButton* m_list = nullptr;
    QComboBox* m_sheet = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace carddesk::gui
