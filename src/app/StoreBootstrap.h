#pragma once

#include "core/Result.h"
#include "core/Shop.h"
#include "demo/DemoShopSeeder.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace kefu {

class Clock;

// Opens the store the app works on and makes sure it has a shop, loading the demo shop into an empty store.
// Never "repairs" a file: a corrupt or newer database comes back as the store's error, untouched.
class StoreBootstrap {
    Q_DECLARE_TR_FUNCTIONS(StoreBootstrap)

public:
    static constexpr const char* kConnectionName = "kefudesk-main";

    struct Opened {
        std::unique_ptr<Database> db;
        Shop shop;
        std::optional<DemoShopSummary> seeded;  // set when the demo shop was loaded just now
    };

    static Result<Opened> open(const QString& path, const Clock& clock);

    // What the window and `channel` say when a --db path does not exist: the problem, and how to make a demo store.
    static QString missingStoreText(const QString& path);
    static QString seedDemoHint(const QString& path);
};

}  // namespace kefu
