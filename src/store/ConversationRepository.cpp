#include "store/ConversationRepository.h"

#include "store/Database.h"
#include "store/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

QString listFailed() {
    return QCoreApplication::translate("kefu::Store", "无法读取会话列表");
}

QString readFailed() {
    return QCoreApplication::translate("kefu::Store", "无法读取会话");
}

QString createFailed() {
    return QCoreApplication::translate("kefu::Store", "无法创建会话");
}

QString reopenFailed() {
    return QCoreApplication::translate("kefu::Store", "无法重新打开会话");
}

QString countFailed() {
    return QCoreApplication::translate("kefu::Store", "无法统计会话");
}

constexpr int kMaxPage = 1000;

// Inbox rows: conversation columns 0..12, then the buyer's nick and level.
constexpr QLatin1StringView kSelectRow{
    "SELECT c.id, c.customer_id, c.channel, c.status, c.assigned_agent_id, c.opened_at_ms, c.closed_at_ms, "
    "c.last_buyer_message_at_ms, c.last_agent_message_at_ms, c.waiting_since_ms, c.last_message_preview, "
    "c.last_message_at_ms, c.unread_count, cu.buyer_nick, cu.level "
    "FROM conversation c JOIN customer cu ON cu.id = c.customer_id "};

constexpr QLatin1StringView kRecentOrder{" ORDER BY c.last_message_at_ms DESC, c.id DESC LIMIT ?"};
// Written as `key >= k AND (key > k OR id > i)` rather than a row value: SQLite only turns the first form into an
// index range when the key is an expression (the waiting index is on coalesce(...)).
constexpr QLatin1StringView kWaitingKey{"coalesce(c.waiting_since_ms, c.opened_at_ms)"};

QVariant orNull(const std::optional<qint64>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalInt(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

InboxRow readRow(const QSqlQuery& q) {
    InboxRow row;
    Conversation& c = row.conversation;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.channel = channelFromKey(q.value(2).toString()).value_or(Channel::Other);
    c.status = conversationStatusFromKey(q.value(3).toString()).value_or(ConversationStatus::Waiting);
    c.assignedAgentId = optionalInt(q.value(4));
    c.openedAtMs = q.value(5).toLongLong();
    c.closedAtMs = optionalInt(q.value(6));
    c.lastBuyerMessageAtMs = optionalInt(q.value(7));
    c.lastAgentMessageAtMs = optionalInt(q.value(8));
    c.waitingSinceMs = optionalInt(q.value(9));
    c.lastMessagePreview = q.value(10).toString();
    c.lastMessageAtMs = q.value(11).toLongLong();
    c.unreadCount = q.value(12).toInt();
    row.buyerNick = q.value(13).toString();
    row.level = customerLevelFromKey(q.value(14).toString()).value_or(CustomerLevel::New);
    return row;
}

// A failure on a later row shows only in lastError() once next() stops: a short page must not pass as complete.
Result<QList<InboxRow>> readRows(QSqlQuery* q) {
    QList<InboxRow> rows;
    while (q->next()) {
        rows.append(readRow(*q));
    }
    const QSqlError error = q->lastError();
    q->finish();
    if (error.isValid()) {
        return SqlError::from(error, listFailed());
    }
    return rows;
}

Status prepareAndExec(QSqlQuery& q, const QString& sql, const QVariantList& values, int limit) {
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return SqlError::from(q.lastError(), listFailed());
    }
    int index = 0;
    for (const QVariant& value : values) {
        q.bindValue(index++, value);
    }
    q.bindValue(index, qMin(limit, kMaxPage));
    if (!q.exec()) {
        return SqlError::from(q.lastError(), listFailed());
    }
    return {};
}

// A LIKE pattern that matches `text` literally (the ESCAPE character is a backslash).
QString likeEscaped(const QString& text) {
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return escaped;
}

Error mineWithoutAgent() {
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("kefu::Store", "查看“我的”会话需要先登录客服账号"),
                 u"Mine without agentId"_s};
}

Error notFound(qint64 id) {
    return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::Store", "会话不存在或已被删除"),
                 u"conversation id %1"_s.arg(id)};
}

