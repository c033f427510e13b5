#pragma once

#include "core/AfterSaleCase.h"
#include "core/Agent.h"
#include "core/Customer.h"
#include "core/Order.h"
#include "core/Product.h"
#include "core/Promotion.h"
#include "core/Shop.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kefu {

// What the demo generators have stored so far, with the ids the store gave, so later steps (orders, after-sales,
// conversations) can refer to earlier ones without reading them back.
struct DemoWorld {
    struct CatalogItem {
        QString key;
        QString name;     // what staff call it in chat: 高腰直筒牛仔裤
        Product product;  // as stored, with row ids
        bool isShoe = false;
    };
    struct Buyer {
        Customer customer;  // as stored
        Receiver receiver;  // the buyer's usual receiver
        int orderWeight = 1;
    };

    qint64 nowMs = 0;
    Shop shop;
    QList<Agent> agents;  // as stored
    QList<CatalogItem> catalog;
    QList<Promotion> promotions;  // as stored
    QList<Buyer> buyers;
    QList<Order> orders;  // as stored
    QList<AfterSaleCase> afterSales;

    const CatalogItem* itemByProductId(qint64 productId) const {
        for (const CatalogItem& item : catalog) {
            if (item.product.id == productId) {
                return &item;
            }
        }
        return nullptr;
    }
    const CatalogItem* itemByKey(const QString& key) const {
        for (const CatalogItem& item : catalog) {
            if (item.key == key) {
                return &item;
            }
        }
        return nullptr;
    }
    const Buyer* buyerById(qint64 customerId) const {
        for (const Buyer& buyer : buyers) {
            if (buyer.customer.id == customerId) {
                return &buyer;
            }
        }
        return nullptr;
    }
    QList<Agent> agentsWithRole(AgentRole role) const {
        QList<Agent> result;
        for (const Agent& agent : agents) {
            if (agent.role == role) {
                result.append(agent);
            }
        }
        return result;
    }
};

}  // namespace kefu
