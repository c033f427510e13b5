#include "FrameSamples.h"

using namespace Qt::StringLiterals;

namespace kefu::test {

namespace {

constexpr qint64 kAt = 1718000000000;  // 2024-06-10, UTC ms

QList<InboundFrame> conversationAndMessageFrames() {
    QList<InboundFrame> frames;
    frames << HelloFrame{u"h-1"_s, u"木棉纪旗舰店"_s, u"木棉纪旗舰店"_s, 15000, kAt};
    frames << ConversationOpenedFrame{{}, 1, u"conv-1001"_s, u"小鱼儿_88"_s, Channel::Tmall, kAt};
    frames << MessageCreatedFrame{{},
                                  2,
                                  u"gw:msg.1"_s,
                                  u"conv-1001"_s,
                                  u"小鱼儿_88"_s,
                                  MessageKind::Text,
                                  u"在吗？这件雾霾蓝 M 码什么时候发货\n谢谢 😊"_s,
                                  kAt + 1};
    frames << MessageCreatedFrame{{},
                                  3,
                                  u"gw:msg.2"_s,
                                  u"conv-1001"_s,
                                  u"小鱼儿_88"_s,
                                  MessageKind::Image,
                                  u"https://img.example.cn/a/photo_001.jpg"_s,
                                  kAt + 2};
    frames << MessageCreatedFrame{
        {}, 4, u"gw:msg.3"_s, u"conv-1001"_s, u"小鱼儿_88"_s, MessageKind::ProductCard, u"612345678901"_s, kAt + 3};
    frames << MessageCreatedFrame{
        {},     5, u"gw:msg.4"_s, u"conv-1001"_s, u"小鱼儿_88"_s, MessageKind::OrderCard, u"3901234567890123456"_s,
        kAt + 4};
    frames << MessageCreatedFrame{
        {}, 6, u"gw:msg.5"_s, u"conv-1001"_s, u"小鱼儿_88"_s, MessageKind::SystemNotice, u"买家已确认收货"_s, kAt + 5};
    frames << MessageAckedFrame{{}, 7, u"c-7f3a"_s, MessageStatus::Sent, u"gw:msg.6"_s, kAt + 6, {}};
    frames << MessageAckedFrame{{}, 8, u"c-7f3a"_s, MessageStatus::Delivered, u"gw:msg.6"_s, kAt + 7, {}};
    frames << MessageAckedFrame{{}, 9, u"c-7f3b"_s, MessageStatus::Failed, {}, 0, u"消息包含违禁词"_s};
    return frames;
}

QList<InboundFrame> tradeAndServiceFrames() {
    QList<InboundFrame> frames;
    frames << OrderUpdatedFrame{
        {}, 10, u"3901234567890123456"_s, u"小鱼儿_88"_s, TradeStatus::WaitSellerSendGoods, Money::fromFen(29900), kAt};
    frames << RefundUpdatedFrame{{},
                                 11,
                                 u"201234567890"_s,
                                 u"3901234567890123456"_s,
                                 u"3901234567890123457"_s,
                                 u"小鱼儿_88"_s,
                                 AfterSaleType::ReturnAndRefund,
                                 RefundStatus::WaitBuyerReturnGoods,
                                 Money::fromFen(12345),
                                 u"尺码不合适"_s,
                                 kAt};
    frames << RefundUpdatedFrame{{},
                                 12,
                                 u"201234567891"_s,
                                 u"3901234567890123456"_s,
                                 u"3901234567890123456"_s,
                                 u"小鱼儿_88"_s,
                                 AfterSaleType::RefundOnly,
                                 RefundStatus::Success,
                                 Money::fromFen(0),
                                 {},
                                 kAt};
    frames << ConversationTransferredFrame{
        {}, 13, u"conv-1001"_s, u"木棉纪旗舰店:小美"_s, u"木棉纪旗舰店:主管"_s, u"售后问题"_s, kAt};
    frames << ConversationTransferredFrame{{}, 14, u"conv-1002"_s, {}, u"木棉纪旗舰店:小美"_s, {}, kAt};
    frames << ErrorFrame{{}, u"unknown_conversation"_s, u"会话不存在或已结束"_s, {}, u"f-42"_s, false};
    frames << ErrorFrame{u"e-1"_s,
                         u"auth_failed"_s,
                         u"登录凭证已失效，请重新登录"_s,
                         u"[auth] token expired at 2024-06-10T08:00:00Z"_s,
                         {},
                         true};
    frames << PingFrame{{}, kAt};
    frames << PongFrame{u"p-1"_s, kAt};
    return frames;
}

}  // namespace

QList<InboundFrame> sampleInboundFrames() {
    return conversationAndMessageFrames() + tradeAndServiceFrames();
}

QList<OutboundFrame> sampleOutboundFrames() {
    QList<OutboundFrame> frames;
    frames << AuthFrame{{}, u"木棉纪旗舰店:小美"_s, u"eyJhbGciOiJIUzI1NiJ9.e30.sig-_"_s, u"KefuDesk/0.1.0"_s};
    frames << AuthFrame{u"a-1"_s, u"木棉纪旗舰店:小美"_s, u"t0ken"_s, {}};
    frames << ResumeFrame{{}, 0};
    frames << ResumeFrame{{}, 9007199254740991LL};
    frames << MessageSendFrame{{}, u"c-7f3a"_s, u"conv-1001"_s, MessageKind::Text, u"亲，今天下单明天发货哦~"_s};
    frames << MessageSendFrame{{}, u"c-7f3b"_s, u"conv-1001"_s, MessageKind::ProductCard, u"612345678901"_s};
    frames << MessageSendFrame{{}, u"c-7f3c"_s, u"conv-1001"_s, MessageKind::OrderCard, u"3901234567890123456"_s};
    frames << MessageSendFrame{{}, u"c-7f3d"_s, u"conv-1001"_s, MessageKind::Image, u"kefu/size_chart.png"_s};
    frames << MessageReadFrame{u"f-40"_s, u"conv-1001"_s, u"gw:msg.5"_s};
    frames << ConversationCloseFrame{u"f-41"_s, u"conv-1001"_s};
    frames << ConversationTransferFrame{u"f-42"_s, u"conv-1001"_s, u"木棉纪旗舰店:主管"_s, u"买家要求退款"_s};
    frames << ConversationTransferFrame{{}, u"conv-1002"_s, u"木棉纪旗舰店:主管"_s, {}};
    frames << PresenceFrame{{}, AgentStatus::Online};
    frames << PresenceFrame{{}, AgentStatus::Away};
    frames << PresenceFrame{{}, AgentStatus::Offline};
    frames << AckFrame{{}, 14};
    frames << PingFrame{{}, kAt};
    frames << PongFrame{{}, kAt};
    return frames;
}

}  // namespace kefu::test
