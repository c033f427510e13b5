#pragma once

#include "core/Result.h"
#include "core/Shop.h"

namespace kefu {

class Database;

// The one shop this store belongs to.
class ShopRepository {
public:
    explicit ShopRepository(Database& db) : m_db(db) {}

    // NotFound while the store has no shop yet (a fresh file before setup or demo seeding).
    Result<Shop> get() const;
    // Creates or replaces the shop.
    Status save(const Shop& shop);

private:
    Database& m_db;
};

}  // namespace kefu
