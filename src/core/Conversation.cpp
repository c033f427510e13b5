#include "core/Conversation.h"

#include "core/EnumLookup.h"

using namespace Qt::StringLiterals;

namespace kefu {

QString channelLabel(Channel channel) {
    switch (channel) {
        case Channel::Taobao:
            return u"淘宝"_s;
        case Channel::Tmall:
            return u"天猫"_s;
        case Channel::Qianniu:
            return u"千牛"_s;
        case Channel::Other:
            return u"其他"_s;
    }
    return {};
}

QString channelKey(Channel channel) {
    switch (channel) {
        case Channel::Taobao:
            return u"taobao"_s;
        case Channel::Tmall:
            return u"tmall"_s;
        case Channel::Qianniu:
            return u"qianniu"_s;
        case Channel::Other:
            return u"other"_s;
    }
    return {};
}

std::optional<Channel> channelFromKey(QStringView key) {
    return enumFromKey(allChannels(), &channelKey, key);
}

QString conversationStatusLabel(ConversationStatus status) {
    switch (status) {
        case ConversationStatus::Waiting:
            return u"待回复"_s;
        case ConversationStatus::InProgress:
            return u"处理中"_s;
        case ConversationStatus::Closed:
            return u"已结束"_s;
    }
    return {};
}

QString conversationStatusKey(ConversationStatus status) {
    switch (status) {
        case ConversationStatus::Waiting:
            return u"waiting"_s;
        case ConversationStatus::InProgress:
            return u"in_progress"_s;
        case ConversationStatus::Closed:
            return u"closed"_s;
    }
    return {};
}

std::optional<ConversationStatus> conversationStatusFromKey(QStringView key) {
    return enumFromKey(allConversationStatuses(), &conversationStatusKey, key);
}

QList<Channel> allChannels() {
    return {Channel::Taobao, Channel::Tmall, Channel::Qianniu, Channel::Other};
}

QList<ConversationStatus> allConversationStatuses() {
    return {ConversationStatus::Waiting, ConversationStatus::InProgress, ConversationStatus::Closed};
}

}  // namespace kefu