// The WHERE/ORDER BY of one view's page, and the values to bind after the optional agent id.
struct PageSql {
    QString sql;
    QVariantList values;
};

Result<PageSql> pageSql(const InboxQuery& query) {
    PageSql page;
    const std::optional<InboxCursor>& after = query.after;
    QString where;
    if (query.view == InboxView::Waiting) {
        where = u"WHERE c.status = 'waiting'"_s;
        if (after) {
            where += u" AND "_s + kWaitingKey + u" >= ? AND ("_s + kWaitingKey + u" > ? OR c.id > ?)"_s;
            page.values = {after->waitingKeyMs, after->waitingKeyMs, after->id};
        }
        page.sql = kSelectRow + where + u" ORDER BY "_s + kWaitingKey + u", c.id LIMIT ?"_s;
        return page;
    }
    switch (query.view) {
        case InboxView::Mine:
            if (!query.agentId) {
                return mineWithoutAgent();
            }
            page.values = {*query.agentId};
            where = u"WHERE c.assigned_agent_id = ? AND c.status <> 'closed'"_s;
            break;
        case InboxView::All:
            where = u"WHERE c.status <> 'closed'"_s;
            break;
        case InboxView::Closed:
        case InboxView::Waiting:
            where = u"WHERE c.status = 'closed'"_s;
            break;
    }
    if (after) {
        where += u" AND (c.last_message_at_ms, c.id) < (?, ?)"_s;
        page.values.append(after->lastMessageAtMs);
        page.values.append(after->id);
    }
    page.sql = kSelectRow + where + kRecentOrder;
    return page;
}

}  // namespace

ConversationRepository::ConversationRepository(Database& db) : m_db(db), m_statements(db.connection()) {}

ConversationRepository::~ConversationRepository() = default;

Result<qint64> ConversationRepository::create(const Conversation& c) {
    auto q = m_statements.exec(
        u"INSERT INTO conversation (customer_id, channel, status, assigned_agent_id, opened_at_ms, closed_at_ms, "
        "last_buyer_message_at_ms, last_agent_message_at_ms, waiting_since_ms, last_message_preview, "
        "last_message_at_ms, unread_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {c.customerId, channelKey(c.channel), conversationStatusKey(c.status), orNull(c.assignedAgentId), c.openedAtMs,
         orNull(c.closedAtMs), orNull(c.lastBuyerMessageAtMs), orNull(c.lastAgentMessageAtMs), orNull(c.waitingSinceMs),
         c.lastMessagePreview, c.lastMessageAtMs, c.unreadCount},
        createFailed());
    if (!q) {
        return q.error();
    }
    const qint64 id = (*q)->lastInsertId().toLongLong();
    (*q)->finish();
    return id;
}

Result<std::optional<qint64>> ConversationRepository::findByGatewayId(const QString& gatewayConversationId) {
    auto q = m_statements.exec(u"SELECT id FROM conversation WHERE gateway_conversation_id = ?"_s,
                               {gatewayConversationId}, readFailed());
    if (!q) {
        return q.error();
    }
    std::optional<qint64> id;
    if ((*q)->next()) {
        id = (*q)->value(0).toLongLong();
    }
    (*q)->finish();
    return id;
}

