#pragma once

#include <QFrame>
#include <QString>

class QLabel;

namespace kefu {

// One number on the overview with what it counts: "待回复会话 / 12 / 最久 8 分钟".
class StatCard : public QFrame {
    Q_OBJECT

public:
    // `key` names the card's children for tests and style sheets: "<key>Card", "<key>Value", "<key>Caption".
    StatCard(const QString& key, const QString& title, QWidget* parent = nullptr);

    void setValue(int value);
    void setCaption(const QString& caption);
    // Draws the card in the accent colour when it needs the agent's attention.
    void setHighlighted(bool highlighted);

private:
    QLabel* m_value;
    QLabel* m_caption;
};

}  // namespace kefu
