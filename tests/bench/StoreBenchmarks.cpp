// The store's speed at benchmark scale: each case is one thing an agent's screen does.
#include "bench/StoreBenchmarks.h"
#include "bench/BenchContext.h"

#include "core/Message.h"

#include <benchmark/benchmark.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

std::atomic<int> g_openCount{0};

// A benchmark whose operation fails measures nothing: stop with the store's own reason.
template <typename R>
void check(const R& result, const char* what) {
    if (!result.ok()) {
        qFatal("%s failed: %s (%s)", what, qPrintable(result.error().message), qPrintable(result.error().detail));
    }
}

Message buyerMessage(qint64 conversationId, int n) {
    Message m;
    m.conversationId = conversationId;
    m.direction = MessageDirection::Buyer;
    m.body = u"亲，请问什么时候发货？第%1次问了"_s.arg(n);
    m.status = MessageStatus::Delivered;
    m.sentAtMs = 1'795'000'000'000LL + n;
    return m;
}

}  // namespace

void runOpenStore() {
    auto db = Database::open(benchContext().dbPath, u"bench-open-%1"_s.arg(g_openCount++));
    check(db, "open");
}

void runInboxWaitingPage() {
    ConversationRepository& repo = *benchContext().conversations;
    auto page = repo.inboxPage({InboxView::Waiting, {}, {}, 100});
    benchmark::DoNotOptimize(page);
}

void runInboxAllPage() {
    ConversationRepository& repo = *benchContext().conversations;
    auto page = repo.inboxPage({InboxView::All, {}, {}, 100});
    benchmark::DoNotOptimize(page);
}

void runHistory(int i) {
    MessageRepository& repo = *benchContext().messages;
    const auto& ids = benchContext().conversationIds;
    auto history = repo.history(ids[i % ids.size()], {}, 50);
    benchmark::DoNotOptimize(history);
}

void runInsertOne(int i) {
    MessageRepository& repo = *benchContext().messages;
    const auto& ids = benchContext().conversationIds;
    check(repo.append(buyerMessage(ids[i % ids.size()], i)), "append");
}

void runInsertBatch(int i, int size, int conversations) {
    MessageRepository& repo = *benchContext().messages;
    const auto& ids = benchContext().conversationIds;
    QList<Message> batch;
    batch.reserve(size);
    for (int k = 0; k < size; ++k) {
        const qint64 slot = (qint64(i) * conversations + k % conversations) % ids.size();
        batch << buyerMessage(ids[slot], i * size + k);
    }
    check(repo.appendBatch(batch), "appendBatch");
}

void setIngestMode(bool autoCheckpointOff) {
    check(benchContext().db->setWalAutoCheckpoint(autoCheckpointOff ? 0 : 1000), "wal_autocheckpoint");
}

void runMaintenanceCheckpoint() {
    static std::unique_ptr<Database> maintenance;
    if (!maintenance) {
        auto db = Database::open(benchContext().dbPath, u"bench-maintenance"_s);
        check(db, "open maintenance connection");
        maintenance = std::move(*db);
    }
    check(maintenance->checkpoint(), "wal_checkpoint");
}

void runIndexPending() {
    check(benchContext().messages->indexPending(1000), "indexPending");
}

void runCatchUpIndex() {
    while (true) {
        auto passed = benchContext().messages->indexPending(5000);
        check(passed, "indexPending");
        if (*passed < 5000) {
            return;
        }
    }
}

void runProductSearch(int i) {
    ProductRepository& repo = *benchContext().products;
    const auto& queries = benchContext().shopperQueries;
    auto hits = repo.search(queries[i % queries.size()], 20);
    benchmark::DoNotOptimize(hits);
}

void runKnowledgeSearch(int i) {
    KnowledgeRepository& repo = *benchContext().knowledge;
    const auto& queries = benchContext().knowledgeQueries;
    auto hits = repo.search(queries[i % queries.size()], 10);
    benchmark::DoNotOptimize(hits);
}

void runMessageSearch() {
    MessageRepository& repo = *benchContext().messages;
    auto hits = repo.search(u"发货"_s, 20);
    benchmark::DoNotOptimize(hits);
}

}  // namespace kefu
