// kefu_bench: Google Benchmark cases over a store made by kefu-scalegen, each also replayed through the sqlite3
// shell (the same SQL, captured from our connection) so the report shows our time against raw SQLite's.
#include "bench/BenchContext.h"
#include "bench/BenchReport.h"
#include "bench/ScaleGenerator.h"
#include "bench/StoreBenchmarks.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace kefu {

BenchContext& benchContext() {
    static BenchContext context;
    return context;
}

namespace {

// Pulls `--db PATH` and `--report PATH` out of argv, leaving Google Benchmark's own flags.
QString takeOption(std::vector<char*>& args, const char* name) {
    for (size_t i = 1; i + 1 < args.size(); ++i) {
        if (std::strcmp(args[i], name) == 0) {
            QString value = QString::fromLocal8Bit(args[i + 1]);
            args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
            return value;
        }
    }
    return {};
}

bool openContext(const QString& dbPath) {
    BenchContext& c = benchContext();
    c.dbPath = dbPath;
    auto db = Database::open(dbPath, u"bench"_s);
    if (!db) {
        std::fprintf(stderr, "kefu_bench: %s\n", qPrintable(db.error().message));
        return false;
    }
    c.db = std::move(*db);
    c.conversations = std::make_unique<ConversationRepository>(*c.db);
    c.messages = std::make_unique<MessageRepository>(*c.db);
    c.products = std::make_unique<ProductRepository>(*c.db);
    c.knowledge = std::make_unique<KnowledgeRepository>(*c.db);
    auto queries = ScaleGenerator::readLines(QStringLiteral(KEFU_SHARED_DATA_DIR "/taobao-search-queries.txt"));
    auto count = c.conversations->count();
    if (!queries || !count || *count == 0) {
        std::fprintf(stderr, "kefu_bench: no shopper queries or an empty store (run kefu-scalegen first)\n");
        return false;
    }
    c.shopperQueries = *queries;
    c.knowledgeQueries = {u"发货"_s, u"掉色"_s, u"尺码推荐"_s, u"退换货"_s, u"发票"_s,        u"满减"_s,
                          u"洗涤"_s, u"快递"_s, u"纯棉"_s,     u"连衣裙"_s, u"羽绒服 尺码"_s, u"XL"_s};
    // Conversation ids are 1..count in a generated store; take a spread across it.
    for (int i = 0; i < 997; ++i) {
        c.conversationIds << 1 + (qint64(i) * 7919) % *count;
    }
    return true;
}

template <typename F>
void add(const char* name, F body, int itemsPerIteration = 1) {
    benchmark::RegisterBenchmark(name,
                                 [body, itemsPerIteration](benchmark::State& state) {
                                     int i = 0;
                                     for (auto _ : state) {
                                         body(i++);
                                     }
                                     state.SetItemsProcessed(state.iterations() * itemsPerIteration);
                                 })
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
}

// A burst of 1,000 messages as the ingest connection writes it: automatic checkpoints off, a maintenance
// checkpoint on another connection every 20 bursts (untimed here; timed in wal_checkpoint_after_20_bursts).
void addIngest(const char* name, int conversations) {
    benchmark::RegisterBenchmark(name,
                                 [conversations](benchmark::State& state) {
                                     setIngestMode(true);
                                     int i = 0;
                                     for (auto _ : state) {
                                         runInsertBatch(i++, 1000, conversations);
                                         if (i % 20 == 0) {
                                             state.PauseTiming();
                                             runMaintenanceCheckpoint();
                                             state.ResumeTiming();
                                         }
                                     }
                                     setIngestMode(false);
                                     state.SetItemsProcessed(state.iterations() * 1000);
                                 })
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
}

void registerCases() {
    add("open_store", [](int) { runOpenStore(); });
    add("inbox_page_waiting_100", [](int) { runInboxWaitingPage(); });
    add("inbox_page_all_100", [](int) { runInboxAllPage(); });
    add("history_last_50", [](int i) { runHistory(i); });
    add("insert_one_message", [](int i) { runInsertOne(i); });
    // A burst as the gateway delivers it (a busy minute over 20 open conversations), and the worst case where
    // every message lands in a different conversation, so every one touches its own pages of every index.
    addIngest("insert_1000_messages_20_conversations", 20);
    addIngest("insert_1000_messages_1000_conversations", 1000);
    // What the maintenance worker pays, off the ingest path: one PASSIVE checkpoint after 20 bursts.
    benchmark::RegisterBenchmark("wal_checkpoint_after_20_bursts",
                                 [](benchmark::State& state) {
                                     setIngestMode(true);
                                     runMaintenanceCheckpoint();
                                     int i = 0;
                                     for (auto _ : state) {
                                         state.PauseTiming();
                                         for (int k = 0; k < 20; ++k) {
                                             runInsertBatch(700'000 + i++, 1000, 20);
                                         }
                                         state.ResumeTiming();
                                         runMaintenanceCheckpoint();
                                     }
                                     setIngestMode(false);
                                 })
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
    // Indexing what a burst stored, which the channel worker does after the burst (appends do not index).
    benchmark::RegisterBenchmark("index_1000_new_messages",
                                 [](benchmark::State& state) {
                                     runCatchUpIndex();
                                     int i = 0;
                                     for (auto _ : state) {
                                         state.PauseTiming();
                                         runInsertBatch(500'000 + i++, 1000, 20);
                                         state.ResumeTiming();
                                         runIndexPending();
                                     }
                                     state.SetItemsProcessed(state.iterations() * 1000);
                                 })
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
    add("product_search_shopper_queries", [](int i) { runProductSearch(i); });
    add("knowledge_search", [](int i) { runKnowledgeSearch(i); });
    benchmark::RegisterBenchmark(
        "message_search_newest_20",
        [](benchmark::State& state) {
            runCatchUpIndex();  // the cases before stored messages that the channel worker would have indexed
            for (auto _ : state) {
                runMessageSearch();
            }
            state.SetItemsProcessed(state.iterations());
        })
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
}

}  // namespace

}  // namespace kefu

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::vector<char*> args(argv, argv + argc);
    const QString dbPath = kefu::takeOption(args, "--db");
    const QString reportPath = kefu::takeOption(args, "--report");
    if (dbPath.isEmpty() || !QFile::exists(dbPath)) {
        std::fprintf(stderr, "usage: kefu_bench --db STORE [--report FILE.md] [benchmark flags]\n");
        return 2;
    }
    if (!kefu::openContext(dbPath)) {
        return 1;
    }
    int benchArgc = static_cast<int>(args.size());
    benchmark::Initialize(&benchArgc, args.data());
    kefu::registerCases();
    kefu::BenchReport report(dbPath);
    benchmark::RunSpecifiedBenchmarks(&report);
    report.compareWithSqliteShell();
    const QString table = report.markdown();
    std::printf("\n%s", qPrintable(table));
    if (!reportPath.isEmpty()) {
        QFile out(reportPath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out.write(table.toUtf8());
        }
    }
    benchmark::Shutdown();
    // Repositories and the connection go before QCoreApplication and Qt's SQL plugin do.
    kefu::BenchContext& context = kefu::benchContext();
    context.knowledge.reset();
    context.products.reset();
    context.messages.reset();
    context.conversations.reset();
    context.db.reset();
    return 0;
}
