#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace kefu {

// An FAQ entry agents search and paste from (商品知识 / 常见问题).
struct KnowledgeArticle {
    qint64 id = 0;
    QString category;  // 尺码, 面料, 物流, 售后, 活动, 发票 …
    QString question;
    QString answer;
    QStringList keywords;
    int useCount = 0;
};

}  // namespace kefu
