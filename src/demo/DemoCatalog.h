#pragma once

#include "core/Result.h"
#include "core/SizeChart.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kefu {

class Database;
class DemoRandom;
class ProductRepository;
struct DemoWorld;

// The shop's catalogue side: products with SKUs and size charts, promotions, quick phrases and FAQ articles,
// from resources/demo/{products,sizecharts,shop,phrases,faq}.json. Each seed step returns how many rows it wrote.
class DemoCatalog {
public:
    DemoCatalog(Database& db, DemoRandom& random, DemoWorld& world);

    struct ProductCounts {
        int products = 0;
        int skus = 0;
    };
    Result<ProductCounts> seedProducts();
    Result<int> seedPromotions(const QJsonArray& promotions);  // needs the products
    Result<int> seedPhrases();                                 // needs the agents
    Result<int> seedKnowledge();

private:
    static SizeChart sizeChart(const QJsonArray& rows);
    Result<qint64> addProduct(ProductRepository& repository, const QJsonObject& json, int index,
                              const QJsonObject& charts);

    Database& m_db;
    DemoRandom& m_random;
    DemoWorld& m_world;
};

}  // namespace kefu
