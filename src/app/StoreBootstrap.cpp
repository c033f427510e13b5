#include "app/StoreBootstrap.h"

#include "core/Clock.h"
#include "logging/Log.h"
#include "store/ShopRepository.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace kefu {

Result<StoreBootstrap::Opened> StoreBootstrap::open(const QString& path, const Clock& clock) {
    Result<std::unique_ptr<Database>> db = Database::open(path, QString::fromLatin1(kConnectionName));
    if (!db) {
        log::error("open store {}: {} ({})", path, db.error().message, db.error().detail);
        return db.error();
    }
    Opened opened;
    opened.db = std::move(db).value();
    log::info("store {} open at schema version {}", path, opened.db->schemaVersion());

    Result<Shop> shop = ShopRepository(*opened.db).get();
    if (shop) {
        opened.shop = shop.value();
        return opened;
    }
    if (shop.error().code != ErrorCode::NotFound) {
        log::error("read shop: {} ({})", shop.error().message, shop.error().detail);
        return shop.error();
    }

    log::info("store {} has no shop yet; loading the demo shop", path);
    Result<DemoShopSummary> seeded = DemoShopSeeder(*opened.db).seed(clock.nowMs());
    shop = ShopRepository(*opened.db).get();
    if (!seeded && !shop) {
        log::error("seed demo shop: {} ({})", seeded.error().message, seeded.error().detail);
        return seeded.error();
    }
    if (!shop) {
        return shop.error();
    }
    // A refused seed with a shop now present means another instance seeded the same new store first: use it.
    opened.shop = shop.value();
    if (seeded) {
        opened.seeded = seeded.value();
    }
    return opened;
}

QString StoreBootstrap::missingStoreText(const QString& path) {
    return tr("数据库文件不存在：%1").arg(QDir::toNativeSeparators(path));
}

QString StoreBootstrap::seedDemoHint(const QString& path) {
    return tr("如需新建演示店铺的数据库，请运行：kefudesk seed-demo --db %1").arg(path);
}

}  // namespace kefu
