#include "LiveStoreReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu::test {

namespace {

const QString kBulkPrefix = u"压测消息 #"_s;

QSqlQuery run(Database& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    EXPECT_TRUE(query.prepare(sql)) << query.lastError().text().toStdString();
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    EXPECT_TRUE(query.exec()) << query.lastError().text().toStdString();
    return query;
}

}  // namespace

int LiveStoreReader::bulkNumber(const QString& body) {
    if (!body.startsWith(kBulkPrefix)) {
        return -1;
    }
    bool ok = false;
    const int number = body.mid(kBulkPrefix.size()).toInt(&ok);
    return ok ? number : -1;
}

QHash<QString, QList<int>> LiveStoreReader::bulkNumbersByConversation() const {
    QHash<QString, QList<int>> numbers;
    QSqlQuery query =
        run(m_db,
            u"SELECT c.gateway_conversation_id, m.body FROM message m "
            "JOIN conversation c ON c.id = m.conversation_id "
            "WHERE m.direction = 'buyer' AND m.body LIKE '压测消息 #%' ORDER BY m.conversation_id, m.id"_s);
    while (query.next()) {
        numbers[query.value(0).toString()].append(bulkNumber(query.value(1).toString()));
    }
    return numbers;
}

int LiveStoreReader::bulkCount() const {
    QSqlQuery query =
        run(m_db, u"SELECT COUNT(*) FROM message WHERE direction = 'buyer' AND body LIKE '压测消息 #%'"_s);
    return query.next() ? query.value(0).toInt() : -1;
}

QHash<QString, QList<LiveStoreReader::Reply>> LiveStoreReader::repliesByConversation(const QString& prefix) const {
    QHash<QString, QList<Reply>> replies;
    QSqlQuery query =
        run(m_db,
            u"SELECT c.gateway_conversation_id, m.client_message_id, m.body, m.status FROM message m "
            "JOIN conversation c ON c.id = m.conversation_id "
            "WHERE m.direction = 'agent' AND m.client_message_id LIKE ? ORDER BY m.conversation_id, m.id"_s,
            {QVariant(prefix + u'%')});
    while (query.next()) {
        replies[query.value(0).toString()].append(
            {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    }
    return replies;
}

int LiveStoreReader::replyCount(const QString& prefix, const QString& status) const {
    QSqlQuery query = run(m_db,
                          u"SELECT COUNT(*) FROM message WHERE direction = 'agent' AND client_message_id LIKE ? "
                          "AND status = ?"_s,
                          {QVariant(prefix + u'%'), QVariant(status)});
    return query.next() ? query.value(0).toInt() : -1;
}

}  // namespace kefu::test
