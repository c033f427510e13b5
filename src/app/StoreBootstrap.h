#pragma once

#include "core/Result.h"
#include "core/Shop.h"
#include "demo/DemoShopSeeder.h"
#include "store/Database.h"

#include <QString>

#include <memory>
#include <optional>

namespace kefu {

class Clock;

// Opens the store the app works on and makes sure it has a shop, loading the demo shop into an empty store.
// Never "repairs" a file: a corrupt or newer database comes back as the store's error, untouched.
class StoreBootstrap {
public:
    static constexpr const char* kConnectionName = "kefudesk-main";

    struct Opened {
        std::unique_ptr<Database> db;
        Shop shop;
        std::optional<DemoShopSummary> seeded;  // set when the demo shop was loaded just now
    };

    static Result<Opened> open(const QString& path, const Clock& clock);
};

}  // namespace kefu
