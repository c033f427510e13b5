#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>

namespace kefu {

class Database;

// Fills a store with a large, shop-like data set for the benchmarks: product names are real Taobao titles
// (../shared/data), messages are buyer questions and agent answers, conversations wait for different times.
// Deterministic for a given scale and nowMs. Writes through the repositories, so it measures them too.
class ScaleGenerator {
public:
    struct Scale {
        int products = 100'000;
        int articles = 20'000;
        int customers = 50'000;
        int conversations = 100'000;
        int messages = 1'000'000;
        int orders = 200'000;
        Scale scaled(double factor) const;
    };
    struct Timing {
        QString step;
        int rows = 0;
        qint64 elapsedMs = 0;
    };
    using Progress = std::function<void(const Timing&)>;

    ScaleGenerator(Database& db, Scale scale, QStringList productTitles, qint64 nowMs);

    Result<QList<Timing>> run(const Progress& progress = {});

    // One line per title from ../shared/data/taobao-product-titles.txt (or any such file); empty lines skipped.
    static Result<QStringList> readLines(const QString& path);

private:
    Status generateProducts();
    Status generateArticles();
    Status generateCustomers();
    Status generateConversations();
    Status indexMessages();
    Status generateOrders();
    quint64 next();
    int pick(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }

    Database& m_db;
    Scale m_scale;
    QStringList m_titles;
    qint64 m_nowMs;
    quint64 m_state = 0x9E3779B97F4A7C15ULL;
    QList<qint64> m_productIds;
    QList<qint64> m_customerIds;
};

}  // namespace kefu
