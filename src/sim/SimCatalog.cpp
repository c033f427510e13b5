#include "sim/SimCatalog.h"

#include "store/Database.h"
#include "store/ProductRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kefu {

Result<QList<SimProduct>> SimCatalog::productsFrom(const QString& databasePath, int limit) {
    if (!QFileInfo(databasePath).isFile()) {  // Database::open would create an empty store
        return Error{ErrorCode::NotFound, QCoreApplication::translate("SimCatalog", "找不到店铺数据库文件"),
                     databasePath};
    }
    auto db = Database::open(databasePath, u"kefu-gateway-sim-catalog"_s);
    if (!db) {
        return db.error();
    }
    ProductRepository products(*db.value());
    const Result<QList<ProductHit>> page = products.listPage(std::nullopt, limit);
    if (!page) {
        return page.error();
    }
    QList<SimProduct> found;
    for (const ProductHit& hit : page.value()) {
        if (hit.onSale && !hit.numIid.isEmpty()) {
            found.append(SimProduct{hit.numIid, hit.title, hit.price});
        }
    }
    if (found.isEmpty()) {
        return Error{ErrorCode::NotFound, QCoreApplication::translate("SimCatalog", "店铺数据库中没有在售商品"),
                     databasePath};
    }
    return found;
}

}  // namespace kefu
