#pragma once

#include "core/Interaction.h"
#include "core/Result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class InteractionDialog;
}

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class StorageWorker;

// Logs one interaction (客户互动) from the card in a few keystrokes: channel, time (now), summary, follow-up.
class InteractionDialog : public QDialog
{
    Q_OBJECT

public:
    // Given the window's StorageWorker, the customer's contacts are read on it.
    InteractionDialog(storage::Session& session, qint64 customerId, const QString& customerName,
                      QWidget* parent = nullptr, StorageWorker* worker = nullptr);
    ~InteractionDialog() override;

    void setChannel(const QString& channel);
    void setSummary(const QString& summary);
    void setFollowUp(const QDate& date);
    void setOccurredAt(const QDateTime& when);
    QString errorText() const;
    // How the interaction is stored when it is part of something more (a care reminder acted on: logged and settled
    // in one transaction); by default InteractionRepository::create.
    using Saver = std::function<core::Result<core::Interaction>(const core::Interaction&)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    // Stores the interaction; on success the dialog is accepted and interaction() holds the stored row.
    bool submit();
    const core::Interaction& interaction() const { return m_saved; }
    bool isLoading() const;

private:
    std::unique_ptr<Ui::InteractionDialog> m_ui;
    storage::Session& m_session;
    qint64 m_customerId;
    PageLoader* m_contacts;
    core::Interaction m_saved;
    Saver m_saver;
};

} // namespace carddesk::gui
