#include "support/TempStore.h"

#include "store/ConversationRepository.h"
#include "store/Database.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

// Plain prepared INSERTs for the rows conversations point at, so these tests need only this repository.
qint64 insertRow(Database& db, const QString& sql, const QVariantList& values) {
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.prepare(sql));
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    EXPECT_TRUE(q.exec()) << sql.toStdString();
    return q.lastInsertId().toLongLong();
}

class ConversationRepositoryTest : public ::testing::Test {
protected:
    qint64 addCustomer(const QString& nick, const QString& level = u"new"_s) {
        return insertRow(store.db(), u"INSERT INTO customer (buyer_nick, level, created_at_ms) VALUES (?, ?, 1)"_s,
                         {nick, level});
    }
    qint64 addAgent(const QString& nick) {
        return insertRow(store.db(), u"INSERT INTO agent (nick, display_name, role) VALUES (?, ?, 'presale')"_s,
                         {nick, nick});
    }
    void addTrade(const QString& tid, qint64 customerId) {
        insertRow(store.db(),
                  u"INSERT INTO trade (tid, customer_id, status, created_at_ms) "
                  "VALUES (?, ?, 'WAIT_SELLER_SEND_GOODS', 1)"_s,
                  {tid, customerId});
    }
    qint64 add(Conversation c) {
        auto id = repo.create(c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().detail.toStdString());
        return id.ok() ? *id : 0;
    }
    Conversation conversation(qint64 customerId, ConversationStatus status, qint64 lastMessageAtMs) {
        Conversation c;
        c.customerId = customerId;
        c.status = status;
        c.openedAtMs = 100;
        c.lastMessageAtMs = lastMessageAtMs;
        return c;
    }
    // Every page of a view, joined; fails the test if a page errors or the walk does not end.
    QList<qint64> walk(InboxView view, std::optional<qint64> agentId, int pageSize) {
        QList<qint64> ids;
        InboxQuery query{view, agentId, std::nullopt, pageSize};
        for (int guard = 0; guard < 1000; ++guard) {
            auto page = repo.inboxPage(query);
            EXPECT_TRUE(page.ok());
            if (!page.ok() || page->isEmpty()) {
                return ids;
            }
            EXPECT_LE(page->size(), pageSize);
            for (const InboxRow& row : *page) {
                ids.append(row.conversation.id);
            }
            query.after = page->last().cursor();
        }
        ADD_FAILURE() << "paging did not end";
        return ids;
    }

    test::TempStore store;
    ConversationRepository repo{store.db()};
};

TEST_F(ConversationRepositoryTest, CreateAndFindRoundTripEveryField) {
    const qint64 customer = addCustomer(u"tb_小雨"_s, u"vip"_s);
    const qint64 agent = addAgent(u"优衣坊旗舰店:小美"_s);
    Conversation full;
    full.customerId = customer;
    full.channel = Channel::Qianniu;
    full.status = ConversationStatus::Closed;
    full.assignedAgentId = agent;
    full.openedAtMs = 1'700'000'000'001;
    full.closedAtMs = 1'700'000'000'009;
    full.lastBuyerMessageAtMs = 1'700'000'000'002;
    full.lastAgentMessageAtMs = 1'700'000'000'003;
    full.waitingSinceMs = 1'700'000'000'004;
    full.lastMessagePreview = u"亲，已经发货了哦 😊"_s;
    full.lastMessageAtMs = 1'700'000'000'005;
    full.unreadCount = 7;
    const qint64 id = add(full);
    ASSERT_GT(id, 0);

    auto found = repo.find(id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->id, id);
    EXPECT_EQ(found->customerId, customer);
    EXPECT_EQ(found->channel, Channel::Qianniu);
    EXPECT_EQ(found->status, ConversationStatus::Closed);
    EXPECT_EQ(found->assignedAgentId, agent);
    EXPECT_EQ(found->openedAtMs, full.openedAtMs);
    EXPECT_EQ(found->closedAtMs, full.closedAtMs);
    EXPECT_EQ(found->lastBuyerMessageAtMs, full.lastBuyerMessageAtMs);
    EXPECT_EQ(found->lastAgentMessageAtMs, full.lastAgentMessageAtMs);
    EXPECT_EQ(found->waitingSinceMs, full.waitingSinceMs);
    EXPECT_EQ(found->lastMessagePreview, full.lastMessagePreview);
    EXPECT_EQ(found->lastMessageAtMs, full.lastMessageAtMs);
    EXPECT_EQ(found->unreadCount, 7);

    auto row = repo.row(id);
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(row->has_value());
    EXPECT_EQ((*row)->buyerNick, u"tb_小雨"_s);
    EXPECT_EQ((*row)->level, CustomerLevel::Vip);
}

