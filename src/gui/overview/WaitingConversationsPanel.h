#pragma once

#include <QFrame>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace kefu {

class WaitingConversationsModel;

// The 待回复 queue on the overview: buyer, channel, last message and how long they have waited.
class WaitingConversationsPanel : public QFrame {
    Q_OBJECT

public:
    explicit WaitingConversationsPanel(WaitingConversationsModel* model, QWidget* parent = nullptr);

    // The heading shows the queue's full length, which can exceed the rows fetched so far.
    void setTotal(int total);
    QTreeView* view() const { return m_view; }

private:
    void updatePlaceholder();

    WaitingConversationsModel* m_model;
    QLabel* m_heading;
    QStackedWidget* m_stack;
    QTreeView* m_view;
};

}  // namespace kefu
