#pragma once

#include "core/Conversation.h"
#include "core/Message.h"
#include "core/Result.h"
#include "demo/DemoTopic.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace kefu {

class ConversationRepository;
class Database;
class DemoPeople;
class MessageRepository;
class OrderRepository;
class DemoRandom;
struct DemoWorld;
struct Order;

// The inbox: 300 conversations played from the scripts in dialogues.json. A few dozen buyers are waiting right
// now (for seconds to a couple of hours), some conversations are in progress, and the rest closed over the last
// month. Every time is relative to the world's now so the inbox is live when the app opens.
class DemoDialogues {
public:
    DemoDialogues(Database& db, DemoRandom& random, DemoWorld& world, DemoPeople& people, QJsonObject dialogues);

    struct Counts {
        int conversations = 0;
        int messages = 0;
    };
    Result<Counts> seed(int count);

private:
    enum class Outcome { Waiting, InProgress, Closed };
    struct Line {
        MessageDirection direction = MessageDirection::Buyer;
        MessageKind kind = MessageKind::Text;
        QString body;
        bool byTransferTarget = false;  // an agent line after the conversation was handed to the supervisor
    };
    struct Planned {
        Conversation conversation;
        QList<Message> messages;
        std::optional<qint64> closedAtMs;
        QString addressChangeTid;
        std::optional<Receiver> newReceiver;
    };

    struct Repositories {
        ConversationRepository& conversations;
        MessageRepository& messages;
        OrderRepository& orders;
    };

    std::optional<Planned> plan(Outcome outcome, qint64 waitMs);
    std::optional<DemoTopic> topicFor(const QString& needs, Outcome outcome, qint64& customerId);
    bool orderFits(const QString& needs, const Order& order, Outcome outcome) const;
    QList<Line> expand(const QJsonObject& script, const DemoTopic& topic, const QHash<QString, QString>& slots);
    int cutPoint(const QList<Line>& lines, Outcome outcome);
    QList<qint64> offsets(const QList<Line>& lines);
    qint64 closedStart(std::optional<qint64> anchorMs, qint64 durationMs);
    Status store(const Planned& planned, Repositories& repositories, int& messageCount);

    Database& m_db;
    DemoRandom& m_random;
    DemoWorld& m_world;
    DemoPeople& m_people;
    QJsonObject m_json;
    QSet<qint64> m_openCustomers;  // membership only: one open conversation per buyer
    int m_imageSerial = 0;
};

}  // namespace kefu