Result<qint64> ConversationRepository::createFromGateway(const Conversation& c, const QString& gatewayConversationId) {
    qint64 id = 0;
    const Status done = m_db.transaction([&]() -> Status {
        auto created = create(c);
        if (!created) {
            return created.error();
        }
        id = *created;
        return update(id, u"UPDATE conversation SET gateway_conversation_id = ? WHERE id = ?"_s,
                      {gatewayConversationId, id}, createFailed());
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<QString> ConversationRepository::gatewayIdOf(qint64 id) {
    auto q = m_statements.exec(u"SELECT gateway_conversation_id FROM conversation WHERE id = ?"_s, {id}, readFailed());
    if (!q) {
        return q.error();
    }
    const bool found = (*q)->next();
    const QString gatewayId = found ? (*q)->value(0).toString() : QString();
    (*q)->finish();
    if (!found) {
        return notFound(id);
    }
    return gatewayId;
}

Status ConversationRepository::reopenByBuyer(qint64 id, qint64 atMs) {
    return update(id,
                  u"UPDATE conversation SET status = 'waiting', closed_at_ms = NULL, "
                  "waiting_since_ms = COALESCE(waiting_since_ms, ?) WHERE id = ? AND status = 'closed'"_s,
                  {atMs, id}, reopenFailed(), /*unchangedIsOk=*/true);
}

Result<Conversation> ConversationRepository::find(qint64 id) {
    auto r = row(id);
    if (!r) {
        return r.error();
    }
    if (!r->has_value()) {
        return notFound(id);
    }
    return (*r)->conversation;
}

Result<QList<InboxRow>> ConversationRepository::inboxPage(const InboxQuery& query) {
    auto page = pageSql(query);
    if (!page) {
        return page.error();
    }
    if (query.limit <= 0) {
        return QList<InboxRow>{};
    }
    return runPage(page->sql, page->values, query.limit);
}

Result<QStringList> ConversationRepository::explainInboxPage(const InboxQuery& query) {
    auto page = pageSql(query);
    if (!page) {
        return page.error();
    }
    QSqlQuery q(m_db.connection());
    if (auto ok = prepareAndExec(q, u"EXPLAIN QUERY PLAN "_s + page->sql, page->values, query.limit); !ok) {
        return ok.error();
    }
    QStringList plan;
    while (q.next()) {
        plan.append(q.value(3).toString());
    }
    return plan;
}

Result<QList<InboxRow>> ConversationRepository::findByBuyerNick(const QString& text, int limit) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0) {
        return QList<InboxRow>{};
    }
    const QString escaped = likeEscaped(trimmed);
    // LIKE folds ASCII case only; Taobao nicks are Chinese or ASCII, so that is the case that matters.
    return runPage(kSelectRow + u"WHERE cu.buyer_nick LIKE ? ESCAPE '\\'"_s + kRecentOrder,
                   {QString(u"%"_s + escaped + u"%"_s)}, limit);
}

Result<QList<InboxRow>> ConversationRepository::findByTid(const QString& tid) {
    const QString trimmed = tid.trimmed();
    if (trimmed.isEmpty()) {
        return QList<InboxRow>{};
    }
    return runPage(
        kSelectRow + u"WHERE c.customer_id = (SELECT t.customer_id FROM trade t WHERE t.tid = ?)"_s + kRecentOrder,
        {trimmed}, kMaxPage);
}

Result<std::optional<InboxRow>> ConversationRepository::row(qint64 id) {
    auto q = m_statements.exec(kSelectRow + u"WHERE c.id = ?"_s, {id}, readFailed());
    if (!q) {
        return q.error();
    }
    std::optional<InboxRow> result;
    if ((*q)->next()) {
        result = readRow(**q);
    }
    (*q)->finish();
    return result;
}

Result<QList<InboxRow>> ConversationRepository::rows(const QList<qint64>& ids) {
    // One primary-key read per id through the cached statement: the lists are a page of search hits at most.
    QList<InboxRow> found;
    found.reserve(ids.size());
    for (const qint64 id : ids) {
        auto one = row(id);
        if (!one) {
            return one.error();
        }
        if (one->has_value()) {
            found.append(**one);
        }
    }
    return found;
}

Result<QList<InboxRow>> ConversationRepository::latestPerBuyer(const QString& text, int limit) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0) {
        return QList<InboxRow>{};
    }
    const QString escaped = likeEscaped(trimmed);
    return runPage(kSelectRow +
                       u"WHERE c.id IN (SELECT (SELECT c2.id FROM conversation c2 WHERE c2.customer_id = b.id "
                       "ORDER BY c2.last_message_at_ms DESC, c2.id DESC LIMIT 1) FROM customer b "
                       "WHERE b.buyer_nick LIKE ? ESCAPE '\\') "
                       "ORDER BY CASE WHEN cu.buyer_nick LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, "
                       "c.last_message_at_ms DESC, c.id DESC LIMIT ?"_s,
                   {QString(u"%"_s + escaped + u"%"_s), QString(escaped + u"%"_s)}, limit);
}

