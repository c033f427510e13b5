#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kefu {

// The {变量} placeholders in a quick phrase body: which ones it uses and how it reads once filled.
class PhraseTemplate {
public:
    static const QStringList& knownVariables();  // 买家昵称 订单号 物流公司 物流单号 店铺名 客服昵称 商品名
    static QStringList variables(const QString& body);  // in order of first appearance, without braces
    struct Filled {
        QString text;
        QStringList unfilled;  // variables left as {名字} because no value was given
    };
    // The known variables still written as {名字} in a text the agent is about to send, in order of appearance:
    // what must be typed over first ({300} in "满{300}减" is not one of them).
    static QStringList pendingKnownVariables(const QString& text);
    static Filled fill(const QString& body, const QHash<QString, QString>& values);
};

}  // namespace kefu
