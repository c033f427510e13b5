#pragma once

#include "sim/BuyerScript.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace kefu {

// A product a simulated buyer can ask about (its card's numIid and the price an order of it pays).
struct SimProduct {
    QString numIid;
    QString name;
    Money price;
};

// The small Chinese library of buyer conversations: size questions with height and weight, 会不会褪色, 什么时候发货,
// a logistics complaint, a return/refund request, placing and paying an order. The buyers' lines are simulated
// platform data (what a buyer types), not KefuDesk's UI text, so they are not translated.
class BuyerLibrary {
public:
    static QStringList topics();
    static QList<SimProduct> defaultProducts();
    static QStringList defaultBuyerNicks();

    explicit BuyerLibrary(QList<SimProduct> products = defaultProducts(), QStringList buyerNicks = defaultBuyerNicks());

    BuyerScript make(QRandomGenerator& random) const;  // a topic drawn at random
    BuyerScript make(const QString& topic, QRandomGenerator& random) const;

private:
    void addSize(BuyerScript& script, const SimProduct& product, QRandomGenerator& random) const;
    void addFade(BuyerScript& script, const SimProduct& product, QRandomGenerator& random) const;
    void addShipping(BuyerScript& script, const SimProduct& product, QRandomGenerator& random) const;
    void addLogistics(BuyerScript& script, QRandomGenerator& random) const;
    void addRefund(BuyerScript& script, QRandomGenerator& random) const;
    void addOrder(BuyerScript& script, const SimProduct& product, QRandomGenerator& random) const;

    QList<SimProduct> m_products;
    QStringList m_buyerNicks;
};

}  // namespace kefu