Result<int> ConversationRepository::countInView(InboxView view, std::optional<qint64> agentId) {
    QString sql;
    QVariantList values;
    switch (view) {
        case InboxView::Waiting:
            sql = u"SELECT count(*) FROM conversation WHERE status = 'waiting'"_s;
            break;
        case InboxView::Mine:
            if (!agentId) {
                return mineWithoutAgent();
            }
            sql = u"SELECT count(*) FROM conversation WHERE assigned_agent_id = ? AND status <> 'closed'"_s;
            values = {*agentId};
            break;
        case InboxView::All:
            sql = u"SELECT count(*) FROM conversation WHERE status <> 'closed'"_s;
            break;
        case InboxView::Closed:
            sql = u"SELECT count(*) FROM conversation WHERE status = 'closed'"_s;
            break;
    }
    auto q = m_statements.exec(sql, values, countFailed());
    if (!q) {
        return q.error();
    }
    const int n = (*q)->next() ? (*q)->value(0).toInt() : 0;
    (*q)->finish();
    return n;
}

Status ConversationRepository::assign(qint64 id, std::optional<qint64> agentId) {
    return update(id, u"UPDATE conversation SET assigned_agent_id = ? WHERE id = ?"_s, {orNull(agentId), id},
                  QCoreApplication::translate("kefu::Store", "无法分配会话"));
}

Status ConversationRepository::close(qint64 id, qint64 atMs) {
    // A closed conversation is not waiting; a later buyer message starts a fresh wait from its own time.
    return update(id,
                  u"UPDATE conversation SET status = 'closed', closed_at_ms = ?, waiting_since_ms = NULL "
                  "WHERE id = ?"_s,
                  {atMs, id}, QCoreApplication::translate("kefu::Store", "无法结束会话"));
}

Status ConversationRepository::reopen(qint64 id) {
    return update(id,
                  u"UPDATE conversation SET status = 'in_progress', closed_at_ms = NULL WHERE id = ? "
                  "AND status = 'closed'"_s,
                  {id}, reopenFailed(), /*unchangedIsOk=*/true);
}

Status ConversationRepository::markRead(qint64 id) {
    return update(id, u"UPDATE conversation SET unread_count = 0 WHERE id = ?"_s, {id},
                  QCoreApplication::translate("kefu::Store", "无法标记会话为已读"));
}

Result<int> ConversationRepository::countWaiting() {
    return countOf(u"SELECT count(*) FROM conversation WHERE status = 'waiting'"_s);
}

Result<int> ConversationRepository::count() {
    return countOf(u"SELECT count(*) FROM conversation"_s);
}

Result<QList<InboxRow>> ConversationRepository::runPage(const QString& sql, QVariantList values, int limit) {
    values.append(qMin(limit, kMaxPage));
    auto q = m_statements.exec(sql, values, listFailed());
    if (!q) {
        return q.error();
    }
    return readRows(*q);
}

Status ConversationRepository::update(qint64 id, const QString& sql, const QVariantList& values,
                                      const QString& userMessage, bool unchangedIsOk) {
    auto q = m_statements.exec(sql, values, userMessage);
    if (!q) {
        return q.error();
    }
    const int changed = (*q)->numRowsAffected();
    (*q)->finish();
    if (changed > 0) {
        return {};
    }
    if (unchangedIsOk) {
        auto existing = row(id);
        if (!existing) {
            return existing.error();
        }
        if (existing->has_value()) {
            return {};
        }
    }
    return notFound(id);
}

Result<QMap<ConversationStatus, int>> ConversationRepository::countByStatus() {
    return m_statements.countsByKey<ConversationStatus>(u"SELECT status, count(*) FROM conversation GROUP BY status"_s,
                                                        &conversationStatusFromKey, countFailed());
}

Result<int> ConversationRepository::countOf(const QString& sql) {
    auto q = m_statements.exec(sql, {}, countFailed());
    if (!q) {
        return q.error();
    }
    const int n = (*q)->next() ? (*q)->value(0).toInt() : 0;
    (*q)->finish();
    return n;
}

}  // namespace kefu
