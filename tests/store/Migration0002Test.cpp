#include "support/IsOk.h"
#include "support/TempStore.h"

#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;
using test::isOk;

int scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toInt() : -1;
}

bool hasColumn(Database& db, const QString& table, const QString& column) {
    return scalar(db, u"SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'"_s.arg(table, column)) == 1;
}

void expectV2Schema(Database& db) {
    EXPECT_EQ(db.schemaVersion(), 2);
    EXPECT_TRUE(hasColumn(db, u"conversation"_s, u"gateway_conversation_id"_s));
    EXPECT_TRUE(hasColumn(db, u"message"_s, u"failure_reason"_s));
    EXPECT_TRUE(hasColumn(db, u"trade"_s, u"modified_at_ms"_s));
    EXPECT_EQ(scalar(db,
                     u"SELECT count(*) FROM sqlite_schema WHERE name IN ('gateway_stream', 'outbox', "
                     "'conversation_gateway_id', 'outbox_message')"_s),
              4);
}

TEST(Migration0002Test, AFreshStoreIsVersion2) {
    test::TempStore store;
    expectV2Schema(store.db());
    EXPECT_EQ(scalar(store.db(), u"SELECT count(*) FROM outbox"_s), 0);
}

TEST(Migration0002Test, TheV1FixtureMigratesKeepingItsData) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    ASSERT_TRUE(QFile::copy(QStringLiteral(KEFU_FIXTURES_DIR "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path, u"migration-0002-v1"_s);
    ASSERT_TRUE(isOk(db));
    Database& d = **db;
    expectV2Schema(d);
    EXPECT_TRUE(QFile::exists(path + u".v1.bak"_s));
    EXPECT_EQ(scalar(d, u"SELECT count(*) FROM customer"_s), 2);
    EXPECT_EQ(scalar(d, u"SELECT count(*) FROM customer_tag"_s), 2);
    EXPECT_EQ(scalar(d, u"SELECT count(*) FROM agent"_s), 2);
    EXPECT_EQ(scalar(d, u"SELECT count(*) FROM conversation WHERE gateway_conversation_id IS NULL"_s), 1);
    EXPECT_EQ(scalar(d, u"SELECT count(*) FROM product"_s), 1);

    auto history = MessageRepository(d).history(1);
    ASSERT_TRUE(isOk(history));
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).body, u"这件会掉色吗？什么时候发货"_s);
    EXPECT_EQ(history->at(1).status, MessageStatus::Sent);
    EXPECT_TRUE(history->at(1).failureReason.isEmpty());
    auto gatewayId = ConversationRepository(d).gatewayIdOf(1);
    ASSERT_TRUE(isOk(gatewayId));
    EXPECT_TRUE(gatewayId->isEmpty());
}

TEST(Migration0002Test, AGatewayConversationIdIsStoredOnce) {
    test::TempStore store;
    QSqlQuery q(store.db().connection());
    ASSERT_TRUE(q.exec(u"INSERT INTO customer (buyer_nick, created_at_ms) VALUES ('小鱼儿_88', 1)"_s));
    Conversation c;
    c.customerId = q.lastInsertId().toLongLong();
    ConversationRepository conversations(store.db());
    auto first = conversations.createFromGateway(c, u"conv-1001"_s);
    ASSERT_TRUE(isOk(first));
    auto again = conversations.createFromGateway(c, u"conv-1001"_s);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Constraint);
    EXPECT_EQ(*conversations.count(), 1);  // the half-made second row went with its transaction
    EXPECT_EQ(**conversations.findByGatewayId(u"conv-1001"_s), *first);
    EXPECT_EQ(*conversations.gatewayIdOf(*first), u"conv-1001"_s);
    // Local conversations (no gateway id) never collide.
    ASSERT_TRUE(isOk(conversations.create(c)));
    ASSERT_TRUE(isOk(conversations.create(c)));
}

}  // namespace
}  // namespace kefu
