#pragma once

#include <QString>
#include <QStringList>

namespace kefu {

// Wangwang (阿里旺旺) emoticon codes such as "/:^_^" (微笑) as buyers' clients send them, shown as emoji.
// The codes and names follow Taobao's web Wangwang table (smiley 0–98); the emoji are the closest Unicode faces.
class WangwangEmoticons {
public:
    struct Emoticon {
        QString code;   // "/:^_^"
        QString name;   // 微笑
        QString emoji;  // 🙂
    };
    static const QList<Emoticon>& all();
    // Every known code replaced by its emoji; the longest code wins where codes share a prefix ("/:O=O" over "/:O").
    static QString toDisplay(const QString& text);
};

}  // namespace kefu
