#pragma once

#include "gui/overview/ShopOverview.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace kefu {

class StatCard;

// The shop at a glance: who it is, what waits for an agent, and how the orders stand.
class ShopOverviewPanel : public QWidget {
    Q_OBJECT

public:
    explicit ShopOverviewPanel(QWidget* parent = nullptr);

    void setOverview(const ShopOverview& overview);
    // "最久已等待 8 分钟" under the waiting count; empty when nobody waits.
    void setLongestWait(const QString& text);
    void setUpdatedAt(const QString& text);

Q_SIGNALS:
    void refreshRequested();

private:
    QWidget* createHeader();
    QWidget* createSection(const QString& title, const QList<StatCard*>& cards, int columns);
    StatCard* addCard(const QString& key, const QString& title);

    QLabel* m_shopName;
    QLabel* m_platform;
    QLabel* m_sellerNick;
    QLabel* m_updatedAt;
    QHash<QString, StatCard*> m_cards;
};

}  // namespace kefu
