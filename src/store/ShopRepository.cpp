#include "store/ShopRepository.h"

#include "store/Database.h"
#include "store/StatementCache.h"

#include <QCoreApplication>

namespace kefu {

using namespace Qt::StringLiterals;

Result<Shop> ShopRepository::get() const {
    Result<QSqlQuery> query =
        StatementCache::execOnce(m_db.connection(), u"SELECT name, platform, seller_nick FROM shop WHERE id = 1"_s, {},
                                 QCoreApplication::translate("kefu::Store", "读取店铺信息失败"));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::Store", "还没有设置店铺"),
                     u"shop table is empty"_s};
    }
    return Shop{query->value(0).toString(), query->value(1).toString(), query->value(2).toString()};
}

Status ShopRepository::save(const Shop& shop) {
    Result<QSqlQuery> query = StatementCache::execOnce(
        m_db.connection(),
        u"INSERT INTO shop (id, name, platform, seller_nick) VALUES (1, ?, ?, ?) "
        u"ON CONFLICT (id) DO UPDATE SET name = excluded.name, platform = excluded.platform, "
        u"seller_nick = excluded.seller_nick"_s,
        {shop.name, shop.platform, shop.sellerNick}, QCoreApplication::translate("kefu::Store", "保存店铺信息失败"));
    if (!query) {
        return query.error();
    }
    return {};
}

}  // namespace kefu
