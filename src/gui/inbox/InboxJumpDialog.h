#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;

namespace kefu {

class Clock;
class ConversationRepository;
class InboxRowsModel;

// Ctrl+K: type part of a buyer's nick, pick from the live list with ↑/↓, Enter opens that buyer's latest
// conversation.
class InboxJumpDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kMaxBuyers = 20;

    InboxJumpDialog(ConversationRepository& conversations, const Clock& clock, QWidget* parent = nullptr);

    qint64 chosenConversationId() const { return m_chosen; }

    void accept() override;

Q_SIGNALS:
    void conversationChosen(qint64 conversationId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void moveSelection(int step);

    ConversationRepository& m_conversations;
    QLineEdit* m_edit;
    QListView* m_list;
    QLabel* m_hint;
    InboxRowsModel* m_model;
    qint64 m_chosen = 0;
};

}  // namespace kefu