TEST_F(ConversationRepositoryTest, EmptyOptionalsAndPreviewRoundTrip) {
    Conversation bare;  // defaults: no agent, no times, a null preview
    bare.customerId = addCustomer(u"buyer"_s);
    const qint64 id = add(bare);
    auto found = repo.find(id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->channel, Channel::Tmall);
    EXPECT_EQ(found->status, ConversationStatus::Waiting);
    EXPECT_FALSE(found->assignedAgentId.has_value());
    EXPECT_FALSE(found->closedAtMs.has_value());
    EXPECT_FALSE(found->lastBuyerMessageAtMs.has_value());
    EXPECT_FALSE(found->lastAgentMessageAtMs.has_value());
    EXPECT_FALSE(found->waitingSinceMs.has_value());
    EXPECT_TRUE(found->lastMessagePreview.isEmpty());
    EXPECT_EQ(found->unreadCount, 0);
}

TEST_F(ConversationRepositoryTest, CreateForUnknownCustomerIsRefused) {
    Conversation c;
    c.customerId = 424242;
    auto id = repo.create(c);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, ErrorCode::Constraint);
    EXPECT_EQ(*repo.count(), 0);
}

TEST_F(ConversationRepositoryTest, UnknownIdIsNotFound) {
    EXPECT_EQ(repo.find(99).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(repo.find(99).error().message.isEmpty());
    auto row = repo.row(99);
    ASSERT_TRUE(row.ok());
    EXPECT_FALSE(row->has_value());
    EXPECT_EQ(repo.assign(99, std::nullopt).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo.close(99, 5).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo.reopen(99).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo.markRead(99).error().code, ErrorCode::NotFound);
}

TEST_F(ConversationRepositoryTest, DeletedConversationIsNotFound) {
    const qint64 id = add(conversation(addCustomer(u"a"_s), ConversationStatus::Waiting, 10));
    ASSERT_TRUE(repo.find(id).ok());
    QSqlQuery q(store.db().connection());
    ASSERT_TRUE(q.prepare(u"DELETE FROM conversation WHERE id = ?"_s));
    q.bindValue(0, id);
    ASSERT_TRUE(q.exec());
    EXPECT_EQ(repo.find(id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo.markRead(id).error().code, ErrorCode::NotFound);
}

TEST_F(ConversationRepositoryTest, AssignCloseReopenMarkRead) {
    const qint64 agent = addAgent(u"店:小美"_s);
    Conversation c = conversation(addCustomer(u"a"_s), ConversationStatus::Waiting, 10);
    c.waitingSinceMs = 8;
    c.unreadCount = 3;
    const qint64 id = add(c);
    EXPECT_EQ(*repo.countWaiting(), 1);

    ASSERT_TRUE(repo.assign(id, agent).ok());
    EXPECT_EQ(repo.find(id)->assignedAgentId, agent);
    ASSERT_TRUE(repo.assign(id, std::nullopt).ok());
    EXPECT_FALSE(repo.find(id)->assignedAgentId.has_value());
    EXPECT_EQ(repo.assign(id, 777).error().code, ErrorCode::Constraint);  // no such agent

    ASSERT_TRUE(repo.markRead(id).ok());
    EXPECT_EQ(repo.find(id)->unreadCount, 0);

    ASSERT_TRUE(repo.close(id, 50).ok());
    Conversation closed = *repo.find(id);
    EXPECT_EQ(closed.status, ConversationStatus::Closed);
    EXPECT_EQ(closed.closedAtMs, 50);
    EXPECT_FALSE(closed.waitingSinceMs.has_value());
    EXPECT_EQ(*repo.countWaiting(), 0);

    ASSERT_TRUE(repo.reopen(id).ok());
    Conversation reopened = *repo.find(id);
    EXPECT_EQ(reopened.status, ConversationStatus::InProgress);
    EXPECT_FALSE(reopened.closedAtMs.has_value());
    ASSERT_TRUE(repo.reopen(id).ok());  // already open: nothing to do, not an error
    EXPECT_EQ(*repo.count(), 1);
}

TEST_F(ConversationRepositoryTest, WaitingViewPutsLongestWaitingFirst) {
    const qint64 customer = addCustomer(u"a"_s);
    auto waiting = [&](std::optional<qint64> since, qint64 openedAt) {
        Conversation c = conversation(customer, ConversationStatus::Waiting, 1000);
        c.waitingSinceMs = since;
        c.openedAtMs = openedAt;
        return add(c);
    };
    const qint64 recent = waiting(900, 10);
    const qint64 oldest = waiting(100, 10);
    const qint64 noBuyerMessage = waiting(std::nullopt, 500);  // counts from when it opened
    const qint64 middle = waiting(300, 10);
    add(conversation(customer, ConversationStatus::InProgress, 1));
    add(conversation(customer, ConversationStatus::Closed, 1));

    auto page = repo.inboxPage(InboxQuery{InboxView::Waiting, std::nullopt, std::nullopt, 100});
    ASSERT_TRUE(page.ok());
    QList<qint64> ids;
    for (const InboxRow& row : *page) {
        ids.append(row.conversation.id);
    }
    EXPECT_EQ(ids, (QList<qint64>{oldest, middle, noBuyerMessage, recent}));
    EXPECT_EQ(*repo.countWaiting(), 4);
    EXPECT_EQ(*repo.count(), 6);
}

TEST_F(ConversationRepositoryTest, PagingWalksEveryViewWithoutGapsOrRepeats) {
    const qint64 agentA = addAgent(u"店:A"_s);
    const qint64 agentB = addAgent(u"店:B"_s);
    const qint64 customer = addCustomer(u"a"_s);
    QList<Conversation> all;
    for (int i = 0; i < 97; ++i) {
        Conversation c = conversation(customer, static_cast<ConversationStatus>(i % 3), 1000 + (i % 5) * 10);
        c.openedAtMs = 500 + (i % 3);
        if (i % 4 != 0) {
            c.assignedAgentId = (i % 2 != 0) ? agentA : agentB;
        }
        if (c.status == ConversationStatus::Waiting && i % 7 != 0) {
            c.waitingSinceMs = 500 + (i % 4);  // ties with each other and with openedAtMs
        }
        c.id = add(c);
        all.append(c);
    }
    auto expected = [&](const std::function<bool(const Conversation&)>& keep, bool waitingOrder) {
        QList<Conversation> kept;
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(kept), keep);
        std::sort(kept.begin(), kept.end(), [&](const Conversation& l, const Conversation& r) {
            if (waitingOrder) {
                const qint64 lk = l.waitingSinceMs.value_or(l.openedAtMs);
                const qint64 rk = r.waitingSinceMs.value_or(r.openedAtMs);
                return lk != rk ? lk < rk : l.id < r.id;
            }
            return l.lastMessageAtMs != r.lastMessageAtMs ? l.lastMessageAtMs > r.lastMessageAtMs : l.id > r.id;
        });
        QList<qint64> ids;
        for (const Conversation& c : kept) {
            ids.append(c.id);
        }
        return ids;
    };
    const auto open = [](const Conversation& c) { return c.status != ConversationStatus::Closed; };
    const QList<qint64> waiting =
        expected([](const Conversation& c) { return c.status == ConversationStatus::Waiting; }, true);
    const QList<qint64> mine =
        expected([&](const Conversation& c) { return open(c) && c.assignedAgentId == agentA; }, false);
    const QList<qint64> openIds = expected(open, false);
    const QList<qint64> closed = expected([&](const Conversation& c) { return !open(c); }, false);
    ASSERT_EQ(waiting.size(), 33);
    ASSERT_FALSE(mine.isEmpty());

    for (int pageSize : {1, 4, 7, 100}) {
        SCOPED_TRACE(pageSize);
        EXPECT_EQ(walk(InboxView::Waiting, std::nullopt, pageSize), waiting);
        EXPECT_EQ(walk(InboxView::Mine, agentA, pageSize), mine);
        EXPECT_EQ(walk(InboxView::All, std::nullopt, pageSize), openIds);
        EXPECT_EQ(walk(InboxView::Closed, std::nullopt, pageSize), closed);
    }
}

TEST_F(ConversationRepositoryTest, CountByStatusCountsEachStatus) {
    const qint64 buyer = addCustomer(u"tb_count"_s);
    add(conversation(buyer, ConversationStatus::Waiting, 1));
    add(conversation(buyer, ConversationStatus::Waiting, 2));
    const qint64 closed = add(conversation(buyer, ConversationStatus::InProgress, 3));
    ASSERT_TRUE(repo.close(closed, 4).ok());
    auto counts = repo.countByStatus();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->value(ConversationStatus::Waiting), 2);
    EXPECT_EQ(counts->value(ConversationStatus::Closed), 1);
    EXPECT_FALSE(counts->contains(ConversationStatus::InProgress));
}

