#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DataChanges;
class PageLoader;
class StorageWorker;

// Managers: hand over all customers of one rep to another in one step (when a rep leaves), history intact. Given the
// window's StorageWorker, the reps and the preview's count are read there (without: at once, in tests, and the reps
// already in the constructor); given its DataChanges it reads again when users or customers change.
class HandoverWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HandoverWidget(storage::Session& session, QWidget* parent = nullptr, StorageWorker* worker = nullptr,
                            DataChanges* changes = nullptr);
    ~HandoverWidget() override;

    QComboBox* fromCombo() const { return m_from; }
    QComboBox* toCombo() const { return m_to; }
    // Asks for confirmation (MessageBox) and moves the customers; returns how many moved, -1 on error or cancel.
    qint64 handOver();
    void reloadUsers();
    PageLoader* loader() const { return m_loader; }
    PageLoader* previewLoader() const { return m_previewLoader; }

signals:
    void customersMoved(qint64 count);
    void statusMessage(const QString& message);

private:
    void updatePreview();

    storage::Session& m_session;
    DataChanges* m_changes;
    PageLoader* m_loader;
    PageLoader* m_previewLoader;
    QComboBox* m_from;
    QComboBox* m_to;
    QLabel* m_preview;
    QPushButton* m_button;
};

} // namespace carddesk::gui
