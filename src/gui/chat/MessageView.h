#pragma once

#include <QListView>

namespace kefu {

class MessageDelegate;
class MessageListModel;

// The chat history: follows the newest message, loads the previous page when scrolled to the top (keeping what the
// agent was looking at in place), and offers 重发 on a failed message by click or Ctrl+R.
class MessageView : public QListView {
    Q_OBJECT

public:
    explicit MessageView(QWidget* parent = nullptr);

    void setMessageModel(MessageListModel* model);
    bool isAtBottom() const;
    void scrollToMessageRow(int row);

Q_SIGNALS:
    void resendRequested(int row);
    void olderLoadFailed(const QString& message);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void loadOlderIfAtTop(int value);

    MessageDelegate* m_delegate;
    MessageListModel* m_model = nullptr;
    bool m_loadingOlder = false;
};

}  // namespace kefu