TEST_F(ConversationRepositoryTest, MineNeedsAnAgent) {
    auto page = repo.inboxPage(InboxQuery{InboxView::Mine, std::nullopt, std::nullopt, 100});
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code, ErrorCode::InvalidInput);
}

TEST_F(ConversationRepositoryTest, InboxRowsCarryTheBuyer) {
    const qint64 id = add(conversation(addCustomer(u"小雨"_s, u"returning"_s), ConversationStatus::InProgress, 5));
    auto page = repo.inboxPage(InboxQuery{InboxView::All, std::nullopt, std::nullopt, 10});
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 1);
    EXPECT_EQ(page->first().conversation.id, id);
    EXPECT_EQ(page->first().buyerNick, u"小雨"_s);
    EXPECT_EQ(page->first().level, CustomerLevel::Returning);
}

TEST_F(ConversationRepositoryTest, FindByBuyerNickMatchesSubstringIgnoringCase) {
    const qint64 tom = add(conversation(addCustomer(u"TomCat_88"_s), ConversationStatus::Waiting, 10));
    const qint64 tomLater = add(conversation(addCustomer(u"小tomcat"_s), ConversationStatus::Closed, 20));
    add(conversation(addCustomer(u"杰瑞"_s), ConversationStatus::Waiting, 30));
    add(conversation(addCustomer(u"100%cotton"_s), ConversationStatus::Waiting, 40));

    auto found = repo.findByBuyerNick(u"tomcat"_s, 10);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 2);
    EXPECT_EQ(found->at(0).conversation.id, tomLater);  // most recent first
    EXPECT_EQ(found->at(1).conversation.id, tom);
    EXPECT_EQ(repo.findByBuyerNick(u"杰"_s, 10)->size(), 1);
    EXPECT_EQ(repo.findByBuyerNick(u"%"_s, 10)->size(), 1);  // a literal percent sign, not a wildcard
    EXPECT_EQ(repo.findByBuyerNick(u"_"_s, 10)->size(), 1);
    EXPECT_EQ(repo.findByBuyerNick(u"tomcat"_s, 1)->size(), 1);
    EXPECT_TRUE(repo.findByBuyerNick(u"  "_s, 10)->isEmpty());
}

