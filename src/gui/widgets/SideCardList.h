#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace kefu {

// A side-panel list of cards under a one-line status ("共 3 笔订单", or what went wrong): the shape the 订单 and 售后
// tabs share. Replacing the cards keeps the reader's scroll position, and the old cards are deleted later, because a
// card is often replaced from its own button's click.
class SideCardList : public QWidget {
    Q_OBJECT

public:
    explicit SideCardList(QWidget* parent = nullptr);

    // The parent a new card must be created under.
    QWidget* cardParent() const { return m_cards; }
    void setStatus(const QString& text, bool isError = false);
    void replaceCards(const QList<QWidget*>& cards);
    void scrollToTop();
    QLabel* statusLabel() const { return m_status; }

private:
    QLabel* m_status;
    QScrollArea* m_scroll;
    QWidget* m_cards;
    QVBoxLayout* m_cardsLayout;
};

}  // namespace kefu