TEST_F(ConversationRepositoryTest, FindByTidGoesThroughTheTradesBuyer) {
    const qint64 buyer = addCustomer(u"买家甲"_s);
    const qint64 other = addCustomer(u"买家乙"_s);
    addTrade(u"3012345678901234567"_s, buyer);
    addTrade(u"3012345678901234568"_s, other);
    const qint64 first = add(conversation(buyer, ConversationStatus::Closed, 10));
    const qint64 second = add(conversation(buyer, ConversationStatus::Waiting, 20));
    add(conversation(other, ConversationStatus::Waiting, 30));

    auto found = repo.findByTid(u"3012345678901234567"_s);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 2);
    EXPECT_EQ(found->at(0).conversation.id, second);
    EXPECT_EQ(found->at(1).conversation.id, first);
    EXPECT_EQ(found->at(0).buyerNick, u"买家甲"_s);
    EXPECT_TRUE(repo.findByTid(u"999"_s)->isEmpty());
}

TEST_F(ConversationRepositoryTest, InboxPagesReadAnIndexRangeWithoutSorting) {
    const qint64 agent = addAgent(u"店:A"_s);
    const InboxCursor cursor{500, 1000, 42};
    for (InboxView view : {InboxView::Waiting, InboxView::Mine, InboxView::All, InboxView::Closed}) {
        for (bool paged : {false, true}) {
            SCOPED_TRACE(static_cast<int>(view) * 10 + int(paged));
            InboxQuery query{view, agent, std::nullopt, 100};
            if (paged) {
                query.after = cursor;
            }
            auto plan = repo.explainInboxPage(query);
            ASSERT_TRUE(plan.ok());
            const QString text = plan->join(u'\n');
            EXPECT_TRUE(text.contains(u"USING INDEX conversation_"_s)) << text.toStdString();
            EXPECT_FALSE(text.contains(u"TEMP B-TREE"_s)) << text.toStdString();
            if (paged) {  // the cursor seeks into the index rather than scanning up to it
                EXPECT_TRUE(text.contains(u"SEARCH c USING INDEX"_s)) << text.toStdString();
            }
        }
    }
}

}  // namespace
}  // namespace kefu
